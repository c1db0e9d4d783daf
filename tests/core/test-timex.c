/* test-timex.c — the temporal expression tagger
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dateline-timex.h"

/* Tags @text against @published ("YYYY-MM-DD" or NULL) and compares the
 * result with the expected expressions, given as groups of five strings:
 * the exact text the span slices, the type, the value, the anchor and the
 * calendar span as a TIMEX3 value ("-" when undated). The list ends with
 * NULL. The certainty is checked too: STATED for expressions in full,
 * RESOLVED for those resolved against the publication date. */
static void
check_tags (const char *text,
            const char *published,
            ...)
{
  DatelineWhen pub = DATELINE_WHEN_INIT;
  g_autoptr(GPtrArray) timexes = NULL;
  const char *expected_text;
  va_list ap;
  guint i = 0;

  if (published != NULL)
    g_assert_true (dateline_when_parse_value (published, &pub));
  timexes = dateline_timex_tag (text, -1, published != NULL ? &pub : NULL);

  va_start (ap, published);
  while ((expected_text = va_arg (ap, const char *)) != NULL)
    {
      const char *expected_type = va_arg (ap, const char *);
      const char *expected_value = va_arg (ap, const char *);
      const char *expected_anchor = va_arg (ap, const char *);
      const char *expected_when = va_arg (ap, const char *);
      const DatelineTimex *timex;
      g_autofree char *got_text = NULL;
      g_autofree char *got_when = NULL;

      if (i >= timexes->len)
        {
          g_test_fail_printf ("“%s”: only %u expressions, expected “%s” next",
                              text, timexes->len, expected_text);
          va_end (ap);
          return;
        }

      timex = g_ptr_array_index (timexes, i);
      g_assert_cmpuint (timex->start, <, timex->end);
      g_assert_cmpuint (timex->end, <=, strlen (text));
      got_text = g_strndup (text + timex->start, timex->end - timex->start);
      got_when = dateline_when_dup_value (&timex->when);

      g_assert_cmpstr (got_text, ==, expected_text);
      g_assert_cmpstr (dateline_timex_type_to_string (timex->type), ==, expected_type);
      g_assert_cmpstr (timex->value, ==, expected_value);
      g_assert_cmpstr (dateline_anchor_to_string (timex->anchor), ==, expected_anchor);
      g_assert_cmpstr (got_when != NULL ? got_when : "-", ==, expected_when);

      if (dateline_when_is_dated (&timex->when))
        g_assert_cmpint (timex->when.certainty, ==,
                         timex->anchor == DATELINE_ANCHOR_NONE ? DATELINE_CERTAINTY_STATED
                                                               : DATELINE_CERTAINTY_RESOLVED);
      else
        g_assert_cmpint (timex->when.granularity, ==, DATELINE_GRANULARITY_NONE);
      i++;
    }
  va_end (ap);

  if (i != timexes->len)
    {
      const DatelineTimex *extra = g_ptr_array_index (timexes, i);

      g_test_fail_printf ("“%s”: %u expressions, expected %u; first extra: “%.*s” (%s)",
                          text, timexes->len, i, (int) (extra->end - extra->start),
                          text + extra->start, extra->value);
    }
}

/* Just the values, for tests about resolution only. */
static void
check_values (const char *text,
              const char *published,
              ...)
{
  DatelineWhen pub = DATELINE_WHEN_INIT;
  g_autoptr(GPtrArray) timexes = NULL;
  const char *expected;
  va_list ap;
  guint i = 0;

  if (published != NULL)
    g_assert_true (dateline_when_parse_value (published, &pub));
  timexes = dateline_timex_tag (text, -1, published != NULL ? &pub : NULL);

  va_start (ap, published);
  while ((expected = va_arg (ap, const char *)) != NULL)
    {
      if (i >= timexes->len)
        {
          g_test_fail_printf ("“%s” (published %s): only %u expressions, expected %s next",
                              text, published, timexes->len, expected);
          va_end (ap);
          return;
        }
      g_assert_cmpstr (((DatelineTimex *) g_ptr_array_index (timexes, i))->value, ==, expected);
      i++;
    }
  va_end (ap);

  g_assert_cmpuint (timexes->len, ==, i);
}

static void
check_no_date (const char *text)
{
  DatelineWhen pub = DATELINE_WHEN_INIT;
  g_autoptr(GPtrArray) with_date = NULL;
  g_autoptr(GPtrArray) without_date = NULL;

  g_assert_true (dateline_when_parse_value ("2025-08-01", &pub));
  with_date = dateline_timex_tag (text, -1, &pub);
  without_date = dateline_timex_tag (text, -1, NULL);

  if (with_date->len != 0)
    {
      const DatelineTimex *timex = g_ptr_array_index (with_date, 0);

      g_test_fail_printf ("“%s”: tagged “%.*s” as %s", text,
                          (int) (timex->end - timex->start), text + timex->start, timex->value);
      return;
    }
  g_assert_cmpuint (without_date->len, ==, 0);
}

/* The mods of the expressions of @text, in order, NULL-terminated
 * ("START", "-" for none). */
static void
check_mods (const char *text,
            const char *published,
            ...)
{
  DatelineWhen pub = DATELINE_WHEN_INIT;
  g_autoptr(GPtrArray) timexes = NULL;
  const char *expected;
  va_list ap;
  guint i = 0;

  if (published != NULL)
    g_assert_true (dateline_when_parse_value (published, &pub));
  timexes = dateline_timex_tag (text, -1, published != NULL ? &pub : NULL);

  va_start (ap, published);
  while ((expected = va_arg (ap, const char *)) != NULL)
    {
      const DatelineTimex *timex;
      const char *mod;

      g_assert_cmpuint (i, <, timexes->len);
      timex = g_ptr_array_index (timexes, i);
      mod = dateline_timex_mod_to_string (timex->mod);
      g_assert_cmpstr (mod != NULL ? mod : "-", ==, expected);
      i++;
    }
  va_end (ap);
  g_assert_cmpuint (timexes->len, ==, i);
}

/* Tags with options and returns the values joined by " | ". */
static char *
values_with_options (const char                 *text,
                     const DatelineTimexOptions *options)
{
  g_autoptr(GPtrArray) timexes = dateline_timex_tag_with_options (text, -1, options);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < timexes->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? " | " : "",
                            ((DatelineTimex *) g_ptr_array_index (timexes, i))->value);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* ------------------------------------------------------------------ */

static void
test_timex_full_dates (void)
{
  check_tags ("The truce began on 31 July 2025 in the east.", "2025-08-01",
              "31 July 2025", "DATE", "2025-07-31", "none", "2025-07-31", NULL);
  check_tags ("Ballots were due by July 31, 2025, the commission said.", NULL,
              "July 31, 2025", "DATE", "2025-07-31", "none", "2025-07-31", NULL);
  check_tags ("Filed 2025-07-31 in the district court.", NULL,
              "2025-07-31", "DATE", "2025-07-31", "none", "2025-07-31", NULL);
  check_tags ("The verdict came on Monday, April 19, 2021, after a long trial.", "2025-08-01",
              "Monday, April 19, 2021", "DATE", "2021-04-19", "none", "2021-04-19", NULL);
  check_tags ("It was signed on the 4th of July 1976 and on March 3rd, 1999.", NULL,
              "4th of July 1976", "DATE", "1976-07-04", "none", "1976-07-04",
              "March 3rd, 1999", "DATE", "1999-03-03", "none", "1999-03-03", NULL);
  /* February 30 is no date. */
  check_tags ("The hearing was set for February 30, 2025 by mistake.", NULL, NULL);
}

static void
test_timex_month_year (void)
{
  check_tags ("Prices rose in June 2025 and again in February of 1999.", "2025-08-01",
              "June 2025", "DATE", "2025-06", "none", "2025-06",
              "February of 1999", "DATE", "1999-02", "none", "1999-02", NULL);
  check_tags ("Elections are planned for May 2026.", NULL,
              "May 2026", "DATE", "2026-05", "none", "2026-05", NULL);
}

