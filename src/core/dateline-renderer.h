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

G_END_DECLS
