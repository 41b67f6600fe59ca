#!/usr/bin/env bash
# Measures the RNN gradient lab against NumPy in one go: builds dltutor_bench if needed, runs the
# BM_Rnn* benchmarks (n = 256, T = 1000: full analysis, the scale slider's rescale path, and their
# parts), then rnn_numpy.py doing the same work with Debian's NumPy + OpenBLAS, and prints the
# ratios of the medians.
#
#   tests/bench/run_rnn.sh [extra Google Benchmark flags]
#
# BUILD_DIR (default: build-bench beside tests/) is configured with the project's default build
# type when it has no CMakeCache.txt yet. REPETITIONS (default 10) applies to both sides.
# Needs python3-numpy (and libopenblas0-pthread, which libopenblas-dev pulls in).
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

# Debian's interpreter: a python3 earlier on PATH (pyenv, venv) may lack Debian's numpy.
python=/usr/bin/python3
"$python" -c 'import numpy' 2>/dev/null || python=python3
"$python" -c 'import numpy' 2>/dev/null || { echo "NumPy not found: apt-get install python3-numpy" >&2; exit 1; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$build/tests/bench/dltutor_bench" \
  --benchmark_filter='BM_Rnn' \
  --benchmark_repetitions="$reps" --benchmark_report_aggregates_only=true \
  --benchmark_color=false "$@" | tee "$out"
echo
"$python" "$root/tests/bench/rnn_numpy.py" "$reps" | tee -a "$out"

# Median wall time in ms of one benchmark, from the console table ("name time unit ...").
median_ms() {
  awk -v name="$1_median" '$1 == name {
      t = $2; u = $3
      if (u == "ns") t /= 1e6; else if (u == "us") t /= 1e3; else if (u == "s") t *= 1e3
      printf "%.3f", t; found = 1; exit }
    END { if (!found) exit 1 }' "$out"
}
numpy_ms() { awk -v name="numpy_$1_median_ms" '$1 == name { print $2; found = 1 } END { if (!found) exit 1 }' "$out"; }

full=$(median_ms BM_RnnFullAnalysis/256/1000/real_time)
rescale=$(median_ms BM_RnnRescale/256/1000/real_time)
eig=$(median_ms BM_RnnEigenvalues/256/real_time)
sigma=$(median_ms BM_RnnSpectralNorm/256/real_time)
both=$(median_ms BM_RnnTrajectory/both/256/1000/real_time)
one=$(median_ms BM_RnnTrajectory/one/256/1000/real_time)
np_full=$(numpy_ms full)
np_loops=$(numpy_ms loops)
echo
echo "n = 256, T = 1000, tanh (median of $reps, wall time):"
echo "  full analysis:  ours $full ms   NumPy $np_full ms"
echo "  rescale path:   ours $rescale ms   NumPy loops $np_loops ms"
echo "  parts (ours):   eigenvalues $eig ms, σ_max $sigma ms, trajectory $both ms (two threads) / $one ms (one)"
echo "  threads: ours 2 on the rescale path (caller + one helper); the full analysis runs LAPACK on one"
echo "  thread beside a one-thread trajectory. NumPy: OpenBLAS pthreads (its 256×256 gemv uses 2 threads"
echo "  on a machine with 2 or more; OPENBLAS_NUM_THREADS=1 makes its loops slower). CPUs here: $(nproc)"
awk -v a="$full" -v b="$np_full" -v c="$rescale" -v d="$np_loops" 'BEGIN {
  r1 = b / a; r2 = d / c
  printf "speed-up full analysis  = NumPy / ours = %.2f (target >= 1.5: %s)\n", r1, (r1 >= 1.5 ? "met" : "NOT met")
  printf "speed-up rescale path   = NumPy loops / ours = %.2f (target >= 2: %s)\n", r2, (r2 >= 2 ? "met" : "NOT met")
  printf "rescale path within one 16 ms frame: %s\n", (c <= 16 ? "yes" : "NO") }'
