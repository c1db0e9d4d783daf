/* dateline-overview.c — the whole timeline in a strip, with the visible window
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "dateline-date.h"
#include "dateline-overview.h"
#include "dateline-renderer-private.h"

#define COLUMN_WIDTH     2.0
#define EDGE_GRAB        5.0    /* pixels either side of an edge that grab it */
#define MIN_WINDOW       6.0    /* a window narrower than this is drawn this wide */
#define LABEL_SPACING   56.0    /* at least this many pixels between labels */
#define FONT_SIZE       10

struct _DatelineOverview
{
  GObject parent_instance;

  PangoContext         *context;
  PangoLayout          *year_layout;
  guint                *counts;     /* per column, scratch */
  guint                 n_counts;

  /* The last strip. */
  double                width;
  double                height;
  double                begin;      /* its document range */
  double                end;
  cairo_rectangle_t     window;     /* as drawn (at least MIN_WINDOW wide) */
  double                window_left;
  double                window_right;
  gboolean              drawn;
};

G_DEFINE_FINAL_TYPE (DatelineOverview, dateline_overview, G_TYPE_OBJECT)

static inline void
set_colour (cairo_t              *cr,
            const DatelineColour *colour,
            double                alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha * alpha);
}

/* Months per label: the first of 1, 3, 6, 12, 24, 60, 120… that leaves
 * room between labels. */
static int
months_per_label (double days_per_pixel)
{
  static const int steps[] = { 1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * 30.44 / days_per_pixel >= LABEL_SPACING)
      return steps[i];

  return 12000;
}

/* Month or year boundaries, a faint line each, labelled: "2021" at a
 * year, "Mar" at a month. */
static void
draw_calendar (DatelineOverview      *self,
               cairo_t               *cr,
               const DatelinePalette *palette)
{
  double days_per_pixel = (self->end - self->begin) / self->width;
  int step = months_per_label (days_per_pixel);
  double hairline = dateline_renderer_hairline (cr);
  int year, month, day, last_year;

  dateline_julian_to_ymd ((guint32) MAX (1.0, self->begin), &year, &month, &day);
  dateline_julian_to_ymd ((guint32) MAX (1.0, MIN (self->end, 3652059.0)), &last_year, &day, &day);

  /* The first boundary at or after the beginning on the step's grid. */
  {
    int index = (year * 12 + month - 1 + step - 1) / step * step;

    year = index / 12;
    month = index % 12 + 1;
  }

  for (; year <= last_year && year <= 9999; month += step)
    {
      double x;
      char text[32];
      int text_width, text_height;

      while (month > 12)
        {
          month -= 12;
          year++;
        }
      if (year > last_year || year < 1)
        continue;

      x = (dateline_julian_from_ymd (year, month, 1) - self->begin) / days_per_pixel;
      if (x < 0)
        continue;
      if (x > self->width)
        break;

      set_colour (cr, &palette->grid_major, 1.0);
      cairo_rectangle (cr, dateline_renderer_snap_x (cr, x) - hairline / 2, 0, hairline, self->height);
      cairo_fill (cr);

      if (month == 1)
        g_snprintf (text, sizeof text, "%d", year);
      else
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, 1, month, year);
          g_date_strftime (text, sizeof text, "%b", &date);
        }

      pango_layout_set_text (self->year_layout, text, -1);
      pango_layout_get_pixel_size (self->year_layout, &text_width, &text_height);
      if (x + 3 + text_width > self->width || self->height < text_height + 4)
        continue;

      set_colour (cr, &palette->secondary, 1.0);
      cairo_move_to (cr, x + 3, 1);
      pango_cairo_show_layout (cr, self->year_layout);
      cairo_new_path (cr);
    }
}

/* --- GObject ------------------------------------------------------------------- */

static void
dateline_overview_finalize (GObject *object)
{
  DatelineOverview *self = DATELINE_OVERVIEW (object);

  g_clear_object (&self->year_layout);
  g_clear_object (&self->context);
  g_clear_pointer (&self->counts, g_free);

  G_OBJECT_CLASS (dateline_overview_parent_class)->finalize (object);
}

static void
dateline_overview_class_init (DatelineOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dateline_overview_finalize;
}

static void
dateline_overview_init (DatelineOverview *self)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Cantarell, sans");

  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  self->year_layout = pango_layout_new (self->context);
  pango_font_description_set_absolute_size (font, FONT_SIZE * PANGO_SCALE);
  pango_layout_set_font_description (self->year_layout, font);
}

/* --- public API ------------------------------------------------------------------ */

/**
 * dateline_overview_new:
 *
 * Returns: (transfer full): a new overview strip renderer
 */
DatelineOverview *
dateline_overview_new (void)
{
  return g_object_new (DATELINE_TYPE_OVERVIEW, NULL);
}

