/* test-timeline.c — the timeline's interaction on a real display (Xvfb in CI)
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lanes, zoom to a Shift-dragged range and Back, keyboard navigation,
 * Ctrl-click, aggregates, filters and the overview strip, in the real
 * window. Input goes through the X server (xdotool, XTEST) where it can;
 * without X11 the tests that need a pointer skip.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
# include <gdk/x11/gdkx.h>
#endif

#include "dateline-application.h"
#include "dateline-filter-bar.h"
#include "dateline-overview-view.h"
#include "dateline-test-screenshot.h"
#include "dateline-test-util.h"
#include "dateline-window.h"

#define EVENT_TIMEOUT_MS 10000

static DatelineApplication *app;

/* ------------------------------------------------------------------------ */
/* Helpers                                                                    */
/* ------------------------------------------------------------------------ */


static gboolean
have_xdotool (GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gtk_widget_get_display (widget));
#else
  return FALSE;
#endif
}

static void
run_xdotool (const char * const *args)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (xdotool);
  g_ptr_array_add (argv, xdotool);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Where (x, y) of @widget is in its X window, as xdotool wants it: the
 * window's coordinates plus the CSD shadow margin. */
typedef struct
{
  char xid[32];
  char x[16];
  char y[16];
} XdotoolPoint;

static void
to_x_point (GtkWidget *widget,
            double     x,
            double     y,
            XdotoolPoint    *out)
{
#ifdef GDK_WINDOWING_X11
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  double surface_x = 0, surface_y = 0;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  g_snprintf (out->xid, sizeof out->xid, "%lu",
              (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (native)));
  g_snprintf (out->x, sizeof out->x, "%d", (int) floor (point.x + surface_x + 0.5));
  g_snprintf (out->y, sizeof out->y, "%d", (int) floor (point.y + surface_y + 0.5));
#else
  g_assert_not_reached ();
#endif
}

/* The pointer over (x, y) of @widget; no --sync (it stalls when the pointer
 * is already there). Also gives the window the keyboard on Xvfb, which has
 * no window manager: the focus follows the pointer. */
static void
move_pointer (GtkWidget *widget,
              double     x,
              double     y)
{
  XdotoolPoint p;

  to_x_point (widget, x, y, &p);
  run_xdotool ((const char *[]) { "mousemove", "--window", p.xid, p.x, p.y, NULL });
  dateline_test_spin_for (60);
}

static void
click_at (GtkWidget  *widget,
          double      x,
          double      y,
          const char *modifier)
{
  move_pointer (widget, x, y);
  if (modifier != NULL)
    run_xdotool ((const char *[]) { "keydown", modifier, "click", "1", "keyup", modifier, NULL });
  else
    run_xdotool ((const char *[]) { "click", "1", NULL });
}

/* A press at (x0, y0), a move in a few steps to (x1, y1), a release, with
 * @modifier held when not NULL. */
static void
drag (GtkWidget  *widget,
      double      x0,
      double      y0,
      double      x1,
      double      y1,
      const char *modifier)
{
  move_pointer (widget, x0, y0);
  if (modifier != NULL)
    run_xdotool ((const char *[]) { "keydown", modifier, NULL });
  run_xdotool ((const char *[]) { "mousedown", "1", NULL });
  dateline_test_spin_for (50);
  for (int step = 1; step <= 4; step++)
    {
      move_pointer (widget, x0 + (x1 - x0) * step / 4.0, y0 + (y1 - y0) * step / 4.0);
      dateline_test_spin_for (30);
    }
  run_xdotool ((const char *[]) { "mouseup", "1", NULL });
  if (modifier != NULL)
    run_xdotool ((const char *[]) { "keyup", modifier, NULL });
  dateline_test_spin_for (100);
}

static void
press_key (const char *keysym)
{
  run_xdotool ((const char *[]) { "key", "--clearmodifiers", keysym, NULL });
}

