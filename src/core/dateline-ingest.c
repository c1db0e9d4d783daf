/* dateline-ingest.c — reading article files into DatelineArticle
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dateline-clean.h"
#include "dateline-html.h"
#include "dateline-ingest.h"
#include "dateline-markdown.h"

/* How many leading lines may hold the title and metadata. */
#define HEADER_LINES 6
/* A first line longer than this is the first paragraph, not a headline. */
#define MAX_TITLE_CHARS 160

G_DEFINE_QUARK (dateline-ingest-error-quark, dateline_ingest_error)

/* A metadata line: a label, then a date, then maybe the title on the same
 * line ("date 2025-08-01 Rubio: US, Russia hold talks…"). The date itself
 * is read by the temporal tagger, so every form it knows works here. */
static GRegex *
get_metadata_regex (void)
{
  static GRegex *regex;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      GRegex *compiled = g_regex_new ("^\\s*(?:date|dated|published|publication date|posted|"
                                      "first published|updated|last updated)"
                                      "(?:\\s+on)?\\s*[:\\-–—]?\\s*(\\S.*)$",
                                      G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (compiled != NULL);
      regex = compiled;
      g_once_init_leave (&initialized, 1);
    }

  return regex;
}

/* Binary content: a NUL byte, or more than 1 in 100 control characters
 * other than tab, newline, carriage return and form feed. */
static gboolean
looks_binary (const char *data,
              gsize       length)
{
  gsize controls = 0;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        controls++;
    }

  return controls * 100 > length;
}

static guint
line_of_offset (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;

  return line;
}

/* Decodes @data into a newly allocated, valid UTF-8 string with Unix line
 * ends and no byte-order mark. */
static char *
decode_text (const char  *data,
             gsize        length,
             const char  *source_name,
             const char  *declared_charset,
             GError     **error)
{
  g_autofree char *converted = NULL;
  g_autofree char *redecoded = NULL;
  const char *end = NULL;
  GString *text;

  /* UTF-16 with a byte-order mark is text, not binary: decode it. */
  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      const char *charset = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      gsize written = 0;

      converted = g_convert (data + 2, length - 2, "UTF-8", charset, NULL, &written, NULL);
      if (converted == NULL)
        {
          g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_INVALID_UTF8,
                       _("“%s” is marked as UTF-16 but cannot be decoded"), source_name);
          return NULL;
        }
      data = converted;
      length = written;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (looks_binary (data, length))
    {
      g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_NOT_TEXT,
                   _("“%s” is not a text file"), source_name);
      return NULL;
    }

  /* A web page saved in the charset it declares (windows-1252 is still
   * common): decoded from that charset when it is not UTF-8 already. */
  if (!g_utf8_validate_len (data, length, &end) && declared_charset != NULL &&
      g_ascii_strcasecmp (declared_charset, "utf-8") != 0 && g_ascii_strcasecmp (declared_charset, "utf8") != 0)
    {
      gsize written = 0;

      redecoded = g_convert (data, length, "UTF-8", declared_charset, NULL, &written, NULL);
      if (redecoded != NULL)
        {
          data = redecoded;
          length = written;
        }
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_INVALID_UTF8,
                   _("“%s” is not valid UTF-8 text (line %u)"), source_name,
                   line_of_offset (data, (gsize) (end - data)));
      return NULL;
    }

  text = g_string_sized_new (length + 1);
  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == '\r')
        {
          if (i + 1 < length && data[i + 1] == '\n')
            continue;
          g_string_append_c (text, '\n');
        }
      else
        g_string_append_c (text, data[i]);
    }

  return g_string_free (text, FALSE);
}

/* The first full date in @str, if it starts within the first few
 * characters: metadata must lead with its date. */
