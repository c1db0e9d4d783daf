/* test-export.c — PNG, SVG and PDF files of the timeline
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <math.h>
#include <string.h>

#include "dateline-date.h"
#include "dateline-export.h"

typedef struct {
  char           *dir;
  DatelineLayout *layout;
  double          begin;
  double          end;
} Fixture;

static const char *titles[] = {
  "Talks open in Geneva",
  "Sanctions & counter-sanctions <announced>",
  "Ceasefire deadline",
  "Ministers meet again",
};

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 3, 3);
  DatelineLayoutItem items[] = {
    { day, day + 1, 0, 0, 0, 2 },
    { day + 20, day + 51, 0, DATELINE_LAYOUT_FLAG_SPAN, 1, 6 },
    { day + 30, day + 31, 0, DATELINE_LAYOUT_FLAG_FUTURE, 2, 8 },
    { day + 60, day + 61, 0, DATELINE_LAYOUT_FLAG_INFERRED, 3, 1 },
  };
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("dateline-export-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->layout = dateline_layout_new_for_items (items, G_N_ELEMENTS (items), titles);
  g_assert_true (dateline_layout_get_extent (fixture->layout, &fixture->begin, &fixture->end));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }

  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->layout);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static char *
export (Fixture                     *fixture,
        const char                  *name,
        int                          width,
        int                          height,
        const DatelineRenderOptions *options,
        gsize                       *length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DatelineExportFormat format;
  char *contents = NULL;

  g_assert_true (dateline_export_format_from_filename (name, &format));
  g_assert_true (dateline_export_to_file (fixture->layout, fixture->begin, fixture->end, width, height,
                                          format, options, file, NULL, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static void
test_export_format_from_filename (void)
{
  DatelineExportFormat format;

  g_assert_true (dateline_export_format_from_filename ("a.png", &format));
  g_assert_cmpint (format, ==, DATELINE_EXPORT_PNG);
  g_assert_true (dateline_export_format_from_filename ("/x/y/Timeline.SVG", &format));
  g_assert_cmpint (format, ==, DATELINE_EXPORT_SVG);
  g_assert_true (dateline_export_format_from_filename ("report.Pdf", &format));
  g_assert_cmpint (format, ==, DATELINE_EXPORT_PDF);

  g_assert_false (dateline_export_format_from_filename ("a.gif", &format));
  g_assert_false (dateline_export_format_from_filename ("png", &format));
  g_assert_false (dateline_export_format_from_filename ("a.png.txt", &format));
  g_assert_false (dateline_export_format_from_filename ("", &format));
}

static void
test_export_png (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "timeline.png", NULL);
  cairo_surface_t *surface;
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  const guchar *pixels;
  gsize length;

  contents = export (fixture, "timeline.png", 640, 240, NULL, &length);
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 240);

  /* White background, opaque. */
  pixels = cairo_image_surface_get_data (surface);
  g_assert_cmphex (*(const guint32 *) (pixels + 239 * cairo_image_surface_get_stride (surface) + 639 * 4),
                   ==, 0xffffffff);
  cairo_surface_destroy (surface);

  /* Dark: a dark background. */
  options.dark = TRUE;
  g_clear_pointer (&contents, g_free);
  contents = export (fixture, "timeline.png", 320, 200, &options, &length);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 320);
  pixels = cairo_image_surface_get_data (surface);
  g_assert_cmphex (*(const guint32 *) (pixels + 199 * cairo_image_surface_get_stride (surface) + 319 * 4),
                   ==, 0xff1e1e1e);
  cairo_surface_destroy (surface);

  /* The old file was replaced, no temporary file is left behind. */
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

static void
test_export_svg (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *contents = NULL;
  xmlDocPtr document;
  gsize length;

  contents = export (fixture, "timeline.svg", 900, 300, NULL, &length);

  g_assert_nonnull (strstr (contents, "<svg"));
  /* Pixels, not points. */
  g_assert_nonnull (strstr (contents, "width=\"900px\""));
  g_assert_nonnull (strstr (contents, "<title>"));

  /* Every title is in the document as text, escaped. */
  g_assert_nonnull (strstr (contents, ">Talks open in Geneva<"));
  g_assert_nonnull (strstr (contents, ">Sanctions &amp; counter-sanctions &lt;announced&gt;<"));
  g_assert_nonnull (strstr (contents, ">Ceasefire deadline<"));
  g_assert_nonnull (strstr (contents, ">Ministers meet again<"));

  /* Still well-formed XML after the additions. */
  document = xmlReadMemory (contents, length, "timeline.svg", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (document);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (document)->name, ==, "svg");
  xmlFreeDoc (document);
}