static void
visible_range (DatelineTimelineView *view,
               double               *begin,
               double               *end)
{
  dateline_viewport_get_visible_range (dateline_timeline_view_get_viewport (view), begin, end);
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

  visible_range (wait->view, &begin, &end);
  return begin != wait->begin || end != wait->end;
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

typedef struct
{
  DatelineTimelineView *view;
  guint                 n;
} CountWait;

static gboolean
n_selected_is (gpointer data)
{
  CountWait *wait = data;

  return dateline_timeline_view_get_n_selected (wait->view) == wait->n;
}

static gboolean
n_shown_is (gpointer data)
{
  CountWait *wait = data;

  return !dateline_timeline_view_get_filtering (wait->view) &&
         dateline_timeline_view_get_n_shown (wait->view) == wait->n;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_menu_button_labelled (GtkWidget  *root,
                           const char *label)
{
  if (GTK_IS_MENU_BUTTON (root) && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_button_labelled (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button_with_action (GtkWidget  *root,
                         const char *action_name)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_action (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *needle)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), needle) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, needle);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The visible popover among the view's children. */
static GtkWidget *
find_open_popover (GtkWidget *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      return child;

  return NULL;
}

/* Scans the last frame for something of @kind: the test does not know
 * where the renderer put it. */
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

  for (int py = 2; py < height; py += 2)
    for (int px = 2; px < width; px += 2)
      if (dateline_renderer_pick (renderer, px, py, hit) && hit->kind == kind)
        {
          /* The middle of it, away from its edges. */
          *x = hit->area.x + hit->area.width / 2;
          *y = hit->area.y + hit->area.height / 2;
          if (!dateline_renderer_pick (renderer, *x, *y, hit) || hit->kind != kind)
            {
              *x = px;
              *y = py;
              dateline_renderer_pick (renderer, px, py, hit);
            }
          return TRUE;
        }

  return FALSE;
}

/* The centre of @event_index's mark, when it was drawn on its own and a
 * click there finds it again. */
static gboolean
find_mark (DatelineTimelineView *view,
           guint                 event_index,
           double               *x,
           double               *y)
{
  DatelineRenderer *renderer = dateline_timeline_view_get_renderer (view);
  cairo_rectangle_t area;

  if (!dateline_renderer_get_event_area (renderer, event_index, &area))
    return FALSE;

  *x = area.x + area.width / 2;
  *y = area.y + area.height / 2;

  return *x >= 0 && *y >= 0 &&
         *x < gtk_widget_get_width (GTK_WIDGET (view)) &&
         *y < gtk_widget_get_height (GTK_WIDGET (view)) &&
         dateline_renderer_hit_test (renderer, *x, *y) == event_index;
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

/* ------------------------------------------------------------------------ */
/* Fixtures                                                                   */
/* ------------------------------------------------------------------------ */

#define ARTICLE_TEXT "Text of the article, quoted by the events."

enum {
  E_CEASEFIRE,
  E_ENVOY,
  E_GENEVA,      /* two actors, two sources */
  E_SHELLING,
  E_SANCTIONS,
  E_SECOND_ROUND,
  E_VOTE,
  E_AGREEMENT,   /* two actors */
  E_CONVOYS,     /* the whole of March */
  E_EARLIER,     /* undated */
  N_STORY_EVENTS
};

static void
add_actor (DatelineProject   *project,
           const char        *id,
           const char        *name,
           DatelineActorKind  kind)
{
  g_autoptr(DatelineActor) actor = dateline_actor_new (id, name, kind);

  dateline_project_add_actor (project, actor);
}

static void
add_article (DatelineProject *project,
             const char      *id,
             const char      *title,
             int              day)
{
  g_autoptr(DatelineArticle) article = dateline_article_new (id, title, "story.txt", ARTICLE_TEXT);
  DatelineWhen published = DATELINE_WHEN_INIT;

  dateline_when_set_day (&published, dateline_julian_from_ymd (2024, 3, day), DATELINE_CERTAINTY_STATED);
  dateline_article_set_published (article, &published, DATELINE_DATE_ORIGIN_HEADER);
  dateline_project_add_article (project, article);
}

static DatelineEvent *
new_event (guint              index,
           const char        *title,
           DatelineEventKind  kind,
           int                day,
           const char        *actor1,
           const char        *actor2,
           const char        *passage)
{
  g_autofree char *id = g_strdup_printf ("e%u", index);
  DatelineEvent *event = dateline_event_new (id, title, kind);
  DatelineWhen when = DATELINE_WHEN_INIT;

  if (day > 0)
    {
      dateline_when_set_day (&when, dateline_julian_from_ymd (2024, 3, day), DATELINE_CERTAINTY_STATED);
      dateline_event_set_when (event, &when);
    }
  else if (day < 0)
    {
      dateline_when_set_span (&when, 2024, 3, 0, DATELINE_GRANULARITY_MONTH, DATELINE_CERTAINTY_STATED);
      dateline_event_set_when (event, &when);
    }

  if (actor1 != NULL)
    dateline_event_add_actor (event, actor1);
  if (actor2 != NULL)
    dateline_event_add_actor (event, actor2);
  dateline_event_add_source (event, "a1", 0, strlen (ARTICLE_TEXT), passage);

  return event;
}

/* A small story with known dates: ten events in March 2024, of eight
 * kinds, three actors; "Talks in Geneva" has two actors and two sources,
 * "Aid convoys" is dated to the month, "Earlier talks" not at all. Only
 * the three talks mention talks. */
static DatelineProject *
create_story_project (void)
{
  DatelineProject *project = dateline_project_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  DatelineEvent *geneva;

  add_actor (project, "geneva", "Geneva", DATELINE_ACTOR_PLACE);
  add_actor (project, "un", "United Nations", DATELINE_ACTOR_ORGANIZATION);
  add_actor (project, "envoy", "Anna Envoy", DATELINE_ACTOR_PERSON);
  add_article (project, "a1", "Harbour Wire", 1);
  add_article (project, "a2", "Business Daily", 5);

  g_ptr_array_add (events, new_event (E_CEASEFIRE, "Ceasefire announced", DATELINE_EVENT_STATEMENT, 2,
                                      "un", NULL, "A ceasefire was announced."));
  g_ptr_array_add (events, new_event (E_ENVOY, "Envoy arrives", DATELINE_EVENT_MEETING, 4,
                                      "envoy", NULL, "The envoy arrived on Monday."));
  geneva = new_event (E_GENEVA, "Talks in Geneva", DATELINE_EVENT_TALKS, 6,
                      "geneva", "un", "The talks in Geneva began on Wednesday.");
  {
    /* The second source puts the talks a day later: a disagreement the
     * timeline shows as a claimed date of its own. */
    DatelineSource source = { 0, };
    DatelineWhen own = DATELINE_WHEN_INIT;

    dateline_when_set_day (&own, dateline_julian_from_ymd (2024, 3, 6), DATELINE_CERTAINTY_STATED);
    g_array_index (dateline_event_get_sources (geneva), DatelineSource, 0).when = own;
    source.article_id = (char *) "a2";
    source.start = 0;
    source.end = strlen (ARTICLE_TEXT);
    source.text = (char *) "Delegates met in Geneva on Thursday.";
    dateline_when_set_day (&source.when, dateline_julian_from_ymd (2024, 3, 7), DATELINE_CERTAINTY_STATED);
    dateline_event_add_source_full (geneva, &source);
  }
  g_ptr_array_add (events, geneva);
  g_ptr_array_add (events, new_event (E_SHELLING, "Shelling resumes", DATELINE_EVENT_ATTACK, 8,
                                      NULL, NULL, "Shelling resumed overnight."));
  g_ptr_array_add (events, new_event (E_SANCTIONS, "Sanctions extended", DATELINE_EVENT_SANCTION, 10,
                                      "un", NULL, "The sanctions were extended."));
  g_ptr_array_add (events, new_event (E_SECOND_ROUND, "Second round of talks", DATELINE_EVENT_TALKS, 13,
                                      "geneva", NULL, "A second round opened."));
  g_ptr_array_add (events, new_event (E_VOTE, "Vote postponed", DATELINE_EVENT_VOTE, 15,
                                      NULL, NULL, "The vote was postponed."));
  g_ptr_array_add (events, new_event (E_AGREEMENT, "Agreement signed", DATELINE_EVENT_AGREEMENT, 18,
                                      "un", "envoy", "An agreement was signed."));
  g_ptr_array_add (events, new_event (E_CONVOYS, "Aid convoys", DATELINE_EVENT_OTHER, -1,
                                      NULL, NULL, "Convoys crossed all month."));
  g_ptr_array_add (events, new_event (E_EARLIER, "Earlier talks", DATELINE_EVENT_TALKS, 0,
                                      NULL, NULL, "Earlier rounds had failed."));
  dateline_project_add_events (project, events);

  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), ==, N_STORY_EVENTS);

  return project;
}

/* Many events on one day between two lone ones: the day is drawn as an
 * aggregate at the fitted zoom. */
