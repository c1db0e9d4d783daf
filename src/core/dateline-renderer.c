/* dateline-renderer.c — one cairo renderer for the screen, PNG, SVG and PDF
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline-event.h"
#include "dateline-layout-private.h"
#include "dateline-renderer.h"
#include "dateline-renderer-private.h"

/* Geometry, in pixels. The axis is a band at the top with two rows of
 * labels (major above minor); under it, when there is something to mark
 * (today, publication dates), a strip for the markers' labels; then the
 * lane groups, each a header and rows, a row being a line of marks with a
 * line of labels under it; at the bottom the tray of undated events. */
#define AXIS_HEIGHT          46.0
#define AXIS_MAJOR_LABEL_Y    5.0
#define AXIS_MINOR_LABEL_Y   25.0
#define AXIS_MINOR_TICK       6.0
#define AXIS_LABEL_GAP       10.0
#define MIN_TICK_SPACING     34.0

#define MARKER_STRIP_HEIGHT  20.0
#define MARKER_TRIANGLE       5.0
#define MARKER_LABEL_MAX    180.0
#define CONTENT_TOP_PADDING  12.0
#define GROUPS_TOP_PADDING    4.0
#define STATUS_HEIGHT        22.0
#define TRAY_HEIGHT          30.0
#define TRAY_ENTRY_MAX      300.0
#define GROUP_HEADER_HEIGHT  24.0
#define GROUP_GAP             2.0
#define DEFAULT_GROUP_ROWS    3
#define ROW_HEIGHT           40.0   /* a lane with its label line */
#define OVERFLOW_ROW_HEIGHT  34.0   /* a row where lanes that do not fit are merged */
#define MARK_CENTER_Y        10.0   /* within a row */
#define LABEL_TOP            19.0   /* within a row */

#define MARK_RADIUS           6.0
#define CLAIM_RADIUS          4.5
#define BAR_HEIGHT           10.0
#define MIN_BAR_WIDTH         8.0
#define SOFT_END             14.0   /* the fade at the ends of a span coarser than a day */
#define SELECTION_GAP         3.0
#define SELECTION_WIDTH       2.5
#define HOVER_HALO            5.0
#define HIT_SLOP              3.0
#define WIDE_DAY             40.0   /* a day this wide gets a band behind its mark */

/* Point-like marks closer than this (centre to centre) would overlap:
 * they are drawn as one count badge instead. */
#define MERGE_DISTANCE       13.0
#define BADGE_HEIGHT         16.0

#define LABEL_MAX_WIDTH     220.0
#define LABEL_MIN_WIDTH      48.0
#define LABEL_GAP            10.0
#define EDGE_MARGIN           2.0

/* A lane group with more events beginning in the visible range than its
 * rows could show as separate marks is drawn as a density band instead:
 * its columns are counted by binary search, O(pixels log n) whatever n is,
 * and the frame never walks more than a few thousand items per group. */
#define DENSE_MIN_EVENTS    100
#define DENSE_COLUMN_WIDTH    4.0

/* Claim links walked per frame at most: past that, the frame is far too
 * crowded for them to be read. */
#define MAX_CLAIM_LINKS    2000
/* Publication markers: lines and labels only while they are this far apart
 * on average. */
#define MARKER_MIN_SPACING    6.0

#define HIT_GRID_COLUMN      32.0

/* Font sizes are absolute (pixels), so that a PNG, an SVG and the screen
 * at scale 1 lay out identically whatever the resolution setting. */
#define LABEL_FONT_SIZE      13
#define AXIS_FONT_SIZE       12
#define BADGE_FONT_SIZE      11
#define MESSAGE_FONT_SIZE    15

/* --- colours -------------------------------------------------------------- */

typedef DatelineColour Colour;
typedef DatelinePalette Palette;

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

G_STATIC_ASSERT (G_N_ELEMENTS (((Palette *) NULL)->kinds) == DATELINE_EVENT_N_KINDS);

/* The GNOME HIG palette (and libadwaita's accent colours for teal, pink and
 * slate): darker shades on the light background, lighter ones on the dark
 * background, so that every kind keeps its contrast in both. Colour is
 * never alone: every kind has its own shape too (see kind_shape). */
static const Palette light_palette = {
  .background = RGB (0xffffff),
  .axis_background = RGB (0xf6f5f4),
  .header_background = RGB (0xf6f5f4),
  .foreground = RGBA (0x000000, 0.80),
  .secondary = RGBA (0x000000, 0.55),
  .grid_minor = RGBA (0x000000, 0.06),
  .grid_major = RGBA (0x000000, 0.15),
  .accent = RGB (0x3584e4),
  .accent_text = RGB (0xffffff),
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
  .header_background = RGB (0x2a2a2a),
  .foreground = RGB (0xffffff),
  .secondary = RGBA (0xffffff, 0.55),
  .grid_minor = RGBA (0xffffff, 0.07),
  .grid_major = RGBA (0xffffff, 0.17),
  .accent = RGB (0x78aeed),
  .accent_text = RGB (0x1e1e1e),
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

/* --- shapes --------------------------------------------------------------- */

/* A shape per kind, so that kinds are told apart without colour (about one
 * man in twelve does not see red and green apart): simple outlines that
 * stay distinct at 12 px, filled for a stated date and hollow for an
 * inferred one. */
typedef enum {
  SHAPE_CIRCLE,
  SHAPE_SQUARE,
  SHAPE_BOWTIE,
  SHAPE_TRIANGLE_RIGHT,
  SHAPE_TRIANGLE_UP,
  SHAPE_BURST,
  SHAPE_CROSS,
  SHAPE_PLUS,
  SHAPE_DIAMOND,
  SHAPE_TRIANGLE_DOWN,
  SHAPE_TRIANGLE_LEFT,
  SHAPE_STAR,
} Shape;

static const Shape kind_shapes[DATELINE_EVENT_N_KINDS] = {
  [DATELINE_EVENT_OTHER] = SHAPE_CIRCLE,
  [DATELINE_EVENT_MEETING] = SHAPE_SQUARE,
  [DATELINE_EVENT_TALKS] = SHAPE_BOWTIE,
  [DATELINE_EVENT_STATEMENT] = SHAPE_TRIANGLE_RIGHT,
  [DATELINE_EVENT_THREAT] = SHAPE_TRIANGLE_UP,
  [DATELINE_EVENT_ATTACK] = SHAPE_BURST,
  [DATELINE_EVENT_SANCTION] = SHAPE_CROSS,
  [DATELINE_EVENT_AGREEMENT] = SHAPE_PLUS,
  [DATELINE_EVENT_DEADLINE] = SHAPE_DIAMOND,
  [DATELINE_EVENT_VOTE] = SHAPE_TRIANGLE_DOWN,
  [DATELINE_EVENT_CALL] = SHAPE_TRIANGLE_LEFT,
  [DATELINE_EVENT_ELECTION] = SHAPE_STAR,
};

static void
regular_polygon (cairo_t *cr,
                 double   cx,
                 double   cy,
                 double   radius,
                 guint    n_sides,
                 double   first_angle)
{
  for (guint i = 0; i < n_sides; i++)
    {
      double angle = first_angle + 2 * G_PI * i / n_sides;

      if (i == 0)
        cairo_move_to (cr, cx + radius * cos (angle), cy + radius * sin (angle));
      else
        cairo_line_to (cr, cx + radius * cos (angle), cy + radius * sin (angle));
    }
  cairo_close_path (cr);
}

static void
star_polygon (cairo_t *cr,
              double   cx,
              double   cy,
              double   outer,
              double   inner,
              guint    n_points,
              double   first_angle)
{
  for (guint i = 0; i < 2 * n_points; i++)
    {
      double angle = first_angle + G_PI * i / n_points;
      double radius = i % 2 == 0 ? outer : inner;

      if (i == 0)
        cairo_move_to (cr, cx + radius * cos (angle), cy + radius * sin (angle));
      else
        cairo_line_to (cr, cx + radius * cos (angle), cy + radius * sin (angle));
    }
  cairo_close_path (cr);
}

/* A thick plus, rotated by @angle: twelve corners. */
static void
thick_cross (cairo_t *cr,
             double   cx,
             double   cy,
             double   radius,
             double   half_width,
             double   angle)
{
  static const double corners[12][2] = {
    { -1, -0.36 }, { -0.36, -0.36 }, { -0.36, -1 }, { 0.36, -1 }, { 0.36, -0.36 }, { 1, -0.36 },
    { 1, 0.36 }, { 0.36, 0.36 }, { 0.36, 1 }, { -0.36, 1 }, { -0.36, 0.36 }, { -1, 0.36 },
  };
  double c = cos (angle), s = sin (angle);

  for (guint i = 0; i < 12; i++)
    {
      double u = corners[i][0] * radius;
      double v = corners[i][1] * radius;

      /* The arms' half width is given apart from their length. */
      if (fabs (corners[i][0]) < 0.5)
        u = copysign (half_width, corners[i][0]);
      if (fabs (corners[i][1]) < 0.5)
        v = copysign (half_width, corners[i][1]);

      if (i == 0)
        cairo_move_to (cr, cx + u * c - v * s, cy + u * s + v * c);
      else
        cairo_line_to (cr, cx + u * c - v * s, cy + u * s + v * c);
    }
  cairo_close_path (cr);
}

/* The path of @kind's shape, of about the same ink as a circle of
 * @radius. */
static void
kind_shape_path (cairo_t *cr,
                 guint    kind,
                 double   cx,
                 double   cy,
                 double   radius)
{
  Shape shape = kind < DATELINE_EVENT_N_KINDS ? kind_shapes[kind] : SHAPE_CIRCLE;

  switch (shape)
    {
    case SHAPE_SQUARE:
      cairo_rectangle (cr, cx - radius * 0.86, cy - radius * 0.86, radius * 1.72, radius * 1.72);
      break;
    case SHAPE_BOWTIE:
      /* Two sides meeting: two triangles tip to tip. */
      cairo_move_to (cr, cx - radius * 1.15, cy - radius * 0.95);
      cairo_line_to (cr, cx, cy - radius * 0.2);
      cairo_line_to (cr, cx + radius * 1.15, cy - radius * 0.95);
      cairo_line_to (cr, cx + radius * 1.15, cy + radius * 0.95);
      cairo_line_to (cr, cx, cy + radius * 0.2);
      cairo_line_to (cr, cx - radius * 1.15, cy + radius * 0.95);
      cairo_close_path (cr);
      break;
    case SHAPE_TRIANGLE_RIGHT:
      regular_polygon (cr, cx - radius * 0.15, cy, radius * 1.2, 3, 0);
      break;
    case SHAPE_TRIANGLE_UP:
      regular_polygon (cr, cx, cy + radius * 0.2, radius * 1.25, 3, -G_PI / 2);
      break;
    case SHAPE_TRIANGLE_DOWN:
      regular_polygon (cr, cx, cy - radius * 0.2, radius * 1.25, 3, G_PI / 2);
      break;
    case SHAPE_BURST:
      star_polygon (cr, cx, cy, radius * 1.25, radius * 0.55, 4, -G_PI / 2);
      break;
    case SHAPE_CROSS:
      thick_cross (cr, cx, cy, radius * 1.15, radius * 0.38, G_PI / 4);
      break;
    case SHAPE_PLUS:
      thick_cross (cr, cx, cy, radius * 1.1, radius * 0.4, 0);
      break;
    case SHAPE_DIAMOND:
      regular_polygon (cr, cx, cy, radius * 1.25, 4, -G_PI / 2);
      break;
    case SHAPE_TRIANGLE_LEFT:
      regular_polygon (cr, cx + radius * 0.15, cy, radius * 1.2, 3, G_PI);
      break;
    case SHAPE_STAR:
      star_polygon (cr, cx, cy + radius * 0.1, radius * 1.3, radius * 0.58, 5, -G_PI / 2);
      break;
    case SHAPE_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
      break;
    }
}

/* Half the width of @kind's shape at @radius, for hit areas. */
static double
kind_shape_extent (guint  kind,
                   double radius)
{
  Shape shape = kind < DATELINE_EVENT_N_KINDS ? kind_shapes[kind] : SHAPE_CIRCLE;

  switch (shape)
    {
    case SHAPE_TRIANGLE_UP:
    case SHAPE_TRIANGLE_DOWN:
    case SHAPE_BURST:
    case SHAPE_DIAMOND:
    case SHAPE_STAR:
      return radius * 1.25;
    case SHAPE_TRIANGLE_RIGHT:
    case SHAPE_TRIANGLE_LEFT:
    case SHAPE_CROSS:
    case SHAPE_PLUS:
    case SHAPE_BOWTIE:
      return radius * 1.15;
    case SHAPE_SQUARE:
    case SHAPE_CIRCLE:
    default:
      return radius;
    }
}

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
  WIDTH_ELLIPSIS,
  N_WIDTHS
} MeasuredWidth;

/* --- text cache ----------------------------------------------------------- */

typedef enum {
  FONT_LABEL,
  FONT_LABEL_BOLD,
  FONT_AXIS,
  FONT_AXIS_BOLD,
  FONT_BADGE,
  N_FONTS
} Font;

/* A text laid out in one font, kept across frames: shaping is most of the
 * cost of a frame's text, and from one frame to the next (a pan, a zoom
 * step) nearly all labels are the same. */
typedef struct {
  Font         font;
  char        *text;
  PangoLayout *layout;
  double       width;
  double       height;
  guint        last_frame;
  int          n_breaks;      /* -1 until needed */
  guint       *break_bytes;   /* where a word ends: prefixes that may be shown */
  double      *break_widths;  /* the width of each such prefix */
  /* Its glyphs, relative to the layout's top left corner, a run per font
   * (fallback fonts make more than one): to be shown in batches. */
  gboolean     glyphs_ready;
  gboolean     batchable;
  cairo_glyph_t *glyphs;
  guint        n_glyphs;
  cairo_scaled_font_t **run_fonts;
  guint       *run_ends;      /* glyph index after each run */
  guint        n_runs;
} CachedText;

/* Glyphs waiting to be shown: one batch per font and colour. */
typedef struct {
  cairo_scaled_font_t *font;
  double               red, green, blue, alpha;
  GArray              *glyphs;   /* cairo_glyph_t */
} GlyphBatch;

/* Past this many, texts unused in the last frame are dropped. */
#define TEXT_CACHE_SIZE 4096

/* --- last frame ---------------------------------------------------------- */

typedef enum {
  HIT_MARK,
  HIT_CLUSTER,
  HIT_LABEL,
  HIT_CLAIM,
  HIT_TRAY,
  HIT_TRAY_MORE,
  HIT_GROUP_HEADER,
  HIT_MARKER,
  HIT_TODAY,
} HitKind;

#define EVENT_HITS ((1u << HIT_MARK) | (1u << HIT_CLAIM) | (1u << HIT_TRAY) | (1u << HIT_CLUSTER) \
                    | (1u << HIT_TRAY_MORE) | (1u << HIT_GROUP_HEADER) | (1u << HIT_MARKER) | (1u << HIT_TODAY))

typedef struct {
  double  x, y, width, height;
  double  begin, end;      /* clusters: the time range they stand for; marks: the span */
  guint32 event_index;     /* G_MAXUINT for clusters; the marker for markers */
  guint32 n_events;
  guint32 group;
  guint16 lane_lo;         /* clusters: the lanes merged in them */
  guint16 lane_hi;
  HitKind kind;
} HitArea;

typedef struct {
  double                   x, y, width, height;
  gsize                    text_offset;   /* into texts_buffer */
  guint32                  event_index;
  DatelineRendererTextKind kind;
} TextArea;

/* One lane group of the frame: where its header and rows are. */
typedef struct {
  guint    group;
  double   top;            /* of the header (of the first row when there is none) */
  double   header_height;
  double   rows_top;
  double   bottom;
  guint    first_row;      /* into the frame's rows */
  guint    n_rows;
  guint    overflow_row;   /* within the group: the row where lanes >= it merge, or G_MAXUINT */
  gboolean visible;        /* some of it is inside the lane area */
  gboolean dense;          /* drawn as a density band */
  guint    n_visible;      /* items beginning in the visible range */
  guint    first_column;   /* dense: its counts in the frame's column scratch */
} GroupBand;

/* One lane row of the frame being drawn: where it is, the point-like marks
 * waiting to be drawn alone or merged into a badge. */
