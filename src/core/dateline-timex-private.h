/* dateline-timex-private.h — the parts of the temporal tagger
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tagger is a pipeline of three stages, each in its own file:
 *
 *   tokens      dateline-timex-tokenize.c  words, numbers and punctuation
 *                                          of one sentence, each word looked
 *                                          up once in the lexicon
 *   candidates  dateline-timex-scan.c      recognisers triggered by a
 *                                          keyword (month, weekday, "last",
 *                                          a number…) parse locally and
 *                                          describe what the text states
 *   timexes     dateline-timex-resolve.c   the normaliser turns a candidate
 *                                          and the anchor into a TIMEX3
 *                                          value and a calendar span
 *
 * The lexicon (dateline-timex-lexicon.c) is the only place that knows
 * English words. A new kind of expression is a new lexicon class, a new
 * recogniser and, if it needs one, a new candidate form.
 */
#pragma once

#include <glib.h>

#include "dateline-timex.h"

G_BEGIN_DECLS

/* ------------------------------------------------------------------ */
/* Lexicon                                                             */
/* ------------------------------------------------------------------ */

typedef enum {
  TIMEX_UNIT_NONE = 0,
  TIMEX_UNIT_SECOND,
  TIMEX_UNIT_MINUTE,
  TIMEX_UNIT_HOUR,
  TIMEX_UNIT_DAY,
  TIMEX_UNIT_WEEK,
  TIMEX_UNIT_WEEKEND,
  TIMEX_UNIT_FORTNIGHT,
  TIMEX_UNIT_MONTH,
  TIMEX_UNIT_QUARTER,
  TIMEX_UNIT_YEAR,
  TIMEX_UNIT_DECADE,
  TIMEX_UNIT_CENTURY,
} TimexUnit;

typedef enum {
  TIMEX_SEASON_NONE = 0,
  TIMEX_SEASON_SPRING,
  TIMEX_SEASON_SUMMER,
  TIMEX_SEASON_FALL,
  TIMEX_SEASON_WINTER,
} TimexSeason;

typedef enum {
  TIMEX_PART_NONE = 0,
  TIMEX_PART_MORNING,
  TIMEX_PART_AFTERNOON,
  TIMEX_PART_EVENING,
  TIMEX_PART_NIGHT,
} TimexPartOfDay;

/* What a word can be. A word may be several things at once ("may" is a
 * month and a modal, "second" a unit and an ordinal); the recognisers
 * decide from the context. */
typedef enum {
  TIMEX_LEX_MONTH          = 1 << 0,  /* january … december, jan, sept… */
  TIMEX_LEX_WEEKDAY        = 1 << 1,  /* monday … sunday, mon, tues… */
  TIMEX_LEX_DEICTIC_DAY    = 1 << 2,  /* yesterday, today, tomorrow, tonight */
  TIMEX_LEX_UNIT           = 1 << 3,  /* day, weeks, year… */
  TIMEX_LEX_NUMBER         = 1 << 4,  /* one … ninety, a, an */
  TIMEX_LEX_VAGUE_NUMBER   = 1 << 5,  /* several, few, many */
  TIMEX_LEX_SHIFT          = 1 << 6,  /* last, this, next, past, coming */
  TIMEX_LEX_EDGE           = 1 << 7,  /* earlier, later ("earlier this week") */
  TIMEX_LEX_POSITION       = 1 << 8,  /* early, late, mid */
  TIMEX_LEX_YEAR_CUE       = 1 << 9,  /* in, since, by, until… before a bare year */
  TIMEX_LEX_MONTH_CUE      = 1 << 10, /* the same before a month standing alone */
  TIMEX_LEX_CHAIN_CUE      = 1 << 11, /* and, or, to: a cue only right after a date */
  TIMEX_LEX_FUTURE         = 1 << 12, /* will, shall, 'll, scheduled, due… */
  TIMEX_LEX_FUTURE_IF_TO   = 1 << 13, /* going, set, plans… followed by "to" */
  TIMEX_LEX_PAST           = 1 << 14, /* said, was, met… (besides "-ed") */
  TIMEX_LEX_NOT_PAST       = 1 << 15, /* "-ed" words that are not verbs: hundred */
  TIMEX_LEX_ORDINAL_SUFFIX = 1 << 16, /* st, nd, rd, th */
  TIMEX_LEX_PART_OF_DAY    = 1 << 17, /* morning, afternoon, evening, night */
  TIMEX_LEX_AGO            = 1 << 18, /* ago */
  TIMEX_LEX_NOW            = 1 << 19, /* now, currently, recently: set_value */
  TIMEX_LEX_HOLIDAY_WORD   = 1 << 20, /* Black (Friday), Super (Tuesday)… */
  TIMEX_LEX_PLURAL_NOUN    = 1 << 21, /* people, children: counted things */
  TIMEX_LEX_NOT_PLURAL     = 1 << 22, /* this, thus, across: end in s, not plural */
  TIMEX_LEX_SET_CUE        = 1 << 23, /* every, each */
  TIMEX_LEX_SET_WORD       = 1 << 24, /* daily, weekly, annually… */
  TIMEX_LEX_THE            = 1 << 25, /* the */
  TIMEX_LEX_OF             = 1 << 26, /* of */
  TIMEX_LEX_NOT_A_YEAR_AFTER = 1 << 27, /* percent, per, km: measures, not years */
  TIMEX_LEX_ORDINAL        = 1 << 28, /* first … thirtieth */
  TIMEX_LEX_SEASON         = 1 << 29, /* spring, summer, autumn, fall, winter */
  TIMEX_LEX_DECADE_WORD    = 1 << 30, /* sixties … nineties */
} TimexLexClass;

