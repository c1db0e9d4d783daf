/* dateline-timeline-view.c — the zoomable timeline, drawn by the core renderer
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dateline-date.h"
#include "dateline-timeline-view.h"

/* One wheel notch or one key press zooms by this factor. */
#define ZOOM_STEP 1.25
/* Pixels panned per wheel notch and per Shift+arrow press. */
#define PAN_STEP 64.0

struct _DatelineTimelineView
{
  GtkWidget         parent_instance;

  /* owned */
  DatelineViewport *viewport;
  DatelineRenderer *renderer;
  DatelineLayout   *layout;
  DatelineProject  *project;
  DatelineEvent    *selected_event;
  GHashTable       *collapsed_groups;   /* group ids the user collapsed */
  GtkWidget        *tray_popover;
  GtkListBox       *tray_list;

  /* borrowed from the project */
  GListModel       *events;

  /* interaction state */
  guint             selected_index;
  guint             hover_index;
  double            pointer_x;
  double            pointer_y;
  double            drag_last_offset_x;
  double            drag_last_offset_y;
  double            zoom_last_scale;
  double            scroll_y;           /* lane groups scrolled up by, px */
  DatelineLaneMode  lane_mode;

  /* The visible range follows the document range (as after "fit") until the
   * user zooms or pans; articles arriving while loading then keep the whole
   * timeline in view instead of freezing the first article's extent. */
  guint             follows_document : 1;
  guint             pointer_inside : 1;
  guint             dragging : 1;
};

