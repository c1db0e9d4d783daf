/* dateline-overview-view.h — the whole timeline in a strip under the view
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dateline-overview.h"
#include "dateline-timeline-view.h"

G_BEGIN_DECLS

#define DATELINE_TYPE_OVERVIEW_VIEW (dateline_overview_view_get_type())

G_DECLARE_FINAL_TYPE (DatelineOverviewView, dateline_overview_view, DATELINE, OVERVIEW_VIEW, GtkWidget)

/* A minimap of @timeline_view's layout: where the events are over the
 * whole document, and the visible range as a window. Dragging the window
 * pans the timeline, dragging its edges zooms it, a click elsewhere jumps
 * there. */
GtkWidget            *dateline_overview_view_new               (DatelineTimelineView *timeline_view);
/* (transfer none) (nullable) */
DatelineTimelineView *dateline_overview_view_get_timeline_view (DatelineOverviewView *self);
void                  dateline_overview_view_set_timeline_view (DatelineOverviewView *self,
                                                                DatelineTimelineView *timeline_view);
/* (transfer none): geometry of the last strip drawn (tests) */
DatelineOverview     *dateline_overview_view_get_overview      (DatelineOverviewView *self);

G_END_DECLS
