/* test-cli.c — `dateline extract` and `dateline export`, run as a user runs them
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

static char *tmp_dir;

typedef struct {
  char *out;
  char *err;
  int   status;  /* exit status, or -1 when killed */
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* Runs the dateline binary with a NULL-terminated list of arguments. */
static void
run_dateline (Run *run,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *bin = g_getenv ("DATELINE_BIN");
  const char *arg;
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (char *) bin);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* No display: the headless commands must not need one. The rest of the
   * environment is kept: under the sanitizers it carries their options and
   * the suppressions of third-party leaks (tests/lsan.supp). */
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "DISPLAY", "", TRUE);
  envp = g_environ_setenv (envp, "WAYLAND_DISPLAY", "", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp,
                               G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);

  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static JsonObject *
parse_project (JsonParser *parser,
               const char *data)
{
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  g_assert_true (json_parser_load_from_data (parser, data, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "dateline");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  return root;
}

/* The event whose first passage contains @needle. */
static JsonObject *
find_event (JsonObject *root,
            const char *needle)
{
  JsonArray *events = json_object_get_array_member (root, "events");

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);
      JsonArray *sources = json_object_get_array_member (event, "sources");
      JsonObject *source = json_array_get_object_element (sources, 0);

      if (strstr (json_object_get_string_member (source, "text"), needle) != NULL)
        return event;
    }

  g_error ("no event with a passage containing “%s”", needle);
  return NULL;
}

static const char *
event_date (JsonObject *event)
{
  JsonObject *when = json_object_get_object_member (event, "when");

  if (json_object_get_null_member (when, "value"))
    return NULL;
  return json_object_get_string_member (when, "value");
}

static void
test_cli_extract (void)
{
  g_autofree char *grain = fixture ("grain-talks.txt");
  g_autofree char *port = fixture ("port-storm.txt");
  g_autofree char *council = fixture ("published-line.txt");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  JsonObject *root, *article, *talks;

  run_dateline (&run, "extract", grain, port, council, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  root = parse_project (parser, run.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "articles")), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "events")), ==, 9);

  article = json_array_get_object_element (json_object_get_array_member (root, "articles"), 0);
  g_assert_cmpstr (json_object_get_string_member (article, "source"), ==, "grain-talks.txt");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (article, "published"), "origin"),
                   ==, "header");

  talks = find_event (root, "held talks in Geneva");
  g_assert_cmpstr (event_date (talks), ==, "2024-03-13");
  g_assert_cmpstr (json_object_get_string_member (talks, "kind"), ==, "talks");
  g_assert_cmpstr (event_date (find_event (root, "naval attack")), ==, "2024-03-09");
  g_assert_cmpstr (event_date (find_event (root, "voted on Monday")), ==, "2023-09-04");
  /* No anchor for port-storm.txt: its weekday event is kept, undated. */
  g_assert_null (event_date (find_event (root, "reopened on Tuesday")));

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "timexes")), >=, 8);
}

static void
test_cli_extract_reference_date (void)
{
  g_autofree char *port = fixture ("port-storm.txt");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  JsonObject *root, *published;

  run_dateline (&run, "extract", "--reference-date=2023-06-16", port, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_project (parser, run.out);

  published = json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (root, "articles"), 0), "published");
  g_assert_cmpstr (json_object_get_string_member (published, "value"), ==, "2023-06-16");
  g_assert_cmpstr (json_object_get_string_member (published, "origin"), ==, "reference");
  g_assert_cmpstr (event_date (find_event (root, "reopened on Tuesday")), ==, "2023-06-13");
}

