/* dateline-window.c — the main window: timeline, source panel, files
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dateline-ui-private.h"
#include "dateline-window-private.h"

G_DEFINE_FINAL_TYPE (DatelineWindow, dateline_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_MODIFIED,
  PROP_PROJECT,
  PROP_LANE_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
update_main_page (DatelineWindow *self)
{
  GListModel *articles = dateline_project_get_articles (self->project);
  GListModel *events = dateline_project_get_events (self->project);
  gboolean has_content = g_list_model_get_n_items (articles) > 0 ||
                         g_list_model_get_n_items (events) > 0;

  gtk_stack_set_visible_child_name (self->main_stack, has_content ? "timeline" : "empty");
  gtk_widget_set_sensitive (GTK_WIDGET (self->lanes_button), has_content);
}

static char *
find_sample_dir (void)
{
  const char *env = g_getenv ("DATELINE_SAMPLEDIR");

  if (env != NULL && g_file_test (env, G_FILE_TEST_IS_DIR))
    return g_strdup (env);
  if (g_file_test (SAMPLEDIR, G_FILE_TEST_IS_DIR))
    return g_strdup (SAMPLEDIR);

  return NULL;
}

static char *
format_day (double t,
            int    granularity)
{
  guint32 julian = (guint32) CLAMP (floor (t), 1, G_MAXINT32);
  char buf[128];
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  switch (granularity)
    {
    case 0:
      /* Translators: a date in the visible-range label, see strftime(3) */
      g_date_strftime (buf, sizeof buf, _("%-d %B %Y"), &date);
      break;
    case 1:
      /* Translators: a month in the visible-range label, see strftime(3) */
      g_date_strftime (buf, sizeof buf, _("%B %Y"), &date);
      break;
    default:
      g_date_strftime (buf, sizeof buf, "%Y", &date);
      break;
    }

  return g_strdup (buf);
}

static void
update_range_label (DatelineWindow *self)
{
  DatelineViewport *viewport = dateline_timeline_view_get_viewport (self->timeline_view);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *text = NULL;
  double begin, end;
  int granularity;

  if (dateline_timeline_view_get_layout (self->timeline_view) == NULL)
    {
      gtk_label_set_text (self->range_label, "");
      return;
    }

  dateline_viewport_get_visible_range (viewport, &begin, &end);
  if (!(end > begin) || begin < 1)
    {
      gtk_label_set_text (self->range_label, "");
      return;
    }

  /* Name the visible range as precisely as it is useful to read. */
  if (end - begin > 3 * 365.25)
    granularity = 2;
  else if (end - begin > 62)
    granularity = 1;
  else
    granularity = 0;

  first = format_day (begin, granularity);
  last = format_day (end - 1e-6, granularity);
  if (g_strcmp0 (first, last) == 0)
    text = g_steal_pointer (&first);
  else
    /* Translators: the visible range of the timeline, "March 2021 – May 2021" */
    text = g_strdup_printf (_("%s – %s"), first, last);

  gtk_label_set_text (self->range_label, text);
}

static void
update_lanes_button (DatelineWindow *self)
{
  const char *label;

  switch (dateline_timeline_view_get_lane_mode (self->timeline_view))
    {
    case DATELINE_LANES_ACTOR:
      /* Translators: the lanes menu's button, lanes by actor */
      label = _("By Actor");
      break;
    case DATELINE_LANES_KIND:
      label = _("By Kind");
      break;
    case DATELINE_LANES_ARTICLE:
      label = _("By Article");
      break;
    case DATELINE_LANES_SINGLE:
    default:
      label = _("One Band");
      break;
    }

  gtk_menu_button_set_label (self->lanes_button, label);
}

/* Under the timeline: how many events the filters let through and how
 * many are selected, when either says something the title does not. */
