/* test-html.c — the article inside a web page
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dateline-html.h"

static DatelineHtmlPage *
parse_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "html", name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return dateline_html_page_parse (contents, length);
}

static DatelineHtmlPage *
parse_string (const char *html)
{
  return dateline_html_page_parse (html, strlen (html));
}

static char *
published_value (const DatelineHtmlPage *page)
{
  return dateline_when_dup_value (&page->published);
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
assert_absent (const char *text,
               const char *junk)
{
  if (strstr (text, junk) != NULL)
    g_error ("“%s” should have been removed from:\n%s", junk, text);
}

static void
assert_line (const char *text,
             const char *line)
{
  if (!has_line (text, line))
    g_error ("“%s” should be a line of:\n%s", line, text);
}

static void
test_html_news_page (void)
{
  g_autoptr(DatelineHtmlPage) page = parse_fixture ("substation-fire.html");
  g_autofree char *published = published_value (page);
  static const char * const paragraphs[] = {
    "Substation fire cuts power to 80,000 homes in Dornhaven",
    "A fire at the main electrical substation in Dornhaven left about 80,000 homes without power on Monday "
    "night, the regional grid operator said, as temperatures dropped below freezing.",
    /* entities decoded */
    "Firefighters brought the blaze under control shortly before midnight, about three hours after it broke out "
    "in a transformer hall, the city’s fire service said. No one was injured.",
    "“We expect to restore supply to most households by Wednesday morning,” said Ilse Brandt, a spokeswoman for "
    "the operator, Nordnetz. “Hospitals and care homes were switched to backup generators within minutes.”",
    "Cause under investigation",
    "Police said they had opened an investigation into the cause of the fire but had no indication of sabotage. "
    "The substation, built in 1974, was due to be replaced in 2026.",
    "The outage also affected:",
    "two tram lines, which ran on a reduced timetable",
    "the central railway station, where ticket machines were out of service",
    "about 300 businesses in the old town",
    "The city opened four heated shelters in school gyms for residents without heating, and volunteers "
    "delivered blankets to elderly people living alone.",
  };
  static const char * const junk[] = {
    "Skip to main content", "World", "Search", "cookies", "Accept all", "Manage preferences", "Energy",
    "Jana Holt", "Updated 20 November", "Facebook", "Copy link", "Switch energy supplier", "Smoke rises",
    "Karl Weiss", "Grid operator plans", "Injected", "dataLayer", "Sign up", "most important energy stories",
    "Download the App", "Topics", "Related stories", "Wind farm", "Gas prices", "Tram drivers", "2 hours ago",
    "12 comments", "Rolf_K", "third outage", "firefighters who worked", "You may also like", "Doctors stunned",
    "All rights reserved", "Privacy policy", "min-height",
  };

  /* og:title without the site's name; JSON-LD's article date wins over
   * the <time> of the last update, and the Organization's founding date
   * is not the article's. */
  g_assert_cmpstr (page->title, ==, "Substation fire cuts power to 80,000 homes in Dornhaven");
  g_assert_cmpstr (page->site_name, ==, "The Harbour Wire");
  g_assert_cmpstr (published, ==, "2024-11-19");

  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    assert_line (page->text, paragraphs[i]);
  for (guint i = 0; i < G_N_ELEMENTS (junk); i++)
    assert_absent (page->text, junk[i]);

  /* Blocks are separated by blank lines, list items by line ends. */
  g_assert_nonnull (strstr (page->text, "\n\nCause under investigation\n\n"));
  g_assert_nonnull (strstr (page->text, "reduced timetable\nthe central railway station"));
  g_assert_null (strstr (page->text, "\n\n\n"));
  g_assert_null (strstr (page->text, "  "));
}

/* A blog-engine page: no <article>, an entry-content block, widgets, a
 * sharing block and related posts inside the content, a comment form. */