typedef enum {
  TIMEX_LEXEME_ABBREVIATION = 1 << 0, /* "Aug", "Tues": needs a number or a full stop */
  TIMEX_LEXEME_AMBIGUOUS    = 1 << 1, /* "May", "March", "August": also ordinary words */
  TIMEX_LEXEME_PLURAL       = 1 << 2, /* "days", "Mondays" */
  TIMEX_LEXEME_ARTICLE      = 1 << 3, /* "a", "an": the number one, weakly */
} TimexLexemeFlags;

typedef struct {
  const char *word;       /* lower case */
  guint32     classes;    /* TimexLexClass */
  guint8      flags;      /* TimexLexemeFlags */
  gint8       month;      /* 1 … 12 */
  gint8       weekday;    /* ISO 8601: Monday = 1 … Sunday = 7 */
  gint8       shift;      /* last = -1, this = 0, next = +1; deictic day offset */
  guint8      unit;       /* TimexUnit */
  guint8      part;       /* TimexPartOfDay */
  guint8      season;     /* TimexSeason */
  gint16      number;     /* NUMBER, ORDINAL; DECADE_WORD: the decade's first year */
  const char *set_value;  /* SET_WORD, NOW: the TIMEX3 value ("P1W", "PRESENT_REF") */
} TimexLexeme;

const TimexLexeme *dateline_timex_lexicon_lookup (const char *word,
                                                  gsize       len);

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

typedef enum {
  TIMEX_TOKEN_WORD = 0,
  TIMEX_TOKEN_NUMBER,
  TIMEX_TOKEN_PUNCT,
} TimexTokenKind;

typedef enum {
  TIMEX_TOKEN_SPACE_BEFORE   = 1 << 0, /* white space separates it from the previous token */
  TIMEX_TOKEN_CAPITALISED    = 1 << 1, /* starts with an upper-case letter */
  TIMEX_TOKEN_GROUPED        = 1 << 2, /* a number with thousands separators: 1,000 */
  TIMEX_TOKEN_DECIMAL        = 1 << 3, /* a number with a fraction: 3.5 */
  TIMEX_TOKEN_SENTENCE_START = 1 << 4, /* the first word of its sentence */
} TimexTokenFlags;

typedef struct {
  guint              start;    /* byte offsets into the text, end exclusive */
  guint              end;
  guint8             kind;     /* TimexTokenKind */
  guint8             flags;    /* TimexTokenFlags */
  guint8             n_digits; /* NUMBER: digits before any fraction */
  gunichar           ch;       /* PUNCT: the character, curly quotes and dashes folded to ASCII */
  gint32             number;   /* NUMBER: the integer part, saturated */
  const TimexLexeme *lex;      /* WORD: its lexicon entry, or NULL */
} TimexToken;

/* Appends the tokens of text[start:end] to @tokens (element-type TimexToken). */
void dateline_timex_tokenize (const char *text,
                              gsize       start,
                              gsize       end,
                              GArray     *tokens);

/* ------------------------------------------------------------------ */
/* Candidates                                                          */
/* ------------------------------------------------------------------ */

typedef enum {
  TIMEX_FORM_CALENDAR = 0,  /* year / month / day as stated; missing parts are 0 */
  TIMEX_FORM_DECADE,        /* "the 1990s": year = 1990 */
  TIMEX_FORM_WEEKDAY,       /* weekday, direction */
  TIMEX_FORM_DEICTIC_DAY,   /* "yesterday": offset in days */
  TIMEX_FORM_SHIFTED_UNIT,  /* "last week", "this year": unit, offset in units;
                             * "November next year": with month (and day) */
  TIMEX_FORM_SHIFTED_MONTH, /* "last March": month, direction */
  TIMEX_FORM_OFFSET,        /* "two days ago", "ten days from now": unit, signed quantity */
  TIMEX_FORM_DURATION,      /* "three years": unit, quantity */
  TIMEX_FORM_SET,           /* "every Monday", "weekly" */
  TIMEX_FORM_CENTURY,       /* "the 20th century": year = 1900 */
  TIMEX_FORM_SEASON,        /* "summer 2024", "last winter": season, year or offset */
  TIMEX_FORM_QUARTER,       /* "Q2 2025", "the third quarter": part_of_year, year */
  TIMEX_FORM_HALF,          /* "the first half of 2025": part_of_year, year */
  TIMEX_FORM_CLOCK,         /* "3 p.m." with no day: hour, minute */
  TIMEX_FORM_REFERENCE,     /* "now", "recently", "in the past": set_value */
} TimexForm;

