/* dateline-segment.c — sentence segmentation of news text
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dateline-segment.h"

/* The segmenter is a single forward pass over the bytes. Only the few
 * places where a sentence could end ('.', '?', '!', an ellipsis, a line
 * break) are looked at more closely, and then only a handful of bytes
 * around them: the word before the full stop and the word after it. No
 * memory is allocated except the output array.
 *
 * The rules follow how news copy is written: a line break always ends a
 * sentence (headlines, datelines and paragraphs stand on their own lines);
 * a terminator followed by a lower-case word never does ("Why?" he asked);
 * a full stop after a title ("Sen.", "Dr.") never does; after a dotted
 * acronym ("U.S.", "p.m.") or an initial ("W.") it does only when the next
 * word is one that typically opens a sentence ("The", "He", "But"…). */

/* Longest word we bother comparing with the abbreviation tables. */
#define MAX_ABBREV_LEN 8

/* Longest sentence, in bytes. Text with no sentence end for pages (a
 * 10 MB line of scraped text) is cut into windows of this size, so that
 * every later stage (the tagger, the extractor, a passage shown in the
 * source panel) works on bounded pieces. Far above any sentence of news
 * prose. */
#define MAX_SENTENCE_BYTES 4096

/* Titles before a name: a full stop after them never ends a sentence. */
static const char * const titles[] = {
  "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Sen",
  "Sens", "Rep", "Reps", "Gov", "Gen", "Gens", "Lt", "Col", "Maj", "Capt",
  "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Brig", "Rev", "Fr", "Msgr", "Hon",
  "Pres", "Amb", "Supt", "Det", "Insp", "Atty", "Mt", "Ft", "Sr", "Sra",
  "vs", "Nos", "approx", "cf", "viz",
  NULL
};

/* Abbreviations that usually precede a number ("Jan. 5", "No. 10"): no
 * break before a digit; otherwise they are treated like "Inc." below. */
static const char * const number_prefixes[] = {
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
  "Nov", "Dec", "No", "Art", "Vol", "Fig", "Ch", "Sec", "Para", "pp", "p",
  "Ave", "Blvd", "Rd", "St",
  NULL
};

/* Abbreviations that may end a sentence as well as sit inside one
 * ("Acme Inc. said…" vs "…bought by Acme Inc. The deal…"). */
static const char * const trailing_abbrevs[] = {
  "Inc", "Corp", "Ltd", "Co", "Jr", "Bros", "Plc", "etc", "al", "Esq",
  NULL
};

/* Words that typically open a sentence. After an ambiguous full stop
 * ("U.S.", "Inc.", an initial) a break is made only before one of these:
 * "the U.S. The talks…" splits, "U.S. Secretary of State" does not. */
static const char * const sentence_openers[] = {
  "A", "According", "After", "Afterwards", "Again", "All", "Also",
  "Although", "Among", "An", "And", "Another", "Any", "As", "Asked", "At",
  "Because", "Before", "Both", "But", "By", "Despite", "During", "Each",
  "Earlier", "Even", "Every", "Few", "For", "From", "He", "Her", "Here",
  "His", "How", "However", "I", "If", "In", "It", "Its", "Last", "Later",
  "Many", "Meanwhile", "More", "Most", "Much", "My", "Neither", "No", "Nor",
  "Not", "Now", "Officials", "On", "One", "Only", "Or", "Other", "Our",
  "Over", "Several", "She", "Since", "So", "Some", "Speaking", "Still",
  "Such", "That", "The", "Their", "Then", "There", "These", "They", "This",
  "Those", "Though", "Thus", "To", "Two", "Under", "Until", "We", "What",
  "When", "Where", "Whether", "While", "Who", "Why", "With", "Yet", "You",
  NULL
};

/* Verbs of saying: "“Why now?” Rubio asked." is one sentence. */
static const char * const speech_verbs[] = {
  "said", "says", "asked", "asks", "added", "adds", "told", "tells",
  "stated", "states", "wrote", "writes", "replied", "explained", "insisted",
  "warned", "declared", "noted", "tweeted", "posted", "continued",
  "concluded", "recalled", "remarked", "shouted", "answered",
  NULL
};

static gboolean
word_in_table (const char         *word,
               gsize               word_len,
               const char * const *table)
{
  /* The first letter rules out nearly every entry before strncmp ():
   * this runs at every full stop of every article. */
  for (guint i = 0; table[i] != NULL; i++)
    {
      if (table[i][0] == word[0] && strncmp (table[i], word, word_len) == 0
          && table[i][word_len] == '\0')
        return TRUE;
    }

  return FALSE;
}

static inline gboolean
is_ascii_letter_or_digit (guchar c)
{
  return g_ascii_isalnum (c);
}

/* Horizontal white space, including U+00A0 NO-BREAK SPACE which pasted
 * web text is full of. Returns the byte length of the space at @p, or 0. */
