/* dateline-markdown.c — Markdown articles as plain text
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-markdown.h"

/* Blocks are found line by line (fences, headings, lists, quotes, rules,
 * tables); inline markup is then removed from each block with a few
 * regexes compiled once. Every repeated part of those regexes is bounded,
 * so a hostile line of ten million asterisks costs linear time. Escaped
 * characters ("\*") are swapped for private-use code points before the
 * inline pass and restored after it, so they never count as markup. */

#define ESCAPE_BASE 0xE000

typedef struct {
  GRegex *image;
  GRegex *link;
  GRegex *footnote_ref;
  GRegex *autolink;
  GRegex *html_tag;
  GRegex *code_span;
  GRegex *strong_emphasis;
  GRegex *strong;
  GRegex *emphasis_star;
  GRegex *emphasis_underscore;
  GRegex *strikethrough;
  GRegex *ordered_item;
  GRegex *link_definition;
  GRegex *table_separator;
} Patterns;

static const Patterns *
get_patterns (void)
{
  static Patterns patterns;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      GRegexCompileFlags flags = G_REGEX_OPTIMIZE;

      patterns.image = g_regex_new ("!\\[[^\\]\\n]{0,300}\\](?:\\([^)\\n]{0,500}\\)|\\[[^\\]\\n]{0,100}\\])",
                                    flags, 0, NULL);
      patterns.link = g_regex_new ("\\[([^\\]\\n]{1,300})\\](?:\\((?:[^()\\n]|\\([^()\\n]{0,200}\\)){0,500}\\)|"
                                   "\\[[^\\]\\n]{0,100}\\])",
                                   flags, 0, NULL);
      patterns.footnote_ref = g_regex_new ("\\[\\^[^\\]\\n]{1,50}\\]", flags, 0, NULL);
      patterns.autolink = g_regex_new ("<(?:https?|ftp|mailto):[^>\\s]{1,500}>", flags | G_REGEX_CASELESS, 0, NULL);
      patterns.html_tag = g_regex_new ("<!--.{0,2000}?-->|</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\\s[^<>]{0,500})?/?>",
                                       flags, 0, NULL);
      patterns.code_span = g_regex_new ("(`{1,3})([^`\\n]{1,500}?)\\1", flags, 0, NULL);
      patterns.strong_emphasis = g_regex_new ("(\\*\\*\\*|___)(?=\\S)([^\\n]{1,300}?)(?<=\\S)\\1", flags, 0, NULL);
      patterns.strong = g_regex_new ("(\\*\\*|__)(?=\\S)([^\\n]{1,300}?)(?<=\\S)\\1", flags, 0, NULL);
      patterns.emphasis_star = g_regex_new ("(?<![\\w*])\\*(?=\\S)([^*\\n]{1,300}?)(?<=\\S)\\*(?![\\w*])",
                                            flags, 0, NULL);
      patterns.emphasis_underscore = g_regex_new ("(?<![\\w_])_(?=\\S)([^_\\n]{1,300}?)(?<=\\S)_(?![\\w_])",
                                                  flags, 0, NULL);
      patterns.strikethrough = g_regex_new ("~~(?=\\S)([^\\n]{1,300}?)(?<=\\S)~~", flags, 0, NULL);
      patterns.ordered_item = g_regex_new ("^\\d{1,9}[.)](?:\\s+|$)", flags, 0, NULL);
      patterns.link_definition = g_regex_new ("^\\[[^\\]^][^\\]]{0,200}\\]:\\s*\\S", flags, 0, NULL);
      patterns.table_separator = g_regex_new ("^\\|?\\s*:?-{1,}:?\\s*(?:\\|\\s*:?-{1,}:?\\s*)*\\|?$", flags, 0, NULL);

      g_assert (patterns.image && patterns.link && patterns.footnote_ref && patterns.autolink &&
                patterns.html_tag && patterns.code_span && patterns.strong_emphasis && patterns.strong &&
                patterns.emphasis_star && patterns.emphasis_underscore && patterns.strikethrough &&
                patterns.ordered_item && patterns.link_definition && patterns.table_separator);

      g_once_init_leave (&initialized, 1);
    }

  return &patterns;
}

void
dateline_markdown_free (DatelineMarkdown *markdown)
{
  if (markdown == NULL)
    return;

  g_free (markdown->title);
  g_free (markdown->date);
  g_free (markdown->text);
  g_free (markdown);
}

static char *
replace (GRegex     *regex,
         char       *text,
         const char *replacement)
{
  char *result = g_regex_replace (regex, text, -1, 0, replacement, 0, NULL);

  if (result == NULL)
    return text;
  g_free (text);
  return result;
}

