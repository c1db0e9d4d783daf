/* dateline-window-files.c — reading articles and projects, saving, exporting
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n.h>

#include "dateline-export.h"
#include "dateline-export-dialog.h"
#include "dateline-extract.h"
#include "dateline-ingest.h"
#include "dateline-window-private.h"

/* The last batch's failures, a GStrv on the window, for the Details of
 * its toast ("win.show-load-failures" in dateline-window-actions.c). */
#define LOAD_FAILURES_KEY "dateline-load-failures"

/* ------------------------------------------------------------------------ */
/* Reading articles                                                           */
/* ------------------------------------------------------------------------ */

/* Reading runs the core's whole pipeline, as `dateline extract` does:
 * copies are linked to their originals, events are extracted and merged
 * across every article of the timeline, actors attached. That pipeline
 * changes the project it works on, and the window's project is on screen,
 * so the worker works on a copy (the window's project as saved, plus the
 * new articles) and the main thread swaps it in when it is done. Nothing
 * else changes the project meanwhile: jobs run one at a time. */
typedef struct
{
  gatomicrefcount  ref_count;

  /* read-only once the job runs */
  GPtrArray       *files;
  GBytes          *snapshot;     /* the project before, NULL when empty */
  GCancellable    *abandon;      /* cancelled when the window goes away */
  GMainContext    *main_context;
  GWeakRef         window;

  /* guarded by mutex: progress */
  GMutex           mutex;
  guint            n_read;
  gboolean         extracting;
  gboolean         progress_scheduled;

  /* written by the worker, read by the main thread once it has returned */
  GPtrArray       *failures;     /* char *, one sentence each */
  guint            n_loaded;
} LoadJob;

static LoadJob *
load_job_new (DatelineWindow *window,
              GPtrArray      *files)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  g_atomic_ref_count_init (&job->ref_count);
  job->files = g_ptr_array_ref (files);
  job->main_context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&job->window, window);
  g_mutex_init (&job->mutex);
  job->failures = g_ptr_array_new_with_free_func (g_free);

  if (g_list_model_get_n_items (dateline_project_get_articles (window->project)) > 0 ||
      g_list_model_get_n_items (dateline_project_get_events (window->project)) > 0)
    {
      gsize length = 0;
      char *data = dateline_project_to_data (window->project, &length);

      job->snapshot = g_bytes_new_take (data, length);
    }

  return job;
}

static LoadJob *
load_job_ref (LoadJob *job)
{
  g_atomic_ref_count_inc (&job->ref_count);
  return job;
}

static void
load_job_unref (LoadJob *job)
{
  if (!g_atomic_ref_count_dec (&job->ref_count))
    return;

  g_ptr_array_unref (job->files);
  g_clear_pointer (&job->snapshot, g_bytes_unref);
  g_clear_object (&job->abandon);
  g_main_context_unref (job->main_context);
  g_weak_ref_clear (&job->window);
  g_mutex_clear (&job->mutex);
  g_ptr_array_unref (job->failures);
  g_free (job);
}

static void
show_progress (DatelineWindow *self,
               guint           n_read,
               guint           n_total,
               gboolean        extracting)
{
  g_autofree char *text = NULL;

  if (extracting)
    {
      /* Translators: shown while events are extracted and merged */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Finding the events of %u article…",
                                           "Finding the events of %u articles…",
                                           n_read),
                              n_read);
      gtk_progress_bar_pulse (self->progress_bar);
    }
  else
    {
      /* Translators: shown while articles are read, "Reading articles… 3 of 12" */
      text = g_strdup_printf (_("Reading articles… %u of %u"), n_read, n_total);
      gtk_progress_bar_set_fraction (self->progress_bar, n_total ? (double) n_read / n_total : 0.0);
    }

  gtk_label_set_text (self->progress_label, text);
}

/* Main thread. */
static gboolean
load_job_progress_cb (gpointer user_data)
{
  LoadJob *job = user_data;
  g_autoptr(DatelineWindow) self = g_weak_ref_get (&job->window);
  gboolean extracting;
  guint n_read;

  /* Only ever on the thread that runs the window's main context. */
  g_assert (g_main_context_is_owner (job->main_context));

  g_mutex_lock (&job->mutex);
  n_read = job->n_read;
  extracting = job->extracting;
  job->progress_scheduled = FALSE;
  g_mutex_unlock (&job->mutex);

  if (self != NULL && !_dateline_window_is_disposed (self) && self->loading)
    show_progress (self, n_read, job->files->len, extracting);

  return G_SOURCE_REMOVE;
}

