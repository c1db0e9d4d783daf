/* dateline-viewport.h — the visible slice of the timeline and zoom/pan maths
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Time on the timeline is a double counting days: GDate Julian day numbers
 * (day 1 = 0001-01-01), the fraction being the time of day. A day-level
 * event on Julian day J covers [J, J + 1). */

#define DATELINE_VIEWPORT_MIN_SPAN (1.0 / 24.0)   /* one hour */

#define DATELINE_TYPE_VIEWPORT (dateline_viewport_get_type())

G_DECLARE_FINAL_TYPE (DatelineViewport, dateline_viewport, DATELINE, VIEWPORT, GObject)

/* A plain object, no widget: the document range (what "fit" shows) and the
 * visible range mapped onto a pixel width. Emits "changed" when the visible
 * range or the width changes. The visible range is always clamped:
 * span >= DATELINE_VIEWPORT_MIN_SPAN, span <= the document span, and it
 * stays inside the document range. */
DatelineViewport *dateline_viewport_new                (void);
void              dateline_viewport_set_document_range (DatelineViewport *self,
                                                        double            begin,
                                                        double            end);
void              dateline_viewport_get_document_range (DatelineViewport *self,
                                                        double           *begin,
                                                        double           *end);
void              dateline_viewport_set_visible_range  (DatelineViewport *self,
                                                        double            begin,
                                                        double            end);
void              dateline_viewport_get_visible_range  (DatelineViewport *self,
                                                        double           *begin,
                                                        double           *end);
void              dateline_viewport_set_width          (DatelineViewport *self,
                                                        double            width);
double            dateline_viewport_get_width          (DatelineViewport *self);

double            dateline_viewport_time_to_x          (DatelineViewport *self,
                                                        double            t);
double            dateline_viewport_x_to_time          (DatelineViewport *self,
                                                        double            x);
/* Pixels per day at the current zoom. */
double            dateline_viewport_get_scale          (DatelineViewport *self);

/* @factor > 1 zooms in, keeping the time under @x fixed on screen. */
void              dateline_viewport_zoom_at            (DatelineViewport *self,
                                                        double            x,
                                                        double            factor);
/* Moves the view by @dx pixels (positive: later times come into view). */
void              dateline_viewport_pan_pixels         (DatelineViewport *self,
                                                        double            dx);
/* Shows the whole document range. */
void              dateline_viewport_fit                (DatelineViewport *self);
/* Pans (without zooming) so that [begin, end) is visible, zooming out only
 * when it does not fit. */
void              dateline_viewport_ensure_visible     (DatelineViewport *self,
                                                        double            begin,
                                                        double            end);

G_END_DECLS
