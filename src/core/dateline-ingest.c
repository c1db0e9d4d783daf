/* dateline-ingest.c — reading article files into DatelineArticle
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dateline-ingest.h"

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
             GError     **error)
{
  g_autofree char *converted = NULL;
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

/* Skips what may follow a date on a metadata line: a time of day, a zone,
 * separators. Stops at the first word that is none of these. */
static const char *
skip_time_and_separators (const char *p)
{
  while (*p != '\0')
    {
      if (g_ascii_isspace (*p) || g_ascii_isdigit (*p) || strchr (":.,|/-–—", *p) != NULL)
        p++;
      else if (g_ascii_strncasecmp (p, "am", 2) == 0 && !g_ascii_isalpha (p[2]))
        p += 2;
      else if (g_ascii_strncasecmp (p, "pm", 2) == 0 && !g_ascii_isalpha (p[2]))
        p += 2;
      else if ((g_ascii_strncasecmp (p, "utc", 3) == 0 || g_ascii_strncasecmp (p, "gmt", 3) == 0 ||
                g_ascii_strncasecmp (p, "est", 3) == 0 || g_ascii_strncasecmp (p, "edt", 3) == 0) &&
               !g_ascii_isalpha (p[3]))
        p += 3;
      else if (g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—"))
        p += strlen ("–");
      else
        break;
    }

  return p;
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

/**
 * dateline_ingest_data:
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
  g_autofree char *decoded = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GString) body = NULL;
  DatelineWhen published = DATELINE_WHEN_INIT;
  DatelineDateOrigin origin = DATELINE_DATE_ORIGIN_UNKNOWN;
  DatelineArticle *article;
  GRegex *metadata = get_metadata_regex ();
  g_auto(GStrv) lines = NULL;
  guint header_lines = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);

  if (length > DATELINE_INGEST_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_TOO_LARGE,
                   _("“%s” is too large to be an article (%s)"), source_name, size);
      return NULL;
    }

  if (!(decoded = decode_text (data, length, source_name, error)))
    return NULL;

  g_strstrip (decoded);
  if (decoded[0] == '\0')
    {
      g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_EMPTY,
                   _("“%s” is empty"), source_name);
      return NULL;
    }

  /* The header: the first lines may carry a metadata date (kept out of the
   * text) and the title (kept as the text's first line). */
  lines = g_strsplit (decoded, "\n", -1);
  body = g_string_new (NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      char *line = g_strstrip (lines[i]);

      if (header_lines < HEADER_LINES && *line != '\0')
        {
          header_lines++;

          if (!dateline_when_is_dated (&published) &&
              g_regex_match (metadata, line, 0, &match))
            {
              g_autofree char *rest = g_match_info_fetch (match, 1);
              DatelineWhen when;
              gsize date_end;

              if (read_leading_date (rest, &when, &date_end))
                {
                  const char *after = skip_time_and_separators (rest + date_end);

                  published = when;
                  origin = DATELINE_DATE_ORIGIN_HEADER;

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

          if (title == NULL)
            title = shorten_title (line);
        }

      g_string_append (body, line);
      g_string_append_c (body, '\n');
    }

  /* Collapse the runs of blank lines left by removed header lines. */
  while (body->len > 0 && g_ascii_isspace (body->str[body->len - 1]))
    g_string_truncate (body, body->len - 1);
  while (body->len > 0 && g_ascii_isspace (body->str[0]))
    g_string_erase (body, 0, 1);

  if (body->len == 0)
    {
      g_set_error (error, DATELINE_INGEST_ERROR, DATELINE_INGEST_ERROR_EMPTY,
                   _("“%s” has no text besides its date"), source_name);
      return NULL;
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

/**
 * dateline_ingest_file:
 *
 * Reads an article file (any size up to DATELINE_INGEST_MAX_BYTES).
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
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_autofree char *parse_name = g_file_get_parse_name (file);

      g_set_error (error, local_error->domain, local_error->code,
                   _("Cannot read “%s”: %s"), parse_name, local_error->message);
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
                   _("Cannot read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  return dateline_ingest_data (contents, length, name, reference, error);
}

gboolean
dateline_ingest_is_project_file (GFile *file)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  return name != NULL && (g_str_has_suffix (name, ".dateline") || g_str_has_suffix (name, ".json"));
}
