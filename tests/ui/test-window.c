/* test-window.c — the main window on a real display (Xvfb in CI)
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
# include <gdk/x11/gdkx.h>
#endif

#include "dateline-application.h"
#include "dateline-article-view.h"
#include "dateline-export.h"
#include "dateline-test-screenshot.h"
#include "dateline-test-util.h"
#include "dateline-window.h"

#define LOAD_TIMEOUT_MS  60000
#define EVENT_TIMEOUT_MS 10000

static DatelineApplication *app;

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

/* An event whose mark was drawn on its own (not inside a density aggregate)
 * and which a click at the centre of its mark finds again. */
static guint
find_clickable_event (DatelineTimelineView *view,
                      guint                 skip,
                      cairo_rectangle_t    *area)
{
  DatelineRenderer *renderer = dateline_timeline_view_get_renderer (view);
  DatelineLayout *layout = dateline_timeline_view_get_layout (view);
  const DatelineLayoutItem *items;
  guint n_items = 0;

  if (layout == NULL)
    return G_MAXUINT;

  items = dateline_layout_get_items (layout, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      cairo_rectangle_t rect;
      double cx, cy;

      if (items[i].event_index == skip)
        continue;
      if (!dateline_renderer_get_event_area (renderer, items[i].event_index, &rect))
        continue;
      if (rect.width < 2 || rect.height < 2)
        continue;

      cx = rect.x + rect.width / 2;
      cy = rect.y + rect.height / 2;
      if (cx < 0 || cy < 0 ||
          cx >= gtk_widget_get_width (GTK_WIDGET (view)) ||
          cy >= gtk_widget_get_height (GTK_WIDGET (view)))
        continue;
      if (dateline_renderer_hit_test (renderer, cx, cy) != items[i].event_index)
        continue;

      if (area != NULL)
        *area = rect;
      return items[i].event_index;
    }

  return G_MAXUINT;
}

static gboolean
view_has_drawn_marks (gpointer data)
{
  DatelineTimelineView *view = data;

  return count_layout_items (view) > 0 &&
         find_clickable_event (view, G_MAXUINT, NULL) != G_MAXUINT;
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

static DatelineWindow *
create_window_on_sample (void)
{
  DatelineWindow *window = create_window ();
  g_autoptr(GPtrArray) files = dateline_test_list_sample_articles ();

  dateline_window_open_files (window, (GFile **) files->pdata, files->len);
  g_assert_true (dateline_window_get_busy (window));
  g_assert_true (dateline_test_spin_until (window_is_idle, window, LOAD_TIMEOUT_MS));
  g_assert_true (dateline_test_spin_until (view_has_drawn_marks,
                             dateline_window_get_timeline_view (window),
                             EVENT_TIMEOUT_MS));

  return window;
}

static void
destroy_window (DatelineWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  dateline_test_spin_for (50);
}

typedef struct
{
  DatelineTimelineView *view;
  guint                 event_index;
} SelectionWait;

static gboolean
selection_is (gpointer data)
{
  SelectionWait *wait = data;

  return dateline_timeline_view_get_selected_index (wait->view) == wait->event_index;
}

/* Delivers a real primary click at (x, y) of @widget: through the X server
 * (xdotool, XTEST) when we run on X11, otherwise by emitting the click
 * gesture's signals. Returns TRUE when it went through X. */
static gboolean
click_widget_at (GtkWidget *widget,
                 double     x,
                 double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  double surface_x = 0, surface_y = 0;
  g_autoptr(GListModel) controllers = NULL;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  /* Window coordinates → X window coordinates: the CSD shadow margin. */
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);

#ifdef GDK_WINDOWING_X11
  if (GDK_IS_X11_DISPLAY (gtk_widget_get_display (widget)))
    {
      g_autofree char *xdotool = g_find_program_in_path ("xdotool");

      if (xdotool != NULL)
        {
          GdkSurface *surface = gtk_native_get_surface (native);
          g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
          g_autofree char *px = g_strdup_printf ("%d", (int) (point.x + surface_x + 0.5));
          g_autofree char *py = g_strdup_printf ("%d", (int) (point.y + surface_y + 0.5));
          /* No --sync: it stalls when the pointer is already there. */
          const char *argv[] = { xdotool, "mousemove", "--window", xid, px, py, "click", "1", NULL };
          g_autoptr(GError) error = NULL;
          int status = 0;

          g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT,
                                       NULL, NULL, NULL, NULL, &status, &error));
          g_assert_no_error (error);
          g_assert_true (g_spawn_check_wait_status (status, NULL));
          return TRUE;
        }
    }
#endif

  controllers = gtk_widget_observe_controllers (widget);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "pressed", 1, x, y);
          g_signal_emit_by_name (controller, "released", 1, x, y);
          return FALSE;
        }
    }

  g_assert_not_reached ();
}

static gboolean
x11_with_xdotool (GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gtk_widget_get_display (widget));
#else
  return FALSE;
#endif
}

/* Presses @keysym on the X server (the pointer is over our window, and Xvfb
 * without a window manager gives it the keyboard), or activates the
 * timeline action the key is bound to when not on X11. */
static void
press_key (DatelineTimelineView *view,
           const char           *keysym,
           const char           *fallback_action,
           GVariant             *fallback_param)
{
#ifdef GDK_WINDOWING_X11
  if (x11_with_xdotool (GTK_WIDGET (view)))
    {
      g_autofree char *xdotool = g_find_program_in_path ("xdotool");
      const char *argv[] = { xdotool, "key", keysym, NULL };
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_clear_pointer (&fallback_param, g_variant_unref);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT,
                                   NULL, NULL, NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      return;
    }
#endif

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (view), fallback_action, fallback_param));
}