static DatelineProject *
create_dense_project (guint n_dense)
{
  DatelineProject *project = dateline_project_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  guint32 dense_day = dateline_julian_from_ymd (2024, 3, 10);

  for (guint i = 0; i < n_dense + 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("d%u", i);
      g_autofree char *title = g_strdup_printf ("Dense event %u", i);
      DatelineEvent *event = dateline_event_new (id, title, (DatelineEventKind) (i % DATELINE_EVENT_N_KINDS));
      DatelineWhen when = DATELINE_WHEN_INIT;
      guint32 day = dense_day;

      if (i == n_dense)
        day = dateline_julian_from_ymd (2024, 1, 1);
      else if (i == n_dense + 1)
        day = dateline_julian_from_ymd (2024, 6, 1);
      dateline_when_set_day (&when, day, DATELINE_CERTAINTY_STATED);
      dateline_event_set_when (event, &when);
      dateline_event_add_source (event, "a1", 0, 4, "Text");
      g_ptr_array_add (events, event);
    }
  dateline_project_add_events (project, events);

  return project;
}

static DatelineWindow *
create_window_with (DatelineProject *project)
{
  DatelineWindow *window = dateline_window_new (app);
  DatelineTimelineView *view;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  dateline_window_set_project (window, project, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (window), 5000));

  view = dateline_window_get_timeline_view (window);
  g_assert_nonnull (dateline_timeline_view_get_layout (view));
  g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (view), 5000));
  gtk_widget_grab_focus (GTK_WIDGET (view));

  return window;
}

static void
destroy_window (DatelineWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  dateline_test_spin_for (50);
}