static void
update_status_label (DatelineWindow *self)
{
  DatelineTimelineView *view = self->timeline_view;
  DatelineEventFilter *filter = dateline_timeline_view_get_filter (view);
  guint n_events = dateline_timeline_view_get_n_events (view);
  guint n_shown = dateline_timeline_view_get_n_shown (view);
  guint n_selected = dateline_timeline_view_get_n_selected (view);
  gboolean filtered = dateline_event_filter_is_active (filter);
  g_autofree char *shown_text = NULL;
  g_autofree char *selected_text = NULL;
  g_autofree char *text = NULL;

  if (dateline_timeline_view_get_filtering (view))
    shown_text = g_strdup (_("Filtering…"));
  else if (filtered)
    /* Translators: events passing the filters, "12 of 40 events" */
    shown_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u event", "%'u of %'u events", n_events),
                                  n_shown, n_events);
  if (n_selected > 1)
    /* Translators: how many events are selected (Ctrl-click) */
    selected_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", n_selected),
                                     n_selected);

  if (shown_text != NULL && selected_text != NULL)
    text = g_strdup_printf ("%s · %s", shown_text, selected_text);
  else if (shown_text != NULL)
    text = g_steal_pointer (&shown_text);
  else if (selected_text != NULL)
    text = g_steal_pointer (&selected_text);

  gtk_label_set_text (self->status_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);

  /* Everything filtered away: say so over the empty axis. */
  gtk_widget_set_visible (GTK_WIDGET (self->no_match_page),
                          filtered && n_events > 0 && n_shown == 0 &&
                          !dateline_timeline_view_get_filtering (view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters", filtered);
  if (filtered)
    gtk_widget_add_css_class (GTK_WIDGET (self->search_bar), "filtered");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->search_bar), "filtered");
}

static void
update_history_actions (DatelineWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.view-back",
                                 dateline_timeline_view_get_can_go_back (self->timeline_view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.view-forward",
                                 dateline_timeline_view_get_can_go_forward (self->timeline_view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-hidden-lanes",
                                 dateline_timeline_view_get_n_hidden_groups (self->timeline_view) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-to-selection",
                                 dateline_timeline_view_get_n_selected (self->timeline_view) > 0);
}

/* GSettings aborts on a schema it cannot find: running uninstalled
 * without GSETTINGS_SCHEMA_DIR the window simply does not remember. */
static GSettings *
dup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("Schema %s is not installed: window state is not remembered", APPLICATION_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_window_state (DatelineWindow *self)
{
  int width = 1280, height = 800, panel_width = 400;

  if (self->settings != NULL)
    {
      width = g_settings_get_int (self->settings, "window-width");
      height = g_settings_get_int (self->settings, "window-height");
      panel_width = MAX (g_settings_get_int (self->settings, "pane-position"), 320);
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  /* The timeline gets the rest; the panel keeps its width when the window
   * is resized (resize-end-child is off). A first guess from the window's
   * width, corrected from the paned's own once it is allocated (the two
   * differ by the window's frame). */
  gtk_paned_set_position (self->paned, MAX (width - panel_width, 240));
  self->restore_panel_width = panel_width;
}

/* The paned has its real width now: give the panel its remembered one. */
static void
dateline_window_paned_allocated_cb (DatelineWindow *self,
                                    GParamSpec     *pspec,
                                    GtkPaned       *paned)
{
  int width = gtk_widget_get_width (GTK_WIDGET (paned));

  if (self->restore_panel_width <= 0 || width <= 0)
    return;

  gtk_paned_set_position (paned, MAX (width - self->restore_panel_width, 240));
  self->restore_panel_width = 0;
}

static void
save_window_state (DatelineWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", MAX (width, 360));
      g_settings_set_int (self->settings, "window-height", MAX (height, 294));
    }
  if (gtk_widget_get_width (GTK_WIDGET (self->paned)) > 0)
    g_settings_set_int (self->settings, "pane-position",
                        MAX (gtk_widget_get_width (GTK_WIDGET (self->paned)) - gtk_paned_get_position (self->paned), 0));
  g_settings_apply (self->settings);
}

void
_dateline_window_remember_folder (DatelineWindow *self,
                                  GFile          *file)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *uri = NULL;

  if (self->settings == NULL || file == NULL)
    return;

  folder = g_file_get_parent (file);
  if (folder == NULL)
    return;

  uri = g_file_get_uri (folder);
  g_settings_set_string (self->settings, "last-directory", uri);
}

/* Callbacks */

static void
dateline_window_viewport_changed_cb (DatelineWindow   *self,
                                     DatelineViewport *viewport)
{
  update_range_label (self);
}

static void
dateline_window_lane_mode_changed_cb (DatelineWindow       *self,
                                      GParamSpec           *pspec,
                                      DatelineTimelineView *view)
{
  if (_dateline_window_is_disposed (self))
    return;

  update_lanes_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE_MODE]);
}

