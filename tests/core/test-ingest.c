/* test-ingest.c — reading articles: titles, publication dates, bad files
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dateline-ingest.h"

static char *
published_value (DatelineArticle *article)
{
  return dateline_when_dup_value (dateline_article_get_published (article));
}

static DatelineArticle *
ingest_string (const char         *data,
               const DatelineWhen *reference,
               GError            **error)
{
  return dateline_ingest_data (data, strlen (data), "story.txt", reference, error);
}

static void
test_ingest_date_line_with_title (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article =
    ingest_string ("date 2025-08-01 Talks end without progress\n\nThe talks ended on Wednesday.\n",
                   NULL, &error);
  g_autofree char *value = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (dateline_article_get_title (article), ==, "Talks end without progress");
  value = published_value (article);
  g_assert_cmpstr (value, ==, "2025-08-01");
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_HEADER);
  /* The metadata is not part of the text; the title is its first line. */
  g_assert_cmpstr (dateline_article_get_text (article), ==,
                   "Talks end without progress\n\nThe talks ended on Wednesday.");
}

static void
test_ingest_published_line_after_title (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article =
    ingest_string ("Council extends survey\nPublished: 4 September 2023\n\nThe council voted on Monday.\n",
                   NULL, &error);
  g_autofree char *value = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (dateline_article_get_title (article), ==, "Council extends survey");
  value = published_value (article);
  g_assert_cmpstr (value, ==, "2023-09-04");
  g_assert_null (strstr (dateline_article_get_text (article), "Published"));
}

static void
test_ingest_published_forms (void)
{
  const struct {
    const char *header;
    const char *expected;
  } cases[] = {
    { "Published on July 31, 2025", "2025-07-31" },
    { "Date: 2024-02-29", "2024-02-29" },
    { "Updated: Monday, April 19, 2021 10:15 GMT", "2021-04-19" },
    { "posted 3 Jan 2022", "2022-01-03" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *data = g_strdup_printf ("A headline\n%s\n\nBody text.\n", cases[i].header);
      g_autoptr(GError) error = NULL;
      g_autoptr(DatelineArticle) article = ingest_string (data, NULL, &error);
      g_autofree char *value = NULL;

      g_assert_no_error (error);
      value = published_value (article);
      g_assert_cmpstr (value, ==, cases[i].expected);
      g_assert_cmpstr (dateline_article_get_title (article), ==, "A headline");
    }
}

static void
test_ingest_reference_and_unknown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) with_reference = NULL;
  g_autoptr(DatelineArticle) without = NULL;
  g_autoptr(DatelineArticle) stated = NULL;
  g_autofree char *value = NULL;
  g_autofree char *stated_value = NULL;
  DatelineWhen reference;

  g_assert_true (dateline_when_parse_value ("2023-06-16", &reference));

  with_reference = ingest_string ("Port reopens\n\nThe port reopened on Tuesday.\n", &reference, &error);
  g_assert_no_error (error);
  value = published_value (with_reference);
  g_assert_cmpstr (value, ==, "2023-06-16");
  g_assert_cmpint (dateline_article_get_published_origin (with_reference), ==, DATELINE_DATE_ORIGIN_REFERENCE);

  without = ingest_string ("Port reopens\n\nThe port reopened on Tuesday.\n", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (dateline_when_is_dated (dateline_article_get_published (without)));
  g_assert_cmpint (dateline_article_get_published_origin (without), ==, DATELINE_DATE_ORIGIN_UNKNOWN);

  /* A date stated in the file wins over the reference date. */
  stated = ingest_string ("date 2020-01-02 Port reopens\n\nText.\n", &reference, &error);
  g_assert_no_error (error);
  stated_value = published_value (stated);
  g_assert_cmpstr (stated_value, ==, "2020-01-02");
  g_assert_cmpint (dateline_article_get_published_origin (stated), ==, DATELINE_DATE_ORIGIN_HEADER);
}

