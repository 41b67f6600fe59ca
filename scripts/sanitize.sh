#!/usr/bin/env bash
# Builds build-asan (AddressSanitizer + UndefinedBehaviorSanitizer, -O1, no benchmarks) and runs
# the whole ctest suite under it, GUI tests included (offscreen). ASAN_BUILD_DIR overrides the folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ASAN_BUILD_DIR:-$root/build-asan}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
werror=OFF
[[ -n ${CI:-} ]] && werror=ON

start=$SECONDS
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DDLTUTOR_SANITIZE=ON -DDLTUTOR_BUILD_BENCH=OFF \
  -DDLTUTOR_WERROR=$werror "${launcher[@]}" "$@"
cmake --build "$build" --parallel "$(nproc)"
echo "sanitize.sh: build took $((SECONDS - start)) s"

# The tests get ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS (tests/sanitizer/lsan.supp) from ctest.
cd "$build"
start=$SECONDS
ctest --output-on-failure --timeout 900 -j "$(nproc)"
echo "sanitize.sh: tests took $((SECONDS - start)) s"