static void
dateline_window_view_state_changed_cb (DatelineWindow       *self,
                                       GParamSpec           *pspec,
                                       DatelineTimelineView *view)
{
  /* The view tells what it lets go of while the window is torn down. */
  if (_dateline_window_is_disposed (self))
    return;

  update_status_label (self);
  update_history_actions (self);
}

static void
dateline_window_layout_changed_cb (DatelineWindow       *self,
                                   GParamSpec           *pspec,
                                   DatelineTimelineView *view)
{
  if (_dateline_window_is_disposed (self))
    return;

  update_range_label (self);
  update_status_label (self);
  update_history_actions (self);
}

static gboolean
destroy_window_idle_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
dateline_window_project_items_changed_cb (DatelineWindow *self,
                                          guint           position,
                                          guint           removed,
                                          guint           added,
                                          GListModel     *model)
{
  update_main_page (self);
  _dateline_window_update_title (self);
  _dateline_window_update_actions (self);
}

static void
dateline_window_show_in_article_cb (DatelineWindow      *self,
                                    DatelineArticle     *article,
                                    guint                start,
                                    guint                end,
                                    DatelineSourcePanel *panel)
{
  dateline_window_show_in_article (self, article, start, end);
}

static void
dateline_window_event_activated_cb (DatelineWindow       *self,
                                    DatelineEvent        *event,
                                    DatelineTimelineView *view)
{
  const DatelineSourceList *sources = dateline_event_get_sources (event);
  const DatelineSource *first;
  DatelineArticle *article;

  /* Activating an event reads its first passage; the panel lists the rest. */
  if (sources == NULL || sources->len == 0)
    return;

  first = &g_array_index (sources, DatelineSource, 0);
  article = dateline_project_lookup_article (self->project, first->article_id);
  if (article != NULL)
    dateline_window_show_in_article (self, article, first->start, first->end);
}

static gboolean
dateline_window_drop_cb (DatelineWindow *self,
                         const GValue   *value,
                         double          x,
                         double          y,
                         GtkDropTarget  *target)
{
  g_autoptr(GPtrArray) files = NULL;
  GdkFileList *file_list;
  GSList *list;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  file_list = g_value_get_boxed (value);
  list = gdk_file_list_get_files (file_list);
  files = g_ptr_array_new ();

  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);

  if (files->len > 0)
    dateline_window_open_files (self, (GFile **) files->pdata, files->len);

  g_slist_free (list);

  return files->len > 0;
}

static void
dateline_window_close_response_cb (DatelineWindow   *self,
                                   const char       *response,
                                   AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      /* The dialog closes itself after this handler and still refers to
       * us as its parent: destroy the window once it has gone. */
      _dateline_window_set_modified (self, FALSE);
      g_idle_add_full (G_PRIORITY_DEFAULT, destroy_window_idle_cb,
                       g_object_ref (self), g_object_unref);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      _dateline_window_save_or_save_as (self);
    }
}

/* Actions (the timeline's; the others are in dateline-window-actions.c) */

static void
dateline_window_find_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);
  GtkEditable *entry = dateline_filter_bar_get_search_entry (self->filter_bar);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_select_region (entry, 0, -1);
}

static void
dateline_window_clear_filters_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);

  dateline_event_filter_reset (dateline_timeline_view_get_filter (self->timeline_view));
}

