/* dateline-test-util.c — main-loop, input and widget helpers for the UI tests
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "dateline-test-util.h"

gboolean
dateline_test_spin_until (DatelineTestCondition condition,
                          gpointer              data,
                          guint                 timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }

  return TRUE;
}

void
dateline_test_spin_for (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

void
dateline_test_run_xdotool (const char * const *args)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, xdotool);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

gboolean
dateline_test_find_label_containing (GtkWidget  *widget,
                                     const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (dateline_test_find_label_containing (child, needle))
      return TRUE;

  return FALSE;
}

char *
dateline_test_isolate_user_dirs (const char *prefix)
{
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  g_autofree char *dir = g_dir_make_tmp (template, NULL);
  const char *variables[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" };
  const char *names[] = { "data", "config", "cache" };

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_setenv (variables[i], path, TRUE);
    }

  return g_steal_pointer (&dir);
}

void
dateline_test_remove_tree (const char *path)
{
  GStatBuf buf;

  if (g_lstat (path, &buf) != 0)
    return;

  if (S_ISDIR (buf.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          dateline_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_articles_in (const char *dir_path)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (dir_path == NULL || (dir = g_dir_open (dir_path, 0, NULL)) == NULL)
    return files;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));

  g_ptr_array_sort (paths, compare_paths);
  for (guint i = 0; i < paths->len; i++)
    g_ptr_array_add (files, g_file_new_for_path (g_ptr_array_index (paths, i)));

  return files;
}

GPtrArray *
dateline_test_list_sample_articles (void)
{
  GPtrArray *files = list_articles_in (g_getenv ("DATELINE_SAMPLEDIR"));

  if (files->len == 0)
    {
      g_ptr_array_unref (files);
      files = list_articles_in (DATELINE_UI_FIXTURES_DIR);
    }

  g_assert_cmpuint (files->len, >, 0);

  return files;
}

typedef gboolean (*WidgetMatch) (GtkWidget  *widget,
                                 const char *text);

/* The first of @root and its descendants, depth first, that matches. */
static GtkWidget *
find_descendant (GtkWidget   *root,
                 WidgetMatch  match,
                 const char  *text)
{
  if (match (root, text))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, match, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_button_labelled (GtkWidget  *widget,
                    const char *label)
{
  g_autofree char *plain = NULL;
  char *underline;

  if (!GTK_IS_BUTTON (widget) || gtk_button_get_label (GTK_BUTTON (widget)) == NULL)
    return FALSE;

  if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return TRUE;

  /* "_Restore" is also "Restore", as the reader sees it. */
  plain = g_strdup (gtk_button_get_label (GTK_BUTTON (widget)));
  if ((underline = strchr (plain, '_')) != NULL)
    memmove (underline, underline + 1, strlen (underline));

  return g_strcmp0 (plain, label) == 0;
}

static gboolean
is_status_page_titled (GtkWidget  *widget,
                       const char *title)
{
  return ADW_IS_STATUS_PAGE (widget) &&
         g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0;
}

GtkWidget *
dateline_test_find_button (GtkWidget  *root,
                           const char *label)
{
  return find_descendant (root, is_button_labelled, label);
}

GtkWidget *
dateline_test_find_status_page (GtkWidget  *root,
                                const char *title)
{
  return find_descendant (root, is_status_page_titled, title);
}
