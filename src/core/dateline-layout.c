/* dateline-layout.c — events packed for drawing: sorted, laned, searchable
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dateline-actor.h"
#include "dateline-article.h"
#include "dateline-date.h"
#include "dateline-event.h"
#include "dateline-layout.h"
#include "dateline-layout-private.h"
#include "dateline-renderer-private.h"

/* Items per block for dateline_layout_find_next(): one double per 64 items
 * keeps the skip table small and a skipped block worth the branch. */
#define BLOCK_SHIFT 6
#define BLOCK_SIZE  (1u << BLOCK_SHIFT)

/* The extent is padded by this fraction of the events' range on each side,
 * and by at least a day, so that no mark sits on the edge of a fitted view. */
#define EXTENT_PADDING     0.05
#define EXTENT_MIN_PADDING 1.0

typedef struct {
  char     *id;
  char     *label;
  guint     first;      /* into group_items */
  guint     n_items;
  guint     n_lanes;
  guint     position;   /* in the display order */
  gboolean  collapsed;
  gboolean  hidden;
} Group;

struct _DatelineLayout
{
  GObject parent_instance;

  DatelineLaneMode    mode;
  /* A filtered layout borrows its titles from the layout it was made from. */
  DatelineLayout     *base;

  /* The items and their search tables are written once, at construction,
   * and read-only afterwards: a layout is rebuilt, never edited, when
   * events change. */
  DatelineLayoutItem *items;          /* n_items, sorted by start */
  guint               n_items;
  const char        **titles;         /* n_items, point into title_chunk (or base's) */
  GStringChunk       *title_chunk;
  double             *max_end;        /* n_items, running maximum of ends */
  double             *block_max_end;  /* one per BLOCK_SIZE items */
  guint32            *event_items;    /* n_items, item indices by (event_index, item) */
  guint               n_lanes;
  guint               n_undated;

  /* Lane groups: each group's items are a slice of group_items, in start
   * order, with their own starts and running maximum of ends. */
  Group              *groups;
  guint               n_groups;
  guint              *order;          /* display position -> group */
  guint32            *group_items;     /* n_items */
  double             *group_start;     /* n_items */
  double             *group_max_end;   /* n_items, restarting at each group */
  double             *group_block_max_end;
  gboolean            group_maxima_shared;  /* the two above are max_end and block_max_end */

  /* What is drawn besides the items; view data, replaceable. */
  GStringChunk          *strings;
  DatelineLayoutClaim   *claims;           /* sorted by event index */
  guint                  n_claims;
  guint32               *claim_link_order;  /* claims by the left end of their link */
  double                *claim_link_left;
  double                *claim_link_right;
  double                *claim_link_max_right;
  DatelineLayoutUndated *undated;
  guint                  n_undated_entries;
  DatelineLayoutMarker  *markers;          /* sorted by day */
  guint                  n_markers;
};

G_DEFINE_FINAL_TYPE (DatelineLayout, dateline_layout, G_TYPE_OBJECT)

enum {
  GROUPS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- sorting ------------------------------------------------------------ */

/* Start first; at equal starts the longer item first, so that it takes the
 * lower lane; then the event index and the group, so that the order is
 * deterministic and the items of one event sit together; last, the
 * position the item came in, kept in its lane until lanes are assigned. */
static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const DatelineLayoutItem *ia = a;
  const DatelineLayoutItem *ib = b;

  if (ia->start != ib->start)
    return ia->start < ib->start ? -1 : 1;
  if (ia->end != ib->end)
    return ia->end > ib->end ? -1 : 1;
  if (ia->event_index != ib->event_index)
    return ia->event_index < ib->event_index ? -1 : 1;
  if (ia->group != ib->group)
    return ia->group < ib->group ? -1 : 1;

  return ia->lane < ib->lane ? -1 : ia->lane > ib->lane;
}

/* @items in drawing order, in a new array (@items is freed); each item's
 * lane holds the position it came in. Items are dated by day, over a span
 * of days much shorter than their number: a counting sort by day, then a
 * sort of each day's few items, beats a comparison sort of all of them
 * (four times over at 10^6). The items themselves are scattered by day,
 * so the result is written once, with no keys or permutation beside it
 * (at 10^6 those were 36 MB more at the peak of opening a project, and a
 * pass of cache misses). */
static DatelineLayoutItem *
sort_items (DatelineLayoutItem *items,
            guint               n_items)
{
  double first = G_MAXDOUBLE, last = -G_MAXDOUBLE;
  g_autofree guint *starts = NULL;
  DatelineLayoutItem *sorted;
  gsize n_days;

  for (guint i = 0; i < n_items; i++)
    {
      items[i].lane = i;
      first = MIN (first, floor (items[i].start));
      last = MAX (last, floor (items[i].start));
    }

  if (n_items < 1024 || last - first >= 8.0 * n_items)
    {
      /* qsort() may not be given a NULL array, even of no elements. */
      if (n_items > 1)
        qsort (items, n_items, sizeof (DatelineLayoutItem), compare_items);
      return items;
    }

  n_days = (gsize) (last - first) + 1;
  starts = g_new0 (guint, n_days + 1);
  sorted = g_new (DatelineLayoutItem, n_items);

  for (guint i = 0; i < n_items; i++)
    starts[(gsize) (floor (items[i].start) - first) + 1]++;
  for (gsize d = 0; d < n_days; d++)
    starts[d + 1] += starts[d];
  for (guint i = 0; i < n_items; i++)
    sorted[starts[(gsize) (floor (items[i].start) - first)]++] = items[i];
  g_free (items);

  /* starts[d] is now the end of day d. */
  for (gsize d = 0, begin = 0; d < n_days; begin = starts[d], d++)
    if (starts[d] - begin > 1)
      qsort (sorted + begin, starts[d] - begin, sizeof (DatelineLayoutItem), compare_items);

  return sorted;
}

static int
compare_event_items (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const DatelineLayoutItem *items = user_data;
  guint32 ia = *(const guint32 *) a;
  guint32 ib = *(const guint32 *) b;

  if (items[ia].event_index != items[ib].event_index)
    return items[ia].event_index < items[ib].event_index ? -1 : 1;

  return ia < ib ? -1 : ia > ib;
}

/* --- lanes -------------------------------------------------------------- */

/* Greedy interval packing, as GNOME Calendar does for overlapping events:
 * in start order, every item goes to the lowest lane whose last item has
 * ended. A min segment tree over the lanes' end times finds that lane in
 * O(log lanes), so a day with thousands of events does not make packing
 * quadratic. Lanes not opened yet hold -inf and so are always free; the
 * leftmost free leaf is therefore either a reusable lane or the next new
 * one. */
typedef struct {
  double *tree;      /* 2 * capacity nodes, leaves at [capacity, 2 * capacity) */
  guint   capacity;  /* a power of two */
} LaneTree;

static void
lane_tree_init (LaneTree *lanes,
                guint     capacity)
{
  lanes->capacity = capacity;
  lanes->tree = g_new (double, 2 * capacity);

  for (guint i = 0; i < 2 * capacity; i++)
    lanes->tree[i] = -INFINITY;
}

static void
lane_tree_set (LaneTree *lanes,
               guint     lane,
               double    end)
{
  guint node = lanes->capacity + lane;

  lanes->tree[node] = end;

  for (node /= 2; node >= 1; node /= 2)
    lanes->tree[node] = MIN (lanes->tree[2 * node], lanes->tree[2 * node + 1]);
}