static void
dateline_window_view_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  DatelineWindow *self = DATELINE_WINDOW (widget);

  if (g_str_equal (action_name, "win.view-back"))
    dateline_timeline_view_go_back (self->timeline_view);
  else if (g_str_equal (action_name, "win.view-forward"))
    dateline_timeline_view_go_forward (self->timeline_view);
  else if (g_str_equal (action_name, "win.show-hidden-lanes"))
    dateline_timeline_view_show_all_groups (self->timeline_view);
  else if (g_str_equal (action_name, "win.expand-all-lanes"))
    dateline_timeline_view_expand_all_groups (self->timeline_view);
  else if (g_str_equal (action_name, "win.zoom-to-selection"))
    dateline_timeline_view_zoom_to_selection (self->timeline_view);
}

static void
dateline_window_class_view_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.find", NULL, dateline_window_find_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, dateline_window_clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.view-back", NULL, dateline_window_view_action);
  gtk_widget_class_install_action (widget_class, "win.view-forward", NULL, dateline_window_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-hidden-lanes", NULL, dateline_window_view_action);
  gtk_widget_class_install_action (widget_class, "win.expand-all-lanes", NULL, dateline_window_view_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-to-selection", NULL, dateline_window_view_action);

  /* Keep in sync with gtk/help-overlay.ui */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.view-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.view-forward", NULL);
}

/* Virtual functions */

static gboolean
dateline_window_close_request (GtkWindow *window)
{
  DatelineWindow *self = DATELINE_WINDOW (window);
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  save_window_state (self);

  if (!self->modified)
    return GTK_WINDOW_CLASS (dateline_window_parent_class)->close_request (window);

  /* Closing or quitting: what the dialog asks about is safe on disk until
   * it is answered (the session may end first). Discard deletes it. */
  {
    g_autoptr(GError) error = NULL;

    if (!dateline_window_write_autosave (self, &error))
      g_message ("Autosave: %s", error->message);
  }

  name = _dateline_window_dup_display_name (self);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Save Changes?"), NULL));
  /* Translators: %s is the timeline's name */
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has unsaved changes. Changes which are not saved will be permanently lost."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (dateline_window_close_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
dateline_window_dispose (GObject *object)
{
  DatelineWindow *self = DATELINE_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->abandon != NULL)
    g_cancellable_cancel (self->abandon);

  if (self->article_view != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->article_view), (gpointer *) &self->article_view);
      gtk_window_destroy (GTK_WINDOW (self->article_view));
      self->article_view = NULL;
    }

  g_queue_clear_full (&self->pending_files, g_object_unref);
  _dateline_window_autosave_dispose (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DATELINE_TYPE_WINDOW);

  G_OBJECT_CLASS (dateline_window_parent_class)->dispose (object);
}

static void
dateline_window_finalize (GObject *object)
{
  DatelineWindow *self = DATELINE_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->project);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->abandon);
  _dateline_window_autosave_finalize (self);

  G_OBJECT_CLASS (dateline_window_parent_class)->finalize (object);
}

