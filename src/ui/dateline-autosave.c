/* dateline-autosave.c — unsaved work kept in the user's data folder
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dateline-autosave.h"

/* One slot per window: <id>.dateline is the project, as a saved project
 * (so it also opens as one), and <id>.info says what it belongs to:
 *
 *   [Autosave]
 *   Original=file:///home/…/suez.dateline     (absent: never saved)
 *   Time=2026-03-14T10:42:07.1Z
 *
 * Nothing else records which slots are in use. Dateline is a
 * single-instance application, so a slot no window of this process owns
 * is the work of one that did not close normally. */
#define PROJECT_SUFFIX ".dateline"
#define INFO_SUFFIX    ".info"
#define INFO_GROUP     "Autosave"
#define DAMAGED_FOLDER "damaged"

#define DEFAULT_INTERVAL_MS 60000

struct _DatelineAutosave
{
  GObject          parent_instance;

  /* read-only once constructed */
  char            *id;
  GFile           *file;
  char            *info_path;

  /* main thread (a leftover's are set by the worker that found it, before
   * it is handed over) */
  guint64          issued;     /* generation of the newest write or removal asked for */
  GFile           *original;
  GDateTime       *time;
  DatelineProject *project;

  /* guarded by mutex: what is on disk */
  GMutex           mutex;
  guint64          applied;    /* generation of the newest write or removal done */
};

G_DEFINE_FINAL_TYPE (DatelineAutosave, dateline_autosave, G_TYPE_OBJECT)

/* What one write puts on disk; the worker's own copy. */
typedef struct
{
  guint64  generation;
  GBytes  *data;
  char    *original_uri;   /* nullable */
  char    *time;           /* ISO 8601 */
} WriteData;

static void
write_data_free (WriteData *write)
{
  g_bytes_unref (write->data);
  g_free (write->original_uri);
  g_free (write->time);
  g_free (write);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WriteData, write_data_free)

/* Helpers */

static DatelineAutosave *
dateline_autosave_new_with_id (const char *id)
{
  DatelineAutosave *self = g_object_new (DATELINE_TYPE_AUTOSAVE, NULL);
  g_autofree char *folder = dateline_autosave_dup_folder ();
  g_autofree char *project_name = g_strconcat (id, PROJECT_SUFFIX, NULL);
  g_autofree char *info_name = g_strconcat (id, INFO_SUFFIX, NULL);
  g_autofree char *project_path = g_build_filename (folder, project_name, NULL);

  self->id = g_strdup (id);
  self->file = g_file_new_for_path (project_path);
  self->info_path = g_build_filename (folder, info_name, NULL);

  return self;
}