static void
test_ingest_not_a_header (void)
{
  g_autoptr(GError) error = NULL;
  /* "Date" as an ordinary word in a headline is no metadata line. */
  g_autoptr(DatelineArticle) article =
    ingest_string ("Date set for the election\n\nThe vote will be held in May 2026.\n", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (dateline_article_get_title (article), ==, "Date set for the election");
  g_assert_false (dateline_when_is_dated (dateline_article_get_published (article)));
}

static void
test_ingest_long_first_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(DatelineArticle) article = NULL;
  const char *title;

  for (guint i = 0; i < 30; i++)
    g_string_append (data, "word ");
  g_string_append (data, "end of a long opening paragraph.\nSecond line.\n");

  article = ingest_string (data->str, NULL, &error);
  g_assert_no_error (error);
  title = dateline_article_get_title (article);
  g_assert_true (g_str_has_suffix (title, "word…"));
  g_assert_cmpint (g_utf8_strlen (title, -1), <=, 101);
}

static void
test_ingest_line_ends_and_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article =
    ingest_string ("\xEF\xBB\xBFTitle\r\n\r\nFirst line.\r\nSecond line.\r\n", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (dateline_article_get_title (article), ==, "Title");
  g_assert_cmpstr (dateline_article_get_text (article), ==, "Title\n\nFirst line.\nSecond line.");
}