typedef enum {
  TIMEX_TENSE_UNKNOWN = 0,
  TIMEX_TENSE_PAST,
  TIMEX_TENSE_FUTURE,
} TimexTense;

/* Which occurrence of a weekday (or month) is meant, relative to the anchor. */
typedef enum {
  TIMEX_DIRECTION_BY_TENSE = 0, /* bare "Friday": tense decides, past by default */
  TIMEX_DIRECTION_BEFORE,       /* "last Friday": strictly before */
  TIMEX_DIRECTION_AFTER,        /* "next Friday": strictly after */
  TIMEX_DIRECTION_SAME,         /* "this Friday", "this March": the anchor's week / year */
  TIMEX_DIRECTION_IN_WEEK,      /* "Friday next week": in the ISO week @offset weeks away */
} TimexDirection;

/* A quantity the text leaves vague ("several years"): TIMEX3 writes X. */
#define TIMEX_QUANTITY_VAGUE (-1)

typedef struct {
  guint              first_token;
  guint              last_token;   /* inclusive */
  guint              start;        /* bytes, end exclusive */
  guint              end;
  DatelineTimexType  type;
  TimexForm          form;
  TimexTense         tense;
  TimexDirection     direction;
  TimexUnit          unit;
  TimexPartOfDay     part;
  int                year;         /* CALENDAR, DECADE; 0 when not stated */
  int                month;        /* CALENDAR, SHIFTED_MONTH; 0 when not stated */
  int                day;          /* CALENDAR; 0 when not stated */
  int                weekday;      /* WEEKDAY, SET */
  int                offset;       /* DEICTIC_DAY, SHIFTED_UNIT, OFFSET, SEASON (signed);
                                    * WEEKDAY with DIRECTION_IN_WEEK: weeks */
  int                part_of_year; /* QUARTER 1 … 4, HALF 1 … 2 */
  TimexSeason        season;
  gboolean           has_clock;    /* a time of day: "Wednesday at 3 p.m." */
  int                hour;         /* 0 … 24 */
  int                minute;
  gboolean           relative;     /* SEASON, QUARTER: "last summer", "this quarter" */
  int                quantity;     /* DURATION: count, or TIMEX_QUANTITY_VAGUE */
  guint              quantity_start; /* DURATION: bytes of a decimal quantity ("1.5"), or 0 */
  guint              quantity_end;
  const char        *set_value;    /* SET, REFERENCE: a literal value, or NULL */
  guint              range_first;  /* "November 19-20": the second day's tokens, */
  guint              range_last;   /* emitted as a candidate of their own; */
  int                range_day;    /* range_first is 0 when there is none */
} TimexCandidate;

/* Finds the candidates in one sentence's tokens, in text order and not
 * overlapping; appends them to @candidates (element-type TimexCandidate). */
void dateline_timex_scan_sentence (const char       *text,
                                   const TimexToken *tokens,
                                   guint             n_tokens,
                                   GArray           *candidates);

/* ------------------------------------------------------------------ */
/* Normaliser                                                          */
/* ------------------------------------------------------------------ */

/* Like dateline_timex_new() but takes @value and sets @when (NULL:
 * undated) as given instead of parsing the value. */
DatelineTimex *dateline_timex_new_take (guint               start,
                                        guint               end,
                                        DatelineTimexType   type,
                                        char               *value,
                                        DatelineAnchor      anchor,
                                        const DatelineWhen *when);

/* What relative expressions are resolved against. */
typedef struct {
  gboolean dated;    /* FALSE: no publication date, relative values stay X'ed */
  guint32  julian;
  int      year;
  int      month;
  int      day;
  int      weekday;  /* ISO */
} TimexAnchor;

void           dateline_timex_anchor_init (TimexAnchor          *anchor,
                                           const DatelineWhen   *published);

/* Returns: (transfer full) (nullable): the timex, or NULL when the
 * candidate turns out not to name a valid date (February 30). */
DatelineTimex *dateline_timex_resolve     (const char           *text,
                                           const TimexCandidate *candidate,
                                           const TimexAnchor    *anchor);

G_END_DECLS
