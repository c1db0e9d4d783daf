/* dateline-export.c — the timeline as PNG, SVG or PDF
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "dateline-event.h"
#include "dateline-export.h"
#include "dateline-renderer-private.h"
#include "dateline-viewport.h"

/* cairo image surfaces are limited to 32767 pixels a side; the same limit
 * for vector formats keeps a mistyped size from producing a huge file. */
#define MAX_SIZE 32767

/* The SVG lists the titles of the events in the exported range as text.
 * Beyond this many, it says how many more there are instead. */
#define MAX_SVG_TITLES 10000

G_DEFINE_QUARK (dateline-export-error-quark, dateline_export_error)

static cairo_status_t
append_to_byte_array_cb (void                *closure,
                         const unsigned char *data,
                         unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* Appends @text to @svg as an SVG <text> element at (x, y), in the
 * label font size, with no ink: cairo 1.16 writes glyphs as outlines, so
 * without these the titles could not be searched, selected, read aloud or
 * indexed. */
static void
append_hidden_text (GString    *svg,
                    double      x,
                    double      y,
                    double      size,
                    const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (svg, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\">%s</text>\n",
                          x, y, size, escaped);
}

/* Inserts a <title> and a <desc> after the opening <svg> tag, and before
 * the closing one a group of invisible <text> elements: one per event of
 * the range (once, though lanes by actor draw it in several groups), at
 * its label where one was drawn, else at its mark; the undated events of
 * the tray; and the group headers and axis markers as they were drawn. */
static GByteArray *
add_svg_text (GByteArray       *bytes,
              DatelineLayout   *layout,
              DatelineRenderer *renderer,
              double            begin,
              double            end,
              double            offset_y,
              const char       *page_texts,
              GError          **error)
{
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autoptr(GString) head = g_string_new (NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  GByteArray *result;
  const DatelineLayoutItem *items;
  const char *data;
  const char *open_tag;
  const char *open_end;
  const char *close_tag;
  gsize insert_at, close_at;
  guint n_items, n_listed = 0, n_more = 0;

  /* Searched as a string: the bytes are not NUL-terminated. */
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  data = (const char *) bytes->data;

  open_tag = strstr (data, "<svg");
  open_end = open_tag != NULL ? strchr (open_tag, '>') : NULL;
  close_tag = g_strrstr (data, "</svg>");
  if (open_end == NULL || close_tag == NULL || close_tag < open_end)
    {
      g_set_error_literal (error, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_FAILED,
                           _("The SVG drawing library wrote an unexpected document"));
      return NULL;
    }

  insert_at = open_end + 1 - data;
  close_at = close_tag - data;

  g_string_append (texts, "<g id=\"dateline-event-titles\" fill-opacity=\"0\" "
                          "font-family=\"Cantarell, sans-serif\">\n");

  /* The labels drawn, where they are drawn and at their size, so that
   * selecting the text in a viewer selects what one sees. */
  for (guint i = 0; i < dateline_renderer_get_n_texts (renderer); i++)
    {
      DatelineRendererTextKind kind;
      cairo_rectangle_t area;
      const char *text;
      guint event_index;

      dateline_renderer_get_text (renderer, i, &kind, &area, &event_index, &text);
      switch (kind)
        {
        case DATELINE_RENDERER_TEXT_EVENT_LABEL:
        case DATELINE_RENDERER_TEXT_TRAY:
          /* The tray shows an event's title then its phrase: the title
           * stands for the event. */
          if (event_index == G_MAXUINT
              || g_hash_table_contains (listed, GUINT_TO_POINTER (event_index + 1)))
            continue;
          g_hash_table_add (listed, GUINT_TO_POINTER (event_index + 1));
          n_listed++;
          break;
        case DATELINE_RENDERER_TEXT_GROUP:
        case DATELINE_RENDERER_TEXT_MARKER:
          break;
        case DATELINE_RENDERER_TEXT_AXIS_MINOR:
        case DATELINE_RENDERER_TEXT_AXIS_MAJOR:
        default:
          continue;
        }

      append_hidden_text (texts, area.x, offset_y + area.y + area.height * 0.8, area.height * 0.8, text);
    }

  /* Then every other event of the range: in a timeline of hundreds most
   * marks have no room for a label, and they must still be found. */
  items = dateline_layout_get_items (layout, &n_items);
  for (guint i = dateline_layout_find_next (layout, dateline_layout_find_first (layout, begin), begin);
       i < n_items && items[i].start < end;
       i = dateline_layout_find_next (layout, i + 1, begin))
    {
      const char *title = dateline_layout_get_item_title (layout, i);
      guint event_index = items[i].event_index;
      cairo_rectangle_t area = { 0, 0, 0, 0 };

      if (*title == '\0' || g_hash_table_contains (listed, GUINT_TO_POINTER (event_index + 1)))
        continue;

      if (n_listed >= MAX_SVG_TITLES)
        {
          n_more++;
          continue;
        }

      dateline_renderer_get_event_area (renderer, event_index, &area);
      append_hidden_text (texts, area.x, offset_y + area.y + area.height, 1, title);
      g_hash_table_add (listed, GUINT_TO_POINTER (event_index + 1));
      n_listed++;
    }
  /* The page's own texts: title, legend, notes. */
  if (page_texts != NULL)
    g_string_append (texts, page_texts);
  g_string_append (texts, "</g>\n");

  if (n_more > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u event; %u more are not listed",
                                                "%u events; %u more are not listed",
                                                n_listed),
                                   n_listed, n_more);
  else
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event", "%'u events", n_listed),
                                   n_listed);

  escaped = g_markup_escape_text (description, -1);
  g_string_append_printf (head, "\n<title>%s</title>\n<desc>%s</desc>\n", _("Timeline"), escaped);

  result = g_byte_array_sized_new (bytes->len + head->len + texts->len);
  g_byte_array_append (result, bytes->data, insert_at);
  g_byte_array_append (result, (const guint8 *) head->str, head->len);
  g_byte_array_append (result, bytes->data + insert_at, close_at - insert_at);
  g_byte_array_append (result, (const guint8 *) texts->str, texts->len);
  /* Without the NUL appended above. */
  g_byte_array_append (result, bytes->data + close_at, bytes->len - 1 - close_at);

  return result;
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_FAILED,
               _("Could not draw the timeline: %s"), cairo_status_to_string (status));

  return FALSE;
}