static void
test_timex_abbreviated_months (void)
{
  check_tags ("Envoys met on Aug. 8 and again on Sept. 3 before Feb. 25, 2009 was recalled.",
              "2025-08-01",
              "Aug. 8", "DATE", "2025-08-08", "published", "2025-08-08",
              "Sept. 3", "DATE", "2025-09-03", "published", "2025-09-03",
              "Feb. 25, 2009", "DATE", "2009-02-25", "none", "2009-02-25", NULL);
  check_tags ("Deadline: Nov 19.", NULL,
              "Nov 19", "DATE", "XXXX-11-19", "none", "-", NULL);
}

static void
test_timex_bare_years (void)
{
  check_tags ("The dam was finished in 1959 and expanded since 2024.", NULL,
              "1959", "DATE", "1959", "none", "1959",
              "2024", "DATE", "2024", "none", "2024", NULL);
  check_tags ("Between 2019 and 2021 exports fell.", NULL,
              "2019", "DATE", "2019", "none", "2019",
              "2021", "DATE", "2021", "none", "2021", NULL);
  check_tags ("The 2024 election and the 2019-2021 drought shaped the 2024-25 budget.", NULL,
              "2024", "DATE", "2024", "none", "2024",
              "2019", "DATE", "2019", "none", "2019",
              "2021", "DATE", "2021", "none", "2021",
              "2024", "DATE", "2024", "none", "2024",
              "25", "DATE", "2025", "none", "2025", NULL);
  check_tags ("A treaty (1959) expires by mid-2030, and 2024's harvest was poor.", NULL,
              "1959", "DATE", "1959", "none", "1959",
              "mid-2030", "DATE", "2030", "none", "2030",
              "2024", "DATE", "2024", "none", "2024", NULL);
  check_tags ("Unrest in the 1990s shaped the city.", NULL,
              "1990s", "DATE", "199", "none", "199", NULL);
}

static void
test_timex_month_day_nearest_year (void)
{
  /* Across the year boundary, both ways. */
  check_tags ("Talks collapsed on December 30, officials said.", "2026-01-02",
              "December 30", "DATE", "2025-12-30", "published", "2025-12-30", NULL);
  check_tags ("The parliament reconvenes on January 3.", "2025-12-30",
              "January 3", "DATE", "2026-01-03", "published", "2026-01-03", NULL);
  /* Well inside the year. */
  check_tags ("The strike on July 31 left the Aug. 8 deadline in place.", "2025-08-01",
              "July 31", "DATE", "2025-07-31", "published", "2025-07-31",
              "Aug. 8", "DATE", "2025-08-08", "published", "2025-08-08", NULL);
  /* A named deadline in a past-tense sentence stays the nearest one. */
  check_values ("The talks came ahead of the August 8 deadline.", "2025-08-01", "2025-08-08", NULL);
  /* The future tense takes the next occurrence. */
  check_values ("The court will rule on January 3.", "2026-01-05", "2027-01-03", NULL);
  check_values ("The court ruled on January 3.", "2026-01-05", "2026-01-03", NULL);
  /* 29 February finds the nearest leap year. */
  check_values ("The levy started on February 29.", "2025-03-10", "2024-02-29", NULL);
}

static void
test_timex_month_alone (void)
{
  check_tags ("The ceasefire collapsed in March, and in early June talks resumed.", "2025-08-01",
              "March", "DATE", "2025-03", "published", "2025-03",
              "early June", "DATE", "2025-06", "published", "2025-06", NULL);
  /* Tense decides for a month alone: past before, future after. */
  check_values ("The accord was signed in October.", "2025-03-15", "2024-10", NULL);
  check_values ("Voters will go to the polls in October.", "2025-03-15", "2025-10", NULL);
  check_tags ("Markets reopened in March.", NULL,
              "March", "DATE", "XXXX-03", "none", "-", NULL);
  check_values ("From March to May the border stayed shut.",
                "2025-08-01", "2025-03", "2025-05", NULL);
}

static void
test_timex_unresolved_without_publication (void)
{
  check_tags ("The blast on July 31 came hours after Wednesday's vote.", NULL,
              "July 31", "DATE", "XXXX-07-31", "none", "-",
              "hours", "DURATION", "PTXH", "none", "-",
              "Wednesday", "DATE", "XXXX-WXX-3", "none", "-", NULL);
  /* a day counted from a weekday that cannot be placed */
  check_tags ("The blast came a day after Wednesday's vote.", NULL,
              "a day after Wednesday", "DATE", "XXXX-XX-XX", "none", "-", NULL);
  check_tags ("Last week and next month the plan was due, unlike last year.", NULL,
              "Last week", "DATE", "XXXX-WXX", "none", "-",
              "next month", "DATE", "XXXX-XX", "none", "-",
              "last year", "DATE", "XXXX", "none", "-", NULL);
  check_tags ("He left yesterday and returns tomorrow.", NULL,
              "yesterday", "DATE", "XXXX-XX-XX", "none", "-",
              "tomorrow", "DATE", "XXXX-XX-XX", "none", "-", NULL);
}

static void
test_timex_weekday_past (void)
{
  /* Published Friday 1 August 2025. */
  check_tags ("Rubio said on Wednesday that the envoys met Monday.", "2025-08-01",
              "Wednesday", "DATE", "2025-07-30", "published", "2025-07-30",
              "Monday", "DATE", "2025-07-28", "published", "2025-07-28", NULL);
  /* On or before: the publication day itself. */
  check_values ("The minister resigned on Friday.", "2025-08-01", "2025-08-01", NULL);
  check_values ("Officials confirmed Saturday's strike.", "2025-08-01", "2025-07-26", NULL);
}

static void
test_timex_weekday_future (void)
{
  /* Published Wednesday 30 July 2025. */
  check_values ("The leaders will meet on Friday.", "2025-07-30", "2025-08-01", NULL);
  check_values ("The report is due Friday.", "2025-07-30", "2025-08-01", NULL);
  check_values ("The senate is set to vote on Monday.", "2025-07-30", "2025-08-04", NULL);
  check_values ("Talks are scheduled for Tuesday.", "2025-07-30", "2025-08-05", NULL);
  check_values ("“We’ll decide on Thursday,” she said.", "2025-07-30", "2025-07-31", NULL);
  /* On or after: the publication day itself. */
  check_values ("They will sign on Wednesday.", "2025-07-30", "2025-07-30", NULL);
  /* The nearest clue wins: "said" for Monday, "will" for Friday. */
  check_values ("She said on Monday that they will meet on Friday.", "2025-07-30",
                "2025-07-28", "2025-08-01", NULL);
}

static void
test_timex_weekday_shifted (void)
{
  /* Published Wednesday 30 July 2025. */
  check_tags ("Last Friday and next Monday differ from this Saturday.", "2025-07-30",
              "Last Friday", "DATE", "2025-07-25", "published", "2025-07-25",
              "next Monday", "DATE", "2025-08-04", "published", "2025-08-04",
              "this Saturday", "DATE", "2025-08-02", "published", "2025-08-02", NULL);
  check_values ("It happened last Wednesday.", "2025-07-30", "2025-07-23", NULL);
  check_tags ("Shelling resumed on Monday morning and Black Friday sales fell.", "2025-07-30",
              "Monday morning", "TIME", "2025-07-28TMO", "published", "2025-07-28", NULL);
}

static void
test_timex_relative_days (void)
{
  check_tags ("Yesterday the port shut; today it reopens; tomorrow ships sail.", "2025-08-01",
              "Yesterday", "DATE", "2025-07-31", "published", "2025-07-31",
              "today", "DATE", "2025-08-01", "published", "2025-08-01",
              "tomorrow", "DATE", "2025-08-02", "published", "2025-08-02", NULL);
  check_tags ("Sirens sounded last night and again this morning.", "2025-08-01",
              "last night", "TIME", "2025-07-31TNI", "published", "2025-07-31",
              "this morning", "TIME", "2025-08-01TMO", "published", "2025-08-01", NULL);
  /* Across a month and a year boundary. */
  check_values ("It snowed yesterday.", "2026-01-01", "2025-12-31", NULL);
}

