/* dateline-timeline-view.c — the zoomable timeline, drawn by the core renderer
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A map of the file:
 *   - the shown layout: a base layout per lane mode, narrowed by the
 *     filter's mask (worked out in slices for big projects);
 *   - lane group state (order, collapsed, hidden) kept by group id;
 *   - selection: a primary event and a sorted set (Ctrl-click);
 *   - navigation history (Back/Forward);
 *   - popovers: the undated list, an aggregate's events, context menus;
 *   - input: click, drag (pan, Shift: zoom to a range, on a header:
 *     reorder), pinch, wheel, keys.
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dateline-date.h"
#include "dateline-event-subset.h"
#include "dateline-timeline-view.h"

/* One wheel notch or one key press zooms by this factor. */
#define ZOOM_STEP 1.25
/* Pixels panned per wheel notch and per arrow key press. */
#define PAN_STEP 64.0
/* Pixels the lanes scroll per Up/Down press. */
#define LANE_STEP 32.0
/* Zooming and panning closer together than this is one move for Back. */
#define HISTORY_COALESCE_USEC (800 * G_TIME_SPAN_MILLISECOND)
#define HISTORY_MAX 100
/* A filter over more events than fit in one go is applied in slices of
 * about this long, so the window keeps drawing meanwhile. */
#define FILTER_SLICE_USEC (6 * G_TIME_SPAN_MILLISECOND)
/* A Shift-drag narrower than this is a click, not a range. */
#define MIN_RANGE_PIXELS 3.0
/* Share of the events the opening view shows. */
#define FOCUS_SHARE 0.8

typedef struct
{
  double begin;
  double end;
} ViewRange;

typedef enum {
  DRAG_NONE,
  DRAG_PENDING,   /* pressed, not moved past the threshold yet */
  DRAG_PAN,
  DRAG_RANGE,     /* Shift-drag: a time range to zoom to */
  DRAG_REORDER,   /* a lane group's header */
} DragMode;

struct _DatelineTimelineView
{
  GtkWidget            parent_instance;

  /* owned */
  DatelineViewport    *viewport;
  DatelineRenderer    *renderer;
  DatelineLayout      *base_layout;     /* every event, in the lane mode */
  DatelineLayout      *layout;          /* what is drawn: base_layout filtered */
  DatelineProject     *project;
  DatelineEvent       *selected_event;  /* the primary selection */
  GArray              *selection;       /* guint event indices, ascending */
  DatelineEventFilter *filter;
  guint8              *mask;            /* per event, when the filter is active */
  guint                n_mask;
  GHashTable          *collapsed_groups;    /* group ids */
  GHashTable          *hidden_groups;       /* group ids */
  GPtrArray           *group_order[DATELINE_LANES_ARTICLE + 1];  /* ids, display order */
  GArray              *back_history;    /* ViewRange */
  GArray              *forward_history; /* ViewRange */
  GtkWidget           *tray_popover;
  GtkListBox          *tray_list;
  GtkWidget           *cluster_popover;
  GtkLabel            *cluster_title;
  GtkListView         *cluster_list;
  GtkSingleSelection  *cluster_selection;
  GtkWidget           *context_menu;
  double               cluster_begin;
  double               cluster_end;

  /* borrowed from the project */
  GListModel          *events;

  /* the filter being applied in slices */
  guint8              *pending_mask;
  guint                pending_position;
  guint                pending_n_shown;
  guint                filter_source_id;

  /* interaction state */
  guint                selected_index;
  guint                hover_index;
  guint                n_shown;
  double               pointer_x;
  double               pointer_y;
  double               zoom_last_scale;
  double               scroll_y;           /* lane groups scrolled up by, px */
  gint64               last_continuous_usec;
  DatelineLaneMode     lane_mode;

  DragMode             drag_mode;
  double               drag_start_x;
  double               drag_start_y;
  double               drag_last_offset_x;
  double               drag_last_offset_y;
  double               drag_x;             /* now, widget coordinates */
  double               drag_y;
  guint                drag_group;         /* DRAG_REORDER */
  guint                drag_target;        /* DRAG_REORDER: display position */
  double               drag_target_y;

  /* The visible range follows the document range (as after "fit") until the
   * user zooms or pans; articles arriving while loading then keep the whole
   * timeline in view instead of freezing the first article's extent. */
  guint                follows_document : 1;
  guint                pointer_inside : 1;
  guint                press_dragged : 1;
};

G_DEFINE_FINAL_TYPE (DatelineTimelineView, dateline_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SELECTED_EVENT,
  PROP_LAYOUT,
  PROP_LANE_MODE,
  PROP_N_SELECTED,
  PROP_N_SHOWN,
  PROP_FILTERING,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  PROP_N_HIDDEN_GROUPS,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void apply_filter (DatelineTimelineView *self);

/* ------------------------------------------------------------------------ */
/* Helpers: events and the layout                                             */
/* ------------------------------------------------------------------------ */

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

static guint
get_n_events (DatelineTimelineView *self)
{
  return self->events != NULL ? g_list_model_get_n_items (self->events) : 0;
}

/* An event's group is on screen in some form (not hidden). */
static gboolean
event_is_reachable (DatelineTimelineView *self,
                    guint                 event_index)
{
  const guint32 *items;
  const DatelineLayoutItem *all;
  guint n = 0, n_all = 0;

  items = dateline_layout_lookup_event_items (self->layout, event_index, &n);
  all = dateline_layout_get_items (self->layout, &n_all);
  for (guint k = 0; k < n; k++)
    if (!dateline_layout_get_group_hidden (self->layout, all[items[k]].group))
      return TRUE;

  return FALSE;
}

/* The item that stands for an event in time order: its first one. */
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

/* Is @item the first item of its event (the one time order counts), and is
 * that event in a group that is not hidden? */
static gboolean
is_navigable_item (DatelineTimelineView *self,
                   guint                 item)
{
  const DatelineLayoutItem *items;
  guint n_items;

  items = dateline_layout_get_items (self->layout, &n_items);

  return dateline_layout_lookup_event (self->layout, items[item].event_index) == item &&
         event_is_reachable (self, items[item].event_index);
}

/* ------------------------------------------------------------------------ */
/* Helpers: accessibility                                                     */
/* ------------------------------------------------------------------------ */

static void
update_accessible_description (DatelineTimelineView *self)
{
  g_autofree char *description = NULL;

  if (self->selected_event != NULL)
    {
      g_autofree char *date = NULL;
      g_autofree char *sources_text = NULL;
      const DatelineSourceList *sources = dateline_event_get_sources (self->selected_event);
      guint n_sources = sources != NULL ? sources->len : 0;

      date = dateline_when_dup_display (dateline_event_get_when (self->selected_event));
      sources_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", n_sources),
                                      n_sources);
      /* Translators: "Talks in Geneva, Wednesday 13 March 2024, 2 sources" */
      description = g_strdup_printf (_("%s, %s, %s"),
                                     dateline_event_get_title (self->selected_event),
                                     date, sources_text);

      if (self->selection->len > 1)
        {
          g_autofree char *more = NULL;

          /* Translators: appended to the selected event's description */
          more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%s; %u event selected",
                                               "%s; %u events selected",
                                               self->selection->len),
                                  description, self->selection->len);
          g_free (description);
          description = g_steal_pointer (&more);
        }
    }
  else
    {
      description = g_strdup (_("No event selected. Use Tab or Left and Right to move between events."));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* ------------------------------------------------------------------------ */
/* Helpers: selection                                                         */
/* ------------------------------------------------------------------------ */

static guint
selection_find (DatelineTimelineView *self,
                guint                 event_index,
                gboolean             *found)
{
  guint lo = 0, hi = self->selection->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint at = g_array_index (self->selection, guint, mid);

      if (at == event_index)
        {
          *found = TRUE;
          return mid;
        }
      if (at < event_index)
        lo = mid + 1;
      else
        hi = mid;
    }

  *found = FALSE;
  return lo;
}

static void
selection_add (DatelineTimelineView *self,
               guint                 event_index)
{
  gboolean found;
  guint position = selection_find (self, event_index, &found);

  if (!found)
    g_array_insert_val (self->selection, position, event_index);
}

