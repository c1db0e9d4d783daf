/* test-markdown.c — Markdown articles as plain text
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dateline-markdown.h"

static void
test_markdown_briefing (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "text", "briefing.md", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(DatelineMarkdown) markdown = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  markdown = dateline_markdown_parse (contents);

  g_assert_cmpstr (markdown->title, ==, "Morning briefing: ceasefire talks resume in Doha");
  g_assert_cmpstr (markdown->date, ==, "2024-05-06T07:30:00+03:00");
  g_assert_cmpstr (markdown->text, ==,
                   "Morning briefing: ceasefire talks resume in Doha\n\n"
                   /* emphasis gone, link text kept, soft-wrapped lines joined */
                   "Negotiators returned to Doha on Sunday for a new round of ceasefire talks, according to two "
                   "officials briefed on the meeting.\n\n"
                   /* the image is gone; the heading is a line of its own */
                   "What is on the table\n\n"
                   "A six-week pause in the fighting\n"
                   "The release of 33 detainees in a first phase\n"
                   "Aid convoys of up to 600 trucks a day\n\n"
                   /* the code block is gone; the quote keeps its words */
                   "\"We are closer than we were a month ago,\" one of the officials said.\n\n"
                   "First phase: six weeks\n"
                   "Second phase: to be agreed\n\n"
                   /* struck-out words were withdrawn; an escaped star is a star */
                   "The talks are expected to last three days.* Mediators said a statement would follow on "
                   "Tuesday.\n\n"
                   "Footnote text.");
}

static void
test_markdown_cases (void)
{
  static const struct {
    const char *input;
    const char *text;
  } cases[] = {
    { "Talks in Geneva\n===============\n\nText.", "Talks in Geneva\n\nText." },
    { "Talks in Geneva\n---\n\nText.", "Talks in Geneva\n\nText." },
    { "## Talks ##\nText.", "Talks\n\nText." },
    { "#hashtag is not a heading.", "#hashtag is not a heading." },
    { "The snake_case_name and file_name_here stay.", "The snake_case_name and file_name_here stay." },
    { "Prices rose 3 * 4 * 5 percent.", "Prices rose 3 * 4 * 5 percent." },
    { "A __bold__ and _italic_ and ***both***.", "A bold and italic and both." },
    { "See [the report][1] and <https://example.org>.\n\n[1]: https://example.org/r", "See the report and ." },
    { "Text with <span class=\"x\">inline html</span><br/>here.", "Text with inline htmlhere." },
    { "<!-- a comment\nover lines -->\nVisible.", "Visible." },
    { "~~~\ncode\n~~~\nAfter.", "After." },
    { "Para.\n\n    indented code\n    more code\n\nAfter.", "Para.\n\nAfter." },
    { "- item one\n  continued\n- item two", "item one continued\nitem two" },
    { "* [x] done\n* [ ] todo", "done\ntodo" },
    { "| City | Dead |\n|------|-----:|\n| Kyiv | 15 |", "City | Dead\nKyiv | 15" },
    { "Fish &amp; chips &mdash; closed.", "Fish & chips — closed." },
    { "Line one\\\nline two", "Line one\nline two" },
    /* No closing fence: no front matter, a paragraph. */
    { "---\ntitle: x\nunterminated front matter", "title: x unterminated front matter" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DatelineMarkdown) markdown = dateline_markdown_parse (cases[i].input);

      if (g_strcmp0 (markdown->text, cases[i].text) != 0)
        g_error ("“%s”\n  gave “%s”\n  expected “%s”", cases[i].input, markdown->text, cases[i].text);
    }
}

static void
test_markdown_front_matter (void)
{
  g_autoptr(DatelineMarkdown) yaml = dateline_markdown_parse ("---\nTitle: 'Port reopens'\npublished: 2023-06-16\n"
                                                              "nested:\n  date: 1999-01-01\n---\nText.");
  g_autoptr(DatelineMarkdown) toml = dateline_markdown_parse ("+++\ntitle = \"Port reopens\"\ndate = 2023-06-16\n"
                                                              "+++\nText.");
  g_autoptr(DatelineMarkdown) none = dateline_markdown_parse ("Text only.");

  g_assert_cmpstr (yaml->title, ==, "Port reopens");
  g_assert_cmpstr (yaml->date, ==, "2023-06-16");
  g_assert_cmpstr (yaml->text, ==, "Text.");
  g_assert_cmpstr (toml->title, ==, "Port reopens");
  g_assert_cmpstr (toml->date, ==, "2023-06-16");
  g_assert_null (none->title);
  g_assert_null (none->date);
}

static void
test_markdown_hostile (void)
{
  g_autoptr(GString) input = g_string_new (NULL);
  g_autoptr(DatelineMarkdown) markdown = NULL;
  gint64 start;

  /* Unmatched markers by the million on one line: linear, not quadratic. */
  for (guint i = 0; i < 500000; i++)
    g_string_append (input, "*_[`~");
  start = g_get_monotonic_time ();
  markdown = dateline_markdown_parse (input->str);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  g_assert_nonnull (markdown->text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markdown/briefing", test_markdown_briefing);
  g_test_add_func ("/markdown/cases", test_markdown_cases);
  g_test_add_func ("/markdown/front-matter", test_markdown_front_matter);
  g_test_add_func ("/markdown/hostile", test_markdown_hostile);

  return g_test_run ();
}
