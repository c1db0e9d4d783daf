/* dateline-window-files.c — reading articles and projects, saving, exporting
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n.h>

#include "dateline-export.h"
#include "dateline-extract.h"
#include "dateline-ingest.h"
#include "dateline-window-private.h"

/* Failures beyond this many are summarised in one toast instead of one
 * toast each, so that opening a folder of junk does not bury the window. */
#define MAX_FAILURE_TOASTS 3

/* ------------------------------------------------------------------------ */
/* Reading articles                                                           */
/* ------------------------------------------------------------------------ */

/* One article read and extracted by the worker, or why it could not be. */
typedef struct
{
  GFile           *file;
  DatelineArticle *article;   /* NULL on error */
  GPtrArray       *events;    /* DatelineEvent, no ids yet */
  GError          *error;
} LoadResult;

/* Shared between the worker thread and the main thread. The worker never
 * touches the window's project: it reads and extracts, and the main thread
 * adds the results, as dateline_extract_into_project() would. */
typedef struct
{
  gatomicrefcount  ref_count;

  /* read-only once the job runs */
  GPtrArray       *files;
  GStrv            article_ids;   /* one per file, free in the project */
  GMainContext    *main_context;
  GWeakRef         window;

  /* guarded by mutex */
  GMutex           mutex;
  GPtrArray       *ready;
  guint            n_done;
  gboolean         flush_scheduled;

  /* main thread only */
  GPtrArray       *failures;   /* char *, one sentence each */
  guint            n_loaded;
} LoadJob;

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->file);
  g_clear_object (&result->article);
  g_clear_pointer (&result->events, g_ptr_array_unref);
  g_clear_error (&result->error);
  g_free (result);
}

/* Passages name their article by id, and extraction runs before the main
 * thread adds the article to the project; so ids are handed out up front,
 * ones the project does not use yet. Jobs run one at a time and nothing
 * else adds articles meanwhile, so they are still free when added. */
static GStrv
reserve_article_ids (DatelineProject *project,
                     guint            n_ids)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint next = g_list_model_get_n_items (dateline_project_get_articles (project)) + 1;

  for (guint i = 0; i < n_ids; i++)
    {
      g_autofree char *id = NULL;

      do
        {
          g_free (id);
          id = g_strdup_printf ("a%u", next++);
        }
      while (dateline_project_lookup_article (project, id) != NULL);

      g_strv_builder_add (builder, id);
    }

  return g_strv_builder_end (builder);
}

static LoadJob *
load_job_new (DatelineWindow *window,
              GPtrArray      *files)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  g_atomic_ref_count_init (&job->ref_count);
  job->files = g_ptr_array_ref (files);
  job->article_ids = reserve_article_ids (window->project, files->len);
  job->main_context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&job->window, window);
  g_mutex_init (&job->mutex);
  job->ready = g_ptr_array_new_with_free_func ((GDestroyNotify) load_result_free);
  job->failures = g_ptr_array_new_with_free_func (g_free);

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
  g_strfreev (job->article_ids);
  g_main_context_unref (job->main_context);
  g_weak_ref_clear (&job->window);
  g_mutex_clear (&job->mutex);
  g_ptr_array_unref (job->ready);
  g_ptr_array_unref (job->failures);
  g_free (job);
}

static void
update_progress (DatelineWindow *self,
                 guint           n_done,
                 guint           n_total)
{
  g_autofree char *text = NULL;

  /* Translators: shown while articles are read, "Reading articles… 3 of 12" */
  text = g_strdup_printf (_("Reading articles… %u of %u"), n_done, n_total);
  gtk_label_set_text (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, n_total ? (double) n_done / n_total : 0.0);
}

/* Main thread: moves what the worker has finished into the project. */
static gboolean
load_job_flush_cb (gpointer user_data)
{
  LoadJob *job = user_data;
  g_autoptr(DatelineWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GPtrArray) ready = NULL;
  g_autoptr(GPtrArray) events = NULL;
  guint n_done;

  /* Only ever on the thread that runs the window's main context. */
  g_assert (g_main_context_is_owner (job->main_context));

  g_mutex_lock (&job->mutex);
  ready = g_steal_pointer (&job->ready);
  job->ready = g_ptr_array_new_with_free_func ((GDestroyNotify) load_result_free);
  job->flush_scheduled = FALSE;
  n_done = job->n_done;
  g_mutex_unlock (&job->mutex);

  if (self == NULL || ready->len == 0 || _dateline_window_is_disposed (self))
    return G_SOURCE_REMOVE;

  /* All events of this flush go in with one items-changed, so the timeline
   * lays out once per flush rather than once per article. */
  events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < ready->len; i++)
    {
      LoadResult *result = g_ptr_array_index (ready, i);
      g_autofree char *reserved_id = NULL;

      if (result->article == NULL)
        {
          g_ptr_array_add (job->failures, g_strdup (result->error->message));
          continue;
        }

      reserved_id = g_strdup (dateline_article_get_id (result->article));
      dateline_project_add_article (self->project, result->article);

      /* The reserved id was free; if the project thinks otherwise its
       * passages would point at another article, so drop them loudly. */
      if (g_strcmp0 (reserved_id, dateline_article_get_id (result->article)) != 0)
        {
          g_critical ("Article id %s was renamed to %s; its events are dropped",
                      reserved_id, dateline_article_get_id (result->article));
          continue;
        }

      for (guint j = 0; j < result->events->len; j++)
        g_ptr_array_add (events, g_object_ref (g_ptr_array_index (result->events, j)));

      job->n_loaded++;
    }

  if (events->len > 0)
    dateline_project_add_events (self->project, events);

  if (job->n_loaded > 0)
    _dateline_window_set_modified (self, TRUE);

  update_progress (self, n_done, job->files->len);

  return G_SOURCE_REMOVE;
}

