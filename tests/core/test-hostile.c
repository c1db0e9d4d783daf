/* test-hostile.c — files from the web that try to break the core
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every hostile input must end in one of two ways: articles or a project
 * that make sense, or a GError whose message names the file and says what
 * is wrong with it. Never a crash, a hang, unbounded memory or a message
 * that is not UTF-8. Big inputs are generated here (sparse files, repeated
 * text), not committed.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dateline-extract.h"
#include "dateline-ingest.h"
#include "dateline-project.h"
#include "dateline-segment.h"
#include "dateline-timex.h"

static char *tmp_dir;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static void
write_file (const char *path,
            const char *data,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

/* The error of a refused input: the file is named, the text is UTF-8. */
static void
assert_names_file (const GError *error,
                   const char   *name)
{
  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, name) == NULL)
    g_error ("“%s” does not name “%s”", error->message, name);
}

static void
assert_refused (const char *data,
                gsize       length,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = dateline_ingest_data_all (data, length, name, NULL, &error);

  g_assert_null (articles);
  g_assert_true (error->domain == DATELINE_INGEST_ERROR);
  assert_names_file (error, name);
}

/* Largest resident set so far, in MB. */
static long
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

/* ---------------------------------------------------------------------- */
/* Articles                                                               */
/* ---------------------------------------------------------------------- */

static void
test_hostile_empty (void)
{
  static const struct { const char *data; gsize length; } empties[] = {
    { "", 0 },
    { "\n\n\r\n \t", 6 },
    { "\xEF\xBB\xBF", 3 },          /* a UTF-8 byte-order mark alone */
    { "\xFF\xFE", 2 },              /* a UTF-16 one */
    { "\xFE\xFF\0 \0\n", 6 },       /* UTF-16BE white space */
  };
  const char * const names[] = { "empty.txt", "empty.html", "empty.md" };

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    for (guint j = 0; j < G_N_ELEMENTS (names); j++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) articles =
          dateline_ingest_data_all (empties[i].data, empties[i].length, names[j], NULL, &error);

        g_assert_null (articles);
        g_assert_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_EMPTY);
        assert_names_file (error, names[j]);
      }
}

/* A date line that ends in a middle dot ("1 August 2025 ·"): the dot is
 * two bytes, and skipping it as three read past the end of the text
 * (fuzz-ingest, under AddressSanitizer). The date is still read. */
static void
test_hostile_date_line_end (void)
{
  static const char * const texts[] = {
    "Talks resume\n1 August 2025 \xC2\xB7",
    "Talks resume\n1 August 2025 \xE2\x80\x94",
    "Talks resume\n1 August 2025 \xC2\xB7\n\nThe envoys met on Friday.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *copy = g_strdup (texts[i]);  /* nothing readable after its end */
      g_autoptr(GPtrArray) articles = dateline_ingest_data_all (copy, strlen (copy), "dot.txt", NULL, &error);
      DatelineArticle *article;
      g_autofree char *published = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (articles->len, ==, 1);
      article = g_ptr_array_index (articles, 0);
      published = dateline_when_dup_value (dateline_article_get_published (article));
      g_assert_cmpstr (published, ==, "2025-08-01");
    }
}