static void
test_html_blog_page (void)
{
  g_autoptr(DatelineHtmlPage) page = parse_fixture ("cycle-bridge-blog.html");
  g_autofree char *published = published_value (page);
  static const char * const junk[] = {
    "Subscribe", "Log in", "What's on", "Tom Ferris", "artist's impression", "Share this", "Twitter",
    "Station car park", "Rail line reopens", "Tags", "Previous:", "Fete", "thoughts on", "Finally!",
    "Leave a Reply", "email address", "Recent Posts", "independent local newspaper", "WordPress",
  };

  g_assert_cmpstr (page->title, ==, "Town council backs new cycle bridge");
  g_assert_cmpstr (published, ==, "2024-06-04");
  assert_line (page->text, "Town council backs new cycle bridge");
  assert_line (page->text, "Opponents said the money would be better spent repairing roads.");
  for (guint i = 0; i < G_N_ELEMENTS (junk); i++)
    assert_absent (page->text, junk[i]);
}

static void
test_html_meta_only (void)
{
  g_autoptr(DatelineHtmlPage) page = parse_fixture ("river-wall-meta-only.html");
  g_autofree char *published = published_value (page);

  /* "<title> - Site" without og:site_name: the short last part goes. */
  g_assert_cmpstr (page->title, ==, "Council extends survey of crumbling river wall");
  g_assert_null (page->site_name);
  g_assert_cmpstr (published, ==, "2023-09-04");
  assert_line (page->text, "Part of the riverside footpath will stay closed while the engineers work.");
}

static void
test_html_text_density (void)
{
  g_autoptr(DatelineHtmlPage) page = parse_fixture ("library-reopens-no-article.html");
  static const char * const junk[] = {
    "Home", "Sport", "Sections", "Local news", "Archive", "Most read", "Bypass plan", "Rugby club",
    "14 Market Street", "About us",
  };

  /* No <title>, no og:title: the first <h1>. */
  g_assert_cmpstr (page->title, ==, "Ashby library reopens after two-year restoration");
  g_assert_false (dateline_when_is_dated (&page->published));

  assert_line (page->text, "Ashby's Victorian library reopened to readers on Monday after a two-year restoration "
                           "that repaired its leaking glass dome and added a lift, the county council said.");
  assert_line (page->text, "\"People kept stopping me in the street to ask when we would be back,\" she said. "
                           "\"Now they can come and see what their money paid for.\"");
  /* The headline and date line right above the story come with it. */
  assert_line (page->text, "Tuesday, 12 March 2024");
  for (guint i = 0; i < G_N_ELEMENTS (junk); i++)
    assert_absent (page->text, junk[i]);
}

static void
test_html_time_element (void)
{
  g_autoptr(DatelineHtmlPage) page = parse_fixture ("tram-strike-time.html");
  g_autofree char *published = published_value (page);

  /* The <time> in the article's header, not the comment's earlier in the page. */
  g_assert_cmpstr (published, ==, "2024-11-20");
  g_assert_cmpstr (page->title, ==, "Tram drivers announce strike for next Monday");
  assert_absent (page->text, "finally someone");
  assert_line (page->text, "Talks between the union and the company broke down last week after the company "
                           "offered a 3% rise, half of what the drivers demand.");
}

static void
test_html_entity_expansion (void)
{
  g_autoptr(DatelineHtmlPage) page = parse_fixture ("hostile-entities.html");

  /* The internal subset is neither expanded nor spilled into the text. */
  assert_absent (page->text, "ENTITY");
  assert_absent (page->text, "lollol");
  assert_absent (page->text, "while (true)");
  g_assert_cmpuint (strlen (page->text), <, 1000);
  assert_line (page->text, "Two evening crossings were cancelled on Thursday after visibility fell below 200 "
                           "metres at the harbour mouth.");
  g_assert_cmpstr (page->title, ==, "Harbour master warns of fog delays");
}

static void
test_html_hostile (void)
{
  g_autoptr(GString) html = g_string_new ("<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\">]><html><head><title>Hostile</title>"
                                          "<script type=\"application/ld+json\">");
  g_autoptr(DatelineHtmlPage) page = NULL;
  gint64 start;

  /* JSON-LD nested a hundred thousand deep: never handed to json-glib. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (html, '[');
  g_string_append (html, "</script></head><body>");
  g_string_append (html, "<p>Ministers met in Geneva on Friday to discuss the grain corridor and agreed to meet again.</p>");
  for (guint i = 0; i < 1000; i++)
    g_string_append (html, "<script>for(;;){}</script><style>p{}</style>");
  /* Ten thousand nested divs, then thousands of unclosed inline tags. */
  for (guint i = 0; i < 10000; i++)
    g_string_append (html, "<div class=\"x\">");
  g_string_append (html, "deep text");
  for (guint i = 0; i < 20000; i++)
    g_string_append (html, "<b><i><a href=x>");
  g_string_append (html, "<p title=\"");
  for (guint i = 0; i < 100000; i++)
    g_string_append (html, "&a;");
  g_string_append (html, "\">attr</p>");

  start = g_get_monotonic_time ();
  page = dateline_html_page_parse (html->str, html->len);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);

  g_assert_nonnull (page);
  g_assert_nonnull (page->text);
  assert_absent (page->text, "for(;;)");
  assert_absent (page->text, "aaaaaaaaaa");
  g_assert_cmpstr (page->title, ==, "Hostile");
}

