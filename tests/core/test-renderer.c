/* test-renderer.c — what DatelineRenderer draws, checked in pixels and geometry
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dateline-date.h"
#include "dateline-event.h"
#include "dateline-layout.h"
#include "dateline-renderer.h"
#include "dateline-renderer-private.h"
#include "dateline-viewport.h"

#define WIDTH  800
#define HEIGHT 300

/* Colours the renderer promises (GNOME palette, see dateline-renderer.c). */
#define LIGHT_BACKGROUND 0xffffff
#define DARK_BACKGROUND  0x1e1e1e
#define LIGHT_ACCENT     0x3584e4
#define LIGHT_ATTACK     0xc01c28
#define LIGHT_AGREEMENT  0x26a269
#define DARK_ATTACK      0xf66151
#define LIGHT_SANCTION   0x865e3c

typedef struct {
  cairo_surface_t  *surface;
  DatelineRenderer *renderer;
  DatelineViewport *viewport;
  DatelineLayout   *layout;
} Fixture;

static DatelineLayoutItem
day_item (guint32 julian,
          guint32 event_index,
          guint32 kind,
          guint32 flags)
{
  DatelineLayoutItem item = { julian, julian + 1.0, 0, flags, event_index, kind };

  return item;
}

static void
fixture_set_layout (Fixture            *fixture,
                    DatelineLayoutItem *items,
                    guint               n_items,
                    const char * const *titles)
{
  double begin, end;

  g_clear_object (&fixture->layout);
  fixture->layout = dateline_layout_new_for_items (items, n_items, titles);

  if (dateline_layout_get_extent (fixture->layout, &begin, &end))
    {
      dateline_viewport_set_document_range (fixture->viewport, begin, end);
      dateline_viewport_fit (fixture->viewport);
    }
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  fixture->renderer = dateline_renderer_new ();
  fixture->viewport = dateline_viewport_new ();
  dateline_viewport_set_width (fixture->viewport, WIDTH);
  fixture->layout = NULL;
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->layout);
  g_clear_object (&fixture->viewport);
  g_clear_object (&fixture->renderer);
  cairo_surface_destroy (fixture->surface);
}

static void
draw (Fixture                     *fixture,
      const DatelineRenderOptions *options)
{
  cairo_t *cr = cairo_create (fixture->surface);

  dateline_renderer_draw (fixture->renderer, cr, fixture->layout, fixture->viewport,
                          WIDTH, HEIGHT, options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (fixture->surface);

  if (g_getenv ("DATELINE_TEST_SAVE_PNG") != NULL)
    {
      g_autofree char *name = g_strdelimit (g_strdup_printf ("%s.png", g_test_get_path ()), "/", '-');
      g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

      cairo_surface_write_to_png (fixture->surface, path);
      g_test_message ("saved %s", path);
    }
}

/* The pixel at (x, y) as 0xRRGGBB (the surfaces are opaque: the renderer
 * paints its background). */
static guint32
pixel_at (Fixture *fixture,
          double   x,
          double   y)
{
  const guchar *data = cairo_image_surface_get_data (fixture->surface);
  int stride = cairo_image_surface_get_stride (fixture->surface);
  guint32 argb = *(const guint32 *) (data + (int) y * stride + (int) x * 4);

  g_assert_cmpuint (argb >> 24, ==, 0xff);

  return argb & 0xffffff;
}

static void
assert_colour_near (guint32 actual,
                    guint32 expected,
                    int     tolerance)
{
  for (int shift = 0; shift <= 16; shift += 8)
    {
      int a = (actual >> shift) & 0xff;
      int e = (expected >> shift) & 0xff;

      if (ABS (a - e) > tolerance)
        g_error ("colour #%06x is not near #%06x", actual, expected);
    }
}

static gboolean
colour_is_near (guint32 actual,
                guint32 expected,
                int     tolerance)
{
  for (int shift = 0; shift <= 16; shift += 8)
    if (ABS ((int) ((actual >> shift) & 0xff) - (int) ((expected >> shift) & 0xff)) > tolerance)
      return FALSE;

  return TRUE;
}

/* Whether some pixel of row @y between @x0 and @x1 has @colour. */
static gboolean
has_colour_between (Fixture *fixture,
                    double   x0,
                    double   x1,
                    double   y,
                    guint32  colour,
                    int      tolerance)
{
  for (double x = MAX (0, floor (x0)); x <= x1 && x < WIDTH; x += 1)
    if (colour_is_near (pixel_at (fixture, x, y), colour, tolerance))
      return TRUE;

  return FALSE;
}

static gboolean
rectangles_overlap (const cairo_rectangle_t *a,
                    const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* --- tests ----------------------------------------------------------------- */

static void
test_renderer_mark_colour (Fixture       *fixture,
                           gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 3, 14);
  DatelineLayoutItem items[] = {
    day_item (day, 0, DATELINE_EVENT_ATTACK, 0),
    day_item (day + 10, 1, DATELINE_EVENT_AGREEMENT, 0),
  };
  const char *titles[] = { "Attack on the port", "Ceasefire signed" };
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  cairo_rectangle_t area;

  fixture_set_layout (fixture, items, G_N_ELEMENTS (items), titles);
  draw (fixture, &options);

  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 0, &area));
  assert_colour_near (pixel_at (fixture, area.x + area.width / 2, area.y + area.height / 2), LIGHT_ATTACK, 2);
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 1, &area));
  assert_colour_near (pixel_at (fixture, area.x + area.width / 2, area.y + area.height / 2), LIGHT_AGREEMENT, 2);

  /* The dot sits in the middle of its day. */
  g_assert_cmpfloat_with_epsilon (area.x + area.width / 2,
                                  dateline_viewport_time_to_x (fixture->viewport, day + 10.5), 0.01);

  /* Light background far from any mark. */
  assert_colour_near (pixel_at (fixture, WIDTH - 3, HEIGHT - 3), LIGHT_BACKGROUND, 0);

  /* Dark mode: dark background, the lighter shade of the kind. */
  options.dark = TRUE;
  draw (fixture, &options);
  assert_colour_near (pixel_at (fixture, WIDTH - 3, HEIGHT - 3), DARK_BACKGROUND, 0);
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 0, &area));
  assert_colour_near (pixel_at (fixture, area.x + area.width / 2, area.y + area.height / 2), DARK_ATTACK, 2);
}

static void
test_renderer_selection (Fixture       *fixture,
                         gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 3, 14);
  DatelineLayoutItem items[] = {
    day_item (day, 0, DATELINE_EVENT_ATTACK, 0),
    day_item (day + 10, 1, DATELINE_EVENT_AGREEMENT, 0),
  };
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  cairo_rectangle_t area;
  double ring_x, ring_y;

  fixture_set_layout (fixture, items, G_N_ELEMENTS (items), NULL);
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 0, &area) == FALSE);
  /* Days narrow enough not to get a band behind their dot. */
  dateline_viewport_set_document_range (fixture->viewport, day - 50, day + 50);
  dateline_viewport_fit (fixture->viewport);

  draw (fixture, &options);
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 1, &area));
  /* Just outside the mark, where the ring goes: background while not
   * selected, the selection colour once selected. */
  ring_x = area.x + area.width + 4.5;
  ring_y = area.y + area.height / 2;
  assert_colour_near (pixel_at (fixture, ring_x, ring_y), LIGHT_BACKGROUND, 0);

  options.selected_event = 1;
  draw (fixture, &options);
  assert_colour_near (pixel_at (fixture, ring_x, ring_y), LIGHT_ACCENT, 24);
  /* The mark itself keeps its colour. */
  assert_colour_near (pixel_at (fixture, area.x + area.width / 2, area.y + area.height / 2), LIGHT_AGREEMENT, 2);

  /* The other event has no ring. */
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 0, &area));
  assert_colour_near (pixel_at (fixture, area.x + area.width + 4.5, area.y + area.height / 2), LIGHT_BACKGROUND, 0);

  /* Hovering changes pixels around the mark too, differently. */
  options.selected_event = G_MAXUINT;
  options.hover_event = 0;
  draw (fixture, &options);
  g_assert_cmpuint (pixel_at (fixture, area.x + area.width + 3, area.y + area.height / 2), !=, LIGHT_BACKGROUND);
  g_assert_cmpuint (pixel_at (fixture, area.x + area.width + 3, area.y + area.height / 2), !=, LIGHT_ACCENT);
}

