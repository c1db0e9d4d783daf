/* dateline-viewport.c — the visible slice of the timeline and zoom/pan maths
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dateline-viewport.h"

/* A document shorter than this (one event, or nothing yet) is padded around
 * its centre: a zero-length range cannot be shown, and a single day filling
 * the whole window is less useful than seeing the days around it. */
#define DOCUMENT_MIN_SPAN 4.0

/* Julian day 2000-01-01: the document range before anything sets one. It is
 * only a placeholder; today's date is deliberately not used. */
#define DEFAULT_DOCUMENT_BEGIN 730120.0
#define DEFAULT_DOCUMENT_END   (DEFAULT_DOCUMENT_BEGIN + 366.0)

/* Margin kept around a range brought into view, as a fraction of the
 * visible span, so that a mark is not drawn on the very edge. */
#define ENSURE_VISIBLE_MARGIN 0.05

struct _DatelineViewport
{
  GObject parent_instance;

  double document_begin;
  double document_end;
  double visible_begin;
  double visible_end;
  double width;
};

G_DEFINE_FINAL_TYPE (DatelineViewport, dateline_viewport, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static inline double
document_span (DatelineViewport *self)
{
  return self->document_end - self->document_begin;
}

/* Applies the header's clamping rules to a requested visible range and
 * stores it: the span is kept between the minimum span and the document
 * span, and the range is shifted (never shrunk) to stay inside the
 * document. Returns TRUE when the stored range changed. */
static gboolean
store_visible_range (DatelineViewport *self,
                     double            begin,
                     double            end)
{
  double span;

  if (!isfinite (begin) || !isfinite (end))
    return FALSE;

  if (end < begin)
    {
      double tmp = begin;
      begin = end;
      end = tmp;
    }

  span = CLAMP (end - begin, DATELINE_VIEWPORT_MIN_SPAN, document_span (self));

  /* Growing to the minimum span keeps the requested centre. */
  if (span > end - begin)
    begin = (begin + end) / 2.0 - span / 2.0;

  if (begin < self->document_begin)
    begin = self->document_begin;
  if (begin + span > self->document_end)
    begin = self->document_end - span;

  end = begin + span;

  if (begin == self->visible_begin && end == self->visible_end)
    return FALSE;

  self->visible_begin = begin;
  self->visible_end = end;

  return TRUE;
}

static void
dateline_viewport_class_init (DatelineViewportClass *klass)
{
  /**
   * DatelineViewport::changed:
   *
   * Emitted when the visible range, the document range or the width
   * changed, once per API call.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dateline_viewport_init (DatelineViewport *self)
{
  self->document_begin = DEFAULT_DOCUMENT_BEGIN;
  self->document_end = DEFAULT_DOCUMENT_END;
  self->visible_begin = self->document_begin;
  self->visible_end = self->document_end;
  self->width = 0.0;
}

/**
 * dateline_viewport_new:
 *
 * Returns: (transfer full): a viewport showing a placeholder year, 0 pixels
 *   wide, until a document range and a width are set.
 */
DatelineViewport *
dateline_viewport_new (void)
{
  return g_object_new (DATELINE_TYPE_VIEWPORT, NULL);
}

/**
 * dateline_viewport_set_document_range:
 * @begin: first day (inclusive)
 * @end: last day (exclusive)
 *
 * Sets what "fit" shows. A range shorter than four days is padded around
 * its centre. A view that showed the whole document keeps doing so;
 * otherwise the visible range is clamped into the new document range.
 */
void
dateline_viewport_set_document_range (DatelineViewport *self,
                                      double            begin,
                                      double            end)
{
  gboolean changed;
  gboolean was_fitted;

  g_return_if_fail (DATELINE_IS_VIEWPORT (self));
  g_return_if_fail (isfinite (begin) && isfinite (end));

  if (end < begin)
    {
      double tmp = begin;
      begin = end;
      end = tmp;
    }

  if (end - begin < DOCUMENT_MIN_SPAN)
    {
      double centre = (begin + end) / 2.0;

      begin = centre - DOCUMENT_MIN_SPAN / 2.0;
      end = centre + DOCUMENT_MIN_SPAN / 2.0;
    }

  /* A view showing the whole document keeps showing the whole document
   * (articles were added, the placeholder range was replaced); any other
   * view stays where the user put it, clamped into the new range. */
  was_fitted = self->visible_begin == self->document_begin
               && self->visible_end == self->document_end;

  changed = begin != self->document_begin || end != self->document_end;
  self->document_begin = begin;
  self->document_end = end;

  if (was_fitted
      ? store_visible_range (self, begin, end)
      : store_visible_range (self, self->visible_begin, self->visible_end))
    changed = TRUE;

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

void
dateline_viewport_get_document_range (DatelineViewport *self,
                                      double           *begin,
                                      double           *end)
{
  g_return_if_fail (DATELINE_IS_VIEWPORT (self));

  if (begin != NULL)
    *begin = self->document_begin;
  if (end != NULL)
    *end = self->document_end;
}

/**
 * dateline_viewport_set_visible_range:
 *
 * Shows [@begin, @end), clamped: see the header.
 */
void
dateline_viewport_set_visible_range (DatelineViewport *self,
                                     double            begin,
                                     double            end)
{
  g_return_if_fail (DATELINE_IS_VIEWPORT (self));

  if (store_visible_range (self, begin, end))
    g_signal_emit (self, signals[CHANGED], 0);
}

void
dateline_viewport_get_visible_range (DatelineViewport *self,
                                     double           *begin,
                                     double           *end)
{
  g_return_if_fail (DATELINE_IS_VIEWPORT (self));

  if (begin != NULL)
    *begin = self->visible_begin;
  if (end != NULL)
    *end = self->visible_end;
}

/**
 * dateline_viewport_set_width:
 * @width: pixels; negative and non-finite values count as 0
 */
void
dateline_viewport_set_width (DatelineViewport *self,
                             double            width)
{
  g_return_if_fail (DATELINE_IS_VIEWPORT (self));

  if (!isfinite (width) || width < 0.0)
    width = 0.0;

  if (width == self->width)
    return;

  self->width = width;
  g_signal_emit (self, signals[CHANGED], 0);
}

double
dateline_viewport_get_width (DatelineViewport *self)
{
  g_return_val_if_fail (DATELINE_IS_VIEWPORT (self), 0.0);

  return self->width;
}

double
dateline_viewport_time_to_x (DatelineViewport *self,
                             double            t)
{
  g_return_val_if_fail (DATELINE_IS_VIEWPORT (self), 0.0);

  return (t - self->visible_begin) * dateline_viewport_get_scale (self);
}

/* With a width of 0 every x maps to the beginning of the visible range,
 * which keeps callers free of divisions by zero. */
double
dateline_viewport_x_to_time (DatelineViewport *self,
                             double            x)
{
  g_return_val_if_fail (DATELINE_IS_VIEWPORT (self), 0.0);

  if (self->width <= 0.0)
    return self->visible_begin;

  return self->visible_begin
         + x / self->width * (self->visible_end - self->visible_begin);
}

double
dateline_viewport_get_scale (DatelineViewport *self)
{
  g_return_val_if_fail (DATELINE_IS_VIEWPORT (self), 0.0);

  /* The span is never 0 (clamped to the minimum span). */
  return self->width / (self->visible_end - self->visible_begin);
}

/**
 * dateline_viewport_zoom_at:
 * @x: the pointer's position, in pixels
 * @factor: > 1 zooms in, < 1 zooms out
 *
 * The time under @x stays under @x, except where clamping at the minimum
 * span or at the document's edges forbids it.
 */
void
dateline_viewport_zoom_at (DatelineViewport *self,
                           double            x,
                           double            factor)
{
  double fraction;
  double anchor;
  double span;
  double begin;

  g_return_if_fail (DATELINE_IS_VIEWPORT (self));
  g_return_if_fail (factor > 0.0 && isfinite (factor));

  fraction = self->width > 0.0 ? CLAMP (x / self->width, 0.0, 1.0) : 0.5;
  anchor = self->visible_begin + fraction * (self->visible_end - self->visible_begin);

  /* Clamp the span here, not in store_visible_range(): growing it there
   * would keep the centre fixed instead of the pointer. */
  span = CLAMP ((self->visible_end - self->visible_begin) / factor,
                DATELINE_VIEWPORT_MIN_SPAN, document_span (self));
  begin = anchor - fraction * span;

  if (store_visible_range (self, begin, begin + span))
    g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * dateline_viewport_pan_pixels:
 * @dx: pixels; positive brings later times into view
 *
 * Stops at the document's edges. Does nothing while the width is 0.
 */
void
dateline_viewport_pan_pixels (DatelineViewport *self,
                              double            dx)
{
  double dt;

  g_return_if_fail (DATELINE_IS_VIEWPORT (self));

  if (self->width <= 0.0 || !isfinite (dx))
    return;

  dt = dx / dateline_viewport_get_scale (self);

  if (store_visible_range (self, self->visible_begin + dt, self->visible_end + dt))
    g_signal_emit (self, signals[CHANGED], 0);
}

void
dateline_viewport_fit (DatelineViewport *self)
{
  g_return_if_fail (DATELINE_IS_VIEWPORT (self));

  dateline_viewport_set_visible_range (self, self->document_begin, self->document_end);
}

/**
 * dateline_viewport_ensure_visible:
 *
 * Does nothing when [@begin, @end) is already visible. Otherwise pans by the
 * smallest amount that shows it with a small margin; only a range longer
 * than the visible span makes it zoom out, to the range plus a margin.
 */
void
dateline_viewport_ensure_visible (DatelineViewport *self,
                                  double            begin,
                                  double            end)
{
  double span;
  double margin;
  double new_begin;

  g_return_if_fail (DATELINE_IS_VIEWPORT (self));
  g_return_if_fail (isfinite (begin) && isfinite (end));

  if (end < begin)
    {
      double tmp = begin;
      begin = end;
      end = tmp;
    }

  if (begin >= self->visible_begin && end <= self->visible_end)
    return;

  span = self->visible_end - self->visible_begin;

  if (end - begin > span)
    {
      margin = (end - begin) * ENSURE_VISIBLE_MARGIN;
      dateline_viewport_set_visible_range (self, begin - margin, end + margin);
      return;
    }

  /* The margin never eats more than the room left, so the range itself
   * always ends up inside. */
  margin = MIN (span * ENSURE_VISIBLE_MARGIN, (span - (end - begin)) / 2.0);

  if (begin < self->visible_begin)
    new_begin = begin - margin;
  else
    new_begin = end + margin - span;

  dateline_viewport_set_visible_range (self, new_begin, new_begin + span);
}