/* The primary is @event_index (G_MAXUINT: none). Notifies what changed. */
static void
set_primary (DatelineTimelineView *self,
             guint                 event_index,
             guint                 old_n_selected)
{
  g_autoptr(DatelineEvent) event = dup_event_at (self, event_index);
  gboolean primary_changed;

  if (event == NULL)
    event_index = G_MAXUINT;

  primary_changed = self->selected_index != event_index || self->selected_event != event;
  self->selected_index = event_index;
  g_set_object (&self->selected_event, event);

  if (!primary_changed && old_n_selected == self->selection->len)
    return;

  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (primary_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
  if (old_n_selected != self->selection->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
}

/* Selects @event_index alone (G_MAXUINT: nothing). */
static void
set_selection (DatelineTimelineView *self,
               guint                 event_index)
{
  guint old_n_selected = self->selection->len;

  if (event_index >= get_n_events (self))
    event_index = G_MAXUINT;

  g_array_set_size (self->selection, 0);
  if (event_index != G_MAXUINT)
    g_array_append_val (self->selection, event_index);

  set_primary (self, event_index, old_n_selected);
}

static void
toggle_selection (DatelineTimelineView *self,
                  guint                 event_index)
{
  guint old_n_selected = self->selection->len;
  gboolean found;
  guint position;

  if (event_index >= get_n_events (self))
    return;

  position = selection_find (self, event_index, &found);
  if (!found)
    {
      g_array_insert_val (self->selection, position, event_index);
      set_primary (self, event_index, old_n_selected);
      return;
    }

  g_array_remove_index (self->selection, position);
  if (event_index != self->selected_index)
    {
      set_primary (self, self->selected_index, old_n_selected);
      return;
    }

  /* The primary was taken out: the nearest one left in index order takes
   * over, so the side panel still shows something selected. */
  if (self->selection->len == 0)
    set_primary (self, G_MAXUINT, old_n_selected);
  else
    set_primary (self,
                 g_array_index (self->selection, guint, MIN (position, self->selection->len - 1)),
                 old_n_selected);
}

/* ------------------------------------------------------------------------ */
/* Helpers: navigation and history                                            */
/* ------------------------------------------------------------------------ */

static void
notify_history (DatelineTimelineView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.back", self->back_history->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.forward", self->forward_history->len > 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
}

static void
clear_history (DatelineTimelineView *self)
{
  gboolean had = self->back_history->len > 0 || self->forward_history->len > 0;

  g_array_set_size (self->back_history, 0);
  g_array_set_size (self->forward_history, 0);
  self->last_continuous_usec = 0;

  if (had)
    notify_history (self);
}

static void
push_range (GArray          *stack,
            const ViewRange *range)
{
  if (stack->len > 0)
    {
      const ViewRange *top = &g_array_index (stack, ViewRange, stack->len - 1);

      if (top->begin == range->begin && top->end == range->end)
        return;
    }

  if (stack->len >= HISTORY_MAX)
    g_array_remove_index (stack, 0);
  g_array_append_val (stack, *range);
}

static void
push_history (DatelineTimelineView *self)
{
  ViewRange range;

  if (self->layout == NULL)
    return;

  dateline_viewport_get_visible_range (self->viewport, &range.begin, &range.end);
  if (!(range.end > range.begin))
    return;

  push_range (self->back_history, &range);
  g_array_set_size (self->forward_history, 0);
  notify_history (self);
}

/* Called before the view moves. A jump (@continuous FALSE) always leaves
 * the view it came from in the history; a burst of wheel, drag or key
 * moves only once, at its start. */
static void
begin_navigation (DatelineTimelineView *self,
                  gboolean              continuous)
{
  gint64 now = g_get_monotonic_time ();

  if (!continuous || now - self->last_continuous_usec > HISTORY_COALESCE_USEC)
    push_history (self);

  self->last_continuous_usec = continuous ? now : 0;
  self->follows_document = FALSE;
}

static gboolean
go_in_history (DatelineTimelineView *self,
               GArray               *from,
               GArray               *to)
{
  ViewRange range, current;

  if (from->len == 0)
    return FALSE;

  range = g_array_index (from, ViewRange, from->len - 1);
  g_array_remove_index (from, from->len - 1);

  dateline_viewport_get_visible_range (self->viewport, &current.begin, &current.end);
  push_range (to, &current);

  self->follows_document = FALSE;
  self->last_continuous_usec = 0;
  dateline_viewport_set_visible_range (self->viewport, range.begin, range.end);
  notify_history (self);

  return TRUE;
}

static void
reveal_layout_item (DatelineTimelineView     *self,
                    const DatelineLayoutItem *item)
{
  double begin, end;

  dateline_viewport_get_visible_range (self->viewport, &begin, &end);
  if (item->start >= begin && item->end <= end)
    return;

  begin_navigation (self, TRUE);

  /* Off screen: bring it to the middle at the same zoom, where its
   * neighbours are in view too, rather than to the very edge. A span
   * longer than the view is shown whole instead. */
  if (item->end - item->start <= 0.8 * (end - begin))
    {
      double middle = (item->start + item->end) / 2.0;

      dateline_viewport_set_visible_range (self->viewport,
                                           middle - (end - begin) / 2.0,
                                           middle + (end - begin) / 2.0);
    }
  else
    {
      dateline_viewport_ensure_visible (self->viewport, item->start, item->end);
    }
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
  if (self->layout == NULL || factor <= 0 || !isfinite (factor) || factor == 1.0)
    return;

  begin_navigation (self, TRUE);
  dateline_viewport_zoom_at (self->viewport, x, factor);
}

static void
pan_by (DatelineTimelineView *self,
        double                dx)
{
  if (self->layout == NULL || dx == 0)
    return;

  begin_navigation (self, TRUE);
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

/* [begin, end) with a margin on both sides, so the events are not on the
 * edges. */
static void
zoom_to_events (DatelineTimelineView *self,
                double                begin,
                double                end)
{
  double center = (begin + end) / 2.0;
  double span = MAX ((end - begin) * 1.4, 4 * DATELINE_VIEWPORT_MIN_SPAN);

  begin_navigation (self, FALSE);
  dateline_viewport_set_visible_range (self->viewport, center - span / 2.0, center + span / 2.0);
}

static void
set_hover_index (DatelineTimelineView *self,
                 guint                 hover_index)
{
  if (self->hover_index == hover_index)
    return;

  self->hover_index = hover_index;

  if (self->drag_mode == DRAG_NONE || self->drag_mode == DRAG_PENDING)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                     hover_index != G_MAXUINT ? "pointer" : NULL);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */
/* Helpers: lane groups                                                       */
/* ------------------------------------------------------------------------ */

/* The user's order, collapsed and hidden groups, by id, onto a new layout:
 * they survive new articles, filters and lane changes. */
static void
apply_group_state (DatelineTimelineView *self,
                   DatelineLayout       *layout,
                   gboolean              filtered)
{
  DatelineLaneMode mode = dateline_layout_get_lane_mode (layout);
  GPtrArray *saved = self->group_order[MIN (mode, DATELINE_LANES_ARTICLE)];
  guint n_groups = dateline_layout_get_n_groups (layout);

  for (guint group = 0; group < n_groups; group++)
    {
      const char *id = dateline_layout_get_group_id (layout, group);
      gboolean hidden;

      if (id == NULL)
        continue;

      /* A lane the filter emptied says nothing but its name: out of the
       * way, until the filter lets its events back. */
      hidden = g_hash_table_contains (self->hidden_groups, id) ||
               (filtered && n_groups > 1 && dateline_layout_get_group_n_items (layout, group) == 0);
      dateline_layout_set_group_collapsed (layout, group, g_hash_table_contains (self->collapsed_groups, id));
      dateline_layout_set_group_hidden (layout, group, hidden);
    }

  if (saved != NULL && saved->len > 0 && n_groups > 1)
    {
      g_autofree guint *order = g_new (guint, n_groups);
      g_autofree guint8 *placed = g_new0 (guint8, n_groups);
      guint n = 0;

      /* The groups the user ordered first, in their order; groups new
       * since then after them, in their natural order. */
      for (guint i = 0; i < saved->len; i++)
        {
          guint group = dateline_layout_lookup_group (layout, g_ptr_array_index (saved, i));

          if (group < n_groups && !placed[group])
            {
              order[n++] = group;
              placed[group] = TRUE;
            }
        }
      for (guint group = 0; group < n_groups; group++)
        if (!placed[group])
          order[n++] = group;

      g_assert (n == n_groups);
      dateline_layout_set_group_order (layout, order, n_groups);
    }
}

static void
save_group_order (DatelineTimelineView *self)
{
  DatelineLaneMode mode = dateline_layout_get_lane_mode (self->layout);
  guint n_groups = dateline_layout_get_n_groups (self->layout);
  GPtrArray *ids = g_ptr_array_new_full (n_groups, g_free);
  GPtrArray *previous = self->group_order[MIN (mode, DATELINE_LANES_ARTICLE)];

  for (guint position = 0; position < n_groups; position++)
    {
      guint group = dateline_layout_get_group_at_position (self->layout, position);
      const char *id = dateline_layout_get_group_id (self->layout, group);

      if (id != NULL)
        g_ptr_array_add (ids, g_strdup (id));
    }

  /* Groups the filter (or the current articles) do not have keep their
   * place at the end, for when they come back. */
  for (guint i = 0; previous != NULL && i < previous->len; i++)
    {
      const char *id = g_ptr_array_index (previous, i);

      if (dateline_layout_lookup_group (self->layout, id) == G_MAXUINT)
        g_ptr_array_add (ids, g_strdup (id));
    }

  g_clear_pointer (&self->group_order[MIN (mode, DATELINE_LANES_ARTICLE)], g_ptr_array_unref);
  self->group_order[MIN (mode, DATELINE_LANES_ARTICLE)] = ids;
}

/* Lanes the user hid (not those a filter emptied). */
static guint
count_hidden_groups (DatelineTimelineView *self)
{
  guint n_groups, n = 0;

  if (self->layout == NULL || g_hash_table_size (self->hidden_groups) == 0)
    return 0;

  n_groups = dateline_layout_get_n_groups (self->layout);
  for (guint group = 0; group < n_groups; group++)
    {
      const char *id = dateline_layout_get_group_id (self->layout, group);

      if (id != NULL && g_hash_table_contains (self->hidden_groups, id))
        n++;
    }

  return n;
}

/* Both layouts: the base one is what the next filter starts from. */
static void
set_group_flag (DatelineTimelineView *self,
                guint                 group,
                gboolean              hidden_flag,
                gboolean              value)
{
  GHashTable *table = hidden_flag ? self->hidden_groups : self->collapsed_groups;
  const char *id;

  if (self->layout == NULL || group >= dateline_layout_get_n_groups (self->layout))
    return;

  id = dateline_layout_get_group_id (self->layout, group);
  if (value)
    g_hash_table_add (table, g_strdup (id));
  else
    g_hash_table_remove (table, id);

  if (hidden_flag)
    {
      dateline_layout_set_group_hidden (self->layout, group, value);
      if (self->base_layout != self->layout)
        dateline_layout_set_group_hidden (self->base_layout, group, value);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_HIDDEN_GROUPS]);
    }
  else
    {
      dateline_layout_set_group_collapsed (self->layout, group, value);
      if (self->base_layout != self->layout)
        dateline_layout_set_group_collapsed (self->base_layout, group, value);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */
/* Helpers: building the layout, filtering it                                 */
/* ------------------------------------------------------------------------ */

static DatelineLayout *
create_base_layout (DatelineTimelineView *self)
{
  DatelineLayout *layout;

  if (self->project == NULL || get_n_events (self) == 0)
    return NULL;

  layout = dateline_layout_new_with_lanes (self->events, self->lane_mode,
                                           dateline_project_get_actors (self->project),
                                           dateline_project_get_articles (self->project));
  apply_group_state (self, layout, FALSE);

  return layout;
}

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
set_n_shown (DatelineTimelineView *self,
             guint                 n_shown)
{
  if (self->n_shown == n_shown)
    return;

  self->n_shown = n_shown;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
}

/* Draws @layout (the base one, or a filtered copy) from now on. */
static void
show_layout (DatelineTimelineView *self,
             DatelineLayout       *layout)
{
  double begin, end;
  gboolean has_extent = FALSE;

  if (layout != NULL && layout == self->layout)
    return;

  if (layout != NULL)
    g_object_ref (layout);
  g_clear_object (&self->layout);
  self->layout = layout;

  if (self->layout != NULL)
    {
      has_extent = dateline_layout_get_extent (self->layout, &begin, &end);
      /* Nothing dated passes the filter: keep the axis of everything, so
       * the user still sees where they are. */
      if (!has_extent && self->base_layout != NULL)
        has_extent = dateline_layout_get_extent (self->base_layout, &begin, &end);
    }

  if (has_extent)
    {
      dateline_viewport_set_document_range (self->viewport, begin, end);
      if (self->follows_document && get_focus_range (self->layout, &begin, &end))
        {
          double center = (begin + end) / 2.0;
          double span = MAX ((end - begin) * 1.4, 4 * DATELINE_VIEWPORT_MIN_SPAN);

          /* A new document (or a new filter) opens on its story. */
          dateline_viewport_set_visible_range (self->viewport, center - span / 2.0, center + span / 2.0);
        }
    }

  self->hover_index = G_MAXUINT;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_HIDDEN_GROUPS]);
}

/* The base layout narrowed by the mask (which must be complete). */
static void
show_filtered (DatelineTimelineView *self)
{
  g_autoptr(DatelineLayout) filtered = NULL;

  if (self->base_layout == NULL || self->mask == NULL)
    {
      show_layout (self, self->base_layout);
      set_n_shown (self, get_n_events (self));
      return;
    }

  filtered = dateline_layout_new_filtered (self->base_layout, self->mask, self->n_mask);
  apply_group_state (self, filtered, TRUE);
  show_layout (self, filtered);
}

static void
set_filtering (DatelineTimelineView *self,
               guint                 source_id)
{
  gboolean was = self->filter_source_id != 0;

  self->filter_source_id = source_id;
  if (was != (source_id != 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTERING]);
}

static void
cancel_filter_run (DatelineTimelineView *self)
{
  if (self->filter_source_id != 0)
    {
      g_source_remove (self->filter_source_id);
      set_filtering (self, 0);
    }
  g_clear_pointer (&self->pending_mask, g_free);
}

/* Tests events against the filter until the slice's time is up. TRUE when
 * all are done. */
static gboolean
run_filter_slice (DatelineTimelineView *self,
                  gint64                deadline)
{
  guint n_events = get_n_events (self);

  while (self->pending_position < n_events)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (self->events, self->pending_position);
      gboolean match = dateline_event_filter_match (self->filter, event);

      self->pending_mask[self->pending_position++] = match;
      self->pending_n_shown += match;

      if ((self->pending_position & 255) == 0 && g_get_monotonic_time () > deadline)
        return FALSE;
    }

  return TRUE;
}

