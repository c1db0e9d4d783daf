/* dateline-compat.c — the only place that knows which GTK/libadwaita it runs on
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

/* The build caps GTK/libadwaita at the Debian 12 API (4.8 / 1.2) so that an
 * unguarded newer call breaks the build everywhere else. This file is the
 * exception: everything newer is behind a version check, so lift the cap. */
#undef GDK_VERSION_MAX_ALLOWED
#undef ADW_VERSION_MAX_ALLOWED

#include "config.h"

#include <glib/gi18n.h>

#include "dateline-compat.h"

#if GTK_CHECK_VERSION (4, 10, 0)
# define DATELINE_HAVE_FILE_DIALOG 1
#endif

#if ADW_CHECK_VERSION (1, 5, 0)
# define DATELINE_HAVE_ABOUT_DIALOG 1
#endif

#ifdef DATELINE_HAVE_FILE_DIALOG

static GtkFileDialog *
create_file_dialog (const char *title,
                    GListModel *filters)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);

  if (filters != NULL && g_list_model_get_n_items (filters) > 0)
    {
      g_autoptr(GtkFileFilter) first = g_list_model_get_item (filters, 0);

      gtk_file_dialog_set_filters (dialog, filters);
      gtk_file_dialog_set_default_filter (dialog, first);
    }

  return dialog;
}

static void
dateline_compat_open_multiple_cb (GObject      *object,
                                  GAsyncResult *result,
                                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GListModel *files;

  files = gtk_file_dialog_open_multiple_finish (GTK_FILE_DIALOG (object), result, &error);

  if (files == NULL)
    {
      /* GtkFileDialog reports a dismissed dialog as GTK_DIALOG_ERROR_DISMISSED;
       * callers only need to know it was cancelled. */
      if (g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) ||
          g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", error->message);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, files, g_object_unref);
}

static void
dateline_compat_save_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);

  if (file == NULL)
    {
      if (g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) ||
          g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", error->message);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, file, g_object_unref);
}

#else /* GtkFileChooserNative */

static GtkFileChooserNative *
create_file_chooser (GtkWindow            *parent,
                     const char           *title,
                     GtkFileChooserAction  action,
                     const char           *accept_label,
                     GListModel           *filters)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  if (filters != NULL)
    {
      guint n_filters = g_list_model_get_n_items (filters);

      for (guint i = 0; i < n_filters; i++)
        {
          g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

          gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
          if (i == 0)
            gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);
        }
    }

  return native;
}

static void
dateline_compat_native_response_cb (GtkNativeDialog *native,
                                    int              response,
                                    gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (native);

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "%s", _("The file chooser was dismissed"));
    }
  else if (gtk_file_chooser_get_action (chooser) == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      GFile *file = gtk_file_chooser_get_file (chooser);

      if (file != NULL)
        g_task_return_pointer (task, file, g_object_unref);
      else
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                 "%s", _("No file was chosen"));
    }
  else
    {
      /* Copy into a GListStore: the chooser's own model is live and dies
       * with the dialog. */
      g_autoptr(GListModel) chosen = gtk_file_chooser_get_files (chooser);
      GListStore *files = g_list_store_new (G_TYPE_FILE);
      guint n_files = g_list_model_get_n_items (chosen);

      for (guint i = 0; i < n_files; i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (chosen, i);
          g_list_store_append (files, file);
        }

      g_task_return_pointer (task, files, g_object_unref);
    }

  gtk_native_dialog_destroy (native);
}

#endif

void
dateline_compat_open_files_async (GtkWindow           *parent,
                                  const char          *title,
                                  GFile               *initial_folder,
                                  GListModel          *filters,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (title != NULL);
  g_return_if_fail (initial_folder == NULL || G_IS_FILE (initial_folder));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, dateline_compat_open_files_async);

#ifdef DATELINE_HAVE_FILE_DIALOG
  {
    g_autoptr(GtkFileDialog) dialog = create_file_dialog (title, filters);

    gtk_file_dialog_set_accept_label (dialog, _("_Open"));
    if (initial_folder != NULL)
      gtk_file_dialog_set_initial_folder (dialog, initial_folder);
    gtk_file_dialog_open_multiple (dialog, parent, cancellable,
                                   dateline_compat_open_multiple_cb,
                                   g_steal_pointer (&task));
  }