typedef struct {
  double   y;
  double   height;
  guint    band;
  guint    lane_lo;
  guint    lane_hi;
  gboolean visible;
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
} RowState;

typedef struct {
  guint  item;
  guint  row;
  guint  weight;
  gboolean selected;
  double mark_left;
  double mark_right;
  double next_mark;   /* left edge of the next mark in the row, or +inf */
} LabelCandidate;

typedef struct {
  double left;
  double right;
} Interval;

/* Point marks and badges are not filled one by one: they are collected
 * during the walk and filled in a few batches (one path per kind, one for
 * all badges), and the badges' counts shown in one glyph run. The per-fill
 * cost of cairo, not the ink, is what a crowded frame pays for. */
typedef struct {
  float   cx;
  float   cy;
  guint16 kind;
  guint16 inferred;
} PointMark;

typedef struct {
  float x;
  float y;
  float width;
  float text_x;
  guint count;
} Badge;

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
  double                    lanes_top;       /* the lane area, between the axis (and */
  double                    lanes_bottom;    /* marker strip) and the tray or status line */
  double                    content_top;     /* where the first group starts, unscrolled */
  double                    hairline;        /* one device pixel, in user space */
  gboolean                  has_headers;
  gboolean                  has_strip;
  gboolean                  has_tray;
  guint                     n_rows;
} Frame;

struct _DatelineRenderer
{
  GObject parent_instance;

  /* Text: one context, a font per use, and the texts of the last frames
   * laid out and kept (see get_text). */
  PangoContext *context;
  PangoFontDescription *fonts[N_FONTS];
  PangoLayout  *message_layout;
  char         *font_family;
  cairo_matrix_t context_matrix;
  gulong        context_options_hash;
  cairo_surface_type_t context_surface_type;
  gboolean      context_valid;
  GHashTable   *text_cache;      /* CachedText set */
  GArray       *glyph_batches;   /* GlyphBatch */
  CachedText   *current[N_FONTS];/* the text last measured in each font */
  guint         frame_serial;
  double        widths[N_WIDTHS];
  gboolean      widths_valid;
  char          fitted[512];   /* a label shortened at a word, with its ellipsis */

  /* Clock and date order of the locale; see set_time_conventions. */
  gboolean      twelve_hour;
  gboolean      month_first;

  /* Soft ends: a gradient per palette, kind and fill, made on first use. */
  cairo_pattern_t *fades[2][DATELINE_EVENT_N_KINDS][3];

  /* Scratch arrays, grown as needed and kept, so that a frame allocates
   * nothing once the renderer is warm. */
  GArray       *bands;        /* GroupBand */
  GArray       *band_of_group;/* guint per group: its band or G_MAXUINT */
  GArray       *rows;         /* RowState */
  GArray       *candidates;   /* LabelCandidate */
  GArray       *placed;       /* Interval, the labels of one row */
  GArray       *columns;      /* guint counts of dense bands */
  GArray       *point_marks;  /* PointMark, waiting for flush_batches */
  GArray       *badges;       /* Badge, likewise */
  GArray       *glyphs;       /* cairo_glyph_t, the badges' counts */

  /* The glyphs of "0123456789+" in the badge font, to write counts
   * without laying them out; digit_font is NULL when the font does not
   * give one glyph per character (then counts go through Pango). */
  cairo_scaled_font_t *digit_font;
  gulong        digit_glyphs[11];
  double        digit_advances[11];
  double        digit_baseline;
  gboolean      digits_ready;

  /* The last frame, for hit testing and introspection. */
  GArray       *hits;         /* HitArea */
  GArray       *texts;        /* TextArea */
  GString      *texts_buffer;
  double        frame_width;
  double        frame_height;
  double        content_height;
  double        page_height;
  double        scroll_y;
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

static inline gboolean
is_selected (const Frame *frame,
             guint32      event_index)
{
  const guint *selected = frame->options.selected_events;
  guint lo = 0, hi = frame->options.n_selected_events;

  if (event_index == frame->options.selected_event)
    return TRUE;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (selected[mid] == event_index)
        return TRUE;
      if (selected[mid] < event_index)
        lo = mid + 1;
      else
        hi = mid;
    }

  return FALSE;
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

/* Sharp lines: a one-device-pixel line must run through the middle of a
 * device pixel, whatever the scale (2 on a HiDPI screen) and offset of the
 * surface. A device pixel is the CTM then the surface's device transform:
 * cairo_user_to_device() only applies the CTM. */
static void
user_to_pixel (cairo_t *cr,
               double  *x,
               double  *y)
{
  cairo_surface_t *target = cairo_get_group_target (cr);
  double scale_x, scale_y, offset_x, offset_y;

  cairo_user_to_device (cr, x, y);
  cairo_surface_get_device_scale (target, &scale_x, &scale_y);
  cairo_surface_get_device_offset (target, &offset_x, &offset_y);
  *x = *x * scale_x + offset_x;
  *y = *y * scale_y + offset_y;
}

static void
pixel_to_user (cairo_t *cr,
               double  *x,
               double  *y)
{
  cairo_surface_t *target = cairo_get_group_target (cr);
  double scale_x, scale_y, offset_x, offset_y;

  cairo_surface_get_device_scale (target, &scale_x, &scale_y);
  cairo_surface_get_device_offset (target, &offset_x, &offset_y);
  *x = (*x - offset_x) / scale_x;
  *y = (*y - offset_y) / scale_y;
  cairo_device_to_user (cr, x, y);
}

double
dateline_renderer_snap_x (cairo_t *cr,
                          double   x)
{
  double y = 0;

  user_to_pixel (cr, &x, &y);
  x = floor (x) + 0.5;
  pixel_to_user (cr, &x, &y);

  return x;
}

double
dateline_renderer_snap_y (cairo_t *cr,
                          double   y)
{
  double x = 0;

  user_to_pixel (cr, &x, &y);
  y = floor (y) + 0.5;
  pixel_to_user (cr, &x, &y);

  return y;
}

double
dateline_renderer_hairline (cairo_t *cr)
{
  double dx = 1.0, dy = 0.0, scale_x, scale_y;

  cairo_user_to_device_distance (cr, &dx, &dy);
  cairo_surface_get_device_scale (cairo_get_group_target (cr), &scale_x, &scale_y);

  return 1.0 / MAX (hypot (dx, dy) * scale_x, 1e-6);
}

/* @y rounded to the nearest device pixel edge. */
static double
snap_edge_y (cairo_t *cr,
             double   y)
{
  double x = 0;

  user_to_pixel (cr, &x, &y);
  y = round (y);
  pixel_to_user (cr, &x, &y);

  return y;
}

static double
snap_edge_x (cairo_t *cr,
             double   x)
{
  double y = 0;

  user_to_pixel (cr, &x, &y);
  x = round (x);
  pixel_to_user (cr, &x, &y);

  return x;
}

/* Adds to the path a vertical line one device pixel wide through @x (the
 * device pixel it falls in), from @y0 to @y1: fill it. */
static void
add_vline (cairo_t     *cr,
           const Frame *frame,
           double       x,
           double       y0,
           double       y1)
{
  double top = snap_edge_y (cr, y0);

  cairo_rectangle (cr, dateline_renderer_snap_x (cr, x) - frame->hairline / 2, top,
                   frame->hairline, snap_edge_y (cr, y1) - top);
}

static void
add_hline (cairo_t     *cr,
           const Frame *frame,
           double       y,
           double       x0,
           double       x1)
{
  double left = snap_edge_x (cr, x0);

  cairo_rectangle (cr, left, dateline_renderer_snap_y (cr, y) - frame->hairline / 2,
                   snap_edge_x (cr, x1) - left, frame->hairline);
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
    .group = G_MAXUINT,
  };

  g_array_append_val (self->hits, hit);
}

static HitArea *
last_hit (DatelineRenderer *self)
{
  return &g_array_index (self->hits, HitArea, self->hits->len - 1);
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

static const struct {
  int         size;
  PangoWeight weight;
} font_styles[N_FONTS] = {
  [FONT_LABEL] = { LABEL_FONT_SIZE, PANGO_WEIGHT_NORMAL },
  [FONT_LABEL_BOLD] = { LABEL_FONT_SIZE, PANGO_WEIGHT_BOLD },
  [FONT_AXIS] = { AXIS_FONT_SIZE, PANGO_WEIGHT_NORMAL },
  [FONT_AXIS_BOLD] = { AXIS_FONT_SIZE, PANGO_WEIGHT_BOLD },
  [FONT_BADGE] = { BADGE_FONT_SIZE, PANGO_WEIGHT_BOLD },
};

static void
cached_text_free (gpointer data)
{
  CachedText *entry = data;

  g_free (entry->text);
  g_clear_object (&entry->layout);
  g_free (entry->break_bytes);
  g_free (entry->break_widths);
  g_free (entry->glyphs);
  g_free (entry->run_fonts);
  g_free (entry->run_ends);
  g_free (entry);
}

static guint
cached_text_hash (gconstpointer key)
{
  const CachedText *entry = key;

  return g_str_hash (entry->text) * 31 + entry->font;
}

static gboolean
cached_text_equal (gconstpointer a,
                   gconstpointer b)
{
  const CachedText *ea = a;
  const CachedText *eb = b;

  return ea->font == eb->font && strcmp (ea->text, eb->text) == 0;
}

static void
clear_text_cache (DatelineRenderer *self)
{
  for (guint b = 0; b < self->glyph_batches->len; b++)
    {
      GlyphBatch *batch = &g_array_index (self->glyph_batches, GlyphBatch, b);

      g_array_set_size (batch->glyphs, 0);
      batch->font = NULL;
    }
  self->digits_ready = FALSE;
  memset (self->current, 0, sizeof self->current);
  g_hash_table_remove_all (self->text_cache);
}

static gboolean
text_is_stale_cb (gpointer key,
                  gpointer value,
                  gpointer user_data)
{
  const CachedText *entry = key;
  const DatelineRenderer *self = user_data;

  return entry->last_frame + 1 < self->frame_serial;
}

static void
trim_text_cache (DatelineRenderer *self)
{
  if (g_hash_table_size (self->text_cache) > TEXT_CACHE_SIZE)
    {
      memset (self->current, 0, sizeof self->current);
      g_hash_table_foreach_remove (self->text_cache, text_is_stale_cb, self);
    }
}

/* @text in @font, laid out once and kept. */
static CachedText *
get_text (DatelineRenderer *self,
          Font              font,
          const char       *text)
{
  CachedText probe = { .font = font, .text = (char *) text };
  CachedText *entry = g_hash_table_lookup (self->text_cache, &probe);

  if (entry == NULL)
    {
      int width, height;

      entry = g_new0 (CachedText, 1);
      entry->font = font;
      entry->text = g_strdup (text);
      entry->n_breaks = -1;
      entry->layout = pango_layout_new (self->context);
      pango_layout_set_font_description (entry->layout, self->fonts[font]);
      pango_layout_set_single_paragraph_mode (entry->layout, TRUE);
      pango_layout_set_text (entry->layout, text, -1);
      pango_layout_get_pixel_size (entry->layout, &width, &height);
      entry->width = width;
      entry->height = height;
      g_hash_table_add (self->text_cache, entry);
    }

  entry->last_frame = self->frame_serial;
  self->current[font] = entry;

  return entry;
}

static double
measure_text (DatelineRenderer *self,
              Font              font,
              const char       *text,
              double           *height)
{
  CachedText *entry = get_text (self, font, text);

  if (height != NULL)
    *height = entry->height;

  return entry->width;
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

/* The glyphs of @entry's single line, once. A text Pango draws in any way
 * plain glyphs cannot show (a missing glyph's hex box, more than one
 * line) is left to Pango. */
static void
ensure_glyphs (CachedText *entry)
{
  PangoLayoutLine *line;
  g_autoptr(GArray) glyphs = NULL;
  g_autoptr(GPtrArray) fonts = NULL;
  g_autoptr(GArray) ends = NULL;
  double baseline;

  if (entry->glyphs_ready)
    return;
  entry->glyphs_ready = TRUE;
  entry->batchable = FALSE;

  if (pango_layout_get_line_count (entry->layout) != 1)
    return;

  line = pango_layout_get_line_readonly (entry->layout, 0);
  baseline = (double) pango_layout_get_baseline (entry->layout) / PANGO_SCALE;
  glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  fonts = g_ptr_array_new ();
  ends = g_array_new (FALSE, FALSE, sizeof (guint));

  {
    double x = 0;

    for (GSList *l = line->runs; l != NULL; l = l->next)
      {
        PangoGlyphItem *run = l->data;
        PangoGlyphString *string = run->glyphs;

        if (!PANGO_IS_CAIRO_FONT (run->item->analysis.font))
          return;

        for (int i = 0; i < string->num_glyphs; i++)
          {
            PangoGlyphInfo *info = &string->glyphs[i];

            if (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG)
              return;
            if (info->glyph != PANGO_GLYPH_EMPTY)
              {
                cairo_glyph_t glyph = {
                  info->glyph,
                  x + (double) info->geometry.x_offset / PANGO_SCALE,
                  baseline + (double) info->geometry.y_offset / PANGO_SCALE,
                };

                g_array_append_val (glyphs, glyph);
              }
            x += (double) info->geometry.width / PANGO_SCALE;
          }

        g_ptr_array_add (fonts, pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font)));
        g_array_append_val (ends, glyphs->len);
      }
  }

  entry->n_glyphs = glyphs->len;
  entry->glyphs = (cairo_glyph_t *) (gpointer) g_array_free (g_steal_pointer (&glyphs), FALSE);
  entry->n_runs = fonts->len;
  entry->run_fonts = (cairo_scaled_font_t **) g_ptr_array_free (g_steal_pointer (&fonts), FALSE);
  entry->run_ends = (guint *) (gpointer) g_array_free (g_steal_pointer (&ends), FALSE);
  entry->batchable = TRUE;
}

static GArray *
glyph_batch_for (DatelineRenderer    *self,
                 cairo_scaled_font_t *font,
                 double               red,
                 double               green,
                 double               blue,
                 double               alpha)
{
  GlyphBatch batch = { font, red, green, blue, alpha, NULL };

  for (guint b = 0; b < self->glyph_batches->len; b++)
    {
      GlyphBatch *existing = &g_array_index (self->glyph_batches, GlyphBatch, b);

      if (existing->font == font && existing->red == red && existing->green == green
          && existing->blue == blue && existing->alpha == alpha)
        return existing->glyphs;
      /* A spare batch left by an earlier flush. */
      if (existing->font == NULL)
        {
          existing->font = font;
          existing->red = red;
          existing->green = green;
          existing->blue = blue;
          existing->alpha = alpha;
          return existing->glyphs;
        }
    }

  batch.glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  g_array_append_val (self->glyph_batches, batch);

  return batch.glyphs;
}

/* Shows the text last measured or fitted in @font at (x, y), in the
 * current source colour: its glyphs join the batch of their font and
 * colour, shown by flush_texts(). Text is most of the cost of a sparse
 * frame, and most of that is per call, not per glyph. */
static void
show_text (DatelineRenderer *self,
           cairo_t          *cr,
           Font              font,
           double            x,
           double            y)
{
  CachedText *entry = self->current[font];
  double red, green, blue, alpha;
  guint first = 0;

  g_assert (entry != NULL);

  ensure_glyphs (entry);
  if (!entry->batchable
      || cairo_pattern_get_rgba (cairo_get_source (cr), &red, &green, &blue, &alpha) != CAIRO_STATUS_SUCCESS)
    {
      show_layout_at (cr, entry->layout, x, y);
      return;
    }

  for (guint r = 0; r < entry->n_runs; r++)
    {
      GArray *batch = glyph_batch_for (self, entry->run_fonts[r], red, green, blue, alpha);

      for (guint g = first; g < entry->run_ends[r]; g++)
        {
          cairo_glyph_t glyph = entry->glyphs[g];

          glyph.x += x;
          glyph.y += y;
          g_array_append_val (batch, glyph);
        }
      first = entry->run_ends[r];
    }
}

/* Shows the glyphs batched since the last flush: call before anything
 * that must be drawn over them, and before the clip changes. */
