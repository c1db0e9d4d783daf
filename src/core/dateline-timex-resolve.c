/* dateline-timex-resolve.c — TIMEX3 values and calendar spans for candidates
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-timex-private.h"

/* The normaliser. Every candidate either states its date in full (anchor
 * NONE, certainty STATED), or is resolved against a reference time:
 *
 *   PUBLISHED  the publication date: the moment of writing, which
 *              deictic expressions ("yesterday", "on Wednesday", "last
 *              week", "two days ago") always refer to;
 *   NARRATIVE  the time the text itself has reached (HeidelTime's
 *              "reference time"): the last date it mentioned.
 *
 * or, with nothing to resolve against, keeps a value with X placeholders
 * ("XXXX-07-31", "XXXX-WXX-3") and no calendar span: today's date is
 * never used silently. Durations and sets never get a span, they are not
 * points on the timeline.
 *
 * When the narrative reference beats the publication date:
 *
 *  1. Anaphoric expressions — "the next day", "a week later", "that
 *     day", "the following Monday", "the day before", "later that
 *     month", "January 19th of that year" — always point back to the time
 *     the text is at: the last date of a suitable granularity mentioned
 *     before them (any distance back). Only when the text has mentioned
 *     none do they fall back to the publication date.
 *
 *  2. Deictic expressions never use it: "yesterday", "this week", "two
 *     days ago", "last Friday", "next month" are anchored at the moment of
 *     writing whatever the text said before.
 *
 *  3. Underspecified dates whose tense picks the occurrence — a bare
 *     weekday ("on Friday"), a yearless day ("on March 5"), a month ("in
 *     June"), a holiday — take the narrative reference instead of the
 *     publication date when all of these hold:
 *       a. the clause is in the past tense (a narrative of past events);
 *       b. the reference was mentioned in the same sentence or in one of
 *          the two before it;
 *       c. it was stated in the text (or itself resolved narratively), not
 *          resolved from the publication date — otherwise both readings
 *          come from the same anchor;
 *       d. it fixes what the expression lacks: a day for a weekday, a month
 *          for a yearless day or month;
 *       e. the narrative reading differs from the publication-date reading
 *          and is not after the publication date (a past-tense clause
 *          cannot report a day still to come); for a weekday, it is a week
 *          or more before it (within the last week both readings are the
 *          most recent such day).
 *     The narrative then moves forward: the first such day or month on or
 *     after the reference.
 *
 *  4. With no publication date, rule 3 applies whatever the tense, and a
 *     year alone is enough for a yearless day or month ("In 2010, on
 *     Easter Sunday"): better a narrative year than none, and the anchor
 *     says where it came from.
 *
 * Calendar arithmetic is GDate's (through the Julian day helpers of
 * dateline-date.h); values are formatted by dateline_when_dup_value() so
 * they always agree with dateline_when_parse_value(). */

static const char * const part_of_day_codes[] = {
  [TIMEX_PART_NONE] = NULL,
  [TIMEX_PART_MORNING] = "MO",
  [TIMEX_PART_AFTERNOON] = "AF",
  [TIMEX_PART_EVENING] = "EV",
  [TIMEX_PART_NIGHT] = "NI",
};

/* How many sentences back a reference may be for rule 3 above. */
#define NARRATIVE_REACH 2

void
dateline_timex_anchor_init (TimexAnchor *anchor,
                            guint32      julian,
                            int          time)
{
  GDate date;

  memset (anchor, 0, sizeof *anchor);
  anchor->time = -1;
  if (julian == 0 || !g_date_valid_julian (julian))
    return;

  anchor->dated = TRUE;
  anchor->julian = julian;
  anchor->time = time >= 0 && time < 86400 ? time : -1;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  anchor->year = g_date_get_year (&date);
  anchor->month = g_date_get_month (&date);
  anchor->day = g_date_get_day (&date);
  anchor->weekday = g_date_get_weekday (&date);
}

/* The tense that decides which occurrence is meant. A present-tense
 * schedule ("begins Friday") looks ahead like the future; without any
 * tense the caller's preference decides. */
static TimexTense
effective_tense (const TimexCandidate *c,
                 const TimexContext   *context)
{
  switch (c->tense)
    {
    case TIMEX_TENSE_PAST:
      return TIMEX_TENSE_PAST;
    case TIMEX_TENSE_PRESENT:
    case TIMEX_TENSE_FUTURE:
      return TIMEX_TENSE_FUTURE;
    case TIMEX_TENSE_UNKNOWN:
    default:
      return context->prefer_future ? TIMEX_TENSE_FUTURE : TIMEX_TENSE_UNKNOWN;
    }
}

/* For periods (quarters, halves, seasons) the present tense says nothing:
 * "our third-quarter results show" reports the past quarter. */
static TimexTense
period_tense (const TimexCandidate *c,
              const TimexContext   *context)
{
  if (c->tense == TIMEX_TENSE_PRESENT)
    return context->prefer_future ? TIMEX_TENSE_FUTURE : TIMEX_TENSE_UNKNOWN;
  return effective_tense (c, context);
}

/* ------------------------------------------------------------------ */
/* Building timexes                                                    */
/* ------------------------------------------------------------------ */

/* The time part of a value: "T15:00", "T20:29:29.79", "T11:45-05",
 * "TMO". NULL when the candidate has none. */
static char *
time_of_day_suffix (const char           *text,
                    const TimexCandidate *c)
{
  GString *s;

  if (!c->has_clock)
    return c->part != TIMEX_PART_NONE ? g_strconcat ("T", part_of_day_codes[c->part], NULL)
                                      : NULL;

  s = g_string_new (NULL);
  g_string_append_printf (s, "T%02d:%02d", c->hour, c->minute);
  if (c->has_seconds || c->second != 0)
    g_string_append_printf (s, ":%02d", c->second);
  if (c->fraction_end > c->fraction_start)
    g_string_append_printf (s, ".%.*s", (int) (c->fraction_end - c->fraction_start),
                            text + c->fraction_start);
  if (c->has_zone)
    {
      int minutes = ABS (c->zone_minutes);

      g_string_append_printf (s, "%c%02d", c->zone_minutes < 0 ? '-' : '+', minutes / 60);
      if (minutes % 60 != 0)
        g_string_append_printf (s, ":%02d", minutes % 60);
    }
  return g_string_free (s, FALSE);
}

/* Appends the time of day to a day value: "2025-07-28TMO",
 * "2025-07-28T15:00". Takes @value. */
static char *
with_time_of_day (const char           *text,
                  char                 *value,
                  const TimexCandidate *c)
{
  g_autofree char *suffix = time_of_day_suffix (text, c);
  char *full;

  if (suffix == NULL)
    return value;
  full = g_strconcat (value, suffix, NULL);
  g_free (value);
  return full;
}

static DatelineTimex *
new_timex (const TimexCandidate *c,
           char                 *value,
           DatelineAnchor        anchor,
           const DatelineWhen   *when)
{
  DatelineTimex *timex = dateline_timex_new_take (c->start, c->end, c->type, value, anchor, when);

  timex->mod = c->mod;
  return timex;
}

static DatelineTimex *
dated_timex (const char           *text,
             const TimexCandidate *c,
             const DatelineWhen   *when,
             DatelineAnchor        anchor)
{
  char *value = dateline_when_dup_value (when);

  if (when->granularity == DATELINE_GRANULARITY_DAY)
    value = with_time_of_day (text, value, c);

  return new_timex (c, value, anchor, when);
}

/* Takes @value. */
static DatelineTimex *
undated_timex (const char           *text,
               const TimexCandidate *c,
               char                 *value)
{
  return new_timex (c, with_time_of_day (text, value, c), DATELINE_ANCHOR_NONE, NULL);
}

static DatelineTimex *
span_timex (const char           *text,
            const TimexCandidate *c,
            int                   year,
            int                   month,
            int                   day,
            DatelineGranularity   granularity,
            DatelineAnchor        anchor)
{
  DatelineWhen when = DATELINE_WHEN_INIT;

  if (!dateline_when_set_span (&when, year, month, day, granularity,
                               anchor == DATELINE_ANCHOR_NONE ? DATELINE_CERTAINTY_STATED
                                                              : DATELINE_CERTAINTY_RESOLVED))
    return NULL;

  return dated_timex (text, c, &when, anchor);
}