#define PAGE_MARGIN 16.0
#define MIN_TIMELINE_HEIGHT 120
#define TITLE_SIZE 20.0
#define TEXT_SIZE 11.0

static PangoLayout *
page_text_layout (cairo_t    *cr,
                  const char *text,
                  double      size,
                  gboolean    bold,
                  double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell, sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
page_text_height (cairo_t    *cr,
                  const char *text,
                  double      size,
                  gboolean    bold,
                  double      width)
{
  g_autoptr(PangoLayout) layout = page_text_layout (cr, text, size, bold, width);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* The notes as one text: "1. …" a line each. */
static char *
dup_notes_text (const char * const *notes)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    g_string_append_printf (text, "%s%u. %s", i > 0 ? "\n" : "", i + 1, notes[i]);

  return g_string_free (text, FALSE);
}

/* The kinds of the events in [begin, end), in their order. */
static guint
kinds_in_range (DatelineLayout *layout,
                double          begin,
                double          end,
                guint           kinds[DATELINE_EVENT_N_KINDS])
{
  gboolean seen[DATELINE_EVENT_N_KINDS] = { FALSE };
  const DatelineLayoutItem *items;
  guint n_items, n = 0;

  items = dateline_layout_get_items (layout, &n_items);
  for (guint i = dateline_layout_find_first (layout, begin); i < n_items && items[i].start < end; i++)
    if (items[i].kind < DATELINE_EVENT_N_KINDS)
      seen[items[i].kind] = TRUE;

  for (guint k = 0; k < DATELINE_EVENT_N_KINDS; k++)
    if (seen[k])
      kinds[n++] = k;

  return n;
}

typedef struct {
  double  title_height;
  double  legend_height;
  double  notes_height;
  guint   kinds[DATELINE_EVENT_N_KINDS];
  guint   n_kinds;
  char   *notes_text;
} PageBands;

/* How tall the title, legend and notes bands are for a @width wide page,
 * measured with the fonts they will be drawn with. */
static void
measure_page (PageBands                    *bands,
              const DatelineExportDocument *document,
              DatelineLayout               *layout,
              double                        begin,
              double                        end,
              int                           width,
              DatelineExportFormat          format)
{
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  double text_width = MAX (width - 2 * PAGE_MARGIN, 40);

  memset (bands, 0, sizeof *bands);
  if (document != NULL && document->title != NULL && document->title[0] != '\0')
    bands->title_height = page_text_height (cr, document->title, TITLE_SIZE, TRUE, text_width) + 2 * PAGE_MARGIN;
  if (document != NULL && document->legend)
    {
      bands->n_kinds = kinds_in_range (layout, begin, end, bands->kinds);
      /* Entries of a fixed width, wrapped into rows. */
      if (bands->n_kinds > 0)
        {
          guint per_row = MAX (1, (guint) (text_width / 150));
          guint rows = (bands->n_kinds + per_row - 1) / per_row;

          bands->legend_height = rows * 22 + PAGE_MARGIN;
        }
    }
  /* Notes in vector formats only: a bitmap of a page of small text helps
   * nobody, and the PNG keeps the size asked for. */
  if (document != NULL && document->notes != NULL && document->notes[0] != NULL && format != DATELINE_EXPORT_PNG)
    {
      bands->notes_text = dup_notes_text (document->notes);
      bands->notes_height = page_text_height (cr, bands->notes_text, TEXT_SIZE, FALSE, text_width) + 2 * PAGE_MARGIN;
    }

  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
}

static void
set_colour (cairo_t              *cr,
            const DatelineColour *colour)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha);
}

