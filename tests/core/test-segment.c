/* test-segment.c — sentence segmentation
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dateline-segment.h"

/* Segments @text and checks the sentences against the NULL-terminated
 * list of expected strings, comparing the exact bytes each span slices. */
static void
assert_sentences (const char *text,
                  ...)
{
  g_autoptr(GArray) spans = dateline_segment_sentences (text, -1);
  va_list ap;
  guint i = 0;
  const char *expected;

  va_start (ap, text);
  while ((expected = va_arg (ap, const char *)) != NULL)
    {
      DatelineSpan *span;
      g_autofree char *got = NULL;

      if (i >= spans->len)
        g_error ("only %u sentences in “%s”, expected “%s” next",
                 spans->len, text, expected);

      span = &g_array_index (spans, DatelineSpan, i);
      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, strlen (text));
      got = g_strndup (text + span->start, span->end - span->start);
      g_assert_cmpstr (got, ==, expected);
      i++;
    }
  va_end (ap);

  if (i != spans->len)
    {
      DatelineSpan *extra = &g_array_index (spans, DatelineSpan, i);
      g_autofree char *got = g_strndup (text + extra->start, extra->end - extra->start);

      g_error ("%u sentences in “%s”, expected %u; first extra: “%s”",
               spans->len, text, i, got);
    }
}

static void
test_segment_basic (void)
{
  assert_sentences ("Talks began. Did they end? No!",
                    "Talks began.", "Did they end?", "No!", NULL);
  assert_sentences ("Wait?! Yes.", "Wait?!", "Yes.", NULL);
  assert_sentences ("No terminator at the end",
                    "No terminator at the end", NULL);
}

static void
test_segment_empty (void)
{
  g_autoptr(GArray) empty = dateline_segment_sentences ("", -1);
  g_autoptr(GArray) blank = dateline_segment_sentences (" \n\n \t \n", -1);
  g_autoptr(GArray) zero = dateline_segment_sentences (NULL, 0);

  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (blank->len, ==, 0);
  g_assert_cmpuint (zero->len, ==, 0);
}

static void
test_segment_trimmed_offsets (void)
{
  const char *text = "  Leading blanks.   Then more.  ";
  g_autoptr(GArray) spans = dateline_segment_sentences (text, -1);

  g_assert_cmpuint (spans->len, ==, 2);
  g_assert_cmpuint (g_array_index (spans, DatelineSpan, 0).start, ==, 2);
  g_assert_cmpuint (g_array_index (spans, DatelineSpan, 0).end, ==, 17);
  g_assert_cmpuint (g_array_index (spans, DatelineSpan, 1).start, ==, 20);
  g_assert_cmpuint (g_array_index (spans, DatelineSpan, 1).end, ==, 30);

  /* A no-break space (U+00A0) is white space too. */
  assert_sentences ("\xC2\xA0" "One.\xC2\xA0 Two.\xC2\xA0", "One.", "Two.", NULL);
}

static void
test_segment_length_bound (void)
{
  /* The text need not be NUL-terminated at @length. */
  const char *text = "First part. Second part. Not this.";
  g_autoptr(GArray) spans = dateline_segment_sentences (text, 24);

  g_assert_cmpuint (spans->len, ==, 2);
  g_assert_cmpuint (g_array_index (spans, DatelineSpan, 1).start, ==, 12);
  g_assert_cmpuint (g_array_index (spans, DatelineSpan, 1).end, ==, 24);
}

static void
test_segment_acronyms (void)
{
  assert_sentences ("U.S. envoys met U.N. monitors in Geneva. Nothing was agreed.",
                    "U.S. envoys met U.N. monitors in Geneva.", "Nothing was agreed.", NULL);
  /* Capitalised word after "U.S.": a name, not a new sentence… */
  assert_sentences ("The U.S. Senate voted. U.S. Trade Representative Kim spoke.",
                    "The U.S. Senate voted.", "U.S. Trade Representative Kim spoke.", NULL);
  /* …unless it is a word that opens sentences. */
  assert_sentences ("The delegation flew back to the U.S. The talks resume soon.",
                    "The delegation flew back to the U.S.", "The talks resume soon.", NULL);
  assert_sentences ("The vote is at 5 p.m. Friday in the chamber. It may slip.",
                    "The vote is at 5 p.m. Friday in the chamber.", "It may slip.", NULL);
  assert_sentences ("Several allies, e.g. France, objected. Others agreed.",
                    "Several allies, e.g. France, objected.", "Others agreed.", NULL);
}

static void
test_segment_titles (void)
{
  assert_sentences ("Sen. Alvarez and Mr. Okafor met Dr. Lindqvist and Gen. Moreau. "
                    "They left at noon.",
                    "Sen. Alvarez and Mr. Okafor met Dr. Lindqvist and Gen. Moreau.",
                    "They left at noon.", NULL);
  assert_sentences ("Shares of Northwind Corp. The company declined to comment.",
                    "Shares of Northwind Corp.", "The company declined to comment.", NULL);
  assert_sentences ("Northwind Corp. Chief Executive Ines Baptiste resigned.",
                    "Northwind Corp. Chief Executive Ines Baptiste resigned.", NULL);
}