static void
test_timex_relative_weeks (void)
{
  /* Friday 1 August 2025 is in ISO week 31. */
  check_tags ("Talks held earlier this week follow last week's round; next week "
              "brings another, and this week ends calm.", "2025-08-01",
              "earlier this week", "DATE", "2025-W31", "published", "2025-W31",
              "last week", "DATE", "2025-W30", "published", "2025-W30",
              "next week", "DATE", "2025-W32", "published", "2025-W32",
              "this week", "DATE", "2025-W31", "published", "2025-W31", NULL);
  /* ISO week-numbering years differ from calendar years at the edges:
   * 1 January 2021 is in 2020-W53, 2 January 2025 in 2025-W01. */
  check_values ("Cases rose this week.", "2021-01-01", "2020-W53", NULL);
  check_values ("Cases rose last week.", "2025-01-02", "2024-W52", NULL);
  check_values ("Cases rose this week.", "2024-12-30", "2025-W01", NULL);
}

static void
test_timex_relative_months_years (void)
{
  check_tags ("Exports fell last month, may recover next month and rose last year; "
              "this year looks better, and next year better still.", "2025-01-15",
              "last month", "DATE", "2024-12", "published", "2024-12",
              "next month", "DATE", "2025-02", "published", "2025-02",
              "last year", "DATE", "2024", "published", "2024",
              "this year", "DATE", "2025", "published", "2025",
              "next year", "DATE", "2026", "published", "2026", NULL);
  check_values ("The plant closes next month.", "2025-12-03", "2026-01", NULL);
  check_values ("It was approved last March and expires next March.", "2025-08-01",
                "2025-03", "2026-03", NULL);
}

static void
test_timex_offsets (void)
{
  check_tags ("Two days ago the dam broke; ten days from now the inquiry opens.", "2025-08-01",
              "Two days ago", "DATE", "2025-07-30", "published", "2025-07-30",
              "ten days from now", "DATE", "2025-08-11", "published", "2025-08-11", NULL);
  check_values ("The mine closed three years ago, a month ago, and several years ago.",
                "2025-08-01",
                "2022", "2025-07", "PAST_REF", NULL);
  check_values ("The mine closed three years ago.", NULL, "XXXX", NULL);
}

static void
test_timex_durations (void)
{
  /* A duration is never placed on the timeline, even with a publication date. */
  check_tags ("After three years of war, a 24-hour truce held for 24 hours.", "2025-08-01",
              "three years", "DURATION", "P3Y", "none", "-",
              "24-hour", "DURATION", "PT24H", "none", "-",
              "24 hours", "DURATION", "PT24H", "none", "-", NULL);
  check_tags ("Sanctions lasted for a decade, then several months, then 1.5 hours.", "2025-08-01",
              "a decade", "DURATION", "P10Y", "none", "-",
              "several months", "DURATION", "PXM", "none", "-",
              "1.5 hours", "DURATION", "PT1.5H", "none", "-", NULL);
  check_tags ("Output grew over the past two years and the past week.", "2025-08-01",
              "the past two years", "DURATION", "P2Y", "none", "-",
              "the past week", "DURATION", "P1W", "none", "-", NULL);
  /* "a year" alone is not a duration claim without a preposition. */
  check_tags ("It was a year of change.", "2025-08-01", NULL);
}

static void
test_timex_sets (void)
{
  check_tags ("Monitors report every Monday and publish weekly.", "2025-08-01",
              "every Monday", "SET", "XXXX-WXX-1", "none", "-",
              "weekly", "SET", "P1W", "none", "-", NULL);
}

static void
test_timex_not_dates (void)
{
  /* the modal "may" */
  check_no_date ("Countries may face penalties if they trade.");
  check_no_date ("May I ask a question?");
  check_no_date ("Former prime minister Theresa May spoke.");
  /* "march" the verb, "March" as the first word of a sentence */
  check_no_date ("Thousands march on the capital.");
  check_no_date ("March organisers said the route was approved.");
  check_no_date ("They will march in protest.");
  /* "august" the adjective */
  check_no_date ("It is an august institution.");
  check_no_date ("The August assembly voted.");
  /* counts that look like years */
  check_no_date ("Some 1,000 troops and 2025 votes were counted.");
  check_no_date ("About 1500 people fled.");
  check_no_date ("In 2000 homes the power failed.");
  check_no_date ("The plant produced 2024 tonnes.");
  check_no_date ("Growth was 3.5 percent, or 2025 in total.");
  /* decimals and times */
  check_no_date ("The index rose 3.5 points.");
  /* holidays named after weekdays */
  check_no_date ("Black Friday and Super Tuesday were busy.");
  /* weekdays and months in lower case */
  check_no_date ("A friday-style sale in june.");
}

static void
test_timex_may_as_month (void)
{
  check_tags ("Talks resumed on May 5 and stalled by May 2026.", "2025-08-01",
              "May 5", "DATE", "2025-05-05", "published", "2025-05-05",
              "May 2026", "DATE", "2026-05", "none", "2026-05", NULL);
  check_tags ("Turnout was low in May.", NULL,
              "May", "DATE", "XXXX-05", "none", "-", NULL);
  check_tags ("The rule applies since may 2024.", NULL,
              "may 2024", "DATE", "2024-05", "none", "2024-05", NULL);
}

static void
test_timex_not_durations (void)
{
  /* ages */
  check_no_date ("A 22-year-old man and his 59 years old father were detained.");
  check_no_date ("Both leaders are in their seventies; their aides in their 20s.");
  /* fractions and matches */
  check_no_date ("A quarter of the votes came in the second half of the match.");
  /* "fall" the verb */
  check_no_date ("Prices could fall sharply.");
}

static void
test_timex_year_modifiers (void)
{
  check_tags ("Turkey demanded an apology for a 2010 raid, his 2007 campaign "
              "and Obama's 2012 victory.",
              NULL,
              "2010", "DATE", "2010", "none", "2010",
              "2007", "DATE", "2007", "none", "2007",
              "2012", "DATE", "2012", "none", "2012", NULL);
  check_tags ("Turnout at the May 2025 elections fell.", NULL,
              "May 2025", "DATE", "2025-05", "none", "2025-05", NULL);
}

static void
test_timex_centuries_and_decades (void)
{
  check_tags ("Art of the 20th century, the nineteenth century and 21st-century design.", NULL,
              "20th century", "DATE", "19", "none", "19",
              "nineteenth century", "DATE", "18", "none", "18",
              "21st-century", "DATE", "20", "none", "20", NULL);
  check_tags ("Music of the 90s, the mid-80s and the seventies.", NULL,
              "90s", "DATE", "199", "none", "199",
              "mid-80s", "DATE", "198", "none", "198",
              "seventies", "DATE", "197", "none", "197", NULL);
}

static void
test_timex_quarters_and_halves (void)
{
  check_tags ("Q2 2025 sales beat forecasts; fourth-quarter profit rose.", "2026-01-20",
              "Q2 2025", "DATE", "2025-Q2", "none", "2025-Q2",
              "fourth-quarter", "DATE", "2025-Q4", "published", "2025-Q4", NULL);
  check_values ("Output will recover in the first quarter.", "2025-08-01", "2026-Q1", NULL);
  /* Halves have a value but no calendar granularity. */
  check_tags ("Growth slowed in the first half of 2025.", NULL,
              "the first half of 2025", "DATE", "2025-H1", "none", "-", NULL);
  check_tags ("The third quarter was weak.", NULL,
              "The third quarter", "DATE", "XXXX-Q3", "none", "-", NULL);
}

/* chrono-node's must-not-match case "XXX is set to be released in the
 * second half of 2025" (wanasit/chrono#578) is about a shape: an ordinal
 * before a time unit ("the second", "the first hour") is a rank, never a
 * count of units from now. The half-year whose year is given is a TIMEX3
 * date all the same (chrono leaves it out of scope), and stays tagged. */
