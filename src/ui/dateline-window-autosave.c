/* dateline-window-autosave.c — unsaved work kept for a crash, and offered back
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dateline-window-private.h"

/* While a window has unsaved changes, they are written to its slot in the
 * autosave folder (dateline-autosave.c) a minute after the first change
 * not yet written, and at once when the window is asked to close. Saving
 * the project, or discarding the changes, deletes the slot. So a slot
 * outlives its window only when Dateline did not close normally: the next
 * start finds it and offers it back (the infobar above the timeline). */

/* Helpers */

static GBytes *
serialise_project (DatelineWindow *self)
{
  gsize length = 0;
  char *data;

  /* On the main thread, where the project is changed (a publication date
   * set): the worker only writes bytes, so it never reads a project that
   * is being changed. Loading articles takes the same snapshot. */
  data = dateline_project_to_data (self->project, &length);

  return g_bytes_new_take (data, length);
}

static void
ensure_autosave (DatelineWindow *self)
{
  if (self->autosave == NULL)
    self->autosave = dateline_autosave_new ();
}

static void
disarm_autosave (DatelineWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
}

static gboolean dateline_window_autosave_timeout_cb (gpointer user_data);

static void
arm_autosave (DatelineWindow *self)
{
  guint interval = dateline_autosave_get_interval ();

  if (self->autosave_source != 0)
    return;

  /* Whole seconds let GLib group the wake-up with others. */
  if (interval % 1000 == 0)
    self->autosave_source = g_timeout_add_seconds (interval / 1000, dateline_window_autosave_timeout_cb, self);
  else
    self->autosave_source = g_timeout_add (interval, dateline_window_autosave_timeout_cb, self);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->autosave_source),
                            "[dateline] autosave");
}

/* Every window of the application, this one included. */
static GList *
list_windows (DatelineWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GList *windows = NULL;

  if (app == NULL)
    return g_list_prepend (NULL, self);

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (DATELINE_IS_WINDOW (l->data))
      windows = g_list_prepend (windows, l->data);

  return windows;
}

/* Slots a window of this process writes or offers back. */
static gboolean
is_owned (DatelineWindow *self,
          const char     *id)
{
  g_autoptr(GList) windows = list_windows (self);

  for (GList *l = windows; l != NULL; l = l->next)
    {
      DatelineWindow *window = l->data;

      if (window->autosave != NULL && g_str_equal (dateline_autosave_get_id (window->autosave), id))
        return TRUE;
      for (guint i = 0; window->recovered != NULL && i < window->recovered->len; i++)
        if (g_str_equal (dateline_autosave_get_id (g_ptr_array_index (window->recovered, i)), id))
          return TRUE;
    }

  return FALSE;
}

static GStrv
dup_owned_ids (DatelineWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GList) windows = list_windows (self);

  for (GList *l = windows; l != NULL; l = l->next)
    {
      DatelineWindow *window = l->data;

      if (window->autosave != NULL)
        g_strv_builder_add (builder, dateline_autosave_get_id (window->autosave));
      for (guint i = 0; window->recovered != NULL && i < window->recovered->len; i++)
        g_strv_builder_add (builder, dateline_autosave_get_id (g_ptr_array_index (window->recovered, i)));
    }

  return g_strv_builder_end (builder);
}

/* As the window will call it once restored: its title, else the file's
 * name, else "Untitled Timeline". */
static char *
dup_recovered_name (DatelineAutosave *autosave)
{
  DatelineProject *project = dateline_autosave_get_project (autosave);
  GFile *original = dateline_autosave_get_original (autosave);
  const char *title = project != NULL ? dateline_project_get_title (project) : NULL;

  if (title != NULL && title[0] != '\0')
    return g_strdup (title);

  if (original != NULL)
    {
      g_autofree char *basename = g_file_get_basename (original);

      if (g_str_has_suffix (basename, ".dateline"))
        basename[strlen (basename) - strlen (".dateline")] = '\0';

      return g_steal_pointer (&basename);
    }

  return g_strdup (_("Untitled Timeline"));
}

static void
hide_recovery (DatelineWindow *self)
{
  g_clear_pointer (&self->recovered, g_ptr_array_unref);
  gtk_info_bar_set_revealed (self->recovery_infobar, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->recovery_infobar), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-unsaved-work", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.discard-unsaved-work", FALSE);
}