/* Worker: tells the main thread, at most once per main-loop turn. */
static void
load_job_report_progress (LoadJob  *job,
                          guint     n_read,
                          gboolean  extracting)
{
  gboolean schedule;

  g_mutex_lock (&job->mutex);
  job->n_read = n_read;
  job->extracting = extracting;
  schedule = !job->progress_scheduled;
  job->progress_scheduled = TRUE;
  g_mutex_unlock (&job->mutex);

  /* An idle source, not g_main_context_invoke(): that one runs the
   * function right here, in the worker, whenever this thread manages to
   * acquire the (global default) context, and GTK must only ever be
   * touched from the main thread. */
  if (schedule)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, load_job_progress_cb,
                             load_job_ref (job),
                             (GDestroyNotify) load_job_unref);
      g_source_set_static_name (source, "[dateline] loading progress");
      g_source_attach (source, job->main_context);
    }
}

static void
load_articles_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DatelineProject) project = NULL;

  for (guint i = 0; i < job->files->len; i++)
    {
      GFile *file = g_ptr_array_index (job->files, i);
      g_autoptr(GError) error = NULL;
      DatelineArticle *article;

      /* Cancel stops the reading; what was read is still extracted (it is
       * quick next to reading hundreds of files) and kept. */
      if (g_cancellable_is_cancelled (cancellable))
        break;

      article = dateline_ingest_file (file, NULL, cancellable, &error);
      if (article != NULL)
        g_ptr_array_add (articles, article);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_ptr_array_add (job->failures, g_strdup (error->message));

      load_job_report_progress (job, i + 1, FALSE);
    }

  /* Nobody will see the result: do not spend minutes extracting it. */
  if (g_cancellable_is_cancelled (job->abandon))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  if (articles->len > 0)
    {
      g_autoptr(GError) error = NULL;

      load_job_report_progress (job, articles->len, TRUE);

      if (job->snapshot != NULL)
        {
          gsize length = 0;
          const char *data = g_bytes_get_data (job->snapshot, &length);

          project = dateline_project_new_from_data (data, (gssize) length, &error);
          if (project == NULL)
            {
              /* Cannot happen short of a core bug: the data was just
               * written by the same core. Keep the user's timeline. */
              g_task_return_new_error (task, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                                       _("The articles could not be added to the timeline: %s"),
                                       error->message);
              return;
            }
        }
      else
        {
          project = dateline_project_new ();
        }

      dateline_extract_articles_into_project (project, articles);
      job->n_loaded = articles->len;
    }

  g_task_return_pointer (task, g_steal_pointer (&project), g_object_unref);
}

/* One failure: a toast that names the file and says why. More: one toast
 * (toasts come one at a time, and a folder of junk would bury the window
 * for minutes) with Details listing every file and its reason. */
static void
report_failures (DatelineWindow *self,
                 LoadJob        *job)
{
  g_autofree char *message = NULL;
  g_autofree char *markup = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  AdwToast *toast;

  if (job->failures->len == 0)
    return;

  for (guint i = 0; i < job->failures->len; i++)
    g_message ("%s", (const char *) g_ptr_array_index (job->failures, i));

  if (job->failures->len == 1)
    {
      dateline_window_add_toast_message (self, g_ptr_array_index (job->failures, 0));
      return;
    }

  builder = g_strv_builder_new ();
  for (guint i = 0; i < job->failures->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (job->failures, i));
  g_object_set_data_full (G_OBJECT (self), LOAD_FAILURES_KEY,
                          g_strv_builder_end (builder), (GDestroyNotify) g_strfreev);

  /* Translators: %u files could not be opened; a Details button follows */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u file could not be opened",
                                          "%u files could not be opened",
                                          job->failures->len),
                             job->failures->len);
  markup = g_markup_escape_text (message, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-load-failures");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
load_articles_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  DatelineWindow *self = DATELINE_WINDOW (object);
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(DatelineProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gboolean cancelled;

  if (_dateline_window_is_disposed (self))
    return;

  cancelled = g_cancellable_is_cancelled (self->cancellable);
  project = g_task_propagate_pointer (G_TASK (result), &error);

  if (error != NULL)
    dateline_window_add_toast_message (self, error->message);
  else if (project != NULL)
    _dateline_window_replace_project (self, project);

  if (cancelled)
    {
      g_autofree char *message = NULL;

      /* Translators: loading was cancelled after %u articles */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Loading cancelled: %u article was read",
                                              "Loading cancelled: %u articles were read",
                                              job->n_loaded),
                                 job->n_loaded);
      /* The rest of the queue was the user's too: they asked to stop. */
      g_queue_clear_full (&self->pending_files, g_object_unref);
      dateline_window_add_toast_message (self, message);
    }

  report_failures (self, job);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->abandon);
  _dateline_window_set_busy (self, FALSE, FALSE);
  _dateline_window_process_queue (self);
}

