/* dateline-actor-tokens.c — tokens, folding and slugs for actor recognition
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The recognizer works on tokens rather than on bytes so that the gazetteer
 * (tokenized the same way when it is loaded) can be matched with a trie of
 * word ids: one hash lookup per token in the text, no regular expressions.
 * A token is a word (letters and digits, with inner apostrophes:
 * "O'Brien", "don't"), a dotted acronym ("U.S.", "D.C."), a possessive
 * "'s", or one punctuation character.  Hyphens are tokens of their own, so
 * that "Russia-Ukraine" holds two names and "Secretary-General" matches a
 * title written either way.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-actors-private.h"
#include "dateline-segment.h"

static inline gboolean
is_apostrophe (gunichar ch)
{
  return ch == '\'' || ch == 0x2019 || ch == 0x02BC;
}

static inline gboolean
is_space (gunichar ch)
{
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'
         || ch == '\v' || ch == 0x00A0 || (ch >= 0x2000 && ch <= 0x200B)
         || ch == 0x202F || ch == 0x205F || ch == 0x3000 || ch == 0xFEFF;
}

static inline gboolean
is_word_char (gunichar ch)
{
  if (ch < 0x80)
    return g_ascii_isalnum (ch);
  return g_unichar_isalnum (ch) || g_unichar_ismark (ch);
}

static inline gboolean
is_letter (gunichar ch)
{
  if (ch < 0x80)
    return g_ascii_isalpha (ch);
  return g_unichar_isalpha (ch);
}

static inline gunichar
char_at (const char *text,
         gsize       length,
         gsize       p)
{
  if (p >= length)
    return 0;
  if ((guchar) text[p] < 0x80)
    return (guchar) text[p];
  return g_utf8_get_char_validated (text + p, length - p);
}

static inline gsize
char_len (const char *text,
          gsize       p)
{
  if ((guchar) text[p] < 0x80)
    return 1;
  return g_utf8_next_char (text + p) - (text + p);
}

/* Letters that Unicode decomposition leaves alone but that readers of
 * English news treat as plain letters ("Łukasz", "Støre", "Weiß"). */
static const char *
fold_special (gunichar ch)
{
  switch (ch)
    {
    case 0x00DF: return "ss";
    case 0x00E6: case 0x00C6: return "ae";
    case 0x0153: case 0x0152: return "oe";
    case 0x00F8: case 0x00D8: return "o";
    case 0x0142: case 0x0141: return "l";
    case 0x0111: case 0x0110: case 0x00F0: case 0x00D0: return "d";
    case 0x0131: return "i";
    case 0x00FE: case 0x00DE: return "th";
    case 0x2019: case 0x2018: case 0x02BC: case 0x0060: case 0x00B4: return "'";
    case 0x2010: case 0x2011: return "-";
    default: return NULL;
    }
}

static char *
fold_slow (const char *word,
           gsize       length)
{
  g_autofree char *nfd = g_utf8_normalize (word, length, G_NORMALIZE_NFD);
  GString *out = g_string_sized_new (length);

  if (nfd == NULL)
    {
      /* Invalid UTF-8 cannot come from an article (ingest validates), but
       * fold it bytewise rather than fail. */
      for (gsize i = 0; i < length; i++)
        g_string_append_c (out, g_ascii_tolower (word[i]));
      return g_string_free (out, FALSE);
    }

  for (const char *p = nfd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      const char *special;

      if (g_unichar_ismark (ch))
        continue;
      if ((special = fold_special (ch)) != NULL)
        {
          g_string_append (out, special);
          continue;
        }
      g_string_append_unichar (out, g_unichar_tolower (ch));
    }

  return g_string_free (out, FALSE);
}

const char *
actor_fold_word (const char  *word,
                 gsize        length,
                 char        *buf,
                 gsize        buf_size,
                 char       **heap)
{
  *heap = NULL;

  /* Nearly every word of English news is ASCII: fold it in place. */
  if (length < buf_size)
    {
      gsize i;

      for (i = 0; i < length; i++)
        {
          guchar c = word[i];

          if (c >= 0x80)
            break;
          buf[i] = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
        }
      if (i == length)
        {
          buf[length] = '\0';
          return buf;
        }
    }

  *heap = fold_slow (word, length);
  return *heap;
}