static void
flush_texts (DatelineRenderer *self,
             cairo_t          *cr)
{
  for (guint b = 0; b < self->glyph_batches->len; b++)
    {
      GlyphBatch *batch = &g_array_index (self->glyph_batches, GlyphBatch, b);

      if (batch->font == NULL)
        continue;

      if (batch->glyphs->len > 0)
        {
          cairo_set_source_rgba (cr, batch->red, batch->green, batch->blue, batch->alpha);
          cairo_set_scaled_font (cr, batch->font);
          cairo_show_glyphs (cr, (cairo_glyph_t *) (gpointer) batch->glyphs->data, batch->glyphs->len);
          g_array_set_size (batch->glyphs, 0);
        }
      batch->font = NULL;
    }

  cairo_new_path (cr);
}

/* For the uncached message layout. */
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

/* The prefixes of @entry that end a word, and their widths: once per
 * text, from Pango's word boundaries and glyph positions. */
static void
ensure_breaks (CachedText *entry)
{
  const PangoLogAttr *attrs;
  const char *p = entry->text;
  int n_attrs;

  if (entry->n_breaks >= 0)
    return;

  attrs = pango_layout_get_log_attrs_readonly (entry->layout, &n_attrs);
  entry->break_bytes = g_new (guint, MAX (n_attrs, 1));
  entry->break_widths = g_new (double, MAX (n_attrs, 1));
  entry->n_breaks = 0;

  /* attrs[i] is about the position before the i-th character. */
  for (int i = 1; i < n_attrs && *p != '\0'; i++)
    {
      PangoRectangle position;

      p = g_utf8_next_char (p);
      if (!attrs[i].is_word_end)
        continue;

      pango_layout_index_to_pos (entry->layout, (int) (p - entry->text), &position);
      entry->break_bytes[entry->n_breaks] = p - entry->text;
      entry->break_widths[entry->n_breaks] = ceil ((double) position.x / PANGO_SCALE);
      entry->n_breaks++;
    }
}

/* Makes @text in @font current, shortened when it is wider than
 * @max_width: cut after a whole word, with an ellipsis, never inside a
 * word, and never down to one word. Returns the width of what is current,
 * or -1 when not even the first two words fit. */
static double
fit_text (DatelineRenderer *self,
          Font              font,
          const char       *text,
          double            max_width,
          double           *height)
{
  CachedText *entry = get_text (self, font, text);

  if (height != NULL)
    *height = entry->height;
  if (entry->width <= max_width)
    return entry->width;

  ensure_breaks (entry);

  /* One word and an ellipsis ("Ever…") says nothing: at least two. */
  for (int b = entry->n_breaks - 1; b >= 1; b--)
    {
      guint length = entry->break_bytes[b];
      CachedText *fitted;

      if (entry->break_widths[b] + self->widths[WIDTH_ELLIPSIS] > max_width
          || length + sizeof "…" > sizeof self->fitted || length >= strlen (text))
        continue;

      memcpy (self->fitted, text, length);
      memcpy (self->fitted + length, "…", sizeof "…");
      fitted = get_text (self, font, self->fitted);
      if (fitted->width <= max_width)
        {
          if (height != NULL)
            *height = fitted->height;
          return fitted->width;
        }
    }

  return -1;
}

/* Brings the context in line with @cr (font options and matrix differ
 * between the screen, an image and a PDF) and with the requested font
 * family; when either changes, every kept text is laid out again. Pango
 * counts every update as a change, so it is only asked when something
 * did change. */
static void
prepare_text (DatelineRenderer *self,
              cairo_t          *cr,
              const char       *family)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_matrix_t matrix;
  gulong options_hash;

  if (family == NULL || *family == '\0')
    family = "Cantarell, sans";

  self->frame_serial++;

  cairo_get_matrix (cr, &matrix);
  /* Text is laid out for the matrix' scale, not its translation. */
  matrix.x0 = matrix.y0 = 0;
  cairo_surface_get_font_options (target, options);
  options_hash = cairo_font_options_hash (options);
  cairo_font_options_destroy (options);

  if (!self->context_valid || memcmp (&matrix, &self->context_matrix, sizeof matrix) != 0
      || options_hash != self->context_options_hash
      || cairo_surface_get_type (target) != self->context_surface_type)
    {
      pango_cairo_update_context (cr, self->context);
      self->context_matrix = matrix;
      self->context_options_hash = options_hash;
      self->context_surface_type = cairo_surface_get_type (target);
      self->context_valid = TRUE;
      clear_text_cache (self);
      if (self->message_layout != NULL)
        pango_layout_context_changed (self->message_layout);
      self->widths_valid = FALSE;
    }

  if (self->message_layout == NULL || g_strcmp0 (family, self->font_family) != 0)
    {
      g_free (self->font_family);
      self->font_family = g_strdup (family);
      clear_text_cache (self);

      for (guint f = 0; f < N_FONTS; f++)
        {
          g_clear_pointer (&self->fonts[f], pango_font_description_free);
          self->fonts[f] = pango_font_description_from_string (family);
          pango_font_description_set_absolute_size (self->fonts[f], font_styles[f].size * PANGO_SCALE);
          pango_font_description_set_weight (self->fonts[f], font_styles[f].weight);
        }

      {
        g_autoptr(PangoFontDescription) font = pango_font_description_from_string (family);

        g_clear_object (&self->message_layout);
        self->message_layout = pango_layout_new (self->context);
        pango_font_description_set_absolute_size (font, MESSAGE_FONT_SIZE * PANGO_SCALE);
        pango_layout_set_font_description (self->message_layout, font);
        pango_layout_set_single_paragraph_mode (self->message_layout, TRUE);
        pango_layout_set_alignment (self->message_layout, PANGO_ALIGN_CENTER);
      }

      self->widths_valid = FALSE;
    }

  trim_text_cache (self);
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

/* An hour of the day in the locale's clock: "14:00", or "2 PM" where
 * clocks have twelve hours. */
static void
format_hour (const DatelineRenderer *self,
             double                  t,
             char                   *buffer,
             gsize                   size)
{
  int hour = (int) round ((t - floor (t)) * 24.0) % 24;
  g_autoptr(GDateTime) time = g_date_time_new_utc (2000, 1, 1, hour, 0, 0);
  g_autofree char *text = NULL;

  if (self->twelve_hour)
    /* Translators: an hour on the axis, 12-hour clock; see strftime(3). */
    text = g_date_time_format (time, _("%l %p"));
  else
    /* Translators: an hour on the axis, 24-hour clock; see strftime(3). */
    text = g_date_time_format (time, _("%H:%M"));

  g_strlcpy (buffer, text != NULL ? text : "", size);
}

/* A date format from the catalogue, or, when the language has no
 * translation, the untranslated one turned around for a locale that puts
 * the month first (en_US: "Jul 14", not "14 Jul"). */
static const char *
date_format (const DatelineRenderer *self,
             const char             *msgid,
             const char             *translated,
             const char             *month_first)
{
  if (translated != msgid && strcmp (translated, msgid) != 0)
    return translated;

  return self->month_first ? month_first : msgid;
}

static void
format_minor_label (const DatelineRenderer *self,
                    DatelineTickUnit        unit,
                    double                  t,
                    gboolean                long_format,
                    char                   *buffer,
                    gsize                   size)
{
  GDate date;

  date_from_day (&date, t);

  switch (unit)
    {
    case DATELINE_TICK_HOUR:
      format_hour (self, t, buffer, size);
      break;

    case DATELINE_TICK_DAY:
      /* Translators: a day on the axis; see strftime(3). "%a %e" is "Fri 14". */
      g_date_strftime (buffer, size, long_format ? _("%a %e") : "%e", &date);
      break;

    case DATELINE_TICK_WEEK:
      /* Translators: the Monday starting a week, on the axis: "14 Jul". */
      g_date_strftime (buffer, size, date_format (self, "%e %b", _("%e %b"), "%b %e"), &date);
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
format_major_label (const DatelineRenderer *self,
                    DatelineTickUnit        unit,
                    double                  t,
                    char                   *buffer,
                    gsize                   size)
{
  GDate date;

  date_from_day (&date, t);

  switch (unit)
    {
    case DATELINE_TICK_DAY:
      /* Translators: a day heading the hours on the axis; see strftime(3). */
      g_date_strftime (buffer, size, date_format (self, "%A %e %B %Y", _("%A %e %B %Y"), "%A, %B %e, %Y"), &date);
      break;

    case DATELINE_TICK_MONTH:
      /* Translators: a month heading the days on the axis: "March 2025". */
      g_date_strftime (buffer, size, date_format (self, "%B %Y", _("%B %Y"), "%B %Y"), &date);
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

  format_hour (self, 10.0 / 24, buffer, sizeof buffer);
  self->widths[WIDTH_HOUR] = measure_text (self, FONT_AXIS, buffer, NULL);
  format_hour (self, 22.0 / 24, buffer, sizeof buffer);
  self->widths[WIDTH_HOUR] = MAX (self->widths[WIDTH_HOUR], measure_text (self, FONT_AXIS, buffer, NULL));
  self->widths[WIDTH_ELLIPSIS] = measure_text (self, FONT_LABEL, "…", NULL);
  self->widths[WIDTH_DAY] = measure_text (self, FONT_AXIS, "30", NULL);
  self->widths[WIDTH_QUARTER] = measure_text (self, FONT_AXIS, "Q4", NULL);
  self->widths[WIDTH_DIGIT] = measure_text (self, FONT_AXIS, "0000", NULL) / 4.0;

  for (guint i = 0; i < 7; i++)
    {
      format_minor_label (self, DATELINE_TICK_DAY, first_monday + i + 27, TRUE, buffer, sizeof buffer);
      self->widths[WIDTH_DAY_LONG] = MAX (self->widths[WIDTH_DAY_LONG], measure_text (self, FONT_AXIS, buffer, NULL));
    }

  for (int month = 1; month <= 12; month++)
    {
      double t = day_from_ymd (2024, month, 28);

      format_minor_label (self, DATELINE_TICK_WEEK, t, FALSE, buffer, sizeof buffer);
      self->widths[WIDTH_WEEK] = MAX (self->widths[WIDTH_WEEK], measure_text (self, FONT_AXIS, buffer, NULL));
      format_minor_label (self, DATELINE_TICK_MONTH, t, FALSE, buffer, sizeof buffer);
      self->widths[WIDTH_MONTH] = MAX (self->widths[WIDTH_MONTH], measure_text (self, FONT_AXIS, buffer, NULL));
      format_minor_label (self, DATELINE_TICK_MONTH, t, TRUE, buffer, sizeof buffer);
      self->widths[WIDTH_MONTH_LONG] = MAX (self->widths[WIDTH_MONTH_LONG], measure_text (self, FONT_AXIS, buffer, NULL));
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
                Font                      font,
                DatelineRendererTextKind  kind,
                const char               *text,
                double                    x,
                double                    y,
                double                   *right)
{
  double height;
  double width = measure_text (self, font, text, &height);

  if (x < *right + AXIS_LABEL_GAP || x + width > frame->width - EDGE_MARGIN)
    return FALSE;

  show_text (self, frame->cr, font, x, y);
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

  /* Minor grid lines and ticks, one device pixel wide: filled rectangles
   * of whole device pixels, which cairo fills much faster than it
   * strokes lines. */
  set_colour (cr, &frame->palette->grid_minor);
  for (t = tick_floor (step->unit, step->step, frame->begin);
       t < frame->end && t < LAST_DAY;
       t = tick_next (step->unit, step->step, t))
    {
      double x = time_to_x (frame, t);

      if (x < 0)
        continue;

      add_vline (cr, frame, x, AXIS_HEIGHT, frame->lanes_bottom);
    }
  cairo_fill (cr);

  set_colour (cr, &frame->palette->grid_major);
  for (t = tick_floor (step->unit, step->step, frame->begin);
       t < frame->end && t < LAST_DAY;
       t = tick_next (step->unit, step->step, t))
    {
      double x = time_to_x (frame, t);

      if (x < 0)
        continue;

      add_vline (cr, frame, x, AXIS_HEIGHT - AXIS_MINOR_TICK, AXIS_HEIGHT);
    }
  for (guint i = 0; i < n_majors; i++)
    {
      double x = time_to_x (frame, majors[i]);

      if (x < 0)
        continue;

      add_vline (cr, frame, x, 0, frame->lanes_bottom);
    }
  add_hline (cr, frame, AXIS_HEIGHT, 0, frame->width);
  cairo_fill (cr);

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

      format_minor_label (self, step->unit, t, long_format, buffer, sizeof buffer);
      width = measure_text (self, FONT_AXIS, buffer, NULL);

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

      draw_axis_text (self, frame, FONT_AXIS, DATELINE_RENDERER_TEXT_AXIS_MINOR,
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

          format_major_label (self, step->major_unit, majors[i], buffer, sizeof buffer);

          if (x < 5)
            {
              double next_x = i + 1 < n_majors ? time_to_x (frame, majors[i + 1]) + 5 : G_MAXDOUBLE;
              double width = measure_text (self, FONT_AXIS_BOLD, buffer, NULL);

              x = 5;
              if (x + width + AXIS_LABEL_GAP > next_x)
                continue;
            }

          draw_axis_text (self, frame, FONT_AXIS_BOLD, DATELINE_RENDERER_TEXT_AXIS_MAJOR,
                          buffer, x, AXIS_MAJOR_LABEL_Y, &right);
        }
    }

  flush_texts (self, cr);
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
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + width / 2, y + height / 2, MAX (width, height) / 2 + gap, 0, 2 * G_PI);
    }
  else
    rounded_rectangle (cr, x - gap, y - gap, width + 2 * gap, height + 2 * gap, height / 2 + gap);

  set_colour (cr, &frame->palette->accent);
  cairo_set_line_width (cr, SELECTION_WIDTH);
  cairo_stroke (cr);
}

typedef enum {
  FADE_STATED,    /* the fill of a stated span */
  FADE_INFERRED,  /* the light fill of an inferred span */
  FADE_LINE,      /* the outline of an inferred span */
  N_FADES
} FadeKind;

static const double fade_alphas[N_FADES] = { 0.9, 0.18, 1.0 };

/* A horizontal gradient from transparent (at u = 0) to the kind's colour
 * (at u = 1), in a pattern space that each use maps onto its end of a bar
 * with the pattern matrix: one pattern per palette, kind and fill for the
 * life of the renderer, none per bar. */
static cairo_pattern_t *
get_fade (DatelineRenderer *self,
          const Frame      *frame,
          guint32           kind,
          FadeKind          fade)
{
  int dark = frame->palette == &dark_palette;
  cairo_pattern_t **pattern;
  const Colour *colour;

  if (kind >= DATELINE_EVENT_N_KINDS)
    kind = DATELINE_EVENT_OTHER;

  pattern = &self->fades[dark][kind][fade];
  if (*pattern == NULL)
    {
      colour = &frame->palette->kinds[kind];
      *pattern = cairo_pattern_create_linear (0, 0, 1, 0);
      cairo_pattern_add_color_stop_rgba (*pattern, 0, colour->red, colour->green, colour->blue, 0);
      cairo_pattern_add_color_stop_rgba (*pattern, 1, colour->red, colour->green, colour->blue,
                                         colour->alpha * fade_alphas[fade]);
    }

  return *pattern;
}

/* Fills (x, y, width, height) with @pattern's fade rising from @from over
 * @length pixels (leftwards when @length is negative). */
static void
fill_fade (cairo_t         *cr,
           cairo_pattern_t *pattern,
           double           from,
           double           length,
           double           y,
           double           height)
{
  cairo_matrix_t matrix;

  /* Pattern space u = (x - from) / length. */
  cairo_matrix_init (&matrix, 1.0 / length, 0, 0, 1, -from / length, 0);
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, length > 0 ? from : from + length, y, fabs (length), height);
  cairo_fill (cr);
}

/* A week, month or year: the event happened somewhere in it, not from its
 * first day to its last; the ends fade out instead of claiming an edge. */