static void
lane_tree_grow (LaneTree *lanes)
{
  LaneTree bigger;

  lane_tree_init (&bigger, lanes->capacity * 2);

  for (guint i = 0; i < lanes->capacity; i++)
    lane_tree_set (&bigger, i, lanes->tree[lanes->capacity + i]);

  g_free (lanes->tree);
  *lanes = bigger;
}

/* The lowest lane free at @start; grows the tree when every lane is busy. */
static guint
lane_tree_find_free (LaneTree *lanes,
                     double    start)
{
  guint node = 1;

  while (lanes->tree[1] > start)
    lane_tree_grow (lanes);

  while (node < lanes->capacity)
    node = lanes->tree[2 * node] <= start ? 2 * node : 2 * node + 1;

  return node - lanes->capacity;
}

/* Packs each group on its own: lanes are rows inside a group, and an
 * event's copies in other groups do not take room in this one. */
static void
assign_lanes (DatelineLayout *self)
{
  self->n_lanes = 0;

  for (guint g = 0; g < self->n_groups; g++)
    {
      Group *group = &self->groups[g];
      LaneTree lanes;

      lane_tree_init (&lanes, 16);
      group->n_lanes = 0;

      for (guint k = group->first; k < group->first + group->n_items; k++)
        {
          DatelineLayoutItem *item = &self->items[self->group_items[k]];
          guint lane = lane_tree_find_free (&lanes, item->start);

          item->lane = lane;
          group->n_lanes = MAX (group->n_lanes, lane + 1);

          /* A zero-length item still occupies its instant, so that two of
           * them at the same time do not share a lane and hide each other. */
          lane_tree_set (&lanes, lane,
                         item->end > item->start ? item->end : nextafter (item->start, INFINITY));
        }

      self->n_lanes += group->n_lanes;
      g_free (lanes.tree);
    }
}

/* --- construction ------------------------------------------------------- */

/* The running maximum of the ends of @items, in the order of @indirect
 * (item indices) when given. */
static void
build_running_max (const DatelineLayoutItem *items,
                   const guint32            *indirect,
                   guint                     n,
                   double                   *max_end)
{
  for (guint i = 0; i < n; i++)
    {
      double end = items[indirect != NULL ? indirect[i] : i].end;

      max_end[i] = i > 0 ? MAX (max_end[i - 1], end) : end;
    }
}

static double *
build_block_max (const DatelineLayoutItem *items,
                 const guint32            *indirect,
                 guint                     n)
{
  guint n_blocks = (n + BLOCK_SIZE - 1) / BLOCK_SIZE;
  double *block_max = g_new (double, MAX (n_blocks, 1));

  for (guint i = 0; i < n; i++)
    {
      double end = items[indirect != NULL ? indirect[i] : i].end;

      if (i % BLOCK_SIZE == 0)
        block_max[i / BLOCK_SIZE] = end;
      else
        block_max[i / BLOCK_SIZE] = MAX (block_max[i / BLOCK_SIZE], end);
    }

  return block_max;
}

/* Each group's items as a slice of group_items, by a counting sort over
 * the start-sorted items (stable, so every slice stays in start order). */
static void
build_group_index (DatelineLayout *self)
{
  g_autofree guint *fill = g_new0 (guint, self->n_groups + 1);

  for (guint g = 0; g < self->n_groups; g++)
    self->groups[g].n_items = 0;
  for (guint i = 0; i < self->n_items; i++)
    self->groups[self->items[i].group].n_items++;

  for (guint g = 0, first = 0; g < self->n_groups; g++)
    {
      self->groups[g].first = first;
      fill[g] = first;
      first += self->groups[g].n_items;
    }

  self->group_items = g_new (guint32, MAX (self->n_items, 1));
  self->group_start = g_new (double, MAX (self->n_items, 1));

  for (guint i = 0; i < self->n_items; i++)
    self->group_items[fill[self->items[i].group]++] = i;

  /* One group (a single band): its items are all the items, in the same
   * order, so the running maxima are the layout's own (8 MB at a million
   * events not spent twice). */
  self->group_maxima_shared = self->n_groups == 1;
  if (self->group_maxima_shared)
    {
      self->group_max_end = self->max_end;
      self->group_block_max_end = self->block_max_end;
    }
  else
    self->group_max_end = g_new (double, MAX (self->n_items, 1));

  for (guint g = 0; g < self->n_groups; g++)
    {
      const Group *group = &self->groups[g];

      for (guint k = group->first; k < group->first + group->n_items; k++)
        self->group_start[k] = self->items[self->group_items[k]].start;

      if (!self->group_maxima_shared)
        build_running_max (self->items, self->group_items + group->first,
                           group->n_items, self->group_max_end + group->first);
    }

  /* Blocks may straddle two groups: a block's maximum then covers both,
   * which only ever makes a skip more cautious. */
  if (!self->group_maxima_shared)
    self->group_block_max_end = build_block_max (self->items, self->group_items, self->n_items);
}

/* event_items: the items by event index. Event indices from a model are
 * dense (0 … n_events - 1), so a counting sort does it in O(n); sparse
 * ones (tests, benchmarks) are sorted. */
static void
build_event_index (DatelineLayout *self)
{
  guint32 max_event = 0;

  for (guint i = 0; i < self->n_items; i++)
    max_event = MAX (max_event, self->items[i].event_index);

  if (self->n_items > 0 && max_event < 4u * self->n_items)
    {
      g_autofree guint32 *fill = g_new0 (guint32, (gsize) max_event + 2);

      for (guint i = 0; i < self->n_items; i++)
        fill[self->items[i].event_index + 1]++;
      for (guint32 e = 0; e <= max_event; e++)
        fill[e + 1] += fill[e];
      /* Stable: an event's items stay in item order. */
      for (guint i = 0; i < self->n_items; i++)
        self->event_items[fill[self->items[i].event_index]++] = i;
      return;
    }

  for (guint i = 0; i < self->n_items; i++)
    self->event_items[i] = i;
  if (self->n_items > 1)
    g_qsort_with_data (self->event_items, self->n_items, sizeof (guint32), compare_event_items, self->items);
}

/* Takes @items (n_items, owned, g_new, every group < n_groups) and their
 * @titles (may be NULL), sorts them unless @sorted, and builds the search
 * tables. The groups must be set. Titles are copied into the layout's
 * chunk when @copy_titles, else they already live as long as the layout
 * (in its chunk, or its base's). */
static void
dateline_layout_take_items (DatelineLayout     *self,
                            DatelineLayoutItem *items,
                            guint               n_items,
                            const char * const *titles,
                            gboolean            sorted,
                            gboolean            copy_titles)
{
  self->n_items = n_items;
  self->titles = g_new (const char *, MAX (n_items, 1));

  if (sorted)
    {
      self->items = items;
      for (guint i = 0; i < n_items; i++)
        self->titles[i] = titles != NULL && titles[i] != NULL ? titles[i] : "";
    }
  else
    {
      self->items = sort_items (items, n_items);
      if (copy_titles)
        self->title_chunk = g_string_chunk_new (4096);

      /* Titles are copied in drawing order, so that the labels of
       * neighbouring marks sit next to each other in memory; the copies of
       * one event share one string. */
      for (guint i = 0; i < n_items; i++)
        {
          guint came = self->items[i].lane;
          const char *title = titles != NULL ? titles[came] : NULL;

          if (!copy_titles)
            self->titles[i] = title != NULL ? title : "";
          else if (i > 0 && self->items[i].event_index == self->items[i - 1].event_index
              && g_strcmp0 (title, titles != NULL ? titles[self->items[i - 1].lane] : NULL) == 0)
            self->titles[i] = self->titles[i - 1];
          else
            self->titles[i] = g_string_chunk_insert (self->title_chunk, title != NULL ? title : "");
        }
    }

  /* find_first() binary-searches the running maximum of the ends: it is
   * non-decreasing even when a long span starts early, and the first index
   * where it exceeds t is exactly the first item ending after t. */
  self->max_end = g_new (double, MAX (n_items, 1));
  build_running_max (self->items, NULL, n_items, self->max_end);
  self->block_max_end = build_block_max (self->items, NULL, n_items);

  build_group_index (self);
  assign_lanes (self);

  self->event_items = g_new (guint32, MAX (n_items, 1));
  build_event_index (self);
}

