/* dateline-renderer.h — one cairo renderer for the screen, PNG, SVG and PDF
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "dateline-layout.h"
#include "dateline-viewport.h"

G_BEGIN_DECLS

typedef struct {
  gboolean dark;            /* dark style colours */
  guint    selected_event;  /* event index, or G_MAXUINT */
  guint    hover_event;     /* event index, or G_MAXUINT */
  const char *font_family;  /* NULL: "Cantarell, sans" */
} DatelineRenderOptions;

#define DATELINE_RENDER_OPTIONS_INIT { FALSE, G_MAXUINT, G_MAXUINT, NULL }

/* The calendar unit of the axis' minor ticks (see
 * dateline_renderer_get_tick_unit()), from fine to coarse. */
typedef enum {
  DATELINE_TICK_HOUR,
  DATELINE_TICK_DAY,
  DATELINE_TICK_WEEK,
  DATELINE_TICK_MONTH,
  DATELINE_TICK_QUARTER,
  DATELINE_TICK_YEAR,
  DATELINE_TICK_DECADE,
  DATELINE_TICK_CENTURY,
  DATELINE_TICK_MILLENNIUM,
} DatelineTickUnit;

#define DATELINE_TYPE_RENDERER (dateline_renderer_get_type())

G_DECLARE_FINAL_TYPE (DatelineRenderer, dateline_renderer, DATELINE, RENDERER, GObject)

/* The renderer keeps the geometry of its last frame (mark and label
 * rectangles) so that hit testing uses exactly what was drawn. */
DatelineRenderer *dateline_renderer_new        (void);
/* Draws the axis, the marks and the labels for the viewport's visible range
 * into a width x height area at (0,0) of @cr. The viewport's width is taken
 * to be @width. */
void              dateline_renderer_draw       (DatelineRenderer            *self,
                                                cairo_t                     *cr,
                                                DatelineLayout              *layout,
                                                DatelineViewport            *viewport,
                                                double                       width,
                                                double                       height,
                                                const DatelineRenderOptions *options);
/* The event index under (x, y) in the last frame drawn, or G_MAXUINT. */
guint             dateline_renderer_hit_test   (DatelineRenderer            *self,
                                                double                       x,
                                                double                       y);
/* The rectangle of an event's mark in the last frame; FALSE if not drawn. */
gboolean          dateline_renderer_get_event_area (DatelineRenderer        *self,
                                                    guint                    event_index,
                                                    cairo_rectangle_t       *area);
/* Where marks were too dense to draw one by one, the renderer drew an
 * aggregate (a count badge, or a histogram column when very many events are
 * visible). TRUE when (x, y) is on one in the last frame; @begin/@end (days)
 * is the time range it stands for (zoom there to see its events) and
 * @n_events how many events it holds. All out-parameters may be NULL. */
gboolean          dateline_renderer_hit_test_cluster (DatelineRenderer      *self,
                                                      double                 x,
                                                      double                 y,
                                                      double                *begin,
                                                      double                *end,
                                                      guint                 *n_events);
/* The unit and step (e.g. MONTH, 1 or YEAR, 5) of the minor ticks of the
 * last frame's axis. @step may be NULL. */
DatelineTickUnit  dateline_renderer_get_tick_unit  (DatelineRenderer        *self,
                                                    guint                   *step);

G_END_DECLS