G_DEFINE_FINAL_TYPE (DatelineTimelineView, dateline_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SELECTED_EVENT,
  PROP_LAYOUT,
  PROP_LANE_MODE,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static DatelineEvent *
dup_event_at (DatelineTimelineView *self,
              guint                 event_index)
{
  if (self->events == NULL || event_index == G_MAXUINT)
    return NULL;
  if (event_index >= g_list_model_get_n_items (self->events))
    return NULL;

  return g_list_model_get_item (self->events, event_index);
}

static const DatelineLayoutItem *
get_layout_item_for_event (DatelineTimelineView *self,
                           guint                 event_index,
                           guint                *out_item)
{
  const DatelineLayoutItem *items;
  guint n_items = 0;
  guint item;

  if (self->layout == NULL || event_index == G_MAXUINT)
    return NULL;

  item = dateline_layout_lookup_event (self->layout, event_index);
  items = dateline_layout_get_items (self->layout, &n_items);
  if (item == G_MAXUINT || item >= n_items)
    return NULL;

  if (out_item != NULL)
    *out_item = item;

  return &items[item];
}

static void
update_accessible_description (DatelineTimelineView *self)
{
  g_autofree char *description = NULL;

  if (self->selected_event != NULL)
    {
      g_autofree char *date = NULL;

      date = dateline_when_dup_display (dateline_event_get_when (self->selected_event));
      /* Translators: the first %s is a date, the second an event's title */
      description = g_strdup_printf (_("Selected: %s, %s"),
                                     date ? date : _("undated"),
                                     dateline_event_get_title (self->selected_event));
    }
  else
    {
      description = g_strdup (_("No event selected. Use Left and Right to move between events."));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
set_selection (DatelineTimelineView *self,
               guint                 event_index)
{
  g_autoptr(DatelineEvent) event = dup_event_at (self, event_index);

  if (event == NULL)
    event_index = G_MAXUINT;

  if (self->selected_index == event_index && self->selected_event == event)
    return;

  self->selected_index = event_index;
  g_set_object (&self->selected_event, event);

  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

static void
reveal_layout_item (DatelineTimelineView     *self,
                    const DatelineLayoutItem *item)
{
  double begin, end;

  dateline_viewport_get_visible_range (self->viewport, &begin, &end);
  if (item->start >= begin && item->end <= end)
    return;

  self->follows_document = FALSE;
  dateline_viewport_ensure_visible (self->viewport, item->start, item->end);
}

static double
get_zoom_anchor_x (DatelineTimelineView *self)
{
  const DatelineLayoutItem *item;
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  /* Zooming from the keyboard keeps the selected event where it is when it
   * is on screen, so the user does not lose what they are looking at. */
  item = get_layout_item_for_event (self, self->selected_index, NULL);
  if (item != NULL)
    {
      double x = dateline_viewport_time_to_x (self->viewport, (item->start + item->end) / 2.0);

      if (x >= 0 && x <= width)
        return x;
    }

  return width / 2.0;
}

static void
zoom_at (DatelineTimelineView *self,
         double                x,
         double                factor)
{
  if (self->layout == NULL || factor <= 0 || !isfinite (factor))
    return;

  self->follows_document = FALSE;
  dateline_viewport_zoom_at (self->viewport, x, factor);
}

static void
pan_by (DatelineTimelineView *self,
        double                dx)
{
  if (self->layout == NULL || dx == 0)
    return;

  self->follows_document = FALSE;
  dateline_viewport_pan_pixels (self->viewport, dx);
}

static void
scroll_lanes_by (DatelineTimelineView *self,
                 double                dy)
{
  if (dy == 0)
    return;

  /* Clamped by the renderer to the height the lanes need (see snapshot). */
  self->scroll_y = MAX (0.0, self->scroll_y + dy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_hover_index (DatelineTimelineView *self,
                 guint                 hover_index)
{
  if (self->hover_index == hover_index)
    return;

  self->hover_index = hover_index;

  if (!self->dragging)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                     hover_index != G_MAXUINT ? "pointer" : NULL);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static DatelineLayout *
create_layout (DatelineTimelineView *self)
{
  DatelineLayout *layout;
  guint n_groups;

  if (self->project == NULL || g_list_model_get_n_items (self->events) == 0)
    return NULL;

  layout = dateline_layout_new_with_lanes (self->events, self->lane_mode,
                                           dateline_project_get_actors (self->project),
                                           dateline_project_get_articles (self->project));

  /* Collapsed groups are the user's view state: they survive new articles
   * and lane changes, by group id. */
  n_groups = dateline_layout_get_n_groups (layout);
  for (guint group = 0; group < n_groups && g_hash_table_size (self->collapsed_groups) > 0; group++)
    if (g_hash_table_contains (self->collapsed_groups, dateline_layout_get_group_id (layout, group)))
      dateline_layout_set_group_collapsed (layout, group, TRUE);

  return layout;
}

static void
zoom_to_range (DatelineTimelineView *self,
               double                begin,
               double                end)
{
  double center = (begin + end) / 2.0;
  /* A margin on both sides, so the events are not on the edges. */
  double span = MAX ((end - begin) * 1.4, 4 * DATELINE_VIEWPORT_MIN_SPAN);

  self->follows_document = FALSE;
  dateline_viewport_set_visible_range (self->viewport, center - span / 2.0, center + span / 2.0);
}

/* Share of the events the opening view shows. */
#define FOCUS_SHARE 0.8

/* Where the story is: the shortest stretch of time holding FOCUS_SHARE of
 * the events, padded. One article's mention of 1869 should not squeeze a
 * week of March 2021 into a single column; "0" still fits everything. */
static gboolean
get_focus_range (DatelineLayout *layout,
                 double         *begin,
                 double         *end)
{
  const DatelineLayoutItem *items;
  guint n_items, window;
  double best = G_MAXDOUBLE;
  guint best_first = 0;

  items = dateline_layout_get_items (layout, &n_items);
  if (n_items == 0)
    return FALSE;

  /* Items are sorted by start: slide a window of that many of them. */
  window = MAX (1, (guint) (n_items * FOCUS_SHARE + 0.5));
  for (guint first = 0; first + window <= n_items; first++)
    {
      double length = items[first + window - 1].start - items[first].start;

      if (length < best)
        {
          best = length;
          best_first = first;
        }
    }

  *begin = items[best_first].start;
  *end = *begin;
  for (guint i = best_first; i < best_first + window; i++)
    *end = MAX (*end, items[i].end);

  return TRUE;
}

static void
rebuild_layout (DatelineTimelineView *self)
{
  double begin, end;

  g_clear_object (&self->layout);
  self->layout = create_layout (self);

  if (self->layout != NULL && dateline_layout_get_extent (self->layout, &begin, &end))
    {
      dateline_viewport_set_document_range (self->viewport, begin, end);
      if (self->follows_document && get_focus_range (self->layout, &begin, &end))
        {
          /* zoom_to_range() leaves follows_document; a new document still
           * opens on its story. */
          zoom_to_range (self, begin, end);
          self->follows_document = TRUE;
        }
    }

  self->hover_index = G_MAXUINT;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT]);
}


static void
dateline_timeline_view_tray_row_activated_cb (DatelineTimelineView *self,
                                              GtkListBoxRow        *row,
                                              GtkListBox           *list)
{
  guint event_index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "event-index"));

  gtk_popover_popdown (GTK_POPOVER (self->tray_popover));
  set_selection (self, event_index);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* Every undated event in a list: the tray at the bottom shows only what
 * fits, and an event without a date must still be one click away. */
static void
show_undated_popover (DatelineTimelineView    *self,
                      const cairo_rectangle_t *area)
{
  GdkRectangle pointing_to = {
    (int) area->x, (int) area->y, MAX (1, (int) area->width), MAX (1, (int) area->height),
  };
  GtkWidget *child;
  guint n_events;

  if (self->tray_popover == NULL)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();

      self->tray_list = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_list_box_set_selection_mode (self->tray_list, GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (self->tray_list), "navigation-sidebar");
      g_signal_connect_object (self->tray_list, "row-activated",
                               G_CALLBACK (dateline_timeline_view_tray_row_activated_cb),
                               self, G_CONNECT_SWAPPED);

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->tray_list));
      gtk_widget_set_size_request (scroller, 360, -1);

      self->tray_popover = gtk_popover_new ();
      gtk_popover_set_child (GTK_POPOVER (self->tray_popover), scroller);
      gtk_widget_set_parent (self->tray_popover, GTK_WIDGET (self));
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tray_list))) != NULL)
    gtk_list_box_remove (self->tray_list, child);

  n_events = g_list_model_get_n_items (self->events);
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (self->events, i);
      GtkWidget *row, *label;

      if (dateline_when_is_dated (dateline_event_get_when (event)))
        continue;

      label = gtk_label_new (dateline_event_get_title (event));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data (G_OBJECT (row), "event-index", GUINT_TO_POINTER (i));
      gtk_list_box_append (self->tray_list, row);
    }

  gtk_popover_set_pointing_to (GTK_POPOVER (self->tray_popover), &pointing_to);
  gtk_popover_popup (GTK_POPOVER (self->tray_popover));
}