static void
dateline_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DatelineWindow *self = DATELINE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, dateline_window_get_busy (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_LANE_MODE:
      /* Asked for by the "win.lanes" action before the template is built
       * and after it is gone. */
      g_value_set_uint (value, self->timeline_view
                                 ? dateline_timeline_view_get_lane_mode (self->timeline_view)
                                 : DATELINE_LANES_SINGLE);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DatelineWindow *self = DATELINE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANE_MODE:
      if (self->timeline_view != NULL)
        dateline_timeline_view_set_lane_mode (self->timeline_view, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_window_class_init (DatelineWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dateline_window_dispose;
  object_class->finalize = dateline_window_finalize;
  object_class->get_property = dateline_window_get_property;
  object_class->set_property = dateline_window_set_property;

  window_class->close_request = dateline_window_close_request;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         DATELINE_TYPE_PROJECT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* How the timeline's lanes are grouped (a DatelineLaneMode); the
   * "win.lanes" action of the main menu. */
  properties[PROP_LANE_MODE] =
    g_param_spec_uint ("lane-mode", NULL, NULL,
                       DATELINE_LANES_SINGLE, DATELINE_LANES_ARTICLE, DATELINE_LANES_SINGLE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  dateline_ui_ensure_resources ();
  g_type_ensure (DATELINE_TYPE_TIMELINE_VIEW);
  g_type_ensure (DATELINE_TYPE_SOURCE_PANEL);
  g_type_ensure (DATELINE_TYPE_FILTER_BAR);
  g_type_ensure (DATELINE_TYPE_OVERVIEW_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, DATELINE_UI_RESOURCE_PATH "/dateline-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, sample_button);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, source_panel);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, range_label);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, lanes_button);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, overview_view);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DatelineWindow, progress_bar);

  _dateline_window_class_actions_init (klass);
  _dateline_window_class_autosave_init (klass);
  dateline_window_class_view_actions_init (widget_class);
}

static void
dateline_window_init (DatelineWindow *self)
{
  g_autofree char *sample_dir = NULL;
  GtkDropTarget *drop_target;
  GtkIconTheme *icon_theme;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_queue_init (&self->pending_files);
  _dateline_window_autosave_init (self);

  /* Without the installed app icon (running from the build tree) fall back
   * to a stock icon rather than a broken-image placeholder. */
  icon_theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  if (!gtk_icon_theme_has_icon (icon_theme, APPLICATION_ID))
    adw_status_page_set_icon_name (self->empty_page, "x-office-calendar-symbolic");

  sample_dir = find_sample_dir ();
  gtk_widget_set_visible (self->sample_button, sample_dir != NULL);

  g_signal_connect_object (self->source_panel, "show-in-article",
                           G_CALLBACK (dateline_window_show_in_article_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "event-activated",
                           G_CALLBACK (dateline_window_event_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dateline_timeline_view_get_viewport (self->timeline_view), "changed",
                           G_CALLBACK (dateline_window_viewport_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "notify::layout",
                           G_CALLBACK (dateline_window_layout_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "notify::lane-mode",
                           G_CALLBACK (dateline_window_lane_mode_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->timeline_view, "selected-event",
                          self->source_panel, "event",
                          G_BINDING_SYNC_CREATE);
  {
    static const char * const state_properties[] = {
      "notify::n-shown", "notify::n-selected", "notify::filtering",
      "notify::can-go-back", "notify::can-go-forward", "notify::n-hidden-groups",
    };

    for (guint i = 0; i < G_N_ELEMENTS (state_properties); i++)
      g_signal_connect_object (self->timeline_view, state_properties[i],
                               G_CALLBACK (dateline_window_view_state_changed_cb),
                               self, G_CONNECT_SWAPPED);
  }
  /* Escape in the search entry closes the bar. */
  gtk_search_bar_connect_entry (self->search_bar, dateline_filter_bar_get_search_entry (self->filter_bar));
  update_lanes_button (self);
  update_status_label (self);
  update_history_actions (self);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop",
                           G_CALLBACK (dateline_window_drop_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (drop_target));

  self->settings = dup_settings ();
  g_signal_connect_object (self->paned, "notify::max-position",
                           G_CALLBACK (dateline_window_paned_allocated_cb), self, G_CONNECT_SWAPPED);
  restore_window_state (self);

  {
    g_autoptr(DatelineProject) project = dateline_project_new ();
    dateline_window_set_project (self, project, NULL);
  }

  gtk_widget_grab_focus (GTK_WIDGET (self->timeline_view));
}

/* Public API */

/* The application's menu sections (gtk/menus.ui): Open Recent after the
 * file section, and Getting Started with Keyboard Shortcuts and About in
 * place of the window's own last section. */
static void
add_application_menus (DatelineWindow      *self,
                       DatelineApplication *application)
{
  GMenuModel *recent = G_MENU_MODEL (gtk_application_get_menu_by_id (GTK_APPLICATION (application), "recent-section"));
  GMenuModel *help = G_MENU_MODEL (gtk_application_get_menu_by_id (GTK_APPLICATION (application), "help-section"));
  int n;

  if (self->primary_menu == NULL)
    return;

  n = g_menu_model_get_n_items (G_MENU_MODEL (self->primary_menu));
  if (help != NULL && n > 0)
    {
      g_menu_remove (self->primary_menu, n - 1);
      g_menu_append_section (self->primary_menu, NULL, help);
    }
  if (recent != NULL && n >= 2)
    g_menu_insert_section (self->primary_menu, 2, NULL, recent);
}

DatelineWindow *
dateline_window_new (DatelineApplication *application)
{
  DatelineWindow *self;

  g_return_val_if_fail (DATELINE_IS_APPLICATION (application), NULL);

  self = g_object_new (DATELINE_TYPE_WINDOW,
                       "application", application,
                       NULL);
  add_application_menus (self, application);

  return self;
}

gboolean
dateline_window_get_busy (DatelineWindow *self)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), FALSE);

  return self->loading || self->saving || !g_queue_is_empty (&self->pending_files);
}

gboolean
dateline_window_get_modified (DatelineWindow *self)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), FALSE);

  return self->modified;
}

gboolean
dateline_window_is_empty (DatelineWindow *self)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), FALSE);

  return !self->modified &&
         self->file == NULL &&
         !dateline_window_get_busy (self) &&
         g_list_model_get_n_items (dateline_project_get_articles (self->project)) == 0 &&
         g_list_model_get_n_items (dateline_project_get_events (self->project)) == 0;
}

