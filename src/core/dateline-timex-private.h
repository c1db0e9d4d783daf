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
 *                                          and its context (publication
 *                                          date, narrative reference) into
 *                                          a TIMEX3 value and a calendar span
 *
 * dateline-timex.c drives them over the sentences of a document and keeps
 * the document-level state: the narrative reference time and the order
 * (month/day or day/month) the document writes numeric dates in.
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
  TIMEX_N_UNITS
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

typedef enum {
  TIMEX_HOLIDAY_NONE = 0,
  TIMEX_HOLIDAY_NEW_YEARS_DAY,
  TIMEX_HOLIDAY_NEW_YEARS_EVE,
  TIMEX_HOLIDAY_VALENTINES_DAY,
  TIMEX_HOLIDAY_GOOD_FRIDAY,
  TIMEX_HOLIDAY_EASTER_SUNDAY,
  TIMEX_HOLIDAY_EASTER_MONDAY,
  TIMEX_HOLIDAY_HALLOWEEN,
  TIMEX_HOLIDAY_THANKSGIVING,
  TIMEX_HOLIDAY_CHRISTMAS_EVE,
  TIMEX_HOLIDAY_CHRISTMAS_DAY,
  TIMEX_HOLIDAY_BOXING_DAY,
} TimexHoliday;

/* What a word can be. A word may be several things at once ("may" is a
 * month and a modal, "second" a unit and an ordinal); the recognisers
 * decide from the context. A 64-bit mask: there are more than 32. */
typedef guint64 TimexLexClass;

