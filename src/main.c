/* main.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "dateline-application.h"
#include "dateline-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DatelineApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The headless commands never touch GTK, so they run without a display. */
  if (dateline_cli_is_command (argc, argv))
    return dateline_cli_run (argc, argv);

  app = dateline_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
