/* dateline-layout.c — events packed for drawing: sorted, laned, searchable
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dateline-date.h"
#include "dateline-event.h"
#include "dateline-layout.h"

/* Items per block for dateline_layout_find_next(): one double per 64 items
 * keeps the skip table small and a skipped block worth the branch. */
#define BLOCK_SHIFT 6
#define BLOCK_SIZE  (1u << BLOCK_SHIFT)

/* The extent is padded by this fraction of the events' range on each side,
 * and by at least a day, so that no mark sits on the edge of a fitted view. */
#define EXTENT_PADDING     0.05
#define EXTENT_MIN_PADDING 1.0

typedef struct {
  guint32 event_index;
  guint32 item;
} EventToItem;

struct _DatelineLayout
{
  GObject parent_instance;

  /* Everything below is written once, at construction, and read-only
   * afterwards: a layout is rebuilt, never edited, when events change. */
  DatelineLayoutItem *items;          /* n_items, sorted by start */
  guint               n_items;
  const char        **titles;         /* n_items, point into title_chunk */
  GStringChunk       *title_chunk;
  double             *max_end;        /* n_items, running maximum of ends */
  double             *block_max_end;  /* one per BLOCK_SIZE items */
  EventToItem        *event_to_item;  /* n_items, sorted by event index */
  guint               n_lanes;
  guint               n_undated;
};

G_DEFINE_FINAL_TYPE (DatelineLayout, dateline_layout, G_TYPE_OBJECT)

/* --- sorting ------------------------------------------------------------ */

/* Start first; at equal starts the longer item first, so that it takes the
 * lower lane; then the event index, so that the order is deterministic. */
static int
compare_items_by_start (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  const DatelineLayoutItem *items = user_data;
  const DatelineLayoutItem *ia = &items[*(const guint32 *) a];
  const DatelineLayoutItem *ib = &items[*(const guint32 *) b];

  if (ia->start != ib->start)
    return ia->start < ib->start ? -1 : 1;
  if (ia->end != ib->end)
    return ia->end > ib->end ? -1 : 1;
  if (ia->event_index != ib->event_index)
    return ia->event_index < ib->event_index ? -1 : 1;

  return 0;
}

static int
compare_event_to_item (gconstpointer a,
                       gconstpointer b)
{
  const EventToItem *ea = a;
  const EventToItem *eb = b;

  if (ea->event_index != eb->event_index)
    return ea->event_index < eb->event_index ? -1 : 1;

  return ea->item < eb->item ? -1 : ea->item > eb->item;
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

static void
assign_lanes (DatelineLayout *self)
{
  LaneTree lanes;

  lane_tree_init (&lanes, 16);
  self->n_lanes = 0;

  for (guint i = 0; i < self->n_items; i++)
    {
      DatelineLayoutItem *item = &self->items[i];
      guint lane = lane_tree_find_free (&lanes, item->start);

      item->lane = lane;
      self->n_lanes = MAX (self->n_lanes, lane + 1);

      /* A zero-length item still occupies its instant, so that two of them
       * at the same time do not share a lane and hide each other. */
      lane_tree_set (&lanes, lane,
                     item->end > item->start ? item->end : nextafter (item->start, INFINITY));
    }

  g_free (lanes.tree);
}

/* --- construction ------------------------------------------------------- */

/* Takes the unsorted @items (n_items, owned, g_new) and their @titles (may
 * be NULL), sorts them and builds the search tables. */
static void
dateline_layout_take_items (DatelineLayout     *self,
                            DatelineLayoutItem *items,
                            guint               n_items,
                            const char * const *titles)
{
  g_autofree guint32 *order = NULL;
  guint n_blocks;

  order = g_new (guint32, MAX (n_items, 1));
  for (guint i = 0; i < n_items; i++)
    order[i] = i;
  g_qsort_with_data (order, n_items, sizeof (guint32), compare_items_by_start, items);

  self->n_items = n_items;
  self->items = g_new (DatelineLayoutItem, MAX (n_items, 1));
  self->titles = g_new (const char *, MAX (n_items, 1));
  self->title_chunk = g_string_chunk_new (4096);

  /* Titles are copied in drawing order, so that the labels of neighbouring
   * marks sit next to each other in memory. */
  for (guint i = 0; i < n_items; i++)
    {
      const char *title = titles != NULL ? titles[order[i]] : NULL;

      self->items[i] = items[order[i]];
      self->titles[i] = g_string_chunk_insert (self->title_chunk, title != NULL ? title : "");
    }

  g_free (items);

  assign_lanes (self);

  /* find_first() binary-searches the running maximum of the ends: it is
   * non-decreasing even when a long span starts early, and the first index
   * where it exceeds t is exactly the first item ending after t. */
  self->max_end = g_new (double, MAX (n_items, 1));
  n_blocks = (n_items + BLOCK_SIZE - 1) / BLOCK_SIZE;
  self->block_max_end = g_new (double, MAX (n_blocks, 1));

  for (guint i = 0; i < n_items; i++)
    {
      double end = self->items[i].end;

      self->max_end[i] = i > 0 ? MAX (self->max_end[i - 1], end) : end;

      if (i % BLOCK_SIZE == 0)
        self->block_max_end[i / BLOCK_SIZE] = end;
      else
        self->block_max_end[i / BLOCK_SIZE] = MAX (self->block_max_end[i / BLOCK_SIZE], end);
    }

  self->event_to_item = g_new (EventToItem, MAX (n_items, 1));
  for (guint i = 0; i < n_items; i++)
    {
      self->event_to_item[i].event_index = self->items[i].event_index;
      self->event_to_item[i].item = i;
    }
  qsort (self->event_to_item, n_items, sizeof (EventToItem), compare_event_to_item);
}

static guint32
flags_for_event (const DatelineWhen *when,
                 DatelineEventKind   kind)
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

  if (kind == DATELINE_EVENT_DEADLINE)
    flags |= DATELINE_LAYOUT_FLAG_FUTURE;

  return flags;
}

