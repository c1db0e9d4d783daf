/* dateline-filter-bar.c — search and filters over the timeline's events
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dateline-actor.h"
#include "dateline-article.h"
#include "dateline-filter-bar.h"
#include "dateline-renderer.h"
#include "dateline-ui-private.h"

struct _DatelineFilterBar
{
  GtkWidget             parent_instance;

  /* template widgets */
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *kinds_button;
  GtkBox               *kinds_box;
  GtkMenuButton        *actors_button;
  GtkSearchEntry       *actors_search;
  GtkListView          *actors_list;
  GtkMenuButton        *articles_button;
  GtkSearchEntry       *articles_search;
  GtkListView          *articles_list;
  GtkMenuButton        *dates_button;
  GtkEntry             *from_entry;
  GtkEntry             *to_entry;
  GtkButton            *visible_range_button;
  GtkButton            *clear_dates_button;
  GtkLabel             *count_label;
  GtkButton            *clear_button;

  /* owned */
  GtkFilterListModel   *actors_model;
  GtkFilterListModel   *articles_model;
  GPtrArray            *bound_checks;     /* GtkCheckButton in the two lists */
  GtkCheckButton       *kind_checks[DATELINE_EVENT_N_KINDS];

  /* borrowed (weak) */
  DatelineTimelineView *timeline_view;
  DatelineEventFilter  *filter;           /* the view's */

  guint                 syncing : 1;
  guint                 applying_dates : 1;
};

G_DEFINE_FINAL_TYPE (DatelineFilterBar, dateline_filter_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMELINE_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Which list a check button belongs to. */
#define ROW_KIND_ACTOR   "actor"
#define ROW_KIND_ARTICLE "article"

/* Helpers */

static char *
dup_actor_name (DatelineActor *actor)
{
  return g_strdup (actor != NULL ? dateline_actor_get_name (actor) : NULL);
}

static char *
dup_article_label (DatelineArticle *article)
{
  const char *title;

  if (article == NULL)
    return NULL;

  title = dateline_article_get_title (article);
  return g_strdup (title != NULL && title[0] != '\0' ? title : dateline_article_get_source (article));
}

static void
set_button_label (GtkMenuButton *button,
                  const char    *name,
                  guint          n_chosen)
{
  g_autofree char *label = NULL;

  if (n_chosen == 0)
    {
      gtk_menu_button_set_label (button, name);
      gtk_widget_remove_css_class (GTK_WIDGET (button), "accent");
      return;
    }

  /* Translators: a filter menu's button when some are chosen, "Actors · 2" */
  label = g_strdup_printf (_("%s · %u"), name, n_chosen);
  gtk_menu_button_set_label (button, label);
  gtk_widget_add_css_class (GTK_WIDGET (button), "accent");
}

/* Day range from the text of a date entry: a day, a month or a year.
 * FALSE when it does not parse. */
static gboolean
parse_date_entry (GtkEntry *entry,
                  double   *first_day,
                  double   *day_after)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  DatelineWhen when = DATELINE_WHEN_INIT;

  /* "20" and "202" are a century and a decade to TIMEX3, but on the way
   * to typing "2021" they are not what the user means. */
  if (strlen (stripped) < 4)
    return FALSE;
  if (!dateline_when_parse_value (stripped, &when) || !dateline_when_is_dated (&when))
    return FALSE;

  *first_day = when.start;
  *day_after = when.end + 1.0;
  return TRUE;
}

static void
format_day (double  day,
            char   *buf,
            gsize   size)
{
  char iso[16];

  dateline_when_format_day ((guint32) CLAMP (day, 1, G_MAXINT32), iso);
  g_strlcpy (buf, iso, size);
}

