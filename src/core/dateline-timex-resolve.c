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
 * NONE, certainty STATED), or is resolved against the publication date
 * (anchor PUBLISHED, certainty RESOLVED), or, with no publication date,
 * keeps a value with X placeholders ("XXXX-07-31", "XXXX-WXX-3") and no
 * calendar span: today's date is never used silently. Durations and sets
 * never get a span, they are not points on the timeline.
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

void
dateline_timex_anchor_init (TimexAnchor        *anchor,
                            const DatelineWhen *published)
{
  GDate date;

  memset (anchor, 0, sizeof *anchor);

  /* Only a day can anchor "yesterday" or "Wednesday". */
  if (published == NULL || !dateline_when_is_dated (published)
      || published->granularity != DATELINE_GRANULARITY_DAY
      || !g_date_valid_julian (published->start))
    return;

  anchor->dated = TRUE;
  anchor->julian = published->start;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, anchor->julian);
  anchor->year = g_date_get_year (&date);
  anchor->month = g_date_get_month (&date);
  anchor->day = g_date_get_day (&date);
  anchor->weekday = g_date_get_weekday (&date);
}

/* ------------------------------------------------------------------ */
/* Building timexes                                                    */
/* ------------------------------------------------------------------ */

/* Appends the time of day to a day value: "2025-07-28TMO",
 * "2025-07-28T15:00". */
static char *
with_time_of_day (char                 *value,
                  const TimexCandidate *c)
{
  char *full;

  if (c->has_clock)
    full = g_strdup_printf ("%sT%02d:%02d", value, c->hour, c->minute);
  else if (c->part != TIMEX_PART_NONE)
    full = g_strconcat (value, "T", part_of_day_codes[c->part], NULL);
  else
    return value;

  g_free (value);
  return full;
}

static DatelineTimex *
dated_timex (const TimexCandidate *c,
             const DatelineWhen   *when,
             DatelineAnchor        anchor)
{
  char *value = dateline_when_dup_value (when);

  if (when->granularity == DATELINE_GRANULARITY_DAY)
    value = with_time_of_day (value, c);

  return dateline_timex_new_take (c->start, c->end, c->type, value, anchor, when);
}

/* Takes @value. */
static DatelineTimex *
undated_timex (const TimexCandidate *c,
               char                 *value)
{
  return dateline_timex_new_take (c->start, c->end, c->type,
                                  with_time_of_day (value, c),
                                  DATELINE_ANCHOR_NONE, NULL);
}

static DatelineTimex *
resolved_span (const TimexCandidate *c,
               int                   year,
               int                   month,
               int                   day,
               DatelineGranularity   granularity)
{
  DatelineWhen when = DATELINE_WHEN_INIT;

  if (!dateline_when_set_span (&when, year, month, day, granularity, DATELINE_CERTAINTY_RESOLVED))
    return NULL;

  return dated_timex (c, &when, DATELINE_ANCHOR_PUBLISHED);
}

static DatelineTimex *
resolved_day (const TimexCandidate *c,
              gint64                julian)
{
  int year, month, day;

  if (julian < 1 || !g_date_valid_julian ((guint32) julian))
    return NULL;

  dateline_julian_to_ymd ((guint32) julian, &year, &month, &day);
  return resolved_span (c, year, month, day, DATELINE_GRANULARITY_DAY);
}

