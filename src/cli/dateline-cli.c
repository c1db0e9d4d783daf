/* dateline-cli.c — the headless commands: extract and export
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "dateline-cli.h"
#include "dateline-export.h"
#include "dateline-extract.h"
#include "dateline-ingest.h"
#include "dateline-layout.h"
#include "dateline-merge.h"
#include "dateline-project.h"

#define EXIT_USAGE   1
#define EXIT_SKIPPED 2

#define DEFAULT_WIDTH  1600
#define DEFAULT_HEIGHT 900
#define MAX_DIMENSION  20000

static void
print_error (const char *message)
{
  g_printerr ("dateline: %s\n", message);
}

/* Reads every input: projects are merged in, articles are ingested and
 * extracted. A file that fails is reported on stderr and skipped.
 * Returns the number of files skipped. */
static guint
load_inputs (DatelineProject    *project,
             char              **paths,
             const DatelineWhen *reference)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  guint skipped = 0;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GError) error = NULL;

      if (dateline_ingest_is_project_file (file))
        {
          g_autoptr(DatelineProject) loaded = dateline_project_new_from_file (file, NULL, &error);

          if (loaded != NULL)
            dateline_project_absorb (project, loaded);
        }
      else
        {
          /* A saved web page may carry a related story printed in full:
           * it comes back as an article of its own. */
          g_autoptr(GPtrArray) found = dateline_ingest_file_all (file, reference, NULL, &error);

          for (guint j = 0; found != NULL && j < found->len; j++)
            g_ptr_array_add (articles, g_object_ref (g_ptr_array_index (found, j)));
        }

      if (error != NULL)
        {
          print_error (error->message);
          skipped++;
        }
    }

  /* All articles at once: copies are linked, events merged across them
   * (and across the events of projects given too). */
  if (articles->len > 0)
    dateline_extract_articles_into_project (project, articles);
  else
    dateline_merge_project_events (project);

  return skipped;
}

static gboolean
parse_reference_date (const char   *str,
                      DatelineWhen *when)
{
  guint32 julian;

  if (!dateline_when_parse_day (str, &julian))
    return FALSE;

  dateline_when_set_day (when, julian, DATELINE_CERTAINTY_STATED);
  return TRUE;
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  print_error (message);
  g_printerr ("%s", help);
  return EXIT_USAGE;
}