static guint
count_items_of_event (DatelineLayout *layout,
                      guint           event_index)
{
  guint n = 0;

  dateline_layout_lookup_event_items (layout, event_index, &n);
  return n;
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                      */
/* ------------------------------------------------------------------------ */

static void
test_lanes (void)
{
  g_autoptr(DatelineProject) project = create_story_project ();
  DatelineWindow *window = create_window_with (project);
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  DatelineLayout *layout;
  const DatelineLayoutItem *items;
  const guint32 *geneva_items;
  guint n_items, n, geneva, un, moved, other;

  layout = dateline_timeline_view_get_layout (view);
  g_assert_cmpuint (dateline_layout_get_lane_mode (layout), ==, DATELINE_LANES_SINGLE);
  g_assert_cmpuint (dateline_layout_get_n_groups (layout), ==, 1);
  g_assert_cmpuint (count_items_of_event (layout, E_GENEVA), ==, 1);

  /* What the renderer needs to show uncertainty comes with the project:
   * the date the second source claims, the articles' publication dates. */
  {
    const DatelineLayoutClaim *claims;
    guint n_claims = 0, n_markers = 0;

    claims = dateline_layout_get_event_claims (layout, E_GENEVA, &n_claims);
    g_assert_cmpuint (n_claims, ==, 1);
    g_assert_cmpfloat (claims[0].start, ==, dateline_julian_from_ymd (2024, 3, 7));
    dateline_layout_get_markers (layout, &n_markers);
    g_assert_cmpuint (n_markers, ==, 2);
  }

  /* By actor, from the header bar's menu (its action): a lane per actor
   * and one for events with none; the talks in Geneva are in two. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_ACTOR));
  layout = dateline_timeline_view_get_layout (view);
  g_assert_cmpuint (dateline_layout_get_lane_mode (layout), ==, DATELINE_LANES_ACTOR);
  g_assert_cmpuint (dateline_layout_get_n_groups (layout), ==, 4);
  geneva = dateline_layout_lookup_group (layout, "geneva");
  un = dateline_layout_lookup_group (layout, "un");
  g_assert_cmpuint (geneva, <, 4);
  g_assert_cmpuint (un, <, 4);
  items = dateline_layout_get_items (layout, &n_items);
  geneva_items = dateline_layout_lookup_event_items (layout, E_GENEVA, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true ((items[geneva_items[0]].group == geneva && items[geneva_items[1]].group == un) ||
                 (items[geneva_items[0]].group == un && items[geneva_items[1]].group == geneva));
  /* The header bar's menu button says which. */
  g_assert_nonnull (find_menu_button_labelled (GTK_WIDGET (window), "By Actor"));

  /* Selected, both its marks are drawn selected: the renderer was given
   * the event, and each of its two marks is on screen. */
  dateline_timeline_view_select_index (view, E_GENEVA);
  save_screenshot (GTK_WIDGET (window), "timeline-lanes-by-actor.png");
  {
    cairo_rectangle_t area;

    g_assert_true (dateline_renderer_get_group_area (dateline_timeline_view_get_renderer (view), geneva, &area));
    g_assert_true (dateline_renderer_get_group_area (dateline_timeline_view_get_renderer (view), un, &area));
  }

  /* By kind: eight kinds here. By article: two. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_KIND));
  layout = dateline_timeline_view_get_layout (view);
  g_assert_cmpuint (dateline_layout_get_lane_mode (layout), ==, DATELINE_LANES_KIND);
  g_assert_cmpuint (dateline_layout_get_n_groups (layout), ==, 8);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_ARTICLE));
  layout = dateline_timeline_view_get_layout (view);
  g_assert_cmpuint (dateline_layout_get_n_groups (layout), ==, 2);
  g_assert_cmpuint (count_items_of_event (layout, E_GENEVA), ==, 2);

  /* Back to actors: hide a lane from its menu, then show it again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_ACTOR));
  layout = dateline_timeline_view_get_layout (view);
  geneva = dateline_layout_lookup_group (layout, "geneva");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.group-hide", "u", (guint32) geneva));
  g_assert_true (dateline_layout_get_group_hidden (layout, geneva));
  g_assert_cmpuint (dateline_timeline_view_get_n_hidden_groups (view), ==, 1);
  g_assert_cmpuint (dateline_layout_get_group_n_rows (layout, geneva), ==, 0);
  /* Hidden lanes are remembered by id across lane modes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_KIND));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_ACTOR));
  layout = dateline_timeline_view_get_layout (view);
  geneva = dateline_layout_lookup_group (layout, "geneva");
  g_assert_true (dateline_layout_get_group_hidden (layout, geneva));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-hidden-lanes", NULL));
  g_assert_false (dateline_layout_get_group_hidden (layout, geneva));
  g_assert_cmpuint (dateline_timeline_view_get_n_hidden_groups (view), ==, 0);

  /* Collapse and expand. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.group-collapse", "u", (guint32) geneva));
  g_assert_true (dateline_layout_get_group_collapsed (layout, geneva));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.group-expand", "u", (guint32) geneva));
  g_assert_false (dateline_layout_get_group_collapsed (layout, geneva));

  /* Move down from the menu. */
  other = dateline_layout_get_group_at_position (layout, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.group-move-down", "u", (guint32) other));
  g_assert_cmpuint (dateline_layout_get_group_position (layout, other), ==, 1);

  /* Dragging the second lane's header above the first puts it on top. */
  if (have_xdotool (GTK_WIDGET (view)))
    {
      DatelineRenderer *renderer = dateline_timeline_view_get_renderer (view);
      cairo_rectangle_t first_area, second_area;
      guint first;

      g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (view), 5000));
      first = dateline_layout_get_group_at_position (layout, 0);
      moved = dateline_layout_get_group_at_position (layout, 1);
      g_assert_true (dateline_renderer_get_group_area (renderer, first, &first_area));
      g_assert_true (dateline_renderer_get_group_area (renderer, moved, &second_area));
      drag (GTK_WIDGET (view),
            second_area.x + second_area.width / 2, second_area.y + second_area.height / 2,
            first_area.x + first_area.width / 2, first_area.y + 2,
            NULL);
      g_assert_cmpuint (dateline_layout_get_group_position (layout, moved), ==, 0);
      g_assert_cmpuint (dateline_layout_get_group_position (layout, first), ==, 1);

      /* The order survives a trip through another lane mode. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_SINGLE));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_ACTOR));
      layout = dateline_timeline_view_get_layout (view);
      g_assert_cmpuint (dateline_layout_get_group_position (layout, moved), ==, 0);
    }
  else
    {
      g_test_message ("no xdotool: header drag not tried");
    }

  destroy_window (window);
}

static void
test_zoom_to_range_and_back (void)
{
  g_autoptr(DatelineProject) project = create_story_project ();
  DatelineWindow *window;
  DatelineTimelineView *view;
  DatelineViewport *viewport;
  double before_begin, before_end, expected_begin, expected_end, begin, end, pixel;
  int width, height;
  RangeWait wait;

  window = create_window_with (project);
  view = dateline_window_get_timeline_view (window);
  if (!have_xdotool (GTK_WIDGET (view)))
    {
      destroy_window (window);
      g_test_skip ("needs X11 and xdotool for real pointer input");
      return;
    }

  viewport = dateline_timeline_view_get_viewport (view);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  height = gtk_widget_get_height (GTK_WIDGET (view));
  g_assert_false (dateline_timeline_view_get_can_go_back (view));

  visible_range (view, &before_begin, &before_end);
  pixel = 1.0 / dateline_viewport_get_scale (viewport);
  expected_begin = dateline_viewport_x_to_time (viewport, round (width * 0.3));
  expected_end = dateline_viewport_x_to_time (viewport, round (width * 0.6));

  /* Shift-drag over a third of the width: that range, within a pixel. */
  wait = (RangeWait) { view, before_begin, before_end };
  drag (GTK_WIDGET (view), round (width * 0.3), height * 0.6, round (width * 0.6), height * 0.6, "shift");
  g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
  visible_range (view, &begin, &end);
  g_test_message ("dragged [%.3f, %.3f), expected [%.3f, %.3f), a pixel is %.4f days",
                  begin, end, expected_begin, expected_end, pixel);
  g_assert_cmpfloat (fabs (begin - expected_begin), <=, pixel);
  g_assert_cmpfloat (fabs (end - expected_end), <=, pixel);
  g_assert_true (dateline_timeline_view_get_can_go_back (view));
  /* The Back button under the timeline is live. */
  g_assert_true (gtk_widget_get_sensitive (find_button_with_action (GTK_WIDGET (window), "win.view-back")));

  /* Alt+Left goes back to exactly where it was. */
  wait = (RangeWait) { view, begin, end };
  move_pointer (GTK_WIDGET (view), width / 2.0, height / 2.0);
  press_key ("alt+Left");
  g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
  visible_range (view, &begin, &end);
  g_assert_cmpfloat_with_epsilon (begin, before_begin, 1e-9);
  g_assert_cmpfloat_with_epsilon (end, before_end, 1e-9);

  /* And Alt+Right forward again. */
  wait = (RangeWait) { view, begin, end };
  press_key ("alt+Right");
  g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
  visible_range (view, &begin, &end);
  g_assert_cmpfloat (fabs (begin - expected_begin), <=, pixel);

  /* A burst of wheel zooming is one step of history; "0" fits everything
   * and the mouse's Back button returns to before it. */
  {
    double zoomed_begin, zoomed_end, doc_begin, doc_end;
    XdotoolPoint p;

    dateline_timeline_view_go_back (view);
    visible_range (view, &zoomed_begin, &zoomed_end);
    g_assert_cmpfloat_with_epsilon (zoomed_begin, before_begin, 1e-9);

    move_pointer (GTK_WIDGET (view), width / 2.0, height * 0.6);
    wait = (RangeWait) { view, zoomed_begin, zoomed_end };
    run_xdotool ((const char *[]) { "keydown", "ctrl", "click", "4", "click", "4", "click", "4", "keyup", "ctrl", NULL });
    g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
    dateline_test_spin_for (100);
    visible_range (view, &zoomed_begin, &zoomed_end);
    g_assert_cmpfloat (zoomed_end - zoomed_begin, <, before_end - before_begin);

    press_key ("0");
    dateline_viewport_get_document_range (viewport, &doc_begin, &doc_end);
    wait = (RangeWait) { view, zoomed_begin, zoomed_end };
    g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
    visible_range (view, &begin, &end);
    g_assert_cmpfloat_with_epsilon (begin, doc_begin, 1e-6);
    g_assert_cmpfloat_with_epsilon (end, doc_end, 1e-6);

    /* X button 8 is the mouse's Back. */
    to_x_point (GTK_WIDGET (view), width / 2.0, height * 0.6, &p);
    wait = (RangeWait) { view, begin, end };
    run_xdotool ((const char *[]) { "click", "8", NULL });
    g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
    visible_range (view, &begin, &end);
    g_assert_cmpfloat_with_epsilon (begin, zoomed_begin, 1e-9);
    g_assert_cmpfloat_with_epsilon (end, zoomed_end, 1e-9);

    /* One more Back: before the three wheel notches, not between them. */
    dateline_timeline_view_go_back (view);
    visible_range (view, &begin, &end);
    g_assert_cmpfloat_with_epsilon (begin, before_begin, 1e-9);
    g_assert_cmpfloat_with_epsilon (end, before_end, 1e-9);
  }

  /* A double click on empty space fits everything. */
  {
    double doc_begin, doc_end;

    dateline_timeline_view_zoom_to_range (view, before_begin + 1, before_begin + 3);
    g_assert_true (dateline_test_wait_for_draw (GTK_WIDGET (view), 5000));
    move_pointer (GTK_WIDGET (view), width / 2.0, height - 60);
    visible_range (view, &wait.begin, &wait.end);
    run_xdotool ((const char *[]) { "click", "--repeat", "2", "--delay", "80", "1", NULL });
    g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
    dateline_viewport_get_document_range (viewport, &doc_begin, &doc_end);
    visible_range (view, &begin, &end);
    g_assert_cmpfloat_with_epsilon (begin, doc_begin, 1e-6);
    g_assert_cmpfloat_with_epsilon (end, doc_end, 1e-6);
  }

  destroy_window (window);
}

static void
test_keyboard_navigation (void)
{
  g_autoptr(DatelineProject) project = create_story_project ();
  DatelineWindow *window = create_window_with (project);
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  GtkWidget *widget = GTK_WIDGET (view);
  SelectionWait wait = { view, G_MAXUINT };
  gboolean through_x = have_xdotool (widget);

  if (through_x)
    move_pointer (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) - 60);
  gtk_widget_grab_focus (widget);
  g_assert_true (gtk_widget_has_focus (widget));

  /* Home: the first event in time order is the month-long one, which
   * starts on 1 March. */
  if (through_x)
    press_key ("Home");
  else
    gtk_widget_activate_action (widget, "timeline.select-end", "i", -1);
  wait.event_index = E_CONVOYS;
  g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));

  /* Tab and Right walk the events by date. */
  if (through_x)
    {
      static const guint order[] = { E_CEASEFIRE, E_ENVOY, E_GENEVA, E_SHELLING };

      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        {
          press_key (i % 2 == 0 ? "Tab" : "Right");
          wait.event_index = order[i];
          g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));
        }
      /* Shift+Tab and Left go back. */
      press_key ("shift+Tab");
      wait.event_index = E_GENEVA;
      g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));
      press_key ("Left");
      wait.event_index = E_ENVOY;
      g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));
      press_key ("Right");
      wait.event_index = E_GENEVA;
      g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));
    }
  else
    {
      dateline_timeline_view_select_index (view, E_GENEVA);
    }

  /* The side panel follows, and the accessible description says what is
   * selected. */
  g_assert_true (dateline_source_panel_get_event (dateline_window_get_source_panel (window)) ==
                 dateline_timeline_view_get_selected_event (view));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Talks in Geneva, Wednesday 6 March 2024, 2 sources");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline");

  /* End: the last. */
  if (through_x)
    press_key ("End");
  else
    gtk_widget_activate_action (widget, "timeline.select-end", "i", 1);
  wait.event_index = E_AGREEMENT;
  g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));

  /* Tab past the last event lets the focus leave the timeline: the
   * keyboard is never trapped. */
  if (through_x)
    {
      press_key ("Tab");
      dateline_test_spin_for (200);
      g_assert_cmpuint (dateline_timeline_view_get_selected_index (view), ==, E_AGREEMENT);
      g_assert_false (gtk_widget_has_focus (widget));
      gtk_widget_grab_focus (widget);
    }

  /* Moving to an event off screen brings it to the middle, at the same
   * zoom, not to the very edge. */
  {
    double begin, end, day = dateline_julian_from_ymd (2024, 3, 13);

    dateline_timeline_view_zoom_to_range (view, day, day + 4);
    dateline_timeline_view_select_index (view, E_CEASEFIRE);
    visible_range (view, &begin, &end);
    g_assert_cmpfloat_with_epsilon (end - begin, 4.0, 1e-6);
    g_assert_cmpfloat_with_epsilon ((begin + end) / 2, dateline_julian_from_ymd (2024, 3, 2) + 0.5, 1e-6);
  }

  /* In lanes by actor, the agreement (two actors) is still one stop. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_ACTOR));
  dateline_timeline_view_select_index (view, E_GENEVA);
  g_assert_true (dateline_timeline_view_select_adjacent (view, 1));
  g_assert_cmpuint (dateline_timeline_view_get_selected_index (view), ==, E_SHELLING);
  g_assert_true (dateline_timeline_view_select_adjacent (view, -1));
  g_assert_cmpuint (dateline_timeline_view_get_selected_index (view), ==, E_GENEVA);
  g_assert_true (dateline_timeline_view_select_adjacent (view, -1));
  g_assert_cmpuint (dateline_timeline_view_get_selected_index (view), ==, E_ENVOY);

  /* Nothing selected: Right pans instead. */
  if (through_x)
    {
      RangeWait range_wait = { view, 0, 0 };

      dateline_timeline_view_zoom_to_range (view, dateline_julian_from_ymd (2024, 3, 5),
                                            dateline_julian_from_ymd (2024, 3, 9));
      press_key ("Escape");
      wait.event_index = G_MAXUINT;
      g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));
      visible_range (view, &range_wait.begin, &range_wait.end);
      press_key ("Right");
      g_assert_true (dateline_test_spin_until (range_changed, &range_wait, EVENT_TIMEOUT_MS));
      {
        double begin, end;

        visible_range (view, &begin, &end);
        g_assert_cmpfloat (begin, >, range_wait.begin);
        g_assert_cmpuint (dateline_timeline_view_get_selected_index (view), ==, G_MAXUINT);
      }
    }

  destroy_window (window);
}

