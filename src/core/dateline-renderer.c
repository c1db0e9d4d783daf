/* dateline-renderer.c — one cairo renderer for the screen, PNG, SVG and PDF
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "dateline-event.h"
#include "dateline-renderer.h"
#include "dateline-renderer-private.h"

/* Geometry, in pixels. The axis is a band at the top with two rows of
 * labels (major above minor); the lanes of the layout are rows below it,
 * each a line of marks with a line of labels under it. */
#define AXIS_HEIGHT          46.0
#define AXIS_MAJOR_LABEL_Y    5.0
#define AXIS_MINOR_LABEL_Y   25.0
#define AXIS_MINOR_TICK       6.0
#define AXIS_LABEL_GAP       10.0
#define MIN_TICK_SPACING     34.0

#define CONTENT_TOP_PADDING  12.0
#define STATUS_HEIGHT        22.0
#define ROW_HEIGHT           40.0   /* a lane with its label line */
#define OVERFLOW_ROW_HEIGHT  34.0   /* the last row when lanes do not fit */
#define MARK_CENTER_Y        10.0   /* within a row */
#define LABEL_TOP            19.0   /* within a row */

#define DOT_RADIUS            5.5
#define DIAMOND_RADIUS        7.0
#define BAR_HEIGHT           10.0
#define MIN_BAR_WIDTH         8.0
#define SELECTION_GAP         3.0
#define SELECTION_WIDTH       2.5
#define HOVER_HALO            5.0
#define HIT_SLOP              3.0
#define WIDE_DAY              40.0  /* a day this wide gets a band behind its dot */

/* Point-like marks closer than this (centre to centre) would overlap:
 * they are drawn as one count badge instead. */
#define MERGE_DISTANCE       12.0
#define BADGE_HEIGHT         16.0

#define LABEL_MAX_WIDTH     220.0
#define LABEL_MIN_WIDTH      48.0
#define LABEL_GAP            10.0
#define EDGE_MARGIN           2.0

/* Above this many events starting in the visible range, they are not
 * walked one by one any more: the frame becomes a histogram whose columns
 * are counted by binary search, O(pixels log n) whatever n is. */
#define DENSE_THRESHOLD   40000
#define DENSE_COLUMN_WIDTH    4.0

#define HIT_GRID_COLUMN      32.0

/* Font sizes are absolute (pixels), so that a PNG, an SVG and the screen
 * at scale 1 lay out identically whatever the resolution setting. */
#define LABEL_FONT_SIZE      13
#define AXIS_FONT_SIZE       12
#define BADGE_FONT_SIZE      11
#define MESSAGE_FONT_SIZE    15

/* --- colours -------------------------------------------------------------- */

typedef struct {
  double red, green, blue, alpha;
} Colour;

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

typedef struct {
  Colour background;
  Colour axis_background;
  Colour foreground;
  Colour secondary;
  Colour grid_minor;
  Colour grid_major;
  Colour accent;
  Colour badge;
  Colour badge_text;
  Colour histogram;
  Colour kinds[DATELINE_EVENT_N_KINDS];
} Palette;

/* The GNOME HIG palette (and libadwaita's accent colours for teal, pink and
 * slate): darker shades on the light background, lighter ones on the dark
 * background, so that every kind keeps its contrast in both. */
static const Palette light_palette = {
  .background = RGB (0xffffff),
  .axis_background = RGB (0xf6f5f4),
  .foreground = RGBA (0x000000, 0.80),
  .secondary = RGBA (0x000000, 0.55),
  .grid_minor = RGBA (0x000000, 0.06),
  .grid_major = RGBA (0x000000, 0.15),
  .accent = RGB (0x3584e4),
  .badge = RGBA (0x000000, 0.62),
  .badge_text = RGB (0xffffff),
  .histogram = RGBA (0x3584e4, 0.55),
  .kinds = {
    [DATELINE_EVENT_OTHER] = RGB (0x77767b),
    [DATELINE_EVENT_MEETING] = RGB (0x1c71d8),
    [DATELINE_EVENT_TALKS] = RGB (0x2190a4),
    [DATELINE_EVENT_STATEMENT] = RGB (0x813d9c),
    [DATELINE_EVENT_THREAT] = RGB (0xe66100),
    [DATELINE_EVENT_ATTACK] = RGB (0xc01c28),
    [DATELINE_EVENT_SANCTION] = RGB (0x865e3c),
    [DATELINE_EVENT_AGREEMENT] = RGB (0x26a269),
    [DATELINE_EVENT_DEADLINE] = RGB (0xc88800),
    [DATELINE_EVENT_VOTE] = RGB (0xd56199),
    [DATELINE_EVENT_CALL] = RGB (0x6f8396),
    [DATELINE_EVENT_ELECTION] = RGB (0x613583),
  },
};

static const Palette dark_palette = {
  .background = RGB (0x1e1e1e),
  .axis_background = RGB (0x2a2a2a),
  .foreground = RGB (0xffffff),
  .secondary = RGBA (0xffffff, 0.55),
  .grid_minor = RGBA (0xffffff, 0.07),
  .grid_major = RGBA (0xffffff, 0.17),
  .accent = RGB (0x78aeed),
  .badge = RGBA (0xffffff, 0.75),
  .badge_text = RGB (0x1e1e1e),
  .histogram = RGBA (0x78aeed, 0.55),
  .kinds = {
    [DATELINE_EVENT_OTHER] = RGB (0x9a9996),
    [DATELINE_EVENT_MEETING] = RGB (0x62a0ea),
    [DATELINE_EVENT_TALKS] = RGB (0x4fc3d5),
    [DATELINE_EVENT_STATEMENT] = RGB (0xc061cb),
    [DATELINE_EVENT_THREAT] = RGB (0xffa348),
    [DATELINE_EVENT_ATTACK] = RGB (0xf66151),
    [DATELINE_EVENT_SANCTION] = RGB (0xcdab8f),
    [DATELINE_EVENT_AGREEMENT] = RGB (0x57e389),
    [DATELINE_EVENT_DEADLINE] = RGB (0xf8e45c),
    [DATELINE_EVENT_VOTE] = RGB (0xf08cbd),
    [DATELINE_EVENT_CALL] = RGB (0xa3b5c7),
    [DATELINE_EVENT_ELECTION] = RGB (0xdc8add),
  },
};

/* --- ticks ---------------------------------------------------------------- */

typedef struct {
  DatelineTickUnit unit;
  guint            step;
  double           days;        /* approximate length, to compare with the scale */
  DatelineTickUnit major_unit;  /* the next coarser unit, drawn stronger */
  guint            major_step;
  gboolean         major_labels;
} TickStep;

static const TickStep tick_steps[] = {
  { DATELINE_TICK_HOUR, 1, 1.0 / 24, DATELINE_TICK_DAY, 1, TRUE },
  { DATELINE_TICK_HOUR, 3, 3.0 / 24, DATELINE_TICK_DAY, 1, TRUE },
  { DATELINE_TICK_HOUR, 6, 6.0 / 24, DATELINE_TICK_DAY, 1, TRUE },
  { DATELINE_TICK_HOUR, 12, 12.0 / 24, DATELINE_TICK_DAY, 1, TRUE },
  { DATELINE_TICK_DAY, 1, 1.0, DATELINE_TICK_MONTH, 1, TRUE },
  { DATELINE_TICK_WEEK, 1, 7.0, DATELINE_TICK_MONTH, 1, TRUE },
  { DATELINE_TICK_MONTH, 1, 30.44, DATELINE_TICK_YEAR, 1, TRUE },
  { DATELINE_TICK_QUARTER, 1, 91.31, DATELINE_TICK_YEAR, 1, TRUE },
  { DATELINE_TICK_YEAR, 1, 365.25, DATELINE_TICK_DECADE, 1, FALSE },
  { DATELINE_TICK_YEAR, 2, 730.5, DATELINE_TICK_DECADE, 1, FALSE },
  { DATELINE_TICK_YEAR, 5, 1826.25, DATELINE_TICK_DECADE, 1, FALSE },
  { DATELINE_TICK_DECADE, 1, 3652.5, DATELINE_TICK_CENTURY, 1, FALSE },
  { DATELINE_TICK_DECADE, 2, 7305.0, DATELINE_TICK_CENTURY, 1, FALSE },
  { DATELINE_TICK_DECADE, 5, 18262.5, DATELINE_TICK_CENTURY, 1, FALSE },
  { DATELINE_TICK_CENTURY, 1, 36525.0, DATELINE_TICK_MILLENNIUM, 1, FALSE },
  { DATELINE_TICK_CENTURY, 2, 73050.0, DATELINE_TICK_MILLENNIUM, 1, FALSE },
  { DATELINE_TICK_CENTURY, 5, 182625.0, DATELINE_TICK_MILLENNIUM, 1, FALSE },
  { DATELINE_TICK_MILLENNIUM, 1, 365250.0, DATELINE_TICK_MILLENNIUM, 10, FALSE },
};