static void
draw_soft_bar (DatelineRenderer *self,
               const Frame      *frame,
               guint32           kind,
               double            x0,
               double            x1,
               double            y,
               double            height,
               double            soft,
               gboolean          inferred)
{
  cairo_t *cr = frame->cr;
  const Colour *colour = kind_colour (frame, kind);
  FadeKind fill = inferred ? FADE_INFERRED : FADE_STATED;

  cairo_rectangle (cr, x0 + soft, y, x1 - x0 - 2 * soft, height);
  set_colour_alpha (cr, colour, fade_alphas[fill]);
  cairo_fill (cr);
  fill_fade (cr, get_fade (self, frame, kind, fill), x0, soft, y, height);
  fill_fade (cr, get_fade (self, frame, kind, fill), x1, -soft, y, height);

  /* Inferred: hollow, as inferred days are, the outline fading too. */
  if (inferred)
    {
      double line = 1.5;

      set_colour (cr, colour);
      cairo_rectangle (cr, x0 + soft, y, x1 - x0 - 2 * soft, line);
      cairo_rectangle (cr, x0 + soft, y + height - line, x1 - x0 - 2 * soft, line);
      cairo_fill (cr);

      for (int edge = 0; edge < 2; edge++)
        {
          double line_y = edge == 0 ? y : y + height - line;

          fill_fade (cr, get_fade (self, frame, kind, FADE_LINE), x0, soft, line_y, line);
          fill_fade (cr, get_fade (self, frame, kind, FADE_LINE), x1, -soft, line_y, line);
        }
    }
}

/* One event, alone: the kind's shape at its day, or a bar over its range.
 * Stated dates are filled, resolved or inferred ones hollow, so that a
 * reader can tell which dates to trust. */
static void
draw_single_mark (DatelineRenderer *self,
                  const Frame      *frame,
                  guint             index,
                  const RowState   *row,
                  double            point_x)
{
  cairo_t *cr = frame->cr;
  const DatelineLayoutItem *item = &frame->items[index];
  const Colour *colour = kind_colour (frame, item->kind);
  gboolean inferred = (item->flags & DATELINE_LAYOUT_FLAG_INFERRED) != 0;
  gboolean future = (item->flags & DATELINE_LAYOUT_FLAG_FUTURE) != 0;
  gboolean selected = is_selected (frame, item->event_index);
  gboolean hover = item->event_index == frame->options.hover_event;
  double cy = row->y + MARK_CENTER_Y;
  double x0 = time_to_x (frame, item->start);
  double x1 = time_to_x (frame, item->end);
  double mx, my, mw, mh;
  gboolean round;

  if (item_is_bar (item) && isnan (point_x))
    {
      double soft;

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

      /* Soft ends for what is only known to a week, month or year; a range
       * of days given in full ("from 3 to 7 March") keeps hard ends. */
      soft = (item->flags & DATELINE_LAYOUT_FLAG_SPAN) && !future ? MIN (SOFT_END, (x1 - x0) / 3) : 0;

      /* A bar of a few pixels with faded ends reads as a smudge: only a
       * bar wide enough to show its middle gets soft ends. */
      if (soft >= 3 && x1 - x0 >= 3 * SOFT_END / 2)
        draw_soft_bar (self, frame, item->kind, x0, x1, my, mh, soft, inferred);
      else
        {
          if (future)
            {
              /* What is due gets a dashed outline: it has not happened.
               * Dashes as small rectangles, a fill being far cheaper than
               * a dashed stroke. */
              cairo_rectangle (cr, mx, my, mw, mh);
              set_colour_alpha (cr, colour, inferred ? 0.18 : 0.45);
              cairo_fill (cr);
              for (double x = mx; x < mx + mw; x += 7.0)
                {
                  double dash = MIN (4.0, mx + mw - x);

                  cairo_rectangle (cr, x, my, dash, 1.5);
                  cairo_rectangle (cr, x, my + mh - 1.5, dash, 1.5);
                }
              cairo_rectangle (cr, mx, my, 1.5, mh);
              cairo_rectangle (cr, mx + mw - 1.5, my, 1.5, mh);
              set_colour (cr, colour);
              cairo_fill (cr);
            }
          else
            {
              /* The outline, then (inferred) the light inside: fills. */
              rounded_rectangle (cr, mx, my, mw, mh, mh / 2);
              set_colour (cr, colour);
              cairo_fill (cr);
              if (inferred)
                {
                  rounded_rectangle (cr, mx + 1.5, my + 1.5, mw - 3, mh - 3, (mh - 3) / 2);
                  set_colour (cr, &frame->palette->background);
                  cairo_fill_preserve (cr);
                  set_colour_alpha (cr, colour, 0.18);
                  cairo_fill (cr);
                }
            }
        }
    }
  else
    {
      double cx = isnan (point_x) ? (x0 + x1) / 2 : point_x;
      double extent = kind_shape_extent (item->kind, MARK_RADIUS);

      mx = cx - extent;
      my = cy - extent;
      mw = mh = 2 * extent;
      round = TRUE;

      /* Zoomed in to hours, a day is wide: show which part of the
       * timeline the mark stands for. */
      if (x1 - x0 >= WIDE_DAY && isnan (point_x))
        {
          double band_left = clamp_to_frame (frame, x0 + 1);
          double band_right = clamp_to_frame (frame, x1 - 1);

          rounded_rectangle (cr, band_left, cy - BAR_HEIGHT / 2, band_right - band_left, BAR_HEIGHT, 3);
          set_colour_alpha (cr, colour, 0.15);
          cairo_fill (cr);
        }

      if (hover)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, cx, cy, extent + HOVER_HALO, 0, 2 * G_PI);
          set_colour_alpha (cr, colour, 0.25);
          cairo_fill (cr);
        }

      {
        PointMark mark = { cx, cy, item->kind, inferred };

        g_array_append_val (self->point_marks, mark);
      }
    }

  if (selected)
    draw_selection_ring_around_rect (frame, mx, my, mw, mh, round);

  add_hit (self, HIT_MARK, mx, my, mw, mh, item->event_index, item->start, item->end, 1);
  last_hit (self)->group = item->group;
}

/* The digits of the badge font, once per text set-up. */
static void
ensure_digits (DatelineRenderer *self)
{
  CachedText *entry;
  PangoLayoutLine *line;
  PangoGlyphItem *run;

  if (self->digits_ready)
    return;

  self->digits_ready = TRUE;
  g_clear_pointer (&self->digit_font, cairo_scaled_font_destroy);

  entry = get_text (self, FONT_BADGE, "0123456789+");
  line = pango_layout_get_line_readonly (entry->layout, 0);
  if (line == NULL || line->runs == NULL || line->runs->next != NULL)
    return;

  run = line->runs->data;
  if (run->glyphs->num_glyphs != 11 || !PANGO_IS_CAIRO_FONT (run->item->analysis.font))
    return;

  for (int i = 0; i < 11; i++)
    {
      if (run->glyphs->log_clusters[i] != i || run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
        return;
      self->digit_glyphs[i] = run->glyphs->glyphs[i].glyph;
      self->digit_advances[i] = (double) run->glyphs->glyphs[i].geometry.width / PANGO_SCALE;
    }

  self->digit_baseline = (double) pango_layout_get_baseline (entry->layout) / PANGO_SCALE;
  self->digit_font = cairo_scaled_font_reference (pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font)));
}

static inline int
digit_index (char c)
{
  return c == '+' ? 10 : c - '0';
}

static double
badge_text_width (DatelineRenderer *self,
                  const char       *text,
                  double           *height)
{
  double width = 0;

  ensure_digits (self);
  if (self->digit_font == NULL)
    return measure_text (self, FONT_BADGE, text, height);

  for (const char *c = text; *c != '\0'; c++)
    width += self->digit_advances[digit_index (*c)];
  *height = BADGE_FONT_SIZE + 3;

  return ceil (width);
}

/* Fills the point marks and badges collected since the last flush: a
 * path per kind (and one for the holes of hollow marks), one for all
 * badges, one glyph run for their counts. */
static void
flush_batches (DatelineRenderer *self,
               const Frame      *frame)
{
  cairo_t *cr = frame->cr;
  gboolean any_hollow = FALSE;

  if (self->point_marks->len > 0)
    {
      guint counts[DATELINE_EVENT_N_KINDS + 1] = { 0 };

      for (guint i = 0; i < self->point_marks->len; i++)
        counts[MIN (g_array_index (self->point_marks, PointMark, i).kind, DATELINE_EVENT_N_KINDS)]++;

      for (guint kind = 0; kind <= DATELINE_EVENT_N_KINDS; kind++)
        {
          if (counts[kind] == 0)
            continue;

          for (guint i = 0; i < self->point_marks->len; i++)
            {
              const PointMark *mark = &g_array_index (self->point_marks, PointMark, i);

              if (MIN (mark->kind, DATELINE_EVENT_N_KINDS) == kind)
                kind_shape_path (cr, mark->kind, mark->cx, mark->cy, MARK_RADIUS - 0.25);
              any_hollow |= mark->inferred;
            }
          set_colour (cr, kind_colour (frame, kind));
          cairo_fill (cr);
        }

      /* Inferred: hollow. Two fills rather than a stroke: cairo strokes by
       * tessellating the outline, several times the cost of a fill. */
      if (any_hollow)
        {
          for (guint i = 0; i < self->point_marks->len; i++)
            {
              const PointMark *mark = &g_array_index (self->point_marks, PointMark, i);

              if (mark->inferred)
                kind_shape_path (cr, mark->kind, mark->cx, mark->cy, MARK_RADIUS - 2.5);
            }
          set_colour (cr, &frame->palette->background);
          cairo_fill (cr);
        }

      g_array_set_size (self->point_marks, 0);
    }

  if (self->badges->len > 0)
    {
      for (guint i = 0; i < self->badges->len; i++)
        {
          const Badge *badge = &g_array_index (self->badges, Badge, i);

          rounded_rectangle (cr, badge->x, badge->y, badge->width, BADGE_HEIGHT, BADGE_HEIGHT / 2);
        }
      set_colour (cr, &frame->palette->badge);
      cairo_fill (cr);

      set_colour (cr, &frame->palette->badge_text);
      g_array_set_size (self->glyphs, 0);
      for (guint i = 0; i < self->badges->len; i++)
        {
          const Badge *badge = &g_array_index (self->badges, Badge, i);
          char text[16];
          double height, x;

          if (badge->count > 9999)
            g_strlcpy (text, "9999+", sizeof text);
          else
            g_snprintf (text, sizeof text, "%u", badge->count);

          if (self->digit_font == NULL)
            {
              measure_text (self, FONT_BADGE, text, &height);
              show_text (self, cr, FONT_BADGE, badge->text_x, badge->y + (BADGE_HEIGHT - height) / 2);
              continue;
            }

          x = badge->text_x;
          for (const char *c = text; *c != '\0'; c++)
            {
              cairo_glyph_t glyph = {
                self->digit_glyphs[digit_index (*c)],
                x,
                badge->y + (BADGE_HEIGHT - (BADGE_FONT_SIZE + 3)) / 2 + self->digit_baseline,
              };

              g_array_append_val (self->glyphs, glyph);
              x += self->digit_advances[digit_index (*c)];
            }
        }

      if (self->glyphs->len > 0)
        {
          cairo_set_scaled_font (cr, self->digit_font);
          cairo_show_glyphs (cr, (cairo_glyph_t *) (gpointer) self->glyphs->data, self->glyphs->len);
          cairo_new_path (cr);
        }

      g_array_set_size (self->badges, 0);
    }
}

static void
draw_badge (DatelineRenderer *self,
            const Frame      *frame,
            const RowState   *row)
{
  cairo_t *cr = frame->cr;
  const GroupBand *band = &g_array_index (self->bands, GroupBand, row->band);
  char text[16];
  double text_width, text_height;
  double cy = row->y + MARK_CENTER_Y;
  double x0 = row->pending_x_first - MARK_RADIUS;
  double x1 = row->pending_x_last + MARK_RADIUS;
  double width, text_x;
  HitArea *hit;

  if (row->pending_count > 9999)
    g_strlcpy (text, "9999+", sizeof text);
  else
    g_snprintf (text, sizeof text, "%u", row->pending_count);

  text_width = badge_text_width (self, text, &text_height);
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

  {
    Badge badge = { x0, cy - BADGE_HEIGHT / 2, width, text_x, row->pending_count };

    g_array_append_val (self->badges, badge);
  }

  /* The selected event is inside: ring the badge, so that the selection
   * is never invisible. */
  if (row->pending_selected)
    draw_selection_ring_around_rect (frame, x0, cy - BADGE_HEIGHT / 2, width, BADGE_HEIGHT, FALSE);

  add_hit (self, HIT_CLUSTER, x0, cy - BADGE_HEIGHT / 2, width, BADGE_HEIGHT, G_MAXUINT,
           row->pending_begin, row->pending_end, row->pending_count);
  hit = last_hit (self);
  hit->group = band->group;
  hit->lane_lo = (guint16) MIN (row->lane_lo, G_MAXUINT16);
  hit->lane_hi = (guint16) MIN (row->lane_hi, G_MAXUINT16);
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
  const DatelineLayoutItem *layout_item = &frame->items[item];
  LabelCandidate candidate = {
    .item = item,
    .row = row_index,
    .weight = MAX (layout_item->weight, 1),
    .selected = is_selected (frame, layout_item->event_index),
    .mark_left = left,
    .mark_right = right,
    .next_mark = INFINITY,
  };

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

      /* A bar alone in an overflow row is drawn where it begins, as the
       * points merged there are: drawn whole, it would run under the
       * badges of the other lanes sharing the row. */
      draw_single_mark (self, frame, row->pending_item, row,
                        row->lane_lo != row->lane_hi && item_is_bar (&frame->items[row->pending_item])
                        ? row->pending_x_first : NAN);
      hit = &g_array_index (self->hits, HitArea, first_hit);
      add_label_candidate (self, frame, row, row_index, row->pending_item,
                           hit->x, hit->x + hit->width);
    }
  else
    {
      draw_badge (self, frame, row);
      row_mark_placed (self, row, row->pending_x_first - MARK_RADIUS);
      /* Labels after a badge are no longer limited by the mark before it. */
      row->last_candidate = -1;
    }

  row->pending_count = 0;
  row->pending_selected = FALSE;
  row->pending_hover = FALSE;
}

static inline guint
row_of_item (DatelineRenderer         *self,
             const GroupBand          *band,
             const DatelineLayoutItem *item)
{
  guint lane = item->lane;

  if (band->overflow_row != G_MAXUINT && lane > band->overflow_row)
    lane = band->overflow_row;

  return band->first_row + lane;
}

/* Where what is pending in @row will end once drawn: a lone mark's right
 * edge, or a badge's, which is centred and at least as wide as its count:
 * a mark closer than that would be drawn under it. */
static double
pending_right_edge (DatelineRenderer *self,
                    const RowState   *row)
{
  double digit = self->digit_font != NULL ? self->digit_advances[0] : 7.0;
  double width;
  guint digits = 1;

  if (row->pending_count == 1)
    return row->pending_x_last + kind_shape_extent (DATELINE_EVENT_N_KINDS, MARK_RADIUS) * 1.25;

  for (guint count = row->pending_count + 1; count >= 10; count /= 10)
    digits++;
  width = MAX (row->pending_x_last - row->pending_x_first + 2 * MARK_RADIUS, digits * digit + 10);

  return (row->pending_x_first + row->pending_x_last) / 2 + width / 2;
}

