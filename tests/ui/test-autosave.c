/* test-autosave.c — unsaved work survives a crash: autosave, restore, discard
 * (Xvfb in CI)
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
# include <gdk/x11/gdkx.h>
#endif

#include "dateline-application.h"
#include "dateline-test-screenshot.h"
#include "dateline-test-util.h"
#include "dateline-window.h"

#define LOAD_TIMEOUT_MS  60000
#define EVENT_TIMEOUT_MS 10000

/* Short, so that the tests do not wait a minute; the close test sets a
 * long one to tell the write on closing from the timer's. */
#define SHORT_INTERVAL_MS "300"
#define LONG_INTERVAL_MS  "3600000"

static DatelineApplication *app;
static char *scratch_dir;          /* XDG_DATA_HOME etc. of this process and its children */

/* ------------------------------------------------------------------------ */
/* Helpers                                                                    */
/* ------------------------------------------------------------------------ */

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
window_is_idle (gpointer data)
{
  return !dateline_window_get_busy (DATELINE_WINDOW (data));
}

static DatelineWindow *
create_window (void)
{
  DatelineWindow *window = dateline_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_present (GTK_WINDOW (window));
  dateline_test_wait_for_draw (GTK_WIDGET (window), 5000);

  return window;
}

static void
open_and_wait (DatelineWindow  *window,
               GFile          **files,
               guint            n_files)
{
  dateline_window_open_files (window, files, n_files);
  g_assert_true (dateline_test_spin_until (window_is_idle, window, LOAD_TIMEOUT_MS));
}

static DatelineWindow *
create_window_on_sample (void)
{
  DatelineWindow *window = create_window ();
  g_autoptr(GPtrArray) files = dateline_test_list_sample_articles ();

  open_and_wait (window, (GFile **) files->pdata, files->len);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (dateline_window_get_project (window))), >, 0);

  return window;
}

static void
add_fixture_article (DatelineWindow *window)
{
  g_autofree char *path = g_build_filename (DATELINE_UI_FIXTURES_DIR, "01-ministers-meet.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  open_and_wait (window, &file, 1);
}

static void
destroy_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  dateline_test_spin_for (50);
}

static void
destroy_all_windows (void)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  dateline_test_spin_for (50);
}

static guint
count_events (DatelineProject *project)
{
  return g_list_model_get_n_items (dateline_project_get_events (project));
}

static guint
count_articles (DatelineProject *project)
{
  return g_list_model_get_n_items (dateline_project_get_articles (project));
}

/* Same articles, same events (ids, titles, sources), in the same order. */
static void
assert_same_work (DatelineProject *expected,
                  DatelineProject *actual)
{
  GListModel *expected_events = dateline_project_get_events (expected);
  GListModel *actual_events = dateline_project_get_events (actual);

  g_assert_cmpuint (count_articles (actual), ==, count_articles (expected));
  g_assert_cmpuint (count_events (actual), ==, count_events (expected));

  for (guint i = 0; i < g_list_model_get_n_items (expected_events); i++)
    {
      g_autoptr(DatelineEvent) a = g_list_model_get_item (expected_events, i);
      g_autoptr(DatelineEvent) b = g_list_model_get_item (actual_events, i);

      g_assert_cmpstr (dateline_event_get_id (b), ==, dateline_event_get_id (a));
      g_assert_cmpstr (dateline_event_get_title (b), ==, dateline_event_get_title (a));
      g_assert_cmpuint (dateline_event_get_sources (b)->len, ==, dateline_event_get_sources (a)->len);
    }
}

static char *
dup_autosave_folder (void)
{
  return g_build_filename (scratch_dir, "data", "dateline", "autosave", NULL);
}

/* The names of the files directly in the autosave folder, sorted. */
static GPtrArray *
list_autosave_folder (void)
{
  g_autofree char *folder = dup_autosave_folder ();
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_paths);

  return names;
}

static void
empty_autosave_folder (void)
{
  g_autofree char *folder = dup_autosave_folder ();

  dateline_test_remove_tree (folder);
}

static char *
dup_info_path (GFile *autosave)
{
  g_autofree char *path = g_file_get_path (autosave);

  g_assert_true (g_str_has_suffix (path, ".dateline"));
  path[strlen (path) - strlen (".dateline")] = '\0';

  return g_strconcat (path, ".info", NULL);
}