static gboolean
read_leading_date (const char   *str,
                   DatelineWhen *when,
                   gsize        *date_end)
{
  g_autoptr(GPtrArray) timexes = dateline_timex_tag (str, -1, NULL);

  for (guint i = 0; i < timexes->len; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);

      if (timex->start > 12)
        break;
      if (timex->type != DATELINE_TIMEX_DATE && timex->type != DATELINE_TIMEX_TIME)
        continue;
      if (!dateline_when_is_dated (&timex->when) ||
          timex->when.granularity != DATELINE_GRANULARITY_DAY)
        continue;

      *when = timex->when;
      *date_end = timex->end;
      return TRUE;
    }

  return FALSE;
}

/* Time zones that may follow a time on a metadata line. */
static const char * const zone_names[] = {
  "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
  "eet", "eest", "msk", "ist", "jst", "kst", "aest", "aedt", "et", "pt", "ct",
};

/* Skips what may follow a date on a metadata line: a time of day, a zone,
 * separators. Stops at the first word that is none of these. */
static const char *
skip_time_and_separators (const char *p)
{
  while (*p != '\0')
    {
      gboolean zone = FALSE;

      if (g_ascii_isspace (*p) || g_ascii_isdigit (*p) || strchr (":.,|/-+()", *p) != NULL)
        {
          p++;
          continue;
        }
      /* Dashes are three bytes, the middle dot two: each skips its own. */
      if (g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—"))
        {
          p += strlen ("–");
          continue;
        }
      if (g_str_has_prefix (p, "·"))
        {
          p += strlen ("·");
          continue;
        }
      if ((g_ascii_strncasecmp (p, "am", 2) == 0 || g_ascii_strncasecmp (p, "pm", 2) == 0) &&
          !g_ascii_isalpha (p[2]))
        {
          p += 2;
          continue;
        }
      if (g_ascii_strncasecmp (p, "a.m.", 4) == 0 || g_ascii_strncasecmp (p, "p.m.", 4) == 0)
        {
          p += 4;
          continue;
        }
      for (guint i = 0; i < G_N_ELEMENTS (zone_names); i++)
        {
          gsize n = strlen (zone_names[i]);

          if (g_ascii_strncasecmp (p, zone_names[i], n) == 0 && !g_ascii_isalpha (p[n]))
            {
              p += n;
              zone = TRUE;
              break;
            }
        }
      if (!zone)
        break;
    }

  return p;
}

/* Words that may stand before the date of a date line in the header:
 * "Updated", "Published on", a weekday. */
static const char * const date_line_labels[] = {
  "updated", "published", "posted", "last", "on", "at", "first", "modified", "date", "dated",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
};

static gboolean
is_date_label (const char *prefix)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *copy = g_strdup (prefix);

  /* A byline or a credit before the date: "By Jane Doe, July 31, 2025",
   * "Reuters | July 31, 2025". Separators at its end go first. */
  g_strstrip (copy);
  for (;;)
    {
      gsize n = strlen (copy);

      if (n > 0 && strchr (",|-:.", copy[n - 1]) != NULL)
        copy[n - 1] = '\0';
      else if (g_str_has_suffix (copy, "·") || g_str_has_suffix (copy, "–") || g_str_has_suffix (copy, "—") ||
               g_str_has_suffix (copy, "•"))
        {
          const char *last = g_utf8_prev_char (copy + n);
          copy[last - copy] = '\0';
        }
      else
        break;
      g_strchomp (copy);
    }
  if (*copy == '\0')
    return TRUE;
  /* … or a reading time: "2 min read · Updated: 01 Aug 2025". */
  switch (dateline_clean_classify_line (copy, NULL))
    {
    case DATELINE_LINE_CREDIT:
    case DATELINE_LINE_STAMP:
      return TRUE;
    default:
      break;
    }

  words = g_strsplit_set (copy, " ,:|", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean known = words[i][0] == '\0';

      for (guint l = 0; !known && l < G_N_ELEMENTS (date_line_labels); l++)
        known = g_ascii_strcasecmp (words[i], date_line_labels[l]) == 0;
      if (!known)
        return FALSE;
    }

  return TRUE;
}

