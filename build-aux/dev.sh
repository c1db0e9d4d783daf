#!/bin/sh
# Dateline developer entry point (the first two commands of README.md).
#
#   sh build-aux/dev.sh run [FILE…]   build, then open FILE… (default: the
#                                     bundled sample articles) uninstalled
#   sh build-aux/dev.sh test [ARG…]   build, then run every test suite with
#                                     the UI tests under Xvfb; ARG… go to
#                                     `meson test` (e.g. --suite core).
#                                     Then the same again in a second build
#                                     with AddressSanitizer and UBSan (clang),
#                                     which also runs the fuzzers for 20 s
#                                     each (suite fuzz). DATELINE_SANITIZERS=0
#                                     skips that pass.
#
# Both first install whatever Debian 12 packages are missing. When nothing is
# missing they neither touch apt nor need the network, so a second run only
# rebuilds what changed.
set -eu

# Verified complete from a minbase Debian 12 chroot (docs/GUI-TESTING.md §1),
# plus libxml2-dev (HTML ingest) and poppler-utils (pdftoppm, PDF export tests),
# plus the sanitizer build: clang, its sanitizer and libFuzzer runtimes
# (libclang-rt-14-dev) and llvm-14 (llvm-symbolizer, for readable reports).
PACKAGES="
  build-essential meson ninja-build pkg-config
  libgtk-4-dev libjson-glib-dev libadwaita-1-dev libgtk-4-bin librsvg2-common
  gettext desktop-file-utils appstream libglib2.0-bin
  xvfb xauth xdotool imagemagick x11-apps x11-utils dbus-x11 at-spi2-core
  librsvg2-bin fonts-dejavu-core fonts-cantarell libgl1-mesa-dri
  flatpak flatpak-builder json-glib-tools
  libxml2-dev poppler-utils
  clang libclang-rt-14-dev llvm-14
"
# DATELINE_BUILDDIR lets a second checkout or a sanitizer build use its own dir.
BUILDDIR=${DATELINE_BUILDDIR:-build}
# The AddressSanitizer + UBSan build of `test`.
ASAN_BUILDDIR=${DATELINE_ASAN_BUILDDIR:-build-asan}

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

# A private session bus and a private X server: the tests never reach the
# user's desktop, and they run the same on a headless CI machine.
run_tests () {
  dir=$1
  shift
  dbus-run-session -- \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    meson test -C "$dir" --print-errorlogs "$@"
}

# The whole suite again with AddressSanitizer and UBSan (docs/GUI-TESTING.md
# §6). clang, so that the libFuzzer harnesses (tests/fuzz) build there too
# and run for a short fixed time; gcc's sanitizers where clang is missing.
sanitizer_pass () {
  if [ -f "$ASAN_BUILDDIR/meson-private/coredata.dat" ]; then
    meson setup --reconfigure "$ASAN_BUILDDIR" >/dev/null
  else
    if command -v clang >/dev/null 2>&1; then
      cc=clang
    else
      cc=cc
    fi
    # b_lundef=false: clang links its sanitizer runtimes into executables
    # only; meson would otherwise warn for every target.
    CC=$cc meson setup "$ASAN_BUILDDIR" -Db_sanitize=address,undefined -Db_lundef=false
  fi
  meson compile -C "$ASAN_BUILDDIR"

  # clang's runtime looks for llvm-symbolizer on PATH; Debian keeps it here.
  if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
    ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
    export ASAN_SYMBOLIZER_PATH
  fi

  # GTK 4.8 leaks a GDateTime each time it trims the recent files by age
  # (gtk_recent_manager_clamp_to_age() never unrefs its "now"; fixed in
  # later GTK). Its frames have no symbols, so no suppression can name it:
  # like GDK_DEBUG=gl-disable for Mesa, a system-wide GTK setting that turns
  # the trimming off avoids it. XDG_CONFIG_DIRS, not _HOME: UI tests set
  # their own XDG_CONFIG_HOME.
  gtk_config="$PWD/$ASAN_BUILDDIR/sanitizer-config"
  mkdir -p "$gtk_config/gtk-4.0"
  printf '[Settings]\ngtk-recent-files-max-age=-1\n' > "$gtk_config/gtk-4.0/settings.ini"

  # Any report fails the test that made it: leaks (suppressions only for
  # third-party caches, tests/lsan.supp), then abort; UB halts too.
  # gl-disable and always-malloc: see GUI-TESTING.md §6 (Mesa's leak, and
  # GLib 2.74's slice allocator hiding blocks from ASan).
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}" \
  GDK_DEBUG=gl-disable G_SLICE=always-malloc \
  XDG_CONFIG_DIRS="$gtk_config:${XDG_CONFIG_DIRS:-/etc/xdg}" \
    run_tests "$ASAN_BUILDDIR" --timeout-multiplier 3 "$@"
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
    run_tests "$BUILDDIR" "$@"
    if [ "${DATELINE_SANITIZERS:-1}" != 0 ]; then
      sanitizer_pass "$@"
    fi
    ;;
  *)
    usage
    ;;
esac