static char *
dup_expected_passage (DatelineWindow *window,
                      DatelineEvent  *event,
                      guint           source_index)
{
  const DatelineSourceList *sources = dateline_event_get_sources (event);
  const DatelineSource *source;
  DatelineArticle *article;

  g_assert_cmpuint (source_index, <, sources->len);
  source = &g_array_index (sources, DatelineSource, source_index);
  article = dateline_project_lookup_article (dateline_window_get_project (window), source->article_id);
  g_assert_nonnull (article);
  g_assert_cmpuint (source->end, <=, dateline_article_get_text_length (article));

  return g_strndup (dateline_article_get_text (article) + source->start, source->end - source->start);
}

static void
visible_span (DatelineTimelineView *view,
              double               *begin,
              double               *end)
{
  dateline_viewport_get_visible_range (dateline_timeline_view_get_viewport (view), begin, end);
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                      */
/* ------------------------------------------------------------------------ */

static void
test_empty_state (void)
{
  DatelineWindow *window = create_window ();
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page;

  g_assert_true (dateline_window_is_empty (window));
  g_assert_false (dateline_window_get_modified (window));

  page = dateline_test_find_status_page (GTK_WIDGET (window), "No Articles Open");
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_is_drawable (page));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (dateline_window_get_timeline_view (window))));

  path = dateline_test_screenshot_dup_path (DATELINE_UI_SCREENSHOT_DIR, "window-empty.png");
  texture = dateline_test_screenshot_save (GTK_WIDGET (window), path, &error);
  g_assert_no_error (error);
  g_test_message ("screenshot: %s", path);

  destroy_window (window);
}

static void
test_open_sample (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineProject *project = dateline_window_get_project (window);
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  g_autoptr(GPtrArray) files = dateline_test_list_sample_articles ();

  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_articles (project)), ==, files->len);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), >, 0);
  g_assert_cmpuint (count_layout_items (view), >, 0);
  g_test_message ("%u articles, %u events, %u placed on the timeline",
                  g_list_model_get_n_items (dateline_project_get_articles (project)),
                  g_list_model_get_n_items (dateline_project_get_events (project)),
                  count_layout_items (view));

  /* Read articles are unsaved work; the empty state is gone. */
  g_assert_true (dateline_window_get_modified (window));
  g_assert_false (dateline_window_is_empty (window));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (view)));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "*"));

  destroy_window (window);
}

static void
test_bad_file_is_named (void)
{
  DatelineWindow *window = create_window ();
  g_autoptr(GPtrArray) files = dateline_test_list_sample_articles ();
  g_autofree char *tmpdir = g_dir_make_tmp ("dateline-ui-XXXXXX", NULL);
  g_autofree char *bad_path = g_build_filename (tmpdir, "broken-scan.txt", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
  DatelineProject *project;

  g_assert_true (g_file_set_contents (bad_path, binary, sizeof binary, NULL));

  /* The bad file in the middle: the ones after it must still load. */
  g_ptr_array_insert (files, 1, g_object_ref (bad));
  dateline_window_open_files (window, (GFile **) files->pdata, files->len);
  g_assert_true (dateline_test_spin_until (window_is_idle, window, LOAD_TIMEOUT_MS));

  project = dateline_window_get_project (window);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_articles (project)), ==, files->len - 1);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), >, 0);
  /* The toast names the file. */
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "broken-scan.txt"));

  destroy_window (window);
  g_unlink (bad_path);
  g_rmdir (tmpdir);
}

static void
test_click_selects_and_fills_panel (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  DatelineSourcePanel *panel = dateline_window_get_source_panel (window);
  SelectionWait wait = { view, G_MAXUINT };
  cairo_rectangle_t area;
  DatelineEvent *event;
  g_autofree char *expected = NULL;
  g_autofree char *light_path = NULL;
  g_autofree char *dark_path = NULL;
  g_autoptr(GdkTexture) light = NULL;
  g_autoptr(GdkTexture) dark = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guchar *light_pixels = NULL;
  g_autofree guchar *dark_pixels = NULL;
  graphene_point_t probe;
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  gboolean through_x;
  int width, height, offset;

  g_assert_null (dateline_source_panel_get_event (panel));

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (window), 5000));
  g_assert_true (dateline_test_spin_until (view_has_drawn_marks, view, EVENT_TIMEOUT_MS));

  wait.event_index = find_clickable_event (view, G_MAXUINT, &area);
  g_assert_cmpuint (wait.event_index, !=, G_MAXUINT);

  through_x = click_widget_at (GTK_WIDGET (view), area.x + area.width / 2, area.y + area.height / 2);
  g_test_message ("clicked event %u at (%.0f, %.0f) %s", wait.event_index,
                  area.x + area.width / 2, area.y + area.height / 2,
                  through_x ? "through the X server" : "through the gesture's signals");
  g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));

  event = dateline_timeline_view_get_selected_event (view);
  g_assert_nonnull (event);
  g_assert_true (dateline_source_panel_get_event (panel) == event);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));

  /* The panel shows this event: title, date and its passage, verbatim. */
  g_assert_cmpstr (dateline_source_panel_get_title_text (panel), ==, dateline_event_get_title (event));
  g_assert_cmpuint (dateline_source_panel_get_n_passages (panel), ==, dateline_event_get_sources (event)->len);
  g_assert_cmpuint (dateline_source_panel_get_n_passages (panel), >, 0);
  expected = dup_expected_passage (window, event, 0);
  g_assert_cmpstr (dateline_passage_card_get_text (dateline_source_panel_get_passage_card (panel, 0)), ==, expected);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (dateline_source_panel_get_passage_card (panel, 0))));

  /* Screenshots, light then dark: the timeline follows the style. */
  g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (window), 5000));
  light_path = dateline_test_screenshot_dup_path (DATELINE_UI_SCREENSHOT_DIR, "window-selected.png");
  light = dateline_test_screenshot_save (GTK_WIDGET (window), light_path, &error);
  g_assert_no_error (error);
  g_test_message ("screenshot: %s", light_path);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (window), 5000));
  dark_path = dateline_test_screenshot_dup_path (DATELINE_UI_SCREENSHOT_DIR, "window-selected-dark.png");
  dark = dateline_test_screenshot_save (GTK_WIDGET (window), dark_path, &error);
  g_assert_no_error (error);
  g_test_message ("screenshot: %s", dark_path);
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  /* A pixel of the timeline's background, away from marks and the axis:
   * darker in the dark screenshot. */
  width = gdk_texture_get_width (light);
  height = gdk_texture_get_height (light);
  g_assert_cmpint (gdk_texture_get_width (dark), ==, width);
  light_pixels = g_malloc ((gsize) width * height * 4);
  dark_pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (light, light_pixels, (gsize) width * 4);
  gdk_texture_download (dark, dark_pixels, (gsize) width * 4);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (6, 6), &probe));
  offset = ((int) probe.y * width + (int) probe.x) * 4;
  g_test_message ("timeline background: light %u,%u,%u dark %u,%u,%u",
                  light_pixels[offset + 2], light_pixels[offset + 1], light_pixels[offset],
                  dark_pixels[offset + 2], dark_pixels[offset + 1], dark_pixels[offset]);
  g_assert_cmpint (light_pixels[offset] + light_pixels[offset + 1] + light_pixels[offset + 2], >,
                   dark_pixels[offset] + dark_pixels[offset + 1] + dark_pixels[offset + 2] + 150);

  destroy_window (window);
}