static inline gsize
horizontal_space_len (const char *text,
                      gsize       len,
                      gsize       p)
{
  guchar c = text[p];

  if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
    return 1;
  if (c == 0xC2 && p + 1 < len && (guchar) text[p + 1] == 0xA0)
    return 2;

  return 0;
}

static inline gboolean
is_line_break (guchar c)
{
  return c == '\n' || c == '\r';
}

/* U+2026 HORIZONTAL ELLIPSIS is E2 80 A6. */
static inline gboolean
is_ellipsis_char (const char *text,
                  gsize       len,
                  gsize       p)
{
  return p + 2 < len
         && (guchar) text[p] == 0xE2
         && (guchar) text[p + 1] == 0x80
         && (guchar) text[p + 2] == 0xA6;
}

/* Closing quotes and brackets that belong to the sentence they follow:
 * ASCII " ' ) ] and U+2019 ’, U+201D ”, U+00BB ». Returns the byte length
 * of the closer at @p, or 0. */
static inline gsize
closer_len (const char *text,
            gsize       len,
            gsize       p,
            gboolean   *is_quote)
{
  guchar c = text[p];

  if (c == '"' || c == '\'')
    {
      *is_quote = TRUE;
      return 1;
    }
  if (c == ')' || c == ']')
    return 1;
  if (c == 0xE2 && p + 2 < len && (guchar) text[p + 1] == 0x80
      && ((guchar) text[p + 2] == 0x99 || (guchar) text[p + 2] == 0x9D))
    {
      *is_quote = TRUE;
      return 3;
    }
  if (c == 0xC2 && p + 1 < len && (guchar) text[p + 1] == 0xBB)
    {
      *is_quote = TRUE;
      return 2;
    }

  return 0;
}

/* The ASCII word starting at @p: letters only. */
static gsize
word_length_at (const char *text,
                gsize       len,
                gsize       p)
{
  gsize q = p;

  while (q < len && g_ascii_isalpha (text[q]))
    q++;

  return q - p;
}

/* After a quotation closed by a terminator, "Rubio asked." or "Foreign
 * Minister Sergei Lavrov said." continues the sentence: up to four
 * capitalised words followed by a verb of saying. */
static gboolean
attribution_follows (const char *text,
                     gsize       len,
                     gsize       p)
{
  for (guint words = 0; words < 5 && p < len; words++)
    {
      gsize wlen = word_length_at (text, len, p);
      gsize sp;

      if (wlen == 0)
        return FALSE;
      if (words > 0 && word_in_table (text + p, wlen, speech_verbs))
        return TRUE;
      if (!g_ascii_isupper (text[p]))
        return FALSE;

      p += wlen;
      if (p >= len || (sp = horizontal_space_len (text, len, p)) == 0)
        return FALSE;
      p += sp;
    }

  return FALSE;
}

/* Decides whether the run of terminators starting at @p ends a sentence.
 * Returns the offset just past the sentence (terminators and closing quotes
 * included), or 0 when the sentence goes on. @sentence_start bounds the
 * look-back for the word before the full stop. */
static gsize
sentence_end_at (const char *text,
                 gsize       len,
                 gsize       sentence_start,
                 gsize       p)
{
  gsize q = p;
  guint dots = 0;
  gboolean ellipsis = FALSE;
  gboolean other_terminator = FALSE;
  gboolean quoted = FALSE;
  gsize after;
  gsize next;
  gsize word_start;
  gsize word_len;
  gsize next_word_len;
  gboolean dotted = FALSE;

  /* The run of terminators: "?!", "...", "…", ".”" */
  while (q < len)
    {
      if (text[q] == '.')
        {
          dots++;
          q++;
        }
      else if (text[q] == '?' || text[q] == '!')
        {
          other_terminator = TRUE;
          q++;
        }
      else if (is_ellipsis_char (text, len, q))
        {
          ellipsis = TRUE;
          q += 3;
        }
      else
        break;
    }
  if (dots >= 2)
    ellipsis = TRUE;

  /* Closing quotes and brackets belong to the sentence. */
  while (q < len)
    {
      gsize cl = closer_len (text, len, q, &quoted);

      if (cl == 0)
        break;
      q += cl;
    }
  after = q;

  if (after >= len || is_line_break (text[after]))
    return after;

  /* "U.S.-led", "3.5", "News.Az", "…," — no white space, no break. */
  if (horizontal_space_len (text, len, after) == 0)
    return 0;

  next = after;
  while (next < len)
    {
      gsize sp = horizontal_space_len (text, len, next);

      if (sp == 0)
        break;
      next += sp;
    }
  if (next >= len || is_line_break (text[next]))
    return after;

  /* A lower-case continuation never starts a sentence:
   * "“Why?” he asked", "approx. five", "the plan was … unclear". */
  if (g_ascii_islower (text[next]))
    return 0;

  next_word_len = word_length_at (text, len, next);

  if (quoted && attribution_follows (text, len, next))
    return 0;

  if (ellipsis || other_terminator || dots != 1)
    return after;

  /* A single full stop: look at the word before it. */
  word_start = p;
  while (word_start > sentence_start
         && p - word_start <= MAX_ABBREV_LEN
         && (is_ascii_letter_or_digit (text[word_start - 1])
             || text[word_start - 1] == '.'))
    word_start--;
  while (word_start < p && text[word_start] == '.')
    word_start++;
  word_len = p - word_start;

  if (word_len == 0 || word_len > MAX_ABBREV_LEN)
    return after;

  for (gsize i = word_start; i < p; i++)
    if (text[i] == '.')
      dotted = TRUE;

  if (dotted)
    {
      /* "e.g." and "i.e." introduce the rest of the sentence. */
      if (word_len == 3 && (memcmp (text + word_start, "e.g", 3) == 0
                            || memcmp (text + word_start, "i.e", 3) == 0))
        return 0;
      /* "U.S.", "J.D.", "p.m.": only before a typical sentence opener. */
      return word_in_table (text + next, next_word_len, sentence_openers) ? after : 0;
    }

  /* An initial: "George W. Bush". */
  if (word_len == 1 && g_ascii_isupper (text[word_start]))
    return word_in_table (text + next, next_word_len, sentence_openers) ? after : 0;

  if (word_in_table (text + word_start, word_len, titles))
    return 0;

  if (word_in_table (text + word_start, word_len, number_prefixes))
    {
      if (g_ascii_isdigit (text[next]))
        return 0;
      return word_in_table (text + next, next_word_len, sentence_openers) ? after : 0;
    }

  if (word_in_table (text + word_start, word_len, trailing_abbrevs))
    return word_in_table (text + next, next_word_len, sentence_openers) ? after : 0;

  return after;
}

