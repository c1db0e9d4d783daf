/* test-passage-markup.c — passages as Pango markup, dates highlighted
 *
 * No display needed: this is the string building behind the source panel.
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "dateline-passage-card.h"

#define HL_OPEN "<span weight=\"bold\" bgcolor=\"#f6d32d\" bgalpha=\"35%\">"

static DatelineArticle *
article_with_timexes (const char *text,
                      const char *first_timex,
                      const char *second_timex)
{
  DatelineArticle *article = dateline_article_new ("a1", "Title", "source.txt", text);
  GPtrArray *timexes = g_ptr_array_new_with_free_func ((GDestroyNotify) dateline_timex_free);
  const char *timex_texts[] = { first_timex, second_timex };

  for (guint i = 0; i < G_N_ELEMENTS (timex_texts); i++)
    {
      const char *at;

      if (timex_texts[i] == NULL)
        continue;

      at = strstr (text, timex_texts[i]);
      g_assert_nonnull (at);
      g_ptr_array_add (timexes, dateline_timex_new (at - text, at - text + strlen (timex_texts[i]),
                                                    DATELINE_TIMEX_DATE, "2025-07-30",
                                                    DATELINE_ANCHOR_NONE));
    }

  dateline_article_take_timexes (article, timexes);

  return article;
}

static void
test_highlights_dates_inside_passage (void)
{
  const char *text = "Intro. Talks began on Wednesday in Geneva and ended on 1 August. Outro.";
  g_autoptr(DatelineArticle) article = article_with_timexes (text, "Wednesday", "1 August");
  const char *passage = strstr (text, "Talks");
  guint start = passage - text;
  guint end = strstr (text, " Outro") - text;
  g_autofree char *markup = dateline_passage_card_build_markup (article, start, end);

  g_assert_cmpstr (markup, ==,
                   "Talks began on " HL_OPEN "Wednesday</span> in Geneva and ended on "
                   HL_OPEN "1 August</span>.");
}

static void
test_escapes_article_text (void)
{
  /* Article text is untrusted: markup characters must come out escaped and
   * never break the label. */
  const char *text = "A <b>bold</b> claim & more on 3 May <i>";
  g_autoptr(DatelineArticle) article = article_with_timexes (text, "3 May", NULL);
  g_autofree char *markup = dateline_passage_card_build_markup (article, 0, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = NULL;

  g_assert_cmpstr (markup, ==,
                   "A &lt;b&gt;bold&lt;/b&gt; claim &amp; more on " HL_OPEN "3 May</span> &lt;i&gt;");
  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (plain, ==, text);
}

static void
test_timex_straddling_passage_is_not_highlighted (void)
{
  const char *text = "It happened on 30 July 2025 in the port.";
  g_autoptr(DatelineArticle) article = article_with_timexes (text, "30 July 2025", NULL);
  /* The passage ends inside the date: no half-highlight, no broken tag. */
  guint end = strstr (text, "July") - text;
  g_autofree char *markup = dateline_passage_card_build_markup (article, 0, end + 2);

  g_assert_cmpstr (markup, ==, "It happened on 30 Ju");
}

static void
test_multibyte_offsets (void)
{
  const char *text = "Le «sommet» s’est tenu le 30 juillet à Genève.";
  g_autoptr(DatelineArticle) article = article_with_timexes (text, "30 juillet", NULL);
  g_autofree char *markup = dateline_passage_card_build_markup (article, 0, strlen (text));

  g_assert_cmpstr (markup, ==, "Le «sommet» s’est tenu le " HL_OPEN "30 juillet</span> à Genève.");
}

static void
test_bad_offsets (void)
{
  const char *text = "Année 2025.";
  g_autoptr(DatelineArticle) article = article_with_timexes (text, NULL, NULL);

  /* Past the end, reversed, or splitting the "é": refused, so the card
   * falls back to the passage text stored in the project. */
  g_assert_null (dateline_passage_card_build_markup (article, 0, strlen (text) + 1));
  g_assert_null (dateline_passage_card_build_markup (article, 5, 2));
  g_assert_null (dateline_passage_card_build_markup (article, 0, 4));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/passage-markup/highlights-dates", test_highlights_dates_inside_passage);
  g_test_add_func ("/ui/passage-markup/escapes-article-text", test_escapes_article_text);
  g_test_add_func ("/ui/passage-markup/straddling-timex", test_timex_straddling_passage_is_not_highlighted);
  g_test_add_func ("/ui/passage-markup/multibyte", test_multibyte_offsets);
  g_test_add_func ("/ui/passage-markup/bad-offsets", test_bad_offsets);

  return g_test_run ();
}