static DatelineTimex *
resolved_week (const TimexCandidate *c,
               gint64                julian)
{
  DatelineTimex *timex;
  int year, month, day;

  if (julian < 1 || !g_date_valid_julian ((guint32) julian))
    return NULL;

  dateline_julian_to_ymd ((guint32) julian, &year, &month, &day);
  timex = resolved_span (c, year, month, day, DATELINE_GRANULARITY_WEEK);

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

/* (year, month) moved by @months, month 1 … 12. */
static void
shift_months (int  year,
              int  month,
              int  months,
              int *out_year,
              int *out_month)
{
  int index = year * 12 + (month - 1) + months;

  *out_year = index / 12;
  *out_month = index % 12 + 1;
}

/* ------------------------------------------------------------------ */
/* Choosing the year                                                   */
/* ------------------------------------------------------------------ */

/* A month and day without a year: the occurrence nearest the publication
 * date, so "December 30" in an article of 2 January 2026 is 2025-12-30
 * and "January 3" in one of 30 December 2025 is 2026-01-03. A clause in
 * the future tense takes the next occurrence on or after the anchor
 * ("talks will resume on January 3"). A past-tense clause does not move
 * it back: news names upcoming deadlines in past-tense sentences ("the
 * talks came ahead of the August 8 deadline"). Ties go to the past. The
 * search reaches four years out so that 29 February finds a leap year. */
static int
nearest_year_of_day (const TimexAnchor *anchor,
                     int                month,
                     int                day,
                     TimexTense         tense)
{
  int best_year = 0;
  gint64 best_distance = 0;

  for (int delta = -4; delta <= 4; delta++)
    {
      int year = anchor->year + delta;
      guint32 julian = dateline_julian_from_ymd (year, month, day);
      gint64 distance;

      if (julian == 0)
        continue;
      distance = (gint64) julian - (gint64) anchor->julian;
      if (tense == TIMEX_TENSE_FUTURE && distance < 0)
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

/* A weekday relative to the publication date. In a past-tense report
 * ("said on Wednesday") it is the most recent such day on or before the
 * publication date, in a future-tense one ("will meet on Friday") the next
 * on or after it; news defaults to the past. "last Friday" is strictly
 * before, "next Friday" strictly after, "this Friday" the one in the same
 * ISO week unless the tense says otherwise, "Friday next week" the one in
 * the week @offset weeks away. */
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
      if (tense == TIMEX_TENSE_FUTURE)
        return julian + ahead;
      if (tense == TIMEX_TENSE_PAST)
        return julian - back;
      return julian - (anchor->weekday - 1) + (weekday - 1);

    case TIMEX_DIRECTION_BY_TENSE:
    default:
      return tense == TIMEX_TENSE_FUTURE ? julian + ahead : julian - back;
    }
}

/* ------------------------------------------------------------------ */
/* One function per form                                               */
/* ------------------------------------------------------------------ */

static DatelineTimex *
resolve_calendar (const TimexCandidate *c,
                  const TimexAnchor    *anchor)
{
  if (c->year != 0)
    {
      DatelineWhen when = DATELINE_WHEN_INIT;
      DatelineGranularity granularity = c->day != 0 ? DATELINE_GRANULARITY_DAY
                                        : c->month != 0 ? DATELINE_GRANULARITY_MONTH
                                        : DATELINE_GRANULARITY_YEAR;

      if (!dateline_when_set_span (&when, c->year, c->month != 0 ? c->month : 1,
                                   c->day != 0 ? c->day : 1, granularity,
                                   DATELINE_CERTAINTY_STATED))
        return NULL;
      return dated_timex (c, &when, DATELINE_ANCHOR_NONE);
    }

  if (c->day != 0)
    {
      /* 2000 is a leap year: "February 29" is a date, "February 30" not. */
      if (!g_date_valid_dmy ((GDateDay) c->day, (GDateMonth) c->month, 2000))
        return NULL;
      if (!anchor->dated)
        return undated_timex (c, g_strdup_printf ("XXXX-%02d-%02d", c->month, c->day));
      return resolved_span (c, nearest_year_of_day (anchor, c->month, c->day, c->tense),
                            c->month, c->day, DATELINE_GRANULARITY_DAY);
    }

  if (!anchor->dated)
    return undated_timex (c, g_strdup_printf ("XXXX-%02d", c->month));
  return resolved_span (c, nearest_year_of_month (anchor, c->month, c->tense),
                        c->month, 1, DATELINE_GRANULARITY_MONTH);
}

static DatelineTimex *
resolve_decade (const TimexCandidate *c)
{
  DatelineWhen when = DATELINE_WHEN_INIT;

  if (!dateline_when_set_span (&when, c->year, 1, 1, DATELINE_GRANULARITY_DECADE,
                               DATELINE_CERTAINTY_STATED))
    return NULL;
  return dated_timex (c, &when, DATELINE_ANCHOR_NONE);
}

static DatelineTimex *
resolve_weekday (const TimexCandidate *c,
                 const TimexAnchor    *anchor)
{
  if (!anchor->dated)
    return undated_timex (c, g_strdup_printf ("XXXX-WXX-%d", c->weekday));

  return resolved_day (c, resolve_weekday_against_anchor (anchor, c->weekday, c->direction,
                                                          c->offset, c->tense));
}

static DatelineTimex *
resolve_deictic_day (const TimexCandidate *c,
                     const TimexAnchor    *anchor)
{
  if (!anchor->dated)
    return undated_timex (c, g_strdup ("XXXX-XX-XX"));

  return resolved_day (c, (gint64) anchor->julian + c->offset);
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
 * "last week" (-1 week), "next year" (+1 year), "two days ago" (-2 days). */
static DatelineTimex *
resolve_units_from_anchor (const TimexCandidate *c,
                           const TimexAnchor    *anchor,
                           int                   units)
{
  int year, month;

  switch (c->unit)
    {
    case TIMEX_UNIT_SECOND:
      return resolved_day (c, (gint64) anchor->julian + units / 86400);
    case TIMEX_UNIT_MINUTE:
      return resolved_day (c, (gint64) anchor->julian + units / 1440);
    case TIMEX_UNIT_HOUR:
      return resolved_day (c, (gint64) anchor->julian + units / 24);
    case TIMEX_UNIT_DAY:
      return resolved_day (c, (gint64) anchor->julian + units);
    case TIMEX_UNIT_WEEK:
    case TIMEX_UNIT_WEEKEND:
      return resolved_week (c, (gint64) anchor->julian + 7 * (gint64) units);
    case TIMEX_UNIT_FORTNIGHT:
      return resolved_week (c, (gint64) anchor->julian + 14 * (gint64) units);
    case TIMEX_UNIT_MONTH:
      shift_months (anchor->year, anchor->month, units, &year, &month);
      return resolved_span (c, year, month, 1, DATELINE_GRANULARITY_MONTH);
    case TIMEX_UNIT_QUARTER:
      shift_months (anchor->year, anchor->month, 3 * units, &year, &month);
      return resolved_span (c, year, month, 1, DATELINE_GRANULARITY_QUARTER);
    case TIMEX_UNIT_YEAR:
      return resolved_span (c, anchor->year + units, 1, 1, DATELINE_GRANULARITY_YEAR);
    case TIMEX_UNIT_DECADE:
      return resolved_span (c, anchor->year + 10 * units, 1, 1, DATELINE_GRANULARITY_DECADE);
    case TIMEX_UNIT_CENTURY:
      return resolved_span (c, anchor->year + 100 * units, 1, 1, DATELINE_GRANULARITY_CENTURY);
    case TIMEX_UNIT_NONE:
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
resolve_shifted_unit (const TimexCandidate *c,
                      const TimexAnchor    *anchor)
{
  /* "November next year", "May 5 last year" */
  if (c->unit == TIMEX_UNIT_YEAR && c->month != 0)
    {
      if (c->day != 0 && !g_date_valid_dmy ((GDateDay) c->day, (GDateMonth) c->month, 2000))
        return NULL;
      if (!anchor->dated)
        return undated_timex (c, c->day != 0 ? g_strdup_printf ("XXXX-%02d-%02d", c->month, c->day)
                                             : g_strdup_printf ("XXXX-%02d", c->month));
      return resolved_span (c, anchor->year + c->offset, c->month, c->day != 0 ? c->day : 1,
                            c->day != 0 ? DATELINE_GRANULARITY_DAY : DATELINE_GRANULARITY_MONTH);
    }

  if (!anchor->dated)
    return undated_timex (c, g_strdup (unresolved_unit_value (c->unit)));

  if (c->unit == TIMEX_UNIT_WEEKEND && c->direction == TIMEX_DIRECTION_BY_TENSE)
    return resolve_units_from_anchor (c, anchor, weekend_offset_by_tense (anchor, c->tense));

  return resolve_units_from_anchor (c, anchor, c->offset);
}

static DatelineTimex *
resolve_shifted_month (const TimexCandidate *c,
                       const TimexAnchor    *anchor)
{
  int year;

  if (c->day != 0 && !g_date_valid_dmy ((GDateDay) c->day, (GDateMonth) c->month, 2000))
    return NULL;
  if (!anchor->dated)
    return undated_timex (c, c->day != 0 ? g_strdup_printf ("XXXX-%02d-%02d", c->month, c->day)
                                         : g_strdup_printf ("XXXX-%02d", c->month));

  switch (c->direction)
    {
    case TIMEX_DIRECTION_BEFORE:
      year = c->month < anchor->month ? anchor->year : anchor->year - 1;
      break;
    case TIMEX_DIRECTION_AFTER:
      year = c->month > anchor->month ? anchor->year : anchor->year + 1;
      break;
    case TIMEX_DIRECTION_SAME:
    case TIMEX_DIRECTION_BY_TENSE:
    default:
      year = anchor->year;
      break;
    }

  if (c->day != 0)
    return resolved_span (c, year, c->month, c->day, DATELINE_GRANULARITY_DAY);
  return resolved_span (c, year, c->month, 1, DATELINE_GRANULARITY_MONTH);
}

static DatelineTimex *
resolve_offset (const TimexCandidate *c,
                const TimexAnchor    *anchor)
{
  /* "several years ago": somewhere in the past, not a calendar span. */
  if (c->quantity == TIMEX_QUANTITY_VAGUE)
    return undated_timex (c, g_strdup (c->offset < 0 ? "PAST_REF" : "FUTURE_REF"));

  if (!anchor->dated)
    return undated_timex (c, g_strdup (unresolved_unit_value (c->unit)));

  return resolve_units_from_anchor (c, anchor, c->offset);
}

static char *
duration_value (const char           *text,
                const TimexCandidate *c)
{
  const char *designator;
  gboolean time_part = FALSE;
  int multiplier = 1;

  switch (c->unit)
    {
    case TIMEX_UNIT_SECOND:
      designator = "S";
      time_part = TRUE;
      break;
    case TIMEX_UNIT_MINUTE:
      designator = "M";
      time_part = TRUE;
      break;
    case TIMEX_UNIT_HOUR:
      designator = "H";
      time_part = TRUE;
      break;
    case TIMEX_UNIT_DAY:
      designator = "D";
      break;
    case TIMEX_UNIT_WEEK:
      designator = "W";
      break;
    case TIMEX_UNIT_FORTNIGHT:
      designator = "W";
      multiplier = 2;
      break;
    case TIMEX_UNIT_MONTH:
      designator = "M";
      break;
    case TIMEX_UNIT_QUARTER:
      designator = "M";
      multiplier = 3;
      break;
    case TIMEX_UNIT_YEAR:
      designator = "Y";
      break;
    case TIMEX_UNIT_DECADE:
      /* TimeML writes "a decade" as P10Y, a vague count as PXDE. */
      designator = c->quantity == TIMEX_QUANTITY_VAGUE ? "DE" : "Y";
      multiplier = 10;
      break;
    case TIMEX_UNIT_CENTURY:
      designator = c->quantity == TIMEX_QUANTITY_VAGUE ? "CE" : "Y";
      multiplier = 100;
      break;
    case TIMEX_UNIT_WEEKEND:
    case TIMEX_UNIT_NONE:
    default:
      return NULL;
    }

  if (c->quantity == TIMEX_QUANTITY_VAGUE)
    return g_strconcat ("P", time_part ? "T" : "", "X", designator, NULL);

  if (c->quantity_end > c->quantity_start && multiplier == 1)
    return g_strdup_printf ("P%s%.*s%s", time_part ? "T" : "",
                            (int) (c->quantity_end - c->quantity_start),
                            text + c->quantity_start, designator);

  return g_strdup_printf ("P%s%d%s", time_part ? "T" : "", c->quantity * multiplier, designator);
}

static DatelineTimex *
resolve_duration (const char           *text,
                  const TimexCandidate *c)
{
  char *value = duration_value (text, c);

  if (value == NULL)
    return NULL;
  return dateline_timex_new_take (c->start, c->end, c->type, value, DATELINE_ANCHOR_NONE, NULL);
}

static DatelineTimex *
resolve_set (const char           *text,
             const TimexCandidate *c)
{
  char *value;

  if (c->set_value != NULL)
    value = g_strdup (c->set_value);
  else if (c->weekday != 0)
    value = g_strdup_printf ("XXXX-WXX-%d", c->weekday);
  else if (c->month != 0)
    value = g_strdup_printf ("XXXX-%02d", c->month);
  else if (c->part != TIMEX_PART_NONE)
    value = g_strconcat ("XXXX-XX-XXT", part_of_day_codes[c->part], NULL);
  else
    value = duration_value (text, c);

  if (value == NULL)
    return NULL;
  return dateline_timex_new_take (c->start, c->end, c->type, value, DATELINE_ANCHOR_NONE, NULL);
}

static DatelineTimex *
resolve_century (const TimexCandidate *c)
{
  DatelineWhen when = DATELINE_WHEN_INIT;

  if (!dateline_when_set_span (&when, MAX (c->year, 1), 1, 1, DATELINE_GRANULARITY_CENTURY,
                               DATELINE_CERTAINTY_STATED))
    return NULL;
  return dated_timex (c, &when, DATELINE_ANCHOR_NONE);
}

/* Seasons have no calendar granularity of their own (and their bounds
 * depend on the hemisphere), so they get a TIMEX3 value but no span. The
 * year of a winter is the year it starts in. */
static const int season_start_month[] = { 0, 3, 6, 9, 12 };
static const char * const season_codes[] = { NULL, "SP", "SU", "FA", "WI" };

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
resolve_season (const TimexCandidate *c,
                const TimexAnchor    *anchor)
{
  const char *code = season_codes[c->season];
  int year;

  if (c->year != 0)
    return dateline_timex_new_take (c->start, c->end, c->type,
                                    g_strdup_printf ("%04d-%s", c->year, code),
                                    DATELINE_ANCHOR_NONE, NULL);
  if (!anchor->dated)
    return undated_timex (c, g_strdup_printf ("XXXX-%s", code));

  year = season_year_against_anchor (anchor, c->season, c->direction, c->tense);
  return dateline_timex_new_take (c->start, c->end, c->type,
                                  g_strdup_printf ("%04d-%s", year, code),
                                  DATELINE_ANCHOR_PUBLISHED, NULL);
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
resolve_part_of_year (const TimexCandidate *c,
                      const TimexAnchor    *anchor)
{
  gboolean quarter = c->form == TIMEX_FORM_QUARTER;
  char letter = quarter ? 'Q' : 'H';
  int months = quarter ? 3 : 6;
  int year = c->year;
  DatelineAnchor anchored = DATELINE_ANCHOR_NONE;

  if (year == 0)
    {
      if (!anchor->dated)
        return undated_timex (c, g_strdup_printf ("XXXX-%c%d", letter, c->part_of_year));
      year = c->relative ? anchor->year + c->offset
                         : part_of_year_against_anchor (anchor, c->part_of_year, months, c->tense);
      anchored = DATELINE_ANCHOR_PUBLISHED;
    }

  /* Halves have no granularity of their own: a value, no span. */
  if (!quarter)
    return dateline_timex_new_take (c->start, c->end, c->type,
                                    g_strdup_printf ("%04d-H%d", year, c->part_of_year),
                                    anchored, NULL);

  if (anchored == DATELINE_ANCHOR_PUBLISHED)
    return resolved_span (c, year, (c->part_of_year - 1) * 3 + 1, 1, DATELINE_GRANULARITY_QUARTER);

  {
    DatelineWhen when = DATELINE_WHEN_INIT;

    if (!dateline_when_set_span (&when, year, (c->part_of_year - 1) * 3 + 1, 1,
                                 DATELINE_GRANULARITY_QUARTER, DATELINE_CERTAINTY_STATED))
      return NULL;
    return dated_timex (c, &when, DATELINE_ANCHOR_NONE);
  }
}

/**
 * dateline_timex_resolve:
 * @text: the text the candidate's offsets point into
 * @candidate: what the scanner found
 * @anchor: the publication date, possibly undated
 *
 * Returns: (transfer full) (nullable): the normalised expression, or NULL
 *   when the candidate names no valid date
 */
DatelineTimex *
dateline_timex_resolve (const char           *text,
                        const TimexCandidate *candidate,
                        const TimexAnchor    *anchor)
{
  switch (candidate->form)
    {
    case TIMEX_FORM_CALENDAR:
      return resolve_calendar (candidate, anchor);
    case TIMEX_FORM_DECADE:
      return resolve_decade (candidate);
    case TIMEX_FORM_WEEKDAY:
      return resolve_weekday (candidate, anchor);
    case TIMEX_FORM_DEICTIC_DAY:
      return resolve_deictic_day (candidate, anchor);
    case TIMEX_FORM_SHIFTED_UNIT:
      return resolve_shifted_unit (candidate, anchor);
    case TIMEX_FORM_SHIFTED_MONTH:
      return resolve_shifted_month (candidate, anchor);
    case TIMEX_FORM_OFFSET:
      return resolve_offset (candidate, anchor);
    case TIMEX_FORM_REFERENCE:
      return dateline_timex_new_take (candidate->start, candidate->end, candidate->type,
                                      g_strdup (candidate->set_value), DATELINE_ANCHOR_NONE, NULL);
    case TIMEX_FORM_CLOCK:
      /* A time with no day stays unplaced: which day is a guess. */
      return undated_timex (candidate, g_strdup ("XXXX-XX-XX"));
    case TIMEX_FORM_DURATION:
      return resolve_duration (text, candidate);
    case TIMEX_FORM_SET:
      return resolve_set (text, candidate);
    case TIMEX_FORM_CENTURY:
      return resolve_century (candidate);
    case TIMEX_FORM_SEASON:
      return resolve_season (candidate, anchor);
    case TIMEX_FORM_QUARTER:
    case TIMEX_FORM_HALF:
      return resolve_part_of_year (candidate, anchor);
    default:
      g_assert_not_reached ();
    }

  return NULL;
}
