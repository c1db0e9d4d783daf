#!/bin/sh
# A translation must compile cleanly and be complete:
#
#   check-translations.sh SRCDIR LANG
#
# 1. msgfmt --check: printf formats (%s, %u, %1$s) match, plural forms and
#    the header are valid; --check-accelerators: a mnemonic ("_Open") keeps
#    exactly one underscore.
# 2. Every string of the sources (a template made here the way
#    `meson compile dateline-pot` makes it) is translated and not fuzzy.
#    When this fails after adding strings: `meson compile -C BUILDDIR
#    dateline-update-po`, then translate what it lists.
set -eu

srcdir=$1
lang=$2
po="$srcdir/po/$lang.po"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ ! -f "$po" ]; then
  echo "po/LINGUAS lists $lang but po/$lang.po is missing"
  exit 1
fi

msgfmt --check --check-accelerators=_ --statistics -o "$tmp/$lang.mo" "$po"

# The same arguments as meson's i18n "glib" preset.
xgettext --package-name=dateline -f "$srcdir/po/POTFILES.in" -D "$srcdir" -k_ \
  --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
  -o "$tmp/dateline.pot"

msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$po" "$tmp/dateline.pot"
missing=$(msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
# msgattrib prints the header entry along with the others.
[ "$missing" -gt 0 ] && missing=$((missing - 1))
[ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))

if [ "$missing" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
  echo "po/$lang.po: $missing strings of the sources are not translated, $fuzzy are fuzzy:"
  msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -A1 '^msgid ' | head -60
  msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" | grep -A1 '^msgid ' | head -20
  exit 1
fi

echo "po/$lang.po: complete and valid"