static void
test_cli_extract_skips_bad_files (void)
{
  g_autofree char *grain = fixture ("grain-talks.txt");
  g_autofree char *port = fixture ("port-storm.txt");
  g_autofree char *binary = g_build_filename (tmp_dir, "photo.txt", NULL);
  g_autofree char *latin1 = g_build_filename (tmp_dir, "latin1.txt", NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.txt", NULL);
  static const char png_bytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06";
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  JsonObject *root;

  g_assert_true (g_file_set_contents (binary, png_bytes, sizeof png_bytes - 1, NULL));
  g_assert_true (g_file_set_contents (latin1, "Caf\xE9\n\nOpened on 3 May 2021.\n", -1, NULL));

  run_dateline (&run, "extract", grain, binary, latin1, missing, port, NULL);
  g_assert_cmpint (run.status, ==, 2);

  /* Each bad file is named with its reason, on its own line. */
  g_assert_nonnull (strstr (run.err, "“photo.txt” is not a text file"));
  g_assert_nonnull (strstr (run.err, "“latin1.txt” is not valid UTF-8"));
  g_assert_nonnull (strstr (run.err, "missing.txt"));
  /* Named once, with the reason: not GIO's message repeating the path. */
  {
    const char *line = strstr (run.err, "missing.txt");

    g_assert_null (strstr (line + 1, "missing.txt"));
  }
  {
    g_auto(GStrv) lines = g_strsplit (run.err, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 4);  /* three lines and the final newline */
  }

  /* The good ones were still extracted. */
  root = parse_project (parser, run.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "articles")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "events")), ==, 7);
}

static void
test_cli_extract_output_file (void)
{
  g_autofree char *grain = fixture ("grain-talks.txt");
  g_autofree char *output = g_build_filename (tmp_dir, "out.dateline", NULL);
  g_autofree char *output_arg = g_strconcat ("--output=", output, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  g_auto(Run) unwritable = { 0 };

  run_dateline (&run, "extract", output_arg, grain, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  parse_project (parser, contents);

  run_dateline (&unwritable, "extract", "--output=/nonexistent-dir/out.dateline", grain, NULL);
  g_assert_cmpint (unwritable.status, ==, 1);
  g_assert_nonnull (strstr (unwritable.err, "/nonexistent-dir/out.dateline"));
}

/* A saved web page: its metadata date and title, its article text
 * without the page around it. */
static void
test_cli_extract_html (void)
{
  g_autofree char *page = g_test_build_filename (G_TEST_DIST, "data", "html", "substation-fire.html", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  JsonObject *root, *article, *published;
  g_autofree char *lower = NULL;

  run_dateline (&run, "extract", page, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_project (parser, run.out);

  article = json_array_get_object_element (json_object_get_array_member (root, "articles"), 0);
  published = json_object_get_object_member (article, "published");
  g_assert_cmpstr (json_object_get_string_member (published, "value"), ==, "2024-11-19");
  g_assert_cmpstr (json_object_get_string_member (published, "origin"), ==, "metadata");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (article, "title"), "Substation fire"));

  lower = g_ascii_strdown (json_object_get_string_member (article, "text"), -1);
  g_assert_null (strstr (lower, "cookie"));
  g_assert_null (strstr (lower, "<div"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "events")), >, 0);
}

static void
test_cli_usage_errors (void)
{
  g_autofree char *grain = fixture ("grain-talks.txt");
  g_auto(Run) no_files = { 0 };
  g_auto(Run) bad_date = { 0 };
  g_auto(Run) bad_format = { 0 };
  g_auto(Run) no_output = { 0 };

  run_dateline (&no_files, "extract", NULL);
  g_assert_cmpint (no_files.status, ==, 1);
  g_assert_nonnull (strstr (no_files.err, "No article files"));

  run_dateline (&bad_date, "extract", "--reference-date=yesterday", grain, NULL);
  g_assert_cmpint (bad_date.status, ==, 1);
  g_assert_nonnull (strstr (bad_date.err, "--reference-date"));

  run_dateline (&bad_format, "export", "--output=timeline.gif", grain, NULL);
  g_assert_cmpint (bad_format.status, ==, 1);
  g_assert_nonnull (strstr (bad_format.err, ".png, .svg or .pdf"));

  run_dateline (&no_output, "export", grain, NULL);
  g_assert_cmpint (no_output.status, ==, 1);
}

static void
test_cli_export_formats (void)
{
  g_autofree char *grain = fixture ("grain-talks.txt");
  g_autofree char *council = fixture ("published-line.txt");
  g_autofree char *project = g_build_filename (tmp_dir, "export.dateline", NULL);
  g_autofree char *project_arg = g_strconcat ("--output=", project, NULL);
  g_auto(Run) extract = { 0 };

  /* Export reads a project as well as articles. */
  run_dateline (&extract, "extract", project_arg, grain, council, NULL);
  g_assert_cmpint (extract.status, ==, 0);

  {
    g_autofree char *png = g_build_filename (tmp_dir, "timeline.png", NULL);
    g_autofree char *arg = g_strconcat ("--output=", png, NULL);
    g_auto(Run) run = { 0 };
    cairo_surface_t *surface;

    run_dateline (&run, "export", arg, "--width=800", "--height=400", project, NULL);
    g_assert_cmpint (run.status, ==, 0);
    surface = cairo_image_surface_create_from_png (png);
    g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 800);
    g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 400);
    cairo_surface_destroy (surface);
  }

  {
    g_autofree char *svg = g_build_filename (tmp_dir, "timeline.svg", NULL);
    g_autofree char *arg = g_strconcat ("--output=", svg, NULL);
    g_autofree char *contents = NULL;
    g_auto(Run) run = { 0 };

    run_dateline (&run, "export", arg, "--from=2024-03", "--to=2024-04", grain, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "<svg"));
    g_assert_nonnull (strstr (contents, "</svg>"));
    g_assert_nonnull (strstr (contents, "Negotiators agreed to meet again"));
  }

  {
    g_autofree char *pdf = g_build_filename (tmp_dir, "timeline.pdf", NULL);
    g_autofree char *arg = g_strconcat ("--output=", pdf, NULL);
    g_autofree char *contents = NULL;
    gsize length = 0;
    g_auto(Run) run = { 0 };

    run_dateline (&run, "export", arg, project, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 1000);
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  }
}