static gboolean
set_error_from_errno (GError    **error,
                      int         saved_errno,
                      const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               /* Translators: %s is a file, then why it failed */
               _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/* Temporary file, fsync, rename: the old version or the new one, never
 * half of one, whatever happens in between (g_file_set_contents_full()
 * renames only once everything is written, unlike GLib 2.74's
 * g_file_replace_contents(), see dateline-project.c). */
static gboolean
replace_file (const char  *path,
              const char  *data,
              gsize        length,
              GError     **error)
{
  return g_file_set_contents_full (path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/* Any thread; takes the mutex. */
static gboolean
apply_write (DatelineAutosave  *self,
             WriteData         *write,
             GError           **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  g_autoptr(GKeyFile) info = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *info_data = NULL;
  const char *data;
  gsize info_length = 0;
  gsize length = 0;

  /* A newer write or a removal already happened: this one is stale. */
  if (write->generation <= self->applied)
    return TRUE;
  self->applied = write->generation;

  folder = g_path_get_dirname (g_file_peek_path (self->file));
  if (g_mkdir_with_parents (folder, 0700) != 0)
    return set_error_from_errno (error, errno, folder);

  data = g_bytes_get_data (write->data, &length);
  if (!replace_file (g_file_peek_path (self->file), data, length, error))
    return FALSE;

  info = g_key_file_new ();
  if (write->original_uri != NULL)
    g_key_file_set_string (info, INFO_GROUP, "Original", write->original_uri);
  g_key_file_set_string (info, INFO_GROUP, "Time", write->time);
  info_data = g_key_file_to_data (info, &info_length, NULL);

  return replace_file (self->info_path, info_data, info_length, error);
}

static WriteData *
issue_write (DatelineAutosave *self,
             GBytes           *data,
             GFile            *original)
{
  WriteData *write = g_new0 (WriteData, 1);

  g_set_object (&self->original, original);
  g_clear_pointer (&self->time, g_date_time_unref);
  self->time = g_date_time_new_now_utc ();

  write->generation = ++self->issued;
  write->data = g_bytes_ref (data);
  write->original_uri = original != NULL ? g_file_get_uri (original) : NULL;
  write->time = g_date_time_format_iso8601 (self->time);

  return write;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  DatelineAutosave *self = source_object;
  GError *error = NULL;

  if (apply_write (self, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
unlink_if_there (const char *path)
{
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_message ("Could not delete “%s”: %s", name, g_strerror (saved_errno));
    }
}

/* "Unsaved work from 14 March 2026 at 10:42…" */
static char *
dup_time_label (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup (_("an unknown time"));

  local = g_date_time_to_local (time);
  /* Translators: when unsaved work was last kept, see g_date_time_format(),
   * e.g. “14 March 2026 at 10:42” */
  return g_date_time_format (local, _("%-d %B %Y at %H:%M"));
}

/* The error inside a sentence that names the file already: without a
 * leading "<file>: " and a final full stop. */
static char *
dup_reason (const GError *error,
            GFile        *file)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *basename = g_path_get_basename (name);
  const char *message = error->message;
  char *reason;
  gsize length;

  if (g_str_has_prefix (message, basename) && g_str_has_prefix (message + strlen (basename), ": "))
    message += strlen (basename) + 2;

  reason = g_strdup (message);
  length = strlen (reason);

  while (length > 0 && (reason[length - 1] == '.' || g_ascii_isspace (reason[length - 1])))
    reason[--length] = '\0';

  return reason;
}

/* ------------------------------------------------------------------------ */
/* Finding the work of a Dateline that did not close                         */
/* ------------------------------------------------------------------------ */

typedef struct
{
  GStrv      owned_ids;
  GPtrArray *found;      /* DatelineAutosave */
  GPtrArray *problems;   /* char * */
} ScanData;

static void
scan_data_free (ScanData *scan)
{
  g_strfreev (scan->owned_ids);
  g_clear_pointer (&scan->found, g_ptr_array_unref);
  g_clear_pointer (&scan->problems, g_ptr_array_unref);
  g_free (scan);
}

static void
read_info (DatelineAutosave *self)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *uri = NULL;
  g_autofree char *time = NULL;

  /* Without it (a crash between the two writes of the first autosave)
   * the work is still there; only where it came from is unknown. */
  if (!g_key_file_load_from_file (info, self->info_path, G_KEY_FILE_NONE, NULL))
    return;

  uri = g_key_file_get_string (info, INFO_GROUP, "Original", NULL);
  if (uri != NULL && uri[0] != '\0')
    self->original = g_file_new_for_uri (uri);

  time = g_key_file_get_string (info, INFO_GROUP, "Time", NULL);
  if (time != NULL)
    self->time = g_date_time_new_from_iso8601 (time, NULL);
}

static void
read_time_from_file (DatelineAutosave *self)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    self->time = g_file_info_get_modification_date_time (info);
}

/* Moves a damaged autosave out of the way; its path, or NULL. */
static char *
move_aside (DatelineAutosave *self)
{
  g_autofree char *folder = dateline_autosave_dup_folder ();
  g_autofree char *damaged = g_build_filename (folder, DAMAGED_FOLDER, NULL);
  g_autofree char *project_name = g_file_get_basename (self->file);
  g_autofree char *info_name = g_path_get_basename (self->info_path);
  g_autofree char *project_target = g_build_filename (damaged, project_name, NULL);
  g_autofree char *info_target = g_build_filename (damaged, info_name, NULL);

  if (g_mkdir_with_parents (damaged, 0700) != 0 ||
      g_file_test (project_target, G_FILE_TEST_EXISTS) ||
      g_rename (g_file_peek_path (self->file), project_target) != 0)
    return NULL;

  (void) g_rename (self->info_path, info_target);

  return g_steal_pointer (&project_target);
}

static void
read_leftover (ScanData     *scan,
               const char   *id,
               GCancellable *cancellable)
{
  g_autoptr(DatelineAutosave) autosave = dateline_autosave_new_with_id (id);
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_name = NULL;

  read_info (autosave);
  if (autosave->time == NULL)
    read_time_from_file (autosave);

  autosave->project = dateline_project_new_from_file (autosave->file, cancellable, &error);
  if (autosave->project != NULL)
    {
      g_ptr_array_add (scan->found, g_steal_pointer (&autosave));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  when = dup_time_label (autosave->time);
  reason = dup_reason (error, autosave->file);
  g_message ("Autosave “%s”: %s", g_file_peek_path (autosave->file), error->message);

  /* Damaged: out of the way, so it is not offered at every start, but
   * kept, in case someone can rescue it by hand. What could not be read
   * (permissions, a newer Dateline's file) stays for another try. */
  if (error->domain == DATELINE_PROJECT_ERROR &&
      error->code != DATELINE_PROJECT_ERROR_NEWER_VERSION &&
      (kept = move_aside (autosave)) != NULL)
    {
      kept_name = g_filename_display_name (kept);
      g_ptr_array_add (scan->problems,
                       /* Translators: the first %s is a time, the second why, the third a file */
                       g_strdup_printf (_("Unsaved work from %s could not be restored: %s. It was kept in “%s”."),
                                        when, reason, kept_name));
    }
  else
    {
      kept_name = g_filename_display_name (g_file_peek_path (autosave->file));
      g_ptr_array_add (scan->problems,
                       /* Translators: the first %s is a time, the second why, the third a file */
                       g_strdup_printf (_("Unsaved work from %s could not be restored: %s. It was left in “%s”."),
                                        when, reason, kept_name));
    }
}

static gboolean
is_owned (ScanData   *scan,
          const char *id)
{
  return scan->owned_ids != NULL && g_strv_contains ((const char * const *) scan->owned_ids, id);
}

/* "<id>.dateline.XXXXXX": the temporary file of a write that was cut
 * short. The file it was replacing is intact. */
static gboolean
is_temporary_of_unowned (ScanData   *scan,
                         const char *name)
{
  const char *suffixes[] = { PROJECT_SUFFIX ".", INFO_SUFFIX "." };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      const char *found = strstr (name, suffixes[i]);

      if (found != NULL && found > name && strlen (found + strlen (suffixes[i])) == 6)
        {
          g_autofree char *id = g_strndup (name, (gsize) (found - name));

          return !is_owned (scan, id);
        }
    }

  return FALSE;
}

static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b)
{
  DatelineAutosave *autosave_a = *(DatelineAutosave **) a;
  DatelineAutosave *autosave_b = *(DatelineAutosave **) b;

  if (autosave_a->time == NULL || autosave_b->time == NULL)
    return (autosave_a->time != NULL) - (autosave_b->time != NULL);

  return g_date_time_compare (autosave_a->time, autosave_b->time);
}

static void
find_leftovers_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  ScanData *scan = task_data;
  g_autofree char *folder = dateline_autosave_dup_folder ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (folder, 0, &error);
  if (dir == NULL)
    {
      /* No folder: nothing was ever autosaved. */
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_message ("Cannot look for unsaved work: %s", error->message);
      g_task_return_boolean (task, TRUE);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_str_has_suffix (name, PROJECT_SUFFIX) && strlen (name) > strlen (PROJECT_SUFFIX))
        {
          g_autofree char *id = g_strndup (name, strlen (name) - strlen (PROJECT_SUFFIX));

          if (!is_owned (scan, id) && g_file_test (path, G_FILE_TEST_IS_REGULAR))
            g_ptr_array_add (ids, g_steal_pointer (&id));
        }
      else if (is_temporary_of_unowned (scan, name) && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          unlink_if_there (path);
        }
      else if (g_str_has_suffix (name, INFO_SUFFIX) && strlen (name) > strlen (INFO_SUFFIX))
        {
          /* What a removal cut short left: the info of no project. */
          g_autofree char *id = g_strndup (name, strlen (name) - strlen (INFO_SUFFIX));
          g_autofree char *project_name = g_strconcat (id, PROJECT_SUFFIX, NULL);
          g_autofree char *project_path = g_build_filename (folder, project_name, NULL);

          if (!is_owned (scan, id) && !g_file_test (project_path, G_FILE_TEST_EXISTS))
            unlink_if_there (path);
        }
    }

  for (guint i = 0; i < ids->len && !g_cancellable_is_cancelled (cancellable); i++)
    read_leftover (scan, g_ptr_array_index (ids, i), cancellable);

  g_ptr_array_sort (scan->found, compare_oldest_first);

  g_task_return_boolean (task, TRUE);
}

