#!/usr/bin/env bash
# Builds dltutor_bench if needed and runs the convolution benchmarks: the fast path (run-time
# choice, baseline kernel, AVX2+FMA kernel), a plain scalar loop, OpenCV's cv::filter2D when it
# was found at configure time, and the seed's 7×7 step trace. Prints the fast/OpenCV ratio of
# the medians, both measured in this one run.
#
#   tests/bench/run_conv.sh [extra Google Benchmark flags]   (tests/bench/run.sh runs every benchmark)
#
# BUILD_DIR (default: build-bench beside tests/) is configured with the project's default
# build type when it has no CMakeCache.txt yet.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
reps=${REPETITIONS:-10}

if [ ! -f "$build/CMakeCache.txt" ]; then
  generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  cmake -S "$root" -B "$build" "${generator[@]}" -DDLTUTOR_BUILD_TESTS=ON -DDLTUTOR_BUILD_BENCH=ON
fi
cmake --build "$build" --target dltutor_bench -j2

out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$build/tests/bench/dltutor_bench" \
  --benchmark_filter='BM_(FastConv|ScalarLoop|OpenCVFilter2D|TraceSeed7x7)' \
  --benchmark_repetitions="$reps" --benchmark_report_aggregates_only=true \
  --benchmark_color=false "$@" | tee "$out"

# Median of one benchmark in ms from the console table ("name real unit cpu unit ..."):
# column 2 is wall time, 4 is CPU time. CPU time is the figure compared: on a shared machine
# wall time also counts the time other processes held the core.
median_ms() {
  awk -v name="$1_median" -v col="${2:-4}" '$1 == name {
      t = $col; u = $(col + 1)
      if (u == "ns") t /= 1e6; else if (u == "us") t /= 1e3; else if (u == "s") t *= 1e3
      printf "%.3f", t; found = 1; exit }
    END { if (!found) exit 1 }' "$out"
}

row() { # label, benchmark
  local cpu real
  cpu=$(median_ms "$2" 4) || { printf '  %-30s not run\n' "$1"; return; }
  real=$(median_ms "$2" 2)
  printf '  %-30s %8.3f ms CPU  (%.3f ms wall)\n' "$1" "$cpu" "$real"
}

echo
fast=$(median_ms BM_FastConv/auto) || { echo "BM_FastConv/auto did not run" >&2; exit 1; }
echo "1920x1080 float, 3x3 filter, one thread (median of $reps repetitions):"
row "fast path (run-time choice)" BM_FastConv/auto
row "fast path, baseline kernel" BM_FastConv/baseline
row "fast path, AVX2+FMA kernel" BM_FastConv/avx2fma
row "plain scalar loop" BM_ScalarLoop
if cv=$(median_ms BM_OpenCVFilter2D); then
  row "OpenCV cv::filter2D" BM_OpenCVFilter2D
  awk -v f="$fast" -v c="$cv" 'BEGIN {
    r = f / c
    printf "ratio fast/OpenCV (CPU time) = %.2f (target <= 1.20: %s)\n", r, (r <= 1.2 ? "met" : "NOT met") }'
else
  echo "OpenCV comparison not built (libopencv-dev was not found at configure time)"
fi
if trace=$(median_ms BM_TraceSeed7x7); then
  echo "seed 7x7 step trace (editing path): $trace ms CPU"
fi
