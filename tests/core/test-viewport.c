/* test-viewport.c — zoom and pan maths of DatelineViewport
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dateline-viewport.h"

#define EPSILON 1e-6

/* 2025-01-01 as a GDate Julian day. */
#define JAN_2025 739252.0

static void
count_changed_cb (DatelineViewport *viewport,
                  guint            *count)
{
  (*count)++;
}

static DatelineViewport *
make_viewport (double begin,
               double end,
               double width)
{
  DatelineViewport *viewport = dateline_viewport_new ();

  dateline_viewport_set_document_range (viewport, begin, end);
  dateline_viewport_fit (viewport);
  dateline_viewport_set_width (viewport, width);

  return viewport;
}

static void
test_viewport_round_trip (void)
{
  g_autoptr(DatelineViewport) viewport = make_viewport (JAN_2025, JAN_2025 + 365, 1000);
  double begin, end;

  dateline_viewport_set_visible_range (viewport, JAN_2025 + 10, JAN_2025 + 110);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025 + 10, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 110, EPSILON);

  g_assert_cmpfloat_with_epsilon (dateline_viewport_get_scale (viewport), 10.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (dateline_viewport_time_to_x (viewport, begin), 0.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (dateline_viewport_time_to_x (viewport, end), 1000.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (dateline_viewport_time_to_x (viewport, JAN_2025 + 35.5), 255.0, EPSILON);

  for (double x = -200; x <= 1200; x += 37.25)
    {
      double t = dateline_viewport_x_to_time (viewport, x);

      g_assert_cmpfloat_with_epsilon (dateline_viewport_time_to_x (viewport, t), x, EPSILON);
    }
}

static void
test_viewport_zoom_at_keeps_pointer (void)
{
  g_autoptr(DatelineViewport) viewport = make_viewport (JAN_2025, JAN_2025 + 365, 800);
  const double xs[] = { 0.0, 123.0, 400.0, 799.0, 800.0 };

  dateline_viewport_set_visible_range (viewport, JAN_2025 + 100, JAN_2025 + 200);

  for (guint i = 0; i < G_N_ELEMENTS (xs); i++)
    {
      double before = dateline_viewport_x_to_time (viewport, xs[i]);
      double begin, end;

      dateline_viewport_zoom_at (viewport, xs[i], 2.0);
      g_assert_cmpfloat_with_epsilon (dateline_viewport_x_to_time (viewport, xs[i]), before, EPSILON);
      dateline_viewport_get_visible_range (viewport, &begin, &end);
      g_assert_cmpfloat_with_epsilon (end - begin, 50.0, EPSILON);

      dateline_viewport_zoom_at (viewport, xs[i], 0.5);
      g_assert_cmpfloat_with_epsilon (dateline_viewport_x_to_time (viewport, xs[i]), before, EPSILON);
      dateline_viewport_get_visible_range (viewport, &begin, &end);
      g_assert_cmpfloat_with_epsilon (end - begin, 100.0, EPSILON);
    }
}

static void
test_viewport_clamping (void)
{
  g_autoptr(DatelineViewport) viewport = make_viewport (JAN_2025, JAN_2025 + 365, 800);
  double begin, end;

  /* Zooming in forever stops at the minimum span, still around the pointer. */
  for (guint i = 0; i < 100; i++)
    dateline_viewport_zoom_at (viewport, 200, 3.0);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (end - begin, DATELINE_VIEWPORT_MIN_SPAN, EPSILON);
  g_assert_cmpfloat (begin, >=, JAN_2025);
  g_assert_cmpfloat (end, <=, JAN_2025 + 365);

  /* Zooming out forever stops at the document. */
  for (guint i = 0; i < 100; i++)
    dateline_viewport_zoom_at (viewport, 700, 0.25);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 365, EPSILON);

  /* A range too small grows to the minimum span around its centre. */
  dateline_viewport_set_visible_range (viewport, JAN_2025 + 50, JAN_2025 + 50);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (end - begin, DATELINE_VIEWPORT_MIN_SPAN, EPSILON);
  g_assert_cmpfloat_with_epsilon ((begin + end) / 2, JAN_2025 + 50, EPSILON);

  /* A range sticking out of the document is shifted, not shrunk. */
  dateline_viewport_set_visible_range (viewport, JAN_2025 - 20, JAN_2025 + 10);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 30, EPSILON);

  dateline_viewport_set_visible_range (viewport, JAN_2025 + 360, JAN_2025 + 400);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025 + 325, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 365, EPSILON);

  /* Larger than the document: the document. */
  dateline_viewport_set_visible_range (viewport, 0, 1e7);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 365, EPSILON);

  /* Reversed bounds are accepted as the same range. */
  dateline_viewport_set_visible_range (viewport, JAN_2025 + 20, JAN_2025 + 10);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025 + 10, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 20, EPSILON);
}