/* Virtual functions */

static void
dateline_autosave_finalize (GObject *object)
{
  DatelineAutosave *self = DATELINE_AUTOSAVE (object);

  g_free (self->id);
  g_clear_object (&self->file);
  g_free (self->info_path);
  g_clear_object (&self->original);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_clear_object (&self->project);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (dateline_autosave_parent_class)->finalize (object);
}

static void
dateline_autosave_class_init (DatelineAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dateline_autosave_finalize;
}

static void
dateline_autosave_init (DatelineAutosave *self)
{
  g_mutex_init (&self->mutex);
}

/* Public API */

char *
dateline_autosave_dup_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "dateline", "autosave", NULL);
}

guint
dateline_autosave_get_interval (void)
{
  const char *env = g_getenv ("DATELINE_AUTOSAVE_INTERVAL_MS");

  if (env != NULL)
    {
      guint64 interval = g_ascii_strtoull (env, NULL, 10);

      if (interval > 0 && interval <= G_MAXUINT)
        return (guint) interval;
    }

  return DEFAULT_INTERVAL_MS;
}

DatelineAutosave *
dateline_autosave_new (void)
{
  g_autofree char *id = g_uuid_string_random ();

  return dateline_autosave_new_with_id (id);
}

const char *
dateline_autosave_get_id (DatelineAutosave *self)
{
  g_return_val_if_fail (DATELINE_IS_AUTOSAVE (self), NULL);

  return self->id;
}