static void
visit_item (DatelineRenderer *self,
            const Frame      *frame,
            const GroupBand  *band,
            guint             index)
{
  const DatelineLayoutItem *item = &frame->items[index];
  guint row_index = row_of_item (self, band, item);
  RowState *row = &g_array_index (self->rows, RowState, row_index);
  double x0, x1, left, right;
  gboolean wide_bar, selected, hover;

  if (!row->visible)
    return;

  x0 = time_to_x (frame, item->start);
  x1 = time_to_x (frame, item->end);
  wide_bar = item_is_bar (item) && x1 - x0 >= MERGE_DISTANCE;
  selected = is_selected (frame, item->event_index);
  hover = item->event_index == frame->options.hover_event;

  if (wide_bar && row->lane_lo == row->lane_hi)
    {
      guint first_hit;
      const HitArea *hit;

      flush_row (self, frame, row_index);

      first_hit = self->hits->len;
      draw_single_mark (self, frame, index, row, NAN);
      hit = &g_array_index (self->hits, HitArea, first_hit);

      /* A bar's label starts where the bar comes into view. */
      add_label_candidate (self, frame, row, row_index, index,
                           MAX (hit->x, EDGE_MARGIN), hit->x + hit->width);
      return;
    }

  /* Point-like marks are merged with the row's pending group while they
   * are closer to it than a mark's width. In an overflow row, where lanes
   * share a row and bars overlap, bars are merged too, counted where they
   * begin: hundreds of overlapping screen-wide bars would cost more to
   * fill than the whole rest of the frame, and one badge across the whole
   * row (their union) would hide where the events are. */
  if (wide_bar)
    left = right = MAX (clamp_to_frame (frame, x0), 0);
  else
    left = right = (x0 + x1) / 2;

  if (row->pending_count > 0
      && (left - row->pending_x_last < MERGE_DISTANCE
          || left - kind_shape_extent (item->kind, MARK_RADIUS) < pending_right_edge (self, row) + 2))
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

/* Rows first (they do not interact), then what must be read first: the
 * selection, then the events with most sources, then left to right. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const LabelCandidate *ca = a;
  const LabelCandidate *cb = b;

  if (ca->row != cb->row)
    return ca->row < cb->row ? -1 : 1;
  if (ca->selected != cb->selected)
    return ca->selected ? -1 : 1;
  if (ca->weight != cb->weight)
    return ca->weight > cb->weight ? -1 : 1;
  if (ca->mark_left != cb->mark_left)
    return ca->mark_left < cb->mark_left ? -1 : 1;

  return ca->item < cb->item ? -1 : ca->item > cb->item;
}

/* Fits one label into its row's label line, between the labels placed
 * before it (@placed, sorted by left edge). Returns FALSE (the label is
 * dropped, the mark stays) when it cannot be placed without overlapping
 * another label, leaving the frame or being cut inside a word. */
static gboolean
place_label (DatelineRenderer     *self,
             const Frame          *frame,
             const LabelCandidate *candidate,
             const RowState       *row)
{
  const DatelineLayoutItem *item = &frame->items[candidate->item];
  Font font = candidate->selected ? FONT_LABEL_BOLD : FONT_LABEL;
  const char *title = dateline_layout_get_item_title (frame->layout, candidate->item);
  double x = MAX (candidate->mark_left, EDGE_MARGIN);
  double left_limit = -G_MAXDOUBLE;
  double right_limit = frame->width - EDGE_MARGIN;
  double mark_limit = G_MAXDOUBLE;
  double natural, wanted, width, height;
  gboolean at_edge = TRUE;
  guint next;
  Interval placed;

  /* The first placed label starting after x, and the one before it. */
  for (next = 0; next < self->placed->len; next++)
    if (g_array_index (self->placed, Interval, next).left > x)
      break;

  if (next > 0)
    {
      const Interval *before = &g_array_index (self->placed, Interval, next - 1);

      left_limit = before->right + LABEL_GAP;
      /* A label starts at its mark, or a little later when the label
       * before ends there, but never after the mark. */
      x = MAX (x, left_limit);
    }
  if (next < self->placed->len)
    {
      right_limit = MIN (right_limit, g_array_index (self->placed, Interval, next).left - LABEL_GAP);
      at_edge = FALSE;
    }

  /* Most dropped labels are rejected here, before they are measured. */
  if (x > candidate->mark_right || right_limit - x < LABEL_MIN_WIDTH / 2)
    return FALSE;

  natural = measure_text (self, font, title, &height);
  wanted = MIN (natural, LABEL_MAX_WIDTH);

  /* Stop before the next mark when that still leaves a readable label;
   * when the next mark is very close, its own label has no room anyway. */
  if (x + wanted > candidate->next_mark - LABEL_GAP
      && candidate->next_mark - LABEL_GAP - x >= LABEL_MIN_WIDTH)
    mark_limit = candidate->next_mark - LABEL_GAP;

  /* At the right edge of the frame: slide left, as far as the label
   * before allows (it then starts before its mark but still runs under
   * it). */
  if (at_edge && mark_limit == G_MAXDOUBLE && x + wanted > right_limit)
    x = MAX (MIN (x, right_limit - wanted), MAX (left_limit, EDGE_MARGIN));

  width = MIN (wanted, MIN (right_limit, mark_limit) - x);
  if (width < MIN (natural, LABEL_MIN_WIDTH))
    return FALSE;

  width = fit_text (self, font, title, width, &height);
  if (width <= 0)
    return FALSE;

  set_colour (frame->cr, &frame->palette->foreground);
  show_text (self, frame->cr, font, x, row->y + LABEL_TOP);

  add_hit (self, HIT_LABEL, x, row->y + LABEL_TOP, width, height, item->event_index,
           item->start, item->end, 1);
  last_hit (self)->group = item->group;
  add_text (self, DATELINE_RENDERER_TEXT_EVENT_LABEL, x, row->y + LABEL_TOP, width, height,
            title, item->event_index);

  placed.left = x;
  placed.right = x + width;
  g_array_insert_val (self->placed, next, placed);

  return TRUE;
}

static void
place_labels (DatelineRenderer *self,
              const Frame      *frame)
{
  guint row = G_MAXUINT;

  /* qsort() may not be given a NULL array, even of no elements. */
  if (self->candidates->len > 1)
    qsort (self->candidates->data, self->candidates->len, sizeof (LabelCandidate), compare_candidates);

  for (guint i = 0; i < self->candidates->len; i++)
    {
      const LabelCandidate *candidate = &g_array_index (self->candidates, LabelCandidate, i);

      if (candidate->row != row)
        {
          row = candidate->row;
          g_array_set_size (self->placed, 0);
        }

      place_label (self, frame, candidate, &g_array_index (self->rows, RowState, row));
    }
}

/* --- lane groups --------------------------------------------------------------- */

static void
add_band_rows (DatelineRenderer *self,
               Frame            *frame,
               GroupBand        *band,
               guint             band_index,
               guint             n_lanes)
{
  double y = band->rows_top;

  band->first_row = self->rows->len;

  for (guint r = 0; r < band->n_rows; r++)
    {
      RowState row = { 0 };
      gboolean overflow = r == band->overflow_row;

      row.y = y;
      row.height = overflow ? OVERFLOW_ROW_HEIGHT : ROW_HEIGHT;
      row.band = band_index;
      row.lane_lo = r;
      row.lane_hi = overflow ? MAX (n_lanes, 1) - 1 : r;
      row.has_labels = !overflow;
      row.last_candidate = -1;
      row.visible = row.y + row.height > frame->lanes_top && row.y < frame->lanes_bottom;
      g_array_append_val (self->rows, row);

      y += row.height;
    }

  band->bottom = y;
  band->visible = band->bottom > frame->lanes_top && band->top < frame->lanes_bottom;
}

/* The height the visible groups take with at most @cap rows each. */
static double
groups_height (DatelineLayout *layout,
               guint           cap)
{
  guint n_groups = dateline_layout_get_n_groups (layout);
  double height = 0;

  for (guint g = 0; g < n_groups; g++)
    {
      guint rows;

      if (dateline_layout_get_group_hidden (layout, g))
        continue;

      height += GROUP_HEADER_HEIGHT + GROUP_GAP;
      if (dateline_layout_get_group_collapsed (layout, g))
        continue;

      rows = MIN (dateline_layout_get_group_n_lanes (layout, g), cap);
      height += rows * ROW_HEIGHT;
      if (dateline_layout_get_group_n_lanes (layout, g) > cap && rows > 0)
        height += OVERFLOW_ROW_HEIGHT - ROW_HEIGHT;
    }

  return height;
}

/* Rows per group: DEFAULT_GROUP_ROWS when the groups do not fit anyway
 * (they scroll), else as many as still fit, so that a few groups use the
 * height they have instead of merging lanes over empty space. */
static guint
fitting_group_rows (DatelineLayout *layout,
                    double          page_height)
{
  guint lo = DEFAULT_GROUP_ROWS, hi = DEFAULT_GROUP_ROWS;
  guint n_groups = dateline_layout_get_n_groups (layout);

  for (guint g = 0; g < n_groups; g++)
    hi = MAX (hi, dateline_layout_get_group_n_lanes (layout, g));

  if (groups_height (layout, lo) > page_height)
    return lo;

  /* The largest cap that fits: groups_height() grows with the cap. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo + 1) / 2;

      if (groups_height (layout, mid) <= page_height)
        lo = mid;
      else
        hi = mid - 1;
    }

  return lo;
}

/* Where each visible group goes this frame. One band alone (no groups)
 * fills the height, its lanes beyond what fits merged in a last row; lane
 * groups each get a header and up to max_group_rows rows, and scroll. */
static void
setup_bands (DatelineRenderer *self,
             Frame            *frame)
{
  DatelineLayout *layout = frame->layout;
  guint n_groups = dateline_layout_get_n_groups (layout);
  double available = frame->lanes_bottom - frame->content_top;

  g_array_set_size (self->bands, 0);
  g_array_set_size (self->rows, 0);
  g_array_set_size (self->band_of_group, n_groups);
  for (guint g = 0; g < n_groups; g++)
    g_array_index (self->band_of_group, guint, g) = G_MAXUINT;

  self->content_height = 0;
  self->page_height = MAX (0.0, available);
  self->scroll_y = 0;

  if (!frame->has_headers)
    {
      guint n_lanes = dateline_layout_get_group_n_lanes (layout, 0);
      guint fitting = (guint) MAX (0.0, floor (available / ROW_HEIGHT));
      GroupBand band = { 0 };

      band.group = 0;
      band.top = band.rows_top = frame->content_top;
      band.overflow_row = G_MAXUINT;

      if (dateline_layout_get_group_hidden (layout, 0))
        band.n_rows = 0;
      else if (n_lanes <= fitting)
        band.n_rows = n_lanes;
      else if (available >= OVERFLOW_ROW_HEIGHT)
        {
          /* Rows with labels for the first lanes, then one compact row
           * without labels where all the other lanes are merged. */
          guint labelled = (guint) MAX (0.0, floor ((available - OVERFLOW_ROW_HEIGHT) / ROW_HEIGHT));

          band.n_rows = labelled + 1;
          band.overflow_row = labelled;
        }

      add_band_rows (self, frame, &band, 0, n_lanes);
      g_array_append_val (self->bands, band);
      g_array_index (self->band_of_group, guint, 0) = 0;
      self->content_height = band.bottom - band.top;
      return;
    }

  {
    guint cap = frame->options.max_group_rows > 0 ? frame->options.max_group_rows
                                                  : fitting_group_rows (layout, self->page_height);
    double y = 0, shift;

    for (guint p = 0; p < n_groups; p++)
      {
        guint group = dateline_layout_get_group_at_position (layout, p);
        guint n_lanes = dateline_layout_get_group_n_lanes (layout, group);
        GroupBand band = { 0 };

        if (dateline_layout_get_group_hidden (layout, group))
          continue;

        band.group = group;
        band.top = y;
        band.header_height = GROUP_HEADER_HEIGHT;
        band.rows_top = y + GROUP_HEADER_HEIGHT;
        band.overflow_row = G_MAXUINT;
        if (!dateline_layout_get_group_collapsed (layout, group))
          {
            band.n_rows = MIN (n_lanes, cap);
            if (n_lanes > cap)
              band.overflow_row = band.n_rows - 1;
          }

        /* Rows are laid out once the scroll is known. */
        band.bottom = band.rows_top;
        for (guint r = 0; r < band.n_rows; r++)
          band.bottom += r == band.overflow_row ? OVERFLOW_ROW_HEIGHT : ROW_HEIGHT;

        g_array_index (self->band_of_group, guint, group) = self->bands->len;
        g_array_append_val (self->bands, band);
        y = band.bottom + GROUP_GAP;
      }

    self->content_height = y;
    self->scroll_y = CLAMP (frame->options.scroll_y, 0.0, MAX (0.0, self->content_height - self->page_height));
    shift = frame->content_top - self->scroll_y;

    for (guint b = 0; b < self->bands->len; b++)
      {
        GroupBand *band = &g_array_index (self->bands, GroupBand, b);

        band->top += shift;
        band->rows_top += shift;
        add_band_rows (self, frame, band, b, dateline_layout_get_group_n_lanes (layout, band->group));
      }
  }
}

/* Dense: more events begin in the visible range than a third of the
 * marks its rows could show apart. Past that, rows are mostly badges and
 * the lanes beyond the rows merged into one: the band's density says more
 * (and costs O(columns log n) instead of a walk over its events). */
static gboolean
band_is_dense (const Frame     *frame,
               const GroupBand *band)
{
  double slots = band->n_rows * frame->width / (3 * MERGE_DISTANCE);

  return band->n_visible > MAX ((double) DENSE_MIN_EVENTS, slots);
}

/* The items of one group that run in the visible range: those that began
 * before it and still run, then those that begin inside it, both in start
 * order, so that every row sees its marks left to right. */
static void
draw_band_events (DatelineRenderer *self,
                  const Frame      *frame,
                  GroupBand        *band)
{
  DatelineLayout *layout = frame->layout;
  const guint32 *group_items;
  guint first_starting, end_position, n_group_items;

  group_items = dateline_layout_get_group_items (layout, band->group, &n_group_items);
  first_starting = dateline_layout_group_find_start (layout, band->group, frame->begin);
  end_position = dateline_layout_group_find_start (layout, band->group, frame->end);
  band->n_visible = end_position - first_starting;

  if (band->n_rows == 0 || !band->visible)
    return;

  band->dense = band_is_dense (frame, band);
  if (band->dense)
    return;

  for (guint k = dateline_layout_group_find_next (layout, band->group,
                                                  dateline_layout_group_find_first (layout, band->group, frame->begin),
                                                  frame->begin);
       k < first_starting;
       k = dateline_layout_group_find_next (layout, band->group, k + 1, frame->begin))
    visit_item (self, frame, band, group_items[k]);

  for (guint k = first_starting; k < end_position; k++)
    visit_item (self, frame, band, group_items[k]);

  for (guint r = band->first_row; r < band->first_row + band->n_rows; r++)
    flush_row (self, frame, r);
}

/* The colour of a group's density: its kind's when groups are kinds. */
static const Colour *
band_colour (const Frame     *frame,
             const GroupBand *band)
{
  if (dateline_layout_get_lane_mode (frame->layout) == DATELINE_LANES_KIND)
    {
      guint n;
      const guint32 *items = dateline_layout_get_group_items (frame->layout, band->group, &n);

      if (n > 0)
        return kind_colour (frame, frame->items[items[0]].kind);
    }

  return &frame->palette->histogram;
}

/* The columns of a density: DENSE_COLUMN_WIDTH pixels each, or, once a
 * day is wider than two of them, one per day, aligned on the days. Events
 * dated to a day all begin at its midnight: pixel columns would stack a
 * busy day's hundreds of events into a sliver at 00:00 however far one
 * zooms, while day columns span the day they happened on. */
typedef struct {
  gboolean by_day;
  double   first;      /* by_day: the first day shown */
  guint    n_columns;
} Columns;

static Columns
density_columns (const Frame *frame)
{
  Columns columns = { FALSE, 0, 0 };

  if (frame->scale >= 2 * DENSE_COLUMN_WIDTH)
    {
      columns.by_day = TRUE;
      columns.first = floor (frame->begin);
      columns.n_columns = (guint) MAX (0.0, ceil (frame->end) - columns.first);
    }
  else
    columns.n_columns = (guint) ceil (frame->width / DENSE_COLUMN_WIDTH);

  return columns;
}

static void
density_column_range (const Frame   *frame,
                      const Columns *columns,
                      guint          c,
                      double        *t0,
                      double        *t1)
{
  if (columns->by_day)
    {
      *t0 = columns->first + c;
      *t1 = columns->first + c + 1;
    }
  else
    {
      *t0 = frame->begin + c * DENSE_COLUMN_WIDTH / frame->scale;
      *t1 = frame->begin + (c + 1) * DENSE_COLUMN_WIDTH / frame->scale;
    }
}

/* Where column @c is drawn: [*x0, *x1) in the frame (clamped to it). */
static void
density_column_x (const Frame   *frame,
                  const Columns *columns,
                  guint          c,
                  double        *x0,
                  double        *x1)
{
  double t0, t1;

  if (!columns->by_day)
    {
      *x0 = c * DENSE_COLUMN_WIDTH;
      *x1 = *x0 + DENSE_COLUMN_WIDTH;
      return;
    }
  density_column_range (frame, columns, c, &t0, &t1);
  *x0 = clamp_to_frame (frame, round ((t0 - frame->begin) * frame->scale));
  *x1 = clamp_to_frame (frame, round ((t1 - frame->begin) * frame->scale));
}

/* Dense groups, and collapsed ones in their header: how many events begin
 * in each column, by two binary searches a column. Counted for all bands
 * first, so that columns compare across groups (one scale). */
static void
draw_density (DatelineRenderer *self,
              const Frame      *frame)
{
  cairo_t *cr = frame->cr;
  Columns columns = density_columns (frame);
  guint n_columns = columns.n_columns;
  guint max_count = 1, used = 0;

  for (guint b = 0; b < self->bands->len; b++)
    {
      GroupBand *band = &g_array_index (self->bands, GroupBand, b);
      gboolean collapsed = band->n_rows == 0 && band->header_height > 0;
      guint previous;
      double t0, t1;

      if (!band->visible || !(band->dense || (collapsed && band->n_visible > 0)))
        {
          band->first_column = G_MAXUINT;
          continue;
        }

      band->first_column = used;
      used += n_columns;
      if (self->columns->len < used)
        g_array_set_size (self->columns, used);

      density_column_range (frame, &columns, 0, &t0, &t1);
      previous = dateline_layout_group_find_start (frame->layout, band->group, t0);
      for (guint c = 0; c < n_columns; c++)
        {
          guint next;

          density_column_range (frame, &columns, c, &t0, &t1);
          next = dateline_layout_group_find_start (frame->layout, band->group, t1);
          g_array_index (self->columns, guint, band->first_column + c) = next - previous;
          if (band->dense)
            max_count = MAX (max_count, next - previous);
          previous = next;
        }
    }

  for (guint b = 0; b < self->bands->len; b++)
    {
      const GroupBand *band = &g_array_index (self->bands, GroupBand, b);
      guint n_lanes = dateline_layout_get_group_n_lanes (frame->layout, band->group);
      guint band_max = 1;
      double top, bottom;

      if (band->first_column == G_MAXUINT)
        continue;

      if (band->dense)
        {
          top = round (band->rows_top + 2);
          bottom = round (band->bottom - 2);
          /* One band alone: the whole height, under the message. */
          if (!frame->has_headers)
            {
              top = round (band->rows_top + 28);
              bottom = round (frame->lanes_bottom - 4);
            }
        }
      else
        {
          /* Collapsed: a thin histogram along the header's bottom, scaled
           * to itself. */
          top = round (band->top + band->header_height - 9);
          bottom = round (band->top + band->header_height - 2);
          for (guint c = 0; c < n_columns; c++)
            band_max = MAX (band_max, g_array_index (self->columns, guint, band->first_column + c));
        }

      if (bottom - top < 2)
        continue;

      set_colour (cr, band_colour (frame, band));
      for (guint c = 0; c < n_columns; c++)
        {
          guint count = g_array_index (self->columns, guint, band->first_column + c);
          double t0, t1, x0, x1;
          double height;
          HitArea *hit;

          if (count == 0)
            continue;

          density_column_range (frame, &columns, c, &t0, &t1);
          density_column_x (frame, &columns, c, &x0, &x1);
          if (x1 - x0 < 1)
            continue;

          /* Logarithmic, so that a quiet week next to a busy one still
           * shows; whole pixels, which cairo fills fastest. */
          height = MAX (2.0, round ((bottom - top) * log1p (count) / log1p (band->dense ? max_count : band_max)));
          cairo_rectangle (cr, x0, bottom - height, MAX (1.0, x1 - x0 - 1), height);

          if (band->dense)
            {
              add_hit (self, HIT_CLUSTER, x0, band->rows_top, x1 - x0,
                       MAX (bottom, band->bottom) - band->rows_top, G_MAXUINT, t0, t1, count);
              hit = last_hit (self);
              hit->group = band->group;
              hit->lane_lo = 0;
              hit->lane_hi = (guint16) MIN (MAX (n_lanes, 1) - 1, G_MAXUINT16);

              /* A day wide enough says its count, over its bar (inside
               * its top when the bar is full height). */
              if (columns.by_day && bottom - top >= BADGE_HEIGHT + 4)
                {
                  char text[16];
                  double text_width, text_height;

                  g_snprintf (text, sizeof text, count > 9999 ? "9999+" : "%u", count);
                  text_width = badge_text_width (self, text, &text_height);
                  /* Centred on the visible part of the day. */
                  double left = MAX (x0, 0), right = MIN (x1 - 1, frame->width);

                  if (text_width + 10 <= right - left - 2)
                    {
                      Badge badge = {
                        (float) ((left + right) / 2 - (text_width + 10) / 2),
                        (float) MAX (top, bottom - height - BADGE_HEIGHT - 2),
                        (float) (text_width + 10),
                        (float) ((left + right) / 2 - text_width / 2),
                        count,
                      };

                      g_array_append_val (self->badges, badge);
                    }
                }
            }
        }
      cairo_fill (cr);
    }

  /* The days' counts, in one batch like the rows' badges. */
  if (self->badges->len > 0)
    flush_batches (self, frame);
}

/* The events an event is in, several times over (its actors' groups),
 * are linked while it is selected: a dashed line through its marks. */
static void
draw_selection_links (DatelineRenderer *self,
                      const Frame      *frame)
{
  cairo_t *cr = frame->cr;
  static const double dashes[] = { 3.0, 3.0 };
  const guint32 *items;
  double top = G_MAXDOUBLE, bottom = -G_MAXDOUBLE, x = 0;
  guint n, n_drawn = 0;

  if (frame->options.selected_event == G_MAXUINT)
    return;

  items = dateline_layout_lookup_event_items (frame->layout, frame->options.selected_event, &n);
  if (n < 2)
    return;

  for (guint k = 0; k < n; k++)
    {
      const DatelineLayoutItem *item = &frame->items[items[k]];
      guint band_index = g_array_index (self->band_of_group, guint, item->group);
      const GroupBand *band;
      const RowState *row;
      double y;

      if (band_index == G_MAXUINT)
        continue;
      band = &g_array_index (self->bands, GroupBand, band_index);
      if (band->n_rows == 0 || band->dense)
        continue;

      row = &g_array_index (self->rows, RowState, row_of_item (self, band, item));
      y = row->y + MARK_CENTER_Y;
      top = MIN (top, y);
      bottom = MAX (bottom, y);
      x = (time_to_x (frame, item->start) + time_to_x (frame, item->end)) / 2;
      n_drawn++;
    }

  if (n_drawn < 2 || x < -10 || x > frame->width + 10)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, MAX (frame->hairline, 1.0));
  set_colour_alpha (cr, &frame->palette->accent, 0.8);
  cairo_move_to (cr, dateline_renderer_snap_x (cr, x), top + MARK_RADIUS + SELECTION_GAP + SELECTION_WIDTH);
  cairo_line_to (cr, dateline_renderer_snap_x (cr, x), bottom - MARK_RADIUS - SELECTION_GAP - SELECTION_WIDTH);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Sources that disagree: each date another source claims gets its own
 * small mark in the event's row, linked to the event's mark by a thin arc,
 * so that the disagreement is seen rather than resolved silently. */
static void
draw_claims (DatelineRenderer *self,
             const Frame      *frame)
{
  cairo_t *cr = frame->cr;
  static const double dashes[] = { 3.0, 2.0 };
  guint n_links = dateline_layout_get_n_claim_links (frame->layout);
  guint drawn = 0;

  if (n_links == 0)
    return;

  cairo_save (cr);

  for (guint k = dateline_layout_find_first_claim (frame->layout, frame->begin);
       k < n_links && drawn < MAX_CLAIM_LINKS;
       k++)
    {
      double left, right;
      const DatelineLayoutClaim *claim = dateline_layout_get_claim_link (frame->layout, k, &left, &right);
      const guint32 *items;
      guint n_items;

      if (left >= frame->end)
        break;
      if (right <= frame->begin)
        continue;

      items = dateline_layout_lookup_event_items (frame->layout, claim->event_index, &n_items);
      for (guint i = 0; i < n_items; i++)
        {
          const DatelineLayoutItem *item = &frame->items[items[i]];
          guint band_index = g_array_index (self->band_of_group, guint, item->group);
          const Colour *colour = kind_colour (frame, item->kind);
          const GroupBand *band;
          const RowState *row;
          double cy, xm, xc, lift, c0, c1;

          if (band_index == G_MAXUINT)
            continue;
          band = &g_array_index (self->bands, GroupBand, band_index);
          if (band->n_rows == 0 || band->dense)
            continue;
          row = &g_array_index (self->rows, RowState, row_of_item (self, band, item));
          if (!row->visible)
            continue;

          cy = row->y + MARK_CENTER_Y;
          xm = clamp_to_frame (frame, time_to_x (frame, (item->start + item->end) / 2));
          xc = clamp_to_frame (frame, time_to_x (frame, (claim->start + claim->end) / 2));
          lift = MIN (9.0, 3.0 + fabs (xc - xm) / 20);

          /* The arc: from the top of the event's mark over to the claim. */
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
          cairo_set_line_width (cr, MAX (frame->hairline, 1.0));
          set_colour_alpha (cr, colour, 0.75);
          c0 = xm + (xc - xm) / 4;
          c1 = xc - (xc - xm) / 4;
          cairo_move_to (cr, xm, cy - MARK_RADIUS);
          cairo_curve_to (cr, c0, cy - MARK_RADIUS - lift, c1, cy - MARK_RADIUS - lift, xc, cy - CLAIM_RADIUS);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);

          if (xc < -CLAIM_RADIUS || xc > frame->width + CLAIM_RADIUS)
            continue;

          /* The claimed date: the event's shape, small and hollow; a span
           * when the claim is coarser and wide enough to show it. */
          if (time_to_x (frame, claim->end) - time_to_x (frame, claim->start) >= 2 * CLAIM_RADIUS + 4)
            {
              double x0 = clamp_to_frame (frame, time_to_x (frame, claim->start));
              double x1 = clamp_to_frame (frame, time_to_x (frame, claim->end));

              if (claim->flags & DATELINE_LAYOUT_FLAG_SPAN)
                draw_soft_bar (self, frame, item->kind, x0, x1, cy - 3, 6, MIN (SOFT_END, (x1 - x0) / 3), TRUE);
              else
                {
                  rounded_rectangle (cr, x0 + 1, cy - 3, x1 - x0 - 2, 6, 3);
                  set_colour_alpha (cr, colour, 0.3);
                  cairo_fill_preserve (cr);
                  set_colour (cr, colour);
                  cairo_set_line_width (cr, 1.5);
                  cairo_stroke (cr);
                }
            }

          kind_shape_path (cr, item->kind, xc, cy, CLAIM_RADIUS);
          set_colour (cr, colour);
          cairo_fill (cr);
          kind_shape_path (cr, item->kind, xc, cy, CLAIM_RADIUS - 1.75);
          set_colour (cr, &frame->palette->background);
          cairo_fill (cr);

          add_hit (self, HIT_CLAIM, xc - CLAIM_RADIUS - 1, cy - CLAIM_RADIUS - 1,
                   2 * CLAIM_RADIUS + 2, 2 * CLAIM_RADIUS + 2, claim->event_index,
                   claim->start, claim->end, 1);
          last_hit (self)->group = item->group;
        }

      drawn++;
    }

  cairo_restore (cr);
}

static void
draw_overflow_notes (DatelineRenderer *self,
                     const Frame      *frame)
{
  for (guint b = 0; b < self->bands->len; b++)
    {
      const GroupBand *band = &g_array_index (self->bands, GroupBand, b);
      g_autofree char *text = NULL;
      const RowState *row;
      guint hidden;
      double width, height;

      if (band->overflow_row == G_MAXUINT || band->dense)
        continue;

      row = &g_array_index (self->rows, RowState, band->first_row + band->overflow_row);
      if (!row->visible)
        continue;

      hidden = row->lane_hi - row->lane_lo + 1;
      /* Translators: the last row of a lane group holds the events of
       * several rows that did not fit. */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row merged here", "%u rows merged here", hidden),
                              hidden);
      width = measure_text (self, FONT_BADGE, text, &height);

      if (frame->width < width + 2 * EDGE_MARGIN)
        continue;

      set_colour (frame->cr, &frame->palette->secondary);
      show_text (self, frame->cr, FONT_BADGE, frame->width - width - 4, row->y + MARK_CENTER_Y + 7);
    }
}

