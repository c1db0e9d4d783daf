/* dateline-date.c — calendar values with a granularity and a provenance
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "dateline-date.h"

static const char * const granularity_names[] = {
  [DATELINE_GRANULARITY_NONE] = "none",
  [DATELINE_GRANULARITY_DAY] = "day",
  [DATELINE_GRANULARITY_WEEK] = "week",
  [DATELINE_GRANULARITY_MONTH] = "month",
  [DATELINE_GRANULARITY_QUARTER] = "quarter",
  [DATELINE_GRANULARITY_YEAR] = "year",
  [DATELINE_GRANULARITY_DECADE] = "decade",
  [DATELINE_GRANULARITY_CENTURY] = "century",
};

static const char * const certainty_names[] = {
  [DATELINE_CERTAINTY_UNKNOWN] = "unknown",
  [DATELINE_CERTAINTY_STATED] = "stated",
  [DATELINE_CERTAINTY_RESOLVED] = "resolved",
  [DATELINE_CERTAINTY_INFERRED] = "inferred",
  [DATELINE_CERTAINTY_USER] = "user",
};

static const char * const origin_names[] = {
  [DATELINE_DATE_ORIGIN_UNKNOWN] = "unknown",
  [DATELINE_DATE_ORIGIN_HEADER] = "header",
  [DATELINE_DATE_ORIGIN_METADATA] = "metadata",
  [DATELINE_DATE_ORIGIN_TEXT] = "text",
  [DATELINE_DATE_ORIGIN_INFERRED] = "inferred",
  [DATELINE_DATE_ORIGIN_USER] = "user",
  [DATELINE_DATE_ORIGIN_REFERENCE] = "reference",
};

static int
lookup_name (const char * const *names,
             guint               n_names,
             const char         *str)
{
  if (str == NULL)
    return -1;

  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i], str) == 0)
      return (int) i;

  return -1;
}

const char *
dateline_granularity_to_string (DatelineGranularity granularity)
{
  g_return_val_if_fail (granularity <= DATELINE_GRANULARITY_CENTURY, "none");
  return granularity_names[granularity];
}

DatelineGranularity
dateline_granularity_from_string (const char *str)
{
  int i = lookup_name (granularity_names, G_N_ELEMENTS (granularity_names), str);
  return i < 0 ? DATELINE_GRANULARITY_NONE : (DatelineGranularity) i;
}

const char *
dateline_certainty_to_string (DatelineCertainty certainty)
{
  g_return_val_if_fail (certainty <= DATELINE_CERTAINTY_USER, "unknown");
  return certainty_names[certainty];
}

DatelineCertainty
dateline_certainty_from_string (const char *str)
{
  int i = lookup_name (certainty_names, G_N_ELEMENTS (certainty_names), str);
  return i < 0 ? DATELINE_CERTAINTY_UNKNOWN : (DatelineCertainty) i;
}

const char *
dateline_date_origin_to_string (DatelineDateOrigin origin)
{
  g_return_val_if_fail (origin <= DATELINE_DATE_ORIGIN_REFERENCE, "unknown");
  return origin_names[origin];
}

DatelineDateOrigin
dateline_date_origin_from_string (const char *str)
{
  int i = lookup_name (origin_names, G_N_ELEMENTS (origin_names), str);
  return i < 0 ? DATELINE_DATE_ORIGIN_UNKNOWN : (DatelineDateOrigin) i;
}

guint32
dateline_julian_from_ymd (int year,
                          int month,
                          int day)
{
  GDate date;

  if (year < 1 || year > G_MAXUINT16 || month < 1 || month > 12 || day < 1 || day > 31)
    return 0;
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

void
dateline_julian_to_ymd (guint32  julian,
                        int     *year,
                        int     *month,
                        int     *day)
{
  GDate date;

  g_return_if_fail (g_date_valid_julian (julian));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  if (year)
    *year = g_date_get_year (&date);
  if (month)
    *month = g_date_get_month (&date);
  if (day)
    *day = g_date_get_day (&date);
}

gboolean
dateline_when_is_dated (const DatelineWhen *when)
{
  return when != NULL &&
         when->granularity != DATELINE_GRANULARITY_NONE &&
         when->start != 0 &&
         when->end >= when->start;
}

void
dateline_when_set_day (DatelineWhen      *when,
                       guint32            julian,
                       DatelineCertainty  certainty)
{
  g_return_if_fail (when != NULL);
  g_return_if_fail (g_date_valid_julian (julian));

  when->start = julian;
  when->end = julian;
  when->granularity = DATELINE_GRANULARITY_DAY;
  when->certainty = certainty;
}

/* The last Julian day of the calendar span that starts on the first day of
 * (year, month) and lasts @n_months, or 0 past the end of GDate's range. */
