/* dateline-overview-view.c — the whole timeline in a strip under the view
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dateline-overview-view.h"

#define STRIP_HEIGHT 44

struct _DatelineOverviewView
{
  GtkWidget             parent_instance;

  /* owned */
  DatelineOverview     *overview;

  /* borrowed (weak) */
  DatelineTimelineView *timeline_view;

  /* a drag from the press to now */
  DatelineOverviewPart  drag_part;
  double                press_x;
  double                press_begin;
  double                press_end;
};

G_DEFINE_FINAL_TYPE (DatelineOverviewView, dateline_overview_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMELINE_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static DatelineViewport *
get_viewport (DatelineOverviewView *self)
{
  return self->timeline_view != NULL ? dateline_timeline_view_get_viewport (self->timeline_view) : NULL;
}

static DatelineLayout *
get_layout (DatelineOverviewView *self)
{
  return self->timeline_view != NULL ? dateline_timeline_view_get_layout (self->timeline_view) : NULL;
}

static const char *
cursor_for_part (DatelineOverviewPart part,
                 gboolean             dragging)
{
  switch (part)
    {
    case DATELINE_OVERVIEW_WINDOW:
      return dragging ? "grabbing" : "grab";
    case DATELINE_OVERVIEW_START_EDGE:
    case DATELINE_OVERVIEW_END_EDGE:
      return "ew-resize";
    case DATELINE_OVERVIEW_TRACK:
      return "pointer";
    case DATELINE_OVERVIEW_NONE:
    default:
      return NULL;
    }
}

/* Callbacks */

static void
dateline_overview_view_changed_cb (DatelineOverviewView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dateline_overview_view_drag_begin_cb (DatelineOverviewView *self,
                                      double                x,
                                      double                y,
                                      GtkGestureDrag       *drag)
{
  DatelineViewport *viewport = get_viewport (self);

  self->drag_part = DATELINE_OVERVIEW_NONE;
  if (viewport == NULL || get_layout (self) == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  self->drag_part = dateline_overview_hit_test (self->overview, x, y);
  if (self->drag_part == DATELINE_OVERVIEW_NONE)
    {
      gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_CLAIMED);

  /* Where the view was before, for Back. */
  dateline_timeline_view_push_history (self->timeline_view);

  self->press_x = x;
  dateline_viewport_get_visible_range (viewport, &self->press_begin, &self->press_end);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor_for_part (self->drag_part, TRUE));

  /* A click on the track jumps there at once, centred. */
  if (self->drag_part == DATELINE_OVERVIEW_TRACK)
    dateline_overview_drag (self->overview, viewport, self->drag_part,
                            self->press_x, self->press_begin, self->press_end, x);
}

static void
dateline_overview_view_drag_update_cb (DatelineOverviewView *self,
                                       double                offset_x,
                                       double                offset_y,
                                       GtkGestureDrag       *drag)
{
  DatelineViewport *viewport = get_viewport (self);

  if (viewport == NULL || self->drag_part == DATELINE_OVERVIEW_NONE)
    return;

  dateline_overview_drag (self->overview, viewport, self->drag_part,
                          self->press_x, self->press_begin, self->press_end,
                          self->press_x + offset_x);
}

static void
dateline_overview_view_drag_end_cb (DatelineOverviewView *self,
                                    double                offset_x,
                                    double                offset_y,
                                    GtkGestureDrag       *drag)
{
  self->drag_part = DATELINE_OVERVIEW_NONE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
}

static void
dateline_overview_view_motion_cb (DatelineOverviewView     *self,
                                  double                    x,
                                  double                    y,
                                  GtkEventControllerMotion *motion)
{
  if (self->drag_part != DATELINE_OVERVIEW_NONE)
    return;

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   cursor_for_part (dateline_overview_hit_test (self->overview, x, y), FALSE));
}

/* Virtual functions */

static void
dateline_overview_view_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 600;
    }
  else
    {
      *minimum = STRIP_HEIGHT;
      *natural = STRIP_HEIGHT;
    }
}

static void
dateline_overview_view_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  DatelineOverviewView *self = DATELINE_OVERVIEW_VIEW (widget);
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  DatelineViewport *viewport = get_viewport (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (viewport == NULL || width <= 0 || height <= 0)
    return;

  options.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  options.today = dateline_timeline_view_get_today ();

  /* O(columns × log n): one binary search per column of the strip. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  dateline_overview_draw (self->overview, cr, get_layout (self), viewport, width, height, &options);
  cairo_destroy (cr);
}

static gboolean
dateline_overview_view_query_tooltip (GtkWidget  *widget,
                                      int         x,
                                      int         y,
                                      gboolean    keyboard_mode,
                                      GtkTooltip *tooltip)
{
  DatelineOverviewView *self = DATELINE_OVERVIEW_VIEW (widget);

  switch (dateline_overview_hit_test (self->overview, x, y))
    {
    case DATELINE_OVERVIEW_WINDOW:
      gtk_tooltip_set_text (tooltip, _("The part of the timeline on screen: drag it to move along"));
      return TRUE;

    case DATELINE_OVERVIEW_START_EDGE:
    case DATELINE_OVERVIEW_END_EDGE:
      gtk_tooltip_set_text (tooltip, _("Drag to zoom"));
      return TRUE;

    case DATELINE_OVERVIEW_TRACK:
      {
        double t = dateline_overview_x_to_time (self->overview, x);
        char buf[64];
        g_autofree char *text = NULL;
        GDate date;

        if (!(t >= 1 && t < G_MAXINT32))
          return FALSE;

        g_date_clear (&date, 1);
        g_date_set_julian (&date, (guint32) t);
        /* Translators: a month in the overview's tooltip, see strftime(3) */
        g_date_strftime (buf, sizeof buf, _("%B %Y"), &date);
        /* Translators: %s is a month, "March 2021" */
        text = g_strdup_printf (_("Go to %s"), buf);
        gtk_tooltip_set_text (tooltip, text);
        return TRUE;
      }

    case DATELINE_OVERVIEW_NONE:
    default:
      return FALSE;
    }
}

