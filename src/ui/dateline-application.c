/* dateline-application.c — the application: windows, app actions, opening files
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dateline-application.h"
#include "dateline-compat.h"
#include "dateline-help-window.h"
#include "dateline-ui-private.h"
#include "dateline-window.h"

/* Entries of the "Open Recent" menu. */
#define MAX_RECENT_PROJECTS 8

#define PROJECT_MIME_TYPE "application/x-dateline"

struct _DatelineApplication
{
  AdwApplication    parent_instance;

  /* owned */
  GSettings        *settings;       /* NULL when the schema is not installed */
  GMenu            *recent_menu;

  /* borrowed */
  GtkRecentManager *recent_manager;
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

/* GSettings aborts on a schema it cannot find: running uninstalled
 * without GSETTINGS_SCHEMA_DIR the application simply does not remember. */
static GSettings *
dup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
is_recent_project (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);

  if (g_strcmp0 (gtk_recent_info_get_mime_type (info), PROJECT_MIME_TYPE) != 0 &&
      !g_str_has_suffix (uri, ".dateline"))
    return FALSE;

  /* A project that was moved or deleted since is not offered. Only local
   * files are checked: asking a remote server would block the menu. */
  return !gtk_recent_info_is_local (info) || gtk_recent_info_exists (info);
}

static int
compare_recent_newest_first (gconstpointer a,
                             gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;
  GDateTime *ta = gtk_recent_info_get_modified (ia);
  GDateTime *tb = gtk_recent_info_get_modified (ib);

  return -g_date_time_compare (ta, tb);
}

static void
rebuild_recent_menu (DatelineApplication *self)
{
  g_autoptr(GPtrArray) projects = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items;

  items = gtk_recent_manager_get_items (self->recent_manager);
  for (GList *l = items; l != NULL; l = l->next)
    {
      if (is_recent_project (l->data))
        g_ptr_array_add (projects, gtk_recent_info_ref (l->data));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (projects, compare_recent_newest_first);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < projects->len && i < MAX_RECENT_PROJECTS; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (projects, i);
      g_autofree char *label = g_strdup (gtk_recent_info_get_display_name (info));
      g_autoptr(GMenuItem) item = NULL;

      if (g_str_has_suffix (label, ".dateline"))
        label[strlen (label) - strlen (".dateline")] = '\0';

      /* Menu labels take mnemonics: a name with "_" must show it. */
      {
        g_auto(GStrv) parts = g_strsplit (label, "_", -1);
        g_autofree char *escaped = g_strjoinv ("__", parts);

        item = g_menu_item_new (escaped, NULL);
      }
      g_menu_item_set_action_and_target_value (item, "app.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_menu, item);
    }
}

static void
show_getting_started (DatelineApplication *self,
                      GtkWindow           *parent)
{
  DatelineHelpWindow *help = NULL;

  /* One "Getting Started" per main window is enough. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (DATELINE_IS_HELP_WINDOW (l->data) && gtk_window_get_transient_for (l->data) == parent)
      help = l->data;

  if (help == NULL)
    help = dateline_help_window_new (parent);

  gtk_window_present (GTK_WINDOW (help));
}

/* The first window ever shown gets "Getting Started" on top of it, once.
 * The first window of a start offers back the unsaved work of a Dateline
 * that did not close normally: no other can still own it. */
static void
present_first_window (DatelineApplication *self,
                      GtkWindow           *window)
{
  gtk_window_present (window);
  dateline_window_recover_unsaved_work (DATELINE_WINDOW (window));

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "show-getting-started"))
    {
      g_settings_set_boolean (self->settings, "show-getting-started", FALSE);
      show_getting_started (self, window);
    }
}

/* Callbacks */

static void
dateline_application_recent_changed_cb (DatelineApplication *self,
                                        GtkRecentManager    *manager)
{
  rebuild_recent_menu (self);
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
dateline_application_help_action (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  DatelineApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* From the help window itself (F1 again) the page is already there. */
  if (DATELINE_IS_HELP_WINDOW (window))
    {
      gtk_window_present (window);
      return;
    }

  if (window != NULL && !DATELINE_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);

  show_getting_started (self, window);
}

static void
dateline_application_new_window_action (GSimpleAction *action,
                                        GVariant      *param,
                                        gpointer       user_data)
{
  DatelineApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (dateline_window_new (self)));
}

