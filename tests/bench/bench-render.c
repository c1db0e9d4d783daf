/* bench-render.c — frame times of the renderer, 10^3 to 10^6 events
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each size: synthetic events over 20 years in 50 lanes, drawn at
 * 1920x1080 into an offscreen image through the same renderer as the
 * screen, at 20 zoom levels from the whole range down to one day. Prints
 * exactly one line per size:
 *
 *   render events=N median_ms=M p95_ms=P
 *
 * Options: --sizes=1000,1000000  --rounds=R (frames per zoom level, 5)
 *          --save=DIR (writes the frames of the first two rounds as PNG)
 *          --verbose (every frame's time on stderr)
 *          --cpu-time (CPU time of the drawing thread instead of wall time)
 */

#include "config.h"

#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline-renderer.h"
#include "dateline-viewport.h"
#include "bench-common.h"

static void
draw_frame (DatelineRenderer *renderer,
            cairo_surface_t  *surface,
            DatelineLayout   *layout,
            DatelineViewport *viewport,
            gboolean          dark)
{
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  cairo_t *cr = cairo_create (surface);

  options.dark = dark;
  options.selected_event = 7;
  dateline_renderer_draw (renderer, cr, layout, viewport, BENCH_WIDTH, BENCH_HEIGHT, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GArray) sizes = bench_parse_sizes (&argc, &argv);
  const char *save_dir = NULL;
  guint rounds = 5;
  gboolean verbose = FALSE;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--rounds="))
        rounds = MAX (1, atoi (argv[i] + strlen ("--rounds=")));
      else if (g_str_has_prefix (argv[i], "--save="))
        save_dir = argv[i] + strlen ("--save=");
      else if (g_strcmp0 (argv[i], "--verbose") == 0)
        verbose = TRUE;
    }

  for (guint s = 0; s < sizes->len; s++)
    {
      guint n = g_array_index (sizes, guint, s);
      g_autoptr(DatelineLayout) layout = bench_make_layout (n);
      g_autoptr(DatelineViewport) viewport = dateline_viewport_new ();
      g_autoptr(DatelineRenderer) renderer = dateline_renderer_new ();
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, BENCH_WIDTH, BENCH_HEIGHT);
      g_autofree double *times = g_new (double, rounds * BENCH_ZOOM_LEVELS);
      guint n_times = 0;
      double first, last;

      bench_range (&first, &last);
      dateline_viewport_set_document_range (viewport, first, last);
      dateline_viewport_set_width (viewport, BENCH_WIDTH);

      /* One untimed pass: fonts, glyph caches and scratch arrays warm up
       * as they do in the first second of a session. */
      for (guint level = 0; level < BENCH_ZOOM_LEVELS; level++)
        {
          double begin, end;

          bench_zoom_range (level, 0, &begin, &end);
          dateline_viewport_set_visible_range (viewport, begin, end);
          draw_frame (renderer, surface, layout, viewport, FALSE);
        }

      for (guint round = 0; round < rounds; round++)
        for (guint level = 0; level < BENCH_ZOOM_LEVELS; level++)
          {
            gboolean dark = round % 2 == 1;
            double begin, end, t0;

            bench_zoom_range (level, round, &begin, &end);
            dateline_viewport_set_visible_range (viewport, begin, end);

            t0 = bench_now_seconds ();
            draw_frame (renderer, surface, layout, viewport, dark);
            times[n_times++] = (bench_now_seconds () - t0) * 1000.0;
            if (verbose)
              fprintf (stderr, "events=%u level=%u round=%u span=%.2f days: %.2f ms\n",
                       n, level, round, end - begin, times[n_times - 1]);

            if (save_dir != NULL && round < 2)
              {
                g_autofree char *name = g_strdup_printf ("render-%u-%s-%02u.png", n, dark ? "dark" : "light", level);
                g_autofree char *path = g_build_filename (save_dir, name, NULL);

                cairo_surface_write_to_png (surface, path);
              }
          }

      printf ("render events=%u median_ms=%.2f p95_ms=%.2f\n", n,
              bench_percentile (times, n_times, 0.5), bench_percentile (times, n_times, 0.95));
      fflush (stdout);

      cairo_surface_destroy (surface);
    }

  return 0;
}