static void
test_timex_ordinal_is_not_a_unit (void)
{
  check_no_date ("XXX is set to be released in the second");
  check_no_date ("Brazil scored twice in the second half.");
  check_no_date ("He scored in the second minute and again in the first hour.");
  check_no_date ("The bill passed in the second reading.");

  check_tags ("XXX is set to be released in the second half of 2025", NULL,
              "the second half of 2025", "DATE", "2025-H2", "none", "-", NULL);
  check_tags ("XXX is set to be released in the second half of 2025", "2025-08-01",
              "the second half of 2025", "DATE", "2025-H2", "none", "-", NULL);
  check_tags ("The plant opens in the second half of next year.", "2025-08-01",
              "the second half of next year", "DATE", "2026-H2", "published", "-", NULL);
  check_tags ("Revenue rose in the second quarter of 2024 and in the second quarter.",
              "2025-08-01",
              "the second quarter of 2024", "DATE", "2024-Q2", "none", "2024-Q2",
              "the second quarter", "DATE", "2025-Q2", "published", "2025-Q2", NULL);
  /* the year beside a sports half is still a date; a counted unit a duration */
  check_tags ("Brazil scored in the second half in 2024.", NULL,
              "2024", "DATE", "2024", "none", "2024", NULL);
  check_tags ("The update lands in 30 seconds.", NULL,
              "30 seconds", "DURATION", "PT30S", "none", "-", NULL);
}

static void
test_timex_seasons (void)
{
  /* A value but no span: seasons have no calendar granularity. */
  check_tags ("Fighting resumed last summer and may ease by winter 2026.", "2025-03-10",
              "last summer", "DATE", "2024-SU", "published", "-",
              "winter 2026", "DATE", "2026-WI", "none", "-", NULL);
  check_tags ("Crops failed in the spring.", NULL,
              "spring", "DATE", "XXXX-SP", "none", "-", NULL);
  check_values ("Elections will be held in the fall.", "2025-03-10", "2025-FA", NULL);
}

static void
test_timex_ranges (void)
{
  check_tags ("The summit ran from 3 to 6 May 2004.", NULL,
              "3", "DATE", "2004-05-03", "none", "2004-05-03",
              "6 May 2004", "DATE", "2004-05-06", "none", "2004-05-06", NULL);
  check_tags ("Hearings are set for November 19-20.", NULL,
              "November 19", "DATE", "XXXX-11-19", "none", "-",
              "20", "DATE", "XXXX-11-20", "none", "-", NULL);
  check_tags ("Votes were cast on September 14 and 18, 2010.", NULL,
              "September 14", "DATE", "2010-09-14", "none", "2010-09-14",
              "18, 2010", "DATE", "2010-09-18", "none", "2010-09-18", NULL);
  check_tags ("Exports fell in May and June 2011.", NULL,
              "May", "DATE", "2011-05", "none", "2011-05",
              "June 2011", "DATE", "2011-06", "none", "2011-06", NULL);
}

static void
test_timex_weekends_and_weeks (void)
{
  /* Published Wednesday 30 July 2025. */
  check_tags ("Talks over the weekend failed, and Friday next week is the deadline.", "2025-07-30",
              "the weekend", "DATE", "2025-W30-WE", "published", "2025-W30",
              "Friday next week", "DATE", "2025-08-08", "published", "2025-08-08", NULL);
  check_values ("They will meet at the weekend.", "2025-07-30", "2025-W31-WE", NULL);
  check_values ("It began on Tuesday of last week.", "2025-07-30", "2025-07-22", NULL);
  check_values ("It began on Tuesday of last week.", NULL, "XXXX-WXX-2", NULL);
}

static void
test_timex_modifiers (void)
{
  check_tags ("By the end of March, and earlier Monday, late yesterday evening.", "2025-08-01",
              "the end of March", "DATE", "2025-03", "published", "2025-03",
              "earlier Monday", "DATE", "2025-07-28", "published", "2025-07-28",
              "late yesterday evening", "TIME", "2025-07-31TEV", "published", "2025-07-31", NULL);
  check_tags ("It opens this November 24, closes November next year and began May 5 last year.",
              "2025-08-01",
              "this November 24", "DATE", "2025-11-24", "published", "2025-11-24",
              "November next year", "DATE", "2026-11", "published", "2026-11",
              "May 5 last year", "DATE", "2024-05-05", "published", "2024-05-05", NULL);
}

static void
test_timex_vague_durations (void)
{
  check_tags ("Sanctions lasted for years; in recent weeks, days after the strike, "
              "a month earlier than planned.",
              "2025-08-01",
              "years", "DURATION", "PXY", "none", "-",
              "recent weeks", "DURATION", "PXW", "none", "-",
              "days", "DURATION", "PXD", "none", "-",
              "a month", "DURATION", "P1M", "none", "-", NULL);
}

static void
test_timex_tense_passives (void)
{
  /* "to be published" is a plan; "was published" a report. */
  check_values ("The memoir is due to be published in May.", "2025-03-10", "2025-05", NULL);
  check_values ("The memoir was published in May.", "2025-03-10", "2024-05", NULL);
  check_values ("The verdict will be announced on Friday.", "2025-07-30", "2025-08-01", NULL);
}

static void
test_timex_clock_times (void)
{
  /* Published Wednesday 30 July 2025. */
  check_tags ("Polls closed at 9 p.m. Friday; the count resumes tomorrow at 9:30 a.m. and "
              "ended yesterday at noon.", "2025-07-30",
              "9 p.m. Friday", "TIME", "2025-07-25T21:00", "published", "2025-07-25",
              "tomorrow at 9:30 a.m.", "TIME", "2025-07-31T09:30", "published", "2025-07-31",
              "yesterday at noon", "TIME", "2025-07-29T12:00", "published", "2025-07-29", NULL);
  check_tags ("Kick-off will be at 15:00 GMT on Saturday.", "2025-07-30",
              "15:00 GMT on Saturday", "TIME", "2025-08-02T15:00", "published", "2025-08-02", NULL);
  check_tags ("They met at 3 p.m. on July 31, 2025.", NULL,
              "3 p.m. on July 31, 2025", "TIME", "2025-07-31T15:00", "none", "2025-07-31", NULL);
  /* A time with no day is not placed, even with a publication date. */
  check_tags ("The curfew starts at 11PM.", "2025-07-30",
              "11PM", "TIME", "XXXX-XX-XXT23:00", "none", "-", NULL);
  /* Not times: a bare number, a decimal, a 24-hour reading without minutes. */
  check_no_date ("At 3 the crowd left; the index rose 3.5 points to 15 at one stage.");
}

static void
test_timex_references (void)
{
  check_tags ("Currently prices rise; recently they fell, and in the past they were stable.",
              "2025-07-30",
              "Currently", "DATE", "PRESENT_REF", "none", "-",
              "recently", "DATE", "PAST_REF", "none", "-",
              "the past", "DATE", "PAST_REF", "none", "-", NULL);
  check_values ("Profits fell this fiscal year, unlike fiscal 2024.",
                "2025-07-30", "2025", "2024", NULL);
}

static void
test_timex_byte_offsets (void)
{
  /* Multi-byte characters before the expressions: curly quotes, an
   * apostrophe, a dash. */
  const char *text = "“Kyiv’s defences held,” he said — the strike on July 31 killed 15.\n"
                     "Zelenskyy’s aide spoke on Wednesday.";
  DatelineWhen pub;
  g_autoptr(GPtrArray) timexes = NULL;
  const DatelineTimex *timex;

  g_assert_true (dateline_when_parse_value ("2025-08-01", &pub));
  timexes = dateline_timex_tag (text, -1, &pub);
  g_assert_cmpuint (timexes->len, ==, 2);

  timex = g_ptr_array_index (timexes, 0);
  g_assert_cmpuint (timex->start, ==, strstr (text, "July 31") - text);
  g_assert_cmpuint (timex->end - timex->start, ==, strlen ("July 31"));
  g_assert_cmpint (strncmp (text + timex->start, "July 31", timex->end - timex->start), ==, 0);

  timex = g_ptr_array_index (timexes, 1);
  g_assert_cmpuint (timex->start, ==, strstr (text, "Wednesday") - text);
  g_assert_cmpuint (timex->end, ==, strstr (text, "Wednesday") - text + strlen ("Wednesday"));
}