/* "\*" → a private-use stand-in, restored by restore_escapes(). */
static char *
protect_escapes (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0' && strchr ("\\`*_{}[]()#+-.!|>~<", p[1]) != NULL)
        {
          g_string_append_unichar (out, ESCAPE_BASE + (guchar) p[1]);
          p++;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
restore_escapes (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= ESCAPE_BASE && c < ESCAPE_BASE + 0x80)
        g_string_append_c (out, (char) (c - ESCAPE_BASE));
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The few entities Markdown writers use. */
static char *
decode_entities (char *text)
{
  static const struct { const char *entity; const char *text; } entities[] = {
    { "&nbsp;", " " }, { "&amp;", "&" }, { "&quot;", "\"" }, { "&apos;", "'" }, { "&#39;", "'" },
    { "&lt;", "<" }, { "&gt;", ">" }, { "&mdash;", "—" }, { "&ndash;", "–" }, { "&hellip;", "…" },
    { "&rsquo;", "’" }, { "&lsquo;", "‘" }, { "&rdquo;", "”" }, { "&ldquo;", "“" },
  };

  if (strchr (text, '&') == NULL)
    return text;

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (strstr (text, entities[i].entity) != NULL)
      {
        g_auto(GStrv) parts = g_strsplit (text, entities[i].entity, -1);
        g_free (text);
        text = g_strjoinv (entities[i].text, parts);
      }

  return text;
}

static char *
strip_inline (const char *block)
{
  const Patterns *patterns = get_patterns ();
  char *text = protect_escapes (block);
  char *restored;

  text = replace (patterns->code_span, text, "\\2");
  text = replace (patterns->image, text, "");
  text = replace (patterns->footnote_ref, text, "");
  text = replace (patterns->link, text, "\\1");
  text = replace (patterns->autolink, text, "");
  text = replace (patterns->html_tag, text, "");
  text = replace (patterns->strong_emphasis, text, "\\2");
  text = replace (patterns->strong, text, "\\2");
  text = replace (patterns->emphasis_star, text, "\\1");
  text = replace (patterns->emphasis_underscore, text, "\\1");
  /* Struck-out words were withdrawn by their author. */
  text = replace (patterns->strikethrough, text, "");
  text = decode_entities (text);

  restored = restore_escapes (text);
  g_free (text);
  g_strstrip (restored);

  /* Removed markup may leave double spaces behind ("a ![x](y) b"). */
  {
    GString *out = g_string_sized_new (strlen (restored));

    for (const char *p = restored; *p != '\0'; p++)
      if (!(*p == ' ' && (p[1] == ' ' || p[1] == '\0')))
        g_string_append_c (out, *p);
    g_free (restored);
    return g_string_free (out, FALSE);
  }
}

static char *
unquote (const char *value)
{
  char *copy = g_strstrip (g_strdup (value));
  gsize n = strlen (copy);

  if (n >= 2 && ((copy[0] == '"' && copy[n - 1] == '"') || (copy[0] == '\'' && copy[n - 1] == '\'')))
    {
      memmove (copy, copy + 1, n - 2);
      copy[n - 2] = '\0';
    }

  return copy;
}

/* Reads "---" YAML or "+++" TOML front matter. Returns the line index
 * after it, or 0 when there is none. Only flat "key: value" lines are
 * read; nested YAML is passed over. */
static guint
read_front_matter (char             **lines,
                   DatelineMarkdown  *markdown)
{
  static const char * const date_keys[] = {
    "date", "published", "pubdate", "publishdate", "published_at", "date_published",
    "publication_date", "datepublished",
  };
  const char *fence;
  char separator;
  guint end;

  if (lines[0] == NULL)
    return 0;

  if (g_strcmp0 (g_strchomp (lines[0]), "---") == 0)
    {
      fence = "---";
      separator = ':';
    }
  else if (g_strcmp0 (lines[0], "+++") == 0)
    {
      fence = "+++";
      separator = '=';
    }
  else
    return 0;

  for (end = 1; lines[end] != NULL; end++)
    {
      g_strchomp (lines[end]);
      if (g_strcmp0 (lines[end], fence) == 0 || (separator == ':' && g_strcmp0 (lines[end], "...") == 0))
        break;
    }
  if (lines[end] == NULL)
    return 0;

  for (guint i = 1; i < end; i++)
    {
      const char *sep = strchr (lines[i], separator);
      g_autofree char *raw_key = NULL;
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      if (sep == NULL || g_ascii_isspace (lines[i][0]))
        continue;

      raw_key = g_strndup (lines[i], sep - lines[i]);
      key = g_ascii_strdown (g_strstrip (raw_key), -1);
      value = unquote (sep + 1);
      if (*value == '\0')
        continue;

      if (g_str_equal (key, "title") && markdown->title == NULL)
        markdown->title = g_steal_pointer (&value);
      else
        for (guint k = 0; k < G_N_ELEMENTS (date_keys); k++)
          if (g_str_equal (key, date_keys[k]) && markdown->date == NULL)
            {
              markdown->date = g_steal_pointer (&value);
              break;
            }
    }

  return end + 1;
}

typedef struct {
  GString  *out;
  GString  *block;
  gboolean  block_is_item;
  gboolean  last_was_item;
  gboolean  block_is_heading;
  char     *first_heading;
  gboolean  seen_text;
} Builder;

static void
flush_block (Builder *builder)
{
  g_autofree char *text = NULL;

  if (builder->block->len == 0)
    return;

  text = strip_inline (builder->block->str);
  g_string_truncate (builder->block, 0);

  if (*text != '\0')
    {
      if (builder->block_is_heading && !builder->seen_text && builder->first_heading == NULL)
        builder->first_heading = g_strdup (text);
      builder->seen_text = TRUE;

      if (builder->out->len > 0)
        g_string_append (builder->out, builder->block_is_item && builder->last_was_item ? "\n" : "\n\n");
      g_string_append (builder->out, text);
      builder->last_was_item = builder->block_is_item;
    }

  builder->block_is_item = FALSE;
  builder->block_is_heading = FALSE;
}

static void
start_block (Builder    *builder,
             const char *text,
             gboolean    item,
             gboolean    heading)
{
  flush_block (builder);
  builder->block_is_item = item;
  builder->block_is_heading = heading;
  g_string_append (builder->block, text);
}

/* Appends a soft-wrapped line to the open paragraph: the lines of a
 * paragraph are one line of text, since a line end ends a sentence
 * downstream. A line ending in a backslash was a hard break. (Trailing
 * spaces, the other way to write one, are gone by now.) */
static void
continue_block (Builder    *builder,
                const char *line)
{
  if (builder->block->len > 0)
    {
      gboolean hard_break = builder->block->str[builder->block->len - 1] == '\\';

      if (hard_break)
        g_string_truncate (builder->block, builder->block->len - 1);
      g_string_append_c (builder->block, hard_break ? '\n' : ' ');
    }
  g_string_append (builder->block, line);
}

static guint
leading_spaces (const char *line)
{
  guint n = 0;

  for (; *line == ' ' || *line == '\t'; line++)
    n += *line == '\t' ? 4 : 1;

  return n;
}

static gboolean
is_rule (const char *line,
         char        mark)
{
  guint count = 0;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == mark)
        count++;
      else if (*p != ' ' && *p != '\t')
        return FALSE;
    }

  return count >= 3;
}