#define TIMEX_LEX_BIT(n) (G_GUINT64_CONSTANT (1) << (n))
#define TIMEX_LEX_MONTH            TIMEX_LEX_BIT (0)  /* january … december, jan, sept… */
#define TIMEX_LEX_WEEKDAY          TIMEX_LEX_BIT (1)  /* monday … sunday, mon, tues… */
#define TIMEX_LEX_DEICTIC_DAY      TIMEX_LEX_BIT (2)  /* yesterday, today, tomorrow, tonight */
#define TIMEX_LEX_UNIT             TIMEX_LEX_BIT (3)  /* day, weeks, year, hr, min… */
#define TIMEX_LEX_NUMBER           TIMEX_LEX_BIT (4)  /* one … ninety, a, an */
#define TIMEX_LEX_VAGUE_NUMBER     TIMEX_LEX_BIT (5)  /* several, few, many */
#define TIMEX_LEX_SHIFT            TIMEX_LEX_BIT (6)  /* last, this, next, past, coming */
#define TIMEX_LEX_EDGE             TIMEX_LEX_BIT (7)  /* earlier, later ("earlier this week") */
#define TIMEX_LEX_POSITION         TIMEX_LEX_BIT (8)  /* early, late, mid */
#define TIMEX_LEX_YEAR_CUE         TIMEX_LEX_BIT (9)  /* in, since, by, until… before a bare year */
#define TIMEX_LEX_MONTH_CUE        TIMEX_LEX_BIT (10) /* the same before a lone month */
#define TIMEX_LEX_CHAIN_CUE        TIMEX_LEX_BIT (11) /* and, or, to: a cue right after a date */
#define TIMEX_LEX_FUTURE           TIMEX_LEX_BIT (12) /* will, shall, 'll, scheduled, due… */
#define TIMEX_LEX_FUTURE_IF_TO     TIMEX_LEX_BIT (13) /* going, set, plans… followed by "to" */
#define TIMEX_LEX_PAST             TIMEX_LEX_BIT (14) /* said, was, met… (besides "-ed") */
#define TIMEX_LEX_NOT_PAST         TIMEX_LEX_BIT (15) /* "-ed" words that are not verbs: hundred */
#define TIMEX_LEX_ORDINAL_SUFFIX   TIMEX_LEX_BIT (16) /* st, nd, rd, th */
#define TIMEX_LEX_PART_OF_DAY      TIMEX_LEX_BIT (17) /* morning, afternoon, evening, night, dawn */
#define TIMEX_LEX_AGO              TIMEX_LEX_BIT (18) /* ago */
#define TIMEX_LEX_NOW              TIMEX_LEX_BIT (19) /* now, currently, recently: set_value */
#define TIMEX_LEX_HOLIDAY_WORD     TIMEX_LEX_BIT (20) /* Black (Friday), Super (Tuesday)… */
#define TIMEX_LEX_PLURAL_NOUN      TIMEX_LEX_BIT (21) /* people, children: counted things */
#define TIMEX_LEX_NOT_PLURAL       TIMEX_LEX_BIT (22) /* this, thus, across: end in s, not plural */
#define TIMEX_LEX_SET_CUE          TIMEX_LEX_BIT (23) /* every, each */
#define TIMEX_LEX_SET_WORD         TIMEX_LEX_BIT (24) /* daily, weekly, annually… */
#define TIMEX_LEX_THE              TIMEX_LEX_BIT (25) /* the */
#define TIMEX_LEX_OF               TIMEX_LEX_BIT (26) /* of */
#define TIMEX_LEX_NOT_A_YEAR_AFTER TIMEX_LEX_BIT (27) /* percent, per, km: measures, not years */
#define TIMEX_LEX_ORDINAL          TIMEX_LEX_BIT (28) /* first … thirtieth */
#define TIMEX_LEX_SEASON           TIMEX_LEX_BIT (29) /* spring, summer, autumn, fall, winter */
#define TIMEX_LEX_DECADE_WORD      TIMEX_LEX_BIT (30) /* sixties … nineties */
#define TIMEX_LEX_PRESENT          TIMEX_LEX_BIT (31) /* is, are, begins, opens: schedules */
#define TIMEX_LEX_HOLIDAY          TIMEX_LEX_BIT (32) /* christmas, easter, halloween… */
#define TIMEX_LEX_CLOCK_WORD       TIMEX_LEX_BIT (33) /* noon, midday, midnight */
#define TIMEX_LEX_ERA              TIMEX_LEX_BIT (34) /* BC, BCE, AD, CE, BE */
#define TIMEX_LEX_ANAPHOR          TIMEX_LEX_BIT (35) /* that, same, following, previous… */
#define TIMEX_LEX_QUANTITY_MOD     TIMEX_LEX_BIT (36) /* about, almost, nearly, some… */
#define TIMEX_LEX_FREQUENCY        TIMEX_LEX_BIT (37) /* once, twice, times */
#define TIMEX_LEX_TRIGGER_WORD     TIMEX_LEX_BIT (38) /* overnight, anniversary, half, couple… */

typedef enum {
  TIMEX_LEXEME_ABBREVIATION = 1 << 0, /* "Aug", "Tues": needs a number or a full stop */
  TIMEX_LEXEME_AMBIGUOUS    = 1 << 1, /* "May", "March", "August": also ordinary words */
  TIMEX_LEXEME_PLURAL       = 1 << 2, /* "days", "Mondays" */
  TIMEX_LEXEME_ARTICLE      = 1 << 3, /* "a", "an": the number one, weakly */
  TIMEX_LEXEME_SHORT_UNIT   = 1 << 4, /* "h", "m", "d": a unit only attached to a number
                                       * and in a relative expression ("3m 49s ago") */
} TimexLexemeFlags;

