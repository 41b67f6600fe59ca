#!/usr/bin/env bash
# Runs every benchmark the topic issues name, each against its anchor, and prints one table:
#   fast conv vs OpenCV cv::filter2D        (run_conv.sh; OpenCV only when libopencv-dev is installed)
#   RNN analysis vs NumPy                   (run_rnn.sh; needs python3-numpy)
#   start-up vs the minimal Qt program      (run_startup.sh)
#
#   tests/bench/run.sh
#
# BUILD_DIR (default build-bench) is shared by the three scripts, which stay callable on their own.
# A missing anchor is reported in the table, not as a failure.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

run_part() { # name, script, args...
  local name=$1; shift
  echo "== $name"
  "$@" 2>&1 | tee "$logs/$name.log"
  echo "${PIPESTATUS[0]}" >"$logs/$name.rc"
}
run_part conv "$here/run_conv.sh"
run_part rnn "$here/run_rnn.sh"
run_part startup "$here/run_startup.sh"

# The ratio lines each script prints, gathered into one table.
pick() { grep -m1 -E "$2" "$logs/$1.log" 2>/dev/null | sed -E 's/^ +//' || true; }
line() { # benchmark, anchor, text or fallback
  printf '%-34s %-26s %s\n' "$1" "$2" "${3:-not measured (see the log above)}"
}
echo
echo "== summary (this machine; figures are medians, see each part above)"
printf '%-34s %-26s %s\n' "benchmark" "anchor" "ratio"
line "fast conv 1920x1080 3x3" "OpenCV cv::filter2D" \
  "$(pick conv 'ratio fast/OpenCV' || true)$(grep -q 'OpenCV comparison not built' "$logs/conv.log" && echo 'OpenCV not installed (libopencv-dev): no ratio')"
line "RNN full analysis n=256 T=1000" "NumPy" "$(pick rnn 'speed-up full analysis'; grep -q 'NumPy not found' "$logs/rnn.log" && echo 'NumPy not installed (python3-numpy): no ratio')"
line "RNN rescale path n=256 T=1000" "NumPy loops" "$(pick rnn 'speed-up rescale path')"
line "start-up: export app --page conv" "minimal Qt program" "$(pick startup 'ratio wall time')"
line "start-up peak RSS" "minimal Qt program" "$(pick startup 'ratio peak RSS')"