static DatelineTimex *
day_timex (const char           *text,
           const TimexCandidate *c,
           gint64                julian,
           DatelineAnchor        anchor)
{
  int year, month, day;

  if (julian < 1 || julian > G_MAXUINT32 || !g_date_valid_julian ((guint32) julian))
    return NULL;

  dateline_julian_to_ymd ((guint32) julian, &year, &month, &day);
  return span_timex (text, c, year, month, day, DATELINE_GRANULARITY_DAY, anchor);
}

static DatelineTimex *
week_timex (const char           *text,
            const TimexCandidate *c,
            gint64                julian,
            DatelineAnchor        anchor)
{
  DatelineTimex *timex;
  int year, month, day;

  if (julian < 1 || julian > G_MAXUINT32 || !g_date_valid_julian ((guint32) julian))
    return NULL;

  dateline_julian_to_ymd ((guint32) julian, &year, &month, &day);
  timex = span_timex (text, c, year, month, day, DATELINE_GRANULARITY_WEEK, anchor);

  /* A weekend has no granularity of its own: its span is the whole ISO
   * week, which contains it, and its value says which part ("-WE"). */
  if (timex != NULL && c->unit == TIMEX_UNIT_WEEKEND)
    {
      char *value = g_strconcat (timex->value, "-WE", NULL);

      g_free (timex->value);
      timex->value = value;
    }

  return timex;
}

/* A point in time: the day @julian at @seconds after midnight (may
 * overflow into neighbouring days). A TIME value with the clock. */
static DatelineTimex *
instant_timex (const char           *text,
               const TimexCandidate *c,
               gint64                julian,
               gint64                seconds,
               DatelineAnchor        anchor)
{
  TimexCandidate timed = *c;
  gint64 days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);

  seconds -= days * 86400;
  timed.type = DATELINE_TIMEX_TIME;
  timed.has_clock = TRUE;
  timed.part = TIMEX_PART_NONE;
  timed.hour = (int) (seconds / 3600);
  timed.minute = (int) (seconds / 60 % 60);
  timed.second = (int) (seconds % 60);
  timed.has_seconds = timed.second != 0;
  timed.fraction_start = timed.fraction_end = 0;
  timed.has_zone = FALSE;
  return day_timex (text, &timed, julian + days, anchor);
}

/* Years a date can hold (GDate's): "in 10,000 centuries" is none. */
#define FIRST_YEAR 1
#define LAST_YEAR  G_MAXUINT16

/* @year moved by @years, or 0 when that leaves the years a date can
 * hold. Amounts come from the text ("a billion years later"): in 64 bits
 * they cannot overflow. */
static int
shift_years (int    year,
             gint64 years)
{
  gint64 shifted = (gint64) year + years;

  return shifted < FIRST_YEAR || shifted > LAST_YEAR ? 0 : (int) shifted;
}

/* (year, month) moved by @months, month 1 … 12. FALSE when the year
 * leaves the years a date can hold. */
static gboolean
shift_months (int     year,
              int     month,
              gint64  months,
              int    *out_year,
              int    *out_month)
{
  gint64 index;

  if (months < -12 * (gint64) LAST_YEAR || months > 12 * (gint64) LAST_YEAR)
    return FALSE;
  index = (gint64) year * 12 + (month - 1) + months;
  if (index < 12 * (gint64) FIRST_YEAR || index >= 12 * ((gint64) LAST_YEAR + 1))
    return FALSE;

  *out_year = (int) (index / 12);
  *out_month = (int) (index % 12 + 1);
  return TRUE;
}

/* The day @months after @julian, clamped to the end of a shorter month
 * (31 January + 1 month is 28 or 29 February); 0 outside the calendar. */
static gint64
julian_plus_months (guint32 julian,
                    gint64  months)
{
  int year, month, day, new_year, new_month;
  GDateDay last;

  dateline_julian_to_ymd (julian, &year, &month, &day);
  if (!shift_months (year, month, months, &new_year, &new_month))
    return 0;
  last = g_date_get_days_in_month ((GDateMonth) new_month, (GDateYear) new_year);
  return dateline_julian_from_ymd (new_year, new_month, MIN (day, (int) last));
}

/* "BC0190", "BC0190-03", "BC0190-03-29": TIMEX3 years before Christ. */
static char *
before_christ_value (const TimexCandidate *c)
{
  if (c->day != 0)
    return g_strdup_printf ("BC%04d-%02d-%02d", c->year, c->month, c->day);
  if (c->month != 0)
    return g_strdup_printf ("BC%04d-%02d", c->year, c->month);
  return g_strdup_printf ("BC%04d", c->year);
}

/* ------------------------------------------------------------------ */
/* Choosing the occurrence                                             */
/* ------------------------------------------------------------------ */

typedef void (*DayOfYearFunc) (int            year,
                               gconstpointer  data,
                               int           *month,
                               int           *day);

static void
fixed_day_of_year (int            year,
                   gconstpointer  data,
                   int           *month,
                   int           *day)
{
  const TimexCandidate *c = data;

  *month = c->month;
  *day = c->day;
}

/* A month and day without a year: the occurrence nearest the anchor, so
 * "December 30" in an article of 2 January 2026 is 2025-12-30 and
 * "January 3" in one of 30 December 2025 is 2026-01-03. A clause in the
 * future tense takes the next occurrence on or after the anchor ("talks
 * will resume on January 3"). A past-tense clause does not move it back:
 * news names upcoming deadlines in past-tense sentences ("the talks came
 * ahead of the August 8 deadline"). Ties go to the past. The search reaches
 * four years out so that 29 February finds a leap year. Returns the day. */
static gint64
nearest_occurrence (const TimexAnchor *anchor,
                    DayOfYearFunc      day_of_year,
                    gconstpointer      data,
                    TimexTense         tense)
{
  gint64 best = 0;
  gint64 best_distance = 0;

  for (int delta = -4; delta <= 4; delta++)
    {
      int year = anchor->year + delta;
      int month, day;
      guint32 julian;
      gint64 distance;

      day_of_year (year, data, &month, &day);
      julian = dateline_julian_from_ymd (year, month, day);
      if (julian == 0)
        continue;
      distance = (gint64) julian - (gint64) anchor->julian;
      if (tense == TIMEX_TENSE_FUTURE && distance < 0)
        continue;
      if (best == 0 || ABS (distance) < ABS (best_distance)
          || (ABS (distance) == ABS (best_distance) && distance < best_distance))
        {
          best = julian;
          best_distance = distance;
        }
    }

  return best;
}

/* The first occurrence on or after @anchor (a narrative moving forward). */
static gint64
next_occurrence (const TimexAnchor *anchor,
                 DayOfYearFunc      day_of_year,
                 gconstpointer      data)
{
  for (int delta = 0; delta <= 4; delta++)
    {
      int month, day;
      guint32 julian;

      day_of_year (anchor->year + delta, data, &month, &day);
      julian = dateline_julian_from_ymd (anchor->year + delta, month, day);
      if (julian != 0 && julian >= anchor->julian)
        return julian;
    }
  return 0;
}

/* A month without a year. Here the tense of the clause decides when it
 * has one ("was signed in August" written in March is last August, "will
 * vote in August" this one); otherwise the nearest occurrence, counted in
 * months, ties to the past. */
static int
nearest_year_of_month (const TimexAnchor *anchor,
                       int                month,
                       TimexTense         tense)
{
  int anchor_index = anchor->year * 12 + anchor->month - 1;
  int best_year = 0;
  int best_distance = 0;

  for (int delta = -1; delta <= 1; delta++)
    {
      int year = anchor->year + delta;
      int distance = year * 12 + month - 1 - anchor_index;

      if (tense == TIMEX_TENSE_FUTURE && distance < 0)
        continue;
      if (tense == TIMEX_TENSE_PAST && distance > 0)
        continue;
      if (best_year == 0 || ABS (distance) < ABS (best_distance)
          || (ABS (distance) == ABS (best_distance) && distance < best_distance))
        {
          best_year = year;
          best_distance = distance;
        }
    }

  return best_year;
}