static void
test_segment_month_abbreviations (void)
{
  assert_sentences ("The ceasefire held from Jan. 4 until Sept. 12 of that year. Fighting resumed.",
                    "The ceasefire held from Jan. 4 until Sept. 12 of that year.",
                    "Fighting resumed.", NULL);
  assert_sentences ("Ballots were counted on Aug. 8, officials said. Results follow.",
                    "Ballots were counted on Aug. 8, officials said.", "Results follow.", NULL);
}

static void
test_segment_initials (void)
{
  assert_sentences ("George W. Bush called J.D. Vance. Neither commented.",
                    "George W. Bush called J.D. Vance.", "Neither commented.", NULL);
  assert_sentences ("The ruling by Judge A. B. Castellanos stands. An appeal is likely.",
                    "The ruling by Judge A. B. Castellanos stands.", "An appeal is likely.", NULL);
}

static void
test_segment_decimals (void)
{
  assert_sentences ("Inflation eased to 3.5% in the quarter. Rates held at 4.25 percent.",
                    "Inflation eased to 3.5% in the quarter.", "Rates held at 4.25 percent.", NULL);
  assert_sentences ("Version 2.0.1 shipped. It works.",
                    "Version 2.0.1 shipped.", "It works.", NULL);
}

static void
test_segment_ellipses (void)
{
  assert_sentences ("The plan was ... unclear at best. Then the envoy left.",
                    "The plan was ... unclear at best.", "Then the envoy left.", NULL);
  assert_sentences ("The plan was\xE2\x80\xA6 unclear at best. Then the envoy left.",
                    "The plan was\xE2\x80\xA6 unclear at best.", "Then the envoy left.", NULL);
  assert_sentences ("We waited and waited... Nothing happened.",
                    "We waited and waited...", "Nothing happened.", NULL);
}

static void
test_segment_quotes (void)
{
  assert_sentences ("\"We are ready to talk,\" he said. The meeting ended.",
                    "\"We are ready to talk,\" he said.", "The meeting ended.", NULL);
  /* Curly quotes and an apostrophe inside the quotation. */
  assert_sentences ("“There’s been no real change,” Okafor stated. Talks go on.",
                    "“There’s been no real change,” Okafor stated.", "Talks go on.", NULL);
  /* The closing quote after the full stop belongs to the sentence. */
  assert_sentences ("She added: “It is over.” Then she left.",
                    "She added: “It is over.”", "Then she left.", NULL);
  assert_sentences ("He said: \"It is over.\" Then he left.",
                    "He said: \"It is over.\"", "Then he left.", NULL);
  /* A question inside quotes followed by its attribution. */
  assert_sentences ("“Why now?” he asked. Nobody answered.",
                    "“Why now?” he asked.", "Nobody answered.", NULL);
  assert_sentences ("“Why now?” Minister Haddad asked. Nobody answered.",
                    "“Why now?” Minister Haddad asked.", "Nobody answered.", NULL);
  assert_sentences ("(The figure was later revised.) Markets fell.",
                    "(The figure was later revised.)", "Markets fell.", NULL);
}

static void
test_segment_line_breaks (void)
{
  /* Headlines have no full stop; a line break always ends a sentence. */
  assert_sentences ("Talks stall in Geneva\n\nEnvoys met on Monday. They disagreed\nNew paragraph.",
                    "Talks stall in Geneva", "Envoys met on Monday.", "They disagreed",
                    "New paragraph.", NULL);
  assert_sentences ("Windows line\r\nends too.\r\n", "Windows line", "ends too.", NULL);
  /* Even after an abbreviation. */
  assert_sentences ("Written by Mr.\nSomeone", "Written by Mr.", "Someone", NULL);
}

static void
test_segment_multibyte_offsets (void)
{
  const char *text = "Kyiv’s mayor spoke. Zelenskyy’s aide replied.";
  g_autoptr(GArray) spans = dateline_segment_sentences (text, -1);

  g_assert_cmpuint (spans->len, ==, 2);
  /* ’ is three bytes: "Kyiv’s mayor spoke." is 21 bytes long. */
  g_assert_cmpuint (g_array_index (spans, DatelineSpan, 0).end, ==, 21);
  g_assert_cmpuint (g_array_index (spans, DatelineSpan, 1).start, ==, 22);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/segment/basic", test_segment_basic);
  g_test_add_func ("/segment/empty", test_segment_empty);
  g_test_add_func ("/segment/trimmed-offsets", test_segment_trimmed_offsets);
  g_test_add_func ("/segment/length-bound", test_segment_length_bound);
  g_test_add_func ("/segment/acronyms", test_segment_acronyms);
  g_test_add_func ("/segment/titles", test_segment_titles);
  g_test_add_func ("/segment/month-abbreviations", test_segment_month_abbreviations);
  g_test_add_func ("/segment/initials", test_segment_initials);
  g_test_add_func ("/segment/decimals", test_segment_decimals);
  g_test_add_func ("/segment/ellipses", test_segment_ellipses);
  g_test_add_func ("/segment/quotes", test_segment_quotes);
  g_test_add_func ("/segment/line-breaks", test_segment_line_breaks);
  g_test_add_func ("/segment/multibyte-offsets", test_segment_multibyte_offsets);

  return g_test_run ();
}
