/* dateline-application.c — the application: windows, app actions, opening files
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n.h>

#include "dateline-application.h"
#include "dateline-compat.h"
#include "dateline-ui-private.h"
#include "dateline-window.h"

struct _DatelineApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (DatelineApplication, dateline_application, ADW_TYPE_APPLICATION)

/* Helpers */

static DatelineWindow *
find_empty_window (DatelineApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (DATELINE_IS_WINDOW (active) && dateline_window_is_empty (DATELINE_WINDOW (active)))
    return DATELINE_WINDOW (active);

  return NULL;
}

/* Actions */

static void
dateline_application_quit_action (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  DatelineApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Closing each window goes through its unsaved-changes check; the
   * application quits when the last one is gone. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
dateline_application_about_action (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  DatelineApplication *self = user_data;

  dateline_compat_show_about (gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
dateline_application_new_window_action (GSimpleAction *action,
                                        GVariant      *param,
                                        gpointer       user_data)
{
  DatelineApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (dateline_window_new (self)));
}

static const GActionEntry app_actions[] = {
  { "quit", dateline_application_quit_action },
  { "about", dateline_application_about_action },
  { "new-window", dateline_application_new_window_action },
};

/* Virtual functions */

static void
dateline_application_startup (GApplication *application)
{
  DatelineApplication *self = DATELINE_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *new_window_accels[] = { "<Control>n", NULL };

  G_APPLICATION_CLASS (dateline_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-window", new_window_accels);

  gtk_window_set_default_icon_name (APPLICATION_ID);
}

static void
dateline_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (dateline_window_new (DATELINE_APPLICATION (application)));

  gtk_window_present (window);
}

static void
dateline_application_open (GApplication  *application,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  DatelineApplication *self = DATELINE_APPLICATION (application);
  DatelineWindow *window;

  /* `dateline a.txt b.txt` reads into the window the user is looking at if
   * it is still empty, and otherwise opens a new one. */
  window = find_empty_window (self);
  if (window == NULL)
    window = dateline_window_new (self);

  dateline_window_open_files (window, files, (guint) n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
dateline_application_class_init (DatelineApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->startup = dateline_application_startup;
  application_class->activate = dateline_application_activate;
  application_class->open = dateline_application_open;

  /* Before startup, so GtkApplication finds gtk/help-overlay.ui and
   * AdwApplication style.css under the resource base path. */
  dateline_ui_ensure_resources ();
}

static void
dateline_application_init (DatelineApplication *self)
{
}

/* Public API */

DatelineApplication *
dateline_application_new (void)
{
  return g_object_new (DATELINE_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", DATELINE_UI_RESOURCE_PATH,
                       NULL);
}