typedef struct {
  const char    *word;       /* lower case */
  TimexLexClass  classes;
  guint8         flags;      /* TimexLexemeFlags */
  gint8          month;      /* 1 … 12 */
  gint8          weekday;    /* ISO 8601: Monday = 1 … Sunday = 7 */
  gint8          shift;      /* last = -1, this = 0, next = +1; deictic day offset */
  guint8         unit;       /* TimexUnit */
  guint8         part;       /* TimexPartOfDay */
  guint8         season;     /* TimexSeason */
  gint16         number;     /* NUMBER, ORDINAL; DECADE_WORD: the decade's first year;
                              * ERA: -1 before Christ, +1 after, -543 Buddhist */
  const char    *set_value;  /* SET_WORD, NOW: the TIMEX3 value ("P1W", "PRESENT_REF") */
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
  TIMEX_TOKEN_ALL_CAPS       = 1 << 5, /* a word in capitals: "SEP", "EST" */
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
  TIMEX_FORM_OFFSET,        /* "two days ago", "+2 months, 5 days": amounts, signed */
  TIMEX_FORM_DURATION,      /* "three years", "1 hour, 5 minutes": amounts */
  TIMEX_FORM_SET,           /* "every Monday", "weekly", "twice a month" */
  TIMEX_FORM_CENTURY,       /* "the 20th century": year = 1900 */
  TIMEX_FORM_SEASON,        /* "summer 2024", "last winter": season, year or offset */
  TIMEX_FORM_QUARTER,       /* "Q2 2025", "the third quarter": part_of_year, year */
  TIMEX_FORM_HALF,          /* "the first half of 2025": part_of_year, year */
  TIMEX_FORM_CLOCK,         /* "3 p.m." with no day: hour, minute */
  TIMEX_FORM_REFERENCE,     /* "now", "recently", "in the past": set_value */
  TIMEX_FORM_ANAPHORIC,     /* "the next day", "a week later", "that day",
                             * "the following Monday": relative to the time
                             * the narrative is at (amounts or weekday) */
  TIMEX_FORM_HOLIDAY,       /* "Christmas 2010", "Easter Sunday": holiday, year */
  TIMEX_FORM_BUSINESS_DAY,  /* "next weekday", "last weekday": offset */
} TimexForm;

typedef enum {
  TIMEX_TENSE_UNKNOWN = 0,
  TIMEX_TENSE_PAST,
  TIMEX_TENSE_PRESENT,      /* "begins Friday", "is due Friday": a schedule */
  TIMEX_TENSE_FUTURE,
} TimexTense;

/* Which occurrence of a weekday (or month) is meant, relative to the anchor. */
typedef enum {
  TIMEX_DIRECTION_BY_TENSE = 0, /* bare "Friday": tense decides, nearest without one */
  TIMEX_DIRECTION_BEFORE,       /* "last Friday": strictly before */
  TIMEX_DIRECTION_AFTER,        /* "the following Friday": strictly after */
  TIMEX_DIRECTION_SAME,         /* "this Friday", "this March": the anchor's week / year */
  TIMEX_DIRECTION_IN_WEEK,      /* "Friday next week", "next Friday": in the ISO week
                                 * @offset weeks away */
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
  DatelineTimexMod   mod;
  int                year;         /* CALENDAR, DECADE, HOLIDAY; 0 when not stated */
  gboolean           before_christ;/* the year counts back: "190 BC" */
  int                month;        /* CALENDAR, SHIFTED_MONTH; 0 when not stated */
  int                day;          /* CALENDAR; 0 when not stated */
  int                weekday;      /* WEEKDAY, SET, ANAPHORIC */
  int                offset;       /* DEICTIC_DAY, SHIFTED_UNIT, SEASON, BUSINESS_DAY
                                    * (signed); WEEKDAY with DIRECTION_IN_WEEK: weeks */
  int                part_of_year; /* QUARTER 1 … 4, HALF 1 … 2 */
  TimexSeason        season;
  TimexHoliday       holiday;
  gboolean           has_clock;    /* a time of day: "Wednesday at 3 p.m." */
  int                hour;         /* 0 … 24 */
  int                minute;
  int                second;
  gboolean           has_seconds;
  guint              fraction_start; /* bytes of the digits after "20:29:29." */
  guint              fraction_end;
  gboolean           has_zone;     /* a numeric UTC offset: "+0200", "utc+02:45" */
  int                zone_minutes;
  gboolean           relative;     /* SEASON, QUARTER: "last summer", "this quarter" */
  gboolean           year_from_narrative; /* "January 19th of that year" */
  int                quantity;     /* DURATION, SET: count, or TIMEX_QUANTITY_VAGUE */
  guint              quantity_start; /* DURATION: bytes of a decimal quantity ("1.5"), or 0 */
  guint              quantity_end;
  int                amounts[TIMEX_N_UNITS]; /* DURATION, OFFSET, ANAPHORIC: how much of
                                              * each unit; signed for offsets */
  const char        *set_value;    /* SET, REFERENCE: a literal value, or NULL */
  int                combine;      /* +1: an offset to apply to the next candidate ("two
                                    * days after [next Friday]"); -1: to the previous one
                                    * ("[2023-12-29] -10days"); 0: stands alone */
  gboolean           range_end;    /* the second date of a range ("November 19-[20]"):
                                    * when it is no date, neither is the first */
} TimexCandidate;