/* GDate covers years 1 to 65535; labels stop at 9999 to keep "%Y" short. */
#define FIRST_DAY  1.0
#define LAST_DAY   3652059.0   /* 9999-12-31 */

/* Text measurements used to choose the tick step, cached per font set-up. */
typedef enum {
  WIDTH_HOUR,
  WIDTH_DAY,
  WIDTH_DAY_LONG,
  WIDTH_WEEK,
  WIDTH_MONTH,
  WIDTH_MONTH_LONG,
  WIDTH_QUARTER,
  WIDTH_DIGIT,
  N_WIDTHS
} MeasuredWidth;

/* --- last frame ---------------------------------------------------------- */

typedef enum {
  HIT_MARK,
  HIT_CLUSTER,
  HIT_LABEL,
} HitKind;

typedef struct {
  double  x, y, width, height;
  double  begin, end;      /* clusters: the time range they stand for */
  guint32 event_index;     /* G_MAXUINT for clusters */
  guint32 n_events;
  HitKind kind;
} HitArea;

typedef struct {
  double                   x, y, width, height;
  gsize                    text_offset;   /* into texts_buffer */
  guint32                  event_index;
  DatelineRendererTextKind kind;
} TextArea;

/* One lane row of the frame being drawn: where it is, the point-like marks
 * waiting to be drawn alone or merged into a badge, and its label line. */
typedef struct {
  double   y;
  gboolean has_labels;
  guint    pending_count;
  guint    pending_item;
  double   pending_x_first;
  double   pending_x_last;
  double   pending_begin;
  double   pending_end;
  gboolean pending_selected;
  gboolean pending_hover;
  int      last_candidate;
  double   label_right;
  double   reserved_left;
  double   reserved_right;
} RowState;

typedef struct {
  guint  item;
  guint  row;
  double mark_left;
  double mark_right;
  double next_mark;   /* left edge of the next mark in the row, or +inf */
} LabelCandidate;

/* Everything one draw call needs, on the stack. */
typedef struct {
  cairo_t                  *cr;
  DatelineLayout           *layout;
  const DatelineLayoutItem *items;
  guint                     n_items;
  const Palette            *palette;
  DatelineRenderOptions     options;
  double                    width;
  double                    height;
  double                    begin;
  double                    end;
  double                    scale;
  double                    content_top;
  double                    content_bottom;
  guint                     n_rows;
  guint                     overflow_row;   /* G_MAXUINT when every lane has a row */
} Frame;

struct _DatelineRenderer
{
  GObject parent_instance;

  /* Text: one context and a few layouts, reused across frames. */
  PangoContext *context;
  PangoLayout  *label_layout;
  PangoLayout  *label_bold_layout;
  PangoLayout  *axis_layout;
  PangoLayout  *axis_major_layout;
  PangoLayout  *badge_layout;
  PangoLayout  *message_layout;
  char         *font_family;
  guint         context_serial;
  double        widths[N_WIDTHS];
  gboolean      widths_valid;

  /* Scratch arrays, grown as needed and kept, so that a frame allocates
   * nothing once the renderer is warm. */
  GArray       *rows;         /* RowState */
  GArray       *candidates;   /* LabelCandidate */

  /* The last frame, for hit testing and introspection. */
  GArray       *hits;         /* HitArea */
  GArray       *texts;        /* TextArea */
  GString      *texts_buffer;
  double        frame_width;
  double        frame_height;
  DatelineTickUnit tick_unit;
  guint         tick_step;

  /* A grid of columns over the last frame's hit areas, built on the first
   * hit test after a draw: a pointer motion then looks at a handful of
   * areas instead of all of them. */
  guint        *grid_offsets;   /* n_grid_columns + 1 */
  guint        *grid_entries;
  guint         n_grid_columns;
  guint         grid_capacity;
  gboolean      grid_valid;
};

G_DEFINE_FINAL_TYPE (DatelineRenderer, dateline_renderer, G_TYPE_OBJECT)

/* --- small helpers --------------------------------------------------------- */

static inline void
set_colour (cairo_t      *cr,
            const Colour *colour)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha);
}

static inline void
set_colour_alpha (cairo_t      *cr,
                  const Colour *colour,
                  double        alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha * alpha);
}

static const Colour *
kind_colour (const Frame *frame,
             guint32      kind)
{
  if (kind >= DATELINE_EVENT_N_KINDS)
    kind = DATELINE_EVENT_OTHER;

  return &frame->palette->kinds[kind];
}

static inline double
time_to_x (const Frame *frame,
           double       t)
{
  return (t - frame->begin) * frame->scale;
}

/* Cairo's fixed-point coordinates overflow around 2^23 px; a month-long bar
 * seen at hour zoom must be cut down to the screen before it is drawn. */
static inline double
clamp_to_frame (const Frame *frame,
                double       x)
{
  return CLAMP (x, -100.0, frame->width + 100.0);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2.0);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
diamond (cairo_t *cr,
         double   cx,
         double   cy,
         double   radius)
{
  cairo_move_to (cr, cx, cy - radius);
  cairo_line_to (cr, cx + radius, cy);
  cairo_line_to (cr, cx, cy + radius);
  cairo_line_to (cr, cx - radius, cy);
  cairo_close_path (cr);
}

/* Crisp one-pixel lines at integer positions. */
static inline double
pixel_centre (double x)
{
  return floor (x) + 0.5;
}

static void
add_hit (DatelineRenderer *self,
         HitKind           kind,
         double            x,
         double            y,
         double            width,
         double            height,
         guint32           event_index,
         double            begin,
         double            end,
         guint32           n_events)
{
  HitArea hit = {
    .x = x, .y = y, .width = width, .height = height,
    .begin = begin, .end = end,
    .event_index = event_index, .n_events = n_events, .kind = kind,
  };

  g_array_append_val (self->hits, hit);
}

static void
add_text (DatelineRenderer         *self,
          DatelineRendererTextKind  kind,
          double                    x,
          double                    y,
          double                    width,
          double                    height,
          const char               *text,
          guint32                   event_index)
{
  TextArea area = {
    .x = x, .y = y, .width = width, .height = height,
    .event_index = event_index, .kind = kind,
  };

  /* Copied, so that the texts outlive the layout they came from; one
   * buffer for the frame, reused across frames. */
  area.text_offset = self->texts_buffer->len;
  g_string_append_len (self->texts_buffer, text, strlen (text) + 1);

  g_array_append_val (self->texts, area);
}

/* --- text ------------------------------------------------------------------ */

static PangoLayout *
create_layout (DatelineRenderer *self,
               int               size,
               PangoWeight       weight)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (self->font_family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

static void
clear_layouts (DatelineRenderer *self)
{
  g_clear_object (&self->label_layout);
  g_clear_object (&self->label_bold_layout);
  g_clear_object (&self->axis_layout);
  g_clear_object (&self->axis_major_layout);
  g_clear_object (&self->badge_layout);
  g_clear_object (&self->message_layout);
}

/* Brings the cached context and layouts in line with @cr (font options and
 * matrix differ between the screen, an image and a PDF) and with the
 * requested font family. Layouts are only told to re-measure when
 * something did change. */
static void
prepare_text (DatelineRenderer *self,
              cairo_t          *cr,
              const char       *family)
{
  if (family == NULL || *family == '\0')
    family = "Cantarell, sans";

  pango_cairo_update_context (cr, self->context);

  if (self->label_layout == NULL || g_strcmp0 (family, self->font_family) != 0)
    {
      g_free (self->font_family);
      self->font_family = g_strdup (family);
      clear_layouts (self);

      self->label_layout = create_layout (self, LABEL_FONT_SIZE, PANGO_WEIGHT_NORMAL);
      self->label_bold_layout = create_layout (self, LABEL_FONT_SIZE, PANGO_WEIGHT_BOLD);
      self->axis_layout = create_layout (self, AXIS_FONT_SIZE, PANGO_WEIGHT_NORMAL);
      self->axis_major_layout = create_layout (self, AXIS_FONT_SIZE, PANGO_WEIGHT_BOLD);
      self->badge_layout = create_layout (self, BADGE_FONT_SIZE, PANGO_WEIGHT_BOLD);
      self->message_layout = create_layout (self, MESSAGE_FONT_SIZE, PANGO_WEIGHT_NORMAL);

      pango_layout_set_ellipsize (self->label_layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_ellipsize (self->label_bold_layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (self->message_layout, PANGO_ALIGN_CENTER);

      self->context_serial = pango_context_get_serial (self->context);
      self->widths_valid = FALSE;
    }
  else if (pango_context_get_serial (self->context) != self->context_serial)
    {
      pango_layout_context_changed (self->label_layout);
      pango_layout_context_changed (self->label_bold_layout);
      pango_layout_context_changed (self->axis_layout);
      pango_layout_context_changed (self->axis_major_layout);
      pango_layout_context_changed (self->badge_layout);
      pango_layout_context_changed (self->message_layout);

      self->context_serial = pango_context_get_serial (self->context);
      self->widths_valid = FALSE;
    }
}

static double
measure (PangoLayout *layout,
         const char  *text,
         double      *height)
{
  int width_px, height_px;

  pango_layout_set_width (layout, -1);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width_px, &height_px);

  if (height != NULL)
    *height = height_px;

  return width_px;
}

/* Shows @layout with its top left corner at (x, y). Clears the path after:
 * cairo_move_to() leaves a current point, and the next cairo_arc() would
 * otherwise draw a line from the text to the next mark. */
static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

/* --- calendar -------------------------------------------------------------- */

static void
date_from_day (GDate  *date,
               double  day)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) CLAMP (floor (day), FIRST_DAY, LAST_DAY));
}