static void
finish_filter_run (DatelineTimelineView *self)
{
  g_free (self->mask);
  self->mask = g_steal_pointer (&self->pending_mask);
  self->n_mask = get_n_events (self);
  show_filtered (self);
  set_n_shown (self, self->pending_n_shown);
}

static gboolean
dateline_timeline_view_filter_slice_cb (gpointer user_data)
{
  DatelineTimelineView *self = user_data;

  if (!run_filter_slice (self, g_get_monotonic_time () + FILTER_SLICE_USEC))
    return G_SOURCE_CONTINUE;

  set_filtering (self, 0);
  finish_filter_run (self);

  return G_SOURCE_REMOVE;
}

/* Works out which events pass the filter, then shows them. A project of a
 * few ten thousand events is done at once; a bigger one in slices, so that
 * typing in the search entry never freezes the window. */
static void
apply_filter (DatelineTimelineView *self)
{
  guint n_events = get_n_events (self);
  guint source_id;

  cancel_filter_run (self);

  if (self->filter == NULL || !dateline_event_filter_is_active (self->filter) || n_events == 0)
    {
      g_clear_pointer (&self->mask, g_free);
      self->n_mask = 0;
      show_filtered (self);
      return;
    }

  self->pending_mask = g_new0 (guint8, n_events);
  self->pending_position = 0;
  self->pending_n_shown = 0;

  if (run_filter_slice (self, g_get_monotonic_time () + FILTER_SLICE_USEC))
    {
      finish_filter_run (self);
      return;
    }

  /* Below the redraw priority: the window draws between slices. */
  source_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE,
                               dateline_timeline_view_filter_slice_cb,
                               self, NULL);
  g_source_set_name_by_id (source_id, "[dateline] filter events");
  set_filtering (self, source_id);
}

/* The project or the lane mode changed: a new base layout. */
static void
rebuild_layout (DatelineTimelineView *self,
                gboolean              events_changed)
{
  g_clear_object (&self->base_layout);
  self->base_layout = create_base_layout (self);

  if (self->base_layout == NULL)
    {
      cancel_filter_run (self);
      g_clear_pointer (&self->mask, g_free);
      self->n_mask = 0;
      show_layout (self, NULL);
      set_n_shown (self, 0);
      return;
    }

  /* The mask does not depend on the lanes: a new lane mode reuses it. */
  if (events_changed || (self->mask != NULL && self->n_mask != get_n_events (self)))
    apply_filter (self);
  else if (self->filter_source_id == 0)
    show_filtered (self);
}

/* ------------------------------------------------------------------------ */
/* Popovers                                                                   */
/* ------------------------------------------------------------------------ */

static void
set_pointing_to (GtkPopover              *popover,
                 const cairo_rectangle_t *area)
{
  GdkRectangle pointing_to = {
    (int) area->x, (int) area->y, MAX (1, (int) area->width), MAX (1, (int) area->height),
  };

  gtk_popover_set_pointing_to (popover, &pointing_to);
}

/* A tooltip left over from before a popover opened would sit on top of
 * it: none while one of ours is up. */
static void
dateline_timeline_view_popover_visible_cb (DatelineTimelineView *self,
                                           GParamSpec           *pspec,
                                           GtkWidget            *popover)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), !gtk_widget_get_visible (popover));
}

static void
watch_popover (DatelineTimelineView *self,
               GtkWidget            *popover)
{
  g_signal_connect_object (popover, "notify::visible",
                           G_CALLBACK (dateline_timeline_view_popover_visible_cb),
                           self, G_CONNECT_SWAPPED);
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

/* Every undated event that passes the filter, in a list: the tray at the
 * bottom shows only what fits, and an event without a date must still be
 * one click away. */
static void
show_undated_popover (DatelineTimelineView    *self,
                      const cairo_rectangle_t *area)
{
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
      watch_popover (self, self->tray_popover);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tray_list))) != NULL)
    gtk_list_box_remove (self->tray_list, child);

  n_events = get_n_events (self);
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(DatelineEvent) event = NULL;
      GtkWidget *row, *label;

      if (self->mask != NULL && (i >= self->n_mask || !self->mask[i]))
        continue;

      event = g_list_model_get_item (self->events, i);
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

  set_pointing_to (GTK_POPOVER (self->tray_popover), area);
  gtk_popover_popup (GTK_POPOVER (self->tray_popover));
}

static void
dateline_timeline_view_cluster_setup_cb (DatelineTimelineView     *self,
                                         GtkListItem              *list_item,
                                         GtkSignalListItemFactory *factory)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *date = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 44);
  gtk_label_set_width_chars (GTK_LABEL (title), 30);
  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_widget_add_css_class (date, "caption");
  gtk_widget_add_css_class (date, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), date);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (list_item, box);
}

static void
dateline_timeline_view_cluster_bind_cb (DatelineTimelineView     *self,
                                        GtkListItem              *list_item,
                                        GtkSignalListItemFactory *factory)
{
  DatelineEvent *event = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *date = gtk_widget_get_next_sibling (title);
  g_autofree char *when = dateline_when_dup_display (dateline_event_get_when (event));

  gtk_label_set_text (GTK_LABEL (title), dateline_event_get_title (event));
  gtk_label_set_text (GTK_LABEL (date), when);
}