static void
test_hostile_binary (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff\x61";
  static const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0";
  static const char gzip[] = "\x1f\x8b\x08\0\0\0\0\0\0\x03\xcb\x48\xcd\xc9\xc9\x57\x28\xcf\x2f\xca\x49\xe1\x02\0";
  static const char pdf[] = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 4 /Filter /FlateDecode >>\nstream\n\x78\x9c\x03\0\0\0\0\x01\nendstream\n";
  /* UTF-16 without a byte-order mark cannot be told from binary. */
  static const char utf16_no_bom[] = "H\0e\0l\0l\0o\0 \0o\0n\0 \0M\0o\0n\0d\0a\0y\0";
  const char * const names[] = { "photo.txt", "photo.html", "photo.md" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree char *noise = g_malloc (64 * 1024);
  struct { const char *data; gsize length; } binaries[] = {
    { png, sizeof png - 1 },
    { elf, sizeof elf - 1 },
    { gzip, sizeof gzip - 1 },
    { pdf, sizeof pdf - 1 },
    { utf16_no_bom, sizeof utf16_no_bom - 1 },
    { noise, 64 * 1024 },
  };

  for (gsize i = 0; i < 64 * 1024; i++)
    noise[i] = (char) g_rand_int_range (rand, 0, 256);

  for (guint i = 0; i < G_N_ELEMENTS (binaries); i++)
    for (guint j = 0; j < G_N_ELEMENTS (names); j++)
      assert_refused (binaries[i].data, binaries[i].length, names[j]);
}

static void
test_hostile_invalid_utf8 (void)
{
  static const char * const bad[] = {
    "\xC3\x28",              /* a lead byte without its continuation */
    "\xA0\xA1",              /* continuations without a lead */
    "\xE2\x28\xA1",
    "\xF0\x28\x8C\xBC",
    "\xC0\xAF",              /* overlong "/" in two bytes */
    "\xE0\x80\xAF",          /* … in three */
    "\xF0\x80\x80\xAF",      /* … in four */
    "\xC1\xBF",
    "\xED\xA0\x80",          /* a UTF-16 surrogate */
    "\xF4\x90\x80\x80",      /* beyond U+10FFFF */
    "\xF8\x88\x80\x80\x80",  /* five-byte forms */
    "\xFE",
    "\xE2\x82",              /* cut short at the end of the file */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strdup_printf ("Storm closes port\n\nOn Monday %s the port closed.", bad[i]);
      g_autofree char *at_end = g_strdup_printf ("Storm closes port\n\nOn Monday the port closed.%s", bad[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) articles =
        dateline_ingest_data_all (text, strlen (text), "storm.txt", NULL, &error);

      g_assert_null (articles);
      g_assert_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_INVALID_UTF8);
      assert_names_file (error, "storm.txt");
      /* …and says where, so the user can look. */
      g_assert_nonnull (strstr (error->message, "line 3"));

      assert_refused (at_end, strlen (at_end), "storm.md");
    }
}

static char *
to_utf16 (const char *utf8,
          const char *charset,
          gsize      *length)
{
  g_autoptr(GError) error = NULL;
  gsize written = 0;
  char *converted = g_convert (utf8, -1, charset, "UTF-8", NULL, &written, &error);
  char *with_bom;

  g_assert_no_error (error);
  with_bom = g_malloc (written + 2);
  if (g_str_equal (charset, "UTF-16LE"))
    memcpy (with_bom, "\xFF\xFE", 2);
  else
    memcpy (with_bom, "\xFE\xFF", 2);
  memcpy (with_bom + 2, converted, written);
  g_free (converted);
  *length = written + 2;
  return with_bom;
}

static void
test_hostile_utf16 (void)
{
  /* Outside the BMP too (a surrogate pair), Windows line ends. */
  static const char text[] = "Caf\xC3\xA9 talks \xF0\x9F\x98\x80\r\n\r\nThe envoys met on 3 March 2024 in Gen\xC3\xA8ve.\r\n";
  static const char html[] = "<!DOCTYPE html><html><head><title>Caf\xC3\xA9 talks</title></head>"
                             "<body><p>The envoys met on 3 March 2024.</p></body></html>";
  const char * const charsets[] = { "UTF-16LE", "UTF-16BE" };

  for (guint i = 0; i < G_N_ELEMENTS (charsets); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DatelineArticle) article = NULL;
      g_autoptr(DatelineArticle) page = NULL;
      g_autofree char *data = NULL;
      g_autofree char *html_data = NULL;
      gsize length, html_length;

      data = to_utf16 (text, charsets[i], &length);
      article = dateline_ingest_data (data, length, "utf16.txt", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (dateline_article_get_title (article), ==, "Caf\xC3\xA9 talks \xF0\x9F\x98\x80");
      g_assert_nonnull (strstr (dateline_article_get_text (article), "Gen\xC3\xA8ve."));
      g_assert_null (strchr (dateline_article_get_text (article), '\r'));

      html_data = to_utf16 (html, charsets[i], &html_length);
      page = dateline_ingest_data (html_data, html_length, "utf16.html", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (dateline_article_get_title (page), ==, "Caf\xC3\xA9 talks");

      /* Cut in the middle of a code unit: refused, not half-read. */
      assert_refused (data, length - 1, "cut.txt");
    }

  /* An unpaired surrogate cannot be decoded. */
  assert_refused ("\xFF\xFE" "A\0\x00\xD8" "B\0", 8, "lone-surrogate.txt");
}

/* A file far over the limit is refused from its size, before it is read:
 * a 200 MB file costs neither 200 MB of memory nor the time to read it. */
static void
test_hostile_too_large (void)
{
  const gsize sizes[] = { (gsize) DATELINE_INGEST_MAX_BYTES + 1, 200 * 1024 * 1024 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *path = tmp_path ("huge article.txt");
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(DatelineArticle) article = NULL;
      long rss_before = peak_rss_mb ();
      gint64 start;
      int fd;

      /* Sparse: the test does not need the disk space either. */
      fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (write (fd, "Huge\n\nText.\n", 12), ==, 12);
      g_assert_cmpint (ftruncate (fd, (off_t) sizes[i]), ==, 0);
      close (fd);

      start = g_get_monotonic_time ();
      article = dateline_ingest_file (file, NULL, NULL, &error);
      g_assert_null (article);
      g_assert_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_TOO_LARGE);
      assert_names_file (error, "huge article.txt");
      g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
      g_assert_cmpint (peak_rss_mb () - rss_before, <, 32);
      g_unlink (path);
    }
}

/* Long text on a single line: no sentence end for 10 MB. The tagger and
 * the extractor work in bounded windows, so time grows with the length
 * (not its square), and a date at the very end is found like one at the
 * start. */
static char *
long_line (gsize  length,
           gsize *out_length)
{
  static const char filler[] = "officials from both sides said that the talks in Geneva would go on and ";
  GString *text = g_string_sized_new (length + 256);

  g_string_append (text, "Talks drag on\n\nOn 3 March 2024 ");
  while (text->len < length)
    g_string_append (text, filler);
  g_string_append (text, "until 9 September 2031 without a pause");
  *out_length = text->len;
  return g_string_free (text, FALSE);
}

static gint64
ingest_and_extract (const char *data,
                    gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineProject) project = dateline_project_new ();
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  DatelineArticle *article;
  GPtrArray *timexes;
  gboolean found_end = FALSE;
  gint64 start = g_get_monotonic_time ();

  article = dateline_ingest_data (data, length, "one-line.txt", NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_add (articles, article);
  dateline_extract_articles_into_project (project, articles);

  timexes = dateline_article_get_timexes (article);
  for (guint i = 0; i < timexes->len; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);

      if (g_strcmp0 (timex->value, "2031-09-09") == 0)
        found_end = TRUE;
    }
  g_assert_true (found_end);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), >, 0);

  return g_get_monotonic_time () - start;
}