static void
test_renderer_styles (Fixture       *fixture,
                      gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 3, 1);
  guint32 april = dateline_julian_from_ymd (2025, 4, 1);
  DatelineLayoutItem items[] = {
    day_item (day, 0, DATELINE_EVENT_ATTACK, 0),
    day_item (day + 5, 1, DATELINE_EVENT_ATTACK, DATELINE_LAYOUT_FLAG_INFERRED),
    day_item (day + 10, 2, DATELINE_EVENT_DEADLINE, DATELINE_LAYOUT_FLAG_FUTURE),
    { april, april + 30, 0, DATELINE_LAYOUT_FLAG_SPAN, 3, DATELINE_EVENT_ATTACK },
  };
  cairo_rectangle_t stated, inferred, future, month;
  double scale;

  fixture_set_layout (fixture, items, G_N_ELEMENTS (items), NULL);
  draw (fixture, NULL);

  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 0, &stated));
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 1, &inferred));
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 2, &future));
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 3, &month));

  /* Stated: filled. Inferred: hollow (background inside, colour on the
   * outline). */
  assert_colour_near (pixel_at (fixture, stated.x + stated.width / 2, stated.y + stated.height / 2), LIGHT_ATTACK, 2);
  assert_colour_near (pixel_at (fixture, inferred.x + inferred.width / 2, inferred.y + inferred.height / 2),
                      LIGHT_BACKGROUND, 0);
  g_assert_true (has_colour_between (fixture, inferred.x, inferred.x + inferred.width / 2,
                                    inferred.y + inferred.height / 2, LIGHT_ATTACK, 24));

  /* Due: a diamond, empty in its corners. */
  assert_colour_near (pixel_at (fixture, future.x + 1, future.y + 1), LIGHT_BACKGROUND, 0);

  /* A month is a bar over the whole month, not a dot on its first day. */
  scale = dateline_viewport_get_scale (fixture->viewport);
  /* (Bars are inset by a pixel at each end.) */
  g_assert_cmpfloat_with_epsilon (month.x, dateline_viewport_time_to_x (fixture->viewport, april), 1.01);
  g_assert_cmpfloat_with_epsilon (month.width, 30 * scale, 2.01);
  assert_colour_near (pixel_at (fixture, month.x + month.width / 2, month.y + month.height / 2), LIGHT_ATTACK, 30);
}

static void
test_renderer_hit_test (Fixture       *fixture,
                        gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 3, 14);
  DatelineLayoutItem items[] = {
    day_item (day, 7, DATELINE_EVENT_TALKS, 0),
    day_item (day + 20, 8, DATELINE_EVENT_VOTE, 0),
    { day + 5, day + 15, 0, DATELINE_LAYOUT_FLAG_SPAN, 9, DATELINE_EVENT_OTHER },
  };
  const char *titles[] = { "Talks", "Vote", "Negotiations" };
  cairo_rectangle_t area;
  gboolean found_label = FALSE;

  fixture_set_layout (fixture, items, G_N_ELEMENTS (items), titles);
  draw (fixture, NULL);

  for (guint event = 7; event <= 9; event++)
    {
      g_assert_true (dateline_renderer_get_event_area (fixture->renderer, event, &area));
      g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, area.x + area.width / 2,
                                                    area.y + area.height / 2), ==, event);
      /* A little slop around small marks. */
      g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, area.x - 1, area.y - 1), ==, event);
    }

  /* A label selects its event. */
  for (guint i = 0; i < dateline_renderer_get_n_texts (fixture->renderer); i++)
    {
      DatelineRendererTextKind kind;
      guint event_index;
      const char *text;

      g_assert_true (dateline_renderer_get_text (fixture->renderer, i, &kind, &area, &event_index, &text));
      if (kind != DATELINE_RENDERER_TEXT_EVENT_LABEL)
        continue;

      found_label = TRUE;
      g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, area.x + area.width - 2,
                                                    area.y + area.height / 2), ==, event_index);
      g_assert_cmpstr (text, ==, titles[event_index - 7]);
    }
  g_assert_true (found_label);

  /* Empty space, the axis and outside the frame. */
  g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, WIDTH - 5, HEIGHT - 5), ==, G_MAXUINT);
  g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, WIDTH / 2, 10), ==, G_MAXUINT);
  g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, -50, 100), ==, G_MAXUINT);
  g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, 100, 5000), ==, G_MAXUINT);
  g_assert_false (dateline_renderer_hit_test_cluster (fixture->renderer, WIDTH - 5, HEIGHT - 5, NULL, NULL, NULL));

  /* Scrolled away: nothing is drawn, nothing is hit. */
  dateline_viewport_set_document_range (fixture->viewport, day - 400, day + 400);
  dateline_viewport_set_visible_range (fixture->viewport, day - 300, day - 200);
  draw (fixture, NULL);
  g_assert_false (dateline_renderer_get_event_area (fixture->renderer, 7, NULL));
  for (double x = 0; x < WIDTH; x += 7)
    for (double y = 0; y < HEIGHT; y += 7)
      g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, x, y), ==, G_MAXUINT);
}

/* Event labels never overlap each other, stay inside the frame, and axis
 * labels of a row never overlap either; at several zoom levels over a
 * crowded, random timeline. */
static void
test_renderer_labels_never_overlap (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint32 first = dateline_julian_from_ymd (2024, 1, 1);
  g_autofree DatelineLayoutItem *items = g_new (DatelineLayoutItem, 300);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  const double spans[] = { 400, 120, 30, 7, 1 };
  guint total_labels = 0;

  for (guint i = 0; i < 300; i++)
    {
      guint32 start = first + g_rand_int_range (rand, 0, 366);

      items[i] = day_item (start, i, g_rand_int_range (rand, 0, DATELINE_EVENT_N_KINDS), 0);
      if (g_rand_int_range (rand, 0, 10) == 0)
        {
          items[i].end = start + 30;
          items[i].flags = DATELINE_LAYOUT_FLAG_SPAN;
        }
      g_ptr_array_add (titles, g_strdup_printf ("Event number %u with a rather long title", i));
    }

  fixture_set_layout (fixture, items, 300, (const char * const *) titles->pdata);

  for (guint z = 0; z < G_N_ELEMENTS (spans); z++)
    {
      DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
      guint n_texts;

      options.selected_event = 17;
      dateline_viewport_set_visible_range (fixture->viewport, first + 100, first + 100 + spans[z]);
      draw (fixture, &options);
      n_texts = dateline_renderer_get_n_texts (fixture->renderer);

      for (guint i = 0; i < n_texts; i++)
        {
          DatelineRendererTextKind kind_i;
          cairo_rectangle_t a;

          dateline_renderer_get_text (fixture->renderer, i, &kind_i, &a, NULL, NULL);
          g_assert_cmpfloat (a.x, >=, 0);
          g_assert_cmpfloat (a.x + a.width, <=, WIDTH);
          g_assert_cmpfloat (a.y + a.height, <=, HEIGHT);
          g_assert_cmpfloat (a.width, >, 0);
          if (kind_i == DATELINE_RENDERER_TEXT_EVENT_LABEL)
            total_labels++;

          for (guint j = i + 1; j < n_texts; j++)
            {
              DatelineRendererTextKind kind_j;
              cairo_rectangle_t b;

              dateline_renderer_get_text (fixture->renderer, j, &kind_j, &b, NULL, NULL);
              if (rectangles_overlap (&a, &b))
                g_error ("zoom %g days: text %u (%g,%g %gx%g) overlaps text %u (%g,%g %gx%g)",
                         spans[z], i, a.x, a.y, a.width, a.height, j, b.x, b.y, b.width, b.height);
            }
        }
    }

  /* Crowded, but not so crowded that nothing gets a label. */
  g_assert_cmpuint (total_labels, >, 20);
}

/* The title of a labelled event is drawn, ellipsized when long, and a
 * label is never left cut without an ellipsis: its area is never wider
 * than the natural text. */
static void
test_renderer_selected_label_first (Fixture       *fixture,
                                    gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 6, 1);
  DatelineLayoutItem items[] = {
    day_item (day, 0, DATELINE_EVENT_OTHER, 0),
    day_item (day + 1, 1, DATELINE_EVENT_OTHER, 0),
  };
  const char *titles[] = { "The first event has a title far too long to fit anywhere near here",
                           "Second" };
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  gboolean second_labelled = FALSE;

  fixture_set_layout (fixture, items, 2, titles);
  /* About 20 px between the two days: no room for both labels. */
  dateline_viewport_set_document_range (fixture->viewport, day - 20, day + 20);
  dateline_viewport_set_visible_range (fixture->viewport, day - 20, day + 20);

  options.selected_event = 1;
  draw (fixture, &options);

  for (guint i = 0; i < dateline_renderer_get_n_texts (fixture->renderer); i++)
    {
      DatelineRendererTextKind kind;
      guint event_index;
      cairo_rectangle_t area;

      dateline_renderer_get_text (fixture->renderer, i, &kind, &area, &event_index, NULL);
      if (kind == DATELINE_RENDERER_TEXT_EVENT_LABEL && event_index == 1)
        second_labelled = TRUE;
      if (kind == DATELINE_RENDERER_TEXT_EVENT_LABEL && event_index == 0)
        g_assert_cmpfloat (area.width, <=, 220);
    }

  /* The selection wins the space. */
  g_assert_true (second_labelled);
}