static void
test_keyboard (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  DatelineLayout *layout = dateline_timeline_view_get_layout (view);
  const DatelineLayoutItem *items;
  guint n_items = 0;
  double doc_begin, doc_end, begin, end, fitted_begin, fitted_end;
  cairo_rectangle_t area;
  guint first, current_item, next_item;
  gint64 deadline;

  items = dateline_layout_get_items (layout, &n_items);
  g_assert_cmpuint (n_items, >=, 2);

  /* Put the pointer (and so, on Xvfb, the keyboard) over the timeline by
   * clicking the first event; the view takes the focus. */
  first = find_clickable_event (view, G_MAXUINT, &area);
  g_assert_cmpuint (first, !=, G_MAXUINT);
  click_widget_at (GTK_WIDGET (view), area.x + area.width / 2, area.y + area.height / 2);
  {
    SelectionWait wait = { view, first };
    g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));
  }
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));

  dateline_viewport_get_document_range (dateline_timeline_view_get_viewport (view), &doc_begin, &doc_end);
  visible_span (view, &fitted_begin, &fitted_end);

  /* "+" zooms in: the visible span shrinks. */
  press_key (view, "plus", "timeline.zoom-in", NULL);
  deadline = g_get_monotonic_time () + EVENT_TIMEOUT_MS * 1000;
  do
    {
      dateline_test_spin_for (10);
      visible_span (view, &begin, &end);
    }
  while (end - begin >= fitted_end - fitted_begin && g_get_monotonic_time () < deadline);
  g_assert_cmpfloat (end - begin, <, fitted_end - fitted_begin);

  /* "0" fits: the whole document range is visible again. */
  press_key (view, "0", "timeline.zoom-fit", NULL);
  deadline = g_get_monotonic_time () + EVENT_TIMEOUT_MS * 1000;
  do
    {
      dateline_test_spin_for (10);
      visible_span (view, &begin, &end);
    }
  while ((G_APPROX_VALUE (begin, doc_begin, 1e-6) && G_APPROX_VALUE (end, doc_end, 1e-6)) == FALSE &&
         g_get_monotonic_time () < deadline);
  g_assert_cmpfloat_with_epsilon (begin, doc_begin, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, doc_end, 1e-6);

  /* Right moves the selection to the next event in time order. */
  current_item = dateline_layout_lookup_event (layout, dateline_timeline_view_get_selected_index (view));
  g_assert_cmpuint (current_item, <, n_items);
  if (current_item == n_items - 1)
    {
      /* Already the last one: start from the first instead. */
      dateline_timeline_view_select_index (view, items[0].event_index);
      current_item = 0;
    }

  press_key (view, "Right", "timeline.select-adjacent", g_variant_new_int32 (1));
  {
    SelectionWait wait = { view, items[current_item + 1].event_index };
    g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));
  }
  next_item = dateline_layout_lookup_event (layout, dateline_timeline_view_get_selected_index (view));
  g_assert_cmpuint (next_item, ==, current_item + 1);
  g_assert_cmpfloat (items[next_item].start, >=, items[current_item].start);

  /* And it is on screen. */
  visible_span (view, &begin, &end);
  g_assert_cmpfloat (items[next_item].start, >=, begin);
  g_assert_cmpfloat (items[next_item].start, <, end);

  /* Keyboard use shows the focus ring. */
  g_assert_true (gtk_widget_has_visible_focus (GTK_WIDGET (view)));
  {
    g_autofree char *path = dateline_test_screenshot_dup_path (DATELINE_UI_SCREENSHOT_DIR, "window-keyboard.png");
    g_autoptr(GdkTexture) texture = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (window), 5000));
    texture = dateline_test_screenshot_save (GTK_WIDGET (window), path, &error);
    g_assert_no_error (error);
    g_test_message ("screenshot: %s", path);
  }

  destroy_window (window);
}

typedef struct
{
  GtkTextView *text_view;
  GtkTextIter  start;
} PassageVisible;

static gboolean
passage_is_visible (gpointer data)
{
  PassageVisible *check = data;
  GdkRectangle visible, location;

  gtk_text_view_get_visible_rect (check->text_view, &visible);
  gtk_text_view_get_iter_location (check->text_view, &check->start, &location);

  return visible.height > 0 &&
         location.y >= visible.y &&
         location.y + location.height <= visible.y + visible.height;
}

