/* dateline-layout.h — events packed for drawing: sorted, laned, searchable
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  DATELINE_LAYOUT_FLAG_SPAN     = 1 << 0,  /* coarser than a day: draw as a span */
  DATELINE_LAYOUT_FLAG_INFERRED = 1 << 1,  /* certainty inferred/resolved, not stated */
  DATELINE_LAYOUT_FLAG_FUTURE   = 1 << 2,  /* a deadline or scheduled event */
} DatelineLayoutFlags;

/* One dated event, packed: no pointers chased in the render path. */
typedef struct {
  double  start;        /* days (see dateline-viewport.h), inclusive */
  double  end;          /* days, exclusive */
  guint32 lane;
  guint32 flags;        /* DatelineLayoutFlags */
  guint32 event_index;  /* position of the event in the project's event model */
  guint32 kind;         /* DatelineEventKind */
} DatelineLayoutItem;

#define DATELINE_TYPE_LAYOUT (dateline_layout_get_type())

G_DECLARE_FINAL_TYPE (DatelineLayout, dateline_layout, DATELINE, LAYOUT, GObject)

/* Builds the packed, start-sorted array from a GListModel of DatelineEvent.
 * Undated events are counted, not placed. Titles are copied so the render
 * path never touches the GObjects. */
DatelineLayout           *dateline_layout_new             (GListModel     *events);
/* For benchmarks and tests: takes @items (unsorted is fine) and @titles
 * (may be NULL; else one per item). */
DatelineLayout           *dateline_layout_new_for_items   (DatelineLayoutItem *items,
                                                           guint               n_items,
                                                           const char * const *titles);

const DatelineLayoutItem *dateline_layout_get_items       (DatelineLayout *self,
                                                           guint          *n_items);
const char               *dateline_layout_get_item_title  (DatelineLayout *self,
                                                           guint           item);
guint                     dateline_layout_get_n_lanes     (DatelineLayout *self);
guint                     dateline_layout_get_n_undated   (DatelineLayout *self);
/* FALSE when nothing is dated. Padded so marks are not on the edge. */
gboolean                  dateline_layout_get_extent      (DatelineLayout *self,
                                                           double         *begin,
                                                           double         *end);
/* Index of the first item whose end is after @t (binary search over a
 * running maximum of ends), or n_items. */
guint                     dateline_layout_find_first      (DatelineLayout *self,
                                                           double          t);
/* Item index for an event index, or G_MAXUINT when undated/unknown. */
guint                     dateline_layout_lookup_event    (DatelineLayout *self,
                                                           guint           event_index);
/* Index of the first item whose start is at or after @t (binary search over
 * the starts), or n_items. Items [find_start (a), find_start (b)) are the
 * ones that begin in [a, b). */
guint                     dateline_layout_find_start      (DatelineLayout *self,
                                                           double          t);
/* Index of the first item at or after @from whose end is after @t, or
 * n_items. Skips whole blocks of items that all end before @t, so walking
 * the items still running at @t stays cheap when one long span early in
 * the array makes find_first() return a small index. */
guint                     dateline_layout_find_next       (DatelineLayout *self,
                                                           guint           from,
                                                           double          t);

G_END_DECLS