static DatelineTickUnit
tick_unit_for_span (Fixture *fixture,
                    double   begin,
                    double   days,
                    char   **minor_texts)
{
  g_autoptr(GString) texts = g_string_new (NULL);
  DatelineTickUnit unit;

  dateline_viewport_set_visible_range (fixture->viewport, begin, begin + days);
  draw (fixture, NULL);
  unit = dateline_renderer_get_tick_unit (fixture->renderer, NULL);

  for (guint i = 0; i < dateline_renderer_get_n_texts (fixture->renderer); i++)
    {
      DatelineRendererTextKind kind;
      const char *text;

      dateline_renderer_get_text (fixture->renderer, i, &kind, NULL, NULL, &text);
      if (kind != DATELINE_RENDERER_TEXT_EVENT_LABEL)
        g_string_append_printf (texts, "%s|", text);
    }

  *minor_texts = g_strdup (texts->str);
  return unit;
}

static void
test_renderer_axis_units (Fixture       *fixture,
                          gconstpointer  data)
{
  double jan_2000 = dateline_julian_from_ymd (2000, 1, 1);
  double mar_2025 = dateline_julian_from_ymd (2025, 3, 1);
  DatelineLayoutItem item = day_item (mar_2025, 0, 0, 0);
  DatelineTickUnit previous = DATELINE_TICK_MILLENNIUM;
  const double spans[] = { 20000, 3650, 730, 365, 120, 30, 10, 2, 0.25 };
  char *texts;
  guint step;

  fixture_set_layout (fixture, &item, 1, NULL);
  dateline_viewport_set_document_range (fixture->viewport, 0, 3000000);

  /* Zooming in never makes the unit coarser. */
  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      DatelineTickUnit unit = tick_unit_for_span (fixture, mar_2025, spans[i], &texts);

      g_test_message ("%g days: unit %d: %s", spans[i], unit, texts);
      g_assert_cmpint (unit, <=, previous);
      previous = unit;
      g_free (texts);
    }

  /* Years... */
  g_assert_cmpint (tick_unit_for_span (fixture, jan_2000, 3652, &texts), ==, DATELINE_TICK_YEAR);
  g_assert_nonnull (strstr (texts, "|2005|"));
  g_free (texts);

  /* ... then months, under their year... */
  g_assert_cmpint (tick_unit_for_span (fixture, mar_2025, 365, &texts), ==, DATELINE_TICK_MONTH);
  g_assert_nonnull (strstr (texts, "Jun|"));
  g_assert_nonnull (strstr (texts, "2026|"));
  g_free (texts);

  /* ... then days, under their month... */
  g_assert_cmpint (tick_unit_for_span (fixture, mar_2025, 14, &texts), ==, DATELINE_TICK_DAY);
  g_assert_nonnull (strstr (texts, "March 2025|"));
  /* "5" or "Wed 5", depending on the room. */
  g_assert_nonnull (strstr (texts, " 5|") != NULL ? strstr (texts, " 5|") : strstr (texts, "|5|"));
  g_free (texts);

  /* ... then hours. */
  g_assert_cmpint (tick_unit_for_span (fixture, mar_2025, 0.5, &texts), ==, DATELINE_TICK_HOUR);
  g_assert_nonnull (strstr (texts, "06:00|"));
  g_free (texts);

  /* Decades far out, and the step is exposed. */
  g_assert_cmpint (tick_unit_for_span (fixture, jan_2000 - 36525 * 2, 36525 * 3, &texts), >=, DATELINE_TICK_DECADE);
  g_free (texts);
  dateline_renderer_get_tick_unit (fixture->renderer, &step);
  g_assert_cmpuint (step, >=, 1);
}

/* Hundreds of events on each of three days, zoomed in until a day is
 * wider than the view's third: the aggregate of a day spans the day it
 * happened on (not a sliver at its midnight) and counts that day's events,
 * however far one zooms. */
static void
test_renderer_dense_days (Fixture       *fixture,
                          gconstpointer  data)
{
  guint32 first = dateline_julian_from_ymd (2020, 3, 2);
  const guint per_day[] = { 300, 250, 400 };
  g_autofree DatelineLayoutItem *items = g_new0 (DatelineLayoutItem, 950);
  guint n = 0;

  for (guint d = 0; d < G_N_ELEMENTS (per_day); d++)
    for (guint i = 0; i < per_day[d]; i++, n++)
      items[n] = day_item (first + d, n, DATELINE_EVENT_TALKS, 0);

  fixture_set_layout (fixture, items, n, NULL);  /* copied */
  dateline_viewport_set_visible_range (fixture->viewport, first - 0.5, first + 3.5);
  draw (fixture, NULL);

  for (guint d = 0; d < G_N_ELEMENTS (per_day); d++)
    for (double hour = 1; hour < 24; hour += 5.5)
      {
        double x = (first + d + hour / 24.0 - (first - 0.5)) * WIDTH / 4.0;
        double begin, end;
        guint n_events;

        if (!dateline_renderer_hit_test_cluster (fixture->renderer, x, HEIGHT / 2, &begin, &end, &n_events))
          g_error ("no aggregate at day %u, %.1f h (x = %.0f)", d, hour, x);
        g_assert_cmpfloat (begin, ==, first + d);
        g_assert_cmpfloat (end, ==, first + d + 1);
        g_assert_cmpuint (n_events, ==, per_day[d]);
      }

  /* Before the first day and after the last: nothing. */
  g_assert_false (dateline_renderer_hit_test_cluster (fixture->renderer, WIDTH * 0.05, HEIGHT / 2, NULL, NULL, NULL));
  g_assert_false (dateline_renderer_hit_test_cluster (fixture->renderer, WIDTH * 0.95, HEIGHT / 2, NULL, NULL, NULL));
}

static void
test_renderer_clusters (Fixture       *fixture,
                        gconstpointer  data)
{
  guint32 first = dateline_julian_from_ymd (2020, 1, 1);
  DatelineLayoutItem items[100];
  guint marks = 0, in_badges = 0;
  gboolean found_cluster = FALSE;

  /* A hundred consecutive days in one lane, seen over ten years: about
   * 0.2 px a day, far too close for a hundred dots. */
  for (guint i = 0; i < 100; i++)
    items[i] = day_item (first + i, i, DATELINE_EVENT_TALKS, 0);

  fixture_set_layout (fixture, items, 100, NULL);
  dateline_viewport_set_document_range (fixture->viewport, first - 1800, first + 1850);
  dateline_viewport_fit (fixture->viewport);
  draw (fixture, NULL);

  for (guint i = 0; i < 100; i++)
    marks += dateline_renderer_get_event_area (fixture->renderer, i, NULL);

  for (double x = 0; x < WIDTH; x += 1)
    for (double y = 46; y < HEIGHT; y += 2)
      {
        double begin, end;
        guint n_events;

        if (dateline_renderer_hit_test_cluster (fixture->renderer, x, y, &begin, &end, &n_events))
          {
            /* A badge is not one event. */
            g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, x, y), ==, G_MAXUINT);
            g_assert_cmpfloat (begin, >=, first);
            g_assert_cmpfloat (end, <=, first + 100);
            if (!found_cluster)
              in_badges = n_events;
            found_cluster = TRUE;
          }
      }

  g_assert_true (found_cluster);
  g_assert_cmpuint (marks, <, 5);
  g_assert_cmpuint (in_badges, >, 1);

  /* Zoomed in, every one of them is its own mark again. */
  dateline_viewport_set_visible_range (fixture->viewport, first + 40, first + 60);
  draw (fixture, NULL);
  for (guint i = 41; i < 59; i++)
    g_assert_true (dateline_renderer_get_event_area (fixture->renderer, i, NULL));
}

/* Text leaves a current point in cairo; a mark drawn with an arc after a
 * badge's count once got a line from the count to itself. Nothing may be
 * drawn between a badge (lane 0) and a hollow mark (lane 1) below it. */