static void
dateline_timeline_view_cluster_activate_cb (DatelineTimelineView *self,
                                            guint                 position,
                                            GtkListView          *list_view)
{
  GListModel *model = gtk_single_selection_get_model (self->cluster_selection);
  guint event_index = dateline_event_subset_get_index (DATELINE_EVENT_SUBSET (model), position);

  gtk_popover_popdown (GTK_POPOVER (self->cluster_popover));
  set_selection (self, event_index);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
dateline_timeline_view_cluster_zoom_cb (DatelineTimelineView *self,
                                        GtkButton            *button)
{
  gtk_popover_popdown (GTK_POPOVER (self->cluster_popover));
  if (self->cluster_end > self->cluster_begin)
    zoom_to_events (self, self->cluster_begin, self->cluster_end);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
ensure_cluster_popover (DatelineTimelineView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkWidget *box, *header, *button, *scroller;

  if (self->cluster_popover != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->cluster_title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->cluster_title, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->cluster_title), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->cluster_title), "heading");
  gtk_widget_set_margin_start (GTK_WIDGET (self->cluster_title), 6);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->cluster_title));

  button = gtk_button_new_with_mnemonic (_("_Zoom to These"));
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_object (button, "clicked",
                           G_CALLBACK (dateline_timeline_view_cluster_zoom_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (header), button);
  gtk_box_append (GTK_BOX (box), header);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup",
                           G_CALLBACK (dateline_timeline_view_cluster_setup_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind",
                           G_CALLBACK (dateline_timeline_view_cluster_bind_cb),
                           self, G_CONNECT_SWAPPED);

  self->cluster_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->cluster_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->cluster_selection, TRUE);
  self->cluster_list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->cluster_selection)),
                                                         g_steal_pointer (&factory)));
  gtk_list_view_set_single_click_activate (self->cluster_list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->cluster_list), "navigation-sidebar");
  g_signal_connect_object (self->cluster_list, "activate",
                           G_CALLBACK (dateline_timeline_view_cluster_activate_cb),
                           self, G_CONNECT_SWAPPED);

  /* A list view makes and binds rows only for what is on screen: a
   * density column can stand for a hundred thousand events. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->cluster_list));
  gtk_widget_set_size_request (scroller, 340, -1);
  gtk_box_append (GTK_BOX (box), scroller);

  self->cluster_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->cluster_popover), box);
  gtk_widget_set_parent (self->cluster_popover, GTK_WIDGET (self));
  watch_popover (self, self->cluster_popover);
}

/* A badge or density column: the events it stands for, to pick one or
 * zoom to them all. */
static void
show_cluster_popover (DatelineTimelineView *self,
                      const DatelineHit    *hit,
                      double                x,
                      double                y)
{
  g_autofree guint *indices = NULL;
  g_autoptr(DatelineEventSubset) subset = NULL;
  g_autofree char *title = NULL;
  guint n = 0;

  indices = dateline_renderer_dup_cluster_events (self->renderer, self->layout, x, y, &n);
  if (indices == NULL || n == 0)
    {
      if (hit->end > hit->begin)
        zoom_to_events (self, hit->begin, hit->end);
      return;
    }

  ensure_cluster_popover (self);
  subset = dateline_event_subset_new (self->events, indices, n);
  gtk_single_selection_set_model (self->cluster_selection, G_LIST_MODEL (subset));
  gtk_single_selection_set_selected (self->cluster_selection, GTK_INVALID_LIST_POSITION);
  self->cluster_begin = hit->begin;
  self->cluster_end = hit->end;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Event", "%u Events", n), n);
  gtk_label_set_text (self->cluster_title, title);

  set_pointing_to (GTK_POPOVER (self->cluster_popover), &hit->area);
  gtk_popover_popup (GTK_POPOVER (self->cluster_popover));
}

static void
dateline_timeline_view_context_menu_closed_cb (DatelineTimelineView *self,
                                               GtkPopover           *popover)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
append_group_item (GMenu      *section,
                   const char *label,
                   const char *action,
                   guint       group)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_uint32 (group));
  g_menu_append_item (section, item);
}

/* The menu of a lane group's header (@group != G_MAXUINT), or of the
 * timeline. */
static void
show_context_menu (DatelineTimelineView *self,
                   guint                 group,
                   double                x,
                   double                y)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) group_section = g_menu_new ();
  g_autoptr(GMenu) view_section = g_menu_new ();
  guint n_hidden = count_hidden_groups (self);
  GdkRectangle pointing_to = { (int) x, (int) y, 1, 1 };

  if (self->layout != NULL && group < dateline_layout_get_n_groups (self->layout) &&
      dateline_layout_get_lane_mode (self->layout) != DATELINE_LANES_SINGLE)
    {
      guint position = dateline_layout_get_group_position (self->layout, group);
      guint n_groups = dateline_layout_get_n_groups (self->layout);

      if (dateline_layout_get_group_collapsed (self->layout, group))
        append_group_item (group_section, _("_Expand Lane"), "timeline.group-expand", group);
      else
        append_group_item (group_section, _("_Collapse Lane"), "timeline.group-collapse", group);
      if (position > 0)
        append_group_item (group_section, _("Move _Up"), "timeline.group-move-up", group);
      if (position + 1 < n_groups)
        append_group_item (group_section, _("Move _Down"), "timeline.group-move-down", group);
      append_group_item (group_section, _("_Hide Lane"), "timeline.group-hide", group);

      g_menu_append_section (menu, NULL, G_MENU_MODEL (group_section));
    }

  if (self->selection->len > 0)
    g_menu_append (view_section, _("Zoom to _Selection"), "timeline.zoom-to-selection");
  g_menu_append (view_section, _("Show _Everything"), "timeline.zoom-fit");
  if (self->back_history->len > 0)
    g_menu_append (view_section, _("_Back to the Previous View"), "timeline.back");
  if (n_hidden > 0)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Show %u Hidden _Lane",
                                                             "Show %u Hidden _Lanes",
                                                             n_hidden),
                                                n_hidden);
      g_menu_append (view_section, label, "timeline.show-all-groups");
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view_section));

  if (self->context_menu == NULL)
    {
      self->context_menu = gtk_popover_menu_new_from_model (NULL);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
      watch_popover (self, self->context_menu);
      g_signal_connect_object (self->context_menu, "closed",
                               G_CALLBACK (dateline_timeline_view_context_menu_closed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu), G_MENU_MODEL (menu));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &pointing_to);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                  */
/* ------------------------------------------------------------------------ */

static void
resync_selection (DatelineTimelineView *self)
{
  guint n_events = get_n_events (self);
  guint old_n_selected = self->selection->len;

  /* Events are only ever appended, so the indices are nearly always still
   * right; drop those past the end. */
  while (self->selection->len > 0 &&
         g_array_index (self->selection, guint, self->selection->len - 1) >= n_events)
    g_array_set_size (self->selection, self->selection->len - 1);

  if (self->selected_event == NULL)
    {
      set_primary (self, G_MAXUINT, old_n_selected);
      return;
    }

  if (self->selected_index < n_events)
    {
      g_autoptr(DatelineEvent) at = g_list_model_get_item (self->events, self->selected_index);

      if (at == self->selected_event)
        {
          set_primary (self, self->selected_index, old_n_selected);
          return;
        }
    }

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(DatelineEvent) at = g_list_model_get_item (self->events, i);

      if (at == self->selected_event)
        {
          selection_add (self, i);
          set_primary (self, i, old_n_selected);
          return;
        }
    }

  set_selection (self, G_MAXUINT);
}

static void
dateline_timeline_view_events_changed_cb (DatelineTimelineView *self,
                                          guint                 position,
                                          guint                 removed,
                                          guint                 added,
                                          GListModel           *model)
{
  resync_selection (self);
  rebuild_layout (self, TRUE);
}

static void
dateline_timeline_view_filter_changed_cb (DatelineTimelineView *self,
                                          DatelineEventFilter  *filter)
{
  apply_filter (self);
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
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (click));
  DatelineHit hit = { 0, };

  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->press_dragged = FALSE;

  /* Shift-press starts a range; the drag gesture does the rest. */
  if (state & GDK_SHIFT_MASK)
    return;

  dateline_renderer_pick (self->renderer, x, y, &hit);

  switch ((int) hit.kind)
    {
    case DATELINE_HIT_EVENT:
      if (state & GDK_CONTROL_MASK)
        {
          if (n_press == 1)
            toggle_selection (self, hit.event_index);
        }
      else
        {
          gboolean found;

          /* A press on an event already selected among others keeps the
           * others (as in a file manager), it only changes the primary. */
          selection_find (self, hit.event_index, &found);
          if (found && self->selection->len > 1)
            set_primary (self, hit.event_index, self->selection->len);
          else
            set_selection (self, hit.event_index);
          if (n_press == 2 && self->selected_event != NULL)
            g_signal_emit (self, signals[EVENT_ACTIVATED], 0, self->selected_event);
        }
      break;

    case DATELINE_HIT_CLUSTER:
      if (n_press == 1)
        show_cluster_popover (self, &hit, x, y);
      break;

    case DATELINE_HIT_TRAY_MORE:
      if (n_press == 1)
        show_undated_popover (self, &hit.area);
      break;

    case DATELINE_HIT_GROUP_HEADER:
      if (n_press == 1 && hit.on_toggle)
        set_group_flag (self, hit.group, FALSE,
                        !dateline_layout_get_group_collapsed (self->layout, hit.group));
      break;

    case DATELINE_HIT_NONE:
    default:
      /* Empty space: a double click shows everything. A single click
       * clears the selection when it is released without a drag (see
       * released_cb): a press that starts a pan must not lose it. */
      if (n_press == 2)
        dateline_timeline_view_zoom_fit (self);
      break;
    }
}

