#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and launch the DL Tutor window.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
exec "${BUILD_DIR:-$root/build}/app/dltutor" "$@"
