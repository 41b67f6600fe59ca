#!/usr/bin/env bash
# Builds the Debian package dltutor_<version>_amd64.deb: a Release build in build-pkg/ (BUILD_DIR
# overrides), then cpack -G DEB; prints the package's Depends.
#   --install   then installs it with apt-get (as root or with sudo) and runs the installed
#               /usr/bin/dltutor: --version and the totals of 'vgg --config D'
#   --remove    at the end, removes the package again (apt-get remove)
# Extra arguments after the options go to cmake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${BUILD_DIR:-$root/build-pkg}")

install=0 remove=0
while (($#)); do
  case $1 in
    --install) install=1 ;;
    --remove) remove=1 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
  esac
  shift
done

sudo=()
if ((install || remove)) && [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error: --install/--remove need root or sudo" >&2; exit 1; }
  sudo=(sudo)
fi

"$root/scripts/deps.sh"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DDLTUTOR_BUILD_TESTS=OFF -DDLTUTOR_BUILD_BENCH=OFF "${launcher[@]}" "$@"
cmake --build "$build" --parallel "$(nproc)"

rm -f "$build"/dltutor_*.deb
(cd "$build" && cpack -G DEB)
debs=("$build"/dltutor_*_*.deb)
deb=${debs[0]}
[[ -f $deb ]] || { echo "error: cpack made no .deb in $build" >&2; exit 1; }
echo
echo "Package: $deb"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"

if ((install)); then
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get install -y "$deb"
  echo
  echo "\$ /usr/bin/dltutor --version"
  /usr/bin/dltutor --version
  echo "\$ /usr/bin/dltutor vgg --config D | tail -n 4"
  /usr/bin/dltutor vgg --config D | tail -n 4
fi

if ((remove)); then
  "${sudo[@]}" apt-get remove -y dltutor
fi