static void
dateline_timeline_view_click_released_cb (DatelineTimelineView *self,
                                          int                   n_press,
                                          double                x,
                                          double                y,
                                          GtkGestureClick      *click)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (click));
  DatelineHit hit = { 0, };

  if (n_press != 1 || self->press_dragged || (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
    return;

  if (!dateline_renderer_pick (self->renderer, x, y, &hit))
    set_selection (self, G_MAXUINT);
  else if (hit.kind == DATELINE_HIT_EVENT && self->selection->len > 1)
    /* A click (not a drag) on one of several selected events selects it
     * alone, as in a file manager. */
    set_selection (self, hit.event_index);
}

static void
dateline_timeline_view_other_button_cb (DatelineTimelineView *self,
                                        int                   n_press,
                                        double                x,
                                        double                y,
                                        GtkGestureClick      *click)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (click));
  DatelineHit hit = { 0, };

  switch (button)
    {
    case GDK_BUTTON_SECONDARY:
      gtk_widget_grab_focus (GTK_WIDGET (self));
      dateline_renderer_pick (self->renderer, x, y, &hit);
      if (hit.kind == DATELINE_HIT_EVENT && hit.event_index != G_MAXUINT)
        {
          gboolean found;

          selection_find (self, hit.event_index, &found);
          if (!found)
            set_selection (self, hit.event_index);
        }
      show_context_menu (self, hit.kind == DATELINE_HIT_GROUP_HEADER ? hit.group : G_MAXUINT, x, y);
      gtk_gesture_set_state (GTK_GESTURE (click), GTK_EVENT_SEQUENCE_CLAIMED);
      break;

    case 8: /* the mouse's Back button */
      dateline_timeline_view_go_back (self);
      gtk_gesture_set_state (GTK_GESTURE (click), GTK_EVENT_SEQUENCE_CLAIMED);
      break;

    case 9: /* Forward */
      dateline_timeline_view_go_forward (self);
      gtk_gesture_set_state (GTK_GESTURE (click), GTK_EVENT_SEQUENCE_CLAIMED);
      break;

    default:
      break;
    }
}

static void
dateline_timeline_view_long_press_cb (DatelineTimelineView *self,
                                      double                x,
                                      double                y,
                                      GtkGestureLongPress  *gesture)
{
  DatelineHit hit = { 0, };

  /* Touch screens have no right button. */
  dateline_renderer_pick (self->renderer, x, y, &hit);
  if (hit.kind == DATELINE_HIT_GROUP_HEADER)
    show_context_menu (self, hit.group, x, y);
}

/* The display position a header dragged to @y would take. */
static guint
find_reorder_target (DatelineTimelineView *self,
                     double                y,
                     double               *line_y)
{
  guint n_groups = dateline_layout_get_n_groups (self->layout);
  guint target = 0;
  gboolean any = FALSE;

  *line_y = 0;
  for (guint position = 0; position < n_groups; position++)
    {
      guint group = dateline_layout_get_group_at_position (self->layout, position);
      cairo_rectangle_t area;

      if (!dateline_renderer_get_group_area (self->renderer, group, &area))
        continue;

      if (!any)
        {
          *line_y = area.y;
          target = position;
          any = TRUE;
        }
      if (y >= area.y + area.height / 2)
        {
          target = position + 1;
          /* The next header, or below the last rows (estimated). */
          *line_y = area.y + area.height +
                    dateline_layout_get_group_n_rows (self->layout, group) * 28.0;
        }
      else
        {
          *line_y = area.y;
          break;
        }
    }

  return target;
}

static void
dateline_timeline_view_drag_begin_cb (DatelineTimelineView *self,
                                      double                start_x,
                                      double                start_y,
                                      GtkGestureDrag       *drag)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (drag));
  DatelineHit hit = { 0, };

  self->drag_start_x = start_x;
  self->drag_start_y = start_y;
  self->drag_x = start_x;
  self->drag_y = start_y;
  self->drag_last_offset_x = 0;
  self->drag_last_offset_y = 0;
  self->drag_mode = DRAG_PENDING;
  self->drag_group = G_MAXUINT;

  if (self->layout == NULL)
    return;

  if (state & GDK_SHIFT_MASK)
    {
      self->drag_mode = DRAG_RANGE;
      return;
    }

  dateline_renderer_pick (self->renderer, start_x, start_y, &hit);
  if (hit.kind == DATELINE_HIT_GROUP_HEADER && !hit.on_toggle &&
      dateline_layout_get_n_groups (self->layout) > 1)
    self->drag_group = hit.group;
}

static void
dateline_timeline_view_drag_update_cb (DatelineTimelineView *self,
                                       double                offset_x,
                                       double                offset_y,
                                       GtkGestureDrag       *drag)
{
  double delta = offset_x - self->drag_last_offset_x;
  double delta_y = offset_y - self->drag_last_offset_y;

  self->drag_x = self->drag_start_x + offset_x;
  self->drag_y = self->drag_start_y + offset_y;

  if (self->drag_mode == DRAG_NONE)
    return;

  if (!self->press_dragged)
    {
      /* Do not turn a slightly shaky click into a pan. */
      if (!gtk_drag_check_threshold (GTK_WIDGET (self), 0, 0, (int) offset_x, (int) offset_y))
        return;

      self->press_dragged = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_CLAIMED);

      if (self->drag_mode == DRAG_PENDING)
        self->drag_mode = self->drag_group != G_MAXUINT ? DRAG_REORDER : DRAG_PAN;

      gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                       self->drag_mode == DRAG_RANGE ? "col-resize" : "grabbing");
    }

  switch (self->drag_mode)
    {
    case DRAG_PAN:
      self->drag_last_offset_x = offset_x;
      self->drag_last_offset_y = offset_y;
      /* Dragging the content to the right brings earlier times into view;
       * dragging it up shows lanes further down. */
      pan_by (self, -delta);
      scroll_lanes_by (self, -delta_y);
      break;

    case DRAG_RANGE:
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;

    case DRAG_REORDER:
      self->drag_target = find_reorder_target (self, self->drag_y, &self->drag_target_y);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;

    case DRAG_NONE:
    case DRAG_PENDING:
    default:
      break;
    }
}

static void
dateline_timeline_view_drag_end_cb (DatelineTimelineView *self,
                                    double                offset_x,
                                    double                offset_y,
                                    GtkGestureDrag       *drag)
{
  DragMode mode = self->drag_mode;

  self->drag_mode = DRAG_NONE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   self->hover_index != G_MAXUINT ? "pointer" : NULL);

  if (!self->press_dragged)
    return;

  switch (mode)
    {
    case DRAG_RANGE:
      {
        double x0 = self->drag_start_x;
        double x1 = self->drag_start_x + offset_x;

        if (fabs (x1 - x0) >= MIN_RANGE_PIXELS)
          dateline_timeline_view_zoom_to_range (self,
                                                dateline_viewport_x_to_time (self->viewport, MIN (x0, x1)),
                                                dateline_viewport_x_to_time (self->viewport, MAX (x0, x1)));
      }
      break;

    case DRAG_REORDER:
      {
        guint position = dateline_layout_get_group_position (self->layout, self->drag_group);
        guint target = find_reorder_target (self, self->drag_start_y + offset_y, &self->drag_target_y);

        /* The target counts the dragged group where it was. */
        if (target > position)
          target--;
        if (target != position)
          dateline_timeline_view_move_group (self, self->drag_group, target);
      }
      break;

    case DRAG_NONE:
    case DRAG_PENDING:
    case DRAG_PAN:
    default:
      break;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dateline_timeline_view_drag_cancel_cb (DatelineTimelineView *self,
                                       GdkEventSequence     *sequence,
                                       GtkGesture           *gesture)
{
  self->drag_mode = DRAG_NONE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

  if (self->drag_mode == DRAG_NONE || self->drag_mode == DRAG_PENDING)
    set_hover_index (self, dateline_renderer_hit_test (self->renderer, x, y));
}

static void
dateline_timeline_view_leave_cb (DatelineTimelineView     *self,
                                 GtkEventControllerMotion *motion)
{
  self->pointer_inside = FALSE;
  set_hover_index (self, G_MAXUINT);
}

/* ------------------------------------------------------------------------ */
/* Keys and actions                                                           */
/* ------------------------------------------------------------------------ */

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

/* Tab and Shift+Tab walk the events in time order; past the last (first)
 * one they let the focus move on, so the keyboard is never trapped. */
static gboolean
dateline_timeline_view_tab_cb (GtkWidget *widget,
                               GVariant  *args,
                               gpointer   user_data)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);
  int direction = g_variant_get_int32 (args);

  if (self->layout == NULL)
    return FALSE;

  if (!dateline_timeline_view_select_adjacent (self, direction))
    return FALSE;

  show_focus_ring (widget);
  return TRUE;
}

/* Left and Right move between events when one is selected, and pan the
 * view when none is. */
static gboolean
dateline_timeline_view_arrow_cb (GtkWidget *widget,
                                 GVariant  *args,
                                 gpointer   user_data)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);
  int direction = g_variant_get_int32 (args);

  if (self->layout == NULL)
    return FALSE;

  show_focus_ring (widget);
  if (get_layout_item_for_event (self, self->selected_index, NULL) != NULL)
    dateline_timeline_view_select_adjacent (self, direction);
  else
    pan_by (self, direction * PAN_STEP);

  return TRUE;
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
dateline_timeline_view_zoom_to_selection_action (GtkWidget  *widget,
                                                 const char *action_name,
                                                 GVariant   *param)
{
  dateline_timeline_view_zoom_to_selection (DATELINE_TIMELINE_VIEW (widget));
}