static void
test_multi_select (void)
{
  g_autoptr(DatelineProject) project = create_story_project ();
  DatelineWindow *window = create_window_with (project);
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  GtkWidget *widget = GTK_WIDGET (view);
  CountWait count = { view, 0 };
  SelectionWait wait = { view, G_MAXUINT };
  const guint *selection;
  double x1, y1, x2, y2;
  guint n;

  if (!have_xdotool (widget))
    {
      destroy_window (window);
      g_test_skip ("needs X11 and xdotool for real pointer input");
      return;
    }

  g_assert_true (find_mark (view, E_ENVOY, &x1, &y1));
  g_assert_true (find_mark (view, E_VOTE, &x2, &y2));

  /* A click selects one; Ctrl-click adds another, which the panel then
   * shows; the window counts them. */
  click_at (widget, x1, y1, NULL);
  wait.event_index = E_ENVOY;
  g_assert_true (dateline_test_spin_until (selection_is, &wait, EVENT_TIMEOUT_MS));
  g_assert_cmpuint (dateline_timeline_view_get_n_selected (view), ==, 1);

  click_at (widget, x2, y2, "ctrl");
  count.n = 2;
  g_assert_true (dateline_test_spin_until (n_selected_is, &count, EVENT_TIMEOUT_MS));
  g_assert_cmpuint (dateline_timeline_view_get_selected_index (view), ==, E_VOTE);
  selection = dateline_timeline_view_get_selection (view, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (selection[0], ==, E_ENVOY);
  g_assert_cmpuint (selection[1], ==, E_VOTE);
  g_assert_true (dateline_source_panel_get_event (dateline_window_get_source_panel (window)) ==
                 dateline_timeline_view_get_selected_event (view));
  {
    GtkWidget *action_bar = find_widget (GTK_WIDGET (window), GTK_TYPE_ACTION_BAR);
    GtkWidget *label = find_label_containing (action_bar, "selected");

    g_assert_nonnull (label);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "2 selected");
    g_assert_true (gtk_widget_get_visible (label));
  }
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Vote postponed, Friday 15 March 2024, 1 source; 2 events selected");
  save_screenshot (GTK_WIDGET (window), "timeline-multi-select.png");

  /* A plain click on one of them selects it alone. */
  click_at (widget, x1, y1, NULL);
  count.n = 1;
  g_assert_true (dateline_test_spin_until (n_selected_is, &count, EVENT_TIMEOUT_MS));
  g_assert_cmpuint (dateline_timeline_view_get_selected_index (view), ==, E_ENVOY);

  /* Ctrl-click on a selected one takes it out. */
  dateline_test_spin_for (400);  /* not a double click */
  click_at (widget, x2, y2, "ctrl");
  count.n = 2;
  g_assert_true (dateline_test_spin_until (n_selected_is, &count, EVENT_TIMEOUT_MS));
  dateline_test_spin_for (400);
  click_at (widget, x2, y2, "ctrl");
  count.n = 1;
  g_assert_true (dateline_test_spin_until (n_selected_is, &count, EVENT_TIMEOUT_MS));
  g_assert_cmpuint (dateline_timeline_view_get_selected_index (view), ==, E_ENVOY);

  /* A plain click on empty space clears it all. */
  click_at (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) - 60, NULL);
  count.n = 0;
  g_assert_true (dateline_test_spin_until (n_selected_is, &count, EVENT_TIMEOUT_MS));

  destroy_window (window);
}

