/* test-app.c — the application as a user meets it: export dialog, dates,
 * recent projects, first run, German, right-to-left (Xvfb in CI)
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
# include <gdk/x11/gdkx.h>
#endif

#include "dateline-application.h"
#include "dateline-article-view.h"
#include "dateline-date-chooser.h"
#include "dateline-export-dialog.h"
#include "dateline-help-window.h"
#include "dateline-test-screenshot.h"
#include "dateline-test-util.h"
#include "dateline-window.h"

#define LOAD_TIMEOUT_MS  60000
#define EVENT_TIMEOUT_MS 10000

static DatelineApplication *app;
static GSettings *settings;        /* NULL without the compiled schema */
static char *scratch_dir;          /* XDG_DATA_HOME etc. of this process */

/* ------------------------------------------------------------------------ */
/* Helpers                                                                    */
/* ------------------------------------------------------------------------ */

static gboolean
window_is_idle (gpointer data)
{
  return !dateline_window_get_busy (DATELINE_WINDOW (data));
}

static guint
count_layout_items (DatelineTimelineView *view)
{
  DatelineLayout *layout = dateline_timeline_view_get_layout (view);
  guint n_items = 0;

  if (layout != NULL)
    dateline_layout_get_items (layout, &n_items);

  return n_items;
}

static gboolean
view_has_layout (gpointer data)
{
  return count_layout_items (data) > 0;
}

static DatelineWindow *
create_window (void)
{
  DatelineWindow *window = dateline_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
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
  dateline_test_wait_for_draw (GTK_WIDGET (window), 5000);
}

static DatelineWindow *
create_window_on_sample (void)
{
  DatelineWindow *window = create_window ();
  g_autoptr(GPtrArray) files = dateline_test_list_sample_articles ();

  open_and_wait (window, (GFile **) files->pdata, files->len);
  g_assert_true (dateline_test_spin_until (view_has_layout, dateline_window_get_timeline_view (window), EVENT_TIMEOUT_MS));

  return window;
}

static void
destroy_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  dateline_test_spin_for (50);
}

/* Every toplevel of @type (transfer container). */
static GPtrArray *
list_toplevels_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        g_ptr_array_add (found, toplevel);
    }

  return found;
}

static gpointer
find_toplevel_of_type (GType type)
{
  g_autoptr(GPtrArray) found = list_toplevels_of_type (type);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static void
destroy_toplevels_of_type (GType type)
{
  g_autoptr(GPtrArray) found = list_toplevels_of_type (type);

  for (guint i = 0; i < found->len; i++)
    gtk_window_destroy (g_ptr_array_index (found, i));
  dateline_test_spin_for (50);
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A button whose label (with or without its mnemonic) is @label and, if
 * @action is not NULL, whose action is @action. */
static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label,
                      const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      (action == NULL || g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0))
    {
      const char *text = gtk_button_get_label (GTK_BUTTON (widget));

      if (text != NULL)
        {
          g_autofree char *plain = g_strdup (text);
          char *underline = strchr (plain, '_');

          if (underline != NULL)
            memmove (underline, underline + 1, strlen (underline));
          if (g_strcmp0 (plain, label) == 0)
            return widget;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label, action);

      if (found != NULL)
        return found;
    }

  return NULL;
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

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *path = dateline_test_screenshot_dup_path (DATELINE_UI_SCREENSHOT_DIR, name);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dateline_test_wait_for_draw (widget, 5000));
  texture = dateline_test_screenshot_save (widget, path, &error);
  g_assert_no_error (error);
  g_test_message ("screenshot: %s", path);
}

static DatelineEvent *
find_event_titled (DatelineProject *project,
                   const char      *title)
{
  GListModel *events = dateline_project_get_events (project);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (dateline_event_get_title (event), title) == 0)
        return event;  /* the project keeps it alive */
    }

  return NULL;
}

static gboolean
event_is_laid_out (DatelineTimelineView *view,
                   DatelineEvent        *event)
{
  GListModel *events = dateline_timeline_view_get_events (view);
  DatelineLayout *layout = dateline_timeline_view_get_layout (view);

  for (guint i = 0; layout != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DatelineEvent) item = g_list_model_get_item (events, i);

      if (item == event)
        return dateline_layout_lookup_event (layout, i) != G_MAXUINT;
    }

  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* Export dialog                                                              */
/* ------------------------------------------------------------------------ */

static DatelineExportDialog *
open_export_dialog (DatelineWindow *window)
{
  DatelineExportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = find_toplevel_of_type (DATELINE_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));

  return dialog;
}

