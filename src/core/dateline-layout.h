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
  DATELINE_LAYOUT_FLAG_DISPUTED = 1 << 3,  /* sources give other dates (see claims) */
} DatelineLayoutFlags;

/* How events are split into lane groups. */
typedef enum {
  DATELINE_LANES_SINGLE = 0,  /* one packed band */
  DATELINE_LANES_ACTOR,       /* a group per actor; an event is in each of its actors' */
  DATELINE_LANES_KIND,        /* a group per event kind */
  DATELINE_LANES_ARTICLE,     /* a group per article; an event is in each of its sources' */
} DatelineLaneMode;

/* One dated event in one lane group, packed: no pointers chased in the
 * render path. An event in several groups (three actors) has one item per
 * group, all with the same event_index. */
typedef struct {
  double  start;        /* days (see dateline-viewport.h), inclusive */
  double  end;          /* days, exclusive */
  guint32 lane;         /* row inside its group, from 0 */
  guint32 flags;        /* DatelineLayoutFlags */
  guint32 event_index;  /* position of the event in the project's event model */
  guint32 kind;         /* DatelineEventKind */
  guint32 group;        /* its lane group, < dateline_layout_get_n_groups() */
  guint32 weight;       /* importance for labels (number of sources); 0 counts as 1 */
} DatelineLayoutItem;

/* A date that one of an event's sources gives and the event's own date does
 * not cover: drawn as its own mark, linked to the event's. */
typedef struct {
  guint32 event_index;
  guint32 flags;        /* DATELINE_LAYOUT_FLAG_SPAN, _INFERRED */
  double  start;        /* days, inclusive */
  double  end;          /* days, exclusive */
} DatelineLayoutClaim;

/* An event without a date, for the tray. */
typedef struct {
  guint32     event_index;
  guint32     kind;
  const char *title;
  const char *phrase;   /* the relative expression it has ("earlier this week"), or NULL */
} DatelineLayoutUndated;

/* A day marked on the axis: an article's publication date. */
typedef struct {
  double      day;      /* Julian day (start of the day) */
  const char *label;    /* the article's title or outlet */
  guint32     index;    /* the caller's index (position in the article model) */
} DatelineLayoutMarker;

#define DATELINE_TYPE_LAYOUT (dateline_layout_get_type())

G_DECLARE_FINAL_TYPE (DatelineLayout, dateline_layout, DATELINE, LAYOUT, GObject)

/* Builds the packed, start-sorted array from a GListModel of DatelineEvent,
 * in one band (DATELINE_LANES_SINGLE). Undated events go to the tray list,
 * not on the axis. Titles are copied so the render path never touches the
 * GObjects. */
DatelineLayout           *dateline_layout_new             (GListModel     *events);
/* The same with lane groups. @actors (DatelineActor) names the actor
 * groups and @articles (DatelineArticle) names the article groups, gives
 * the publication markers and the relative phrases of undated events; both
 * may be NULL. */
DatelineLayout           *dateline_layout_new_with_lanes  (GListModel       *events,
                                                           DatelineLaneMode  mode,
                                                           GListModel       *actors,
                                                           GListModel       *articles);
/* For benchmarks and tests: takes @items (unsorted is fine) and @titles
 * (may be NULL; else one per item), all in one group. */
DatelineLayout           *dateline_layout_new_for_items   (DatelineLayoutItem *items,
                                                           guint               n_items,
                                                           const char * const *titles);
/* The same, with the items' group fields read: @group_labels has
 * @n_groups entries and names them (they are also their ids). */
DatelineLayout           *dateline_layout_new_for_groups  (DatelineLayoutItem *items,
                                                           guint               n_items,
                                                           const char * const *titles,
                                                           const char * const *group_labels,
                                                           guint               n_groups);
/* A layout with only the events whose @event_visible[event_index] is
 * non-zero (indices >= @n_events are hidden): for filters. O(n), no sort;
 * lanes are packed again so that hidden events leave no gaps. Groups keep
 * their indices, order, collapsed and hidden state. */
DatelineLayout           *dateline_layout_new_filtered    (DatelineLayout  *base,
                                                           const guint8    *event_visible,
                                                           guint            n_events);

DatelineLaneMode          dateline_layout_get_lane_mode   (DatelineLayout *self);

const DatelineLayoutItem *dateline_layout_get_items       (DatelineLayout *self,
                                                           guint          *n_items);
const char               *dateline_layout_get_item_title  (DatelineLayout *self,
                                                           guint           item);
/* The lanes of all groups together. */
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
/* An item index for an event index (the first of its items when it is in
 * several groups), or G_MAXUINT when undated/unknown. */
guint                     dateline_layout_lookup_event    (DatelineLayout *self,
                                                           guint           event_index);
/* All the items of an event (one per group it is in), in item order;
 * NULL with *@n_items = 0 when it has none. */
const guint32            *dateline_layout_lookup_event_items (DatelineLayout *self,
                                                              guint           event_index,
                                                              guint          *n_items);
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