/* The project, and then what it belongs to, are written. */
static gboolean
autosave_exists (gpointer data)
{
  GFile *file = dateline_window_get_autosave_file (DATELINE_WINDOW (data));
  g_autofree char *info_path = NULL;

  if (file == NULL || !g_file_query_exists (file, NULL))
    return FALSE;

  info_path = dup_info_path (file);
  return g_file_test (info_path, G_FILE_TEST_IS_REGULAR);
}

typedef struct
{
  GFile *file;
  guint  n_articles;
} ArticlesWait;

/* The autosave holds @n_articles articles (it is being rewritten: a
 * failed read only means "not yet"). */
static gboolean
autosave_has_articles (gpointer data)
{
  ArticlesWait *wait = data;
  g_autoptr(DatelineProject) project = NULL;

  if (!g_file_query_exists (wait->file, NULL))
    return FALSE;

  g_usleep (20000);
  project = dateline_project_new_from_file (wait->file, NULL, NULL);
  return project != NULL && count_articles (project) == wait->n_articles;
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} AsyncWait;

static gboolean
async_is_done (gpointer data)
{
  return ((AsyncWait *) data)->done;
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncWait *wait = user_data;

  wait->ok = dateline_window_save_finish (DATELINE_WINDOW (object), result, &wait->error);
  wait->done = TRUE;
}

static void
save_and_wait (DatelineWindow *window,
               GFile          *file)
{
  AsyncWait wait = { FALSE, FALSE, NULL };

  dateline_window_save_async (window, file, NULL, saved_cb, &wait);
  g_assert_true (dateline_test_spin_until (async_is_done, &wait, LOAD_TIMEOUT_MS));
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
}

static AdwMessageDialog *
find_message_dialog_for (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == parent)
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static gboolean
pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static GtkInfoBar *
get_recovery_infobar (DatelineWindow *window)
{
  GObject *infobar = gtk_widget_get_template_child (GTK_WIDGET (window), DATELINE_TYPE_WINDOW,
                                                    "recovery_infobar");

  g_assert_true (GTK_IS_INFO_BAR (infobar));
  return GTK_INFO_BAR (infobar);
}

static gboolean
recovery_is_offered (gpointer data)
{
  GtkInfoBar *infobar = get_recovery_infobar (data);

  return gtk_widget_get_mapped (GTK_WIDGET (infobar)) && gtk_info_bar_get_revealed (infobar);
}

static gboolean
recovery_is_done (gpointer data)
{
  return !recovery_is_offered (data);
}

/* As at start-up: the application's first window. */
static DatelineWindow *
start_application (void)
{
  GtkWindow *window;

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (DATELINE_IS_WINDOW (window));
  gtk_window_set_default_size (window, 1100, 700);
  dateline_test_wait_for_draw (GTK_WIDGET (window), 5000);

  return DATELINE_WINDOW (window);
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *path = dateline_test_screenshot_dup_path (DATELINE_UI_SCREENSHOT_DIR, name);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  dateline_test_wait_for_draw (widget, 5000);
  texture = dateline_test_screenshot_save (widget, path, &error);
  g_assert_no_error (error);
  g_test_message ("screenshot: %s", path);
}