DatelineProject *
dateline_window_get_project (DatelineWindow *self)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), NULL);

  return self->project;
}

GFile *
dateline_window_get_file (DatelineWindow *self)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), NULL);

  return self->file;
}

/* @replacing: @project is a new version of the current timeline (articles
 * were added): keep the view, the selection and the open article. */
static void
install_project (DatelineWindow  *self,
                 DatelineProject *project,
                 GFile           *file,
                 gboolean         modified,
                 gboolean         replacing)
{
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_func (dateline_project_get_articles (self->project),
                                            dateline_window_project_items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (dateline_project_get_events (self->project),
                                            dateline_window_project_items_changed_cb, self);
    }

  g_set_object (&self->project, project);
  g_set_object (&self->file, file);

  g_signal_connect_object (dateline_project_get_articles (project), "items-changed",
                           G_CALLBACK (dateline_window_project_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dateline_project_get_events (project), "items-changed",
                           G_CALLBACK (dateline_window_project_items_changed_cb),
                           self, G_CONNECT_SWAPPED);

  /* The panel first: it must not show an event of the old project while
   * the view changes its selection. */
  dateline_source_panel_set_project (self->source_panel, project);

  if (replacing)
    {
      dateline_timeline_view_replace_project (self->timeline_view, project);
    }
  else
    {
      dateline_timeline_view_set_project (self->timeline_view, project);
      if (self->article_view != NULL)
        gtk_window_destroy (GTK_WINDOW (self->article_view));
    }

  self->modified = !!modified;
  if (self->modified)
    _dateline_window_autosave_note_change (self);
  else
    _dateline_window_autosave_forget (self);
  update_main_page (self);
  update_range_label (self);
  _dateline_window_update_title (self);
  _dateline_window_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
dateline_window_set_project (DatelineWindow  *self,
                             DatelineProject *project,
                             GFile           *file)
{
  g_return_if_fail (DATELINE_IS_WINDOW (self));
  g_return_if_fail (DATELINE_IS_PROJECT (project));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  install_project (self, project, file, FALSE, FALSE);
}

void
_dateline_window_install_recovered (DatelineWindow   *self,
                                    DatelineAutosave *autosave)
{
  g_autoptr(DatelineProject) project = dateline_autosave_steal_project (autosave);

  g_return_if_fail (project != NULL);

  /* Unsaved, and still in the same slot until saved or discarded: a
   * second crash loses nothing either. Saving goes to the original file. */
  _dateline_window_autosave_adopt (self, autosave);
  install_project (self, project, dateline_autosave_get_original (autosave), TRUE, FALSE);
  _dateline_window_autosave_written (self);
}

void
_dateline_window_replace_project (DatelineWindow  *self,
                                  DatelineProject *project)
{
  g_autoptr(GFile) file = self->file ? g_object_ref (self->file) : NULL;

  install_project (self, project, file, TRUE, TRUE);
}

void
dateline_window_show_in_article (DatelineWindow  *self,
                                 DatelineArticle *article,
                                 guint            start,
                                 guint            end)
{
  g_return_if_fail (DATELINE_IS_WINDOW (self));
  g_return_if_fail (DATELINE_IS_ARTICLE (article));

  if (self->article_view == NULL)
    {
      self->article_view = dateline_article_view_new (GTK_WINDOW (self));
      g_object_add_weak_pointer (G_OBJECT (self->article_view), (gpointer *) &self->article_view);
    }

  dateline_article_view_show_passage (self->article_view, article, start, end);
  gtk_window_present (GTK_WINDOW (self->article_view));
}

void
dateline_window_add_toast_message (DatelineWindow *self,
                                   const char     *message)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (DATELINE_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  if (_dateline_window_is_disposed (self))
    return;

  /* AdwToast titles are Pango markup in libadwaita 1.2. */
  markup = g_markup_escape_text (message, -1);
  _dateline_window_add_toast_markup (self, markup);
}

void
_dateline_window_add_toast_markup (DatelineWindow *self,
                                   const char     *markup)
{
  AdwToast *toast = adw_toast_new (markup);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

DatelineTimelineView *
dateline_window_get_timeline_view (DatelineWindow *self)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), NULL);

  return self->timeline_view;
}

