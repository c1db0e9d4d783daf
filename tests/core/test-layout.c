/* test-layout.c — sorting, lanes and search of DatelineLayout
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dateline-date.h"
#include "dateline-event.h"
#include "dateline-layout.h"

static DatelineLayoutItem
make_item (double  start,
           double  end,
           guint32 event_index)
{
  DatelineLayoutItem item = { start, end, 0, 0, event_index, 0 };

  return item;
}

/* Items in the same lane must not overlap in time: that is what keeps
 * marks from hiding each other. Quadratic, for small inputs only. */
static void
assert_lanes_disjoint (DatelineLayout *layout)
{
  const DatelineLayoutItem *items;
  guint n_items;

  items = dateline_layout_get_items (layout, &n_items);

  for (guint i = 0; i < n_items; i++)
    {
      g_assert_cmpuint (items[i].lane, <, dateline_layout_get_n_lanes (layout));

      for (guint j = i + 1; j < n_items; j++)
        {
          gboolean overlap;

          if (items[i].lane != items[j].lane)
            continue;

          overlap = items[i].start < items[j].end && items[j].start < items[i].end;
          /* Zero-length items at the same instant also collide. */
          if (items[i].start == items[j].start)
            overlap = TRUE;

          g_assert_false (overlap);
        }
    }
}

static void
test_layout_sorting_and_titles (void)
{
  DatelineLayoutItem items[] = {
    make_item (30, 31, 0),
    make_item (10, 11, 1),
    make_item (20, 25, 2),
    make_item (10, 15, 3),
  };
  const char *titles[] = { "thirty", "ten", "twenty", "ten long" };
  g_autoptr(DatelineLayout) layout = dateline_layout_new_for_items (items, G_N_ELEMENTS (items), titles);
  const DatelineLayoutItem *sorted;
  guint n;

  sorted = dateline_layout_get_items (layout, &n);
  g_assert_cmpuint (n, ==, 4);

  for (guint i = 1; i < n; i++)
    g_assert_cmpfloat (sorted[i - 1].start, <=, sorted[i].start);

  /* The longer of two items starting together comes first. */
  g_assert_cmpuint (sorted[0].event_index, ==, 3);
  g_assert_cmpuint (sorted[1].event_index, ==, 1);

  /* Titles follow their items through the sort. */
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (dateline_layout_get_item_title (layout, i), ==, titles[sorted[i].event_index]);

  g_assert_cmpuint (dateline_layout_get_n_undated (layout), ==, 0);
  assert_lanes_disjoint (layout);
  g_assert_cmpuint (dateline_layout_get_n_lanes (layout), ==, 2);
}

static void
test_layout_lanes (void)
{
  DatelineLayoutItem items[] = {
    make_item (0, 10, 0),
    make_item (2, 4, 1),
    make_item (3, 5, 2),
    make_item (4, 6, 3),   /* reuses lane 1: item 1 ended at 4 */
    make_item (10, 12, 4), /* lane 0 again */
    make_item (5, 5, 5),   /* zero length */
    make_item (5, 5, 6),   /* the same instant: another lane */
  };
  g_autoptr(DatelineLayout) layout = dateline_layout_new_for_items (items, G_N_ELEMENTS (items), NULL);
  const DatelineLayoutItem *sorted;
  guint n, item;

  sorted = dateline_layout_get_items (layout, &n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (items));
  assert_lanes_disjoint (layout);

  item = dateline_layout_lookup_event (layout, 0);
  g_assert_cmpuint (sorted[item].lane, ==, 0);
  item = dateline_layout_lookup_event (layout, 3);
  g_assert_cmpuint (sorted[item].lane, ==, 1);
  item = dateline_layout_lookup_event (layout, 4);
  g_assert_cmpuint (sorted[item].lane, ==, 0);
  g_assert_cmpuint (sorted[dateline_layout_lookup_event (layout, 5)].lane, !=,
                    sorted[dateline_layout_lookup_event (layout, 6)].lane);

  /* Without titles every title is empty, never NULL. */
  g_assert_cmpstr (dateline_layout_get_item_title (layout, 0), ==, "");
}