static void
test_viewport_pan (void)
{
  g_autoptr(DatelineViewport) viewport = make_viewport (JAN_2025, JAN_2025 + 365, 1000);
  double begin, end;

  dateline_viewport_set_visible_range (viewport, JAN_2025 + 100, JAN_2025 + 200);

  /* 10 px per day: 50 px is 5 days later. */
  dateline_viewport_pan_pixels (viewport, 50);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025 + 105, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 205, EPSILON);

  dateline_viewport_pan_pixels (viewport, -150);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025 + 90, EPSILON);

  /* Panning stops at the edges without changing the span. */
  dateline_viewport_pan_pixels (viewport, -1e6);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025, EPSILON);
  g_assert_cmpfloat_with_epsilon (end - begin, 100.0, EPSILON);

  dateline_viewport_pan_pixels (viewport, 1e6);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 365, EPSILON);
  g_assert_cmpfloat_with_epsilon (end - begin, 100.0, EPSILON);
}

static void
test_viewport_fit (void)
{
  g_autoptr(DatelineViewport) viewport = make_viewport (JAN_2025, JAN_2025 + 365, 1000);
  double begin, end;

  dateline_viewport_set_visible_range (viewport, JAN_2025 + 100, JAN_2025 + 101);
  dateline_viewport_fit (viewport);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 365, EPSILON);

  /* A fitted view follows a growing document... */
  dateline_viewport_set_document_range (viewport, JAN_2025 - 365, JAN_2025 + 365);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025 - 365, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 365, EPSILON);

  /* ... a zoomed one stays where it is. */
  dateline_viewport_set_visible_range (viewport, JAN_2025, JAN_2025 + 10);
  dateline_viewport_set_document_range (viewport, JAN_2025 - 730, JAN_2025 + 365);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 10, EPSILON);

  /* A shrinking document pulls it in. */
  dateline_viewport_set_document_range (viewport, JAN_2025 + 100, JAN_2025 + 200);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, JAN_2025 + 100, EPSILON);
  g_assert_cmpfloat_with_epsilon (end, JAN_2025 + 110, EPSILON);
}

static void
test_viewport_ensure_visible (void)
{
  g_autoptr(DatelineViewport) viewport = make_viewport (JAN_2025, JAN_2025 + 365, 1000);
  guint changed = 0;
  double begin, end;

  dateline_viewport_set_visible_range (viewport, JAN_2025 + 100, JAN_2025 + 200);
  g_signal_connect (viewport, "changed", G_CALLBACK (count_changed_cb), &changed);

  /* Already visible: nothing moves. */
  dateline_viewport_ensure_visible (viewport, JAN_2025 + 150, JAN_2025 + 151);
  g_assert_cmpuint (changed, ==, 0);

  /* Later: pans right, same span, the range inside with a margin. */
  dateline_viewport_ensure_visible (viewport, JAN_2025 + 250, JAN_2025 + 251);
  g_assert_cmpuint (changed, ==, 1);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (end - begin, 100.0, EPSILON);
  g_assert_cmpfloat (begin, <, JAN_2025 + 250);
  g_assert_cmpfloat (end, >, JAN_2025 + 251);
  g_assert_cmpfloat (end, <=, JAN_2025 + 251 + 100 * 0.05 + EPSILON);

  /* Earlier: pans left. */
  dateline_viewport_ensure_visible (viewport, JAN_2025 + 20, JAN_2025 + 30);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (end - begin, 100.0, EPSILON);
  g_assert_cmpfloat (begin, <, JAN_2025 + 20);
  g_assert_cmpfloat (end, >, JAN_2025 + 30);

  /* Too long to fit: zooms out to show all of it. */
  dateline_viewport_ensure_visible (viewport, JAN_2025 + 10, JAN_2025 + 300);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat (begin, <=, JAN_2025 + 10);
  g_assert_cmpfloat (end, >=, JAN_2025 + 300);
}