static void
update_count (DatelineFilterBar *self)
{
  g_autofree char *text = NULL;
  guint n_events, n_shown;

  if (self->timeline_view == NULL)
    {
      gtk_label_set_text (self->count_label, "");
      return;
    }

  n_events = dateline_timeline_view_get_n_events (self->timeline_view);
  n_shown = dateline_timeline_view_get_n_shown (self->timeline_view);

  if (dateline_timeline_view_get_filtering (self->timeline_view))
    text = g_strdup (_("Filtering…"));
  else if (self->filter != NULL && dateline_event_filter_is_active (self->filter))
    /* Translators: how many events pass the filters, "12 of 40 events" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u event", "%'u of %'u events", n_events),
                            n_shown, n_events);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event", "%'u events", n_events), n_events);

  gtk_label_set_text (self->count_label, text);
}

/* The widgets follow the filter (which may change from elsewhere: Clear). */
static void
sync_from_filter (DatelineFilterBar *self)
{
  guint n_hidden_kinds = 0;
  const char *search_text;
  double begin, end;

  if (self->filter == NULL)
    return;

  self->syncing = TRUE;

  search_text = dateline_event_filter_get_search_text (self->filter);
  if (search_text == NULL)
    search_text = "";
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), search_text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search_text);

  for (guint kind = 0; kind < DATELINE_EVENT_N_KINDS; kind++)
    {
      gboolean shown = dateline_event_filter_get_kind_shown (self->filter, kind);

      gtk_check_button_set_active (self->kind_checks[kind], shown);
      n_hidden_kinds += !shown;
    }
  set_button_label (self->kinds_button, _("Kinds"),
                    n_hidden_kinds > 0 ? DATELINE_EVENT_N_KINDS - n_hidden_kinds : 0);

  for (guint i = 0; i < self->bound_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->bound_checks, i);
      const char *id = g_object_get_data (G_OBJECT (check), "dateline-id");
      const char *row_kind = g_object_get_data (G_OBJECT (check), "dateline-row-kind");

      if (id == NULL)
        continue;
      gtk_check_button_set_active (check,
                                   g_strcmp0 (row_kind, ROW_KIND_ACTOR) == 0
                                     ? dateline_event_filter_get_actor_chosen (self->filter, id)
                                     : dateline_event_filter_get_article_chosen (self->filter, id));
    }
  set_button_label (self->actors_button, _("Actors"), dateline_event_filter_get_n_actors (self->filter));
  set_button_label (self->articles_button, _("Articles"), dateline_event_filter_get_n_articles (self->filter));

  if (dateline_event_filter_get_date_range (self->filter, &begin, &end))
    {
      /* The entries say what the user typed; only a range set from
       * elsewhere (Visible Range) is written into them. */
      if (!self->applying_dates)
        {
          char from[16] = "", to[16] = "";

          if (begin > 1.0)
            format_day (begin, from, sizeof from);
          if (end < (double) G_MAXINT32)
            format_day (end - 1, to, sizeof to);
          gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from);
          gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to);
        }
      gtk_widget_add_css_class (GTK_WIDGET (self->dates_button), "accent");
    }
  else
    {
      if (!self->applying_dates)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
          gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
        }
      gtk_widget_remove_css_class (GTK_WIDGET (self->dates_button), "accent");
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), dateline_event_filter_is_active (self->filter));
  update_count (self);

  self->syncing = FALSE;
}

static void
set_models (DatelineFilterBar *self)
{
  DatelineProject *project = self->timeline_view ? dateline_timeline_view_get_project (self->timeline_view) : NULL;

  gtk_filter_list_model_set_model (self->actors_model,
                                   project ? dateline_project_get_actors (project) : NULL);
  gtk_filter_list_model_set_model (self->articles_model,
                                   project ? dateline_project_get_articles (project) : NULL);
}

/* Callbacks */

static void
dateline_filter_bar_search_changed_cb (DatelineFilterBar *self,
                                       GtkSearchEntry    *entry)
{
  if (self->syncing || self->filter == NULL)
    return;

  dateline_event_filter_set_search_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
dateline_filter_bar_kind_toggled_cb (DatelineFilterBar *self,
                                     GtkCheckButton    *check)
{
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "dateline-kind"));

  if (self->syncing || self->filter == NULL)
    return;

  dateline_event_filter_set_kind_shown (self->filter, kind, gtk_check_button_get_active (check));
}

static void
dateline_filter_bar_row_toggled_cb (DatelineFilterBar *self,
                                    GtkCheckButton    *check)
{
  const char *id = g_object_get_data (G_OBJECT (check), "dateline-id");
  const char *row_kind = g_object_get_data (G_OBJECT (check), "dateline-row-kind");

  if (self->syncing || self->filter == NULL || id == NULL)
    return;

  if (g_strcmp0 (row_kind, ROW_KIND_ACTOR) == 0)
    dateline_event_filter_set_actor_chosen (self->filter, id, gtk_check_button_get_active (check));
  else
    dateline_event_filter_set_article_chosen (self->filter, id, gtk_check_button_get_active (check));
}