GFile *
dateline_autosave_get_file (DatelineAutosave *self)
{
  g_return_val_if_fail (DATELINE_IS_AUTOSAVE (self), NULL);

  return self->file;
}

GFile *
dateline_autosave_get_original (DatelineAutosave *self)
{
  g_return_val_if_fail (DATELINE_IS_AUTOSAVE (self), NULL);

  return self->original;
}

GDateTime *
dateline_autosave_get_time (DatelineAutosave *self)
{
  g_return_val_if_fail (DATELINE_IS_AUTOSAVE (self), NULL);

  return self->time;
}

DatelineProject *
dateline_autosave_get_project (DatelineAutosave *self)
{
  g_return_val_if_fail (DATELINE_IS_AUTOSAVE (self), NULL);

  return self->project;
}

DatelineProject *
dateline_autosave_steal_project (DatelineAutosave *self)
{
  g_return_val_if_fail (DATELINE_IS_AUTOSAVE (self), NULL);

  return g_steal_pointer (&self->project);
}

char *
dateline_autosave_dup_time_label (DatelineAutosave *self)
{
  g_return_val_if_fail (DATELINE_IS_AUTOSAVE (self), NULL);

  return dup_time_label (self->time);
}

void
dateline_autosave_write_async (DatelineAutosave    *self,
                               GBytes              *data,
                               GFile               *original,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DATELINE_IS_AUTOSAVE (self));
  g_return_if_fail (data != NULL);
  g_return_if_fail (original == NULL || G_IS_FILE (original));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dateline_autosave_write_async);
  g_task_set_task_data (task, issue_write (self, data, original), (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
dateline_autosave_write_finish (DatelineAutosave  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (DATELINE_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
dateline_autosave_write (DatelineAutosave  *self,
                         GBytes            *data,
                         GFile             *original,
                         GError           **error)
{
  g_autoptr(WriteData) write = NULL;

  g_return_val_if_fail (DATELINE_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), FALSE);

  write = issue_write (self, data, original);

  return apply_write (self, write, error);
}

void
dateline_autosave_remove (DatelineAutosave *self)
{
  g_autoptr(GMutexLocker) locker = NULL;
  guint64 generation;

  g_return_if_fail (DATELINE_IS_AUTOSAVE (self));

  generation = ++self->issued;

  /* After a write still running, which then has nothing to undo. */
  locker = g_mutex_locker_new (&self->mutex);
  if (generation <= self->applied)
    return;
  self->applied = generation;

  unlink_if_there (g_file_peek_path (self->file));
  unlink_if_there (self->info_path);
}

void
dateline_autosave_find_leftovers_async (const char * const  *owned_ids,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ScanData *scan = g_new0 (ScanData, 1);

  scan->owned_ids = g_strdupv ((char **) owned_ids);
  scan->found = g_ptr_array_new_with_free_func (g_object_unref);
  scan->problems = g_ptr_array_new_with_free_func (g_free);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dateline_autosave_find_leftovers_async);
  g_task_set_task_data (task, scan, (GDestroyNotify) scan_data_free);
  g_task_run_in_thread (task, find_leftovers_thread);
}

GPtrArray *
dateline_autosave_find_leftovers_finish (GAsyncResult  *result,
                                         GStrv         *problems,
                                         GError       **error)
{
  ScanData *scan;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  scan = g_task_get_task_data (G_TASK (result));
  if (problems != NULL)
    {
      g_ptr_array_add (scan->problems, NULL);
      *problems = (GStrv) g_ptr_array_steal (scan->problems, NULL);
    }

  return g_steal_pointer (&scan->found);
}