char *
actor_slugify (const char *name,
               gssize      length)
{
  g_autofree char *heap = NULL;
  char buf[FOLD_BUF];
  const char *folded;
  GString *slug;
  gboolean pending_dash = FALSE;

  if (length < 0)
    length = strlen (name);

  folded = actor_fold_word (name, length, buf, sizeof buf, &heap);
  slug = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '\'')
        continue;
      if (c < 0x80 && g_ascii_isalnum (c))
        {
          if (pending_dash && slug->len > 0)
            g_string_append_c (slug, '-');
          pending_dash = FALSE;
          g_string_append_c (slug, c);
        }
      else
        pending_dash = TRUE;
    }

  return g_string_free (slug, FALSE);
}

/* The length of an English contraction at @p (after an apostrophe):
 * "ve", "ll", "re", "d", "m", "t", in either case, ending the word. */
static gsize
clitic_len (const char *text,
            gsize       length,
            gsize       p)
{
  static const char * const clitics[] = { "ve", "ll", "re", "d", "m", "t" };

  for (guint i = 0; i < G_N_ELEMENTS (clitics); i++)
    {
      gsize n = strlen (clitics[i]);

      if (p + n <= length && g_ascii_strncasecmp (text + p, clitics[i], n) == 0
          && (p + n == length || !is_word_char (char_at (text, length, p + n))))
        return n;
    }

  return 0;
}

/* A dotted acronym at @p: two or more "letter ." pairs ("U.S.", "D.C.",
 * "a.m."). Returns its byte length, or 0. */
static gsize
dotted_acronym_len (const char *text,
                    gsize       length,
                    gsize       p)
{
  gsize q = p;
  guint pairs = 0;

  while (q + 1 < length && g_ascii_isalpha (text[q]) && text[q + 1] == '.')
    {
      pairs++;
      q += 2;
    }

  /* "U.S" is not followed by another letter: "U.Sanctions" is no acronym. */
  if (pairs >= 2 && (q >= length || !is_word_char (char_at (text, length, q))))
    return q - p;

  return 0;
}

static void
set_word_shape (ActorToken *token,
                const char *text)
{
  const char *p = text + token->start;
  const char *end = text + token->end;
  gunichar first = g_utf8_get_char (p);
  guint letters = 0, upper = 0, lower = 0;
  gboolean ascii = TRUE;

  for (const char *q = p; q < end; q++)
    if ((guchar) *q >= 0x80)
      ascii = FALSE;

  if (ascii)
    {
      /* The common case, without a Unicode table lookup per letter. */
      if (g_ascii_isupper (*p))
        token->flags |= TOKEN_CAPITALISED;
      else if (g_ascii_islower (*p))
        token->flags |= TOKEN_LOWER;
      else if (g_ascii_isdigit (*p))
        token->flags |= TOKEN_DIGIT;
      for (; p < end; p++)
        {
          if (g_ascii_isupper (*p))
            letters++, upper++;
          else if (g_ascii_islower (*p))
            {
              lower++;
              break;   /* not all capitals: nothing more to learn */
            }
        }
      if (lower == 0 && upper >= 2)
        token->flags |= TOKEN_ALL_CAPS;
      return;
    }

  if (g_unichar_isupper (first) || g_unichar_istitle (first))
    token->flags |= TOKEN_CAPITALISED;
  else if (g_unichar_islower (first))
    token->flags |= TOKEN_LOWER;
  else if (g_unichar_isdigit (first))
    token->flags |= TOKEN_DIGIT;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (!is_letter (ch))
        continue;
      letters++;
      if (g_unichar_isupper (ch))
        upper++;
      else if (g_unichar_islower (ch))
        lower++;
    }

  if (letters >= 2 && lower == 0 && upper >= 2)
    token->flags |= TOKEN_ALL_CAPS;
}