static void
test_renderer_no_stray_lines (Fixture       *fixture,
                              gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 5, 5);
  DatelineLayoutItem items[] = {
    day_item (day, 0, DATELINE_EVENT_TALKS, 0),
    day_item (day + 1, 1, DATELINE_EVENT_TALKS, 0),
    day_item (day + 1, 2, DATELINE_EVENT_ATTACK, DATELINE_LAYOUT_FLAG_INFERRED),
  };
  cairo_rectangle_t ring;
  double badge_y;

  fixture_set_layout (fixture, items, G_N_ELEMENTS (items), NULL);
  dateline_viewport_set_document_range (fixture->viewport, day - 200, day + 200);
  dateline_viewport_fit (fixture->viewport);
  draw (fixture, NULL);

  /* Two days at 2 px a day: one badge in lane 0, the hollow mark alone in
   * lane 1. */
  g_assert_false (dateline_renderer_get_event_area (fixture->renderer, 0, NULL));
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 2, &ring));
  badge_y = ring.y + ring.height / 2 - 40;
  g_assert_true (dateline_renderer_hit_test_cluster (fixture->renderer, ring.x + ring.width / 2, badge_y,
                                                     NULL, NULL, NULL));

  /* Between them (the label line of lane 0, empty: no titles). */
  for (double y = badge_y + 10; y < ring.y - 2; y += 1)
    for (double x = ring.x - 12; x < ring.x + ring.width + 12; x += 1)
      {
        /* Grid lines are allowed: they run the full height, so the same
         * column near the bottom of the frame has the same colour. */
        guint32 colour = pixel_at (fixture, x, y);

        if (x >= 0 && x < WIDTH && colour != LIGHT_BACKGROUND && colour != pixel_at (fixture, x, HEIGHT - 30))
          g_error ("stray ink at %g,%g: #%06x", x, y, colour);
      }
}

static void
test_renderer_many_lanes (Fixture       *fixture,
                          gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 5, 5);
  DatelineLayoutItem items[60];
  gboolean hit_any = FALSE;

  /* Sixty events on the same day: sixty lanes, far more than 300 px hold. */
  for (guint i = 0; i < 60; i++)
    items[i] = day_item (day, i, i % DATELINE_EVENT_N_KINDS, 0);

  fixture_set_layout (fixture, items, 60, NULL);
  g_assert_cmpuint (dateline_layout_get_n_lanes (fixture->layout), ==, 60);
  draw (fixture, NULL);

  /* Every drawn mark is inside the frame and can be hit. */
  for (guint i = 0; i < 60; i++)
    {
      cairo_rectangle_t area;

      if (!dateline_renderer_get_event_area (fixture->renderer, i, &area))
        continue;

      g_assert_cmpfloat (area.y + area.height, <=, HEIGHT);
      g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, area.x + area.width / 2,
                                                    area.y + area.height / 2), ==, i);
      hit_any = TRUE;
    }
  g_assert_true (hit_any);

  /* The rest are in the last row's badge. */
  g_assert_true (dateline_renderer_hit_test_cluster (fixture->renderer,
                                                     dateline_viewport_time_to_x (fixture->viewport, day + 0.5),
                                                     HEIGHT - 30, NULL, NULL, NULL)
                 || dateline_renderer_hit_test_cluster (fixture->renderer,
                                                        dateline_viewport_time_to_x (fixture->viewport, day + 0.5),
                                                        HEIGHT - 40, NULL, NULL, NULL)
                 || dateline_renderer_hit_test_cluster (fixture->renderer,
                                                        dateline_viewport_time_to_x (fixture->viewport, day + 0.5),
                                                        HEIGHT - 50, NULL, NULL, NULL));
}

static void
test_renderer_dense (Fixture       *fixture,
                     gconstpointer  data)
{
  const guint n = 200000;
  guint32 first = dateline_julian_from_ymd (2000, 1, 1);
  g_autofree DatelineLayoutItem *items = g_new (DatelineLayoutItem, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  double begin, end;
  guint n_events;
  gint64 start;

  for (guint i = 0; i < n; i++)
    items[i] = day_item (first + g_rand_int_range (rand, 0, 3650), i, i % 5, 0);

  fixture_set_layout (fixture, items, n, NULL);

  start = g_get_monotonic_time ();
  draw (fixture, NULL);
  g_test_message ("%u events, fitted: %.2f ms", n, (g_get_monotonic_time () - start) / 1000.0);

  g_assert_true (dateline_renderer_hit_test_cluster (fixture->renderer, WIDTH / 2, HEIGHT - 10,
                                                     &begin, &end, &n_events));
  g_assert_cmpuint (n_events, >, 0);
  g_assert_cmpfloat (end, >, begin);
  g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, WIDTH / 2, HEIGHT - 10), ==, G_MAXUINT);

  /* Zoomed in to a week: marks again. */
  dateline_viewport_set_visible_range (fixture->viewport, first + 1000, first + 1007);
  start = g_get_monotonic_time ();
  draw (fixture, NULL);
  g_test_message ("%u events, one week: %.2f ms", n, (g_get_monotonic_time () - start) / 1000.0);
}

static void
test_renderer_empty (Fixture       *fixture,
                     gconstpointer  data)
{
  DatelineLayoutItem undated = { NAN, NAN, 0, 0, 0, 0 };
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  gboolean has_axis = FALSE;

  /* No layout at all, then one with only an undated event. */
  draw (fixture, NULL);
  fixture_set_layout (fixture, &undated, 1, NULL);
  options.dark = TRUE;
  draw (fixture, &options);

  for (guint i = 0; i < dateline_renderer_get_n_texts (fixture->renderer); i++)
    {
      DatelineRendererTextKind kind;

      dateline_renderer_get_text (fixture->renderer, i, &kind, NULL, NULL, NULL);
      has_axis |= kind != DATELINE_RENDERER_TEXT_EVENT_LABEL;
    }
  g_assert_true (has_axis);

  assert_colour_near (pixel_at (fixture, 3, HEIGHT - 3), DARK_BACKGROUND, 0);
  g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, WIDTH / 2, HEIGHT / 2), ==, G_MAXUINT);

  /* Degenerate sizes draw nothing and do not crash. */
  {
    cairo_t *cr = cairo_create (fixture->surface);

    dateline_renderer_draw (fixture->renderer, cr, fixture->layout, fixture->viewport, 0, 0, NULL);
    dateline_renderer_draw (fixture->renderer, cr, fixture->layout, fixture->viewport, 5, 5, NULL);
    cairo_destroy (cr);
  }
}

static void
test_renderer_from_events (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GListStore) store = g_list_store_new (DATELINE_TYPE_EVENT);
  g_autoptr(DatelineEvent) day = dateline_event_new ("e0", "Summit in Alaska", DATELINE_EVENT_MEETING);
  g_autoptr(DatelineEvent) month = dateline_event_new ("e1", "Sanctions in August", DATELINE_EVENT_SANCTION);
  DatelineWhen when = DATELINE_WHEN_INIT;
  double begin, end;
  cairo_rectangle_t area;

  g_assert_true (dateline_when_set_span (&when, 2025, 8, 15, DATELINE_GRANULARITY_DAY, DATELINE_CERTAINTY_STATED));
  dateline_event_set_when (day, &when);
  g_assert_true (dateline_when_set_span (&when, 2025, 8, 1, DATELINE_GRANULARITY_MONTH, DATELINE_CERTAINTY_STATED));
  dateline_event_set_when (month, &when);
  g_list_store_append (store, day);
  g_list_store_append (store, month);

  fixture->layout = dateline_layout_new (G_LIST_MODEL (store));
  g_assert_true (dateline_layout_get_extent (fixture->layout, &begin, &end));
  dateline_viewport_set_document_range (fixture->viewport, begin, end);
  dateline_viewport_fit (fixture->viewport);
  draw (fixture, NULL);

  /* The month covers all 31 days of August. */
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 1, &area));
  g_assert_cmpfloat_with_epsilon (area.width, 31 * dateline_viewport_get_scale (fixture->viewport), 2.01);
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 0, &area));
  g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, area.x + area.width / 2,
                                                area.y + area.height / 2), ==, 0);
}


/* --- lane groups ------------------------------------------------------------ */

#define GROUP_HEADER 24.0

static DatelineLayout *
three_groups (guint32 day)
{
  DatelineLayoutItem items[] = {
    { day, day + 1, 0, 0, 0, DATELINE_EVENT_TALKS, 0, 1 },
    { day, day + 1, 0, 0, 1, DATELINE_EVENT_TALKS, 0, 1 },       /* group 0: two lanes */
    { day + 2, day + 3, 0, 0, 2, DATELINE_EVENT_ATTACK, 1, 1 },  /* group 1 */
    { day + 4, day + 5, 0, 0, 3, DATELINE_EVENT_VOTE, 2, 1 },    /* group 2 */
  };
  const char *titles[] = { "Talks", "More talks", "Attack", "Vote" };
  const char *labels[] = { "Geneva", "Port", "Parliament" };

  return dateline_layout_new_for_groups (items, G_N_ELEMENTS (items), titles, labels, 3);
}