static void
test_show_in_article (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  DatelineSourcePanel *panel = dateline_window_get_source_panel (window);
  DatelineLayout *layout = dateline_timeline_view_get_layout (view);
  const DatelineLayoutItem *items;
  DatelinePassageCard *card;
  DatelineArticleView *article_view;
  DatelineArticle *article;
  GtkTextIter start, end;
  g_autofree char *highlighted = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  PassageVisible check;
  guint n_items = 0;
  guint chosen = G_MAXUINT;
  guint best_start = 0;

  /* The event whose first passage is furthest into its article, so that
   * scrolling to it is really needed. */
  items = dateline_layout_get_items (layout, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (dateline_timeline_view_get_events (view),
                                                              items[i].event_index);
      const DatelineSourceList *sources = dateline_event_get_sources (event);

      if (sources->len > 0 && g_array_index (sources, DatelineSource, 0).start >= best_start)
        {
          best_start = g_array_index (sources, DatelineSource, 0).start;
          chosen = items[i].event_index;
        }
    }
  g_assert_cmpuint (chosen, !=, G_MAXUINT);

  dateline_timeline_view_select_index (view, chosen);
  g_assert_cmpuint (dateline_source_panel_get_n_passages (panel), >, 0);
  card = dateline_source_panel_get_passage_card (panel, 0);
  article = dateline_passage_card_get_article (card);
  g_assert_nonnull (article);
  g_assert_true (gtk_widget_get_sensitive (dateline_passage_card_get_show_button (card)));
  g_assert_null (dateline_window_get_article_view (window));

  /* What the user does: the card's button. */
  g_signal_emit_by_name (dateline_passage_card_get_show_button (card), "clicked");

  article_view = dateline_window_get_article_view (window);
  g_assert_nonnull (article_view);
  g_assert_true (dateline_article_view_get_article (article_view) == article);
  g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (article_view), 5000));

  /* The highlighted range is exactly the passage… */
  g_assert_true (dateline_article_view_get_passage_bounds (article_view, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==,
                   dateline_article_byte_to_char (article, dateline_passage_card_get_start (card)));
  g_assert_cmpint (gtk_text_iter_get_offset (&end), ==,
                   dateline_article_byte_to_char (article, dateline_passage_card_get_end (card)));
  highlighted = gtk_text_iter_get_text (&start, &end);
  expected = dup_expected_passage (window, dateline_timeline_view_get_selected_event (view), 0);
  g_assert_cmpstr (highlighted, ==, expected);

  /* …and it is scrolled into view. */
  check.text_view = dateline_article_view_get_text_view (article_view);
  check.start = start;
  g_assert_true (dateline_test_spin_until (passage_is_visible, &check, EVENT_TIMEOUT_MS));

  path = dateline_test_screenshot_dup_path (DATELINE_UI_SCREENSHOT_DIR, "article-view.png");
  texture = dateline_test_screenshot_save (GTK_WIDGET (article_view), path, &error);
  g_assert_no_error (error);
  g_test_message ("screenshot: %s", path);

  destroy_window (window);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} SaveWait;

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveWait *wait = user_data;

  wait->ok = dateline_window_save_finish (DATELINE_WINDOW (object), result, &wait->error);
  wait->done = TRUE;
}

static gboolean
save_is_done (gpointer data)
{
  return ((SaveWait *) data)->done;
}

static void
test_save_and_reopen (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineWindow *reopened;
  g_autofree char *tmpdir = g_dir_make_tmp ("dateline-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "sample.dateline", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DatelineProject *project = dateline_window_get_project (window);
  guint n_events = g_list_model_get_n_items (dateline_project_get_events (project));
  guint n_articles = g_list_model_get_n_items (dateline_project_get_articles (project));
  guint n_items = count_layout_items (dateline_window_get_timeline_view (window));
  SaveWait wait = { FALSE, FALSE, NULL };

  g_assert_true (dateline_window_get_modified (window));

  dateline_window_save_async (window, file, NULL, saved_cb, &wait);
  g_assert_true (dateline_window_get_busy (window));
  g_assert_true (dateline_test_spin_until (save_is_done, &wait, LOAD_TIMEOUT_MS));
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_false (dateline_window_get_modified (window));
  g_assert_true (g_file_equal (dateline_window_get_file (window), file));
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), "*"));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "sample"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Reopen through the window's own path (what Open and the command line
   * use): an empty window takes the project. */
  reopened = create_window ();
  dateline_window_open_files (reopened, &file, 1);
  g_assert_true (dateline_test_spin_until (window_is_idle, reopened, LOAD_TIMEOUT_MS));

  project = dateline_window_get_project (reopened);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), ==, n_events);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_articles (project)), ==, n_articles);
  g_assert_cmpuint (count_layout_items (dateline_window_get_timeline_view (reopened)), ==, n_items);
  g_assert_true (g_file_equal (dateline_window_get_file (reopened), file));
  g_assert_false (dateline_window_get_modified (reopened));

  destroy_window (reopened);

  /* `dateline project.dateline more.txt`: the project, then the article
   * added into it (not a second window). */
  {
    g_autofree char *extra_path = g_build_filename (DATELINE_UI_FIXTURES_DIR, "01-ministers-meet.txt", NULL);
    g_autoptr(GFile) extra = g_file_new_for_path (extra_path);
    GFile *both[] = { file, extra };

    reopened = create_window ();
    dateline_window_open_files (reopened, both, G_N_ELEMENTS (both));
    g_assert_true (dateline_test_spin_until (window_is_idle, reopened, LOAD_TIMEOUT_MS));

    project = dateline_window_get_project (reopened);
    g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_articles (project)), ==, n_articles + 1);
    g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), >, n_events);
    g_assert_true (g_file_equal (dateline_window_get_file (reopened), file));
    g_assert_true (dateline_window_get_modified (reopened));
    destroy_window (reopened);
  }

  destroy_window (window);
  g_unlink (path);
  g_rmdir (tmpdir);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SaveWait *wait = user_data;

  wait->ok = dateline_window_export_finish (DATELINE_WINDOW (object), result, &wait->error);
  wait->done = TRUE;
}