static void
load_articles (DatelineWindow *self,
               GPtrArray      *files)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_assert (self->cancellable == NULL);

  self->cancellable = g_cancellable_new ();
  self->abandon = g_cancellable_new ();
  job = load_job_new (self, files);
  job->abandon = g_object_ref (self->abandon);

  show_progress (self, 0, files->len, FALSE);
  _dateline_window_set_busy (self, TRUE, FALSE);

  task = g_task_new (self, self->cancellable, load_articles_cb, NULL);
  g_task_set_source_tag (task, load_articles);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_unref);
  /* The pipeline runs to the end even when cancelled (see above). */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, load_articles_thread);
}

/* ------------------------------------------------------------------------ */
/* Reading a project                                                          */
/* ------------------------------------------------------------------------ */

static void
load_project_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GFile *file = task_data;
  DatelineProject *project;
  GError *error = NULL;

  project = dateline_project_new_from_file (file, cancellable, &error);
  if (project != NULL)
    g_task_return_pointer (task, project, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
load_project_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  DatelineWindow *self = DATELINE_WINDOW (object);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(DatelineProject) project = NULL;
  g_autoptr(GError) error = NULL;

  if (_dateline_window_is_disposed (self))
    return;

  g_clear_object (&self->cancellable);
  _dateline_window_set_busy (self, FALSE, FALSE);

  project = g_task_propagate_pointer (G_TASK (result), &error);

  if (project != NULL)
    dateline_application_add_recent_project (file);

  if (project == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        dateline_window_add_toast_message (self, error->message);
    }
  else if (!self->modified &&
           self->file == NULL &&
           g_list_model_get_n_items (dateline_project_get_articles (self->project)) == 0 &&
           g_list_model_get_n_items (dateline_project_get_events (self->project)) == 0)
    {
      /* Nothing to lose here (files still queued behind the project, as in
       * `dateline project.dateline more.txt`, go into it afterwards). */
      dateline_window_set_project (self, project, file);
    }
  else
    {
      /* Never replace work in progress: a project opened into a window with
       * a timeline gets a window of its own. */
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
      DatelineWindow *window = dateline_window_new (DATELINE_APPLICATION (app));

      dateline_window_set_project (window, project, file);
      gtk_window_present (GTK_WINDOW (window));
    }

  _dateline_window_process_queue (self);
}

static void
load_project (DatelineWindow *self,
              GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;

  g_assert (self->cancellable == NULL);

  self->cancellable = g_cancellable_new ();

  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Opening “%s”…"), name);
  gtk_label_set_text (self->progress_label, text);
  gtk_progress_bar_pulse (self->progress_bar);
  _dateline_window_set_busy (self, TRUE, FALSE);

  task = g_task_new (self, self->cancellable, load_project_cb, NULL);
  g_task_set_source_tag (task, load_project);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_project_thread);
}

/* ------------------------------------------------------------------------ */
/* The queue                                                                  */
/* ------------------------------------------------------------------------ */

