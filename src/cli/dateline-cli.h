/* dateline-cli.h — the headless commands: extract and export
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when argv[1] names a headless command ("extract", "export"). */
gboolean dateline_cli_is_command (int    argc,
                                  char **argv);
/* Runs it; returns the process exit status (0 ok, 1 usage or fatal error,
 * 2 some input files were skipped). */
int      dateline_cli_run        (int    argc,
                                  char **argv);

G_END_DECLS