static void
init_groups (DatelineLayout      *self,
             guint                n_groups,
             const char * const  *ids,
             const char * const  *labels)
{
  self->n_groups = MAX (n_groups, 1);
  self->groups = g_new0 (Group, self->n_groups);
  self->order = g_new (guint, self->n_groups);

  for (guint g = 0; g < self->n_groups; g++)
    {
      self->groups[g].id = g_strdup (ids != NULL && g < n_groups && ids[g] != NULL ? ids[g] : "");
      self->groups[g].label = g_strdup (labels != NULL && g < n_groups && labels[g] != NULL ? labels[g] : "");
      self->groups[g].position = g;
      self->order[g] = g;
    }
}

static guint32
flags_for_event (DatelineEvent      *event,
                 const DatelineWhen *when)
{
  guint32 flags = 0;

  if (when->granularity > DATELINE_GRANULARITY_DAY)
    flags |= DATELINE_LAYOUT_FLAG_SPAN;

  /* Only what the text says in full, or what the user set, counts as
   * certain; a date resolved against an anchor may be wrong and must look
   * it. */
  if (when->certainty != DATELINE_CERTAINTY_STATED
      && when->certainty != DATELINE_CERTAINTY_USER)
    flags |= DATELINE_LAYOUT_FLAG_INFERRED;

  if (dateline_event_get_kind (event) == DATELINE_EVENT_DEADLINE || dateline_event_get_scheduled (event))
    flags |= DATELINE_LAYOUT_FLAG_FUTURE;

  return flags;
}

static guint32
flags_for_when (const DatelineWhen *when)
{
  guint32 flags = 0;

  if (when->granularity > DATELINE_GRANULARITY_DAY)
    flags |= DATELINE_LAYOUT_FLAG_SPAN;
  if (when->certainty != DATELINE_CERTAINTY_STATED && when->certainty != DATELINE_CERTAINTY_USER)
    flags |= DATELINE_LAYOUT_FLAG_INFERRED;

  return flags;
}

/* Labels count sources by article: five passages of one article are one
 * outlet saying it. */
static guint32
count_source_articles (const DatelineSourceList *sources)
{
  guint32 n = 0;

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const DatelineSource *source = &g_array_index (sources, DatelineSource, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = g_strcmp0 (g_array_index (sources, DatelineSource, j).article_id, source->article_id) == 0;
      if (!seen)
        n++;
    }

  return MAX (n, 1);
}

/* The temporal expression that left an undated event without a date: the
 * first unresolved one inside one of its passages, else the first one. */
static char *
dup_relative_phrase (DatelineEvent *event,
                     GHashTable    *articles_by_id)
{
  const DatelineSourceList *sources = dateline_event_get_sources (event);

  if (articles_by_id == NULL)
    return NULL;

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; sources != NULL && i < sources->len; i++)
      {
        const DatelineSource *source = &g_array_index (sources, DatelineSource, i);
        DatelineArticle *article = g_hash_table_lookup (articles_by_id, source->article_id);
        GPtrArray *timexes;
        const char *text;

        if (article == NULL || (timexes = dateline_article_get_timexes (article)) == NULL)
          continue;

        text = dateline_article_get_text (article);

        for (guint t = 0; t < timexes->len; t++)
          {
            const DatelineTimex *timex = g_ptr_array_index (timexes, t);

            if (timex->start < source->start || timex->end > source->end || timex->end <= timex->start)
              continue;
            if (pass == 0 && dateline_when_is_dated (&timex->when))
              continue;

            return g_strndup (text + timex->start, timex->end - timex->start);
          }
      }

  return NULL;
}

/* Groups being collected from the model, before they are ordered. */
typedef struct {
  char  *id;
  char  *label;
  guint  n_items;
  int    rank;     /* position in the article model, kind value… */
  gboolean is_none;
} PendingGroup;

static void
pending_group_clear (gpointer data)
{
  PendingGroup *group = data;

  g_free (group->id);
  g_free (group->label);
}

static guint
pending_group_index (GArray     *pending,
                     GHashTable *index_by_id,
                     const char *id,
                     const char *label,
                     int         rank,
                     gboolean    is_none)
{
  gpointer found;
  PendingGroup group = { 0 };

  if (g_hash_table_lookup_extended (index_by_id, id, NULL, &found))
    return GPOINTER_TO_UINT (found);

  group.id = g_strdup (id);
  group.label = g_strdup (label);
  group.rank = rank;
  group.is_none = is_none;
  g_array_append_val (pending, group);
  g_hash_table_insert (index_by_id, g_array_index (pending, PendingGroup, pending->len - 1).id,
                       GUINT_TO_POINTER (pending->len - 1));

  return pending->len - 1;
}

typedef struct {
  GArray          *pending;
  DatelineLaneMode mode;
} GroupSortContext;

/* Actors with most events first (the story's protagonists on top); kinds
 * in their fixed order; articles in the model's order. "None" last. */
static int
compare_pending_groups (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  const GroupSortContext *context = user_data;
  const PendingGroup *ga = &g_array_index (context->pending, PendingGroup, *(const guint *) a);
  const PendingGroup *gb = &g_array_index (context->pending, PendingGroup, *(const guint *) b);

  if (ga->is_none != gb->is_none)
    return ga->is_none ? 1 : -1;

  if (context->mode == DATELINE_LANES_ACTOR && ga->n_items != gb->n_items)
    return ga->n_items > gb->n_items ? -1 : 1;
  if (ga->rank != gb->rank)
    return ga->rank < gb->rank ? -1 : 1;

  return g_utf8_collate (ga->label, gb->label);
}

static int
compare_claims_by_event (gconstpointer a,
                         gconstpointer b)
{
  const DatelineLayoutClaim *ca = a;
  const DatelineLayoutClaim *cb = b;

  if (ca->event_index != cb->event_index)
    return ca->event_index < cb->event_index ? -1 : 1;
  if (ca->start != cb->start)
    return ca->start < cb->start ? -1 : 1;

  return ca->end < cb->end ? -1 : ca->end > cb->end;
}

static int
compare_markers_by_day (gconstpointer a,
                        gconstpointer b)
{
  const DatelineLayoutMarker *ma = a;
  const DatelineLayoutMarker *mb = b;

  if (ma->day != mb->day)
    return ma->day < mb->day ? -1 : 1;

  return ma->index < mb->index ? -1 : ma->index > mb->index;
}

/* --- GObject -------------------------------------------------------------- */

static void
clear_claims (DatelineLayout *self)
{
  g_clear_pointer (&self->claims, g_free);
  g_clear_pointer (&self->claim_link_order, g_free);
  g_clear_pointer (&self->claim_link_left, g_free);
  g_clear_pointer (&self->claim_link_right, g_free);
  g_clear_pointer (&self->claim_link_max_right, g_free);
  self->n_claims = 0;
}