static void
fixture_use_layout (Fixture        *fixture,
                    DatelineLayout *layout)
{
  double begin, end;

  g_clear_object (&fixture->layout);
  fixture->layout = layout;
  g_assert_true (dateline_layout_get_extent (layout, &begin, &end));
  dateline_viewport_set_document_range (fixture->viewport, begin, end);
  dateline_viewport_fit (fixture->viewport);
}

static gboolean
has_text (Fixture                  *fixture,
          DatelineRendererTextKind  kind,
          const char               *text)
{
  for (guint i = 0; i < dateline_renderer_get_n_texts (fixture->renderer); i++)
    {
      DatelineRendererTextKind k;
      const char *t;

      dateline_renderer_get_text (fixture->renderer, i, &k, NULL, NULL, &t);
      if (k == kind && g_strcmp0 (t, text) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Each group gets a header (its label drawn, clickable) and its rows;
 * collapsed groups keep their header only, hidden ones nothing, and the
 * display order is the layout's. */
static void
test_renderer_lane_groups (Fixture       *fixture,
                           gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 6, 2);
  cairo_rectangle_t g0, g1, g2, mark;
  DatelineHit hit;

  fixture_use_layout (fixture, three_groups (day));
  draw (fixture, NULL);

  g_assert_true (dateline_renderer_get_group_area (fixture->renderer, 0, &g0));
  g_assert_true (dateline_renderer_get_group_area (fixture->renderer, 1, &g1));
  g_assert_true (dateline_renderer_get_group_area (fixture->renderer, 2, &g2));
  g_assert_cmpfloat (g0.height, ==, GROUP_HEADER);
  /* Group 0 has two rows, group 1 one. */
  g_assert_cmpfloat (g1.y - g0.y, >, g2.y - g1.y);
  g_assert_true (has_text (fixture, DATELINE_RENDERER_TEXT_GROUP, "Geneva"));
  g_assert_true (has_text (fixture, DATELINE_RENDERER_TEXT_GROUP, "Parliament"));

  /* Marks are in their group's rows, below its header. */
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 2, &mark));
  g_assert_cmpfloat (mark.y, >, g1.y + g1.height);
  g_assert_cmpfloat (mark.y + mark.height, <, g2.y);

  /* The header is hit as a header; its arrow as the toggle. */
  g_assert_true (dateline_renderer_pick (fixture->renderer, 200, g1.y + 5, &hit));
  g_assert_cmpint (hit.kind, ==, DATELINE_HIT_GROUP_HEADER);
  g_assert_cmpuint (hit.group, ==, 1);
  g_assert_false (hit.on_toggle);
  g_assert_true (dateline_renderer_pick (fixture->renderer, 10, g1.y + 12, &hit));
  g_assert_true (hit.on_toggle);

  /* Collapsed: the header stays, its rows and marks go, the next group
   * moves up under it. */
  dateline_layout_set_group_collapsed (fixture->layout, 1, TRUE);
  draw (fixture, NULL);
  g_assert_true (dateline_renderer_get_group_area (fixture->renderer, 1, &g1));
  g_assert_true (dateline_renderer_get_group_area (fixture->renderer, 2, &g2));
  g_assert_cmpfloat_with_epsilon (g2.y, g1.y + GROUP_HEADER + 2, 0.01);
  g_assert_false (dateline_renderer_get_event_area (fixture->renderer, 2, NULL));
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 3, NULL));

  /* Hidden: nothing at all. */
  dateline_layout_set_group_hidden (fixture->layout, 0, TRUE);
  draw (fixture, NULL);
  g_assert_false (dateline_renderer_get_group_area (fixture->renderer, 0, NULL));
  g_assert_false (dateline_renderer_get_event_area (fixture->renderer, 0, NULL));
  g_assert_false (dateline_renderer_get_event_area (fixture->renderer, 1, NULL));
  g_assert_false (has_text (fixture, DATELINE_RENDERER_TEXT_GROUP, "Geneva"));

  /* Reordered: the last group on top. */
  dateline_layout_set_group_hidden (fixture->layout, 0, FALSE);
  dateline_layout_move_group (fixture->layout, 2, 0);
  draw (fixture, NULL);
  g_assert_true (dateline_renderer_get_group_area (fixture->renderer, 0, &g0));
  g_assert_true (dateline_renderer_get_group_area (fixture->renderer, 2, &g2));
  g_assert_cmpfloat (g2.y, <, g0.y);
}

/* More groups than fit: the lanes scroll, and the header of the group at
 * the top sticks there while its rows scroll under it. */
static void
test_renderer_scroll_and_sticky_header (Fixture       *fixture,
                                        gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 6, 2);
  DatelineLayoutItem items[30];
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  double content, page, scroll;
  cairo_rectangle_t area;
  guint at_top = G_MAXUINT;

  for (guint i = 0; i < 30; i++)
    {
      items[i] = (DatelineLayoutItem) { day + i % 5, day + i % 5 + 1, 0, 0, i, i % DATELINE_EVENT_N_KINDS, i, 1 };
      g_ptr_array_add (labels, g_strdup_printf ("Actor %u", i));
    }
  fixture_use_layout (fixture, dateline_layout_new_for_groups (items, 30, NULL, (const char * const *) labels->pdata, 30));

  draw (fixture, &options);
  dateline_renderer_get_scroll_extent (fixture->renderer, &content, &page, &scroll);
  g_assert_cmpfloat (content, >, page);
  g_assert_cmpfloat (scroll, ==, 0);
  g_assert_false (dateline_renderer_get_group_area (fixture->renderer, 29, NULL));

  /* Scrolled half a group into group 3: its header is pinned at the top
   * of the lanes, group 0 is gone. */
  options.scroll_y = 3 * (24 + 40 + 2) + 30;
  draw (fixture, &options);
  dateline_renderer_get_scroll_extent (fixture->renderer, NULL, NULL, &scroll);
  g_assert_cmpfloat (scroll, ==, options.scroll_y);
  g_assert_false (dateline_renderer_get_group_area (fixture->renderer, 0, NULL));
  for (guint g = 0; g < 30; g++)
    if (dateline_renderer_get_group_area (fixture->renderer, g, &area) && at_top == G_MAXUINT)
      at_top = g;
  g_assert_cmpuint (at_top, ==, 3);
  g_assert_true (dateline_renderer_get_group_area (fixture->renderer, 3, &area));
  g_assert_cmpfloat (area.y, ==, 46);

  /* Past the end: clamped, the last group visible. */
  options.scroll_y = 1e6;
  draw (fixture, &options);
  dateline_renderer_get_scroll_extent (fixture->renderer, &content, &page, &scroll);
  g_assert_cmpfloat_with_epsilon (scroll, content - page, 1e-6);
  g_assert_true (dateline_renderer_get_group_area (fixture->renderer, 29, NULL));
}

/* Selecting an event that is in several groups links its marks. */
static void
test_renderer_selection_links_copies (Fixture       *fixture,
                                      gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 6, 2);
  DatelineLayoutItem items[] = {
    { day, day + 1, 0, 0, 5, DATELINE_EVENT_MEETING, 0, 1 },
    { day, day + 1, 0, 0, 5, DATELINE_EVENT_MEETING, 2, 1 },
    { day + 3, day + 4, 0, 0, 6, DATELINE_EVENT_MEETING, 1, 1 },
  };
  const char *labels[] = { "One", "Two", "Three" };
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  cairo_rectangle_t g1;
  double x;

  fixture_use_layout (fixture, dateline_layout_new_for_groups (items, 3, NULL, labels, 3));
  x = dateline_viewport_time_to_x (fixture->viewport, day + 0.5);

  draw (fixture, &options);
  g_assert_true (dateline_renderer_get_group_area (fixture->renderer, 1, &g1));
  for (double y = g1.y + g1.height + 14; y < g1.y + g1.height + 22; y++)
    g_assert_false (has_colour_between (fixture, x - 2, x + 2, y, LIGHT_ACCENT, 60));

  /* The link (dashed) crosses group 1's rows, where this event has no
   * mark. */
  options.selected_event = 5;
  draw (fixture, &options);
  {
    guint inked = 0;

    for (double y = g1.y + g1.height + 14; y < g1.y + g1.height + 22; y++)
      inked += has_colour_between (fixture, x - 2, x + 2, y, LIGHT_ACCENT, 60);
    g_assert_cmpuint (inked, >=, 2);
  }
}

/* --- uncertainty ------------------------------------------------------------- */

/* A month is drawn over the whole month, fading at both ends: it happened
 * somewhere in it. A range of days given in full keeps hard ends. */