static void
test_timex_order_and_overlap (void)
{
  const char *text =
    "Monday, April 19, 2021 — in 2020 and in June 2019, then last week, earlier this week, "
    "three years ago, two days later, on Friday and on Saturday morning, the past two years, "
    "since 1959, mid-2024 and the 1990s.\nHeadline: talks on Aug. 8\nThey met 31 July 2025.";
  DatelineWhen pub;
  g_autoptr(GPtrArray) timexes = NULL;
  guint previous_end = 0;

  g_assert_true (dateline_when_parse_value ("2025-08-01", &pub));
  timexes = dateline_timex_tag (text, -1, &pub);
  g_assert_cmpuint (timexes->len, >=, 14);

  for (guint i = 0; i < timexes->len; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);

      g_assert_cmpuint (timex->start, >=, previous_end);
      g_assert_cmpuint (timex->end, >, timex->start);
      g_assert_false (g_ascii_isspace (text[timex->start]));
      g_assert_false (g_ascii_isspace (text[timex->end - 1]));
      g_assert_nonnull (timex->value);
      if (timex->type == DATELINE_TIMEX_DURATION || timex->type == DATELINE_TIMEX_SET)
        g_assert_false (dateline_when_is_dated (&timex->when));
      previous_end = timex->end;
    }
}

static void
test_timex_length_bound (void)
{
  /* @length cuts the text: "July 31 2025" read as its first 7 bytes. */
  const char *text = "July 31 2025";
  g_autoptr(GPtrArray) timexes = dateline_timex_tag (text, 7, NULL);
  g_autoptr(GPtrArray) empty = dateline_timex_tag ("", -1, NULL);
  g_autoptr(GPtrArray) none = dateline_timex_tag (NULL, 0, NULL);

  g_assert_cmpuint (timexes->len, ==, 1);
  g_assert_cmpstr (((DatelineTimex *) g_ptr_array_index (timexes, 0))->value, ==, "XXXX-07-31");
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_timex_undated_publication (void)
{
  /* An undated or coarser-than-day publication date anchors nothing. */
  DatelineWhen undated = DATELINE_WHEN_INIT;
  DatelineWhen month;
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;

  g_assert_true (dateline_when_parse_value ("2025-07", &month));
  a = dateline_timex_tag ("It rained on Monday.", -1, &undated);
  b = dateline_timex_tag ("It rained on Monday.", -1, &month);
  g_assert_cmpuint (a->len, ==, 1);
  g_assert_cmpuint (b->len, ==, 1);
  g_assert_cmpstr (((DatelineTimex *) g_ptr_array_index (a, 0))->value, ==, "XXXX-WXX-1");
  g_assert_cmpstr (((DatelineTimex *) g_ptr_array_index (b, 0))->value, ==, "XXXX-WXX-1");
}

static void
test_timex_long_sentence (void)
{
  /* 200 KB without a full stop or a line break: tagged in windows. */
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) timexes = NULL;
  guint found = 0;
  guint previous_end = 0;

  for (guint i = 0; i < 40; i++)
    {
      for (guint w = 0; w < 1000; w++)
        g_string_append (text, "word ");
      g_string_append (text, "on 31 July 2025 ");
    }

  timexes = dateline_timex_tag (text->str, (gssize) text->len, NULL);
  for (guint i = 0; i < timexes->len; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);

      g_assert_cmpuint (timex->start, >=, previous_end);
      previous_end = timex->end;
      if (g_strcmp0 (timex->value, "2025-07-31") == 0)
        found++;
    }
  /* At most one expression per window boundary can be cut. */
  g_assert_cmpuint (found, >=, 40 - text->len / 16384 - 1);
  g_assert_cmpuint (found, <=, 40);
}


/* HeidelTime's reference time: anaphors count from the last date the text
 * named, with or without a publication date. */
static void
test_timex_narrative_anaphors (void)
{
  const char *story = "On 3 March 2022 troops crossed the border. The next day they reached "
                      "the city. Two days later it was shelled.";

  check_tags (story, "2025-08-01",
              "3 March 2022", "DATE", "2022-03-03", "none", "2022-03-03",
              "The next day", "DATE", "2022-03-04", "narrative", "2022-03-04",
              "Two days later", "DATE", "2022-03-06", "narrative", "2022-03-06", NULL);
  /* no publication date: the same, never today's date */
  check_tags (story, NULL,
              "3 March 2022", "DATE", "2022-03-03", "none", "2022-03-03",
              "The next day", "DATE", "2022-03-04", "narrative", "2022-03-04",
              "Two days later", "DATE", "2022-03-06", "narrative", "2022-03-06", NULL);
  /* the reference moves with the narrative */
  check_tags ("The ship ran aground on 23 March 2021. That day the canal closed; the following "
              "Monday it reopened, and the day before, a tug arrived.", NULL,
              "23 March 2021", "DATE", "2021-03-23", "none", "2021-03-23",
              "That day", "DATE", "2021-03-23", "narrative", "2021-03-23",
              "the following Monday", "DATE", "2021-03-29", "narrative", "2021-03-29",
              "the day before", "DATE", "2021-03-28", "narrative", "2021-03-28", NULL);
  check_tags ("The truce was signed on 4 May 2019. It broke down later that month, and by the "
              "end of the year fighting had resumed; January 19th of that year was forgotten.",
              "2025-08-01",
              "4 May 2019", "DATE", "2019-05-04", "none", "2019-05-04",
              "later that month", "DATE", "2019-05", "narrative", "2019-05",
              "the end of the year", "DATE", "2019", "narrative", "2019",
              "January 19th of that year", "DATE", "2019-01-19", "narrative", "2019-01-19", NULL);
  /* a time of day stated with the day anchors hours */
  check_values ("They met at 10 a.m. on 31 July 2025. Two hours later the talks broke up.", NULL,
                "2025-07-31T10:00", "2025-07-31T12:00", NULL);
  /* the last day named has no year: "the same day" is that day, it does
   * not reach back to an older date that has one */
  check_tags ("The ship ran aground on 23 March 2021. Talks dragged on. Lawyers argued. "
              "A deal was signed on July 7. The same day it sailed.", NULL,
              "23 March 2021", "DATE", "2021-03-23", "none", "2021-03-23",
              "July 7", "DATE", "XXXX-07-07", "none", "-",
              "The same day", "DATE", "XXXX-07-07", "none", "-", NULL);
  /* the text named no date: the publication date, else nothing */
  check_tags ("The next day the port reopened.", "2025-08-01",
              "The next day", "DATE", "2025-08-02", "published", "2025-08-02", NULL);
  check_tags ("A week later the port reopened.", NULL,
              "A week later", "DATE", "XXXX-WXX", "none", "-", NULL);
}

/* When the narrative beats the publication date for a bare weekday, day
 * or month (dateline-timex-resolve.c, rule 3). */
static void
test_timex_narrative_rule (void)
{
  /* past tense, a date stated in the sentence before, long before the
   * publication: the narrative */
  check_tags ("On 3 March 2022 troops crossed the border. On Friday they reached Kharkiv.",
              "2025-08-01",
              "3 March 2022", "DATE", "2022-03-03", "none", "2022-03-03",
              "Friday", "DATE", "2022-03-04", "narrative", "2022-03-04", NULL);
  check_values ("In March 2019 the talks opened. In June they collapsed.", "2025-08-01",
                "2019-03", "2019-06", NULL);
  /* a schedule looks ahead from the publication date */
  check_values ("On 3 March 2022 troops crossed the border. The talks resume on Friday.",
                "2025-07-30", "2022-03-03", "2025-08-01", NULL);
  /* too far back */
  check_values ("On 3 March 2022 troops crossed the border. It rained. It snowed. It cleared. "
                "On Friday they withdrew.", "2025-08-01", "2022-03-03", "2025-08-01", NULL);
  /* a reference resolved from the publication date adds nothing */
  check_tags ("On Monday the ministers met. On Friday they signed.", "2025-08-01",
              "Monday", "DATE", "2025-07-28", "published", "2025-07-28",
              "Friday", "DATE", "2025-08-01", "published", "2025-08-01", NULL);
  /* deictic expressions never take the narrative */
  check_tags ("On 3 March 2022 troops crossed the border. Yesterday the minister resigned.",
              "2025-08-01",
              "3 March 2022", "DATE", "2022-03-03", "none", "2022-03-03",
              "Yesterday", "DATE", "2025-07-31", "published", "2025-07-31", NULL);
  /* a year alone does not override the publication date… */
  check_tags ("In 2011 the plant opened. On Feb. 28 it closed.", "2013-03-21",
              "2011", "DATE", "2011", "none", "2011",
              "Feb. 28", "DATE", "2013-02-28", "published", "2013-02-28", NULL);
  /* …but without one it is the best there is */
  check_tags ("In 2011 the plant opened. On Feb. 28 it closed.", NULL,
              "2011", "DATE", "2011", "none", "2011",
              "Feb. 28", "DATE", "2011-02-28", "narrative", "2011-02-28", NULL);
}

