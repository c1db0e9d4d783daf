/* dateline-window-actions.c — the window's actions (win.*)
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dateline-compat.h"
#include "dateline-export.h"
#include "dateline-export-dialog.h"
#include "dateline-extract.h"
#include "dateline-ingest.h"
#include "dateline-window-private.h"

/* Helpers */

static GtkFileFilter *
new_filter (const char         *name,
            const char * const *mime_types,
            const char * const *suffixes)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types != NULL && mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; suffixes != NULL && suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);

  return filter;
}

static GListModel *
create_open_filters (void)
{
  static const char * const article_types[] = { "text/plain", "text/html", "text/markdown", NULL };
  static const char * const article_suffixes[] = { "txt", "html", "htm", "md", "markdown", NULL };
  static const char * const project_suffixes[] = { "dateline", NULL };
  static const char * const all_suffixes[] = { "txt", "html", "htm", "md", "markdown", "dateline", NULL };
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) supported = NULL;
  g_autoptr(GtkFileFilter) articles = NULL;
  g_autoptr(GtkFileFilter) projects = NULL;
  g_autoptr(GtkFileFilter) all = NULL;

  supported = new_filter (_("Articles and Timelines"), article_types, all_suffixes);
  articles = new_filter (_("Articles (text, HTML, Markdown)"), article_types, article_suffixes);
  projects = new_filter (_("Dateline Timelines"), NULL, project_suffixes);
  all = gtk_file_filter_new ();
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  g_list_store_append (filters, supported);
  g_list_store_append (filters, articles);
  g_list_store_append (filters, projects);
  g_list_store_append (filters, all);

  return G_LIST_MODEL (filters);
}

static GListModel *
create_project_filters (void)
{
  static const char * const project_suffixes[] = { "dateline", NULL };
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) projects = new_filter (_("Dateline Timelines"), NULL, project_suffixes);

  g_list_store_append (filters, projects);

  return G_LIST_MODEL (filters);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static GFile *
dup_initial_folder (DatelineWindow *self)
{
  if (self->file != NULL)
    return g_file_get_parent (self->file);

  if (self->settings != NULL)
    {
      g_autofree char *uri = g_settings_get_string (self->settings, "last-directory");

      if (uri != NULL && uri[0] != '\0')
        {
          g_autoptr(GFile) folder = g_file_new_for_uri (uri);

          if (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
            return g_steal_pointer (&folder);
        }
    }

  return NULL;
}

/* Callbacks */

static void
dateline_window_open_chosen_cb (GObject      *object,
                                GAsyncResult *result,
                                gpointer      user_data)
{
  g_autoptr(DatelineWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = NULL;
  g_autoptr(GError) error = NULL;
  guint n_files;

  if (_dateline_window_is_disposed (self))
    return;

  files = dateline_compat_open_files_finish (result, &error);
  if (files == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        dateline_window_add_toast_message (self, error->message);
      return;
    }

  n_files = g_list_model_get_n_items (files);
  if (n_files > 0)
    {
      g_autoptr(GFile) first = g_list_model_get_item (files, 0);
      _dateline_window_remember_folder (self, first);
    }
  array = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));

  dateline_window_open_files (self, (GFile **) array->pdata, array->len);
}

static void
dateline_window_saved_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  DatelineWindow *self = DATELINE_WINDOW (object);
  g_autoptr(GError) error = NULL;

  if (_dateline_window_is_disposed (self))
    return;

  if (!dateline_window_save_finish (self, result, &error))
    {
      g_autofree char *message = NULL;

      self->close_after_save = FALSE;
      /* Translators: %s says why, e.g. "Permission denied" */
      message = g_strdup_printf (_("Could not save the timeline: %s"), error->message);
      dateline_window_add_toast_message (self, message);
      return;
    }

  if (self->close_after_save)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
