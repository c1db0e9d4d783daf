/* bench-hittest.c — pointer to event, 10^3 to 10^6 events
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After each frame of bench-render's zoom levels, a few thousand pointer
 * positions (half anywhere, half on drawn marks) are looked up with
 * dateline_renderer_pick(), the call a pointer motion makes. The first
 * lookup after a frame builds the hit grid and is timed too. Prints one
 * line per size:
 *
 *   hittest events=N median_us=M p95_us=P
 */

#include "config.h"

#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline-renderer.h"
#include "dateline-viewport.h"
#include "bench-common.h"

#define LOOKUPS_PER_FRAME 2000

int
main (int    argc,
      char **argv)
{
  g_autoptr(GArray) sizes = bench_parse_sizes (&argc, &argv);

  for (guint s = 0; s < sizes->len; s++)
    {
      guint n = g_array_index (sizes, guint, s);
      g_autoptr(DatelineLayout) layout = bench_make_layout (n);
      g_autoptr(DatelineViewport) viewport = dateline_viewport_new ();
      g_autoptr(DatelineRenderer) renderer = dateline_renderer_new ();
      g_autoptr(GRand) rand = g_rand_new_with_seed (7);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, BENCH_WIDTH, BENCH_HEIGHT);
      g_autofree double *times = g_new (double, BENCH_ZOOM_LEVELS * LOOKUPS_PER_FRAME);
      const DatelineLayoutItem *items = dateline_layout_get_items (layout, NULL);
      guint n_times = 0, n_hits = 0;
      double first, last;

      bench_range (&first, &last);
      dateline_viewport_set_document_range (viewport, first, last);
      dateline_viewport_set_width (viewport, BENCH_WIDTH);

      for (guint level = 0; level < BENCH_ZOOM_LEVELS; level++)
        {
          DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
          double begin, end;
          guint i0, i1;
          cairo_t *cr;

          bench_zoom_range (level, 1, &begin, &end);
          dateline_viewport_set_visible_range (viewport, begin, end);
          cr = cairo_create (surface);
          dateline_renderer_draw (renderer, cr, layout, viewport, BENCH_WIDTH, BENCH_HEIGHT, &options);
          cairo_destroy (cr);

          i0 = dateline_layout_find_start (layout, begin);
          i1 = dateline_layout_find_start (layout, end);

          for (guint k = 0; k < LOOKUPS_PER_FRAME; k++)
            {
              double x = g_rand_double_range (rand, 0, BENCH_WIDTH);
              double y = g_rand_double_range (rand, 0, BENCH_HEIGHT);
              DatelineHit hit;
              cairo_rectangle_t area;
              double t0;

              /* Every other lookup aims at a mark that was drawn. */
              if (k % 2 == 1 && i1 > i0)
                {
                  guint item = g_rand_int_range (rand, i0, i1);

                  if (dateline_renderer_get_event_area (renderer, items[item].event_index, &area))
                    {
                      x = area.x + area.width / 2;
                      y = area.y + area.height / 2;
                    }
                }

              t0 = bench_now_seconds ();
              n_hits += dateline_renderer_pick (renderer, x, y, &hit);
              times[n_times++] = (bench_now_seconds () - t0) * 1e6;
            }
        }

      printf ("hittest events=%u median_us=%.3f p95_us=%.3f\n", n,
              bench_percentile (times, n_times, 0.5), bench_percentile (times, n_times, 0.95));
      fflush (stdout);
      g_assert_cmpuint (n_hits, >, 0);

      cairo_surface_destroy (surface);
    }

  return 0;
}
