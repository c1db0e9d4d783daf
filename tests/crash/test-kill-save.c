/* test-kill-save.c — kill -9 in the middle of a save never damages a project
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project of a few megabytes is saved over and over by crash-save-loop
 * (the same dateline_project_save_to_file() the window uses) and by
 * `dateline extract --output` (the command's own path); each is killed
 * with SIGKILL at a random moment, and after every kill the target must be
 * a whole project: the one before the save or the one after it, never a
 * mixture, a truncation or nothing. The random seed is printed (run with
 * --seed to repeat a run).
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dateline-project.h"

#define HELPER_KILLS 100
#define CLI_KILLS    25

static char *tmp_dir;
static char *source_path;   /* the big project */
static guint expected_events;
static gsize expected_text_length;

/* About 2 MB of JSON: one long article and a thousand events, each
 * with its passage repeated, as extraction writes them. */
static void
write_source_project (void)
{
  g_autoptr(DatelineProject) project = dateline_project_new ();
  g_autoptr(DatelineArticle) article = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) text = g_string_new ("Harbour log\n\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) sentence_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  DatelineWhen when;

  for (guint i = 0; text->len < 1800 * 1024; i++)
    {
      guint start = (guint) text->len;

      g_array_append_val (sentence_starts, start);
      g_string_append_printf (text, "Ship %u left the harbour at Genève on %u March 2024 after repairs. ",
                              i, 1 + i % 28);
    }
  article = dateline_article_new (NULL, "Harbour log", "harbour.txt", text->str);
  dateline_project_add_article (project, article);

  for (guint i = 0; i < sentence_starts->len; i += 25)
    {
      guint start = g_array_index (sentence_starts, guint, i);
      guint end = i + 1 < sentence_starts->len ? g_array_index (sentence_starts, guint, i + 1) - 1
                                                : (guint) text->len - 1;
      g_autofree char *title = g_strdup_printf ("Ship %u leaves the harbour", i);
      g_autofree char *passage = g_strndup (text->str + start, end - start);
      DatelineEvent *event = dateline_event_new (NULL, title, DATELINE_EVENT_OTHER);

      dateline_when_set_span (&when, 2024, 3, 1 + i % 28, DATELINE_GRANULARITY_DAY, DATELINE_CERTAINTY_STATED);
      dateline_event_set_when (event, &when);
      dateline_event_add_source (event, dateline_article_get_id (article), start, end, passage);
      g_ptr_array_add (events, event);
    }
  dateline_project_add_events (project, events);

  expected_events = events->len;
  expected_text_length = text->len;
  source_path = g_build_filename (tmp_dir, "source.dateline", NULL);
  file = g_file_new_for_path (source_path);
  g_assert_true (dateline_project_save_to_file (project, file, NULL, &error));
  g_assert_no_error (error);
}

/* The target is a whole project: it loads, and it is the big one. Returns
 * its title. */
static char *
assert_whole_project (const char *path,
                      guint       n_events)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineProject) project = dateline_project_new_from_file (file, NULL, &error);
  DatelineArticle *article;

  if (project == NULL)
    g_error ("after a kill, %s does not load: %s", path, error->message);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), ==, n_events);
  article = g_list_model_get_item (dateline_project_get_articles (project), 0);
  g_assert_cmpuint (dateline_article_get_text_length (article), ==, expected_text_length);
  g_object_unref (article);

  return g_strdup (dateline_project_get_title (project));
}

/* A killed save leaves its temporary file behind (nobody is left to
 * remove it); clear them so that the runs do not fill the disk. Returns
 * how many there were. */
static guint
remove_leftovers (const char *target)
{
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *prefix = g_strconcat (".", base, ".", NULL);
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;
  guint removed = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) || g_str_has_prefix (name, ".goutputstream-"))
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

        g_unlink (path);
        removed++;
      }

  return removed;
}

static GSubprocess *
spawn (const char * const *argv,
       GError            **error)
{
  return g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, error);
}

static void
kill_and_wait (GSubprocess *process)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
}

/* How long one save takes here, in µs: the random kills are spread over
 * a few of them. */
static gint64
time_one_save (const char *target)
{
  g_autoptr(GFile) source = g_file_new_for_path (source_path);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineProject) project = dateline_project_new_from_file (source, NULL, &error);
  gint64 start;

  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (dateline_project_save_to_file (project, file, NULL, &error));
  return MAX (g_get_monotonic_time () - start, 1000);
}