static void
dateline_timeline_view_history_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  show_focus_ring (widget);
  if (g_str_equal (action_name, "timeline.back"))
    dateline_timeline_view_go_back (DATELINE_TIMELINE_VIEW (widget));
  else
    dateline_timeline_view_go_forward (DATELINE_TIMELINE_VIEW (widget));
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
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);
  const DatelineLayoutItem *items;
  guint n_items = 0;
  int direction = g_variant_get_int32 (param);

  show_focus_ring (widget);
  if (self->layout == NULL)
    return;

  items = dateline_layout_get_items (self->layout, &n_items);
  for (guint k = 0; k < n_items; k++)
    {
      guint item = direction < 0 ? k : n_items - 1 - k;

      if (is_navigable_item (self, item))
        {
          set_selection (self, items[item].event_index);
          reveal_layout_item (self, &items[item]);
          return;
        }
    }
}

static void
dateline_timeline_view_pan_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);

  show_focus_ring (widget);
  pan_by (self, g_variant_get_int32 (param) * PAN_STEP);
}

static void
dateline_timeline_view_page_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);

  show_focus_ring (widget);
  pan_by (self, g_variant_get_int32 (param) * 0.8 * gtk_widget_get_width (widget));
}

static void
dateline_timeline_view_scroll_lanes_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *param)
{
  show_focus_ring (widget);
  scroll_lanes_by (DATELINE_TIMELINE_VIEW (widget), g_variant_get_int32 (param) * LANE_STEP);
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
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);

  show_focus_ring (widget);
  if (self->selected_event != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, self->selected_event);
}

static void
dateline_timeline_view_toggle_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);

  /* Ctrl+Space: the keyboard's Ctrl-click, on the focused event. */
  show_focus_ring (widget);
  if (self->selected_index != G_MAXUINT)
    toggle_selection (self, self->selected_index);
}

static void
dateline_timeline_view_menu_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);
  cairo_rectangle_t area = { gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0, 1, 1 };
  guint group = G_MAXUINT;
  const DatelineLayoutItem *item = get_layout_item_for_event (self, self->selected_index, NULL);

  /* The menu key opens the menu of the selected event's lane. */
  if (item != NULL)
    {
      group = item->group;
      dateline_renderer_get_event_area (self->renderer, self->selected_index, &area);
    }

  show_context_menu (self, group, area.x + area.width / 2, area.y + area.height);
}

static void
dateline_timeline_view_group_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (widget);
  guint group = g_variant_get_uint32 (param);
  guint position;

  if (self->layout == NULL || group >= dateline_layout_get_n_groups (self->layout))
    return;

  position = dateline_layout_get_group_position (self->layout, group);

  if (g_str_equal (action_name, "timeline.group-collapse"))
    dateline_timeline_view_set_group_collapsed (self, group, TRUE);
  else if (g_str_equal (action_name, "timeline.group-expand"))
    dateline_timeline_view_set_group_collapsed (self, group, FALSE);
  else if (g_str_equal (action_name, "timeline.group-hide"))
    dateline_timeline_view_set_group_hidden (self, group, TRUE);
  else if (g_str_equal (action_name, "timeline.group-move-up") && position > 0)
    dateline_timeline_view_move_group (self, group, position - 1);
  else if (g_str_equal (action_name, "timeline.group-move-down"))
    dateline_timeline_view_move_group (self, group, position + 1);
}

static void
dateline_timeline_view_show_all_groups_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *param)
{
  dateline_timeline_view_show_all_groups (DATELINE_TIMELINE_VIEW (widget));
}

/* ------------------------------------------------------------------------ */
/* Virtual functions                                                          */
/* ------------------------------------------------------------------------ */

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
  if (self->cluster_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->cluster_popover));
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
get_accent_rgba (GtkWidget *widget,
                 GdkRGBA   *rgba)
{
  /* libadwaita 1.2 has no accent colour API; these are its accent blue,
   * as the focus ring and selection use it. */
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (dark)
    *rgba = (GdkRGBA) { 0.47, 0.68, 0.93, 1.0 };   /* #78aeed */
  else
    *rgba = (GdkRGBA) { 0.11, 0.44, 0.85, 1.0 };   /* #1c71d8 */
}

/* What the widget draws over the renderer's frame: the range being
 * Shift-dragged, the place a dragged lane header would go. */
static void
snapshot_overlays (DatelineTimelineView *self,
                   GtkSnapshot          *snapshot,
                   int                   width,
                   int                   height)
{
  GdkRGBA accent;

  get_accent_rgba (GTK_WIDGET (self), &accent);

  if (self->drag_mode == DRAG_RANGE && self->press_dragged)
    {
      double x0 = MIN (self->drag_start_x, self->drag_x);
      double x1 = MAX (self->drag_start_x, self->drag_x);
      GdkRGBA fill = accent;

      x0 = CLAMP (x0, 0, width);
      x1 = CLAMP (x1, 0, width);
      fill.alpha = 0.18;
      gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (x0, 0, x1 - x0, height));
      gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (floor (x0), 0, 1, height));
      gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (ceil (x1) - 1, 0, 1, height));
    }

  if (self->drag_mode == DRAG_REORDER && self->press_dragged)
    gtk_snapshot_append_color (snapshot, &accent,
                               &GRAPHENE_RECT_INIT (0, round (self->drag_target_y) - 1, width, 3));
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
  options.selected_events = (const guint *) (gpointer) self->selection->data;
  options.n_selected_events = self->selection->len;
  options.hover_event = self->hover_index;
  options.scroll_y = self->scroll_y;
  options.today = dateline_timeline_view_get_today ();

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  dateline_renderer_draw (self->renderer, cr, self->layout, self->viewport,
                          width, height, &options);
  cairo_destroy (cr);

  /* Keep what the renderer could use, so scrolling back up starts at once. */
  dateline_renderer_get_scroll_extent (self->renderer, NULL, NULL, &self->scroll_y);

  snapshot_overlays (self, snapshot, width, height);
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

/* [begin, end) in days for people: one day, or its first and last days. */
static char *
dup_span_display (double begin,
                  double end)
{
  char first[128], last[128];
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) CLAMP (floor (begin), 1, G_MAXINT32));
  /* Translators: a full date, strftime format */
  g_date_strftime (first, sizeof first, _("%A %-d %B %Y"), &date);
  if (end - begin <= 1.0)
    return g_strdup (first);

  /* Translators: a date in a range, strftime format */
  g_date_strftime (first, sizeof first, _("%-d %B %Y"), &date);
  g_date_set_julian (&date, (guint32) CLAMP (ceil (end) - 1, 1, G_MAXINT32));
  g_date_strftime (last, sizeof last, _("%-d %B %Y"), &date);
  /* Translators: a range of days, "1 March 2024 – 31 March 2024" */
  return g_strdup_printf (_("%s – %s"), first, last);
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
  const DatelineSourceList *event_sources;
  guint event_index;
  guint n_sources;

  if (self->drag_mode != DRAG_NONE && self->drag_mode != DRAG_PENDING)
    return FALSE;

  if (keyboard_mode)
    {
      event_index = self->selected_index;
    }
  else
    {
      dateline_renderer_pick (self->renderer, x, y, &hit);

      switch ((int) hit.kind)
        {
        case DATELINE_HIT_CLUSTER:
          {
            g_autofree char *text = NULL;

            /* Translators: tooltip of a badge standing for several events */
            text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%'u event here — click to list it",
                                                 "%'u events here — click to list them",
                                                 hit.n_events),
                                    hit.n_events);
            gtk_tooltip_set_text (tooltip, text);
            set_tip_area (tooltip, &hit.area);
            return TRUE;
          }

        case DATELINE_HIT_TRAY_MORE:
          gtk_tooltip_set_text (tooltip, _("Show every event without a date"));
          set_tip_area (tooltip, &hit.area);
          return TRUE;

        case DATELINE_HIT_TODAY:
          gtk_tooltip_set_text (tooltip, _("Today"));
          set_tip_area (tooltip, &hit.area);
          return TRUE;

        case DATELINE_HIT_MARKER:
          {
            const DatelineLayoutMarker *markers;
            guint n_markers = 0;

            markers = dateline_layout_get_markers (self->layout, &n_markers);
            if (hit.marker < n_markers && markers[hit.marker].label != NULL)
              {
                g_autofree char *text = NULL;

                /* Translators: tooltip of an article's publication marker */
                text = g_strdup_printf (_("Published: %s"), markers[hit.marker].label);
                gtk_tooltip_set_text (tooltip, text);
                set_tip_area (tooltip, &hit.area);
                return TRUE;
              }
            return FALSE;
          }

        case DATELINE_HIT_GROUP_HEADER:
          if (hit.group != G_MAXUINT && !hit.on_toggle)
            {
              gtk_tooltip_set_text (tooltip, _("Drag to move this lane; right-click to hide or collapse it"));
              set_tip_area (tooltip, &hit.area);
              return TRUE;
            }
          return FALSE;

        default:
          break;
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

  if (!keyboard_mode && hit.kind == DATELINE_HIT_EVENT && hit.claimed)
    {
      /* A date one source gives and the event's own does not cover: say
       * whose date this is, and which one the event has. */
      g_autofree char *claimed = dup_span_display (hit.begin, hit.end);
      g_autofree char *escaped_claimed = g_markup_escape_text (claimed, -1);
      g_autofree char *note = NULL;
      g_autofree char *escaped_note = NULL;

      /* Translators: tooltip of a date that one source gives an event; %s
       * is the date the event itself has */
      note = g_strdup_printf (_("A source dates it so; the others say %s"), date ? date : _("Undated"));
      escaped_note = g_markup_escape_text (note, -1);
      markup = g_strdup_printf ("%s\n<b>%s</b>\n<small>%s</small>", escaped_claimed, escaped_title, escaped_note);
    }
  else
    {
      markup = g_strdup_printf ("%s\n<b>%s</b>\n<small>%s</small>", escaped_date, escaped_title, sources);
    }

  gtk_tooltip_set_markup (tooltip, markup);

  return TRUE;
}