/* Headers stay at the left edge whatever the pan (they are drawn in frame
 * coordinates), and the header of the group at the top stays at the top
 * of the lane area while its rows are scrolled under it, pushed up by the
 * next group's header. */
static void
draw_headers (DatelineRenderer *self,
              const Frame      *frame)
{
  cairo_t *cr = frame->cr;

  for (guint b = 0; b < self->bands->len; b++)
    {
      const GroupBand *band = &g_array_index (self->bands, GroupBand, b);
      const char *label = dateline_layout_get_group_label (frame->layout, band->group);
      gboolean collapsed = band->n_rows == 0;
      char count[32];
      double y = band->top, h = band->header_height;
      double label_width, label_height, count_width, x;

      if (!band->visible || h <= 0)
        continue;

      if (y < frame->lanes_top)
        y = MIN (frame->lanes_top, band->bottom - h);

      /* Under the header, cover the rows scrolled beneath a sticky one;
       * then the separator above it. */
      set_colour (cr, &frame->palette->header_background);
      cairo_rectangle (cr, 0, y, frame->width, h);
      cairo_fill (cr);
      set_colour (cr, &frame->palette->grid_major);
      add_hline (cr, frame, y, 0, frame->width);
      cairo_fill (cr);

      /* The density of a collapsed group, redrawn over the background. */
      if (collapsed && band->first_column != G_MAXUINT)
        {
          /* The columns draw_density() counted. */
          Columns columns = density_columns (frame);
          guint n_columns = columns.n_columns;
          guint band_max = 1;

          for (guint c = 0; c < n_columns; c++)
            band_max = MAX (band_max, g_array_index (self->columns, guint, band->first_column + c));

          set_colour_alpha (cr, band_colour (frame, band), 0.8);
          for (guint c = 0; c < n_columns; c++)
            {
              guint n = g_array_index (self->columns, guint, band->first_column + c);
              double bar;

              if (n == 0)
                continue;
              double x0, x1;

              bar = MAX (2.0, 7.0 * log1p (n) / log1p (band_max));
              density_column_x (frame, &columns, c, &x0, &x1);
              if (x1 - x0 >= 1)
                cairo_rectangle (cr, x0, y + h - 2 - bar, MAX (1.0, x1 - x0 - 1), bar);
            }
          cairo_fill (cr);
        }

      /* The arrow: down when open, right when collapsed. */
      set_colour (cr, &frame->palette->secondary);
      if (collapsed)
        {
          cairo_move_to (cr, 9, y + h / 2 - 4.5);
          cairo_line_to (cr, 14, y + h / 2);
          cairo_line_to (cr, 9, y + h / 2 + 4.5);
        }
      else
        {
          cairo_move_to (cr, 7, y + h / 2 - 2.5);
          cairo_line_to (cr, 16, y + h / 2 - 2.5);
          cairo_line_to (cr, 11.5, y + h / 2 + 2.5);
        }
      cairo_close_path (cr);
      cairo_fill (cr);

      g_snprintf (count, sizeof count, "%u", dateline_layout_get_group_n_items (frame->layout, band->group));
      count_width = measure_text (self, FONT_AXIS, count, NULL);

      x = 22;
      label_width = fit_text (self, FONT_AXIS_BOLD, *label != '\0' ? label : "—",
                                      MAX (0.0, frame->width - x - count_width - 24), &label_height);
      if (label_width > 0)
        {
          /* A chip under the text, so that it reads over a histogram. */
          set_colour (cr, &frame->palette->header_background);
          cairo_rectangle (cr, x - 3, y + 2, label_width + count_width + 16, h - 4);
          cairo_fill (cr);

          set_colour (cr, &frame->palette->foreground);
          show_text (self, cr, FONT_AXIS_BOLD, x, y + (h - label_height) / 2);
          add_text (self, DATELINE_RENDERER_TEXT_GROUP, x, y + (h - label_height) / 2, label_width,
                    label_height, label, G_MAXUINT);

          measure_text (self, FONT_AXIS, count, NULL);
          set_colour (cr, &frame->palette->secondary);
          show_text (self, cr, FONT_AXIS, x + label_width + 8, y + (h - label_height) / 2);
        }

      add_hit (self, HIT_GROUP_HEADER, 0, y, frame->width, h, G_MAXUINT, 0, 0, 0);
      last_hit (self)->group = band->group;
    }
}

