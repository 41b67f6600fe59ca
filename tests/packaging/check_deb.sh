#!/usr/bin/env bash
# Builds the .deb from this build tree into a temporary folder (cpack -G DEB with its
# CPackConfig.cmake), checks its name, Depends and contents, unpacks it with dpkg-deb -x and
# runs the unpacked usr/bin/dltutor (so the binary needs nothing from the build tree).
# Usage: check_deb.sh BUILD_DIR VERSION
set -uo pipefail
build=$1 version=$2
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v $tool >/dev/null || { echo "FAIL: $tool missing (cmake / dpkg-dev)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
problem() { echo "FAIL: $*" >&2; status=1; }

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1
fi
deb=$tmp/out/dltutor_${version}_$(dpkg --print-architecture).deb
[[ -f $deb ]] || { ls "$tmp/out" >&2; echo "FAIL: no $(basename "$deb")" >&2; exit 1; }

[[ $(dpkg-deb -f "$deb" Package) == dltutor ]] || problem "Package is not dltutor"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || problem "Version is not $version"
[[ $(dpkg-deb -f "$deb" Section) == education ]] || problem "Section is not education"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Computed by dpkg-shlibdeps: the Qt runtime libraries, the C and C++ runtimes. Added by hand:
# libopenblas0, whose LAPACK the RNN page opens with dlopen on first use (nothing links it).
names=$(tr ',' '\n' <<<"$depends" | awk '{print $1}') # package names without versions
for pkg in libqt6widgets6 libqt6gui6 libqt6core6 libqt6charts6 libopenblas0 libstdc++6 libc6; do
  grep -qxF "$pkg" <<<"$names" || problem "Depends lacks $pkg"
done
# Nothing links LAPACKE or a Fortran runtime any more (start-up time, README "Performance").
for pkg in liblapacke liblapack3 libblas3 libgfortran5; do
  grep -qxF "$pkg" <<<"$names" && problem "Depends names $pkg, which nothing should link"
done
grep -q -- '-dev' <<<"$depends" && problem "Depends names a -dev package"

# Contents: the binary, desktop file, metainfo, icons and man page; nothing from the tests.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/files"
for f in /usr/bin/dltutor \
         /usr/share/applications/io.github.dltutor.DLTutor.desktop \
         /usr/share/metainfo/io.github.dltutor.DLTutor.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.dltutor.DLTutor.svg \
         /usr/share/icons/hicolor/48x48/apps/io.github.dltutor.DLTutor.png \
         /usr/share/icons/hicolor/128x128/apps/io.github.dltutor.DLTutor.png \
         /usr/share/icons/hicolor/256x256/apps/io.github.dltutor.DLTutor.png; do
  grep -qx "$f" "$tmp/files" || problem "the package lacks $f"
done
grep -qE '^/usr/share/man/man1/dltutor\.1(\.gz)?$' "$tmp/files" || problem "the package lacks the man page"
grep -E '^/usr/bin/.' "$tmp/files" | grep -vx /usr/bin/dltutor | grep -q . && problem "extra programs in /usr/bin"
grep -iE 'test|bench' "$tmp/files" && problem "test or benchmark files are packaged"

# The unpacked binary runs on its own: no RPATH into the build tree, resources embedded.
dpkg-deb -x "$deb" "$tmp/root"
bin=$tmp/root/usr/bin/dltutor
readelf -d "$bin" 2>/dev/null | grep -E 'RPATH|RUNPATH' && problem "the packaged binary has an RPATH"
strings "$bin" | grep -qF "$build" && problem "the packaged binary names the build tree"
export QT_QPA_PLATFORM=offscreen LC_ALL=C LANG=C LANGUAGE=
got=$("$bin" --version) || problem "dltutor --version exited $?"
[[ $got == "dltutor $version" ]] || problem "dltutor --version printed '$got', not 'dltutor $version'"
# VGG-D (VGG16) at 224x224x3 has 138,357,544 parameters (Simonyan & Zisserman, Table 2: 138M):
# conv 14,714,688 + FC 102,764,544 + 16,781,312 + 4,097,000.
total=$("$bin" vgg --config D | grep 'Total parameters') || problem "dltutor vgg printed no total"
echo "vgg D: $total"
grep -qF '138,357,544' <<<"$total" || problem "vgg D total is not 138,357,544: '$total'"
# The RNN eigenvalues open libopenblas.so.0 with dlopen (no NEEDED entry, see the Depends check):
# W = [3 4; 0 0] is triangular, so λ = 3 and 0 and ρ = 3; it has rank one, so its only nonzero
# singular value is the length of its row (3, 4): σ_max = 5.
rnn=$("$bin" rnn --whh "3 4; 0 0" --steps 0 --json) || problem "dltutor rnn exited $?"
awk -F'[:,]' '/"spectral_radius"/ { r = $2 } /"spectral_norm"/ { s = $2 }
  END { exit !((r - 3) ^ 2 < 1e-24 && (s - 5) ^ 2 < 1e-24) }' <<<"$rnn" \
  || problem "dltutor rnn --whh '3 4; 0 0' does not give ρ = 3 and σ_max = 5: $rnn"
man -l "$tmp/root/usr/share/man/man1/dltutor.1.gz" >/dev/null 2>&1 || problem "the packaged man page does not open"

((status == 0)) && echo "deb: OK ($(basename "$deb"), $(stat -c %s "$deb") bytes)"
exit $status