/* The raw tokens of @text: spans, shapes and layout flags, no vocabulary. */
static void
tokenize_raw (const char *text,
              gsize       length,
              GArray     *out)
{
  gsize p = 0;
  guint newlines = 2;   /* the text starts a paragraph */
  gboolean space_before = TRUE;

  while (p < length)
    {
      gunichar ch = char_at (text, length, p);
      ActorToken token = { 0, };

      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        {
          /* Not UTF-8: step over the byte. */
          p++;
          space_before = TRUE;
          continue;
        }

      if (is_space (ch))
        {
          if (ch == '\n')
            newlines++;
          space_before = TRUE;
          p += char_len (text, p);
          continue;
        }

      token.start = p;
      token.ch = ch;
      if (space_before)
        token.flags |= TOKEN_SPACE_BEFORE;
      if (newlines > 0)
        token.flags |= TOKEN_LINE_START;
      if (newlines > 1)
        token.flags |= TOKEN_PARAGRAPH;

      if (is_word_char (ch))
        {
          gsize acronym = dotted_acronym_len (text, length, p);
          gsize q = p;

          if (acronym > 0)
            q = p + acronym;
          else
            {
              while (q < length)
                {
                  gunichar c = char_at (text, length, q);
                  gsize clen;

                  if (c == (gunichar) -1 || c == (gunichar) -2)
                    break;
                  clen = char_len (text, q);
                  if (is_word_char (c))
                    {
                      q += clen;
                      continue;
                    }
                  if (is_apostrophe (c) && q > p)
                    {
                      gunichar next = char_at (text, length, q + clen);
                      gunichar after;

                      if (!is_letter (next))
                        break;
                      after = char_at (text, length, q + clen + 1);
                      /* "Trump's" splits: the possessive is its own token. */
                      if ((next == 's' || next == 'S') && !is_word_char (after))
                        break;
                      /* So do "They've", "we'll", "don't": "They" is the
                       * word the tables know. */
                      if (clitic_len (text, length, q + clen) > 0)
                        break;
                      q += clen;
                      continue;
                    }
                  /* "News.Az", "Amazon.com": a dot between letters with no
                   * space is part of the name, not a full stop. */
                  if (c == '.' && q - p >= 2 && is_letter (char_at (text, length, q + 1))
                      && is_letter (char_at (text, length, q - 1)))
                    {
                      gsize r = q + 1;

                      while (r < length && is_word_char (char_at (text, length, r)))
                        r += char_len (text, r);
                      /* A lower-case letter after the dot: a domain or a
                       * name ("News.Az" has an upper-case one too, but
                       * "ended.The" is a missing space). */
                      if (g_unichar_islower (char_at (text, length, q + 1))
                          || (r - q <= 3 && r < length && is_space (char_at (text, length, r))))
                        {
                          q = r;
                          continue;
                        }
                    }
                  break;
                }
            }

          token.end = q;
          token.flags |= TOKEN_WORD;
          set_word_shape (&token, text);
          g_array_append_val (out, token);
          p = q;

          /* A contraction after the word: a token of its own, never part
           * of a name. */
          if (p < length && is_apostrophe (char_at (text, length, p)))
            {
              gsize alen = char_len (text, p);
              gsize clitic = clitic_len (text, length, p + alen);

              if (clitic > 0)
                {
                  ActorToken part = { 0, };

                  part.start = p;
                  part.end = p + alen + clitic;
                  part.ch = '\'';
                  part.flags = TOKEN_PUNCT | TOKEN_CLITIC;
                  part.word = WORD_NONE;
                  g_array_append_val (out, part);
                  p = part.end;
                }
            }

          /* The possessive "'s" as a token of its own. */
          if (p < length && is_apostrophe (char_at (text, length, p)))
            {
              gsize alen = char_len (text, p);
              gunichar next = char_at (text, length, p + alen);

              if ((next == 's' || next == 'S') && !is_word_char (char_at (text, length, p + alen + 1)))
                {
                  ActorToken poss = { 0, };

                  poss.start = p;
                  poss.end = p + alen + 1;
                  poss.ch = '\'';
                  poss.flags = TOKEN_POSSESSIVE | TOKEN_PUNCT;
                  poss.word = WORD_NONE;
                  g_array_append_val (out, poss);
                  p = poss.end;
                }
            }
        }
      else
        {
          token.end = p + char_len (text, p);
          token.flags |= TOKEN_PUNCT;
          g_array_append_val (out, token);
          p = token.end;
        }

      space_before = FALSE;
      newlines = 0;
    }
}

static gint32
lookup_token_word (const ActorGazetteer *gazetteer,
                   const char           *text,
                   const ActorToken     *token)
{
  g_autofree char *heap = NULL;
  char buf[FOLD_BUF];
  const char *folded;

  if ((token->flags & TOKEN_PUNCT) && token->ch < 0x80 && !(token->flags & TOKEN_POSSESSIVE))
    return gazetteer->punct_word[token->ch];
  folded = actor_fold_word (text + token->start, token->end - token->start,
                            buf, sizeof buf, &heap);
  return actor_gazetteer_lookup_word (gazetteer, folded);
}

static inline gboolean
is_opening_quote (gunichar ch)
{
  return ch == '"' || ch == 0x201C || ch == 0x2018 || ch == 0x00AB || ch == '\''
         || ch == '(' || ch == '[';
}

/* Title-case lines ("Northrop Grumman and Airbus Parent EADS Defeat
 * Boeing") and lines in capitals: there a capital letter says nothing, so
 * only the gazetteer and names the body of the article has established are
 * recognised in them. */
