/* dateline-timeline-view.h — the zoomable timeline, drawn by the core renderer
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dateline-event.h"
#include "dateline-event-filter.h"
#include "dateline-layout.h"
#include "dateline-project.h"
#include "dateline-renderer.h"
#include "dateline-viewport.h"

G_BEGIN_DECLS

#define DATELINE_TYPE_TIMELINE_VIEW (dateline_timeline_view_get_type())

G_DECLARE_FINAL_TYPE (DatelineTimelineView, dateline_timeline_view, DATELINE, TIMELINE_VIEW, GtkWidget)

GtkWidget        *dateline_timeline_view_new                (void);
/* The timeline shows the project's events; its articles give publication
 * markers and its actors and articles name lane groups. */
DatelineProject  *dateline_timeline_view_get_project        (DatelineTimelineView *self);
void              dateline_timeline_view_set_project        (DatelineTimelineView *self,
                                                             DatelineProject      *project);
/* Like set_project() for a new version of the same timeline (more articles
 * read, events merged): the zoom and pan stay as they were unless the view
 * was showing everything, and the events with the selected ones' ids stay
 * selected. */
void              dateline_timeline_view_replace_project    (DatelineTimelineView *self,
                                                             DatelineProject      *project);
/* (element-type DatelineEvent) (nullable): the project's events */
GListModel       *dateline_timeline_view_get_events         (DatelineTimelineView *self);
DatelineLaneMode  dateline_timeline_view_get_lane_mode      (DatelineTimelineView *self);
void              dateline_timeline_view_set_lane_mode      (DatelineTimelineView *self,
                                                             DatelineLaneMode      mode);
/* A new layout like the one shown (lanes, group order, collapsed and hidden
 * groups, filters), for work off the main thread (export): the shown one
 * changes as the user works. (transfer full) (nullable) */
DatelineLayout   *dateline_timeline_view_create_layout      (DatelineTimelineView *self);

/* --- selection ----------------------------------------------------------
 *
 * One event is the primary selection (the side panel shows it, Enter opens
 * it, the keyboard moves from it); Ctrl-click adds more. */
/* (transfer none) (nullable): the primary selection */
DatelineEvent    *dateline_timeline_view_get_selected_event (DatelineTimelineView *self);
void              dateline_timeline_view_set_selected_event (DatelineTimelineView *self,
                                                             DatelineEvent        *event);
/* Position of the primary selection in the events model, or G_MAXUINT. */
guint             dateline_timeline_view_get_selected_index (DatelineTimelineView *self);
/* Selects that event alone and scrolls it into view. */
void              dateline_timeline_view_select_index       (DatelineTimelineView *self,
                                                             guint                 event_index);
/* Ctrl-click: adds the event to the selection (it becomes the primary), or
 * takes it out when it is in. */
void              dateline_timeline_view_toggle_index       (DatelineTimelineView *self,
                                                             guint                 event_index);
/* All selected events (the primary too), ascending. */
const guint      *dateline_timeline_view_get_selection      (DatelineTimelineView *self,
                                                             guint                *n_selected);
guint             dateline_timeline_view_get_n_selected     (DatelineTimelineView *self);
/* Moves the selection to the next (@direction > 0) or previous event in
 * time order and scrolls it into view. FALSE when there is none that way. */
gboolean          dateline_timeline_view_select_adjacent    (DatelineTimelineView *self,
                                                             int                   direction);

/* --- what is shown ------------------------------------------------------ */
/* (transfer none) (nullable): the layout drawn (filtered); NULL until there
 * are events */
DatelineLayout   *dateline_timeline_view_get_layout         (DatelineTimelineView *self);
/* (transfer none) */
DatelineViewport *dateline_timeline_view_get_viewport       (DatelineTimelineView *self);
/* (transfer none): geometry of the last frame drawn (hit testing, tests) */
DatelineRenderer *dateline_timeline_view_get_renderer       (DatelineTimelineView *self);
/* (transfer none): the filter applied; the view redraws when it changes */
DatelineEventFilter *dateline_timeline_view_get_filter      (DatelineTimelineView *self);
/* Events in the project, and how many of them pass the filter. */
guint             dateline_timeline_view_get_n_events       (DatelineTimelineView *self);
guint             dateline_timeline_view_get_n_shown        (DatelineTimelineView *self);
/* TRUE while a filter is still being applied to a large project. */
gboolean          dateline_timeline_view_get_filtering      (DatelineTimelineView *self);
/* Today's Julian day by the user's clock: only ever drawn as "today". */
double            dateline_timeline_view_get_today          (void);
/* (transfer none) (nullable): the events the aggregate popover lists while
 * it is open (element-type DatelineEvent) */
GListModel       *dateline_timeline_view_get_cluster_events (DatelineTimelineView *self);

/* --- navigation ---------------------------------------------------------
 *
 * Every jump (fit, zoom to a range, Back…) and the start of every burst of
 * zooming or panning leaves the previous view in a history; Back returns
 * to it, Forward undoes Back. */
void              dateline_timeline_view_zoom_in            (DatelineTimelineView *self);
void              dateline_timeline_view_zoom_out           (DatelineTimelineView *self);
void              dateline_timeline_view_zoom_fit           (DatelineTimelineView *self);
/* Shows exactly [@begin, @end) (days), as far as the viewport allows. */
void              dateline_timeline_view_zoom_to_range      (DatelineTimelineView *self,
                                                             double                begin,
                                                             double                end);
/* Shows every selected event, with a margin. */
void              dateline_timeline_view_zoom_to_selection  (DatelineTimelineView *self);
/* For other widgets about to move the viewport (the overview strip): the
 * current view goes into the history, and the view stops following the
 * document as it grows. */
void              dateline_timeline_view_push_history       (DatelineTimelineView *self);
gboolean          dateline_timeline_view_go_back            (DatelineTimelineView *self);
gboolean          dateline_timeline_view_go_forward         (DatelineTimelineView *self);
gboolean          dateline_timeline_view_get_can_go_back    (DatelineTimelineView *self);
gboolean          dateline_timeline_view_get_can_go_forward (DatelineTimelineView *self);

/* --- lane groups ---------------------------------------------------------
 *
 * By group index of the layout; remembered by group id across new
 * articles, filters and lane modes. */
void              dateline_timeline_view_set_group_collapsed (DatelineTimelineView *self,
                                                              guint                 group,
                                                              gboolean              collapsed);
void              dateline_timeline_view_set_group_hidden   (DatelineTimelineView *self,
                                                             guint                 group,
                                                             gboolean              hidden);
/* Moves @group to display @position (0 is the top). */
void              dateline_timeline_view_move_group         (DatelineTimelineView *self,
                                                             guint                 group,
                                                             guint                 position);
void              dateline_timeline_view_show_all_groups    (DatelineTimelineView *self);
void              dateline_timeline_view_expand_all_groups  (DatelineTimelineView *self);
guint             dateline_timeline_view_get_n_hidden_groups (DatelineTimelineView *self);

G_END_DECLS