static double
day_from_ymd (int year,
              int month,
              int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, CLAMP (year, 1, 9999));

  return g_date_get_julian (&date);
}

/* "%e" pads single-digit days with a space: " 1", "Sat  1". */
static void
squeeze_spaces (char *text)
{
  char *out = text;

  for (const char *in = text; *in != '\0'; in++)
    {
      if (*in == ' ' && (out == text || out[-1] == ' '))
        continue;
      *out++ = *in;
    }

  if (out > text && out[-1] == ' ')
    out--;
  *out = '\0';
}

static guint
years_per_tick (DatelineTickUnit unit,
                guint            step)
{
  switch (unit)
    {
    case DATELINE_TICK_YEAR:
      return step;
    case DATELINE_TICK_DECADE:
      return 10 * step;
    case DATELINE_TICK_CENTURY:
      return 100 * step;
    case DATELINE_TICK_MILLENNIUM:
      return 1000 * step;
    case DATELINE_TICK_HOUR:
    case DATELINE_TICK_DAY:
    case DATELINE_TICK_WEEK:
    case DATELINE_TICK_MONTH:
    case DATELINE_TICK_QUARTER:
    default:
      return 0;
    }
}

/* The last tick of @unit × @step at or before @t. */
static double
tick_floor (DatelineTickUnit unit,
            guint            step,
            double           t)
{
  GDate date;
  guint years;

  t = CLAMP (t, FIRST_DAY, LAST_DAY);

  switch (unit)
    {
    case DATELINE_TICK_HOUR:
      return floor (t * 24.0 / step) * step / 24.0;

    case DATELINE_TICK_DAY:
      return floor (t);

    case DATELINE_TICK_WEEK:
      date_from_day (&date, t);
      /* Weeks start on Monday (ISO 8601). */
      return floor (t) - (g_date_get_weekday (&date) - G_DATE_MONDAY);

    case DATELINE_TICK_MONTH:
    case DATELINE_TICK_QUARTER:
      {
        int months = unit == DATELINE_TICK_QUARTER ? 3 : (int) step;
        int month;

        date_from_day (&date, t);
        month = ((g_date_get_month (&date) - 1) / months) * months + 1;
        return day_from_ymd (g_date_get_year (&date), month, 1);
      }

    case DATELINE_TICK_YEAR:
    case DATELINE_TICK_DECADE:
    case DATELINE_TICK_CENTURY:
    case DATELINE_TICK_MILLENNIUM:
    default:
      years = years_per_tick (unit, step);
      date_from_day (&date, t);
      /* There is no year 0: the first tick of the era is year 1. */
      return day_from_ymd (MAX (1, (g_date_get_year (&date) / years) * years), 1, 1);
    }
}

/* The tick after the tick @t, before clamping to the calendar's end. */
static double
tick_next_unchecked (DatelineTickUnit unit,
                     guint            step,
                     double           t)
{
  GDate date;

  switch (unit)
    {
    case DATELINE_TICK_HOUR:
      /* Recomputed from a whole number of hours, so that hundreds of
       * additions do not drift off the hour. */
      return (round (t * 24.0) + step) / 24.0;

    case DATELINE_TICK_DAY:
      return t + step;

    case DATELINE_TICK_WEEK:
      return t + 7.0 * step;

    case DATELINE_TICK_MONTH:
    case DATELINE_TICK_QUARTER:
      date_from_day (&date, t);
      g_date_add_months (&date, unit == DATELINE_TICK_QUARTER ? 3 : step);
      return g_date_get_julian (&date);

    case DATELINE_TICK_YEAR:
    case DATELINE_TICK_DECADE:
    case DATELINE_TICK_CENTURY:
    case DATELINE_TICK_MILLENNIUM:
    default:
      {
        guint years = years_per_tick (unit, step);
        int year;

        date_from_day (&date, t);
        year = g_date_get_year (&date);
        /* From year 1 (the era's first tick) to the first round year. */
        return day_from_ymd (year == 1 && years > 1 ? (int) years : (int) ((year / years + 1) * years), 1, 1);
      }
    }
}

/* The tick after the tick @t; +inf past the last day GDate can name, so
 * that every loop over ticks ends. */
static double
tick_next (DatelineTickUnit unit,
           guint            step,
           double           t)
{
  double next = tick_next_unchecked (unit, step, t);

  return next > t ? next : INFINITY;
}

static void
format_minor_label (DatelineTickUnit  unit,
                    double            t,
                    gboolean          long_format,
                    char             *buffer,
                    gsize             size)
{
  GDate date;

  date_from_day (&date, t);

  switch (unit)
    {
    case DATELINE_TICK_HOUR:
      g_snprintf (buffer, size, "%02d:00", (int) round ((t - floor (t)) * 24.0) % 24);
      break;

    case DATELINE_TICK_DAY:
      /* Translators: a day on the axis; see strftime(3). "%a %e" is "Fri 14". */
      g_date_strftime (buffer, size, long_format ? _("%a %e") : "%e", &date);
      break;

    case DATELINE_TICK_WEEK:
      /* Translators: the Monday starting a week, on the axis: "14 Jul". */
      g_date_strftime (buffer, size, _("%e %b"), &date);
      break;

    case DATELINE_TICK_MONTH:
      g_date_strftime (buffer, size, long_format ? "%B" : "%b", &date);
      break;

    case DATELINE_TICK_QUARTER:
      /* Translators: a quarter of the year on the axis: "Q3". */
      g_snprintf (buffer, size, _("Q%d"), (g_date_get_month (&date) - 1) / 3 + 1);
      break;

    case DATELINE_TICK_YEAR:
    case DATELINE_TICK_DECADE:
    case DATELINE_TICK_CENTURY:
    case DATELINE_TICK_MILLENNIUM:
    default:
      g_snprintf (buffer, size, "%d", g_date_get_year (&date));
      break;
    }

  squeeze_spaces (buffer);
}

static void
format_major_label (DatelineTickUnit  unit,
                    double            t,
                    char             *buffer,
                    gsize             size)
{
  GDate date;

  date_from_day (&date, t);

  switch (unit)
    {
    case DATELINE_TICK_DAY:
      /* Translators: a day heading the hours on the axis; see strftime(3). */
      g_date_strftime (buffer, size, _("%A %e %B %Y"), &date);
      break;

    case DATELINE_TICK_MONTH:
      /* Translators: a month heading the days on the axis: "March 2025". */
      g_date_strftime (buffer, size, _("%B %Y"), &date);
      break;

    case DATELINE_TICK_HOUR:
    case DATELINE_TICK_WEEK:
    case DATELINE_TICK_QUARTER:
    case DATELINE_TICK_YEAR:
    case DATELINE_TICK_DECADE:
    case DATELINE_TICK_CENTURY:
    case DATELINE_TICK_MILLENNIUM:
    default:
      g_snprintf (buffer, size, "%d", g_date_get_year (&date));
      break;
    }

  squeeze_spaces (buffer);
}

/* Widths of the widest minor label of each kind in the current locale and
 * font: the month names and weekdays differ a lot between languages. */
static void
ensure_widths (DatelineRenderer *self)
{
  char buffer[64];
  double first_monday = day_from_ymd (2024, 1, 1);   /* a Monday */

  if (self->widths_valid)
    return;

  memset (self->widths, 0, sizeof self->widths);

  self->widths[WIDTH_HOUR] = measure (self->axis_layout, "00:00", NULL);
  self->widths[WIDTH_DAY] = measure (self->axis_layout, "30", NULL);
  self->widths[WIDTH_QUARTER] = measure (self->axis_layout, "Q4", NULL);
  self->widths[WIDTH_DIGIT] = measure (self->axis_layout, "0000", NULL) / 4.0;

  for (guint i = 0; i < 7; i++)
    {
      format_minor_label (DATELINE_TICK_DAY, first_monday + i + 27, TRUE, buffer, sizeof buffer);
      self->widths[WIDTH_DAY_LONG] = MAX (self->widths[WIDTH_DAY_LONG], measure (self->axis_layout, buffer, NULL));
    }

  for (int month = 1; month <= 12; month++)
    {
      double t = day_from_ymd (2024, month, 28);

      format_minor_label (DATELINE_TICK_WEEK, t, FALSE, buffer, sizeof buffer);
      self->widths[WIDTH_WEEK] = MAX (self->widths[WIDTH_WEEK], measure (self->axis_layout, buffer, NULL));
      format_minor_label (DATELINE_TICK_MONTH, t, FALSE, buffer, sizeof buffer);
      self->widths[WIDTH_MONTH] = MAX (self->widths[WIDTH_MONTH], measure (self->axis_layout, buffer, NULL));
      format_minor_label (DATELINE_TICK_MONTH, t, TRUE, buffer, sizeof buffer);
      self->widths[WIDTH_MONTH_LONG] = MAX (self->widths[WIDTH_MONTH_LONG], measure (self->axis_layout, buffer, NULL));
    }

  self->widths_valid = TRUE;
}