static void
load_articles_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  LoadJob *job = task_data;

  for (guint i = 0; i < job->files->len; i++)
    {
      GFile *file = g_ptr_array_index (job->files, i);
      g_autoptr(DatelineArticle) article = NULL;
      LoadResult *result;
      gboolean schedule;

      if (g_cancellable_is_cancelled (cancellable))
        break;

      result = g_new0 (LoadResult, 1);
      result->file = g_object_ref (file);

      article = dateline_ingest_file (file, NULL, cancellable, &result->error);
      if (article != NULL)
        {
          /* The id first: extraction names it in every passage. */
          dateline_article_set_id (article, job->article_ids[i]);
          result->events = dateline_extract_article_events (article);
          result->article = g_steal_pointer (&article);
        }
      else if (g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          load_result_free (result);
          break;
        }

      g_mutex_lock (&job->mutex);
      g_ptr_array_add (job->ready, result);
      job->n_done++;
      schedule = !job->flush_scheduled;
      job->flush_scheduled = TRUE;
      g_mutex_unlock (&job->mutex);

      /* An idle source, not g_main_context_invoke(): that one runs the
       * function right here, in the worker, whenever this thread manages to
       * acquire the (global default) context, and GTK must only ever be
       * touched from the main thread. */
      if (schedule)
        {
          g_autoptr(GSource) source = g_idle_source_new ();

          g_source_set_priority (source, G_PRIORITY_DEFAULT);
          g_source_set_callback (source, load_job_flush_cb,
                                 load_job_ref (job),
                                 (GDestroyNotify) load_job_unref);
          g_source_set_static_name (source, "[dateline] add loaded articles");
          g_source_attach (source, job->main_context);
        }
    }

  if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

static void
report_failures (DatelineWindow *self,
                 LoadJob        *job)
{
  if (job->failures->len == 0)
    return;

  if (job->failures->len <= MAX_FAILURE_TOASTS)
    {
      /* Each message already names its file and says why. */
      for (guint i = 0; i < job->failures->len; i++)
        dateline_window_add_toast_message (self, g_ptr_array_index (job->failures, i));
    }
  else
    {
      g_autofree char *message = NULL;

      /* Translators: %u files failed; the first failure follows the colon */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u file could not be opened, among them: %s",
                                              "%u files could not be opened, among them: %s",
                                              job->failures->len),
                                 job->failures->len,
                                 (const char *) g_ptr_array_index (job->failures, 0));
      dateline_window_add_toast_message (self, message);
    }

  for (guint i = 0; i < job->failures->len; i++)
    g_message ("%s", (const char *) g_ptr_array_index (job->failures, i));
}

static void
load_articles_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  DatelineWindow *self = DATELINE_WINDOW (object);
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (_dateline_window_is_disposed (self))
    return;

  /* Whatever the worker finished after the last flush. */
  load_job_flush_cb (job);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
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
      else
        {
          dateline_window_add_toast_message (self, error->message);
        }
    }

  report_failures (self, job);

  g_clear_object (&self->cancellable);
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
  job = load_job_new (self, files);

  update_progress (self, 0, files->len);
  _dateline_window_set_busy (self, TRUE, FALSE);

  task = g_task_new (self, self->cancellable, load_articles_cb, NULL);
  g_task_set_source_tag (task, load_articles);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_unref);
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

typedef struct
{
  DatelineLayout       *layout;
  GFile                *file;
  DatelineExportFormat  format;
  double                begin;
  double                end;
  int                   width;
  int                   height;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->layout);
  g_clear_object (&job->file);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  GError *error = NULL;

  /* A layout is immutable once built, so the worker can draw it while the
   * window goes on (a new one replaces it when articles arrive). Exports are
   * documents: always the light style. */
  if (dateline_export_to_file (job->layout, job->begin, job->end,
                               job->width, job->height, job->format,
                               &options, job->file, cancellable, &error))
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
  DatelineViewport *viewport;
  DatelineLayout *layout;
  ExportJob *job;

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

  layout = dateline_timeline_view_get_layout (self->timeline_view);
  if (layout == NULL)
    {
      g_task_return_new_error (task, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_NOTHING_TO_DRAW,
                               "%s", _("There is nothing to export yet: open some articles first"));
      return;
    }

  job = g_new0 (ExportJob, 1);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);

  basename = g_file_get_basename (file);
  if (!dateline_export_format_from_filename (basename, &job->format))
    {
      g_task_return_new_error (task, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_UNKNOWN_FORMAT,
                               /* Translators: %s is a file name */
                               _("Cannot export to “%s”: the name must end in .png, .svg or .pdf"),
                               basename);
      return;
    }

  viewport = dateline_timeline_view_get_viewport (self->timeline_view);
  dateline_viewport_get_visible_range (viewport, &job->begin, &job->end);
  job->layout = g_object_ref (layout);
  job->file = g_object_ref (file);
  /* What is on screen, at least at a size that prints legibly. */
  job->width = MAX (gtk_widget_get_width (GTK_WIDGET (self->timeline_view)), 1200);
  job->height = MAX (gtk_widget_get_height (GTK_WIDGET (self->timeline_view)), 600);

  g_task_run_in_thread (task, export_thread);
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