/* The order the document writes all-numeric dates in, from the dates
 * that can only be read one way (31/07/2025 is day first). */
typedef enum {
  TIMEX_NUMERIC_ORDER_UNKNOWN = 0,
  TIMEX_NUMERIC_ORDER_MONTH_FIRST,
  TIMEX_NUMERIC_ORDER_DAY_FIRST,
} TimexNumericOrder;

TimexNumericOrder dateline_timex_numeric_order (const char *text,
                                                gsize       len);

/* Finds the candidates in one sentence's tokens, in text order and not
 * overlapping; appends them to @candidates (element-type TimexCandidate). */
void dateline_timex_scan_sentence (const char        *text,
                                   const TimexToken  *tokens,
                                   guint              n_tokens,
                                   TimexNumericOrder  order,
                                   GArray            *candidates);

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

/* A moment relative expressions are resolved against: the publication
 * date, or the time a narrative has reached. */
typedef struct {
  gboolean dated;    /* FALSE: nothing to resolve against */
  guint32  julian;
  int      year;
  int      month;
  int      day;
  int      weekday;  /* ISO */
  int      time;     /* seconds after midnight, or -1 when only the day is known */
} TimexAnchor;

void dateline_timex_anchor_init     (TimexAnchor *anchor,
                                     guint32      julian,
                                     int          time);

/* The narrative reference time (HeidelTime's "reference time"): the last
 * dates the text itself has mentioned, kept by dateline-timex.c as it
 * walks the document. */
typedef struct {
  gboolean       have_day;       /* the last day-granular date */
  TimexAnchor    day;
  DatelineAnchor day_anchor;     /* how that date was known */
  guint          day_sentence;   /* the sentence it was in */
  gboolean       have_month;     /* the last date that fixes a month (day or month
                                  * granularity) */
  int            month_year;
  int            month;
  DatelineAnchor month_anchor;
  guint          month_sentence;
  gboolean       have_year;      /* the last date that fixes a year */
  int            year;
  DatelineAnchor year_anchor;
  guint          year_sentence;
  char           unresolved_day[24]; /* the last day mentioned, when its year is
                                      * unknown ("XXXX-07-07"): an anaphor after
                                      * it cannot reach further back; "" else */
} TimexNarrative;

typedef struct {
  TimexAnchor     published;     /* the publication date, maybe undated */
  gboolean        prefer_future; /* DatelineTimexOptions.prefer_future */
  TimexNarrative  narrative;
  guint           sentence;      /* index of the sentence being tagged */
} TimexContext;

/* Returns: (transfer full) (nullable): the timex, or NULL when the
 * candidate turns out not to name a valid date (February 30). */
DatelineTimex *dateline_timex_resolve     (const char           *text,
                                           const TimexCandidate *candidate,
                                           const TimexContext   *context);

/* "two days after next Friday": @offset applied to the resolved @base.
 * Returns: (transfer full) (nullable) */
DatelineTimex *dateline_timex_resolve_combined (const char           *text,
                                                const TimexCandidate *offset,
                                                const DatelineTimex  *base,
                                                const TimexCandidate *base_candidate,
                                                const TimexContext   *context);

/* Moves the narrative reference to @timex if it fixes a day, month or year. */
void           dateline_timex_narrative_note (TimexNarrative      *narrative,
                                              const DatelineTimex *timex,
                                              guint                sentence);

G_END_DECLS