static double
minor_label_width (DatelineRenderer *self,
                   DatelineTickUnit  unit,
                   gboolean          long_format,
                   double            t)
{
  switch (unit)
    {
    case DATELINE_TICK_HOUR:
      return self->widths[WIDTH_HOUR];
    case DATELINE_TICK_DAY:
      return self->widths[long_format ? WIDTH_DAY_LONG : WIDTH_DAY];
    case DATELINE_TICK_WEEK:
      return self->widths[WIDTH_WEEK];
    case DATELINE_TICK_MONTH:
      return self->widths[long_format ? WIDTH_MONTH_LONG : WIDTH_MONTH];
    case DATELINE_TICK_QUARTER:
      return self->widths[WIDTH_QUARTER];
    case DATELINE_TICK_YEAR:
    case DATELINE_TICK_DECADE:
    case DATELINE_TICK_CENTURY:
    case DATELINE_TICK_MILLENNIUM:
    default:
      {
        GDate date;

        date_from_day (&date, t);
        return self->widths[WIDTH_DIGIT] * (g_date_get_year (&date) >= 1000 ? 4 : 3);
      }
    }
}

/* The finest step whose labels fit between its ticks. */
static const TickStep *
choose_tick_step (DatelineRenderer *self,
                  const Frame      *frame,
                  gboolean         *long_format)
{
  for (guint i = 0; i < G_N_ELEMENTS (tick_steps); i++)
    {
      const TickStep *step = &tick_steps[i];
      double spacing = step->days * frame->scale;
      double needed = minor_label_width (self, step->unit, FALSE, frame->end) + AXIS_LABEL_GAP;

      if (spacing >= MAX (needed, MIN_TICK_SPACING))
        {
          *long_format = spacing >= minor_label_width (self, step->unit, TRUE, frame->end) + 2 * AXIS_LABEL_GAP;
          return step;
        }
    }

  *long_format = FALSE;
  return &tick_steps[G_N_ELEMENTS (tick_steps) - 1];
}

/* Draws @text in @layout at (x, y) unless it would overlap the previous
 * label of its row (ending at *@right); the greedy rule that keeps axis
 * labels apart even where the estimate of their width was wrong. */
static gboolean
draw_axis_text (DatelineRenderer         *self,
                const Frame              *frame,
                PangoLayout              *layout,
                DatelineRendererTextKind  kind,
                const char               *text,
                double                    x,
                double                    y,
                double                   *right)
{
  double height;
  double width = measure (layout, text, &height);

  if (x < *right + AXIS_LABEL_GAP || x + width > frame->width - EDGE_MARGIN)
    return FALSE;

  show_layout_at (frame->cr, layout, x, y);
  add_text (self, kind, x, y, width, height, text, G_MAXUINT);
  *right = x + width;

  return TRUE;
}

#define MAX_MAJOR_TICKS 256

static void
draw_axis (DatelineRenderer *self,
           const Frame      *frame)
{
  cairo_t *cr = frame->cr;
  const TickStep *step;
  gboolean long_format;
  gboolean names_interval;
  double majors[MAX_MAJOR_TICKS];
  guint n_majors = 0;
  double right;
  char buffer[128];
  double t;

  ensure_widths (self);
  step = choose_tick_step (self, frame, &long_format);
  self->tick_unit = step->unit;
  self->tick_step = step->step;

  /* The band. */
  set_colour (cr, &frame->palette->axis_background);
  cairo_rectangle (cr, 0, 0, frame->width, AXIS_HEIGHT);
  cairo_fill (cr);

  /* Major ticks: kept, because the minor ticks skip them and their labels
   * need to know where the next one is. One before the visible range, for
   * the label that sticks to the left edge. */
  t = tick_floor (step->major_unit, step->major_step, frame->begin);
  while (n_majors < MAX_MAJOR_TICKS && t < frame->end && t < LAST_DAY)
    {
      majors[n_majors++] = t;
      t = tick_next (step->major_unit, step->major_step, t);
    }

  cairo_set_line_width (cr, 1.0);

  /* Minor grid lines and ticks. */
  set_colour (cr, &frame->palette->grid_minor);
  for (t = tick_floor (step->unit, step->step, frame->begin);
       t < frame->end && t < LAST_DAY;
       t = tick_next (step->unit, step->step, t))
    {
      double x = time_to_x (frame, t);

      if (x < 0)
        continue;

      cairo_move_to (cr, pixel_centre (x), AXIS_HEIGHT);
      cairo_line_to (cr, pixel_centre (x), frame->content_bottom);
    }
  cairo_stroke (cr);

  set_colour (cr, &frame->palette->grid_major);
  for (t = tick_floor (step->unit, step->step, frame->begin);
       t < frame->end && t < LAST_DAY;
       t = tick_next (step->unit, step->step, t))
    {
      double x = time_to_x (frame, t);

      if (x < 0)
        continue;

      cairo_move_to (cr, pixel_centre (x), AXIS_HEIGHT - AXIS_MINOR_TICK);
      cairo_line_to (cr, pixel_centre (x), AXIS_HEIGHT);
    }
  for (guint i = 0; i < n_majors; i++)
    {
      double x = time_to_x (frame, majors[i]);

      if (x < 0)
        continue;

      cairo_move_to (cr, pixel_centre (x), 0);
      cairo_line_to (cr, pixel_centre (x), frame->content_bottom);
    }
  cairo_move_to (cr, 0, pixel_centre (AXIS_HEIGHT));
  cairo_line_to (cr, frame->width, pixel_centre (AXIS_HEIGHT));
  cairo_stroke (cr);

  /* Minor labels. Where a label names the whole interval between two
   * ticks (a day, a month, a quarter, a year) it is centred in it, kept
   * inside its visible part. Elsewhere it names the tick (an hour, the
   * Monday of a week, the first year of a decade) and sits right of it:
   * "1870" centred between 1870 and 1880 would read as 1875. */
  names_interval = step->step == 1
                   && (step->unit == DATELINE_TICK_DAY || step->unit == DATELINE_TICK_MONTH
                       || step->unit == DATELINE_TICK_QUARTER || step->unit == DATELINE_TICK_YEAR);
  set_colour (cr, &frame->palette->secondary);
  right = -G_MAXDOUBLE;
  for (t = tick_floor (step->unit, step->step, frame->begin);
       t < frame->end && t < LAST_DAY;
       t = tick_next (step->unit, step->step, t))
    {
      double next = tick_next (step->unit, step->step, t);
      double x0 = time_to_x (frame, t);
      double x1 = time_to_x (frame, next);
      double width, x;

      format_minor_label (step->unit, t, long_format, buffer, sizeof buffer);
      width = measure (self->axis_layout, buffer, NULL);

      if (!names_interval)
        x = x0 + 4;
      else
        {
          double visible_left = MAX (x0, 0) + 4;
          double visible_right = MIN (x1, frame->width) - 4;

          x = CLAMP ((x0 + x1 - width) / 2, visible_left, visible_right - width);
          if (visible_right - visible_left < width)
            continue;
        }

      if (x < 0)
        continue;

      draw_axis_text (self, frame, self->axis_layout, DATELINE_RENDERER_TEXT_AXIS_MINOR,
                      buffer, x, AXIS_MINOR_LABEL_Y, &right);
    }

  /* Major labels, right of their tick. The one whose tick is off the left
   * edge sticks to the edge (so that the month of the visible days is
   * always named), unless it would run into the next one. */
  if (step->major_labels)
    {
      set_colour (cr, &frame->palette->foreground);
      right = -G_MAXDOUBLE;

      for (guint i = 0; i < n_majors; i++)
        {
          double x = time_to_x (frame, majors[i]) + 5;

          format_major_label (step->major_unit, majors[i], buffer, sizeof buffer);

          if (x < 5)
            {
              double next_x = i + 1 < n_majors ? time_to_x (frame, majors[i + 1]) + 5 : G_MAXDOUBLE;
              double width = measure (self->axis_major_layout, buffer, NULL);

              x = 5;
              if (x + width + AXIS_LABEL_GAP > next_x)
                continue;
            }

          draw_axis_text (self, frame, self->axis_major_layout, DATELINE_RENDERER_TEXT_AXIS_MAJOR,
                          buffer, x, AXIS_MAJOR_LABEL_Y, &right);
        }
    }
}