static int
run_extract (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DatelineProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference_str = NULL;
  g_autofree char *output = NULL;
  g_autofree char *data = NULL;
  g_auto(GStrv) files = NULL;
  DatelineWhen reference = DATELINE_WHEN_INIT;
  gsize length = 0;
  guint skipped;
  const GOptionEntry entries[] = {
    { "reference-date", 0, 0, G_OPTION_ARG_STRING, &reference_str,
      N_("Publication date for articles that do not state one"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the project to FILE instead of standard output"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Extract the dated events of articles into a Dateline project (JSON)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (context, error->message);
  if (files == NULL || files[0] == NULL)
    return usage_error (context, _("No article files given"));
  if (reference_str != NULL && !parse_reference_date (reference_str, &reference))
    return usage_error (context, _("--reference-date must be a date like 2025-08-01"));

  project = dateline_project_new ();
  skipped = load_inputs (project, files, reference_str ? &reference : NULL);

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      /* A temporary file renamed over the target: never half-written, and
       * left as it was when the disk is full. The message names the file. */
      if (!dateline_project_save_to_file (project, file, NULL, &error))
        {
          print_error (error->message);
          return EXIT_USAGE;
        }
      return skipped > 0 ? EXIT_SKIPPED : 0;
    }

  data = dateline_project_to_data (project, &length);
  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      print_error (_("Cannot write to standard output"));
      return EXIT_USAGE;
    }

  return skipped > 0 ? EXIT_SKIPPED : 0;
}

/* --from and --to take any TIMEX3 date value: a day, a month, a year… */
static gboolean
parse_range_bound (const char *str,
                   gboolean    is_end,
                   double     *out)
{
  DatelineWhen when;

  if (!dateline_when_parse_value (str, &when))
    return FALSE;

  /* The range covers whole days: --to=2025-07 includes 31 July. */
  *out = is_end ? (double) when.end + 1.0 : (double) when.start;
  return TRUE;
}

static int
run_export (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DatelineProject) project = NULL;
  g_autoptr(DatelineLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *output = NULL;
  g_autofree char *from_str = NULL;
  g_autofree char *to_str = NULL;
  g_auto(GStrv) inputs = NULL;
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  DatelineExportFormat format;
  gboolean dark = FALSE;
  int width = DEFAULT_WIDTH;
  int height = DEFAULT_HEIGHT;
  double begin = 0, end = 0;
  guint skipped;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The image to write: .png, .svg or .pdf"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (default 1600)"), N_("PX") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (default 900)"), N_("PX") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_str, N_("First date shown"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_str, N_("Last date shown"), N_("DATE") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Use the dark style"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, N_("INPUT…") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Render the timeline of a project or of articles as PNG, SVG or PDF."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (context, error->message);
  if (output == NULL)
    return usage_error (context, _("--output is required"));
  if (!dateline_export_format_from_filename (output, &format))
    return usage_error (context, _("--output must end in .png, .svg or .pdf"));
  if (inputs == NULL || inputs[0] == NULL)
    return usage_error (context, _("No project or article files given"));
  if (width < 16 || width > MAX_DIMENSION || height < 16 || height > MAX_DIMENSION)
    return usage_error (context, _("--width and --height must be between 16 and 20000"));
  if (from_str != NULL && !parse_range_bound (from_str, FALSE, &begin))
    return usage_error (context, _("--from must be a date like 2025-07-01, 2025-07 or 2025"));
  if (to_str != NULL && !parse_range_bound (to_str, TRUE, &end))
    return usage_error (context, _("--to must be a date like 2025-07-31, 2025-07 or 2025"));

  project = dateline_project_new ();
  skipped = load_inputs (project, inputs, NULL);
  /* As the window draws it: publication markers, the undated tray with
   * each event's relative phrase, the dates sources dispute. */
  layout = dateline_layout_new_with_lanes (dateline_project_get_events (project), DATELINE_LANES_SINGLE,
                                           dateline_project_get_actors (project),
                                           dateline_project_get_articles (project));

  /* Unless given, the range is the whole timeline. */
  if (from_str == NULL || to_str == NULL)
    {
      double extent_begin, extent_end;

      if (!dateline_layout_get_extent (layout, &extent_begin, &extent_end))
        {
          print_error (_("There is nothing to draw: no event has a date. "
                         "Give --from and --to to draw an empty range."));
          return EXIT_USAGE;
        }
      if (from_str == NULL)
        begin = extent_begin;
      if (to_str == NULL)
        end = extent_end;
    }
  if (end <= begin)
    return usage_error (context, _("--to must come after --from"));

  options.dark = dark;
  file = g_file_new_for_commandline_arg (output);
  if (!dateline_export_to_file (layout, begin, end, width, height, format, &options,
                                file, NULL, &error))
    {
      print_error (error->message);
      return EXIT_USAGE;
    }

  return skipped > 0 ? EXIT_SKIPPED : 0;
}

gboolean
dateline_cli_is_command (int    argc,
                         char **argv)
{
  return argc >= 2 &&
         (g_strcmp0 (argv[1], "extract") == 0 || g_strcmp0 (argv[1], "export") == 0);
}

int
dateline_cli_run (int    argc,
                  char **argv)
{
  g_return_val_if_fail (dateline_cli_is_command (argc, argv), EXIT_USAGE);

  /* Let the command's own option parser see "dateline extract" as argv[0]. */
  if (g_strcmp0 (argv[1], "extract") == 0)
    return run_extract (argc - 1, argv + 1);
  else
    return run_export (argc - 1, argv + 1);
}
