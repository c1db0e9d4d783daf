/* dateline-timex-scan.c — candidate temporal expressions in a sentence
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-timex-private.h"

/* The scanner walks the tokens of one sentence once. At each token that
 * the lexicon marks as a trigger (a month, a weekday, "last", a number…)
 * the matching recogniser parses a few tokens around it; when it succeeds
 * the scan resumes after the expression, so candidates come out in text
 * order and never overlap. Context words that decide whether something
 * is a date ("in 2024", "until March") are looked at but are not part of
 * the expression, as in TimeML ("on Wednesday" tags "Wednesday").
 *
 * The recognisers only describe what the text states (a month and a day,
 * a weekday and a direction, "three days" and "later"); which calendar day
 * that is depends on the context and is decided by the normaliser.
 *
 * The file reads top to bottom as: token tests; tense; candidates and the
 * readers of years, days and clock times every recogniser shares; dates
 * with a month name; all-numeric dates; weekdays, deictic days and clock
 * times; quantities of time (durations, offsets, anaphors); periods
 * (centuries, quarters, seasons, decades); shifts ("last week");
 * modifiers, sets, years and holidays; and the dispatch from a token to
 * its recognisers, then the scan loop. */

/* ------------------------------------------------------------------ */
/* Token tests                                                         */
/* ------------------------------------------------------------------ */

typedef struct {
  const char        *text;
  const TimexToken  *tokens;
  guint              n_tokens;
  GArray            *candidates;
  TimexNumericOrder  order;           /* how the document writes 3/4/2025 */
  gboolean           have_previous;
  guint              previous_last;   /* last token of the previous candidate */
  gboolean           have_second;     /* a recogniser found two expressions: */
  TimexCandidate     second;          /* the one after it ("19-[20]") */
  int                weekday_hint;    /* a weekday just before a numeric date */
} TimexScanner;

static inline const TimexToken *
token_at (const TimexScanner *scanner,
          guint               i)
{
  return i < scanner->n_tokens ? &scanner->tokens[i] : NULL;
}

static inline gboolean
is_word_class (const TimexScanner *scanner,
               guint               i,
               TimexLexClass       classes)
{
  const TimexToken *t = token_at (scanner, i);

  return t != NULL && t->kind == TIMEX_TOKEN_WORD && t->lex != NULL
         && (t->lex->classes & classes) != 0;
}

static inline gboolean
is_punct (const TimexScanner *scanner,
          guint               i,
          gunichar            ch)
{
  const TimexToken *t = token_at (scanner, i);

  return t != NULL && t->kind == TIMEX_TOKEN_PUNCT && t->ch == ch;
}

static inline gboolean
is_any_punct (const TimexScanner *scanner,
              guint               i)
{
  const TimexToken *t = token_at (scanner, i);

  return t != NULL && t->kind == TIMEX_TOKEN_PUNCT;
}

/* No white space between token @i and the one before it. */
static inline gboolean
is_attached (const TimexScanner *scanner,
             guint               i)
{
  const TimexToken *t = token_at (scanner, i);

  return t != NULL && (t->flags & TIMEX_TOKEN_SPACE_BEFORE) == 0;
}

static inline gboolean
is_capitalised (const TimexScanner *scanner,
                guint               i)
{
  const TimexToken *t = token_at (scanner, i);

  return t != NULL && (t->flags & TIMEX_TOKEN_CAPITALISED) != 0;
}

static inline gboolean
is_all_caps (const TimexScanner *scanner,
             guint               i)
{
  const TimexToken *t = token_at (scanner, i);

  return t != NULL && (t->flags & TIMEX_TOKEN_ALL_CAPS) != 0;
}

/* Inline, so that strlen() of the literal folds to a constant: this runs
 * many times per token. @word is lower case. */
static inline gboolean
word_is (const TimexScanner *scanner,
         guint               i,
         const char         *word)
{
  const TimexToken *t = token_at (scanner, i);
  gsize len = strlen (word);
  const char *w;

  if (t == NULL || t->kind != TIMEX_TOKEN_WORD || t->end - t->start != len)
    return FALSE;
  w = scanner->text + t->start;
  for (gsize k = 0; k < len; k++)
    {
      char c = w[k];

      if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      if (c != word[k])
        return FALSE;
    }
  return TRUE;
}

static gboolean
word_is_one_of (const TimexScanner *scanner,
                guint               i,
                const char * const *words)
{
  for (guint w = 0; words[w] != NULL; w++)
    if (word_is (scanner, i, words[w]))
      return TRUE;
  return FALSE;
}

static inline gboolean
is_plain_number (const TimexToken *t)
{
  return t != NULL && t->kind == TIMEX_TOKEN_NUMBER
         && (t->flags & (TIMEX_TOKEN_GROUPED | TIMEX_TOKEN_DECIMAL)) == 0;
}

static gboolean
is_day_number (const TimexScanner *scanner,
               guint               i)
{
  const TimexToken *t = token_at (scanner, i);

  return is_plain_number (t) && t->n_digits <= 2 && t->number >= 1 && t->number <= 31;
}

static gboolean
is_year_number (const TimexScanner *scanner,
                guint               i)
{
  const TimexToken *t = token_at (scanner, i);

  return is_plain_number (t) && t->n_digits == 4 && t->number >= 1000 && t->number <= 2199;
}

/* Whether token @i is what a number counts: a plural noun ("1500
 * troops", "2025 votes", "1500 people"), a percentage or a measure. A
 * number followed by one is a count, never a year. */
static gboolean
is_counted_thing (const TimexScanner *scanner,
                  guint               i)
{
  const TimexToken *t = token_at (scanner, i);
  const char *w;
  gsize len;

  if (t == NULL)
    return FALSE;
  if (t->kind == TIMEX_TOKEN_PUNCT)
    return t->ch == '%';
  if (t->kind != TIMEX_TOKEN_WORD || (t->flags & TIMEX_TOKEN_CAPITALISED))
    return FALSE;
  if (t->lex != NULL)
    {
      if (t->lex->classes & (TIMEX_LEX_PLURAL_NOUN | TIMEX_LEX_NOT_A_YEAR_AFTER))
        return TRUE;
      if (t->lex->classes & TIMEX_LEX_NOT_PLURAL)
        return FALSE;
      if (t->lex->flags & TIMEX_LEXEME_PLURAL)
        return TRUE;
    }

  w = scanner->text + t->start;
  len = t->end - t->start;
  if (len < 4 || w[len - 1] != 's')
    return FALSE;
  /* "class", "status", "crisis" end in s without being plurals. */
  return w[len - 2] != 's' && w[len - 2] != 'u' && w[len - 2] != 'i';
}

/* "5th", "1st": the index after the ordinal suffix, or @i. */
static guint
skip_ordinal_suffix (const TimexScanner *scanner,
                     guint               i)
{
  if (is_word_class (scanner, i, TIMEX_LEX_ORDINAL_SUFFIX) && is_attached (scanner, i))
    return i + 1;
  return i;
}

/* Where an expression may end: the end of the sentence or punctuation
 * that is not part of a number or a time ("Aug 9, 96." but not "96%",
 * "96:30" or "96-7"). */
static gboolean
is_expression_boundary (const TimexScanner *scanner,
                        guint               i)
{
  const TimexToken *t = token_at (scanner, i);

  if (t == NULL)
    return TRUE;
  if (t->kind != TIMEX_TOKEN_PUNCT)
    return FALSE;
  if (t->ch == '%' || t->ch == ':' || t->ch == '/' || t->ch == '$')
    return FALSE;
  if ((t->ch == '-' || t->ch == '.') && is_attached (scanner, i)
      && token_at (scanner, i + 1) != NULL && scanner->tokens[i + 1].kind == TIMEX_TOKEN_NUMBER
      && is_attached (scanner, i + 1))
    return FALSE;
  return TRUE;
}

/* A two-digit year: "'98" always; "96" only where nothing can follow a
 * year but the end of the phrase ("Aug 9, 96", "Christmas 87"), so that
 * "on May 5 20 people died" stays a count. Pivot: 50 and above are 19xx. */
static int
read_short_year (const TimexScanner *scanner,
                 guint               i,
                 int                *year)
{
  const TimexToken *t = token_at (scanner, i);

  if (is_punct (scanner, i, '\'') && is_attached (scanner, i + 1)
      && is_plain_number (token_at (scanner, i + 1)) && scanner->tokens[i + 1].n_digits == 2
      && !is_punct (scanner, i + 2, '\''))
    {
      int yy = scanner->tokens[i + 1].number;

      *year = yy >= 50 ? 1900 + yy : 2000 + yy;
      return (int) i + 1;
    }

  if (!is_plain_number (t) || t->n_digits != 2 || !is_expression_boundary (scanner, i + 1))
    return -1;

  *year = t->number >= 50 ? 1900 + t->number : 2000 + t->number;
  return (int) i;
}

/* ------------------------------------------------------------------ */
/* Tense                                                               */
/* ------------------------------------------------------------------ */

static TimexTense
tense_of_token (const TimexScanner *scanner,
                guint               k)
{
  static const char * const modals[] = {
    "can", "could", "might", "should", "must", NULL,
  };
  const TimexToken *t = &scanner->tokens[k];
  const TimexLexeme *lex = t->lex;
  const char *w = scanner->text + t->start;
  gsize len = t->end - t->start;

  if (t->kind != TIMEX_TOKEN_WORD)
    return TIMEX_TENSE_UNKNOWN;

  /* A participle after "be" ("will be held", "to be published") says
   * nothing; the auxiliary further left does. */
  if (k > 0 && (word_is (scanner, k - 1, "be") || word_is (scanner, k - 1, "being")))
    return TIMEX_TENSE_UNKNOWN;

  if (lex != NULL)
    {
      if (lex->classes & TIMEX_LEX_FUTURE)
        {
          /* "'ll" only after an apostrophe; "due to" is a cause. */
          if (word_is (scanner, k, "ll"))
            return k > 0 && is_punct (scanner, k - 1, '\'') ? TIMEX_TENSE_FUTURE
                                                            : TIMEX_TENSE_UNKNOWN;
          /* "due to the storm" is a cause, "due to be published" a plan */
          if (word_is (scanner, k, "due") && word_is (scanner, k + 1, "to")
              && !word_is (scanner, k + 2, "be"))
            return TIMEX_TENSE_UNKNOWN;
          return TIMEX_TENSE_FUTURE;
        }
      if (lex->classes & TIMEX_LEX_FUTURE_IF_TO)
        {
          if (word_is (scanner, k + 1, "to") || word_is (scanner, k + 1, "for"))
            return TIMEX_TENSE_FUTURE;
          return TIMEX_TENSE_UNKNOWN;
        }
      /* "won't" */
      if (word_is (scanner, k, "won") && is_punct (scanner, k + 1, '\'')
          && word_is (scanner, k + 2, "t"))
        return TIMEX_TENSE_FUTURE;
      if (lex->classes & TIMEX_LEX_PAST)
        return TIMEX_TENSE_PAST;
      /* "is", "begins": a present-tense verb. A schedule unless a past
       * participle follows ("is accused of", "are believed"). */
      if (lex->classes & TIMEX_LEX_PRESENT)
        return TIMEX_TENSE_PRESENT;
      if (lex->classes & TIMEX_LEX_NOT_PAST)
        return TIMEX_TENSE_UNKNOWN;
    }

  if (word_is_one_of (scanner, k, modals))
    return TIMEX_TENSE_FUTURE;

  /* Regular past forms: "announced", "agreed"; not "need", "speed". */
  if (!(t->flags & TIMEX_TOKEN_CAPITALISED) && len >= 5
      && w[len - 2] == 'e' && w[len - 1] == 'd' && w[len - 3] != 'e')
    return TIMEX_TENSE_PAST;

  return TIMEX_TENSE_UNKNOWN;
}

/* A cheap reading of the tense of the clause around tokens
 * [first, last]: the nearest tense clue to the left wins ("said on
 * Wednesday" is past, "said they will meet on Friday" future); without one,
 * the first few tokens to the right are tried ("on Friday, officials
 * will…"). A semicolon bounds the clause; the sentence bounds the tokens.
 * A present-tense verb followed by a past form ("is accused", "are
 * expected") gives way to that form. */
static TimexTense
detect_tense (const TimexScanner *scanner,
              guint               first,
              guint               last)
{
  for (guint k = first; k-- > 0;)
    {
      TimexTense tense;

      if (is_punct (scanner, k, ';'))
        break;
      tense = tense_of_token (scanner, k);
      if (tense == TIMEX_TENSE_PRESENT && k + 1 < first)
        {
          TimexTense next = tense_of_token (scanner, k + 1);

          if (next != TIMEX_TENSE_UNKNOWN)
            return next;
        }
      if (tense != TIMEX_TENSE_UNKNOWN)
        return tense;
    }

  for (guint k = last + 1; k < scanner->n_tokens && k <= last + 8; k++)
    {
      TimexTense tense;

      if (is_punct (scanner, k, ';'))
        break;
      tense = tense_of_token (scanner, k);
      /* a present tense further right is another clause's ("our results
       * clearly show Ford is…") */
      if (tense == TIMEX_TENSE_PRESENT && k > last + 3)
        continue;
      if (tense == TIMEX_TENSE_PRESENT && k + 1 < scanner->n_tokens)
        {
          TimexTense next = tense_of_token (scanner, k + 1);

          if (next != TIMEX_TENSE_UNKNOWN)
            return next;
        }
      if (tense != TIMEX_TENSE_UNKNOWN)
        return tense;
    }

  return TIMEX_TENSE_UNKNOWN;
}

/* ------------------------------------------------------------------ */
/* Candidates                                                          */
/* ------------------------------------------------------------------ */

static void
candidate_init (TimexCandidate    *c,
                guint              first,
                guint              last,
                DatelineTimexType  type,
                TimexForm          form)
{
  memset (c, 0, sizeof *c);
  c->first_token = first;
  c->last_token = last;
  c->type = type;
  c->form = form;
}

static guint
take_quantity_modifier (const TimexScanner *scanner,
                        guint               i,
                        DatelineTimexMod   *mod);

/* Whether token @k, left of the token a recogniser was started at, is
 * still free to join an expression ("recent weeks", "the end of 2024"). */
static inline gboolean
is_free (const TimexScanner *scanner,
         guint               k)
{
  return !scanner->have_previous || k > scanner->previous_last;
}

/* Whether token @i is preceded by a word that makes a bare year or month
 * a date: "in", "since", "until", "early"… or "and"/"to"/"or" right after
 * another date ("between 2019 and 2021", "from March to May"). */
static gboolean
has_cue_before (const TimexScanner *scanner,
                guint               i,
                TimexLexClass       cue_class)
{
  if (i == 0)
    return FALSE;
  if (is_word_class (scanner, i - 1, cue_class))
    return TRUE;
  if (is_word_class (scanner, i - 1, TIMEX_LEX_CHAIN_CUE) && i >= 2
      && scanner->have_previous && scanner->previous_last == i - 2)
    return TRUE;
  return FALSE;
}

/* Words that join two dates into a range or a pair: "19-20", "3 to 6",
 * "May and June", "May/June". */
static gboolean
is_range_connector (const TimexScanner *scanner,
                    guint               i)
{
  return is_punct (scanner, i, '-') || is_punct (scanner, i, '/')
         || word_is (scanner, i, "to") || word_is (scanner, i, "and") || word_is (scanner, i, "or")
         || word_is (scanner, i, "through") || word_is (scanner, i, "until")
         || word_is (scanner, i, "till");
}

/* After a day number: "July 4:30" or "May 5%" are not dates. */
static gboolean
is_time_or_measure_after (const TimexScanner *scanner,
                          guint               i)
{
  return (is_attached (scanner, i) && (is_punct (scanner, i, ':') || is_punct (scanner, i, '%')))
         || is_word_class (scanner, i, TIMEX_LEX_NOT_A_YEAR_AFTER);
}

/* An era after a year: "190 BC", "8 AD", "2555 BE". In capitals, or "BC"
 * in any case: "be" and "ad" are words. Returns its index, or 0. */
static guint
find_era_after (const TimexScanner *scanner,
                guint               i)
{
  if (i == 0 || !is_word_class (scanner, i, TIMEX_LEX_ERA))
    return 0;
  if (!is_all_caps (scanner, i) && !word_is (scanner, i, "bc") && !word_is (scanner, i, "bce"))
    return 0;
  return i;
}

/* Applies the era at @era to @c's year. */
static void
apply_era (const TimexScanner *scanner,
           guint               era,
           TimexCandidate     *c)
{
  int kind = scanner->tokens[era].lex->number;

  if (kind < -1)
    c->year += kind;          /* Buddhist era: 2555 BE is 2012 */
  else if (kind < 0)
    c->before_christ = TRUE;
}

/* An optional ", YEAR", " YEAR", "-YEAR" or "/YEAR" after a day or month.
 * Right after the month the number is a year whatever follows ("the May
 * 2025 elections"); after a comma it may start a count ("on May 5, 1500
 * troops crossed"). A number of one to four digits with an era is a year
 * ("August 10, 345 BC"), and so is a two-digit one where the phrase ends
 * ("Aug 9, 96"). Sets c->year (and the era); returns the last index or 0. */
static guint
take_year_after (const TimexScanner *scanner,
                 guint               i,
                 gboolean            allow_of,
                 TimexCandidate     *c)
{
  gboolean comma = FALSE;
  gboolean separator = FALSE;
  const TimexToken *t;
  guint era;
  int short_last, year;

  if (is_punct (scanner, i, ','))
    {
      comma = TRUE;
      i++;
    }
  else if ((is_punct (scanner, i, '-') || is_punct (scanner, i, '/')) && is_attached (scanner, i)
           && is_attached (scanner, i + 1))
    {
      separator = TRUE;
      i++;
    }
  else if (allow_of && is_word_class (scanner, i, TIMEX_LEX_OF))
    i++;

  t = token_at (scanner, i);
  if (is_plain_number (t) && t->n_digits <= 4 && t->number >= 1
      && (era = find_era_after (scanner, i + 1)) != 0)
    {
      c->year = t->number;
      apply_era (scanner, era, c);
      return era;
    }

  if (is_year_number (scanner, i) && !(comma && is_counted_thing (scanner, i + 1)))
    {
      c->year = t->number;
      return i;
    }

  if ((short_last = read_short_year (scanner, i, &year)) >= 0
      && (separator || comma || !is_attached (scanner, i)))
    {
      c->year = year;
      return (guint) short_last;
    }

  return 0;
}

/* "next year", "last year" after a month or a day: "November next
 * year", "May 5 last year". Turns @c into a year shifted from the anchor
 * and returns TRUE. */
static gboolean
take_relative_year (const TimexScanner *scanner,
                    guint               i,
                    TimexCandidate     *c)
{
  const TimexToken *shift = token_at (scanner, i);

  if (shift == NULL || !is_word_class (scanner, i, TIMEX_LEX_SHIFT) || word_is (scanner, i, "past")
      || !word_is (scanner, i + 1, "year"))
    return FALSE;

  c->form = TIMEX_FORM_SHIFTED_UNIT;
  c->unit = TIMEX_UNIT_YEAR;
  c->offset = shift->lex->shift;
  c->last_token = i + 1;
  return TRUE;
}

/* "of that year", "of the same year" after a month and day: the year is
 * the one the narrative is in. */
static void
take_narrative_year (const TimexScanner *scanner,
                     TimexCandidate     *c)
{
  guint k = c->last_token + 1;

  if (c->year != 0 || c->form != TIMEX_FORM_CALENDAR || !is_word_class (scanner, k, TIMEX_LEX_OF))
    return;
  if (word_is (scanner, k + 1, "that") && word_is (scanner, k + 2, "year"))
    c->last_token = k + 2;
  else if (word_is (scanner, k + 1, "the") && word_is (scanner, k + 2, "same")
           && word_is (scanner, k + 3, "year"))
    c->last_token = k + 3;
  else
    return;
  c->year_from_narrative = TRUE;
}

/* A day of the month: "5", "5th", "fifth", "twenty-fourth". Returns the
 * last index or -1. */
static int
read_day (const TimexScanner *scanner,
          guint               i,
          int                *day,
          gboolean           *in_words)
{
  const TimexToken *t = token_at (scanner, i);

  *in_words = FALSE;
  if (t == NULL)
    return -1;

  if (is_day_number (scanner, i))
    {
      *day = t->number;
      return (int) skip_ordinal_suffix (scanner, i + 1) - 1;
    }

  if (t->kind != TIMEX_TOKEN_WORD || t->lex == NULL)
    return -1;

  *in_words = TRUE;
  if ((t->lex->classes & TIMEX_LEX_ORDINAL) && t->lex->number >= 1 && t->lex->number <= 31)
    {
      *day = t->lex->number;
      return (int) i;
    }

  /* "twenty-fourth", "thirty-first" */
  if ((t->lex->classes & TIMEX_LEX_NUMBER) && (t->lex->number == 20 || t->lex->number == 30)
      && is_punct (scanner, i + 1, '-') && is_attached (scanner, i + 1)
      && is_attached (scanner, i + 2) && is_word_class (scanner, i + 2, TIMEX_LEX_ORDINAL)
      && scanner->tokens[i + 2].lex->number <= 9
      && t->lex->number + scanner->tokens[i + 2].lex->number <= 31)
    {
      *day = t->lex->number + scanner->tokens[i + 2].lex->number;
      return (int) i + 2;
    }

  return -1;
}