static void
dateline_layout_finalize (GObject *object)
{
  DatelineLayout *self = DATELINE_LAYOUT (object);

  for (guint g = 0; g < self->n_groups; g++)
    {
      g_free (self->groups[g].id);
      g_free (self->groups[g].label);
    }
  g_clear_pointer (&self->groups, g_free);
  g_clear_pointer (&self->order, g_free);
  g_clear_pointer (&self->items, g_free);
  g_clear_pointer (&self->titles, g_free);
  g_clear_pointer (&self->title_chunk, g_string_chunk_free);
  g_clear_pointer (&self->max_end, g_free);
  g_clear_pointer (&self->block_max_end, g_free);
  g_clear_pointer (&self->event_items, g_free);
  g_clear_pointer (&self->group_items, g_free);
  g_clear_pointer (&self->group_start, g_free);
  if (self->group_maxima_shared)
    {
      self->group_max_end = NULL;
      self->group_block_max_end = NULL;
    }
  g_clear_pointer (&self->group_max_end, g_free);
  g_clear_pointer (&self->group_block_max_end, g_free);
  clear_claims (self);
  g_clear_pointer (&self->undated, g_free);
  g_clear_pointer (&self->markers, g_free);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_object (&self->base);

  G_OBJECT_CLASS (dateline_layout_parent_class)->finalize (object);
}

static void
dateline_layout_class_init (DatelineLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dateline_layout_finalize;

  /**
   * DatelineLayout::groups-changed:
   *
   * The display order, or a group's collapsed or hidden state, changed:
   * redraw. The items did not change.
   */
  signals[GROUPS_CHANGED] = g_signal_new ("groups-changed",
                                          G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
dateline_layout_init (DatelineLayout *self)
{
  self->strings = g_string_chunk_new (1024);
}

static void
emit_groups_changed (DatelineLayout *self)
{
  g_signal_emit (self, signals[GROUPS_CHANGED], 0);
}

/* --- public API ----------------------------------------------------------- */

/**
 * dateline_layout_new:
 * @events: a #GListModel of #DatelineEvent
 *
 * Reads every event once; the layout keeps no reference to @events or to
 * the events, so it must be rebuilt when they change.
 *
 * Returns: (transfer full): a new layout, one band
 */
DatelineLayout *
dateline_layout_new (GListModel *events)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);

  return dateline_layout_new_with_lanes (events, DATELINE_LANES_SINGLE, NULL, NULL);
}

/**
 * dateline_layout_new_with_lanes:
 * @events: a #GListModel of #DatelineEvent
 * @mode: how events are grouped into lanes
 * @actors: (nullable): a #GListModel of #DatelineActor, for group labels
 * @articles: (nullable): a #GListModel of #DatelineArticle, for group
 *   labels, publication markers and the phrases of undated events
 *
 * Also collects, from the same pass over the events: each item's weight
 * (the number of articles among its sources), the claims (dates that a
 * source gives and the event's own date does not cover) and the undated
 * events.
 *
 * Returns: (transfer full): a new layout
 */
