#!/usr/bin/env bash
# Start-up check: `dltutor export app --page conv --out x.png` (start, the full main window on the
# convolution page rendered to PNG, exit) against tests/bench/minimal_qt (start, a window with a
# 7×7 table grabbed to PNG, exit). Runs the two alternately N times under /usr/bin/time and prints
# the median wall time and peak RSS of each and the ratios (target: at most 1.5×).
#
#   tests/bench/run_startup.sh [N]          (default N = 10)
#
# BUILD_DIR (default: build-bench beside tests/) is configured with -DDLTUTOR_BUILD_BENCH=ON when
# it has no CMakeCache.txt yet; dltutor and minimal_qt are built in it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
runs=${1:-10}

if [ ! -f "$build/CMakeCache.txt" ]; then
  generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  cmake -S "$root" -B "$build" "${generator[@]}" -DDLTUTOR_BUILD_TESTS=ON -DDLTUTOR_BUILD_BENCH=ON
fi
cmake --build "$build" --target dltutor minimal_qt -j2 >/dev/null

app=$build/app/dltutor
minimal=$build/tests/bench/minimal_qt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

# One run: "<wall seconds> <peak RSS KiB>" appended to a file. Wall time comes from the
# nanosecond clock around the run (GNU time's %e has only 10 ms steps, a quarter of the minimal
# program's run); the few ms that /usr/bin/time itself adds are the same on both sides.
measure() {
  local into=$1
  shift
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  t1=$(date +%s%N)
  awk -v ns=$((t1 - t0)) -v kib="$(tail -n 1 "$work/t")" 'BEGIN { printf "%.4f %s\n", ns / 1e9, kib }' >>"$into"
}

# Warm the page cache once, then alternate so both see the same machine load.
"$app" export app --page conv --out "$work/app.png" >/dev/null
"$minimal" "$work/min.png"
for ((i = 0; i < runs; i++)); do
  measure "$work/app.txt" "$app" export app --page conv --out "$work/app.png"
  measure "$work/min.txt" "$minimal" "$work/min.png"
done

median() { # column file
  sort -g -k"$1","$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END { m = int((NR + 1) / 2); if (NR % 2) print v[m]; else print (v[m] + v[m + 1]) / 2 }'
}
app_t=$(median 1 "$work/app.txt"); app_m=$(median 2 "$work/app.txt")
min_t=$(median 1 "$work/min.txt"); min_m=$(median 2 "$work/min.txt")
printf '%-40s %10s %14s\n' "program (median of $runs)" "wall (s)" "peak RSS (KiB)"
printf '%-40s %10s %14s\n' "dltutor export app --page conv" "$app_t" "$app_m"
printf '%-40s %10s %14s\n' "minimal_qt (7x7 table)" "$min_t" "$min_m"
awk -v a="$app_t" -v b="$min_t" -v c="$app_m" -v d="$min_m" 'BEGIN {
  printf "ratio wall time  %.2f  (target <= 1.5)\nratio peak RSS   %.2f  (target <= 1.5)\n", a / b, c / d }'