/* ------------------------------------------------------------------ */
/* Clock times                                                         */
/* ------------------------------------------------------------------ */

typedef struct {
  int      hour;             /* 0 … 24 */
  int      minute;
  int      second;
  gboolean has_minutes;
  gboolean has_seconds;
  gboolean meridiem;         /* am/pm stated */
  gboolean bare;             /* a bare hour ("at 8"): needs a context */
  TimexPartOfDay part;       /* "6 in the morning", "11 at night" */
  guint    fraction_start;
  guint    fraction_end;
  gboolean has_zone;         /* a numeric offset */
  int      zone_minutes;
} TimexClock;

typedef enum {
  CLOCK_STRICT = 0,          /* "3 p.m.", "15:00", "noon" */
  CLOCK_ALLOW_BARE = 1 << 0, /* also "8" where a part of day says which 8 */
  CLOCK_ALLOW_DOTTED = 1 << 1, /* also "23.00" (after a date and "at") */
} ClockFlags;

/* Time zones written after a clock time; part of the expression, not of
 * the value (TimeML keeps the wall-clock time the text states). */
static gboolean
is_time_zone (const TimexScanner *scanner,
              guint               i)
{
  static const char * const zones[] = {
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "EST", "EDT", "ET",
    "CST", "CDT", "CT", "MST", "MDT", "PST", "PDT", "PT", "AKST", "HST", "IST", "JST", "KST",
    "HKT", "SGT", "AEST", "AEDT", "NZST", "NZDT", "WIB", "SAST", "EAT", "WAT", "GST", "PKT",
  };
  const TimexToken *t = token_at (scanner, i);
  gsize len;

  if (t == NULL || t->kind != TIMEX_TOKEN_WORD)
    return FALSE;
  len = t->end - t->start;
  /* "utc+02:45", "gmt+2" are written in lower case too. */
  if ((word_is (scanner, i, "utc") || word_is (scanner, i, "gmt"))
      && (is_punct (scanner, i + 1, '+') || is_punct (scanner, i + 1, '-')))
    return TRUE;
  /* "10:30 pst": lower case only right after a time, and three letters
   * or more ("et" is a word) */
  if (!(t->flags & TIMEX_TOKEN_ALL_CAPS)
      && (len < 3 || (t->flags & TIMEX_TOKEN_CAPITALISED) || i == 0
          || scanner->tokens[i - 1].kind != TIMEX_TOKEN_NUMBER))
    return FALSE;
  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    if (len == strlen (zones[z])
        && g_ascii_strncasecmp (scanner->text + t->start, zones[z], len) == 0)
      return TRUE;
  return FALSE;
}

/* A numeric UTC offset at @i: "+02", "+0245", "+02:45", "-0600", "+14".
 * Returns the last index or -1. */
static int
read_zone_offset (const TimexScanner *scanner,
                  guint               i,
                  gboolean            after_zone_name,
                  int                *minutes)
{
  const TimexToken *sign = token_at (scanner, i);
  const TimexToken *n = token_at (scanner, i + 1);
  gboolean minus;
  int hours, mins = 0;
  int last;

  if (sign == NULL || sign->kind != TIMEX_TOKEN_PUNCT || (sign->ch != '+' && sign->ch != '-')
      || !is_plain_number (n) || !is_attached (scanner, i + 1))
    return -1;
  minus = sign->ch == '-';

  if (n->n_digits == 4)
    {
      hours = n->number / 100;
      mins = n->number % 100;
      last = (int) i + 1;
    }
  else if (n->n_digits == 2 || (n->n_digits == 1 && after_zone_name))
    {
      hours = n->number;
      last = (int) i + 1;
      if (is_punct (scanner, i + 2, ':') && is_attached (scanner, i + 2)
          && is_plain_number (token_at (scanner, i + 3)) && is_attached (scanner, i + 3)
          && scanner->tokens[i + 3].n_digits == 2)
        {
          mins = scanner->tokens[i + 3].number;
          last = (int) i + 3;
        }
      else if (minus && !after_zone_name)
        return -1;    /* "10:00 - 11": a range, not an offset */
    }
  else
    return -1;

  /* "17:21:13 -0600" is an offset, "10:00 -05" with a space is not sure,
   * "3:30-04:30pm" is a range */
  if (minus && !after_zone_name && !is_attached (scanner, i) && n->n_digits != 4)
    return -1;
  if (word_is (scanner, (guint) last + 1, "am") || word_is (scanner, (guint) last + 1, "pm")
      || ((word_is (scanner, (guint) last + 1, "a") || word_is (scanner, (guint) last + 1, "p"))
          && is_punct (scanner, (guint) last + 2, '.')))
    return -1;
  if (hours > 14 || mins >= 60)
    return -1;

  *minutes = (minus ? -1 : 1) * (hours * 60 + mins);
  return last;
}

/* What may follow a clock time: a zone name, a numeric offset, "Z", a
 * zone in parentheses. Returns the last index of the time. */
static guint
take_zone (const TimexScanner *scanner,
           guint               last,
           TimexClock         *clock)
{
  guint k = last + 1;
  int offset_last, minutes;

  if (word_is (scanner, k, "z") && is_attached (scanner, k))
    {
      clock->has_zone = TRUE;
      clock->zone_minutes = 0;
      return k;
    }

  if (is_time_zone (scanner, k))
    {
      last = k;
      k++;
      if ((offset_last = read_zone_offset (scanner, k, TRUE, &minutes)) >= 0)
        {
          clock->has_zone = TRUE;
          clock->zone_minutes = minutes;
          last = (guint) offset_last;
          k = last + 1;
        }
    }
  else if ((offset_last = read_zone_offset (scanner, k, FALSE, &minutes)) >= 0)
    {
      clock->has_zone = TRUE;
      clock->zone_minutes = minutes;
      last = (guint) offset_last;
      k = last + 1;
    }

  /* "GMT+0900 (JST)" */
  if (is_punct (scanner, k, '(') && is_time_zone (scanner, k + 1) && is_punct (scanner, k + 2, ')'))
    last = k + 2;

  return last;
}

/* A clock time at token @i: "3 p.m.", "9:30 am", "11PM", "20:29:29.79",
 * "15:00 GMT", "1535 GMT", "noon", "midnight", "10 o'clock", "6 in the
 * morning", "11 at night". A bare number is no time ("at 3") unless
 * @flags allow it, nor a 24-hour reading without minutes. Returns the
 * index of the last token, or -1. */
static int
read_clock (const TimexScanner *scanner,
            guint               i,
            ClockFlags          flags,
            TimexClock         *clock)
{
  const TimexToken *t = token_at (scanner, i);
  guint k;

  memset (clock, 0, sizeof *clock);
  if (t == NULL)
    return -1;

  if (word_is (scanner, i, "noon") || word_is (scanner, i, "midday"))
    {
      clock->hour = 12;
      clock->has_minutes = TRUE;
      return (int) i;
    }
  if (word_is (scanner, i, "midnight"))
    {
      /* TIMEX3 writes midnight as the end of its day. */
      clock->hour = 24;
      clock->has_minutes = TRUE;
      return (int) i;
    }

  if (t->kind != TIMEX_TOKEN_NUMBER || (t->flags & TIMEX_TOKEN_GROUPED))
    return -1;

  if (t->flags & TIMEX_TOKEN_DECIMAL)
    {
      /* "23.00": only where a time is expected. */
      const char *dot = memchr (scanner->text + t->start, '.', t->end - t->start);

      if (!(flags & CLOCK_ALLOW_DOTTED) || dot == NULL || t->n_digits > 2
          || scanner->text + t->end - dot != 3 || t->number > 24)
        return -1;
      clock->hour = t->number;
      clock->minute = (dot[1] - '0') * 10 + (dot[2] - '0');
      clock->has_minutes = TRUE;
      if (clock->minute >= 60)
        return -1;
      k = i + 1;
    }
  else if (t->n_digits == 4 && (is_time_zone (scanner, i + 1)))
    {
      /* "1535 GMT", "1145EST": military time before a zone. */
      clock->hour = t->number / 100;
      clock->minute = t->number % 100;
      clock->has_minutes = TRUE;
      if (clock->hour > 23 || clock->minute >= 60)
        return -1;
      k = i + 1;
    }
  else if (t->n_digits <= 2)
    {
      clock->hour = t->number;
      k = i + 1;
      if (is_punct (scanner, k, ':') && is_attached (scanner, k)
          && is_attached (scanner, k + 1) && token_at (scanner, k + 1) != NULL
          && scanner->tokens[k + 1].kind == TIMEX_TOKEN_NUMBER
          && !(scanner->tokens[k + 1].flags & (TIMEX_TOKEN_GROUPED | TIMEX_TOKEN_DECIMAL))
          && scanner->tokens[k + 1].n_digits == 2 && scanner->tokens[k + 1].number < 60)
        {
          const TimexToken *s;

          clock->minute = scanner->tokens[k + 1].number;
          clock->has_minutes = TRUE;
          k += 2;
          s = token_at (scanner, k + 1);
          /* seconds, maybe with a fraction: "20:29:29.79" */
          if (is_punct (scanner, k, ':') && is_attached (scanner, k) && is_attached (scanner, k + 1)
              && s != NULL && s->kind == TIMEX_TOKEN_NUMBER && !(s->flags & TIMEX_TOKEN_GROUPED)
              && s->n_digits == 2 && s->number < 60)
            {
              clock->second = s->number;
              clock->has_seconds = TRUE;
              if (s->flags & TIMEX_TOKEN_DECIMAL)
                {
                  clock->fraction_start = s->start + 3;
                  clock->fraction_end = s->end;
                }
              k += 2;
            }
        }
    }
  else
    return -1;

  if (word_is (scanner, k, "am") || word_is (scanner, k, "pm"))
    {
      clock->meridiem = TRUE;
      if (g_ascii_tolower (scanner->text[scanner->tokens[k].start]) == 'p')
        clock->hour = clock->hour % 12 + 12;
      else
        clock->hour = clock->hour % 12;
      k++;
    }
  else if ((word_is (scanner, k, "a") || word_is (scanner, k, "p"))
           && is_punct (scanner, k + 1, '.') && is_attached (scanner, k + 1)
           && word_is (scanner, k + 2, "m") && is_attached (scanner, k + 2))
    {
      clock->meridiem = TRUE;
      if (g_ascii_tolower (scanner->text[scanner->tokens[k].start]) == 'p')
        clock->hour = clock->hour % 12 + 12;
      else
        clock->hour = clock->hour % 12;
      k += 3;
      if (is_punct (scanner, k, '.') && is_attached (scanner, k))
        k++;
    }

  if (clock->meridiem)
    {
      if (t->number < 1 || t->number > 12 || (t->flags & TIMEX_TOKEN_DECIMAL && t->number > 12))
        return -1;
    }
  else if (word_is (scanner, k, "o") && ((is_punct (scanner, k + 1, '\'')
                                          && word_is (scanner, k + 2, "clock"))
                                         || word_is (scanner, k + 1, "clock")))
    {
      /* "10 o'clock", "10 o clock" */
      if (clock->has_minutes || clock->hour < 1 || clock->hour > 12)
        return -1;
      k += is_punct (scanner, k + 1, '\'') ? 3 : 2;
      clock->has_minutes = TRUE;
    }
  else if (!clock->has_minutes)
    {
      /* "6 in the morning", "11 at night" */
      if (clock->hour >= 1 && clock->hour <= 12
          && ((word_is (scanner, k, "in") && word_is (scanner, k + 1, "the")
               && is_word_class (scanner, k + 2, TIMEX_LEX_PART_OF_DAY)
               && !word_is (scanner, k + 2, "night"))
              || (word_is (scanner, k, "at") && word_is (scanner, k + 1, "night"))))
        {
          guint p = word_is (scanner, k, "at") ? k + 1 : k + 2;

          clock->part = scanner->tokens[p].lex->part;
          k = p + 1;
        }
      else if ((flags & CLOCK_ALLOW_BARE) && clock->hour <= 24)
        clock->bare = TRUE;
      else
        return -1;
    }

  if (clock->hour > 24 || (clock->hour == 24 && (clock->minute != 0 || clock->second != 0)))
    return -1;

  /* "6 in the afternoon" is 18:00, "1 at night" 01:00, "11 at night" 23:00 */
  if (clock->part == TIMEX_PART_AFTERNOON || clock->part == TIMEX_PART_EVENING)
    clock->hour = clock->hour % 12 + 12;
  else if (clock->part == TIMEX_PART_NIGHT)
    clock->hour = clock->hour >= 6 ? clock->hour % 12 + 12 : clock->hour % 12;
  else if (clock->part == TIMEX_PART_MORNING)
    clock->hour = clock->hour % 12;

  return (int) take_zone (scanner, k - 1, clock);
}

/* Makes a bare hour ("at 8") fit the part of the day the text gives
 * ("tonight at 8" is 20:00, "this afternoon at 3" 15:00). */
static void
clock_in_part_of_day (TimexClock     *clock,
                      TimexPartOfDay  part)
{
  if (clock->meridiem || clock->hour > 12)
    return;
  switch (part)
    {
    case TIMEX_PART_AFTERNOON:
    case TIMEX_PART_EVENING:
      clock->hour = clock->hour % 12 + 12;
      break;
    case TIMEX_PART_NIGHT:
      clock->hour = clock->hour >= 6 ? clock->hour % 12 + 12 : clock->hour % 12;
      break;
    case TIMEX_PART_MORNING:
      clock->hour %= 12;
      break;
    case TIMEX_PART_NONE:
    default:
      break;
    }
}

static void
set_clock (TimexCandidate   *c,
           const TimexClock *clock)
{
  c->has_clock = TRUE;
  c->hour = clock->hour;
  c->minute = clock->minute;
  c->second = clock->second;
  c->has_seconds = clock->has_seconds;
  c->fraction_start = clock->fraction_start;
  c->fraction_end = clock->fraction_end;
  c->has_zone = clock->has_zone;
  c->zone_minutes = clock->zone_minutes;
  c->type = DATELINE_TIMEX_TIME;
}

/* A clock range: "8 - 11pm", "12-3am", "3:30-4:30pm", "9:00 AM to 5:00
 * PM". When the first time has no am/pm it takes the second's, unless
 * that would put it after the second ("11-1pm" starts at 11 am). Reads
 * the second time into @second; returns its last index or -1. */
static int
read_clock_range_end (const TimexScanner *scanner,
                      guint               connector,
                      TimexClock         *first,
                      TimexClock         *second)
{
  int last;

  if (!(is_punct (scanner, connector, '-') || word_is (scanner, connector, "to")
        || word_is (scanner, connector, "until") || word_is (scanner, connector, "till")
        || word_is (scanner, connector, "through")))
    return -1;

  last = read_clock (scanner, connector + 1, CLOCK_STRICT, second);
  if (last < 0)
    return -1;

  if (!first->meridiem && first->part == TIMEX_PART_NONE && first->hour <= 12
      && (second->meridiem || second->part != TIMEX_PART_NONE) && second->hour >= 12)
    {
      int pm = first->hour % 12 + 12;

      if (pm <= second->hour)
        first->hour = pm;
      else
        first->hour %= 12;
      first->bare = FALSE;
    }
  else if (!first->meridiem && first->part == TIMEX_PART_NONE && first->hour <= 12
           && (second->meridiem || second->part != TIMEX_PART_NONE))
    {
      first->hour %= 12;
      first->bare = FALSE;
    }

  return last;
}

/* A time of day after a date: "Wednesday at 3 p.m.", "July 31 at 15:00",
 * "2009-12-19T17:00:00", "05/31/2024 14:15", "Jan 1 2025, 9:30", "tonight
 * at 8", "Monday 7 to 9am". A second time after a range connector ("9:00
 * AM to 5:00 PM") becomes an expression of its own on the same day. */
static void
take_clock_after (TimexScanner   *scanner,
                  TimexCandidate *c)
{
  static const char * const prepositions[] = {
    "at", "after", "before", "around", "about", "by", "from", "circa", NULL,
  };
  guint k = c->last_token + 1;
  ClockFlags flags = CLOCK_ALLOW_BARE;
  TimexClock clock, second;
  gboolean attached_time = FALSE;
  int last, range_last;

  if (c->has_clock)
    return;

  if (word_is (scanner, k, "t") && is_attached (scanner, k) && is_attached (scanner, k + 1))
    {
      k++;
      attached_time = TRUE;
    }
  else if ((is_punct (scanner, k, '.') || is_punct (scanner, k, ':') || is_punct (scanner, k, '-'))
           && is_attached (scanner, k) && is_attached (scanner, k + 1)
           && token_at (scanner, k + 1) != NULL
           && scanner->tokens[k + 1].kind == TIMEX_TOKEN_NUMBER)
    {
      k++;
      attached_time = TRUE;
    }
  else if (is_punct (scanner, k, ',') || is_punct (scanner, k, 0x2219)
           || is_punct (scanner, k, 0x00B7))
    k++;

  if (word_is_one_of (scanner, k, prepositions))
    {
      if (word_is (scanner, k, "at"))
        flags |= CLOCK_ALLOW_DOTTED;
      k++;
    }

  last = read_clock (scanner, k, flags, &clock);
  if (last < 0 || (attached_time && !clock.has_minutes))
    return;

  range_last = read_clock_range_end (scanner, (guint) last + 1, &clock, &second);
  if (clock.bare)
    {
      if (c->part == TIMEX_PART_NONE)
        return;
      clock_in_part_of_day (&clock, c->part);
    }
  /* "tonight 8pm": the clock is more precise than the part of the day */
  c->part = TIMEX_PART_NONE;
  set_clock (c, &clock);
  c->last_token = (guint) last;

  if (range_last >= 0)
    {
      /* "Thu Oct 26, 10:00 - 11:00:09 2023" */
      if (c->form == TIMEX_FORM_CALENDAR && c->year == 0 && c->day != 0
          && is_year_number (scanner, (guint) range_last + 1))
        {
          c->year = scanner->tokens[range_last + 1].number;
          range_last++;
        }
      scanner->second = *c;
      set_clock (&scanner->second, &second);
      scanner->second.first_token = (guint) last + 2;
      scanner->second.last_token = (guint) range_last;
      scanner->have_second = TRUE;
    }
  else if (c->form == TIMEX_FORM_CALENDAR && c->year == 0 && c->day != 0
           && is_year_number (scanner, (guint) last + 1))
    {
      /* "Thu Oct 26 11:00:09 2023" */
      c->year = scanner->tokens[last + 1].number;
      c->last_token = (guint) last + 1;
    }
}

/* ------------------------------------------------------------------ */
/* Dates with a month name                                             */
/* ------------------------------------------------------------------ */

/* A part of the day right after the candidate ("Monday morning"):
 * extends it and makes it a TIME. */
static void
take_part_of_day (const TimexScanner *scanner,
                  TimexCandidate     *c)
{
  guint k = c->last_token + 1;

  if (is_word_class (scanner, k, TIMEX_LEX_PART_OF_DAY) && !is_capitalised (scanner, k)
      && !(scanner->tokens[k].lex->flags & TIMEX_LEXEME_PLURAL))
    {
      c->part = scanner->tokens[k].lex->part;
      c->type = DATELINE_TIMEX_TIME;
      c->last_token = k;
    }
}

/* ", Monday" after a full date: "Feb. 25, 2009, Monday". The date says
 * which day; the weekday (even a wrong one) is part of the expression. */
static void
take_weekday_after (const TimexScanner *scanner,
                    TimexCandidate     *c)
{
  guint k = c->last_token + 1;

  if (c->year == 0 || c->day == 0 || !is_punct (scanner, k, ',')
      || !is_word_class (scanner, k + 1, TIMEX_LEX_WEEKDAY) || !is_capitalised (scanner, k + 1)
      || (scanner->tokens[k + 1].lex->flags & TIMEX_LEXEME_PLURAL)
      || (is_punct (scanner, k + 2, '\'') && is_attached (scanner, k + 2)))
    return;
  c->last_token = k + 1;
}

static gboolean
match_month_first (TimexScanner   *scanner,
                   guint           i,
                   gboolean        cued,
                   TimexCandidate *c);

