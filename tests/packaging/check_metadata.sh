#!/usr/bin/env bash
# Validates what `cmake --install` ships besides the binary:
#   the AppStream metainfo (appstreamcli validate --no-net: no errors, no warnings),
#   the .desktop file (desktop-file-validate, when installed: nothing but hints),
#   the man page (groff -man -ww: no warnings; it names every subcommand and export kind that
#   `dltutor --help` and `dltutor export --help` list),
#   the icons (the PNGs are 48, 128 and 256 px squares) and that the ids agree.
# Usage: check_metadata.sh PACKAGING_DIR DLTUTOR_BINARY
set -uo pipefail
dir=$1 bin=$2
id=io.github.dltutor.DLTutor
status=0
problem() { echo "FAIL: $*" >&2; status=1; }

# AppStream: appstreamcli exits non-zero on errors and warnings; infos and pedantic notes pass.
command -v appstreamcli >/dev/null || { echo "FAIL: appstreamcli missing (Debian package appstream)" >&2; exit 1; }
if ! out=$(appstreamcli validate --no-net "$dir/$id.metainfo.xml" 2>&1); then
  problem "appstreamcli validate:"; echo "$out" >&2
elif grep -qE '^[EW]:' <<<"$out"; then
  problem "appstreamcli reports errors or warnings:"; echo "$out" >&2
fi

# Desktop entry: hints are advice (Education and Science are both main categories, on purpose).
if command -v desktop-file-validate >/dev/null; then
  out=$(desktop-file-validate "$dir/$id.desktop" 2>&1)
  rc=$?
  if ((rc != 0)) || grep -v ': hint: ' <<<"$out" | grep -q .; then
    problem "desktop-file-validate:"; echo "$out" >&2
  fi
else
  echo "note: desktop-file-validate not installed (desktop-file-utils); .desktop not validated"
fi

# The ids agree: desktop file name = Icon = <id> = launchable.
grep -qx "Icon=$id" "$dir/$id.desktop" || problem ".desktop Icon= is not $id"
grep -qx 'Exec=dltutor' "$dir/$id.desktop" || problem ".desktop Exec= is not dltutor"
grep -q "<id>$id</id>" "$dir/$id.metainfo.xml" || problem "metainfo <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$dir/$id.metainfo.xml" \
  || problem "metainfo launchable is not $id.desktop"

# Icons: PNG width and height are the big-endian 32-bit words at bytes 16 and 20 (IHDR).
for size in 48 128 256; do
  png=$dir/icons/$id-$size.png
  [[ -f $png ]] || { problem "missing $png"; continue; }
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [[ $w == "$size" && $h == "$size" ]] || problem "$png is ${w}x$h, not ${size}x$size"
done
grep -q '<svg' "$dir/icons/$id.svg" || problem "icons/$id.svg is not an SVG"

# Man page: no troff warnings, in the ASCII and the UTF-8 device.
man=$dir/man/dltutor.1
if command -v groff >/dev/null; then
  for dev in ascii utf8; do
    out=$(groff -man -ww -z -T$dev "$man" 2>&1)
    [[ -z $out ]] || { problem "groff -T$dev warnings in dltutor.1:"; echo "$out" >&2; }
  done
else
  echo "note: groff not installed; man page not checked for warnings"
fi
# ... and it covers every subcommand and export kind the program lists.
export QT_QPA_PLATFORM=offscreen LC_ALL=C LANG=C LANGUAGE=
subs=$("$bin" --help | awk '/^Subcommands/{on=1; next} on && /^$/{exit} on {print $1}')
[[ -n $subs ]] || problem "no subcommands found in 'dltutor --help'"
for s in $subs; do
  grep -q "^\.SS \"dltutor $s\"" "$man" || problem "dltutor.1 has no section for 'dltutor $s'"
done
kinds=$("$bin" export --help | awk '/^Kinds:/{on=1; next} on && /^$/{exit} on {print $1}')
[[ -n $kinds ]] || problem "no kinds found in 'dltutor export --help'"
for k in $kinds; do
  grep -q "^\\\\fBexport $k" "$man" || problem "dltutor.1 does not describe 'dltutor export $k'"
done
for tag in '.BI \-\-page " ID"' '.BI \-\-session " FILE"' '.B \-\-version'; do
  grep -qxF "$tag" "$man" || problem "dltutor.1 has no entry $tag"
done

((status == 0)) && echo "packaging metadata: OK (subcommands: $(echo $subs); export kinds: $(echo $kinds))"
exit $status
