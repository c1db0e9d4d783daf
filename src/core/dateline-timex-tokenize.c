/* dateline-timex-tokenize.c — the tokens the temporal tagger works on
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-timex-private.h"

/* Numbers beyond this are not dates, durations or counts we care about. */
#define NUMBER_SATURATION 1000000000

static gboolean
is_unicode_space (gunichar ch)
{
  return ch == 0x00A0 || (ch >= 0x2000 && ch <= 0x200B) || ch == 0x202F
         || ch == 0x205F || ch == 0x3000 || ch == 0xFEFF;
}

/* Curly quotes and dashes behave like their ASCII forms for our patterns:
 * "Kyiv’s" is a possessive, "2019–2021" a range. */
static gunichar
fold_punctuation (gunichar ch)
{
  switch (ch)
    {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
      return '-';
    default:
      return ch;
    }
}

/* Decodes the character at @p; returns its length in bytes (1 for an
 * invalid byte, which becomes U+FFFD). */
static gsize
decode_char (const char *text,
             gsize       p,
             gsize       end,
             gunichar   *ch)
{
  gunichar u = g_utf8_get_char_validated (text + p, (gssize) (end - p));

  if (u == (gunichar) -1 || u == (gunichar) -2)
    {
      *ch = 0xFFFD;
      return 1;
    }

  *ch = u;
  return (gsize) (g_utf8_next_char (text + p) - (text + p));
}

static gsize
scan_word (const char *text,
           gsize       p,
           gsize       end,
           gboolean   *ascii)
{
  *ascii = TRUE;

  while (p < end)
    {
      guchar c = text[p];

      if (g_ascii_isalpha (c))
        p++;
      else if (c >= 0x80)
        {
          gunichar u;
          gsize n = decode_char (text, p, end, &u);

          if (!g_unichar_isalpha (u))
            break;
          *ascii = FALSE;
          p += n;
        }
      else
        break;
    }

  return p;
}

static gsize
scan_number (const char *text,
             gsize       p,
             gsize       end,
             TimexToken *token)
{
  gint64 value = 0;
  guint n_digits = 0;

  while (p < end && g_ascii_isdigit (text[p]))
    {
      if (value < NUMBER_SATURATION)
        value = value * 10 + (text[p] - '0');
      n_digits++;
      p++;
    }

  /* Thousands separators: "1,000", "12,500,000" (but "31,2025" is not). */
  while (p + 3 < end && text[p] == ',' && g_ascii_isdigit (text[p + 1])
         && g_ascii_isdigit (text[p + 2]) && g_ascii_isdigit (text[p + 3])
         && (p + 4 >= end || !g_ascii_isdigit (text[p + 4])) && n_digits <= 3)
    {
      for (guint k = 1; k <= 3; k++)
        if (value < NUMBER_SATURATION)
          value = value * 10 + (text[p + k] - '0');
      token->flags |= TIMEX_TOKEN_GROUPED;
      p += 4;
    }

  /* A fraction: "3.5", "0.25". */
  if (p + 1 < end && text[p] == '.' && g_ascii_isdigit (text[p + 1]))
    {
      p++;
      while (p < end && g_ascii_isdigit (text[p]))
        p++;
      token->flags |= TIMEX_TOKEN_DECIMAL;
    }

  token->number = (gint32) MIN (value, (gint64) NUMBER_SATURATION);
  token->n_digits = (guint8) MIN (n_digits, 255u);
  return p;
}

/**
 * dateline_timex_tokenize:
 *
 * Splits text[start:end] into words (runs of letters), numbers (digits,
 * with thousands separators and a fraction folded in) and single
 * punctuation characters; white space only sets a flag on the next token.
 * Every word is looked up in the lexicon here, once.
 */
void
dateline_timex_tokenize (const char *text,
                         gsize       start,
                         gsize       end,
                         GArray     *tokens)
{
  gboolean space_before = TRUE;
  gboolean sentence_start = TRUE;
  gsize p = start;

  while (p < end)
    {
      guchar c = text[p];
      TimexToken token = { 0, };
      gunichar ch = c;
      gsize ch_len = 1;

      if (c < 0x80 && g_ascii_isspace (c))
        {
          space_before = TRUE;
          p++;
          continue;
        }
      if (c >= 0x80)
        {
          ch_len = decode_char (text, p, end, &ch);
          if (is_unicode_space (ch))
            {
              space_before = TRUE;
              p += ch_len;
              continue;
            }
        }

      token.start = (guint) p;
      token.flags = space_before ? TIMEX_TOKEN_SPACE_BEFORE : 0;
      space_before = FALSE;

      if (g_ascii_isalpha (c) || (c >= 0x80 && g_unichar_isalpha (ch)))
        {
          gboolean ascii;

          token.kind = TIMEX_TOKEN_WORD;
          p = scan_word (text, p, end, &ascii);
          if (c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (ch))
            {
              gsize k = token.start + 1;

              token.flags |= TIMEX_TOKEN_CAPITALISED;
              while (k < p && g_ascii_isupper (text[k]))
                k++;
              if (k == p && ascii)
                token.flags |= TIMEX_TOKEN_ALL_CAPS;
            }
          if (ascii)
            token.lex = dateline_timex_lexicon_lookup (text + token.start, p - token.start);
        }
      else if (g_ascii_isdigit (c))
        {
          token.kind = TIMEX_TOKEN_NUMBER;
          p = scan_number (text, p, end, &token);
        }
      else
        {
          token.kind = TIMEX_TOKEN_PUNCT;
          token.ch = fold_punctuation (ch);
          p += ch_len;
        }

      token.end = (guint) p;
      if (sentence_start && token.kind != TIMEX_TOKEN_PUNCT)
        {
          token.flags |= TIMEX_TOKEN_SENTENCE_START;
          sentence_start = FALSE;
        }
      g_array_append_val (tokens, token);
    }
}