/* The page around the timeline: background, title, legend, notes, and the
 * notes' numbers beside the labels drawn. Texts also go to @svg_texts. */
static void
draw_page (cairo_t                      *cr,
           const PageBands              *bands,
           const DatelineExportDocument *document,
           DatelineRenderer             *renderer,
           const DatelineRenderOptions  *options,
           int                           width,
           int                           height,
           GString                      *svg_texts)
{
  const DatelinePalette *palette = dateline_renderer_get_palette (options != NULL && options->dark);
  double text_width = MAX (width - 2 * PAGE_MARGIN, 40);
  double y = bands->title_height + height;

  if (bands->title_height > 0)
    {
      g_autoptr(PangoLayout) title = page_text_layout (cr, document->title, TITLE_SIZE, TRUE, text_width);

      set_colour (cr, &palette->foreground);
      cairo_move_to (cr, PAGE_MARGIN, PAGE_MARGIN);
      pango_cairo_show_layout (cr, title);
      cairo_new_path (cr);
      append_hidden_text (svg_texts, PAGE_MARGIN, PAGE_MARGIN + TITLE_SIZE, TITLE_SIZE, document->title);
    }

  /* The notes' numbers, superscript at the end of each numbered label. */
  if (document != NULL && document->n_note_refs > 0 && bands->notes_height > 0)
    for (guint i = 0; i < dateline_renderer_get_n_texts (renderer); i++)
      {
        DatelineRendererTextKind kind;
        cairo_rectangle_t area;
        const char *text;
        guint event_index;
        GString *numbers;
        g_autoptr(PangoLayout) mark = NULL;

        dateline_renderer_get_text (renderer, i, &kind, &area, &event_index, &text);
        if (kind != DATELINE_RENDERER_TEXT_EVENT_LABEL || event_index == G_MAXUINT)
          continue;

        numbers = g_string_new (NULL);
        for (guint r = 0; r < document->n_note_refs; r++)
          if (document->note_refs[r].event_index == event_index)
            g_string_append_printf (numbers, "%s%u", numbers->len > 0 ? "," : "", document->note_refs[r].note);
        if (numbers->len > 0)
          {
            mark = page_text_layout (cr, numbers->str, TEXT_SIZE * 0.75, FALSE, 200);
            set_colour (cr, &palette->accent);
            cairo_move_to (cr, area.x + area.width + 1, bands->title_height + area.y - 2);
            pango_cairo_show_layout (cr, mark);
            cairo_new_path (cr);
          }
        g_string_free (numbers, TRUE);
      }

  if (bands->legend_height > 0)
    {
      guint per_row = MAX (1, (guint) (text_width / 150));

      for (guint i = 0; i < bands->n_kinds; i++)
        {
          const char *name = dateline_renderer_kind_group_label (bands->kinds[i]);
          double x = PAGE_MARGIN + (i % per_row) * 150;
          double row_y = y + PAGE_MARGIN / 2 + (i / per_row) * 22;
          g_autoptr(PangoLayout) label = page_text_layout (cr, name, TEXT_SIZE, FALSE, 130);

          dateline_renderer_draw_kind_symbol (cr, bands->kinds[i], x + 6, row_y + 8, 5,
                                              options != NULL && options->dark, FALSE);
          set_colour (cr, &palette->foreground);
          cairo_move_to (cr, x + 16, row_y);
          pango_cairo_show_layout (cr, label);
          cairo_new_path (cr);
          append_hidden_text (svg_texts, x + 16, row_y + TEXT_SIZE, TEXT_SIZE, name);
        }
      y += bands->legend_height;
    }

  if (bands->notes_height > 0)
    {
      g_autoptr(PangoLayout) notes = page_text_layout (cr, bands->notes_text, TEXT_SIZE, FALSE, text_width);
      g_auto(GStrv) lines = g_strsplit (bands->notes_text, "\n", -1);

      set_colour (cr, &palette->grid_major);
      cairo_rectangle (cr, PAGE_MARGIN, y, text_width, 1);
      cairo_fill (cr);
      set_colour (cr, &palette->foreground);
      cairo_move_to (cr, PAGE_MARGIN, y + PAGE_MARGIN);
      pango_cairo_show_layout (cr, notes);
      cairo_new_path (cr);
      for (guint i = 0; lines[i] != NULL; i++)
        append_hidden_text (svg_texts, PAGE_MARGIN, y + PAGE_MARGIN + (i + 1) * TEXT_SIZE * 1.3, TEXT_SIZE, lines[i]);
    }
}

