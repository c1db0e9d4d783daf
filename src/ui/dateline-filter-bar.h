/* dateline-filter-bar.h — search and filters over the timeline's events
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dateline-timeline-view.h"

G_BEGIN_DECLS

#define DATELINE_TYPE_FILTER_BAR (dateline_filter_bar_get_type())

G_DECLARE_FINAL_TYPE (DatelineFilterBar, dateline_filter_bar, DATELINE, FILTER_BAR, GtkWidget)

/* A search entry and menus of kinds, actors, articles and a date range,
 * editing @timeline_view's filter; and the count of events shown. */
GtkWidget            *dateline_filter_bar_new               (DatelineTimelineView *timeline_view);
/* (transfer none) (nullable) */
DatelineTimelineView *dateline_filter_bar_get_timeline_view (DatelineFilterBar    *self);
void                  dateline_filter_bar_set_timeline_view (DatelineFilterBar    *self,
                                                             DatelineTimelineView *timeline_view);
/* (transfer none): for GtkSearchBar and Ctrl+F */
GtkEditable          *dateline_filter_bar_get_search_entry  (DatelineFilterBar    *self);
/* (transfer none): "12 of 40 events" */
const char           *dateline_filter_bar_get_count_text    (DatelineFilterBar    *self);

G_END_DECLS