static void
test_viewport_degenerate (void)
{
  g_autoptr(DatelineViewport) viewport = dateline_viewport_new ();
  double begin, end;

  /* Width 0: no division by zero, everything maps to the start. */
  g_assert_cmpfloat (dateline_viewport_get_width (viewport), ==, 0.0);
  g_assert_cmpfloat (dateline_viewport_get_scale (viewport), ==, 0.0);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat (end, >, begin);
  g_assert_cmpfloat (dateline_viewport_x_to_time (viewport, 50), ==, begin);
  g_assert_true (isfinite (dateline_viewport_time_to_x (viewport, begin + 3)));
  dateline_viewport_zoom_at (viewport, 10, 2.0);
  dateline_viewport_pan_pixels (viewport, 10);
  dateline_viewport_set_width (viewport, -5);
  g_assert_cmpfloat (dateline_viewport_get_width (viewport), ==, 0.0);

  /* One event: a zero-length document still gives a few days around it. */
  dateline_viewport_set_document_range (viewport, JAN_2025 + 3, JAN_2025 + 3);
  dateline_viewport_fit (viewport);
  dateline_viewport_set_width (viewport, 600);
  dateline_viewport_get_visible_range (viewport, &begin, &end);
  g_assert_cmpfloat (end - begin, >=, 2.0);
  g_assert_cmpfloat (begin, <, JAN_2025 + 3);
  g_assert_cmpfloat (end, >, JAN_2025 + 3);
  g_assert_true (isfinite (dateline_viewport_get_scale (viewport)));
}

static void
test_viewport_changed_signal (void)
{
  g_autoptr(DatelineViewport) viewport = make_viewport (JAN_2025, JAN_2025 + 365, 1000);
  guint changed = 0;

  g_signal_connect (viewport, "changed", G_CALLBACK (count_changed_cb), &changed);

  dateline_viewport_set_width (viewport, 1000);
  dateline_viewport_fit (viewport);
  dateline_viewport_pan_pixels (viewport, 10);   /* at the edge already */
  g_assert_cmpuint (changed, ==, 0);

  dateline_viewport_set_width (viewport, 500);
  g_assert_cmpuint (changed, ==, 1);
  dateline_viewport_zoom_at (viewport, 100, 2);
  g_assert_cmpuint (changed, ==, 2);
  dateline_viewport_pan_pixels (viewport, 10);
  g_assert_cmpuint (changed, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/viewport/round-trip", test_viewport_round_trip);
  g_test_add_func ("/viewport/zoom-at-keeps-pointer", test_viewport_zoom_at_keeps_pointer);
  g_test_add_func ("/viewport/clamping", test_viewport_clamping);
  g_test_add_func ("/viewport/pan", test_viewport_pan);
  g_test_add_func ("/viewport/fit", test_viewport_fit);
  g_test_add_func ("/viewport/ensure-visible", test_viewport_ensure_visible);
  g_test_add_func ("/viewport/degenerate", test_viewport_degenerate);
  g_test_add_func ("/viewport/changed-signal", test_viewport_changed_signal);

  return g_test_run ();
}