DatelineLayout *
dateline_layout_new_with_lanes (GListModel       *events,
                                DatelineLaneMode  mode,
                                GListModel       *actors,
                                GListModel       *articles)
{
  DatelineLayout *self;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GArray) claims = NULL;
  g_autoptr(GArray) undated = NULL;
  g_autoptr(GPtrArray) phrases = NULL;
  g_autoptr(GArray) pending = NULL;
  g_autoptr(GHashTable) group_by_id = NULL;
  g_autoptr(GHashTable) actor_names = NULL;
  g_autoptr(GHashTable) articles_by_id = NULL;
  g_autoptr(GHashTable) article_rank = NULL;
  g_autofree guint *sorted_groups = NULL;
  g_autofree guint *group_remap = NULL;
  g_autofree const char **group_ids = NULL;
  g_autofree const char **group_labels = NULL;
  guint n_events;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);
  g_return_val_if_fail (actors == NULL || G_IS_LIST_MODEL (actors), NULL);
  g_return_val_if_fail (articles == NULL || G_IS_LIST_MODEL (articles), NULL);

  self = g_object_new (DATELINE_TYPE_LAYOUT, NULL);
  self->mode = mode;
  n_events = g_list_model_get_n_items (events);
  items = g_array_sized_new (FALSE, FALSE, sizeof (DatelineLayoutItem), n_events);
  titles = g_ptr_array_sized_new (n_events);
  claims = g_array_new (FALSE, FALSE, sizeof (DatelineLayoutClaim));
  undated = g_array_new (FALSE, FALSE, sizeof (DatelineLayoutUndated));
  phrases = g_ptr_array_new_with_free_func (g_free);
  /* Titles are copied as they are read, so that each event is touched
   * once: in a model of a million events, they are scattered over
   * gigabytes, and every visit is a cache miss. */
  self->title_chunk = g_string_chunk_new (65536);
  pending = g_array_new (FALSE, TRUE, sizeof (PendingGroup));
  g_array_set_clear_func (pending, pending_group_clear);
  group_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  if (actors != NULL)
    {
      actor_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
        {
          g_autoptr(DatelineActor) actor = g_list_model_get_item (actors, i);

          g_hash_table_insert (actor_names, g_strdup (dateline_actor_get_id (actor)),
                               g_strdup (dateline_actor_get_name (actor)));
        }
    }

  if (articles != NULL)
    {
      g_autoptr(GArray) markers = g_array_new (FALSE, FALSE, sizeof (DatelineLayoutMarker));

      articles_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
      article_rank = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
        {
          DatelineArticle *article = g_list_model_get_item (articles, i);
          const DatelineWhen *published = dateline_article_get_published (article);
          const char *title = dateline_article_get_title (article);

          if (title == NULL || *title == '\0')
            title = dateline_article_get_source (article);

          g_hash_table_insert (articles_by_id, (gpointer) dateline_article_get_id (article), article);
          g_hash_table_insert (article_rank, (gpointer) dateline_article_get_id (article), GUINT_TO_POINTER (i));

          if (dateline_when_is_dated (published))
            {
              DatelineLayoutMarker marker = { published->start, title, i };

              g_array_append_val (markers, marker);
            }
        }

      dateline_layout_set_markers (self, (DatelineLayoutMarker *) (gpointer) markers->data, markers->len);
    }

  if (mode == DATELINE_LANES_SINGLE)
    pending_group_index (pending, group_by_id, "", "", 0, FALSE);

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, i);
      const DatelineWhen *when = dateline_event_get_when (event);
      const char *title = g_string_chunk_insert (self->title_chunk, dateline_event_get_title (event) != NULL
                                                                    ? dateline_event_get_title (event) : "");
      DatelineEventKind kind = dateline_event_get_kind (event);
      const DatelineSourceList *sources = dateline_event_get_sources (event);
      DatelineLayoutItem item;
      guint first_new = items->len;
      gboolean disputed = FALSE;

      if (!dateline_when_is_dated (when))
        {
          DatelineLayoutUndated entry = { i, kind, title, NULL };
          char *phrase = dup_relative_phrase (event, articles_by_id);

          g_ptr_array_add (phrases, phrase);
          entry.phrase = phrase;
          g_array_append_val (undated, entry);
          continue;
        }

      /* A source that dates the event elsewhere: a claim, once per span. */
      for (guint s = 0; sources != NULL && s < sources->len; s++)
        {
          const DatelineWhen *claimed = &g_array_index (sources, DatelineSource, s).when;
          DatelineLayoutClaim claim;
          gboolean duplicate = FALSE;

          if (!dateline_when_is_dated (claimed)
              || !(claimed->end < when->start || claimed->start > when->end))
            continue;

          claim = (DatelineLayoutClaim) { i, flags_for_when (claimed), claimed->start, claimed->end + 1.0 };
          for (guint c = claims->len; c > 0 && !duplicate; c--)
            {
              const DatelineLayoutClaim *other = &g_array_index (claims, DatelineLayoutClaim, c - 1);

              if (other->event_index != i)
                break;
              duplicate = other->start == claim.start && other->end == claim.end;
            }
          if (!duplicate)
            {
              g_array_append_val (claims, claim);
              disputed = TRUE;
            }
        }

      item = (DatelineLayoutItem) {
        .start = when->start,
        .end = (double) when->end + 1.0,   /* inclusive day -> exclusive bound */
        .lane = 0,
        .flags = flags_for_event (event, when) | (disputed ? DATELINE_LAYOUT_FLAG_DISPUTED : 0),
        .event_index = i,
        .kind = kind,
        .group = 0,
        .weight = count_source_articles (sources),
      };

      switch (mode)
        {
        case DATELINE_LANES_KIND:
          item.group = pending_group_index (pending, group_by_id, dateline_event_kind_to_string (kind),
                                            dateline_renderer_kind_group_label (kind), kind, FALSE);
          g_array_append_val (items, item);
          break;

        case DATELINE_LANES_ACTOR:
          {
            const char * const *actor_ids = dateline_event_get_actors (event);

            for (guint a = 0; actor_ids != NULL && actor_ids[a] != NULL; a++)
              {
                const char *name = actor_names != NULL ? g_hash_table_lookup (actor_names, actor_ids[a]) : NULL;
                gboolean seen = FALSE;

                item.group = pending_group_index (pending, group_by_id, actor_ids[a],
                                                  name != NULL ? name : actor_ids[a], 0, FALSE);
                for (guint k = first_new; k < items->len && !seen; k++)
                  seen = g_array_index (items, DatelineLayoutItem, k).group == item.group;
                if (!seen)
                  g_array_append_val (items, item);
              }

            if (items->len == first_new)
              {
                item.group = pending_group_index (pending, group_by_id, "",
                                                  dateline_renderer_no_group_label (mode), 0, TRUE);
                g_array_append_val (items, item);
              }
          }
          break;

        case DATELINE_LANES_ARTICLE:
          for (guint s = 0; sources != NULL && s < sources->len; s++)
            {
              const char *article_id = g_array_index (sources, DatelineSource, s).article_id;
              DatelineArticle *article = articles_by_id != NULL ? g_hash_table_lookup (articles_by_id, article_id) : NULL;
              const char *label = article_id;
              gboolean seen = FALSE;
              int rank = G_MAXINT;

              if (article != NULL)
                {
                  label = dateline_article_get_title (article);
                  if (label == NULL || *label == '\0')
                    label = dateline_article_get_source (article);
                  rank = (int) GPOINTER_TO_UINT (g_hash_table_lookup (article_rank, article_id));
                }

              item.group = pending_group_index (pending, group_by_id, article_id, label, rank, FALSE);
              for (guint k = first_new; k < items->len && !seen; k++)
                seen = g_array_index (items, DatelineLayoutItem, k).group == item.group;
              if (!seen)
                g_array_append_val (items, item);
            }

          if (items->len == first_new)
            {
              item.group = pending_group_index (pending, group_by_id, "",
                                                dateline_renderer_no_group_label (mode), G_MAXINT, TRUE);
              g_array_append_val (items, item);
            }
          break;

        case DATELINE_LANES_SINGLE:
        default:
          g_array_append_val (items, item);
          break;
        }

      for (guint k = first_new; k < items->len; k++)
        {
          g_ptr_array_add (titles, (gpointer) title);
          g_array_index (pending, PendingGroup, g_array_index (items, DatelineLayoutItem, k).group).n_items++;
        }
    }

  /* Order the groups, then renumber the items' groups to match. */
  if (pending->len == 0)
    pending_group_index (pending, group_by_id, "", "", 0, FALSE);

  sorted_groups = g_new (guint, pending->len);
  group_remap = g_new (guint, pending->len);
  group_ids = g_new (const char *, pending->len);
  group_labels = g_new (const char *, pending->len);
  for (guint g = 0; g < pending->len; g++)
    sorted_groups[g] = g;
  {
    GroupSortContext context = { pending, mode };

    g_qsort_with_data (sorted_groups, pending->len, sizeof (guint), compare_pending_groups, &context);
  }
  for (guint g = 0; g < pending->len; g++)
    {
      const PendingGroup *group = &g_array_index (pending, PendingGroup, sorted_groups[g]);

      group_remap[sorted_groups[g]] = g;
      group_ids[g] = group->id;
      group_labels[g] = group->label;
    }
  for (guint k = 0; k < items->len; k++)
    g_array_index (items, DatelineLayoutItem, k).group = group_remap[g_array_index (items, DatelineLayoutItem, k).group];

  init_groups (self, pending->len, group_ids, group_labels);

  {
    guint n_items = items->len;

    dateline_layout_take_items (self, (DatelineLayoutItem *) (gpointer) g_array_free (g_steal_pointer (&items), FALSE),
                                n_items, (const char * const *) titles->pdata, FALSE, FALSE);
  }

  dateline_layout_set_claims (self, (DatelineLayoutClaim *) (gpointer) claims->data, claims->len);
  dateline_layout_set_undated (self, (DatelineLayoutUndated *) (gpointer) undated->data, undated->len);

  return self;
}

static DatelineLayout *
new_for_items_in_groups (DatelineLayoutItem *items,
                         guint               n_items,
                         const char * const *titles,
                         const char * const *group_labels,
                         guint               n_groups)
{
  DatelineLayout *self;
  DatelineLayoutItem *copy;
  g_autofree const char **kept_titles = NULL;
  guint n_kept = 0;

  self = g_object_new (DATELINE_TYPE_LAYOUT, NULL);
  self->mode = n_groups > 0 ? DATELINE_LANES_ACTOR : DATELINE_LANES_SINGLE;
  init_groups (self, n_groups, group_labels, group_labels);

  copy = g_new (DatelineLayoutItem, MAX (n_items, 1));
  kept_titles = g_new0 (const char *, MAX (n_items, 1));

  for (guint i = 0; i < n_items; i++)
    {
      if (!isfinite (items[i].start))
        {
          self->n_undated++;
          continue;
        }

      copy[n_kept] = items[i];
      copy[n_kept].lane = 0;
      copy[n_kept].flags &= ~DATELINE_LAYOUT_FLAG_DISPUTED;
      if (n_groups == 0 || copy[n_kept].group >= self->n_groups)
        copy[n_kept].group = n_groups == 0 ? 0 : self->n_groups - 1;
      if (!(copy[n_kept].end >= copy[n_kept].start))
        copy[n_kept].end = copy[n_kept].start;
      kept_titles[n_kept] = titles != NULL ? titles[i] : NULL;
      n_kept++;
    }

  dateline_layout_take_items (self, copy, n_kept, kept_titles, FALSE, TRUE);

  return self;
}