static void
test_kill_save_loop (void)
{
  g_autofree char *target = g_build_filename (tmp_dir, "target.dateline", NULL);
  g_autofree char *previous_title = NULL;
  guint64 generation = 1;
  guint leftovers = 0, changed = 0;
  gint64 save_time;

  /* A first whole project, so that every kill has one to damage. */
  save_time = time_one_save (target);
  previous_title = assert_whole_project (target, expected_events);
  g_test_message ("one save of %s takes %.1f ms", target, save_time / 1000.0);

  for (guint kill = 0; kill < HELPER_KILLS; kill++)
    {
      g_autofree char *generation_str = g_strdup_printf ("%" G_GUINT64_FORMAT, generation);
      const char *argv[] = { CRASH_HELPER, source_path, target, generation_str, NULL };
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GDataInputStream) lines = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *ready = NULL;
      g_autofree char *title = NULL;

      process = spawn (argv, &error);
      g_assert_no_error (error);
      lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
      ready = g_data_input_stream_read_line (lines, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (ready, ==, "ready");

      /* Anywhere in the first three saves: building the JSON, writing,
       * flushing, renaming. */
      g_usleep ((gulong) g_test_rand_int_range (0, (gint32) MIN (3 * save_time, G_MAXINT32)));
      kill_and_wait (process);

      title = assert_whole_project (target, expected_events);
      /* The first project has no title; every save gives one. */
      g_assert_true (title == NULL || g_str_has_prefix (title, "generation "));
      if (g_strcmp0 (title, previous_title) != 0)
        changed++;
      g_free (previous_title);
      previous_title = g_steal_pointer (&title);
      leftovers += remove_leftovers (target);
      generation += 1000;
    }

  /* The kills must have landed both between and inside saves, or the test
   * proves nothing. */
  g_test_message ("%u kills: the project changed %u times, %u temporary files left by killed saves",
                  HELPER_KILLS, changed, leftovers);
  g_assert_cmpuint (changed, >, 0);
  g_assert_cmpuint (changed, <, HELPER_KILLS);
  g_unlink (target);
}

/* The same through the command, killed anywhere in its run: loading,
 * merging, writing. */
static void
test_kill_extract (void)
{
  g_autofree char *target = g_build_filename (tmp_dir, "extract.dateline", NULL);
  g_autofree char *output_arg = g_strconcat ("--output=", target, NULL);
  const char *bin = g_getenv ("DATELINE_BIN");
  const char *argv[] = { bin, "extract", output_arg, source_path, NULL };
  g_autoptr(GError) error = NULL;
  guint leftovers = 0;
  guint n_events;
  gint64 run_time;

  g_assert_nonnull (bin);

  /* One run to the end: a whole project to start from, and the time a
   * run takes. */
  {
    g_autoptr(GSubprocess) process = spawn (argv, &error);
    gint64 start = g_get_monotonic_time ();

    g_assert_no_error (error);
    g_subprocess_wait_check (process, NULL, &error);
    g_assert_no_error (error);
    run_time = g_get_monotonic_time () - start;

    /* The command merges what it reads: count what it writes. */
    {
      g_autoptr(GFile) file = g_file_new_for_path (target);
      g_autoptr(DatelineProject) written = dateline_project_new_from_file (file, NULL, &error);

      g_assert_no_error (error);
      n_events = g_list_model_get_n_items (dateline_project_get_events (written));
    }
  }

  for (guint kill = 0; kill < CLI_KILLS; kill++)
    {
      g_autoptr(GSubprocess) process = spawn (argv, &error);

      g_assert_no_error (error);
      g_usleep ((gulong) g_test_rand_int_range (0, (gint32) MIN (run_time, G_MAXINT32)));
      kill_and_wait (process);
      g_free (assert_whole_project (target, n_events));
      leftovers += remove_leftovers (target);
    }

  g_test_message ("%u kills of a %.2f s run, %u temporary files left", CLI_KILLS, run_time / 1e6, leftovers);
  g_unlink (target);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("dateline-kill-XXXXXX", &error);
  g_assert_no_error (error);
  write_source_project ();

  g_test_add_func ("/crash/kill-save-loop", test_kill_save_loop);
  g_test_add_func ("/crash/kill-extract", test_kill_extract);

  status = g_test_run ();

  g_unlink (source_path);
  g_rmdir (tmp_dir);
  g_free (source_path);
  g_free (tmp_dir);
  return status;
}
