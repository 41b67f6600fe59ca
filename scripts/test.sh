#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run the whole test suite with ctest.
# With CI set (or DLTUTOR_FULL_CHECK=1) it then also runs the sanitizer suite (scripts/sanitize.sh:
# build-asan, AddressSanitizer + UBSan, every test) and the short fuzz run (tests/fuzz/run.sh 20).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
(cd "${BUILD_DIR:-$root/build}" && ctest --output-on-failure --timeout 300 -j "$(nproc)")

if [[ -n ${CI:-} || ${DLTUTOR_FULL_CHECK:-0} == 1 ]]; then
  start=$SECONDS
  "$root/scripts/sanitize.sh"
  echo "test.sh: sanitizer suite took $((SECONDS - start)) s"
  start=$SECONDS
  FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-$root/build-fuzz} "$root/tests/fuzz/run.sh" "${DLTUTOR_FUZZ_SECONDS:-20}"
  echo "test.sh: fuzz run took $((SECONDS - start)) s"
fi