dateline_window_save_chosen_cb (GObject      *object,
                                GAsyncResult *result,
                                gpointer      user_data)
{
  g_autoptr(DatelineWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (_dateline_window_is_disposed (self))
    return;

  file = dateline_compat_save_file_finish (result, &error);
  if (file == NULL)
    {
      self->close_after_save = FALSE;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        dateline_window_add_toast_message (self, error->message);
      return;
    }

  /* A project without the extension would open as an article next time:
   * add it, unless that would silently replace another file. */
  if (!dateline_ingest_is_project_file (file))
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *with_extension = g_strconcat (basename, ".dateline", NULL);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autoptr(GFile) renamed = parent ? g_file_get_child (parent, with_extension) : NULL;

      if (renamed != NULL && !g_file_query_exists (renamed, NULL))
        g_set_object (&file, renamed);
    }

  _dateline_window_remember_folder (self, file);
  dateline_window_save_async (self, file, NULL, dateline_window_saved_cb, NULL);
}

typedef struct
{
  DatelineWindow *window;
  GFile          *file;
} ExportContext;

static void
export_context_free (ExportContext *context)
{
  g_clear_object (&context->window);
  g_clear_object (&context->file);
  g_free (context);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportContext, export_context_free)

static void
dateline_window_exported_cb (GObject      *object,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  g_autoptr(ExportContext) context = user_data;
  DatelineWindow *self = context->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *uri = NULL;
  AdwToast *toast;

  if (_dateline_window_is_disposed (self))
    return;

  if (!dateline_export_run_finish (result, &error))
    {
      if (error->domain == DATELINE_EXPORT_ERROR)
        message = g_strdup (error->message);
      else
        /* Translators: %s says why, e.g. "No space left on device" */
        message = g_strdup_printf (_("Could not export the timeline: %s"), error->message);
      dateline_window_add_toast_message (self, message);
      return;
    }

  /* The file was written for someone to look at: one click opens it. */
  basename = g_file_get_basename (context->file);
  uri = g_file_get_uri (context->file);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Timeline exported to “%s”"), basename);
  markup = g_markup_escape_text (message, -1);

  toast = adw_toast_new (markup);
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-exported");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
dateline_window_export_dialog_export_cb (DatelineWindow       *self,
                                         GFile                *file,
                                         DatelineExportDialog *dialog)
{
  g_autofree char *name = NULL;
  DatelineExportChoices choices;
  ExportContext *context;

  if (_dateline_window_is_disposed (self))
    return;

  dateline_export_dialog_get_choices (dialog, &choices);
  _dateline_window_remember_folder (self, file);

  context = g_new0 (ExportContext, 1);
  context->window = g_object_ref (self);
  context->file = g_object_ref (file);

  name = _dateline_window_dup_display_name (self);
  dateline_export_run_async (self->timeline_view, &choices, name, file, NULL,
                             dateline_window_exported_cb, context);
}

static void
dateline_window_launched_cb (GObject      *object,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  g_autoptr(DatelineWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!dateline_compat_launch_file_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      !_dateline_window_is_disposed (self))
    dateline_window_add_toast_message (self, error->message);
}

/* The event that shows [start, end) of @article_id, if any. */
static DatelineEvent *
lookup_event_with_passage (DatelineProject *project,
                           const char      *article_id,
                           guint            start,
                           guint            end)
{
  GListModel *events = dateline_project_get_events (project);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, i);
      const DatelineSourceList *sources = dateline_event_get_sources (event);

      for (guint j = 0; sources != NULL && j < sources->len; j++)
        {
          const DatelineSource *source = &g_array_index (sources, DatelineSource, j);

          /* Re-reading may cut the passage differently: overlap is enough. */
          if (g_strcmp0 (source->article_id, article_id) == 0 &&
              source->start < end && start < source->end)
            return event;
        }
    }

  return NULL;
}

/* Actions */