static void
test_timex_period_modifiers (void)
{
  check_tags ("Talks stalled in mid-June, resumed in early March, ended by the end of April, "
              "and will restart in late 2026 or the beginning of 2027.", "2025-08-01",
              "mid-June", "DATE", "2025-06", "published", "2025-06",
              "early March", "DATE", "2025-03", "published", "2025-03",
              "the end of April", "DATE", "2025-04", "published", "2025-04",
              "late 2026", "DATE", "2026", "none", "2026",
              "the beginning of 2027", "DATE", "2027", "none", "2027", NULL);
  check_mods ("Talks stalled in mid-June, resumed in early March, ended by the end of April, "
              "and will restart in late 2026 or the beginning of 2027.", "2025-08-01",
              "MID", "START", "END", "END", "START", NULL);
  check_mods ("It lasted about three years, less than 60 days, at least 20 minutes, almost a "
              "week, more than two months.", NULL,
              "APPROX", "LESS_THAN", "EQUAL_OR_MORE", "LESS_THAN", "MORE_THAN", NULL);
  check_tags ("It lasted less than 60 days.", NULL,
              "less than 60 days", "DURATION", "P60D", "none", "-", NULL);
}

static void
test_timex_seasons_with_years (void)
{
  check_tags ("Talks began in spring 2024, stalled in the winter of 2001 and the summer of '69.",
              NULL,
              "spring 2024", "DATE", "2024-SP", "none", "-",
              "winter of 2001", "DATE", "2001-WI", "none", "-",
              "summer of '69", "DATE", "1969-SU", "none", "-", NULL);
  /* a season on a line of its own is a heading; in running text it needs a
   * cue ("summer camp" is no date) */
  check_tags ("Summer\nThe summer camp opened.", NULL,
              "Summer", "DATE", "XXXX-SU", "none", "-", NULL);
}

static void
test_timex_month_by_tense (void)
{
  /* published 30 July 2025: the most recent February before, the next
   * one after */
  check_values ("Prices fell in February.", "2025-07-30", "2025-02", NULL);
  check_values ("Prices will fall in February.", "2025-07-30", "2026-02", NULL);
  check_values ("Prices fell in September.", "2025-07-30", "2024-09", NULL);
  check_values ("Prices will fall in September.", "2025-07-30", "2025-09", NULL);
}

static void
test_timex_anniversary (void)
{
  check_tags ("Crowds marked the fourth anniversary of the July 2021 protests.", NULL,
              "the fourth anniversary of the July 2021", "DATE", "2025-07", "none", "2025-07",
              NULL);
  check_values ("It fell on the 10th anniversary of the 2015 accord.", NULL, "2025", NULL);
}

static void
test_timex_durations_within_and_over (void)
{
  check_tags ("Troops must leave within 24 hours; growth will slow over the next decade.",
              "2025-08-01",
              "24 hours", "DURATION", "PT24H", "none", "-",
              "the next decade", "DURATION", "P10Y", "none", "-", NULL);
  check_tags ("The timer ran for 1 hour, 5 minutes and 30 seconds, then half an hour.", NULL,
              "1 hour, 5 minutes and 30 seconds", "DURATION", "PT1H5M30S", "none", "-",
              "half an hour", "DURATION", "PT30M", "none", "-", NULL);
  /* a race time is a length of time */
  check_tags ("She won, finishing in 3:07:35.", NULL,
              "3:07:35", "DURATION", "PT3H7M35S", "none", "-", NULL);
}

static void
test_timex_set_frequencies (void)
{
  check_tags ("Inspectors come every 5 years, twice a month, once a week, on Monday afternoons "
              "and every summer; reports appear annually.", NULL,
              "every 5 years", "SET", "P5Y", "none", "-",
              "twice a month", "SET", "P1M", "none", "-",
              "once a week", "SET", "P1W", "none", "-",
              "Monday afternoons", "SET", "XXXX-WXX-1TAF", "none", "-",
              "every summer", "SET", "XXXX-SU", "none", "-",
              "annually", "SET", "XXXX", "none", "-", NULL);
}

static void
test_timex_times_with_days (void)
{
  /* published Wednesday 30 July 2025 */
  check_tags ("Kick-off is at 3 p.m. on Friday; the vote was Tuesday at 9:30 a.m.", "2025-07-30",
              "3 p.m. on Friday", "TIME", "2025-08-01T15:00", "published", "2025-08-01",
              "Tuesday at 9:30 a.m.", "TIME", "2025-07-29T09:30", "published", "2025-07-29",
              NULL);
  check_tags ("Drones struck overnight on July 31 and again just before dawn Friday.", NULL,
              "overnight on July 31", "TIME", "XXXX-07-31TNI", "none", "-",
              "dawn Friday", "TIME", "XXXX-WXX-5TMO", "none", "-", NULL);
  check_tags ("The morning of April 18, 1775 was cold.", NULL,
              "The morning of April 18, 1775", "TIME", "1775-04-18TMO", "none", "1775-04-18",
              NULL);
  /* a clock range with its day after it: both times on that day */
  check_tags ("Open 9:00 AM to 5:00 PM, Tuesday, 20 May 2013.", NULL,
              "9:00 AM", "TIME", "2013-05-20T09:00", "none", "2013-05-20",
              "5:00 PM, Tuesday, 20 May 2013", "TIME", "2013-05-20T17:00", "none", "2013-05-20",
              NULL);
  /* "8 - 11pm": the first time takes the second's pm */
  check_values ("The curfew runs 8 - 11pm.", NULL, "XXXX-XX-XXT20:00", "XXXX-XX-XXT23:00", NULL);
  /* seconds, fractions, midnight, ISO 8601 with a zone */
  check_values ("Logged at 20:29:29.79 and at midnight; filed 2025-07-31T14:00Z.", NULL,
                "XXXX-XX-XXT20:29:29.79", "XXXX-XX-XXT24:00", "2025-07-31T14:00+00", NULL);
  check_values ("Sat, 29 Jan 2005 17:21:13 -0600", NULL, "2005-01-29T17:21:13-06", NULL);
}

static void
test_timex_numeric_dates (void)
{
  check_tags ("Filed 31/07/2025 and 07/31/2025; also 2015.05.25, 05.25.2015 and 12-30-16.", NULL,
              "31/07/2025", "DATE", "2025-07-31", "none", "2025-07-31",
              "07/31/2025", "DATE", "2025-07-31", "none", "2025-07-31",
              "2015.05.25", "DATE", "2015-05-25", "none", "2015-05-25",
              "05.25.2015", "DATE", "2015-05-25", "none", "2015-05-25",
              "12-30-16", "DATE", "2016-12-30", "none", "2016-12-30", NULL);
  /* 04/05/2025 is 4 May or 5 April: left alone… */
  check_no_date ("The hearing on 04/05/2025 was delayed.");
  /* …unless the document writes its dates day first */
  check_values ("Filed 31/07/2025, amended 04/05/2025.", NULL, "2025-07-31", "2025-05-04", NULL);
  /* …or a weekday says which: 7 December 2014 was a Sunday */
  check_values ("Sunday 12/7/2014", NULL, "2014-12-07", NULL);
  check_values ("Published: 04/2016", NULL, "2016-04", NULL);
  check_values ("Filed 5/31.", "2025-07-30", "2025-05-31", NULL);
  /* not dates */
  check_no_date ("Open 24/7, with 3/4 of voters in favour.");
  check_no_date ("Version: 1.1.30 and 1-2-3 and 20-30-12.");
  check_no_date ("An appointment on 13/31/2018 and 02/29/2022.");
}