static char *
read_file (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return g_steal_pointer (&contents);
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                    */
/* ------------------------------------------------------------------------ */

/* Unsaved work reaches the autosave folder by itself, follows later
 * changes, and goes away once the project is saved. */
static void
test_writes_unsaved_work (void)
{
  DatelineWindow *window;
  GFile *autosave;
  g_autofree char *folder = dup_autosave_folder ();
  g_autofree char *autosave_path = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *saved_path = g_build_filename (scratch_dir, "saved.dateline", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(DatelineProject) read_back = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  ArticlesWait wait;

  empty_autosave_folder ();
  window = create_window_on_sample ();
  g_assert_true (dateline_window_get_modified (window));

  /* Within the interval, in XDG_DATA_HOME/dateline/autosave. */
  g_assert_true (dateline_test_spin_until (autosave_exists, window, EVENT_TIMEOUT_MS));
  autosave = dateline_window_get_autosave_file (window);
  autosave_path = g_file_get_path (autosave);
  g_test_message ("autosave: %s", autosave_path);
  g_assert_true (g_str_has_prefix (autosave_path, folder));
  g_assert_true (g_str_has_suffix (autosave_path, ".dateline"));

  /* It is the project, as it would be saved. */
  read_back = dateline_project_new_from_file (autosave, NULL, &error);
  g_assert_no_error (error);
  assert_same_work (dateline_window_get_project (window), read_back);

  /* Never saved: no original file, but the time. */
  info_path = dup_info_path (autosave);
  g_assert_true (g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  g_assert_false (g_key_file_has_key (info, "Autosave", "Original", NULL));
  {
    g_autofree char *time = g_key_file_get_string (info, "Autosave", "Time", NULL);
    g_autoptr(GDateTime) when = time != NULL ? g_date_time_new_from_iso8601 (time, NULL) : NULL;
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    g_assert_nonnull (when);
    g_assert_cmpint (g_date_time_difference (now, when), <, 10 * G_TIME_SPAN_MINUTE);
    g_assert_cmpint (g_date_time_difference (now, when), >=, 0);
  }

  /* Private to the user. */
  {
    GStatBuf buf;

    g_assert_cmpint (g_stat (autosave_path, &buf), ==, 0);
    g_assert_cmpint (buf.st_mode & 0077, ==, 0);
  }

  /* A later change reaches it too. */
  add_fixture_article (window);
  wait.file = autosave;
  wait.n_articles = count_articles (dateline_window_get_project (window));
  g_assert_true (dateline_test_spin_until (autosave_has_articles, &wait, EVENT_TIMEOUT_MS));

  /* One window, one project file and its info; no temporary file left. */
  dateline_test_spin_for (200);
  names = list_autosave_folder ();
  g_assert_cmpuint (names->len, ==, 2);

  /* Saved: nothing is unsaved, nothing is kept… */
  save_and_wait (window, saved);
  g_assert_false (dateline_window_get_modified (window));
  g_assert_false (g_file_query_exists (autosave, NULL));
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));

  /* …and nothing comes back later. */
  dateline_test_spin_for (1000);
  g_assert_false (g_file_query_exists (autosave, NULL));
  g_clear_pointer (&names, g_ptr_array_unref);
  names = list_autosave_folder ();
  g_assert_cmpuint (names->len, ==, 0);

  /* Changed after saving: kept again, now naming the saved file. */
  add_fixture_article (window);
  g_assert_true (dateline_window_get_modified (window));
  g_assert_true (dateline_test_spin_until (autosave_exists, window, EVENT_TIMEOUT_MS));
  dateline_test_spin_for (100);
  g_assert_true (g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  {
    g_autofree char *original = g_key_file_get_string (info, "Autosave", "Original", NULL);
    g_autofree char *uri = g_file_get_uri (saved);

    g_assert_cmpstr (original, ==, uri);
  }

  save_and_wait (window, saved);
  g_assert_false (g_file_query_exists (dateline_window_get_autosave_file (window), NULL));

  destroy_window (window);
  g_unlink (saved_path);
}

static void
set_interval (const char *interval)
{
  g_setenv ("DATELINE_AUTOSAVE_INTERVAL_MS", interval, TRUE);
}

/* Quitting writes the autosave at once (the session may end before the
 * question is answered); Discard deletes it, Cancel keeps it. */
static void
test_close_writes_then_discard_deletes (void)
{
  DatelineWindow *window;
  AdwMessageDialog *dialog;
  g_autoptr(GFile) autosave = NULL;
  g_autoptr(DatelineProject) read_back = NULL;
  g_autoptr(GError) error = NULL;

  empty_autosave_folder ();
  set_interval (LONG_INTERVAL_MS);
  window = create_window_on_sample ();
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  /* Far from the interval: nothing written yet. */
  dateline_test_spin_for (300);
  g_assert_false (autosave_exists (window));

  /* Ctrl+Q: each window's close goes first. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  dateline_test_spin_for (50);
  dialog = find_message_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_true (autosave_exists (window));
  autosave = g_object_ref (dateline_window_get_autosave_file (window));
  read_back = dateline_project_new_from_file (autosave, NULL, &error);
  g_assert_no_error (error);
  assert_same_work (dateline_window_get_project (window), read_back);

  /* Cancel: still unsaved, still kept. */
  adw_message_dialog_response (dialog, "cancel");
  dateline_test_spin_for (50);
  g_assert_nonnull (window);
  g_assert_true (g_file_query_exists (autosave, NULL));

  /* Discard: the user said the changes go. */
  gtk_window_close (GTK_WINDOW (window));
  dateline_test_spin_for (50);
  dialog = find_message_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  g_assert_true (dateline_test_spin_until (pointer_is_null, &window, EVENT_TIMEOUT_MS));
  g_assert_false (g_file_query_exists (autosave, NULL));
  {
    g_autoptr(GPtrArray) names = list_autosave_folder ();

    g_assert_cmpuint (names->len, ==, 0);
  }

  set_interval (SHORT_INTERVAL_MS);
}

/* ------------------------------------------------------------------------ */
/* After a crash                                                              */
/* ------------------------------------------------------------------------ */

static char *
dup_expected_path (void)
{
  return g_build_filename (scratch_dir, "expected.dateline", NULL);
}

static char *
dup_original_path (void)
{
  return g_build_filename (scratch_dir, "suez.dateline", NULL);
}

/* Runs in a child process, which dies with unsaved work: it saves the
 * sample as suez.dateline, adds an article, lets the autosave catch up
 * and is killed (SIGKILL: nothing runs on the way out). */
static void
test_crash_child (void)
{
  g_autofree char *original_path = dup_original_path ();
  g_autofree char *expected_path = dup_expected_path ();
  g_autoptr(GFile) original = g_file_new_for_path (original_path);
  g_autoptr(GError) error = NULL;
  DatelineWindow *window;
  ArticlesWait wait;

  if (!g_test_subprocess ())
    {
      g_test_skip ("run by /autosave/crash/restore in a process of its own");
      return;
    }

  window = create_window_on_sample ();
  save_and_wait (window, original);
  add_fixture_article (window);
  g_assert_true (dateline_window_get_modified (window));

  g_assert_true (dateline_test_spin_until (autosave_exists, window, EVENT_TIMEOUT_MS));
  wait.file = dateline_window_get_autosave_file (window);
  wait.n_articles = count_articles (dateline_window_get_project (window));
  g_assert_true (dateline_test_spin_until (autosave_has_articles, &wait, EVENT_TIMEOUT_MS));

  /* What the parent must get back. */
  {
    g_autoptr(GFile) expected = g_file_new_for_path (expected_path);

    g_assert_true (dateline_project_save_to_file (dateline_window_get_project (window),
                                                  expected, NULL, &error));
  }
  g_assert_no_error (error);

  kill (getpid (), SIGKILL);
  g_assert_not_reached ();
}

/* The next start offers the work back; Restore shows it, unsaved, under
 * its file's name; saving it then deletes the autosave. */
static void
test_crash_then_restore (void)
{
  g_autofree char *original_path = dup_original_path ();
  g_autofree char *expected_path = dup_expected_path ();
  g_autoptr(GFile) original = g_file_new_for_path (original_path);
  g_autoptr(DatelineProject) expected = NULL;
  g_autoptr(DatelineProject) saved = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *leftover_path = NULL;
  GFile *autosave;
  DatelineWindow *window;
  GtkWidget *restore;

  empty_autosave_folder ();
  g_unlink (expected_path);
  g_unlink (original_path);

  g_test_trap_subprocess ("/autosave/crash/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();
  g_assert_true (g_file_test (expected_path, G_FILE_TEST_IS_REGULAR));
  {
    g_autoptr(GFile) file = g_file_new_for_path (expected_path);

    expected = dateline_project_new_from_file (file, NULL, &error);
    g_assert_no_error (error);
  }

  /* The dead process left its work behind. */
  names = list_autosave_folder ();
  g_assert_cmpuint (names->len, ==, 2);
  {
    g_autofree char *folder = dup_autosave_folder ();

    leftover_path = g_build_filename (folder, g_ptr_array_index (names, 0), NULL);
    g_assert_true (g_str_has_suffix (leftover_path, ".dateline"));
  }

  /* Start: the window offers it. */
  window = start_application ();
  g_assert_true (dateline_test_spin_until (recovery_is_offered, window, EVENT_TIMEOUT_MS));
  g_assert_true (dateline_window_is_empty (window));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "Unsaved Work Recovered"));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "Changes to “suez” from "));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "were not saved before Dateline closed."));
  restore = dateline_test_find_button (GTK_WIDGET (get_recovery_infobar (window)), "Restore");
  g_assert_nonnull (restore);
  g_assert_true (gtk_widget_is_sensitive (restore));
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (restore)));
  g_assert_true (gtk_widget_get_focusable (restore));
  g_assert_nonnull (dateline_test_find_button (GTK_WIDGET (get_recovery_infobar (window)), "Discard"));

  save_screenshot (GTK_WIDGET (window), "autosave-recovered.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (GTK_WIDGET (window), "autosave-recovered-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Alt+R, as a keyboard user would (real X key presses). */
#ifdef GDK_WINDOWING_X11
  {
    g_autofree char *xdotool = g_find_program_in_path ("xdotool");

    if (xdotool != NULL && GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (window))))
      {
        GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
        g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));

        /* Xvfb has no window manager: the window under the pointer gets the keys. */
        dateline_test_run_xdotool ((const char *[]) { "mousemove", "--window", xid, "500", "400", NULL });
        dateline_test_spin_for (100);
        dateline_test_run_xdotool ((const char *[]) { "key", "alt+r", NULL });
      }
    else
      {
        g_test_message ("no xdotool: Restore clicked instead");
        g_signal_emit_by_name (restore, "clicked");
      }
  }
