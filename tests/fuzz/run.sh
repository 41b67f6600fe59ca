#!/usr/bin/env bash
# Runs every libFuzzer target (fuzz_*) for SECONDS each (default 20), one after the other.
#   tests/fuzz/run.sh [SECONDS]
# FUZZ_BUILD_DIR picks the fuzz build (default build-fuzz); it is configured with clang and
# -DDLTUTOR_FUZZ=ON and built when missing. Each target starts from a temporary copy of its
# committed seed corpus (tests/fuzz/corpus/<target>/), so the committed corpus stays small.
# A finding stops that target, is kept as FUZZ_ARTIFACTS/<target>/crash-* (default
# build-fuzz/artifacts) and makes the script exit 1 after the remaining targets ran.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-20}
build=${FUZZ_BUILD_DIR:-build-fuzz}
[[ $build = /* ]] || build=$root/$build
artifacts=${FUZZ_ARTIFACTS:-$build/artifacts}

if [[ ! -f $build/build.ninja ]]; then
  cxx=$(command -v clang++-14 || command -v clang++ || true)
  [[ -n $cxx ]] || { echo "run.sh: clang++ not found (Debian: apt install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
    -DDLTUTOR_FUZZ=ON "${launcher[@]}"
fi
cmake --build "$build" --parallel "$(nproc)"

# Longest input per target: enough for every seed and for realistic pastes/files, small enough to stay fast.
declare -A maxlen=([matrixtext]=4096 [conv]=1024 [notation]=2048 [quizbank]=16384 [gift]=8192 [session]=16384)

failed=()
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for exe in "$build"/tests/fuzz/fuzz_*; do
  [[ -x $exe ]] || continue
  target=${exe##*/fuzz_}
  corpus=$work/$target
  mkdir -p "$corpus" "$artifacts/$target"
  [[ -d $root/tests/fuzz/corpus/$target ]] && cp -r "$root/tests/fuzz/corpus/$target/." "$corpus/"
  echo "== fuzz_$target for ${seconds}s"
  start=$SECONDS
  # -rss_limit_mb: a target that needs more than 2 GB is a finding too.
  if "$exe" "$corpus" -max_total_time="$seconds" -max_len="${maxlen[$target]:-4096}" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$target/" \
      >"$work/$target.log" 2>&1; then
    echo "   ok: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$') runs in $((SECONDS - start))s"
  else
    echo "   FINDING in fuzz_$target (kept under $artifacts/$target/):"
    tail -n 40 "$work/$target.log" | sed 's/^/   /'
    failed+=("$target")
  fi
done

if ((${#failed[@]})); then
  echo "run.sh: findings in: ${failed[*]}" >&2
  exit 1
fi
echo "run.sh: no findings"