static void
test_layout_many_lanes (void)
{
  /* 200 events on the same day: 200 lanes, found in O(log lanes) each. */
  g_autofree DatelineLayoutItem *items = g_new (DatelineLayoutItem, 200);
  g_autoptr(DatelineLayout) layout = NULL;
  const DatelineLayoutItem *sorted;
  guint n;

  for (guint i = 0; i < 200; i++)
    items[i] = make_item (100, 101, i);

  layout = dateline_layout_new_for_items (items, 200, NULL);
  g_assert_cmpuint (dateline_layout_get_n_lanes (layout), ==, 200);

  sorted = dateline_layout_get_items (layout, &n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (sorted[i].lane, ==, i);
}

static void
test_layout_undated_and_extent (void)
{
  DatelineLayoutItem items[] = {
    make_item (NAN, NAN, 0),
    make_item (1000, 1001, 1),
    make_item (INFINITY, INFINITY, 2),
    make_item (1200, 1201, 3),
  };
  g_autoptr(DatelineLayout) layout = dateline_layout_new_for_items (items, G_N_ELEMENTS (items), NULL);
  g_autoptr(DatelineLayout) empty = dateline_layout_new_for_items (NULL, 0, NULL);
  g_autoptr(DatelineLayout) single = NULL;
  DatelineLayoutItem one = make_item (500, 501, 7);
  double begin, end;
  guint n;

  dateline_layout_get_items (layout, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (dateline_layout_get_n_undated (layout), ==, 2);
  g_assert_cmpuint (dateline_layout_lookup_event (layout, 0), ==, G_MAXUINT);
  g_assert_cmpuint (dateline_layout_lookup_event (layout, 2), ==, G_MAXUINT);
  g_assert_cmpuint (dateline_layout_lookup_event (layout, 99), ==, G_MAXUINT);

  /* 5 % of 201 days on each side. */
  g_assert_true (dateline_layout_get_extent (layout, &begin, &end));
  g_assert_cmpfloat_with_epsilon (begin, 1000 - 10.05, 1e-9);
  g_assert_cmpfloat_with_epsilon (end, 1201 + 10.05, 1e-9);

  /* A single day still gets at least a day on each side. */
  single = dateline_layout_new_for_items (&one, 1, NULL);
  g_assert_true (dateline_layout_get_extent (single, &begin, &end));
  g_assert_cmpfloat (begin, <=, 499);
  g_assert_cmpfloat (end, >=, 502);

  g_assert_false (dateline_layout_get_extent (empty, &begin, &end));
  g_assert_cmpuint (dateline_layout_find_first (empty, 3), ==, 0);
  g_assert_cmpuint (dateline_layout_get_n_lanes (empty), ==, 0);
}

static guint
linear_find_first (const DatelineLayoutItem *items,
                   guint                     n,
                   double                    t)
{
  for (guint i = 0; i < n; i++)
    if (items[i].end > t)
      return i;

  return n;
}

static void
test_layout_find_first_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);

  for (guint round = 0; round < 20; round++)
    {
      guint n_items = g_rand_int_range (rand, 1, 3000);
      g_autofree DatelineLayoutItem *items = g_new (DatelineLayoutItem, n_items);
      g_autoptr(DatelineLayout) layout = NULL;
      const DatelineLayoutItem *sorted;
      guint n;

      for (guint i = 0; i < n_items; i++)
        {
          double start = g_rand_int_range (rand, 0, 10000);
          double length;

          /* Mostly days, some months, a few very long spans that push the
           * running maximum far ahead of the neighbouring ends. */
          switch (g_rand_int_range (rand, 0, 20))
            {
            case 0:
              length = g_rand_int_range (rand, 1000, 9000);
              break;
            case 1: case 2: case 3:
              length = 30;
              break;
            case 4:
              length = 0;
              break;
            default:
              length = 1;
            }

          items[i] = make_item (start, start + length, i);
        }

      layout = dateline_layout_new_for_items (items, n_items, NULL);
      sorted = dateline_layout_get_items (layout, &n);
      g_assert_cmpuint (n, ==, n_items);

      for (guint probe = 0; probe < 500; probe++)
        {
          double t = g_rand_double_range (rand, -100, 20000);
          guint first = dateline_layout_find_first (layout, t);
          guint start;

          g_assert_cmpuint (first, ==, linear_find_first (sorted, n, t));

          /* find_start() is the lower bound of the starts. */
          start = dateline_layout_find_start (layout, t);
          g_assert_true (start == n || sorted[start].start >= t);
          g_assert_true (start == 0 || sorted[start - 1].start < t);

          /* find_next() visits exactly the items still running at t. */
          for (guint i = 0, next = dateline_layout_find_next (layout, first, t);
               i < n;
               i++)
            {
              if (i < first || sorted[i].end <= t)
                continue;

              g_assert_cmpuint (next, ==, i);
              next = dateline_layout_find_next (layout, i + 1, t);
            }
        }

      if (round < 5)
        assert_lanes_disjoint (layout);
    }
}

static void
test_layout_lookup_event (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree DatelineLayoutItem *items = g_new (DatelineLayoutItem, 500);
  g_autoptr(DatelineLayout) layout = NULL;
  const DatelineLayoutItem *sorted;
  guint n;

  /* Sparse event indices: every third one. */
  for (guint i = 0; i < 500; i++)
    items[i] = make_item (g_rand_int_range (rand, 0, 100), 0, 3 * i);
  for (guint i = 0; i < 500; i++)
    items[i].end = items[i].start + 1;

  layout = dateline_layout_new_for_items (items, 500, NULL);
  sorted = dateline_layout_get_items (layout, &n);

  for (guint e = 0; e < 1500; e++)
    {
      guint item = dateline_layout_lookup_event (layout, e);

      if (e % 3 != 0)
        {
          g_assert_cmpuint (item, ==, G_MAXUINT);
          continue;
        }

      g_assert_cmpuint (item, <, n);
      g_assert_cmpuint (sorted[item].event_index, ==, e);
    }
}