/* Renders into memory; nothing touches the disk until the whole document
 * exists. */
static GByteArray *
render_to_bytes (DatelineLayout               *layout,
                 double                        begin,
                 double                        end,
                 int                           width,
                 int                           height,
                 DatelineExportFormat          format,
                 const DatelineRenderOptions  *options,
                 const DatelineExportDocument *document,
                 GError                      **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(DatelineViewport) viewport = dateline_viewport_new ();
  g_autoptr(DatelineRenderer) renderer = dateline_renderer_new ();
  g_autoptr(GString) page_texts = g_string_new (NULL);
  cairo_surface_t *surface = NULL;
  cairo_t *cr;
  cairo_status_t status;
  PageBands bands;
  double scale = 1.0;
  int page_height;

  measure_page (&bands, document, layout, begin, end, width, format);
  /* The size asked for holds the title and the legend, the timeline taking
   * the rest (down to a usable minimum); notes, which may run long, grow
   * the page below it. */
  {
    int bands_height = (int) ceil (bands.title_height + bands.legend_height);

    if (bands_height > 0)
      height = MAX (height - bands_height, MIN (height, MIN_TIMELINE_HEIGHT));
    page_height = height + bands_height + (int) ceil (bands.notes_height);
  }
  if (format == DATELINE_EXPORT_PNG && document != NULL && document->scale > 0)
    scale = CLAMP (document->scale, 0.25, 8.0);
  if (page_height * scale > MAX_SIZE || width * scale > MAX_SIZE)
    {
      g_free (bands.notes_text);
      g_set_error (error, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_FAILED,
                   _("The size %d × %d is not possible: width and height must be between 1 and %d"),
                   (int) (width * scale), (int) (page_height * scale), MAX_SIZE);
      return NULL;
    }

  /* The document range is the exported range, so that the viewport's
   * clamping keeps it exactly. */
  dateline_viewport_set_document_range (viewport, begin, end);
  dateline_viewport_set_visible_range (viewport, begin, end);
  dateline_viewport_set_width (viewport, width);

  switch (format)
    {
    case DATELINE_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                            (int) ceil (page_height * scale));
      break;

    case DATELINE_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_byte_array_cb, bytes, width, page_height);
      /* Pixels, not cairo's default points: the drawing is laid out in
       * pixels and would otherwise be scaled by 4/3 when displayed. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;

    case DATELINE_EXPORT_PDF:
      /* One pixel is one point: a 1200 px wide timeline is a 42 cm page,
       * which prints scaled to fit like any PDF. */
      surface = cairo_pdf_surface_create_for_stream (append_to_byte_array_cb, bytes, width, page_height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Dateline " PACKAGE_VERSION);
      break;

    default:
      g_assert_not_reached ();
    }

  if (!check_cairo (cairo_surface_status (surface), error))
    {
      g_free (bands.notes_text);
      cairo_surface_destroy (surface);
      return NULL;
    }

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  if (page_height > height)
    {
      /* The page's own background; the timeline paints its area. */
      set_colour (cr, &dateline_renderer_get_palette (options != NULL && options->dark)->background);
      cairo_paint (cr);
    }
  cairo_save (cr);
  cairo_translate (cr, 0, bands.title_height);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  dateline_renderer_draw (renderer, cr, layout, viewport, width, height, options);
  cairo_restore (cr);
  draw_page (cr, &bands, document, renderer, options, width, height, page_texts);
  status = cairo_status (cr);
  cairo_destroy (cr);
  g_free (bands.notes_text);

  if (status == CAIRO_STATUS_SUCCESS && format == DATELINE_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_to_byte_array_cb, bytes);

  /* Vector surfaces write their last bytes when finished. */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_cairo (status, error))
    return NULL;

  if (format == DATELINE_EXPORT_SVG)
    return add_svg_text (bytes, layout, renderer, begin, end, bands.title_height, page_texts->str, error);

  return g_steal_pointer (&bytes);
}