/* No sentence end for a megabyte: pieces of at most 4 KB, cut at a space
 * (after a comma when there is one) or, without spaces, between two
 * characters, never inside one; together they cover the text. */
static void
test_hostile_segment_windows (void)
{
  const char * const units[] = { "the talks went on, ", "talks went on ", "\xC3\xA9", "\xF0\x9F\x98\x80x" };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GArray) spans = NULL;
      guint covered = 0;

      while (text->len < 1024 * 1024)
        g_string_append (text, units[u]);

      spans = dateline_segment_sentences (text->str, (gssize) text->len);
      g_assert_cmpuint (spans->len, >=, 256);
      for (guint i = 0; i < spans->len; i++)
        {
          const DatelineSpan *span = &g_array_index (spans, DatelineSpan, i);

          g_assert_cmpuint (span->end - span->start, <=, 4096);
          g_assert_cmpuint (span->start, >=, covered);
          g_assert_true (g_utf8_validate (text->str + span->start, span->end - span->start, NULL));
          /* Nothing but the space at a cut is left out. */
          g_assert_cmpuint (span->start - covered, <=, 1);
          if (u == 0 && i + 1 < spans->len)
            g_assert_true (text->str[span->end - 1] == ',');
          covered = span->end;
        }
      g_assert_cmpuint (covered, >=, text->len - 1);
    }
}

static void
test_hostile_long_line (void)
{
  g_autofree char *small = NULL;
  g_autofree char *big = NULL;
  gsize small_length, big_length;
  gint64 small_time, big_time;
  long rss_before = peak_rss_mb ();

  small = long_line (1024 * 1024, &small_length);
  big = long_line (10 * 1024 * 1024, &big_length);
  small_time = ingest_and_extract (small, small_length);
  big_time = ingest_and_extract (big, big_length);

  g_test_message ("1 MB line: %.2f s, 10 MB line: %.2f s, peak RSS grew %ld MB",
                  small_time / 1e6, big_time / 1e6, peak_rss_mb () - rss_before);
  /* Ten times the text: about ten times the time. A quadratic step would
   * take a hundred times; the margin absorbs a loaded machine. */
  g_assert_cmpint (big_time, <, 30 * MAX (small_time, G_USEC_PER_SEC / 10));
  /* A few copies of the text, not one per window. */
  g_assert_cmpint (peak_rss_mb () - rss_before, <, 400);
}

/* Amounts as large as the text cares to write, from the first and the
 * last day a date can hold: nothing resolves outside the calendar, and
 * no arithmetic overflows on the way (found by fuzz-timex: "20y 0s
 * later" after 65535-12-31 asked GLib for the days of a month of year
 * 65536). */
static void
test_hostile_timex_extremes (void)
{
  static const char text[] =
    "1Y later 20y 0s later, it was 999999999 years later. In 2000000000 months, "
    "999999999 quarters later and 99999 decades ago, 300 centuries later, "
    "1000000000 weeks later, 100000 days later, 5 years from now, next year, "
    "last month, tomorrow, the next day, next Easter, the 90s, 12 hours later. "
    "On 31 December 65535 and on 1 January 0001 and in the year 99999 BC.";
  const guint32 days[] = { 0, dateline_julian_from_ymd (1, 1, 1), dateline_julian_from_ymd (G_MAXUINT16, 12, 31) };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    for (int future = 0; future <= 1; future++)
      {
        DatelineTimexOptions options = DATELINE_TIMEX_OPTIONS_INIT;
        DatelineWhen published = DATELINE_WHEN_INIT;
        g_autoptr(GPtrArray) timexes = NULL;

        if (days[i] != 0)
          {
            dateline_when_set_day (&published, days[i], DATELINE_CERTAINTY_STATED);
            options.published = &published;
            options.published_time = 23 * 3600;
          }
        options.prefer_future = future;

        timexes = dateline_timex_tag_with_options (text, -1, &options);
        for (guint t = 0; t < timexes->len; t++)
          {
            const DatelineTimex *timex = g_ptr_array_index (timexes, t);

            g_assert_nonnull (timex->value);
            if (dateline_when_is_dated (&timex->when))
              {
                int year, month, day;

                g_assert_cmpuint (timex->when.start, <=, timex->when.end);
                dateline_julian_to_ymd (timex->when.end, &year, &month, &day);
                g_assert_cmpint (year, <=, G_MAXUINT16);
              }
          }
      }
}

/* ---------------------------------------------------------------------- */
/* Web pages                                                              */
/* ---------------------------------------------------------------------- */

static DatelineArticle *
ingest_page (const char *html,
             gsize       length,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  DatelineArticle *article = dateline_ingest_data (html, length, name, NULL, &error);

  /* A page may have nothing to read, but never fails silently. */
  if (article == NULL)
    {
      assert_names_file (error, name);
      g_test_message ("%s: %s", name, error->message);
    }
  return article;
}