/* A weekday relative to an anchor. In a past-tense report ("said on
 * Wednesday") it is the most recent such day on or before the anchor, in
 * a future-tense one ("will meet on Friday", "begins Friday") the next on
 * or after it; with no tense at all, the nearer of the two, ties to the
 * past. "last Friday" is strictly before; "this Friday" the one of the
 * anchor's week, or the next one when the tense leaves it open; "next
 * Friday" and "Friday next week" the one in the week @offset weeks away. */
static gint64
resolve_weekday_against_anchor (const TimexAnchor *anchor,
                                int                weekday,
                                TimexDirection     direction,
                                int                offset,
                                TimexTense         tense)
{
  int back = (anchor->weekday - weekday + 7) % 7;
  int ahead = (weekday - anchor->weekday + 7) % 7;
  gint64 julian = anchor->julian;

  switch (direction)
    {
    case TIMEX_DIRECTION_BEFORE:
      return julian - (back != 0 ? back : 7);

    case TIMEX_DIRECTION_AFTER:
      return julian + (ahead != 0 ? ahead : 7);

    case TIMEX_DIRECTION_IN_WEEK:
      return julian - (anchor->weekday - 1) + 7 * (gint64) offset + (weekday - 1);

    case TIMEX_DIRECTION_SAME:
      if (tense == TIMEX_TENSE_PAST)
        return julian - back;
      return julian + ahead;

    case TIMEX_DIRECTION_BY_TENSE:
    default:
      if (tense == TIMEX_TENSE_FUTURE)
        return julian + ahead;
      if (tense == TIMEX_TENSE_PAST)
        return julian - back;
      return ahead < back ? julian + ahead : julian - back;
    }
}

/* ------------------------------------------------------------------ */
/* The narrative reference                                             */
/* ------------------------------------------------------------------ */

typedef enum {
  NEED_DAY,
  NEED_MONTH,
  NEED_YEAR,
} NarrativeNeed;

/* Rule 3/4 of the comment at the top: whether a tense-resolved date may
 * take the narrative reference, and which. */
static gboolean
narrative_reference_for (const TimexCandidate *c,
                         const TimexContext   *context,
                         NarrativeNeed         need,
                         TimexAnchor          *reference)
{
  const TimexNarrative *n = &context->narrative;
  gboolean published = context->published.dated;

  if (published && c->tense != TIMEX_TENSE_PAST)
    return FALSE;

  if (need == NEED_DAY)
    {
      if (!n->have_day || context->sentence - n->day_sentence > NARRATIVE_REACH
          || (published && n->day_anchor == DATELINE_ANCHOR_PUBLISHED))
        return FALSE;
      *reference = n->day;
      return TRUE;
    }

  if (n->have_month && context->sentence - n->month_sentence <= NARRATIVE_REACH
      && !(published && n->month_anchor == DATELINE_ANCHOR_PUBLISHED))
    {
      dateline_timex_anchor_init (reference,
                                  n->have_day && n->day_sentence == n->month_sentence
                                  && n->day.year == n->month_year && n->day.month == n->month
                                  ? n->day.julian
                                  : dateline_julian_from_ymd (n->month_year, n->month, 1),
                                  -1);
      return reference->dated;
    }

  /* a year alone only without a publication date ("In 2011, …") */
  if (!published && n->have_year && context->sentence - n->year_sentence <= NARRATIVE_REACH)
    {
      dateline_timex_anchor_init (reference, dateline_julian_from_ymd (n->year, 1, 1), -1);
      return reference->dated;
    }

  return FALSE;
}

/**
 * dateline_timex_narrative_note:
 *
 * Records @timex as the time the narrative has reached, if it fixes a
 * day, a month or a year.
 */
void
dateline_timex_narrative_note (TimexNarrative      *narrative,
                               const DatelineTimex *timex,
                               guint                sentence)
{
  int year, month, day;

  if (timex->type != DATELINE_TIMEX_DATE && timex->type != DATELINE_TIMEX_TIME)
    return;

  /* "signed on July 7" with no year to be had: "the same day" after it is
   * July 7 of an unknown year, not the last day the text could place */
  if (!dateline_when_is_dated (&timex->when))
    {
      const char *v = timex->value;

      if (v != NULL && g_str_has_prefix (v, "XXXX-")
          && strlen (v) < sizeof narrative->unresolved_day
          && (g_ascii_isdigit (v[5]) || g_str_has_prefix (v + 5, "WXX-")))
        {
          gboolean day_level = strlen (v) >= 10;

          if (day_level)
            {
              narrative->have_day = FALSE;
              g_strlcpy (narrative->unresolved_day, v, sizeof narrative->unresolved_day);
            }
          narrative->have_month = FALSE;
        }
      return;
    }
  narrative->unresolved_day[0] = '\0';

  dateline_julian_to_ymd (timex->when.start, &year, &month, &day);
  switch (timex->when.granularity)
    {
    case DATELINE_GRANULARITY_DAY:
      narrative->have_day = TRUE;
      dateline_timex_anchor_init (&narrative->day, timex->when.start, -1);
      /* a clock time stated with the day anchors "two hours later" */
      if (timex->type == DATELINE_TIMEX_TIME && timex->value != NULL)
        {
          const char *t = strchr (timex->value, 'T');

          if (t != NULL && g_ascii_isdigit (t[1]) && g_ascii_isdigit (t[2]) && t[3] == ':'
              && g_ascii_isdigit (t[4]) && g_ascii_isdigit (t[5]))
            narrative->day.time = ((t[1] - '0') * 10 + (t[2] - '0')) * 3600
                                  + ((t[4] - '0') * 10 + (t[5] - '0')) * 60;
          if (narrative->day.time >= 86400)
            narrative->day.time = -1;
        }
      narrative->day_anchor = timex->anchor;
      narrative->day_sentence = sentence;
      G_GNUC_FALLTHROUGH;
    case DATELINE_GRANULARITY_MONTH:
      narrative->have_month = TRUE;
      narrative->month_year = year;
      narrative->month = month;
      narrative->month_anchor = timex->anchor;
      narrative->month_sentence = sentence;
      G_GNUC_FALLTHROUGH;
    case DATELINE_GRANULARITY_WEEK:
    case DATELINE_GRANULARITY_QUARTER:
    case DATELINE_GRANULARITY_YEAR:
      narrative->have_year = TRUE;
      narrative->year = year;
      narrative->year_anchor = timex->anchor;
      narrative->year_sentence = sentence;
      break;
    case DATELINE_GRANULARITY_DECADE:
    case DATELINE_GRANULARITY_CENTURY:
    case DATELINE_GRANULARITY_NONE:
    default:
      break;
    }
}

/* The reference an anaphor points back to (rule 1): the last day, month
 * or year the text mentioned, else the publication date. */