#else
  g_signal_emit_by_name (restore, "clicked");
#endif
  g_assert_true (dateline_test_spin_until (recovery_is_done, window, EVENT_TIMEOUT_MS));
  dateline_test_spin_for (100);

  /* The events are back, in this window, unsaved, under the file's name. */
  g_assert_false (recovery_is_offered (window));
  assert_same_work (expected, dateline_window_get_project (window));
  g_assert_true (dateline_window_get_modified (window));
  g_assert_nonnull (dateline_window_get_file (window));
  g_assert_true (g_file_equal (dateline_window_get_file (window), original));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "*suez — Dateline");
  save_screenshot (GTK_WIDGET (window), "autosave-restored.png");

  /* Still kept until saved: a second crash would lose nothing either. */
  autosave = dateline_window_get_autosave_file (window);
  g_assert_nonnull (autosave);
  g_assert_cmpstr (g_file_peek_path (autosave), ==, leftover_path);
  g_assert_true (g_file_query_exists (autosave, NULL));

  /* Save (Ctrl+S goes to the original file): the autosave goes. */
  save_and_wait (window, dateline_window_get_file (window));
  g_assert_false (dateline_window_get_modified (window));
  g_assert_false (g_file_test (leftover_path, G_FILE_TEST_EXISTS));
  saved = dateline_project_new_from_file (original, NULL, &error);
  g_assert_no_error (error);
  assert_same_work (expected, saved);
  g_clear_pointer (&names, g_ptr_array_unref);
  names = list_autosave_folder ();
  g_assert_cmpuint (names->len, ==, 0);

  destroy_all_windows ();
  g_unlink (expected_path);
  g_unlink (original_path);
}

