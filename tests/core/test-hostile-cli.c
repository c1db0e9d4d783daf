/* test-hostile-cli.c — `dateline extract` given what the web and a careless
 * disk produce, run as a user runs it
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command's promise (DESIGN.md): a file that cannot be read is named on
 * stderr with the reason and skipped, the others are still processed, the
 * exit status is then 2; an output that cannot be written is reported and
 * left as it was.
 */
#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static char *tmp_dir;

typedef struct {
  char *out;
  char *err;
  int   status;  /* exit status, or -1 when killed by a signal */
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

typedef enum {
  LIMIT_NONE,
  LIMIT_FILE_SIZE,   /* writes past 64 KB fail with EFBIG, as on a full disk */
} Limit;

static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit = { 64 * 1024, 64 * 1024 };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Runs @argv (NULL-terminated, after the binary) with stdout to
 * @stdout_path when not NULL. */
static void
run_full (Run                *run,
          Limit               limit,
          const char         *stdout_path,
          const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *bin = g_getenv ("DATELINE_BIN");

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (char *) bin);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE |
                                        (stdout_path == NULL ? G_SUBPROCESS_FLAGS_STDOUT_PIPE : 0));
  /* No display: the headless commands must not need one. */
  g_subprocess_launcher_setenv (launcher, "DISPLAY", "", TRUE);
  g_subprocess_launcher_setenv (launcher, "WAYLAND_DISPLAY", "", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  if (stdout_path != NULL)
    g_subprocess_launcher_set_stdout_file_path (launcher, stdout_path);
  if (limit == LIMIT_FILE_SIZE)
    g_subprocess_launcher_set_child_setup (launcher, limit_file_size, NULL, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, stdout_path == NULL ? &run->out : NULL,
                                 &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

#define run_dateline(run, ...) \
  run_full ((run), LIMIT_NONE, NULL, (const char * const[]) { __VA_ARGS__, NULL })

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
write_tmp (const char *name,
           const char *data,
           gssize      length)
{
  char *path = tmp_path (name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

static char *
fixture_copy (const char *fixture,
              const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", fixture, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  return write_tmp (name, contents, (gssize) length);
}

static JsonObject *
parse_project (JsonParser *parser,
               const char *data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_utf8_validate (data, -1, NULL));
  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static gboolean
has_article_from (JsonObject *root,
                  const char *source)
{
  JsonArray *articles = json_object_get_array_member (root, "articles");

  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);

      if (!json_object_get_null_member (article, "source") &&
          g_strcmp0 (json_object_get_string_member (article, "source"), source) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The stderr line that names @name. */
static const char *
error_line_for (const char *err,
                const char *name)
{
  const char *found = strstr (err, name);

  if (found == NULL)
    g_error ("stderr does not name “%s”:\n%s", name, err);
  return found;
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* ---------------------------------------------------------------------- */

/* Bad files among good ones: each bad one gets a line naming it, the good
 * ones (articles and a project) all reach the output, exit status 2. A
 * 200 MB file is refused from its size: the run stays quick. */
static void
test_hostile_cli_keeps_going (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  static const char utf16[] = "\xFF\xFE" "P\0o\0r\0t\0 \0s\0h\0u\0t\0\n\0\n\0T\0h\0e\0 \0p\0o\0r\0t\0"
                              " \0s\0h\0u\0t\0 \0o\0n\0 \0\x33\0 \0M\0a\0r\0c\0h\0 \0\x32\0\x30\0\x32\0\x34\0.\0";
  g_autofree char *good = fixture_copy ("grain-talks.txt", "good.txt");
  g_autofree char *empty = write_tmp ("empty.txt", "", 0);
  g_autofree char *binary = write_tmp ("photo.txt", png, sizeof png - 1);
  g_autofree char *latin1 = write_tmp ("latin1.txt", "Caf\xE9 opens\n\nIt opened on 3 March 2024.\n", -1);
  g_autofree char *wide = write_tmp ("wide.txt", utf16, sizeof utf16 - 1);
  g_autofree char *damaged = write_tmp ("damaged.dateline", "{\"format\":\"dateline\",\"version\":1,\"articles\":[", -1);
  g_autofree char *newer = write_tmp ("newer.dateline", "{\"format\":\"dateline\",\"version\":9,\"articles\":[],\"events\":[]}", -1);
  g_autofree char *deep = NULL;
  g_autofree char *huge = tmp_path ("huge.txt");
  g_autofree char *missing = tmp_path ("missing.txt");
  g_autofree char *folder = tmp_path ("folder.txt");
  g_autofree char *project = tmp_path ("earlier.dateline");
  g_autofree char *project_arg = g_strconcat ("--output=", project, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) first = { 0 };
  g_auto(Run) run = { 0 };
  JsonObject *root;
  gint64 start;
  int fd;

  {
    GString *nested = g_string_new ("{\"format\":\"dateline\",\"version\":1,\"x\":");

    for (int i = 0; i < 200000; i++)
      g_string_append_c (nested, '[');
    deep = write_tmp ("deep.dateline", nested->str, (gssize) nested->len);
    g_string_free (nested, TRUE);
  }

  fd = g_open (huge, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "Huge\n\nOn 3 March 2024.\n", 23), ==, 23);
  g_assert_cmpint (ftruncate (fd, 200 * 1024 * 1024), ==, 0);
  close (fd);
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);

  /* An earlier project, to be merged in. */
  {
    g_autofree char *port = fixture_copy ("port-storm.txt", "port.txt");

    run_dateline (&first, "extract", project_arg, port);
    g_assert_cmpint (first.status, ==, 0);
  }

  start = g_get_monotonic_time ();
  run_dateline (&run, "extract", empty, good, binary, huge, latin1, missing, folder,
                damaged, deep, newer, project, wide);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 30 * G_USEC_PER_SEC);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_utf8_validate (run.err, -1, NULL));
  error_line_for (run.err, "empty.txt");
  error_line_for (run.err, "photo.txt");
  error_line_for (run.err, "huge.txt");
  error_line_for (run.err, "latin1.txt");
  error_line_for (run.err, "missing.txt");
  error_line_for (run.err, "folder.txt");
  error_line_for (run.err, "damaged.dateline");
  error_line_for (run.err, "deep.dateline");
  g_assert_nonnull (strstr (error_line_for (run.err, "newer.dateline"), "newer version"));
  /* One line each, nothing else. */
  {
    g_auto(GStrv) lines = g_strsplit (g_strstrip (run.err), "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 9);
  }

  root = parse_project (parser, run.out);
  g_assert_true (has_article_from (root, "good.txt"));
  g_assert_true (has_article_from (root, "wide.txt"));
  g_assert_true (has_article_from (root, "port.txt"));  /* from the project */
  g_assert_false (has_article_from (root, "photo.txt"));

  g_unlink (huge);
}

/* Spaces, quotes, a leading dash, bytes that are not UTF-8: the files are
 * read, and the output (JSON, UTF-8) names them readably. */
static void
test_hostile_cli_odd_paths (void)
{
  const char * const names[] = { "a b.txt", "it's \"final\".txt", "-dash.txt", "caf\xE9\xFF.txt", "tab\there.txt" };
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *odd_dir = tmp_path ("odd dir \xE9");
  g_autofree char *output = NULL;
  g_autofree char *output_arg = NULL;
  g_autofree char *saved = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) dash = { 0 };
  g_auto(Run) broken = { 0 };
  JsonArray *articles;

  g_assert_cmpint (g_mkdir (odd_dir, 0755), ==, 0);
  output = g_build_filename (odd_dir, "out \"put\" \xFF.dateline", NULL);
  output_arg = g_strconcat ("--output=", output, NULL);

  g_ptr_array_add (args, g_strdup ("extract"));
  g_ptr_array_add (args, g_strdup (output_arg));
  g_ptr_array_add (args, g_strdup ("--"));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *text = g_strdup_printf ("Story %u\n\nThe council met on %u March 2024.\n", i, i + 1);

      g_ptr_array_add (args, write_tmp (names[i], text, -1));
    }
  g_ptr_array_add (args, NULL);

  run_full (&run, LIMIT_NONE, NULL, (const char * const *) args->pdata);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  saved = read_file (output);
  articles = json_object_get_array_member (parse_project (parser, saved), "articles");
  g_assert_cmpuint (json_array_get_length (articles), ==, G_N_ELEMENTS (names));

  /* A leading dash without "--" is an option to the parser: refused as
   * one, not read as a file and not a crash. */
  {
    g_autofree char *dash_path = tmp_path ("-dash.txt");
    g_autofree char *cwd = g_get_current_dir ();

    g_assert_cmpint (g_chdir (tmp_dir), ==, 0);
    run_dateline (&dash, "extract", "-dash.txt");
    g_assert_cmpint (g_chdir (cwd), ==, 0);
    g_assert_cmpint (dash.status, ==, 1);
    g_assert_nonnull (strstr (dash.err, "-dash.txt"));
  }

  /* A bad file with a name that is not UTF-8: the message still is. */
  {
    g_autofree char *bad = write_tmp ("bad \xFE.txt", "\x89PNG\r\n\x1a\n\0\0\0", 11);
    g_autofree char *good = tmp_path ("a b.txt");

    run_dateline (&broken, "extract", bad, good);
    g_assert_cmpint (broken.status, ==, 2);
    g_assert_true (g_utf8_validate (broken.err, -1, NULL));
    g_assert_nonnull (strstr (broken.err, "bad "));
  }
}

/* A project that exists, then a save that cannot happen: the old file is
 * still there, whole. */
static void
assert_output_kept (const Run  *run,
                    const char *output,
                    const char *old_contents,
                    const char *name_in_message)
{
  g_autofree char *contents = read_file (output);
  g_autofree char *dir = g_path_get_dirname (output);
  g_autofree char *base = g_path_get_basename (output);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *hidden = g_strconcat (".", base, NULL);
  const char *entry;

  g_assert_cmpint (run->status, ==, 1);
  g_assert_true (g_utf8_validate (run->err, -1, NULL));
  error_line_for (run->err, name_in_message);
  if (strcmp (contents, old_contents) != 0)
    g_error ("%s was replaced by %zu bytes", output, strlen (contents));
  /* No temporary file left beside it. */
  while ((entry = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (entry, hidden));
}

static char *
big_article (void)
{
  g_autoptr(GString) text = g_string_new ("Port closes\n\n");

  while (text->len < 200 * 1024)
    g_string_append (text, "The port closed on 3 March 2024 after the storm. ");
  g_string_append_c (text, '\n');
  return write_tmp ("big.txt", text->str, (gssize) text->len);
}

static void
test_hostile_cli_output_full (void)
{
  g_autofree char *article = big_article ();
  g_autofree char *output = write_tmp ("kept.dateline", "old project", -1);
  g_autofree char *output_arg = g_strconcat ("--output=", output, NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) to_full = { 0 };

  /* The disk fills up while the project is written. */
  run_full (&run, LIMIT_FILE_SIZE, NULL,
            (const char * const[]) { "extract", output_arg, article, NULL });
  assert_output_kept (&run, output, "old project", "kept.dateline");

  /* Standard output is a full device. */
  run_full (&to_full, LIMIT_NONE, "/dev/full", (const char * const[]) { "extract", article, NULL });
  g_assert_cmpint (to_full.status, ==, 1);
  g_assert_nonnull (strstr (to_full.err, "standard output"));
}

static void
test_hostile_cli_output_unwritable (void)
{
  g_autofree char *article = fixture_copy ("grain-talks.txt", "unwritable.txt");
  g_autofree char *blocker = write_tmp ("blocker", "a file", -1);
  g_autofree char *under_file = g_build_filename (blocker, "p.dateline", NULL);
  g_autofree char *under_file_arg = g_strconcat ("--output=", under_file, NULL);
  g_autofree char *folder = tmp_path ("a-folder.dateline");
  g_autofree char *folder_arg = g_strconcat ("--output=", folder, NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) onto_folder = { 0 };

  run_dateline (&run, "extract", under_file_arg, article);
  g_assert_cmpint (run.status, ==, 1);
  error_line_for (run.err, under_file);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  run_dateline (&onto_folder, "extract", folder_arg, article);
  g_assert_cmpint (onto_folder.status, ==, 1);
  error_line_for (onto_folder.err, "a-folder.dateline");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  /* A read-only folder. Root writes anywhere, so as root the folder is a
   * read-only mount (below); otherwise its permissions do it. */
  if (getuid () != 0)
    {
      g_autofree char *ro_dir = tmp_path ("read-only");
      g_autofree char *output = g_build_filename (ro_dir, "p.dateline", NULL);
      g_autofree char *output_arg = g_strconcat ("--output=", output, NULL);
      g_auto(Run) ro = { 0 };

      g_assert_cmpint (g_mkdir (ro_dir, 0755), ==, 0);
      g_assert_true (g_file_set_contents (output, "old project", -1, NULL));
      g_assert_cmpint (g_chmod (ro_dir, 0555), ==, 0);
      run_dateline (&ro, "extract", output_arg, article);
      g_chmod (ro_dir, 0755);
      assert_output_kept (&ro, output, "old project", "p.dateline");
      g_unlink (output);
      g_rmdir (ro_dir);
    }
}

/* The real thing, when the machine allows it: a 64 KB tmpfs that fills
 * up, then the same mounted read-only, in a private mount namespace
 * (unshare) so that nothing outlives the test. Needs root, or a kernel
 * that lets users have their own namespaces; skipped otherwise. */
static void
test_hostile_cli_real_mounts (void)
{
  g_autofree char *unshare = g_find_program_in_path ("unshare");
  g_autofree char *article = big_article ();
  g_autofree char *small = fixture_copy ("grain-talks.txt", "small.txt");
  g_autofree char *mount_dir = tmp_path ("mnt");
  g_autofree char *script = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  if (unshare == NULL)
    {
      g_test_skip ("unshare(1) is not installed");
      return;
    }
  g_assert_cmpint (g_mkdir (mount_dir, 0755), ==, 0);

  script = g_strdup_printf (
    "set -u\n"
    "mount -t tmpfs -o size=64k tmpfs '%1$s' 2>/dev/null || exit 77\n"
    "printf 'old project' > '%1$s/p.dateline'\n"
    "\"$DATELINE_BIN\" extract --output='%1$s/p.dateline' '%2$s' 2>&1; echo \"full-status=$?\"\n"
    "echo \"full-contents=$(cat '%1$s/p.dateline')\"\n"
    "echo \"full-files=$(ls -A '%1$s' | tr '\\n' ' ')\"\n"
    "mount -o remount,ro '%1$s' || exit 78\n"
    "\"$DATELINE_BIN\" extract --output='%1$s/p.dateline' '%3$s' 2>&1; echo \"ro-status=$?\"\n"
    "echo \"ro-contents=$(cat '%1$s/p.dateline')\"\n",
    mount_dir, article, small);

  g_spawn_sync (NULL, (char *[]) { unshare, "--mount", "--propagation", "private", "sh", "-c", script, NULL },
                NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_rmdir (mount_dir);

  if (!WIFEXITED (wait_status) || WEXITSTATUS (wait_status) == 77 || WEXITSTATUS (wait_status) == 78 ||
      strstr (err, "unshare failed") != NULL)
    {
      g_test_skip ("no permission to mount a tmpfs in a private namespace");
      return;
    }

  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "No space left on device"));
  g_assert_nonnull (strstr (out, "full-status=1\n"));
  g_assert_nonnull (strstr (out, "full-contents=old project\n"));
  g_assert_nonnull (strstr (out, "full-files=p.dateline \n"));
  g_assert_nonnull (strstr (out, "Read-only file system"));
  g_assert_nonnull (strstr (out, "ro-status=1\n"));
  g_assert_nonnull (strstr (out, "ro-contents=old project\n"));
}

/* Web pages built to hurt, through the whole command. */
static void
test_hostile_cli_html (void)
{
  GString *laughs = g_string_new ("<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\">");
  GString *nested = g_string_new ("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
  g_autofree char *laughs_path = NULL;
  g_autofree char *nested_path = NULL;
  g_autofree char *scripts_path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  gint64 start;

  for (char c = 'b'; c <= 'j'; c++)
    {
      g_string_append_printf (laughs, "<!ENTITY %c \"", c);
      for (int i = 0; i < 10; i++)
        g_string_append_printf (laughs, "&%c;", c - 1);
      g_string_append (laughs, "\">");
    }
  g_string_append (laughs, "]><html><head><title>Laughs</title></head><body><p>&j; The dam broke on 3 March 2024.</p></body></html>");
  laughs_path = write_tmp ("laughs.html", laughs->str, (gssize) laughs->len);
  g_string_free (laughs, TRUE);

  for (int i = 0; i < 100000; i++)
    g_string_append (nested, "<div>");
  g_string_append (nested, "<p>The levee failed on 4 March 2024.</p></body></html>");
  nested_path = write_tmp ("nested.html", nested->str, (gssize) nested->len);
  g_string_free (nested, TRUE);

  scripts_path = write_tmp ("scripts.html",
                            "<html><head><title>Scripts</title><script>var d='1 January 1999';</script></head>"
                            "<body onload=\"alert('2 February 1998')\"><p>The bridge reopened on 5 March 2024.</p>"
                            "<script>document.write('3 March 1997')</script></body></html>", -1);

  start = g_get_monotonic_time ();
  run_dateline (&run, "extract", laughs_path, nested_path, scripts_path);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
  g_assert_cmpint (run.status, !=, -1);
  g_assert_true (run.status == 0 || run.status == 2);
  g_assert_true (g_utf8_validate (run.err, -1, NULL));
  parse_project (parser, run.out);
  g_assert_true (has_article_from (json_node_get_object (json_parser_get_root (parser)), "scripts.html"));
  g_assert_null (strstr (run.out, "1999"));
  g_assert_null (strstr (run.out, "1998"));
  g_assert_null (strstr (run.out, "1997"));
  g_assert_cmpuint (strlen (run.out), <, 1024 * 1024);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("dateline-hostile-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/hostile-cli/keeps-going", test_hostile_cli_keeps_going);
  g_test_add_func ("/hostile-cli/odd-paths", test_hostile_cli_odd_paths);
  g_test_add_func ("/hostile-cli/output-full", test_hostile_cli_output_full);
  g_test_add_func ("/hostile-cli/output-unwritable", test_hostile_cli_output_unwritable);
  g_test_add_func ("/hostile-cli/real-mounts", test_hostile_cli_real_mounts);
  g_test_add_func ("/hostile-cli/html", test_hostile_cli_html);

  status = g_test_run ();

  remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