/**
 * dateline_layout_new_for_items:
 * @items: (array length=n_items): items; start, end, flags, event_index,
 *   kind and weight are read, lane and group are not
 * @titles: (nullable) (array length=n_items): one title per item
 *
 * Items whose start is not a finite number are counted as undated. An end
 * before the start is taken to be the start.
 *
 * Returns: (transfer full): a new layout with one band
 */
DatelineLayout *
dateline_layout_new_for_items (DatelineLayoutItem *items,
                               guint               n_items,
                               const char * const *titles)
{
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  return new_for_items_in_groups (items, n_items, titles, NULL, 0);
}

/**
 * dateline_layout_new_for_groups:
 * @items: (array length=n_items): items, with their group set (a group
 *   out of range is taken to be the last)
 * @titles: (nullable) (array length=n_items): one title per item
 * @group_labels: (array length=n_groups): the groups' labels and ids
 *
 * Returns: (transfer full): a new layout with @n_groups lane groups
 */
DatelineLayout *
dateline_layout_new_for_groups (DatelineLayoutItem *items,
                                guint               n_items,
                                const char * const *titles,
                                const char * const *group_labels,
                                guint               n_groups)
{
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);
  g_return_val_if_fail (group_labels != NULL || n_groups == 0, NULL);
  g_return_val_if_fail (n_groups > 0, NULL);

  return new_for_items_in_groups (items, n_items, titles, group_labels, n_groups);
}

/**
 * dateline_layout_new_filtered:
 * @base: the layout to filter
 * @event_visible: (array length=n_events): non-zero for events to keep
 *
 * Returns: (transfer full): a new layout
 */
DatelineLayout *
dateline_layout_new_filtered (DatelineLayout *base,
                              const guint8   *event_visible,
                              guint           n_events)
{
  DatelineLayout *self;
  DatelineLayoutItem *items;
  g_autofree const char **titles = NULL;
  g_autoptr(GArray) claims = NULL;
  g_autoptr(GArray) undated = NULL;
  guint n_kept = 0;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (base), NULL);
  g_return_val_if_fail (event_visible != NULL || n_events == 0, NULL);

#define VISIBLE(index) ((index) < n_events && event_visible[(index)] != 0)

  self = g_object_new (DATELINE_TYPE_LAYOUT, NULL);
  self->mode = base->mode;
  self->base = g_object_ref (base->base != NULL ? base->base : base);

  self->n_groups = base->n_groups;
  self->groups = g_new0 (Group, self->n_groups);
  self->order = g_memdup2 (base->order, self->n_groups * sizeof (guint));
  for (guint g = 0; g < self->n_groups; g++)
    {
      self->groups[g] = base->groups[g];
      self->groups[g].id = g_strdup (base->groups[g].id);
      self->groups[g].label = g_strdup (base->groups[g].label);
    }

  items = g_new (DatelineLayoutItem, MAX (base->n_items, 1));
  titles = g_new (const char *, MAX (base->n_items, 1));
  for (guint i = 0; i < base->n_items; i++)
    if (VISIBLE (base->items[i].event_index))
      {
        items[n_kept] = base->items[i];
        titles[n_kept] = base->titles[i];
        n_kept++;
      }

  /* Already in order: the filter keeps it. */
  dateline_layout_take_items (self, items, n_kept, titles, TRUE, FALSE);

  claims = g_array_new (FALSE, FALSE, sizeof (DatelineLayoutClaim));
  for (guint c = 0; c < base->n_claims; c++)
    if (VISIBLE (base->claims[c].event_index))
      g_array_append_val (claims, base->claims[c]);
  dateline_layout_set_claims (self, (DatelineLayoutClaim *) (gpointer) claims->data, claims->len);

  undated = g_array_new (FALSE, FALSE, sizeof (DatelineLayoutUndated));
  for (guint u = 0; u < base->n_undated_entries; u++)
    if (VISIBLE (base->undated[u].event_index))
      g_array_append_val (undated, base->undated[u]);
  if (base->n_undated_entries > 0 || base->n_undated == 0)
    dateline_layout_set_undated (self, (DatelineLayoutUndated *) (gpointer) undated->data, undated->len);
  else
    self->n_undated = base->n_undated;

  dateline_layout_set_markers (self, base->markers, base->n_markers);

#undef VISIBLE

  return self;
}

DatelineLaneMode
dateline_layout_get_lane_mode (DatelineLayout *self)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), DATELINE_LANES_SINGLE);

  return self->mode;
}

/**
 * dateline_layout_get_items:
 * @n_items: (out): the number of dated items
 *
 * Returns: (transfer none) (array length=n_items): the items, sorted by
 *   start
 */
const DatelineLayoutItem *
dateline_layout_get_items (DatelineLayout *self,
                           guint          *n_items)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), NULL);

  if (n_items != NULL)
    *n_items = self->n_items;

  return self->items;
}

/**
 * dateline_layout_get_item_title:
 * @item: an item index (not an event index)
 *
 * Returns: (transfer none): the title, "" when there is none
 */
const char *
dateline_layout_get_item_title (DatelineLayout *self,
                                guint           item)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (item < self->n_items, NULL);

  return self->titles[item];
}

guint
dateline_layout_get_n_lanes (DatelineLayout *self)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);

  return self->n_lanes;
}

guint
dateline_layout_get_n_undated (DatelineLayout *self)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);

  return self->n_undated;
}

gboolean
dateline_layout_get_extent (DatelineLayout *self,
                            double         *begin,
                            double         *end)
{
  double first, last, padding;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), FALSE);

  if (self->n_items == 0)
    return FALSE;

  first = self->items[0].start;
  last = self->max_end[self->n_items - 1];
  padding = MAX (EXTENT_MIN_PADDING, (last - first) * EXTENT_PADDING);

  if (begin != NULL)
    *begin = first - padding;
  if (end != NULL)
    *end = last + padding;

  return TRUE;
}

/* The first position in [lo, hi) whose value exceeds @t (or is at least @t
 * when @inclusive), in a non-decreasing array. */
static inline guint
search_sorted (const double *values,
               guint         lo,
               guint         hi,
               double        t,
               gboolean      inclusive)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (inclusive ? values[mid] >= t : values[mid] > t)
        hi = mid;
      else
        lo = mid + 1;
    }

  return lo;
}

guint
dateline_layout_find_first (DatelineLayout *self,
                            double          t)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);

  return search_sorted (self->max_end, 0, self->n_items, t, FALSE);
}

guint
dateline_layout_find_start (DatelineLayout *self,
                            double          t)
{
  guint lo = 0, hi;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);

  hi = self->n_items;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->items[mid].start >= t)
        hi = mid;
      else
        lo = mid + 1;
    }

  return lo;
}

guint
dateline_layout_find_next (DatelineLayout *self,
                           guint           from,
                           double          t)
{
  guint i = from;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);

  while (i < self->n_items)
    {
      if (i % BLOCK_SIZE == 0 && self->block_max_end[i >> BLOCK_SHIFT] <= t)
        {
          i += BLOCK_SIZE;
          continue;
        }

      if (self->items[i].end > t)
        return i;

      i++;
    }

  return self->n_items;
}

static guint
lower_bound_event (DatelineLayout *self,
                   guint           event_index)
{
  guint lo = 0, hi = self->n_items;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->items[self->event_items[mid]].event_index < event_index)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

guint
dateline_layout_lookup_event (DatelineLayout *self,
                              guint           event_index)
{
  guint lo;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), G_MAXUINT);

  lo = lower_bound_event (self, event_index);
  if (lo < self->n_items && self->items[self->event_items[lo]].event_index == event_index)
    return self->event_items[lo];

  return G_MAXUINT;
}