/* A crash in this process: a window with unsaved, autosaved work goes
 * away without its close dialog. */
static void
leave_work_behind (void)
{
  DatelineWindow *window = create_window_on_sample ();
  g_autoptr(GError) error = NULL;

  g_assert_true (dateline_window_write_autosave (window, &error));
  g_assert_no_error (error);
  g_assert_true (autosave_exists (window));
  destroy_window (window);
}

/* Discard deletes what was offered; the next start offers nothing. */
static void
test_crash_then_discard (void)
{
  DatelineWindow *window;
  g_autoptr(GPtrArray) names = NULL;
  GtkWidget *discard;

  empty_autosave_folder ();
  leave_work_behind ();
  names = list_autosave_folder ();
  g_assert_cmpuint (names->len, ==, 2);

  window = start_application ();
  g_assert_true (dateline_test_spin_until (recovery_is_offered, window, EVENT_TIMEOUT_MS));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "Changes to “Untitled Timeline” from "));

  discard = dateline_test_find_button (GTK_WIDGET (get_recovery_infobar (window)), "Discard");
  g_assert_nonnull (discard);
  g_signal_emit_by_name (discard, "clicked");
  dateline_test_spin_for (100);

  g_assert_false (recovery_is_offered (window));
  g_assert_true (dateline_window_is_empty (window));
  g_clear_pointer (&names, g_ptr_array_unref);
  names = list_autosave_folder ();
  g_assert_cmpuint (names->len, ==, 0);

  destroy_all_windows ();
  window = start_application ();
  dateline_test_spin_for (500);
  g_assert_false (recovery_is_offered (window));
  destroy_all_windows ();
}