/* --- axis markers -------------------------------------------------------------- */

/* Returns FALSE when [left, right) overlaps a label already in the strip. */
static gboolean
strip_is_free (DatelineRenderer *self,
               double            left,
               double            right)
{
  for (guint i = 0; i < self->placed->len; i++)
    {
      const Interval *placed = &g_array_index (self->placed, Interval, i);

      if (left < placed->right + AXIS_LABEL_GAP && placed->left < right + AXIS_LABEL_GAP)
        return FALSE;
    }

  return TRUE;
}

static void
strip_take (DatelineRenderer *self,
            double            left,
            double            right)
{
  Interval placed = { left, right };

  g_array_append_val (self->placed, placed);
}

/* Today (given by the caller: the renderer never reads the clock, so that
 * an export is reproducible) and the publication date of each article: a
 * line across the lanes, a tick on the axis and a label in the strip under
 * it. Drawn before the events, which go over the lines. */
static void
draw_markers_unflushed (DatelineRenderer *self,
                        const Frame      *frame)
{
  cairo_t *cr = frame->cr;
  double strip_y = AXIS_HEIGHT;
  const DatelineLayoutMarker *markers;
  guint n_markers = 0, first, last;
  gboolean sparse;

  if (!frame->has_strip)
    return;

  g_array_set_size (self->placed, 0);

  /* Today first: its label wins the strip. */
  if (frame->options.today > 0)
    {
      double today = floor (frame->options.today);
      double x0 = time_to_x (frame, today);
      double x1 = time_to_x (frame, today + 1);
      double x = (x0 + x1) / 2;

      if (x1 >= 0 && x0 <= frame->width)
        {
          const char *text = _("Today");
          double width, height, chip_x;

          if (x1 - x0 >= 6)
            {
              set_colour_alpha (cr, &frame->palette->accent, 0.08);
              cairo_rectangle (cr, MAX (x0, 0), frame->lanes_top, MIN (x1, frame->width) - MAX (x0, 0),
                               frame->lanes_bottom - frame->lanes_top);
              cairo_fill (cr);
            }

          /* Two device pixels, on device pixel edges. */
          {
            double line = dateline_renderer_snap_x (cr, x) - frame->hairline / 2;

            set_colour (cr, &frame->palette->accent);
            cairo_rectangle (cr, line - frame->hairline, strip_y, 2 * frame->hairline,
                             frame->lanes_bottom - strip_y);
            cairo_fill (cr);
          }

          width = measure_text (self, FONT_BADGE, text, &height);
          chip_x = CLAMP (x - width / 2 - 5, EDGE_MARGIN, frame->width - width - 10 - EDGE_MARGIN);
          rounded_rectangle (cr, chip_x, strip_y + 2, width + 10, MARKER_STRIP_HEIGHT - 4, (MARKER_STRIP_HEIGHT - 4) / 2);
          cairo_fill (cr);
          set_colour (cr, &frame->palette->accent_text);
          show_text (self, cr, FONT_BADGE, chip_x + 5, strip_y + (MARKER_STRIP_HEIGHT - height) / 2);
          add_text (self, DATELINE_RENDERER_TEXT_MARKER, chip_x + 5, strip_y + (MARKER_STRIP_HEIGHT - height) / 2,
                    width, height, text, G_MAXUINT);
          strip_take (self, chip_x, chip_x + width + 10);

          add_hit (self, HIT_TODAY, MIN (chip_x, x - 3), strip_y, MAX (width + 10, 6), MARKER_STRIP_HEIGHT,
                   G_MAXUINT, today, today + 1, 0);
        }
    }

  markers = dateline_layout_get_markers (frame->layout, &n_markers);
  if (n_markers == 0)
    return;

  first = dateline_layout_find_marker (frame->layout, frame->begin - 1);
  last = dateline_layout_find_marker (frame->layout, frame->end);
  /* Lines and labels while markers are apart; only ticks when hundreds
   * of articles crowd the axis. */
  sparse = (last - first) * MARKER_MIN_SPACING <= frame->width;

  cairo_save (cr);
  cairo_set_line_width (cr, frame->hairline);
  for (guint m = first; m < last; m++)
    {
      double x = time_to_x (frame, markers[m].day + 0.5);
      double snapped;

      if (x < -MARKER_TRIANGLE || x > frame->width + MARKER_TRIANGLE)
        continue;

      snapped = dateline_renderer_snap_x (cr, x);
      set_colour (cr, &frame->palette->secondary);
      cairo_move_to (cr, snapped - MARKER_TRIANGLE, strip_y - MARKER_TRIANGLE - 1);
      cairo_line_to (cr, snapped + MARKER_TRIANGLE, strip_y - MARKER_TRIANGLE - 1);
      cairo_line_to (cr, snapped, strip_y);
      cairo_close_path (cr);
      cairo_fill (cr);

      if (sparse)
        {
          static const double dots[] = { 2.0, 3.0 };

          cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
          set_colour (cr, &frame->palette->grid_major);
          cairo_move_to (cr, snapped, strip_y);
          cairo_line_to (cr, snapped, frame->lanes_bottom);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }

      add_hit (self, HIT_MARKER, x - MARKER_TRIANGLE, strip_y - MARKER_TRIANGLE - 2,
               2 * MARKER_TRIANGLE, MARKER_TRIANGLE + 2 + MARKER_STRIP_HEIGHT, m,
               markers[m].day, markers[m].day + 1, 0);

      if (sparse && *markers[m].label != '\0')
        {
          double label_x = MAX (x + 3, EDGE_MARGIN);
          double room = MIN (MARKER_LABEL_MAX, frame->width - EDGE_MARGIN - label_x);
          double width, height;

          if (room < LABEL_MIN_WIDTH || !strip_is_free (self, label_x, label_x + LABEL_MIN_WIDTH))
            continue;

          /* Up to the next label already in the strip (today's). */
          for (guint i = 0; i < self->placed->len; i++)
            {
              const Interval *placed = &g_array_index (self->placed, Interval, i);

              if (placed->left > label_x)
                room = MIN (room, placed->left - AXIS_LABEL_GAP - label_x);
            }

          width = fit_text (self, FONT_AXIS, markers[m].label, room, &height);
          if (width <= 0 || !strip_is_free (self, label_x, label_x + width))
            continue;

          set_colour (cr, &frame->palette->secondary);
          show_text (self, cr, FONT_AXIS, label_x, strip_y + (MARKER_STRIP_HEIGHT - height) / 2);
          add_text (self, DATELINE_RENDERER_TEXT_MARKER, label_x, strip_y + (MARKER_STRIP_HEIGHT - height) / 2,
                    width, height, markers[m].label, G_MAXUINT);
          strip_take (self, label_x, label_x + width);
          /* The label is part of the marker. */
          last_hit (self)->width = label_x + width - last_hit (self)->x;
        }
    }
  cairo_restore (cr);
}

static void
draw_markers (DatelineRenderer *self,
              const Frame      *frame)
{
  draw_markers_unflushed (self, frame);
  flush_texts (self, frame->cr);
}

/* --- undated tray ------------------------------------------------------------ */

/* Undated events are listed at the bottom, titled and with the phrase
 * that failed to give them a date, in a dashed chip: they are real events
 * with no place on the axis, and are never given one. */
static void
draw_tray (DatelineRenderer *self,
           const Frame      *frame)
{
  cairo_t *cr = frame->cr;
  const DatelineLayoutUndated *undated;
  guint n_undated = 0, shown = 0;
  static const double dashes[] = { 3.0, 2.0 };
  const char *heading = _("Undated");
  double top = frame->height - TRAY_HEIGHT;
  double chip_y = top + 5, chip_h = TRAY_HEIGHT - 10;
  double x, heading_width, heading_height, more_width;
  char more[64];

  undated = dateline_layout_get_undated (frame->layout, &n_undated);

  set_colour (cr, &frame->palette->axis_background);
  cairo_rectangle (cr, 0, top, frame->width, TRAY_HEIGHT);
  cairo_fill (cr);
  set_colour (cr, &frame->palette->grid_major);
  add_hline (cr, frame, top, 0, frame->width);
  cairo_fill (cr);

  heading_width = measure_text (self, FONT_AXIS_BOLD, heading, &heading_height);
  if (heading_width + 16 > frame->width)
    return;
  set_colour (cr, &frame->palette->secondary);
  show_text (self, cr, FONT_AXIS_BOLD, 8, top + (TRAY_HEIGHT - heading_height) / 2);
  add_text (self, DATELINE_RENDERER_TEXT_TRAY, 8, top + (TRAY_HEIGHT - heading_height) / 2,
            heading_width, heading_height, heading, G_MAXUINT);
  x = 8 + heading_width + 10;

  /* Room kept for "+N more" at the end. */
  g_snprintf (more, sizeof more, _("+%u more"), n_undated);
  more_width = measure_text (self, FONT_BADGE, more, NULL) + 16;

  cairo_save (cr);
  for (guint u = 0; u < n_undated; u++)
    {
      const DatelineLayoutUndated *entry = &undated[u];
      g_autofree char *phrase = entry->phrase != NULL ? g_strdup_printf (_("“%s”"), entry->phrase)
                                                      : g_strdup (_("no date"));
      double room = frame->width - x - (u + 1 < n_undated ? more_width : 0) - EDGE_MARGIN;
      double phrase_width, phrase_height, title_width, title_height, chip_w;
      const Colour *colour;

      phrase_width = measure_text (self, FONT_AXIS, phrase, &phrase_height);
      /* symbol, title, phrase and padding */
      title_width = fit_text (self, FONT_LABEL, *entry->title != '\0' ? entry->title : "—",
                                      MIN (TRAY_ENTRY_MAX, room - phrase_width - 38), &title_height);
      if (title_width <= 0)
        break;
      chip_w = title_width + phrase_width + 38;

      /* The chip: dashed, as nothing about its place is known. */
      colour = entry->kind < DATELINE_EVENT_N_KINDS ? &frame->palette->kinds[entry->kind] : &frame->palette->secondary;
      rounded_rectangle (cr, x + 0.5, chip_y + 0.5, chip_w - 1, chip_h - 1, chip_h / 2);
      if (is_selected (frame, entry->event_index) || entry->event_index == frame->options.hover_event)
        {
          set_colour_alpha (cr, &frame->palette->accent, 0.15);
          cairo_fill_preserve (cr);
        }
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, 1.0);
      if (is_selected (frame, entry->event_index))
        set_colour (cr, &frame->palette->accent);
      else
        set_colour (cr, &frame->palette->grid_major);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      kind_shape_path (cr, entry->kind, x + 12, chip_y + chip_h / 2, 4.0);
      set_colour (cr, colour);
      cairo_fill (cr);

      set_colour (cr, &frame->palette->foreground);
      show_text (self, cr, FONT_LABEL, x + 22, chip_y + (chip_h - title_height) / 2);
      add_text (self, DATELINE_RENDERER_TEXT_TRAY, x + 22, chip_y + (chip_h - title_height) / 2,
                title_width, title_height, entry->title, entry->event_index);

      measure_text (self, FONT_AXIS, phrase, NULL);
      set_colour (cr, &frame->palette->secondary);
      show_text (self, cr, FONT_AXIS, x + 22 + title_width + 6, chip_y + (chip_h - phrase_height) / 2);
      add_text (self, DATELINE_RENDERER_TEXT_TRAY, x + 22 + title_width + 6, chip_y + (chip_h - phrase_height) / 2,
                phrase_width, phrase_height, phrase, entry->event_index);

      add_hit (self, HIT_TRAY, x, chip_y, chip_w, chip_h, entry->event_index, 0, 0, 1);
      x += chip_w + 6;
      shown++;
    }

  if (shown < n_undated)
    {
      double height, width;

      g_snprintf (more, sizeof more, _("+%u more"), n_undated - shown);
      width = measure_text (self, FONT_BADGE, more, &height);
      if (x + width + 12 <= frame->width)
        {
          rounded_rectangle (cr, x, chip_y, width + 12, chip_h, chip_h / 2);
          set_colour (cr, &frame->palette->badge);
          cairo_fill (cr);
          set_colour (cr, &frame->palette->badge_text);
          show_text (self, cr, FONT_BADGE, x + 6, chip_y + (chip_h - height) / 2);
          add_hit (self, HIT_TRAY_MORE, x, chip_y, width + 12, chip_h, G_MAXUINT, 0, 0, n_undated - shown);
        }
    }
  flush_texts (self, cr);
  cairo_restore (cr);
}

/* --- events ------------------------------------------------------------------ */

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

static void
draw_events (DatelineRenderer *self,
             Frame            *frame)
{
  cairo_t *cr = frame->cr;

  setup_bands (self, frame);
  g_array_set_size (self->candidates, 0);

  cairo_save (cr);
  cairo_rectangle (cr, 0, frame->lanes_top, frame->width, frame->lanes_bottom - frame->lanes_top);
  cairo_clip (cr);

  for (guint b = 0; b < self->bands->len; b++)
    draw_band_events (self, frame, &g_array_index (self->bands, GroupBand, b));
  flush_batches (self, frame);

  draw_density (self, frame);
  draw_claims (self, frame);
  draw_selection_links (self, frame);
  place_labels (self, frame);
  draw_overflow_notes (self, frame);
  flush_texts (self, cr);
  draw_headers (self, frame);
  flush_texts (self, cr);

  /* One band alone, too dense for marks: say why there are none. */
  if (!frame->has_headers && self->bands->len == 1
      && g_array_index (self->bands, GroupBand, 0).dense)
    {
      guint n_visible = g_array_index (self->bands, GroupBand, 0).n_visible;
      g_autofree char *message = NULL;

      /* Zoomed in to days, more zoom does not part events of one day:
       * the way to them is the day's list. */
      if (density_columns (frame).by_day)
        /* Translators: shown over the bars of a day each, when too many
         * events of the same days are visible to draw one by one. */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%'u event — click its day to list it",
                                                "%'u events — click a day to list them",
                                                n_visible),
                                   n_visible);
      else
        /* Translators: shown over the histogram drawn when too many events
         * are visible to draw one by one. */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%'u event — zoom in to see it",
                                                "%'u events — zoom in to see them",
                                                n_visible),
                                   n_visible);
      draw_message (self, frame, message, frame->content_top);
    }

  cairo_restore (cr);
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
                                       "%'u event without a date is not shown",
                                       "%'u events without a date are not shown",
                                       n_undated),
                          n_undated);
  width = measure_text (self, FONT_AXIS, text, &height);
  if (width + 8 > frame->width)
    return;

  set_colour (frame->cr, &frame->palette->secondary);
  show_text (self, frame->cr, FONT_AXIS, 6, frame->height - STATUS_HEIGHT + (STATUS_HEIGHT - height) / 2);
}