static gboolean
is_fence (const char *line,
          char       *fence_char)
{
  const char *p = line;

  while (*p == ' ')
    p++;
  if ((p[0] == '`' || p[0] == '~') && p[1] == p[0] && p[2] == p[0])
    {
      *fence_char = p[0];
      return TRUE;
    }

  return FALSE;
}

/* Table cells joined: "| Kyiv | 15 |" → "Kyiv | 15". */
static char *
table_row_text (const char *line)
{
  g_auto(GStrv) cells = g_strsplit (line, "|", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_strstrip (cells[i]);
      if (cells[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, " | ");
      g_string_append (out, cells[i]);
    }

  return g_string_free (out, FALSE);
}

DatelineMarkdown *
dateline_markdown_parse (const char *text)
{
  const Patterns *patterns = get_patterns ();
  g_auto(GStrv) lines = NULL;
  DatelineMarkdown *markdown;
  Builder builder = { NULL, };
  gboolean in_fence = FALSE;
  gboolean in_comment = FALSE;
  gboolean in_indented_code = FALSE;
  gboolean previous_blank = TRUE;
  gboolean in_list = FALSE;
  char fence_char = 0;
  guint i;

  g_return_val_if_fail (text != NULL, NULL);

  markdown = g_new0 (DatelineMarkdown, 1);
  lines = g_strsplit (text, "\n", -1);
  builder.out = g_string_new (NULL);
  builder.block = g_string_new (NULL);

  i = read_front_matter (lines, markdown);
  for (; lines[i] != NULL; i++)
    {
      char *line = g_strchomp (lines[i]);
      const char *content;
      guint indent = leading_spaces (line);
      char this_fence;
      g_autoptr(GMatchInfo) match = NULL;

      if (in_fence)
        {
          if (is_fence (line, &this_fence) && this_fence == fence_char)
            in_fence = FALSE;
          continue;
        }
      if (in_comment)
        {
          if (strstr (line, "-->") != NULL)
            in_comment = FALSE;
          continue;
        }

      if (*line == '\0')
        {
          flush_block (&builder);
          previous_blank = TRUE;
          continue;
        }

      if (is_fence (line, &fence_char))
        {
          flush_block (&builder);
          in_fence = TRUE;
          continue;
        }

      /* Code indented by four spaces after a blank line, outside a list. */
      if (indent >= 4 && (in_indented_code || (previous_blank && !in_list)))
        {
          flush_block (&builder);
          in_indented_code = TRUE;
          previous_blank = FALSE;
          continue;
        }
      in_indented_code = FALSE;

      content = line;
      while (*content == ' ' || *content == '\t')
        content++;

      /* Block quotes: the markers go, the text stays. */
      while (*content == '>')
        {
          content++;
          while (*content == ' ')
            content++;
        }

      if (g_str_has_prefix (content, "<!--") && strstr (content, "-->") == NULL)
        {
          flush_block (&builder);
          in_comment = TRUE;
          continue;
        }

      if (*content == '\0')
        {
          flush_block (&builder);
          previous_blank = TRUE;
          continue;
        }

      /* Setext underlines make the open paragraph a heading; rules are
       * breaks. */
      if (is_rule (content, '=') || (is_rule (content, '-') && builder.block->len > 0 && !builder.block_is_item))
        {
          builder.block_is_heading = TRUE;
          flush_block (&builder);
          previous_blank = TRUE;
          continue;
        }
      if (is_rule (content, '-') || is_rule (content, '*') || is_rule (content, '_'))
        {
          flush_block (&builder);
          previous_blank = TRUE;
          continue;
        }

      if (*content == '#')
        {
          const char *p = content;
          guint level = 0;

          while (*p == '#')
            {
              p++;
              level++;
            }
          if (level <= 6 && (*p == ' ' || *p == '\0'))
            {
              g_autofree char *heading = g_strstrip (g_strdup (p));
              gsize n = strlen (heading);

              /* Closing hashes: "## Talks ##". */
              while (n > 0 && heading[n - 1] == '#')
                heading[--n] = '\0';
              g_strchomp (heading);
              start_block (&builder, heading, FALSE, TRUE);
              flush_block (&builder);
              previous_blank = FALSE;
              in_list = FALSE;
              continue;
            }
        }

      /* A footnote keeps its text, not its marker: "[^1]: Text." */
      if (g_str_has_prefix (content, "[^") && strstr (content, "]:") != NULL)
        {
          start_block (&builder, strstr (content, "]:") + 2, FALSE, FALSE);
          previous_blank = FALSE;
          in_list = FALSE;
          continue;
        }

      if (g_regex_match (patterns->link_definition, content, 0, NULL))
        {
          flush_block (&builder);
          previous_blank = FALSE;
          continue;
        }

      if ((content[0] == '-' || content[0] == '*' || content[0] == '+') && (content[1] == ' ' || content[1] == '\t'))
        {
          g_autofree char *item = g_strstrip (g_strdup (content + 2));

          /* A task list's box goes too: "- [x] done". */
          if (g_str_has_prefix (item, "[ ] ") || g_str_has_prefix (item, "[x] ") || g_str_has_prefix (item, "[X] "))
            memmove (item, item + 4, strlen (item + 4) + 1);
          start_block (&builder, item, TRUE, FALSE);
          in_list = TRUE;
          previous_blank = FALSE;
          continue;
        }

      if (g_regex_match (patterns->ordered_item, content, 0, &match))
        {
          gint end = 0;

          g_match_info_fetch_pos (match, 0, NULL, &end);
          start_block (&builder, content + end, TRUE, FALSE);
          in_list = TRUE;
          previous_blank = FALSE;
          continue;
        }

      if (strchr (content, '|') != NULL && (content[0] == '|' || g_regex_match (patterns->table_separator, content, 0, NULL)))
        {
          if (!g_regex_match (patterns->table_separator, content, 0, NULL))
            {
              g_autofree char *row = table_row_text (content);
              start_block (&builder, row, TRUE, FALSE);
              flush_block (&builder);
            }
          previous_blank = FALSE;
          continue;
        }

      /* Ordinary text: a new paragraph after a blank line, else the open
       * block goes on (a list item's continuation line too). */
      if (previous_blank && !(in_list && indent >= 2))
        {
          start_block (&builder, content, FALSE, FALSE);
          in_list = FALSE;
        }
      else if (builder.block->len == 0)
        start_block (&builder, content, FALSE, FALSE);
      else
        continue_block (&builder, content);

      previous_blank = FALSE;
    }

  flush_block (&builder);

  markdown->text = g_string_free (builder.out, FALSE);
  g_string_free (builder.block, TRUE);
  if (markdown->title == NULL)
    markdown->title = g_steal_pointer (&builder.first_heading);
  g_free (builder.first_heading);

  return markdown;
}