static gboolean
match_day_first (TimexScanner   *scanner,
                 guint           i,
                 TimexCandidate *c);

/* "Aug 10 - Nov 12, 2013", "From December to May 2022": a date without a
 * year takes it from the end of its range, a year earlier when its month
 * comes later in the year than the end's. */
static void
inherit_year_from_range_end (TimexScanner   *scanner,
                             guint           connector,
                             TimexCandidate *c)
{
  TimexCandidate end;
  gboolean have_second = scanner->have_second;
  TimexCandidate second = scanner->second;
  gboolean found = FALSE;

  if (c->year != 0 || c->form != TIMEX_FORM_CALENDAR || !is_range_connector (scanner, connector)
      || (is_punct (scanner, connector, '/') && c->day != 0))
    return;

  if (is_word_class (scanner, connector + 1, TIMEX_LEX_MONTH))
    found = match_month_first (scanner, connector + 1, TRUE, &end);
  else if (token_at (scanner, connector + 1) != NULL)
    found = match_day_first (scanner, connector + 1, &end);

  /* the look-ahead must not leave a second expression behind */
  scanner->have_second = have_second;
  scanner->second = second;

  if (!found || end.form != TIMEX_FORM_CALENDAR || end.year == 0 || end.before_christ
      || (c->day != 0) != (end.day != 0))
    return;
  c->year = end.year - (c->month > end.month ? 1 : 0);
}

/* MONTH [.] DAY[th] [,] [YEAR] | MONTH [,|of] YEAR | MONTH (after a cue),
 * with ranges ("November 19-20", "September 14 and 18, 2010") and pairs
 * ("May and June 2011"). @cued: a modifier before the month already
 * vouches for it ("early", "last"). */