/* --- public API ----------------------------------------------------------- */

gboolean
dateline_export_format_from_filename (const char           *filename,
                                      DatelineExportFormat *format)
{
  static const struct {
    const char           *suffix;
    DatelineExportFormat  format;
  } suffixes[] = {
    { ".png", DATELINE_EXPORT_PNG },
    { ".svg", DATELINE_EXPORT_SVG },
    { ".pdf", DATELINE_EXPORT_PDF },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (filename != NULL, FALSE);

  lower = g_ascii_strdown (filename, -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      if (g_str_has_suffix (lower, suffixes[i].suffix))
        {
          if (format != NULL)
            *format = suffixes[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * dateline_export_to_file:
 * @layout: the events
 * @begin: first day shown
 * @end: end of the range shown (exclusive), after @begin
 * @width: pixels (points for PDF)
 * @height: pixels (points for PDF)
 * @options: (nullable): colours and selection, as on screen
 * @file: where to write; its parent directory must exist
 *
 * Draws with the same renderer as the screen and writes the file through
 * g_file_replace_contents(): a temporary file renamed over @file, so a
 * failure leaves either the old file or nothing.
 *
 * A layout without dated events is drawn as the screen draws it: the axis
 * of the range and a message (the command line draws an empty range on
 * request); callers that want to refuse that check
 * dateline_layout_get_extent() first.
 *
 * Returns: TRUE on success, else FALSE with @error set:
 *   %DATELINE_EXPORT_ERROR_NOTHING_TO_DRAW when the range is empty or not a
 *   number, %DATELINE_EXPORT_ERROR_FAILED when the size is out of range or
 *   drawing failed, a #GIOError naming the file when it could not be
 *   written, or %G_IO_ERROR_CANCELLED.
 */
gboolean
dateline_export_to_file (DatelineLayout              *layout,
                         double                       begin,
                         double                       end,
                         int                          width,
                         int                          height,
                         DatelineExportFormat         format,
                         const DatelineRenderOptions *options,
                         GFile                       *file,
                         GCancellable                *cancellable,
                         GError                     **error)
{
  return dateline_export_to_file_full (layout, begin, end, width, height, format, options, NULL,
                                       file, cancellable, error);
}

gboolean
dateline_export_to_file_full (DatelineLayout               *layout,
                              double                        begin,
                              double                        end,
                              int                           width,
                              int                           height,
                              DatelineExportFormat          format,
                              const DatelineRenderOptions  *options,
                              const DatelineExportDocument *document,
                              GFile                        *file,
                              GCancellable                 *cancellable,
                              GError                      **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DATELINE_IS_LAYOUT (layout), FALSE);
  g_return_val_if_fail (format == DATELINE_EXPORT_PNG || format == DATELINE_EXPORT_SVG
                        || format == DATELINE_EXPORT_PDF, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!isfinite (begin) || !isfinite (end) || !(end > begin))
    {
      g_set_error_literal (error, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_NOTHING_TO_DRAW,
                           _("There is nothing to draw: the time range is empty"));
      return FALSE;
    }

  if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE)
    {
      g_set_error (error, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_FAILED,
                   _("The size %d × %d is not possible: width and height must be between 1 and %d"),
                   width, height, MAX_SIZE);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  bytes = render_to_bytes (layout, begin, end, width, height, format, options, document, error);
  if (bytes == NULL)
    return FALSE;

  if (!g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, cancellable, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* The user must know which output failed; GIO names the file in
       * most messages but not in all of them. */
      if (strstr (local_error->message, name) != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                    _("Could not write “%s”: "), name);
      return FALSE;
    }

  return TRUE;
}
