#!/usr/bin/env bash
# Regenerates translations/dltutor_<lang>.ts from the sources with lupdate.
#   scripts/update-translations.sh            # every language
#   scripts/update-translations.sh es zh_CN   # just these
# New strings appear as type="unfinished"; strings gone from the sources are dropped
# (-no-obsolete). No source locations are written (-locations none), so diffs show only
# real text changes. Then translate the unfinished entries (Qt Linguist, or by hand) and run
# the i18n tests: ctest -L i18n.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-}
if [[ -z $lupdate ]]; then
  for c in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    [[ -n $c && -x $c ]] && { lupdate=$c; break; }
  done
fi
[[ -n $lupdate ]] || { echo "error: lupdate not found (Debian: apt-get install qt6-l10n-tools)" >&2; exit 1; }

langs=("$@")
if ((${#langs[@]} == 0)); then
  langs=()
  for f in "$root"/translations/dltutor_*.ts; do
    [[ -e $f ]] || continue
    l=${f##*/dltutor_}; langs+=("${l%.ts}")
  done
  ((${#langs[@]})) || langs=(es zh_CN)
fi

ts=()
for l in "${langs[@]}"; do ts+=("translations/dltutor_$l.ts"); done

cd "$root"
# Directories are scanned recursively (.cpp, .h); the language of each file comes from -target-language.
for t in "${ts[@]}"; do
  l=${t##*/dltutor_}; l=${l%.ts}
  # lupdate notes every tr() wrapper outside a Q_OBJECT class; those are expected, drop them.
  "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h -target-language "$l" ui app -ts "$t" \
    2> >(grep -v "lacks Q_OBJECT macro" >&2)
done
echo "Updated: ${ts[*]}"