static void
test_renderer_soft_ends (Fixture       *fixture,
                         gconstpointer  data)
{
  guint32 april = dateline_julian_from_ymd (2025, 4, 1);
  DatelineLayoutItem items[] = {
    { april, april + 30, 0, DATELINE_LAYOUT_FLAG_SPAN, 0, DATELINE_EVENT_ATTACK, 0, 1 },
    { april + 40, april + 70, 0, 0, 1, DATELINE_EVENT_ATTACK, 0, 1 },
  };
  cairo_rectangle_t month, range;
  double cy;

  fixture_set_layout (fixture, items, 2, NULL);
  draw (fixture, NULL);
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 0, &month));
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 1, &range));
  cy = month.y + month.height / 2;

  /* The middle has the kind's colour; two pixels in from the ends, it is
   * much lighter. */
  assert_colour_near (pixel_at (fixture, month.x + month.width / 2, cy), LIGHT_ATTACK, 30);
  g_assert_false (colour_is_near (pixel_at (fixture, month.x + 2, cy), LIGHT_ATTACK, 60));
  g_assert_false (colour_is_near (pixel_at (fixture, month.x + month.width - 3, cy), LIGHT_ATTACK, 60));
  g_assert_cmpuint (pixel_at (fixture, month.x + 2, cy) >> 16, >, 0xe0);

  /* The range of days: full colour near its ends. */
  assert_colour_near (pixel_at (fixture, range.x + 3, cy), LIGHT_ATTACK, 30);
  assert_colour_near (pixel_at (fixture, range.x + range.width - 4, cy), LIGHT_ATTACK, 30);
}

/* Sources that disagree: a mark at each claimed day, in the event's row,
 * linked to the event's mark; clicking one selects the event. */
static void
test_renderer_disputed_dates (Fixture       *fixture,
                              gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2021, 4, 13);
  DatelineLayoutItem items[] = {
    { day, day + 1, 0, 0, 0, DATELINE_EVENT_SANCTION, 0, 1 },
    { day - 30, day - 29, 0, 0, 1, DATELINE_EVENT_TALKS, 0, 1 },
  };
  DatelineLayoutClaim claims[] = {
    { 0, 0, day - 10, day - 9 },
    { 0, 0, day + 12, day + 13 },
  };
  cairo_rectangle_t mark;
  DatelineHit hit;
  double cy;

  fixture_set_layout (fixture, items, 2, NULL);
  dateline_viewport_set_document_range (fixture->viewport, day - 40, day + 20);
  dateline_viewport_fit (fixture->viewport);

  /* Without claims, nothing at the claimed days. */
  draw (fixture, NULL);
  g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 0, &mark));
  cy = mark.y + mark.height / 2;
  for (guint c = 0; c < G_N_ELEMENTS (claims); c++)
    {
      double x = dateline_viewport_time_to_x (fixture->viewport, claims[c].start + 0.5);

      g_assert_false (has_colour_between (fixture, x - 5, x + 5, cy - 4, LIGHT_SANCTION, 40));
      g_assert_false (has_colour_between (fixture, x - 5, x + 5, cy + 3, LIGHT_SANCTION, 40));
    }

  dateline_layout_set_claims (fixture->layout, claims, G_N_ELEMENTS (claims));
  draw (fixture, NULL);

  for (guint c = 0; c < G_N_ELEMENTS (claims); c++)
    {
      double x = dateline_viewport_time_to_x (fixture->viewport, claims[c].start + 0.5);

      /* The claimed day's mark: the event's colour around (x, cy). */
      g_assert_true (has_colour_between (fixture, x - 5, x + 5, cy - 3, LIGHT_SANCTION, 40)
                     || has_colour_between (fixture, x - 5, x + 5, cy + 3, LIGHT_SANCTION, 40));
      g_assert_true (dateline_renderer_pick (fixture->renderer, x, cy, &hit));
      g_assert_cmpint (hit.kind, ==, DATELINE_HIT_EVENT);
      g_assert_cmpuint (hit.event_index, ==, 0);
      g_assert_true (hit.claimed);
      g_assert_cmpfloat (hit.begin, ==, claims[c].start);
      g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, x, cy), ==, 0);
    }

  /* The event's own mark is still its own. */
  g_assert_true (dateline_renderer_pick (fixture->renderer, mark.x + mark.width / 2, cy, &hit));
  g_assert_false (hit.claimed);

  /* The link: ink above the marks between the event and a claim. */
  {
    double x0 = dateline_viewport_time_to_x (fixture->viewport, day + 0.5);
    double x1 = dateline_viewport_time_to_x (fixture->viewport, day + 12.5);
    gboolean linked = FALSE;

    for (double y = cy - 16; y < cy - 5 && !linked; y += 1)
      linked = has_colour_between (fixture, (x0 + x1) / 2 - 3, (x0 + x1) / 2 + 3, y, LIGHT_SANCTION, 110);
    g_assert_true (linked);
  }
}

/* Undated events are listed in a tray, not placed on the axis; each entry
 * is hit as its event; "+N more" when they do not fit. */
static void
test_renderer_undated_tray (Fixture       *fixture,
                            gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 6, 2);
  DatelineLayoutItem item = day_item (day, 0, DATELINE_EVENT_TALKS, 0);
  DatelineLayoutUndated undated[] = {
    { 7, DATELINE_EVENT_TALKS, "Talks resumed", "earlier this week" },
    { 8, DATELINE_EVENT_ATTACK, "Convoy attacked", NULL },
  };
  g_autoptr(GArray) many = g_array_new (FALSE, FALSE, sizeof (DatelineLayoutUndated));
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  gboolean seen_7 = FALSE, seen_8 = FALSE, seen_more = FALSE;
  DatelineHit hit;

  fixture_set_layout (fixture, &item, 1, NULL);
  dateline_layout_set_undated (fixture->layout, undated, 2);
  g_assert_cmpuint (dateline_layout_get_n_undated (fixture->layout), ==, 2);
  draw (fixture, NULL);

  g_assert_true (has_text (fixture, DATELINE_RENDERER_TEXT_TRAY, "Talks resumed"));
  g_assert_true (has_text (fixture, DATELINE_RENDERER_TEXT_TRAY, "“earlier this week”"));
  g_assert_true (has_text (fixture, DATELINE_RENDERER_TEXT_TRAY, "Convoy attacked"));
  /* Not on the axis: no mark for them. */
  g_assert_false (dateline_renderer_get_event_area (fixture->renderer, 7, NULL));

  for (double x = 0; x < WIDTH; x += 3)
    if (dateline_renderer_pick (fixture->renderer, x, HEIGHT - 15, &hit) && hit.kind == DATELINE_HIT_EVENT)
      {
        g_assert_true (hit.in_tray);
        seen_7 |= hit.event_index == 7;
        seen_8 |= hit.event_index == 8;
        g_assert_cmpuint (dateline_renderer_hit_test (fixture->renderer, x, HEIGHT - 15), ==, hit.event_index);
      }
  g_assert_true (seen_7 && seen_8);

  /* Many: the tray ends with "+N more". */
  for (guint i = 0; i < 40; i++)
    {
      DatelineLayoutUndated entry = { 100 + i, 0, "An event without any date at all", NULL };

      g_array_append_val (many, entry);
    }
  dateline_layout_set_undated (fixture->layout, (DatelineLayoutUndated *) (gpointer) many->data, many->len);
  draw (fixture, NULL);
  for (double x = 0; x < WIDTH; x += 2)
    if (dateline_renderer_pick (fixture->renderer, x, HEIGHT - 15, &hit) && hit.kind == DATELINE_HIT_TRAY_MORE)
      {
        seen_more = TRUE;
        g_assert_cmpuint (hit.n_events, >, 30);
        g_assert_cmpuint (hit.n_events, <, 40);
      }
  g_assert_true (seen_more);

  /* Hidden tray: the count on the status line instead. */
  options.hide_tray = TRUE;
  draw (fixture, &options);
  g_assert_false (has_text (fixture, DATELINE_RENDERER_TEXT_TRAY, "An event without any date at all"));
  g_assert_false (dateline_renderer_pick (fixture->renderer, 100, HEIGHT - 15, &hit));
}

/* --- axis ------------------------------------------------------------------- */

/* Today is the caller's: a line at the middle of that day, labelled; each
 * article's publication date is a tick on the axis at its day. */