static void
dateline_filter_bar_row_setup_cb (DatelineFilterBar        *self,
                                  GtkListItem              *list_item,
                                  GtkSignalListItemFactory *factory)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  g_object_set_data (G_OBJECT (check), "dateline-row-kind",
                     g_object_get_data (G_OBJECT (factory), "dateline-row-kind"));
  g_signal_connect_object (check, "toggled",
                           G_CALLBACK (dateline_filter_bar_row_toggled_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, check);
  /* The check button is what is activated; the row itself need not be. */
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
dateline_filter_bar_row_bind_cb (DatelineFilterBar        *self,
                                 GtkListItem              *list_item,
                                 GtkSignalListItemFactory *factory)
{
  GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_list_item_get_child (list_item));
  GtkWidget *label = gtk_check_button_get_child (check);
  gpointer item = gtk_list_item_get_item (list_item);
  const char *row_kind = g_object_get_data (G_OBJECT (check), "dateline-row-kind");
  g_autofree char *text = NULL;
  const char *id;
  gboolean chosen;

  if (g_strcmp0 (row_kind, ROW_KIND_ACTOR) == 0)
    {
      id = dateline_actor_get_id (item);
      text = dup_actor_name (item);
      chosen = self->filter != NULL && dateline_event_filter_get_actor_chosen (self->filter, id);
    }
  else
    {
      id = dateline_article_get_id (item);
      text = dup_article_label (item);
      chosen = self->filter != NULL && dateline_event_filter_get_article_chosen (self->filter, id);
    }

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  /* The id is the item's: valid while the row is bound to it. */
  g_object_set_data (G_OBJECT (check), "dateline-id", (gpointer) id);

  self->syncing = TRUE;
  gtk_check_button_set_active (check, chosen);
  self->syncing = FALSE;

  g_ptr_array_add (self->bound_checks, check);
}

static void
dateline_filter_bar_row_unbind_cb (DatelineFilterBar        *self,
                                   GtkListItem              *list_item,
                                   GtkSignalListItemFactory *factory)
{
  GtkWidget *check = gtk_list_item_get_child (list_item);

  g_object_set_data (G_OBJECT (check), "dateline-id", NULL);
  g_ptr_array_remove_fast (self->bound_checks, check);
}

static void
dateline_filter_bar_list_search_cb (DatelineFilterBar *self,
                                    GtkSearchEntry    *entry)
{
  GtkFilterListModel *model = entry == self->actors_search ? self->actors_model : self->articles_model;

  gtk_string_filter_set_search (GTK_STRING_FILTER (gtk_filter_list_model_get_filter (model)),
                                gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static gboolean
entry_is_empty (GtkEntry *entry)
{
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return stripped[0] == '\0';
}

/* @finished: the user pressed Enter or left the entry; only then is text
 * that is not a date marked as wrong (not while it is being typed). */
static void
apply_dates (DatelineFilterBar *self,
             gboolean           finished)
{
  double from_begin = 0, from_end = 0, to_begin = 0, to_end = 0;
  gboolean has_from, has_to, from_ok, to_ok;

  if (self->syncing || self->filter == NULL)
    return;

  has_from = parse_date_entry (self->from_entry, &from_begin, &from_end);
  has_to = parse_date_entry (self->to_entry, &to_begin, &to_end);
  from_ok = has_from || entry_is_empty (self->from_entry);
  to_ok = has_to || entry_is_empty (self->to_entry);

  if (from_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  else if (finished)
    gtk_widget_add_css_class (GTK_WIDGET (self->from_entry), "error");
  if (to_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");
  else if (finished)
    gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");

  /* Half-typed: wait for more. */
  if (!from_ok || !to_ok)
    return;

  self->applying_dates = TRUE;
  if (!has_from && !has_to)
    dateline_event_filter_set_date_range (self->filter, 0, 0);
  else
    /* An open end reaches as far as dates go. */
    dateline_event_filter_set_date_range (self->filter,
                                          has_from ? from_begin : 1.0,
                                          has_to ? to_end : (double) G_MAXINT32);
  self->applying_dates = FALSE;
}

static void
dateline_filter_bar_date_changed_cb (DatelineFilterBar *self,
                                     GtkEditable       *entry)
{
  apply_dates (self, FALSE);
}

static void
dateline_filter_bar_date_activate_cb (DatelineFilterBar *self,
                                      GtkEntry          *entry)
{
  apply_dates (self, TRUE);
}

static void
dateline_filter_bar_date_leave_cb (DatelineFilterBar       *self,
                                   GtkEventControllerFocus *focus)
{
  apply_dates (self, TRUE);
}

static void
dateline_filter_bar_visible_range_cb (DatelineFilterBar *self,
                                      GtkButton         *button)
{
  double begin, end;

  if (self->timeline_view == NULL || self->filter == NULL)
    return;

  dateline_viewport_get_visible_range (dateline_timeline_view_get_viewport (self->timeline_view), &begin, &end);
  dateline_event_filter_set_date_range (self->filter, floor (begin), ceil (end));
}

static void
dateline_filter_bar_clear_dates_cb (DatelineFilterBar *self,
                                    GtkButton         *button)
{
  if (self->filter != NULL)
    dateline_event_filter_set_date_range (self->filter, 0, 0);
}

static void
dateline_filter_bar_clear_cb (DatelineFilterBar *self,
                              GtkButton         *button)
{
  if (self->filter != NULL)
    dateline_event_filter_reset (self->filter);
}

static void
dateline_filter_bar_filter_changed_cb (DatelineFilterBar   *self,
                                       DatelineEventFilter *filter)
{
  sync_from_filter (self);
}

static void
dateline_filter_bar_view_notify_cb (DatelineFilterBar    *self,
                                    GParamSpec           *pspec,
                                    DatelineTimelineView *view)
{
  if (g_str_equal (pspec->name, "project"))
    set_models (self);

  update_count (self);
}

static void
draw_kind_symbol (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  guint kind = GPOINTER_TO_UINT (user_data);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  dateline_renderer_draw_kind_symbol (cr, kind, width / 2.0, height / 2.0, MIN (width, height) / 2.0 - 1,
                                      dark, FALSE);
}

static void
build_kind_checks (DatelineFilterBar *self)
{
  for (guint kind = 0; kind < DATELINE_EVENT_N_KINDS; kind++)
    {
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *symbol = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (dateline_ui_event_kind_label (kind));

      /* Shape and colour, as on the timeline: a legend as well as a filter. */
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (symbol), 14);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (symbol), 14);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (symbol), draw_kind_symbol,
                                      GUINT_TO_POINTER (kind), NULL);
      gtk_widget_set_valign (symbol, GTK_ALIGN_CENTER);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), symbol);
      gtk_box_append (GTK_BOX (box), label);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data (G_OBJECT (check), "dateline-kind", GUINT_TO_POINTER (kind));
      g_signal_connect_object (check, "toggled",
                               G_CALLBACK (dateline_filter_bar_kind_toggled_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->kinds_box, check);
      self->kind_checks[kind] = GTK_CHECK_BUTTON (check);
    }
}