/* --- lane groups --------------------------------------------------------
 *
 * Groups are numbered 0 … n_groups - 1 in their natural order (most events
 * first for actors; kind order; article order). The display order, and
 * whether a group is collapsed (its header only) or hidden (nothing), are
 * view state: setting them emits "groups-changed" and never touches the
 * items. In DATELINE_LANES_SINGLE there is one group and no header. */
guint                     dateline_layout_get_n_groups        (DatelineLayout *self);
const char               *dateline_layout_get_group_id        (DatelineLayout *self,
                                                               guint           group);
const char               *dateline_layout_get_group_label     (DatelineLayout *self,
                                                               guint           group);
/* Lanes packed inside the group (rows it needs to show every item apart). */
guint                     dateline_layout_get_group_n_lanes   (DatelineLayout *self,
                                                               guint           group);
guint                     dateline_layout_get_group_n_items   (DatelineLayout *self,
                                                               guint           group);
/* The group of @id, or G_MAXUINT. */
guint                     dateline_layout_lookup_group        (DatelineLayout *self,
                                                               const char     *id);

/* The display order: @order is a permutation of 0 … n_groups - 1 (else it
 * is refused). */
gboolean                  dateline_layout_set_group_order     (DatelineLayout *self,
                                                               const guint    *order,
                                                               guint           n_groups);
/* Moves @group to display @position (0 is the top), shifting the others. */
void                      dateline_layout_move_group          (DatelineLayout *self,
                                                               guint           group,
                                                               guint           position);
guint                     dateline_layout_get_group_at_position (DatelineLayout *self,
                                                                 guint           position);
guint                     dateline_layout_get_group_position  (DatelineLayout *self,
                                                               guint           group);
void                      dateline_layout_set_group_collapsed (DatelineLayout *self,
                                                               guint           group,
                                                               gboolean        collapsed);
gboolean                  dateline_layout_get_group_collapsed (DatelineLayout *self,
                                                               guint           group);
void                      dateline_layout_set_group_hidden    (DatelineLayout *self,
                                                               guint           group,
                                                               gboolean        hidden);
gboolean                  dateline_layout_get_group_hidden    (DatelineLayout *self,
                                                               guint           group);
/* Lane rows the group takes now: 0 when collapsed or hidden, else its
 * lanes. dateline_layout_get_n_rows() is the sum over all groups. */
guint                     dateline_layout_get_group_n_rows    (DatelineLayout *self,
                                                               guint           group);
guint                     dateline_layout_get_n_rows          (DatelineLayout *self);

/* The items of @group as item indices in start order (*@n_items of them). */
const guint32            *dateline_layout_get_group_items     (DatelineLayout *self,
                                                               guint           group,
                                                               guint          *n_items);
/* Searches inside a group, as the global ones do; they return positions in
 * dateline_layout_get_group_items(), from 0 to the group's n_items. */
guint                     dateline_layout_group_find_start    (DatelineLayout *self,
                                                               guint           group,
                                                               double          t);
guint                     dateline_layout_group_find_first    (DatelineLayout *self,
                                                               guint           group,
                                                               double          t);
guint                     dateline_layout_group_find_next     (DatelineLayout *self,
                                                               guint           group,
                                                               guint           from,
                                                               double          t);

/* --- what is drawn besides the items ------------------------------------ */

/* Replaces the claims (copied; any order). Items of a claimed event get
 * DATELINE_LAYOUT_FLAG_DISPUTED. */
void                      dateline_layout_set_claims      (DatelineLayout            *self,
                                                           const DatelineLayoutClaim *claims,
                                                           guint                      n_claims);
/* The claims of one event (NULL, 0 when none). */
const DatelineLayoutClaim *dateline_layout_get_event_claims (DatelineLayout *self,
                                                             guint           event_index,
                                                             guint          *n_claims);
/* All claims, sorted by the left end of their link to the event's mark. */
const DatelineLayoutClaim *dateline_layout_get_claims     (DatelineLayout *self,
                                                           guint          *n_claims);

/* Replaces the undated list (strings copied); also sets n_undated. */
void                      dateline_layout_set_undated     (DatelineLayout              *self,
                                                           const DatelineLayoutUndated *undated,
                                                           guint                        n_undated);
/* NULL, 0 when the layout only counted its undated events. */
const DatelineLayoutUndated *dateline_layout_get_undated  (DatelineLayout *self,
                                                           guint          *n_undated);

/* Replaces the axis markers (strings copied), kept sorted by day. */
void                      dateline_layout_set_markers     (DatelineLayout             *self,
                                                           const DatelineLayoutMarker *markers,
                                                           guint                       n_markers);
const DatelineLayoutMarker *dateline_layout_get_markers   (DatelineLayout *self,
                                                           guint          *n_markers);
/* Index of the first marker on or after @day. */
guint                     dateline_layout_find_marker     (DatelineLayout *self,
                                                           double          day);

G_END_DECLS