static guint32
last_day_of_months (int year,
                    int month,
                    int n_months)
{
  int last_month = month + n_months - 1;
  int last_year = year + (last_month - 1) / 12;

  last_month = (last_month - 1) % 12 + 1;
  if (last_year > G_MAXUINT16)
    return 0;

  return dateline_julian_from_ymd (last_year, last_month,
                                   g_date_get_days_in_month ((GDateMonth) last_month,
                                                             (GDateYear) last_year));
}

/**
 * dateline_when_set_span:
 * @year: the year (1 … 65535)
 * @month: 1 … 12, needed for DAY, WEEK, MONTH, QUARTER (any month of the quarter)
 * @day: needed for DAY and WEEK (any day of the ISO week)
 *
 * Sets @when to the whole calendar span of the given granularity that
 * contains the date: the ISO week (Monday to Sunday), the month, the
 * quarter, the year, the decade (2020–2029) or the century (2000–2099, as
 * TIMEX3 writes centuries: "20").
 *
 * Returns: FALSE (and leaves @when undated) when the date is invalid.
 */
gboolean
dateline_when_set_span (DatelineWhen        *when,
                        int                  year,
                        int                  month,
                        int                  day,
                        DatelineGranularity  granularity,
                        DatelineCertainty    certainty)
{
  guint32 start = 0;
  guint32 end = 0;

  g_return_val_if_fail (when != NULL, FALSE);

  switch (granularity)
    {
    case DATELINE_GRANULARITY_DAY:
      start = end = dateline_julian_from_ymd (year, month, day);
      break;

    case DATELINE_GRANULARITY_WEEK:
      {
        guint32 julian = dateline_julian_from_ymd (year, month, day);
        GDate date;

        if (julian == 0)
          break;
        g_date_clear (&date, 1);
        g_date_set_julian (&date, julian);
        /* GDateWeekday: Monday = 1 … Sunday = 7, as in ISO 8601 */
        start = julian - (g_date_get_weekday (&date) - 1);
        end = start + 6;
        if (start < 1)
          start = end = 0;
      }
      break;

    case DATELINE_GRANULARITY_MONTH:
      start = dateline_julian_from_ymd (year, month, 1);
      end = start ? last_day_of_months (year, month, 1) : 0;
      break;

    case DATELINE_GRANULARITY_QUARTER:
      if (month < 1 || month > 12)
        break;
      month = ((month - 1) / 3) * 3 + 1;
      start = dateline_julian_from_ymd (year, month, 1);
      end = start ? last_day_of_months (year, month, 3) : 0;
      break;

    case DATELINE_GRANULARITY_YEAR:
      start = dateline_julian_from_ymd (year, 1, 1);
      end = dateline_julian_from_ymd (year, 12, 31);
      break;

    case DATELINE_GRANULARITY_DECADE:
      {
        int first = year - year % 10;
        start = dateline_julian_from_ymd (MAX (first, 1), 1, 1);
        end = dateline_julian_from_ymd (first + 9, 12, 31);
      }
      break;

    case DATELINE_GRANULARITY_CENTURY:
      {
        int first = year - year % 100;
        start = dateline_julian_from_ymd (MAX (first, 1), 1, 1);
        end = dateline_julian_from_ymd (first + 99, 12, 31);
      }
      break;

    case DATELINE_GRANULARITY_NONE:
    default:
      break;
    }

  if (start == 0 || end == 0 || end < start)
    {
      *when = (DatelineWhen) DATELINE_WHEN_INIT;
      return FALSE;
    }

  when->start = start;
  when->end = end;
  when->granularity = granularity;
  when->certainty = certainty;
  return TRUE;
}

/* Reads exactly @n_digits ASCII digits. */
static gboolean
read_digits (const char **p,
             int          n_digits,
             int         *out)
{
  int value = 0;

  for (int i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      value = value * 10 + ((*p)[i] - '0');
    }

  *p += n_digits;
  *out = value;
  return TRUE;
}