DatelineSourcePanel *
dateline_window_get_source_panel (DatelineWindow *self)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), NULL);

  return self->source_panel;
}

DatelineArticleView *
dateline_window_get_article_view (DatelineWindow *self)
{
  g_return_val_if_fail (DATELINE_IS_WINDOW (self), NULL);

  return self->article_view;
}

void
_dateline_window_set_modified (DatelineWindow *self,
                               gboolean        modified)
{
  modified = !!modified;

  /* Every edit comes here, also one to an already modified project. */
  if (modified)
    _dateline_window_autosave_note_change (self);
  else
    _dateline_window_autosave_forget (self);

  if (self->modified == modified)
    return;

  self->modified = modified;
  _dateline_window_update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
_dateline_window_set_busy (DatelineWindow *self,
                           gboolean        loading,
                           gboolean        saving)
{
  gboolean was_busy = dateline_window_get_busy (self);

  self->loading = !!loading;
  self->saving = !!saving;

  gtk_revealer_set_reveal_child (self->progress_revealer, self->loading);
  _dateline_window_update_actions (self);

  if (was_busy != dateline_window_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

char *
_dateline_window_dup_display_name (DatelineWindow *self)
{
  const char *title = dateline_project_get_title (self->project);

  if (title != NULL && title[0] != '\0')
    return g_strdup (title);

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      if (g_str_has_suffix (basename, ".dateline"))
        basename[strlen (basename) - strlen (".dateline")] = '\0';

      return g_steal_pointer (&basename);
    }

  return g_strdup (_("Untitled Timeline"));
}

void
_dateline_window_update_title (DatelineWindow *self)
{
  g_autofree char *name = _dateline_window_dup_display_name (self);
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *articles_text = NULL;
  g_autofree char *events_text = NULL;
  guint n_articles = g_list_model_get_n_items (dateline_project_get_articles (self->project));
  guint n_events = g_list_model_get_n_items (dateline_project_get_events (self->project));

  if (n_articles == 0 && n_events == 0 && self->file == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Dateline"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Dateline"));
      return;
    }

  /* The asterisk is the unsaved-changes marker, as in GNOME Text Editor. */
  title = self->modified ? g_strdup_printf ("*%s", name) : g_strdup (name);
  articles_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article", "%'u articles", n_articles), n_articles);
  events_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event", "%'u events", n_events), n_events);
  subtitle = g_strdup_printf ("%s · %s", articles_text, events_text);
  /* Translators: the window title, %s is the timeline's name */
  window_title = g_strdup_printf (_("%s — Dateline"), title);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}