/* A header line that is a date and nothing else: "July 31, 2025 4:12 PM
 * GMT+1", "Updated: Thursday, 31 July 2025", "By Jane Doe, July 31, 2025". */
static gboolean
read_date_only_line (const char   *line,
                     DatelineWhen *when)
{
  g_autoptr(GPtrArray) timexes = NULL;
  const DatelineTimex *date = NULL;
  g_autofree char *prefix = NULL;
  const char *after;

  if (strlen (line) > 120 || !g_ascii_isdigit (line[strcspn (line, "0123456789")]))
    return FALSE;

  timexes = dateline_timex_tag (line, -1, NULL);
  for (guint i = 0; i < timexes->len && date == NULL; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);

      if ((timex->type == DATELINE_TIMEX_DATE || timex->type == DATELINE_TIMEX_TIME) &&
          dateline_when_is_dated (&timex->when) && timex->when.granularity == DATELINE_GRANULARITY_DAY)
        date = timex;
    }
  if (date == NULL)
    return FALSE;

  prefix = g_strndup (line, date->start);
  if (!is_date_label (prefix))
    return FALSE;

  after = skip_time_and_separators (line + date->end);
  if (*after != '\0')
    return FALSE;

  *when = date->when;
  return TRUE;
}

/* A title made from a long first paragraph: its first words, cut at a
 * word boundary, with an ellipsis. */
static char *
shorten_title (const char *line)
{
  const char *end;
  const char *cut;
  GString *title;

  if (g_utf8_strlen (line, -1) <= MAX_TITLE_CHARS)
    return g_strdup (line);

  end = g_utf8_offset_to_pointer (line, 100);
  cut = end;
  while (cut > line && *cut != ' ')
    cut--;
  if (cut == line)
    cut = end;

  title = g_string_new_len (line, cut - line);
  while (title->len > 0 && strchr (" ,;:", title->str[title->len - 1]))
    g_string_truncate (title, title->len - 1);
  g_string_append (title, "…");

  return g_string_free (title, FALSE);
}

typedef enum {
  FORMAT_TEXT,
  FORMAT_HTML,
  FORMAT_MARKDOWN,
} Format;

static gboolean
has_suffix_nocase (const char *name,
                   const char *suffix)
{
  gsize n = strlen (name);
  gsize m = strlen (suffix);

  return n > m && g_ascii_strcasecmp (name + n - m, suffix) == 0;
}

/* The name decides for .html and .md; anything else that starts like an
 * HTML document (a saved page called "article.txt") is read as HTML. */
static Format
detect_format (const char *source_name,
               const char *data,
               gsize       length)
{
  static const char * const html_suffixes[] = { ".html", ".htm", ".xhtml", ".shtml" };
  static const char * const markdown_suffixes[] = { ".md", ".markdown", ".mdown", ".mkd" };

  for (guint i = 0; i < G_N_ELEMENTS (html_suffixes); i++)
    if (has_suffix_nocase (source_name, html_suffixes[i]))
      return FORMAT_HTML;
  for (guint i = 0; i < G_N_ELEMENTS (markdown_suffixes); i++)
    if (has_suffix_nocase (source_name, markdown_suffixes[i]))
      return FORMAT_MARKDOWN;

  return dateline_html_looks_like_html (data, length) ? FORMAT_HTML : FORMAT_TEXT;
}

/* The first line of @text, for comparing a known title with it. */
static char *
dup_first_line (const char *text)
{
  const char *end = strchr (text, '\n');

  return end != NULL ? g_strndup (text, end - text) : g_strdup (text);
}

static gboolean
same_line (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_strcmp0 (fa, fb) == 0;
}

/* TRUE when @line is the page's visible headline for @title: a line
 * that is no sentence and shares most of its words with the title (the
 * social-media title and the <h1> are often worded a little apart). */