/**
 * dateline_when_parse_value:
 * @value: a TIMEX3 date value: `2025-07-30` (a time part such as
 *   `T14:00` is accepted and ignored), `2025-07`, `2025`, `2025-W31`,
 *   `2025-Q2`, `202` (decade), `20` (century)
 *
 * Parses a TIMEX3 value into a calendar span, certainty STATED (callers
 * override it). Values that do not name a calendar span (`XXXX-07-31`,
 * `P3Y`, `PRESENT_REF`) give FALSE and an undated @out.
 */
gboolean
dateline_when_parse_value (const char   *value,
                           DatelineWhen *out)
{
  const char *p = value;
  int year, month, day, n;
  size_t len;

  g_return_val_if_fail (out != NULL, FALSE);

  *out = (DatelineWhen) DATELINE_WHEN_INIT;
  if (value == NULL)
    return FALSE;

  len = strlen (value);

  if (len == 2 && read_digits (&p, 2, &n))
    return dateline_when_set_span (out, MAX (n * 100, 1), 1, 1,
                                   DATELINE_GRANULARITY_CENTURY, DATELINE_CERTAINTY_STATED);
  if (len == 3 && read_digits (&p, 3, &n))
    return dateline_when_set_span (out, MAX (n * 10, 1), 1, 1,
                                   DATELINE_GRANULARITY_DECADE, DATELINE_CERTAINTY_STATED);

  if (!read_digits (&p, 4, &year))
    return FALSE;
  if (*p == '\0')
    return dateline_when_set_span (out, year, 1, 1,
                                   DATELINE_GRANULARITY_YEAR, DATELINE_CERTAINTY_STATED);
  if (*p++ != '-')
    return FALSE;

  if (*p == 'W')
    {
      GDate date;
      guint32 jan4;

      p++;
      if (!read_digits (&p, 2, &n) || n < 1 || n > 53)
        return FALSE;
      /* "2025-W31-WE", the weekend of a week, spans its week: there is no
       * finer granularity for it. */
      if (strcmp (p, "-WE") != 0 && *p != '\0')
        return FALSE;
      /* ISO 8601: week 1 is the week with 4 January in it. */
      jan4 = dateline_julian_from_ymd (year, 1, 4);
      if (jan4 == 0)
        return FALSE;
      g_date_clear (&date, 1);
      g_date_set_julian (&date, jan4 + (guint32) (n - 1) * 7);
      if (n == 53 && g_date_get_iso8601_week_of_year (&date) != 53)
        return FALSE;
      return dateline_when_set_span (out, g_date_get_year (&date), g_date_get_month (&date),
                                     g_date_get_day (&date), DATELINE_GRANULARITY_WEEK,
                                     DATELINE_CERTAINTY_STATED);
    }

  if (*p == 'Q')
    {
      p++;
      if (!read_digits (&p, 1, &n) || *p != '\0' || n < 1 || n > 4)
        return FALSE;
      return dateline_when_set_span (out, year, (n - 1) * 3 + 1, 1,
                                     DATELINE_GRANULARITY_QUARTER, DATELINE_CERTAINTY_STATED);
    }

  if (!read_digits (&p, 2, &month))
    return FALSE;
  if (*p == '\0')
    return dateline_when_set_span (out, year, month, 1,
                                   DATELINE_GRANULARITY_MONTH, DATELINE_CERTAINTY_STATED);
  if (*p++ != '-' || !read_digits (&p, 2, &day))
    return FALSE;
  if (*p != '\0' && *p != 'T')
    return FALSE;

  return dateline_when_set_span (out, year, month, day,
                                 DATELINE_GRANULARITY_DAY, DATELINE_CERTAINTY_STATED);
}

/**
 * dateline_when_dup_value:
 *
 * Returns: (transfer full) (nullable): the TIMEX3 value of @when (the
 * inverse of dateline_when_parse_value()), or NULL when undated.
 */