static void
toggle_group_collapsed (DatelineTimelineView *self,
                        guint                 group)
{
  const char *id;
  gboolean collapsed;

  if (self->layout == NULL || group >= dateline_layout_get_n_groups (self->layout))
    return;

  id = dateline_layout_get_group_id (self->layout, group);
  collapsed = !dateline_layout_get_group_collapsed (self->layout, group);
  dateline_layout_set_group_collapsed (self->layout, group, collapsed);

  if (collapsed)
    g_hash_table_add (self->collapsed_groups, g_strdup (id));
  else
    g_hash_table_remove (self->collapsed_groups, id);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
resync_selection_index (DatelineTimelineView *self)
{
  guint n_items;

  if (self->selected_event == NULL)
    return;

  /* Events are only ever appended, so the index is nearly always still
   * right; check it, and search only when the model really moved. */
  n_items = self->events ? g_list_model_get_n_items (self->events) : 0;

  if (self->selected_index < n_items)
    {
      g_autoptr(DatelineEvent) at = g_list_model_get_item (self->events, self->selected_index);

      if (at == self->selected_event)
        return;
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DatelineEvent) at = g_list_model_get_item (self->events, i);

      if (at == self->selected_event)
        {
          self->selected_index = i;
          return;
        }
    }

  set_selection (self, G_MAXUINT);
}

/* Callbacks */

static void
dateline_timeline_view_events_changed_cb (DatelineTimelineView *self,
                                          guint                 position,
                                          guint                 removed,
                                          guint                 added,
                                          GListModel           *model)
{
  resync_selection_index (self);
  rebuild_layout (self);
}

static void
dateline_timeline_view_viewport_changed_cb (DatelineTimelineView *self,
                                            DatelineViewport     *viewport)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dateline_timeline_view_dark_changed_cb (DatelineTimelineView *self,
                                        GParamSpec           *pspec,
                                        AdwStyleManager      *style_manager)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dateline_timeline_view_click_pressed_cb (DatelineTimelineView *self,
                                         int                   n_press,
                                         double                x,
                                         double                y,
                                         GtkGestureClick      *click)
{
  DatelineHit hit = { 0, };

  gtk_widget_grab_focus (GTK_WIDGET (self));

  dateline_renderer_pick (self->renderer, x, y, &hit);

  switch ((int) hit.kind)
    {
    case DATELINE_HIT_EVENT:
      set_selection (self, hit.event_index);
      if (n_press == 2 && self->selected_event != NULL)
        g_signal_emit (self, signals[EVENT_ACTIVATED], 0, self->selected_event);
      break;

    case DATELINE_HIT_CLUSTER:
      /* A badge stands for marks too close to tell apart: show them. */
      if (n_press == 1 && hit.end > hit.begin)
        zoom_to_range (self, hit.begin, hit.end);
      break;

    case DATELINE_HIT_TRAY_MORE:
      if (n_press == 1)
        show_undated_popover (self, &hit.area);
      break;

    case DATELINE_HIT_GROUP_HEADER:
      if (n_press == 1 && hit.on_toggle)
        toggle_group_collapsed (self, hit.group);
      break;

    case DATELINE_HIT_NONE:
    default:
      /* Empty space: a click clears the selection, a double click zooms
       * in there, as in a map. */
      if (n_press == 1)
        set_selection (self, G_MAXUINT);
      else if (n_press == 2)
        zoom_at (self, x, 2.0);
      break;
    }
}