static gboolean
is_variant_of_title (const char *line,
                     const char *title)
{
  g_autofree char *line_folded = g_utf8_casefold (line, -1);
  g_autofree char *title_folded = g_utf8_casefold (title, -1);
  g_auto(GStrv) line_words = g_strsplit_set (line_folded, " ,:;'\"‘’“”-", -1);
  g_autoptr(GHashTable) title_words = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) split_title = g_strsplit_set (title_folded, " ,:;'\"‘’“”-", -1);
  guint shared = 0, total = 0, title_total = 0;
  gsize length = strlen (line);

  if (length == 0 || length > 300 || line[length - 1] == '.')
    return FALSE;

  for (guint i = 0; split_title[i] != NULL; i++)
    if (split_title[i][0] != '\0')
      {
        g_hash_table_add (title_words, split_title[i]);
        title_total++;
      }

  for (guint i = 0; line_words[i] != NULL; i++)
    {
      if (line_words[i][0] == '\0')
        continue;
      total++;
      if (g_hash_table_contains (title_words, line_words[i]))
        shared++;
    }

  return total > 0 && shared * 10 >= total * 7 && shared * 10 >= title_total * 7;
}

/* The date a dateline gives, completed with the year of a coarser
 * metadata date ("2025", "2025-07") when it gives none. A dateline without
 * a year and no year known leaves the date unknown: it is never guessed. */
static gboolean
date_from_dateline (const DatelineCleanDateline *dateline,
                    const DatelineWhen          *coarse,
                    DatelineWhen                *when)
{
  int year = dateline->year;

  if (dateline->month == 0)
    return FALSE;

  if (year == 0 && coarse != NULL && dateline_when_is_dated (coarse))
    {
      int coarse_year, coarse_month, coarse_day;

      dateline_julian_to_ymd (coarse->start, &coarse_year, &coarse_month, &coarse_day);
      year = coarse_year;
    }
  if (year == 0)
    return FALSE;

  if (!dateline_when_set_span (when, year, dateline->month, dateline->day, DATELINE_GRANULARITY_DAY,
                               DATELINE_CERTAINTY_STATED))
    return FALSE;

  /* A coarse metadata date must contain the dateline's day. */
  if (coarse != NULL && dateline_when_is_dated (coarse) &&
      (when->start < coarse->start || when->end > coarse->end))
    return FALSE;

  return TRUE;
}

/* Builds one article from a cleaned story. @title_hint is the title the
 * format gave (HTML metadata, Markdown front matter, a split-off story's
 * headline); without one the first line is the title. @known is a
 * publication date read from metadata (may be undated). */