static void
append_trimmed (GArray     *spans,
                const char *text,
                gsize       len,
                gsize       start,
                gsize       end)
{
  DatelineSpan span;

  g_assert (end <= len);

  for (;;)
    {
      gsize sp;

      if (start >= end)
        return;
      if (is_line_break (text[start]))
        sp = 1;
      else
        sp = horizontal_space_len (text, len, start);
      if (sp == 0)
        break;
      start += sp;
    }

  for (;;)
    {
      guchar c = text[end - 1];

      if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || is_line_break (c))
        end--;
      else if (c == 0xA0 && end - start >= 2 && (guchar) text[end - 2] == 0xC2)
        end -= 2;
      else
        break;
      if (end <= start)
        return;
    }

  span.start = start;
  span.end = end;
  g_array_append_val (spans, span);
}

/* Where to cut a sentence that reached MAX_SENTENCE_BYTES at @i: after a
 * comma or semicolon and its space in the last half of the window, else
 * after a space, else (no space for 2 KB) at a character boundary. */
static gsize
window_cut (const char *text,
            gsize       start,
            gsize       i)
{
  gsize floor = start + MAX_SENTENCE_BYTES / 2;

  for (gsize j = i; j > floor; j--)
    if (text[j - 1] == ' ' && (text[j - 2] == ',' || text[j - 2] == ';'))
      return j;
  for (gsize j = i; j > floor; j--)
    if (text[j - 1] == ' ')
      return j;
  while (i > floor && ((guchar) text[i] & 0xC0) == 0x80)
    i--;
  return i;
}

/**
 * dateline_segment_sentences:
 * @text: UTF-8 text
 * @length: length of @text in bytes, or -1 if NUL-terminated
 *
 * Splits @text into sentences; see dateline-segment.h for the rules.
 *
 * Returns: (transfer full) (element-type DatelineSpan): byte spans in text
 *   order, trimmed, never empty
 */
GArray *
dateline_segment_sentences (const char *text,
                            gssize      length)
{
  GArray *spans;
  gsize len;
  gsize start = 0;
  gsize i = 0;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  len = length < 0 ? strlen (text) : (gsize) length;
  spans = g_array_sized_new (FALSE, FALSE, sizeof (DatelineSpan), len / 100 + 4);

  while (i < len)
    {
      guchar c = text[i];

      if (i - start >= MAX_SENTENCE_BYTES)
        {
          gsize cut = window_cut (text, start, i);

          append_trimmed (spans, text, len, start, cut);
          start = cut;
          continue;
        }

      if (is_line_break (c))
        {
          append_trimmed (spans, text, len, start, i);
          start = ++i;
        }
      else if (c == '.' || c == '?' || c == '!' || (c == 0xE2 && is_ellipsis_char (text, len, i)))
        {
          gsize end = sentence_end_at (text, len, start, i);

          if (end > 0)
            {
              append_trimmed (spans, text, len, start, end);
              start = i = end;
            }
          else
            {
              /* Skip the whole terminator run so "..." is judged once. */
              do
                i += (guchar) text[i] == 0xE2 ? 3 : 1;
              while (i < len && (text[i] == '.' || text[i] == '?' || text[i] == '!'
                                 || is_ellipsis_char (text, len, i)));
            }
        }
      else
        i++;
    }

  if (start < len)
    append_trimmed (spans, text, len, start, len);

  return spans;
}