static void
test_html_garbage (void)
{
  static const char * const inputs[] = {
    "",
    "<",
    "<html",
    "<html><body></body></html>",
    "<!DOCTYPE html [",
    "<!DOCTYPE html [ <!ENTITY x \"y\"> ",
    "<html><body><p>unclosed <b>bold <i>italic</body>",
    "<html><head><script type=\"application/ld+json\">{\"datePublished\": 5, \"@graph\": [null, {}, []]}</script>"
    "</head><body><p>Short.</p></body></html>",
    "<html><head><script type=\"application/ld+json\">{not json</script></head></html>",
    "<table><tr><td><table><tr><td>nested tables</td></tr></table></td></tr></table>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(DatelineHtmlPage) page = parse_string (inputs[i]);

      g_assert_nonnull (page);
      g_assert_nonnull (page->text);
      g_assert_true (g_utf8_validate (page->text, -1, NULL));
    }
}

/* The article's text only in JSON-LD: the page's body is a script shell. */
static void
test_html_json_ld_body (void)
{
  g_autoptr(DatelineHtmlPage) page = parse_string (
    "<html><head><script type=\"application/ld+json\">"
    "{\"@type\": \"NewsArticle\", \"headline\": \"Ferry service resumes after storm\","
    " \"datePublished\": \"2024-02-12\","
    " \"articleBody\": \"The ferry between the island and the mainland resumed on Monday after three days of "
    "storms kept the boats in port, the operator said. Extra sailings were added to clear the backlog.\"}"
    "</script></head><body><div id=\"app\"><p>Loading…</p></div><script src=\"/app.js\"></script></body></html>");
  g_autofree char *published = published_value (page);

  g_assert_cmpstr (page->title, ==, "Ferry service resumes after storm");
  g_assert_cmpstr (published, ==, "2024-02-12");
  assert_line (page->text, "The ferry between the island and the mainland resumed on Monday after three days of "
                           "storms kept the boats in port, the operator said. Extra sailings were added to clear "
                           "the backlog.");
}

/* JSON-LD is read strictly: two values one after the other (json-glib
 * 1.6 read the first and leaked the second), a comment, or nesting deeper
 * than any real page are broken metadata: ignored, not half read. */
static void
test_html_json_ld_strict (void)
{
  static const char * const blocks[] = {
    "{\"@type\": \"NewsArticle\", \"datePublished\": \"2019-05-05\"}{\"@type\": \"WebPage\"}",
    "/* c */ {\"@type\": \"NewsArticle\", \"datePublished\": \"2019-05-05\"}",
    "{\"@type\": 'NewsArticle', \"datePublished\": \"2019-05-05\"}",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
    "{\"@type\": \"NewsArticle\", \"datePublished\": \"2019-05-05\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<html><head><script type=\"application/ld+json\">%s</script></head>"
        "<body><p>The council met on Tuesday and agreed the budget for the year.</p></body></html>",
        blocks[i]);
      g_autoptr(DatelineHtmlPage) page = parse_string (html);
      g_autofree char *published = published_value (page);

      g_assert_cmpstr (published, ==, NULL);
    }

  /* Well formed, the same JSON-LD dates the page. */
  {
    g_autoptr(DatelineHtmlPage) page = parse_string (
      "<html><head><script type=\"application/ld+json\">\xEF\xBB\xBF [{\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2019-05-05\"}]\n</script></head>"
      "<body><p>The council met on Tuesday and agreed the budget for the year.</p></body></html>");
    g_autofree char *published = published_value (page);

    g_assert_cmpstr (published, ==, "2019-05-05");
  }
}