static void
test_renderer_today_and_publications (Fixture       *fixture,
                                      gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 6, 2);
  DatelineLayoutItem item = day_item (day, 0, DATELINE_EVENT_TALKS, 0);
  DatelineLayoutMarker markers[] = {
    { day - 20, "Harbour Wire", 3 },
    { day + 25, "Business Daily", 4 },
  };
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  DatelineHit hit;
  double x;

  fixture_set_layout (fixture, &item, 1, NULL);
  dateline_viewport_set_document_range (fixture->viewport, day - 40, day + 40);
  dateline_viewport_fit (fixture->viewport);

  /* No today given: no today drawn. */
  draw (fixture, &options);
  g_assert_false (has_text (fixture, DATELINE_RENDERER_TEXT_MARKER, "Today"));

  options.today = day + 10;
  draw (fixture, &options);
  x = dateline_viewport_time_to_x (fixture->viewport, day + 10.5);
  g_assert_true (has_text (fixture, DATELINE_RENDERER_TEXT_MARKER, "Today"));
  /* The line, through the lanes, at x and nowhere else near. */
  for (double y = 120; y < HEIGHT - 40; y += 17)
    {
      g_assert_true (has_colour_between (fixture, x - 1, x + 1, y, LIGHT_ACCENT, 8));
      g_assert_false (has_colour_between (fixture, x - 12, x - 4, y, LIGHT_ACCENT, 8));
      g_assert_false (has_colour_between (fixture, x + 4, x + 12, y, LIGHT_ACCENT, 8));
    }
  g_assert_true (dateline_renderer_pick (fixture->renderer, x, 46 + 10, &hit));
  g_assert_cmpint (hit.kind, ==, DATELINE_HIT_TODAY);
  g_assert_cmpfloat (hit.begin, ==, day + 10);

  /* Publication dates. */
  dateline_layout_set_markers (fixture->layout, markers, 2);
  draw (fixture, &options);
  for (guint m = 0; m < 2; m++)
    {
      double mx = dateline_viewport_time_to_x (fixture->viewport, markers[m].day + 0.5);
      guint32 tick = pixel_at (fixture, mx, 44);

      /* The tick's ink on the axis band at the marker's x, not beside it. */
      g_assert_false (colour_is_near (tick, 0xf6f5f4, 10));
      g_assert_true (colour_is_near (pixel_at (fixture, mx + 9, 44), 0xf6f5f4, 10));
      g_assert_true (dateline_renderer_pick (fixture->renderer, mx, 43, &hit));
      g_assert_cmpint (hit.kind, ==, DATELINE_HIT_MARKER);
      g_assert_cmpuint (hit.marker, ==, m);
      g_assert_true (has_text (fixture, DATELINE_RENDERER_TEXT_MARKER, markers[m].label));
    }
}

/* The locale's clock and date order, overridden as a locale would. */
static void
test_renderer_locale_conventions (Fixture       *fixture,
                                  gconstpointer  data)
{
  double mar_2025 = dateline_julian_from_ymd (2025, 3, 3);
  DatelineLayoutItem item = day_item (mar_2025, 0, 0, 0);
  char *texts;

  fixture_set_layout (fixture, &item, 1, NULL);
  dateline_viewport_set_document_range (fixture->viewport, 0, 3000000);

  /* C: 24 hours, day before month. */
  tick_unit_for_span (fixture, mar_2025, 0.5, &texts);
  g_assert_nonnull (strstr (texts, "06:00|"));
  g_free (texts);
  tick_unit_for_span (fixture, mar_2025, 30, &texts);
  g_assert_nonnull (strstr (texts, "3 Mar|"));
  g_free (texts);

  dateline_renderer_set_time_conventions (fixture->renderer, TRUE, TRUE);
  tick_unit_for_span (fixture, mar_2025, 0.5, &texts);
  g_assert_null (strstr (texts, "06:00|"));
  g_assert_nonnull (strstr (texts, "6 AM|"));
  g_free (texts);
  tick_unit_for_span (fixture, mar_2025, 30, &texts);
  g_assert_nonnull (strstr (texts, "Mar 3|"));
  g_free (texts);
  tick_unit_for_span (fixture, mar_2025, 2, &texts);
  g_assert_nonnull (strstr (texts, "Monday, March 3, 2025|"));
  g_free (texts);
}

/* --- dense regions and labels --------------------------------------------------- */

/* An aggregate lists exactly the events it stands for, in time order. */
static void
test_renderer_cluster_events (Fixture       *fixture,
                              gconstpointer  data)
{
  guint32 first = dateline_julian_from_ymd (2020, 1, 1);
  DatelineLayoutItem items[100];
  gboolean found = FALSE;

  for (guint i = 0; i < 100; i++)
    items[i] = day_item (first + i, i, DATELINE_EVENT_TALKS, 0);

  fixture_set_layout (fixture, items, 100, NULL);
  dateline_viewport_set_document_range (fixture->viewport, first - 1800, first + 1850);
  dateline_viewport_fit (fixture->viewport);
  draw (fixture, NULL);

  for (double x = 0; x < WIDTH && !found; x += 1)
    for (double y = 46; y < HEIGHT && !found; y += 2)
      {
        double begin, end;
        guint n_events, n_listed;
        g_autofree guint *events = NULL;

        if (!dateline_renderer_hit_test_cluster (fixture->renderer, x, y, &begin, &end, &n_events))
          continue;

        found = TRUE;
        events = dateline_renderer_dup_cluster_events (fixture->renderer, fixture->layout, x, y, &n_listed);
        g_assert_cmpuint (n_listed, ==, n_events);
        for (guint k = 0; k < n_listed; k++)
          {
            guint item = dateline_layout_lookup_event (fixture->layout, events[k]);
            const DatelineLayoutItem *listed = &dateline_layout_get_items (fixture->layout, NULL)[item];

            g_assert_cmpfloat (listed->start, >=, begin);
            g_assert_cmpfloat (listed->end, <=, end);
            if (k > 0)
              g_assert_cmpuint (events[k], >, events[k - 1]);
          }
      }
  g_assert_true (found);

  /* Not on an aggregate: nothing. */
  {
    guint n = 99;

    g_assert_null (dateline_renderer_dup_cluster_events (fixture->renderer, fixture->layout, 3, HEIGHT - 3, &n));
    g_assert_cmpuint (n, ==, 0);
  }
}

/* When two labels do not both fit, the event with more sources gets its
 * label, whichever comes first. */
static void
test_renderer_labels_by_weight (Fixture       *fixture,
                                gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 6, 1);
  const char *titles[] = { "Minister says the port will reopen next week",
                           "Convoy attacked on the coast road at dawn" };

  for (guint heavy = 0; heavy < 2; heavy++)
    {
      DatelineLayoutItem items[] = {
        day_item (day, 0, DATELINE_EVENT_STATEMENT, 0),
        day_item (day + 1, 1, DATELINE_EVENT_ATTACK, 0),
      };
      gboolean labelled[2] = { FALSE, FALSE };

      items[heavy].weight = 5;
      items[1 - heavy].weight = 1;
      fixture_set_layout (fixture, items, 2, titles);
      /* About 20 px between the marks: room for one label. */
      dateline_viewport_set_document_range (fixture->viewport, day - 20, day + 20);
      dateline_viewport_set_visible_range (fixture->viewport, day - 20, day + 20);
      draw (fixture, NULL);

      for (guint i = 0; i < dateline_renderer_get_n_texts (fixture->renderer); i++)
        {
          DatelineRendererTextKind kind;
          guint event_index;

          dateline_renderer_get_text (fixture->renderer, i, &kind, NULL, &event_index, NULL);
          if (kind == DATELINE_RENDERER_TEXT_EVENT_LABEL)
            labelled[event_index] = TRUE;
        }

      g_assert_true (labelled[heavy]);
      g_assert_false (labelled[1 - heavy]);
    }
}

/* A label that is cut is cut after a word, with an ellipsis. */
static void
test_renderer_labels_cut_at_words (Fixture       *fixture,
                                   gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 6, 1);
  DatelineLayoutItem items[] = {
    day_item (day, 0, DATELINE_EVENT_TALKS, 0),
    day_item (day + 6, 1, DATELINE_EVENT_TALKS, 0),
  };
  const char *titles[] = { "Negotiators resume ceasefire discussions in Geneva amid tension", "Vote" };
  gboolean cut = FALSE;

  fixture_set_layout (fixture, items, 2, titles);
  /* About 150 px to the next mark. */
  dateline_viewport_set_document_range (fixture->viewport, day - 14, day + 18);
  dateline_viewport_set_visible_range (fixture->viewport, day - 14, day + 18);
  draw (fixture, NULL);

  for (guint i = 0; i < dateline_renderer_get_n_texts (fixture->renderer); i++)
    {
      DatelineRendererTextKind kind;
      cairo_rectangle_t area;
      guint event_index;

      dateline_renderer_get_text (fixture->renderer, i, &kind, &area, &event_index, NULL);
      if (kind == DATELINE_RENDERER_TEXT_EVENT_LABEL && event_index == 0)
        {
          double next = dateline_viewport_time_to_x (fixture->viewport, day + 6.5) - 6;

          /* Shortened to stop before the next mark... */
          g_assert_cmpfloat (area.x + area.width, <=, next);
          cut = TRUE;
        }
    }
  g_assert_true (cut);

  /* ... at a word, two at least: the layout of "Negotiators resume…" or
   * one word longer was drawn, measured here the same way. */
  {
    g_autoptr(GObject) context = G_OBJECT (pango_font_map_create_context (pango_cairo_font_map_get_default ()));
    g_autoptr(PangoLayout) layout = pango_layout_new (PANGO_CONTEXT (context));
    g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Cantarell, sans");
    const char *words[] = { "Negotiators resume…", "Negotiators resume ceasefire…" };
    gboolean matched = FALSE;

    pango_font_description_set_absolute_size (font, 13 * PANGO_SCALE);
    pango_layout_set_font_description (layout, font);

    for (guint i = 0; i < dateline_renderer_get_n_texts (fixture->renderer); i++)
      {
        DatelineRendererTextKind kind;
        cairo_rectangle_t area;
        guint event_index;

        dateline_renderer_get_text (fixture->renderer, i, &kind, &area, &event_index, NULL);
        if (kind != DATELINE_RENDERER_TEXT_EVENT_LABEL || event_index != 0)
          continue;

        for (guint w = 0; w < G_N_ELEMENTS (words); w++)
          {
            int width;

            pango_layout_set_text (layout, words[w], -1);
            pango_layout_get_pixel_size (layout, &width, NULL);
            matched |= ABS (width - area.width) <= 1;
          }
      }
    g_assert_true (matched);
  }
}