/* --- marks ------------------------------------------------------------------ */

static inline gboolean
item_is_bar (const DatelineLayoutItem *item)
{
  /* Coarser than a day, or a range of several days. */
  return (item->flags & DATELINE_LAYOUT_FLAG_SPAN) != 0 || item->end - item->start > 1.0;
}

static void
draw_selection_ring_around_rect (const Frame *frame,
                                 double       x,
                                 double       y,
                                 double       width,
                                 double       height,
                                 gboolean     round)
{
  cairo_t *cr = frame->cr;
  double gap = SELECTION_GAP + SELECTION_WIDTH / 2;

  if (round)
    cairo_arc (cr, x + width / 2, y + height / 2, MAX (width, height) / 2 + gap, 0, 2 * G_PI);
  else
    rounded_rectangle (cr, x - gap, y - gap, width + 2 * gap, height + 2 * gap, height / 2 + gap);

  set_colour (cr, &frame->palette->accent);
  cairo_set_line_width (cr, SELECTION_WIDTH);
  cairo_stroke (cr);
}

/* One event, alone: a dot (a diamond for what is due) at its day, or a
 * rounded bar over its range. Certain dates are filled, resolved or
 * inferred ones hollow, so that a reader can tell which dates to trust. */
static void
draw_single_mark (DatelineRenderer *self,
                  const Frame      *frame,
                  guint             index,
                  double            row_y)
{
  cairo_t *cr = frame->cr;
  const DatelineLayoutItem *item = &frame->items[index];
  const Colour *colour = kind_colour (frame, item->kind);
  gboolean inferred = (item->flags & DATELINE_LAYOUT_FLAG_INFERRED) != 0;
  gboolean future = (item->flags & DATELINE_LAYOUT_FLAG_FUTURE) != 0;
  gboolean selected = item->event_index == frame->options.selected_event;
  gboolean hover = item->event_index == frame->options.hover_event;
  double cy = row_y + MARK_CENTER_Y;
  double x0 = time_to_x (frame, item->start);
  double x1 = time_to_x (frame, item->end);
  double mx, my, mw, mh;
  gboolean round;

  if (item_is_bar (item))
    {
      x0 = clamp_to_frame (frame, x0);
      x1 = clamp_to_frame (frame, x1);
      /* A pixel of air between consecutive bars of a lane (March, then
       * April), which would otherwise read as one bar in two colours. */
      if (x1 - x0 > MIN_BAR_WIDTH + 2)
        {
          x0 += 1;
          x1 -= 1;
        }
      if (x1 - x0 < MIN_BAR_WIDTH)
        {
          double centre = (x0 + x1) / 2;

          x0 = centre - MIN_BAR_WIDTH / 2;
          x1 = centre + MIN_BAR_WIDTH / 2;
        }

      mx = x0;
      my = cy - BAR_HEIGHT / 2;
      mw = x1 - x0;
      mh = BAR_HEIGHT;
      round = FALSE;

      if (hover)
        {
          rounded_rectangle (cr, mx - HOVER_HALO, my - HOVER_HALO, mw + 2 * HOVER_HALO,
                             mh + 2 * HOVER_HALO, mh / 2 + HOVER_HALO);
          set_colour_alpha (cr, colour, 0.25);
          cairo_fill (cr);
        }

      rounded_rectangle (cr, mx + 0.75, my + 0.75, mw - 1.5, mh - 1.5, (mh - 1.5) / 2);
      if (inferred)
        {
          set_colour_alpha (cr, colour, 0.18);
          cairo_fill_preserve (cr);
        }
      else
        {
          set_colour_alpha (cr, colour, future ? 0.45 : 0.9);
          cairo_fill_preserve (cr);
        }

      /* What is due gets a dashed outline: it has not happened. */
      if (future)
        {
          static const double dashes[] = { 4.0, 3.0 };

          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        }
      set_colour (cr, colour);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  else
    {
      double cx = (x0 + x1) / 2;
      double radius = future ? DIAMOND_RADIUS : DOT_RADIUS;

      mx = cx - radius;
      my = cy - radius;
      mw = mh = 2 * radius;
      round = TRUE;

      /* Zoomed in to hours, a day is wide: show which part of the
       * timeline the dot stands for. */
      if (x1 - x0 >= WIDE_DAY)
        {
          double band_left = clamp_to_frame (frame, x0 + 1);
          double band_right = clamp_to_frame (frame, x1 - 1);

          rounded_rectangle (cr, band_left, cy - BAR_HEIGHT / 2, band_right - band_left, BAR_HEIGHT, 3);
          set_colour_alpha (cr, colour, 0.15);
          cairo_fill (cr);
        }

      if (hover)
        {
          cairo_arc (cr, cx, cy, radius + HOVER_HALO, 0, 2 * G_PI);
          set_colour_alpha (cr, colour, 0.25);
          cairo_fill (cr);
        }

      if (future)
        diamond (cr, cx, cy, radius - 0.75);
      else
        cairo_arc (cr, cx, cy, radius - 0.75, 0, 2 * G_PI);

      if (inferred)
        {
          set_colour (cr, &frame->palette->background);
          cairo_fill_preserve (cr);
          set_colour (cr, colour);
          cairo_set_line_width (cr, 2.0);
          cairo_stroke (cr);
        }
      else
        {
          set_colour (cr, colour);
          cairo_fill (cr);
        }
    }

  if (selected)
    draw_selection_ring_around_rect (frame, mx, my, mw, mh, round);

  add_hit (self, HIT_MARK, mx, my, mw, mh, item->event_index, item->start, item->end, 1);
}

static void
draw_badge (DatelineRenderer *self,
            const Frame      *frame,
            const RowState   *row)
{
  cairo_t *cr = frame->cr;
  char text[16];
  double text_width, text_height;
  double cy = row->y + MARK_CENTER_Y;
  double x0 = row->pending_x_first - DOT_RADIUS;
  double x1 = row->pending_x_last + DOT_RADIUS;
  double width, text_x;

  if (row->pending_count > 9999)
    g_strlcpy (text, "9999+", sizeof text);
  else
    g_snprintf (text, sizeof text, "%u", row->pending_count);

  text_width = measure (self->badge_layout, text, &text_height);
  width = MAX (x1 - x0, text_width + 10);
  x0 = clamp_to_frame (frame, (x0 + x1) / 2 - width / 2);
  width = clamp_to_frame (frame, x0 + width) - x0;
  /* The count stays readable when the group runs off the frame. */
  text_x = (MAX (x0, 0) + MIN (x0 + width, frame->width) - text_width) / 2;

  if (row->pending_hover)
    {
      rounded_rectangle (cr, x0 - HOVER_HALO, cy - BADGE_HEIGHT / 2 - HOVER_HALO,
                         width + 2 * HOVER_HALO, BADGE_HEIGHT + 2 * HOVER_HALO,
                         BADGE_HEIGHT / 2 + HOVER_HALO);
      set_colour_alpha (cr, &frame->palette->badge, 0.25);
      cairo_fill (cr);
    }

  rounded_rectangle (cr, x0, cy - BADGE_HEIGHT / 2, width, BADGE_HEIGHT, BADGE_HEIGHT / 2);
  set_colour (cr, &frame->palette->badge);
  cairo_fill (cr);

  set_colour (cr, &frame->palette->badge_text);
  show_layout_at (cr, self->badge_layout, text_x, cy - text_height / 2);

  /* The selected event is inside: ring the badge, so that the selection
   * is never invisible. */
  if (row->pending_selected)
    draw_selection_ring_around_rect (frame, x0, cy - BADGE_HEIGHT / 2, width, BADGE_HEIGHT, FALSE);

  add_hit (self, HIT_CLUSTER, x0, cy - BADGE_HEIGHT / 2, width, BADGE_HEIGHT, G_MAXUINT,
           row->pending_begin, row->pending_end, row->pending_count);
}

/* Tells the row's previous label candidate where the next mark begins, so
 * that its label can stop before it. */
static void
row_mark_placed (DatelineRenderer *self,
                 RowState         *row,
                 double            left)
{
  if (row->last_candidate >= 0)
    {
      LabelCandidate *previous = &g_array_index (self->candidates, LabelCandidate, row->last_candidate);

      if (isinf (previous->next_mark))
        previous->next_mark = left;
    }
}

static void
add_label_candidate (DatelineRenderer *self,
                     const Frame      *frame,
                     RowState         *row,
                     guint             row_index,
                     guint             item,
                     double            left,
                     double            right)
{
  LabelCandidate candidate = { item, row_index, left, right, INFINITY };

  row_mark_placed (self, row, left);

  if (!row->has_labels || *dateline_layout_get_item_title (frame->layout, item) == '\0')
    return;

  g_array_append_val (self->candidates, candidate);
  row->last_candidate = self->candidates->len - 1;
}

static void
flush_row (DatelineRenderer *self,
           const Frame      *frame,
           guint             row_index)
{
  RowState *row = &g_array_index (self->rows, RowState, row_index);

  if (row->pending_count == 0)
    return;

  if (row->pending_count == 1)
    {
      guint first_hit = self->hits->len;
      const HitArea *hit;

      draw_single_mark (self, frame, row->pending_item, row->y);
      hit = &g_array_index (self->hits, HitArea, first_hit);
      add_label_candidate (self, frame, row, row_index, row->pending_item,
                           hit->x, hit->x + hit->width);
    }
  else
    {
      draw_badge (self, frame, row);
      row_mark_placed (self, row, row->pending_x_first - DOT_RADIUS);
      /* Labels after a badge are no longer limited by the mark before it. */
      row->last_candidate = -1;
    }

  row->pending_count = 0;
  row->pending_selected = FALSE;
  row->pending_hover = FALSE;
}

static void
visit_item (DatelineRenderer *self,
            const Frame      *frame,
            guint             index)
{
  const DatelineLayoutItem *item = &frame->items[index];
  guint row_index = frame->overflow_row != G_MAXUINT ? MIN (item->lane, frame->overflow_row) : item->lane;
  RowState *row = &g_array_index (self->rows, RowState, row_index);
  double x0 = time_to_x (frame, item->start);
  double x1 = time_to_x (frame, item->end);

  gboolean wide_bar = item_is_bar (item) && x1 - x0 >= MERGE_DISTANCE;
  gboolean selected = item->event_index == frame->options.selected_event;
  gboolean hover = item->event_index == frame->options.hover_event;
  double left, right;

  if (wide_bar && row_index != frame->overflow_row)
    {
      guint first_hit;
      const HitArea *hit;

      flush_row (self, frame, row_index);

      first_hit = self->hits->len;
      draw_single_mark (self, frame, index, row->y);
      hit = &g_array_index (self->hits, HitArea, first_hit);

      /* A bar's label starts where the bar comes into view. */
      add_label_candidate (self, frame, row, row_index, index,
                           MAX (hit->x, EDGE_MARGIN), hit->x + hit->width);
      return;
    }

  /* Point-like marks are merged with the row's pending group while they
   * are closer to it than a mark's width. In the overflow row, where lanes
   * share a row and bars overlap, bars are merged too: hundreds of
   * overlapping screen-wide bars would cost more to fill than the whole
   * rest of the frame and show nothing more than one aggregate does. */
  if (wide_bar)
    {
      left = clamp_to_frame (frame, x0);
      right = clamp_to_frame (frame, x1);
    }
  else
    left = right = (x0 + x1) / 2;

  if (row->pending_count > 0 && left - row->pending_x_last < MERGE_DISTANCE)
    {
      row->pending_count++;
      row->pending_x_last = MAX (row->pending_x_last, right);
      row->pending_end = MAX (row->pending_end, item->end);
      row->pending_selected |= selected;
      row->pending_hover |= hover;
      return;
    }

  flush_row (self, frame, row_index);

  row->pending_count = 1;
  row->pending_item = index;
  row->pending_x_first = left;
  row->pending_x_last = right;
  row->pending_begin = item->start;
  row->pending_end = item->end;
  row->pending_selected = selected;
  row->pending_hover = hover;
}

/* --- labels ------------------------------------------------------------------ */

/* Fits one label into its row's label line. Returns FALSE (the label is
 * dropped, the mark stays) when it cannot be placed without overlapping
 * another label or leaving the frame. */
static gboolean
place_label (DatelineRenderer     *self,
             const Frame          *frame,
             const LabelCandidate *candidate,
             RowState             *row,
             gboolean              reserve)
{
  const DatelineLayoutItem *item = &frame->items[candidate->item];
  gboolean selected = item->event_index == frame->options.selected_event;
  PangoLayout *layout = selected ? self->label_bold_layout : self->label_layout;
  const char *title = dateline_layout_get_item_title (frame->layout, candidate->item);
  double left_limit = reserve ? -G_MAXDOUBLE : row->label_right + LABEL_GAP;
  double right_limit = frame->width - EDGE_MARGIN;
  double x = MAX (candidate->mark_left, EDGE_MARGIN);
  double natural, width, height;

  gboolean has_reserved = !reserve && row->reserved_right > row->reserved_left;

  /* A label starts at its mark, or a little later when the previous label
   * ends there, but never after the mark. Most dropped labels are
   * rejected here, before they are measured. */
  if (x < left_limit)
    x = left_limit;
  if (x > candidate->mark_right)
    return FALSE;
  if (has_reserved && x >= row->reserved_left - LABEL_GAP && x < row->reserved_right + LABEL_GAP)
    return FALSE;

  natural = measure (layout, title, &height);
  width = MIN (natural, LABEL_MAX_WIDTH);

  /* Stop before the next mark when that still leaves a readable label;
   * when the next mark is very close, its own label has no room anyway. */
  if (!reserve && x + width > candidate->next_mark - LABEL_GAP
      && candidate->next_mark - LABEL_GAP - x >= LABEL_MIN_WIDTH)
    width = candidate->next_mark - LABEL_GAP - x;

  /* At the right edge: slide left, as far as the previous label allows
   * (the label then starts before its mark but still runs under it). */
  if (x + width > right_limit)
    {
      double slide_limit = left_limit;

      if (has_reserved && row->reserved_right <= x)
        slide_limit = MAX (slide_limit, row->reserved_right + LABEL_GAP);

      x = MAX (MIN (x, right_limit - width), slide_limit);
      width = MIN (width, right_limit - x);
    }

  /* Never over the selected event's label, which was placed first. */
  if (has_reserved && x < row->reserved_left && x + width > row->reserved_left - LABEL_GAP)
    width = row->reserved_left - LABEL_GAP - x;

  if (width < MIN (natural, LABEL_MIN_WIDTH))
    return FALSE;

  pango_layout_set_width (layout, width < natural ? (int) (width * PANGO_SCALE) : -1);

  set_colour (frame->cr, &frame->palette->foreground);
  show_layout_at (frame->cr, layout, x, row->y + LABEL_TOP);

  add_hit (self, HIT_LABEL, x, row->y + LABEL_TOP, width, height, item->event_index,
           item->start, item->end, 1);
  add_text (self, DATELINE_RENDERER_TEXT_EVENT_LABEL, x, row->y + LABEL_TOP, width, height,
            title, item->event_index);

  if (reserve)
    {
      row->reserved_left = x;
      row->reserved_right = x + width;
    }
  else
    row->label_right = x + width;

  return TRUE;
}

static void
place_labels (DatelineRenderer *self,
              const Frame      *frame)
{
  guint selected_candidate = G_MAXUINT;

  /* The selected event's label goes first and in bold: it must be there
   * even where its neighbours are dense. */
  for (guint i = 0; i < self->candidates->len; i++)
    {
      const LabelCandidate *candidate = &g_array_index (self->candidates, LabelCandidate, i);

      if (frame->items[candidate->item].event_index == frame->options.selected_event)
        {
          RowState *row = &g_array_index (self->rows, RowState, candidate->row);

          if (place_label (self, frame, candidate, row, TRUE))
            selected_candidate = i;
          break;
        }
    }

  /* Then left to right in each row: candidates were appended in x order
   * within a row, and rows do not interact. */
  for (guint i = 0; i < self->candidates->len; i++)
    {
      const LabelCandidate *candidate = &g_array_index (self->candidates, LabelCandidate, i);
      RowState *row = &g_array_index (self->rows, RowState, candidate->row);

      if (i == selected_candidate)
        {
          row->label_right = MAX (row->label_right, row->reserved_right);
          continue;
        }

      place_label (self, frame, candidate, row, FALSE);
    }
}

/* --- events ------------------------------------------------------------------ */

static void
setup_rows (DatelineRenderer *self,
            Frame            *frame)
{
  guint n_lanes = dateline_layout_get_n_lanes (frame->layout);
  double available = frame->content_bottom - frame->content_top;
  guint fitting = (guint) MAX (0.0, floor (available / ROW_HEIGHT));

  frame->overflow_row = G_MAXUINT;

  if (n_lanes <= fitting)
    frame->n_rows = n_lanes;
  else
    {
      /* Rows with labels for the first lanes, then one compact row without
       * labels where all the other lanes are merged. */
      guint labelled = (guint) MAX (0.0, floor ((available - OVERFLOW_ROW_HEIGHT) / ROW_HEIGHT));

      if (available < OVERFLOW_ROW_HEIGHT)
        {
          frame->n_rows = 0;
          g_array_set_size (self->rows, 0);
          return;
        }

      frame->n_rows = labelled + 1;
      frame->overflow_row = labelled;
    }

  g_array_set_size (self->rows, frame->n_rows);

  for (guint i = 0; i < frame->n_rows; i++)
    {
      RowState *row = &g_array_index (self->rows, RowState, i);

      memset (row, 0, sizeof *row);
      row->y = frame->content_top + i * ROW_HEIGHT;
      row->has_labels = i != frame->overflow_row;
      row->last_candidate = -1;
      row->label_right = -G_MAXDOUBLE;
    }
}

static void
draw_overflow_note (DatelineRenderer *self,
                    const Frame      *frame)
{
  g_autofree char *text = NULL;
  guint hidden = dateline_layout_get_n_lanes (frame->layout) - frame->overflow_row;
  const RowState *row = &g_array_index (self->rows, RowState, frame->overflow_row);
  double width, height;

  /* Translators: the last row of the timeline holds the events of several
   * rows that did not fit in the window. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row merged here", "%u rows merged here", hidden),
                          hidden);
  width = measure (self->badge_layout, text, &height);

  if (frame->width < width + 2 * EDGE_MARGIN)
    return;

  set_colour (frame->cr, &frame->palette->secondary);
  show_layout_at (frame->cr, self->badge_layout, frame->width - width - 4, row->y + MARK_CENTER_Y + 7);
}

static void
draw_events_one_by_one (DatelineRenderer *self,
                        Frame            *frame)
{
  guint first_starting, end_index;

  setup_rows (self, frame);
  if (frame->n_rows == 0)
    return;

  g_array_set_size (self->candidates, 0);

  /* Items that began before the visible range and still run, then those
   * that begin inside it: both in start order, so that every row sees its
   * marks left to right. */
  first_starting = dateline_layout_find_start (frame->layout, frame->begin);
  end_index = dateline_layout_find_start (frame->layout, frame->end);

  for (guint i = dateline_layout_find_next (frame->layout, dateline_layout_find_first (frame->layout, frame->begin), frame->begin);
       i < first_starting;
       i = dateline_layout_find_next (frame->layout, i + 1, frame->begin))
    visit_item (self, frame, i);

  for (guint i = first_starting; i < end_index; i++)
    visit_item (self, frame, i);

  for (guint r = 0; r < frame->n_rows; r++)
    flush_row (self, frame, r);

  place_labels (self, frame);

  if (frame->overflow_row != G_MAXUINT)
    draw_overflow_note (self, frame);
}

static void
draw_message (DatelineRenderer *self,
              const Frame      *frame,
              const char       *text,
              double            y)
{
  double width, height;

  width = measure (self->message_layout, text, &height);
  if (width > frame->width)
    return;

  set_colour (frame->cr, &frame->palette->secondary);
  show_layout_at (frame->cr, self->message_layout, (frame->width - width) / 2, y);
}

/* Far too many events for marks: a histogram of how many begin in each
 * column, each column found by two binary searches over the starts. */
static void
draw_events_dense (DatelineRenderer *self,
                   Frame            *frame,
                   guint             n_visible)
{
  cairo_t *cr = frame->cr;
  g_autofree char *message = NULL;
  guint n_columns = (guint) ceil (frame->width / DENSE_COLUMN_WIDTH);
  double top = frame->content_top + 28;
  double bottom = frame->content_bottom - 4;
  guint max_count = 1;
  guint previous;

  if (bottom - top < 8)
    return;

  /* Two passes so that the bars can be scaled to the tallest one; the
   * searches are cheap enough to do twice. */
  previous = dateline_layout_find_start (frame->layout, frame->begin);
  for (guint c = 0; c < n_columns; c++)
    {
      double t1 = frame->begin + (c + 1) * DENSE_COLUMN_WIDTH / frame->scale;
      guint next = dateline_layout_find_start (frame->layout, t1);

      max_count = MAX (max_count, next - previous);
      previous = next;
    }

  set_colour (cr, &frame->palette->histogram);
  previous = dateline_layout_find_start (frame->layout, frame->begin);
  for (guint c = 0; c < n_columns; c++)
    {
      double t0 = frame->begin + c * DENSE_COLUMN_WIDTH / frame->scale;
      double t1 = frame->begin + (c + 1) * DENSE_COLUMN_WIDTH / frame->scale;
      guint next = dateline_layout_find_start (frame->layout, t1);
      guint count = next - previous;

      previous = next;
      if (count == 0)
        continue;

      {
        /* Logarithmic, so that a quiet week next to a busy one still shows. */
        double height = MAX (2.0, (bottom - top) * log1p (count) / log1p (max_count));

        cairo_rectangle (cr, c * DENSE_COLUMN_WIDTH, bottom - height, DENSE_COLUMN_WIDTH - 1, height);
        add_hit (self, HIT_CLUSTER, c * DENSE_COLUMN_WIDTH, top, DENSE_COLUMN_WIDTH, bottom - top,
                 G_MAXUINT, t0, t1, count);
      }
    }
  cairo_fill (cr);

  /* Translators: shown over the histogram drawn when too many events are
   * visible to draw one by one. */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u event — zoom in to see it",
                                          "%u events — zoom in to see them",
                                          n_visible),
                             n_visible);
  draw_message (self, frame, message, frame->content_top);
}

