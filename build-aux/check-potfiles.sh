#!/bin/sh
# Checks po/POTFILES.in against the tree: every listed file must exist, and
# every source file with translatable strings must be listed (otherwise its
# strings silently never reach translators). Fix with build-aux/update-potfiles.sh.
#
#   sh build-aux/check-potfiles.sh [SRCDIR]
set -eu

srcdir=${1:-$(dirname "$0")/..}
cd "$srcdir"

status=0
listed=$(grep -v -e '^#' -e '^[[:space:]]*$' po/POTFILES.in)

for file in $listed; do
  if [ ! -f "$file" ]; then
    echo "po/POTFILES.in lists $file, which does not exist"
    status=1
  fi
done

# C files calling _(), N_(), C_() or NC_(); .ui files with translatable="yes".
candidates=$( { grep -l -E '(^|[^A-Za-z0-9_])N?C?_ ?\( *"' src --include='*.c' -r || true
                grep -l 'translatable="yes"' src --include='*.ui' -r || true; } | sort -u)

for file in $candidates; do
  if ! printf '%s\n' "$listed" | grep -q -x -F "$file"; then
    echo "$file has translatable strings but is not in po/POTFILES.in (run sh build-aux/update-potfiles.sh)"
    status=1
  fi
done

if [ "$status" -eq 0 ]; then
  echo "po/POTFILES.in is up to date"
fi
exit "$status"