static void
test_ingest_utf16 (void)
{
  /* "Héllo\nBody." in UTF-16LE with a BOM */
  static const char utf16[] = "\xFF\xFE" "H\0\xE9\0l\0l\0o\0\n\0B\0o\0d\0y\0.\0";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article =
    dateline_ingest_data (utf16, sizeof utf16 - 1, "utf16.txt", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (dateline_article_get_title (article), ==, "Héllo");
  g_assert_cmpstr (dateline_article_get_text (article), ==, "Héllo\nBody.");
}

static void
assert_refused (const char *data,
                gsize       length,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article =
    dateline_ingest_data (data, length, "bad-file.txt", NULL, &error);

  g_assert_null (article);
  g_assert_error (error, DATELINE_INGEST_ERROR, code);
  /* Every message names the file so the user knows which one. */
  g_assert_nonnull (strstr (error->message, "bad-file.txt"));
}

static void
test_ingest_refuses_bad_files (void)
{
  static const char png_header[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  static const char latin1[] = "Caf\xE9 opens\n\nIt opened on Monday.\n";
  static const char overlong[] = "Title\n\n\xC0\xAF is an overlong slash.\n";

  assert_refused (png_header, sizeof png_header - 1, DATELINE_INGEST_ERROR_NOT_TEXT);
  assert_refused (latin1, sizeof latin1 - 1, DATELINE_INGEST_ERROR_INVALID_UTF8);
  assert_refused (overlong, sizeof overlong - 1, DATELINE_INGEST_ERROR_INVALID_UTF8);
  assert_refused ("", 0, DATELINE_INGEST_ERROR_EMPTY);
  assert_refused (" \n\n\t \n", 6, DATELINE_INGEST_ERROR_EMPTY);
  assert_refused ("date 2025-01-01\n", 16, DATELINE_INGEST_ERROR_EMPTY);
}

static void
test_ingest_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/dir/missing-article.txt");
  g_autoptr(GFile) directory = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(DatelineArticle) article = NULL;

  article = dateline_ingest_file (missing, NULL, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing-article.txt"));
  g_clear_error (&error);

  article = dateline_ingest_file (directory, NULL, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
}

static void
test_ingest_fixture_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "grain-talks.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_file (file, NULL, NULL, &error);
  g_autofree char *value = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (dateline_article_get_source (article), ==, "grain-talks.txt");
  g_assert_cmpstr (dateline_article_get_title (article), ==, "Ministers hold grain corridor talks in Geneva");
  value = published_value (article);
  g_assert_cmpstr (value, ==, "2024-03-15");
}

static DatelineArticle *
ingest_fixture (const char         *dir,
                const char         *name,
                const DatelineWhen *reference)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DatelineArticle *article = dateline_ingest_file (file, reference, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static gboolean
has_line (const char *text,
          const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_equal (lines[i], line))
      return TRUE;

  return FALSE;
}

static void
test_ingest_html_page (void)
{
  g_autoptr(DatelineArticle) article = ingest_fixture ("html", "substation-fire.html", NULL);
  g_autofree char *value = published_value (article);
  const char *text = dateline_article_get_text (article);

  g_assert_cmpstr (dateline_article_get_source (article), ==, "substation-fire.html");
  g_assert_cmpstr (dateline_article_get_title (article), ==, "Substation fire cuts power to 80,000 homes in Dornhaven");
  g_assert_cmpstr (value, ==, "2024-11-19");
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_METADATA);
  /* The text starts with the headline, once. */
  g_assert_true (g_str_has_prefix (text, "Substation fire cuts power to 80,000 homes in Dornhaven\n\nA fire at"));
  /* "Advertisement" as a paragraph of the article went through the cleaner. */
  g_assert_null (strstr (text, "Advertisement"));
  g_assert_null (strstr (text, "<"));
}

static void
test_ingest_html_blog_page (void)
{
  g_autoptr(DatelineArticle) article = ingest_fixture ("html", "cycle-bridge-blog.html", NULL);

  /* The label left by the removed date ("Posted on") is gone too. */
  g_assert_cmpstr (dateline_article_get_text (article), ==,
                   "Town council backs new cycle bridge\n\n"
                   "The town council voted 14 to 3 on Monday evening to build a cycle and footbridge across the "
                   "river next to the railway bridge, ending a debate that began in 2019.\n\n"
                   "The bridge, which will cost an estimated 4.8 million pounds, is due to open in the summer of "
                   "2026. Most of the money will come from a national active travel fund.\n\n"
                   "Councillor Ruth Aldous, who proposed the scheme, said the bridge would cut the walk from the "
                   "north estate to the station from 25 minutes to ten.\n\n"
                   "Opponents said the money would be better spent repairing roads.");
}

static void
test_ingest_html_title_variant (void)
{
  /* og:title and <h1> worded a little apart: the page's headline is not
   * printed twice. */
  static const char page[] =
    "<html><head><meta property=\"og:title\" content=\"Substation fire cuts power to 80,000 homes\"></head>"
    "<body><article><h1>Substation fire cuts power to 80,000 homes in Dornhaven</h1>"
    "<p>A fire at the main substation left about 80,000 homes without power on Monday night, the grid "
    "operator said.</p></article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_data (page, sizeof page - 1, "fire.html", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (dateline_article_get_title (article), ==, "Substation fire cuts power to 80,000 homes");
  g_assert_cmpstr (dateline_article_get_text (article), ==,
                   "Substation fire cuts power to 80,000 homes in Dornhaven\n\n"
                   "A fire at the main substation left about 80,000 homes without power on Monday night, the "
                   "grid operator said.");
}

static void
test_ingest_html_meta_only (void)
{
  g_autoptr(DatelineArticle) article = ingest_fixture ("html", "river-wall-meta-only.html", NULL);
  g_autofree char *value = published_value (article);

  g_assert_cmpstr (value, ==, "2023-09-04");
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_METADATA);
  g_assert_cmpstr (dateline_article_get_title (article), ==, "Council extends survey of crumbling river wall");
}

static void
test_ingest_html_date_line (void)
{
  /* No metadata: the date line above the story is the header. */
  g_autoptr(DatelineArticle) article = ingest_fixture ("html", "library-reopens-no-article.html", NULL);
  g_autofree char *value = published_value (article);

  g_assert_cmpstr (value, ==, "2024-03-12");
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_HEADER);
  g_assert_null (strstr (dateline_article_get_text (article), "Tuesday, 12 March"));
}