static void
test_export (void)
{
  DatelineWindow *window = create_window_on_sample ();
  g_autofree char *tmpdir = g_dir_make_tmp ("dateline-ui-XXXXXX", NULL);
  g_autofree char *png_path = g_build_filename (tmpdir, "timeline.png", NULL);
  g_autofree char *jpg_path = g_build_filename (tmpdir, "timeline.jpg", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) jpg = g_file_new_for_path (jpg_path);
  g_autofree char *contents = NULL;
  gsize length = 0;
  SaveWait wait = { FALSE, FALSE, NULL };

  /* The format comes from the extension. */
  dateline_window_export_async (window, png, NULL, exported_cb, &wait);
  g_assert_true (dateline_test_spin_until (save_is_done, &wait, LOAD_TIMEOUT_MS));
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_true (g_file_get_contents (png_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpint (memcmp (contents, "\x89PNG\r\n\x1a\n", 8), ==, 0);

  /* An extension we cannot write is refused before anything is written. */
  wait = (SaveWait) { FALSE, FALSE, NULL };
  dateline_window_export_async (window, jpg, NULL, exported_cb, &wait);
  g_assert_true (dateline_test_spin_until (save_is_done, &wait, LOAD_TIMEOUT_MS));
  g_assert_false (wait.ok);
  g_assert_error (wait.error, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (wait.error->message, "timeline.jpg"));
  g_clear_error (&wait.error);
  g_assert_false (g_file_test (jpg_path, G_FILE_TEST_EXISTS));

  destroy_window (window);
  g_unlink (png_path);
  g_rmdir (tmpdir);
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropTarget *found = find_drop_target (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_drop_files (void)
{
  DatelineWindow *window = create_window ();
  g_autoptr(GPtrArray) files = dateline_test_list_sample_articles ();
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  GValue value = G_VALUE_INIT;
  GSList *list = NULL;
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target),
                                                    GDK_TYPE_FILE_LIST));

  for (guint i = 0; i < files->len; i++)
    list = g_slist_append (list, g_ptr_array_index (files, i));

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (target, "drop", &value, 100.0, 100.0, &accepted);
  g_value_unset (&value);
  g_slist_free (list);

  g_assert_true (accepted);
  g_assert_true (dateline_test_spin_until (window_is_idle, window, LOAD_TIMEOUT_MS));
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_articles (dateline_window_get_project (window))),
                    ==, files->len);
  g_assert_cmpuint (count_layout_items (dateline_window_get_timeline_view (window)), >, 0);

  destroy_window (window);
}

static AdwMessageDialog *
find_message_dialog_for (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static void
test_close_asks_to_save (void)
{
  DatelineWindow *window = create_window_on_sample ();
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_true (dateline_window_get_modified (window));

  /* Unsaved articles: closing asks first and keeps the window. */
  gtk_window_close (GTK_WINDOW (window));
  dateline_test_spin_for (50);
  g_assert_nonnull (window);
  dialog = find_message_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");

  /* Cancel keeps everything. */
  adw_message_dialog_response (dialog, "cancel");
  dateline_test_spin_for (50);
  g_assert_nonnull (window);
  g_assert_true (dateline_window_get_modified (window));

  /* Discard closes. */
  gtk_window_close (GTK_WINDOW (window));
  dateline_test_spin_for (50);
  dialog = find_message_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  dateline_test_spin_for (100);
  g_assert_null (window);
}

typedef struct
{
  DatelineTimelineView *view;
  double                begin;
  double                end;
} RangeWait;

static gboolean
range_changed (gpointer data)
{
  RangeWait *wait = data;
  double begin, end;

  visible_span (wait->view, &begin, &end);
  return begin != wait->begin || end != wait->end;
}

static void
test_pointer_zoom_and_pan (void)
{
#ifdef GDK_WINDOWING_X11
  DatelineWindow *window;
  DatelineTimelineView *view;
  DatelineViewport *viewport;
  GtkNative *native;
  graphene_point_t point;
  double surface_x, surface_y, t_under_pointer;
  g_autofree char *xid = NULL;
  g_autofree char *x1 = NULL, *x2 = NULL, *y = NULL;
  RangeWait wait;
  int width, height;

  window = create_window_on_sample ();
  if (!x11_with_xdotool (GTK_WIDGET (window)))
    {
      destroy_window (window);
      g_test_skip ("needs X11 and xdotool for real pointer input");
      return;
    }

  view = dateline_window_get_timeline_view (window);
  viewport = dateline_timeline_view_get_viewport (view);
  native = gtk_widget_get_native (GTK_WIDGET (view));
  width = gtk_widget_get_width (GTK_WIDGET (view));
  height = gtk_widget_get_height (GTK_WIDGET (view));
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (native)));

  /* A point low in the view, where no mark is: x at a third of the width. */
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (width / 3.0, height - 60), &point));
  x1 = g_strdup_printf ("%d", (int) (point.x + surface_x));
  x2 = g_strdup_printf ("%d", (int) (point.x + surface_x + 120));
  y = g_strdup_printf ("%d", (int) (point.y + surface_y));
  t_under_pointer = dateline_viewport_x_to_time (viewport, width / 3.0);

  /* Ctrl+wheel up zooms in around the pointer: the time under it stays. */
  wait.view = view;
  visible_span (view, &wait.begin, &wait.end);
  dateline_test_run_xdotool ((const char *[]) { "mousemove", "--window", xid, x1, y, NULL });
  dateline_test_spin_for (100);
  dateline_test_run_xdotool ((const char *[]) { "keydown", "ctrl", "click", "4", "keyup", "ctrl", NULL });
  g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
  {
    double begin, end;

    visible_span (view, &begin, &end);
    g_assert_cmpfloat (end - begin, <, wait.end - wait.begin);
    /* Within two pixels' worth of time. */
    g_assert_cmpfloat (fabs (dateline_viewport_x_to_time (viewport, width / 3.0) - t_under_pointer),
                       <, 2.0 / dateline_viewport_get_scale (viewport));
  }

  /* Dragging to the right brings earlier times into view. */
  visible_span (view, &wait.begin, &wait.end);
  dateline_test_run_xdotool ((const char *[]) { "mousedown", "1", NULL });
  dateline_test_spin_for (50);
  dateline_test_run_xdotool ((const char *[]) { "mousemove", "--window", xid, x2, y, NULL });
  dateline_test_spin_for (50);
  dateline_test_run_xdotool ((const char *[]) { "mouseup", "1", NULL });
  g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
  {
    double begin, end;

    visible_span (view, &begin, &end);
    g_assert_cmpfloat (begin, <, wait.begin);
    g_assert_cmpfloat_with_epsilon (end - begin, wait.end - wait.begin, 1e-6);
  }

  /* A plain wheel pans: down goes later. */
  visible_span (view, &wait.begin, &wait.end);
  dateline_test_run_xdotool ((const char *[]) { "click", "5", NULL });
  g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
  {
    double begin, end;

    visible_span (view, &begin, &end);
    g_assert_cmpfloat (begin, >, wait.begin);
  }

  destroy_window (window);
