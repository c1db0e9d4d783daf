/* fuzz-timex.c — libFuzzer harness for the temporal tagger
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte of an input chooses the options (the seed files start
 * with a digit for that reason):
 *   bits 0–1  publication date: none, 2025-08-01, 0001-01-01 (the first
 *             day a date can hold) or 65535-12-31 (the last)
 *   bit 2     prefer_future
 *   bit 3     a time of publication (14:30)
 * The rest is the text. The tagger's contract is UTF-8, so invalid bytes
 * (and NULs) become U+FFFD as the ingester would refuse them anyway. The
 * text is passed with its length in a buffer without a terminating NUL, so
 * a read past the end is an ASan report.
 *
 * Checked on every result: expressions in text order, not overlapping,
 * inside the text and on character boundaries, a value for each, and a
 * calendar span that starts before it ends.
 */
#include "fuzz-common.h"

#include "dateline-timex.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) timexes = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *text = NULL;
  DatelineTimexOptions options = DATELINE_TIMEX_OPTIONS_INIT;
  DatelineWhen published = DATELINE_WHEN_INIT;
  guint previous_end = 0;
  gsize length;

  if (size < 1)
    return 0;

  switch (data[0] & 3)
    {
    case 1:
      dateline_when_set_day (&published, dateline_julian_from_ymd (2025, 8, 1), DATELINE_CERTAINTY_STATED);
      options.published = &published;
      break;
    case 2:
      dateline_when_set_day (&published, dateline_julian_from_ymd (1, 1, 1), DATELINE_CERTAINTY_STATED);
      options.published = &published;
      break;
    case 3:
      dateline_when_set_day (&published, dateline_julian_from_ymd (G_MAXUINT16, 12, 31), DATELINE_CERTAINTY_STATED);
      options.published = &published;
      break;
    default:
      break;
    }
  options.prefer_future = (data[0] & 4) != 0;
  if (data[0] & 8)
    options.published_time = 14 * 3600 + 30 * 60;

  valid = g_utf8_make_valid ((const char *) data + 1, (gssize) size - 1);
  length = strlen (valid);
  text = length > 0 ? g_memdup2 (valid, length) : g_malloc0 (1);

  timexes = dateline_timex_tag_with_options (text, (gssize) length, &options);
  g_assert_nonnull (timexes);

  for (guint i = 0; i < timexes->len; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);

      g_assert_cmpuint (timex->start, <, timex->end);
      g_assert_cmpuint (timex->end, <=, length);
      g_assert_cmpuint (timex->start, >=, previous_end);
      g_assert_true (timex->start == length || ((guchar) text[timex->start] & 0xC0) != 0x80);
      g_assert_true (timex->end == length || ((guchar) text[timex->end] & 0xC0) != 0x80);
      g_assert_nonnull (timex->value);
      g_assert_true (g_utf8_validate (timex->value, -1, NULL));
      if (dateline_when_is_dated (&timex->when))
        g_assert_cmpuint (timex->when.start, <=, timex->when.end);
      previous_end = timex->end;
    }

  return 0;
}