static void
test_hostile_html_scripts (void)
{
  static const char page[] =
    "<!DOCTYPE html><html><head><title>Dam breaks</title>"
    "<script>document.write('<p>Injected on 1 January 1999</p>');</script>"
    "<style>p::before { content: 'Styled on 2 February 1998'; }</style>"
    "</head><body onload=\"alert('Loaded on 3 March 1997')\">"
    "<noscript><p>Enable scripts since 4 April 1996</p></noscript>"
    "<p onclick=\"x()\">The dam broke on 3 March 2024.</p>"
    "<script type=\"text/javascript\"><!--\nvar d = '5 May 1995';\n//--></script>"
    "<iframe src=\"javascript:alert(1)\">Framed on 6 June 1994</iframe>"
    "<template><p>Templated on 7 July 1993</p></template>"
    "<svg><script>Vector on 8 August 1992</script></svg>"
    "</body></html>";
  g_autoptr(DatelineArticle) article = ingest_page (page, sizeof page - 1, "dam.html");
  const char *text;

  g_assert_nonnull (article);
  text = dateline_article_get_text (article);
  g_assert_nonnull (strstr (text, "3 March 2024"));
  for (int year = 1992; year <= 1999; year++)
    {
      g_autofree char *needle = g_strdup_printf ("%d", year);
      g_assert_null (strstr (text, needle));
    }
}

static void
test_hostile_html_deep_nesting (void)
{
  const guint depths[] = { 300, 100000 };

  for (guint i = 0; i < G_N_ELEMENTS (depths); i++)
    {
      GString *page = g_string_new ("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
      g_autofree char *html = NULL;
      g_autoptr(DatelineArticle) article = NULL;
      gint64 start = g_get_monotonic_time ();
      gsize length;

      for (guint d = 0; d < depths[i]; d++)
        g_string_append (page, d % 2 ? "<div>" : "<span><b>");
      g_string_append (page, "<p>The dam broke on 3 March 2024.</p>");
      /* Unclosed tags at the end: a parser's error path. */
      g_string_append (page, "</body></html>");
      length = page->len;
      html = g_string_free (page, FALSE);

      article = ingest_page (html, length, "deep.html");
      g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
    }
}

/* Entities that expand to gigabytes ("billion laughs"), declared in a
 * DOCTYPE the HTML parser must not expand. */
static void
test_hostile_html_entities (void)
{
  GString *page = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n"
                                "<!ENTITY lol \"lol\">\n");
  g_autofree char *html = NULL;
  g_autoptr(DatelineArticle) article = NULL;
  gsize length;
  long rss_before = peak_rss_mb ();

  for (int i = 1; i <= 9; i++)
    {
      g_string_append_printf (page, "<!ENTITY lol%d \"", i);
      for (int j = 0; j < 10; j++)
        g_string_append_printf (page, i == 1 ? "&lol;" : "&lol%d;", i - 1);
      g_string_append (page, "\">\n");
    }
  g_string_append (page, "]>\n<html><head><title>Laughs</title></head><body>"
                         "<p>&lol9; The dam broke on 3 March 2024.</p>"
                         "<p>&#x110000; &#0; &#xD800; &#99999999999; &amp &unknown; &lt;script&gt;</p>"
                         "</body></html>");
  length = page->len;
  html = g_string_free (page, FALSE);

  article = ingest_page (html, length, "laughs.html");
  if (article != NULL)
    {
      const char *text = dateline_article_get_text (article);

      g_assert_cmpuint (strlen (text), <, 64 * 1024);
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
  g_assert_cmpint (peak_rss_mb () - rss_before, <, 64);
}

/* JSON-LD in a page goes to json-glib, whose parser recurses: brackets a
 * hundred thousand deep, plain or hidden from a naive depth count inside
 * comments, must not reach it. */
static void
test_hostile_html_json_ld (void)
{
  const char * const units[] = { "[", "{\"a\":", "[/*]*/", "{\"a\":/*}*/" };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      GString *page = g_string_new ("<!DOCTYPE html><html><head><title>Data</title>"
                                    "<script type=\"application/ld+json\">");
      g_autofree char *html = NULL;
      g_autoptr(DatelineArticle) article = NULL;
      gsize length;

      for (guint d = 0; d < 100000 && page->len < 900 * 1024; d++)
        g_string_append (page, units[i]);
      g_string_append (page, "</script></head><body><p>The dam broke on 3 March 2024.</p></body></html>");
      length = page->len;
      html = g_string_free (page, FALSE);

      article = ingest_page (html, length, "data.html");
      g_assert_nonnull (article);
    }
}

/* ---------------------------------------------------------------------- */
/* Project files                                                          */
/* ---------------------------------------------------------------------- */

/* A small valid project that uses every part of the format. Offsets are
 * code points: "Genève" is 22–28 although "è" takes two bytes. */
static const char good_project[] =
  "{\"format\":\"dateline\",\"version\":1,\"title\":\"Talks\",\n"
  "\"articles\":[{\"id\":\"a1\",\"title\":\"Talks\",\"source\":\"talks.txt\","
  "\"published\":{\"value\":\"2025-08-01\",\"origin\":\"header\"},"
  "\"text\":\"Talks on Wednesday in Genève ended.\"}],\n"
  "\"timexes\":[{\"article\":\"a1\",\"start\":9,\"end\":18,\"text\":\"Wednesday\",\"type\":\"DATE\","
  "\"value\":\"2025-07-30\",\"anchor\":\"published\"}],\n"
  "\"actors\":[{\"id\":\"geneva\",\"name\":\"Geneva\",\"kind\":\"place\",\"aliases\":[\"Genève\"],"
  "\"mentions\":[{\"article\":\"a1\",\"start\":22,\"end\":28}]}],\n"
  "\"events\":[{\"id\":\"e1\",\"title\":\"Talks end\",\"kind\":\"talks\","
  "\"when\":{\"value\":\"2025-07-30\",\"start\":\"2025-07-30\",\"end\":\"2025-07-30\","
  "\"granularity\":\"day\",\"certainty\":\"resolved\"},\"actors\":[\"geneva\"],"
  "\"sources\":[{\"article\":\"a1\",\"start\":0,\"end\":35,\"text\":\"Talks on Wednesday in Genève ended.\"}]}]}\n";

