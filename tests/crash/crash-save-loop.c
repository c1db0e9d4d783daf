/* crash-save-loop.c — saves a project over and over until it is killed
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   crash-save-loop SOURCE TARGET GENERATION
 *
 * Loads the project SOURCE, prints "ready", then saves it to TARGET with
 * the title "generation N" for N = GENERATION, GENERATION + 1, …, printing
 * "saved N" after each, for ever. test-kill-save kills it with SIGKILL at
 * random moments and checks that TARGET is always a whole project.
 */
#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>

#include "dateline-project.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(DatelineProject) project = NULL;
  g_autoptr(GError) error = NULL;
  guint64 generation;

  if (argc != 4)
    {
      fprintf (stderr, "usage: %s SOURCE TARGET GENERATION\n", argv[0]);
      return 64;
    }

  source = g_file_new_for_path (argv[1]);
  target = g_file_new_for_path (argv[2]);
  generation = g_ascii_strtoull (argv[3], NULL, 10);

  project = dateline_project_new_from_file (source, NULL, &error);
  if (project == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  printf ("ready\n");
  fflush (stdout);

  for (;; generation++)
    {
      g_autofree char *title = g_strdup_printf ("generation %" G_GUINT64_FORMAT, generation);

      dateline_project_set_title (project, title);
      if (!dateline_project_save_to_file (project, target, NULL, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      printf ("saved %" G_GUINT64_FORMAT "\n", generation);
      fflush (stdout);
    }
}
