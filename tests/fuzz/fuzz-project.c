/* fuzz-project.c — libFuzzer harness for the project loader
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a project file. The loader either builds a project or
 * refuses the file with an error; nothing else. What it accepts must also
 * survive a save: the saved form loads again and saves to the same bytes
 * (a project that opens but cannot be reopened after Save would be lost).
 */
#include "fuzz-common.h"

#include "dateline-project.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(DatelineProject) project = NULL;
  g_autoptr(DatelineProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  gsize saved_length = 0, saved_again_length = 0;

  /* The loader takes a length; a copy without a terminating NUL makes a
   * read past it an ASan report. */
  g_autofree char *copy = size > 0 ? g_memdup2 (data, size) : g_malloc0 (1);

  project = dateline_project_new_from_data (copy, (gssize) size, &error);
  fuzz_check_result (project != NULL, error, NULL);
  if (project == NULL)
    return 0;

  saved = dateline_project_to_data (project, &saved_length);
  reloaded = dateline_project_new_from_data (saved, (gssize) saved_length, &error);
  if (reloaded == NULL)
    g_error ("a project that loaded does not load after a save: %s\n%s", error->message, saved);

  saved_again = dateline_project_to_data (reloaded, &saved_again_length);
  if (saved_length != saved_again_length || memcmp (saved, saved_again, saved_length) != 0)
    g_error ("saving a reloaded project changed it:\n%s\n---\n%s", saved, saved_again);

  return 0;
}