static gboolean
match_month_first (TimexScanner   *scanner,
                   guint           i,
                   gboolean        cued,
                   TimexCandidate *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  gboolean abbreviation = (lex->flags & TIMEX_LEXEME_ABBREVIATION) != 0;
  gboolean ambiguous = (lex->flags & TIMEX_LEXEME_AMBIGUOUS) != 0;
  gboolean capital = is_capitalised (scanner, i);
  gboolean cue = cued || has_cue_before (scanner, i, TIMEX_LEX_MONTH_CUE);
  gboolean separator = FALSE;
  gboolean comma_before_day = FALSE;
  guint j = i + 1;
  guint last = i;
  int day, d_last;
  gboolean day_in_words;

  /* "march", "may", "august" in lower case are a verb, a modal and an
   * adjective unless a cue and a number say otherwise. */
  if (!capital && ambiguous && !cue)
    return FALSE;

  /* "32 August 2014", "August 32": an impossible day makes no date at all
   * (32 to 49 can be neither a day nor a two-digit year) */
  if ((i > 0 && is_plain_number (token_at (scanner, i - 1)) && scanner->tokens[i - 1].n_digits <= 2
       && scanner->tokens[i - 1].number > 31 && scanner->tokens[i - 1].number < 50
       && is_free (scanner, i - 1))
      || (is_plain_number (token_at (scanner, i + 1)) && scanner->tokens[i + 1].n_digits <= 2
          && scanner->tokens[i + 1].number > 31 && scanner->tokens[i + 1].number < 50))
    return FALSE;

  if (abbreviation && is_punct (scanner, j, '.') && is_attached (scanner, j))
    {
      last = j;
      j++;
    }

  /* "August-10, 2012", "August/10/2012" */
  if ((is_punct (scanner, j, '-') || is_punct (scanner, j, '/')) && is_attached (scanner, j)
      && is_attached (scanner, j + 1) && is_day_number (scanner, j + 1))
    {
      separator = TRUE;
      j++;
    }
  /* "Sunday, March, 6th 2016": only with the year after the day */
  else if (is_punct (scanner, j, ',') && is_day_number (scanner, j + 1))
    {
      comma_before_day = TRUE;
      j++;
    }

  d_last = (separator || !is_attached (scanner, j)) ? read_day (scanner, j, &day, &day_in_words)
                                                     : -1;
  if (d_last >= 0 && !(day_in_words && !capital && !cue))
    {
      guint after_day = (guint) d_last + 1;

      if (!is_time_or_measure_after (scanner, after_day)
          && !(ambiguous && !day_in_words && is_counted_thing (scanner, after_day))
          && !(day_in_words && is_word_class (scanner, after_day, TIMEX_LEX_UNIT)))
        {
          int range_day, r_last;
          gboolean range_in_words;

          candidate_init (c, i, after_day - 1, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
          c->month = lex->month;
          c->day = day;

          /* "November 19-20", "September 14 and 18, 2010", "May eighth -
           * tenth, 2010": the second day is an expression of its own, the
           * year belongs to both. */
          if (!comma_before_day && is_range_connector (scanner, after_day)
              && (r_last = read_day (scanner, after_day + 1, &range_day, &range_in_words)) >= 0
              && range_in_words == day_in_words && range_day > day
              && !is_word_class (scanner, (guint) r_last + 1, TIMEX_LEX_MONTH)
              && !is_time_or_measure_after (scanner, (guint) r_last + 1)
              && !is_counted_thing (scanner, (guint) r_last + 1)
              && !is_word_class (scanner, (guint) r_last + 1, TIMEX_LEX_UNIT))
            {
              TimexCandidate *second = &scanner->second;

              *second = *c;
              second->first_token = after_day + 1;
              second->last_token = (guint) r_last;
              second->day = range_day;
              {
                guint year_last = take_year_after (scanner, (guint) r_last + 1, FALSE, second);

                if (year_last != 0)
                  {
                    second->last_token = year_last;
                    c->year = second->year;
                    c->before_christ = second->before_christ;
                  }
              }
              scanner->have_second = TRUE;
              return TRUE;
            }

          {
            guint year_last = take_year_after (scanner, after_day, FALSE, c);

            if (year_last != 0)
              c->last_token = year_last;
            else if (comma_before_day)
              return FALSE;
            else if (!take_relative_year (scanner, after_day, c))
              {
                take_narrative_year (scanner, c);
                inherit_year_from_range_end (scanner, c->last_token + 1, c);
              }
          }
          take_weekday_after (scanner, c);
          return TRUE;
        }
    }

  if (comma_before_day)
    j--;

  {
    TimexCandidate year_probe;
    guint year_last;

    memset (&year_probe, 0, sizeof year_probe);
    year_last = take_year_after (scanner, j, TRUE, &year_probe);
    /* "Aug 96": a two-digit year only where it cannot be a day ("'21"
     * with its apostrophe always is a year) */
    if (year_last != 0 && !year_probe.before_christ
        && scanner->tokens[year_last].kind == TIMEX_TOKEN_NUMBER
        && scanner->tokens[year_last].n_digits == 2 && scanner->tokens[year_last].number <= 31
        && !is_punct (scanner, year_last - 1, '\''))
      year_last = 0;
    if (year_last != 0 && (capital || cue || !abbreviation))
      {
        candidate_init (c, i, year_last, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
        c->month = lex->month;
        c->year = year_probe.year;
        c->before_christ = year_probe.before_christ;
        return TRUE;
      }
  }

  if (!capital || (abbreviation && last == i && !cue))
    return FALSE;

  candidate_init (c, i, last, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->month = lex->month;

  /* "November next year" */
  if (take_relative_year (scanner, j, c))
    return TRUE;

  /* "May and June 2011", "from March to May 2024", "From December to May
   * 2022": the year of the second month is the first's too. */
  if (is_range_connector (scanner, j) && is_word_class (scanner, j + 1, TIMEX_LEX_MONTH)
      && is_capitalised (scanner, j + 1))
    {
      inherit_year_from_range_end (scanner, j, c);
      if (c->year != 0)
        return TRUE;
    }

  /* A month forming a sentence of its own is a heading: "March". */
  if (i == 0 || (i == 1 && is_any_punct (scanner, 0)))
    {
      guint k = j;

      while (k < scanner->n_tokens && is_any_punct (scanner, k))
        k++;
      if (k >= scanner->n_tokens)
        return TRUE;
    }

  /* A month standing alone needs a cue ("in March"), and an abbreviation
   * its full stop ("until Sept."). */
  return cue;
}

/* DAY[th] [of] MONTH [.] [,] [YEAR]: "31 July 2025", "4th of July",
 * "Twenty-fourth of May", "10-August-2012", "09/JAN/2017", "15Sep". */
static gboolean
match_day_first (TimexScanner   *scanner,
                 guint           i,
                 TimexCandidate *c)
{
  const TimexLexeme *lex;
  gboolean in_words;
  gboolean capital;
  int day;
  int d_last = read_day (scanner, i, &day, &in_words);
  guint k, last;
  guint year_last;

  if (d_last < 0)
    return FALSE;
  k = (guint) d_last + 1;

  if ((is_punct (scanner, k, '-') || is_punct (scanner, k, '/')) && !in_words
      && is_attached (scanner, k) && is_attached (scanner, k + 1)
      && is_word_class (scanner, k + 1, TIMEX_LEX_MONTH))
    k++;
  else if (is_word_class (scanner, k, TIMEX_LEX_OF))
    k++;

  if (!is_word_class (scanner, k, TIMEX_LEX_MONTH))
    return FALSE;
  lex = scanner->tokens[k].lex;
  capital = is_capitalised (scanner, k);
  last = k;
  if ((lex->flags & TIMEX_LEXEME_ABBREVIATION) && is_punct (scanner, k + 1, '.')
      && is_attached (scanner, k + 1))
    last = k + 1;

  candidate_init (c, i, last, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->day = day;
  c->month = lex->month;
  year_last = take_year_after (scanner, last + 1, FALSE, c);

  /* "3 may", "10 mar" in lower case only with a year; "23rd february" as
   * it is. */
  if (!capital && (lex->flags & (TIMEX_LEXEME_AMBIGUOUS | TIMEX_LEXEME_ABBREVIATION))
      && year_last == 0)
    return FALSE;
  if (in_words && !capital && year_last == 0)
    return FALSE;

  if (year_last != 0)
    c->last_token = year_last;
  else if (!take_relative_year (scanner, last + 1, c))
    {
      take_narrative_year (scanner, c);
      inherit_year_from_range_end (scanner, c->last_token + 1, c);
    }
  take_weekday_after (scanner, c);
  return TRUE;
}

/* The first day of a day-first range takes its month and year (and a
 * time) from the second: "3 to 6 May 2004", "10-22 August", "Eighth to
 * eleventh May 2010", "22-23 Feb at 7pm". Both days come out. */
static gboolean
match_day_range_start (TimexScanner   *scanner,
                       guint           i,
                       TimexCandidate *c)
{
  TimexCandidate second;
  gboolean in_words, second_in_words;
  int day, second_day;
  int d_last = read_day (scanner, i, &day, &in_words);
  guint k;

  if (d_last < 0)
    return FALSE;
  k = (guint) d_last + 1;
  if (!is_range_connector (scanner, k) || is_punct (scanner, k, '/')
      || read_day (scanner, k + 1, &second_day, &second_in_words) < 0
      || second_in_words != in_words || second_day <= day
      || !match_day_first (scanner, k + 1, &second) || second.form != TIMEX_FORM_CALENDAR)
    return FALSE;

  take_clock_after (scanner, &second);
  scanner->have_second = FALSE;   /* a clock range after a day range: not read */

  candidate_init (c, i, k - 1, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->day = day;
  c->month = second.month;
  c->year = second.year;
  c->before_christ = second.before_christ;
  if (second.has_clock)
    {
      c->type = DATELINE_TIMEX_TIME;
      c->has_clock = TRUE;
      c->hour = second.hour;
      c->minute = second.minute;
    }
  scanner->second = second;
  scanner->have_second = TRUE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* All-numeric dates                                                   */
/* ------------------------------------------------------------------ */

typedef struct {
  int   value;
  int   digits;
} NumericField;

/* Reads "d{1,4} SEP d{1,4} [SEP d{1,4}]" at byte @p, one separator
 * ('/', '-' or '.') used throughout. Returns the number of fields (0 when
 * the text is no such pattern) and the byte after it in @end. Four fields
 * or more ("1-2-3-4", "80-32-89-89") are no date. */
static guint
read_numeric_fields (const char   *text,
                     gsize         p,
                     gsize         limit,
                     NumericField  fields[3],
                     char         *separator,
                     gsize        *end)
{
  guint n = 0;

  *separator = 0;
  while (n < 4)
    {
      int value = 0, digits = 0;

      while (p < limit && g_ascii_isdigit (text[p]) && digits < 5)
        {
          value = value * 10 + (text[p] - '0');
          digits++;
          p++;
        }
      if (digits == 0 || digits > 4 || (p < limit && g_ascii_isdigit (text[p])))
        return 0;
      if (n == 3)
        return 0;
      fields[n].value = value;
      fields[n].digits = digits;
      n++;

      if (p + 1 < limit && (text[p] == '/' || text[p] == '-' || text[p] == '.')
          && g_ascii_isdigit (text[p + 1]) && (*separator == 0 || *separator == text[p]))
        {
          *separator = text[p];
          p++;
          continue;
        }
      break;
    }

  /* "1.5.3a", "8/10x" */
  if (p < limit && g_ascii_isalpha (text[p]) && text[p] != 'T')
    return 0;
  *end = p;
  return n >= 2 ? n : 0;
}

static gboolean
valid_day_of_month (int year,
                    int month,
                    int day)
{
  return month >= 1 && month <= 12 && day >= 1
         && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month,
                              (GDateYear) (year > 0 ? year : 2000));
}

/* Which of month/day and day/month a numeric date is. The text decides
 * when one number cannot be a month (31/07/2025) or both are equal; a
 * weekday written with the date ("Sunday 12/7/2014") when only one reading
 * falls on it; otherwise the order the document writes its unambiguous
 * numeric dates in. Without any of these the date is left alone.
 * Returns TRUE and the month and day. */
static gboolean
numeric_month_and_day (const TimexScanner *scanner,
                       int                 a,
                       int                 b,
                       int                 year,
                       int                *month,
                       int                *day)
{
  gboolean month_first = valid_day_of_month (year, a, b);
  gboolean day_first = valid_day_of_month (year, b, a);

  if (month_first && day_first && a != b && scanner->weekday_hint != 0 && year > 0)
    {
      GDate date;
      gboolean md, dm;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) b, (GDateMonth) a, (GDateYear) year);
      md = (int) g_date_get_weekday (&date) == scanner->weekday_hint;
      g_date_set_dmy (&date, (GDateDay) a, (GDateMonth) b, (GDateYear) year);
      dm = (int) g_date_get_weekday (&date) == scanner->weekday_hint;
      if (md != dm)
        {
          month_first = md;
          day_first = dm;
        }
    }

  if (month_first && day_first && a != b)
    {
      if (scanner->order == TIMEX_NUMERIC_ORDER_MONTH_FIRST)
        day_first = FALSE;
      else if (scanner->order == TIMEX_NUMERIC_ORDER_DAY_FIRST)
        month_first = FALSE;
      else
        return FALSE;
    }

  if (month_first)
    {
      *month = a;
      *day = b;
      return TRUE;
    }
  if (day_first)
    {
      *month = b;
      *day = a;
      return TRUE;
    }
  return FALSE;
}

/* The token that ends at byte @end, from @i on, or -1. */
static int
token_ending_at (const TimexScanner *scanner,
                 guint               i,
                 gsize               end)
{
  for (guint k = i; k < scanner->n_tokens; k++)
    {
      if (scanner->tokens[k].end == end)
        return (int) k;
      if (scanner->tokens[k].end > end)
        break;
    }
  return -1;
}

/* All-numeric dates: "2025-07-31", "2013-2-7", "2015/05/25", "2015.05.25",
 * "05/31/2024", "31/07/2025", "12-30-16", "05.25.2015", "04/2016",
 * "5/31". A bare "2011-12" is more often a season or a range than a
 * month, so a year-month needs the zero-padded form ("2025-07"); a day
 * and month without a year are read only with a slash, and hyphenated or
 * dotted numbers with a two-digit year only with slashes or hyphens
 * ("1.1.30" is a version). */
static gboolean
match_numeric_date (TimexScanner   *scanner,
                    guint           i,
                    TimexCandidate *c)
{
  const TimexToken *t = &scanner->tokens[i];
  NumericField f[3];
  char separator;
  gsize end;
  guint n;
  int last;
  int year = 0, month = 0, day = 0;

  /* part of a longer run of numbers: "1.2/3", "x-2014/05/06" */
  if (i > 0 && is_attached (scanner, i)
      && (scanner->tokens[i - 1].kind == TIMEX_TOKEN_NUMBER
          || is_punct (scanner, i - 1, '$') || is_punct (scanner, i - 1, '#')
          || ((is_punct (scanner, i - 1, '.') || is_punct (scanner, i - 1, '-')
               || is_punct (scanner, i - 1, '/'))
              && i > 1 && is_attached (scanner, i - 1)
              && scanner->tokens[i - 2].kind == TIMEX_TOKEN_NUMBER)))
    return FALSE;

  n = read_numeric_fields (scanner->text, t->start, scanner->tokens[scanner->n_tokens - 1].end,
                           f, &separator, &end);
  if (n == 0)
    return FALSE;
  last = token_ending_at (scanner, i, end);
  if (last < 0)
    return FALSE;

  if (f[0].digits == 4)
    {
      /* year first: always year, month, day */
      if (n == 3 && f[1].digits <= 2 && f[2].digits <= 2)
        {
          year = f[0].value;
          month = f[1].value;
          day = f[2].value;
          if (year < 1000 || !valid_day_of_month (year, month, day))
            return FALSE;
        }
      else if (n == 2 && separator == '-' && f[1].digits == 2 && f[1].value >= 1
               && f[1].value <= 9 && scanner->text[t->start + 5] == '0')
        {
          year = f[0].value;
          month = f[1].value;
          if (year < 1000 || is_punct (scanner, (guint) last + 1, '-'))
            return FALSE;
        }
      else
        return FALSE;
    }
  else if (f[0].digits <= 2 && f[1].digits <= 2 && n == 3)
    {
      if (f[2].digits == 4)
        year = f[2].value;
      else if (f[2].digits == 2 && separator != '.')
        year = f[2].value >= 50 ? 1900 + f[2].value : 2000 + f[2].value;
      else
        return FALSE;
      if (!numeric_month_and_day (scanner, f[0].value, f[1].value, year, &month, &day))
        return FALSE;
    }
  else if (n == 2 && separator == '/' && f[0].digits <= 2 && f[1].digits == 4)
    {
      /* "04/2016" */
      if (f[0].value < 1 || f[0].value > 12 || f[1].value < 1000)
        return FALSE;
      month = f[0].value;
      year = f[1].value;
    }
  else if (n == 2 && separator == '/' && f[0].digits <= 2 && f[1].digits <= 2)
    {
      /* "5/31", "14/4": not "24/7", not a fraction ("3/4 of", "1 1/2") */
      if ((f[0].value == 24 && f[1].value == 7) || word_is (scanner, (guint) last + 1, "of")
          || (i > 0 && scanner->tokens[i - 1].kind == TIMEX_TOKEN_NUMBER)
          || is_counted_thing (scanner, (guint) last + 1)
          || !numeric_month_and_day (scanner, f[0].value, f[1].value, 0, &month, &day))
        return FALSE;
    }
  else
    return FALSE;

  candidate_init (c, i, (guint) last, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->year = year;
  c->month = month;
  c->day = day;
  if (day != 0)
    take_clock_after (scanner, c);
  return TRUE;
}

/* "2012/Aug/10", "2018 March 18": a year, a month name and a day. */
static gboolean
match_year_month_day (TimexScanner   *scanner,
                      guint           i,
                      TimexCandidate *c)
{
  guint k = i + 1;
  gboolean separator = FALSE;
  int day, d_last;
  gboolean in_words;

  if (!is_year_number (scanner, i))
    return FALSE;
  if (is_punct (scanner, k, '/') && is_attached (scanner, k) && is_attached (scanner, k + 1))
    {
      separator = TRUE;
      k++;
    }
  if (!is_word_class (scanner, k, TIMEX_LEX_MONTH)
      || (!separator && (!is_capitalised (scanner, k)
                         || (scanner->tokens[k].lex->flags & TIMEX_LEXEME_ABBREVIATION))))
    return FALSE;
  if (separator)
    {
      if (!is_punct (scanner, k + 1, '/') || !is_attached (scanner, k + 1)
          || !is_attached (scanner, k + 2))
        return FALSE;
      d_last = read_day (scanner, k + 2, &day, &in_words);
    }
  else
    d_last = read_day (scanner, k + 1, &day, &in_words);
  if (d_last < 0 || in_words || is_time_or_measure_after (scanner, (guint) d_last + 1)
      || is_counted_thing (scanner, (guint) d_last + 1))
    return FALSE;

  candidate_init (c, i, (guint) d_last, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->year = scanner->tokens[i].number;
  c->month = scanner->tokens[k].lex->month;
  c->day = day;
  take_clock_after (scanner, c);
  return TRUE;
}

/**
 * dateline_timex_numeric_order:
 *
 * The order a document writes its numeric dates in, voted by the dates
 * that can be read only one way: 12/30/2016 is month first, 30/12/2016
 * day first. Used to read the ambiguous ones (4/5/2016) of the same
 * document; UNKNOWN when the votes disagree or there are none.
 */
TimexNumericOrder
dateline_timex_numeric_order (const char *text,
                              gsize       len)
{
  gboolean month_first = FALSE, day_first = FALSE;
  const char *p = text;
  const char *limit = text + len;

  while ((p = memchr (p, '/', (gsize) (limit - p))) != NULL)
    {
      const char *start = p;
      NumericField f[3];
      char separator;
      gsize end;

      while (start > text && g_ascii_isdigit (start[-1]) && p - start < 3)
        start--;
      if (start < p && (start == text || !g_ascii_isdigit (start[-1]))
          && read_numeric_fields (text, (gsize) (start - text), len, f, &separator, &end) == 3
          && f[0].digits <= 2 && f[1].digits <= 2 && (f[2].digits == 4 || f[2].digits == 2))
        {
          if (f[0].value > 12 && f[0].value <= 31 && f[1].value >= 1 && f[1].value <= 12)
            day_first = TRUE;
          else if (f[1].value > 12 && f[1].value <= 31 && f[0].value >= 1 && f[0].value <= 12)
            month_first = TRUE;
          p = text + end;
          continue;
        }
      p++;
    }

  if (month_first == day_first)
    return TIMEX_NUMERIC_ORDER_UNKNOWN;
  return month_first ? TIMEX_NUMERIC_ORDER_MONTH_FIRST : TIMEX_NUMERIC_ORDER_DAY_FIRST;
}

/* ------------------------------------------------------------------ */
/* Weekdays, deictic days, clock times                                 */
/* ------------------------------------------------------------------ */

/* A full weekday name may be written in lower case ("sunday morning"),
 * but not glued to a hyphen ("friday-style"); an abbreviation needs its
 * capital ("Tues", "Wed" are words too). */
static gboolean
weekday_is_written_as_one (const TimexScanner *scanner,
                           guint               i)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;

  if (is_capitalised (scanner, i))
    return TRUE;
  if (lex->flags & TIMEX_LEXEME_ABBREVIATION)
    return FALSE;
  return !(is_punct (scanner, i + 1, '-') && is_attached (scanner, i + 1)
           && token_at (scanner, i + 2) != NULL
           && scanner->tokens[i + 2].kind == TIMEX_TOKEN_WORD && is_attached (scanner, i + 2));
}

static gboolean
match_number (TimexScanner   *scanner,
              guint           i,
              TimexCandidate *c);

/* A date after a weekday: "Monday, April 19, 2021", "Friday 13 June",
 * "Sun 15Sep", "Sunday 12/7/2014" (the weekday tells 7 December from 12
 * July). */
static gboolean
match_date_after_weekday (TimexScanner   *scanner,
                          guint           i,
                          TimexCandidate *c)
{
  guint j = i + 1;
  gboolean found = FALSE;

  if (is_punct (scanner, j, '.') && is_attached (scanner, j))
    j++;
  if (is_punct (scanner, j, ','))
    j++;
  if (is_word_class (scanner, j, TIMEX_LEX_THE))
    j++;

  if (is_word_class (scanner, j, TIMEX_LEX_MONTH))
    found = match_month_first (scanner, j, TRUE, c) && c->day != 0;
  else if (token_at (scanner, j) != NULL && scanner->tokens[j].kind == TIMEX_TOKEN_NUMBER)
    {
      scanner->weekday_hint = scanner->tokens[i].lex->weekday;
      found = (match_numeric_date (scanner, j, c) && c->day != 0)
              || match_day_first (scanner, j, c);
      scanner->weekday_hint = 0;
    }
  else if (is_word_class (scanner, j, TIMEX_LEX_ORDINAL | TIMEX_LEX_NUMBER))
    found = match_day_first (scanner, j, c);

  if (!found)
    {
      scanner->have_second = FALSE;
      return FALSE;
    }
  c->first_token = i;
  if (c->form == TIMEX_FORM_CALENDAR && c->day != 0 && !c->has_clock)
    take_clock_after (scanner, c);
  return TRUE;
}

/* "Friday next week", "Tuesday of last week", "Wednesday of this week",
 * "Tuesday, next week". */
static void
take_week_after_weekday (const TimexScanner *scanner,
                         TimexCandidate     *c)
{
  guint k = c->last_token + 1;

  if (is_punct (scanner, k, ','))
    k++;
  if (is_word_class (scanner, k, TIMEX_LEX_OF))
    k++;
  if (is_word_class (scanner, k, TIMEX_LEX_SHIFT) && !word_is (scanner, k, "past")
      && word_is (scanner, k + 1, "week"))
    {
      c->direction = TIMEX_DIRECTION_IN_WEEK;
      c->offset = scanner->tokens[k].lex->shift;
      c->last_token = k + 1;
    }
}

static gboolean
match_weekday (TimexScanner   *scanner,
               guint           i,
               TimexCandidate *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;

  if (!weekday_is_written_as_one (scanner, i))
    return FALSE;

  if (match_date_after_weekday (scanner, i, c))
    {
      c->tense = detect_tense (scanner, c->first_token, c->last_token);
      return TRUE;
    }

  /* "Tues." alone is too weak; with a date it was handled above. */
  if (lex->flags & TIMEX_LEXEME_ABBREVIATION)
    return FALSE;

  /* "Black Friday", "Super Tuesday", "Bloody Sunday". */
  if (i > 0 && is_capitalised (scanner, i - 1)
      && is_word_class (scanner, i - 1, TIMEX_LEX_HOLIDAY_WORD))
    return FALSE;

  if (lex->flags & TIMEX_LEXEME_PLURAL)
    {
      /* "on Mondays", "Monday afternoons" (below): every Monday. */
      candidate_init (c, i, i, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->weekday = lex->weekday;
      if (is_word_class (scanner, i + 1, TIMEX_LEX_PART_OF_DAY))
        {
          c->part = scanner->tokens[i + 1].lex->part;
          c->last_token = i + 1;
        }
      return TRUE;
    }

  /* "Monday afternoons", "Monday and Tuesday nights": sets */
  if (is_word_class (scanner, i + 1, TIMEX_LEX_PART_OF_DAY)
      && (scanner->tokens[i + 1].lex->flags & TIMEX_LEXEME_PLURAL))
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->weekday = lex->weekday;
      c->part = scanner->tokens[i + 1].lex->part;
      return TRUE;
    }
  if (word_is (scanner, i + 1, "and") && is_word_class (scanner, i + 2, TIMEX_LEX_WEEKDAY)
      && is_word_class (scanner, i + 3, TIMEX_LEX_PART_OF_DAY)
      && (scanner->tokens[i + 3].lex->flags & TIMEX_LEXEME_PLURAL))
    {
      candidate_init (c, i, i, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->weekday = lex->weekday;
      c->part = scanner->tokens[i + 3].lex->part;
      return TRUE;
    }

  candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_WEEKDAY);
  c->weekday = lex->weekday;
  c->direction = TIMEX_DIRECTION_BY_TENSE;
  take_part_of_day (scanner, c);
  take_week_after_weekday (scanner, c);
  take_clock_after (scanner, c);
  c->tense = detect_tense (scanner, c->first_token, c->last_token);

  /* "from Monday afternoon to last night": a range that ends in the past
   * starts in the past */
  if (c->tense == TIMEX_TENSE_UNKNOWN && !scanner->have_second
      && (word_is (scanner, c->last_token + 1, "to")
          || word_is (scanner, c->last_token + 1, "until")
          || is_punct (scanner, c->last_token + 1, '-'))
      && (word_is (scanner, c->last_token + 2, "yesterday")
          || (word_is (scanner, c->last_token + 2, "last")
              && is_word_class (scanner, c->last_token + 3, TIMEX_LEX_PART_OF_DAY))))
    c->tense = TIMEX_TENSE_PAST;
  return TRUE;
}

static gboolean
match_month (TimexScanner   *scanner,
             guint           i,
             TimexCandidate *c)
{
  if (!match_month_first (scanner, i, FALSE, c))
    return FALSE;
  if (c->day != 0 && !scanner->have_second)
    take_clock_after (scanner, c);
  c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

static gboolean
match_deictic_day (TimexScanner   *scanner,
                   guint           i,
                   TimexCandidate *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;

  candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_DEICTIC_DAY);
  c->offset = lex->shift;
  c->part = lex->part;
  if (c->part != TIMEX_PART_NONE)
    c->type = DATELINE_TIMEX_TIME;
  else
    take_part_of_day (scanner, c);
  take_clock_after (scanner, c);
  return TRUE;
}

/* A clock time, and the day it is on if one follows: "3 p.m.", "9 a.m.
 * Wednesday", "15:00 GMT on Saturday", "noon today", "14:15 05/31/2024",
 * "8:23 AM, Jul 9", "11 tonight", "midnight Monday"; and a clock range
 * whose end has the day: "9:00 AM to 5:00 PM, Tuesday, 20 May 2013". */
static gboolean
match_clock (TimexScanner   *scanner,
             guint           i,
             TimexCandidate *c)
{
  TimexClock clock, range_end;
  int last = read_clock (scanner, i, CLOCK_ALLOW_BARE, &clock);
  int range_last = -1;
  guint k, mod_first;
  DatelineTimexMod mod;
  gboolean day = FALSE;

  if (last < 0)
    return FALSE;

  /* "finishing in 3:07:35": a length of time, not a time of day */
  if (i > 0 && word_is (scanner, i - 1, "in") && clock.has_minutes && !clock.meridiem
      && scanner->tokens[i].kind == TIMEX_TOKEN_NUMBER && is_punct (scanner, i + 1, ':')
      && is_expression_boundary (scanner, (guint) last + 1))
    {
      candidate_init (c, i, (guint) last, DATELINE_TIMEX_DURATION, TIMEX_FORM_DURATION);
      c->amounts[TIMEX_UNIT_HOUR] = clock.hour;
      c->amounts[TIMEX_UNIT_MINUTE] = clock.minute;
      c->amounts[TIMEX_UNIT_SECOND] = clock.second;
      c->unit = clock.second != 0 ? TIMEX_UNIT_SECOND : TIMEX_UNIT_MINUTE;
      return TRUE;
    }

  mod_first = take_quantity_modifier (scanner, i, &mod);
  if (mod != DATELINE_TIMEX_MOD_APPROX)
    mod_first = i;

  range_last = read_clock_range_end (scanner, (guint) last + 1, &clock, &range_end);
  /* "11 tonight" */
  if (clock.bare && word_is (scanner, (guint) last + 1, "tonight"))
    clock_in_part_of_day (&clock, TIMEX_PART_NIGHT);
  else if (clock.bare)
    return FALSE;

  k = (guint) (range_last >= 0 ? range_last : last) + 1;
  if (is_punct (scanner, k, ',') || is_punct (scanner, k, 0x2219) || is_punct (scanner, k, 0x00B7))
    k++;
  if (word_is (scanner, k, "on") || word_is (scanner, k, "of"))
    k++;

  if (is_word_class (scanner, k, TIMEX_LEX_WEEKDAY) && weekday_is_written_as_one (scanner, k))
    day = match_weekday (scanner, k, c) && (c->form == TIMEX_FORM_WEEKDAY || c->day != 0);
  else if (is_word_class (scanner, k, TIMEX_LEX_DEICTIC_DAY))
    day = match_deictic_day (scanner, k, c);
  else if (is_word_class (scanner, k, TIMEX_LEX_MONTH))
    day = match_month_first (scanner, k, TRUE, c) && c->day != 0 && !scanner->have_second;
  else if (token_at (scanner, k) != NULL && scanner->tokens[k].kind == TIMEX_TOKEN_NUMBER)
    day = (match_numeric_date (scanner, k, c) && c->day != 0) || match_day_first (scanner, k, c);
  scanner->have_second = FALSE;

  if (day && !c->has_clock)
    {
      if (range_last >= 0)
        {
          /* both times are on that day: the second one with the day's tokens */
          scanner->second = *c;
          set_clock (&scanner->second, &range_end);
          scanner->second.part = TIMEX_PART_NONE;
          scanner->second.first_token = (guint) last + 2;
          scanner->have_second = TRUE;
          c->last_token = (guint) last;
        }
      c->first_token = i;
      c->part = TIMEX_PART_NONE;
    }
  else
    {
      candidate_init (c, i, (guint) last, DATELINE_TIMEX_TIME, TIMEX_FORM_CLOCK);
      if (range_last >= 0)
        {
          scanner->second = *c;
          set_clock (&scanner->second, &range_end);
          scanner->second.first_token = (guint) last + 2;
          scanner->second.last_token = (guint) range_last;
          scanner->have_second = TRUE;
        }
      day = FALSE;
    }

  set_clock (c, &clock);
  if (mod_first < i)
    {
      c->first_token = mod_first;
      c->mod = mod;
    }
  if (day && c->form == TIMEX_FORM_CALENDAR)
    c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Quantities of time: durations, offsets, anaphoric shifts            */
/* ------------------------------------------------------------------ */

/* Reads a count at token @i: digits ("24", "1.5"), a number word
 * ("three", "twenty-five"), "a"/"an", a vague word ("several", "a few",
 * "some"), "a couple of". Returns the index of its last token, or -1. */
static int
read_quantity (const TimexScanner *scanner,
               guint               i,
               int                *quantity,
               gboolean           *article,
               gboolean           *decimal)
{
  const TimexToken *t = &scanner->tokens[i];

  *article = FALSE;
  *decimal = FALSE;

  if (t->kind == TIMEX_TOKEN_NUMBER)
    {
      *quantity = t->number;
      *decimal = (t->flags & TIMEX_TOKEN_DECIMAL) != 0;
      return (int) i;
    }

  if (t->kind != TIMEX_TOKEN_WORD || t->lex == NULL)
    return -1;

  if (t->lex->classes & TIMEX_LEX_VAGUE_NUMBER)
    {
      *quantity = TIMEX_QUANTITY_VAGUE;
      return (int) i;
    }

  /* "some days later" */
  if (word_is (scanner, i, "some") && is_word_class (scanner, i + 1, TIMEX_LEX_UNIT)
      && (scanner->tokens[i + 1].lex->flags & TIMEX_LEXEME_PLURAL))
    {
      *quantity = TIMEX_QUANTITY_VAGUE;
      return (int) i;
    }

  if (!(t->lex->classes & TIMEX_LEX_NUMBER))
    return -1;

  if (t->lex->flags & TIMEX_LEXEME_ARTICLE)
    {
      /* "a few days" */
      if (is_word_class (scanner, i + 1, TIMEX_LEX_VAGUE_NUMBER))
        {
          *quantity = TIMEX_QUANTITY_VAGUE;
          return (int) i + 1;
        }
      /* "a couple of days" */
      if (word_is (scanner, i + 1, "couple") && word_is (scanner, i + 2, "of"))
        {
          *quantity = 2;
          return (int) i + 2;
        }
      *article = TRUE;
    }

  *quantity = t->lex->number;
  if (*quantity >= 1000)
    return -1;

  /* "twenty-five" */
  if (t->lex->number >= 20 && t->lex->number <= 90 && is_punct (scanner, i + 1, '-')
      && is_attached (scanner, i + 1) && is_attached (scanner, i + 2)
      && is_word_class (scanner, i + 2, TIMEX_LEX_NUMBER)
      && scanner->tokens[i + 2].lex->number >= 1 && scanner->tokens[i + 2].lex->number <= 9
      && !(scanner->tokens[i + 2].lex->flags & TIMEX_LEXEME_ARTICLE))
    {
      *quantity += scanner->tokens[i + 2].lex->number;
      return (int) i + 2;
    }

  return (int) i;
}

/* Units a duration or an offset can be counted in. Quarters are left
 * out unless a shift word vouches for them: "three quarters" is more often
 * a fraction than nine months. */
static gboolean
is_countable_unit (TimexUnit unit)
{
  return unit != TIMEX_UNIT_NONE && unit != TIMEX_UNIT_QUARTER && unit != TIMEX_UNIT_WEEKEND;
}

/* The unit at token @i, for a count: a lexicon unit, or "mon" after a
 * number ("in 1 mon"). */
static TimexUnit
unit_at (const TimexScanner *scanner,
         guint               i,
         guint8             *flags)
{
  *flags = 0;
  if (is_word_class (scanner, i, TIMEX_LEX_UNIT))
    {
      *flags = scanner->tokens[i].lex->flags;
      return (TimexUnit) scanner->tokens[i].lex->unit;
    }
  if (word_is (scanner, i, "mon") && !is_capitalised (scanner, i))
    return TIMEX_UNIT_MONTH;
  return TIMEX_UNIT_NONE;
}

typedef struct {
  int       amounts[TIMEX_N_UNITS];
  int       parts;          /* how many "N unit" pairs */
  TimexUnit unit;           /* the unit of a single pair */
  int       quantity;       /* its count, or TIMEX_QUANTITY_VAGUE */
  gboolean  article;        /* "a week": the count is an article */
  gboolean  decimal;        /* "1.5 hours" */
  guint     decimal_start;
  guint     decimal_end;
  gboolean  adjectival;     /* "a 24-hour truce", "a three-year period" */
  gboolean  short_units;    /* a one-letter unit was used: "3m 49s" */
  gboolean  plural_mismatch;/* "one days", "A days" */
  guint     last;
} TimexAmounts;

/* "half an hour", "half a day", "half a year" */
static int
read_half (const TimexScanner *scanner,
           guint               i,
           TimexAmounts       *a)
{
  TimexUnit unit;
  guint8 flags;

  if (!word_is (scanner, i, "half")
      || !(word_is (scanner, i + 1, "an") || word_is (scanner, i + 1, "a")))
    return -1;
  unit = unit_at (scanner, i + 2, &flags);
  if (flags & (TIMEX_LEXEME_PLURAL | TIMEX_LEXEME_SHORT_UNIT))
    return -1;
  switch (unit)
    {
    case TIMEX_UNIT_HOUR:
      a->amounts[TIMEX_UNIT_MINUTE] += 30;
      a->unit = TIMEX_UNIT_MINUTE;
      a->quantity = 30;
      break;
    case TIMEX_UNIT_DAY:
      a->amounts[TIMEX_UNIT_HOUR] += 12;
      a->unit = TIMEX_UNIT_HOUR;
      a->quantity = 12;
      break;
    case TIMEX_UNIT_YEAR:
      a->amounts[TIMEX_UNIT_MONTH] += 6;
      a->unit = TIMEX_UNIT_MONTH;
      a->quantity = 6;
      break;
    default:
      return -1;
    }
  a->parts++;
  return (int) i + 2;
}

/* One or more "COUNT UNIT" pairs: "three years", "24-hour", "1.5 hours",
 * "1 hour, 5 minutes, and 30 seconds", "1d 21 h 25m", "2hr5min", "half an
 * hour", "a couple of days". @allow_quarters: a shift word before vouches
 * for "two quarters". Returns FALSE when there is none at @i. */
static gboolean
read_amounts (const TimexScanner *scanner,
              guint               i,
              gboolean            allow_quarters,
              TimexAmounts       *a)
{
  guint k = i;

  memset (a, 0, sizeof *a);

  for (;;)
    {
      int quantity, q_last, half_last;
      gboolean article, decimal;
      TimexUnit unit;
      guint8 flags;
      guint u;

      if (a->parts == 0 && (half_last = read_half (scanner, k, a)) >= 0)
        {
          a->last = (guint) half_last;
          goto next;
        }

      if (token_at (scanner, k) == NULL
          || (q_last = read_quantity (scanner, k, &quantity, &article, &decimal)) < 0)
        break;
      u = (guint) q_last + 1;
      if (a->parts == 0 && is_punct (scanner, u, '-') && is_attached (scanner, u)
          && is_attached (scanner, u + 1) && is_word_class (scanner, u + 1, TIMEX_LEX_UNIT)
          && quantity != TIMEX_QUANTITY_VAGUE)
        {
          u++;
          a->adjectival = TRUE;
        }
      unit = unit_at (scanner, u, &flags);
      if (unit == TIMEX_UNIT_NONE || (unit == TIMEX_UNIT_QUARTER && !allow_quarters)
          || unit == TIMEX_UNIT_WEEKEND)
        break;
      /* "a few hour": a vague count counts plurals */
      if (quantity == TIMEX_QUANTITY_VAGUE && !(flags & TIMEX_LEXEME_PLURAL))
        break;
      if ((flags & TIMEX_LEXEME_SHORT_UNIT)
          && ((!is_attached (scanner, u) && a->parts == 0)
              || scanner->tokens[k].kind != TIMEX_TOKEN_NUMBER || decimal || a->adjectival))
        break;
      if (scanner->tokens[k].kind == TIMEX_TOKEN_NUMBER && scanner->tokens[k].n_digits > 4
          && !(scanner->tokens[k].flags & TIMEX_TOKEN_GROUPED))
        break;
      if (decimal && a->parts > 0)
        break;
      /* a later pair must be a smaller unit: "1 hour, 5 minutes" */
      if (a->parts > 0 && (quantity == TIMEX_QUANTITY_VAGUE || article || unit >= a->unit
                           || unit == TIMEX_UNIT_FORTNIGHT))
        break;
      if (a->parts > 0 && a->adjectival)
        break;

      if ((flags & TIMEX_LEXEME_PLURAL) && quantity == 1 && !decimal)
        a->plural_mismatch = TRUE;
      if (flags & TIMEX_LEXEME_SHORT_UNIT)
        a->short_units = TRUE;
      if (a->parts == 0)
        {
          a->quantity = quantity;
          a->article = article;
          a->decimal = decimal;
          if (decimal)
            {
              a->decimal_start = scanner->tokens[k].start;
              a->decimal_end = scanner->tokens[k].end;
            }
        }
      a->unit = unit;
      if (quantity != TIMEX_QUANTITY_VAGUE)
        a->amounts[unit] += quantity;
      a->parts++;
      a->last = u;

    next:
      /* another pair: ", 5 minutes", " and 30 seconds", "5min" */
      k = a->last + 1;
      if (is_punct (scanner, k, ','))
        k++;
      if (word_is (scanner, k, "and"))
        k++;
      if (token_at (scanner, k) == NULL)
        break;
      if (scanner->tokens[k].kind != TIMEX_TOKEN_NUMBER
          && !(is_word_class (scanner, k, TIMEX_LEX_NUMBER)
               && !(scanner->tokens[k].lex->flags & TIMEX_LEXEME_ARTICLE)))
        break;
    }

  if (a->parts == 0)
    return FALSE;
  if (a->parts > 1)
    {
      a->quantity = 0;
      a->decimal = FALSE;
      a->article = FALSE;
    }
  return TRUE;
}

/* Prepositions after which "a year", "an hour" are a duration. */
static gboolean
allows_article_duration (const TimexScanner *scanner,
                         guint               i)
{
  static const char * const words[] = {
    "for", "in", "within", "over", "about", "nearly", "almost", "than", "just",
    "only", "least", "under", "after", "around", "roughly", "barely", "some", "mere", NULL,
  };

  return i > 0 && word_is_one_of (scanner, i - 1, words);
}

/* "a 22-year-old", "59 years old", "200 years older": ages. */
static gboolean
is_age_after (const TimexScanner *scanner,
              guint               i)
{
  return word_is (scanner, i, "old") || word_is (scanner, i, "older")
         || word_is (scanner, i, "younger")
         || (is_punct (scanner, i, '-') && is_attached (scanner, i)
             && word_is (scanner, i + 1, "old"));
}

/* A quantity modifier before a count, as TimeML's mod: "about three
 * years", "less than sixty days", "at least 20 minutes", "a mere 24
 * hours". Returns the first token of the expression. */
static guint
take_quantity_modifier (const TimexScanner *scanner,
                        guint               i,
                        DatelineTimexMod   *mod)
{
  *mod = DATELINE_TIMEX_MOD_NONE;
  if (i == 0 || !is_free (scanner, i - 1))
    return i;

  if (word_is (scanner, i - 1, "than") && i >= 2 && is_free (scanner, i - 2))
    {
      if (word_is (scanner, i - 2, "less") || word_is (scanner, i - 2, "fewer"))
        *mod = DATELINE_TIMEX_MOD_LESS_THAN;
      else if (word_is (scanner, i - 2, "more"))
        *mod = i >= 3 && word_is (scanner, i - 3, "no") && is_free (scanner, i - 3)
               ? DATELINE_TIMEX_MOD_EQUAL_OR_LESS : DATELINE_TIMEX_MOD_MORE_THAN;
      else
        return i;
      return *mod == DATELINE_TIMEX_MOD_EQUAL_OR_LESS ? i - 3 : i - 2;
    }
  if ((word_is (scanner, i - 1, "least") || word_is (scanner, i - 1, "most")) && i >= 2
      && word_is (scanner, i - 2, "at") && is_free (scanner, i - 2))
    {
      *mod = word_is (scanner, i - 1, "least") ? DATELINE_TIMEX_MOD_EQUAL_OR_MORE
                                               : DATELINE_TIMEX_MOD_EQUAL_OR_LESS;
      return i - 2;
    }
  if (word_is (scanner, i - 1, "to") && i >= 2 && word_is (scanner, i - 2, "up")
      && is_free (scanner, i - 2))
    {
      *mod = DATELINE_TIMEX_MOD_EQUAL_OR_LESS;
      return i - 2;
    }
  if (word_is (scanner, i - 1, "mere"))
    return i >= 2 && (word_is (scanner, i - 2, "a") || word_is (scanner, i - 2, "the"))
           && is_free (scanner, i - 2) ? i - 2 : i - 1;
  if (word_is (scanner, i - 1, "almost") || word_is (scanner, i - 1, "nearly")
      || word_is (scanner, i - 1, "under"))
    {
      *mod = DATELINE_TIMEX_MOD_LESS_THAN;
      return i - 1;
    }
  if (word_is (scanner, i - 1, "about") || word_is (scanner, i - 1, "around")
      || word_is (scanner, i - 1, "approximately") || word_is (scanner, i - 1, "roughly")
      || word_is (scanner, i - 1, "circa") || word_is (scanner, i - 1, "some"))
    {
      *mod = DATELINE_TIMEX_MOD_APPROX;
      return i - 1;
    }
  return i;
}

static gboolean
match_base_date (TimexScanner   *scanner,
                 guint           i,
                 TimexCandidate *c);

/* What a count of time is, from the words after it: "two days ago" and
 * "ten days from now" are dates from the moment of writing; "two days
 * later" and "two days before," dates from the time the narrative is at;
 * "two days after next Friday" a date from another; "2 days each week" a
 * set; otherwise a duration ("for three years", "a 24-hour truce"). */
static gboolean
match_quantity (TimexScanner   *scanner,
                guint           i,
                gboolean        allow_quarters,
                TimexCandidate *c)
{
  TimexAmounts a;
  guint after;
  gboolean vague;
  DatelineTimexMod mod;
  guint first;

  if (!read_amounts (scanner, i, TRUE, &a))
    {
      /* "two and six days": the first count shares the unit */
      int quantity;
      gboolean article, decimal;
      int q_last = read_quantity (scanner, i, &quantity, &article, &decimal);

      if (q_last < 0 || article || quantity == TIMEX_QUANTITY_VAGUE
          || !(word_is (scanner, (guint) q_last + 1, "and")
               || word_is (scanner, (guint) q_last + 1, "or")
               || word_is (scanner, (guint) q_last + 1, "to"))
          || token_at (scanner, (guint) q_last + 2) == NULL
          || !read_amounts (scanner, (guint) q_last + 2, allow_quarters, &a) || a.parts != 1
          || a.quantity == TIMEX_QUANTITY_VAGUE || a.adjectival || a.short_units || a.article
          || scanner->tokens[i].kind != scanner->tokens[q_last + 2].kind)
        return FALSE;
      candidate_init (c, i, (guint) q_last, DATELINE_TIMEX_DURATION, TIMEX_FORM_DURATION);
      c->unit = a.unit;
      c->quantity = quantity;
      c->amounts[a.unit] = quantity;
      return TRUE;
    }
  after = a.last + 1;
  /* "three quarters" is a fraction unless a shift word or "later", "ago"
   * make it a count of quarters ("1 quarter later") */
  if (a.amounts[TIMEX_UNIT_QUARTER] != 0 && !allow_quarters
      && !is_word_class (scanner, after, TIMEX_LEX_AGO) && !word_is (scanner, after, "later")
      && !word_is (scanner, after, "earlier"))
    return FALSE;
  vague = a.quantity == TIMEX_QUANTITY_VAGUE;

  if (is_age_after (scanner, after))
    return FALSE;
  /* "a second", "one second" are ordinals as often as not */
  if (a.parts == 1 && a.unit == TIMEX_UNIT_SECOND && a.quantity == 1
      && !(scanner->tokens[a.last].lex != NULL
           && (scanner->tokens[a.last].lex->flags & TIMEX_LEXEME_PLURAL))
      && !is_word_class (scanner, after, TIMEX_LEX_AGO))
    return FALSE;

  first = take_quantity_modifier (scanner, i, &mod);

  if (!a.adjectival)
    {
      gboolean ago = is_word_class (scanner, after, TIMEX_LEX_AGO);
      gboolean from_now = (word_is (scanner, after, "from") && word_is (scanner, after + 1, "now"))
                          || word_is (scanner, after, "hence")
                          || (word_is (scanner, after, "out")
                              && is_expression_boundary (scanner, after + 1));
      /* "a month earlier than usual" compares lengths: a duration */
      gboolean later = (word_is (scanner, after, "later") || word_is (scanner, after, "earlier"))
                       && !word_is (scanner, after + 1, "than");
      gboolean before_after = word_is (scanner, after, "before")
                              || word_is (scanner, after, "after");

      /* "one days ago" is a typo for one day; "one days" alone is no count */
      if (a.plural_mismatch && !ago && !from_now)
        return FALSE;

      if ((ago || from_now) && !a.decimal)
        {
          guint last = ago ? after : (word_is (scanner, after, "from") ? after + 1 : after);

          if (vague)
            {
              candidate_init (c, first, last, DATELINE_TIMEX_DATE, TIMEX_FORM_REFERENCE);
              c->set_value = ago ? "PAST_REF" : "FUTURE_REF";
              c->mod = mod;
              return TRUE;
            }
          candidate_init (c, first, last, DATELINE_TIMEX_DATE, TIMEX_FORM_OFFSET);
          for (guint u = 0; u < TIMEX_N_UNITS; u++)
            c->amounts[u] = ago ? -a.amounts[u] : a.amounts[u];
          c->unit = a.unit;
          c->mod = mod;
          return TRUE;
        }

      if ((later || before_after) && !vague && !a.decimal)
        {
          int sign = word_is (scanner, after, "later") || word_is (scanner, after, "after")
                     ? 1 : -1;
          TimexCandidate base;

          if (before_after && !is_expression_boundary (scanner, after + 1))
            {
              /* "two days after next Friday", "2 day before yesterday" */
              gboolean have_second = scanner->have_second;

              if (!match_base_date (scanner, after + 1, &base))
                {
                  scanner->have_second = have_second;
                  goto duration;
                }
              scanner->have_second = FALSE;
              candidate_init (c, first, after, DATELINE_TIMEX_DATE, TIMEX_FORM_OFFSET);
              for (guint u = 0; u < TIMEX_N_UNITS; u++)
                c->amounts[u] = sign * a.amounts[u];
              c->unit = a.unit;
              c->combine = 1;
              c->mod = mod;
              scanner->second = base;
              scanner->have_second = TRUE;
              return TRUE;
            }

          /* "two days later", "an hour earlier", "a week before." */
          candidate_init (c, first, after, DATELINE_TIMEX_DATE, TIMEX_FORM_ANAPHORIC);
          for (guint u = 0; u < TIMEX_N_UNITS; u++)
            c->amounts[u] = sign * a.amounts[u];
          c->unit = a.unit;
          c->quantity = 1;
          c->mod = mod;
          return TRUE;
        }

      if (a.short_units && a.parts < 2)
        return FALSE;

      /* "2 days each week", "three times a month" are sets below */
      if ((word_is (scanner, after, "each") || word_is (scanner, after, "every")
           || word_is (scanner, after, "per"))
          && is_word_class (scanner, after + 1, TIMEX_LEX_UNIT)
          && !(scanner->tokens[after + 1].lex->flags & (TIMEX_LEXEME_PLURAL
                                                         | TIMEX_LEXEME_SHORT_UNIT)))
        {
          candidate_init (c, first, after + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
          c->unit = scanner->tokens[after + 1].lex->unit;
          c->quantity = 1;
          c->amounts[c->unit] = 1;
          return TRUE;
        }

      /* "a year" needs a preposition ("for a year") or a relation ("a
       * month earlier than planned", "a year long"): "a year of change" */
      if (a.article && a.parts == 1 && !allows_article_duration (scanner, i)
          && !(first < i) && !later && !before_after && !word_is (scanner, after, "long")
          && !word_is (scanner, after, "earlier") && !word_is (scanner, after, "later"))
        return FALSE;
    }
  else if (a.short_units)
    return FALSE;

duration:
  if (a.short_units && a.parts < 2)
    return FALSE;
  if (a.plural_mismatch && !a.adjectival)
    return FALSE;
  candidate_init (c, first, a.last, DATELINE_TIMEX_DURATION, TIMEX_FORM_DURATION);
  memcpy (c->amounts, a.amounts, sizeof c->amounts);
  c->unit = a.unit;
  c->quantity = a.parts == 1 ? a.quantity : 0;
  c->mod = mod;
  if (a.decimal)
    {
      c->quantity_start = a.decimal_start;
      c->quantity_end = a.decimal_end;
    }
  /* "the 90 years", "the 24 hours" */
  if (first == i && !a.adjectival && !a.article && i > 0 && word_is (scanner, i - 1, "the")
      && is_free (scanner, i - 1) && !vague)
    c->first_token = i - 1;
  return TRUE;
}

/* "+2 months, 5 days", "-3y", "+15min", and after another expression
 * "next tuesday +10 days", "2023-12-29 -10days", "now + 40minutes". */
static gboolean
match_signed_offset (TimexScanner   *scanner,
                     guint           i,
                     TimexCandidate *c)
{
  TimexAmounts a;
  int sign = is_punct (scanner, i, '+') ? 1 : is_punct (scanner, i, '-') ? -1 : 0;
  gboolean after_previous = scanner->have_previous && scanner->previous_last + 1 == i;
  const TimexToken *n = token_at (scanner, i + 1);

  if (sign == 0 || n == NULL || n->kind != TIMEX_TOKEN_NUMBER
      || (!is_attached (scanner, i + 1) && !after_previous))
    return FALSE;
  /* a sign inside a number run: "1-2", "10 - 11" */
  if (!after_previous && i > 0 && (scanner->tokens[i - 1].kind != TIMEX_TOKEN_PUNCT
                                   || is_attached (scanner, i)))
    return FALSE;
  if (!read_amounts (scanner, i + 1, FALSE, &a) || a.quantity == TIMEX_QUANTITY_VAGUE
      || a.decimal || a.adjectival || !is_expression_boundary (scanner, a.last + 1))
    return FALSE;

  candidate_init (c, i, a.last, DATELINE_TIMEX_DATE, TIMEX_FORM_OFFSET);
  for (guint u = 0; u < TIMEX_N_UNITS; u++)
    c->amounts[u] = sign * a.amounts[u];
  c->unit = a.unit;
  c->combine = after_previous ? -1 : 0;
  return TRUE;
}

/* A plural unit without a count is a vague stretch of time where the
 * context says so: "for years", "within hours", "in recent weeks",
 * "days before the vote", "weeks later". */
static gboolean
match_vague_units (const TimexScanner *scanner,
                   guint               i,
                   TimexCandidate     *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  guint first = i;

  if (!(lex->flags & TIMEX_LEXEME_PLURAL) || (lex->flags & TIMEX_LEXEME_SHORT_UNIT)
      || !is_countable_unit (lex->unit) || is_capitalised (scanner, i)
      || is_age_after (scanner, i + 1))
    return FALSE;

  if (i > 0 && word_is (scanner, i - 1, "recent") && is_free (scanner, i - 1))
    first = i - 1;
  else if (!(i > 0 && (word_is (scanner, i - 1, "for") || word_is (scanner, i - 1, "within")))
           && !(word_is (scanner, i + 1, "earlier") || word_is (scanner, i + 1, "later")
                || word_is (scanner, i + 1, "before") || word_is (scanner, i + 1, "after")
                || word_is (scanner, i + 1, "long")))
    return FALSE;

  candidate_init (c, first, i, DATELINE_TIMEX_DURATION, TIMEX_FORM_DURATION);
  c->unit = lex->unit;
  c->quantity = TIMEX_QUANTITY_VAGUE;
  return TRUE;
}

/* "the end of the year", "by the end of year", "the beginning of the
 * month": the year or month the text is about, as an anaphor. */
static gboolean
match_boundary_of_unit (const TimexScanner *scanner,
                        guint               i,
                        TimexCandidate     *c)
{
  static const char * const boundaries[] = {
    "beginning", "start", "middle", "end", "rest", NULL,
  };
  const TimexLexeme *lex = scanner->tokens[i].lex;
  guint k = i;

  if ((lex->flags & (TIMEX_LEXEME_PLURAL | TIMEX_LEXEME_SHORT_UNIT))
      || (lex->unit != TIMEX_UNIT_YEAR && lex->unit != TIMEX_UNIT_MONTH
          && lex->unit != TIMEX_UNIT_WEEK))
    return FALSE;
  if (k > 0 && word_is (scanner, k - 1, "the"))
    k--;
  if (k < 2 || !is_word_class (scanner, k - 1, TIMEX_LEX_OF)
      || !word_is_one_of (scanner, k - 2, boundaries) || word_is (scanner, k - 2, "rest")
      || !is_free (scanner, k))
    return FALSE;
  /* "the end of the year's first half" */
  if (is_punct (scanner, i + 1, '\''))
    return FALSE;

  candidate_init (c, k, i, DATELINE_TIMEX_DATE, TIMEX_FORM_ANAPHORIC);
  c->unit = lex->unit;
  c->offset = 0;
  return TRUE;
}

/* The unit-based anaphors: "the next day", "the following week", "the
 * previous night", "the day before", "the morning after", "that day",
 * "the same week", "the following Monday". @i is the word after "the"
 * (or "that"); @first the first token. */
static gboolean
match_anaphor_after (TimexScanner   *scanner,
                     guint           first,
                     guint           i,
                     int             shift,
                     gboolean        shifted,
                     TimexCandidate *c)
{
  const TimexToken *t = token_at (scanner, i);

  if (t == NULL || t->kind != TIMEX_TOKEN_WORD || t->lex == NULL)
    return FALSE;

  if (shifted && (t->lex->classes & TIMEX_LEX_WEEKDAY) && weekday_is_written_as_one (scanner, i)
      && !(t->lex->flags & (TIMEX_LEXEME_PLURAL | TIMEX_LEXEME_ABBREVIATION)) && shift != 0)
    {
      candidate_init (c, first, i, DATELINE_TIMEX_DATE, TIMEX_FORM_ANAPHORIC);
      c->weekday = t->lex->weekday;
      c->direction = shift > 0 ? TIMEX_DIRECTION_AFTER : TIMEX_DIRECTION_BEFORE;
      take_part_of_day (scanner, c);
      return TRUE;
    }

  if ((t->lex->classes & TIMEX_LEX_PART_OF_DAY) && !(t->lex->flags & TIMEX_LEXEME_PLURAL))
    {
      candidate_init (c, first, i, DATELINE_TIMEX_TIME, TIMEX_FORM_ANAPHORIC);
      c->unit = TIMEX_UNIT_DAY;
      c->offset = shift;
      c->part = t->lex->part;
      return TRUE;
    }

  if ((t->lex->classes & TIMEX_LEX_UNIT) && !(t->lex->flags & (TIMEX_LEXEME_PLURAL
                                                               | TIMEX_LEXEME_SHORT_UNIT))
      && t->lex->unit >= TIMEX_UNIT_DAY && t->lex->unit != TIMEX_UNIT_FORTNIGHT
      && t->lex->unit <= TIMEX_UNIT_YEAR && !is_punct (scanner, i + 1, '-'))
    {
      candidate_init (c, first, i, DATELINE_TIMEX_DATE, TIMEX_FORM_ANAPHORIC);
      c->unit = (TimexUnit) t->lex->unit;
      c->offset = shift;
      return TRUE;
    }

  return FALSE;
}

/* "the day before", "the night before", "the week after", and with a
 * date after: "the day after tomorrow", "the day before yesterday", "the
 * min before". */
static gboolean
match_the_unit_before_after (TimexScanner   *scanner,
                             guint           i,
                             TimexCandidate *c)
{
  const TimexToken *t = token_at (scanner, i + 1);
  guint k = i + 2;
  int sign;
  TimexUnit unit = TIMEX_UNIT_NONE;
  TimexPartOfDay part = TIMEX_PART_NONE;

  if (t == NULL || t->kind != TIMEX_TOKEN_WORD || t->lex == NULL)
    return FALSE;
  if ((t->lex->classes & TIMEX_LEX_UNIT) && !(t->lex->flags & (TIMEX_LEXEME_PLURAL
                                                               | TIMEX_LEXEME_SHORT_UNIT))
      && is_countable_unit (t->lex->unit))
    unit = (TimexUnit) t->lex->unit;
  else if ((t->lex->classes & TIMEX_LEX_PART_OF_DAY) && !(t->lex->flags & TIMEX_LEXEME_PLURAL))
    {
      unit = TIMEX_UNIT_DAY;
      part = (TimexPartOfDay) t->lex->part;
    }
  else
    return FALSE;

  if (word_is (scanner, k, "before"))
    sign = -1;
  else if (word_is (scanner, k, "after"))
    sign = 1;
  else
    return FALSE;

  if (!is_expression_boundary (scanner, k + 1))
    {
      TimexCandidate base;
      gboolean have_second = scanner->have_second;

      if (part != TIMEX_PART_NONE || !match_base_date (scanner, k + 1, &base))
        {
          scanner->have_second = have_second;
          return FALSE;
        }
      candidate_init (c, i, k, DATELINE_TIMEX_DATE, TIMEX_FORM_OFFSET);
      c->amounts[unit] = sign;
      c->unit = unit;
      c->combine = 1;
      scanner->second = base;
      scanner->have_second = TRUE;
      return TRUE;
    }

  candidate_init (c, i, k, part != TIMEX_PART_NONE ? DATELINE_TIMEX_TIME : DATELINE_TIMEX_DATE,
                  TIMEX_FORM_ANAPHORIC);
  c->unit = unit;
  c->offset = sign;
  c->part = part;
  return TRUE;
}

/* Prepositions that make "the next week" a stretch of time. */
static gboolean
is_duration_preposition (const TimexScanner *scanner,
                         guint               k)
{
  static const char * const words[] = {
    "over", "during", "for", "within", "throughout", NULL,
  };

  return word_is_one_of (scanner, k, words);
}

/* At "the": "the next day", "the following Monday", "the previous
 * night", "the day before", "the same week"; "the 99th day" (of an
 * expedition: a day, but which one the text does not say). */
static gboolean
match_the_anaphor (TimexScanner   *scanner,
                   guint           i,
                   TimexCandidate *c)
{
  guint j = i + 1;
  guint k;

  if (match_the_unit_before_after (scanner, i, c))
    return TRUE;

  k = is_word_class (scanner, j, TIMEX_LEX_ORDINAL) ? j + 1
      : is_plain_number (token_at (scanner, j)) ? skip_ordinal_suffix (scanner, j + 1) : j;
  if (k > j && (k != j + 1 || is_word_class (scanner, j, TIMEX_LEX_ORDINAL))
      && word_is (scanner, k, "day") && !is_word_class (scanner, k + 1, TIMEX_LEX_OF)
      && !word_is (scanner, j, "second"))
    {
      candidate_init (c, i, k, DATELINE_TIMEX_DATE, TIMEX_FORM_REFERENCE);
      c->set_value = "XXXX-XX-XX";
      return TRUE;
    }

  if (word_is (scanner, j, "same"))
    return match_anaphor_after (scanner, i, j + 1, 0, FALSE, c);

  if (!(word_is (scanner, j, "next") || word_is (scanner, j, "following")
        || word_is (scanner, j, "previous") || word_is (scanner, j, "preceding")))
    return FALSE;
  /* "over the next week" is a stretch of time, read by match_shift */
  if (i > 0 && is_duration_preposition (scanner, i - 1))
    return FALSE;
  return match_anaphor_after (scanner, i, j + 1, scanner->tokens[j].lex != NULL
                                                 ? scanner->tokens[j].lex->shift : 1,
                              TRUE, c);
}

/* ------------------------------------------------------------------ */
/* Periods: centuries, quarters, seasons, decades                      */
/* ------------------------------------------------------------------ */

/* "20th century", "the nineteenth century", "21st-century", "the 2nd
 * century BC". */
static gboolean
match_century (const TimexScanner *scanner,
               guint               i,
               TimexCandidate     *c)
{
  const TimexToken *t = &scanner->tokens[i];
  int n;
  guint k;
  guint era;

  if (is_plain_number (t) && t->n_digits <= 2 && is_attached (scanner, i + 1)
      && is_word_class (scanner, i + 1, TIMEX_LEX_ORDINAL_SUFFIX))
    {
      n = t->number;
      k = i + 2;
    }
  else if (is_word_class (scanner, i, TIMEX_LEX_ORDINAL))
    {
      n = t->lex->number;
      k = i + 1;
    }
  else if (is_word_class (scanner, i, TIMEX_LEX_NUMBER) && t->lex->number == 20
           && is_punct (scanner, i + 1, '-') && is_word_class (scanner, i + 2, TIMEX_LEX_ORDINAL)
           && scanner->tokens[i + 2].lex->number < 10)
    {
      /* "twenty-first" */
      n = 20 + scanner->tokens[i + 2].lex->number;
      k = i + 3;
    }
  else
    return FALSE;

  if (is_punct (scanner, k, '-') && is_attached (scanner, k) && is_attached (scanner, k + 1))
    k++;
  if (n < 1 || n > 22)
    return FALSE;

  if (!word_is (scanner, k, "century"))
    {
      /* "19th and 20th century", "2nd or 3rd century BC": the first
       * ordinal is a century too, in the same era */
      TimexCandidate second;
      guint j = k + 1;

      if (!(word_is (scanner, k, "and") || word_is (scanner, k, "or") || word_is (scanner, k, "to"))
          || k != (is_word_class (scanner, i, TIMEX_LEX_ORDINAL) ? i + 1 : i + 2))
        return FALSE;
      if (is_word_class (scanner, j, TIMEX_LEX_POSITION))
        j++;
      if (token_at (scanner, j) == NULL || !match_century (scanner, j, &second))
        return FALSE;
      candidate_init (c, i, k - 1, DATELINE_TIMEX_DATE, TIMEX_FORM_CENTURY);
      c->year = (n - 1) * 100;
      c->before_christ = second.before_christ;
      return TRUE;
    }

  candidate_init (c, i, k, DATELINE_TIMEX_DATE, TIMEX_FORM_CENTURY);
  c->year = (n - 1) * 100;
  if ((era = find_era_after (scanner, k + 1)) != 0 && scanner->tokens[era].lex->number == -1)
    {
      c->before_christ = TRUE;
      c->last_token = era;
    }
  return TRUE;
}

/* "Q2 2025", "Q4"; "the third quarter (of 2001)", "third-quarter";
 * "the first half of 2025", "the second half of this year".
 *
 * A half is a date only with its year stated or named ("of 2025", "of
 * next year"): alone, "the second half" is a match's or a speech's, and
 * the ordinal is never a count of time units ("in the second" is not "in
 * one second"). chrono-node leaves "in the second half of 2025"
 * unmatched, but by scope, not as a non-date: it has no half-year,
 * quarter or season in its results (wanasit/chrono#578), where TimeML
 * writes DATE 2025-H2. We keep the TIMEX3 reading; tests/eval/eval-timex.c
 * (mapping M9) says how that case is scored. */
static gboolean
match_part_of_year (const TimexScanner *scanner,
                    guint               i,
                    TimexCandidate     *c)
{
  const TimexToken *t = &scanner->tokens[i];
  gboolean half = FALSE;
  int n;
  guint k;
  guint year_last;

  if (t->kind == TIMEX_TOKEN_WORD && t->end - t->start == 1 && scanner->text[t->start] == 'Q'
      && is_attached (scanner, i + 1) && is_plain_number (token_at (scanner, i + 1))
      && scanner->tokens[i + 1].n_digits == 1 && scanner->tokens[i + 1].number >= 1
      && scanner->tokens[i + 1].number <= 4)
    {
      n = scanner->tokens[i + 1].number;
      k = i + 1;
    }
  else
    {
      if (is_plain_number (t) && t->n_digits == 1 && is_attached (scanner, i + 1)
          && is_word_class (scanner, i + 1, TIMEX_LEX_ORDINAL_SUFFIX))
        {
          n = t->number;
          k = i + 2;
        }
      else if (is_word_class (scanner, i, TIMEX_LEX_ORDINAL))
        {
          n = t->lex->number;
          k = i + 1;
        }
      else
        return FALSE;

      if (is_punct (scanner, k, '-') && is_attached (scanner, k) && is_attached (scanner, k + 1))
        k++;
      if (word_is (scanner, k, "half"))
        half = TRUE;
      else if (!word_is (scanner, k, "quarter"))
        return FALSE;
      if (n < 1 || n > (half ? 2 : 4))
        return FALSE;
    }

  candidate_init (c, i, k, DATELINE_TIMEX_DATE, half ? TIMEX_FORM_HALF : TIMEX_FORM_QUARTER);
  c->part_of_year = n;

  year_last = take_year_after (scanner, k + 1, TRUE, c);
  if (year_last != 0 && c->year < 1000 && !c->before_christ)
    {
      year_last = 0;
      c->year = 0;
    }
  if (year_last != 0)
    c->last_token = year_last;
  else if (is_word_class (scanner, k + 1, TIMEX_LEX_OF) && take_relative_year (scanner, k + 2, c))
    {
      /* "the first half of next year" */
      c->form = half ? TIMEX_FORM_HALF : TIMEX_FORM_QUARTER;
      c->relative = TRUE;
    }
  else if (i >= 3 && word_is (scanner, i - 1, "earlier") && is_punct (scanner, i - 2, '-')
           && word_is (scanner, i - 3, "year") && is_free (scanner, i - 3))
    {
      /* "the year-earlier first quarter": a year before the one it would be */
      c->first_token = i - 3;
      c->offset = -1;
      c->tense = detect_tense (scanner, c->first_token, c->last_token);
    }
  else if (half)
    return FALSE;   /* "the second half" of a match, of a speech… */
  else
    c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* SEASON [of] YEAR, or a season after a cue: "summer 2024", "the winter
 * of 2001", "summer of '69", "in the spring", "summer of 190 BC". */
static gboolean
match_season (const TimexScanner *scanner,
              guint               i,
              TimexCandidate     *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  gboolean cue;
  guint year_last;

  candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_SEASON);
  c->season = lex->season;
  year_last = take_year_after (scanner, i + 1, TRUE, c);
  if (year_last != 0)
    {
      c->last_token = year_last;
      return TRUE;
    }

  cue = has_cue_before (scanner, i, TIMEX_LEX_MONTH_CUE)
        || (i >= 2 && is_word_class (scanner, i - 1, TIMEX_LEX_THE)
            && (is_word_class (scanner, i - 2, TIMEX_LEX_MONTH_CUE)
                || word_is (scanner, i - 2, "over")))
        /* a heading: "Summer" on a line of its own */
        || (i == 0 && (i + 1 >= scanner->n_tokens
                       || (is_any_punct (scanner, i + 1) && i + 2 >= scanner->n_tokens)));
  if (!cue || ((lex->flags & TIMEX_LEXEME_AMBIGUOUS)
               && !is_word_class (scanner, i - 1, TIMEX_LEX_THE)))
    return FALSE;

  c->relative = TRUE;
  c->direction = TIMEX_DIRECTION_BY_TENSE;
  c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* Decades: "the 90s", "the '90s", "the mid-90s", "the seventies", "the
 * nineteen seventies", "90s BC". The article (or apostrophe) is required:
 * "in his 20s", "in their seventies" are ages. "the 1990s" is read by
 * match_year. */
static gboolean
match_short_decade (const TimexScanner *scanner,
                    guint               i,
                    TimexCandidate     *c)
{
  const TimexToken *t = &scanner->tokens[i];
  guint before = i;
  int year;
  guint last;
  guint era;

  if (is_word_class (scanner, i, TIMEX_LEX_DECADE_WORD))
    {
      year = t->lex->number;
      last = i;
    }
  else if (word_is (scanner, i, "nineteen")
           && is_word_class (scanner, i + 1, TIMEX_LEX_DECADE_WORD))
    {
      year = scanner->tokens[i + 1].lex->number;
      last = i + 1;
    }
  else if (is_plain_number (t) && (t->n_digits == 2 || t->n_digits == 3) && t->number % 10 == 0
           && word_is (scanner, i + 1, "s") && is_attached (scanner, i + 1))
    {
      year = t->n_digits == 2 ? (t->number >= 30 ? 1900 + t->number : 2000 + t->number)
                              : t->number;
      last = i + 1;
      /* "90s BC", "190s BC" */
      if ((era = find_era_after (scanner, i + 2)) != 0 && scanner->tokens[era].lex->number == -1)
        {
          candidate_init (c, i, era, DATELINE_TIMEX_DATE, TIMEX_FORM_DECADE);
          c->year = t->number;
          c->before_christ = TRUE;
          return TRUE;
        }
      if (t->n_digits == 3)
        return FALSE;
    }
  else
    return FALSE;

  /* what precedes: "the", "'" (the '90s), "mid-", "early", "late" */
  if (before > 0 && is_punct (scanner, before - 1, '\'') && is_attached (scanner, before))
    before--;
  if (before > 1 && is_punct (scanner, before - 1, '-')
      && is_word_class (scanner, before - 2, TIMEX_LEX_POSITION))
    before -= 2;
  else if (before > 0 && is_word_class (scanner, before - 1, TIMEX_LEX_POSITION))
    before--;
  if (before == 0 || !is_word_class (scanner, before - 1, TIMEX_LEX_THE))
    return FALSE;

  candidate_init (c, i, last, DATELINE_TIMEX_DATE, TIMEX_FORM_DECADE);
  c->year = year;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Shifts from the anchor                                              */
/* ------------------------------------------------------------------ */

/* last/this/next/past/coming + week | month | year…, a weekday, a month
 * (and day), a season, a part of the day, or a count of units ("the past
 * three years"). "next Friday" is the Friday of next week, "this Friday"
 * the one of this week, "last Friday" the most recent one. */
static gboolean
match_shift (TimexScanner   *scanner,
             guint           i,
             TimexCandidate *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  gboolean past = word_is (scanner, i, "past");
  gboolean duration_context = i >= 2 && word_is (scanner, i - 1, "the")
                              && is_duration_preposition (scanner, i - 2);
  guint j = i + 1;
  const TimexToken *next = token_at (scanner, j);
  TimexDirection direction = lex->shift < 0 ? TIMEX_DIRECTION_BEFORE
                             : lex->shift > 0 ? TIMEX_DIRECTION_AFTER : TIMEX_DIRECTION_SAME;

  if (next == NULL)
    return FALSE;

  /* "this fiscal year", "last financial year" */
  if ((word_is (scanner, j, "fiscal") || word_is (scanner, j, "financial"))
      && word_is (scanner, j + 1, "year"))
    {
      j++;
      next = token_at (scanner, j);
    }

  /* "next weekday", "last weekday": the next or previous working day */
  if (word_is (scanner, j, "weekday") && lex->shift != 0)
    {
      candidate_init (c, i, j, DATELINE_TIMEX_DATE, TIMEX_FORM_BUSINESS_DAY);
      c->offset = lex->shift;
      return TRUE;
    }

  if (is_word_class (scanner, j, TIMEX_LEX_UNIT)
      && !(next->lex->flags & (TIMEX_LEXEME_PLURAL | TIMEX_LEXEME_SHORT_UNIT)))
    {
      TimexUnit unit = next->lex->unit;

      if (unit == TIMEX_UNIT_FORTNIGHT)
        return FALSE;

      if (unit == TIMEX_UNIT_DAY)
        {
          /* "next day", "previous day": anaphors; "last day" is a final
           * day; "this day" the day just named, but "to this day" now */
          if (word_is (scanner, i, "last") || past
              || (lex->shift == 0 && (i == 0 || word_is (scanner, i - 1, "to")
                                      || word_is (scanner, i - 1, "until")
                                      || !scanner->have_previous)))
            return FALSE;
          candidate_init (c, i, j, DATELINE_TIMEX_DATE, TIMEX_FORM_ANAPHORIC);
          c->unit = unit;
          c->offset = lex->shift;
          return TRUE;
        }

      if (past || ((unit == TIMEX_UNIT_HOUR || unit == TIMEX_UNIT_MINUTE
                    || unit == TIMEX_UNIT_SECOND) && lex->shift < 0)
          || (duration_context && lex->shift != 0))
        {
          /* "over the past week", "over the next decade": stretches of
           * time (TimeML: P1W, P10Y). */
          if (unit == TIMEX_UNIT_WEEKEND)
            return FALSE;
          candidate_init (c, i, j, DATELINE_TIMEX_DURATION, TIMEX_FORM_DURATION);
          c->unit = unit;
          c->quantity = 1;
          c->amounts[unit] = 1;
          return TRUE;
        }

      if ((unit == TIMEX_UNIT_HOUR || unit == TIMEX_UNIT_MINUTE || unit == TIMEX_UNIT_SECOND)
          && lex->shift == 0)
        return FALSE;

      candidate_init (c, i, j, DATELINE_TIMEX_DATE, TIMEX_FORM_SHIFTED_UNIT);
      c->unit = unit;
      c->offset = lex->shift;
      c->direction = direction;

      /* "this year's third quarter", "next year's first quarter" */
      if (unit == TIMEX_UNIT_YEAR && is_punct (scanner, j + 1, '\'')
          && word_is (scanner, j + 2, "s")
          && is_word_class (scanner, j + 3, TIMEX_LEX_ORDINAL))
        {
          TimexCandidate part;

          if (match_part_of_year (scanner, j + 3, &part) && part.year == 0 && part.offset == 0)
            {
              part.first_token = i;
              part.relative = TRUE;
              part.offset = lex->shift;
              *c = part;
            }
        }
      return TRUE;
    }

  if (is_word_class (scanner, j, TIMEX_LEX_WEEKDAY) && weekday_is_written_as_one (scanner, j)
      && !(next->lex->flags & (TIMEX_LEXEME_PLURAL | TIMEX_LEXEME_ABBREVIATION)))
    {
      candidate_init (c, i, j, DATELINE_TIMEX_DATE, TIMEX_FORM_WEEKDAY);
      c->weekday = next->lex->weekday;
      c->direction = direction;
      if (word_is (scanner, i, "next"))
        {
          c->direction = TIMEX_DIRECTION_IN_WEEK;
          c->offset = 1;
        }
      take_part_of_day (scanner, c);
      take_clock_after (scanner, c);
      c->tense = detect_tense (scanner, c->first_token, c->last_token);
      return TRUE;
    }

  if (is_word_class (scanner, j, TIMEX_LEX_MONTH) && is_capitalised (scanner, j)
      && !(next->lex->flags & TIMEX_LEXEME_ABBREVIATION))
    {
      int day;
      gboolean in_words;
      int d_last;

      candidate_init (c, i, j, DATELINE_TIMEX_DATE, TIMEX_FORM_SHIFTED_MONTH);
      c->month = next->lex->month;
      c->direction = direction;
      /* "this November 24" */
      if (!is_attached (scanner, j + 1)
          && (d_last = read_day (scanner, j + 1, &day, &in_words)) >= 0
          && !is_time_or_measure_after (scanner, (guint) d_last + 1))
        {
          c->day = day;
          c->last_token = (guint) d_last;
        }
      return TRUE;
    }

  if (is_word_class (scanner, j, TIMEX_LEX_SEASON)
      && !((next->lex->flags & TIMEX_LEXEME_AMBIGUOUS) && past))
    {
      candidate_init (c, i, j, DATELINE_TIMEX_DATE, TIMEX_FORM_SEASON);
      c->season = next->lex->season;
      c->relative = TRUE;
      c->direction = direction;
      return TRUE;
    }

  /* "this morning", "last night" */
  if (is_word_class (scanner, j, TIMEX_LEX_PART_OF_DAY)
      && !(next->lex->flags & TIMEX_LEXEME_PLURAL)
      && (lex->shift == 0 || (lex->shift < 0 && next->lex->part == TIMEX_PART_NIGHT && !past)))
    {
      candidate_init (c, i, j, DATELINE_TIMEX_TIME, TIMEX_FORM_DEICTIC_DAY);
      c->offset = lex->shift;
      c->part = next->lex->part;
      take_clock_after (scanner, c);
      return TRUE;
    }

  /* "the past three years", "the next few months", "next two quarters" */
  if (lex->shift != 0 && match_quantity (scanner, j, TRUE, c) && c->form == TIMEX_FORM_DURATION)
    {
      c->first_token = i;
      return TRUE;
    }

  /* "this quarter" is a unit above; "the last quarter" too. */
  return FALSE;
}

/* "the weekend", "over the weekend": the nearest weekend, past or
 * future by tense. */
static gboolean
match_the_weekend (const TimexScanner *scanner,
                   guint               i,
                   TimexCandidate     *c)
{
  if (!word_is (scanner, i + 1, "weekend"))
    return FALSE;

  candidate_init (c, i, i + 1, DATELINE_TIMEX_DATE, TIMEX_FORM_SHIFTED_UNIT);
  c->unit = TIMEX_UNIT_WEEKEND;
  c->direction = TIMEX_DIRECTION_BY_TENSE;
  c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* "in the past", "in the future", "at the time": TimeML's vague
 * references. "the past week" and "the past three years" are read by
 * match_shift first. */
static gboolean
match_the_past (TimexScanner   *scanner,
                guint           i,
                TimexCandidate *c)
{
  gboolean past = word_is (scanner, i + 1, "past");
  TimexCandidate shifted;

  if (word_is (scanner, i + 1, "time") && i > 0 && word_is (scanner, i - 1, "at")
      && is_free (scanner, i - 1) && !word_is (scanner, i + 2, "of")
      && !word_is (scanner, i + 2, "when"))
    {
      candidate_init (c, i - 1, i + 1, DATELINE_TIMEX_DATE, TIMEX_FORM_REFERENCE);
      c->set_value = "PAST_REF";
      return TRUE;
    }

  if (!(past || word_is (scanner, i + 1, "future"))
      || !(i > 0 && (word_is (scanner, i - 1, "in") || word_is (scanner, i - 1, "into"))))
    return FALSE;
  if (past)
    {
      gboolean have_second = scanner->have_second;
      gboolean shift = match_shift (scanner, i + 1, &shifted);

      scanner->have_second = have_second;
      if (shift)
        return FALSE;
    }

  candidate_init (c, i, i + 1, DATELINE_TIMEX_DATE, TIMEX_FORM_REFERENCE);
  c->set_value = past ? "PAST_REF" : "FUTURE_REF";
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Modifiers, sets, years, holidays                                    */
/* ------------------------------------------------------------------ */

static gboolean
match_year (TimexScanner   *scanner,
            guint           i,
            TimexCandidate *c);

/* "earlier this week", "later today", "earlier Monday", "early June",
 * "mid-2024", "late last year", "early Friday morning", "the early
 * 1990s", "later that day": the modifier joins the expression after it;
 * early, mid and late become its TIMEX3 mod (START, MID, END). */
static gboolean
match_modified (TimexScanner   *scanner,
                guint           i,
                TimexCandidate *c)
{
  gboolean edge = is_word_class (scanner, i, TIMEX_LEX_EDGE);
  DatelineTimexMod mod = DATELINE_TIMEX_MOD_NONE;
  guint j = i + 1;
  gboolean found;

  if (!edge)
    mod = word_is (scanner, i, "early") ? DATELINE_TIMEX_MOD_START
          : word_is (scanner, i, "mid") ? DATELINE_TIMEX_MOD_MID : DATELINE_TIMEX_MOD_END;

  if (!edge && is_punct (scanner, j, '-') && is_attached (scanner, j)
      && is_attached (scanner, j + 1))
    j++;   /* "mid-June" */

  if (token_at (scanner, j) == NULL)
    return FALSE;

  if (is_word_class (scanner, j, TIMEX_LEX_WEEKDAY))
    found = match_weekday (scanner, j, c) && c->form == TIMEX_FORM_WEEKDAY;
  else if (is_word_class (scanner, j, TIMEX_LEX_DEICTIC_DAY))
    found = match_deictic_day (scanner, j, c);
  else if (edge && word_is (scanner, j, "that"))
    found = match_anaphor_after (scanner, j, j + 1, 0, FALSE, c);
  else if (edge)
    /* "earlier" sits only inside what contains the present: "this week",
     * "last night" */
    found = is_word_class (scanner, j, TIMEX_LEX_SHIFT) && match_shift (scanner, j, c)
            && (c->form == TIMEX_FORM_SHIFTED_UNIT || c->form == TIMEX_FORM_DEICTIC_DAY)
            && (word_is (scanner, j, "this") || c->form == TIMEX_FORM_DEICTIC_DAY);
  else if (is_word_class (scanner, j, TIMEX_LEX_MONTH) && is_capitalised (scanner, j))
    found = match_month_first (scanner, j, TRUE, c);
  else if (is_word_class (scanner, j, TIMEX_LEX_SHIFT))
    found = match_shift (scanner, j, c) && c->type == DATELINE_TIMEX_DATE;
  else if (is_word_class (scanner, j, TIMEX_LEX_SEASON))
    found = match_season (scanner, j, c);
  else if (scanner->tokens[j].kind == TIMEX_TOKEN_NUMBER
           || is_word_class (scanner, j, TIMEX_LEX_ORDINAL))
    found = (match_century (scanner, j, c) || match_short_decade (scanner, j, c)
             || match_year (scanner, j, c) || match_number (scanner, j, c))
            && c->type == DATELINE_TIMEX_DATE && c->form != TIMEX_FORM_OFFSET
            && c->form != TIMEX_FORM_ANAPHORIC;
  else if (is_word_class (scanner, j, TIMEX_LEX_DECADE_WORD) || word_is (scanner, j, "nineteen"))
    found = match_short_decade (scanner, j, c);
  else
    found = FALSE;

  if (!found)
    {
      scanner->have_second = FALSE;
      return FALSE;
    }

  c->first_token = i;
  if (c->mod == DATELINE_TIMEX_MOD_NONE)
    c->mod = mod;
  if (c->form == TIMEX_FORM_CALENDAR)
    c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* every/each + weekday | unit | month | part of day | season, "every 5
 * years"; daily, weekly… */
static gboolean
match_set (TimexScanner   *scanner,
           guint           i,
           TimexCandidate *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  const TimexToken *next = token_at (scanner, i + 1);
  TimexAmounts a;

  if (lex->classes & TIMEX_LEX_SET_WORD)
    {
      candidate_init (c, i, i, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->set_value = lex->set_value;
      return TRUE;
    }

  if (next == NULL)
    return FALSE;

  /* "every 5 years", "every two days" */
  if ((next->kind == TIMEX_TOKEN_NUMBER || is_word_class (scanner, i + 1, TIMEX_LEX_NUMBER))
      && read_amounts (scanner, i + 1, FALSE, &a) && a.parts == 1 && !a.article
      && a.quantity > 1 && !a.short_units && !a.adjectival)
    {
      candidate_init (c, i, a.last, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->unit = a.unit;
      c->quantity = a.quantity;
      c->amounts[a.unit] = a.quantity;
      return TRUE;
    }

  if (next->kind != TIMEX_TOKEN_WORD || next->lex == NULL)
    return FALSE;

  if ((next->lex->classes & TIMEX_LEX_WEEKDAY) && is_capitalised (scanner, i + 1)
      && !(next->lex->flags & (TIMEX_LEXEME_PLURAL | TIMEX_LEXEME_ABBREVIATION)))
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->weekday = next->lex->weekday;
      if (is_word_class (scanner, i + 2, TIMEX_LEX_PART_OF_DAY))
        {
          c->part = scanner->tokens[i + 2].lex->part;
          c->last_token = i + 2;
        }
      return TRUE;
    }
  if ((next->lex->classes & TIMEX_LEX_MONTH) && is_capitalised (scanner, i + 1)
      && !(next->lex->flags & TIMEX_LEXEME_ABBREVIATION))
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->month = next->lex->month;
      return TRUE;
    }
  if ((next->lex->classes & TIMEX_LEX_UNIT)
      && !(next->lex->flags & (TIMEX_LEXEME_PLURAL | TIMEX_LEXEME_SHORT_UNIT))
      && is_countable_unit (next->lex->unit))
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->unit = next->lex->unit;
      c->quantity = 1;
      c->amounts[c->unit] = 1;
      return TRUE;
    }
  if (next->lex->classes & TIMEX_LEX_PART_OF_DAY)
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->part = next->lex->part;
      return TRUE;
    }
  if ((next->lex->classes & TIMEX_LEX_SEASON) && !(next->lex->flags & TIMEX_LEXEME_AMBIGUOUS))
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->season = next->lex->season;
      return TRUE;
    }

  return FALSE;
}

/* "once a week", "twice a month", "three times a month", "40 times per
 * month": sets whose value is the period. */
static gboolean
match_frequency (const TimexScanner *scanner,
                 guint               i,
                 TimexCandidate     *c)
{
  guint k;
  const TimexToken *unit;

  if (word_is (scanner, i, "once") || word_is (scanner, i, "twice"))
    k = i + 1;
  else if (word_is (scanner, i + 1, "times")
           && (scanner->tokens[i].kind == TIMEX_TOKEN_NUMBER
               || is_word_class (scanner, i, TIMEX_LEX_NUMBER))
           && !(scanner->tokens[i].lex != NULL
                && (scanner->tokens[i].lex->flags & TIMEX_LEXEME_ARTICLE)))
    k = i + 2;
  else
    return FALSE;

  if (!(word_is (scanner, k, "a") || word_is (scanner, k, "an") || word_is (scanner, k, "per")
        || word_is (scanner, k, "each") || word_is (scanner, k, "every")))
    return FALSE;
  unit = token_at (scanner, k + 1);
  if (!is_word_class (scanner, k + 1, TIMEX_LEX_UNIT)
      || (unit->lex->flags & (TIMEX_LEXEME_PLURAL | TIMEX_LEXEME_SHORT_UNIT))
      || !is_countable_unit (unit->lex->unit))
    return FALSE;

  candidate_init (c, i, k + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
  c->unit = unit->lex->unit;
  c->quantity = 1;
  c->amounts[c->unit] = 1;
  return TRUE;
}

/* Words that can stand between "the"-like position and a year used as a
 * modifier: "a 2010 raid", "his 2007 campaign", "Obama's 2012 victory". */
static gboolean
is_year_determiner (const TimexScanner *scanner,
                    guint               k)
{
  static const char * const words[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose",
    NULL,
  };

  if (word_is_one_of (scanner, k, words))
    return TRUE;

  /* a possessive: "Obama's" */
  return k >= 1 && word_is (scanner, k, "s") && is_attached (scanner, k)
         && is_punct (scanner, k - 1, '\'') && is_attached (scanner, k - 1);
}

/* A year written in words: "nineteen ninety-one", "two-thousand ten",
 * "two thousand and ten". Returns the last index or -1. */
static int
read_year_in_words (const TimexScanner *scanner,
                    guint               i,
                    int                *year)
{
  const TimexToken *t = token_at (scanner, i);
  guint k;
  int tail;
  gboolean article, decimal;
  int last;

  if (!is_word_class (scanner, i, TIMEX_LEX_NUMBER) || (t->lex->flags & TIMEX_LEXEME_ARTICLE))
    return -1;

  if (t->lex->number == 2 && ((is_punct (scanner, i + 1, '-')
                               && word_is (scanner, i + 2, "thousand"))
                              || word_is (scanner, i + 1, "thousand")))
    {
      k = is_punct (scanner, i + 1, '-') ? i + 3 : i + 2;
      if (word_is (scanner, k, "and"))
        k++;
      if (token_at (scanner, k) == NULL || !is_word_class (scanner, k, TIMEX_LEX_NUMBER)
          || (last = read_quantity (scanner, k, &tail, &article, &decimal)) < 0 || article
          || tail < 1 || tail > 99)
        return -1;
      *year = 2000 + tail;
      return last;
    }

  if (t->lex->number >= 11 && t->lex->number <= 19
      && is_word_class (scanner, i + 1, TIMEX_LEX_NUMBER)
      && !(scanner->tokens[i + 1].lex->flags & TIMEX_LEXEME_ARTICLE)
      && scanner->tokens[i + 1].lex->number >= 10
      && (last = read_quantity (scanner, i + 1, &tail, &article, &decimal)) >= 0
      && tail >= 10 && tail <= 99)
    {
      *year = t->lex->number * 100 + tail;
      return last;
    }

  return -1;
}

/* A bare four-digit number is a year only where a year is expected: after
 * a cue ("in 2024", "since 1959", "mid-2024"), in a range ("2019-2021",
 * "2024-25", "1940/1941"), in parentheses, as a possessive ("2024's
 * budget"), after a determiner before a noun ("the 2024 election", "a 2010
 * raid"), or after "year". Never before what it counts ("2025 votes",
 * "1500 people", "2024 km"). A year followed by "s" is a decade ("the
 * 1990s"); with an era any number of up to four digits is a year ("190
 * BC", "AD 8"); "'98" is always one. */
static gboolean
match_year (TimexScanner   *scanner,
            guint           i,
            TimexCandidate *c)
{
  const TimexToken *t = &scanner->tokens[i];
  gboolean year_ish = FALSE;
  guint era;
  int year;

  /* "1990s", "1990s BC" */
  if (is_plain_number (t) && t->n_digits == 4 && t->number % 10 == 0 && t->number >= 1000
      && word_is (scanner, i + 1, "s") && is_attached (scanner, i + 1))
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_DATE, TIMEX_FORM_DECADE);
      c->year = t->number;
      if ((era = find_era_after (scanner, i + 2)) != 0 && scanner->tokens[era].lex->number == -1)
        {
          c->before_christ = TRUE;
          c->last_token = era;
        }
      return TRUE;
    }

  /* "190 BC", "345 BC", "8 AD", "2555 BE" */
  if (is_plain_number (t) && t->n_digits <= 4 && t->number >= 1
      && (era = find_era_after (scanner, i + 1)) != 0)
    {
      candidate_init (c, i, era, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
      c->year = t->number;
      apply_era (scanner, era, c);
      return c->year >= 1;
    }
  /* "190 or 180 BC": the first year of the pair is in the same era */
  if (is_plain_number (t) && t->n_digits <= 4 && t->number >= 1
      && (word_is (scanner, i + 1, "or") || word_is (scanner, i + 1, "and")
          || word_is (scanner, i + 1, "to"))
      && is_plain_number (token_at (scanner, i + 2)) && scanner->tokens[i + 2].n_digits <= 4
      && (era = find_era_after (scanner, i + 3)) != 0 && scanner->tokens[era].lex->number == -1)
    {
      candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
      c->year = t->number;
      c->before_christ = TRUE;
      return TRUE;
    }

  /* "'98" */
  if (i > 0 && is_punct (scanner, i - 1, '\'') && is_attached (scanner, i) && t->n_digits == 2
      && is_free (scanner, i - 1) && (i < 2 || !is_attached (scanner, i - 1)
                                      || scanner->tokens[i - 2].kind != TIMEX_TOKEN_WORD)
      && !is_punct (scanner, i + 1, '\'') && !is_counted_thing (scanner, i + 1)
      && read_short_year (scanner, i - 1, &year) >= 0)
    {
      candidate_init (c, i - 1, i, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
      c->year = year;
      return TRUE;
    }

  /* The second half of a short range: "2024-25" */
  if (is_plain_number (t) && t->n_digits == 2 && i >= 2 && is_punct (scanner, i - 1, '-')
      && is_attached (scanner, i - 1) && is_attached (scanner, i) && is_year_number (scanner, i - 2)
      && scanner->have_previous && scanner->previous_last == i - 2)
    {
      int first = scanner->tokens[i - 2].number;

      year = first - first % 100 + t->number;
      if (year <= first || is_counted_thing (scanner, i + 1))
        return FALSE;
      candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
      c->year = year;
      return TRUE;
    }

  if (!is_year_number (scanner, i) || is_word_class (scanner, i + 1, TIMEX_LEX_UNIT))
    return FALSE;

  /* "the 2001 third quarter" */
  if (is_word_class (scanner, i + 1, TIMEX_LEX_ORDINAL) && word_is (scanner, i + 2, "quarter"))
    {
      TimexCandidate part;

      if (match_part_of_year (scanner, i + 1, &part) && part.year == 0 && part.offset == 0)
        {
          *c = part;
          c->first_token = i;
          c->year = t->number;
          return TRUE;
        }
    }

  /* "between 2019 and 2021 exports fell", "1940/1941": the second of a
   * pair of years is a year whatever follows it. */
  if (i >= 2 && (is_word_class (scanner, i - 1, TIMEX_LEX_CHAIN_CUE)
                 || (is_punct (scanner, i - 1, '/') && is_attached (scanner, i - 1)))
      && scanner->have_previous && scanner->previous_last == i - 2
      && is_year_number (scanner, i - 2))
    {
      candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
      c->year = t->number;
      return TRUE;
    }

  if (is_counted_thing (scanner, i + 1))
    return FALSE;

  /* "$2024", "#2024", "No. 2024" */
  if (i > 0 && scanner->tokens[i - 1].kind == TIMEX_TOKEN_PUNCT && is_attached (scanner, i)
      && scanner->tokens[i - 1].ch != '(' && scanner->tokens[i - 1].ch != '-'
      && scanner->tokens[i - 1].ch != '"' && scanner->tokens[i - 1].ch != '\'')
    return FALSE;

  if (has_cue_before (scanner, i, TIMEX_LEX_YEAR_CUE))
    year_ish = TRUE;
  /* "mid-2024", "2019-2021" */
  else if (i >= 2 && is_punct (scanner, i - 1, '-') && is_attached (scanner, i - 1)
           && is_attached (scanner, i)
           && (is_word_class (scanner, i - 2, TIMEX_LEX_POSITION)
               || (scanner->have_previous && scanner->previous_last == i - 2)))
    year_ish = TRUE;
  /* "2019-2021", and "the 2024-25 budget" (a short second year only
   * after a determiner: "2012-14" alone is as likely a score) */
  else if (is_punct (scanner, i + 1, '-') && is_attached (scanner, i + 1)
           && is_attached (scanner, i + 2)
           && token_at (scanner, i + 2) != NULL && is_plain_number (token_at (scanner, i + 2))
           && ((is_year_number (scanner, i + 2) && scanner->tokens[i + 2].number > t->number)
               || (scanner->tokens[i + 2].n_digits == 2 && i > 0
                   && (is_year_determiner (scanner, i - 1) || is_punct (scanner, i - 1, '(')
                       || word_is (scanner, i - 1, "fiscal"))))
           && !(is_punct (scanner, i + 3, '-') && is_attached (scanner, i + 3)))
    year_ish = TRUE;
  /* "1940/1941" */
  else if (is_punct (scanner, i + 1, '/') && is_attached (scanner, i + 1)
           && is_year_number (scanner, i + 2) && is_attached (scanner, i + 2)
           && scanner->tokens[i + 2].number > t->number)
    year_ish = TRUE;
  /* "(2024)" */
  else if (i > 0 && is_punct (scanner, i - 1, '(') && is_punct (scanner, i + 1, ')'))
    year_ish = TRUE;
  /* "2024's" */
  else if (is_punct (scanner, i + 1, '\'') && is_attached (scanner, i + 1)
           && word_is (scanner, i + 2, "s")
           && is_attached (scanner, i + 2))
    year_ish = TRUE;
  /* "the 2024 election", "a 2010 raid", "the year 2024" */
  else if (i > 0 && (is_year_determiner (scanner, i - 1) || word_is (scanner, i - 1, "year"))
           && t->number >= 1800 && t->number <= 2100
           && token_at (scanner, i + 1) != NULL && scanner->tokens[i + 1].kind == TIMEX_TOKEN_WORD)
    year_ish = TRUE;

  if (!year_ish)
    return FALSE;

  candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->year = t->number;
  return TRUE;
}

/* "BC 190", "AD 8": an era before the year. */
static gboolean
match_era_first (const TimexScanner *scanner,
                 guint               i,
                 TimexCandidate     *c)
{
  const TimexToken *n = token_at (scanner, i + 1);

  if (!is_all_caps (scanner, i) || scanner->tokens[i].lex->number < -1 || !is_plain_number (n)
      || n->n_digits > 4 || n->number < 1 || is_counted_thing (scanner, i + 2))
    return FALSE;
  candidate_init (c, i, i + 1, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->year = n->number;
  c->before_christ = scanner->tokens[i].lex->number < 0;
  return TRUE;
}

/* "nineteen ninety-one", "two-thousand ten" */
static gboolean
match_year_in_words (const TimexScanner *scanner,
                     guint               i,
                     TimexCandidate     *c)
{
  int year;
  int last = read_year_in_words (scanner, i, &year);

  if (last < 0 || is_counted_thing (scanner, (guint) last + 1)
      || is_word_class (scanner, (guint) last + 1, TIMEX_LEX_UNIT))
    return FALSE;
  candidate_init (c, i, (guint) last, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->year = year;
  return TRUE;
}

/* Holidays with a date: "Christmas", "Christmas Eve 2010", "Easter
 * Sunday '87", "Good Friday", "New Year's Day", "Thanksgiving",
 * "Halloween", "Valentine's Day", "Boxing Day". Capitalised only. */
static gboolean
match_holiday (TimexScanner   *scanner,
               guint           i,
               TimexCandidate *c)
{
  TimexHoliday holiday = TIMEX_HOLIDAY_NONE;
  guint last = i;
  guint year_last;

  if (!is_capitalised (scanner, i))
    return FALSE;

  if (word_is (scanner, i, "christmas"))
    {
      holiday = TIMEX_HOLIDAY_CHRISTMAS_DAY;
      if (word_is (scanner, i + 1, "eve") && is_capitalised (scanner, i + 1))
        {
          holiday = TIMEX_HOLIDAY_CHRISTMAS_EVE;
          last = i + 1;
        }
      else if (word_is (scanner, i + 1, "day") && is_capitalised (scanner, i + 1))
        last = i + 1;
      /* "Christmas trees", "Christmas shopping" are no dates: only alone
       * or before a year, a comma, a preposition */
      else if (token_at (scanner, i + 1) != NULL && scanner->tokens[i + 1].kind == TIMEX_TOKEN_WORD
               && scanner->tokens[i + 1].lex == NULL && !is_capitalised (scanner, i + 1)
               && !word_is (scanner, i + 1, "day"))
        return FALSE;
    }
  else if (word_is (scanner, i, "new") && word_is (scanner, i + 1, "year")
           && is_capitalised (scanner, i + 1) && is_punct (scanner, i + 2, '\'')
           && word_is (scanner, i + 3, "s"))
    {
      last = i + 3;
      holiday = TIMEX_HOLIDAY_NEW_YEARS_DAY;
      if (word_is (scanner, i + 4, "eve") && is_capitalised (scanner, i + 4))
        {
          holiday = TIMEX_HOLIDAY_NEW_YEARS_EVE;
          last = i + 4;
        }
      else if (word_is (scanner, i + 4, "day") && is_capitalised (scanner, i + 4))
        last = i + 4;
      else
        return FALSE;
    }
  else if (word_is (scanner, i, "easter"))
    {
      holiday = TIMEX_HOLIDAY_EASTER_SUNDAY;
      if (word_is (scanner, i + 1, "sunday") && is_capitalised (scanner, i + 1))
        last = i + 1;
      else if (word_is (scanner, i + 1, "monday") && is_capitalised (scanner, i + 1))
        {
          holiday = TIMEX_HOLIDAY_EASTER_MONDAY;
          last = i + 1;
        }
      /* "Easter" alone is a date after "on", "at", "in", "since"…, not in
       * "Easter eggs" */
      else if (!has_cue_before (scanner, i, TIMEX_LEX_MONTH_CUE)
               && !(i > 0 && (word_is (scanner, i - 1, "on") || word_is (scanner, i - 1, "at")
                              || word_is (scanner, i - 1, "over"))))
        return FALSE;
    }
  else if (word_is (scanner, i, "good") && word_is (scanner, i + 1, "friday")
           && is_capitalised (scanner, i + 1))
    {
      holiday = TIMEX_HOLIDAY_GOOD_FRIDAY;
      last = i + 1;
    }
  else if (word_is (scanner, i, "thanksgiving"))
    {
      holiday = TIMEX_HOLIDAY_THANKSGIVING;
      if (word_is (scanner, i + 1, "day") && is_capitalised (scanner, i + 1))
        last = i + 1;
    }
  else if (word_is (scanner, i, "halloween"))
    holiday = TIMEX_HOLIDAY_HALLOWEEN;
  else if (word_is (scanner, i, "valentine") && is_punct (scanner, i + 1, '\'')
           && word_is (scanner, i + 2, "s") && word_is (scanner, i + 3, "day"))
    {
      holiday = TIMEX_HOLIDAY_VALENTINES_DAY;
      last = i + 3;
    }
  else if (word_is (scanner, i, "boxing") && word_is (scanner, i + 1, "day")
           && is_capitalised (scanner, i + 1))
    {
      holiday = TIMEX_HOLIDAY_BOXING_DAY;
      last = i + 1;
    }
  else
    return FALSE;

  candidate_init (c, i, last, DATELINE_TIMEX_DATE, TIMEX_FORM_HOLIDAY);
  c->holiday = holiday;
  year_last = take_year_after (scanner, last + 1, TRUE, c);
  if (year_last != 0 && !c->before_christ && c->year >= 1000)
    c->last_token = year_last;
  else
    {
      c->year = 0;
      c->before_christ = FALSE;
    }
  c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* "the fourth anniversary of the July 2021 protests" is July 2025: the
 * anniversary's date is the remembered one, that many years on. */
static gboolean
match_anniversary (TimexScanner   *scanner,
                   guint           i,
                   TimexCandidate *c)
{
  guint first, k;
  int years;
  gboolean found = FALSE;

  if (i == 0 || !word_is (scanner, i, "anniversary")
      || !is_word_class (scanner, i + 1, TIMEX_LEX_OF))
    return FALSE;

  first = i - 1;
  if (is_word_class (scanner, first, TIMEX_LEX_ORDINAL))
    years = scanner->tokens[first].lex->number;
  else if (is_word_class (scanner, first, TIMEX_LEX_ORDINAL_SUFFIX) && first > 0
           && is_plain_number (token_at (scanner, first - 1)))
    {
      first--;
      years = scanner->tokens[first].number;
    }
  else
    return FALSE;
  if (years < 1 || !is_free (scanner, first))
    return FALSE;
  if (first > 0 && word_is (scanner, first - 1, "the") && is_free (scanner, first - 1))
    first--;

  k = i + 2;
  if (word_is (scanner, k, "the") || word_is (scanner, k, "a") || word_is (scanner, k, "its"))
    k++;
  if (is_word_class (scanner, k, TIMEX_LEX_MONTH))
    found = match_month_first (scanner, k, TRUE, c);
  else if (is_year_number (scanner, k) && !is_counted_thing (scanner, k + 1))
    {
      /* "the 10th anniversary of the 2015 accord" */
      candidate_init (c, k, k, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
      c->year = scanner->tokens[k].number;
      found = TRUE;
    }
  else if (token_at (scanner, k) != NULL && scanner->tokens[k].kind == TIMEX_TOKEN_NUMBER)
    found = match_day_first (scanner, k, c) || match_numeric_date (scanner, k, c);
  scanner->have_second = FALSE;
  if (!found || c->form != TIMEX_FORM_CALENDAR || c->year == 0 || c->before_christ)
    return FALSE;

  c->first_token = first;
  c->year += years;
  c->tense = TIMEX_TENSE_UNKNOWN;
  return TRUE;
}

/* "overnight on July 31", "overnight Thursday": the night of that day;
 * "the morning of April 18", "the night of July 31"; "dawn Friday",
 * "before dawn on Friday". */
static gboolean
match_part_of_date (TimexScanner   *scanner,
                    guint           i,
                    TimexCandidate *c)
{
  TimexPartOfDay part;
  guint k;
  gboolean found;

  if (word_is (scanner, i, "overnight"))
    {
      part = TIMEX_PART_NIGHT;
      k = i + 1;
      if (word_is (scanner, k, "on") || word_is (scanner, k, "into") || word_is (scanner, k, "to"))
        k++;
    }
  else if (word_is (scanner, i, "the") && is_word_class (scanner, i + 1, TIMEX_LEX_PART_OF_DAY)
           && !(scanner->tokens[i + 1].lex->flags & TIMEX_LEXEME_PLURAL)
           && word_is (scanner, i + 2, "of"))
    {
      part = scanner->tokens[i + 1].lex->part;
      k = i + 3;
    }
  else if (is_word_class (scanner, i, TIMEX_LEX_PART_OF_DAY) && !is_capitalised (scanner, i)
           && !(scanner->tokens[i].lex->flags & TIMEX_LEXEME_PLURAL))
    {
      /* "dawn Friday", "dawn on Friday": only a weekday or a deictic day */
      part = scanner->tokens[i].lex->part;
      k = i + 1;
      if (word_is (scanner, k, "on"))
        k++;
      if (!is_word_class (scanner, k, TIMEX_LEX_WEEKDAY | TIMEX_LEX_DEICTIC_DAY))
        return FALSE;
    }
  else
    return FALSE;

  if (is_word_class (scanner, k, TIMEX_LEX_WEEKDAY))
    found = match_weekday (scanner, k, c) && c->part == TIMEX_PART_NONE && !c->has_clock
            && (c->form == TIMEX_FORM_WEEKDAY || c->day != 0);
  else if (is_word_class (scanner, k, TIMEX_LEX_MONTH))
    found = match_month_first (scanner, k, TRUE, c) && c->day != 0 && !scanner->have_second;
  else if (token_at (scanner, k) != NULL && scanner->tokens[k].kind == TIMEX_TOKEN_NUMBER)
    found = match_day_first (scanner, k, c) && !scanner->have_second;
  else if (is_word_class (scanner, k, TIMEX_LEX_DEICTIC_DAY))
    found = match_deictic_day (scanner, k, c) && c->part == TIMEX_PART_NONE && !c->has_clock;
  else
    found = FALSE;

  if (!found || c->type == DATELINE_TIMEX_SET)
    {
      scanner->have_second = FALSE;
      return FALSE;
    }
  c->first_token = i;
  c->part = part;
  c->type = DATELINE_TIMEX_TIME;
  if (c->form == TIMEX_FORM_CALENDAR)
    c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Dispatch                                                            */
/* ------------------------------------------------------------------ */

static gboolean
match_word (TimexScanner   *scanner,
            guint           i,
            TimexCandidate *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  TimexLexClass classes;

  if (lex == NULL)
    return match_part_of_year (scanner, i, c);
  classes = lex->classes;

  if ((classes & TIMEX_LEX_HOLIDAY) && match_holiday (scanner, i, c))
    return TRUE;
  if ((classes & (TIMEX_LEX_EDGE | TIMEX_LEX_POSITION)) && match_modified (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_THE)
      && (match_part_of_date (scanner, i, c) || match_the_anaphor (scanner, i, c)
          || match_the_weekend (scanner, i, c) || match_the_past (scanner, i, c)))
    return TRUE;
  if ((classes & TIMEX_LEX_ANAPHOR) && !(classes & TIMEX_LEX_SHIFT)
      && word_is (scanner, i, "that") && match_anaphor_after (scanner, i, i + 1, 0, FALSE, c))
    return TRUE;
  if ((classes & TIMEX_LEX_ANAPHOR) && (word_is (scanner, i, "following")
                                        || word_is (scanner, i, "preceding"))
      && match_anaphor_after (scanner, i, i + 1, lex->shift, TRUE, c))
    return TRUE;
  if ((classes & TIMEX_LEX_SHIFT) && match_shift (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_WEEKDAY) && match_weekday (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_MONTH) && match_month (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_DEICTIC_DAY) && match_deictic_day (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_CLOCK_WORD) && match_clock (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_ORDINAL)
      && (match_century (scanner, i, c) || match_part_of_year (scanner, i, c)
          || match_day_range_start (scanner, i, c) || match_day_first (scanner, i, c)))
    {
      if (c->form == TIMEX_FORM_CALENDAR)
        c->tense = detect_tense (scanner, c->first_token, c->last_token);
      return TRUE;
    }
  if ((classes & TIMEX_LEX_NUMBER)
      && (match_year_in_words (scanner, i, c) || match_short_decade (scanner, i, c)
          || match_frequency (scanner, i, c)))
    return TRUE;
  /* "Twenty-fourth of May" */
  if ((classes & TIMEX_LEX_NUMBER) && is_punct (scanner, i + 1, '-')
      && is_word_class (scanner, i + 2, TIMEX_LEX_ORDINAL)
      && (match_day_range_start (scanner, i, c) || match_day_first (scanner, i, c)))
    {
      c->tense = detect_tense (scanner, c->first_token, c->last_token);
      return TRUE;
    }
  if ((classes & (TIMEX_LEX_NUMBER | TIMEX_LEX_VAGUE_NUMBER | TIMEX_LEX_QUANTITY_MOD
                  | TIMEX_LEX_TRIGGER_WORD))
      && (match_century (scanner, i, c) || match_quantity (scanner, i, FALSE, c)))
    return TRUE;
  if ((classes & TIMEX_LEX_FREQUENCY) && match_frequency (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_UNIT)
      && (match_boundary_of_unit (scanner, i, c) || match_vague_units (scanner, i, c)))
    return TRUE;
  if ((classes & TIMEX_LEX_SEASON) && match_season (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_DECADE_WORD) && match_short_decade (scanner, i, c))
    return TRUE;
  if ((classes & (TIMEX_LEX_SET_CUE | TIMEX_LEX_SET_WORD)) && match_set (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_ERA) && match_era_first (scanner, i, c))
    return TRUE;
  if ((classes & (TIMEX_LEX_TRIGGER_WORD | TIMEX_LEX_PART_OF_DAY))
      && (match_anniversary (scanner, i, c) || match_part_of_date (scanner, i, c)))
    return TRUE;
  if (classes & TIMEX_LEX_NOW)
    {
      candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_REFERENCE);
      c->set_value = lex->set_value;
      return TRUE;
    }

  return FALSE;
}

static gboolean
match_number (TimexScanner   *scanner,
              guint           i,
              TimexCandidate *c)
{
  if (match_numeric_date (scanner, i, c) || match_year_month_day (scanner, i, c))
    {
      c->tense = detect_tense (scanner, c->first_token, c->last_token);
      return TRUE;
    }
  if (match_day_range_start (scanner, i, c) || match_day_first (scanner, i, c))
    {
      if (!c->has_clock && !scanner->have_second)
        take_clock_after (scanner, c);
      c->tense = detect_tense (scanner, c->first_token, c->last_token);
      return TRUE;
    }
  if (match_century (scanner, i, c) || match_part_of_year (scanner, i, c)
      || match_short_decade (scanner, i, c) || match_clock (scanner, i, c)
      || match_frequency (scanner, i, c))
    return TRUE;
  if (match_year (scanner, i, c))
    {
      if (c->form == TIMEX_FORM_CALENDAR && c->year != 0 && c->month == 0)
        c->tense = detect_tense (scanner, c->first_token, c->last_token);
      return TRUE;
    }
  return match_quantity (scanner, i, FALSE, c);
}

/* A date an offset can be counted from: "[two days after] next Friday",
 * "[the day before] yesterday", "[2 months before] 02/02". */
static gboolean
match_base_date (TimexScanner   *scanner,
                 guint           i,
                 TimexCandidate *c)
{
  const TimexToken *t = token_at (scanner, i);
  gboolean found = FALSE;

  if (t == NULL)
    return FALSE;
  if (t->kind == TIMEX_TOKEN_NUMBER)
    found = match_numeric_date (scanner, i, c) || match_day_first (scanner, i, c);
  else if (is_word_class (scanner, i, TIMEX_LEX_DEICTIC_DAY))
    found = match_deictic_day (scanner, i, c);
  else if (is_word_class (scanner, i, TIMEX_LEX_SHIFT))
    found = match_shift (scanner, i, c);
  else if (is_word_class (scanner, i, TIMEX_LEX_WEEKDAY))
    found = match_weekday (scanner, i, c);
  else if (is_word_class (scanner, i, TIMEX_LEX_MONTH))
    found = match_month_first (scanner, i, FALSE, c);
  else if (is_word_class (scanner, i, TIMEX_LEX_HOLIDAY))
    found = match_holiday (scanner, i, c);

  if (scanner->have_second)
    return FALSE;
  return found && (c->type == DATELINE_TIMEX_DATE || c->type == DATELINE_TIMEX_TIME)
         && c->form != TIMEX_FORM_REFERENCE && c->form != TIMEX_FORM_DURATION;
}

/* "the beginning of 2024", "the end of March", "the middle of next
 * week": the boundary words join the expression and become its mod; the
 * value stays the whole period. */
static void
take_boundary_before (const TimexScanner *scanner,
                      TimexCandidate     *c)
{
  static const char * const words[] = { "beginning", "start", "middle", "end", "turn", NULL };
  static const DatelineTimexMod mods[] = {
    DATELINE_TIMEX_MOD_START, DATELINE_TIMEX_MOD_START, DATELINE_TIMEX_MOD_MID,
    DATELINE_TIMEX_MOD_END, DATELINE_TIMEX_MOD_NONE,
  };
  guint k = c->first_token;
  int boundary = -1;

  if (c->type == DATELINE_TIMEX_DURATION || c->type == DATELINE_TIMEX_SET || k < 2)
    return;
  /* "the beginning of the 2nd century" */
  if (word_is (scanner, k - 1, "the") && k >= 3 && is_word_class (scanner, k - 2, TIMEX_LEX_OF)
      && is_free (scanner, k - 1))
    k--;
  if (!is_word_class (scanner, k - 1, TIMEX_LEX_OF))
    return;
  for (guint w = 0; words[w] != NULL; w++)
    if (word_is (scanner, k - 2, words[w]))
      boundary = (int) w;
  if (boundary < 0 || !is_free (scanner, k - 2))
    return;

  k -= 2;
  if (k > 0 && is_word_class (scanner, k - 1, TIMEX_LEX_THE) && is_free (scanner, k - 1))
    k--;
  c->first_token = k;
  if (c->mod == DATELINE_TIMEX_MOD_NONE)
    c->mod = mods[boundary];
}

/* "the last week", "the past two years", "the next decade", "the third
 * quarter": TimeML puts the article in the expression when a shift word
 * or an ordinal part of the year follows it. */
static void
take_article_before (const TimexScanner *scanner,
                     TimexCandidate     *c)
{
  static const char * const shifts[] = {
    "last", "past", "next", "coming", "previous", "following", NULL,
  };
  guint k = c->first_token;

  /* "the third quarter", "the first half of 2025", "the year-earlier
   * quarter" */
  if ((c->form == TIMEX_FORM_QUARTER || c->form == TIMEX_FORM_HALF) && k > 0
      && !is_plain_number (token_at (scanner, k)) && !word_is (scanner, k, "q")
      && word_is (scanner, k - 1, "the") && is_free (scanner, k - 1))
    {
      c->first_token = k - 1;
      return;
    }

  if (k > 0 && word_is_one_of (scanner, k, shifts) && word_is (scanner, k - 1, "the")
      && is_free (scanner, k - 1))
    {
      DatelineTimexMod mod;
      guint first;

      c->first_token = k - 1;
      /* "at least the last twenty years" */
      if (c->type == DATELINE_TIMEX_DURATION
          && (first = take_quantity_modifier (scanner, k - 1, &mod)) < k - 1
          && mod != DATELINE_TIMEX_MOD_APPROX && c->mod == DATELINE_TIMEX_MOD_NONE)
        {
          c->first_token = first;
          c->mod = mod;
        }
    }
}

static void
emit (TimexScanner   *scanner,
      TimexCandidate *c)
{
  c->start = scanner->tokens[c->first_token].start;
  c->end = scanner->tokens[c->last_token].end;
  g_array_append_val (scanner->candidates, *c);
  scanner->have_previous = TRUE;
  scanner->previous_last = c->last_token;
}

/**
 * dateline_timex_scan_sentence:
 *
 * Runs the recognisers over one sentence; see the comment at the top.
 */
void
dateline_timex_scan_sentence (const char        *text,
                              const TimexToken  *tokens,
                              guint              n_tokens,
                              TimexNumericOrder  order,
                              GArray            *candidates)
{
  TimexScanner scanner = {
    .text = text,
    .tokens = tokens,
    .n_tokens = n_tokens,
    .candidates = candidates,
    .order = order,
  };
  guint i = 0;

  while (i < n_tokens)
    {
      TimexCandidate c;
      gboolean found = FALSE;

      scanner.have_second = FALSE;
      scanner.weekday_hint = 0;
      switch (tokens[i].kind)
        {
        case TIMEX_TOKEN_WORD:
          found = match_word (&scanner, i, &c);
          break;
        case TIMEX_TOKEN_NUMBER:
          found = match_number (&scanner, i, &c);
          break;
        case TIMEX_TOKEN_PUNCT:
          found = match_signed_offset (&scanner, i, &c)
                  || (tokens[i].ch == '\'' && match_number (&scanner, i + 1 < n_tokens ? i + 1 : i,
                                                            &c)
                      && c.first_token <= i);
          break;
        default:
          break;
        }

      if (!found)
        {
          i++;
          continue;
        }

      g_assert (c.last_token >= c.first_token && c.last_token < n_tokens);
      g_assert (c.first_token >= i || is_free (&scanner, c.first_token));
      take_boundary_before (&scanner, &c);
      take_article_before (&scanner, &c);
      emit (&scanner, &c);
      i = c.last_token + 1;

      /* The second day of "November 19-20", the base of "two days after
       * [next Friday]", the second time of "9:00 AM to [5:00 PM]". */
      if (scanner.have_second)
        {
          TimexCandidate second = scanner.second;

          if (second.first_token > c.last_token && second.last_token >= second.first_token
              && second.last_token < n_tokens)
            {
              second.range_end = c.combine != 1;
              emit (&scanner, &second);
              i = second.last_token + 1;
            }
        }
    }
}