static gboolean
anaphor_reference (const TimexContext *context,
                   NarrativeNeed       need,
                   TimexAnchor        *reference,
                   DatelineAnchor     *anchor)
{
  const TimexNarrative *n = &context->narrative;

  if (need == NEED_DAY && n->have_day)
    {
      *reference = n->day;
      *anchor = DATELINE_ANCHOR_NARRATIVE;
      return TRUE;
    }
  if (need == NEED_MONTH && n->have_month)
    {
      dateline_timex_anchor_init (reference,
                                  n->have_day && n->day.year == n->month_year
                                  && n->day.month == n->month
                                  ? n->day.julian
                                  : dateline_julian_from_ymd (n->month_year, n->month, 1),
                                  -1);
      *anchor = DATELINE_ANCHOR_NARRATIVE;
      return reference->dated;
    }
  if (need == NEED_YEAR && n->have_year)
    {
      dateline_timex_anchor_init (reference,
                                  n->have_month && n->month_year == n->year
                                  ? dateline_julian_from_ymd (n->month_year, n->month, 1)
                                  : dateline_julian_from_ymd (n->year, 1, 1),
                                  -1);
      if (n->have_day && n->day.year == n->year)
        *reference = n->day;
      *anchor = DATELINE_ANCHOR_NARRATIVE;
      return reference->dated;
    }
  if (context->published.dated)
    {
      *reference = context->published;
      *anchor = DATELINE_ANCHOR_PUBLISHED;
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* One function per form                                               */
/* ------------------------------------------------------------------ */

/* A yearless day: the publication date's nearest occurrence by tense, or
 * the narrative's next one (rules 3 and 4). */
static DatelineTimex *
resolve_yearless_day (const char           *text,
                      const TimexCandidate *c,
                      const TimexContext   *context,
                      DayOfYearFunc         day_of_year,
                      gconstpointer         data,
                      char                 *unresolved_value)
{
  TimexAnchor reference;
  gint64 published_day = 0;

  if (context->published.dated)
    published_day = nearest_occurrence (&context->published, day_of_year, data,
                                        effective_tense (c, context));

  if (narrative_reference_for (c, context, NEED_MONTH, &reference))
    {
      gint64 narrative_day = next_occurrence (&reference, day_of_year, data);

      if (narrative_day != 0 && narrative_day != published_day
          && (!context->published.dated || narrative_day <= context->published.julian))
        {
          g_free (unresolved_value);
          return day_timex (text, c, narrative_day, DATELINE_ANCHOR_NARRATIVE);
        }
    }

  if (published_day != 0)
    {
      g_free (unresolved_value);
      return day_timex (text, c, published_day, DATELINE_ANCHOR_PUBLISHED);
    }
  return undated_timex (text, c, unresolved_value);
}

static DatelineTimex *
resolve_calendar (const char           *text,
                  const TimexCandidate *c,
                  const TimexContext   *context)
{
  if (c->before_christ)
    return undated_timex (text, c, before_christ_value (c));

  if (c->year != 0)
    {
      DatelineGranularity granularity = c->day != 0 ? DATELINE_GRANULARITY_DAY
                                        : c->month != 0 ? DATELINE_GRANULARITY_MONTH
                                        : DATELINE_GRANULARITY_YEAR;

      return span_timex (text, c, c->year, c->month != 0 ? c->month : 1,
                         c->day != 0 ? c->day : 1, granularity, DATELINE_ANCHOR_NONE);
    }

  if (c->year_from_narrative)
    {
      /* "January 19th of that year" */
      TimexAnchor reference;
      DatelineAnchor anchor;

      if (!g_date_valid_dmy ((GDateDay) c->day, (GDateMonth) c->month, 2000))
        return NULL;
      if (anaphor_reference (context, NEED_YEAR, &reference, &anchor)
          && anchor == DATELINE_ANCHOR_NARRATIVE)
        return span_timex (text, c, reference.year, c->month, c->day, DATELINE_GRANULARITY_DAY,
                           DATELINE_ANCHOR_NARRATIVE);
    }

  if (c->day != 0)
    {
      /* 2000 is a leap year: "February 29" is a date, "February 30" not. */
      if (!g_date_valid_dmy ((GDateDay) c->day, (GDateMonth) c->month, 2000))
        return NULL;
      return resolve_yearless_day (text, c, context, fixed_day_of_year, c,
                                   g_strdup_printf ("XXXX-%02d-%02d", c->month, c->day));
    }

  {
    TimexAnchor reference;
    int published_year = 0;

    if (context->published.dated)
      published_year = nearest_year_of_month (&context->published, c->month,
                                              effective_tense (c, context));

    if (narrative_reference_for (c, context, NEED_MONTH, &reference))
      {
        int year = c->month >= reference.month ? reference.year : reference.year + 1;

        if (year != published_year
            && (!context->published.dated
                || year * 12 + c->month <= context->published.year * 12
                                           + context->published.month))
          return span_timex (text, c, year, c->month, 1, DATELINE_GRANULARITY_MONTH,
                             DATELINE_ANCHOR_NARRATIVE);
      }

    if (published_year != 0)
      return span_timex (text, c, published_year, c->month, 1, DATELINE_GRANULARITY_MONTH,
                         DATELINE_ANCHOR_PUBLISHED);
    return undated_timex (text, c, g_strdup_printf ("XXXX-%02d", c->month));
  }
}

static DatelineTimex *
resolve_decade (const char           *text,
                const TimexCandidate *c)
{
  DatelineWhen when = DATELINE_WHEN_INIT;

  if (c->before_christ)
    return undated_timex (text, c, g_strdup_printf ("BC%03d", c->year / 10));
  if (!dateline_when_set_span (&when, c->year, 1, 1, DATELINE_GRANULARITY_DECADE,
                               DATELINE_CERTAINTY_STATED))
    return NULL;
  return dated_timex (text, c, &when, DATELINE_ANCHOR_NONE);
}

static DatelineTimex *
resolve_weekday (const char           *text,
                 const TimexCandidate *c,
                 const TimexContext   *context)
{
  TimexAnchor reference;
  gint64 published_day = 0;

  if (context->published.dated)
    {
      published_day = resolve_weekday_against_anchor (&context->published, c->weekday,
                                                      c->direction, c->offset,
                                                      effective_tense (c, context));
      /* "sunday morning" said on a Sunday evening of an agenda: next week */
      if (context->prefer_future && c->direction == TIMEX_DIRECTION_BY_TENSE
          && published_day == context->published.julian && context->published.time >= 0
          && ((c->has_clock && c->hour * 3600 + c->minute * 60 < context->published.time)
              || (c->part == TIMEX_PART_MORNING && context->published.time >= 12 * 3600)
              || (c->part == TIMEX_PART_AFTERNOON && context->published.time >= 18 * 3600)))
        published_day += 7;
    }

  /* rule 3: "On 3 March 2022 troops crossed the border. On Friday they
   * reached the city." */
  if (c->direction == TIMEX_DIRECTION_BY_TENSE
      && narrative_reference_for (c, context, NEED_DAY, &reference))
    {
      gint64 narrative_day = reference.julian + (c->weekday - reference.weekday + 7) % 7;

      if (narrative_day != published_day
          && (!context->published.dated || narrative_day + 7 <= context->published.julian))
        return day_timex (text, c, narrative_day, DATELINE_ANCHOR_NARRATIVE);
    }

  if (published_day != 0)
    return day_timex (text, c, published_day, DATELINE_ANCHOR_PUBLISHED);
  return undated_timex (text, c, g_strdup_printf ("XXXX-WXX-%d", c->weekday));
}

static DatelineTimex *
resolve_deictic_day (const char           *text,
                     const TimexCandidate *c,
                     const TimexContext   *context)
{
  if (!context->published.dated)
    return undated_timex (text, c, g_strdup ("XXXX-XX-XX"));

  return day_timex (text, c, (gint64) context->published.julian + c->offset,
                    DATELINE_ANCHOR_PUBLISHED);
}

/* The value of a unit-sized period that cannot be placed. */
static const char *
unresolved_unit_value (TimexUnit unit)
{
  switch (unit)
    {
    case TIMEX_UNIT_WEEK:
    case TIMEX_UNIT_FORTNIGHT:
      return "XXXX-WXX";
    case TIMEX_UNIT_WEEKEND:
      return "XXXX-WXX-WE";
    case TIMEX_UNIT_MONTH:
      return "XXXX-XX";
    case TIMEX_UNIT_QUARTER:
      return "XXXX-QX";
    case TIMEX_UNIT_YEAR:
      return "XXXX";
    case TIMEX_UNIT_DECADE:
      return "XXX";
    case TIMEX_UNIT_CENTURY:
      return "XX";
    case TIMEX_UNIT_NONE:
    case TIMEX_UNIT_SECOND:
    case TIMEX_UNIT_MINUTE:
    case TIMEX_UNIT_HOUR:
    case TIMEX_UNIT_DAY:
    default:
      return "XXXX-XX-XX";
    }
}

/* The calendar period @units units of @unit away from the anchor's:
 * "last week" (-1 week), "next year" (+1 year), "the next day" (+1 day). */
static DatelineTimex *
resolve_units_from_anchor (const char           *text,
                           const TimexCandidate *c,
                           const TimexAnchor    *anchor,
                           TimexUnit             unit,
                           int                   units,
                           DatelineAnchor        anchored)
{
  int year, month;

  switch (unit)
    {
    case TIMEX_UNIT_SECOND:
    case TIMEX_UNIT_MINUTE:
    case TIMEX_UNIT_HOUR:
      {
        gint64 seconds = (gint64) units * (unit == TIMEX_UNIT_HOUR ? 3600
                                           : unit == TIMEX_UNIT_MINUTE ? 60 : 1);

        if (anchor->time >= 0)
          return instant_timex (text, c, anchor->julian, anchor->time + seconds, anchored);
        return day_timex (text, c, (gint64) anchor->julian + seconds / 86400, anchored);
      }
    case TIMEX_UNIT_DAY:
      return day_timex (text, c, (gint64) anchor->julian + units, anchored);
    case TIMEX_UNIT_WEEK:
    case TIMEX_UNIT_WEEKEND:
      return week_timex (text, c, (gint64) anchor->julian + 7 * (gint64) units, anchored);
    case TIMEX_UNIT_FORTNIGHT:
      return week_timex (text, c, (gint64) anchor->julian + 14 * (gint64) units, anchored);
    case TIMEX_UNIT_MONTH:
      if (!shift_months (anchor->year, anchor->month, units, &year, &month))
        return NULL;
      return span_timex (text, c, year, month, 1, DATELINE_GRANULARITY_MONTH, anchored);
    case TIMEX_UNIT_QUARTER:
      if (!shift_months (anchor->year, anchor->month, 3 * (gint64) units, &year, &month))
        return NULL;
      return span_timex (text, c, year, month, 1, DATELINE_GRANULARITY_QUARTER, anchored);
    case TIMEX_UNIT_YEAR:
      return span_timex (text, c, shift_years (anchor->year, units), 1, 1, DATELINE_GRANULARITY_YEAR,
                         anchored);
    case TIMEX_UNIT_DECADE:
      return span_timex (text, c, shift_years (anchor->year, 10 * (gint64) units), 1, 1,
                         DATELINE_GRANULARITY_DECADE, anchored);
    case TIMEX_UNIT_CENTURY:
      return span_timex (text, c, shift_years (anchor->year, 100 * (gint64) units), 1, 1,
                         DATELINE_GRANULARITY_CENTURY, anchored);
    case TIMEX_UNIT_NONE:
    case TIMEX_N_UNITS:
    default:
      return NULL;
    }
}

/* The finest unit with an amount, or NONE. */
static TimexUnit
finest_unit (const int amounts[TIMEX_N_UNITS])
{
  for (int u = TIMEX_UNIT_SECOND; u < TIMEX_N_UNITS; u++)
    if (amounts[u] != 0)
      return (TimexUnit) u;
  return TIMEX_UNIT_NONE;
}

/* Moves @anchor by signed @amounts: "two days ago", "1 day 21 hours ago",
 * "+2 months, 5 days", "a week later". The result is as fine as the finest
 * unit: days and weeks give a day, months a month, years a year (TimeML:
 * "two years ago" is 2011); hours, minutes and seconds a time of day
 * when the anchor has one, else its day. */
static DatelineTimex *
resolve_amounts_from_anchor (const char           *text,
                             const TimexCandidate *c,
                             const TimexAnchor    *anchor,
                             const int             amounts[TIMEX_N_UNITS],
                             DatelineAnchor        anchored)
{
  TimexUnit finest = finest_unit (amounts);
  gint64 months = amounts[TIMEX_UNIT_MONTH] + 3 * (gint64) amounts[TIMEX_UNIT_QUARTER]
                  + 12 * (gint64) amounts[TIMEX_UNIT_YEAR] + 120 * (gint64) amounts[TIMEX_UNIT_DECADE]
                  + 1200 * (gint64) amounts[TIMEX_UNIT_CENTURY];
  gint64 days = amounts[TIMEX_UNIT_DAY] + 7 * (gint64) amounts[TIMEX_UNIT_WEEK]
                + 14 * (gint64) amounts[TIMEX_UNIT_FORTNIGHT];
  gint64 seconds = amounts[TIMEX_UNIT_SECOND] + 60 * (gint64) amounts[TIMEX_UNIT_MINUTE]
                   + 3600 * (gint64) amounts[TIMEX_UNIT_HOUR];
  gint64 julian = anchor->julian;
  int year, month, day;

  if (months != 0)
    {
      julian = julian_plus_months (anchor->julian, months);
      if (julian == 0)
        return NULL;
    }
  julian += days;

  switch (finest)
    {
    case TIMEX_UNIT_SECOND:
    case TIMEX_UNIT_MINUTE:
    case TIMEX_UNIT_HOUR:
      if (anchor->time >= 0)
        return instant_timex (text, c, julian, anchor->time + seconds, anchored);
      return day_timex (text, c, julian + seconds / 86400, anchored);
    case TIMEX_UNIT_DAY:
    case TIMEX_UNIT_WEEK:
    case TIMEX_UNIT_FORTNIGHT:
      return day_timex (text, c, julian, anchored);
    case TIMEX_UNIT_MONTH:
    case TIMEX_UNIT_QUARTER:
      if (julian < 1 || julian > G_MAXUINT32)
        return NULL;
      dateline_julian_to_ymd ((guint32) julian, &year, &month, &day);
      return span_timex (text, c, year, month, 1,
                         finest == TIMEX_UNIT_QUARTER ? DATELINE_GRANULARITY_QUARTER
                                                      : DATELINE_GRANULARITY_MONTH, anchored);
    case TIMEX_UNIT_YEAR:
    case TIMEX_UNIT_DECADE:
    case TIMEX_UNIT_CENTURY:
      if (julian < 1 || julian > G_MAXUINT32)
        return NULL;
      dateline_julian_to_ymd ((guint32) julian, &year, &month, &day);
      return span_timex (text, c, year, 1, 1, DATELINE_GRANULARITY_YEAR, anchored);
    case TIMEX_UNIT_WEEKEND:
    case TIMEX_UNIT_NONE:
    case TIMEX_N_UNITS:
    default:
      return NULL;
    }
}

/* "the weekend" without last/this/next: the one just past in a
 * past-tense report (or the one under way), the coming one otherwise. */
static int
weekend_offset_by_tense (const TimexAnchor *anchor,
                         TimexTense         tense)
{
  if (tense == TIMEX_TENSE_FUTURE)
    return anchor->weekday == 7 ? 1 : 0;
  return anchor->weekday >= 6 ? 0 : -1;
}

static DatelineTimex *
resolve_shifted_unit (const char           *text,
                      const TimexCandidate *c,
                      const TimexContext   *context)
{
  const TimexAnchor *published = &context->published;

  /* "November next year", "May 5 last year" */
  if (c->unit == TIMEX_UNIT_YEAR && c->month != 0)
    {
      if (c->day != 0 && !g_date_valid_dmy ((GDateDay) c->day, (GDateMonth) c->month, 2000))
        return NULL;
      if (!published->dated)
        return undated_timex (text, c,
                              c->day != 0 ? g_strdup_printf ("XXXX-%02d-%02d", c->month, c->day)
                                          : g_strdup_printf ("XXXX-%02d", c->month));
      return span_timex (text, c, published->year + c->offset, c->month,
                         c->day != 0 ? c->day : 1,
                         c->day != 0 ? DATELINE_GRANULARITY_DAY : DATELINE_GRANULARITY_MONTH,
                         DATELINE_ANCHOR_PUBLISHED);
    }

  if (!published->dated)
    return undated_timex (text, c, g_strdup (unresolved_unit_value (c->unit)));

  if (c->unit == TIMEX_UNIT_WEEKEND && c->direction == TIMEX_DIRECTION_BY_TENSE)
    return resolve_units_from_anchor (text, c, published, c->unit,
                                      weekend_offset_by_tense (published,
                                                               effective_tense (c, context)),
                                      DATELINE_ANCHOR_PUBLISHED);

  return resolve_units_from_anchor (text, c, published, c->unit, c->offset,
                                    DATELINE_ANCHOR_PUBLISHED);
}

static DatelineTimex *
resolve_shifted_month (const char           *text,
                       const TimexCandidate *c,
                       const TimexContext   *context)
{
  const TimexAnchor *published = &context->published;
  int year;

  if (c->day != 0 && !g_date_valid_dmy ((GDateDay) c->day, (GDateMonth) c->month, 2000))
    return NULL;
  if (!published->dated)
    return undated_timex (text, c,
                          c->day != 0 ? g_strdup_printf ("XXXX-%02d-%02d", c->month, c->day)
                                      : g_strdup_printf ("XXXX-%02d", c->month));

  switch (c->direction)
    {
    case TIMEX_DIRECTION_BEFORE:
      year = c->month < published->month ? published->year : published->year - 1;
      break;
    case TIMEX_DIRECTION_AFTER:
      year = c->month > published->month ? published->year : published->year + 1;
      break;
    case TIMEX_DIRECTION_SAME:
    case TIMEX_DIRECTION_BY_TENSE:
    case TIMEX_DIRECTION_IN_WEEK:
    default:
      year = published->year;
      break;
    }

  if (c->day != 0)
    return span_timex (text, c, year, c->month, c->day, DATELINE_GRANULARITY_DAY,
                       DATELINE_ANCHOR_PUBLISHED);
  return span_timex (text, c, year, c->month, 1, DATELINE_GRANULARITY_MONTH,
                     DATELINE_ANCHOR_PUBLISHED);
}

/* "two days ago", "ten days from now", "+2 months, 5 days": from the
 * moment of writing. */
static DatelineTimex *
resolve_offset (const char           *text,
                const TimexCandidate *c,
                const TimexContext   *context)
{
  if (!context->published.dated)
    return undated_timex (text, c, g_strdup (unresolved_unit_value (c->unit)));

  return resolve_amounts_from_anchor (text, c, &context->published, c->amounts,
                                      DATELINE_ANCHOR_PUBLISHED);
}

/* "the next day", "a week later", "that night", "the following Monday",
 * "the end of the year": from the time the narrative is at (rule 1). */
static DatelineTimex *
resolve_anaphoric (const char           *text,
                   const TimexCandidate *c,
                   const TimexContext   *context)
{
  TimexAnchor reference;
  DatelineAnchor anchor;
  NarrativeNeed need;
  TimexUnit unit = c->quantity != 0 ? finest_unit (c->amounts) : c->unit;

  if (c->weekday != 0 || unit <= TIMEX_UNIT_FORTNIGHT)
    need = NEED_DAY;
  else if (unit == TIMEX_UNIT_MONTH || unit == TIMEX_UNIT_QUARTER)
    need = NEED_MONTH;
  else
    need = NEED_YEAR;

  if (!anaphor_reference (context, need, &reference, &anchor))
    {
      /* "signed on July 7 … the same day": July 7 too */
      if (c->weekday == 0 && c->quantity == 0 && c->offset == 0 && unit == TIMEX_UNIT_DAY
          && context->narrative.unresolved_day[0] != '\0')
        {
          g_autofree char *day = g_strndup (context->narrative.unresolved_day,
                                            strcspn (context->narrative.unresolved_day, "T"));

          return undated_timex (text, c, g_steal_pointer (&day));
        }
      if (c->weekday != 0)
        return undated_timex (text, c, g_strdup_printf ("XXXX-WXX-%d", c->weekday));
      return undated_timex (text, c, g_strdup (unresolved_unit_value (unit)));
    }

  if (c->weekday != 0)
    return day_timex (text, c, resolve_weekday_against_anchor (&reference, c->weekday,
                                                               c->direction, 0,
                                                               TIMEX_TENSE_UNKNOWN),
                      anchor);
  if (c->quantity != 0)
    return resolve_amounts_from_anchor (text, c, &reference, c->amounts, anchor);
  if (unit == TIMEX_UNIT_DAY && c->part != TIMEX_PART_NONE)
    return day_timex (text, c, (gint64) reference.julian + c->offset, anchor);
  return resolve_units_from_anchor (text, c, &reference, unit, c->offset, anchor);
}

/* "next weekday": the next working day (Monday to Friday) after the
 * publication date; "last weekday" the previous one. */
static DatelineTimex *
resolve_business_day (const char           *text,
                      const TimexCandidate *c,
                      const TimexContext   *context)
{
  gint64 julian;
  int weekday;

  if (!context->published.dated)
    return undated_timex (text, c, g_strdup ("XXXX-XX-XX"));
  julian = context->published.julian;
  weekday = context->published.weekday;
  do
    {
      julian += c->offset < 0 ? -1 : 1;
      weekday = c->offset < 0 ? (weekday + 5) % 7 + 1 : weekday % 7 + 1;
    }
  while (weekday >= 6);
  return day_timex (text, c, julian, DATELINE_ANCHOR_PUBLISHED);
}

/* A TIMEX3 duration from amounts: "P3Y", "PT24H", "P1DT2H5M", "PT1.5H",
 * "PXM"; weeks alone stay weeks ("P2W"), mixed with days they become
 * days ("P17D"); decades and centuries are years ("P10Y"), vaguely "PXDE". */
static char *
duration_value (const char           *text,
                const TimexCandidate *c)
{
  static const char date_designators[TIMEX_N_UNITS] = {
    [TIMEX_UNIT_YEAR] = 'Y', [TIMEX_UNIT_MONTH] = 'M', [TIMEX_UNIT_DAY] = 'D',
  };
  GString *s;
  int years, months, weeks, days, hours, minutes, seconds;
  gboolean time_part;

  if (c->quantity == TIMEX_QUANTITY_VAGUE)
    {
      switch (c->unit)
        {
        case TIMEX_UNIT_SECOND:
          return g_strdup ("PTXS");
        case TIMEX_UNIT_MINUTE:
          return g_strdup ("PTXM");
        case TIMEX_UNIT_HOUR:
          return g_strdup ("PTXH");
        case TIMEX_UNIT_DAY:
          return g_strdup ("PXD");
        case TIMEX_UNIT_WEEK:
        case TIMEX_UNIT_FORTNIGHT:
          return g_strdup ("PXW");
        case TIMEX_UNIT_MONTH:
        case TIMEX_UNIT_QUARTER:
          return g_strdup ("PXM");
        case TIMEX_UNIT_YEAR:
          return g_strdup ("PXY");
        case TIMEX_UNIT_DECADE:
          return g_strdup ("PXDE");
        case TIMEX_UNIT_CENTURY:
          return g_strdup ("PXCE");
        case TIMEX_UNIT_WEEKEND:
        case TIMEX_UNIT_NONE:
        case TIMEX_N_UNITS:
        default:
          return NULL;
        }
    }

  /* "1.5 hours": the fraction as written */
  if (c->quantity_end > c->quantity_start && c->unit != TIMEX_UNIT_DECADE
      && c->unit != TIMEX_UNIT_CENTURY && c->unit != TIMEX_UNIT_QUARTER
      && c->unit != TIMEX_UNIT_FORTNIGHT && c->unit != TIMEX_UNIT_WEEK)
    {
      gboolean t = c->unit <= TIMEX_UNIT_HOUR;
      char designator = c->unit == TIMEX_UNIT_SECOND ? 'S' : c->unit == TIMEX_UNIT_MINUTE ? 'M'
                        : c->unit == TIMEX_UNIT_HOUR ? 'H' : date_designators[c->unit];

      if (designator == 0)
        return NULL;
      return g_strdup_printf ("P%s%.*s%c", t ? "T" : "",
                              (int) (c->quantity_end - c->quantity_start),
                              text + c->quantity_start, designator);
    }

  years = c->amounts[TIMEX_UNIT_YEAR] + 10 * c->amounts[TIMEX_UNIT_DECADE]
          + 100 * c->amounts[TIMEX_UNIT_CENTURY];
  months = c->amounts[TIMEX_UNIT_MONTH] + 3 * c->amounts[TIMEX_UNIT_QUARTER];
  weeks = c->amounts[TIMEX_UNIT_WEEK] + 2 * c->amounts[TIMEX_UNIT_FORTNIGHT];
  days = c->amounts[TIMEX_UNIT_DAY];
  hours = c->amounts[TIMEX_UNIT_HOUR];
  minutes = c->amounts[TIMEX_UNIT_MINUTE];
  seconds = c->amounts[TIMEX_UNIT_SECOND];
  time_part = hours != 0 || minutes != 0 || seconds != 0;

  if (years == 0 && months == 0 && weeks == 0 && days == 0 && !time_part)
    return NULL;

  s = g_string_new ("P");
  if (weeks != 0 && years == 0 && months == 0 && days == 0 && !time_part)
    g_string_append_printf (s, "%dW", weeks);
  else
    {
      days += 7 * weeks;
      if (years != 0)
        g_string_append_printf (s, "%dY", years);
      if (months != 0)
        g_string_append_printf (s, "%dM", months);
      if (days != 0)
        g_string_append_printf (s, "%dD", days);
    }
  if (time_part)
    {
      g_string_append_c (s, 'T');
      if (hours != 0)
        g_string_append_printf (s, "%dH", hours);
      if (minutes != 0)
        g_string_append_printf (s, "%dM", minutes);
      if (seconds != 0)
        g_string_append_printf (s, "%dS", seconds);
    }
  return g_string_free (s, FALSE);
}

static DatelineTimex *
resolve_duration (const char           *text,
                  const TimexCandidate *c)
{
  char *value = duration_value (text, c);

  if (value == NULL)
    return NULL;
  return new_timex (c, value, DATELINE_ANCHOR_NONE, NULL);
}

static const int season_start_month[] = { 0, 3, 6, 9, 12 };
static const char * const season_codes[] = { NULL, "SP", "SU", "FA", "WI" };

static DatelineTimex *
resolve_set (const char           *text,
             const TimexCandidate *c)
{
  char *value;

  if (c->set_value != NULL)
    value = g_strdup (c->set_value);
  else if (c->weekday != 0)
    value = c->part != TIMEX_PART_NONE
            ? g_strdup_printf ("XXXX-WXX-%dT%s", c->weekday, part_of_day_codes[c->part])
            : g_strdup_printf ("XXXX-WXX-%d", c->weekday);
  else if (c->month != 0)
    value = g_strdup_printf ("XXXX-%02d", c->month);
  else if (c->season != TIMEX_SEASON_NONE)
    value = g_strdup_printf ("XXXX-%s", season_codes[c->season]);
  else if (c->part != TIMEX_PART_NONE)
    value = g_strconcat ("XXXX-XX-XXT", part_of_day_codes[c->part], NULL);
  else
    value = duration_value (text, c);

  if (value == NULL)
    return NULL;
  return new_timex (c, value, DATELINE_ANCHOR_NONE, NULL);
}

static DatelineTimex *
resolve_century (const char           *text,
                 const TimexCandidate *c)
{
  DatelineWhen when = DATELINE_WHEN_INIT;

  if (c->before_christ)
    return undated_timex (text, c, g_strdup_printf ("BC%02d", c->year / 100));
  if (!dateline_when_set_span (&when, MAX (c->year, 1), 1, 1, DATELINE_GRANULARITY_CENTURY,
                               DATELINE_CERTAINTY_STATED))
    return NULL;
  return dated_timex (text, c, &when, DATELINE_ANCHOR_NONE);
}

/* Seasons have no calendar granularity of their own (and their bounds
 * depend on the hemisphere), so they get a TIMEX3 value but no span. The
 * year of a winter is the year it starts in. */
static int
season_year_against_anchor (const TimexAnchor *anchor,
                            TimexSeason        season,
                            TimexDirection     direction,
                            TimexTense         tense)
{
  int anchor_index = anchor->year * 12 + anchor->month - 1;
  int latest = 0;
  int earliest = 0;

  if (direction == TIMEX_DIRECTION_BY_TENSE && tense == TIMEX_TENSE_UNKNOWN)
    direction = TIMEX_DIRECTION_SAME;
  if (direction == TIMEX_DIRECTION_SAME)
    return season == TIMEX_SEASON_WINTER && anchor->month <= 2 ? anchor->year - 1 : anchor->year;

  for (int year = anchor->year - 2; year <= anchor->year + 1; year++)
    {
      int start = year * 12 + season_start_month[season] - 1;
      int end = start + 2;
      gboolean before = direction == TIMEX_DIRECTION_BEFORE ? end < anchor_index
                                                            : start <= anchor_index;
      gboolean after = direction == TIMEX_DIRECTION_AFTER ? start > anchor_index
                                                          : end >= anchor_index;

      if (before)
        latest = year;
      if (after && earliest == 0)
        earliest = year;
    }

  if (direction == TIMEX_DIRECTION_AFTER
      || (direction == TIMEX_DIRECTION_BY_TENSE && tense == TIMEX_TENSE_FUTURE))
    return earliest;
  return latest;
}

static DatelineTimex *
resolve_season (const char           *text,
                const TimexCandidate *c,
                const TimexContext   *context)
{
  const char *code = season_codes[c->season];
  int year;

  if (c->year != 0)
    return new_timex (c, c->before_christ ? g_strdup_printf ("BC%04d-%s", c->year, code)
                                          : g_strdup_printf ("%04d-%s", c->year, code),
                      DATELINE_ANCHOR_NONE, NULL);
  if (!context->published.dated)
    return undated_timex (text, c, g_strdup_printf ("XXXX-%s", code));

  year = season_year_against_anchor (&context->published, c->season, c->direction,
                                     period_tense (c, context));
  return new_timex (c, g_strdup_printf ("%04d-%s", year, code), DATELINE_ANCHOR_PUBLISHED, NULL);
}

/* A quarter or half without a year: the latest one on or before the
 * publication date's (news reports results after the fact), the next one
 * in a future-tense clause. Returns the year. */
static int
part_of_year_against_anchor (const TimexAnchor *anchor,
                             int                part,
                             int                months,
                             TimexTense         tense)
{
  int per_year = 12 / months;
  int anchor_index = anchor->year * per_year + (anchor->month - 1) / months;
  int index = anchor->year * per_year + part - 1;

  if (tense == TIMEX_TENSE_FUTURE)
    return index >= anchor_index ? anchor->year : anchor->year + 1;
  return index <= anchor_index ? anchor->year : anchor->year - 1;
}

static DatelineTimex *
resolve_part_of_year (const char           *text,
                      const TimexCandidate *c,
                      const TimexContext   *context)
{
  gboolean quarter = c->form == TIMEX_FORM_QUARTER;
  char letter = quarter ? 'Q' : 'H';
  int months = quarter ? 3 : 6;
  int year = c->year;
  DatelineAnchor anchored = DATELINE_ANCHOR_NONE;

  if (year == 0)
    {
      if (!context->published.dated)
        return undated_timex (text, c, g_strdup_printf ("XXXX-%c%d", letter, c->part_of_year));
      if (c->relative)
        year = context->published.year + c->offset;
      else
        year = part_of_year_against_anchor (&context->published, c->part_of_year, months,
                                            period_tense (c, context))
               + c->offset;
      anchored = DATELINE_ANCHOR_PUBLISHED;
    }

  /* Halves have no granularity of their own: a value, no span. */
  if (!quarter)
    return new_timex (c, g_strdup_printf ("%04d-H%d", year, c->part_of_year), anchored, NULL);

  return span_timex (text, c, year, (c->part_of_year - 1) * 3 + 1, 1,
                     DATELINE_GRANULARITY_QUARTER, anchored);
}

/* Easter Sunday of @year (Gregorian; the anonymous algorithm). */
static void
easter_sunday (int  year,
               int *month,
               int *day)
{
  int a = year % 19, b = year / 100, cc = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;

  *month = (h + l - 7 * m + 114) / 31;
  *day = (h + l - 7 * m + 114) % 31 + 1;
}

static void
holiday_day_of_year (int            year,
                     gconstpointer  data,
                     int           *month,
                     int           *day)
{
  const TimexCandidate *c = data;
  guint32 julian;

  switch (c->holiday)
    {
    case TIMEX_HOLIDAY_NEW_YEARS_DAY:
      *month = 1, *day = 1;
      return;
    case TIMEX_HOLIDAY_VALENTINES_DAY:
      *month = 2, *day = 14;
      return;
    case TIMEX_HOLIDAY_HALLOWEEN:
      *month = 10, *day = 31;
      return;
    case TIMEX_HOLIDAY_CHRISTMAS_EVE:
      *month = 12, *day = 24;
      return;
    case TIMEX_HOLIDAY_CHRISTMAS_DAY:
      *month = 12, *day = 25;
      return;
    case TIMEX_HOLIDAY_BOXING_DAY:
      *month = 12, *day = 26;
      return;
    case TIMEX_HOLIDAY_NEW_YEARS_EVE:
      *month = 12, *day = 31;
      return;
    case TIMEX_HOLIDAY_THANKSGIVING:
      {
        /* the fourth Thursday of November (United States) */
        GDate date;

        g_date_clear (&date, 1);
        g_date_set_dmy (&date, 1, G_DATE_NOVEMBER, (GDateYear) year);
        *month = 11;
        *day = 1 + (G_DATE_THURSDAY - g_date_get_weekday (&date) + 7) % 7 + 21;
        return;
      }
    case TIMEX_HOLIDAY_GOOD_FRIDAY:
    case TIMEX_HOLIDAY_EASTER_SUNDAY:
    case TIMEX_HOLIDAY_EASTER_MONDAY:
      easter_sunday (year, month, day);
      julian = dateline_julian_from_ymd (year, *month, *day);
      julian += c->holiday == TIMEX_HOLIDAY_GOOD_FRIDAY ? -2
                : c->holiday == TIMEX_HOLIDAY_EASTER_MONDAY ? 1 : 0;
      {
        int y;

        dateline_julian_to_ymd (julian, &y, month, day);
      }
      return;
    case TIMEX_HOLIDAY_NONE:
    default:
      *month = 1, *day = 1;
      return;
    }
}

static DatelineTimex *
resolve_holiday (const char           *text,
                 const TimexCandidate *c,
                 const TimexContext   *context)
{
  int month, day;
  gboolean movable = c->holiday == TIMEX_HOLIDAY_GOOD_FRIDAY
                     || c->holiday == TIMEX_HOLIDAY_EASTER_SUNDAY
                     || c->holiday == TIMEX_HOLIDAY_EASTER_MONDAY
                     || c->holiday == TIMEX_HOLIDAY_THANKSGIVING;

  if (c->year != 0)
    {
      holiday_day_of_year (c->year, c, &month, &day);
      return span_timex (text, c, c->year, month, day, DATELINE_GRANULARITY_DAY,
                         DATELINE_ANCHOR_NONE);
    }

  holiday_day_of_year (2000, c, &month, &day);
  return resolve_yearless_day (text, c, context, holiday_day_of_year, c,
                               movable ? g_strdup ("XXXX-XX-XX")
                                       : g_strdup_printf ("XXXX-%02d-%02d", month, day));
}

/* A time with no day ("at 3 p.m.") is on the day the narrative is at
 * when the text named one in this sentence or the one before ("On 1 June
 * … the bill passed at 12:00 UTC"); otherwise it stays unplaced: which day
 * is a guess, and the publication date is not a day the text talks about. */
static DatelineTimex *
resolve_clock (const char           *text,
               const TimexCandidate *c,
               const TimexContext   *context)
{
  const TimexNarrative *n = &context->narrative;

  if (n->have_day && context->sentence - n->day_sentence <= 1)
    return day_timex (text, c, n->day.julian, DATELINE_ANCHOR_NARRATIVE);
  return undated_timex (text, c, g_strdup ("XXXX-XX-XX"));
}

/**
 * dateline_timex_resolve:
 * @text: the text the candidate's offsets point into
 * @candidate: what the scanner found
 * @context: the publication date and the narrative reference
 *
 * Returns: (transfer full) (nullable): the normalised expression, or NULL
 *   when the candidate names no valid date
 */
DatelineTimex *
dateline_timex_resolve (const char           *text,
                        const TimexCandidate *candidate,
                        const TimexContext   *context)
{
  switch (candidate->form)
    {
    case TIMEX_FORM_CALENDAR:
      return resolve_calendar (text, candidate, context);
    case TIMEX_FORM_DECADE:
      return resolve_decade (text, candidate);
    case TIMEX_FORM_WEEKDAY:
      return resolve_weekday (text, candidate, context);
    case TIMEX_FORM_DEICTIC_DAY:
      return resolve_deictic_day (text, candidate, context);
    case TIMEX_FORM_SHIFTED_UNIT:
      return resolve_shifted_unit (text, candidate, context);
    case TIMEX_FORM_SHIFTED_MONTH:
      return resolve_shifted_month (text, candidate, context);
    case TIMEX_FORM_OFFSET:
      return resolve_offset (text, candidate, context);
    case TIMEX_FORM_REFERENCE:
      return new_timex (candidate, g_strdup (candidate->set_value), DATELINE_ANCHOR_NONE, NULL);
    case TIMEX_FORM_CLOCK:
      return resolve_clock (text, candidate, context);
    case TIMEX_FORM_DURATION:
      return resolve_duration (text, candidate);
    case TIMEX_FORM_SET:
      return resolve_set (text, candidate);
    case TIMEX_FORM_CENTURY:
      return resolve_century (text, candidate);
    case TIMEX_FORM_SEASON:
      return resolve_season (text, candidate, context);
    case TIMEX_FORM_QUARTER:
    case TIMEX_FORM_HALF:
      return resolve_part_of_year (text, candidate, context);
    case TIMEX_FORM_ANAPHORIC:
      return resolve_anaphoric (text, candidate, context);
    case TIMEX_FORM_HOLIDAY:
      return resolve_holiday (text, candidate, context);
    case TIMEX_FORM_BUSINESS_DAY:
      return resolve_business_day (text, candidate, context);
    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/**
 * dateline_timex_resolve_combined:
 * @offset: "two days after", "the day before", "+10 days"
 * @base: the resolved date it counts from
 * @base_candidate: its candidate
 * @context: for a base of "now"
 *
 * "two days after next Friday", "the day before yesterday", "2 months
 * before 02/02", "2023-12-29 -10days", "now + 40minutes": one expression
 * spanning both, its anchor the base's.
 *
 * Returns: (transfer full) (nullable)
 */
DatelineTimex *
dateline_timex_resolve_combined (const char           *text,
                                 const TimexCandidate *offset,
                                 const DatelineTimex  *base,
                                 const TimexCandidate *base_candidate,
                                 const TimexContext   *context)
{
  TimexCandidate whole = *offset;
  TimexAnchor from;
  DatelineAnchor anchor;
  DatelineTimex *timex;

  whole.start = MIN (offset->start, base_candidate->start);
  whole.end = MAX (offset->end, base_candidate->end);
  whole.type = DATELINE_TIMEX_DATE;

  if (g_strcmp0 (base->value, "PRESENT_REF") == 0)
    {
      if (!context->published.dated)
        return undated_timex (text, &whole, g_strdup (unresolved_unit_value (offset->unit)));
      from = context->published;
      anchor = DATELINE_ANCHOR_PUBLISHED;
    }
  else if (dateline_when_is_dated (&base->when))
    {
      const char *t = base->value != NULL ? strchr (base->value, 'T') : NULL;
      int time = -1;

      if (t != NULL && g_ascii_isdigit (t[1]) && g_ascii_isdigit (t[2]) && t[3] == ':')
        time = ((t[1] - '0') * 10 + (t[2] - '0')) * 3600
               + ((t[4] - '0') * 10 + (t[5] - '0')) * 60;
      dateline_timex_anchor_init (&from, base->when.start, time < 86400 ? time : -1);
      anchor = base->anchor;
      /* "2 months before [June]": stay as coarse as the base */
      if (base->when.granularity != DATELINE_GRANULARITY_DAY)
        {
          int amounts[TIMEX_N_UNITS];

          memcpy (amounts, offset->amounts, sizeof amounts);
          if (finest_unit (amounts) < TIMEX_UNIT_MONTH)
            return undated_timex (text, &whole, g_strdup (unresolved_unit_value (offset->unit)));
        }
    }
  else
    return undated_timex (text, &whole, g_strdup (unresolved_unit_value (offset->unit)));

  timex = resolve_amounts_from_anchor (text, &whole, &from, offset->amounts, anchor);
  if (timex != NULL && from.time < 0 && timex->type == DATELINE_TIMEX_TIME
      && base->type == DATELINE_TIMEX_DATE)
    timex->type = DATELINE_TIMEX_DATE;
  return timex;
}