static void
dateline_timeline_view_drag_begin_cb (DatelineTimelineView *self,
                                      double                start_x,
                                      double                start_y,
                                      GtkGestureDrag       *drag)
{
  self->drag_last_offset_x = 0;
  self->drag_last_offset_y = 0;
}

static void
dateline_timeline_view_drag_update_cb (DatelineTimelineView *self,
                                       double                offset_x,
                                       double                offset_y,
                                       GtkGestureDrag       *drag)
{
  double delta = offset_x - self->drag_last_offset_x;
  double delta_y = offset_y - self->drag_last_offset_y;

  if (!self->dragging)
    {
      /* Do not turn a slightly shaky click into a pan. */
      if (!gtk_drag_check_threshold (GTK_WIDGET (self), 0, 0, (int) offset_x, (int) offset_y))
        return;

      self->dragging = TRUE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  self->drag_last_offset_x = offset_x;
  self->drag_last_offset_y = offset_y;
  /* Dragging the content to the right brings earlier times into view;
   * dragging it up shows lanes further down. */
  pan_by (self, -delta);
  scroll_lanes_by (self, -delta_y);
}

static void
dateline_timeline_view_drag_end_cb (DatelineTimelineView *self,
                                    double                offset_x,
                                    double                offset_y,
                                    GtkGestureDrag       *drag)
{
  if (self->dragging)
    {
      self->dragging = FALSE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                       self->hover_index != G_MAXUINT ? "pointer" : NULL);
    }
}

static void
dateline_timeline_view_zoom_begin_cb (DatelineTimelineView *self,
                                      GdkEventSequence     *sequence,
                                      GtkGestureZoom       *gesture)
{
  self->zoom_last_scale = 1.0;
}

static void
dateline_timeline_view_zoom_scale_changed_cb (DatelineTimelineView *self,
                                              double                scale,
                                              GtkGestureZoom       *gesture)
{
  double center_x, center_y;

  if (scale <= 0 || self->zoom_last_scale <= 0)
    return;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &center_x, &center_y))
    center_x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;

  zoom_at (self, center_x, scale / self->zoom_last_scale);
  self->zoom_last_scale = scale;
}

static gboolean
dateline_timeline_view_scroll_cb (DatelineTimelineView     *self,
                                  double                    dx,
                                  double                    dy,
                                  GtkEventControllerScroll *scroll)
{
  GdkModifierType state;
  gboolean pixels;

  if (self->layout == NULL)
    return FALSE;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  pixels = gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_SURFACE;

  if (state & GDK_CONTROL_MASK)
    {
      double x = self->pointer_inside ? self->pointer_x : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      /* A touchpad reports pixels: 100 px of travel is about one notch. */
      double notches = pixels ? dy / 100.0 : dy;

      zoom_at (self, x, pow (ZOOM_STEP, -notches));
      return TRUE;
    }

  if (state & GDK_SHIFT_MASK)
    {
      /* Shift+wheel scrolls the lanes when there are more than fit. */
      scroll_lanes_by (self, dy * (pixels ? 1.0 : PAN_STEP));
      pan_by (self, dx * (pixels ? 1.0 : PAN_STEP));
      return TRUE;
    }

  /* A plain wheel pans along time: vertical wheels are the common case,
   * horizontal scrolling does the same. */
  pan_by (self, (dx + dy) * (pixels ? 1.0 : PAN_STEP));
  return TRUE;
}

static void
dateline_timeline_view_motion_cb (DatelineTimelineView     *self,
                                  double                    x,
                                  double                    y,
                                  GtkEventControllerMotion *motion)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;

  if (!self->dragging)
    set_hover_index (self, dateline_renderer_hit_test (self->renderer, x, y));
}