static void
test_ingest_html_sniffed_and_charset (void)
{
  /* A saved page called .txt, in windows-1252 as it declares. */
  static const char page[] =
    "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Caf\xE9 owners protest new rules</title></head>"
    "<body><article><p>Caf\xE9 owners in the old town protested on Monday against rules that ban terrace "
    "heaters from next winter, saying the measure would cost them a third of their trade \x96 at least.</p>"
    "</article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_data (page, sizeof page - 1, "saved page.txt", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (dateline_article_get_title (article), ==, "Café owners protest new rules");
  g_assert_nonnull (strstr (dateline_article_get_text (article), "their trade – at least."));
}

static void
test_ingest_html_without_text (void)
{
  static const char page[] = "<html><head><title>Menu</title></head><body><nav><a href=\"/\">Home</a></nav>"
                             "<script>var a = 1;</script></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_data (page, sizeof page - 1, "empty-page.html", NULL, &error);

  /* The title alone is no article. */
  g_assert_null (article);
  g_assert_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "empty-page.html"));
}

static void
test_ingest_web_copy (void)
{
  g_autoptr(DatelineArticle) article = ingest_fixture ("text", "port-strike-web-copy.txt", NULL);
  g_autofree char *value = published_value (article);
  const char *text = dateline_article_get_text (article);

  g_assert_cmpstr (dateline_article_get_title (article), ==,
                   "Dockworkers end nine-day strike at Valmora port after wage deal");
  g_assert_cmpstr (value, ==, "2024-03-14");
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_HEADER);
  g_assert_null (strstr (text, "Published"));
  g_assert_null (strstr (text, "Skip to"));
  g_assert_null (strstr (text, "ago"));
  g_assert_true (has_line (text, "The ministry said a joint committee would meet in June to review overtime rules, "
                                 "the last point still in dispute."));
}

static void
test_ingest_junk_only (void)
{
  static const char junk[] = "Advertisement\nDownload the App\nNo comments yet\nShare\n2 hours ago\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_data (junk, sizeof junk - 1, "clutter.txt", NULL, &error);

  g_assert_null (article);
  g_assert_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "clutter.txt"));
}

static void
test_ingest_related_story_split (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "text", "flood-barrier-with-related-story.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = dateline_ingest_file_all (file, NULL, NULL, &error);
  g_autoptr(DatelineArticle) single = NULL;
  DatelineArticle *main_article;
  DatelineArticle *related;
  g_autofree char *main_value = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 2);

  main_article = g_ptr_array_index (articles, 0);
  related = g_ptr_array_index (articles, 1);
  g_assert_cmpstr (dateline_article_get_title (main_article), ==, "Council approves flood barrier for Lower Weir district");
  main_value = published_value (main_article);
  g_assert_cmpstr (main_value, ==, "2023-10-02");
  g_assert_null (strstr (dateline_article_get_text (main_article), "bridge"));

  g_assert_cmpstr (dateline_article_get_title (related), ==, "Bridge repairs to close river crossing for six weeks");
  g_assert_cmpstr (dateline_article_get_source (related), ==, "flood-barrier-with-related-story.txt");
  g_assert_true (g_str_has_prefix (dateline_article_get_text (related),
                                   "Bridge repairs to close river crossing for six weeks\nMARLOW, Oct 1"));
  /* Its dateline has no year and the page gives none for it: the date
   * stays unknown rather than borrowed from the main story. */
  g_assert_false (dateline_when_is_dated (dateline_article_get_published (related)));

  /* The single-article function returns the main story. */
  single = dateline_ingest_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dateline_article_get_title (single), ==, dateline_article_get_title (main_article));
}

static void
test_ingest_markdown (void)
{
  g_autoptr(DatelineArticle) article = ingest_fixture ("text", "briefing.md", NULL);
  g_autofree char *value = published_value (article);
  const char *text = dateline_article_get_text (article);

  g_assert_cmpstr (dateline_article_get_title (article), ==, "Morning briefing: ceasefire talks resume in Doha");
  g_assert_cmpstr (value, ==, "2024-05-06");
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_METADATA);
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "https://"));
  g_assert_null (strstr (text, "tags:"));
  g_assert_true (g_str_has_prefix (text, "Morning briefing: ceasefire talks resume in Doha\n\nNegotiators returned"));
}

