#!/usr/bin/env bash
# Configures and builds DL Tutor into build/ (BUILD_DIR overrides). Extra arguments go to cmake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
werror=OFF
[[ -n ${CI:-} ]] && werror=ON

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDLTUTOR_WERROR=$werror "${launcher[@]}" "$@"
cmake --build "$build" --parallel "$(nproc)"