const guint32 *
dateline_layout_lookup_event_items (DatelineLayout *self,
                                    guint           event_index,
                                    guint          *n_items)
{
  guint lo, hi;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  lo = lower_bound_event (self, event_index);
  for (hi = lo; hi < self->n_items && self->items[self->event_items[hi]].event_index == event_index; hi++)
    ;

  *n_items = hi - lo;

  return hi > lo ? self->event_items + lo : NULL;
}

/* --- groups --------------------------------------------------------------- */

guint
dateline_layout_get_n_groups (DatelineLayout *self)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);

  return self->n_groups;
}

const char *
dateline_layout_get_group_id (DatelineLayout *self,
                              guint           group)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (group < self->n_groups, NULL);

  return self->groups[group].id;
}

const char *
dateline_layout_get_group_label (DatelineLayout *self,
                                 guint           group)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (group < self->n_groups, NULL);

  return self->groups[group].label;
}

guint
dateline_layout_get_group_n_lanes (DatelineLayout *self,
                                   guint           group)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);
  g_return_val_if_fail (group < self->n_groups, 0);

  return self->groups[group].n_lanes;
}

guint
dateline_layout_get_group_n_items (DatelineLayout *self,
                                   guint           group)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);
  g_return_val_if_fail (group < self->n_groups, 0);

  return self->groups[group].n_items;
}

guint
dateline_layout_lookup_group (DatelineLayout *self,
                              const char     *id)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), G_MAXUINT);
  g_return_val_if_fail (id != NULL, G_MAXUINT);

  for (guint g = 0; g < self->n_groups; g++)
    if (strcmp (self->groups[g].id, id) == 0)
      return g;

  return G_MAXUINT;
}

gboolean
dateline_layout_set_group_order (DatelineLayout *self,
                                 const guint    *order,
                                 guint           n_groups)
{
  g_autofree gboolean *seen = NULL;
  gboolean changed = FALSE;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (order != NULL, FALSE);

  if (n_groups != self->n_groups)
    return FALSE;

  seen = g_new0 (gboolean, n_groups);
  for (guint p = 0; p < n_groups; p++)
    {
      if (order[p] >= n_groups || seen[order[p]])
        return FALSE;
      seen[order[p]] = TRUE;
    }

  for (guint p = 0; p < n_groups; p++)
    {
      changed |= self->order[p] != order[p];
      self->order[p] = order[p];
      self->groups[order[p]].position = p;
    }

  if (changed)
    emit_groups_changed (self);

  return TRUE;
}

void
dateline_layout_move_group (DatelineLayout *self,
                            guint           group,
                            guint           position)
{
  guint from;

  g_return_if_fail (DATELINE_IS_LAYOUT (self));
  g_return_if_fail (group < self->n_groups);

  position = MIN (position, self->n_groups - 1);
  from = self->groups[group].position;
  if (from == position)
    return;

  if (from < position)
    memmove (self->order + from, self->order + from + 1, (position - from) * sizeof (guint));
  else
    memmove (self->order + position + 1, self->order + position, (from - position) * sizeof (guint));
  self->order[position] = group;

  for (guint p = MIN (from, position); p <= MAX (from, position); p++)
    self->groups[self->order[p]].position = p;

  emit_groups_changed (self);
}

guint
dateline_layout_get_group_at_position (DatelineLayout *self,
                                       guint           position)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), G_MAXUINT);
  g_return_val_if_fail (position < self->n_groups, G_MAXUINT);

  return self->order[position];
}

guint
dateline_layout_get_group_position (DatelineLayout *self,
                                    guint           group)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), G_MAXUINT);
  g_return_val_if_fail (group < self->n_groups, G_MAXUINT);

  return self->groups[group].position;
}

void
dateline_layout_set_group_collapsed (DatelineLayout *self,
                                     guint           group,
                                     gboolean        collapsed)
{
  g_return_if_fail (DATELINE_IS_LAYOUT (self));
  g_return_if_fail (group < self->n_groups);

  collapsed = !!collapsed;
  if (self->groups[group].collapsed == collapsed)
    return;

  self->groups[group].collapsed = collapsed;
  emit_groups_changed (self);
}

gboolean
dateline_layout_get_group_collapsed (DatelineLayout *self,
                                     guint           group)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (group < self->n_groups, FALSE);

  return self->groups[group].collapsed;
}

void
dateline_layout_set_group_hidden (DatelineLayout *self,
                                  guint           group,
                                  gboolean        hidden)
{
  g_return_if_fail (DATELINE_IS_LAYOUT (self));
  g_return_if_fail (group < self->n_groups);

  hidden = !!hidden;
  if (self->groups[group].hidden == hidden)
    return;

  self->groups[group].hidden = hidden;
  emit_groups_changed (self);
}

gboolean
dateline_layout_get_group_hidden (DatelineLayout *self,
                                  guint           group)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (group < self->n_groups, FALSE);

  return self->groups[group].hidden;
}

guint
dateline_layout_get_group_n_rows (DatelineLayout *self,
                                  guint           group)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);
  g_return_val_if_fail (group < self->n_groups, 0);

  if (self->groups[group].hidden || self->groups[group].collapsed)
    return 0;

  return self->groups[group].n_lanes;
}

guint
dateline_layout_get_n_rows (DatelineLayout *self)
{
  guint n = 0;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);

  for (guint g = 0; g < self->n_groups; g++)
    n += dateline_layout_get_group_n_rows (self, g);

  return n;
}

const guint32 *
dateline_layout_get_group_items (DatelineLayout *self,
                                 guint           group,
                                 guint          *n_items)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (group < self->n_groups, NULL);

  if (n_items != NULL)
    *n_items = self->groups[group].n_items;

  return self->group_items + self->groups[group].first;
}

guint
dateline_layout_group_find_start (DatelineLayout *self,
                                  guint           group,
                                  double          t)
{
  const Group *g;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);
  g_return_val_if_fail (group < self->n_groups, 0);

  g = &self->groups[group];

  return search_sorted (self->group_start, g->first, g->first + g->n_items, t, TRUE) - g->first;
}

guint
dateline_layout_group_find_first (DatelineLayout *self,
                                  guint           group,
                                  double          t)
{
  const Group *g;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);
  g_return_val_if_fail (group < self->n_groups, 0);

  g = &self->groups[group];

  return search_sorted (self->group_max_end, g->first, g->first + g->n_items, t, FALSE) - g->first;
}

guint
dateline_layout_group_find_next (DatelineLayout *self,
                                 guint           group,
                                 guint           from,
                                 double          t)
{
  const Group *g;
  guint i, last;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);
  g_return_val_if_fail (group < self->n_groups, 0);

  g = &self->groups[group];
  last = g->first + g->n_items;

  for (i = g->first + from; i < last; )
    {
      if (i % BLOCK_SIZE == 0 && self->group_block_max_end[i >> BLOCK_SHIFT] <= t)
        {
          i += BLOCK_SIZE;
          continue;
        }

      if (self->items[self->group_items[i]].end > t)
        return i - g->first;

      i++;
    }

  return g->n_items;
}

/* --- claims, undated events, markers -------------------------------------- */