static DatelineArticle *
build_article (const char          *text,
               const char          *title_hint,
               const DatelineWhen  *known,
               DatelineDateOrigin   known_origin,
               const char          *source_name,
               const DatelineWhen  *reference,
               GError             **error)
{
  g_autofree char *with_title = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GString) body = NULL;
  const char *source;
  const char *p;
  DatelineWhen published = DATELINE_WHEN_INIT;
  DatelineWhen coarse = DATELINE_WHEN_INIT;
  DatelineDateOrigin origin = DATELINE_DATE_ORIGIN_UNKNOWN;
  DatelineArticle *article;
  GRegex *metadata = get_metadata_regex ();
  guint header_lines = 0;

  if (known != NULL && dateline_when_is_dated (known))
    {
      if (known->granularity == DATELINE_GRANULARITY_DAY)
        {
          published = *known;
          origin = known_origin;
        }
      else
        coarse = *known;
    }

  /* The text starts with its headline, as a page shows it. */
  if (title_hint != NULL && *title_hint != '\0')
    {
      g_autofree char *first = dup_first_line (text);

      if (!same_line (first, title_hint) && !is_variant_of_title (first, title_hint))
        with_title = *text != '\0' ? g_strconcat (title_hint, "\n\n", text, NULL) : g_strdup (title_hint);
      title = shorten_title (title_hint);
    }

  /* The header: the first lines may carry a metadata date (kept out of the
   * text) and the title (kept as the text's first line). Only they are
   * looked at; the rest is copied once, as the cleaner left it. */
  source = with_title != NULL ? with_title : text;
  body = g_string_sized_new (strlen (source) + 1);
  p = source;
  while (*p != '\0' && header_lines < HEADER_LINES)
    {
      g_autoptr(GMatchInfo) match = NULL;
      const char *eol = strchr (p, '\n');
      gsize length = eol != NULL ? (gsize) (eol - p) : strlen (p);
      g_autofree char *copy = g_strndup (p, length);
      char *line = g_strstrip (copy);
      DatelineWhen when;

      p += length + (eol != NULL ? 1 : 0);

      if (*line == '\0')
        {
          g_string_append_c (body, '\n');
          continue;
        }

      header_lines++;

      if (g_regex_match (metadata, line, 0, &match))
        {
          g_autofree char *rest = g_match_info_fetch (match, 1);
          gsize date_end;

          if (read_leading_date (rest, &when, &date_end))
            {
              const char *after = skip_time_and_separators (rest + date_end);

              if (!dateline_when_is_dated (&published))
                {
                  published = when;
                  origin = DATELINE_DATE_ORIGIN_HEADER;
                }

              /* "date 2025-08-01 Title…": the title shares the line. */
              if (*after != '\0' && title == NULL)
                {
                  title = g_strdup (after);
                  g_string_append (body, after);
                  g_string_append_c (body, '\n');
                }
              continue;
            }
        }

      if (read_date_only_line (line, &when))
        {
          if (!dateline_when_is_dated (&published))
            {
              published = when;
              origin = DATELINE_DATE_ORIGIN_HEADER;
            }
          continue;
        }

      if (title == NULL)
        title = shorten_title (line);

      g_string_append (body, line);
      g_string_append_c (body, '\n');
    }

  /* Collapse the runs of blank lines left by removed header lines (the
   * header is a few lines: erasing in place costs nothing). */
  while (body->len > 0 && g_ascii_isspace (body->str[0]))
    g_string_erase (body, 0, 1);
  for (gsize i = 0; i + 2 < body->len;)
    if (body->str[i] == '\n' && body->str[i + 1] == '\n' && body->str[i + 2] == '\n')
      g_string_erase (body, i, 1);
    else
      i++;
  while (*p == '\n' && (body->len == 0 || g_str_has_suffix (body->str, "\n\n")))
    p++;
  g_string_append (body, p);
  while (body->len > 0 && g_ascii_isspace (body->str[body->len - 1]))
    g_string_truncate (body, body->len - 1);

  if (body->len == 0)
    {
      g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_EMPTY,
                   _("“%s” has no text besides its date"), source_name);
      return NULL;
    }

  /* A dateline opening the story: "KYIV, July 31 (Reuters) - …". It is
   * looked for in the first two paragraphs after the headline; the place
   * and agency stay in the text. */
  if (!dateline_when_is_dated (&published))
    {
      const char *line = body->str;
      gboolean past_title = FALSE;
      guint looked = 0;

      while (*line != '\0' && looked < 2)
        {
          const char *eol = strchr (line, '\n');
          g_autofree char *paragraph = eol != NULL ? g_strndup (line, eol - line) : g_strdup (line);
          g_auto(DatelineCleanDateline) dateline = { 0, };
          DatelineWhen when;

          line = eol != NULL ? eol + 1 : line + strlen (line);
          if (*paragraph == '\0')
            continue;
          if (!past_title)
            {
              past_title = TRUE;
              if (title != NULL && same_line (paragraph, title))
                continue;
            }
          looked++;
          if (dateline_clean_read_dateline (paragraph, &dateline))
            {
              if (date_from_dateline (&dateline, &coarse, &when))
                {
                  published = when;
                  origin = DATELINE_DATE_ORIGIN_TEXT;
                }
              break;
            }
        }
    }

  /* Metadata that only gave a month or a year is still what is known. */
  if (!dateline_when_is_dated (&published) && dateline_when_is_dated (&coarse))
    {
      published = coarse;
      origin = known_origin;
    }

  if (!dateline_when_is_dated (&published) && reference != NULL && dateline_when_is_dated (reference))
    {
      published = *reference;
      origin = DATELINE_DATE_ORIGIN_REFERENCE;
    }

  article = dateline_article_new (NULL, title, source_name, body->str);
  /* How a publication date is known is its origin; as a date it is stated. */
  published.certainty = DATELINE_CERTAINTY_STATED;
  dateline_article_set_published (article, &published, origin);

  return article;
}