static void
draw_status (DatelineRenderer *self,
             const Frame      *frame)
{
  g_autofree char *text = NULL;
  guint n_undated = dateline_layout_get_n_undated (frame->layout);
  double width, height;

  if (n_undated == 0 || frame->n_items == 0)
    return;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u event without a date is not shown",
                                       "%u events without a date are not shown",
                                       n_undated),
                          n_undated);
  width = measure (self->axis_layout, text, &height);
  if (width + 8 > frame->width)
    return;

  set_colour (frame->cr, &frame->palette->secondary);
  show_layout_at (frame->cr, self->axis_layout, 6, frame->height - STATUS_HEIGHT + (STATUS_HEIGHT - height) / 2);
}

static void
draw_empty (DatelineRenderer *self,
            const Frame      *frame)
{
  guint n_undated = frame->layout != NULL ? dateline_layout_get_n_undated (frame->layout) : 0;
  double middle = (frame->content_top + frame->content_bottom) / 2;

  draw_message (self, frame, _("No dated events"), middle - 20);

  if (n_undated > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u event has no date",
                                                            "%u events have no date",
                                                            n_undated),
                                               n_undated);
      draw_message (self, frame, text, middle + 4);
    }
}

/* --- GObject ------------------------------------------------------------------- */

static void
dateline_renderer_finalize (GObject *object)
{
  DatelineRenderer *self = DATELINE_RENDERER (object);

  clear_layouts (self);
  g_clear_object (&self->context);
  g_clear_pointer (&self->font_family, g_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->candidates, g_array_unref);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->texts, g_array_unref);
  if (self->texts_buffer != NULL)
    g_string_free (g_steal_pointer (&self->texts_buffer), TRUE);
  g_clear_pointer (&self->grid_offsets, g_free);
  g_clear_pointer (&self->grid_entries, g_free);

  G_OBJECT_CLASS (dateline_renderer_parent_class)->finalize (object);
}