static void
dateline_timeline_view_leave_cb (DatelineTimelineView     *self,
                                 GtkEventControllerMotion *motion)
{
  self->pointer_inside = FALSE;
  set_hover_index (self, G_MAXUINT);
}

/* Actions */

/* The timeline's actions are bound to keys: using them is keyboard
 * navigation, so the focus ring should show (GTK only turns it on for Tab
 * and friends, and these keys never reach the window). */
static void
show_focus_ring (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root) && gtk_widget_has_focus (widget))
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
}

static void
dateline_timeline_view_zoom_in_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  show_focus_ring (widget);
  dateline_timeline_view_zoom_in (DATELINE_TIMELINE_VIEW (widget));
}

static void
dateline_timeline_view_zoom_out_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *param)
{
  show_focus_ring (widget);
  dateline_timeline_view_zoom_out (DATELINE_TIMELINE_VIEW (widget));
}

static void
dateline_timeline_view_zoom_fit_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *param)
{
  show_focus_ring (widget);
  dateline_timeline_view_zoom_fit (DATELINE_TIMELINE_VIEW (widget));
}

static void
dateline_timeline_view_select_adjacent_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *param)
{
  show_focus_ring (widget);
  dateline_timeline_view_select_adjacent (DATELINE_TIMELINE_VIEW (widget),
                                          g_variant_get_int32 (param));
}

static void
dateline_timeline_view_select_end_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *param)
{
  show_focus_ring (widget);
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);
  const DatelineLayoutItem *items;
  guint n_items = 0;

  if (self->layout == NULL)
    return;

  items = dateline_layout_get_items (self->layout, &n_items);
  if (n_items == 0)
    return;

  if (g_variant_get_int32 (param) < 0)
    {
      set_selection (self, items[0].event_index);
      reveal_layout_item (self, &items[0]);
    }
  else
    {
      set_selection (self, items[n_items - 1].event_index);
      reveal_layout_item (self, &items[n_items - 1]);
    }
}

static void
dateline_timeline_view_pan_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  show_focus_ring (widget);
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);

  pan_by (self, g_variant_get_int32 (param) * PAN_STEP);
}

static void
dateline_timeline_view_unselect_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *param)
{
  show_focus_ring (widget);
  set_selection (DATELINE_TIMELINE_VIEW (widget), G_MAXUINT);
}

static void
dateline_timeline_view_activate_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *param)
{
  show_focus_ring (widget);
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);

  if (self->selected_event != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, self->selected_event);
}

/* Virtual functions */

/* Today's Julian day by the user's clock, for the "today" marker: it is
 * drawn as such, never used as a date for anything. */
static double
get_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return dateline_julian_from_ymd (g_date_time_get_year (now),
                                   g_date_time_get_month (now),
                                   g_date_time_get_day_of_month (now));
}

static void
dateline_timeline_view_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 720;
    }
  else
    {
      *minimum = 200;
      *natural = 480;
    }
}

static void
dateline_timeline_view_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);

  dateline_viewport_set_width (self->viewport, width);

  if (self->tray_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->tray_popover));
}

static void
dateline_timeline_view_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  options.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  options.selected_event = self->selected_index;
  options.hover_event = self->hover_index;
  options.scroll_y = self->scroll_y;
  options.today = get_today ();

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  dateline_renderer_draw (self->renderer, cr, self->layout, self->viewport,
                          width, height, &options);
  cairo_destroy (cr);

  /* Keep what the renderer could use, so scrolling back up starts at once. */
  dateline_renderer_get_scroll_extent (self->renderer, NULL, NULL, &self->scroll_y);
}

static void
set_tip_area (GtkTooltip              *tooltip,
              const cairo_rectangle_t *area)
{
  /* The tooltip stays up while the pointer is over this thing and is asked
   * for again as soon as it leaves it. */
  GdkRectangle tip_area = {
    (int) floor (area->x),
    (int) floor (area->y),
    MAX (1, (int) ceil (area->x + area->width) - (int) floor (area->x)),
    MAX (1, (int) ceil (area->y + area->height) - (int) floor (area->y)),
  };

  gtk_tooltip_set_tip_area (tooltip, &tip_area);
}