/* Web pages that leave no text once cleaned say so in words a user
 * understands: the page was read, but held no article. */
static void
set_no_text_error (GError     **error,
                   const char  *source_name,
                   Format       format)
{
  if (format == FORMAT_HTML)
    g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_EMPTY,
                 _("“%s” is a web page without article text"), source_name);
  else
    g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_EMPTY,
                 _("“%s” has no article text, only web page clutter"), source_name);
}

/**
 * dateline_ingest_data_all:
 * @data: the file's bytes
 * @length: their number
 * @source_name: the file's name: it picks the format (.html, .md, else
 *   text, or HTML when the bytes start like a web page) and names the file
 *   in errors and in the articles
 * @reference: (nullable): publication date for articles that state none
 * @error: return location for an error naming @source_name
 *
 * Reads every article in a file: the file's own article first, then the
 * related stories the page carried in full, split off as articles of
 * their own (each with its own title and, when stated, its own date).
 *
 * Returns: (transfer full) (element-type DatelineArticle) (nullable): the
 * articles, without ids (the project gives them), or NULL with an error
 */
GPtrArray *
dateline_ingest_data_all (const char          *data,
                          gsize                length,
                          const char          *source_name,
                          const DatelineWhen  *reference,
                          GError             **error)
{
  g_autofree char *decoded = NULL;
  g_autofree char *charset = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(DatelineHtmlPage) page = NULL;
  g_autoptr(DatelineMarkdown) markdown = NULL;
  DatelineWhen known = DATELINE_WHEN_INIT;
  const char *title_hint = NULL;
  const DatelineCleanStory *main_story;
  Format format;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > DATELINE_INGEST_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_TOO_LARGE,
                   _("“%s” is too large to be an article (%s)"), source_name, size);
      return NULL;
    }

  format = detect_format (source_name, data != NULL ? data : "", length);
  if (format == FORMAT_HTML)
    charset = dateline_html_sniff_charset (data, length);

  if (!(decoded = decode_text (data, length, source_name, charset, error)))
    return NULL;

  g_strstrip (decoded);
  if (decoded[0] == '\0')
    {
      g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_EMPTY,
                   _("“%s” is empty"), source_name);
      return NULL;
    }

  /* Every format ends as lines of text that go through the same cleaner:
   * a page's article may still carry "Advertisement" or "Read more: …"
   * paragraphs, and a Markdown file may be a copied web page. */
  switch (format)
    {
    case FORMAT_HTML:
      page = dateline_html_page_parse (decoded, strlen (decoded));
      stories = dateline_clean_text (page->text, page->site_name);
      title_hint = page->title;
      known = page->published;
      break;

    case FORMAT_MARKDOWN:
      markdown = dateline_markdown_parse (decoded);
      stories = dateline_clean_text (markdown->text, NULL);
      title_hint = markdown->title;
      if (markdown->date != NULL)
        dateline_html_parse_date (markdown->date, &known);
      break;

    case FORMAT_TEXT:
    default:
      stories = dateline_clean_text (decoded, NULL);
      break;
    }

  /* The raw text is not needed any more: a 64 MB file should not be held
   * three times over while its articles are built. */
  g_clear_pointer (&decoded, g_free);
  if (page != NULL)
    g_clear_pointer (&page->text, g_free);
  if (markdown != NULL)
    g_clear_pointer (&markdown->text, g_free);

  main_story = g_ptr_array_index (stories, 0);
  if (*main_story->text == '\0' && (title_hint == NULL || stories->len == 1))
    {
      set_no_text_error (error, source_name, format);
      return NULL;
    }

  articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < stories->len; i++)
    {
      const DatelineCleanStory *story = g_ptr_array_index (stories, i);
      g_autoptr(GError) local_error = NULL;
      DatelineArticle *article;

      if (i == 0)
        article = build_article (story->text, title_hint, &known, DATELINE_DATE_ORIGIN_METADATA,
                                 source_name, reference, &local_error);
      else
        article = build_article (story->text, story->title, NULL, DATELINE_DATE_ORIGIN_UNKNOWN,
                                 source_name, reference, &local_error);

      if (article != NULL)
        g_ptr_array_add (articles, article);
      else if (i == 0)
        {
          /* Only the file's own article failing fails the file. */
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  return g_steal_pointer (&articles);
}

/**
 * dateline_ingest_data:
 *
 * Like dateline_ingest_data_all(), for callers that want the file's own
 * article only.
 *
 * Returns: (transfer full) (nullable): the article, without an id (the
 * project gives it one), or NULL with an error naming @source_name
 */
DatelineArticle *
dateline_ingest_data (const char          *data,
                      gsize                length,
                      const char          *source_name,
                      const DatelineWhen  *reference,
                      GError             **error)
{
  g_autoptr(GPtrArray) articles = dateline_ingest_data_all (data, length, source_name, reference, error);

  if (articles == NULL)
    return NULL;

  return g_object_ref (g_ptr_array_index (articles, 0));
}

/* The reason in a GIO error, without the path GIO repeats in it ("Error
 * when getting information for file “/a/b.txt”: No such file or
 * directory"): our message names the file already. */
static const char *
io_reason (const GError *error)
{
  const char *reason = g_strrstr (error->message, ": ");

  return reason != NULL && reason[2] != '\0' ? reason + 2 : error->message;
}

/**
 * dateline_ingest_file_all:
 *
 * Reads an article file (any size up to DATELINE_INGEST_MAX_BYTES); see
 * dateline_ingest_data_all().
 *
 * Returns: (transfer full) (element-type DatelineArticle) (nullable): the
 * articles, the file's own first, or NULL with an error naming the file
 */
GPtrArray *
dateline_ingest_file_all (GFile               *file,
                          const DatelineWhen  *reference,
                          GCancellable        *cancellable,
                          GError             **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_autofree char *parse_name = g_file_get_parse_name (file);

      g_set_error (error, local_error->domain, local_error->code,
                   _("Cannot read “%s”: %s"), parse_name, io_reason (local_error));
      return NULL;
    }

  name = g_strdup (g_file_info_get_display_name (info));

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not an article"), name);
      return NULL;
    }

  if (g_file_info_get_size (info) > DATELINE_INGEST_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_TOO_LARGE,
                   _("“%s” is too large to be an article (%s)"), name, size);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Cannot read “%s”: %s"), name, io_reason (local_error));
      return NULL;
    }

  return dateline_ingest_data_all (contents, length, name, reference, error);
}

/**
 * dateline_ingest_file:
 *
 * Like dateline_ingest_file_all(), for callers that want the file's own
 * article only.
 *
 * Returns: (transfer full) (nullable): the article, or NULL with an error
 * naming the file
 */
DatelineArticle *
dateline_ingest_file (GFile               *file,
                      const DatelineWhen  *reference,
                      GCancellable        *cancellable,
                      GError             **error)
{
  g_autoptr(GPtrArray) articles = dateline_ingest_file_all (file, reference, cancellable, error);

  if (articles == NULL)
    return NULL;

  return g_object_ref (g_ptr_array_index (articles, 0));
}

gboolean
dateline_ingest_is_project_file (GFile *file)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  return name != NULL && (g_str_has_suffix (name, ".dateline") || g_str_has_suffix (name, ".json"));
}