static void
test_aggregate (void)
{
  g_autoptr(DatelineProject) project = create_dense_project (60);
  DatelineWindow *window = create_window_with (project);
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  GtkWidget *widget = GTK_WIDGET (view);
  GListModel *listed;
  GtkWidget *popover, *zoom_button;
  DatelineHit hit;
  RangeWait wait = { view, 0, 0 };
  double x, y, begin, end;

  /* Show everything: the sixty events of one day share a column. */
  dateline_timeline_view_zoom_fit (view);
  g_assert_true (dateline_test_wait_for_draw (widget, 5000));
  g_assert_true (find_hit (view, DATELINE_HIT_CLUSTER, &hit, &x, &y));
  g_test_message ("aggregate of %u events at (%.0f, %.0f)", hit.n_events, x, y);
  g_assert_cmpuint (hit.n_events, >=, 2);

  /* A click lists its events. */
  if (have_xdotool (widget))
    click_at (widget, x, y, NULL);
  else
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (GTK_IS_GESTURE_CLICK (controller) &&
              gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_PRIMARY)
            {
              g_signal_emit_by_name (controller, "pressed", 1, x, y);
              break;
            }
        }
    }
  dateline_test_spin_for (300);

  popover = find_open_popover (widget);
  g_assert_nonnull (popover);
  listed = dateline_timeline_view_get_cluster_events (view);
  g_assert_nonnull (listed);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, hit.n_events);
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (listed, i);
      const DatelineWhen *when = dateline_event_get_when (event);

      g_assert_cmpfloat (when->start, >=, floor (hit.begin));
      g_assert_cmpfloat (when->start, <, hit.end);
    }
  save_screenshot (GTK_WIDGET (window), "timeline-aggregate-popover.png");

  /* Picking one in the list selects it. */
  {
    GtkWidget *list_view = find_widget (popover, GTK_TYPE_LIST_VIEW);
    g_autoptr(DatelineEvent) second = g_list_model_get_item (listed, 1);

    g_assert_nonnull (list_view);
    g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", 1));
    g_assert_true (dateline_timeline_view_get_selected_event (view) == second);
    g_assert_false (gtk_widget_get_visible (popover));
  }

  /* "Zoom to These" shows their range, closer than before. */
  dateline_timeline_view_zoom_fit (view);
  g_assert_true (dateline_test_wait_for_draw (widget, 5000));
  g_assert_true (find_hit (view, DATELINE_HIT_CLUSTER, &hit, &x, &y));
  if (have_xdotool (widget))
    click_at (widget, x, y, NULL);
  dateline_test_spin_for (300);
  popover = find_open_popover (widget);
  if (popover == NULL)
    {
      /* Without X: the popover through its controller, as above. */
      g_test_message ("no popover after the second click");
    }
  g_assert_nonnull (popover);
  zoom_button = dateline_test_find_button (popover, "_Zoom to These");
  g_assert_nonnull (zoom_button);
  visible_range (view, &wait.begin, &wait.end);
  g_signal_emit_by_name (zoom_button, "clicked");
  g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
  visible_range (view, &begin, &end);
  g_assert_cmpfloat (end - begin, <, wait.end - wait.begin);
  g_assert_cmpfloat (begin, <=, hit.begin);
  g_assert_cmpfloat (end, >=, hit.end);
  g_assert_true (dateline_timeline_view_get_can_go_back (view));

  destroy_window (window);
}