static void
test_cli_export_skips_and_refuses (void)
{
  g_autofree char *grain = fixture ("grain-talks.txt");
  g_autofree char *broken = g_build_filename (tmp_dir, "broken.dateline", NULL);
  g_autofree char *undated = g_build_filename (tmp_dir, "undated.txt", NULL);
  g_autofree char *png = g_build_filename (tmp_dir, "skips.png", NULL);
  g_autofree char *png_arg = g_strconcat ("--output=", png, NULL);
  g_autofree char *empty_png = g_build_filename (tmp_dir, "empty.png", NULL);
  g_autofree char *empty_arg = g_strconcat ("--output=", empty_png, NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) nothing = { 0 };

  g_assert_true (g_file_set_contents (broken, "{\"format\": \"dateline\", \"version\": 1, \"articl", -1, NULL));
  run_dateline (&run, "export", png_arg, broken, grain, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "broken.dateline"));
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));

  /* Without a publication date the weekday cannot be placed: the only
   * event is undated, there is nothing to draw, and no file is written. */
  g_assert_true (g_file_set_contents (undated, "No dates\n\nNothing happened on Tuesday.\n", -1, NULL));
  run_dateline (&nothing, "export", empty_arg, undated, NULL);
  g_assert_cmpint (nothing.status, ==, 1);
  g_assert_nonnull (strstr (nothing.err, "nothing to draw"));
  g_assert_false (g_file_test (empty_png, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("dateline-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/extract", test_cli_extract);
  g_test_add_func ("/cli/extract-reference-date", test_cli_extract_reference_date);
  g_test_add_func ("/cli/extract-skips-bad-files", test_cli_extract_skips_bad_files);
  g_test_add_func ("/cli/extract-output-file", test_cli_extract_output_file);
  g_test_add_func ("/cli/extract-html", test_cli_extract_html);
  g_test_add_func ("/cli/usage-errors", test_cli_usage_errors);
  g_test_add_func ("/cli/export-formats", test_cli_export_formats);
  g_test_add_func ("/cli/export-skips-and-refuses", test_cli_export_skips_and_refuses);

  ret = g_test_run ();

  /* Best effort: remove what the tests wrote. */
  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
        g_unlink (path);
      }
    g_rmdir (tmp_dir);
    g_free (tmp_dir);
  }

  return ret;
}