/**
 * dateline_overview_draw:
 * @layout: (nullable): the events
 * @options: (nullable): dark and today are read
 *
 * O(columns log n): each column's count is two binary searches.
 */
void
dateline_overview_draw (DatelineOverview            *self,
                        cairo_t                     *cr,
                        DatelineLayout              *layout,
                        DatelineViewport            *viewport,
                        double                       width,
                        double                       height,
                        const DatelineRenderOptions *options)
{
  const DatelinePalette *palette;
  double visible_begin, visible_end, hairline, scale;
  guint n_columns, max_count = 1;

  g_return_if_fail (DATELINE_IS_OVERVIEW (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout == NULL || DATELINE_IS_LAYOUT (layout));
  g_return_if_fail (DATELINE_IS_VIEWPORT (viewport));

  self->drawn = FALSE;
  if (!(width >= 1) || !(height >= 1))
    return;

  palette = dateline_renderer_get_palette (options != NULL && options->dark);
  dateline_viewport_get_document_range (viewport, &self->begin, &self->end);
  dateline_viewport_get_visible_range (viewport, &visible_begin, &visible_end);
  if (!(self->end > self->begin))
    return;

  self->width = width;
  self->height = height;
  scale = width / (self->end - self->begin);
  hairline = dateline_renderer_hairline (cr);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  pango_cairo_update_context (cr, self->context);
  pango_layout_context_changed (self->year_layout);

  set_colour (cr, &palette->axis_background, 1.0);
  cairo_paint (cr);

  draw_calendar (self, cr, palette);

  /* The density of the whole document, on a log scale so that a quiet
   * year next to a busy one still shows. */
  n_columns = (guint) ceil (width / COLUMN_WIDTH);
  if (self->n_counts < n_columns)
    {
      self->counts = g_renew (guint, self->counts, n_columns);
      self->n_counts = n_columns;
    }

  if (layout != NULL)
    {
      guint previous = dateline_layout_find_start (layout, self->begin);
      double top = height > 24 ? 13 : 2;

      for (guint c = 0; c < n_columns; c++)
        {
          guint next = dateline_layout_find_start (layout, self->begin + (c + 1) * COLUMN_WIDTH / scale);

          self->counts[c] = next - previous;
          max_count = MAX (max_count, self->counts[c]);
          previous = next;
        }

      set_colour (cr, &palette->histogram, 1.0);
      for (guint c = 0; c < n_columns; c++)
        {
          double bar;

          if (self->counts[c] == 0)
            continue;
          bar = MAX (1.0, round ((height - top - 2) * log1p (self->counts[c]) / log1p (max_count)));
          cairo_rectangle (cr, c * COLUMN_WIDTH, height - 1 - bar, COLUMN_WIDTH, bar);
        }
      cairo_fill (cr);

      /* Publication dates: short ticks along the bottom. */
      {
        guint n_markers;
        const DatelineLayoutMarker *markers = dateline_layout_get_markers (layout, &n_markers);

        set_colour (cr, &palette->secondary, 1.0);
        for (guint m = 0; m < n_markers; m++)
          {
            double x = (markers[m].day + 0.5 - self->begin) * scale;

            if (x >= 0 && x <= width)
              cairo_rectangle (cr, dateline_renderer_snap_x (cr, x) - hairline / 2, height - 5, hairline, 5);
          }
        cairo_fill (cr);
      }
    }

  if (options != NULL && options->today > 0)
    {
      double x = (floor (options->today) + 0.5 - self->begin) * scale;

      if (x >= 0 && x <= width)
        {
          set_colour (cr, &palette->accent, 1.0);
          cairo_rectangle (cr, dateline_renderer_snap_x (cr, x) - hairline / 2 - hairline, 0, 2 * hairline, height);
          cairo_fill (cr);
        }
    }

  /* The window: what is outside it is dimmed, its frame in the accent
   * colour, with grips on its edges. */
  self->window_left = (visible_begin - self->begin) * scale;
  self->window_right = (visible_end - self->begin) * scale;
  {
    double left = self->window_left, right = self->window_right;

    if (right - left < MIN_WINDOW)
      {
        double centre = (left + right) / 2;

        left = centre - MIN_WINDOW / 2;
        right = centre + MIN_WINDOW / 2;
      }
    left = dateline_renderer_snap_x (cr, left) - hairline / 2;
    right = dateline_renderer_snap_x (cr, right) - hairline / 2;
    self->window = (cairo_rectangle_t) { left, 0, right - left, height };

    set_colour (cr, &palette->background, 0.4);
    cairo_rectangle (cr, 0, 0, MAX (0, left), height);
    cairo_rectangle (cr, right, 0, MAX (0, width - right), height);
    cairo_fill (cr);

    set_colour (cr, &palette->accent, 0.12);
    cairo_rectangle (cr, left, 0, right - left, height);
    cairo_fill (cr);

    /* A frame two device pixels wide, inside the window. */
    set_colour (cr, &palette->accent, 1.0);
    cairo_rectangle (cr, left, 0, right - left, height);
    cairo_rectangle (cr, right - 2 * hairline, 2 * hairline, -(right - left - 4 * hairline), height - 4 * hairline);
    cairo_fill (cr);

    /* Grips, when the window is wide enough to have them apart. */
    if (right - left > 4 * EDGE_GRAB)
      {
        double grip = MIN (12.0, height / 2);

        cairo_rectangle (cr, left + 2 * hairline, (height - grip) / 2, 2, grip);
        cairo_rectangle (cr, right - 2 * hairline - 2, (height - grip) / 2, 2, grip);
        cairo_fill (cr);
      }
  }

  cairo_restore (cr);
  self->drawn = TRUE;
}

DatelineOverviewPart
dateline_overview_hit_test (DatelineOverview *self,
                            double            x,
                            double            y)
{
  g_return_val_if_fail (DATELINE_IS_OVERVIEW (self), DATELINE_OVERVIEW_NONE);

  if (!self->drawn || x < 0 || y < 0 || x > self->width || y > self->height)
    return DATELINE_OVERVIEW_NONE;

  /* The edges first: they overlap the window's inside when it is narrow,
   * and a narrow window is the one that needs widening. */
  if (self->window.width >= 2 * EDGE_GRAB + 2)
    {
      if (fabs (x - self->window.x) <= EDGE_GRAB)
        return DATELINE_OVERVIEW_START_EDGE;
      if (fabs (x - (self->window.x + self->window.width)) <= EDGE_GRAB)
        return DATELINE_OVERVIEW_END_EDGE;
    }

  if (x >= self->window.x && x < self->window.x + self->window.width)
    return DATELINE_OVERVIEW_WINDOW;

  return DATELINE_OVERVIEW_TRACK;
}

gboolean
dateline_overview_get_window_area (DatelineOverview  *self,
                                   cairo_rectangle_t *area)
{
  g_return_val_if_fail (DATELINE_IS_OVERVIEW (self), FALSE);

  if (!self->drawn)
    return FALSE;

  if (area != NULL)
    *area = self->window;

  return TRUE;
}

double
dateline_overview_x_to_time (DatelineOverview *self,
                             double            x)
{
  g_return_val_if_fail (DATELINE_IS_OVERVIEW (self), 0);

  if (!self->drawn)
    return 0;

  return self->begin + x * (self->end - self->begin) / self->width;
}

double
dateline_overview_time_to_x (DatelineOverview *self,
                             double            t)
{
  g_return_val_if_fail (DATELINE_IS_OVERVIEW (self), 0);

  if (!self->drawn)
    return 0;

  return (t - self->begin) * self->width / (self->end - self->begin);
}

void
dateline_overview_drag (DatelineOverview     *self,
                        DatelineViewport     *viewport,
                        DatelineOverviewPart  part,
                        double                press_x,
                        double                press_begin,
                        double                press_end,
                        double                x)
{
  double days_per_pixel, t;

  g_return_if_fail (DATELINE_IS_OVERVIEW (self));
  g_return_if_fail (DATELINE_IS_VIEWPORT (viewport));

  if (!self->drawn)
    return;

  days_per_pixel = (self->end - self->begin) / self->width;
  t = dateline_overview_x_to_time (self, x);

  switch (part)
    {
    case DATELINE_OVERVIEW_WINDOW:
      {
        double shift = (x - press_x) * days_per_pixel;

        /* Shifted as a whole: clamping one end alone would zoom. */
        shift = CLAMP (shift, self->begin - press_begin, self->end - press_end);
        dateline_viewport_set_visible_range (viewport, press_begin + shift, press_end + shift);
      }
      break;

    case DATELINE_OVERVIEW_TRACK:
      {
        double half = (press_end - press_begin) / 2;
        double centre = CLAMP (t, self->begin + half, self->end - half);

        dateline_viewport_set_visible_range (viewport, centre - half, centre + half);
      }
      break;

    case DATELINE_OVERVIEW_START_EDGE:
      dateline_viewport_set_visible_range (viewport, MIN (t, press_end - DATELINE_VIEWPORT_MIN_SPAN), press_end);
      break;

    case DATELINE_OVERVIEW_END_EDGE:
      dateline_viewport_set_visible_range (viewport, press_begin, MAX (t, press_begin + DATELINE_VIEWPORT_MIN_SPAN));
      break;

    case DATELINE_OVERVIEW_NONE:
    default:
      break;
    }
}