static gboolean
file_is_written (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

typedef struct
{
  DatelineWindow *window;
  const char     *name;
} ToastWait;

static gboolean
toast_shows (gpointer data)
{
  ToastWait *wait = data;

  return dateline_test_find_label_containing (GTK_WIDGET (wait->window), wait->name);
}

static GBytes *
export_through_dialog (DatelineWindow              *window,
                       const DatelineExportChoices *choices,
                       const char                  *path)
{
  DatelineExportDialog *dialog = open_export_dialog (window);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *basename = g_path_get_basename (path);
  ToastWait toast = { window, basename };
  GtkWidget *open_button;
  g_autofree char *contents = NULL;
  gsize length = 0;

  dateline_export_dialog_set_choices (dialog, choices);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* What Export does once the file chooser (the portal) returns. */
  dateline_export_dialog_export_to_file (dialog, file);
  g_assert_null (dialog);

  g_assert_true (dateline_test_spin_until (file_is_written, (gpointer) path, LOAD_TIMEOUT_MS));
  g_assert_true (dateline_test_spin_until (toast_shows, &toast, EVENT_TIMEOUT_MS));

  /* The toast offers to open what was written. */
  open_button = find_button_labelled (GTK_WIDGET (window), "Open", "win.open-exported");
  g_assert_nonnull (open_button);
  {
    GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (open_button));
    g_autofree char *uri = g_file_get_uri (file);

    g_assert_nonnull (target);
    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
  }

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static guint32
read_be32 (const guint8 *data)
{
  return ((guint32) data[0] << 24) | ((guint32) data[1] << 16) | ((guint32) data[2] << 8) | data[3];
}

static void
test_export_dialog_writes_each_format (void)
{
  DatelineWindow *window = create_window_on_sample ();
  g_autofree char *tmpdir = g_dir_make_tmp ("dateline-app-XXXXXX", NULL);
  DatelineExportChoices choices = DATELINE_EXPORT_CHOICES_INIT;
  static const struct {
    DatelineExportFormat  format;
    const char           *name;
    const char           *magic;
  } formats[] = {
    { DATELINE_EXPORT_PNG, "timeline.png", "\x89PNG\r\n\x1a\n" },
    { DATELINE_EXPORT_SVG, "timeline.svg", "<?xml" },
    { DATELINE_EXPORT_PDF, "timeline.pdf", "%PDF-" },
  };

  choices.width = 1000;
  choices.height = 640;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (tmpdir, formats[i].name, NULL);
      g_autoptr(GBytes) bytes = NULL;
      const guint8 *data;
      gsize length;

      choices.format = formats[i].format;
      bytes = export_through_dialog (window, &choices, path);
      data = g_bytes_get_data (bytes, &length);
      g_test_message ("%s: %" G_GSIZE_FORMAT " bytes", formats[i].name, length);
      g_assert_cmpuint (length, >, 100);
      g_assert_cmpint (memcmp (data, formats[i].magic, strlen (formats[i].magic)), ==, 0);

      if (formats[i].format == DATELINE_EXPORT_PNG)
        {
          /* IHDR: the size chosen in the dialog. */
          g_assert_cmpuint (read_be32 (data + 16), ==, 1000);
          g_assert_cmpuint (read_be32 (data + 20), ==, 640);
        }
      else if (formats[i].format == DATELINE_EXPORT_SVG)
        {
          g_autofree char *text = g_strndup ((const char *) data, length);

          g_assert_nonnull (strstr (text, "<svg"));
          g_assert_nonnull (strstr (text, "Ever Given"));
        }

      g_unlink (path);
    }

  /* The dialog remembers the last choices. */
  if (settings != NULL)
    {
      DatelineExportDialog *dialog = open_export_dialog (window);
      DatelineExportChoices remembered;
      g_autofree char *format = g_settings_get_string (settings, "last-export-format");

      dateline_export_dialog_get_choices (dialog, &remembered);
      g_assert_cmpint (remembered.format, ==, DATELINE_EXPORT_PDF);
      g_assert_cmpint (remembered.width, ==, 1000);
      g_assert_cmpint (remembered.height, ==, 640);
      g_assert_cmpstr (format, ==, "pdf");
      save_screenshot (GTK_WIDGET (dialog), "export-dialog.png");
      destroy_window (dialog);
    }

  destroy_toplevels_of_type (DATELINE_TYPE_EXPORT_DIALOG);
  destroy_window (window);
  g_rmdir (tmpdir);
}

static guint
png_background_sum (GBytes *png)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guchar *pixels = NULL;
  int width;

  texture = gdk_texture_new_from_bytes (png, &error);
  g_assert_no_error (error);
  width = gdk_texture_get_width (texture);
  pixels = g_malloc ((gsize) width * gdk_texture_get_height (texture) * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  /* A corner of the page: the background colour. */
  return pixels[(4 * width + 4) * 4] + pixels[(4 * width + 4) * 4 + 1] + pixels[(4 * width + 4) * 4 + 2];
}

static void
test_export_dialog_style_and_range (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  g_autofree char *tmpdir = g_dir_make_tmp ("dateline-app-XXXXXX", NULL);
  g_autofree char *light_path = g_build_filename (tmpdir, "light.png", NULL);
  g_autofree char *dark_path = g_build_filename (tmpdir, "dark.png", NULL);
  g_autofree char *whole_path = g_build_filename (tmpdir, "whole.png", NULL);
  DatelineExportChoices choices = DATELINE_EXPORT_CHOICES_INIT;
  g_autoptr(GBytes) light = NULL;
  g_autoptr(GBytes) dark = NULL;
  g_autoptr(GBytes) whole = NULL;

  choices.width = 800;
  choices.height = 500;

  /* Zoomed in: the visible range is not the whole timeline. */
  dateline_timeline_view_zoom_in (view);
  dateline_timeline_view_zoom_in (view);
  dateline_timeline_view_zoom_in (view);
  dateline_test_spin_for (100);

  light = export_through_dialog (window, &choices, light_path);
  choices.dark = TRUE;
  dark = export_through_dialog (window, &choices, dark_path);
  choices.dark = FALSE;
  choices.whole_timeline = TRUE;
  whole = export_through_dialog (window, &choices, whole_path);

  g_test_message ("page background: light %u, dark %u", png_background_sum (light), png_background_sum (dark));
  g_assert_cmpuint (png_background_sum (light), >, png_background_sum (dark) + 150);
  /* Same style and size, another range: another picture. */
  g_assert_false (g_bytes_equal (light, whole));

  g_unlink (light_path);
  g_unlink (dark_path);
  g_unlink (whole_path);
  g_rmdir (tmpdir);
  destroy_window (window);
}

static void
test_export_source_notes (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  DatelineProject *project = dateline_window_get_project (window);
  g_autoptr(DatelineLayout) layout = dateline_timeline_view_create_layout (view);
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GArray) refs = NULL;
  double begin, end;

  dateline_viewport_get_document_range (dateline_timeline_view_get_viewport (view), &begin, &end);
  notes = dateline_export_build_source_notes (project, layout, begin, end, &refs);

  /* Every article of the sample is cited, once, with its date. */
  g_assert_cmpuint (notes->len, ==, g_list_model_get_n_items (dateline_project_get_articles (project)));
  for (guint i = 0; i < notes->len; i++)
    g_test_message ("%u. %s", i + 1, (const char *) g_ptr_array_index (notes, i));
  g_assert_nonnull (strstr (g_ptr_array_index (notes, 0), "published"));
  g_assert_cmpuint (refs->len, >=, notes->len);
  for (guint i = 0; i < refs->len; i++)
    {
      const DatelineExportNoteRef *ref = &g_array_index (refs, DatelineExportNoteRef, i);

      g_assert_cmpuint (ref->note, >=, 1);
      g_assert_cmpuint (ref->note, <=, notes->len);
      if (i > 0)
        g_assert_cmpuint (ref->event_index, >=, g_array_index (refs, DatelineExportNoteRef, i - 1).event_index);
    }

  destroy_window (window);
}

/* ------------------------------------------------------------------------ */
/* Keyboard                                                                   */
/* ------------------------------------------------------------------------ */

static gboolean
export_dialog_is_open (gpointer data)
{
  return find_toplevel_of_type (DATELINE_TYPE_EXPORT_DIALOG) != NULL;
}

static gboolean
export_dialog_is_closed (gpointer data)
{
  return find_toplevel_of_type (DATELINE_TYPE_EXPORT_DIALOG) == NULL;
}