void
_dateline_window_process_queue (DatelineWindow *self)
{
  g_autoptr(GPtrArray) articles = NULL;
  GFile *head;

  if (self->loading || self->saving)
    return;

  head = g_queue_peek_head (&self->pending_files);
  if (head == NULL)
    return;

  /* Projects are opened one by one, in order; a run of articles is read
   * by one worker. */
  if (dateline_ingest_is_project_file (head))
    {
      g_autoptr(GFile) file = g_queue_pop_head (&self->pending_files);

      load_project (self, file);
      return;
    }

  articles = g_ptr_array_new_with_free_func (g_object_unref);
  while ((head = g_queue_peek_head (&self->pending_files)) != NULL &&
         !dateline_ingest_is_project_file (head))
    g_ptr_array_add (articles, g_queue_pop_head (&self->pending_files));

  load_articles (self, articles);
}

void
dateline_window_open_files (DatelineWindow  *self,
                            GFile          **files,
                            guint            n_files)
{
  gboolean was_busy;

  g_return_if_fail (DATELINE_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  if (_dateline_window_is_disposed (self))
    return;

  was_busy = dateline_window_get_busy (self);

  for (guint i = 0; i < n_files; i++)
    g_queue_push_tail (&self->pending_files, g_object_ref (files[i]));

  _dateline_window_process_queue (self);

  if (was_busy != dateline_window_get_busy (self))
    g_object_notify (G_OBJECT (self), "busy");
}

/* ------------------------------------------------------------------------ */
/* Saving                                                                     */
/* ------------------------------------------------------------------------ */

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DatelineWindow *self = source_object;
  GFile *file = task_data;
  GError *error = NULL;

  /* Safe off the main thread: while saving the window is busy, so no load
   * can change the project until this returns. */
  if (dateline_project_save_to_file (self->project, file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DatelineWindow *self = DATELINE_WINDOW (object);
  g_autoptr(GTask) task = user_data;
  GFile *file = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (_dateline_window_is_disposed (self))
    {
      /* The file is written (or not) all the same: report it. */
      if (g_task_propagate_boolean (G_TASK (result), &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }

  _dateline_window_set_busy (self, self->loading, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
    }
  else
    {
      g_set_object (&self->file, file);
      dateline_application_add_recent_project (file);
      _dateline_window_set_modified (self, FALSE);
      _dateline_window_update_title (self);
      g_task_return_boolean (task, TRUE);
    }

  _dateline_window_process_queue (self);
}

void
dateline_window_save_async (DatelineWindow      *self,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) inner = NULL;

  g_return_if_fail (DATELINE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dateline_window_save_async);

  if (_dateline_window_is_disposed (self))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CLOSED,
                               "%s", _("The window was closed"));
      return;
    }

  if (self->loading || self->saving)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY,
                               "%s", _("Wait until the articles have been read, then save again"));
      return;
    }

  _dateline_window_set_busy (self, FALSE, TRUE);

  inner = g_task_new (self, cancellable, save_cb, g_steal_pointer (&task));
  g_task_set_task_data (inner, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (inner, save_thread);
}

gboolean
dateline_window_save_finish (DatelineWindow  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ------------------------------------------------------------------------ */
/* Exporting                                                                  */
/* ------------------------------------------------------------------------ */

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (dateline_export_run_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
dateline_window_export_async (DatelineWindow      *self,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  DatelineExportChoices choices = DATELINE_EXPORT_CHOICES_INIT;

  g_return_if_fail (DATELINE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dateline_window_export_async);

  if (_dateline_window_is_disposed (self))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CLOSED,
                               "%s", _("The window was closed"));
      return;
    }

  basename = g_file_get_basename (file);
  if (!dateline_export_format_from_filename (basename, &choices.format))
    {
      g_task_return_new_error (task, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_UNKNOWN_FORMAT,
                               /* Translators: %s is a file name */
                               _("Cannot export to “%s”: the name must end in .png, .svg or .pdf"),
                               basename);
      return;
    }

  /* What is on screen, at least at a size that prints legibly, in the
   * light style: the Export dialog offers the rest. */
  choices.width = MAX (gtk_widget_get_width (GTK_WIDGET (self->timeline_view)), 1200);
  choices.height = MAX (gtk_widget_get_height (GTK_WIDGET (self->timeline_view)), 600);
  name = _dateline_window_dup_display_name (self);

  dateline_export_run_async (self->timeline_view, &choices, name, file, cancellable,
                             export_cb, g_steal_pointer (&task));
}

gboolean
dateline_window_export_finish (DatelineWindow  *self,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