#else
  {
    GtkFileChooserNative *native;

    native = create_file_chooser (parent, title, GTK_FILE_CHOOSER_ACTION_OPEN,
                                  _("_Open"), filters);
    gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
    if (initial_folder != NULL)
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), initial_folder, NULL);
    /* The task is the native's owner: it is destroyed in the response handler. */
    g_task_set_task_data (task, native, g_object_unref);
    g_signal_connect (native, "response",
                      G_CALLBACK (dateline_compat_native_response_cb),
                      g_object_ref (task));
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}

GListModel *
dateline_compat_open_files_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
dateline_compat_save_file_async (GtkWindow           *parent,
                                 const char          *title,
                                 const char          *initial_name,
                                 GFile               *initial_folder,
                                 GListModel          *filters,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (title != NULL);
  g_return_if_fail (initial_folder == NULL || G_IS_FILE (initial_folder));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, dateline_compat_save_file_async);

#ifdef DATELINE_HAVE_FILE_DIALOG
  {
    g_autoptr(GtkFileDialog) dialog = create_file_dialog (title, filters);

    gtk_file_dialog_set_accept_label (dialog, _("_Save"));
    if (initial_name != NULL)
      gtk_file_dialog_set_initial_name (dialog, initial_name);
    if (initial_folder != NULL)
      gtk_file_dialog_set_initial_folder (dialog, initial_folder);
    gtk_file_dialog_save (dialog, parent, cancellable,
                          dateline_compat_save_cb,
                          g_steal_pointer (&task));
  }
#else
  {
    GtkFileChooserNative *native;

    native = create_file_chooser (parent, title, GTK_FILE_CHOOSER_ACTION_SAVE,
                                  _("_Save"), filters);
    if (initial_folder != NULL)
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), initial_folder, NULL);
    if (initial_name != NULL)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
    g_task_set_task_data (task, native, g_object_unref);
    g_signal_connect (native, "response",
                      G_CALLBACK (dateline_compat_native_response_cb),
                      g_object_ref (task));
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}

GFile *
dateline_compat_save_file_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

#ifdef DATELINE_HAVE_FILE_DIALOG
static void
dateline_compat_launch_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}
#endif

void
dateline_compat_launch_file_async (GtkWindow           *parent,
                                   GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, dateline_compat_launch_file_async);

#ifdef DATELINE_HAVE_FILE_DIALOG
  {
    g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

    gtk_file_launcher_launch (launcher, parent, cancellable,
                              dateline_compat_launch_cb,
                              g_steal_pointer (&task));
  }
#else
  {
    g_autofree char *uri = g_file_get_uri (file);

    /* GTK 4.8 reports no result: gtk_show_uri() shows its own error. */
    gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
    g_task_return_boolean (task, TRUE);
  }
#endif
}

gboolean
dateline_compat_launch_file_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
dateline_compat_show_about (GtkWindow *parent)
{
  static const char *developers[] = { "The Dateline authors", NULL };

#ifdef DATELINE_HAVE_ABOUT_DIALOG
  AdwDialog *about = adw_about_dialog_new ();

  g_object_set (about,
                "application-name", _("Dateline"),
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Dateline authors"),
                "developers", developers,
                "copyright", "© 2026 The Dateline authors",
                "license-type", GTK_LICENSE_GPL_3_0,
                "website", "https://github.com/dateline/dateline",
                "issue-url", "https://github.com/dateline/dateline/issues",
                "comments", _("Build a timeline from news articles and check every event against its sources"),
                "translator-credits", _("translator-credits"),
                NULL);
  adw_dialog_present (about, parent ? GTK_WIDGET (parent) : NULL);
#else
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "transient-for", parent,
                "modal", TRUE,
                "application-name", _("Dateline"),
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Dateline authors"),
                "developers", developers,
                "copyright", "© 2026 The Dateline authors",
                "license-type", GTK_LICENSE_GPL_3_0,
                "website", "https://github.com/dateline/dateline",
                "issue-url", "https://github.com/dateline/dateline/issues",
                "comments", _("Build a timeline from news articles and check every event against its sources"),
                "translator-credits", _("translator-credits"),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
#endif
}
