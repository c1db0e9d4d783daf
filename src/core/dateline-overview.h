/* dateline-overview.h — the whole timeline in a strip, with the visible window
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "dateline-layout.h"
#include "dateline-renderer.h"
#include "dateline-viewport.h"

G_BEGIN_DECLS

/* What is under the pointer in the last strip drawn. */
typedef enum {
  DATELINE_OVERVIEW_NONE = 0,
  DATELINE_OVERVIEW_TRACK,        /* outside the window: jump there */
  DATELINE_OVERVIEW_WINDOW,       /* inside the window: drag to pan */
  DATELINE_OVERVIEW_START_EDGE,   /* the window's left edge: drag to zoom */
  DATELINE_OVERVIEW_END_EDGE,     /* its right edge */
} DatelineOverviewPart;

#define DATELINE_TYPE_OVERVIEW (dateline_overview_get_type())

G_DECLARE_FINAL_TYPE (DatelineOverview, dateline_overview, DATELINE, OVERVIEW, GObject)

DatelineOverview    *dateline_overview_new             (void);
/* Draws the viewport's document range (all of it, whatever the zoom) into
 * width x height at (0,0) of @cr: how many events begin in each column, the
 * years, today and publication markers, and the viewport's visible range as
 * a window over it. @options: dark and today are read. */
void                 dateline_overview_draw            (DatelineOverview            *self,
                                                        cairo_t                     *cr,
                                                        DatelineLayout              *layout,
                                                        DatelineViewport            *viewport,
                                                        double                       width,
                                                        double                       height,
                                                        const DatelineRenderOptions *options);
DatelineOverviewPart dateline_overview_hit_test        (DatelineOverview            *self,
                                                        double                       x,
                                                        double                       y);
/* The window (the visible range) in the last strip; FALSE before any. */
gboolean             dateline_overview_get_window_area (DatelineOverview            *self,
                                                        cairo_rectangle_t           *area);
/* Time <-> x over the last strip's document range. */
double               dateline_overview_x_to_time       (DatelineOverview            *self,
                                                        double                       x);
double               dateline_overview_time_to_x       (DatelineOverview            *self,
                                                        double                       t);
/* A drag, from the press to now: @part is what dateline_overview_hit_test()
 * gave at the press at @press_x, [@press_begin, @press_end) the visible
 * range then. Moves (WINDOW, TRACK: centred under the pointer) or resizes
 * (edges) the viewport's visible range; the viewport clamps it. */
void                 dateline_overview_drag            (DatelineOverview            *self,
                                                        DatelineViewport            *viewport,
                                                        DatelineOverviewPart         part,
                                                        double                       press_x,
                                                        double                       press_begin,
                                                        double                       press_end,
                                                        double                       x);

G_END_DECLS
