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

      append_hidden_text (texts, area.x, area.y + area.height * 0.8, area.height * 0.8, text);
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
      append_hidden_text (texts, area.x, area.y + area.height, 1, title);
      g_hash_table_add (listed, GUINT_TO_POINTER (event_index + 1));
      n_listed++;
    }
  g_string_append (texts, "</g>\n");

  if (n_more > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u event; %u more are not listed",
                                                "%u events; %u more are not listed",
                                                n_listed),
                                   n_listed, n_more);
  else
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_listed),
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

/* Renders into memory; nothing touches the disk until the whole document
 * exists. */
static GByteArray *
render_to_bytes (DatelineLayout              *layout,
                 double                       begin,
                 double                       end,
                 int                          width,
                 int                          height,
                 DatelineExportFormat         format,
                 const DatelineRenderOptions *options,
                 GError                     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(DatelineViewport) viewport = dateline_viewport_new ();
  g_autoptr(DatelineRenderer) renderer = dateline_renderer_new ();
  cairo_surface_t *surface = NULL;
  cairo_t *cr;
  cairo_status_t status;

  /* The document range is the exported range, so that the viewport's
   * clamping keeps it exactly. */
  dateline_viewport_set_document_range (viewport, begin, end);
  dateline_viewport_set_visible_range (viewport, begin, end);
  dateline_viewport_set_width (viewport, width);

  switch (format)
    {
    case DATELINE_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;

    case DATELINE_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_byte_array_cb, bytes, width, height);
      /* Pixels, not cairo's default points: the drawing is laid out in
       * pixels and would otherwise be scaled by 4/3 when displayed. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;

    case DATELINE_EXPORT_PDF:
      /* One pixel is one point: a 1200 px wide timeline is a 42 cm page,
       * which prints scaled to fit like any PDF. */
      surface = cairo_pdf_surface_create_for_stream (append_to_byte_array_cb, bytes, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Dateline " PACKAGE_VERSION);
      break;

    default:
      g_assert_not_reached ();
    }

  if (!check_cairo (cairo_surface_status (surface), error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  cr = cairo_create (surface);
  dateline_renderer_draw (renderer, cr, layout, viewport, width, height, options);
  status = cairo_status (cr);
  cairo_destroy (cr);

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
    return add_svg_text (bytes, layout, renderer, begin, end, error);

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

  bytes = render_to_bytes (layout, begin, end, width, height, format, options, error);
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