static DatelineEvent *
make_event (const char          *title,
            DatelineEventKind    kind,
            int                  year,
            int                  month,
            int                  day,
            DatelineGranularity  granularity,
            DatelineCertainty    certainty)
{
  DatelineEvent *event = dateline_event_new (title, title, kind);
  DatelineWhen when = DATELINE_WHEN_INIT;

  if (granularity != DATELINE_GRANULARITY_NONE)
    {
      g_assert_true (dateline_when_set_span (&when, year, month, day, granularity, certainty));
      dateline_event_set_when (event, &when);
    }

  return event;
}

static void
test_layout_from_events (void)
{
  g_autoptr(GListStore) store = g_list_store_new (DATELINE_TYPE_EVENT);
  g_autoptr(DatelineLayout) layout = NULL;
  g_autoptr(DatelineEvent) e0 = make_event ("Talks in Geneva", DATELINE_EVENT_TALKS, 2025, 3, 14,
                                            DATELINE_GRANULARITY_DAY, DATELINE_CERTAINTY_STATED);
  g_autoptr(DatelineEvent) e1 = make_event ("Undated threat", DATELINE_EVENT_THREAT, 0, 0, 0,
                                            DATELINE_GRANULARITY_NONE, DATELINE_CERTAINTY_UNKNOWN);
  g_autoptr(DatelineEvent) e2 = make_event ("Sanctions in March", DATELINE_EVENT_SANCTION, 2025, 3, 1,
                                            DATELINE_GRANULARITY_MONTH, DATELINE_CERTAINTY_RESOLVED);
  g_autoptr(DatelineEvent) e3 = make_event ("Deadline", DATELINE_EVENT_DEADLINE, 2025, 4, 1,
                                            DATELINE_GRANULARITY_DAY, DATELINE_CERTAINTY_USER);
  const DatelineLayoutItem *items;
  const DatelineLayoutItem *item;
  guint n;
  guint32 march_1 = dateline_julian_from_ymd (2025, 3, 1);

  g_list_store_append (store, e0);
  g_list_store_append (store, e1);
  g_list_store_append (store, e2);
  g_list_store_append (store, e3);

  layout = dateline_layout_new (G_LIST_MODEL (store));
  items = dateline_layout_get_items (layout, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (dateline_layout_get_n_undated (layout), ==, 1);
  g_assert_cmpuint (dateline_layout_lookup_event (layout, 1), ==, G_MAXUINT);

  /* The month comes first; it covers all of March, end exclusive. */
  item = &items[0];
  g_assert_cmpuint (item->event_index, ==, 2);
  g_assert_cmpfloat (item->start, ==, march_1);
  g_assert_cmpfloat (item->end, ==, march_1 + 31);
  g_assert_cmpuint (item->flags, ==, DATELINE_LAYOUT_FLAG_SPAN | DATELINE_LAYOUT_FLAG_INFERRED);
  g_assert_cmpuint (item->kind, ==, DATELINE_EVENT_SANCTION);
  g_assert_cmpstr (dateline_layout_get_item_title (layout, 0), ==, "Sanctions in March");

  item = &items[dateline_layout_lookup_event (layout, 0)];
  g_assert_cmpfloat (item->start, ==, march_1 + 13);
  g_assert_cmpfloat (item->end, ==, march_1 + 14);
  g_assert_cmpuint (item->flags, ==, 0);
  /* Inside the month: it must not share the month's lane. */
  g_assert_cmpuint (item->lane, !=, items[0].lane);

  item = &items[dateline_layout_lookup_event (layout, 3)];
  g_assert_cmpuint (item->flags, ==, DATELINE_LAYOUT_FLAG_FUTURE);
  g_assert_cmpstr (dateline_layout_get_item_title (layout, dateline_layout_lookup_event (layout, 3)),
                   ==, "Deadline");

  assert_lanes_disjoint (layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/sorting-and-titles", test_layout_sorting_and_titles);
  g_test_add_func ("/layout/lanes", test_layout_lanes);
  g_test_add_func ("/layout/many-lanes", test_layout_many_lanes);
  g_test_add_func ("/layout/undated-and-extent", test_layout_undated_and_extent);
  g_test_add_func ("/layout/find-first-random", test_layout_find_first_random);
  g_test_add_func ("/layout/lookup-event", test_layout_lookup_event);
  g_test_add_func ("/layout/from-events", test_layout_from_events);

  return g_test_run ();
}