/* Work of two windows: Restore opens both, the first in the window that
 * offered them. Work a window of this process owns is not offered. */
static void
test_crash_two_windows (void)
{
  DatelineWindow *window;
  DatelineWindow *busy;
  g_autoptr(GList) windows = NULL;
  guint n_restored = 0;

  empty_autosave_folder ();
  leave_work_behind ();
  leave_work_behind ();

  /* A window with its own autosave, still open: not a leftover. */
  busy = create_window_on_sample ();
  g_assert_true (dateline_test_spin_until (autosave_exists, busy, EVENT_TIMEOUT_MS));
  dateline_window_recover_unsaved_work (busy);
  g_assert_true (dateline_test_spin_until (recovery_is_offered, busy, EVENT_TIMEOUT_MS));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (busy), "Changes to 2 timelines, the last from "));

  /* Restore: this window has work of its own, so each gets a new one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (busy), "win.restore-unsaved-work", NULL));
  dateline_test_spin_for (200);
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_cmpuint (g_list_length (windows), ==, 3);
  for (GList *l = windows; l != NULL; l = l->next)
    {
      window = l->data;
      g_assert_true (dateline_window_get_modified (window));
      g_assert_nonnull (dateline_window_get_autosave_file (window));
      g_assert_true (g_file_query_exists (dateline_window_get_autosave_file (window), NULL));
      if (window != busy)
        {
          g_assert_cmpuint (count_events (dateline_window_get_project (window)), ==,
                            count_events (dateline_window_get_project (busy)));
          n_restored++;
        }
    }
  g_assert_cmpuint (n_restored, ==, 2);

  destroy_all_windows ();
  empty_autosave_folder ();
}

/* A damaged autosave is not restored, says so, and is moved aside, not
 * deleted; it is not offered again. */
static void
test_damaged_kept_aside (void)
{
  g_autofree char *folder = dup_autosave_folder ();
  g_autofree char *damaged_path = g_build_filename (folder, "0badc0de-0000-4000-8000-000000000000.dateline", NULL);
  g_autofree char *kept_path = g_build_filename (folder, "damaged", "0badc0de-0000-4000-8000-000000000000.dateline", NULL);
  g_autofree char *temporary_path = g_build_filename (folder, "0badc0de-0000-4000-8000-000000000002.dateline.Ab12Cd", NULL);
  g_autofree char *orphan_info_path = g_build_filename (folder, "0badc0de-0000-4000-8000-000000000003.info", NULL);
  g_autofree char *good = NULL;
  g_autofree char *kept = NULL;
  DatelineWindow *window;
  gsize length = 0;

  empty_autosave_folder ();
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);

  /* A project cut off half-way. */
  {
    g_autoptr(DatelineProject) project = dateline_project_new ();

    good = dateline_project_to_data (project, &length);
    g_assert_cmpuint (length, >, 10);
    g_assert_true (g_file_set_contents (damaged_path, good, (gssize) length / 2, NULL));
  }

  /* What writes and removals cut short by a crash leave: a temporary file
   * and the info of no project. Not work: tidied away. */
  g_assert_true (g_file_set_contents (temporary_path, "{ \"ver", -1, NULL));
  g_assert_true (g_file_set_contents (orphan_info_path, "[Autosave]\n", -1, NULL));

  window = start_application ();
  g_assert_true (dateline_test_spin_until (recovery_is_offered, window, EVENT_TIMEOUT_MS));
  g_assert_false (g_file_test (temporary_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (orphan_info_path, G_FILE_TEST_EXISTS));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "Unsaved Work Could Not Be Restored"));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "could not be restored: "));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), kept_path));
  /* Nothing to restore: only a close button. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (dateline_test_find_button (GTK_WIDGET (get_recovery_infobar (window)), "Restore"))));
  g_assert_true (gtk_info_bar_get_show_close_button (get_recovery_infobar (window)));
  save_screenshot (GTK_WIDGET (window), "autosave-damaged.png");

  /* Kept, byte for byte, out of the way. */
  g_assert_false (g_file_test (damaged_path, G_FILE_TEST_EXISTS));
  kept = read_file (kept_path);
  g_assert_cmpuint (strlen (kept), ==, length / 2);
  g_assert_cmpmem (kept, length / 2, good, length / 2);

  gtk_info_bar_response (get_recovery_infobar (window), GTK_RESPONSE_CLOSE);
  dateline_test_spin_for (50);
  g_assert_false (recovery_is_offered (window));
  g_assert_true (g_file_test (kept_path, G_FILE_TEST_IS_REGULAR));

  /* The next start does not ask again. */
  destroy_all_windows ();
  window = start_application ();
  dateline_test_spin_for (500);
  g_assert_false (recovery_is_offered (window));
  g_assert_true (g_file_test (kept_path, G_FILE_TEST_IS_REGULAR));

  destroy_all_windows ();
  empty_autosave_folder ();
}