static void
test_timex_two_digit_years (void)
{
  check_tags ("He graduated in '98 and left at Christmas '87. He married on Aug 9, 96.", NULL,
              "'98", "DATE", "1998", "none", "1998",
              "Christmas '87", "DATE", "1987-12-25", "none", "1987-12-25",
              "Aug 9, 96", "DATE", "1996-08-09", "none", "1996-08-09", NULL);
  /* a count after a day is no year */
  check_tags ("On May 5 20 people died.", NULL,
              "May 5", "DATE", "XXXX-05-05", "none", "-", NULL);
}

static void
test_timex_ordinal_days (void)
{
  check_tags ("Elections on the first of May, May first, the 4th of July and May twenty-fourth.",
              NULL,
              "first of May", "DATE", "XXXX-05-01", "none", "-",
              "May first", "DATE", "XXXX-05-01", "none", "-",
              "4th of July", "DATE", "XXXX-07-04", "none", "-",
              "May twenty-fourth", "DATE", "XXXX-05-24", "none", "-", NULL);
}

static void
test_timex_holidays (void)
{
  check_tags ("Markets closed on Christmas 2010, Easter Sunday 2010 and Thanksgiving 2025.", NULL,
              "Christmas 2010", "DATE", "2010-12-25", "none", "2010-12-25",
              "Easter Sunday 2010", "DATE", "2010-04-04", "none", "2010-04-04",
              "Thanksgiving 2025", "DATE", "2025-11-27", "none", "2025-11-27", NULL);
  check_values ("Talks will resume after Good Friday.", "2025-04-10", "2025-04-18", NULL);
  /* without a year: a fixed holiday keeps its day, a movable one nothing */
  check_values ("They met on Christmas Eve and at Easter.", NULL, "XXXX-12-24", "XXXX-XX-XX",
                NULL);
  check_no_date ("Christmas trees and Easter eggs sold out.");
}

static void
test_timex_eras_and_spelled_years (void)
{
  check_tags ("Rome fell in 190 BC; the 2nd century BC; August 10, 345 BC.", NULL,
              "190 BC", "DATE", "BC0190", "none", "-",
              "2nd century BC", "DATE", "BC01", "none", "-",
              "August 10, 345 BC", "DATE", "BC0345-08-10", "none", "-", NULL);
  check_values ("In nineteen ninety-one and two thousand and ten.", NULL, "1991", "2010", NULL);
  check_values ("The Buddhist year 2555 BE.", NULL, "2012", NULL);
}

static void
test_timex_present_tense_schedules (void)
{
  /* published Wednesday 30 July 2025 */
  check_values ("The summit begins Friday.", "2025-07-30", "2025-08-01", NULL);
  check_values ("The ceasefire expires on Sunday.", "2025-07-30", "2025-08-03", NULL);
  check_values ("Parliament is in recess until Monday.", "2025-07-30", "2025-08-04", NULL);
  check_values ("The match, postponed until Saturday, sold out.", "2025-07-30", "2025-08-02", NULL);
  /* a participle after "is" is a report: "is accused of … on Sunday" */
  check_values ("He is accused of attacking a man on Sunday.", "2025-07-30", "2025-07-27", NULL);
  check_values ("The talks began on Sunday.", "2025-07-30", "2025-07-27", NULL);
}

static void
test_timex_weekday_without_tense (void)
{
  /* no tense at all: the nearer one (Thursday 9 August 2012) */
  check_values ("Monday", "2012-08-09", "2012-08-06", NULL);
  check_values ("Sunday", "2012-08-09", "2012-08-12", NULL);
  /* "next Friday" is the Friday of next week, "this Friday" of this one */
  check_values ("next Friday", "2025-07-30", "2025-08-08", NULL);
  check_values ("this Friday", "2025-07-30", "2025-08-01", NULL);
}

static void
test_timex_options (void)
{
  DatelineWhen pub;
  DatelineTimexOptions options = DATELINE_TIMEX_OPTIONS_INIT;
  g_autofree char *news = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *day = NULL;
  g_autofree char *none = NULL;

  g_assert_true (dateline_when_parse_value ("2012-08-09", &pub));   /* a Thursday */
  options.published = &pub;
  news = values_with_options ("See you Monday.", &options);
  options.prefer_future = TRUE;
  agenda = values_with_options ("See you Monday.", &options);
  g_assert_cmpstr (news, ==, "2012-08-06");
  g_assert_cmpstr (agenda, ==, "2012-08-13");

  /* the time of publication places "two hours ago" */
  options.prefer_future = FALSE;
  options.published_time = 1 * 3600 + 30 * 60;
  clock = values_with_options ("It struck two hours ago.", &options);
  g_assert_cmpstr (clock, ==, "2012-08-08T23:30");
  options.published_time = -1;
  day = values_with_options ("It struck two hours ago.", &options);
  g_assert_cmpstr (day, ==, "2012-08-09");

  none = values_with_options ("It struck on Monday.", NULL);
  g_assert_cmpstr (none, ==, "XXXX-WXX-1");
}

static void
test_timex_combined_offsets (void)
{
  /* published Wednesday 2 February 2022 */
  check_tags ("They meet two days after next Friday, not the day before yesterday.", "2022-02-02",
              "two days after next Friday", "DATE", "2022-02-13", "published", "2022-02-13",
              "the day before yesterday", "DATE", "2022-01-31", "published", "2022-01-31", NULL);
  check_values ("Due 2023-12-29 -10days.", NULL, "2023-12-19", NULL);
  check_values ("+2 months, 5 days", "2016-10-01", "2016-12-06", NULL);
  check_tags ("Elections are in 5 days, the vote was 3 weeks ago.", "2025-08-01",
              "5 days", "DURATION", "P5D", "none", "-",
              "3 weeks ago", "DATE", "2025-07-11", "published", "2025-07-11", NULL);
}

static void
test_timex_impossible_dates (void)
{
  check_no_date ("It was due on 32 August 2014, or August 32, or June 31, 2022.");
  check_no_date ("The window ran June 10 - 31, 2022.");
  check_no_date ("At 14PM or 25:12 nothing happened.");
  check_no_date ("I'm at 10.1 - 10.12 and then 7-730.");
  check_no_date ("It lasted a day, the day of the vote, in them.");
  /* vague counts take plurals: "a few hour" is no duration */
  check_tags ("It took a few hour.", NULL, NULL);
}

static void
test_timex_product_names_and_counts (void)
{
  check_no_date ("Microsoft Office 2019 and Windows 2000 run on a Boeing 777.");
  check_no_date ("The iPhone 12 and Galaxy S21 sold 2024 units; Apollo 11 landed.");
  check_no_date ("Room 2024 is on floor 12; flight 370 left at gate 12.");
  check_no_date ("Call 555-1234 or 020 7946 0958.");
  /* a quarter's results reported in the present tense are the past quarter's */
  check_values ("\"Our third-quarter results clearly show Ford is making progress,\" he said.",
                "2009-11-03", "2009-Q3", NULL);
}

static void
test_timex_clock_on_narrative_day (void)
{
  /* a bare time takes the day just named, not the publication date */
  check_tags ("On June 1, 2009 the bill passed. The vote closed at 12:00 UTC.", "2009-06-04",
              "June 1, 2009", "DATE", "2009-06-01", "none", "2009-06-01",
              "12:00 UTC", "TIME", "2009-06-01T12:00", "narrative", "2009-06-01", NULL);
}