static void
dateline_renderer_class_init (DatelineRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dateline_renderer_finalize;
}

static void
dateline_renderer_init (DatelineRenderer *self)
{
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  self->rows = g_array_new (FALSE, TRUE, sizeof (RowState));
  self->candidates = g_array_new (FALSE, FALSE, sizeof (LabelCandidate));
  self->hits = g_array_new (FALSE, FALSE, sizeof (HitArea));
  self->texts = g_array_new (FALSE, FALSE, sizeof (TextArea));
  self->texts_buffer = g_string_new (NULL);
  self->tick_unit = DATELINE_TICK_DAY;
  self->tick_step = 1;
}

/* --- hit testing ----------------------------------------------------------------- */

static void
hit_column_range (DatelineRenderer *self,
                  const HitArea    *hit,
                  guint            *first,
                  guint            *last)
{
  double left = hit->x - HIT_SLOP;
  double right = hit->x + hit->width + HIT_SLOP;

  *first = (guint) CLAMP (floor (left / HIT_GRID_COLUMN), 0, self->n_grid_columns - 1);
  *last = (guint) CLAMP (floor (right / HIT_GRID_COLUMN), 0, self->n_grid_columns - 1);
}

/* A counting sort of the hit areas into columns: two passes, two flat
 * arrays, kept across frames. */
