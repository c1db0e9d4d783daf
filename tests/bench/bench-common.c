/* bench-common.c — synthetic timelines and timing for the benchmarks
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dateline-date.h"
#include "dateline-event.h"
#include "bench-common.h"

#define N_BURSTS 60

static const char * const title_words[] = {
  "talks", "resume", "after", "ceasefire", "minister", "says", "strike", "port",
  "vote", "delayed", "court", "orders", "ship", "released", "sanctions", "eased",
  "leaders", "meet", "in", "Geneva", "deadline", "extended", "attack", "on",
  "convoy", "agreement", "signed", "election", "called", "for", "spring", "envoy",
};

void
bench_range (double *begin,
             double *end)
{
  *begin = dateline_julian_from_ymd (2006, 1, 1);
  *end = dateline_julian_from_ymd (2006 + BENCH_YEARS, 1, 1);
}

/* A normal deviate (Box-Muller), for the width of bursts. */
static double
gaussian (GRand *rand)
{
  double u = g_rand_double_range (rand, 1e-12, 1.0);
  double v = g_rand_double (rand);

  return sqrt (-2.0 * log (u)) * cos (2 * G_PI * v);
}

DatelineLayoutItem *
bench_make_items (guint    n,
                  char  ***titles)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101u + n);
  DatelineLayoutItem *items = g_new0 (DatelineLayoutItem, MAX (n, 1));
  double bursts[N_BURSTS];
  double begin, end;

  bench_range (&begin, &end);
  for (guint b = 0; b < N_BURSTS; b++)
    bursts[b] = g_rand_double_range (rand, begin + 30, end - 30);

  if (titles != NULL)
    *titles = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      DatelineLayoutItem *item = &items[i];
      double day;
      guint shape = g_rand_int_range (rand, 0, 100);

      /* Two thirds spread evenly, one third in bursts a few weeks wide. */
      if (g_rand_int_range (rand, 0, 3) == 0)
        day = bursts[g_rand_int_range (rand, 0, N_BURSTS)] + 12.0 * gaussian (rand);
      else
        day = g_rand_double_range (rand, begin, end);
      day = CLAMP (floor (day), begin, end - 1);

      item->start = day;
      item->end = day + 1;
      item->flags = 0;

      if (shape < 84)
        ;                                    /* a day */
      else if (shape < 88)
        {                                    /* an ISO week */
          item->start = day - fmod (day, 7.0);
          item->end = item->start + 7;
          item->flags |= DATELINE_LAYOUT_FLAG_SPAN;
        }
      else if (shape < 96)
        {                                    /* a month */
          int y, m, d;

          dateline_julian_to_ymd ((guint32) day, &y, &m, &d);
          item->start = dateline_julian_from_ymd (y, m, 1);
          item->end = m == 12 ? dateline_julian_from_ymd (y + 1, 1, 1) : dateline_julian_from_ymd (y, m + 1, 1);
          item->flags |= DATELINE_LAYOUT_FLAG_SPAN;
        }
      else if (shape < 98)
        {                                    /* a year */
          int y, m, d;

          dateline_julian_to_ymd ((guint32) day, &y, &m, &d);
          item->start = dateline_julian_from_ymd (y, 1, 1);
          item->end = dateline_julian_from_ymd (y + 1, 1, 1);
          item->flags |= DATELINE_LAYOUT_FLAG_SPAN;
        }
      else
        item->end = day + g_rand_int_range (rand, 2, 15);   /* a range of days */

      if (g_rand_int_range (rand, 0, 3) == 0)
        item->flags |= DATELINE_LAYOUT_FLAG_INFERRED;

      item->kind = g_rand_int_range (rand, 0, DATELINE_EVENT_N_KINDS);
      if (item->kind == DATELINE_EVENT_DEADLINE)
        item->flags |= DATELINE_LAYOUT_FLAG_FUTURE;
      item->event_index = i;
      item->lane = 0;
      item->group = g_rand_int_range (rand, 0, BENCH_LANES);
      /* Most events have one source, a few many. */
      item->weight = 1 + (guint) floor (-log (g_rand_double_range (rand, 1e-9, 1.0)) * 1.5);

      if (titles != NULL)
        {
          GString *title = g_string_new (NULL);
          guint words = g_rand_int_range (rand, 3, 9);

          for (guint w = 0; w < words; w++)
            {
              if (w > 0)
                g_string_append_c (title, ' ');
              g_string_append (title, title_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (title_words))]);
            }
          (*titles)[i] = g_string_free (title, FALSE);
        }
    }

  return items;
}

DatelineLayout *
bench_make_layout (guint n)
{
  g_auto(GStrv) titles = NULL;
  g_autofree DatelineLayoutItem *items = bench_make_items (n, &titles);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  for (guint g = 0; g < BENCH_LANES; g++)
    g_ptr_array_add (labels, g_strdup_printf ("Lane %u", g + 1));

  return dateline_layout_new_for_groups (items, n, (const char * const *) titles,
                                         (const char * const *) labels->pdata, labels->len);
}

void
bench_zoom_range (guint   level,
                  guint   round,
                  double *begin,
                  double *end)
{
  static const double centres[] = { 0.5, 0.13, 0.37, 0.71, 0.9, 0.25, 0.62 };
  double first, last, full, span, centre;

  bench_range (&first, &last);
  full = last - first;
  /* Geometric steps from the whole range down to one day. */
  span = full * pow (1.0 / full, (double) level / (BENCH_ZOOM_LEVELS - 1));
  centre = first + full * centres[round % G_N_ELEMENTS (centres)];
  centre = CLAMP (centre, first + span / 2, last - span / 2);

  *begin = centre - span / 2;
  *end = centre + span / 2;
}

static clockid_t bench_clock = CLOCK_MONOTONIC;

void
bench_use_cpu_time (void)
{
  bench_clock = CLOCK_THREAD_CPUTIME_ID;
}

double
bench_now_seconds (void)
{
  struct timespec now;

  clock_gettime (bench_clock, &now);

  return now.tv_sec + now.tv_nsec * 1e-9;
}

static int
compare_double (const void *a,
                const void *b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

double
bench_percentile (double *values,
                  guint   n,
                  double  p)
{
  double rank;
  guint lo;

  if (n == 0)
    return NAN;

  qsort (values, n, sizeof (double), compare_double);
  /* Linear interpolation between the closest ranks. */
  rank = p * (n - 1);
  lo = (guint) floor (rank);
  if (lo + 1 >= n)
    return values[n - 1];

  return values[lo] + (rank - lo) * (values[lo + 1] - values[lo]);
}

GArray *
bench_parse_sizes (int    *argc,
                   char ***argv)
{
  GArray *sizes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (int i = 1; i < *argc; i++)
    {
      if (g_strcmp0 ((*argv)[i], "--cpu-time") == 0)
        bench_use_cpu_time ();
      else if (g_str_has_prefix ((*argv)[i], "--sizes="))
        {
          g_auto(GStrv) parts = g_strsplit ((*argv)[i] + strlen ("--sizes="), ",", -1);

          for (guint k = 0; parts[k] != NULL; k++)
            {
              guint value = (guint) g_ascii_strtoull (parts[k], NULL, 10);

              if (value > 0)
                g_array_append_val (sizes, value);
            }
        }
    }

  if (sizes->len == 0)
    {
      static const guint defaults[] = { 1000, 10000, 100000, 1000000 };

      g_array_append_vals (sizes, defaults, G_N_ELEMENTS (defaults));
    }

  return sizes;
}