#else
  g_test_skip ("needs X11 and xdotool for real pointer input");
#endif
}

static void
test_cancel_loading (void)
{
  DatelineWindow *window = create_window ();
  g_autoptr(GPtrArray) sample = dateline_test_list_sample_articles ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *tmpdir = g_dir_make_tmp ("dateline-ui-XXXXXX", NULL);
  DatelineProject *project;
  guint n_read;

  /* Many copies, so that the worker is still busy when Cancel comes. */
  for (guint i = 0; i < 400; i++)
    {
      GFile *source = g_ptr_array_index (sample, i % sample->len);
      g_autofree char *name = g_strdup_printf ("%03u.txt", i);
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_load_contents (source, NULL, &contents, &length, NULL, NULL));
      g_assert_true (g_file_set_contents (path, contents, length, NULL));
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  dateline_window_open_files (window, (GFile **) files->pdata, files->len);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL));
  g_assert_true (dateline_test_spin_until (window_is_idle, window, LOAD_TIMEOUT_MS));

  /* What was read before Cancel is kept; the rest is not read. */
  project = dateline_window_get_project (window);
  n_read = g_list_model_get_n_items (dateline_project_get_articles (project));
  g_test_message ("%u of %u articles read before Cancel took effect", n_read, files->len);
  g_assert_cmpuint (n_read, <, files->len);
  g_assert_true (dateline_test_find_label_containing (GTK_WIDGET (window), "Loading cancelled"));

  destroy_window (window);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path = g_file_get_path (g_ptr_array_index (files, i));
      g_unlink (path);
    }
  g_rmdir (tmpdir);
}

static gboolean
pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_close_while_loading (void)
{
  DatelineWindow *window = create_window ();
  g_autoptr(GPtrArray) sample = dateline_test_list_sample_articles ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 50; i++)
    g_ptr_array_add (files, g_object_ref (g_ptr_array_index (sample, i % sample->len)));

  /* The worker and its callbacks outlive the window's widgets: nothing may
   * touch them (a critical here fails the test). */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  dateline_window_open_files (window, (GFile **) files->pdata, files->len);
  gtk_window_destroy (GTK_WINDOW (window));
  /* The worker stops reading and skips extraction; the task then lets the
   * window go. */
  g_assert_true (dateline_test_spin_until (pointer_is_null, &window, LOAD_TIMEOUT_MS));
}

