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
 * the expression, as in TimeML ("on Wednesday" tags "Wednesday"). */

/* ------------------------------------------------------------------ */
/* Token tests                                                         */
/* ------------------------------------------------------------------ */

typedef struct {
  const char       *text;
  const TimexToken *tokens;
  guint             n_tokens;
  GArray           *candidates;
  gboolean          have_previous;
  guint             previous_last;   /* last token of the previous candidate */
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
               guint32             classes)
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

static gboolean
word_is (const TimexScanner *scanner,
         guint               i,
         const char         *word)
{
  const TimexToken *t = token_at (scanner, i);
  gsize len = strlen (word);

  return t != NULL && t->kind == TIMEX_TOKEN_WORD && t->end - t->start == len
         && g_ascii_strncasecmp (scanner->text + t->start, word, len) == 0;
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

/* ------------------------------------------------------------------ */
/* Tense                                                               */
/* ------------------------------------------------------------------ */

static TimexTense
tense_of_token (const TimexScanner *scanner,
                guint               k)
{
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
      if (lex->classes & TIMEX_LEX_NOT_PAST)
        return TIMEX_TENSE_UNKNOWN;
    }

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
 * will…"). A semicolon bounds the clause; the sentence bounds the tokens. */
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
      if (tense != TIMEX_TENSE_UNKNOWN)
        return tense;
    }

  for (guint k = last + 1; k < scanner->n_tokens && k <= last + 8; k++)
    {
      TimexTense tense;

      if (is_punct (scanner, k, ';'))
        break;
      tense = tense_of_token (scanner, k);
      if (tense != TIMEX_TENSE_UNKNOWN)
        return tense;
    }

  return TIMEX_TENSE_UNKNOWN;
}

/* ------------------------------------------------------------------ */
/* Recognisers                                                         */
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
                guint32             cue_class)
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

/* An optional ", YEAR" or " YEAR" after a day or month. Right after the
 * month the number is a year whatever follows ("the May 2025 elections");
 * after a comma it may start a count ("on May 5, 1500 troops crossed").
 * Returns the year's index or 0. */