static void
show_recovery (DatelineWindow     *self,
               GPtrArray          *recovered,
               const char * const *problems)
{
  g_autoptr(GString) body = g_string_new (NULL);
  gboolean restorable = recovered->len > 0;

  if (recovered->len == 1)
    {
      DatelineAutosave *autosave = g_ptr_array_index (recovered, 0);
      g_autofree char *name = dup_recovered_name (autosave);
      g_autofree char *when = dateline_autosave_dup_time_label (autosave);

      /* Translators: the first %s is the timeline's name, the second a time */
      g_string_append_printf (body, _("Changes to “%s” from %s were not saved before Dateline closed."),
                              name, when);
    }
  else if (recovered->len > 1)
    {
      DatelineAutosave *newest = g_ptr_array_index (recovered, recovered->len - 1);
      g_autofree char *when = dateline_autosave_dup_time_label (newest);

      g_string_append_printf (body,
                              /* Translators: %u timelines; %s is the time of the last change */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Changes to %u timeline, the last from %s, were not saved before Dateline closed.",
                                           "Changes to %u timelines, the last from %s, were not saved before Dateline closed.",
                                           recovered->len),
                              recovered->len, when);
    }

  for (guint i = 0; problems != NULL && problems[i] != NULL; i++)
    {
      if (body->len > 0)
        g_string_append (body, "\n");
      g_string_append (body, problems[i]);
    }

  if (body->len == 0)
    return;

  g_clear_pointer (&self->recovered, g_ptr_array_unref);
  self->recovered = g_ptr_array_ref (recovered);

  gtk_label_set_text (self->recovery_title,
                      restorable ? _("Unsaved Work Recovered") : _("Unsaved Work Could Not Be Restored"));
  gtk_label_set_text (self->recovery_body, body->str);
  gtk_info_bar_set_message_type (self->recovery_infobar, restorable ? GTK_MESSAGE_QUESTION : GTK_MESSAGE_WARNING);
  /* Nothing to decide about what could not be read: only close it. */
  gtk_info_bar_set_show_close_button (self->recovery_infobar, !restorable);
  gtk_widget_set_visible (self->recovery_buttons, restorable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-unsaved-work", restorable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.discard-unsaved-work", restorable);

  gtk_widget_set_visible (GTK_WIDGET (self->recovery_infobar), TRUE);
  gtk_info_bar_set_revealed (self->recovery_infobar, TRUE);
}

/* Callbacks */

static void
dateline_window_autosave_written_cb (GObject      *object,
                                     GAsyncResult *result,
                                     gpointer      user_data)
{
  g_autoptr(DatelineWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_writing = FALSE;

  if (!dateline_autosave_write_finish (DATELINE_AUTOSAVE (object), result, &error))
    {
      g_message ("Autosave: %s", error->message);

      /* Once, not every minute: the changes themselves are not lost. */
      if (!_dateline_window_is_disposed (self) && !self->autosave_failure_shown)
        {
          g_autofree char *message = NULL;

          /* Translators: %s says why, e.g. "No space left on device" */
          message = g_strdup_printf (_("Could not keep a copy of the unsaved changes: %s"), error->message);
          dateline_window_add_toast_message (self, message);
          self->autosave_failure_shown = TRUE;
        }
    }
  else
    {
      self->autosave_failure_shown = FALSE;
    }

  if (!_dateline_window_is_disposed (self) && self->modified && self->autosave_changed)
    arm_autosave (self);
}

static void
start_autosave (DatelineWindow *self)
{
  g_autoptr(GBytes) data = NULL;

  if (!self->modified || !self->autosave_changed)
    return;

  /* One write at a time: the one running re-arms when it is done. While
   * the project is saved, the save's worker reads it: come back later. */
  if (self->autosave_writing)
    return;
  if (self->saving)
    {
      arm_autosave (self);
      return;
    }

  ensure_autosave (self);
  data = serialise_project (self);
  self->autosave_changed = FALSE;
  self->autosave_writing = TRUE;
  dateline_autosave_write_async (self->autosave, data, self->file, NULL,
                                 dateline_window_autosave_written_cb,
                                 g_object_ref (self));
}

static gboolean
dateline_window_autosave_timeout_cb (gpointer user_data)
{
  DatelineWindow *self = user_data;

  self->autosave_source = 0;
  start_autosave (self);

  return G_SOURCE_REMOVE;
}

static void
dateline_window_leftovers_found_cb (GObject      *object,
                                    GAsyncResult *result,
                                    gpointer      user_data)
{
  g_autoptr(DatelineWindow) self = user_data;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) recovered = NULL;
  g_auto(GStrv) problems = NULL;
  g_autoptr(GError) error = NULL;

  found = dateline_autosave_find_leftovers_finish (result, &problems, &error);
  if (found == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("Cannot look for unsaved work: %s", error->message);
      return;
    }

  if (_dateline_window_is_disposed (self))
    return;

  g_clear_object (&self->recovery_cancellable);

  /* A window that started meanwhile may have written its first autosave
   * before the folder was read: its own, not a leftover. */
  recovered = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < found->len; i++)
    {
      DatelineAutosave *autosave = g_ptr_array_index (found, i);

      if (!is_owned (self, dateline_autosave_get_id (autosave)))
        g_ptr_array_add (recovered, g_object_ref (autosave));
    }

  show_recovery (self, recovered, (const char * const *) problems);
}