static void
dateline_window_open_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);
  g_autoptr(GListModel) filters = create_open_filters ();
  g_autoptr(GFile) folder = dup_initial_folder (self);

  dateline_compat_open_files_async (GTK_WINDOW (self),
                                    _("Open Articles or a Timeline"),
                                    folder, filters, NULL,
                                    dateline_window_open_chosen_cb,
                                    g_object_ref (self));
}

static void
save_as (DatelineWindow *self)
{
  g_autoptr(GListModel) filters = create_project_filters ();
  g_autoptr(GFile) folder = dup_initial_folder (self);
  g_autofree char *name = _dateline_window_dup_display_name (self);
  g_autofree char *initial_name = g_strdup_printf ("%s.dateline", name);

  dateline_compat_save_file_async (GTK_WINDOW (self),
                                   _("Save Timeline"),
                                   initial_name, folder, filters, NULL,
                                   dateline_window_save_chosen_cb,
                                   g_object_ref (self));
}

void
_dateline_window_save_or_save_as (DatelineWindow *self)
{
  if (self->file != NULL)
    dateline_window_save_async (self, self->file, NULL, dateline_window_saved_cb, NULL);
  else
    save_as (self);
}

static void
dateline_window_save_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  _dateline_window_save_or_save_as (DATELINE_WINDOW (widget));
}

static void
dateline_window_save_as_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  save_as (DATELINE_WINDOW (widget));
}

static void
dateline_window_export_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);
  DatelineViewport *viewport = dateline_timeline_view_get_viewport (self->timeline_view);
  g_autoptr(GFile) folder = dup_initial_folder (self);
  g_autofree char *name = _dateline_window_dup_display_name (self);
  DatelineExportDialog *dialog;
  double visible_begin, visible_end, whole_begin, whole_end;

  dateline_viewport_get_visible_range (viewport, &visible_begin, &visible_end);
  dateline_viewport_get_document_range (viewport, &whole_begin, &whole_end);

  dialog = dateline_export_dialog_new (GTK_WINDOW (self), self->settings, name, folder,
                                       visible_begin, visible_end, whole_begin, whole_end);
  g_signal_connect_object (dialog, "export",
                           G_CALLBACK (dateline_window_export_dialog_export_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
dateline_window_open_exported_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  dateline_compat_launch_file_async (GTK_WINDOW (self), file, NULL,
                                     dateline_window_launched_cb,
                                     g_object_ref (self));
}

static void
dateline_window_show_load_failures_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);
  /* Set by report_failures() in dateline-window-files.c */
  const char * const *failures = g_object_get_data (G_OBJECT (self), "dateline-load-failures");
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (failures == NULL)
    return;

  body = g_strjoinv ("\n\n", (char **) failures);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Some Files Could Not Be Opened"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The user set or accepted an article's publication date: its relative
 * dates are resolved anew, its events move (or arrive from the tray), and
 * the event the user was looking at stays selected. */