static guint
find_year_after (const TimexScanner *scanner,
                 guint               i,
                 gboolean            allow_of)
{
  gboolean comma = FALSE;

  if (is_punct (scanner, i, ','))
    {
      comma = TRUE;
      i++;
    }
  else if (allow_of && is_word_class (scanner, i, TIMEX_LEX_OF))
    i++;

  if (is_year_number (scanner, i) && !(comma && is_counted_thing (scanner, i + 1)))
    return i;
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

/* MONTH [.] DAY[th] [,] [YEAR] | MONTH [,|of] YEAR | MONTH (after a cue),
 * with ranges ("November 19-20", "September 14 and 18, 2010") and pairs
 * ("May and June 2011"). @cued: a modifier before the month already
 * vouches for it ("early", "last"). */
static gboolean
match_month_first (const TimexScanner *scanner,
                   guint               i,
                   gboolean            cued,
                   TimexCandidate     *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  gboolean abbreviation = (lex->flags & TIMEX_LEXEME_ABBREVIATION) != 0;
  gboolean ambiguous = (lex->flags & TIMEX_LEXEME_AMBIGUOUS) != 0;
  gboolean capital = is_capitalised (scanner, i);
  gboolean cue = cued || has_cue_before (scanner, i, TIMEX_LEX_MONTH_CUE);
  guint j = i + 1;
  guint last = i;
  guint year_index;

  /* "march", "may", "august" in lower case are a verb, a modal and an
   * adjective unless a cue and a number say otherwise. */
  if (!capital && !cue)
    return FALSE;

  if (abbreviation && is_punct (scanner, j, '.') && is_attached (scanner, j))
    {
      last = j;
      j++;
    }

  if (is_day_number (scanner, j) && !is_attached (scanner, j))
    {
      int day = scanner->tokens[j].number;
      guint after_day = skip_ordinal_suffix (scanner, j + 1);

      if (!is_time_or_measure_after (scanner, after_day)
          && !(ambiguous && is_counted_thing (scanner, after_day)))
        {
          candidate_init (c, i, after_day - 1, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
          c->month = lex->month;
          c->day = day;

          /* "November 19-20", "September 14 and 18, 2010": the second day
           * is emitted by the scan loop, the year belongs to both. */
          if (is_range_connector (scanner, after_day) && is_day_number (scanner, after_day + 1)
              && !is_word_class (scanner, skip_ordinal_suffix (scanner, after_day + 2),
                                 TIMEX_LEX_MONTH)
              && !is_time_or_measure_after (scanner, skip_ordinal_suffix (scanner, after_day + 2))
              && !is_counted_thing (scanner, skip_ordinal_suffix (scanner, after_day + 2))
              && scanner->tokens[after_day + 1].number > day)
            {
              guint range_end = skip_ordinal_suffix (scanner, after_day + 2) - 1;

              c->range_first = after_day + 1;
              c->range_last = range_end;
              c->range_day = scanner->tokens[after_day + 1].number;
              year_index = find_year_after (scanner, range_end + 1, FALSE);
              if (year_index != 0)
                {
                  c->year = scanner->tokens[year_index].number;
                  c->range_last = year_index;
                }
              return TRUE;
            }

          year_index = find_year_after (scanner, after_day, FALSE);
          if (year_index != 0)
            {
              c->year = scanner->tokens[year_index].number;
              c->last_token = year_index;
            }
          else
            take_relative_year (scanner, after_day, c);
          return TRUE;
        }
    }

  year_index = find_year_after (scanner, j, TRUE);
  if (year_index != 0)
    {
      candidate_init (c, i, year_index, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
      c->month = lex->month;
      c->year = scanner->tokens[year_index].number;
      return TRUE;
    }

  if (!capital || (abbreviation && last == i))
    return FALSE;

  candidate_init (c, i, last, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->month = lex->month;

  /* "November next year" */
  if (take_relative_year (scanner, j, c))
    return TRUE;

  /* "May and June 2011", "from March to May 2024": the year of the
   * second month is the first's too. */
  if (is_range_connector (scanner, j) && is_word_class (scanner, j + 1, TIMEX_LEX_MONTH)
      && is_capitalised (scanner, j + 1))
    {
      TimexCandidate second;

      if (match_month_first (scanner, j + 1, TRUE, &second) && second.form == TIMEX_FORM_CALENDAR
          && second.year != 0 && second.day == 0)
        {
          c->year = second.year;
          return TRUE;
        }
    }

  /* A month standing alone needs a cue ("in March"), and an abbreviation
   * its full stop ("until Sept."). */
  return cue;
}

/* DAY[th] [of] MONTH [.] [,] [YEAR]: "31 July 2025", "4th of July". */
static gboolean
match_day_first (const TimexScanner *scanner,
                 guint               i,
                 TimexCandidate     *c)
{
  const TimexLexeme *lex;
  guint k = skip_ordinal_suffix (scanner, i + 1);
  guint last;
  guint year_index;

  if (!is_day_number (scanner, i))
    return FALSE;
  if (is_word_class (scanner, k, TIMEX_LEX_OF))
    k++;
  if (!is_word_class (scanner, k, TIMEX_LEX_MONTH) || !is_capitalised (scanner, k))
    return FALSE;

  lex = scanner->tokens[k].lex;
  last = k;
  if ((lex->flags & TIMEX_LEXEME_ABBREVIATION) && is_punct (scanner, k + 1, '.')
      && is_attached (scanner, k + 1))
    last = k + 1;

  candidate_init (c, i, last, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->day = scanner->tokens[i].number;
  c->month = lex->month;
  year_index = find_year_after (scanner, last + 1, FALSE);
  if (year_index != 0)
    {
      c->year = scanner->tokens[year_index].number;
      c->last_token = year_index;
    }
  else
    take_relative_year (scanner, last + 1, c);
  return TRUE;
}

/* The first day of a day-first range takes its month and year from the
 * second: "3 to 6 May 2004", "10-22 August". */
static gboolean
match_day_range_start (const TimexScanner *scanner,
                       guint               i,
                       TimexCandidate     *c)
{
  guint k = skip_ordinal_suffix (scanner, i + 1);
  TimexCandidate second;

  if (!is_day_number (scanner, i) || !is_range_connector (scanner, k) || is_punct (scanner, k, '/')
      || !is_day_number (scanner, k + 1) || !match_day_first (scanner, k + 1, &second)
      || second.form != TIMEX_FORM_CALENDAR
      || scanner->tokens[k + 1].number <= scanner->tokens[i].number)
    return FALSE;

  candidate_init (c, i, k - 1, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  c->day = scanner->tokens[i].number;
  c->month = second.month;
  c->year = second.year;
  return TRUE;
}

/* "2025-07-31". A bare "2011-12" is more often a season or a range than
 * a month, so a year-month needs the zero-padded form ("2025-07"). */
static gboolean
match_iso_date (const TimexScanner *scanner,
                guint               i,
                TimexCandidate     *c)
{
  const TimexToken *month = token_at (scanner, i + 2);
  const TimexToken *day = token_at (scanner, i + 4);

  if (!is_year_number (scanner, i) || !is_punct (scanner, i + 1, '-')
      || !is_attached (scanner, i + 1)
      || !is_plain_number (month) || !is_attached (scanner, i + 2) || month->n_digits != 2
      || month->number < 1 || month->number > 12)
    return FALSE;

  if (is_punct (scanner, i + 3, '-') && is_attached (scanner, i + 3)
      && is_plain_number (day) && is_attached (scanner, i + 4) && day->n_digits == 2
      && day->number >= 1 && day->number <= 31)
    {
      candidate_init (c, i, i + 4, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
      c->day = day->number;
    }
  else if (scanner->text[month->start] == '0' && !is_punct (scanner, i + 3, '-'))
    candidate_init (c, i, i + 2, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
  else
    return FALSE;

  c->year = scanner->tokens[i].number;
  c->month = month->number;
  return TRUE;
}

/* Time zones written after a clock time; part of the expression, not of
 * the value. */
static gboolean
is_time_zone (const TimexScanner *scanner,
              guint               i)
{
  static const char * const zones[] = {
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "ET", "CST", "CDT",
    "CT", "MST", "MDT", "PST", "PDT", "PT", "IST", "JST",
  };
  const TimexToken *t = token_at (scanner, i);

  if (t == NULL || t->kind != TIMEX_TOKEN_WORD || !g_ascii_isupper (scanner->text[t->start]))
    return FALSE;
  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    if (t->end - t->start == strlen (zones[z])
        && memcmp (scanner->text + t->start, zones[z], t->end - t->start) == 0)
      return TRUE;
  return FALSE;
}

/* A clock time at token @i: "3 p.m.", "9:30 am", "11PM", "15:00 GMT",
 * "noon". A bare number is no time ("at 3"), nor a 24-hour reading
 * without minutes. Returns the index of the last token, or -1. */
static int
read_clock (const TimexScanner *scanner,
            guint               i,
            int                *hour,
            int                *minute)
{
  const TimexToken *t = token_at (scanner, i);
  gboolean have_minutes = FALSE;
  gboolean meridiem = FALSE;
  gboolean pm = FALSE;
  guint k;

  if (t == NULL)
    return -1;

  if (word_is (scanner, i, "noon") || word_is (scanner, i, "midday"))
    {
      *hour = 12;
      *minute = 0;
      return (int) i;
    }

  if (!is_plain_number (t) || t->n_digits > 2)
    return -1;

  *hour = t->number;
  *minute = 0;
  k = i + 1;
  if (is_punct (scanner, k, ':') && is_attached (scanner, k)
      && is_attached (scanner, k + 1) && is_plain_number (token_at (scanner, k + 1))
      && scanner->tokens[k + 1].n_digits == 2 && scanner->tokens[k + 1].number < 60)
    {
      *minute = scanner->tokens[k + 1].number;
      have_minutes = TRUE;
      k += 2;
      /* seconds */
      if (is_punct (scanner, k, ':') && is_attached (scanner, k) && is_attached (scanner, k + 1)
          && is_plain_number (token_at (scanner, k + 1)) && scanner->tokens[k + 1].n_digits == 2)
        k += 2;
    }
  /* "9.30" is folded into one decimal token by the tokenizer: British
   * dotted times are not read (yet), and "3.5" never becomes a time. */

  if (word_is (scanner, k, "am") || word_is (scanner, k, "pm"))
    {
      meridiem = TRUE;
      pm = g_ascii_tolower (scanner->text[scanner->tokens[k].start]) == 'p';
      k++;
    }
  else if ((word_is (scanner, k, "a") || word_is (scanner, k, "p"))
           && is_punct (scanner, k + 1, '.') && is_attached (scanner, k + 1)
           && word_is (scanner, k + 2, "m") && is_attached (scanner, k + 2))
    {
      meridiem = TRUE;
      pm = g_ascii_tolower (scanner->text[scanner->tokens[k].start]) == 'p';
      k += 3;
      if (is_punct (scanner, k, '.') && is_attached (scanner, k))
        k++;
    }

  if (meridiem)
    {
      if (*hour < 1 || *hour > 12)
        return -1;
      *hour = *hour % 12 + (pm ? 12 : 0);
    }
  else if (!have_minutes || *hour > 24)
    return -1;

  if (is_time_zone (scanner, k))
    k++;
  return (int) k - 1;
}

/* "at 3 p.m." after a day: "Wednesday at 3 p.m.", "July 31 at 15:00". */
static void
take_clock_after (const TimexScanner *scanner,
                  TimexCandidate     *c)
{
  guint k = c->last_token + 1;
  int hour, minute, last;

  if (c->part != TIMEX_PART_NONE)
    return;
  if (word_is (scanner, k, "at"))
    k++;
  last = read_clock (scanner, k, &hour, &minute);
  if (last < 0)
    return;

  c->has_clock = TRUE;
  c->hour = hour;
  c->minute = minute;
  c->type = DATELINE_TIMEX_TIME;
  c->last_token = (guint) last;
}

/* A part of the day right after the candidate ("Monday morning"):
 * extends it and makes it a TIME. */
static void
take_part_of_day (const TimexScanner *scanner,
                  TimexCandidate     *c)
{
  guint k = c->last_token + 1;

  if (is_word_class (scanner, k, TIMEX_LEX_PART_OF_DAY) && !is_capitalised (scanner, k))
    {
      c->part = scanner->tokens[k].lex->part;
      c->type = DATELINE_TIMEX_TIME;
      c->last_token = k;
    }
}

/* A date after a weekday: "Monday, April 19, 2021", "Friday 13 June". */
static gboolean
match_date_after_weekday (const TimexScanner *scanner,
                          guint               i,
                          TimexCandidate     *c)
{
  guint j = i + 1;

  if (is_punct (scanner, j, '.') && is_attached (scanner, j))
    j++;
  if (is_punct (scanner, j, ','))
    j++;
  if (is_word_class (scanner, j, TIMEX_LEX_THE))
    j++;

  if ((is_word_class (scanner, j, TIMEX_LEX_MONTH) && is_capitalised (scanner, j)
       && match_month_first (scanner, j, TRUE, c) && c->day != 0)
      || (is_day_number (scanner, j) && match_day_first (scanner, j, c)))
    {
      c->first_token = i;
      return TRUE;
    }

  return FALSE;
}

static gboolean
match_weekday (const TimexScanner *scanner,
               guint               i,
               TimexCandidate     *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  guint k;

  if (!is_capitalised (scanner, i))
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
      /* "on Mondays": every Monday. */
      candidate_init (c, i, i, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->weekday = lex->weekday;
      return TRUE;
    }

  candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_WEEKDAY);
  c->weekday = lex->weekday;
  c->direction = TIMEX_DIRECTION_BY_TENSE;
  take_part_of_day (scanner, c);

  /* "Friday next week", "Tuesday of last week" */
  k = c->last_token + 1;
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

  take_clock_after (scanner, c);
  c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

static gboolean
match_month (const TimexScanner *scanner,
             guint               i,
             TimexCandidate     *c)
{
  if (!match_month_first (scanner, i, FALSE, c))
    return FALSE;
  if (c->day != 0 && c->range_first == 0)
    take_clock_after (scanner, c);
  c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

static gboolean
match_deictic_day (const TimexScanner *scanner,
                   guint               i,
                   TimexCandidate     *c)
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
 * Wednesday", "15:00 GMT on Saturday", "noon today". */
static gboolean
match_clock (const TimexScanner *scanner,
             guint               i,
             TimexCandidate     *c)
{
  int hour, minute;
  int last = read_clock (scanner, i, &hour, &minute);
  guint k;
  gboolean day = FALSE;

  if (last < 0)
    return FALSE;

  k = (guint) last + 1;
  if (word_is (scanner, k, "on"))
    k++;
  if (is_word_class (scanner, k, TIMEX_LEX_WEEKDAY) && is_capitalised (scanner, k))
    day = match_weekday (scanner, k, c) && (c->form == TIMEX_FORM_WEEKDAY || c->day != 0);
  else if (is_word_class (scanner, k, TIMEX_LEX_DEICTIC_DAY))
    day = match_deictic_day (scanner, k, c);
  else if (is_word_class (scanner, k, TIMEX_LEX_MONTH) && is_capitalised (scanner, k))
    day = match_month_first (scanner, k, TRUE, c) && c->day != 0 && c->range_first == 0;
  else if (is_day_number (scanner, k))
    day = match_day_first (scanner, k, c);

  if (day && c->part == TIMEX_PART_NONE && !c->has_clock)
    c->first_token = i;
  else
    {
      candidate_init (c, i, (guint) last, DATELINE_TIMEX_TIME, TIMEX_FORM_CLOCK);
      day = FALSE;
    }

  c->type = DATELINE_TIMEX_TIME;
  c->has_clock = TRUE;
  c->hour = hour;
  c->minute = minute;
  if (day && c->form == TIMEX_FORM_CALENDAR)
    c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* Reads a count at token @i: digits ("24", "1.5"), a number word
 * ("three", "twenty-five"), "a"/"an", or a vague word ("several", "a
 * few"). Returns the index of its last token, or -1. */
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
      *article = TRUE;
    }

  *quantity = t->lex->number;

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
 * out: "three quarters" is more often a fraction than nine months. */
static gboolean
is_countable_unit (TimexUnit unit)
{
  return unit != TIMEX_UNIT_NONE && unit != TIMEX_UNIT_QUARTER && unit != TIMEX_UNIT_WEEKEND;
}

/* Prepositions after which "a year", "an hour" are a duration. */
static gboolean
allows_article_duration (const TimexScanner *scanner,
                         guint               i)
{
  static const char * const words[] = {
    "for", "in", "within", "over", "about", "nearly", "almost", "than", "just",
    "only", "least", "under", "after", "around", "roughly", "barely", "some",
  };

  if (i == 0)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (word_is (scanner, i - 1, words[k]))
      return TRUE;
  return FALSE;
}

/* A stretch of time placed against something else: "a month earlier",
 * "an hour before", "days after", "weeks later", "a year long". */
static gboolean
is_relation_after (const TimexScanner *scanner,
                   guint               i)
{
  return word_is (scanner, i, "earlier") || word_is (scanner, i, "later")
         || word_is (scanner, i, "before") || word_is (scanner, i, "after")
         || word_is (scanner, i, "long");
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

/* NUMBER UNIT [ago | from now], NUMBER-UNIT: "three years", "24-hour",
 * "two days ago", "ten days from now". */
static gboolean
match_quantity (const TimexScanner *scanner,
                guint               i,
                TimexCandidate     *c)
{
  int quantity;
  gboolean article, decimal;
  int q_last = read_quantity (scanner, i, &quantity, &article, &decimal);
  guint u;
  const TimexLexeme *unit;
  gboolean adjectival = FALSE;

  if (q_last < 0)
    return FALSE;

  u = (guint) q_last + 1;
  if (is_punct (scanner, u, '-') && is_attached (scanner, u) && is_attached (scanner, u + 1)
      && is_word_class (scanner, u + 1, TIMEX_LEX_UNIT))
    {
      /* "a 24-hour ceasefire", "a two-year deal" */
      u++;
      adjectival = TRUE;
    }
  if (!is_word_class (scanner, u, TIMEX_LEX_UNIT))
    return FALSE;

  unit = scanner->tokens[u].lex;
  if (!is_countable_unit (unit->unit) || is_age_after (scanner, u + 1))
    return FALSE;
  /* "one days" is a typo; "five year" only adjectival ("five year plan"). */
  if (quantity == 1 && !decimal && (unit->flags & TIMEX_LEXEME_PLURAL))
    return FALSE;
  /* "a second", "one second" are ordinals as often as not */
  if (unit->unit == TIMEX_UNIT_SECOND && !(unit->flags & TIMEX_LEXEME_PLURAL))
    return FALSE;
  if (scanner->tokens[i].kind == TIMEX_TOKEN_NUMBER && scanner->tokens[i].n_digits > 4
      && !(scanner->tokens[i].flags & TIMEX_TOKEN_GROUPED))
    return FALSE;

  if (!adjectival)
    {
      gboolean ago = is_word_class (scanner, u + 1, TIMEX_LEX_AGO);
      gboolean from_now = word_is (scanner, u + 1, "from") && word_is (scanner, u + 2, "now");

      if (ago || from_now)
        {
          if (decimal)
            return FALSE;
          candidate_init (c, i, ago ? u + 1 : u + 2, DATELINE_TIMEX_DATE, TIMEX_FORM_OFFSET);
          c->unit = unit->unit;
          c->quantity = quantity;
          if (quantity == TIMEX_QUANTITY_VAGUE)
            c->offset = ago ? -1 : 1;
          else
            c->offset = ago ? -quantity : quantity;
          return TRUE;
        }

      if (article && !allows_article_duration (scanner, i) && !is_relation_after (scanner, u + 1))
        return FALSE;
    }

  candidate_init (c, i, u, DATELINE_TIMEX_DURATION, TIMEX_FORM_DURATION);
  c->unit = unit->unit;
  c->quantity = quantity;
  if (decimal)
    {
      c->quantity_start = scanner->tokens[i].start;
      c->quantity_end = scanner->tokens[i].end;
    }
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

  if (!(lex->flags & TIMEX_LEXEME_PLURAL) || !is_countable_unit (lex->unit)
      || is_capitalised (scanner, i) || is_age_after (scanner, i + 1))
    return FALSE;

  if (i > 0 && word_is (scanner, i - 1, "recent") && is_free (scanner, i - 1))
    first = i - 1;
  else if (!(i > 0 && (word_is (scanner, i - 1, "for") || word_is (scanner, i - 1, "within")))
           && !is_relation_after (scanner, i + 1))
    return FALSE;

  candidate_init (c, first, i, DATELINE_TIMEX_DURATION, TIMEX_FORM_DURATION);
  c->unit = lex->unit;
  c->quantity = TIMEX_QUANTITY_VAGUE;
  return TRUE;
}

/* "20th century", "the nineteenth century", "21st-century". */
static gboolean
match_century (const TimexScanner *scanner,
               guint               i,
               TimexCandidate     *c)
{
  const TimexToken *t = &scanner->tokens[i];
  int n;
  guint k;

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
  if (!word_is (scanner, k, "century") || n < 1 || n > 22 || word_is (scanner, k + 1, "BC"))
    return FALSE;

  candidate_init (c, i, k, DATELINE_TIMEX_DATE, TIMEX_FORM_CENTURY);
  c->year = (n - 1) * 100;
  return TRUE;
}

/* "Q2 2025", "Q4"; "the third quarter (of 2001)", "third-quarter";
 * "the first half of 2025". */
static gboolean
match_part_of_year (const TimexScanner *scanner,
                    guint               i,
                    TimexCandidate     *c)
{
  const TimexToken *t = &scanner->tokens[i];
  gboolean half = FALSE;
  int n;
  guint k;
  guint year_index;

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

  year_index = find_year_after (scanner, k + 1, TRUE);
  if (year_index != 0)
    {
      c->year = scanner->tokens[year_index].number;
      c->last_token = year_index;
    }
  else if (is_word_class (scanner, k + 1, TIMEX_LEX_OF) && take_relative_year (scanner, k + 2, c))
    {
      /* "the first half of next year" */
      c->form = half ? TIMEX_FORM_HALF : TIMEX_FORM_QUARTER;
      c->relative = TRUE;
    }
  else if (half)
    return FALSE;   /* "the second half" of a match, of a speech… */
  else
    c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* SEASON [of] YEAR, or a season after a cue: "summer 2024", "the winter
 * of 2001", "in the spring". */
static gboolean
match_season (const TimexScanner *scanner,
              guint               i,
              TimexCandidate     *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  guint year_index = find_year_after (scanner, i + 1, TRUE);
  gboolean cue;

  if (year_index != 0)
    {
      candidate_init (c, i, year_index, DATELINE_TIMEX_DATE, TIMEX_FORM_SEASON);
      c->season = lex->season;
      c->year = scanner->tokens[year_index].number;
      return TRUE;
    }

  cue = has_cue_before (scanner, i, TIMEX_LEX_MONTH_CUE)
        || (i >= 2 && is_word_class (scanner, i - 1, TIMEX_LEX_THE)
            && (is_word_class (scanner, i - 2, TIMEX_LEX_MONTH_CUE)
                || word_is (scanner, i - 2, "over")));
  if (!cue || ((lex->flags & TIMEX_LEXEME_AMBIGUOUS)
               && !is_word_class (scanner, i - 1, TIMEX_LEX_THE)))
    return FALSE;

  candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_SEASON);
  c->season = lex->season;
  c->relative = TRUE;
  c->direction = TIMEX_DIRECTION_BY_TENSE;
  c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* Decades: "the 90s", "the '90s", "the mid-90s", "the seventies". The
 * article (or apostrophe) is required: "in his 20s", "in their seventies"
 * are ages. "the 1990s" is read by match_year. */
static gboolean
match_short_decade (const TimexScanner *scanner,
                    guint               i,
                    TimexCandidate     *c)
{
  const TimexToken *t = &scanner->tokens[i];
  guint before = i;
  int year;
  guint last;

  if (is_word_class (scanner, i, TIMEX_LEX_DECADE_WORD))
    {
      year = t->lex->number;
      last = i;
    }
  else if (is_plain_number (t) && t->n_digits == 2 && t->number % 10 == 0 && t->number >= 30
           && word_is (scanner, i + 1, "s") && is_attached (scanner, i + 1))
    {
      year = 1900 + t->number;
      last = i + 1;
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

/* last/this/next/past/coming + week | month | year…, a weekday, a month
 * (and day), a season, a part of the day, or a count of units ("the past
 * three years"). */
static gboolean
match_shift (const TimexScanner *scanner,
             guint               i,
             TimexCandidate     *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  gboolean past = word_is (scanner, i, "past");
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

  if (is_word_class (scanner, j, TIMEX_LEX_UNIT) && !(next->lex->flags & TIMEX_LEXEME_PLURAL))
    {
      TimexUnit unit = next->lex->unit;

      if (unit == TIMEX_UNIT_HOUR || unit == TIMEX_UNIT_MINUTE || unit == TIMEX_UNIT_SECOND
          || unit == TIMEX_UNIT_DAY || unit == TIMEX_UNIT_FORTNIGHT)
        return FALSE;

      if (past)
        {
          /* "over the past week" is a stretch of time (TimeML: P1W). */
          if (unit == TIMEX_UNIT_WEEKEND)
            return FALSE;
          candidate_init (c, i, j, DATELINE_TIMEX_DURATION, TIMEX_FORM_DURATION);
          c->unit = unit;
          c->quantity = 1;
          return TRUE;
        }

      candidate_init (c, i, j, DATELINE_TIMEX_DATE, TIMEX_FORM_SHIFTED_UNIT);
      c->unit = unit;
      c->offset = lex->shift;
      return TRUE;
    }

  if (is_word_class (scanner, j, TIMEX_LEX_WEEKDAY) && is_capitalised (scanner, j)
      && !(next->lex->flags & (TIMEX_LEXEME_PLURAL | TIMEX_LEXEME_ABBREVIATION)))
    {
      candidate_init (c, i, j, DATELINE_TIMEX_DATE, TIMEX_FORM_WEEKDAY);
      c->weekday = next->lex->weekday;
      c->direction = direction;
      take_part_of_day (scanner, c);
      c->tense = detect_tense (scanner, c->first_token, c->last_token);
      return TRUE;
    }

  if (is_word_class (scanner, j, TIMEX_LEX_MONTH) && is_capitalised (scanner, j)
      && !(next->lex->flags & TIMEX_LEXEME_ABBREVIATION))
    {
      candidate_init (c, i, j, DATELINE_TIMEX_DATE, TIMEX_FORM_SHIFTED_MONTH);
      c->month = next->lex->month;
      c->direction = direction;
      /* "this November 24" */
      if (is_day_number (scanner, j + 1) && !is_attached (scanner, j + 1)
          && !is_time_or_measure_after (scanner, skip_ordinal_suffix (scanner, j + 2)))
        {
          c->day = scanner->tokens[j + 1].number;
          c->last_token = skip_ordinal_suffix (scanner, j + 2) - 1;
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
      && (lex->shift == 0 || (lex->shift < 0 && next->lex->part == TIMEX_PART_NIGHT && !past)))
    {
      candidate_init (c, i, j, DATELINE_TIMEX_TIME, TIMEX_FORM_DEICTIC_DAY);
      c->offset = lex->shift;
      c->part = next->lex->part;
      return TRUE;
    }

  /* "the past three years", "the next few months" */
  if (lex->shift != 0 && match_quantity (scanner, j, c) && c->form == TIMEX_FORM_DURATION)
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

/* "in the past", "in the future": TimeML's vague references. "the past
 * week" and "the past three years" are read by match_shift first. */
static gboolean
match_the_past (const TimexScanner *scanner,
                guint               i,
                TimexCandidate     *c)
{
  gboolean past = word_is (scanner, i + 1, "past");
  TimexCandidate shifted;

  if (!(past || word_is (scanner, i + 1, "future"))
      || !(i > 0 && (word_is (scanner, i - 1, "in") || word_is (scanner, i - 1, "into")))
      || (past && match_shift (scanner, i + 1, &shifted)))
    return FALSE;

  candidate_init (c, i, i + 1, DATELINE_TIMEX_DATE, TIMEX_FORM_REFERENCE);
  c->set_value = past ? "PAST_REF" : "FUTURE_REF";
  return TRUE;
}

static gboolean
match_year (const TimexScanner *scanner,
            guint               i,
            TimexCandidate     *c);

static gboolean
match_number (const TimexScanner *scanner,
              guint               i,
              TimexCandidate     *c);

/* "earlier this week", "later today", "earlier Monday", "early June",
 * "mid-2024", "late last year", "early Friday morning", "the early
 * 1990s": the modifier joins the expression after it. */
static gboolean
match_modified (const TimexScanner *scanner,
                guint               i,
                TimexCandidate     *c)
{
  gboolean edge = is_word_class (scanner, i, TIMEX_LEX_EDGE);
  guint j = i + 1;
  gboolean found;

  if (!edge && is_punct (scanner, j, '-') && is_attached (scanner, j)
      && is_attached (scanner, j + 1))
    j++;   /* "mid-June" */

  if (token_at (scanner, j) == NULL)
    return FALSE;

  if (is_word_class (scanner, j, TIMEX_LEX_WEEKDAY))
    found = match_weekday (scanner, j, c) && c->form == TIMEX_FORM_WEEKDAY;
  else if (is_word_class (scanner, j, TIMEX_LEX_DEICTIC_DAY))
    found = match_deictic_day (scanner, j, c);
  else if (edge)
    /* "earlier" sits only inside what contains the present: "this week" */
    found = word_is (scanner, j, "this") && match_shift (scanner, j, c)
            && (c->form == TIMEX_FORM_SHIFTED_UNIT || c->form == TIMEX_FORM_DEICTIC_DAY);
  else if (is_word_class (scanner, j, TIMEX_LEX_MONTH) && is_capitalised (scanner, j))
    found = match_month_first (scanner, j, TRUE, c);
  else if (is_word_class (scanner, j, TIMEX_LEX_SHIFT))
    found = match_shift (scanner, j, c) && c->type == DATELINE_TIMEX_DATE;
  else if (is_word_class (scanner, j, TIMEX_LEX_SEASON))
    found = match_season (scanner, j, c);
  else if (scanner->tokens[j].kind == TIMEX_TOKEN_NUMBER
           || is_word_class (scanner, j, TIMEX_LEX_ORDINAL))
    found = (match_number (scanner, j, c) || match_century (scanner, j, c))
            && c->type == DATELINE_TIMEX_DATE && c->form != TIMEX_FORM_OFFSET;
  else if (is_word_class (scanner, j, TIMEX_LEX_DECADE_WORD))
    found = match_short_decade (scanner, j, c);
  else
    found = FALSE;

  if (!found)
    return FALSE;

  c->first_token = i;
  if (c->form == TIMEX_FORM_CALENDAR)
    c->tense = detect_tense (scanner, c->first_token, c->last_token);
  return TRUE;
}

/* every/each + weekday | unit | month | part of day; daily, weekly… */
static gboolean
match_set (const TimexScanner *scanner,
           guint               i,
           TimexCandidate     *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  const TimexToken *next = token_at (scanner, i + 1);

  if (lex->classes & TIMEX_LEX_SET_WORD)
    {
      candidate_init (c, i, i, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->set_value = lex->set_value;
      return TRUE;
    }

  if (next == NULL || next->kind != TIMEX_TOKEN_WORD || next->lex == NULL)
    return FALSE;

  if ((next->lex->classes & TIMEX_LEX_WEEKDAY) && is_capitalised (scanner, i + 1)
      && !(next->lex->flags & (TIMEX_LEXEME_PLURAL | TIMEX_LEXEME_ABBREVIATION)))
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->weekday = next->lex->weekday;
      return TRUE;
    }
  if ((next->lex->classes & TIMEX_LEX_MONTH) && is_capitalised (scanner, i + 1)
      && !(next->lex->flags & TIMEX_LEXEME_ABBREVIATION))
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->month = next->lex->month;
      return TRUE;
    }
  if ((next->lex->classes & TIMEX_LEX_UNIT) && !(next->lex->flags & TIMEX_LEXEME_PLURAL)
      && is_countable_unit (next->lex->unit))
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->unit = next->lex->unit;
      c->quantity = 1;
      return TRUE;
    }
  if (next->lex->classes & TIMEX_LEX_PART_OF_DAY)
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_SET, TIMEX_FORM_SET);
      c->part = next->lex->part;
      return TRUE;
    }

  return FALSE;
}

/* Words that can stand between "the"-like position and a year used as a
 * modifier: "a 2010 raid", "his 2007 campaign", "Obama's 2012 victory". */
static gboolean
is_year_determiner (const TimexScanner *scanner,
                    guint               k)
{
  static const char * const words[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose",
  };

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    if (word_is (scanner, k, words[w]))
      return TRUE;

  /* a possessive: "Obama's" */
  return k >= 1 && word_is (scanner, k, "s") && is_attached (scanner, k)
         && is_punct (scanner, k - 1, '\'') && is_attached (scanner, k - 1);
}

/* A bare four-digit number is a year only where a year is expected: after
 * a cue ("in 2024", "since 1959", "mid-2024"), in a range ("2019-2021",
 * "2024-25"), in parentheses, as a possessive ("2024's budget"), after a
 * determiner before a noun ("the 2024 election", "a 2010 raid"), or after
 * "year". Never before what it counts ("2025 votes", "1500 people", "2024
 * km"). A year followed by "s" is a decade ("the 1990s"). */
static gboolean
match_year (const TimexScanner *scanner,
            guint               i,
            TimexCandidate     *c)
{
  const TimexToken *t = &scanner->tokens[i];
  gboolean year_ish = FALSE;

  /* "1990s" */
  if (is_plain_number (t) && t->n_digits == 4 && t->number % 10 == 0 && t->number >= 1000
      && word_is (scanner, i + 1, "s") && is_attached (scanner, i + 1))
    {
      candidate_init (c, i, i + 1, DATELINE_TIMEX_DATE, TIMEX_FORM_DECADE);
      c->year = t->number;
      return TRUE;
    }

  /* The second half of a short range: "2024-25" */
  if (is_plain_number (t) && t->n_digits == 2 && i >= 2 && is_punct (scanner, i - 1, '-')
      && is_attached (scanner, i - 1) && is_attached (scanner, i) && is_year_number (scanner, i - 2)
      && scanner->have_previous && scanner->previous_last == i - 2)
    {
      int first = scanner->tokens[i - 2].number;
      int year = first - first % 100 + t->number;

      if (year <= first || is_counted_thing (scanner, i + 1))
        return FALSE;
      candidate_init (c, i, i, DATELINE_TIMEX_DATE, TIMEX_FORM_CALENDAR);
      c->year = year;
      return TRUE;
    }

  if (!is_year_number (scanner, i) || is_word_class (scanner, i + 1, TIMEX_LEX_UNIT))
    return FALSE;

  /* "between 2019 and 2021 exports fell": the second of a pair of years is
   * a year whatever follows it. */
  if (i >= 2 && is_word_class (scanner, i - 1, TIMEX_LEX_CHAIN_CUE) && scanner->have_previous
      && scanner->previous_last == i - 2 && is_year_number (scanner, i - 2))
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
  else if (is_punct (scanner, i + 1, '-') && is_attached (scanner, i + 1)
           && is_attached (scanner, i + 2)
           && token_at (scanner, i + 2) != NULL && is_plain_number (token_at (scanner, i + 2))
           && (scanner->tokens[i + 2].n_digits == 2 || is_year_number (scanner, i + 2)))
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

static gboolean
match_word (const TimexScanner *scanner,
            guint               i,
            TimexCandidate     *c)
{
  const TimexLexeme *lex = scanner->tokens[i].lex;
  guint32 classes;

  if (lex == NULL)
    return match_part_of_year (scanner, i, c) || match_clock (scanner, i, c);
  classes = lex->classes;

  if ((classes & (TIMEX_LEX_EDGE | TIMEX_LEX_POSITION)) && match_modified (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_SHIFT) && match_shift (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_WEEKDAY) && match_weekday (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_MONTH) && match_month (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_DEICTIC_DAY) && match_deictic_day (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_ORDINAL)
      && (match_century (scanner, i, c) || match_part_of_year (scanner, i, c)))
    return TRUE;
  if ((classes & (TIMEX_LEX_NUMBER | TIMEX_LEX_VAGUE_NUMBER))
      && (match_century (scanner, i, c) || match_quantity (scanner, i, c)))
    return TRUE;
  if ((classes & TIMEX_LEX_UNIT) && match_vague_units (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_SEASON) && match_season (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_DECADE_WORD) && match_short_decade (scanner, i, c))
    return TRUE;
  if ((classes & TIMEX_LEX_THE)
      && (match_the_weekend (scanner, i, c) || match_the_past (scanner, i, c)))
    return TRUE;
  if ((classes & (TIMEX_LEX_SET_CUE | TIMEX_LEX_SET_WORD)) && match_set (scanner, i, c))
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
match_number (const TimexScanner *scanner,
              guint               i,
              TimexCandidate     *c)
{
  if (match_iso_date (scanner, i, c))
    return TRUE;
  if (match_day_range_start (scanner, i, c) || match_day_first (scanner, i, c))
    {
      c->tense = detect_tense (scanner, c->first_token, c->last_token);
      return TRUE;
    }
  if (match_century (scanner, i, c) || match_part_of_year (scanner, i, c)
      || match_short_decade (scanner, i, c) || match_clock (scanner, i, c))
    return TRUE;
  if (match_quantity (scanner, i, c))
    return TRUE;
  return match_year (scanner, i, c);
}

/* "the beginning of 2024", "the end of March", "the middle of next
 * week": the boundary words join the expression (the value stays the
 * whole period; TIMEX3's mod attribute is for later). */
static void
take_boundary_before (const TimexScanner *scanner,
                      TimexCandidate     *c)
{
  static const char * const words[] = { "beginning", "start", "middle", "end", "turn" };
  guint k = c->first_token;
  gboolean boundary = FALSE;

  if (c->type != DATELINE_TIMEX_DATE || k < 2 || !is_word_class (scanner, k - 1, TIMEX_LEX_OF))
    return;
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    if (word_is (scanner, k - 2, words[w]))
      boundary = TRUE;
  if (!boundary || !is_free (scanner, k - 2))
    return;

  k -= 2;
  if (k > 0 && is_word_class (scanner, k - 1, TIMEX_LEX_THE) && is_free (scanner, k - 1))
    k--;
  c->first_token = k;
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
dateline_timex_scan_sentence (const char       *text,
                              const TimexToken *tokens,
                              guint             n_tokens,
                              GArray           *candidates)
{
  TimexScanner scanner = {
    .text = text,
    .tokens = tokens,
    .n_tokens = n_tokens,
    .candidates = candidates,
  };
  guint i = 0;

  while (i < n_tokens)
    {
      TimexCandidate c;
      gboolean found = FALSE;

      switch (tokens[i].kind)
        {
        case TIMEX_TOKEN_WORD:
          found = match_word (&scanner, i, &c);
          break;
        case TIMEX_TOKEN_NUMBER:
          found = match_number (&scanner, i, &c);
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
      emit (&scanner, &c);
      i = c.last_token + 1;

      /* The second day of "November 19-20". */
      if (c.range_first != 0)
        {
          TimexCandidate second = c;

          g_assert (c.range_first > c.last_token && c.range_last >= c.range_first);
          second.first_token = c.range_first;
          second.last_token = c.range_last;
          second.day = c.range_day;
          second.range_first = 0;
          emit (&scanner, &second);
          i = second.last_token + 1;
        }
    }
}