static void
test_keyboard_export_dialog (void)
{
#ifdef GDK_WINDOWING_X11
  DatelineWindow *window = create_window_on_sample ();
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *xid = NULL;
  GdkSurface *surface;

  if (xdotool == NULL || !GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (window))))
    {
      destroy_window (window);
      g_test_skip ("needs X11 and xdotool for real key presses");
      return;
    }

  /* Xvfb has no window manager: the window under the pointer gets the keys. */
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  dateline_test_run_xdotool ((const char *[]) { "mousemove", "--window", xid, "300", "300", NULL });
  dateline_test_spin_for (100);

  dateline_test_run_xdotool ((const char *[]) { "key", "ctrl+e", NULL });
  g_assert_true (dateline_test_spin_until (export_dialog_is_open, NULL, EVENT_TIMEOUT_MS));

  /* The dialog has the keyboard: Escape closes it. */
  {
    DatelineExportDialog *dialog = find_toplevel_of_type (DATELINE_TYPE_EXPORT_DIALOG);
    GdkSurface *dialog_surface;
    g_autofree char *dialog_xid = NULL;

    g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (dialog), 5000));
    dialog_surface = gtk_native_get_surface (GTK_NATIVE (dialog));
    dialog_xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (dialog_surface));
    dateline_test_run_xdotool ((const char *[]) { "mousemove", "--window", dialog_xid, "100", "100", NULL });
    dateline_test_spin_for (100);
    dateline_test_run_xdotool ((const char *[]) { "key", "Escape", NULL });
  }
  g_assert_true (dateline_test_spin_until (export_dialog_is_closed, NULL, EVENT_TIMEOUT_MS));

  destroy_window (window);
#else
  g_test_skip ("needs X11 and xdotool for real key presses");
#endif
}

/* Every key binding of the window and every application accelerator is
 * listed in the Keyboard Shortcuts window. */
static guint
canonical_keyval (guint keyval)
{
  /* "=" is "+" without Shift on most layouts: one entry stands for both. */
  keyval = gdk_keyval_to_lower (keyval);
  return keyval == GDK_KEY_equal ? GDK_KEY_plus : keyval;
}

static gboolean
overlay_lists (GPtrArray       *listed,
               guint            keyval,
               GdkModifierType  mods)
{
  for (guint i = 0; i < listed->len; i++)
    {
      g_auto(GStrv) accels = g_strsplit (g_ptr_array_index (listed, i), " ", -1);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint listed_keyval = 0;
          GdkModifierType listed_mods = 0;

          if (gtk_accelerator_parse (accels[j], &listed_keyval, &listed_mods) &&
              canonical_keyval (listed_keyval) == canonical_keyval (keyval) &&
              (listed_mods & ~GDK_SHIFT_MASK) == (mods & ~GDK_SHIFT_MASK))
            return TRUE;
        }
    }

  return FALSE;
}

static void
collect_accelerators (GObject   *object,
                      GPtrArray *listed)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (object))
    {
      g_autofree char *accelerator = NULL;

      g_object_get (object, "accelerator", &accelerator, NULL);
      if (accelerator != NULL)
        g_ptr_array_add (listed, g_steal_pointer (&accelerator));
    }
}

static void
check_widget_bindings (GtkWidget *widget,
                       GPtrArray *listed)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          g_autofree char *text = gtk_shortcut_trigger_to_string (trigger);
          const char *name;

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (action))
            continue;
          /* Ours, not GTK's own (Tab, the inspector…). */
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (!g_str_has_prefix (name, "win.") && !g_str_has_prefix (name, "timeline.") &&
              !g_str_has_prefix (name, "article.") && !g_str_has_prefix (name, "app.") &&
              g_strcmp0 (name, "window.close") != 0)
            continue;
          /* Keypad twins are not listed separately. */
          if (g_str_has_prefix (text, "KP_") || strstr (text, ">KP_") != NULL)
            continue;

          g_test_message ("%s: %s", G_OBJECT_TYPE_NAME (widget), text);
          g_assert_true (overlay_lists (listed,
                                        gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                        gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
        }
    }
}

static void
test_shortcuts_window_lists_every_shortcut (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineArticleView *article_view;
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/dateline/Dateline/gtk/help-overlay.ui");
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  g_auto(GStrv) actions = NULL;
  GtkWindow *overlay = NULL;

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      collect_accelerators (l->data, listed);
      if (GTK_IS_SHORTCUTS_WINDOW (l->data))
        overlay = l->data;
    }
  g_assert_cmpuint (listed->len, >, 10);

  /* The application's accelerators. */
  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval = 0;
          GdkModifierType mods = 0;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &mods));
          g_test_message ("%s: %s", actions[i], accels[j]);
          g_assert_true (overlay_lists (listed, keyval, mods));
        }
    }

  /* The key bindings of the window, the timeline and the article view. */
  check_widget_bindings (GTK_WIDGET (window), listed);
  check_widget_bindings (GTK_WIDGET (dateline_window_get_timeline_view (window)), listed);
  {
    GListModel *articles = dateline_project_get_articles (dateline_window_get_project (window));
    g_autoptr(DatelineArticle) article = g_list_model_get_item (articles, 0);

    dateline_window_show_in_article (window, article, 0, 10);
    article_view = dateline_window_get_article_view (window);
    g_assert_nonnull (article_view);
    check_widget_bindings (GTK_WIDGET (article_view), listed);
  }

  gtk_window_destroy (overlay);
  destroy_window (window);
}

/* ------------------------------------------------------------------------ */
/* Batches, closing, window state                                             */
/* ------------------------------------------------------------------------ */

static DatelineWindow *
find_window_with_articles (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (DATELINE_IS_WINDOW (l->data) &&
        (dateline_window_get_busy (l->data) ||
         g_list_model_get_n_items (dateline_project_get_articles (dateline_window_get_project (l->data))) > 0))
      return l->data;

  return NULL;
}

static AdwMessageDialog *
find_message_dialog_for (GtkWindow *parent)
{
  g_autoptr(GPtrArray) dialogs = list_toplevels_of_type (ADW_TYPE_MESSAGE_DIALOG);

  for (guint i = 0; i < dialogs->len; i++)
    if (gtk_window_get_transient_for (g_ptr_array_index (dialogs, i)) == parent)
      return g_ptr_array_index (dialogs, i);

  return NULL;
}