static void
dateline_window_recovery_response_cb (DatelineWindow *self,
                                      int             response,
                                      GtkInfoBar     *infobar)
{
  if (response == GTK_RESPONSE_CLOSE)
    hide_recovery (self);
}

/* Actions */

static void
dateline_window_restore_unsaved_work_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);
  g_autoptr(GPtrArray) recovered = NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->recovered == NULL)
    return;

  recovered = g_ptr_array_ref (self->recovered);
  hide_recovery (self);

  /* The first into this window if nothing would be lost there, every other
   * into a window of its own. */
  for (guint i = 0; i < recovered->len; i++)
    {
      DatelineAutosave *autosave = g_ptr_array_index (recovered, i);
      DatelineWindow *target = self;

      if (!dateline_window_is_empty (self) && app != NULL)
        target = dateline_window_new (DATELINE_APPLICATION (app));

      _dateline_window_install_recovered (target, autosave);
      if (target != self)
        gtk_window_present (GTK_WINDOW (target));
    }
}

static void
dateline_window_discard_unsaved_work_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);
  g_autoptr(GPtrArray) recovered = NULL;

  if (self->recovered == NULL)
    return;

  recovered = g_ptr_array_ref (self->recovered);
  hide_recovery (self);

  for (guint i = 0; i < recovered->len; i++)
    dateline_autosave_remove (g_ptr_array_index (recovered, i));
}

/* Private API */

void
_dateline_window_autosave_note_change (DatelineWindow *self)
{
  self->autosave_changed = TRUE;
  if (!self->autosave_writing)
    arm_autosave (self);
}

void
_dateline_window_autosave_forget (DatelineWindow *self)
{
  disarm_autosave (self);
  self->autosave_changed = FALSE;
  if (self->autosave != NULL)
    dateline_autosave_remove (self->autosave);
}

void
_dateline_window_autosave_adopt (DatelineWindow   *self,
                                 DatelineAutosave *autosave)
{
  if (self->autosave == autosave)
    return;

  /* An empty window's own slot holds nothing any more. */
  g_set_object (&self->autosave, autosave);
}

/* Restored work is what its slot already holds: nothing to write. */
void
_dateline_window_autosave_written (DatelineWindow *self)
{
  disarm_autosave (self);
  self->autosave_changed = FALSE;
}

void
_dateline_window_autosave_dispose (DatelineWindow *self)
{
  /* The slot stays on disk: a window with unsaved changes only goes away
   * without its close dialog when Dateline itself does. */
  disarm_autosave (self);
  g_cancellable_cancel (self->recovery_cancellable);
  g_clear_object (&self->recovery_cancellable);
  g_clear_pointer (&self->recovered, g_ptr_array_unref);
}

void
_dateline_window_autosave_finalize (DatelineWindow *self)
{
  g_clear_object (&self->autosave);
}

void
_dateline_window_class_autosave_init (DatelineWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, recovery_infobar);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, recovery_title);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, recovery_body);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, recovery_buttons);
  gtk_widget_class_bind_template_callback_full (widget_class, "recovery_response_cb",
                                                G_CALLBACK (dateline_window_recovery_response_cb));

  gtk_widget_class_install_action (widget_class, "win.restore-unsaved-work", NULL,
                                   dateline_window_restore_unsaved_work_action);
  gtk_widget_class_install_action (widget_class, "win.discard-unsaved-work", NULL,
                                   dateline_window_discard_unsaved_work_action);
}

void
_dateline_window_autosave_init (DatelineWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-unsaved-work", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.discard-unsaved-work", FALSE);
}

/* Public API */

gboolean
dateline_window_write_autosave (DatelineWindow  *self,
                                GError         **error)
{
  g_autoptr(GBytes) data = NULL;

  g_return_val_if_fail (DATELINE_IS_WINDOW (self), FALSE);

  if (!self->modified || self->project == NULL)
    return TRUE;

  disarm_autosave (self);
  ensure_autosave (self);
  data = serialise_project (self);
  self->autosave_changed = FALSE;

  return dateline_autosave_write (self->autosave, data, self->file, error);
}

GFile *
dateline_window_get_autosave_file (DatelineWindow *self)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), NULL);

  return self->autosave != NULL ? dateline_autosave_get_file (self->autosave) : NULL;
}

void
dateline_window_recover_unsaved_work (DatelineWindow *self)
{
  g_auto(GStrv) owned = NULL;

  g_return_if_fail (DATELINE_IS_WINDOW (self));

  if (_dateline_window_is_disposed (self) || self->recovery_cancellable != NULL)
    return;

  owned = dup_owned_ids (self);
  self->recovery_cancellable = g_cancellable_new ();
  dateline_autosave_find_leftovers_async ((const char * const *) owned, self->recovery_cancellable,
                                          dateline_window_leftovers_found_cb,
                                          g_object_ref (self));
}
