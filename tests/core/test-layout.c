/* test-layout.c — sorting, lanes and search of DatelineLayout
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dateline-actor.h"
#include "dateline-article.h"
#include "dateline-date.h"
#include "dateline-event.h"
#include "dateline-layout.h"
#include "dateline-timex.h"

static DatelineLayoutItem
make_item (double  start,
           double  end,
           guint32 event_index)
{
  DatelineLayoutItem item = { start, end, 0, 0, event_index, 0 };

  return item;
}

/* Items in the same lane of the same group must not overlap in time: that
 * is what keeps marks from hiding each other. Quadratic, for small inputs
 * only. */
static void
assert_lanes_disjoint (DatelineLayout *layout)
{
  const DatelineLayoutItem *items;
  guint n_items;

  items = dateline_layout_get_items (layout, &n_items);

  for (guint i = 0; i < n_items; i++)
    {
      g_assert_cmpuint (items[i].group, <, dateline_layout_get_n_groups (layout));
      g_assert_cmpuint (items[i].lane, <, dateline_layout_get_group_n_lanes (layout, items[i].group));

      for (guint j = i + 1; j < n_items; j++)
        {
          gboolean overlap;

          if (items[i].lane != items[j].lane || items[i].group != items[j].group)
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


static DatelineEvent *
make_event_with (const char          *id,
                 DatelineEventKind    kind,
                 guint32              day,
                 const char * const  *actors,
                 const char * const  *articles)
{
  DatelineEvent *event = dateline_event_new (id, id, kind);
  DatelineWhen when = DATELINE_WHEN_INIT;

  dateline_when_set_day (&when, day, DATELINE_CERTAINTY_STATED);
  dateline_event_set_when (event, &when);
  for (guint a = 0; actors != NULL && actors[a] != NULL; a++)
    dateline_event_add_actor (event, actors[a]);
  for (guint a = 0; articles != NULL && articles[a] != NULL; a++)
    dateline_event_add_source (event, articles[a], 0, 5, "Words");

  return event;
}

/* Lanes by actor: an event with three actors is in each actor's group,
 * the copies sharing its event index; groups are packed on their own, so
 * overlapping events of one actor never share a lane, and events of other
 * actors take no room in it. */
static void
test_layout_lanes_by_actor (void)
{
  g_autoptr(GListStore) events = g_list_store_new (DATELINE_TYPE_EVENT);
  g_autoptr(GListStore) actors = g_list_store_new (DATELINE_TYPE_ACTOR);
  g_autoptr(DatelineLayout) layout = NULL;
  guint32 day = dateline_julian_from_ymd (2025, 5, 1);
  const char *ids[] = { "rubio", "lavrov", "witkoff" };
  const char *names[] = { "Marco Rubio", "Sergei Lavrov", "Steve Witkoff" };
  const char *three[] = { "rubio", "lavrov", "witkoff", NULL };
  const char *rubio[] = { "rubio", NULL };
  const char *lavrov[] = { "lavrov", NULL };
  const char *none[] = { NULL };
  const DatelineLayoutItem *items;
  const guint32 *copies;
  guint n_items, n_copies, group;

  for (guint a = 0; a < G_N_ELEMENTS (ids); a++)
    {
      g_autoptr(DatelineActor) actor = dateline_actor_new (ids[a], names[a], DATELINE_ACTOR_PERSON);

      g_list_store_append (actors, actor);
    }

  /* 0: all three; 1, 2: Rubio on the same day (two lanes); 3: Lavrov;
   * 4: nobody. */
  {
    g_autoptr(DatelineEvent) e0 = make_event_with ("meeting", DATELINE_EVENT_MEETING, day, three, NULL);
    g_autoptr(DatelineEvent) e1 = make_event_with ("statement", DATELINE_EVENT_STATEMENT, day, rubio, NULL);
    g_autoptr(DatelineEvent) e2 = make_event_with ("call", DATELINE_EVENT_CALL, day, rubio, NULL);
    g_autoptr(DatelineEvent) e3 = make_event_with ("threat", DATELINE_EVENT_THREAT, day + 3, lavrov, NULL);
    g_autoptr(DatelineEvent) e4 = make_event_with ("vote", DATELINE_EVENT_VOTE, day, none, NULL);

    g_list_store_append (events, e0);
    g_list_store_append (events, e1);
    g_list_store_append (events, e2);
    g_list_store_append (events, e3);
    g_list_store_append (events, e4);
  }

  layout = dateline_layout_new_with_lanes (G_LIST_MODEL (events), DATELINE_LANES_ACTOR,
                                           G_LIST_MODEL (actors), NULL);
  g_assert_cmpint (dateline_layout_get_lane_mode (layout), ==, DATELINE_LANES_ACTOR);
  items = dateline_layout_get_items (layout, &n_items);

  /* 3 + 1 + 1 + 1 + 1 items; the meeting three times. */
  g_assert_cmpuint (n_items, ==, 7);
  copies = dateline_layout_lookup_event_items (layout, 0, &n_copies);
  g_assert_cmpuint (n_copies, ==, 3);
  for (guint k = 0; k < n_copies; k++)
    {
      g_assert_cmpuint (items[copies[k]].event_index, ==, 0);
      for (guint j = 0; j < k; j++)
        g_assert_cmpuint (items[copies[k]].group, !=, items[copies[j]].group);
    }
  g_assert_nonnull (dateline_layout_lookup_event_items (layout, 4, &n_copies));
  g_assert_cmpuint (n_copies, ==, 1);
  g_assert_null (dateline_layout_lookup_event_items (layout, 99, &n_copies));
  g_assert_cmpuint (n_copies, ==, 0);

  /* Groups: Rubio (3 events) first, then Lavrov (2), Witkoff (1), and
   * the events without an actor last; named from the actor model. */
  g_assert_cmpuint (dateline_layout_get_n_groups (layout), ==, 4);
  g_assert_cmpstr (dateline_layout_get_group_id (layout, 0), ==, "rubio");
  g_assert_cmpstr (dateline_layout_get_group_label (layout, 0), ==, "Marco Rubio");
  g_assert_cmpstr (dateline_layout_get_group_label (layout, 1), ==, "Sergei Lavrov");
  g_assert_cmpstr (dateline_layout_get_group_label (layout, 2), ==, "Steve Witkoff");
  g_assert_cmpstr (dateline_layout_get_group_id (layout, 3), ==, "");
  g_assert_cmpuint (dateline_layout_get_group_n_items (layout, 0), ==, 3);
  g_assert_cmpuint (dateline_layout_lookup_group (layout, "lavrov"), ==, 1);
  g_assert_cmpuint (dateline_layout_lookup_group (layout, "nobody"), ==, G_MAXUINT);

  /* Rubio's three events fall on one day: three lanes in his group; the
   * others need one each, whatever Rubio has. */
  group = dateline_layout_lookup_group (layout, "rubio");
  g_assert_cmpuint (dateline_layout_get_group_n_lanes (layout, group), ==, 3);
  g_assert_cmpuint (dateline_layout_get_group_n_lanes (layout, 1), ==, 1);
  g_assert_cmpuint (dateline_layout_get_group_n_lanes (layout, 2), ==, 1);
  g_assert_cmpuint (dateline_layout_get_n_lanes (layout), ==, 6);
  assert_lanes_disjoint (layout);

  /* Each group's items, in start order, are exactly its items. */
  for (guint g = 0; g < dateline_layout_get_n_groups (layout); g++)
    {
      guint n;
      const guint32 *in_group = dateline_layout_get_group_items (layout, g, &n);

      g_assert_cmpuint (n, ==, dateline_layout_get_group_n_items (layout, g));
      for (guint k = 0; k < n; k++)
        {
          g_assert_cmpuint (items[in_group[k]].group, ==, g);
          if (k > 0)
            g_assert_cmpfloat (items[in_group[k - 1]].start, <=, items[in_group[k]].start);
        }
    }
}

static void
test_layout_lanes_by_kind_and_article (void)
{
  g_autoptr(GListStore) events = g_list_store_new (DATELINE_TYPE_EVENT);
  g_autoptr(GListStore) articles = g_list_store_new (DATELINE_TYPE_ARTICLE);
  g_autoptr(DatelineLayout) by_kind = NULL;
  g_autoptr(DatelineLayout) by_article = NULL;
  g_autoptr(DatelineArticle) a1 = dateline_article_new ("a1", "Wire story", "a1.txt", "Words and more words.");
  g_autoptr(DatelineArticle) a2 = dateline_article_new ("a2", "", "daily.txt", "Other words here.");
  guint32 day = dateline_julian_from_ymd (2025, 5, 1);
  const char *both[] = { "a1", "a2", NULL };
  const char *second[] = { "a2", NULL };
  const DatelineLayoutMarker *markers;
  DatelineWhen published = DATELINE_WHEN_INIT;
  guint n, n_markers;

  dateline_when_set_day (&published, day + 2, DATELINE_CERTAINTY_STATED);
  dateline_article_set_published (a1, &published, DATELINE_DATE_ORIGIN_HEADER);
  g_list_store_append (articles, a1);
  g_list_store_append (articles, a2);

  {
    g_autoptr(DatelineEvent) e0 = make_event_with ("attack", DATELINE_EVENT_ATTACK, day, NULL, both);
    g_autoptr(DatelineEvent) e1 = make_event_with ("talks", DATELINE_EVENT_TALKS, day, NULL, second);
    g_autoptr(DatelineEvent) e2 = make_event_with ("more talks", DATELINE_EVENT_TALKS, day + 1, NULL, second);

    g_list_store_append (events, e0);
    g_list_store_append (events, e1);
    g_list_store_append (events, e2);
  }

  /* Kinds in their fixed order, each once. */
  by_kind = dateline_layout_new_with_lanes (G_LIST_MODEL (events), DATELINE_LANES_KIND, NULL, NULL);
  g_assert_cmpuint (dateline_layout_get_n_groups (by_kind), ==, 2);
  g_assert_cmpstr (dateline_layout_get_group_id (by_kind, 0), ==, "talks");
  g_assert_cmpstr (dateline_layout_get_group_id (by_kind, 1), ==, "attack");
  g_assert_cmpuint (dateline_layout_get_group_n_items (by_kind, 0), ==, 2);
  dateline_layout_get_items (by_kind, &n);
  g_assert_cmpuint (n, ==, 3);
  assert_lanes_disjoint (by_kind);

  /* Articles in their model's order; an event from two articles in both;
   * an article without a title named by its file. */
  by_article = dateline_layout_new_with_lanes (G_LIST_MODEL (events), DATELINE_LANES_ARTICLE,
                                               NULL, G_LIST_MODEL (articles));
  g_assert_cmpuint (dateline_layout_get_n_groups (by_article), ==, 2);
  g_assert_cmpstr (dateline_layout_get_group_label (by_article, 0), ==, "Wire story");
  g_assert_cmpstr (dateline_layout_get_group_label (by_article, 1), ==, "daily.txt");
  g_assert_nonnull (dateline_layout_lookup_event_items (by_article, 0, &n));
  g_assert_cmpuint (n, ==, 2);
  assert_lanes_disjoint (by_article);

  /* Weight: the attack has two sources from two articles. */
  g_assert_cmpuint (dateline_layout_get_items (by_article, NULL)[dateline_layout_lookup_event (by_article, 0)].weight, ==, 2);
  g_assert_cmpuint (dateline_layout_get_items (by_article, NULL)[dateline_layout_lookup_event (by_article, 1)].weight, ==, 1);

  /* The dated article is a marker on the axis, the undated one is not. */
  markers = dateline_layout_get_markers (by_article, &n_markers);
  g_assert_cmpuint (n_markers, ==, 1);
  g_assert_cmpfloat (markers[0].day, ==, day + 2);
  g_assert_cmpstr (markers[0].label, ==, "Wire story");
  g_assert_cmpuint (markers[0].index, ==, 0);
  g_assert_cmpuint (dateline_layout_find_marker (by_article, day + 2), ==, 0);
  g_assert_cmpuint (dateline_layout_find_marker (by_article, day + 2.5), ==, 1);
}

static void
groups_changed_cb (DatelineLayout *layout,
                   guint          *count)
{
  (*count)++;
}

/* Order, collapsed and hidden are view state: rows follow them, items
 * do not move, and the signal fires only on a change. */
static void
test_layout_group_state (void)
{
  DatelineLayoutItem items[] = {
    { 10, 11, 0, 0, 0, 0, 0, 1 },
    { 10, 11, 0, 0, 1, 0, 0, 1 },   /* group 0: two lanes */
    { 10, 11, 0, 0, 2, 0, 1, 1 },   /* group 1: one */
    { 12, 13, 0, 0, 3, 0, 2, 1 },   /* group 2: one */
    { 12, 13, 0, 0, 4, 0, 9, 1 },   /* out of range: the last group */
  };
  const char *labels[] = { "Zero", "One", "Two" };
  g_autoptr(DatelineLayout) layout = dateline_layout_new_for_groups (items, G_N_ELEMENTS (items), NULL, labels, 3);
  guint order_ok[] = { 2, 0, 1 };
  guint order_bad[] = { 2, 2, 1 };
  guint changes = 0;

  g_signal_connect (layout, "groups-changed", G_CALLBACK (groups_changed_cb), &changes);

  g_assert_cmpuint (dateline_layout_get_group_n_lanes (layout, 0), ==, 2);
  g_assert_cmpuint (dateline_layout_get_group_n_lanes (layout, 2), ==, 2);
  g_assert_cmpuint (dateline_layout_get_n_rows (layout), ==, 5);

  /* Collapsed and hidden groups take no rows. */
  dateline_layout_set_group_collapsed (layout, 0, TRUE);
  g_assert_true (dateline_layout_get_group_collapsed (layout, 0));
  g_assert_cmpuint (dateline_layout_get_group_n_rows (layout, 0), ==, 0);
  g_assert_cmpuint (dateline_layout_get_n_rows (layout), ==, 3);
  dateline_layout_set_group_hidden (layout, 2, TRUE);
  g_assert_cmpuint (dateline_layout_get_group_n_rows (layout, 2), ==, 0);
  g_assert_cmpuint (dateline_layout_get_n_rows (layout), ==, 1);
  g_assert_cmpuint (changes, ==, 2);
  /* The same again: no change, no signal. */
  dateline_layout_set_group_hidden (layout, 2, TRUE);
  g_assert_cmpuint (changes, ==, 2);
  dateline_layout_set_group_hidden (layout, 2, FALSE);
  dateline_layout_set_group_collapsed (layout, 0, FALSE);
  g_assert_cmpuint (dateline_layout_get_n_rows (layout), ==, 5);
  g_assert_cmpuint (changes, ==, 4);

  /* Reordering. */
  g_assert_false (dateline_layout_set_group_order (layout, order_bad, 3));
  g_assert_false (dateline_layout_set_group_order (layout, order_ok, 2));
  g_assert_cmpuint (changes, ==, 4);
  g_assert_true (dateline_layout_set_group_order (layout, order_ok, 3));
  g_assert_cmpuint (changes, ==, 5);
  g_assert_cmpuint (dateline_layout_get_group_at_position (layout, 0), ==, 2);
  g_assert_cmpuint (dateline_layout_get_group_position (layout, 1), ==, 2);

  dateline_layout_move_group (layout, 1, 0);
  g_assert_cmpuint (dateline_layout_get_group_at_position (layout, 0), ==, 1);
  g_assert_cmpuint (dateline_layout_get_group_at_position (layout, 1), ==, 2);
  g_assert_cmpuint (dateline_layout_get_group_at_position (layout, 2), ==, 0);
  for (guint p = 0; p < 3; p++)
    g_assert_cmpuint (dateline_layout_get_group_position (layout, dateline_layout_get_group_at_position (layout, p)), ==, p);
  dateline_layout_move_group (layout, 1, 99);
  g_assert_cmpuint (dateline_layout_get_group_at_position (layout, 2), ==, 1);
  g_assert_cmpuint (changes, ==, 7);

  /* Items never moved. */
  g_assert_cmpuint (dateline_layout_get_items (layout, NULL)[0].group, ==, 0);
}

/* The searches inside a group agree with a walk over its items. */
static void
test_layout_group_search_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  g_autofree DatelineLayoutItem *items = g_new (DatelineLayoutItem, 2000);
  const char *labels[] = { "a", "b", "c", "d", "e" };
  g_autoptr(DatelineLayout) layout = NULL;
  const DatelineLayoutItem *sorted;

  for (guint i = 0; i < 2000; i++)
    {
      /* Some hours: the buckets are days, the order is by time. */
      double start = g_rand_int_range (rand, 0, 5000) + (g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 0, 24) / 24.0 : 0);
      double length = g_rand_int_range (rand, 0, 20) == 0 ? g_rand_int_range (rand, 100, 3000) : 1;

      items[i] = (DatelineLayoutItem) { start, start + length, 0, 0, i, 0, g_rand_int_range (rand, 0, 5), 1 };
    }

  layout = dateline_layout_new_for_groups (items, 2000, NULL, labels, 5);
  sorted = dateline_layout_get_items (layout, NULL);

  /* Sorted (by the day buckets the layout uses at this size): start, then
   * the longer first, then the event. */
  for (guint i = 1; i < 2000; i++)
    {
      const DatelineLayoutItem *a = &sorted[i - 1], *b = &sorted[i];

      g_assert_true (a->start < b->start
                     || (a->start == b->start && (a->end > b->end
                                                  || (a->end == b->end && a->event_index < b->event_index))));
    }

  for (guint g = 0; g < 5; g++)
    {
      guint n;
      const guint32 *in_group = dateline_layout_get_group_items (layout, g, &n);

      for (guint probe = 0; probe < 300; probe++)
        {
          double t = g_rand_double_range (rand, -10, 9000);
          guint start = dateline_layout_group_find_start (layout, g, t);
          guint first = dateline_layout_group_find_first (layout, g, t);
          guint expected_first = n;

          g_assert_true (start == n || sorted[in_group[start]].start >= t);
          g_assert_true (start == 0 || sorted[in_group[start - 1]].start < t);

          for (guint k = 0; k < n && expected_first == n; k++)
            if (sorted[in_group[k]].end > t)
              expected_first = k;
          g_assert_cmpuint (first, ==, expected_first);

          for (guint k = 0, next = dateline_layout_group_find_next (layout, g, first, t); k < n; k++)
            {
              if (k < first || sorted[in_group[k]].end <= t)
                continue;
              g_assert_cmpuint (next, ==, k);
              next = dateline_layout_group_find_next (layout, g, k + 1, t);
            }
        }
    }
}

/* Sources that date an event elsewhere give claims, linked to the event;
 * an event without a date is listed with the phrase that failed to date
 * it, taken from its article's temporal expressions. */
static void
test_layout_claims_and_undated (void)
{
  g_autoptr(GListStore) events = g_list_store_new (DATELINE_TYPE_EVENT);
  g_autoptr(GListStore) articles = g_list_store_new (DATELINE_TYPE_ARTICLE);
  g_autoptr(DatelineLayout) layout = NULL;
  g_autoptr(DatelineEvent) disputed = dateline_event_new ("e0", "Ship seized", DATELINE_EVENT_SANCTION);
  g_autoptr(DatelineEvent) undated = dateline_event_new ("e1", "Talks resumed", DATELINE_EVENT_TALKS);
  const char *text = "Talks resumed earlier this week, officials said.";
  g_autoptr(DatelineArticle) article = dateline_article_new ("a1", "Daily", "a1.txt", text);
  g_autoptr(GPtrArray) timexes = g_ptr_array_new_with_free_func ((GDestroyNotify) dateline_timex_free);
  guint32 day = dateline_julian_from_ymd (2021, 4, 13);
  DatelineWhen when = DATELINE_WHEN_INIT;
  DatelineSource source = { 0 };
  const DatelineLayoutClaim *claims;
  const DatelineLayoutUndated *entries;
  const DatelineLayoutItem *items;
  guint n_claims, n_entries;

  /* "earlier this week", unresolved. */
  g_ptr_array_add (timexes, dateline_timex_new (14, 31, DATELINE_TIMEX_DATE, "PAST_REF", DATELINE_ANCHOR_NONE));
  dateline_article_take_timexes (article, g_steal_pointer (&timexes));
  g_list_store_append (articles, article);

  dateline_when_set_day (&when, day, DATELINE_CERTAINTY_STATED);
  dateline_event_set_when (disputed, &when);
  /* One source agrees, one says the 10th, one says some day in March
   * (twice: one claim). */
  source.article_id = (char *) "a1";
  source.text = (char *) "x";
  source.when = when;
  dateline_event_add_source_full (disputed, &source);
  dateline_when_set_day (&source.when, day - 3, DATELINE_CERTAINTY_STATED);
  dateline_event_add_source_full (disputed, &source);
  g_assert_true (dateline_when_set_span (&source.when, 2021, 3, 1, DATELINE_GRANULARITY_MONTH, DATELINE_CERTAINTY_RESOLVED));
  dateline_event_add_source_full (disputed, &source);
  dateline_event_add_source_full (disputed, &source);

  source.when = (DatelineWhen) DATELINE_WHEN_INIT;
  source.start = 0;
  source.end = 48;
  dateline_event_add_source_full (undated, &source);

  g_list_store_append (events, disputed);
  g_list_store_append (events, undated);

  layout = dateline_layout_new_with_lanes (G_LIST_MODEL (events), DATELINE_LANES_SINGLE, NULL, G_LIST_MODEL (articles));
  items = dateline_layout_get_items (layout, NULL);
  g_assert_true (items[0].flags & DATELINE_LAYOUT_FLAG_DISPUTED);

  claims = dateline_layout_get_event_claims (layout, 0, &n_claims);
  g_assert_cmpuint (n_claims, ==, 2);
  g_assert_cmpfloat (claims[0].start, ==, dateline_julian_from_ymd (2021, 3, 1));
  g_assert_cmpfloat (claims[0].end, ==, dateline_julian_from_ymd (2021, 4, 1));
  g_assert_true (claims[0].flags & DATELINE_LAYOUT_FLAG_SPAN);
  g_assert_true (claims[0].flags & DATELINE_LAYOUT_FLAG_INFERRED);
  g_assert_cmpfloat (claims[1].start, ==, day - 3);
  g_assert_cmpfloat (claims[1].end, ==, day - 2);
  g_assert_null (dateline_layout_get_event_claims (layout, 1, &n_claims));

  entries = dateline_layout_get_undated (layout, &n_entries);
  g_assert_cmpuint (n_entries, ==, 1);
  g_assert_cmpuint (dateline_layout_get_n_undated (layout), ==, 1);
  g_assert_cmpuint (entries[0].event_index, ==, 1);
  g_assert_cmpuint (entries[0].kind, ==, DATELINE_EVENT_TALKS);
  g_assert_cmpstr (entries[0].title, ==, "Talks resumed");
  g_assert_cmpstr (entries[0].phrase, ==, "earlier this week");

  /* Claims set by hand replace them; claims of undated events are
   * dropped (nothing to link them to). */
  {
    DatelineLayoutClaim manual[] = {
      { 1, 0, day, day + 1 },
      { 0, 0, day + 40, day + 41 },
    };

    dateline_layout_set_claims (layout, manual, G_N_ELEMENTS (manual));
    g_assert_null (dateline_layout_get_event_claims (layout, 1, &n_claims));
    claims = dateline_layout_get_event_claims (layout, 0, &n_claims);
    g_assert_cmpuint (n_claims, ==, 1);
    g_assert_cmpfloat (claims[0].start, ==, day + 40);
    dateline_layout_set_claims (layout, NULL, 0);
    g_assert_false (dateline_layout_get_items (layout, NULL)[0].flags & DATELINE_LAYOUT_FLAG_DISPUTED);
  }
}

/* A filter keeps the order and the groups, packs the lanes again, and
 * filters the claims and the undated list too. */
static void
test_layout_filtered (void)
{
  DatelineLayoutItem items[] = {
    { 10, 11, 0, 0, 0, 0, 0, 1 },
    { 10, 11, 0, 0, 1, 0, 0, 1 },
    { 10, 11, 0, 0, 2, 0, 1, 1 },
    { 20, 21, 0, 0, 3, 0, 1, 1 },
  };
  const char *titles[] = { "zero", "one", "two", "three" };
  const char *labels[] = { "A", "B" };
  DatelineLayoutUndated undated[] = { { 4, 0, "four", NULL }, { 5, 0, "five", "soon" } };
  DatelineLayoutClaim claims[] = { { 1, 0, 30, 31 }, { 2, 0, 40, 41 } };
  g_autoptr(DatelineLayout) base = dateline_layout_new_for_groups (items, 4, titles, labels, 2);
  g_autoptr(DatelineLayout) filtered = NULL;
  guint8 visible[] = { 0, 1, 1, 0, 0, 1 };
  const DatelineLayoutItem *kept;
  guint n, n_claims;

  dateline_layout_set_undated (base, undated, 2);
  dateline_layout_set_claims (base, claims, 2);
  dateline_layout_set_group_collapsed (base, 1, TRUE);
  g_assert_cmpuint (dateline_layout_get_group_n_lanes (base, 0), ==, 2);

  filtered = dateline_layout_new_filtered (base, visible, G_N_ELEMENTS (visible));
  kept = dateline_layout_get_items (filtered, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (kept[0].event_index, ==, 1);
  g_assert_cmpstr (dateline_layout_get_item_title (filtered, 0), ==, "one");
  g_assert_cmpuint (kept[1].event_index, ==, 2);
  /* Event 0 is gone: event 1 has its group's first lane now. */
  g_assert_cmpuint (kept[0].lane, ==, 0);
  g_assert_cmpuint (dateline_layout_get_group_n_lanes (filtered, 0), ==, 1);
  g_assert_cmpuint (dateline_layout_get_n_groups (filtered), ==, 2);
  g_assert_true (dateline_layout_get_group_collapsed (filtered, 1));
  g_assert_cmpstr (dateline_layout_get_group_label (filtered, 1), ==, "B");

  dateline_layout_get_undated (filtered, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (dateline_layout_get_undated (filtered, NULL)[0].phrase, ==, "soon");
  g_assert_nonnull (dateline_layout_get_event_claims (filtered, 1, &n_claims));
  g_assert_nonnull (dateline_layout_get_event_claims (filtered, 2, &n_claims));

  /* The base outlives nothing: the filtered layout keeps it alive. */
  g_clear_object (&base);
  g_assert_cmpstr (dateline_layout_get_item_title (filtered, 1), ==, "two");
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
  g_test_add_func ("/layout/lanes-by-actor", test_layout_lanes_by_actor);
  g_test_add_func ("/layout/lanes-by-kind-and-article", test_layout_lanes_by_kind_and_article);
  g_test_add_func ("/layout/group-state", test_layout_group_state);
  g_test_add_func ("/layout/group-search-random", test_layout_group_search_random);
  g_test_add_func ("/layout/claims-and-undated", test_layout_claims_and_undated);
  g_test_add_func ("/layout/filtered", test_layout_filtered);

  return g_test_run ();
}