static void
test_failing_file_in_batch (void)
{
  g_autoptr(GPtrArray) files = dateline_test_list_sample_articles ();
  g_autofree char *tmpdir = g_dir_make_tmp ("dateline-app-XXXXXX", NULL);
  g_autofree char *bad_path = g_build_filename (tmpdir, "scanned-page.txt", NULL);
  g_autofree char *missing_path = g_build_filename (tmpdir, "moved-away.html", NULL);
  static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
  DatelineWindow *window;
  DatelineProject *project;
  AdwMessageDialog *dialog;
  GtkWidget *details;
  guint n_good = files->len;

  g_assert_true (g_file_set_contents (bad_path, binary, sizeof binary, NULL));
  g_ptr_array_insert (files, 1, g_file_new_for_path (bad_path));
  g_ptr_array_insert (files, 3, g_file_new_for_path (missing_path));

  /* As from the command line or the file manager: `dateline FILE…`. */
  g_application_open (G_APPLICATION (app), (GFile **) files->pdata, files->len, "");
  window = find_window_with_articles ();
  g_assert_nonnull (window);
  g_assert_true (dateline_test_spin_until (window_is_idle, window, LOAD_TIMEOUT_MS));
  dateline_test_wait_for_draw (GTK_WIDGET (window), 5000);

  /* The rest loaded; one toast says how many failed… */
  project = dateline_window_get_project (window);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_articles (project)), ==, n_good);
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "2 files could not be opened"));
  details = find_button_labelled (GTK_WIDGET (window), "Details", "win.show-load-failures");
  g_assert_nonnull (details);
  save_screenshot (GTK_WIDGET (window), "window-failed-files.png");

  /* …and its Details name each file, with the reason. */
  g_signal_emit_by_name (details, "clicked");
  dateline_test_spin_for (50);
  dialog = find_message_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“scanned-page.txt” is not a text file"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "moved-away.html"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "No such file"));
  save_screenshot (GTK_WIDGET (dialog), "failed-files-details.png");
  adw_message_dialog_response (dialog, "close");

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  destroy_window (window);
  g_assert_null (window);
  g_unlink (bad_path);
  g_rmdir (tmpdir);
}

static gboolean
pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_quit_asks_to_save (void)
{
  DatelineWindow *window = create_window_on_sample ();
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_true (dateline_window_get_modified (window));

  /* Ctrl+Q goes through every window's unsaved-changes check. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  dateline_test_spin_for (100);
  g_assert_nonnull (window);
  dialog = find_message_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save");
  save_screenshot (GTK_WIDGET (dialog), "unsaved-changes.png");

  adw_message_dialog_response (dialog, "cancel");
  dateline_test_spin_for (100);
  g_assert_nonnull (window);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  dateline_test_spin_for (100);
  dialog = find_message_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  g_assert_true (dateline_test_spin_until (pointer_is_null, &window, EVENT_TIMEOUT_MS));
}

/* TRUE when @model, or a section or submenu of it, has an item whose
 * @attribute is @value. */
static gboolean
menu_has (GMenuModel *model,
          const char *attribute,
          const char *value)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *found = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      const char *name;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, attribute, "s", &found) && g_strcmp0 (found, value) == 0)
        return TRUE;

      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, &name, &link))
        {
          gboolean inside = menu_has (link, attribute, value);

          g_object_unref (link);
          if (inside)
            return TRUE;
        }
    }

  return FALSE;
}

/* The main menu offers Open Recent and Getting Started, the application's
 * sections, beside the window's own. */
static void
test_main_menu_sections (void)
{
  DatelineWindow *window = create_window_on_sample ();
  GMenuModel *main_menu = NULL;
  GtkWidget *child;
  GQueue queue = G_QUEUE_INIT;

  /* The header bar's menu button whose menu holds win.open. */
  g_queue_push_tail (&queue, window);
  while (!g_queue_is_empty (&queue) && main_menu == NULL)
    {
      GtkWidget *widget = g_queue_pop_head (&queue);

      if (GTK_IS_MENU_BUTTON (widget))
        {
          GMenuModel *model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

          if (model != NULL && menu_has (model, "action", "win.open"))
            main_menu = model;
        }
      for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        g_queue_push_tail (&queue, child);
    }
  g_queue_clear (&queue);

  g_assert_nonnull (main_menu);
  g_assert_true (menu_has (main_menu, "action", "app.help"));
  g_assert_true (menu_has (main_menu, "action", "app.about"));
  g_assert_true (menu_has (main_menu, "action", "win.show-help-overlay"));
  g_assert_true (menu_has (main_menu, "label", "Open _Recent"));

  destroy_window (window);
}

static void
test_remembers_pane_position (void)
{
  DatelineWindow *window;
  GtkPaned *paned;
  int panel_width;

  if (settings == NULL)
    {
      g_test_skip ("the GSettings schema is not compiled (GSETTINGS_SCHEMA_DIR)");
      return;
    }

  window = create_window_on_sample ();
  paned = GTK_PANED (find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_PANED));
  g_assert_nonnull (paned);

  /* The user drags the divider: the side panel is now 500 wide. */
  gtk_paned_set_position (paned, gtk_widget_get_width (GTK_WIDGET (paned)) - 500);
  dateline_test_wait_for_draw (GTK_WIDGET (window), 5000);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  /* The same timeline, as if saved: closing does not ask. */
  dateline_window_set_project (window, dateline_window_get_project (window), NULL);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (dateline_test_spin_until (pointer_is_null, &window, EVENT_TIMEOUT_MS));

  panel_width = g_settings_get_int (settings, "pane-position");
  g_test_message ("remembered side panel width: %d", panel_width);
  g_assert_cmpint (ABS (panel_width - 500), <=, 2);

  /* The next window gives the panel that width again. */
  window = create_window_on_sample ();
  paned = GTK_PANED (find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_PANED));
  panel_width = gtk_widget_get_width (GTK_WIDGET (paned)) - gtk_paned_get_position (paned);
  g_test_message ("restored side panel width: %d", panel_width);
  g_assert_cmpint (ABS (panel_width - 500), <=, 20);
  if (ABS (panel_width - 500) > 2)
    /* dateline-window.c saves the panel's width from the paned's width but
     * restores it from the window's: it shrinks by their difference every
     * session (reported to the window's owner with issue 6). */
    g_test_incomplete ("the side panel comes back narrower than it was left");

  g_settings_reset (settings, "pane-position");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  destroy_window (window);
}

/* ------------------------------------------------------------------------ */
/* Publication dates                                                          */
/* ------------------------------------------------------------------------ */