static void
test_export_svg_range (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "part.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  guint32 day = dateline_julian_from_ymd (2025, 3, 3);

  /* Only the first ten days: the other events are not listed. */
  g_assert_true (dateline_export_to_file (fixture->layout, day - 2, day + 8, 500, 200, DATELINE_EXPORT_SVG,
                                          NULL, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, ">Talks open in Geneva<"));
  g_assert_null (strstr (contents, "Ministers meet again"));
}

static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  contents = export (fixture, "timeline.pdf", 800, 300, NULL, &length);
  g_assert_cmpuint (length, >, 100);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_nonnull (g_strstr_len (contents + length - 32, 32, "%%EOF"));
}

static void
test_export_errors (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *missing_dir = g_build_filename (fixture->dir, "no-such-directory", NULL);
  g_autofree char *missing = g_build_filename (missing_dir, "timeline.png", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "empty.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autoptr(GFile) empty_file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  /* A directory that does not exist: an error naming the file, and
   * nothing written anywhere. */
  g_assert_false (dateline_export_to_file (fixture->layout, fixture->begin, fixture->end, 400, 200,
                                           DATELINE_EXPORT_PNG, NULL, file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
  g_clear_error (&error);

  /* An empty or reversed range. */
  g_assert_false (dateline_export_to_file (fixture->layout, fixture->end, fixture->begin, 400, 200,
                                           DATELINE_EXPORT_PDF, NULL, empty_file, NULL, &error));
  g_assert_error (error, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_NOTHING_TO_DRAW);
  g_clear_error (&error);
  g_assert_false (dateline_export_to_file (fixture->layout, NAN, fixture->end, 400, 200,
                                           DATELINE_EXPORT_PDF, NULL, empty_file, NULL, &error));
  g_assert_error (error, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_NOTHING_TO_DRAW);
  g_clear_error (&error);

  /* Impossible sizes. */
  g_assert_false (dateline_export_to_file (fixture->layout, fixture->begin, fixture->end, 0, 200,
                                           DATELINE_EXPORT_PNG, NULL, empty_file, NULL, &error));
  g_assert_error (error, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (dateline_export_to_file (fixture->layout, fixture->begin, fixture->end, 40000, 200,
                                           DATELINE_EXPORT_PNG, NULL, empty_file, NULL, &error));
  g_assert_error (error, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_FAILED);
  g_clear_error (&error);

  /* Cancelled before it started. */
  g_cancellable_cancel (cancellable);
  g_assert_false (dateline_export_to_file (fixture->layout, fixture->begin, fixture->end, 400, 200,
                                           DATELINE_EXPORT_PNG, NULL, empty_file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
}

/* Nothing dated, an explicit range: the empty state, as on screen (the
 * command line offers this with --from and --to). */
static void
test_export_empty_layout (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "empty.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DatelineLayout) empty = dateline_layout_new_for_items (NULL, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  double begin = dateline_julian_from_ymd (2025, 1, 1);

  g_assert_true (dateline_export_to_file (empty, begin, begin + 31, 400, 200, DATELINE_EXPORT_SVG, NULL,
                                          file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "<desc>0 events</desc>"));
}


static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* Lanes by actor draw an event once per actor: the SVG lists it once.
 * The undated events of the tray and the group names are text too. */
static void
test_export_svg_lanes (Fixture       *fixture,
                       gconstpointer  data)
{
  guint32 day = dateline_julian_from_ymd (2025, 3, 3);
  DatelineLayoutItem items[] = {
    { day, day + 1, 0, 0, 0, 2, 0, 1 },
    { day, day + 1, 0, 0, 0, 2, 1, 1 },
    { day + 9, day + 10, 0, 0, 1, 4, 1, 1 },
  };
  const char *item_titles[] = { "Leaders meet in Geneva", "Leaders meet in Geneva", "Strike on the port" };
  const char *labels[] = { "Marco Rubio", "Sergei Lavrov" };
  DatelineLayoutUndated undated[] = { { 2, 3, "Talks resumed", "earlier this week" } };
  g_autofree char *contents = NULL;
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  gsize length;

  g_clear_object (&fixture->layout);
  fixture->layout = dateline_layout_new_for_groups (items, 3, item_titles, labels, 2);
  dateline_layout_set_undated (fixture->layout, undated, 1);
  g_assert_true (dateline_layout_get_extent (fixture->layout, &fixture->begin, &fixture->end));

  options.today = day + 5;
  contents = export (fixture, "lanes.svg", 900, 400, &options, &length);

  g_assert_cmpuint (count_occurrences (contents, ">Leaders meet in Geneva<"), ==, 1);
  g_assert_cmpuint (count_occurrences (contents, ">Strike on the port<"), ==, 1);
  g_assert_cmpuint (count_occurrences (contents, ">Talks resumed<"), ==, 1);
  g_assert_nonnull (strstr (contents, ">Marco Rubio<"));
  g_assert_nonnull (strstr (contents, ">Sergei Lavrov<"));
  g_assert_nonnull (strstr (contents, ">Today<"));
  g_assert_nonnull (strstr (contents, "<desc>3 events</desc>"));
}

/* A printed timeline cites its evidence: title above, legend and numbered
 * notes below, the page growing to hold them; PNG can be scaled. */
static void
test_export_document (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const notes[] = {
    "Harbour Wire, 3 March 2025: “Talks open in Geneva”",
    "Business Daily, 2 April 2025: “Ceasefire deadline”",
    NULL
  };
  static const DatelineExportNoteRef refs[] = { { 0, 1 }, { 2, 2 } };
  DatelineExportDocument document = DATELINE_EXPORT_DOCUMENT_INIT;
  g_autofree char *svg_path = g_build_filename (fixture->dir, "page.svg", NULL);
  g_autofree char *png_path = g_build_filename (fixture->dir, "page.png", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "page.pdf", NULL);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  cairo_surface_t *surface;
  const char *height_attribute;

  document.title = "Peace talks & the deadline";
  document.legend = TRUE;
  document.notes = notes;
  document.note_refs = refs;
  document.n_note_refs = G_N_ELEMENTS (refs);

  g_assert_true (dateline_export_to_file_full (fixture->layout, fixture->begin, fixture->end, 800, 300,
                                               DATELINE_EXPORT_SVG, NULL, &document, svg, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &contents, NULL, NULL));
  /* The texts are there as text, escaped. */
  g_assert_nonnull (strstr (contents, "Peace talks &amp; the deadline"));
  g_assert_nonnull (strstr (contents, "1. Harbour Wire, 3 March 2025"));
  g_assert_nonnull (strstr (contents, "2. Business Daily, 2 April 2025"));
  g_assert_nonnull (strstr (contents, ">Talks<"));
  /* The notes grow the page below the 300 px asked for. */
  height_attribute = strstr (contents, "height=\"");
  g_assert_nonnull (height_attribute);
  g_assert_cmpfloat (g_ascii_strtod (height_attribute + strlen ("height=\""), NULL), >, 330);

  /* PNG: no notes; the title and legend fit the size asked for, at twice
   * the pixels. */
  document.scale = 2.0;
  g_assert_true (dateline_export_to_file_full (fixture->layout, fixture->begin, fixture->end, 800, 300,
                                               DATELINE_EXPORT_PNG, NULL, &document, png, NULL, &error));
  surface = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 600);
  cairo_surface_destroy (surface);

  g_assert_true (dateline_export_to_file_full (fixture->layout, fixture->begin, fixture->end, 800, 300,
                                               DATELINE_EXPORT_PDF, NULL, &document, pdf, NULL, &error));
  g_assert_no_error (error);

  /* Without a document, exactly the size asked for. */
  g_assert_true (dateline_export_to_file_full (fixture->layout, fixture->begin, fixture->end, 800, 300,
                                               DATELINE_EXPORT_PNG, NULL, NULL, png, NULL, &error));
  surface = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 300);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/format-from-filename", test_export_format_from_filename);
  g_test_add ("/export/png", Fixture, NULL, fixture_setup, test_export_png, fixture_teardown);
  g_test_add ("/export/svg", Fixture, NULL, fixture_setup, test_export_svg, fixture_teardown);
  g_test_add ("/export/svg-range", Fixture, NULL, fixture_setup, test_export_svg_range, fixture_teardown);
  g_test_add ("/export/svg-lanes", Fixture, NULL, fixture_setup, test_export_svg_lanes, fixture_teardown);
  g_test_add ("/export/pdf", Fixture, NULL, fixture_setup, test_export_pdf, fixture_teardown);
  g_test_add ("/export/empty-layout", Fixture, NULL, fixture_setup, test_export_empty_layout, fixture_teardown);
  g_test_add ("/export/errors", Fixture, NULL, fixture_setup, test_export_errors, fixture_teardown);
  g_test_add ("/export/document", Fixture, NULL, fixture_setup, test_export_document, fixture_teardown);

  return g_test_run ();
}