static void
mark_headlines (const ActorGazetteer *gazetteer,
                GArray               *tokens)
{
  guint line_start = 0;

  while (line_start < tokens->len)
    {
      guint line_end = line_start + 1;
      guint words = 0, capitalised = 0, lower_content = 0, caps = 0, lower_any = 0;
      guint32 mark = 0;

      while (line_end < tokens->len
             && !(g_array_index (tokens, ActorToken, line_end).flags & TOKEN_LINE_START))
        line_end++;

      for (guint i = line_start; i < line_end; i++)
        {
          const ActorToken *t = &g_array_index (tokens, ActorToken, i);

          if (!(t->flags & TOKEN_WORD) || (t->flags & TOKEN_DIGIT))
            continue;
          words++;
          if (t->flags & TOKEN_CAPITALISED)
            capitalised++;
          if (t->flags & TOKEN_ALL_CAPS)
            caps++;
          if (t->flags & TOKEN_LOWER)
            {
              lower_any++;
              if (!(actor_gazetteer_word_classes (gazetteer, t->word) & (WORD_STOP | WORD_PARTICLE)))
                lower_content++;
            }
        }

      if (words >= 3 && lower_any == 0 && caps * 4 >= words * 3)
        mark = TOKEN_CAPS_LINE | TOKEN_HEADLINE;
      else if (words >= 3 && lower_content == 0 && capitalised * 2 > words)
        mark = TOKEN_HEADLINE;

      if (mark != 0)
        for (guint i = line_start; i < line_end; i++)
          g_array_index (tokens, ActorToken, i).flags |= mark;

      line_start = line_end;
    }
}

static void
mark_sentence_starts (const char *text,
                      gsize       length,
                      GArray     *tokens)
{
  g_autoptr(GArray) sentences = dateline_segment_sentences (text, length);
  guint t = 0;

  for (guint s = 0; s < sentences->len; s++)
    {
      const DatelineSpan *span = &g_array_index (sentences, DatelineSpan, s);

      while (t < tokens->len && g_array_index (tokens, ActorToken, t).start < span->start)
        t++;
      /* The first word, past opening quotes and brackets. */
      for (guint u = t; u < tokens->len; u++)
        {
          ActorToken *token = &g_array_index (tokens, ActorToken, u);

          if (token->start >= span->end)
            break;
          if (token->flags & TOKEN_WORD)
            {
              token->flags |= TOKEN_SENTENCE_START;
              break;
            }
        }
    }

  /* A quotation or a colon may open a sentence of its own mid-sentence
   * ("Rubio said: “There’s been no real movement”"). */
  for (guint i = 1; i < tokens->len; i++)
    {
      ActorToken *token = &g_array_index (tokens, ActorToken, i);
      const ActorToken *prev = &g_array_index (tokens, ActorToken, i - 1);

      if (!(token->flags & TOKEN_WORD))
        continue;
      if ((is_opening_quote (prev->ch) && (prev->flags & (TOKEN_SPACE_BEFORE | TOKEN_LINE_START)))
          || prev->ch == ':' || prev->ch == 0x2014 || prev->ch == 0x2013)
        token->flags |= TOKEN_SENTENCE_START;
      if (token->flags & TOKEN_LINE_START)
        token->flags |= TOKEN_SENTENCE_START;
    }
  if (tokens->len > 0)
    g_array_index (tokens, ActorToken, 0).flags |= TOKEN_SENTENCE_START;
}

GArray *
actor_tokenize (const ActorGazetteer *gazetteer,
                const char           *text,
                gsize                 length,
                gboolean              mark_sentences)
{
  GArray *tokens = g_array_sized_new (FALSE, FALSE, sizeof (ActorToken), length / 5 + 16);

  tokenize_raw (text, length, tokens);

  for (guint i = 0; i < tokens->len; i++)
    {
      ActorToken *token = &g_array_index (tokens, ActorToken, i);

      token->word = gazetteer != NULL ? lookup_token_word (gazetteer, text, token) : WORD_NONE;
    }

  if (gazetteer != NULL && mark_sentences)
    {
      mark_sentence_starts (text, length, tokens);
      mark_headlines (gazetteer, tokens);
    }

  return tokens;
}

GArray *
actor_tokenize_plain (const char *text,
                      gsize       length)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (ActorToken));

  tokenize_raw (text, length, tokens);
  for (guint i = 0; i < tokens->len; i++)
    g_array_index (tokens, ActorToken, i).word = WORD_NONE;

  return tokens;
}