/* No date in the header, and "on Tuesday" before any full date: the
 * talks are undated until the article has a publication date. */
static const char undated_article[] =
  "Talks collapse in Vienna\n"
  "\n"
  "Negotiators walked out of the talks in Vienna on Tuesday, diplomats said.\n"
  "\n"
  "The previous round had ended on 1 June 2023 without an agreement.\n";

static void
test_set_publication_date_moves_event (void)
{
  g_autofree char *tmpdir = g_dir_make_tmp ("dateline-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "vienna-talks.txt", NULL);
  g_autofree char *project_path = g_build_filename (tmpdir, "vienna.dateline", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) project_file = g_file_new_for_path (project_path);
  DatelineWindow *window = create_window ();
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  DatelineSourcePanel *panel = dateline_window_get_source_panel (window);
  DatelineProject *project;
  DatelineArticle *article;
  DatelineArticleView *article_view;
  DatelineDateChooser *chooser;
  DatelineEvent *talks;
  const DatelineWhen *when;
  GtkWidget *card_meta_holder;
  guint32 june_1 = dateline_julian_from_ymd (2023, 6, 1);

  g_assert_true (g_file_set_contents (path, undated_article, -1, NULL));
  open_and_wait (window, &file, 1);
  save_and_wait (window, project_file);
  g_assert_false (dateline_window_get_modified (window));

  project = dateline_window_get_project (window);
  article = g_list_model_get_item (dateline_project_get_articles (project), 0);
  g_object_unref (article);  /* the project keeps it */
  talks = find_event_titled (project, "Talks in Vienna");
  g_assert_nonnull (talks);
  g_assert_false (dateline_when_is_dated (dateline_event_get_when (talks)));
  g_assert_false (event_is_laid_out (view, talks));

  /* Selecting it: the panel says the article has no date and proposes the
   * latest date it mentions, with the passage. */
  dateline_timeline_view_set_selected_event (view, talks);
  g_assert_true (dateline_source_panel_get_event (panel) == talks);
  g_assert_cmpstr (dateline_source_panel_get_undated_article_id (panel), ==, dateline_article_get_id (article));
  g_assert_cmpuint (dateline_source_panel_get_proposed_day (panel), ==, june_1);
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (panel), "No publication date for “Talks collapse in Vienna”"));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (panel), "(the latest date it mentions)?"));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (panel), "1 June 2023"));
  card_meta_holder = GTK_WIDGET (dateline_source_panel_get_passage_card (panel, 0));
  g_assert_cmpstr (dateline_passage_card_get_meta_text (DATELINE_PASSAGE_CARD (card_meta_holder)), ==,
                   "Publication date unknown · vienna-talks.txt");
  save_screenshot (GTK_WIDGET (window), "publication-date-unknown.png");

  /* Use This Date: the talks move onto the timeline, on the Tuesday
   * before 1 June 2023, and the timeline is unsaved again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "panel.use-proposed-date", NULL));
  g_assert_true (dateline_window_get_modified (window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "*"));
  g_assert_cmpint (dateline_article_get_published_origin (article), ==, DATELINE_DATE_ORIGIN_USER);
  g_assert_cmpuint (dateline_article_get_published (article)->start, ==, june_1);

  talks = find_event_titled (project, "Talks in Vienna");
  g_assert_nonnull (talks);
  when = dateline_event_get_when (talks);
  g_assert_true (dateline_when_is_dated (when));
  g_assert_cmpuint (when->start, ==, dateline_julian_from_ymd (2023, 5, 30));
  g_assert_true (event_is_laid_out (view, talks));
  /* Still the event the user looks at, now explained. */
  g_assert_true (dateline_timeline_view_get_selected_event (view) == talks);
  g_assert_null (dateline_source_panel_get_undated_article_id (panel));
  g_assert_cmpstr (dateline_source_panel_get_certainty_text (panel), ==,
                   "Resolved from “Tuesday” against the publication date");
  g_assert_nonnull (strstr (dateline_passage_card_get_meta_text (dateline_source_panel_get_passage_card (panel, 0)),
                            ", set by you"));
  save_screenshot (GTK_WIDGET (window), "publication-date-set.png");

  /* Set Date… in the article: typed in the user's words, the talks move
   * to the Tuesday before 8 June 2023. */
  dateline_window_show_in_article (window, article, 0, 10);
  article_view = dateline_window_get_article_view (window);
  g_assert_nonnull (article_view);
  g_assert_nonnull (strstr (dateline_article_view_get_published_text (article_view), "set by you"));
  chooser = DATELINE_DATE_CHOOSER (gtk_menu_button_get_popover (GTK_MENU_BUTTON (
              find_widget_of_type (GTK_WIDGET (article_view), GTK_TYPE_MENU_BUTTON))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (article_view), "article.set-date", NULL));
  dateline_test_spin_for (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chooser)));
  {
    GtkWidget *entry = find_widget_of_type (GTK_WIDGET (chooser), GTK_TYPE_ENTRY);

    gtk_editable_set_text (GTK_EDITABLE (entry), "8 June 2023");
    g_assert_cmpuint (dateline_date_chooser_get_day (chooser), ==, dateline_julian_from_ymd (2023, 6, 8));
    save_screenshot (GTK_WIDGET (article_view), "article-set-date.png");
    g_signal_emit_by_name (entry, "activate");
  }
  dateline_test_spin_for (50);
  talks = find_event_titled (project, "Talks in Vienna");
  g_assert_cmpuint (dateline_event_get_when (talks)->start, ==, dateline_julian_from_ymd (2023, 6, 6));
  g_assert_cmpuint (dateline_article_get_published (article)->start, ==, dateline_julian_from_ymd (2023, 6, 8));
  g_assert_nonnull (strstr (dateline_article_view_get_published_text (article_view), "8 June 2023"));

  destroy_window (window);
  g_unlink (path);
  g_unlink (project_path);
  g_rmdir (tmpdir);
}

static void
test_date_chooser_parses (void)
{
  guint32 julian = 0;

  g_assert_true (dateline_date_chooser_parse ("2023-06-08", &julian));
  g_assert_cmpuint (julian, ==, dateline_julian_from_ymd (2023, 6, 8));
  g_assert_true (dateline_date_chooser_parse ("  8 June 2023 ", &julian));
  g_assert_cmpuint (julian, ==, dateline_julian_from_ymd (2023, 6, 8));
  /* A year is needed: today's year is never filled in silently. */
  g_assert_false (dateline_date_chooser_parse ("8 June", &julian));
  g_assert_false (dateline_date_chooser_parse ("", &julian));
  g_assert_false (dateline_date_chooser_parse ("next week", &julian));
}

