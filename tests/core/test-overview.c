/* test-overview.c — the overview strip: its window, hit testing and drags
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dateline-date.h"
#include "dateline-event.h"
#include "dateline-overview.h"

#define WIDTH  600
#define HEIGHT 40

#define LIGHT_ACCENT 0x3584e4

typedef struct {
  cairo_surface_t  *surface;
  DatelineOverview *overview;
  DatelineViewport *viewport;
  DatelineLayout   *layout;
  double            first;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  DatelineLayoutItem items[200];

  fixture->first = dateline_julian_from_ymd (2020, 1, 1);
  /* Busy in the first year, quiet after. */
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      double day = fixture->first + (i < 150 ? i * 2 : 300 + (i - 150) * 20);

      items[i] = (DatelineLayoutItem) { day, day + 1, 0, 0, i, i % DATELINE_EVENT_N_KINDS, 0, 1 };
    }

  fixture->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  fixture->overview = dateline_overview_new ();
  fixture->viewport = dateline_viewport_new ();
  fixture->layout = dateline_layout_new_for_items (items, G_N_ELEMENTS (items), NULL);
  dateline_viewport_set_width (fixture->viewport, 1000);
  dateline_viewport_set_document_range (fixture->viewport, fixture->first, fixture->first + 1400);
  dateline_viewport_set_visible_range (fixture->viewport, fixture->first + 350, fixture->first + 700);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->layout);
  g_clear_object (&fixture->viewport);
  g_clear_object (&fixture->overview);
  cairo_surface_destroy (fixture->surface);
}