/* A good and a damaged one: the good one is offered, the damaged one
 * named beside it. */
static void
test_good_and_damaged (void)
{
  g_autofree char *folder = dup_autosave_folder ();
  g_autofree char *damaged_path = g_build_filename (folder, "0badc0de-0000-4000-8000-000000000001.dateline", NULL);
  DatelineWindow *window;

  empty_autosave_folder ();
  leave_work_behind ();
  g_assert_true (g_file_set_contents (damaged_path, "{ \"version\": 1, \"articles\": [", -1, NULL));

  window = start_application ();
  g_assert_true (dateline_test_spin_until (recovery_is_offered, window, EVENT_TIMEOUT_MS));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "Unsaved Work Recovered"));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "Changes to “Untitled Timeline” from "));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "It was kept in "));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-unsaved-work", NULL));
  dateline_test_spin_for (100);
  g_assert_true (dateline_window_get_modified (window));
  g_assert_cmpuint (count_events (dateline_window_get_project (window)), >, 0);

  destroy_all_windows ();
  empty_autosave_folder ();
}

static void
test_no_display (void)
{
  g_test_skip ("no display available (run under xvfb-run -a)");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source;
  const char *inherited_scratch = g_getenv ("DATELINE_TEST_SCRATCH");
  int status;

  /* The crash child shares its parent's folders: that is the point. */
  if (inherited_scratch != NULL)
    {
      scratch_dir = g_strdup (inherited_scratch);
    }
  else
    {
      scratch_dir = dateline_test_isolate_user_dirs ("dateline-test-autosave");
      g_setenv ("DATELINE_TEST_SCRATCH", scratch_dir, TRUE);
    }
  set_interval (SHORT_INTERVAL_MS);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/autosave/no-display", test_no_display);
      status = g_test_run ();
    }
  else
    {
      g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

      /* No Getting Started over the first window. */
      source = g_settings_schema_source_get_default ();
      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, "io.github.dateline.Dateline", TRUE);
      if (schema != NULL)
        {
          g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);

          g_settings_set_boolean (settings, "show-getting-started", FALSE);
        }

      app = dateline_application_new ();
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
      /* Windows come and go without the application quitting in between. */
      g_application_hold (G_APPLICATION (app));

      g_test_add_func ("/autosave/writes-unsaved-work", test_writes_unsaved_work);
      g_test_add_func ("/autosave/close-writes-then-discard-deletes", test_close_writes_then_discard_deletes);
      g_test_add_func ("/autosave/crash/restore", test_crash_then_restore);
      g_test_add_func ("/autosave/crash/subprocess", test_crash_child);
      g_test_add_func ("/autosave/crash/discard", test_crash_then_discard);
      g_test_add_func ("/autosave/crash/two-windows", test_crash_two_windows);
      g_test_add_func ("/autosave/damaged/kept-aside", test_damaged_kept_aside);
      g_test_add_func ("/autosave/damaged/beside-good", test_good_and_damaged);

      status = g_test_run ();

      g_application_release (G_APPLICATION (app));
      g_clear_object (&app);
    }

  if (inherited_scratch == NULL)
    dateline_test_remove_tree (scratch_dir);
  g_free (scratch_dir);

  return status;
}