static void
test_filters (void)
{
  g_autoptr(DatelineProject) project = create_story_project ();
  DatelineWindow *window = create_window_with (project);
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  DatelineEventFilter *filter = dateline_timeline_view_get_filter (view);
  DatelineFilterBar *bar = DATELINE_FILTER_BAR (find_widget (GTK_WIDGET (window), DATELINE_TYPE_FILTER_BAR));
  GtkSearchBar *search_bar = GTK_SEARCH_BAR (find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR));
  CountWait wait = { view, 0 };
  guint n_items = 0;

  g_assert_nonnull (bar);
  g_assert_nonnull (search_bar);
  g_assert_cmpuint (dateline_timeline_view_get_n_events (view), ==, N_STORY_EVENTS);
  g_assert_cmpuint (dateline_timeline_view_get_n_shown (view), ==, N_STORY_EVENTS);
  dateline_layout_get_items (dateline_timeline_view_get_layout (view), &n_items);
  g_assert_cmpuint (n_items, ==, N_STORY_EVENTS - 1);
  g_assert_cmpstr (dateline_filter_bar_get_count_text (bar), ==, "10 events");

  /* No talks: three fewer events, two fewer marks. */
  dateline_event_filter_set_kind_shown (filter, DATELINE_EVENT_TALKS, FALSE);
  g_assert_cmpuint (dateline_timeline_view_get_n_shown (view), ==, N_STORY_EVENTS - 3);
  dateline_layout_get_items (dateline_timeline_view_get_layout (view), &n_items);
  g_assert_cmpuint (n_items, ==, N_STORY_EVENTS - 1 - 2);
  g_assert_cmpuint (dateline_layout_lookup_event (dateline_timeline_view_get_layout (view), E_GENEVA), ==, G_MAXUINT);
  g_assert_cmpstr (dateline_filter_bar_get_count_text (bar), ==, "7 of 10 events");
  dateline_event_filter_set_kind_shown (filter, DATELINE_EVENT_TALKS, TRUE);
  g_assert_cmpuint (dateline_timeline_view_get_n_shown (view), ==, N_STORY_EVENTS);

  /* An actor: the envoy is in two events. */
  dateline_event_filter_set_actor_chosen (filter, "envoy", TRUE);
  g_assert_cmpuint (dateline_timeline_view_get_n_shown (view), ==, 2);
  dateline_event_filter_set_actor_chosen (filter, "envoy", FALSE);

  /* An article: only the talks in Geneva cite the second one. */
  dateline_event_filter_set_article_chosen (filter, "a2", TRUE);
  g_assert_cmpuint (dateline_timeline_view_get_n_shown (view), ==, 1);
  dateline_event_filter_set_article_chosen (filter, "a2", FALSE);

  /* A date range, 5 to 10 March: three days and the month-long convoys;
   * the undated event is left out. */
  dateline_event_filter_set_date_range (filter, dateline_julian_from_ymd (2024, 3, 5),
                                        dateline_julian_from_ymd (2024, 3, 11));
  g_assert_cmpuint (dateline_timeline_view_get_n_shown (view), ==, 4);
  dateline_event_filter_set_date_range (filter, 0, 0);
  g_assert_cmpuint (dateline_timeline_view_get_n_shown (view), ==, N_STORY_EVENTS);
  g_assert_false (dateline_event_filter_is_active (filter));

  /* Ctrl+F, then typing: the search runs over titles and passages. */
  if (have_xdotool (GTK_WIDGET (view)))
    {
      GtkEditable *entry = dateline_filter_bar_get_search_entry (bar);

      move_pointer (GTK_WIDGET (view), 200, 200);
      press_key ("ctrl+f");
      dateline_test_spin_for (200);
      g_assert_true (gtk_search_bar_get_search_mode (search_bar));
      g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                     gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry)));
      run_xdotool ((const char *[]) { "type", "--delay", "30", "TALKS", NULL });
      wait.n = 3;
      g_assert_true (dateline_test_spin_until (n_shown_is, &wait, EVENT_TIMEOUT_MS));
      g_assert_cmpstr (dateline_event_filter_get_search_text (filter), ==, "TALKS");
      g_assert_cmpstr (dateline_filter_bar_get_count_text (bar), ==, "3 of 10 events");
      save_screenshot (GTK_WIDGET (window), "timeline-search.png");

      /* A word from a passage only ("Delegates" is in Geneva's second). */
      gtk_editable_set_text (entry, "delegates");
      wait.n = 1;
      g_assert_true (dateline_test_spin_until (n_shown_is, &wait, EVENT_TIMEOUT_MS));
    }
  else
    {
      dateline_event_filter_set_search_text (filter, "TALKS");
      g_assert_cmpuint (dateline_timeline_view_get_n_shown (view), ==, 3);
    }

  /* Nothing matches: the window says so, and offers to show everything. */
  dateline_event_filter_set_search_text (filter, "zzzz");
  g_assert_cmpuint (dateline_timeline_view_get_n_shown (view), ==, 0);
  {
    GtkWidget *page = dateline_test_find_status_page (GTK_WIDGET (window), "No Matching Events");

    g_assert_nonnull (page);
    g_assert_true (gtk_widget_get_visible (page));
    save_screenshot (GTK_WIDGET (window), "timeline-no-match.png");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
  g_assert_cmpuint (dateline_timeline_view_get_n_shown (view), ==, N_STORY_EVENTS);
  g_assert_false (dateline_event_filter_is_active (filter));
  g_assert_cmpstr (gtk_editable_get_text (dateline_filter_bar_get_search_entry (bar)), ==, "");

  /* Filters and lanes together: lanes by kind without talks have no
   * Talks lane in sight. */
  dateline_event_filter_set_kind_shown (filter, DATELINE_EVENT_TALKS, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lanes", "u", (guint32) DATELINE_LANES_KIND));
  {
    DatelineLayout *layout = dateline_timeline_view_get_layout (view);
    guint n_groups = dateline_layout_get_n_groups (layout);
    guint n_visible = 0;

    for (guint group = 0; group < n_groups; group++)
      if (!dateline_layout_get_group_hidden (layout, group))
        n_visible++;
    g_assert_cmpuint (n_visible, ==, 7);
    g_assert_cmpuint (dateline_timeline_view_get_n_hidden_groups (view), ==, 0);
  }

  destroy_window (window);
}

static void
test_overview_drag (void)
{
  g_autoptr(DatelineProject) project = create_dense_project (10);
  DatelineWindow *window = create_window_with (project);
  DatelineTimelineView *view = dateline_window_get_timeline_view (window);
  GtkWidget *strip = find_widget (GTK_WIDGET (window), DATELINE_TYPE_OVERVIEW_VIEW);
  DatelineOverview *overview;
  cairo_rectangle_t area;
  RangeWait wait = { view, 0, 0 };
  double begin, end, expected_shift, doc_begin, doc_end, before_begin, before_end;

  g_assert_nonnull (strip);
  if (!have_xdotool (strip))
    {
      destroy_window (window);
      g_test_skip ("needs X11 and xdotool for real pointer input");
      return;
    }

  overview = dateline_overview_view_get_overview (DATELINE_OVERVIEW_VIEW (strip));
  dateline_viewport_get_document_range (dateline_timeline_view_get_viewport (view), &doc_begin, &doc_end);

  /* A month in view, early in the five months of the document. */
  dateline_timeline_view_zoom_to_range (view, doc_begin + 10, doc_begin + 40);
  g_assert_true (dateline_test_wait_for_draw (strip, 5000));
  g_assert_true (dateline_overview_get_window_area (overview, &area));
  g_test_message ("overview window at %.0f+%.0f of %d", area.x, area.width, gtk_widget_get_width (strip));
  g_assert_cmpfloat (area.width, >, 12);

  /* Dragging the window 100 px to the right pans by 100 px of the strip's
   * scale; the zoom stays. */
  visible_range (view, &before_begin, &before_end);
  expected_shift = dateline_overview_x_to_time (overview, area.x + 100) - dateline_overview_x_to_time (overview, area.x);
  wait = (RangeWait) { view, before_begin, before_end };
  drag (strip, area.x + area.width / 2, area.y + area.height / 2,
        area.x + area.width / 2 + 100, area.y + area.height / 2, NULL);
  g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
  visible_range (view, &begin, &end);
  g_test_message ("panned by %.3f days, expected %.3f", begin - before_begin, expected_shift);
  g_assert_cmpfloat_with_epsilon (end - begin, before_end - before_begin, 1e-6);
  g_assert_cmpfloat (fabs ((begin - before_begin) - expected_shift), <, 2 * (doc_end - doc_begin) / gtk_widget_get_width (strip));
  g_assert_true (dateline_timeline_view_get_can_go_back (view));

  /* A click on the track far to the right jumps there, centred. */
  {
    double x = gtk_widget_get_width (strip) - 40;
    double target = dateline_overview_x_to_time (overview, x);

    wait = (RangeWait) { view, begin, end };
    click_at (strip, x, gtk_widget_get_height (strip) / 2.0, NULL);
    g_assert_true (dateline_test_spin_until (range_changed, &wait, EVENT_TIMEOUT_MS));
    visible_range (view, &begin, &end);
    /* Centred unless the document's end stops it. */
    g_assert_true (fabs ((begin + end) / 2 - target) < 2 * (doc_end - doc_begin) / gtk_widget_get_width (strip) ||
                   fabs (end - doc_end) < 1e-6);
  }

  /* Back undoes the jump. */
  {
    double jumped_begin = begin;

    dateline_timeline_view_go_back (view);
    visible_range (view, &begin, &end);
    g_assert_cmpfloat (begin, <, jumped_begin);
  }

  save_screenshot (GTK_WIDGET (window), "timeline-overview.png");
  destroy_window (window);
}

/* A project too big to filter in one go: the search is applied in slices
 * while the window keeps drawing, and counts right in the end. */
static void
test_large_filter (void)
{
  const guint n_events = 200000;
  g_autoptr(DatelineProject) project = dateline_project_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new_full (n_events, g_object_unref);
  DatelineWindow *window;
  DatelineTimelineView *view;
  DatelineEventFilter *filter;
  CountWait wait;
  guint32 first_day = dateline_julian_from_ymd (2004, 1, 1);
  gboolean saw_filtering;
  guint n_frames = 0;

  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autofree char *title = g_strdup_printf (i % 10 == 0 ? "Summit %u" : "Meeting %u", i);
      DatelineEvent *event = dateline_event_new (id, title, (DatelineEventKind) (i % DATELINE_EVENT_N_KINDS));
      DatelineWhen when = DATELINE_WHEN_INIT;

      dateline_when_set_day (&when, first_day + (i * 37) % 7300, DATELINE_CERTAINTY_STATED);
      dateline_event_set_when (event, &when);
      dateline_event_add_source (event, "a1", 0, 40, "Officials met to discuss the talks again.");
      g_ptr_array_add (events, event);
    }
  dateline_project_add_events (project, events);

  window = create_window_with (project);
  view = dateline_window_get_timeline_view (window);
  filter = dateline_timeline_view_get_filter (view);
  wait.view = view;

  dateline_event_filter_set_search_text (filter, "summit");
  saw_filtering = dateline_timeline_view_get_filtering (view);
  g_test_message ("filtering in slices: %s", saw_filtering ? "yes" : "no, done at once");

  /* The window draws while the filter runs. */
  while (dateline_timeline_view_get_filtering (view))
    {
      gtk_widget_queue_draw (GTK_WIDGET (view));
      if (dateline_test_wait_for_draw (GTK_WIDGET (view), 1000))
        n_frames++;
    }
  g_test_message ("%u frames drawn while filtering", n_frames);
  if (saw_filtering)
    g_assert_cmpuint (n_frames, >, 0);

  wait.n = n_events / 10;
  g_assert_true (dateline_test_spin_until (n_shown_is, &wait, 60000));
  {
    guint n_items = 0;

    dateline_layout_get_items (dateline_timeline_view_get_layout (view), &n_items);
    g_assert_cmpuint (n_items, ==, n_events / 10);
  }

  destroy_window (window);
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
  user_dirs = dateline_test_isolate_user_dirs ("dateline-test-timeline");

  g_test_init (&argc, &argv, NULL);

  /* GTK's own test accessibility backend keeps the properties the widgets
   * set, without a bus, so the tests can read them back. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/timeline/no-display", test_no_display);
      status = g_test_run ();
      dateline_test_remove_tree (user_dirs);
      return status;
    }

  /* Screenshots must show the final state, not a transition half-way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = dateline_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/ui/timeline/lanes", test_lanes);
  g_test_add_func ("/ui/timeline/zoom-to-range-and-back", test_zoom_to_range_and_back);
  g_test_add_func ("/ui/timeline/keyboard-navigation", test_keyboard_navigation);
  g_test_add_func ("/ui/timeline/multi-select", test_multi_select);
  g_test_add_func ("/ui/timeline/aggregate", test_aggregate);
  g_test_add_func ("/ui/timeline/filters", test_filters);
  g_test_add_func ("/ui/timeline/overview-drag", test_overview_drag);
  g_test_add_func ("/ui/timeline/large-filter", test_large_filter);

  status = g_test_run ();

  g_clear_object (&app);
  dateline_test_remove_tree (user_dirs);

  return status;
}
