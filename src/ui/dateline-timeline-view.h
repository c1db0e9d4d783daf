/* dateline-timeline-view.h — the zoomable timeline, drawn by the core renderer
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dateline-event.h"
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
 * was showing everything, and the event with the selected one's id stays
 * selected. */
void              dateline_timeline_view_replace_project    (DatelineTimelineView *self,
                                                             DatelineProject      *project);
/* (element-type DatelineEvent) (nullable): the project's events */
GListModel       *dateline_timeline_view_get_events         (DatelineTimelineView *self);
DatelineLaneMode  dateline_timeline_view_get_lane_mode      (DatelineTimelineView *self);
void              dateline_timeline_view_set_lane_mode      (DatelineTimelineView *self,
                                                             DatelineLaneMode      mode);
/* A new layout like the one shown (lanes, collapsed groups), for work off
 * the main thread (export): the shown one changes as the user works.
 * (transfer full) (nullable) */
DatelineLayout   *dateline_timeline_view_create_layout      (DatelineTimelineView *self);
/* (transfer none) (nullable) */
DatelineEvent    *dateline_timeline_view_get_selected_event (DatelineTimelineView *self);
void              dateline_timeline_view_set_selected_event (DatelineTimelineView *self,
                                                             DatelineEvent        *event);
/* Position of the selected event in the events model, or G_MAXUINT. */
guint             dateline_timeline_view_get_selected_index (DatelineTimelineView *self);
void              dateline_timeline_view_select_index       (DatelineTimelineView *self,
                                                             guint                 event_index);
/* (transfer none) (nullable): NULL until there are events */
DatelineLayout   *dateline_timeline_view_get_layout         (DatelineTimelineView *self);
/* (transfer none) */
DatelineViewport *dateline_timeline_view_get_viewport       (DatelineTimelineView *self);
/* (transfer none): geometry of the last frame drawn (hit testing, tests) */
DatelineRenderer *dateline_timeline_view_get_renderer       (DatelineTimelineView *self);

void              dateline_timeline_view_zoom_in            (DatelineTimelineView *self);
void              dateline_timeline_view_zoom_out           (DatelineTimelineView *self);
void              dateline_timeline_view_zoom_fit           (DatelineTimelineView *self);
/* Moves the selection to the next (@direction > 0) or previous event in
 * time order and scrolls it into view. */
void              dateline_timeline_view_select_adjacent    (DatelineTimelineView *self,
                                                             int                   direction);

G_END_DECLS
