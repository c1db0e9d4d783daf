/* test-article.c — articles, and byte ↔ code point offset conversion
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dateline-article.h"

static void
test_article_offsets_match_utf8 (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DatelineArticle) article = NULL;
  const char *p;
  guint chars = 0;

  /* Long enough to cross many checkpoints, with 1-, 2-, 3- and 4-byte
   * characters landing on every alignment. */
  for (guint i = 0; i < 400; i++)
    g_string_append (text, (i % 4 == 0) ? "a“b”" : (i % 4 == 1) ? "Kyiv’s é " : (i % 4 == 2) ? "𝄞x" : "plain ");

  article = dateline_article_new ("a1", "T", "t.txt", text->str);
  g_assert_cmpuint (dateline_article_get_char_length (article), ==,
                    g_utf8_strlen (text->str, -1));

  for (p = text->str; ; p = g_utf8_next_char (p), chars++)
    {
      guint byte = (guint) (p - text->str);

      g_assert_cmpuint (dateline_article_byte_to_char (article, byte), ==, chars);
      g_assert_cmpuint (dateline_article_char_to_byte (article, chars), ==, byte);
      if (*p == '\0')
        break;
    }

  /* Beyond the end clamps to the end. */
  g_assert_cmpuint (dateline_article_byte_to_char (article, G_MAXUINT), ==, chars);
  g_assert_cmpuint (dateline_article_char_to_byte (article, G_MAXUINT), ==, text->len);
}

static void
count_cb (DatelineArticle *article,
          guint           *count)
{
  (*count)++;
}

static void
test_article_published (void)
{
  g_autoptr(DatelineArticle) article = dateline_article_new ("a1", "Title", "x.txt", "Body.");
  DatelineWhen when;
  guint changes = 0;

  g_signal_connect (article, "published-changed", G_CALLBACK (count_cb), &changes);

  g_assert_false (dateline_when_is_dated (dateline_article_get_published (article)));
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_UNKNOWN);

  g_assert_true (dateline_when_parse_value ("2025-08-01", &when));
  dateline_article_set_published (article, &when, DATELINE_DATE_ORIGIN_USER);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (dateline_when_equal (dateline_article_get_published (article), &when));

  /* Setting the same value again is not a change. */
  dateline_article_set_published (article, &when, DATELINE_DATE_ORIGIN_USER);
  g_assert_cmpuint (changes, ==, 1);

  /* Clearing it makes the origin unknown whatever was passed. */
  dateline_article_set_published (article, NULL, DATELINE_DATE_ORIGIN_HEADER);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_UNKNOWN);
}

static void
test_article_timexes_replace (void)
{
  g_autoptr(DatelineArticle) article = dateline_article_new ("a1", "Title", "x.txt", "On July 31.");
  GPtrArray *timexes = g_ptr_array_new ();

  g_ptr_array_add (timexes, dateline_timex_new (3, 10, DATELINE_TIMEX_DATE, "XXXX-07-31", DATELINE_ANCHOR_NONE));
  dateline_article_take_timexes (article, timexes);
  g_assert_cmpuint (dateline_article_get_timexes (article)->len, ==, 1);

  dateline_article_take_timexes (article, g_ptr_array_new ());
  g_assert_cmpuint (dateline_article_get_timexes (article)->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/article/offsets-match-utf8", test_article_offsets_match_utf8);
  g_test_add_func ("/article/published", test_article_published);
  g_test_add_func ("/article/timexes-replace", test_article_timexes_replace);

  return g_test_run ();
}