static void
test_source_panel_explains_dates (void)
{
  const char *text = "Talks were held on Wednesday in Geneva. They may resume on Friday.";
  g_autoptr(DatelineProject) project = dateline_project_new ();
  g_autoptr(DatelineArticle) article = dateline_article_new ("a1", "Talks in Geneva", "geneva.txt", text);
  g_autoptr(DatelineEvent) resolved = dateline_event_new (NULL, "Talks held in Geneva", DATELINE_EVENT_TALKS);
  g_autoptr(DatelineEvent) relative = dateline_event_new (NULL, "Talks may resume", DATELINE_EVENT_TALKS);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  GPtrArray *timexes = g_ptr_array_new_with_free_func ((GDestroyNotify) dateline_timex_free);
  DatelineWhen published = DATELINE_WHEN_INIT;
  DatelineWhen wednesday = DATELINE_WHEN_INIT;
  DatelineTimex *timex;
  GtkWidget *panel;
  g_autofree char *display = NULL;
  g_autofree char *expected_date = NULL;
  guint first_end = strstr (text, " They") - text;
  guint wed = strstr (text, "Wednesday") - text;
  guint fri = strstr (text, "Friday") - text;

  dateline_when_set_day (&published, dateline_julian_from_ymd (2025, 8, 1), DATELINE_CERTAINTY_STATED);
  dateline_article_set_published (article, &published, DATELINE_DATE_ORIGIN_HEADER);
  dateline_when_set_day (&wednesday, dateline_julian_from_ymd (2025, 7, 30), DATELINE_CERTAINTY_RESOLVED);

  timex = dateline_timex_new (wed, wed + strlen ("Wednesday"), DATELINE_TIMEX_DATE, "2025-07-30",
                              DATELINE_ANCHOR_PUBLISHED);
  timex->when = wednesday;
  g_ptr_array_add (timexes, timex);
  g_ptr_array_add (timexes, dateline_timex_new (fri, fri + strlen ("Friday"), DATELINE_TIMEX_DATE,
                                                "XXXX-WXX-5", DATELINE_ANCHOR_NONE));
  dateline_article_take_timexes (article, timexes);
  dateline_project_add_article (project, article);
  g_assert_cmpstr (dateline_article_get_id (article), ==, "a1");

  dateline_event_set_when (resolved, &wednesday);
  dateline_event_add_source (resolved, "a1", 0, first_end, "Talks were held on Wednesday in Geneva.");
  dateline_event_add_source (relative, "a1", first_end + 1, strlen (text), "They may resume on Friday.");
  g_ptr_array_add (events, resolved);
  g_ptr_array_add (events, relative);
  dateline_project_add_events (project, events);

  panel = g_object_ref_sink (dateline_source_panel_new ());
  dateline_source_panel_set_project (DATELINE_SOURCE_PANEL (panel), project);

  /* A resolved date names its expression and its anchor. */
  dateline_source_panel_set_event (DATELINE_SOURCE_PANEL (panel), resolved);
  display = dateline_when_dup_display (&wednesday);
  expected_date = g_strdup_printf ("%s · day", display);
  g_assert_cmpstr (dateline_source_panel_get_date_text (DATELINE_SOURCE_PANEL (panel)), ==, expected_date);
  g_assert_cmpstr (dateline_source_panel_get_certainty_text (DATELINE_SOURCE_PANEL (panel)), ==,
                   "Resolved from “Wednesday” against the publication date");
  g_assert_cmpuint (dateline_source_panel_get_n_passages (DATELINE_SOURCE_PANEL (panel)), ==, 1);
  g_assert_cmpstr (dateline_passage_card_get_text (dateline_source_panel_get_passage_card (DATELINE_SOURCE_PANEL (panel), 0)),
                   ==, "Talks were held on Wednesday in Geneva.");

  /* An unresolved one says so instead of looking dateless. */
  dateline_source_panel_set_event (DATELINE_SOURCE_PANEL (panel), relative);
  g_assert_cmpstr (dateline_source_panel_get_date_text (DATELINE_SOURCE_PANEL (panel)), ==, "Undated");
  g_assert_cmpstr (dateline_source_panel_get_certainty_text (DATELINE_SOURCE_PANEL (panel)), ==,
                   "“Friday” is relative, and the article gives no date to resolve it against");

  /* Nothing selected: the placeholder. */
  dateline_source_panel_set_event (DATELINE_SOURCE_PANEL (panel), NULL);
  g_assert_null (dateline_source_panel_get_title_text (DATELINE_SOURCE_PANEL (panel)));
  g_assert_cmpuint (dateline_source_panel_get_n_passages (DATELINE_SOURCE_PANEL (panel)), ==, 0);

  g_object_unref (panel);
}

/* Scans the last frame for something of @kind (a badge, the tray's "+N
 * more"): the test does not know where the renderer put it. */
static gboolean
find_hit (DatelineTimelineView *view,
          DatelineHitKind       kind,
          DatelineHit          *hit,
          double               *x,
          double               *y)
{
  DatelineRenderer *renderer = dateline_timeline_view_get_renderer (view);
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));

  for (int py = 2; py < height; py += 3)
    for (int px = 2; px < width; px += 3)
      if (dateline_renderer_pick (renderer, px, py, hit) && hit->kind == kind)
        {
          *x = px;
          *y = py;
          return TRUE;
        }

  return FALSE;
}