static void
test_article_view_proposes_date (void)
{
  g_autoptr(GPtrArray) files = dateline_test_list_sample_articles ();
  DatelineWindow *window = create_window ();
  DatelineArticleView *article_view;
  DatelineArticle *undated = NULL;
  GListModel *articles;

  open_and_wait (window, (GFile **) files->pdata, files->len);

  /* The explainer of the sample has no publication date. */
  articles = dateline_project_get_articles (dateline_window_get_project (window));
  for (guint i = 0; i < g_list_model_get_n_items (articles) && undated == NULL; i++)
    {
      g_autoptr(DatelineArticle) article = g_list_model_get_item (articles, i);

      if (!dateline_when_is_dated (dateline_article_get_published (article)))
        undated = article;
    }
  g_assert_nonnull (undated);

  dateline_window_show_in_article (window, undated, 0, 10);
  article_view = dateline_window_get_article_view (window);
  g_assert_cmpstr (dateline_article_view_get_published_text (article_view), ==, "Publication date unknown");
  g_assert_cmpuint (dateline_article_view_get_proposed_day (article_view), !=, 0);
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (article_view), "(the latest date it mentions, underlined)?"));
  save_screenshot (GTK_WIDGET (article_view), "article-view-undated.png");

  destroy_window (window);
}

/* ------------------------------------------------------------------------ */
/* Recent projects, first run                                                 */
/* ------------------------------------------------------------------------ */

typedef struct
{
  GMenuModel *menu;
  const char *uri;
} RecentWait;

static int
recent_menu_find (RecentWait *wait)
{
  for (int i = 0; i < g_menu_model_get_n_items (wait->menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (wait->menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                                          G_VARIANT_TYPE_STRING);
      g_autofree char *action = NULL;

      g_menu_model_get_item_attribute (wait->menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      if (target != NULL && g_strcmp0 (action, "app.open-recent") == 0 &&
          g_strcmp0 (g_variant_get_string (target, NULL), wait->uri) == 0)
        return i;
    }

  return -1;
}

static gboolean
recent_menu_has (gpointer data)
{
  return recent_menu_find (data) >= 0;
}

typedef struct
{
  GFile          *file;
  DatelineWindow *other_than;
  DatelineWindow *found;
} WindowWait;

static gboolean
another_window_has_file (gpointer data)
{
  WindowWait *wait = data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (DATELINE_IS_WINDOW (l->data) && l->data != (gpointer) wait->other_than &&
        !dateline_window_get_busy (l->data) &&
        dateline_window_get_file (l->data) != NULL &&
        g_file_equal (dateline_window_get_file (l->data), wait->file))
      {
        wait->found = l->data;
        return TRUE;
      }

  return FALSE;
}

static void
test_recent_projects (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineWindow *reopened;
  g_autofree char *tmpdir = g_dir_make_tmp ("dateline-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "Suez_blockage.dateline", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  RecentWait wait = { dateline_application_get_recent_menu (app), uri };
  WindowWait window_wait = { file, window, NULL };
  g_autofree char *label = NULL;
  guint n_events;

  /* The menus the window's main menu takes in (gtk/menus.ui). */
  g_assert_true (G_MENU_MODEL (gtk_application_get_menu_by_id (GTK_APPLICATION (app), "recent-projects")) == wait.menu);
  g_assert_nonnull (gtk_application_get_menu_by_id (GTK_APPLICATION (app), "recent-section"));
  g_assert_nonnull (gtk_application_get_menu_by_id (GTK_APPLICATION (app), "help-section"));
  g_assert_false (recent_menu_has (&wait));

  save_and_wait (window, file);
  n_events = g_list_model_get_n_items (dateline_project_get_events (dateline_window_get_project (window)));

  /* GtkRecentManager writes its file, then says it changed. */
  g_assert_true (dateline_test_spin_until (recent_menu_has, &wait, EVENT_TIMEOUT_MS));
  g_menu_model_get_item_attribute (wait.menu, recent_menu_find (&wait), G_MENU_ATTRIBUTE_LABEL, "s", &label);
  /* The name without the extension, the "_" kept visible. */
  g_assert_cmpstr (label, ==, "Suez__blockage");

  /* The menu's item opens it again, in a window of its own (this one is
   * not empty). */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-recent", g_variant_new_string (uri));
  g_assert_true (dateline_test_spin_until (another_window_has_file, &window_wait, LOAD_TIMEOUT_MS));
  reopened = window_wait.found;
  g_assert_false (dateline_window_get_modified (reopened));
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (dateline_window_get_project (reopened))),
                    ==, n_events);

  destroy_window (reopened);
  destroy_window (window);
  g_unlink (path);
  g_rmdir (tmpdir);
}

static void
test_first_run_shows_getting_started_once (void)
{
  DatelineWindow *window;
  DatelineHelpWindow *help;

  if (settings == NULL)
    {
      g_test_skip ("the GSettings schema is not compiled (GSETTINGS_SCHEMA_DIR)");
      return;
    }

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_settings_reset (settings, "show-getting-started");
  g_assert_true (g_settings_get_boolean (settings, "show-getting-started"));

  /* First start: the window, and Getting Started over it. */
  g_application_activate (G_APPLICATION (app));
  window = find_toplevel_of_type (DATELINE_TYPE_WINDOW);
  help = find_toplevel_of_type (DATELINE_TYPE_HELP_WINDOW);
  g_assert_nonnull (window);
  g_assert_nonnull (help);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (help)) == GTK_WINDOW (window));
  g_assert_false (g_settings_get_boolean (settings, "show-getting-started"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  save_screenshot (GTK_WIDGET (help), "getting-started.png");

  /* Its button closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (help), "window.close", NULL));
  dateline_test_spin_for (50);
  g_assert_null (find_toplevel_of_type (DATELINE_TYPE_HELP_WINDOW));
  destroy_window (window);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Second start: no Getting Started… */
  g_application_activate (G_APPLICATION (app));
  window = find_toplevel_of_type (DATELINE_TYPE_WINDOW);
  g_assert_nonnull (window);
  g_assert_null (find_toplevel_of_type (DATELINE_TYPE_HELP_WINDOW));

  /* …unless asked for (F1). */
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  help = find_toplevel_of_type (DATELINE_TYPE_HELP_WINDOW);
  g_assert_nonnull (help);
  destroy_window (help);
  destroy_window (window);
}

/* ------------------------------------------------------------------------ */
/* Right to left                                                              */
/* ------------------------------------------------------------------------ */

static void
test_right_to_left (void)
{
  DatelineWindow *window;
  DatelineTimelineView *view;
  DatelineRenderer *renderer;
  DatelineLayout *layout;
  const DatelineLayoutItem *items;
  graphene_rect_t view_bounds, panel_bounds;
  guint n_items = 0, earliest = G_MAXUINT, latest = G_MAXUINT;
  cairo_rectangle_t earliest_area = { 0, 0, 0, 0 }, latest_area = { 0, 0, 0, 0 };

  /* What GTK_DEBUG=invert-text-dir and a Hebrew or Arabic locale do. */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = create_window_on_sample ();
  view = dateline_window_get_timeline_view (window);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (view)), ==, GTK_TEXT_DIR_RTL);

  /* The window mirrors: the source panel is on the left… */
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (view), GTK_WIDGET (window), &view_bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (dateline_window_get_source_panel (window)),
                                            GTK_WIDGET (window), &panel_bounds));
  g_assert_cmpfloat (panel_bounds.origin.x, <, view_bounds.origin.x);

  /* …but time still runs left to right on the timeline. */
  dateline_test_wait_for_draw (GTK_WIDGET (view), 5000);
  renderer = dateline_timeline_view_get_renderer (view);
  layout = dateline_timeline_view_get_layout (view);
  items = dateline_layout_get_items (layout, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      cairo_rectangle_t area;

      if (!dateline_renderer_get_event_area (renderer, items[i].event_index, &area))
        continue;
      if (earliest == G_MAXUINT || items[i].start < items[earliest].start)
        earliest = i, earliest_area = area;
      if (latest == G_MAXUINT || items[i].start > items[latest].start)
        latest = i, latest_area = area;
    }
  g_assert_cmpuint (earliest, !=, G_MAXUINT);
  g_assert_cmpfloat (items[earliest].start, <, items[latest].start);
  g_test_message ("earliest mark at x=%.0f, latest at x=%.0f", earliest_area.x, latest_area.x);
  g_assert_cmpfloat (earliest_area.x, <, latest_area.x);

  save_screenshot (GTK_WIDGET (window), "window-rtl.png");

  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  destroy_window (window);
}

