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
} DatelineRendererTextKind;

/* The texts of the last frame, in drawing order. @text is the full text
 * (an event label may have been drawn ellipsized); @event_index is
 * G_MAXUINT for axis labels. Valid until the next draw. */
guint    dateline_renderer_get_n_texts (DatelineRenderer          *self);
gboolean dateline_renderer_get_text    (DatelineRenderer          *self,
                                        guint                      i,
                                        DatelineRendererTextKind  *kind,
                                        cairo_rectangle_t         *area,
                                        guint                     *event_index,
                                        const char               **text);

G_END_DECLS