/* --- GObject -------------------------------------------------------------- */

static void
dateline_layout_finalize (GObject *object)
{
  DatelineLayout *self = DATELINE_LAYOUT (object);

  g_clear_pointer (&self->items, g_free);
  g_clear_pointer (&self->titles, g_free);
  g_clear_pointer (&self->title_chunk, g_string_chunk_free);
  g_clear_pointer (&self->max_end, g_free);
  g_clear_pointer (&self->block_max_end, g_free);
  g_clear_pointer (&self->event_to_item, g_free);

  G_OBJECT_CLASS (dateline_layout_parent_class)->finalize (object);
}

static void
dateline_layout_class_init (DatelineLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dateline_layout_finalize;
}

static void
dateline_layout_init (DatelineLayout *self)
{
}

/* --- public API ----------------------------------------------------------- */

/**
 * dateline_layout_new:
 * @events: a #GListModel of #DatelineEvent
 *
 * Reads every event once; the layout keeps no reference to @events or to
 * the events, so it must be rebuilt when they change.
 *
 * Returns: (transfer full): a new layout
 */
DatelineLayout *
dateline_layout_new (GListModel *events)
{
  DatelineLayout *self;
  g_autofree const char **titles = NULL;
  g_autoptr(GPtrArray) keep_alive = NULL;
  DatelineLayoutItem *items;
  guint n_events;
  guint n_items = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);

  self = g_object_new (DATELINE_TYPE_LAYOUT, NULL);
  n_events = g_list_model_get_n_items (events);
  items = g_new (DatelineLayoutItem, MAX (n_events, 1));
  titles = g_new (const char *, MAX (n_events, 1));
  /* The titles are borrowed until they are copied into the chunk. */
  keep_alive = g_ptr_array_new_full (n_events, g_object_unref);

  for (guint i = 0; i < n_events; i++)
    {
      DatelineEvent *event = g_list_model_get_item (events, i);
      const DatelineWhen *when;
      DatelineEventKind kind;

      g_ptr_array_add (keep_alive, event);
      when = dateline_event_get_when (event);
      kind = dateline_event_get_kind (event);

      if (!dateline_when_is_dated (when))
        {
          self->n_undated++;
          continue;
        }

      items[n_items] = (DatelineLayoutItem) {
        .start = when->start,
        .end = (double) when->end + 1.0,   /* inclusive day -> exclusive bound */
        .lane = 0,
        .flags = flags_for_event (when, kind),
        .event_index = i,
        .kind = kind,
      };
      titles[n_items] = dateline_event_get_title (event);
      n_items++;
    }

  dateline_layout_take_items (self, items, n_items, titles);

  return self;
}

/**
 * dateline_layout_new_for_items:
 * @items: (array length=n_items): items; start, end, flags, event_index and
 *   kind are read, lane is computed
 * @titles: (nullable) (array length=n_items): one title per item
 *
 * Items whose start is not a finite number are counted as undated. An end
 * before the start is taken to be the start.
 *
 * Returns: (transfer full): a new layout
 */
DatelineLayout *
dateline_layout_new_for_items (DatelineLayoutItem *items,
                               guint               n_items,
                               const char * const *titles)
{
  DatelineLayout *self;
  DatelineLayoutItem *copy;
  g_autofree const char **kept_titles = NULL;
  guint n_kept = 0;

  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  self = g_object_new (DATELINE_TYPE_LAYOUT, NULL);
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
      if (!(copy[n_kept].end >= copy[n_kept].start))
        copy[n_kept].end = copy[n_kept].start;
      kept_titles[n_kept] = titles != NULL ? titles[i] : NULL;
      n_kept++;
    }

  dateline_layout_take_items (self, copy, n_kept, kept_titles);

  return self;
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

guint
dateline_layout_find_first (DatelineLayout *self,
                            double          t)
{
  guint lo = 0, hi;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), 0);

  hi = self->n_items;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->max_end[mid] > t)
        hi = mid;
      else
        lo = mid + 1;
    }

  return lo;
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

guint
dateline_layout_lookup_event (DatelineLayout *self,
                              guint           event_index)
{
  guint lo = 0, hi;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (self), G_MAXUINT);

  hi = self->n_items;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->event_to_item[mid].event_index < event_index)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo < self->n_items && self->event_to_item[lo].event_index == event_index)
    return self->event_to_item[lo].item;

  return G_MAXUINT;
}