static void
test_html_hidden_and_link_lists (void)
{
  g_autoptr(DatelineHtmlPage) page = parse_string (
    "<html><body><article>"
    "<h1>Bridge reopens to traffic</h1>"
    "<p>The Old Bridge reopened to cars on Saturday after eight months of repairs, the city said, two weeks "
    "ahead of schedule and within its budget of 6 million euros.</p>"
    "<p hidden>Hidden paragraph for screen readers only.</p>"
    "<div aria-hidden=\"true\">Icon text</div>"
    "<div style=\"display: none\">Invisible promo text</div>"
    "<ul><li><a href=\"/1\">Bus routes change</a></li><li><a href=\"/2\">Parking fees rise</a></li>"
    "<li><a href=\"/3\">Cycle lane opens</a></li></ul>"
    "<p><a href=\"/more\">More on the bridge and its long history in our archive</a></p>"
    "<p>Cyclists and pedestrians had been able to cross since <a href=\"/june\">June</a>, using a temporary "
    "walkway along the northern side of the bridge.</p>"
    "</article></body></html>");

  assert_absent (page->text, "Hidden paragraph");
  assert_absent (page->text, "Icon text");
  assert_absent (page->text, "Invisible");
  assert_absent (page->text, "Bus routes");
  assert_absent (page->text, "archive");
  /* A link inside a sentence keeps its words. */
  assert_line (page->text, "Cyclists and pedestrians had been able to cross since June, using a temporary walkway "
                           "along the northern side of the bridge.");
}

/* An element named like furniture that holds the article keeps it. */
static void
test_html_misnamed_wrapper (void)
{
  g_autoptr(DatelineHtmlPage) page = parse_string (
    "<html><body>"
    "<div class=\"js-share-container sidebar-layout\">"
    "<p>The regional parliament approved the budget on Thursday by 61 votes to 40, ending three months of "
    "deadlock between the governing coalition and the opposition.</p>"
    "<p>The budget raises spending on schools by 4% and freezes hiring in the regional administration.</p>"
    "</div>"
    "<div class=\"comments\"><p>Comment: a sad day for the region and for everyone who lives here, frankly.</p></div>"
    "</body></html>");

  assert_line (page->text, "The budget raises spending on schools by 4% and freezes hiring in the regional "
                           "administration.");
  assert_absent (page->text, "sad day");
}

static void
test_html_titles (void)
{
  static const struct {
    const char *head;
    const char *title;
  } cases[] = {
    { "<title>Talks end without progress | The Harbour Wire</title>", "Talks end without progress" },
    { "<title>Talks end without progress - Harbour Wire</title>", "Talks end without progress" },
    { "<title>Harbour Wire | Talks end without progress</title><meta property=\"og:site_name\" content=\"Harbour Wire\">",
      "Talks end without progress" },
    /* A dash that belongs to the headline stays. */
    { "<title>Kyiv hit by drones - again</title>", "Kyiv hit by drones - again" },
    { "<title>Russia - Ukraine talks</title>", "Russia - Ukraine talks" },
    { "<meta property=\"og:title\" content=\"  Ferry  service\n resumes \"><title>Other</title>", "Ferry service resumes" },
    { "<title>Fish &amp; chips shop closes</title>", "Fish & chips shop closes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head>%s</head><body><p>Text.</p></body></html>", cases[i].head);
      g_autoptr(DatelineHtmlPage) page = parse_string (html);

      g_assert_cmpstr (page->title, ==, cases[i].title);
    }
}

