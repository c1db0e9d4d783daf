/* dateline-renderer-private.h — what the last frame drew, for export and tests
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dateline-renderer.h"

G_BEGIN_DECLS

typedef enum {
  DATELINE_RENDERER_TEXT_EVENT_LABEL,  /* an event's title */
  DATELINE_RENDERER_TEXT_AXIS_MINOR,   /* "Mar", "14", "2025" */
  DATELINE_RENDERER_TEXT_AXIS_MAJOR,   /* "March 2025" */
  DATELINE_RENDERER_TEXT_GROUP,        /* a lane group's header */
  DATELINE_RENDERER_TEXT_MARKER,       /* "Today", an article's title on the axis */
  DATELINE_RENDERER_TEXT_TRAY,         /* an undated event's title, and its phrase */
} DatelineRendererTextKind;

/* The texts of the last frame, in drawing order. @text is the full text
 * (an event label may have been drawn shortened); @event_index is
 * G_MAXUINT for axis labels. Valid until the next draw. */
guint    dateline_renderer_get_n_texts (DatelineRenderer          *self);
gboolean dateline_renderer_get_text    (DatelineRenderer          *self,
                                        guint                      i,
                                        DatelineRendererTextKind  *kind,
                                        cairo_rectangle_t         *area,
                                        guint                     *event_index,
                                        const char               **text);

/* Overrides what the locale says about the clock (12 or 24 hours) and the
 * order of day and month, for tests: C.UTF-8 is the only locale a CI box
 * is sure to have. */
void     dateline_renderer_set_time_conventions (DatelineRenderer *self,
                                                 gboolean          twelve_hour,
                                                 gboolean          month_first);

/* Colours shared with the overview strip. */
typedef struct {
  double red, green, blue, alpha;
} DatelineColour;

typedef struct {
  DatelineColour background;
  DatelineColour axis_background;
  DatelineColour header_background;
  DatelineColour foreground;
  DatelineColour secondary;
  DatelineColour grid_minor;
  DatelineColour grid_major;
  DatelineColour accent;
  DatelineColour accent_text;
  DatelineColour badge;
  DatelineColour badge_text;
  DatelineColour histogram;
  DatelineColour kinds[12];   /* DATELINE_EVENT_N_KINDS */
} DatelinePalette;

const DatelinePalette *dateline_renderer_get_palette (gboolean dark);

/* Translated labels for the lane groups the layout builds. */
const char *dateline_renderer_kind_group_label (guint            kind);
const char *dateline_renderer_no_group_label   (DatelineLaneMode mode);

/* Where a one-device-pixel line through @x (user space) must go to be
 * sharp on @cr's device, and how wide it is in user space. */
double   dateline_renderer_snap_x       (cairo_t *cr,
                                         double   x);
double   dateline_renderer_snap_y       (cairo_t *cr,
                                         double   y);
double   dateline_renderer_hairline     (cairo_t *cr);

G_END_DECLS