static void
draw_empty (DatelineRenderer *self,
            const Frame      *frame)
{
  guint n_undated = frame->layout != NULL ? dateline_layout_get_n_undated (frame->layout) : 0;
  double middle = (frame->lanes_top + frame->lanes_bottom) / 2;

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

/* --- labels shared with the layout -------------------------------------------- */

const char *
dateline_renderer_kind_group_label (guint kind)
{
  switch (kind)
    {
    case DATELINE_EVENT_MEETING:   return C_("lane of an event kind", "Meetings");
    case DATELINE_EVENT_TALKS:     return C_("lane of an event kind", "Talks");
    case DATELINE_EVENT_STATEMENT: return C_("lane of an event kind", "Statements");
    case DATELINE_EVENT_THREAT:    return C_("lane of an event kind", "Threats");
    case DATELINE_EVENT_ATTACK:    return C_("lane of an event kind", "Attacks");
    case DATELINE_EVENT_SANCTION:  return C_("lane of an event kind", "Sanctions");
    case DATELINE_EVENT_AGREEMENT: return C_("lane of an event kind", "Agreements");
    case DATELINE_EVENT_DEADLINE:  return C_("lane of an event kind", "Deadlines");
    case DATELINE_EVENT_VOTE:      return C_("lane of an event kind", "Votes");
    case DATELINE_EVENT_CALL:      return C_("lane of an event kind", "Calls");
    case DATELINE_EVENT_ELECTION:  return C_("lane of an event kind", "Elections");
    case DATELINE_EVENT_OTHER:
    default:                       return C_("lane of an event kind", "Other events");
    }
}

const char *
dateline_renderer_no_group_label (DatelineLaneMode mode)
{
  switch (mode)
    {
    case DATELINE_LANES_ACTOR:
      /* Translators: the lane of events in which no actor was found. */
      return _("No actor");
    case DATELINE_LANES_ARTICLE:
      return _("No article");
    case DATELINE_LANES_SINGLE:
    case DATELINE_LANES_KIND:
    default:
      return _("Other");
    }
}

const DatelinePalette *
dateline_renderer_get_palette (gboolean dark)
{
  return dark ? &dark_palette : &light_palette;
}

/* --- GObject ------------------------------------------------------------------- */

static void
dateline_renderer_finalize (GObject *object)
{
  DatelineRenderer *self = DATELINE_RENDERER (object);

  g_clear_pointer (&self->text_cache, g_hash_table_unref);
  for (guint b = 0; self->glyph_batches != NULL && b < self->glyph_batches->len; b++)
    g_array_unref (g_array_index (self->glyph_batches, GlyphBatch, b).glyphs);
  g_clear_pointer (&self->glyph_batches, g_array_unref);
  g_clear_object (&self->message_layout);
  for (guint f = 0; f < N_FONTS; f++)
    g_clear_pointer (&self->fonts[f], pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->font_family, g_free);
  for (guint d = 0; d < 2; d++)
    for (guint k = 0; k < DATELINE_EVENT_N_KINDS; k++)
      for (guint f = 0; f < N_FADES; f++)
        g_clear_pointer (&self->fades[d][k][f], cairo_pattern_destroy);
  g_clear_pointer (&self->bands, g_array_unref);
  g_clear_pointer (&self->band_of_group, g_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->candidates, g_array_unref);
  g_clear_pointer (&self->placed, g_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->point_marks, g_array_unref);
  g_clear_pointer (&self->badges, g_array_unref);
  g_clear_pointer (&self->glyphs, g_array_unref);
  g_clear_pointer (&self->digit_font, cairo_scaled_font_destroy);
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

/* The locale's clock and date order (LC_TIME): "%r" or "%I" in the time
 * format means a 12-hour clock; "%m" before "%d" (or "%D") in the date
 * format means the month comes first. The C locale is nobody's: it keeps
 * the untranslated formats (24 hours, day before month). */
static void
read_time_conventions (DatelineRenderer *self)
{
  const char *locale = setlocale (LC_TIME, NULL);
  const char *time_format, *date_format, *month, *day;

  self->twelve_hour = FALSE;
  self->month_first = FALSE;
  if (locale == NULL || strcmp (locale, "C") == 0 || strcmp (locale, "POSIX") == 0
      || g_str_has_prefix (locale, "C."))
    return;

  time_format = nl_langinfo (T_FMT);
  date_format = nl_langinfo (D_FMT);

  self->twelve_hour = time_format != NULL
                      && (strstr (time_format, "%r") != NULL || strstr (time_format, "%I") != NULL
                          || strstr (time_format, "%l") != NULL);

  month = date_format != NULL ? strstr (date_format, "%m") : NULL;
  day = date_format != NULL ? strstr (date_format, "%d") : NULL;
  if (day == NULL && date_format != NULL)
    day = strstr (date_format, "%e");
  self->month_first = (date_format != NULL && strstr (date_format, "%D") != NULL)
                      || (month != NULL && day != NULL && month < day);
}

static void
dateline_renderer_init (DatelineRenderer *self)
{
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  self->text_cache = g_hash_table_new_full (cached_text_hash, cached_text_equal, cached_text_free, NULL);
  self->glyph_batches = g_array_new (FALSE, FALSE, sizeof (GlyphBatch));
  self->bands = g_array_new (FALSE, TRUE, sizeof (GroupBand));
  self->band_of_group = g_array_new (FALSE, TRUE, sizeof (guint));
  self->rows = g_array_new (FALSE, TRUE, sizeof (RowState));
  self->candidates = g_array_new (FALSE, FALSE, sizeof (LabelCandidate));
  self->placed = g_array_new (FALSE, FALSE, sizeof (Interval));
  self->columns = g_array_new (FALSE, TRUE, sizeof (guint));
  self->point_marks = g_array_new (FALSE, FALSE, sizeof (PointMark));
  self->badges = g_array_new (FALSE, FALSE, sizeof (Badge));
  self->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  self->hits = g_array_new (FALSE, FALSE, sizeof (HitArea));
  self->texts = g_array_new (FALSE, FALSE, sizeof (TextArea));
  self->texts_buffer = g_string_new (NULL);
  self->tick_unit = DATELINE_TICK_DAY;
  self->tick_step = 1;

  read_time_conventions (self);
}

/* --- hit testing ----------------------------------------------------------------- */

static inline double
hit_slop (const HitArea *hit)
{
  return hit->kind == HIT_MARK || hit->kind == HIT_CLAIM || hit->kind == HIT_CLUSTER ? HIT_SLOP : 0.0;
}

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

/* The topmost hit area of @kind_mask under (x, y), or NULL. Marks, claims
 * and aggregates get a few pixels of slop; the rest is exact. */
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
      double slop;

      if (((1u << hit->kind) & kind_mask) == 0)
        continue;

      slop = hit_slop (hit);
      if (x >= hit->x - slop && x < hit->x + hit->width + slop
          && y >= hit->y - slop && y < hit->y + hit->height + slop)
        return hit;
    }

  return NULL;
}

/* What is under (x, y): a mark wins over a label running under it; an
 * aggregate or a header hides what is behind it. */
static const HitArea *
find_top_hit (DatelineRenderer *self,
              double            x,
              double            y)
{
  const HitArea *hit = find_hit (self, x, y, EVENT_HITS);

  if (hit == NULL)
    hit = find_hit (self, x, y, 1u << HIT_LABEL);

  return hit;
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
 * Paints the background, the axis, the lane groups and the undated tray of
 * the viewport's visible range into (0, 0, @width, @height). The viewport
 * is only read: @width is used as its width for this frame, it is not
 * stored (the caller may be inside a snapshot, where "changed" must not
 * fire).
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
  guint n_markers = 0, n_undated_entries = 0;

  g_return_if_fail (DATELINE_IS_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout == NULL || DATELINE_IS_LAYOUT (layout));
  g_return_if_fail (DATELINE_IS_VIEWPORT (viewport));

  g_array_set_size (self->hits, 0);
  g_array_set_size (self->texts, 0);
  g_array_set_size (self->bands, 0);
  g_string_truncate (self->texts_buffer, 0);
  self->grid_valid = FALSE;
  self->frame_width = MAX (0.0, width);
  self->frame_height = MAX (0.0, height);
  self->content_height = self->page_height = self->scroll_y = 0;

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
  frame.hairline = dateline_renderer_hairline (cr);
  frame.lanes_top = AXIS_HEIGHT;
  frame.lanes_bottom = height;

  if (layout != NULL)
    {
      frame.items = dateline_layout_get_items (layout, &frame.n_items);
      dateline_layout_get_markers (layout, &n_markers);
      dateline_layout_get_undated (layout, &n_undated_entries);

      frame.has_strip = n_markers > 0 || frame.options.today > 0;
      frame.has_tray = n_undated_entries > 0 && !frame.options.hide_tray;
      frame.has_headers = dateline_layout_get_lane_mode (layout) != DATELINE_LANES_SINGLE
                          || dateline_layout_get_n_groups (layout) > 1;

      if (frame.has_strip)
        frame.lanes_top += MARKER_STRIP_HEIGHT;
      if (frame.has_tray)
        frame.lanes_bottom = height - TRAY_HEIGHT;
      else if (frame.n_items > 0 && dateline_layout_get_n_undated (layout) > 0)
        frame.lanes_bottom = height - STATUS_HEIGHT;
    }
  else
    frame.has_strip = frame.options.today > 0;

  frame.content_top = frame.lanes_top + (frame.has_headers ? GROUPS_TOP_PADDING : CONTENT_TOP_PADDING);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  prepare_text (self, cr, frame.options.font_family);
  ensure_widths (self);

  set_colour (cr, &frame.palette->background);
  cairo_paint (cr);

  draw_axis (self, &frame);
  if (layout != NULL)
    draw_markers (self, &frame);

  if (frame.n_items == 0)
    draw_empty (self, &frame);
  else
    draw_events (self, &frame);

  if (frame.has_tray)
    draw_tray (self, &frame);
  else if (layout != NULL)
    draw_status (self, &frame);

  flush_texts (self, cr);
  cairo_restore (cr);
}

/**
 * dateline_renderer_hit_test:
 *
 * Looks at exactly what the last frame drew: a mark (with a few pixels of
 * slop), an event's label, a claimed date or an undated entry. A count
 * badge is not one event: see dateline_renderer_hit_test_cluster().
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

  hit = find_top_hit (self, x, y);
  if (hit == NULL)
    return G_MAXUINT;

  switch (hit->kind)
    {
    case HIT_MARK:
    case HIT_LABEL:
    case HIT_CLAIM:
    case HIT_TRAY:
      return hit->event_index;
    case HIT_CLUSTER:
    case HIT_TRAY_MORE:
    case HIT_GROUP_HEADER:
    case HIT_MARKER:
    case HIT_TODAY:
    default:
      return G_MAXUINT;
    }
}

/**
 * dateline_renderer_pick:
 * @hit: (out caller-allocates): what is there
 *
 * The widget's one question per click, motion or tooltip: an event (select
 * it; @hit->group tells which of its lanes), an aggregate (list its events
 * with dateline_renderer_dup_cluster_events() or zoom to
 * [@hit->begin, @hit->end)), a group header (toggle collapsed when
 * @hit->on_toggle, else start a drag to reorder), "+N more" in the tray (list
 * the undated events), a publication or today marker (tooltip).
 *
 * Returns: FALSE on empty space
 */
gboolean
dateline_renderer_pick (DatelineRenderer *self,
                        double            x,
                        double            y,
                        DatelineHit      *hit)
{
  const HitArea *area;

  g_return_val_if_fail (DATELINE_IS_RENDERER (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  *hit = (DatelineHit) {
    .kind = DATELINE_HIT_NONE,
    .event_index = G_MAXUINT,
    .group = G_MAXUINT,
    .marker = G_MAXUINT,
  };

  area = find_top_hit (self, x, y);
  if (area == NULL)
    return FALSE;

  hit->area = (cairo_rectangle_t) { area->x, area->y, area->width, area->height };
  hit->begin = area->begin;
  hit->end = area->end;

  switch (area->kind)
    {
    case HIT_MARK:
    case HIT_LABEL:
    case HIT_CLAIM:
    case HIT_TRAY:
      hit->kind = DATELINE_HIT_EVENT;
      hit->event_index = area->event_index;
      hit->group = area->group;
      hit->in_tray = area->kind == HIT_TRAY;
      hit->claimed = area->kind == HIT_CLAIM;
      break;
    case HIT_CLUSTER:
      hit->kind = DATELINE_HIT_CLUSTER;
      hit->group = area->group;
      hit->n_events = area->n_events;
      break;
    case HIT_GROUP_HEADER:
      hit->kind = DATELINE_HIT_GROUP_HEADER;
      hit->group = area->group;
      hit->on_toggle = x < 20;
      break;
    case HIT_TRAY_MORE:
      hit->kind = DATELINE_HIT_TRAY_MORE;
      hit->n_events = area->n_events;
      break;
    case HIT_MARKER:
      hit->kind = DATELINE_HIT_MARKER;
      hit->marker = area->event_index;
      break;
    case HIT_TODAY:
      hit->kind = DATELINE_HIT_TODAY;
      break;
    default:
      g_assert_not_reached ();
    }

  return TRUE;
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

  hit = find_hit (self, x, y, EVENT_HITS);
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

/**
 * dateline_renderer_dup_cluster_events:
 * @layout: the layout of the last frame
 * @n_events: (out): how many
 *
 * The events of the aggregate at (@x, @y): those of its group and lanes
 * that begin in its range. O(log n + its events).
 *
 * Returns: (transfer full) (nullable) (array length=n_events): event
 *   indices in time order
 */
guint *
dateline_renderer_dup_cluster_events (DatelineRenderer *self,
                                      DatelineLayout   *layout,
                                      double            x,
                                      double            y,
                                      guint            *n_events)
{
  const HitArea *hit;
  const DatelineLayoutItem *items;
  const guint32 *group_items;
  g_autoptr(GArray) events = NULL;
  guint first, last;

  g_return_val_if_fail (DATELINE_IS_RENDERER (self), NULL);
  g_return_val_if_fail (DATELINE_IS_LAYOUT (layout), NULL);
  g_return_val_if_fail (n_events != NULL, NULL);

  *n_events = 0;
  hit = find_hit (self, x, y, EVENT_HITS);
  if (hit == NULL || hit->kind != HIT_CLUSTER || hit->group >= dateline_layout_get_n_groups (layout))
    return NULL;

  items = dateline_layout_get_items (layout, NULL);
  group_items = dateline_layout_get_group_items (layout, hit->group, NULL);
  first = dateline_layout_group_find_start (layout, hit->group, hit->begin);
  last = dateline_layout_group_find_start (layout, hit->group, hit->end);
  events = g_array_sized_new (FALSE, FALSE, sizeof (guint), MIN (hit->n_events, last - first));

  for (guint k = first; k < last; k++)
    {
      const DatelineLayoutItem *item = &items[group_items[k]];
      guint event_index = item->event_index;

      if (item->lane < hit->lane_lo || (item->lane > hit->lane_hi && hit->lane_hi < G_MAXUINT16))
        continue;
      g_array_append_val (events, event_index);
    }

  *n_events = events->len;

  return (guint *) (gpointer) g_array_free (g_steal_pointer (&events), FALSE);
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

gboolean
dateline_renderer_get_group_area (DatelineRenderer  *self,
                                  guint              group,
                                  cairo_rectangle_t *area)
{
  g_return_val_if_fail (DATELINE_IS_RENDERER (self), FALSE);

  for (guint i = 0; i < self->hits->len; i++)
    {
      const HitArea *hit = &g_array_index (self->hits, HitArea, i);

      if (hit->kind == HIT_GROUP_HEADER && hit->group == group)
        {
          if (area != NULL)
            *area = (cairo_rectangle_t) { hit->x, hit->y, hit->width, hit->height };
          return TRUE;
        }
    }

  return FALSE;
}

void
dateline_renderer_get_scroll_extent (DatelineRenderer *self,
                                     double           *content_height,
                                     double           *page_height,
                                     double           *scroll_y)
{
  g_return_if_fail (DATELINE_IS_RENDERER (self));

  if (content_height != NULL)
    *content_height = self->content_height;
  if (page_height != NULL)
    *page_height = self->page_height;
  if (scroll_y != NULL)
    *scroll_y = self->scroll_y;
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

void
dateline_renderer_draw_kind_symbol (cairo_t  *cr,
                                    guint     kind,
                                    double    cx,
                                    double    cy,
                                    double    radius,
                                    gboolean  dark,
                                    gboolean  hollow)
{
  const Palette *palette = dark ? &dark_palette : &light_palette;
  const Colour *colour = &palette->kinds[kind < DATELINE_EVENT_N_KINDS ? kind : DATELINE_EVENT_OTHER];

  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_new_path (cr);
  if (hollow)
    {
      kind_shape_path (cr, kind, cx, cy, radius - radius / 6);
      set_colour (cr, &palette->background);
      cairo_fill_preserve (cr);
      set_colour (cr, colour);
      cairo_set_line_width (cr, radius / 3);
      cairo_stroke (cr);
    }
  else
    {
      kind_shape_path (cr, kind, cx, cy, radius);
      set_colour (cr, colour);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

void
dateline_renderer_set_time_conventions (DatelineRenderer *self,
                                        gboolean          twelve_hour,
                                        gboolean          month_first)
{
  g_return_if_fail (DATELINE_IS_RENDERER (self));

  self->twelve_hour = !!twelve_hour;
  self->month_first = !!month_first;
  self->widths_valid = FALSE;
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