static void
test_timex_api (void)
{
  g_autoptr(DatelineTimex) stated =
    dateline_timex_new (3, 10, DATELINE_TIMEX_DATE, "2025-07", DATELINE_ANCHOR_NONE);
  g_autoptr(DatelineTimex) resolved =
    dateline_timex_new (0, 9, DATELINE_TIMEX_DATE, "2025-W31", DATELINE_ANCHOR_PUBLISHED);
  g_autoptr(DatelineTimex) duration =
    dateline_timex_new (0, 7, DATELINE_TIMEX_DURATION, "P3Y", DATELINE_ANCHOR_NONE);
  g_autoptr(DatelineTimex) open =
    dateline_timex_new (0, 7, DATELINE_TIMEX_DATE, "XXXX-07-31", DATELINE_ANCHOR_NONE);
  g_autoptr(DatelineTimex) copy = NULL;
  DatelineTimexType type;
  DatelineAnchor anchor;

  g_assert_cmpint (stated->when.granularity, ==, DATELINE_GRANULARITY_MONTH);
  g_assert_cmpint (stated->when.certainty, ==, DATELINE_CERTAINTY_STATED);
  g_assert_cmpint (resolved->when.granularity, ==, DATELINE_GRANULARITY_WEEK);
  g_assert_cmpint (resolved->when.certainty, ==, DATELINE_CERTAINTY_RESOLVED);
  g_assert_false (dateline_when_is_dated (&duration->when));
  g_assert_false (dateline_when_is_dated (&open->when));

  copy = dateline_timex_copy (stated);
  g_assert_true (copy->value != stated->value);
  g_assert_cmpstr (copy->value, ==, "2025-07");
  g_assert_cmpuint (copy->start, ==, 3);
  g_assert_cmpuint (copy->end, ==, 10);
  g_assert_true (dateline_when_equal (&copy->when, &stated->when));

  for (guint i = DATELINE_TIMEX_DATE; i <= DATELINE_TIMEX_SET; i++)
    {
      g_assert_true (dateline_timex_type_from_string (dateline_timex_type_to_string (i), &type));
      g_assert_cmpint (type, ==, i);
    }
  for (guint i = DATELINE_ANCHOR_NONE; i <= DATELINE_ANCHOR_NARRATIVE; i++)
    {
      g_assert_true (dateline_anchor_from_string (dateline_anchor_to_string (i), &anchor));
      g_assert_cmpint (anchor, ==, i);
    }
  g_assert_cmpstr (dateline_timex_type_to_string (DATELINE_TIMEX_DURATION), ==, "DURATION");
  g_assert_cmpstr (dateline_anchor_to_string (DATELINE_ANCHOR_PUBLISHED), ==, "published");
  g_assert_false (dateline_timex_type_from_string ("date", &type));
  g_assert_false (dateline_anchor_from_string ("PUBLISHED", &anchor));
  g_assert_false (dateline_anchor_from_string (NULL, &anchor));

  for (guint i = DATELINE_TIMEX_MOD_NONE; i <= DATELINE_TIMEX_MOD_EQUAL_OR_MORE; i++)
    {
      DatelineTimexMod mod;

      g_assert_true (dateline_timex_mod_from_string (dateline_timex_mod_to_string (i), &mod));
      g_assert_cmpint (mod, ==, i);
    }
  g_assert_null (dateline_timex_mod_to_string (DATELINE_TIMEX_MOD_NONE));
  g_assert_cmpstr (dateline_timex_mod_to_string (DATELINE_TIMEX_MOD_MID), ==, "MID");

  /* the mod survives a copy */
  {
    g_autoptr(GPtrArray) tagged = dateline_timex_tag ("in mid-June 2025", -1, NULL);
    g_autoptr(DatelineTimex) mid_copy = NULL;

    g_assert_cmpuint (tagged->len, ==, 1);
    mid_copy = dateline_timex_copy (g_ptr_array_index (tagged, 0));
    g_assert_cmpint (mid_copy->mod, ==, DATELINE_TIMEX_MOD_MID);
    g_assert_cmpstr (mid_copy->value, ==, "2025-06");
  }

  dateline_timex_free (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timex/explicit/full-dates", test_timex_full_dates);
  g_test_add_func ("/timex/explicit/numeric-dates", test_timex_numeric_dates);
  g_test_add_func ("/timex/explicit/two-digit-years", test_timex_two_digit_years);
  g_test_add_func ("/timex/explicit/ordinal-days", test_timex_ordinal_days);
  g_test_add_func ("/timex/explicit/holidays", test_timex_holidays);
  g_test_add_func ("/timex/explicit/eras-and-spelled-years", test_timex_eras_and_spelled_years);
  g_test_add_func ("/timex/explicit/anniversary", test_timex_anniversary);
  g_test_add_func ("/timex/periods/modifiers", test_timex_period_modifiers);
  g_test_add_func ("/timex/periods/seasons-with-years", test_timex_seasons_with_years);
  g_test_add_func ("/timex/narrative/anaphors", test_timex_narrative_anaphors);
  g_test_add_func ("/timex/narrative/rule", test_timex_narrative_rule);
  g_test_add_func ("/timex/resolve/month-by-tense", test_timex_month_by_tense);
  g_test_add_func ("/timex/resolve/present-tense-schedules", test_timex_present_tense_schedules);
  g_test_add_func ("/timex/resolve/weekday-without-tense", test_timex_weekday_without_tense);
  g_test_add_func ("/timex/resolve/combined-offsets", test_timex_combined_offsets);
  g_test_add_func ("/timex/resolve/options", test_timex_options);
  g_test_add_func ("/timex/durations/within-and-over", test_timex_durations_within_and_over);
  g_test_add_func ("/timex/sets/frequencies", test_timex_set_frequencies);
  g_test_add_func ("/timex/times/with-days", test_timex_times_with_days);
  g_test_add_func ("/timex/not-dates/impossible", test_timex_impossible_dates);
  g_test_add_func ("/timex/not-dates/product-names-and-counts",
                   test_timex_product_names_and_counts);
  g_test_add_func ("/timex/times/clock-on-narrative-day", test_timex_clock_on_narrative_day);
  g_test_add_func ("/timex/explicit/month-year", test_timex_month_year);
  g_test_add_func ("/timex/explicit/abbreviated-months", test_timex_abbreviated_months);
  g_test_add_func ("/timex/explicit/bare-years", test_timex_bare_years);
  g_test_add_func ("/timex/resolve/month-day-nearest-year", test_timex_month_day_nearest_year);
  g_test_add_func ("/timex/resolve/month-alone", test_timex_month_alone);
  g_test_add_func ("/timex/resolve/unresolved-without-publication",
                   test_timex_unresolved_without_publication);
  g_test_add_func ("/timex/resolve/undated-publication", test_timex_undated_publication);
  g_test_add_func ("/timex/weekday/past", test_timex_weekday_past);
  g_test_add_func ("/timex/weekday/future", test_timex_weekday_future);
  g_test_add_func ("/timex/weekday/shifted", test_timex_weekday_shifted);
  g_test_add_func ("/timex/relative/days", test_timex_relative_days);
  g_test_add_func ("/timex/relative/weeks", test_timex_relative_weeks);
  g_test_add_func ("/timex/relative/months-years", test_timex_relative_months_years);
  g_test_add_func ("/timex/relative/offsets", test_timex_offsets);
  g_test_add_func ("/timex/durations", test_timex_durations);
  g_test_add_func ("/timex/sets", test_timex_sets);
  g_test_add_func ("/timex/not-dates", test_timex_not_dates);
  g_test_add_func ("/timex/may-as-month", test_timex_may_as_month);
  g_test_add_func ("/timex/not-durations", test_timex_not_durations);
  g_test_add_func ("/timex/explicit/year-modifiers", test_timex_year_modifiers);
  g_test_add_func ("/timex/explicit/centuries-and-decades", test_timex_centuries_and_decades);
  g_test_add_func ("/timex/explicit/quarters-and-halves", test_timex_quarters_and_halves);
  g_test_add_func ("/timex/not-dates/ordinal-is-not-a-unit", test_timex_ordinal_is_not_a_unit);
  g_test_add_func ("/timex/explicit/seasons", test_timex_seasons);
  g_test_add_func ("/timex/explicit/ranges", test_timex_ranges);
  g_test_add_func ("/timex/relative/weekends-and-weeks", test_timex_weekends_and_weeks);
  g_test_add_func ("/timex/relative/modifiers", test_timex_modifiers);
  g_test_add_func ("/timex/durations/vague", test_timex_vague_durations);
  g_test_add_func ("/timex/weekday/tense-passives", test_timex_tense_passives);
  g_test_add_func ("/timex/clock-times", test_timex_clock_times);
  g_test_add_func ("/timex/references", test_timex_references);
  g_test_add_func ("/timex/byte-offsets", test_timex_byte_offsets);
  g_test_add_func ("/timex/order-and-overlap", test_timex_order_and_overlap);
  g_test_add_func ("/timex/length-bound", test_timex_length_bound);
  g_test_add_func ("/timex/long-sentence", test_timex_long_sentence);
  g_test_add_func ("/timex/api", test_timex_api);

  return g_test_run ();
}