static void
dateline_application_open_recent_action (GSimpleAction *action,
                                         GVariant      *param,
                                         gpointer       user_data)
{
  DatelineApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  /* As if given on the command line: into an empty window, else a new one. */
  g_application_open (G_APPLICATION (self), &file, 1, "");
}

static const GActionEntry app_actions[] = {
  { "quit", dateline_application_quit_action },
  { "about", dateline_application_about_action },
  { "help", dateline_application_help_action },
  { "new-window", dateline_application_new_window_action },
  { "open-recent", dateline_application_open_recent_action, "s" },
};

/* Virtual functions */

static void
dateline_application_startup (GApplication *application)
{
  DatelineApplication *self = DATELINE_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *new_window_accels[] = { "<Control>n", NULL };
  static const char *help_accels[] = { "F1", NULL };
  GMenu *menu;

  G_APPLICATION_CLASS (dateline_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  /* Keep in sync with gtk/help-overlay.ui */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-window", new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = dup_settings ();

  /* gtk/menus.ui (loaded by GtkApplication from the resource base path)
   * holds the "recent-projects" menu the window's main menu links to;
   * it lists the projects GtkRecentManager knows, newest first. */
  menu = gtk_application_get_menu_by_id (GTK_APPLICATION (self), "recent-projects");
  self->recent_menu = menu != NULL ? g_object_ref (menu) : g_menu_new ();
  self->recent_manager = gtk_recent_manager_get_default ();
  g_signal_connect_object (self->recent_manager, "changed",
                           G_CALLBACK (dateline_application_recent_changed_cb),
                           self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);
}

static void
dateline_application_activate (GApplication *application)
{
  DatelineApplication *self = DATELINE_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  present_first_window (self, GTK_WINDOW (dateline_window_new (self)));
}

static void
dateline_application_open (GApplication  *application,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  DatelineApplication *self = DATELINE_APPLICATION (application);
  gboolean first = gtk_application_get_windows (GTK_APPLICATION (self)) == NULL;
  DatelineWindow *window;

  /* `dateline a.txt b.txt` reads into the window the user is looking at if
   * it is still empty, and otherwise opens a new one. */
  window = find_empty_window (self);
  if (window == NULL)
    window = dateline_window_new (self);

  dateline_window_open_files (window, files, (guint) n_files);
  if (first)
    present_first_window (self, GTK_WINDOW (window));
  else
    gtk_window_present (GTK_WINDOW (window));
}

static void
dateline_application_shutdown (GApplication *application)
{
  DatelineApplication *self = DATELINE_APPLICATION (application);

  /* Quitting without each window's close dialog (the session ending):
   * unsaved work stays in the autosave folder, offered at the next start. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      g_autoptr(GError) error = NULL;

      if (DATELINE_IS_WINDOW (l->data) && !dateline_window_write_autosave (l->data, &error))
        g_message ("Autosave: %s", error->message);
    }

  if (self->recent_manager != NULL)
    g_signal_handlers_disconnect_by_func (self->recent_manager,
                                          dateline_application_recent_changed_cb, self);
  self->recent_manager = NULL;

  G_APPLICATION_CLASS (dateline_application_parent_class)->shutdown (application);
}

static void
dateline_application_finalize (GObject *object)
{
  DatelineApplication *self = DATELINE_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (dateline_application_parent_class)->finalize (object);
}

static void
dateline_application_class_init (DatelineApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = dateline_application_finalize;

  application_class->startup = dateline_application_startup;
  application_class->activate = dateline_application_activate;
  application_class->open = dateline_application_open;
  application_class->shutdown = dateline_application_shutdown;

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

GMenuModel *
dateline_application_get_recent_menu (DatelineApplication *self)
{
  g_return_val_if_fail (DATELINE_IS_APPLICATION (self), NULL);

  return G_MENU_MODEL (self->recent_menu);
}

void
dateline_application_add_recent_project (GFile *file)
{
  static const char *groups[] = { "dateline", NULL };
  g_autofree char *uri = NULL;
  GtkRecentData data = { 0, };

  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  data.display_name = NULL;
  data.mime_type = (char *) PROJECT_MIME_TYPE;
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "dateline %u";
  data.groups = (char **) groups;
  if (data.app_name == NULL)
    data.app_name = (char *) "Dateline";

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}