static DatelineProject *
load (const char  *data,
      gssize       length,
      GError     **error)
{
  return dateline_project_new_from_data (data, length, error);
}

static void
test_hostile_project_good (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineProject) project = load (good_project, -1, &error);
  g_autofree char *with_bom = g_strconcat ("\xEF\xBB\xBF", good_project, NULL);
  g_autoptr(DatelineProject) from_bom = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), ==, 1);

  /* A byte-order mark some editors add is no reason to refuse the file. */
  from_bom = load (with_bom, -1, &error);
  g_assert_no_error (error);

  /* Escapes, a surrogate pair among them, are fine. */
  {
    g_autoptr(GString) escaped = g_string_new (good_project);
    g_autoptr(DatelineProject) from_escapes = NULL;

    g_string_replace (escaped, "\"title\":\"Talks\",\n", "\"title\":\"\\ud83d\\ude00 \\u00e9\\n\\\"\",\n", 1);
    from_escapes = load (escaped->str, -1, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (dateline_project_get_title (from_escapes), ==, "\xF0\x9F\x98\x80 \xC3\xA9\n\"");
  }
}

typedef struct {
  const char *find;     /* a unique piece of good_project… */
  const char *replace;  /* …and what to put there */
  const char *says;     /* a piece of the message */
} Damage;

static void
assert_damage_refused (const Damage *damage)
{
  g_autoptr(GString) data = g_string_new (good_project);
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineProject) project = NULL;

  g_assert_nonnull (strstr (good_project, damage->find));
  g_assert_cmpuint (g_string_replace (data, damage->find, damage->replace, 1), ==, 1);

  project = load (data->str, (gssize) data->len, &error);
  if (project != NULL)
    g_error ("a project with %s → %s was accepted", damage->find, damage->replace);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, damage->says) == NULL)
    g_error ("%s → %s: “%s” does not say “%s”", damage->find, damage->replace,
             error->message, damage->says);
}