static void
draw (Fixture *fixture)
{
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  cairo_t *cr = cairo_create (fixture->surface);

  dateline_overview_draw (fixture->overview, cr, fixture->layout, fixture->viewport, WIDTH, HEIGHT, &options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (fixture->surface);
}

static guint32
pixel_at (Fixture *fixture,
          int      x,
          int      y)
{
  const guchar *data = cairo_image_surface_get_data (fixture->surface);
  int stride = cairo_image_surface_get_stride (fixture->surface);

  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

/* The window is the viewport's visible range, scaled to the strip, and its
 * frame is drawn where it says. */
static void
test_overview_window_matches_viewport (Fixture       *fixture,
                                       gconstpointer  data)
{
  cairo_rectangle_t window;
  int left;

  g_assert_false (dateline_overview_get_window_area (fixture->overview, &window));
  draw (fixture);
  g_assert_true (dateline_overview_get_window_area (fixture->overview, &window));

  /* 350 and 700 days into 1400, over 600 px: 150 and 300. */
  g_assert_cmpfloat_with_epsilon (window.x, 150, 1.0);
  g_assert_cmpfloat_with_epsilon (window.x + window.width, 300, 1.0);
  g_assert_cmpfloat (window.height, ==, HEIGHT);

  /* The frame: accent on the window's left edge, not just left of it. */
  left = (int) floor (window.x);
  g_assert_cmpuint (pixel_at (fixture, left, HEIGHT / 2), ==, LIGHT_ACCENT);
  g_assert_cmpuint (pixel_at (fixture, left - 2, HEIGHT / 2), !=, LIGHT_ACCENT);

  g_assert_cmpfloat_with_epsilon (dateline_overview_x_to_time (fixture->overview, 150), fixture->first + 350, 1e-6);
  g_assert_cmpfloat_with_epsilon (dateline_overview_time_to_x (fixture->overview, fixture->first + 700), 300, 1e-6);

  /* Zoomed in: a window narrower than a few pixels is still drawn and
   * grabbable, centred on the range. */
  dateline_viewport_set_visible_range (fixture->viewport, fixture->first + 700, fixture->first + 701);
  draw (fixture);
  g_assert_true (dateline_overview_get_window_area (fixture->overview, &window));
  g_assert_cmpfloat (window.width, >=, 6);
  g_assert_cmpfloat_with_epsilon (window.x + window.width / 2, 300.2, 1.0);
  g_assert_cmpint (dateline_overview_hit_test (fixture->overview, 300, HEIGHT / 2), ==, DATELINE_OVERVIEW_WINDOW);
}

/* Density: the busy first year has more ink than the quiet years. */
static void
test_overview_density (Fixture       *fixture,
                       gconstpointer  data)
{
  guint busy = 0, quiet = 0;

  dateline_viewport_set_visible_range (fixture->viewport, fixture->first + 1300, fixture->first + 1400);
  draw (fixture);

  /* Ink: pixels unlike the top of their column, which bars never reach
   * (year lines run the full height, so they do not count). */
  for (int x = 0; x < 150; x++)
    for (int y = 20; y < HEIGHT; y++)
      busy += pixel_at (fixture, x, y) != pixel_at (fixture, x, 12);
  for (int x = 300; x < 450; x++)
    for (int y = 20; y < HEIGHT; y++)
      quiet += pixel_at (fixture, x, y) != pixel_at (fixture, x, 12);

  g_assert_cmpuint (busy, >, quiet);
  g_assert_cmpuint (quiet, >, 0);
}

static void
test_overview_hit_test_and_drag (Fixture       *fixture,
                                 gconstpointer  data)
{
  double begin, end;

  draw (fixture);

  g_assert_cmpint (dateline_overview_hit_test (fixture->overview, 225, 20), ==, DATELINE_OVERVIEW_WINDOW);
  g_assert_cmpint (dateline_overview_hit_test (fixture->overview, 151, 20), ==, DATELINE_OVERVIEW_START_EDGE);
  g_assert_cmpint (dateline_overview_hit_test (fixture->overview, 299, 20), ==, DATELINE_OVERVIEW_END_EDGE);
  g_assert_cmpint (dateline_overview_hit_test (fixture->overview, 50, 20), ==, DATELINE_OVERVIEW_TRACK);
  g_assert_cmpint (dateline_overview_hit_test (fixture->overview, 500, 20), ==, DATELINE_OVERVIEW_TRACK);
  g_assert_cmpint (dateline_overview_hit_test (fixture->overview, -3, 20), ==, DATELINE_OVERVIEW_NONE);
  g_assert_cmpint (dateline_overview_hit_test (fixture->overview, 100, HEIGHT + 3), ==, DATELINE_OVERVIEW_NONE);

  /* Dragging the window 60 px right pans by 140 days, span kept. */
  dateline_overview_drag (fixture->overview, fixture->viewport, DATELINE_OVERVIEW_WINDOW,
                          225, fixture->first + 350, fixture->first + 700, 285);
  dateline_viewport_get_visible_range (fixture->viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, fixture->first + 490, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, fixture->first + 840, 1e-6);

  /* Past the end, it stops at the end without shrinking. */
  dateline_overview_drag (fixture->overview, fixture->viewport, DATELINE_OVERVIEW_WINDOW,
                          225, fixture->first + 350, fixture->first + 700, 900);
  dateline_viewport_get_visible_range (fixture->viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (end, fixture->first + 1400, 1e-6);
  g_assert_cmpfloat_with_epsilon (end - begin, 350, 1e-6);

  /* Dragging the left edge zooms, the right edge staying. */
  dateline_overview_drag (fixture->overview, fixture->viewport, DATELINE_OVERVIEW_START_EDGE,
                          150, fixture->first + 350, fixture->first + 700, 240);
  dateline_viewport_get_visible_range (fixture->viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, fixture->first + 560, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, fixture->first + 700, 1e-6);

  /* A click on the track centres the window there. */
  dateline_overview_drag (fixture->overview, fixture->viewport, DATELINE_OVERVIEW_TRACK,
                          450, fixture->first + 350, fixture->first + 700, 450);
  dateline_viewport_get_visible_range (fixture->viewport, &begin, &end);
  g_assert_cmpfloat_with_epsilon ((begin + end) / 2, fixture->first + 1050, 1e-6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/overview/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("window-matches-viewport", test_overview_window_matches_viewport);
  ADD ("density", test_overview_density);
  ADD ("hit-test-and-drag", test_overview_hit_test_and_drag);

#undef ADD

  return g_test_run ();
}