/* ------------------------------------------------------------------------ */
/* German                                                                     */
/* ------------------------------------------------------------------------ */

static gboolean
menu_has_label (GMenuModel *menu,
                const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      const char *link_name;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          g_strcmp0 (text, label) == 0)
        return TRUE;

      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_get_next (links, &link_name, &link))
        {
          gboolean found = menu_has_label (link, label);

          g_object_unref (link);
          if (found)
            return TRUE;
        }
    }

  return FALSE;
}

/* The main menu's button (F10). */
static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Runs in a child process started with LANGUAGE=de LC_ALL=de_DE.UTF-8. */
static void
test_german_child (void)
{
  DatelineWindow *window;
  GtkMenuButton *menu_button;
  DatelineTimelineView *view;
  DatelineSourcePanel *panel;
  DatelineLayout *layout;
  const DatelineLayoutItem *items;
  DatelineExportDialog *dialog;
  guint n_items = 0;
  const char *date_text;

  if (!g_test_subprocess ())
    {
      g_test_skip ("run by /app/german in a German environment");
      return;
    }

  g_test_message ("LC_TIME: %s, LANGUAGE: %s", setlocale (LC_TIME, NULL), g_getenv ("LANGUAGE"));

  window = create_window ();

  /* German menus and empty state. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Dateline");
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "Keine Artikel geöffnet"));
  menu_button = find_primary_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (menu_button);
  g_assert_true (menu_has_label (gtk_menu_button_get_menu_model (menu_button), "_Öffnen …") ||
                 menu_has_label (gtk_menu_button_get_menu_model (menu_button), "_Öffnen…"));
  g_assert_true (menu_has_label (gtk_menu_button_get_menu_model (menu_button), "_Speichern"));
  g_assert_true (menu_has_label (gtk_menu_button_get_menu_model (menu_button), "_Tastenkürzel"));
  save_screenshot (GTK_WIDGET (window), "window-empty-de.png");

  /* German dates in the side panel. */
  {
    g_autoptr(GPtrArray) files = dateline_test_list_sample_articles ();

    open_and_wait (window, (GFile **) files->pdata, files->len);
  }
  view = dateline_window_get_timeline_view (window);
  panel = dateline_window_get_source_panel (window);
  g_assert_true (dateline_test_spin_until (view_has_layout, view, EVENT_TIMEOUT_MS));
  layout = dateline_timeline_view_get_layout (view);
  items = dateline_layout_get_items (layout, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      dateline_timeline_view_select_index (view, items[i].event_index);
      date_text = dateline_source_panel_get_date_text (panel);
      if (strstr (date_text, "März") != NULL)
        break;
    }
  date_text = dateline_source_panel_get_date_text (panel);
  g_test_message ("date in the panel: %s", date_text);
  g_assert_nonnull (strstr (date_text, "März 2021"));
  g_assert_nonnull (strstr (date_text, " · Tag"));
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (panel), "Im Artikel zeigen"));
  save_screenshot (GTK_WIDGET (window), "window-selected-de.png");

  /* And the export dialog. */
  dialog = open_export_dialog (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Zeitleiste exportieren");
  save_screenshot (GTK_WIDGET (dialog), "export-dialog-de.png");
  destroy_window (dialog);

  destroy_window (window);
}

/* localedef into a folder of our own (LOCPATH): no root, nothing installed. */
static char *
generate_german_locale (void)
{
  g_autofree char *localedef = g_find_program_in_path ("localedef");
  g_autofree char *dir = g_build_filename (scratch_dir, "locale", NULL);
  g_autofree char *target = g_build_filename (dir, "de_DE.UTF-8", NULL);
  const char *argv[] = { localedef, "-i", "de_DE", "-f", "UTF-8", target, NULL };
  g_autofree char *err = NULL;
  int status = 0;

  if (localedef == NULL)
    return NULL;
  if (g_file_test (target, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&dir);

  g_mkdir_with_parents (dir, 0755);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("localedef failed: %s", err ? err : "");
      return NULL;
    }

  return g_steal_pointer (&dir);
}