static GtkFilterListModel *
create_list_model (DatelineFilterBar *self,
                   GtkListView       *list_view,
                   GCallback          dup_label,
                   const char        *row_kind)
{
  GtkExpression *expression;
  GtkStringFilter *string_filter;
  GtkFilterListModel *model;
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, dup_label, NULL, NULL);
  string_filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_match_mode (string_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (string_filter, TRUE);
  model = gtk_filter_list_model_new (NULL, GTK_FILTER (string_filter));

  factory = gtk_signal_list_item_factory_new ();
  g_object_set_data (G_OBJECT (factory), "dateline-row-kind", (gpointer) row_kind);
  g_signal_connect_object (factory, "setup", G_CALLBACK (dateline_filter_bar_row_setup_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (dateline_filter_bar_row_bind_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (dateline_filter_bar_row_unbind_cb),
                           self, G_CONNECT_SWAPPED);

  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (model)));
  gtk_list_view_set_model (list_view, GTK_SELECTION_MODEL (selection));
  gtk_list_view_set_factory (list_view, factory);

  return model;
}

/* Virtual functions */

static void
dateline_filter_bar_dispose (GObject *object)
{
  DatelineFilterBar *self = DATELINE_FILTER_BAR (object);

  GtkWidget *child;

  dateline_filter_bar_set_timeline_view (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DATELINE_TYPE_FILTER_BAR);
  /* The unnamed children of the template too: a plain GtkWidget with a box
   * layout owns them itself. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->actors_model);
  g_clear_object (&self->articles_model);

  G_OBJECT_CLASS (dateline_filter_bar_parent_class)->dispose (object);
}

static void
dateline_filter_bar_finalize (GObject *object)
{
  DatelineFilterBar *self = DATELINE_FILTER_BAR (object);

  g_clear_pointer (&self->bound_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (dateline_filter_bar_parent_class)->finalize (object);
}

static void
dateline_filter_bar_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DatelineFilterBar *self = DATELINE_FILTER_BAR (object);

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
dateline_filter_bar_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DatelineFilterBar *self = DATELINE_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_TIMELINE_VIEW:
      dateline_filter_bar_set_timeline_view (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_filter_bar_class_init (DatelineFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dateline_filter_bar_dispose;
  object_class->finalize = dateline_filter_bar_finalize;
  object_class->get_property = dateline_filter_bar_get_property;
  object_class->set_property = dateline_filter_bar_set_property;

  properties[PROP_TIMELINE_VIEW] =
    g_param_spec_object ("timeline-view", NULL, NULL,
                         DATELINE_TYPE_TIMELINE_VIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  dateline_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, DATELINE_UI_RESOURCE_PATH "/dateline-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, kinds_button);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, kinds_box);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, actors_button);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, actors_search);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, actors_list);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, articles_button);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, articles_search);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, articles_list);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, dates_button);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, from_entry);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, to_entry);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, visible_range_button);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, clear_dates_button);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, DatelineFilterBar, clear_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "filterbar");
}

static void
dateline_filter_bar_init (DatelineFilterBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);

  self->bound_checks = g_ptr_array_new ();
  build_kind_checks (self);
  self->actors_model = create_list_model (self, self->actors_list, G_CALLBACK (dup_actor_name), ROW_KIND_ACTOR);
  self->articles_model = create_list_model (self, self->articles_list, G_CALLBACK (dup_article_label), ROW_KIND_ARTICLE);

  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (dateline_filter_bar_search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actors_search, "search-changed",
                           G_CALLBACK (dateline_filter_bar_list_search_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->articles_search, "search-changed",
                           G_CALLBACK (dateline_filter_bar_list_search_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_entry, "changed",
                           G_CALLBACK (dateline_filter_bar_date_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_entry, "changed",
                           G_CALLBACK (dateline_filter_bar_date_changed_cb),
                           self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < 2; i++)
    {
      GtkEntry *entry = i == 0 ? self->from_entry : self->to_entry;
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (entry, "activate",
                               G_CALLBACK (dateline_filter_bar_date_activate_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (focus, "leave",
                               G_CALLBACK (dateline_filter_bar_date_leave_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_widget_add_controller (GTK_WIDGET (entry), focus);
    }
  g_signal_connect_object (self->visible_range_button, "clicked",
                           G_CALLBACK (dateline_filter_bar_visible_range_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clear_dates_button, "clicked",
                           G_CALLBACK (dateline_filter_bar_clear_dates_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clear_button, "clicked",
                           G_CALLBACK (dateline_filter_bar_clear_cb),
                           self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
dateline_filter_bar_new (DatelineTimelineView *timeline_view)
{
  g_return_val_if_fail (timeline_view == NULL || DATELINE_IS_TIMELINE_VIEW (timeline_view), NULL);

  return g_object_new (DATELINE_TYPE_FILTER_BAR,
                       "timeline-view", timeline_view,
                       NULL);
}

DatelineTimelineView *
dateline_filter_bar_get_timeline_view (DatelineFilterBar *self)
{
  g_return_val_if_fail (DATELINE_IS_FILTER_BAR (self), NULL);

  return self->timeline_view;
}

void
dateline_filter_bar_set_timeline_view (DatelineFilterBar    *self,
                                       DatelineTimelineView *timeline_view)
{
  g_return_if_fail (DATELINE_IS_FILTER_BAR (self));
  g_return_if_fail (timeline_view == NULL || DATELINE_IS_TIMELINE_VIEW (timeline_view));

  if (self->timeline_view == timeline_view)
    return;

  if (self->timeline_view != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->timeline_view, dateline_filter_bar_view_notify_cb, self);
      g_signal_handlers_disconnect_by_func (self->filter, dateline_filter_bar_filter_changed_cb, self);
      g_object_remove_weak_pointer (G_OBJECT (self->timeline_view), (gpointer *) &self->timeline_view);
      self->filter = NULL;
    }

  self->timeline_view = timeline_view;

  if (self->timeline_view != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (self->timeline_view), (gpointer *) &self->timeline_view);
      self->filter = dateline_timeline_view_get_filter (timeline_view);
      g_signal_connect_object (self->filter, "changed",
                               G_CALLBACK (dateline_filter_bar_filter_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->timeline_view, "notify::project",
                               G_CALLBACK (dateline_filter_bar_view_notify_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->timeline_view, "notify::n-shown",
                               G_CALLBACK (dateline_filter_bar_view_notify_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->timeline_view, "notify::filtering",
                               G_CALLBACK (dateline_filter_bar_view_notify_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->timeline_view, "notify::layout",
                               G_CALLBACK (dateline_filter_bar_view_notify_cb),
                               self, G_CONNECT_SWAPPED);
    }

  set_models (self);
  sync_from_filter (self);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE_VIEW]);
}

GtkEditable *
dateline_filter_bar_get_search_entry (DatelineFilterBar *self)
{
  g_return_val_if_fail (DATELINE_IS_FILTER_BAR (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

const char *
dateline_filter_bar_get_count_text (DatelineFilterBar *self)
{
  g_return_val_if_fail (DATELINE_IS_FILTER_BAR (self), NULL);

  return gtk_label_get_text (self->count_label);
}