/* --- colour-blind safety and HiDPI -------------------------------------------- */

/* Every kind has its own shape, so kinds differ without colour: the masks
 * of ink around each kind's mark differ pairwise by many pixels. */
static void
test_renderer_shapes_per_kind (Fixture       *fixture,
                               gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 6, 1);
  gboolean masks[DATELINE_EVENT_N_KINDS][2][20 * 20];

  for (guint kind = 0; kind < DATELINE_EVENT_N_KINDS; kind++)
    for (guint hollow = 0; hollow < 2; hollow++)
      {
        DatelineLayoutItem item = day_item (day, 0, kind, hollow ? DATELINE_LAYOUT_FLAG_INFERRED : 0);
        cairo_rectangle_t area;
        int cx, cy;

        fixture_set_layout (fixture, &item, 1, NULL);
        /* Days narrow enough not to get a band behind their mark. */
        dateline_viewport_set_document_range (fixture->viewport, day - 50, day + 50);
        dateline_viewport_fit (fixture->viewport);
        draw (fixture, NULL);
        g_assert_true (dateline_renderer_get_event_area (fixture->renderer, 0, &area));
        cx = (int) floor (area.x + area.width / 2);
        cy = (int) floor (area.y + area.height / 2);

        for (int dy = -10; dy < 10; dy++)
          for (int dx = -10; dx < 10; dx++)
            {
              guint32 pixel = pixel_at (fixture, cx + dx, cy + dy);
              guint32 grid = pixel_at (fixture, cx + dx, HEIGHT - 30);

              /* Ink: not background, and not a grid line (the same colour
               * down the column). */
              masks[kind][hollow][(dy + 10) * 20 + dx + 10] = pixel != LIGHT_BACKGROUND && pixel != grid;
            }
      }

  for (guint a = 0; a < DATELINE_EVENT_N_KINDS; a++)
    for (guint b = a + 1; b < DATELINE_EVENT_N_KINDS; b++)
      for (guint hollow = 0; hollow < 2; hollow++)
        {
          guint differ = 0;

          for (guint p = 0; p < 400; p++)
            differ += masks[a][hollow][p] != masks[b][hollow][p];
          if (g_getenv ("DATELINE_TEST_SHAPES") != NULL)
            g_printerr ("%u-%u/%u: %u\n", a, b, hollow, differ);
          else if (differ < 20)
            g_error ("kinds %u and %u look alike (%u pixels apart)", a, b, differ);
        }

  /* Hollow (inferred) differs from filled for every kind. */
  for (guint kind = 0; kind < DATELINE_EVENT_N_KINDS; kind++)
    {
      guint differ = 0;

      for (guint p = 0; p < 400; p++)
        differ += masks[kind][0][p] != masks[kind][1][p];
      g_assert_cmpuint (differ, >=, 6);
    }

  /* The same symbol for legends, drawn outside the timeline. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 20, 20);
    cairo_t *cr = cairo_create (surface);
    const guchar *pixels;
    guint ink = 0;

    dateline_renderer_draw_kind_symbol (cr, DATELINE_EVENT_ATTACK, 10, 10, 6, FALSE, FALSE);
    cairo_destroy (cr);
    cairo_surface_flush (surface);
    pixels = cairo_image_surface_get_data (surface);
    for (int i = 0; i < 20 * 20; i++)
      ink += pixels[i * 4 + 3] > 0;
    g_assert_cmpuint (ink, >, 40);
    cairo_surface_destroy (surface);
  }
}

/* At scale 2, grid lines are one device pixel wide and fall on device
 * pixels: a run of line colour one device pixel wide, nothing blurred
 * around it. */
static void
test_renderer_hidpi_lines (Fixture       *fixture,
                           gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 6, 1);
  DatelineLayoutItem item = day_item (day, 0, DATELINE_EVENT_TALKS, 0);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * WIDTH, 2 * HEIGHT);
  const guchar *data_ptr;
  int stride, y = 2 * (HEIGHT - 20);
  guint lines = 0;
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, 2, 2);
  fixture_set_layout (fixture, &item, 1, NULL);
  dateline_viewport_set_document_range (fixture->viewport, day - 300, day + 300);
  dateline_viewport_fit (fixture->viewport);

  cr = cairo_create (surface);
  dateline_renderer_draw (fixture->renderer, cr, fixture->layout, fixture->viewport, WIDTH, HEIGHT, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data_ptr = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  for (int x = 1; x < 2 * WIDTH - 1; x++)
    {
      guint32 here = *(const guint32 *) (data_ptr + y * stride + x * 4) & 0xffffff;
      guint32 left = *(const guint32 *) (data_ptr + y * stride + (x - 1) * 4) & 0xffffff;
      guint32 right = *(const guint32 *) (data_ptr + y * stride + (x + 1) * 4) & 0xffffff;

      if (here == LIGHT_BACKGROUND)
        continue;

      /* A line pixel with background on both sides. */
      g_assert_cmpuint (left, ==, LIGHT_BACKGROUND);
      g_assert_cmpuint (right, ==, LIGHT_BACKGROUND);
      lines++;
    }
  g_assert_cmpuint (lines, >, 5);

  /* The header line of the axis: one device row. */
  {
    guint rows = 0;

    for (int row = 2 * 46 - 3; row < 2 * 46 + 3; row++)
      rows += (*(const guint32 *) (data_ptr + row * stride + 7 * 4) & 0xffffff) != 0xf6f5f4
              && (*(const guint32 *) (data_ptr + row * stride + 7 * 4) & 0xffffff) != LIGHT_BACKGROUND;
    g_assert_cmpuint (rows, ==, 1);
  }

  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/renderer/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("mark-colour", test_renderer_mark_colour);
  ADD ("selection", test_renderer_selection);
  ADD ("styles", test_renderer_styles);
  ADD ("hit-test", test_renderer_hit_test);
  ADD ("labels-never-overlap", test_renderer_labels_never_overlap);
  ADD ("selected-label-first", test_renderer_selected_label_first);
  ADD ("axis-units", test_renderer_axis_units);
  ADD ("clusters", test_renderer_clusters);
  ADD ("dense-days", test_renderer_dense_days);
  ADD ("no-stray-lines", test_renderer_no_stray_lines);
  ADD ("many-lanes", test_renderer_many_lanes);
  ADD ("dense", test_renderer_dense);
  ADD ("empty", test_renderer_empty);
  ADD ("from-events", test_renderer_from_events);
  ADD ("lane-groups", test_renderer_lane_groups);
  ADD ("scroll-and-sticky-header", test_renderer_scroll_and_sticky_header);
  ADD ("selection-links-copies", test_renderer_selection_links_copies);
  ADD ("soft-ends", test_renderer_soft_ends);
  ADD ("disputed-dates", test_renderer_disputed_dates);
  ADD ("undated-tray", test_renderer_undated_tray);
  ADD ("today-and-publications", test_renderer_today_and_publications);
  ADD ("locale-conventions", test_renderer_locale_conventions);
  ADD ("cluster-events", test_renderer_cluster_events);
  ADD ("labels-by-weight", test_renderer_labels_by_weight);
  ADD ("labels-cut-at-words", test_renderer_labels_cut_at_words);
  ADD ("shapes-per-kind", test_renderer_shapes_per_kind);
  ADD ("hidpi-lines", test_renderer_hidpi_lines);

#undef ADD

  return g_test_run ();
}