static void
test_hostile_project_wrong_types (void)
{
  static const Damage damages[] = {
    { "\"articles\":[", "\"articles\":{},\"x\":[", "is not a list" },
    { "\"version\":1", "\"version\":\"1\"", "version" },
    { "\"version\":1", "\"version\":1.5", "version" },
    { "\"version\":1", "\"version\":null", "version" },
    { "\"text\":\"Talks on", "\"text\":5,\"x\":\"", "is not text" },
    { "\"id\":\"a1\"", "\"id\":[\"a1\"]", "is not text" },
    { "\"when\":{", "\"when\":\"soon\",\"x\":{", "is not an object" },
    { "\"start\":9,", "\"start\":\"9\",", "is not a whole number" },
    { "\"start\":9,", "\"start\":9.5,", "is not a whole number" },
    { "\"start\":9,", "\"start\":true,", "is not a whole number" },
    { "\"aliases\":[\"Genève\"]", "\"aliases\":\"Genève\"", "is not a list" },
    { "\"aliases\":[\"Genève\"]", "\"aliases\":[7]", "is not text" },
    { "\"actors\":[\"geneva\"]", "\"actors\":[{\"id\":\"geneva\"}]", "is not text" },
    { "\"published\":{\"value\":\"2025-08-01\",", "\"published\":{\"value\":20250801,", "is not text" },
    { "\"sources\":[{", "\"sources\":[7,{", "is not an object" },
    { "\"events\":[", "\"events\":null,\"x\":[", "is not a list" },
    { "\"type\":\"DATE\"", "\"type\":\"EPOCH\"", "unknown type" },
    { "\"kind\":\"place\"", "\"kind\":\"planet\"", "unknown kind" },
    { "\"certainty\":\"resolved\"", "\"certainty\":\"hopeful\"", "unknown certainty" },
    { "\"format\":\"dateline\",", "", "not a Dateline project" },
    { "\"format\":\"dateline\"", "\"format\":\"timeline\"", "not a Dateline project" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    assert_damage_refused (&damages[i]);
}

static void
test_hostile_project_ids_and_references (void)
{
  static const Damage damages[] = {
    /* Duplicate ids */
    { "\"articles\":[{\"id\":\"a1\"",
      "\"articles\":[{\"id\":\"a1\",\"title\":null,\"source\":null,\"published\":{\"value\":null,\"origin\":\"unknown\"},"
      "\"text\":\"x\"},{\"id\":\"a1\"", "two articles have the id “a1”" },
    { "\"actors\":[{\"id\":\"geneva\"",
      "\"actors\":[{\"id\":\"geneva\",\"name\":\"G\",\"kind\":\"place\"},{\"id\":\"geneva\"",
      "two actors have the id “geneva”" },
    { "\"events\":[{\"id\":\"e1\"",
      "\"events\":[{\"id\":\"e1\",\"title\":\"x\",\"kind\":\"other\",\"when\":{\"certainty\":\"unknown\"},"
      "\"sources\":[]},{\"id\":\"e1\"", "two events have the id “e1”" },
    { "\"id\":\"a1\"", "\"id\":\"\"", "empty id" },
    /* References to nothing */
    { "\"timexes\":[{\"article\":\"a1\"", "\"timexes\":[{\"article\":\"a9\"", "unknown article “a9”" },
    { "\"mentions\":[{\"article\":\"a1\"", "\"mentions\":[{\"article\":\"ghost\"", "unknown article “ghost”" },
    { "\"actors\":[\"geneva\"]", "\"actors\":[\"atlantis\"]", "unknown actor “atlantis”" },
    { "\"sources\":[{\"article\":\"a1\"", "\"sources\":[{\"article\":\"a2\"", "unknown article “a2”" },
    /* Offsets outside the text (35 code points) */
    { "\"start\":22,\"end\":28", "\"start\":22,\"end\":36", "points outside the text" },
    { "\"start\":22,\"end\":28", "\"start\":28,\"end\":22", "points outside the text" },
    { "\"start\":0,\"end\":35", "\"start\":0,\"end\":4294967296", "out of range" },
    { "\"start\":0,\"end\":35", "\"start\":-1,\"end\":35", "out of range" },
    { "\"start\":0,\"end\":35", "\"start\":0,\"end\":99999999999999999999", "out of range" },
    { "\"start\":9,\"end\":18", "\"start\":2147483647,\"end\":2147483647", "points outside the text" },
    { "\"end\":35,", "\"end\":35,\"trigger\":{\"start\":30,\"end\":99},", "trigger outside its passage" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    assert_damage_refused (&damages[i]);
}

static void
test_hostile_project_dates (void)
{
  static const Damage damages[] = {
    { "\"value\":\"2025-07-30\",\"start\"", "\"value\":\"0000-07-30\",\"start\"", "impossible date “0000-07-30”" },
    { "\"value\":\"2025-07-30\",\"start\"", "\"value\":\"99999-07-30\",\"start\"", "impossible date “99999-07-30”" },
    { "\"value\":\"2025-07-30\",\"start\"", "\"value\":\"2025-13-01\",\"start\"", "impossible date" },
    { "\"value\":\"2025-07-30\",\"start\"", "\"value\":\"2025-02-30\",\"start\"", "impossible date" },
    { "\"value\":\"2025-07-30\",\"start\"", "\"value\":\"-2025-07-30\",\"start\"", "impossible date" },
    { "\"value\":\"2025-07-30\",\"start\"", "\"value\":\"\",\"start\"", "impossible date" },
    { "\"value\":\"2025-07-30\",\"start\"", "\"value\":\"2025-07\",\"start\"", "not of granularity “day”" },
    { "\"value\":\"2025-07-30\",\"start\"", "\"value\":null,\"start\"", "without a value" },
    { "\"value\":\"2025-08-01\"", "\"value\":\"0000-00-00\"", "impossible publication date" },
    { "\"value\":\"2025-08-01\"", "\"value\":\"99999-08-01\"", "impossible publication date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    assert_damage_refused (&damages[i]);
}

static void
test_hostile_project_newer_version (void)
{
  const char * const versions[] = { "2", "999", "9223372036854775807" };

  for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autoptr(GString) data = g_string_new (good_project);
      g_autofree char *replacement = g_strdup_printf ("\"version\":%s", versions[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(DatelineProject) project = NULL;

      g_string_replace (data, "\"version\":1", replacement, 1);
      project = load (data->str, -1, &error);
      g_assert_null (project);
      g_assert_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_NEWER_VERSION);
      g_assert_nonnull (strstr (error->message, "newer version of Dateline"));
    }

  /* Not a version at all: damaged, not "newer". */
  {
    const Damage zero = { "\"version\":1", "\"version\":0", "version" };
    const Damage negative = { "\"version\":1", "\"version\":-3", "version" };

    assert_damage_refused (&zero);
    assert_damage_refused (&negative);
  }
}

/* Every cut of the file fails cleanly: the shape a crash during a copy,
 * a full disk or a download that stopped would leave. */
static void
test_hostile_project_truncated (void)
{
  gsize length = strlen (good_project);

  for (gsize cut = 0; cut < length - 1; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DatelineProject) project = load (good_project, (gssize) cut, &error);

      g_assert_null (project);
      g_assert_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

static void
test_hostile_project_not_json (void)
{
  static const struct { const char *data; gssize length; const char *says; } cases[] = {
    { "", 0, "empty" },
    { " \n\t", -1, "empty" },
    { "\xEF\xBB\xBF", -1, "empty" },
    { "[1, 2]", -1, "not a Dateline project" },
    { "\"dateline\"", -1, "not a Dateline project" },
    { "1{\"format\":\"dateline\"}", -1, "not a Dateline project" },
    { "var p = {\"format\":\"dateline\"};", -1, "not a Dateline project" },
    /* json-glib 1.6 would read the first object, leak the second */
    { "{\"format\":\"x\"}{\"format\":\"dateline\",\"version\":1,\"articles\":[],\"events\":[]}", -1, "follows the end" },
    { "{\"format\":\"dateline\",\"version\":1,\"articles\":[],\"events\":[]} x", -1, "follows the end" },
    { "{\"format\":\"dateline\",\"version\":1,\"articles\":[],\"events\":[]}\n[]", -1, "line 2" },
    { "{\"format\":\"dateline\",\"version\":1,\"title\":\"\xC3\x28\",\"articles\":[],\"events\":[]}", -1, "UTF-8" },
    { "{\"format\":\"dateline\",\"version\":1,\"title\":\"\\ud800\",\"articles\":[],\"events\":[]}", -1, "not valid JSON" },
    /* json-glib decodes a lone surrogate before a letter into bytes that
     * are not UTF-8, and leaks on some broken pairs: refused first */
    { "{\"format\":\"dateline\",\"version\":1,\"title\":\"\\ud800x\",\"articles\":[],\"events\":[]}", -1, "\\u escape" },
    { "{\"format\":\"dateline\",\"version\":1,\"articles\":[{\"id\":\"a1\",\"title\":null,\"source\":null,"
      "\"published\":{\"value\":null,\"origin\":\"unknown\"},\"text\":\"\\ud800—\"}],\"events\":[]}", -1, "\\u escape" },
    { "{\"format\":\"dateline\",\"version\":1,\"\\udbffkey\":1,\"articles\":[],\"events\":[]}", -1, "\\u escape" },
    { "{\"\\ud8\"\\ud800\")'''\"2025-Q2\"", -1, "\\u escape" },
    { "{\"format\":\"dateline\",\"version\":1,\"title\":\"\\udc00\\ud800\",\"articles\":[],\"events\":[]}", -1, "\\u escape" },
    { "{\"format\":\"dateline\",\"version\":1,\"title\":\"\\u12\",\"articles\":[],\"events\":[]}", -1, "\\u escape" },
    { "{\"format\":\"dateline\",\0\"version\":1,\"articles\":[],\"events\":[]}", 60, "not valid JSON" },
    /* Strict JSON: no single quotes, no comments (json-glib took both,
     * with quirks of its own), and what the error says is where. */
    { "{\"format\":'dateline',\"version\":1,\"articles\":[],\"events\":[]}\x01", -1, "line 1: unexpected “'”" },
    { "{\"format\":\"dateline\",\"version\":1,\n\"articles\":[],\"events\":[]}\x01", -1, "follows the end of the project (line 2)" },
    { "{/* } */\"format\":\"dateline\"} {", -1, "unexpected “/”" },
    { "/*/\"\"{\"format\":\"dateline\",\"version\":1,\"articles\":[],\"events\":[]}", -1, "not a Dateline project" },
    { "/*/{\"format\":\"dateline\",\"version\":1,\"articles\":[],\"events\":[]}/*/[]", -1, "not a Dateline project" },
    { "{\"format\":\"dateline\",\"version\":1,\"articles\":[],\"events\":[]}/* */", -1, "follows the end" },
    { "{\"format\":\"dateline\",\"version\":1,\"title\":\"a\nb\",\"articles\":[],\"events\":[]}", -1, "unexpected “\\x0A”" },
    { "{\"format\":\"dateline\",\"version\":1,\"title\":\"\\u0000\",\"articles\":[],\"events\":[]}", -1, "\\u escape" },
    { "{\"format\":\"dateline\",\"version\":1,\"articles\":[],\"events\":[],}", -1, "unexpected “}”" },
    { "{\"format\":\"dateline\",\"version\":1,\"articles\":[,],\"events\":[]}", -1, "unexpected “,”" },
    { "{\"format\":\"dateline\",\"version\":01,\"articles\":[],\"events\":[]}", -1, "unexpected “1”" },
    { "{\"format\":\"dateline\",\"version\":1,\"articles\":[],\"events\":[]", -1, "ends too early" },
    { "{\"format\":\"dateline\",\"version\":1,\"articles\":[],\"events\":[], \"title\": tru}", -1, "unexpected “}”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DatelineProject) project = load (cases[i].data, cases[i].length, &error);

      g_assert_null (project);
      g_assert_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (strstr (error->message, cases[i].says) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].says);
    }
}

/* json-glib recurses once per bracket: without a bound, a 200 KB file
 * overflows the stack. */
static void
test_hostile_project_deep_nesting (void)
{
  const char * const units[] = { "[", "{\"a\":", "[/*]*/" };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      GString *data = g_string_new ("{\"format\":\"dateline\",\"version\":1,\"x\":");
      g_autofree char *json = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DatelineProject) project = NULL;
      gsize length;

      for (guint d = 0; d < 200000; d++)
        g_string_append (data, units[i]);
      length = data->len;
      json = g_string_free (data, FALSE);

      project = load (json, (gssize) length, &error);
      g_assert_null (project);
      g_assert_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID);
      if (i < 2)
        g_assert_nonnull (strstr (error->message, "levels deep"));
    }
}

static void
test_hostile_project_file_names (void)
{
  /* Spaces, quotes, a leading dash and bytes that are not UTF-8. */
  const char * const names[] = { "my project.dateline", "it's \"final\".dateline",
                                 "-rf.dateline", "caf\xE9-\xFF.dateline" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = tmp_path (names[i]);
      g_autofree char *display = g_filename_display_basename (path);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(DatelineProject) project = NULL;
      g_autoptr(DatelineProject) broken = NULL;

      write_file (path, good_project, -1);
      project = dateline_project_new_from_file (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (project);

      write_file (path, good_project, 100);
      broken = dateline_project_new_from_file (file, NULL, &error);
      g_assert_null (broken);
      assert_names_file (error, display);
      g_unlink (path);
    }
}

static gpointer
write_project_to_fifo (gpointer data)
{
  const char *path = data;
  int fd = g_open (path, O_WRONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, good_project, strlen (good_project)), ==, (gssize) strlen (good_project));
  close (fd);
  return NULL;
}

/* What is not a file: refused before it is read (a link named .dateline
 * to /dev/zero would otherwise be read until memory runs out), except a
 * pipe, which is read (with a bound). */
static void
test_hostile_project_not_a_file (void)
{
  g_autofree char *zero = tmp_path ("zero.dateline");
  g_autofree char *folder = tmp_path ("folder.dateline");
  g_autofree char *fifo = tmp_path ("pipe.dateline");
  g_autoptr(GFile) zero_file = g_file_new_for_path (zero);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo);
  g_autoptr(DatelineProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GThread *writer;

  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  project = dateline_project_new_from_file (zero_file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  assert_names_file (error, "zero.dateline");
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  project = dateline_project_new_from_file (folder_file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  assert_names_file (error, "folder.dateline");
  g_clear_error (&error);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  writer = g_thread_new ("writer", write_project_to_fifo, fifo);
  project = dateline_project_new_from_file (fifo_file, NULL, &error);
  g_thread_join (writer);
  g_assert_no_error (error);
  g_assert_nonnull (project);

  g_unlink (zero);
  g_rmdir (folder);
  g_unlink (fifo);
}

/* ---------------------------------------------------------------------- */
/* Saving                                                                 */
/* ---------------------------------------------------------------------- */

static DatelineProject *
big_project (gsize text_bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new (good_project);
  g_autoptr(GString) text = g_string_new ("\"text\":\"Talks on Wednesday in Genève ended.");
  DatelineProject *project;

  /* The article's text, longer: every offset stays inside it. */
  while (text->len < text_bytes)
    g_string_append (text, " Talks went on.");
  g_string_append (text, "\"}]");
  g_assert_cmpuint (g_string_replace (data, "\"text\":\"Talks on Wednesday in Genève ended.\"}]",
                                      text->str, 1), ==, 1);

  project = dateline_project_new_from_data (data->str, (gssize) data->len, &error);
  g_assert_no_error (error);
  return project;
}

static void
assert_file_is (const char *path,
                const char *expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  if (strcmp (contents, expected) != 0)
    g_error ("%s was replaced by %zu bytes", path, strlen (contents));
}

/* A disk that fills up during a save: the old project stays as it was.
 * RLIMIT_FSIZE makes a write fail with EFBIG past a size, like ENOSPC,
 * and needs no mount nor privileges (it binds root too). */
static void
test_hostile_save_full (void)
{
  g_autofree char *path = tmp_path ("full.dateline");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DatelineProject) project = big_project (256 * 1024);
  g_autoptr(GError) error = NULL;
  struct rlimit old_limit, limit;
  void (*old_handler) (int);
  gboolean saved;

  write_file (path, "old project", -1);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 64 * 1024;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  saved = dateline_project_save_to_file (project, file, NULL, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_false (saved);
  g_assert_nonnull (error);
  g_test_message ("full: %s", error->message);
  assert_names_file (error, "full.dateline");
  assert_file_is (path, "old project");

  /* Nor is a half-written temporary file left beside it. */
  {
    g_autoptr(GDir) listing = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_false (g_str_has_prefix (name, ".full.dateline"));
  }
  g_unlink (path);
}

static void
test_hostile_save_unwritable (void)
{
  g_autofree char *blocker = tmp_path ("a-file");
  g_autofree char *under_file = g_build_filename (blocker, "p.dateline", NULL);
  g_autofree char *dir = tmp_path ("a-dir.dateline");
  const char * const targets[] = { under_file, dir, "/proc/version" };
  g_autoptr(DatelineProject) project = big_project (100);

  write_file (blocker, "not a folder", -1);
  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (targets[i]);
      g_autoptr(GError) error = NULL;

      g_assert_false (dateline_project_save_to_file (project, file, NULL, &error));
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_test_message ("%s: %s", targets[i], error->message);
    }

  assert_file_is (blocker, "not a folder");
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_rmdir (dir);
  g_unlink (blocker);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("dateline-hostile-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/hostile/empty", test_hostile_empty);
  g_test_add_func ("/hostile/binary", test_hostile_binary);
  g_test_add_func ("/hostile/date-line-end", test_hostile_date_line_end);
  g_test_add_func ("/hostile/invalid-utf8", test_hostile_invalid_utf8);
  g_test_add_func ("/hostile/utf16", test_hostile_utf16);
  g_test_add_func ("/hostile/too-large", test_hostile_too_large);
  g_test_add_func ("/hostile/segment-windows", test_hostile_segment_windows);
  g_test_add_func ("/hostile/long-line", test_hostile_long_line);
  g_test_add_func ("/hostile/timex-extremes", test_hostile_timex_extremes);
  g_test_add_func ("/hostile/html/scripts", test_hostile_html_scripts);
  g_test_add_func ("/hostile/html/deep-nesting", test_hostile_html_deep_nesting);
  g_test_add_func ("/hostile/html/entities", test_hostile_html_entities);
  g_test_add_func ("/hostile/html/json-ld", test_hostile_html_json_ld);
  g_test_add_func ("/hostile/project/good", test_hostile_project_good);
  g_test_add_func ("/hostile/project/wrong-types", test_hostile_project_wrong_types);
  g_test_add_func ("/hostile/project/ids-and-references", test_hostile_project_ids_and_references);
  g_test_add_func ("/hostile/project/dates", test_hostile_project_dates);
  g_test_add_func ("/hostile/project/newer-version", test_hostile_project_newer_version);
  g_test_add_func ("/hostile/project/truncated", test_hostile_project_truncated);
  g_test_add_func ("/hostile/project/not-json", test_hostile_project_not_json);
  g_test_add_func ("/hostile/project/deep-nesting", test_hostile_project_deep_nesting);
  g_test_add_func ("/hostile/project/file-names", test_hostile_project_file_names);
  g_test_add_func ("/hostile/project/not-a-file", test_hostile_project_not_a_file);
  g_test_add_func ("/hostile/save/full", test_hostile_save_full);
  g_test_add_func ("/hostile/save/unwritable", test_hostile_save_unwritable);

  status = g_test_run ();

  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