static void
dateline_timeline_view_dispose (GObject *object)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (object);

  cancel_filter_run (self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, dateline_timeline_view_filter_changed_cb, self);

  dateline_timeline_view_set_project (self, NULL);
  g_clear_object (&self->layout);
  g_clear_object (&self->base_layout);
  g_clear_object (&self->selected_event);
  g_clear_pointer (&self->tray_popover, gtk_widget_unparent);
  g_clear_pointer (&self->cluster_popover, gtk_widget_unparent);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_object (&self->cluster_selection);

  G_OBJECT_CLASS (dateline_timeline_view_parent_class)->dispose (object);
}

static void
dateline_timeline_view_finalize (GObject *object)
{
  DatelineTimelineView *self = DATELINE_TIMELINE_VIEW (object);

  g_clear_object (&self->viewport);
  g_clear_object (&self->renderer);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->mask, g_free);
  g_clear_pointer (&self->selection, g_array_unref);
  g_clear_pointer (&self->back_history, g_array_unref);
  g_clear_pointer (&self->forward_history, g_array_unref);
  g_clear_pointer (&self->collapsed_groups, g_hash_table_unref);
  g_clear_pointer (&self->hidden_groups, g_hash_table_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->group_order); i++)
    g_clear_pointer (&self->group_order[i], g_ptr_array_unref);

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

    case PROP_N_SELECTED:
      g_value_set_uint (value, self->selection->len);
      break;

    case PROP_N_SHOWN:
      g_value_set_uint (value, self->n_shown);
      break;

    case PROP_FILTERING:
      g_value_set_boolean (value, self->filter_source_id != 0);
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, self->back_history->len > 0);
      break;

    case PROP_CAN_GO_FORWARD:
      g_value_set_boolean (value, self->forward_history->len > 0);
      break;

    case PROP_N_HIDDEN_GROUPS:
      g_value_set_uint (value, count_hidden_groups (self));
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

  properties[PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_FILTERING] =
    g_param_spec_boolean ("filtering", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_GO_FORWARD] =
    g_param_spec_boolean ("can-go-forward", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_HIDDEN_GROUPS] =
    g_param_spec_uint ("n-hidden-groups", NULL, NULL,
                       0, G_MAXUINT, 0,
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
  gtk_widget_class_install_action (widget_class, "timeline.zoom-to-selection", NULL,
                                   dateline_timeline_view_zoom_to_selection_action);
  gtk_widget_class_install_action (widget_class, "timeline.back", NULL,
                                   dateline_timeline_view_history_action);
  gtk_widget_class_install_action (widget_class, "timeline.forward", NULL,
                                   dateline_timeline_view_history_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-adjacent", "i",
                                   dateline_timeline_view_select_adjacent_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-end", "i",
                                   dateline_timeline_view_select_end_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan", "i",
                                   dateline_timeline_view_pan_action);
  gtk_widget_class_install_action (widget_class, "timeline.page", "i",
                                   dateline_timeline_view_page_action);
  gtk_widget_class_install_action (widget_class, "timeline.scroll-lanes", "i",
                                   dateline_timeline_view_scroll_lanes_action);
  gtk_widget_class_install_action (widget_class, "timeline.unselect", NULL,
                                   dateline_timeline_view_unselect_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate", NULL,
                                   dateline_timeline_view_activate_action);
  gtk_widget_class_install_action (widget_class, "timeline.toggle-selected", NULL,
                                   dateline_timeline_view_toggle_action);
  gtk_widget_class_install_action (widget_class, "timeline.menu", NULL,
                                   dateline_timeline_view_menu_action);
  gtk_widget_class_install_action (widget_class, "timeline.group-collapse", "u",
                                   dateline_timeline_view_group_action);
  gtk_widget_class_install_action (widget_class, "timeline.group-expand", "u",
                                   dateline_timeline_view_group_action);
  gtk_widget_class_install_action (widget_class, "timeline.group-hide", "u",
                                   dateline_timeline_view_group_action);
  gtk_widget_class_install_action (widget_class, "timeline.group-move-up", "u",
                                   dateline_timeline_view_group_action);
  gtk_widget_class_install_action (widget_class, "timeline.group-move-down", "u",
                                   dateline_timeline_view_group_action);
  gtk_widget_class_install_action (widget_class, "timeline.show-all-groups", NULL,
                                   dateline_timeline_view_show_all_groups_action);

  /* Keep in sync with gtk/help-overlay.ui */
  /* Menus show the last key bound to an action: the keypad's and the
   * multimedia keys' twins come first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "timeline.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, "timeline.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "timeline.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "timeline.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK, "timeline.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "timeline.forward", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Tab, 0, dateline_timeline_view_tab_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Tab, 0, dateline_timeline_view_tab_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Tab, GDK_SHIFT_MASK, dateline_timeline_view_tab_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, dateline_timeline_view_tab_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Tab, GDK_SHIFT_MASK, dateline_timeline_view_tab_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, dateline_timeline_view_arrow_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Right, 0, dateline_timeline_view_arrow_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, dateline_timeline_view_arrow_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, 0, dateline_timeline_view_arrow_cb, "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.select-end", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.select-end", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "timeline.pan", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "timeline.pan", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "timeline.page", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "timeline.page", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "timeline.scroll-lanes", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "timeline.scroll-lanes", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "timeline.unselect", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, GDK_CONTROL_MASK, "timeline.toggle-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "timeline.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "timeline.menu", NULL);

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
  self->filter = dateline_event_filter_new ();
  self->selection = g_array_new (FALSE, FALSE, sizeof (guint));
  self->back_history = g_array_new (FALSE, FALSE, sizeof (ViewRange));
  self->forward_history = g_array_new (FALSE, FALSE, sizeof (ViewRange));
  self->selected_index = G_MAXUINT;
  self->hover_index = G_MAXUINT;
  self->follows_document = TRUE;
  self->lane_mode = DATELINE_LANES_SINGLE;
  self->collapsed_groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->hidden_groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.forward", FALSE);

  g_signal_connect_object (self->viewport, "changed",
                           G_CALLBACK (dateline_timeline_view_viewport_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter, "changed",
                           G_CALLBACK (dateline_timeline_view_filter_changed_cb),
                           self, G_CONNECT_SWAPPED);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "pressed",
                           G_CALLBACK (dateline_timeline_view_click_pressed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "released",
                           G_CALLBACK (dateline_timeline_view_click_released_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  /* The right button (menus) and the mouse's Back and Forward buttons. */
  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect_object (gesture, "pressed",
                           G_CALLBACK (dateline_timeline_view_other_button_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (gesture), TRUE);
  g_signal_connect_object (gesture, "pressed",
                           G_CALLBACK (dateline_timeline_view_long_press_cb),
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
  g_signal_connect_object (gesture, "cancel",
                           G_CALLBACK (dateline_timeline_view_drag_cancel_cb),
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

/* ------------------------------------------------------------------------ */
/* Public API                                                                 */
/* ------------------------------------------------------------------------ */

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

  /* Indices of the old project mean nothing in the new one. */
  cancel_filter_run (self);
  g_clear_pointer (&self->mask, g_free);
  self->n_mask = 0;

  g_set_object (&self->project, project);
  self->events = project ? dateline_project_get_events (project) : NULL;

  if (self->events != NULL)
    g_signal_connect_object (self->events, "items-changed",
                             G_CALLBACK (dateline_timeline_view_events_changed_cb),
                             self, G_CONNECT_SWAPPED);

  if (self->cluster_popover != NULL)
    {
      gtk_popover_popdown (GTK_POPOVER (self->cluster_popover));
      gtk_single_selection_set_model (self->cluster_selection, NULL);
    }

  set_selection (self, G_MAXUINT);
  self->follows_document = TRUE;
  self->scroll_y = 0;
  clear_history (self);
  rebuild_layout (self, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

void
dateline_timeline_view_replace_project (DatelineTimelineView *self,
                                        DatelineProject      *project)
{
  g_autoptr(GPtrArray) selected_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *primary_id = NULL;
  g_autoptr(GArray) back = NULL;
  g_autoptr(GArray) forward = NULL;
  g_autoptr(GHashTable) wanted = NULL;
  gboolean follows_document;
  double begin = 0, end = 0, scroll_y;
  guint n_items, primary = G_MAXUINT, old_n_selected;

  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (project == NULL || DATELINE_IS_PROJECT (project));

  if (self->selected_event != NULL)
    primary_id = g_strdup (dateline_event_get_id (self->selected_event));
  for (guint i = 0; i < self->selection->len; i++)
    {
      g_autoptr(DatelineEvent) event = dup_event_at (self, g_array_index (self->selection, guint, i));

      if (event != NULL && dateline_event_get_id (event) != NULL)
        g_ptr_array_add (selected_ids, g_strdup (dateline_event_get_id (event)));
    }
  follows_document = self->follows_document;
  scroll_y = self->scroll_y;
  dateline_viewport_get_visible_range (self->viewport, &begin, &end);
  back = g_array_copy (self->back_history);
  forward = g_array_copy (self->forward_history);

  dateline_timeline_view_set_project (self, project);

  /* The same timeline, grown: the user's place in it stays. */
  self->scroll_y = scroll_y;
  g_array_append_vals (self->back_history, back->data, back->len);
  g_array_append_vals (self->forward_history, forward->data, forward->len);
  if (back->len > 0 || forward->len > 0)
    notify_history (self);
  if (!follows_document && end > begin)
    {
      self->follows_document = FALSE;
      dateline_viewport_set_visible_range (self->viewport, begin, end);
    }

  if (selected_ids->len == 0 || self->events == NULL)
    return;

  wanted = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < selected_ids->len; i++)
    g_hash_table_add (wanted, g_ptr_array_index (selected_ids, i));

  /* Events are appended in the model's order: the indices come ascending,
   * as the selection keeps them. */
  old_n_selected = self->selection->len;
  n_items = g_list_model_get_n_items (self->events);
  for (guint i = 0; i < n_items && g_hash_table_size (wanted) > 0; i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (self->events, i);
      const char *id = dateline_event_get_id (event);

      if (id == NULL || !g_hash_table_remove (wanted, id))
        continue;

      g_array_append_val (self->selection, i);
      if (g_strcmp0 (id, primary_id) == 0)
        primary = i;
    }

  if (self->selection->len > 0 && primary == G_MAXUINT)
    primary = g_array_index (self->selection, guint, 0);
  set_primary (self, primary, old_n_selected);
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
  rebuild_layout (self, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE_MODE]);
}

DatelineLayout *
dateline_timeline_view_create_layout (DatelineTimelineView *self)
{
  g_autofree guint8 *all = NULL;
  DatelineLayout *layout;
  guint n_events;

  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  if (self->base_layout == NULL)
    return NULL;

  /* A filtered copy is O(n) with no sort and no GObject touched: cheap
   * even for a million events. Group order and state come with it. */
  n_events = get_n_events (self);
  if (self->mask != NULL && self->n_mask == n_events)
    {
      layout = dateline_layout_new_filtered (self->base_layout, self->mask, self->n_mask);
    }
  else
    {
      all = g_malloc (MAX (n_events, 1));
      memset (all, 1, MAX (n_events, 1));
      layout = dateline_layout_new_filtered (self->base_layout, all, n_events);
    }
  apply_group_state (self, layout, self->mask != NULL);

  return layout;
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

void
dateline_timeline_view_toggle_index (DatelineTimelineView *self,
                                     guint                 event_index)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  toggle_selection (self, event_index);
}

const guint *
dateline_timeline_view_get_selection (DatelineTimelineView *self,
                                      guint                *n_selected)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  if (n_selected != NULL)
    *n_selected = self->selection->len;

  return (const guint *) (gpointer) self->selection->data;
}

guint
dateline_timeline_view_get_n_selected (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), 0);

  return self->selection->len;
}

