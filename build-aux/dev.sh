#!/bin/sh
# Dateline developer entry point (the first two commands of README.md).
#
#   sh build-aux/dev.sh run [FILE…]   build, then open FILE… (default: the
#                                     bundled sample articles) uninstalled
#   sh build-aux/dev.sh test [ARG…]   build, then run every test suite with
#                                     the UI tests under Xvfb; ARG… go to
#                                     `meson test` (e.g. --suite core)
#
# Both first install whatever Debian 12 packages are missing. When nothing is
# missing they neither touch apt nor need the network, so a second run only
# rebuilds what changed.
set -eu

# Verified complete from a minbase Debian 12 chroot (docs/GUI-TESTING.md §1),
# plus libxml2-dev (HTML ingest) and poppler-utils (pdftoppm, PDF export tests).
PACKAGES="
  build-essential meson ninja-build pkg-config
  libgtk-4-dev libjson-glib-dev libadwaita-1-dev libgtk-4-bin librsvg2-common
  gettext desktop-file-utils appstream libglib2.0-bin
  xvfb xauth xdotool imagemagick x11-apps x11-utils dbus-x11 at-spi2-core
  librsvg2-bin fonts-dejavu-core fonts-cantarell libgl1-mesa-dri
  flatpak flatpak-builder json-glib-tools
  libxml2-dev poppler-utils
"
# DATELINE_BUILDDIR lets a second checkout or a sanitizer build use its own dir.
BUILDDIR=${DATELINE_BUILDDIR:-build}

usage () {
  echo "usage: sh build-aux/dev.sh run [FILE…] | test [MESON-TEST-ARG…]" >&2
  exit 64
}

install_missing_packages () {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "dev.sh: not a Debian system; install the equivalents of:$PACKAGES" >&2
    return 0
  fi

  missing=""
  for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [ "$status" != "install ok installed" ]; then
      missing="$missing $pkg"
    fi
  done
  if [ -z "$missing" ]; then
    return 0
  fi

  if [ "$(id -u)" -eq 0 ]; then
    sudo=""
  elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "dev.sh: missing packages:$missing; run as root or install sudo" >&2
    exit 1
  fi

  echo "dev.sh: installing:$missing" >&2
  # Another apt (unattended-upgrades, a parallel job) may hold the lock:
  # wait for it instead of failing.
  $sudo env DEBIAN_FRONTEND=noninteractive \
    apt-get -o DPkg::Lock::Timeout=600 update
  # $missing is a list of package names: split it on purpose.
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive \
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends $missing
}

build () {
  if [ -f "$BUILDDIR/meson-private/coredata.dat" ]; then
    meson setup --reconfigure "$BUILDDIR" >/dev/null
  else
    meson setup "$BUILDDIR"
  fi
  meson compile -C "$BUILDDIR"
}

[ $# -ge 1 ] || usage
verb=$1
shift

# Everything below is relative to the top of the source tree.
cd "$(dirname "$0")/.."

case "$verb" in
  run)
    install_missing_packages
    build
    # Uninstalled: the settings schema is compiled into $BUILDDIR/data, the
    # app icon is found under data/icons, and "Open sample" reads data/sample.
    GSETTINGS_SCHEMA_DIR="$PWD/$BUILDDIR/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
    XDG_DATA_DIRS="$PWD/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
    DATELINE_SAMPLEDIR="$PWD/data/sample"
    export GSETTINGS_SCHEMA_DIR XDG_DATA_DIRS DATELINE_SAMPLEDIR
    if [ $# -eq 0 ]; then
      set -- data/sample/*.txt
    fi
    exec "./$BUILDDIR/src/dateline" "$@"
    ;;
  test)
    install_missing_packages
    build
    # A private session bus and a private X server: the tests never reach
    # the user's desktop, and they run the same on a headless CI machine.
    exec dbus-run-session -- \
      xvfb-run -a -s "-screen 0 1600x1000x24" \
      meson test -C "$BUILDDIR" --print-errorlogs "$@"
    ;;
  *)
    usage
    ;;
esac