static gboolean
dateline_timeline_view_query_tooltip (GtkWidget  *widget,
                                      int         x,
                                      int         y,
                                      gboolean    keyboard_mode,
                                      GtkTooltip *tooltip)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);
  g_autoptr(DatelineEvent) event = NULL;
  g_autofree char *date = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_date = NULL;
  DatelineHit hit = { 0, };
  cairo_rectangle_t area;
  GArray *event_sources;
  guint event_index;
  guint n_sources;

  if (keyboard_mode)
    {
      event_index = self->selected_index;
    }
  else
    {
      dateline_renderer_pick (self->renderer, x, y, &hit);

      if (hit.kind == DATELINE_HIT_CLUSTER)
        {
          g_autofree char *text = NULL;

          /* Translators: tooltip of a badge standing for several events */
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u event here — click to zoom in",
                                               "%u events here — click to zoom in",
                                               hit.n_events),
                                  hit.n_events);
          gtk_tooltip_set_text (tooltip, text);
          set_tip_area (tooltip, &hit.area);
          return TRUE;
        }
      else if (hit.kind == DATELINE_HIT_TRAY_MORE)
        {
          gtk_tooltip_set_text (tooltip, _("Show every event without a date"));
          set_tip_area (tooltip, &hit.area);
          return TRUE;
        }
      else if (hit.kind == DATELINE_HIT_TODAY)
        {
          gtk_tooltip_set_text (tooltip, _("Today"));
          set_tip_area (tooltip, &hit.area);
          return TRUE;
        }

      event_index = hit.kind == DATELINE_HIT_EVENT ? hit.event_index : G_MAXUINT;
    }

  event = dup_event_at (self, event_index);
  if (event == NULL)
    return FALSE;

  if (!keyboard_mode && hit.kind == DATELINE_HIT_EVENT)
    set_tip_area (tooltip, &hit.area);
  else if (dateline_renderer_get_event_area (self->renderer, event_index, &area))
    set_tip_area (tooltip, &area);

  date = dateline_when_dup_display (dateline_event_get_when (event));
  event_sources = dateline_event_get_sources (event);
  n_sources = event_sources ? event_sources->len : 0;
  sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", n_sources), n_sources);
  escaped_title = g_markup_escape_text (dateline_event_get_title (event), -1);
  escaped_date = g_markup_escape_text (date ? date : _("Undated"), -1);
  markup = g_strdup_printf ("%s\n<b>%s</b>\n<small>%s</small>", escaped_date, escaped_title, sources);

  gtk_tooltip_set_markup (tooltip, markup);

  return TRUE;
}

static void
dateline_timeline_view_dispose (GObject *object)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (object);

  dateline_timeline_view_set_project (self, NULL);
  g_clear_object (&self->layout);
  g_clear_object (&self->selected_event);
  g_clear_pointer (&self->tray_popover, gtk_widget_unparent);

  G_OBJECT_CLASS (dateline_timeline_view_parent_class)->dispose (object);
}

static void
dateline_timeline_view_finalize (GObject *object)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (object);

  g_clear_object (&self->viewport);
  g_clear_object (&self->renderer);
  g_clear_pointer (&self->collapsed_groups, g_hash_table_unref);

  G_OBJECT_CLASS (dateline_timeline_view_parent_class)->finalize (object);
}