static void
dateline_overview_view_dispose (GObject *object)
{
  DatelineOverviewView *self = DATELINE_OVERVIEW_VIEW (object);

  dateline_overview_view_set_timeline_view (self, NULL);

  G_OBJECT_CLASS (dateline_overview_view_parent_class)->dispose (object);
}

static void
dateline_overview_view_finalize (GObject *object)
{
  DatelineOverviewView *self = DATELINE_OVERVIEW_VIEW (object);

  g_clear_object (&self->overview);

  G_OBJECT_CLASS (dateline_overview_view_parent_class)->finalize (object);
}

static void
dateline_overview_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DatelineOverviewView *self = DATELINE_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_TIMELINE_VIEW:
      g_value_set_object (value, self->timeline_view);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_overview_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  DatelineOverviewView *self = DATELINE_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_TIMELINE_VIEW:
      dateline_overview_view_set_timeline_view (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_overview_view_class_init (DatelineOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dateline_overview_view_dispose;
  object_class->finalize = dateline_overview_view_finalize;
  object_class->get_property = dateline_overview_view_get_property;
  object_class->set_property = dateline_overview_view_set_property;

  widget_class->measure = dateline_overview_view_measure;
  widget_class->snapshot = dateline_overview_view_snapshot;
  widget_class->query_tooltip = dateline_overview_view_query_tooltip;

  properties[PROP_TIMELINE_VIEW] =
    g_param_spec_object ("timeline-view", NULL, NULL,
                         DATELINE_TYPE_TIMELINE_VIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "overviewview");
  /* The timeline itself is the keyboard's way around; the strip is a
   * picture of where the events are, for the pointer. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dateline_overview_view_init (DatelineOverviewView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->overview = dateline_overview_new ();

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "drag-begin",
                           G_CALLBACK (dateline_overview_view_drag_begin_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-update",
                           G_CALLBACK (dateline_overview_view_drag_update_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-end",
                           G_CALLBACK (dateline_overview_view_drag_end_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion",
                           G_CALLBACK (dateline_overview_view_motion_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dateline_overview_view_changed_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overview of the whole timeline"),
                                  -1);
}

/* Public API */

GtkWidget *
dateline_overview_view_new (DatelineTimelineView *timeline_view)
{
  g_return_val_if_fail (timeline_view == NULL || DATELINE_IS_TIMELINE_VIEW (timeline_view), NULL);

  return g_object_new (DATELINE_TYPE_OVERVIEW_VIEW,
                       "timeline-view", timeline_view,
                       NULL);
}

DatelineTimelineView *
dateline_overview_view_get_timeline_view (DatelineOverviewView *self)
{
  g_return_val_if_fail (DATELINE_IS_OVERVIEW_VIEW (self), NULL);

  return self->timeline_view;
}

void
dateline_overview_view_set_timeline_view (DatelineOverviewView *self,
                                          DatelineTimelineView *timeline_view)
{
  g_return_if_fail (DATELINE_IS_OVERVIEW_VIEW (self));
  g_return_if_fail (timeline_view == NULL || DATELINE_IS_TIMELINE_VIEW (timeline_view));

  if (self->timeline_view == timeline_view)
    return;

  if (self->timeline_view != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->timeline_view, dateline_overview_view_changed_cb, self);
      g_signal_handlers_disconnect_by_func (dateline_timeline_view_get_viewport (self->timeline_view),
                                            dateline_overview_view_changed_cb, self);
      g_object_remove_weak_pointer (G_OBJECT (self->timeline_view), (gpointer *) &self->timeline_view);
    }

  self->timeline_view = timeline_view;

  if (self->timeline_view != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (self->timeline_view), (gpointer *) &self->timeline_view);
      g_signal_connect_object (self->timeline_view, "notify::layout",
                               G_CALLBACK (dateline_overview_view_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (dateline_timeline_view_get_viewport (self->timeline_view), "changed",
                               G_CALLBACK (dateline_overview_view_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE_VIEW]);
}

DatelineOverview *
dateline_overview_view_get_overview (DatelineOverviewView *self)
{
  g_return_val_if_fail (DATELINE_IS_OVERVIEW_VIEW (self), NULL);

  return self->overview;
}
