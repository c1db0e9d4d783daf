/* test-date.c — calendar spans, TIMEX3 values and their round trip
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dateline-date.h"

static void
assert_span (const char *value,
             const char *first,
             const char *last,
             DatelineGranularity granularity)
{
  DatelineWhen when;
  char buf[16];
  g_autofree char *again = NULL;

  g_assert_true (dateline_when_parse_value (value, &when));
  g_assert_cmpint (when.granularity, ==, granularity);
  dateline_when_format_day (when.start, buf);
  g_assert_cmpstr (buf, ==, first);
  dateline_when_format_day (when.end, buf);
  g_assert_cmpstr (buf, ==, last);

  again = dateline_when_dup_value (&when);
  g_assert_cmpstr (again, ==, value);
}

static void
test_date_values (void)
{
  assert_span ("2025-07-30", "2025-07-30", "2025-07-30", DATELINE_GRANULARITY_DAY);
  assert_span ("2024-02", "2024-02-01", "2024-02-29", DATELINE_GRANULARITY_MONTH);
  assert_span ("2025-02", "2025-02-01", "2025-02-28", DATELINE_GRANULARITY_MONTH);
  assert_span ("2025", "2025-01-01", "2025-12-31", DATELINE_GRANULARITY_YEAR);
  assert_span ("2025-Q2", "2025-04-01", "2025-06-30", DATELINE_GRANULARITY_QUARTER);
  assert_span ("2025-Q4", "2025-10-01", "2025-12-31", DATELINE_GRANULARITY_QUARTER);
  /* ISO weeks: 2025-W31 is Monday 28 July to Sunday 3 August. */
  assert_span ("2025-W31", "2025-07-28", "2025-08-03", DATELINE_GRANULARITY_WEEK);
  /* Week 1 of 2025 starts in 2024; week 53 of 2020 ends in 2021. */
  assert_span ("2025-W01", "2024-12-30", "2025-01-05", DATELINE_GRANULARITY_WEEK);
  assert_span ("2020-W53", "2020-12-28", "2021-01-03", DATELINE_GRANULARITY_WEEK);
  assert_span ("199", "1990-01-01", "1999-12-31", DATELINE_GRANULARITY_DECADE);
  assert_span ("20", "2000-01-01", "2099-12-31", DATELINE_GRANULARITY_CENTURY);
}

static void
test_date_invalid_values (void)
{
  const char *invalid[] = {
    "XXXX-07-31", "P3Y", "PRESENT_REF", "2025-13", "2025-02-30", "2025-W54",
    "2021-W53", "2025-Q5", "", "20255", "2025-7-1", "abcd", NULL,
  };

  for (guint i = 0; invalid[i] != NULL; i++)
    {
      DatelineWhen when;

      g_assert_false (dateline_when_parse_value (invalid[i], &when));
      g_assert_false (dateline_when_is_dated (&when));
    }
}

static void
test_date_weekend_is_its_week (void)
{
  DatelineWhen when;
  char buf[16];

  g_assert_true (dateline_when_parse_value ("2025-W31-WE", &when));
  g_assert_cmpint (when.granularity, ==, DATELINE_GRANULARITY_WEEK);
  dateline_when_format_day (when.start, buf);
  g_assert_cmpstr (buf, ==, "2025-07-28");
  g_assert_false (dateline_when_parse_value ("2025-W31-XY", &when));
}

static void
test_date_time_part_is_day (void)
{
  DatelineWhen when;
  guint32 julian;

  g_assert_true (dateline_when_parse_value ("2025-07-30T14:00", &when));
  g_assert_cmpint (when.granularity, ==, DATELINE_GRANULARITY_DAY);
  g_assert_true (dateline_when_parse_day ("2025-07-30", &julian));
  g_assert_cmpuint (julian, ==, when.start);
  g_assert_false (dateline_when_parse_day ("2025-07", &julian));
}

static void
test_date_week_of_any_day (void)
{
  DatelineWhen when;
  g_autofree char *value = NULL;

  /* Friday 1 August 2025 is in the ISO week that began on Monday 28 July. */
  g_assert_true (dateline_when_set_span (&when, 2025, 8, 1, DATELINE_GRANULARITY_WEEK,
                                         DATELINE_CERTAINTY_RESOLVED));
  value = dateline_when_dup_value (&when);
  g_assert_cmpstr (value, ==, "2025-W31");
  g_assert_cmpint (when.certainty, ==, DATELINE_CERTAINTY_RESOLVED);
  g_assert_cmpuint (when.end - when.start, ==, 6);
}

static void
test_date_enum_strings (void)
{
  for (int g = DATELINE_GRANULARITY_NONE; g <= DATELINE_GRANULARITY_CENTURY; g++)
    g_assert_cmpint (dateline_granularity_from_string (dateline_granularity_to_string (g)), ==, g);
  for (int c = DATELINE_CERTAINTY_UNKNOWN; c <= DATELINE_CERTAINTY_USER; c++)
    g_assert_cmpint (dateline_certainty_from_string (dateline_certainty_to_string (c)), ==, c);
  for (int o = DATELINE_DATE_ORIGIN_UNKNOWN; o <= DATELINE_DATE_ORIGIN_REFERENCE; o++)
    g_assert_cmpint (dateline_date_origin_from_string (dateline_date_origin_to_string (o)), ==, o);

  g_assert_cmpint (dateline_granularity_from_string ("fortnight"), ==, DATELINE_GRANULARITY_NONE);
  g_assert_cmpstr (dateline_date_origin_to_string (DATELINE_DATE_ORIGIN_REFERENCE), ==, "reference");
}

static void
test_date_display (void)
{
  DatelineWhen when;
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *undated = NULL;

  g_assert_true (dateline_when_parse_value ("2025-07-30", &when));
  day = dateline_when_dup_display (&when);
  g_assert_cmpstr (day, ==, "Wednesday 30 July 2025");

  g_assert_true (dateline_when_parse_value ("2025-06", &when));
  month = dateline_when_dup_display (&when);
  g_assert_cmpstr (month, ==, "June 2025");

  when = (DatelineWhen) DATELINE_WHEN_INIT;
  undated = dateline_when_dup_display (&when);
  g_assert_cmpstr (undated, ==, "Undated");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/values", test_date_values);
  g_test_add_func ("/date/invalid-values", test_date_invalid_values);
  g_test_add_func ("/date/time-part-is-day", test_date_time_part_is_day);
  g_test_add_func ("/date/weekend-is-its-week", test_date_weekend_is_its_week);
  g_test_add_func ("/date/week-of-any-day", test_date_week_of_any_day);
  g_test_add_func ("/date/enum-strings", test_date_enum_strings);
  g_test_add_func ("/date/display", test_date_display);

  return g_test_run ();
}