/* The event's own span, from its first item; FALSE when it has none. */
static gboolean
event_span (DatelineLayout *self,
            guint           event_index,
            double         *start,
            double         *end)
{
  guint item = dateline_layout_lookup_event (self, event_index);

  if (item == G_MAXUINT)
    return FALSE;

  *start = self->items[item].start;
  *end = self->items[item].end;

  return TRUE;
}

static int
compare_link_order (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const double *left = user_data;
  guint32 ia = *(const guint32 *) a;
  guint32 ib = *(const guint32 *) b;

  if (left[ia] != left[ib])
    return left[ia] < left[ib] ? -1 : 1;

  return ia < ib ? -1 : ia > ib;
}

void
dateline_layout_set_claims (DatelineLayout            *self,
                            const DatelineLayoutClaim *claims,
                            guint                      n_claims)
{
  g_autofree double *left = NULL;
  g_autofree double *right = NULL;
  guint n = 0;

  g_return_if_fail (DATELINE_IS_LAYOUT (self));
  g_return_if_fail (claims != NULL || n_claims == 0);

  clear_claims (self);
  for (guint i = 0; i < self->n_items; i++)
    self->items[i].flags &= ~DATELINE_LAYOUT_FLAG_DISPUTED;

  self->claims = g_new (DatelineLayoutClaim, MAX (n_claims, 1));
  left = g_new (double, MAX (n_claims, 1));
  right = g_new (double, MAX (n_claims, 1));

  /* Only claims of events on the axis: an undated event has no mark to
   * link them to. */
  for (guint c = 0; c < n_claims; c++)
    {
      double start, end;

      if (!isfinite (claims[c].start) || !event_span (self, claims[c].event_index, &start, &end))
        continue;

      self->claims[n] = claims[c];
      if (!(self->claims[n].end >= self->claims[n].start))
        self->claims[n].end = self->claims[n].start;
      n++;
    }
  self->n_claims = n;
  if (n > 1)
    qsort (self->claims, n, sizeof (DatelineLayoutClaim), compare_claims_by_event);

  /* A claim is visible while any part of the link from its mark to the
   * event's is: search by the link's left end, with a running maximum of
   * the right ends, as for items. */
  self->claim_link_order = g_new (guint32, MAX (n, 1));
  self->claim_link_left = g_new (double, MAX (n, 1));
  self->claim_link_right = g_new (double, MAX (n, 1));
  self->claim_link_max_right = g_new (double, MAX (n, 1));

  for (guint c = 0; c < n; c++)
    {
      double start = 0, end = 0;
      guint n_event_items;
      const guint32 *event_items;

      event_span (self, self->claims[c].event_index, &start, &end);
      left[c] = MIN (start, self->claims[c].start);
      right[c] = MAX (end, self->claims[c].end);
      self->claim_link_order[c] = c;

      event_items = dateline_layout_lookup_event_items (self, self->claims[c].event_index, &n_event_items);
      for (guint k = 0; k < n_event_items; k++)
        self->items[event_items[k]].flags |= DATELINE_LAYOUT_FLAG_DISPUTED;
    }

  if (n > 1)
    g_qsort_with_data (self->claim_link_order, n, sizeof (guint32), compare_link_order, left);

  for (guint k = 0; k < n; k++)
    {
      guint32 c = self->claim_link_order[k];

      self->claim_link_left[k] = left[c];
      self->claim_link_right[k] = right[c];
      self->claim_link_max_right[k] = k > 0 ? MAX (self->claim_link_max_right[k - 1], right[c]) : right[c];
    }
}

const DatelineLayoutClaim *
dateline_layout_get_event_claims (DatelineLayout *self,
                                  guint           event_index,
                                  guint          *n_claims)
{
  guint lo = 0, hi;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (n_claims != NULL, NULL);

  hi = self->n_claims;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->claims[mid].event_index < event_index)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (hi = lo; hi < self->n_claims && self->claims[hi].event_index == event_index; hi++)
    ;

  *n_claims = hi - lo;

  return hi > lo ? self->claims + lo : NULL;
}

const DatelineLayoutClaim *
dateline_layout_get_claims (DatelineLayout *self,
                            guint          *n_claims)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), NULL);

  if (n_claims != NULL)
    *n_claims = self->n_claims;

  return self->claims;
}

guint
dateline_layout_find_first_claim (DatelineLayout *self,
                                  double          t)
{
  return search_sorted (self->claim_link_max_right, 0, self->n_claims, t, FALSE);
}

guint
dateline_layout_get_n_claim_links (DatelineLayout *self)
{
  return self->n_claims;
}

const DatelineLayoutClaim *
dateline_layout_get_claim_link (DatelineLayout *self,
                                guint           k,
                                double         *left,
                                double         *right)
{
  g_assert (k < self->n_claims);

  *left = self->claim_link_left[k];
  *right = self->claim_link_right[k];

  return &self->claims[self->claim_link_order[k]];
}

void
dateline_layout_set_undated (DatelineLayout              *self,
                             const DatelineLayoutUndated *undated,
                             guint                        n_undated)
{
  g_return_if_fail (DATELINE_IS_LAYOUT (self));
  g_return_if_fail (undated != NULL || n_undated == 0);

  g_clear_pointer (&self->undated, g_free);
  self->undated = g_new (DatelineLayoutUndated, MAX (n_undated, 1));
  self->n_undated_entries = n_undated;
  self->n_undated = n_undated;

  /* The strings are never freed one by one: a chunk grows with every set,
   * which is rare (once per layout, in practice). */
  for (guint u = 0; u < n_undated; u++)
    {
      self->undated[u] = undated[u];
      self->undated[u].title = g_string_chunk_insert_const (self->strings, undated[u].title != NULL ? undated[u].title : "");
      self->undated[u].phrase = undated[u].phrase != NULL ? g_string_chunk_insert_const (self->strings, undated[u].phrase) : NULL;
    }
}

const DatelineLayoutUndated *
dateline_layout_get_undated (DatelineLayout *self,
                             guint          *n_undated)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), NULL);

  if (n_undated != NULL)
    *n_undated = self->n_undated_entries;

  return self->n_undated_entries > 0 ? self->undated : NULL;
}

void
dateline_layout_set_markers (DatelineLayout             *self,
                             const DatelineLayoutMarker *markers,
                             guint                       n_markers)
{
  g_return_if_fail (DATELINE_IS_LAYOUT (self));
  g_return_if_fail (markers != NULL || n_markers == 0);

  g_clear_pointer (&self->markers, g_free);
  self->markers = g_new (DatelineLayoutMarker, MAX (n_markers, 1));
  self->n_markers = 0;

  for (guint m = 0; m < n_markers; m++)
    {
      if (!isfinite (markers[m].day))
        continue;

      self->markers[self->n_markers] = markers[m];
      self->markers[self->n_markers].label = g_string_chunk_insert_const (self->strings, markers[m].label != NULL ? markers[m].label : "");
      self->n_markers++;
    }

  if (self->n_markers > 1)
    qsort (self->markers, self->n_markers, sizeof (DatelineLayoutMarker), compare_markers_by_day);
}

const DatelineLayoutMarker *
dateline_layout_get_markers (DatelineLayout *self,
                             guint          *n_markers)
{
  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), NULL);

  if (n_markers != NULL)
    *n_markers = self->n_markers;

  return self->n_markers > 0 ? self->markers : NULL;
}

guint
dateline_layout_find_marker (DatelineLayout *self,
                             double          day)
{
  guint lo = 0, hi;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);

  hi = self->n_markers;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->markers[mid].day >= day)
        hi = mid;
      else
        lo = mid + 1;
    }

  return lo;
}