static void
dateline_window_set_published_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);
  DatelineEvent *selected = dateline_timeline_view_get_selected_event (self->timeline_view);
  g_autofree char *article_id = NULL;
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;
  DatelineWhen published = DATELINE_WHEN_INIT;
  DatelineArticle *article;
  DatelineEvent *moved = NULL;
  guint32 julian;
  guint passage_start = 0, passage_end = 0;
  gboolean had_passage = FALSE;
  const char *name;

  g_variant_get (param, "(su)", &article_id, &julian);

  /* A load works on a copy of the project and would drop the change. */
  if (self->loading || self->saving)
    return;

  article = dateline_project_lookup_article (self->project, article_id);
  if (article == NULL || julian == 0)
    return;

  if (selected != NULL)
    {
      const DatelineSourceList *sources = dateline_event_get_sources (selected);

      for (guint i = 0; sources != NULL && i < sources->len && !had_passage; i++)
        {
          const DatelineSource *source = &g_array_index (sources, DatelineSource, i);

          if (g_strcmp0 (source->article_id, article_id) == 0)
            {
              passage_start = source->start;
              passage_end = source->end;
              had_passage = TRUE;
            }
        }
    }

  dateline_when_set_day (&published, julian, DATELINE_CERTAINTY_USER);
  dateline_article_set_published (article, &published, DATELINE_DATE_ORIGIN_USER);
  dateline_extract_article_again (self->project, article);
  _dateline_window_set_modified (self, TRUE);

  if (had_passage)
    moved = lookup_event_with_passage (self->project, article_id, passage_start, passage_end);
  if (moved != NULL)
    dateline_timeline_view_set_selected_event (self->timeline_view, moved);
  dateline_source_panel_refresh (self->source_panel);

  if (self->article_view != NULL && dateline_article_view_get_article (self->article_view) == article)
    dateline_article_view_update_published (self->article_view);

  name = dateline_article_get_title (article);
  if (name == NULL || name[0] == '\0')
    name = dateline_article_get_source (article);
  date = dateline_when_dup_display (&published);
  /* Translators: an article's title, then the date the user gave it */
  message = g_strdup_printf (_("“%s” is now dated %s; its relative dates were placed again"), name, date);
  dateline_window_add_toast_message (self, message);
}

static void
dateline_window_open_sample_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);
  const char *env = g_getenv ("DATELINE_SAMPLEDIR");
  const char *dir_path = (env != NULL && g_file_test (env, G_FILE_TEST_IS_DIR)) ? env : SAMPLEDIR;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (dir_path, 0, &error);
  if (dir == NULL)
    {
      dateline_window_add_toast_message (self, error->message);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_strdup (name));

  /* The sample is numbered: read it in order. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_file_new_build_filename (dir_path, g_ptr_array_index (names, i), NULL));

  dateline_window_open_files (self, (GFile **) files->pdata, files->len);
}

static void
dateline_window_cancel_loading_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
dateline_window_zoom_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);

  /* The window-level zoom works wherever the focus is (Ctrl++ in the side
   * panel); the timeline's own keys only when it has the focus. */
  if (g_str_equal (action_name, "win.zoom-in"))
    dateline_timeline_view_zoom_in (self->timeline_view);
  else if (g_str_equal (action_name, "win.zoom-out"))
    dateline_timeline_view_zoom_out (self->timeline_view);
  else
    dateline_timeline_view_zoom_fit (self->timeline_view);
}

void
_dateline_window_update_actions (DatelineWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_project = self->project != NULL;
  gboolean has_content = has_project &&
                         (g_list_model_get_n_items (dateline_project_get_articles (self->project)) > 0 ||
                          g_list_model_get_n_items (dateline_project_get_events (self->project)) > 0);
  gboolean idle = !self->loading && !self->saving;

  gtk_widget_action_set_enabled (widget, "win.save", idle && has_content);
  gtk_widget_action_set_enabled (widget, "win.save-as", idle && has_content);
  gtk_widget_action_set_enabled (widget, "win.export", has_content);
  gtk_widget_action_set_enabled (widget, "win.set-published", idle && has_content);
  gtk_widget_action_set_enabled (widget, "win.cancel-loading", self->loading);
}

void
_dateline_window_class_actions_init (DatelineWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, dateline_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, dateline_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, dateline_window_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, dateline_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.open-exported", "s", dateline_window_open_exported_action);
  gtk_widget_class_install_action (widget_class, "win.show-load-failures", NULL, dateline_window_show_load_failures_action);
  gtk_widget_class_install_action (widget_class, "win.set-published", "(su)", dateline_window_set_published_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, dateline_window_open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, dateline_window_cancel_loading_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, dateline_window_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, dateline_window_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, dateline_window_zoom_action);

  gtk_widget_class_install_property_action (widget_class, "win.lanes", "lane-mode");

  /* Keep in sync with gtk/help-overlay.ui */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