static void
ensure_hit_grid (DatelineRenderer *self)
{
  guint total = 0;

  if (self->grid_valid)
    return;

  self->n_grid_columns = (guint) MAX (1.0, ceil (self->frame_width / HIT_GRID_COLUMN));
  self->grid_offsets = g_renew (guint, self->grid_offsets, self->n_grid_columns + 1);
  memset (self->grid_offsets, 0, (self->n_grid_columns + 1) * sizeof (guint));

  for (guint i = 0; i < self->hits->len; i++)
    {
      guint first, last;

      hit_column_range (self, &g_array_index (self->hits, HitArea, i), &first, &last);
      for (guint c = first; c <= last; c++)
        self->grid_offsets[c + 1]++;
    }

  for (guint c = 0; c < self->n_grid_columns; c++)
    {
      total += self->grid_offsets[c + 1];
      self->grid_offsets[c + 1] = total;
    }

  if (total > self->grid_capacity)
    {
      self->grid_capacity = MAX (total, 2 * self->grid_capacity);
      self->grid_entries = g_renew (guint, self->grid_entries, self->grid_capacity);
    }

  {
    g_autofree guint *fill = g_memdup2 (self->grid_offsets, self->n_grid_columns * sizeof (guint));

    for (guint i = 0; i < self->hits->len; i++)
      {
        guint first, last;

        hit_column_range (self, &g_array_index (self->hits, HitArea, i), &first, &last);
        for (guint c = first; c <= last; c++)
          self->grid_entries[fill[c]++] = i;
      }
  }

  self->grid_valid = TRUE;
}

/* The topmost hit area of @kind_mask under (x, y), or NULL. Marks and
 * badges get a few pixels of slop; labels are exact. */
static const HitArea *
find_hit (DatelineRenderer *self,
          double            x,
          double            y,
          guint             kind_mask)
{
  guint column;

  if (self->hits->len == 0 || x < -HIT_SLOP || y < -HIT_SLOP
      || x > self->frame_width + HIT_SLOP || y > self->frame_height + HIT_SLOP)
    return NULL;

  ensure_hit_grid (self);
  column = (guint) CLAMP (floor (x / HIT_GRID_COLUMN), 0, self->n_grid_columns - 1);

  /* Later areas were drawn on top. */
  for (guint k = self->grid_offsets[column + 1]; k > self->grid_offsets[column]; k--)
    {
      const HitArea *hit = &g_array_index (self->hits, HitArea, self->grid_entries[k - 1]);
      double slop = hit->kind == HIT_LABEL ? 0.0 : HIT_SLOP;

      if (((1u << hit->kind) & kind_mask) == 0)
        continue;

      if (x >= hit->x - slop && x < hit->x + hit->width + slop
          && y >= hit->y - slop && y < hit->y + hit->height + slop)
        return hit;
    }

  return NULL;
}

/* --- public API ---------------------------------------------------------------------- */

/**
 * dateline_renderer_new:
 *
 * Returns: (transfer full): a renderer; keep it across frames, it caches
 *   fonts and layouts
 */
DatelineRenderer *
dateline_renderer_new (void)
{
  return g_object_new (DATELINE_TYPE_RENDERER, NULL);
}

/**
 * dateline_renderer_draw:
 * @layout: (nullable): the events; NULL draws the empty state
 * @options: (nullable): NULL for DATELINE_RENDER_OPTIONS_INIT
 *
 * Paints the background, the axis, the marks and the labels of the
 * viewport's visible range into (0, 0, @width, @height). The viewport is
 * only read: @width is used as its width for this frame, it is not stored
 * (the caller may be inside a snapshot, where "changed" must not fire).
 */
void
dateline_renderer_draw (DatelineRenderer            *self,
                        cairo_t                     *cr,
                        DatelineLayout              *layout,
                        DatelineViewport            *viewport,
                        double                       width,
                        double                       height,
                        const DatelineRenderOptions *options)
{
  static const DatelineRenderOptions default_options = DATELINE_RENDER_OPTIONS_INIT;
  Frame frame = { 0 };

  g_return_if_fail (DATELINE_IS_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout == NULL || DATELINE_IS_LAYOUT (layout));
  g_return_if_fail (DATELINE_IS_VIEWPORT (viewport));

  g_array_set_size (self->hits, 0);
  g_array_set_size (self->texts, 0);
  g_string_truncate (self->texts_buffer, 0);
  self->grid_valid = FALSE;
  self->frame_width = MAX (0.0, width);
  self->frame_height = MAX (0.0, height);

  if (!(width >= 1.0) || !(height >= 1.0))
    return;

  frame.cr = cr;
  frame.layout = layout;
  frame.options = options != NULL ? *options : default_options;
  frame.palette = frame.options.dark ? &dark_palette : &light_palette;
  frame.width = width;
  frame.height = height;
  dateline_viewport_get_visible_range (viewport, &frame.begin, &frame.end);
  frame.scale = width / (frame.end - frame.begin);
  frame.content_top = AXIS_HEIGHT + CONTENT_TOP_PADDING;
  frame.content_bottom = height;

  if (layout != NULL)
    {
      frame.items = dateline_layout_get_items (layout, &frame.n_items);
      if (frame.n_items > 0 && dateline_layout_get_n_undated (layout) > 0)
        frame.content_bottom = height - STATUS_HEIGHT;
    }

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  prepare_text (self, cr, frame.options.font_family);

  set_colour (cr, &frame.palette->background);
  cairo_paint (cr);

  draw_axis (self, &frame);

  if (frame.n_items == 0)
    draw_empty (self, &frame);
  else
    {
      guint n_starting = dateline_layout_find_start (layout, frame.end)
                         - dateline_layout_find_start (layout, frame.begin);

      if (n_starting > DENSE_THRESHOLD)
        draw_events_dense (self, &frame, n_starting);
      else
        draw_events_one_by_one (self, &frame);

      draw_status (self, &frame);
    }

  cairo_restore (cr);
}

/**
 * dateline_renderer_hit_test:
 *
 * Looks at exactly what the last frame drew: a mark (with a few pixels of
 * slop) or an event's label. A count badge is not one event: see
 * dateline_renderer_hit_test_cluster().
 *
 * Returns: the event index under (@x, @y), or G_MAXUINT
 */
guint
dateline_renderer_hit_test (DatelineRenderer *self,
                            double            x,
                            double            y)
{
  const HitArea *hit;

  g_return_val_if_fail (DATELINE_IS_RENDERER (self), G_MAXUINT);

  /* A mark wins over a label running under it; a badge hides what is
   * behind it. */
  hit = find_hit (self, x, y, (1u << HIT_MARK) | (1u << HIT_CLUSTER));
  if (hit == NULL)
    hit = find_hit (self, x, y, 1u << HIT_LABEL);

  if (hit == NULL || hit->kind == HIT_CLUSTER)
    return G_MAXUINT;

  return hit->event_index;
}

gboolean
dateline_renderer_hit_test_cluster (DatelineRenderer *self,
                                    double            x,
                                    double            y,
                                    double           *begin,
                                    double           *end,
                                    guint            *n_events)
{
  const HitArea *hit;

  g_return_val_if_fail (DATELINE_IS_RENDERER (self), FALSE);

  hit = find_hit (self, x, y, (1u << HIT_MARK) | (1u << HIT_CLUSTER));
  if (hit == NULL || hit->kind != HIT_CLUSTER)
    return FALSE;

  if (begin != NULL)
    *begin = hit->begin;
  if (end != NULL)
    *end = hit->end;
  if (n_events != NULL)
    *n_events = hit->n_events;

  return TRUE;
}

gboolean
dateline_renderer_get_event_area (DatelineRenderer  *self,
                                  guint              event_index,
                                  cairo_rectangle_t *area)
{
  g_return_val_if_fail (DATELINE_IS_RENDERER (self), FALSE);

  /* Marks drawn one by one are bounded by the frame's pixels, so a linear
   * scan stays short. */
  for (guint i = 0; i < self->hits->len; i++)
    {
      const HitArea *hit = &g_array_index (self->hits, HitArea, i);

      if (hit->kind == HIT_MARK && hit->event_index == event_index)
        {
          if (area != NULL)
            *area = (cairo_rectangle_t) { hit->x, hit->y, hit->width, hit->height };
          return TRUE;
        }
    }

  return FALSE;
}

DatelineTickUnit
dateline_renderer_get_tick_unit (DatelineRenderer *self,
                                 guint            *step)
{
  g_return_val_if_fail (DATELINE_IS_RENDERER (self), DATELINE_TICK_DAY);

  if (step != NULL)
    *step = self->tick_step;

  return self->tick_unit;
}

guint
dateline_renderer_get_n_texts (DatelineRenderer *self)
{
  g_return_val_if_fail (DATELINE_IS_RENDERER (self), 0);

  return self->texts->len;
}

gboolean
dateline_renderer_get_text (DatelineRenderer          *self,
                            guint                      i,
                            DatelineRendererTextKind  *kind,
                            cairo_rectangle_t         *area,
                            guint                     *event_index,
                            const char               **text)
{
  const TextArea *entry;

  g_return_val_if_fail (DATELINE_IS_RENDERER (self), FALSE);

  if (i >= self->texts->len)
    return FALSE;

  entry = &g_array_index (self->texts, TextArea, i);

  if (kind != NULL)
    *kind = entry->kind;
  if (area != NULL)
    *area = (cairo_rectangle_t) { entry->x, entry->y, entry->width, entry->height };
  if (event_index != NULL)
    *event_index = entry->event_index;
  if (text != NULL)
    *text = self->texts_buffer->str + entry->text_offset;

  return TRUE;
}