static void
test_html_meta_dates (void)
{
  static const struct {
    const char *head;
    const char *value;
  } cases[] = {
    { "<meta name=\"pubdate\" content=\"20240306\">", "2024-03-06" },
    { "<meta name=\"dc.date\" content=\"2024-03-06\">", "2024-03-06" },
    { "<meta itemprop=\"datePublished\" content=\"2024-03-06T10:00:00Z\">", "2024-03-06" },
    { "<meta name=\"date\" content=\"Wed, 06 Mar 2024 10:00:00 GMT\">", "2024-03-06" },
    /* article:published_time outranks a plain "date". */
    { "<meta name=\"date\" content=\"2020-01-01\"><meta property=\"article:published_time\" content=\"2024-03-06\">",
      "2024-03-06" },
    /* A "date" that is no date is passed over. */
    { "<meta name=\"date\" content=\"soon\"><meta name=\"publish-date\" content=\"2024/03/06\">", "2024-03-06" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head>%s</head><body><p>Text.</p></body></html>", cases[i].head);
      g_autoptr(DatelineHtmlPage) page = parse_string (html);
      g_autofree char *value = published_value (page);

      g_assert_cmpstr (value, ==, cases[i].value);
    }
}

static void
test_html_parse_date (void)
{
  static const struct {
    const char *input;
    const char *value;
  } cases[] = {
    { "2025-07-31T14:03:00Z", "2025-07-31" },
    /* The date as the publisher wrote it, not shifted to UTC. */
    { "2025-07-31T23:30:00-04:00", "2025-07-31" },
    { " 2025-07-31 ", "2025-07-31" },
    { "2025/07/31", "2025-07-31" },
    { "20250731T140300", "2025-07-31" },
    { "2025-07", "2025-07" },
    { "2025", "2025" },
    { "1753970580", "2025-07-31" },
    { "1753970580000", "2025-07-31" },
    { "Thu, 31 Jul 2025 14:03:00 GMT", "2025-07-31" },
    { "July 31, 2025", "2025-07-31" },
  };
  static const char * const invalid[] = {
    "", "soon", "2025-13-45", "2025-02-30", "yesterday", "July 31", "12345",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DatelineWhen when;
      g_autofree char *value = NULL;

      if (!dateline_html_parse_date (cases[i].input, &when))
        g_error ("“%s” not read", cases[i].input);
      value = dateline_when_dup_value (&when);
      g_assert_cmpstr (value, ==, cases[i].value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      DatelineWhen when;

      if (dateline_html_parse_date (invalid[i], &when))
        g_error ("“%s” read as a date", invalid[i]);
      g_assert_false (dateline_when_is_dated (&when));
    }
}

static void
test_html_sniffing (void)
{
  static const char * const html[] = {
    "<!DOCTYPE html><html><body>x</body></html>",
    "  \n<!doctype HTML>",
    "\xEF\xBB\xBF<html lang=\"en\">",
    "<!-- saved from url=(0042)https://example.org -->\n<html>",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\n<html>",
    "<meta charset=\"utf-8\"><body><p>fragment</p></body>",
  };
  static const char * const not_html[] = {
    "Talks end without progress\n\nThe talks <b>ended</b>.",
    "date 2025-08-01 <html> in a headline",
    "",
    "<!-- unterminated",
  };
  g_autofree char *charset = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *none = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (html); i++)
    g_assert_true (dateline_html_looks_like_html (html[i], strlen (html[i])));
  for (guint i = 0; i < G_N_ELEMENTS (not_html); i++)
    g_assert_false (dateline_html_looks_like_html (not_html[i], strlen (not_html[i])));

  charset = dateline_html_sniff_charset ("<meta charset=\"Windows-1252\">", 28);
  g_assert_cmpstr (charset, ==, "windows-1252");
  quoted = dateline_html_sniff_charset ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", 74);
  g_assert_cmpstr (quoted, ==, "iso-8859-1");
  none = dateline_html_sniff_charset ("<html><body>", 12);
  g_assert_null (none);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html/news-page", test_html_news_page);
  g_test_add_func ("/html/blog-page", test_html_blog_page);
  g_test_add_func ("/html/meta-only", test_html_meta_only);
  g_test_add_func ("/html/text-density", test_html_text_density);
  g_test_add_func ("/html/time-element", test_html_time_element);
  g_test_add_func ("/html/entity-expansion", test_html_entity_expansion);
  g_test_add_func ("/html/hostile", test_html_hostile);
  g_test_add_func ("/html/garbage", test_html_garbage);
  g_test_add_func ("/html/json-ld-body", test_html_json_ld_body);
  g_test_add_func ("/html/json-ld-strict", test_html_json_ld_strict);
  g_test_add_func ("/html/hidden-and-link-lists", test_html_hidden_and_link_lists);
  g_test_add_func ("/html/misnamed-wrapper", test_html_misnamed_wrapper);
  g_test_add_func ("/html/titles", test_html_titles);
  g_test_add_func ("/html/meta-dates", test_html_meta_dates);
  g_test_add_func ("/html/parse-date", test_html_parse_date);
  g_test_add_func ("/html/sniffing", test_html_sniffing);

  return g_test_run ();
}