gboolean
dateline_timeline_view_select_adjacent (DatelineTimelineView *self,
                                        int                   direction)
{
  const DatelineLayoutItem *items;
  guint n_items = 0;
  guint current;
  guint target = G_MAXUINT;

  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), FALSE);

  if (self->layout == NULL || direction == 0)
    return FALSE;

  items = dateline_layout_get_items (self->layout, &n_items);
  if (n_items == 0)
    return FALSE;

  if (get_layout_item_for_event (self, self->selected_index, &current) != NULL)
    {
      /* Items are sorted by start: the neighbour in the array is the
       * neighbour in time. An event in several lanes has several items;
       * only its first one counts, so each event is visited once. */
      if (direction > 0)
        {
          for (guint item = current + 1; item < n_items && target == G_MAXUINT; item++)
            if (is_navigable_item (self, item))
              target = item;
        }
      else
        {
          for (guint item = current; item > 0 && target == G_MAXUINT; item--)
            if (is_navigable_item (self, item - 1))
              target = item - 1;
        }
    }
  else
    {
      double begin, end;

      /* Nothing selected (or an undated event): start from the edge of what
       * is on screen, the way a list starts from its first visible row. */
      dateline_viewport_get_visible_range (self->viewport, &begin, &end);

      if (direction > 0)
        {
          for (guint item = dateline_layout_find_start (self->layout, begin);
               item < n_items && target == G_MAXUINT; item++)
            if (is_navigable_item (self, item))
              target = item;
          for (guint item = 0; item < n_items && target == G_MAXUINT; item++)
            if (is_navigable_item (self, item))
              target = item;
        }
      else
        {
          for (guint item = dateline_layout_find_start (self->layout, end);
               item > 0 && target == G_MAXUINT; item--)
            if (is_navigable_item (self, item - 1))
              target = item - 1;
          for (guint item = n_items; item > 0 && target == G_MAXUINT; item--)
            if (is_navigable_item (self, item - 1))
              target = item - 1;
        }
    }

  if (target == G_MAXUINT)
    return FALSE;

  set_selection (self, items[target].event_index);
  reveal_layout_item (self, &items[target]);

  return TRUE;
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

DatelineEventFilter *
dateline_timeline_view_get_filter (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  return self->filter;
}

guint
dateline_timeline_view_get_n_events (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), 0);

  return get_n_events (self);
}

guint
dateline_timeline_view_get_n_shown (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), 0);

  return self->n_shown;
}

gboolean
dateline_timeline_view_get_filtering (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), FALSE);

  return self->filter_source_id != 0;
}

double
dateline_timeline_view_get_today (void)
{
  /* Today's Julian day by the user's clock, for the "today" marker: it is
   * drawn as such, never used as a date for anything. One GDateTime per
   * frame, not per event. */
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return dateline_julian_from_ymd (g_date_time_get_year (now),
                                   g_date_time_get_month (now),
                                   g_date_time_get_day_of_month (now));
}

GListModel *
dateline_timeline_view_get_cluster_events (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), NULL);

  if (self->cluster_popover == NULL || !gtk_widget_get_visible (self->cluster_popover))
    return NULL;

  return gtk_single_selection_get_model (self->cluster_selection);
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

  if (self->layout != NULL)
    begin_navigation (self, FALSE);
  self->follows_document = TRUE;
  dateline_viewport_fit (self->viewport);
}

void
dateline_timeline_view_zoom_to_range (DatelineTimelineView *self,
                                      double                begin,
                                      double                end)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  if (self->layout == NULL || !(end > begin) || !isfinite (begin) || !isfinite (end))
    return;

  begin_navigation (self, FALSE);
  dateline_viewport_set_visible_range (self->viewport, begin, end);
}

void
dateline_timeline_view_zoom_to_selection (DatelineTimelineView *self)
{
  double begin = G_MAXDOUBLE, end = -G_MAXDOUBLE;

  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  for (guint i = 0; i < self->selection->len; i++)
    {
      const DatelineLayoutItem *item;

      item = get_layout_item_for_event (self, g_array_index (self->selection, guint, i), NULL);
      if (item == NULL)
        continue;
      begin = MIN (begin, item->start);
      end = MAX (end, item->end);
    }

  if (end > begin)
    zoom_to_events (self, begin, end);
}

void
dateline_timeline_view_push_history (DatelineTimelineView *self)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  begin_navigation (self, FALSE);
}

gboolean
dateline_timeline_view_go_back (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), FALSE);

  return go_in_history (self, self->back_history, self->forward_history);
}

gboolean
dateline_timeline_view_go_forward (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), FALSE);

  return go_in_history (self, self->forward_history, self->back_history);
}

gboolean
dateline_timeline_view_get_can_go_back (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), FALSE);

  return self->back_history->len > 0;
}

gboolean
dateline_timeline_view_get_can_go_forward (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), FALSE);

  return self->forward_history->len > 0;
}

void
dateline_timeline_view_set_group_collapsed (DatelineTimelineView *self,
                                            guint                 group,
                                            gboolean              collapsed)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  set_group_flag (self, group, FALSE, collapsed);
}

void
dateline_timeline_view_set_group_hidden (DatelineTimelineView *self,
                                         guint                 group,
                                         gboolean              hidden)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  set_group_flag (self, group, TRUE, hidden);
}

void
dateline_timeline_view_move_group (DatelineTimelineView *self,
                                   guint                 group,
                                   guint                 position)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  if (self->layout == NULL || group >= dateline_layout_get_n_groups (self->layout))
    return;

  position = MIN (position, dateline_layout_get_n_groups (self->layout) - 1);
  dateline_layout_move_group (self->layout, group, position);
  save_group_order (self);
  if (self->base_layout != self->layout)
    apply_group_state (self, self->base_layout, FALSE);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
dateline_timeline_view_show_all_groups (DatelineTimelineView *self)
{
  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  g_hash_table_remove_all (self->hidden_groups);
  if (self->layout == NULL)
    return;

  apply_group_state (self, self->layout, self->layout != self->base_layout);
  if (self->base_layout != self->layout)
    apply_group_state (self, self->base_layout, FALSE);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_HIDDEN_GROUPS]);
}

void
dateline_timeline_view_expand_all_groups (DatelineTimelineView *self)
{
  guint n_groups;

  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (self));

  g_hash_table_remove_all (self->collapsed_groups);
  if (self->layout == NULL)
    return;

  n_groups = dateline_layout_get_n_groups (self->layout);
  for (guint group = 0; group < n_groups; group++)
    {
      dateline_layout_set_group_collapsed (self->layout, group, FALSE);
      if (self->base_layout != self->layout)
        dateline_layout_set_group_collapsed (self->base_layout, group, FALSE);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
dateline_timeline_view_get_n_hidden_groups (DatelineTimelineView *self)
{
  g_return_val_if_fail (DATELINE_IS_TIMELINE_VIEW (self), 0);

  return count_hidden_groups (self);
}