static void
test_ingest_dateline_dates (void)
{
  g_autoptr(DatelineArticle) full = ingest_fixture ("text", "datelines.txt", NULL);
  g_autoptr(DatelineArticle) no_year = ingest_fixture ("text", "dateline-without-year.txt", NULL);
  g_autoptr(DatelineArticle) no_date = ingest_fixture ("text", "dateline-no-date.txt", NULL);
  g_autoptr(DatelineArticle) with_reference = NULL;
  g_autofree char *full_value = published_value (full);
  g_autofree char *reference_value = NULL;
  DatelineWhen reference;

  g_assert_cmpstr (full_value, ==, "2023-06-16");
  g_assert_cmpint (dateline_article_get_published_origin (full), ==, DATELINE_DATE_ORIGIN_TEXT);
  /* The dateline stays in the text. */
  g_assert_true (g_str_has_prefix (dateline_article_get_text (full),
                                   "Canal traffic resumes after tanker is refloated\nSUEZ, Egypt, June 16, 2023 (Harbour Wire) — "));

  /* "GENEVA, March 15 (…)": no year anywhere, so no date is invented. */
  g_assert_false (dateline_when_is_dated (dateline_article_get_published (no_year)));
  g_assert_cmpint (dateline_article_get_published_origin (no_year), ==, DATELINE_DATE_ORIGIN_UNKNOWN);
  g_assert_true (strstr (dateline_article_get_text (no_year), "GENEVA, March 15 (Harbour Wire) - Ministers") != NULL);

  g_assert_false (dateline_when_is_dated (dateline_article_get_published (no_date)));

  /* The reference date is used only when nothing else is found. */
  g_assert_true (dateline_when_parse_value ("2024-03-16", &reference));
  with_reference = ingest_fixture ("text", "dateline-without-year.txt", &reference);
  reference_value = published_value (with_reference);
  g_assert_cmpstr (reference_value, ==, "2024-03-16");
  g_assert_cmpint (dateline_article_get_published_origin (with_reference), ==, DATELINE_DATE_ORIGIN_REFERENCE);
}

static void
test_ingest_dateline_with_metadata_year (void)
{
  /* The page only knows the year; the dateline gives the day. */
  static const char page[] =
    "<html><head><meta name=\"date\" content=\"2024\"><title>Grain ministers meet again</title></head><body>"
    "<article><p>GENEVA, March 15 (Harbour Wire) - Ministers from the three exporting countries met on Friday for "
    "a second round of talks on the grain corridor, officials said.</p></article></body></html>";
  static const char contradicting[] =
    "<html><head><meta name=\"date\" content=\"2024-07\"><title>Grain ministers meet again</title></head><body>"
    "<article><p>GENEVA, March 15 (Harbour Wire) - Ministers from the three exporting countries met on Friday for "
    "a second round of talks on the grain corridor, officials said.</p></article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_data (page, sizeof page - 1, "grain.html", NULL, &error);
  g_autoptr(DatelineArticle) coarse = NULL;
  g_autofree char *value = NULL;
  g_autofree char *coarse_value = NULL;

  g_assert_no_error (error);
  value = published_value (article);
  g_assert_cmpstr (value, ==, "2024-03-15");
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_TEXT);

  /* A month that does not hold the dateline's day is kept as the month. */
  coarse = dateline_ingest_data (contradicting, sizeof contradicting - 1, "grain.html", NULL, &error);
  g_assert_no_error (error);
  coarse_value = published_value (coarse);
  g_assert_cmpstr (coarse_value, ==, "2024-07");
  g_assert_cmpint (dateline_article_get_published_origin (coarse), ==, DATELINE_DATE_ORIGIN_METADATA);
}