static void
test_german (void)
{
  g_autofree char *locpath = NULL;
  g_autofree char *mo = g_build_filename (DATELINE_TEST_LOCALEDIR, "de", "LC_MESSAGES", "dateline.mo", NULL);
  g_autofree char *old_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *old_lc_all = g_strdup (g_getenv ("LC_ALL"));

  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("the German catalogue was not built");
      return;
    }

  locpath = generate_german_locale ();
  if (locpath == NULL)
    {
      g_test_skip ("no de_DE.UTF-8 locale: localedef (package locales) is not available");
      return;
    }

  /* The child inherits the environment: German messages and dates. */
  g_setenv ("LOCPATH", locpath, TRUE);
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_test_trap_subprocess ("/app/german/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("LOCPATH");
  if (old_language != NULL)
    g_setenv ("LANGUAGE", old_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (old_lc_all != NULL)
    g_setenv ("LC_ALL", old_lc_all, TRUE);
  else
    g_unsetenv ("LC_ALL");

  g_test_trap_assert_passed ();
}

/* ------------------------------------------------------------------------ */
/* Screenshots for the metainfo                                              */
/* ------------------------------------------------------------------------ */

static DatelineEvent *
find_event_with_sources (DatelineWindow *window,
                         guint           min_sources)
{
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  DatelineLayout *layout = dateline_timeline_view_get_layout (view);
  const DatelineLayoutItem *items;
  guint n_items = 0;

  items = dateline_layout_get_items (layout, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (dateline_timeline_view_get_events (view),
                                                              items[i].event_index);

      if (dateline_event_get_sources (event)->len >= min_sources)
        return event;
    }

  return NULL;
}

static void
test_metainfo_screenshots (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  DatelineEvent *event;
  DatelineArticleView *article_view;
  const DatelineSourceList *sources;
  const DatelineSource *source;

  g_autofree char *tmpdir = g_dir_make_tmp ("dateline-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "Ever Given in the Suez Canal.dateline", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* Saved, as a user's timeline would be: its name in the title. */
  save_and_wait (window, file);

  /* An event several outlets report: the panel shows what Dateline is for. */
  event = find_event_with_sources (window, 3);
  if (event == NULL)
    event = find_event_with_sources (window, 2);
  g_assert_nonnull (event);
  dateline_timeline_view_set_selected_event (view, event);
  gtk_widget_grab_focus (GTK_WIDGET (view));

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  save_screenshot (GTK_WIDGET (window), "metainfo/window-selected.png");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (GTK_WIDGET (window), "metainfo/window-selected-dark.png");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);

  sources = dateline_event_get_sources (event);
  source = &g_array_index (sources, DatelineSource, 0);
  dateline_window_show_in_article (window, dateline_project_lookup_article (dateline_window_get_project (window),
                                                                           source->article_id),
                                   source->start, source->end);
  article_view = dateline_window_get_article_view (window);
  gtk_window_set_default_size (GTK_WINDOW (article_view), 900, 800);
  dateline_test_spin_for (200);
  save_screenshot (GTK_WIDGET (article_view), "metainfo/article-view.png");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  destroy_window (window);
  g_unlink (path);
  g_rmdir (tmpdir);
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
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *inherited_scratch = g_getenv ("DATELINE_TEST_SCRATCH");
  int status;

  /* Recent files and the like go to a folder of this run, never to the
   * user's: set before GLib caches the user directories. */
  if (inherited_scratch != NULL)
    scratch_dir = g_strdup (inherited_scratch);
  else
    scratch_dir = g_dir_make_tmp ("dateline-test-app-XXXXXX", NULL);
  g_setenv ("DATELINE_TEST_SCRATCH", scratch_dir, TRUE);
  {
    g_autofree char *data = g_build_filename (scratch_dir, "data", NULL);
    g_autofree char *config = g_build_filename (scratch_dir, "config", NULL);
    g_autofree char *cache = g_build_filename (scratch_dir, "cache", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
    g_setenv ("XDG_CONFIG_HOME", config, TRUE);
    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  }

  g_test_init (&argc, &argv, NULL);

  /* The catalogues of this build, not installed ones. */
  bindtextdomain (GETTEXT_PACKAGE, DATELINE_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/app/no-display", test_no_display);
      return g_test_run ();
    }

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.dateline.Dateline", TRUE);
  if (schema != NULL)
    {
      settings = g_settings_new_full (schema, NULL, NULL);
      /* Only the first-run test wants Getting Started. */
      g_settings_set_boolean (settings, "show-getting-started", FALSE);
    }

  app = dateline_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  /* Windows come and go without the application quitting in between. */
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/app/first-run/getting-started-once", test_first_run_shows_getting_started_once);
  g_test_add_func ("/app/export-dialog/writes-each-format", test_export_dialog_writes_each_format);
  g_test_add_func ("/app/export-dialog/style-and-range", test_export_dialog_style_and_range);
  g_test_add_func ("/app/export/source-notes", test_export_source_notes);
  g_test_add_func ("/app/keyboard/export-dialog", test_keyboard_export_dialog);
  g_test_add_func ("/app/keyboard/shortcuts-window-lists-every-shortcut", test_shortcuts_window_lists_every_shortcut);
  g_test_add_func ("/app/open/failing-file-in-batch", test_failing_file_in_batch);
  g_test_add_func ("/app/close/quit-asks-to-save", test_quit_asks_to_save);
  g_test_add_func ("/app/window/remembers-pane-position", test_remembers_pane_position);
  g_test_add_func ("/app/window/main-menu-sections", test_main_menu_sections);
  g_test_add_func ("/app/publication-date/chooser-parses", test_date_chooser_parses);
  g_test_add_func ("/app/publication-date/moves-undated-event", test_set_publication_date_moves_event);
  g_test_add_func ("/app/publication-date/article-view-proposes", test_article_view_proposes_date);
  g_test_add_func ("/app/recent/lists-saved-project", test_recent_projects);
  g_test_add_func ("/app/rtl/mirrored-window-ltr-time", test_right_to_left);
  g_test_add_func ("/app/german", test_german);
  g_test_add_func ("/app/german/subprocess", test_german_child);
  g_test_add_func ("/app/screenshots/metainfo", test_metainfo_screenshots);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  g_clear_object (&settings);
  if (inherited_scratch == NULL)
    {
      g_autofree char *command = g_strdup_printf ("rm -rf '%s'", scratch_dir);

      /* Our own temporary folder, nothing else. */
      if (g_str_has_prefix (scratch_dir, g_get_tmp_dir ()) && strstr (scratch_dir, "dateline-test-app-") != NULL)
        (void) !system (command);
    }
  g_free (scratch_dir);

  return status;
}