char *
dateline_when_dup_value (const DatelineWhen *when)
{
  GDate date;
  int year;

  if (!dateline_when_is_dated (when))
    return NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, when->start);
  year = g_date_get_year (&date);

  switch (when->granularity)
    {
    case DATELINE_GRANULARITY_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", year, g_date_get_month (&date), g_date_get_day (&date));

    case DATELINE_GRANULARITY_WEEK:
      {
        /* The ISO week-numbering year is the year of the week's Thursday. */
        GDate thursday;

        g_date_clear (&thursday, 1);
        g_date_set_julian (&thursday, when->start + 3);
        return g_strdup_printf ("%04d-W%02u", g_date_get_year (&thursday),
                                g_date_get_iso8601_week_of_year (&date));
      }

    case DATELINE_GRANULARITY_MONTH:
      return g_strdup_printf ("%04d-%02d", year, g_date_get_month (&date));

    case DATELINE_GRANULARITY_QUARTER:
      return g_strdup_printf ("%04d-Q%d", year, (g_date_get_month (&date) - 1) / 3 + 1);

    case DATELINE_GRANULARITY_YEAR:
      return g_strdup_printf ("%04d", year);

    case DATELINE_GRANULARITY_DECADE:
      return g_strdup_printf ("%03d", year / 10);

    case DATELINE_GRANULARITY_CENTURY:
      return g_strdup_printf ("%02d", year / 100);

    case DATELINE_GRANULARITY_NONE:
    default:
      return NULL;
    }
}

gboolean
dateline_when_parse_day (const char *iso,
                         guint32    *julian)
{
  DatelineWhen when;

  g_return_val_if_fail (julian != NULL, FALSE);

  if (!dateline_when_parse_value (iso, &when) || when.granularity != DATELINE_GRANULARITY_DAY)
    return FALSE;

  *julian = when.start;
  return TRUE;
}

void
dateline_when_format_day (guint32 julian,
                          char    buf[16])
{
  int year, month, day;

  if (!g_date_valid_julian (julian))
    {
      buf[0] = '\0';
      return;
    }

  dateline_julian_to_ymd (julian, &year, &month, &day);
  g_snprintf (buf, 16, "%04d-%02d-%02d", year, month, day);
}

static char *
format_julian (guint32     julian,
               const char *format)
{
  char buf[256];
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  if (g_date_strftime (buf, sizeof buf, format, &date) == 0)
    return g_strdup ("");

  return g_strdup (buf);
}

/**
 * dateline_when_dup_display:
 *
 * Returns: (transfer full): @when for people, in the user's locale, at its
 * own granularity ("Wednesday 30 July 2025", "July 2025", "2020s"), or
 * "Undated".
 */
char *
dateline_when_dup_display (const DatelineWhen *when)
{
  GDate date;
  int year;

  if (!dateline_when_is_dated (when))
    return g_strdup (_("Undated"));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, when->start);
  year = g_date_get_year (&date);

  switch (when->granularity)
    {
    case DATELINE_GRANULARITY_DAY:
      /* Translators: a full date, strftime format */
      return format_julian (when->start, _("%A %-d %B %Y"));

    case DATELINE_GRANULARITY_WEEK:
      {
        /* Translators: a day in a week range, strftime format */
        g_autofree char *first = format_julian (when->start, _("%-d %B"));
        /* Translators: the last day of a week range, strftime format */
        g_autofree char *last = format_julian (when->end, _("%-d %B %Y"));
        /* Translators: a week: "Week of 28 July – 3 August 2025" */
        return g_strdup_printf (_("Week of %s – %s"), first, last);
      }

    case DATELINE_GRANULARITY_MONTH:
      /* Translators: a month, strftime format (%OB is the nominative month name) */
      return format_julian (when->start, _("%B %Y"));

    case DATELINE_GRANULARITY_QUARTER:
      /* Translators: a quarter of a year: "Q3 2025" */
      return g_strdup_printf (_("Q%d %d"), (g_date_get_month (&date) - 1) / 3 + 1, year);

    case DATELINE_GRANULARITY_YEAR:
      return g_strdup_printf ("%d", year);

    case DATELINE_GRANULARITY_DECADE:
      /* Translators: a decade: "the 1990s" */
      return g_strdup_printf (_("the %ds"), year);

    case DATELINE_GRANULARITY_CENTURY:
      /* Translators: a century as a range of years: "2000–2099" */
      return g_strdup_printf (_("%d–%d"), year, year + 99);

    case DATELINE_GRANULARITY_NONE:
    default:
      return g_strdup (_("Undated"));
    }
}

gboolean
dateline_when_equal (const DatelineWhen *a,
                     const DatelineWhen *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->start == b->start &&
         a->end == b->end &&
         a->granularity == b->granularity &&
         a->certainty == b->certainty;
}