static void
test_ingest_date_only_header (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article =
    ingest_string ("Ferry service resumes\nBy Mira Costa, July 31, 2025 4:12 PM GMT+1\n\nThe ferry resumed on Thursday.\n",
                   NULL, &error);
  g_autoptr(DatelineArticle) headline = NULL;
  g_autofree char *value = NULL;

  g_assert_no_error (error);
  value = published_value (article);
  g_assert_cmpstr (value, ==, "2025-07-31");
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_HEADER);
  g_assert_cmpstr (dateline_article_get_text (article), ==, "Ferry service resumes\n\nThe ferry resumed on Thursday.");

  /* A reading time before the date. */
  {
    g_autoptr(DatelineArticle) reading =
      ingest_string ("Freight rates jump\n3 min read . Updated: 14 Mar 2024, 08:05 AM IST\nDaily Ledger\n"
                     "Container freight rates rose 18% in a week, a shipping index showed on Thursday.\n",
                     NULL, &error);
    g_autofree char *reading_value = NULL;

    g_assert_no_error (error);
    reading_value = published_value (reading);
    g_assert_cmpstr (reading_value, ==, "2024-03-14");
    g_assert_cmpstr (dateline_article_get_text (reading), ==,
                     "Freight rates jump\nContainer freight rates rose 18% in a week, a shipping index showed on "
                     "Thursday.");
  }

  /* A headline that holds a date is a headline. */
  headline = ingest_string ("Ceasefire begins July 31, 2025\n\nThe ceasefire began at midnight.\n", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dateline_article_get_title (headline), ==, "Ceasefire begins July 31, 2025");
  g_assert_false (dateline_when_is_dated (dateline_article_get_published (headline)));
}

static void
test_ingest_is_project_file (void)
{
  g_autoptr(GFile) project = g_file_new_for_path ("/tmp/story.dateline");
  g_autoptr(GFile) article = g_file_new_for_path ("/tmp/story.txt");

  g_assert_true (dateline_ingest_is_project_file (project));
  g_assert_false (dateline_ingest_is_project_file (article));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ingest/date-line-with-title", test_ingest_date_line_with_title);
  g_test_add_func ("/ingest/published-line-after-title", test_ingest_published_line_after_title);
  g_test_add_func ("/ingest/published-forms", test_ingest_published_forms);
  g_test_add_func ("/ingest/reference-and-unknown", test_ingest_reference_and_unknown);
  g_test_add_func ("/ingest/not-a-header", test_ingest_not_a_header);
  g_test_add_func ("/ingest/long-first-line", test_ingest_long_first_line);
  g_test_add_func ("/ingest/line-ends-and-bom", test_ingest_line_ends_and_bom);
  g_test_add_func ("/ingest/utf16", test_ingest_utf16);
  g_test_add_func ("/ingest/refuses-bad-files", test_ingest_refuses_bad_files);
  g_test_add_func ("/ingest/file-errors", test_ingest_file_errors);
  g_test_add_func ("/ingest/fixture-file", test_ingest_fixture_file);
  g_test_add_func ("/ingest/is-project-file", test_ingest_is_project_file);
  g_test_add_func ("/ingest/html-page", test_ingest_html_page);
  g_test_add_func ("/ingest/html-blog-page", test_ingest_html_blog_page);
  g_test_add_func ("/ingest/html-title-variant", test_ingest_html_title_variant);
  g_test_add_func ("/ingest/html-meta-only", test_ingest_html_meta_only);
  g_test_add_func ("/ingest/html-date-line", test_ingest_html_date_line);
  g_test_add_func ("/ingest/html-sniffed-and-charset", test_ingest_html_sniffed_and_charset);
  g_test_add_func ("/ingest/html-without-text", test_ingest_html_without_text);
  g_test_add_func ("/ingest/web-copy", test_ingest_web_copy);
  g_test_add_func ("/ingest/junk-only", test_ingest_junk_only);
  g_test_add_func ("/ingest/related-story-split", test_ingest_related_story_split);
  g_test_add_func ("/ingest/markdown", test_ingest_markdown);
  g_test_add_func ("/ingest/dateline-dates", test_ingest_dateline_dates);
  g_test_add_func ("/ingest/dateline-with-metadata-year", test_ingest_dateline_with_metadata_year);
  g_test_add_func ("/ingest/date-only-header", test_ingest_date_only_header);

  return g_test_run ();
}