static void
test_clusters_tray_and_lanes (void)
{
  DatelineWindow *window = create_window_on_sample ();
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  DatelineHit hit;
  double x, y, begin, end;

  /* A count badge lists the events it stands for; "Zoom to These" zooms
   * in on them. */
  if (find_hit (view, DATELINE_HIT_CLUSTER, &hit, &x, &y))
    {
      RangeWait wait = { view, 0, 0 };
      GListModel *listed;
      GtkWidget *zoom_button = NULL;

      g_test_message ("badge of %u events at (%.0f, %.0f)", hit.n_events, x, y);
      visible_span (view, &wait.begin, &wait.end);
      click_widget_at (GTK_WIDGET (view), x, y);
      dateline_test_spin_for (200);
      listed = dateline_timeline_view_get_cluster_events (view);
      g_assert_nonnull (listed);
      g_assert_cmpuint (g_list_model_get_n_items (listed), ==, hit.n_events);
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
           child != NULL && zoom_button == NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
          zoom_button = dateline_test_find_button (child, "_Zoom to These");
      g_assert_nonnull (zoom_button);
      g_signal_emit_by_name (zoom_button, "clicked");
      g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
      visible_span (view, &begin, &end);
      g_assert_cmpfloat (end - begin, <, wait.end - wait.begin);
      g_assert_cmpfloat (begin, <=, hit.begin);
      g_assert_cmpfloat (end, >=, hit.end);
      g_assert_null (dateline_timeline_view_get_selected_event (view));
      dateline_timeline_view_zoom_fit (view);
      g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (view), 5000));
    }
  else
    {
      g_test_message ("no count badge in this corpus at this size");
    }

  /* "+N more" in the tray lists every undated event; picking one selects it. */
  if (find_hit (view, DATELINE_HIT_TRAY_MORE, &hit, &x, &y))
    {
      GtkWidget *popover = NULL;
      GtkListBoxRow *row;

      click_widget_at (GTK_WIDGET (view), x, y);
      dateline_test_spin_for (200);
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_POPOVER (child))
          popover = child;
      g_assert_nonnull (popover);
      g_assert_true (gtk_widget_get_visible (popover));

      row = NULL;
      for (GtkWidget *w = popover; w != NULL && row == NULL; )
        {
          if (GTK_IS_LIST_BOX (w))
            row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (w), 0);
          else
            w = gtk_widget_get_first_child (w);
          if (GTK_IS_LIST_BOX (w))
            row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (w), 0);
        }
      g_assert_nonnull (row);
      g_signal_emit_by_name (row, "activate");
      dateline_test_spin_for (50);
      g_assert_nonnull (dateline_timeline_view_get_selected_event (view));
      g_assert_false (dateline_when_is_dated (dateline_event_get_when (dateline_timeline_view_get_selected_event (view))));
      g_assert_cmpstr (dateline_source_panel_get_date_text (dateline_window_get_source_panel (window)), ==, "Undated");
    }
  else
    {
      g_test_message ("no \"+N more\" in the tray at this size");
    }

  /* Lanes by kind, from the main menu's action: one group per kind. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_KIND));
  g_assert_cmpuint (dateline_timeline_view_get_lane_mode (view), ==, DATELINE_LANES_KIND);
  g_assert_cmpuint (dateline_layout_get_lane_mode (dateline_timeline_view_get_layout (view)), ==, DATELINE_LANES_KIND);
  g_assert_cmpuint (dateline_layout_get_n_groups (dateline_timeline_view_get_layout (view)), >=, 1);
  g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (window), 5000));
  g_assert_true (dateline_test_spin_until (view_has_drawn_marks, view, EVENT_TIMEOUT_MS));
  {
    g_autofree char *path = dateline_test_screenshot_dup_path (DATELINE_UI_SCREENSHOT_DIR, "window-lanes-by-kind.png");
    g_autoptr(GdkTexture) texture = NULL;
    g_autoptr(GError) error = NULL;

    texture = dateline_test_screenshot_save (GTK_WIDGET (window), path, &error);
    g_assert_no_error (error);
    g_test_message ("screenshot: %s", path);
  }

  destroy_window (window);
}

static void
test_remembers_window_state (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, "io.github.dateline.Dateline", TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;
  DatelineWindow *window;
  int width = 0, height = 0;

  if (schema == NULL)
    {
      g_test_skip ("the GSettings schema is not compiled (GSETTINGS_SCHEMA_DIR)");
      return;
    }

  settings = g_settings_new_full (schema, NULL, NULL);

  window = create_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1111, 777);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (dateline_test_spin_until (pointer_is_null, &window, EVENT_TIMEOUT_MS));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1111);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 777);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* The next window opens at that size. */
  window = dateline_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1111);
  g_assert_cmpint (height, ==, 777);
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_source_panel_many_sources (void)
{
  const char *text = "The ship was freed on 29 March 2021.";
  g_autoptr(DatelineProject) project = dateline_project_new ();
  g_autoptr(DatelineArticle) article = dateline_article_new ("a1", "Freed", "freed.txt", text);
  g_autoptr(DatelineEvent) event = dateline_event_new (NULL, "Ship freed", DATELINE_EVENT_OTHER);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  GtkWidget *panel;

  dateline_project_add_article (project, article);
  for (guint i = 0; i < 60; i++)
    dateline_event_add_source (event, "a1", 0, strlen (text), text);
  g_ptr_array_add (events, event);
  dateline_project_add_events (project, events);

  panel = g_object_ref_sink (dateline_source_panel_new ());
  dateline_source_panel_set_project (DATELINE_SOURCE_PANEL (panel), project);
  dateline_source_panel_set_event (DATELINE_SOURCE_PANEL (panel), event);

  /* Not 60 cards at once: the first ones, and a button for the rest. */
  g_assert_cmpuint (dateline_source_panel_get_n_passages (DATELINE_SOURCE_PANEL (panel)), <, 60);
  g_assert_cmpuint (dateline_source_panel_get_n_passages (DATELINE_SOURCE_PANEL (panel)), >, 0);
  g_assert_true (gtk_widget_activate_action (panel, "panel.show-all-sources", NULL));
  g_assert_cmpuint (dateline_source_panel_get_n_passages (DATELINE_SOURCE_PANEL (panel)), ==, 60);

  g_object_unref (panel);
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
  g_autofree char *user_dirs = NULL;
  int status;

  /* Recent files and autosaves go to a folder of this run, never to the
   * user's: set before GLib caches the user directories. */
  user_dirs = dateline_test_isolate_user_dirs ("dateline-test-window");

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/window/no-display", test_no_display);
      status = g_test_run ();
      dateline_test_remove_tree (user_dirs);
      return status;
    }

  /* Screenshots must show the final state, not a crossfade half-way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = dateline_application_new ();
  /* Tests never talk to another instance over D-Bus. */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/ui/source-panel/explains-dates", test_source_panel_explains_dates);
  g_test_add_func ("/ui/source-panel/many-sources", test_source_panel_many_sources);
  g_test_add_func ("/ui/window/empty-state", test_empty_state);
  g_test_add_func ("/ui/window/open-sample", test_open_sample);
  g_test_add_func ("/ui/window/bad-file-is-named", test_bad_file_is_named);
  g_test_add_func ("/ui/window/click-selects-and-fills-panel", test_click_selects_and_fills_panel);
  g_test_add_func ("/ui/window/keyboard", test_keyboard);
  g_test_add_func ("/ui/window/show-in-article", test_show_in_article);
  g_test_add_func ("/ui/window/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/ui/window/export", test_export);
  g_test_add_func ("/ui/window/drop-files", test_drop_files);
  g_test_add_func ("/ui/window/cancel-loading", test_cancel_loading);
  g_test_add_func ("/ui/window/close-asks-to-save", test_close_asks_to_save);
  g_test_add_func ("/ui/window/close-while-loading", test_close_while_loading);
  g_test_add_func ("/ui/window/pointer-zoom-and-pan", test_pointer_zoom_and_pan);
  g_test_add_func ("/ui/window/clusters-tray-and-lanes", test_clusters_tray_and_lanes);
  g_test_add_func ("/ui/window/remembers-window-state", test_remembers_window_state);

  status = g_test_run ();

  g_clear_object (&app);
  dateline_test_remove_tree (user_dirs);

  return status;
}