static void
dateline_timeline_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_LANE_MODE:
      g_value_set_uint (value, self->lane_mode);
      break;

    case PROP_SELECTED_EVENT:
      g_value_set_object (value, self->selected_event);
      break;

    case PROP_LAYOUT:
      g_value_set_object (value, self->layout);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_timeline_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      dateline_timeline_view_set_project (self, g_value_get_object (value));
      break;

    case PROP_LANE_MODE:
      dateline_timeline_view_set_lane_mode (self, g_value_get_uint (value));
      break;

    case PROP_SELECTED_EVENT:
      dateline_timeline_view_set_selected_event (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_timeline_view_class_init (DatelineTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dateline_timeline_view_dispose;
  object_class->finalize = dateline_timeline_view_finalize;
  object_class->get_property = dateline_timeline_view_get_property;
  object_class->set_property = dateline_timeline_view_set_property;

  widget_class->measure = dateline_timeline_view_measure;
  widget_class->size_allocate = dateline_timeline_view_size_allocate;
  widget_class->snapshot = dateline_timeline_view_snapshot;
  widget_class->query_tooltip = dateline_timeline_view_query_tooltip;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         DATELINE_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A DatelineLaneMode (the core registers no enum type). */
  properties[PROP_LANE_MODE] =
    g_param_spec_uint ("lane-mode", NULL, NULL,
                       DATELINE_LANES_SINGLE, DATELINE_LANES_ARTICLE, DATELINE_LANES_SINGLE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL,
                         DATELINE_TYPE_EVENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LAYOUT] =
    g_param_spec_object ("layout", NULL, NULL,
                         DATELINE_TYPE_LAYOUT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DatelineTimelineView::event-activated:
   * @event: the event
   *
   * A double click or Enter on an event: the user wants to read it.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DATELINE_TYPE_EVENT);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL,
                                   dateline_timeline_view_zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL,
                                   dateline_timeline_view_zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL,
                                   dateline_timeline_view_zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-adjacent", "i",
                                   dateline_timeline_view_select_adjacent_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-end", "i",
                                   dateline_timeline_view_select_end_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan", "i",
                                   dateline_timeline_view_pan_action);
  gtk_widget_class_install_action (widget_class, "timeline.unselect", NULL,
                                   dateline_timeline_view_unselect_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate", NULL,
                                   dateline_timeline_view_activate_action);

  /* Keep in sync with gtk/help-overlay.ui */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.select-adjacent", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "timeline.select-adjacent", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.select-adjacent", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "timeline.select-adjacent", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.select-end", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.select-end", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "timeline.pan", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "timeline.pan", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "timeline.unselect", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "timeline.activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dateline_timeline_view_init (DatelineTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
  AdwStyleManager *style_manager;

  self->viewport = dateline_viewport_new ();
  self->renderer = dateline_renderer_new ();
  self->selected_index = G_MAXUINT;
  self->hover_index = G_MAXUINT;
  self->follows_document = TRUE;
  self->lane_mode = DATELINE_LANES_SINGLE;
  self->collapsed_groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect_object (self->viewport, "changed",
                           G_CALLBACK (dateline_timeline_view_viewport_changed_cb),
                           self, G_CONNECT_SWAPPED);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "pressed",
                           G_CALLBACK (dateline_timeline_view_click_pressed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "drag-begin",
                           G_CALLBACK (dateline_timeline_view_drag_begin_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-update",
                           G_CALLBACK (dateline_timeline_view_drag_update_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-end",
                           G_CALLBACK (dateline_timeline_view_drag_end_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_object (gesture, "begin",
                           G_CALLBACK (dateline_timeline_view_zoom_begin_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "scale-changed",
                           G_CALLBACK (dateline_timeline_view_zoom_scale_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_object (controller, "scroll",
                           G_CALLBACK (dateline_timeline_view_scroll_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion",
                           G_CALLBACK (dateline_timeline_view_motion_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave",
                           G_CALLBACK (dateline_timeline_view_leave_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  style_manager = adw_style_manager_get_default ();
  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (dateline_timeline_view_dark_changed_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  -1);
  update_accessible_description (self);
}

/* Public API */

GtkWidget *
dateline_timeline_view_new (void)
{
  return g_object_new (DATELINE_TYPE_TIMELINE_VIEW, NULL);
}

GListModel *
dateline_timeline_view_get_events (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  return self->events;
}

DatelineProject *
dateline_timeline_view_get_project (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  return self->project;
}

void
dateline_timeline_view_set_project (DatelineTimelineView *self,
                                    DatelineProject      *project)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (project == NULL || DATELINE_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->events != NULL)
    g_signal_handlers_disconnect_by_func (self->events,
                                          dateline_timeline_view_events_changed_cb,
                                          self);

  g_set_object (&self->project, project);
  self->events = project ? dateline_project_get_events (project) : NULL;

  if (self->events != NULL)
    g_signal_connect_object (self->events, "items-changed",
                             G_CALLBACK (dateline_timeline_view_events_changed_cb),
                             self, G_CONNECT_SWAPPED);

  set_selection (self, G_MAXUINT);
  self->follows_document = TRUE;
  self->scroll_y = 0;
  rebuild_layout (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

void
dateline_timeline_view_replace_project (DatelineTimelineView *self,
                                        DatelineProject      *project)
{
  g_autofree char *selected_id = NULL;
  gboolean follows_document;
  double begin = 0, end = 0, scroll_y;
  guint n_items;

  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (project == NULL || DATELINE_IS_PROJECT (project));

  if (self->selected_event != NULL)
    selected_id = g_strdup (dateline_event_get_id (self->selected_event));
  follows_document = self->follows_document;
  scroll_y = self->scroll_y;
  dateline_viewport_get_visible_range (self->viewport, &begin, &end);

  dateline_timeline_view_set_project (self, project);

  self->scroll_y = scroll_y;
  if (!follows_document && end > begin)
    {
      self->follows_document = FALSE;
      dateline_viewport_set_visible_range (self->viewport, begin, end);
    }

  if (selected_id == NULL || self->events == NULL)
    return;

  n_items = g_list_model_get_n_items (self->events);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (self->events, i);

      if (g_strcmp0 (dateline_event_get_id (event), selected_id) == 0)
        {
          set_selection (self, i);
          break;
        }
    }
}

DatelineLaneMode
dateline_timeline_view_get_lane_mode (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), DATELINE_LANES_SINGLE);

  return self->lane_mode;
}

void
dateline_timeline_view_set_lane_mode (DatelineTimelineView *self,
                                      DatelineLaneMode      mode)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (mode <= DATELINE_LANES_ARTICLE);

  if (self->lane_mode == mode)
    return;

  self->lane_mode = mode;
  self->scroll_y = 0;
  rebuild_layout (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE_MODE]);
}

DatelineLayout *
dateline_timeline_view_create_layout (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  return create_layout (self);
}

DatelineEvent *
dateline_timeline_view_get_selected_event (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  return self->selected_event;
}

void
dateline_timeline_view_set_selected_event (DatelineTimelineView *self,
                                           DatelineEvent        *event)
{
  guint n_items;

  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (event == NULL || DATELINE_IS_EVENT (event));

  if (event == NULL || self->events == NULL)
    {
      set_selection (self, G_MAXUINT);
      return;
    }

  n_items = g_list_model_get_n_items (self->events);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DatelineEvent) at = g_list_model_get_item (self->events, i);

      if (at == event)
        {
          dateline_timeline_view_select_index (self, i);
          return;
        }
    }

  set_selection (self, G_MAXUINT);
}

guint
dateline_timeline_view_get_selected_index (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), G_MAXUINT);

  return self->selected_index;
}

void
dateline_timeline_view_select_index (DatelineTimelineView *self,
                                     guint                 event_index)
{
  const DatelineLayoutItem *item;

  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  set_selection (self, event_index);

  item = get_layout_item_for_event (self, self->selected_index, NULL);
  if (item != NULL)
    reveal_layout_item (self, item);
}

DatelineLayout *
dateline_timeline_view_get_layout (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  return self->layout;
}

DatelineViewport *
dateline_timeline_view_get_viewport (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  return self->viewport;
}

DatelineRenderer *
dateline_timeline_view_get_renderer (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  return self->renderer;
}

void
dateline_timeline_view_zoom_in (DatelineTimelineView *self)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  zoom_at (self, get_zoom_anchor_x (self), ZOOM_STEP);
}

void
dateline_timeline_view_zoom_out (DatelineTimelineView *self)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  zoom_at (self, get_zoom_anchor_x (self), 1.0 / ZOOM_STEP);
}

void
dateline_timeline_view_zoom_fit (DatelineTimelineView *self)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  self->follows_document = TRUE;
  dateline_viewport_fit (self->viewport);
}

void
dateline_timeline_view_select_adjacent (DatelineTimelineView *self,
                                        int                   direction)
{
  const DatelineLayoutItem *items;
  guint n_items = 0;
  guint current;
  guint target;

  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  if (self->layout == NULL || direction == 0)
    return;

  items = dateline_layout_get_items (self->layout, &n_items);
  if (n_items == 0)
    return;

  if (get_layout_item_for_event (self, self->selected_index, &current) != NULL)
    {
      /* Items are sorted by start: the neighbour in the array is the
       * neighbour in time. */
      if (direction > 0)
        target = current + 1 < n_items ? current + 1 : current;
      else
        target = current > 0 ? current - 1 : current;
    }
  else
    {
      double begin, end;

      /* Nothing selected (or an undated event): start from the edge of what
       * is on screen, the way a list starts from its first visible row. */
      dateline_viewport_get_visible_range (self->viewport, &begin, &end);

      if (direction > 0)
        {
          target = dateline_layout_find_first (self->layout, begin);
          if (target >= n_items)
            target = 0;
        }
      else
        {
          target = n_items - 1;
          while (target > 0 && items[target].start >= end)
            target--;
        }
    }

  set_selection (self, items[target].event_index);
  reveal_layout_item (self, &items[target]);
}
