/* dateline-source-panel.c — the selected event and every passage supporting it
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dateline-source-panel.h"
#include "dateline-timex.h"
#include "dateline-ui-private.h"

struct _DatelineSourcePanel
{
  GtkWidget        parent_instance;

  /* template widgets */
  GtkStack        *stack;
  GtkScrolledWindow *scroller;
  GtkLabel        *kind_label;
  GtkLabel        *title_label;
  GtkLabel        *date_label;
  GtkLabel        *certainty_label;
  GtkLabel        *actors_label;
  GtkLabel        *sources_heading;
  GtkBox          *passages_box;

  /* owned */
  DatelineProject *project;
  DatelineEvent   *event;
  GPtrArray       *cards;

  /* borrowed: a child of passages_box, or NULL */
  GtkWidget       *more_button;
};

G_DEFINE_FINAL_TYPE (DatelineSourcePanel, dateline_source_panel, GTK_TYPE_WIDGET)

/* Passages shown at once; the rest behind "Show N More Sources". */
#define FIRST_CARDS 25

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EVENT,
  N_PROPS
};

enum {
  SHOW_IN_ARTICLE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static char *
dup_actors_text (DatelineSourcePanel *self)
{
  const char * const *actor_ids = dateline_event_get_actors (self->event);
  g_autoptr(GString) text = NULL;

  if (actor_ids == NULL || actor_ids[0] == NULL)
    return NULL;

  text = g_string_new (NULL);

  for (guint i = 0; actor_ids[i] != NULL; i++)
    {
      DatelineActor *actor = NULL;

      if (self->project != NULL)
        actor = dateline_project_lookup_actor (self->project, actor_ids[i]);

      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, actor ? dateline_actor_get_name (actor) : actor_ids[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
same_span (const DatelineWhen *a,
           const DatelineWhen *b)
{
  return a->start == b->start && a->end == b->end && a->granularity == b->granularity;
}

/* Says where the date came from, quoting the expression in the passage:
 * analysts check a resolved "last Wednesday" against its anchor, and an
 * unresolved one must be visibly unresolved, not silently dateless. */
static char *
dup_date_explanation (DatelineSourcePanel *self)
{
  const DatelineWhen *when = dateline_event_get_when (self->event);
  GArray *sources = dateline_event_get_sources (self->event);
  DatelineCertainty certainty = when ? when->certainty : DATELINE_CERTAINTY_UNKNOWN;
  gboolean dated = when != NULL && dateline_when_is_dated (when);

  for (guint i = 0; self->project != NULL && sources != NULL && i < sources->len; i++)
    {
      const DatelineSource *source = &g_array_index (sources, DatelineSource, i);
      DatelineArticle *article = dateline_project_lookup_article (self->project, source->article_id);
      GPtrArray *timexes;
      const char *text;

      if (article == NULL)
        continue;

      text = dateline_article_get_text (article);
      timexes = dateline_article_get_timexes (article);

      for (guint j = 0; timexes != NULL && j < timexes->len; j++)
        {
          const DatelineTimex *timex = g_ptr_array_index (timexes, j);
          g_autofree char *phrase = NULL;

          if (timex->start < source->start || timex->end > source->end ||
              timex->end > dateline_article_get_text_length (article))
            continue;

          phrase = g_strndup (text + timex->start, timex->end - timex->start);

          if (!dated && timex->value != NULL && g_str_has_prefix (timex->value, "XXXX"))
            /* Translators: %s is a date expression quoted from the article */
            return g_strdup_printf (_("“%s” is relative, and the article gives no date to resolve it against"), phrase);

          if (!dated || !same_span (&timex->when, when))
            continue;

          if (certainty == DATELINE_CERTAINTY_RESOLVED && timex->anchor == DATELINE_ANCHOR_PUBLISHED)
            /* Translators: %s is a date expression quoted from the article */
            return g_strdup_printf (_("Resolved from “%s” against the publication date"), phrase);
          if (certainty == DATELINE_CERTAINTY_RESOLVED && timex->anchor == DATELINE_ANCHOR_NARRATIVE)
            /* Translators: %s is a date expression quoted from the article */
            return g_strdup_printf (_("Resolved from “%s” against an earlier date in the article"), phrase);
          if (certainty == DATELINE_CERTAINTY_STATED)
            /* Translators: %s is a date expression quoted from the article */
            return g_strdup_printf (_("Stated in the text as “%s”"), phrase);
        }
    }

  return g_strdup (dateline_ui_certainty_label (certainty));
}

static void
clear_cards (DatelineSourcePanel *self)
{
  GtkWidget *child;

  self->more_button = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->passages_box))) != NULL)
    gtk_box_remove (self->passages_box, child);

  g_ptr_array_set_size (self->cards, 0);
}

static void
dateline_source_panel_card_show_in_article_cb (DatelineSourcePanel *self,
                                               DatelinePassageCard *card)
{
  DatelineArticle *article = dateline_passage_card_get_article (card);

  if (article == NULL)
    return;

  g_signal_emit (self, signals[SHOW_IN_ARTICLE], 0,
                 article,
                 dateline_passage_card_get_start (card),
                 dateline_passage_card_get_end (card));
}

/* Cards up to @n_cards (the first sources, in order); the rest wait behind
 * a button, so that selecting an event reported a thousand times (a wire
 * story reprinted everywhere) does not build a thousand cards at once. */
static void
append_cards (DatelineSourcePanel *self,
              guint                n_cards)
{
  GArray *sources = dateline_event_get_sources (self->event);
  guint n_sources = sources ? sources->len : 0;

  if (self->more_button != NULL)
    {
      gtk_box_remove (self->passages_box, self->more_button);
      self->more_button = NULL;
    }

  for (guint i = self->cards->len; i < MIN (n_cards, n_sources); i++)
    {
      const DatelineSource *source = &g_array_index (sources, DatelineSource, i);
      DatelineArticle *article = NULL;
      GtkWidget *card;

      if (self->project != NULL && source->article_id != NULL)
        article = dateline_project_lookup_article (self->project, source->article_id);

      card = dateline_passage_card_new (article, source);
      g_signal_connect_object (card, "show-in-article",
                               G_CALLBACK (dateline_source_panel_card_show_in_article_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->passages_box, card);
      g_ptr_array_add (self->cards, card);
    }

  if (self->cards->len < n_sources)
    {
      g_autofree char *label = NULL;

      /* Translators: a button under the first passages of an event */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Show %u More Source",
                                            "Show %u More Sources",
                                            n_sources - self->cards->len),
                               n_sources - self->cards->len);
      self->more_button = gtk_button_new_with_label (label);
      gtk_widget_set_halign (self->more_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (self->more_button, "pill");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->more_button), "panel.show-all-sources");
      gtk_box_append (self->passages_box, self->more_button);
    }
}

static void
dateline_source_panel_show_all_sources_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *param)
{
  DatelineSourcePanel *self = DATELINE_SOURCE_PANEL (widget);

  if (self->event != NULL)
    append_cards (self, G_MAXUINT);
}

static void
rebuild (DatelineSourcePanel *self)
{
  g_autofree char *when_text = NULL;
  g_autofree char *actors_text = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *explanation = NULL;
  const DatelineWhen *when;
  GArray *sources;
  guint n_sources;

  clear_cards (self);

  if (self->event == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  when = dateline_event_get_when (self->event);
  when_text = dateline_ui_dup_when_label (when);
  actors_text = dup_actors_text (self);

  gtk_label_set_text (self->kind_label,
                      dateline_ui_event_kind_label (dateline_event_get_kind (self->event)));
  gtk_label_set_text (self->title_label, dateline_event_get_title (self->event));
  gtk_label_set_text (self->date_label, when_text);
  explanation = dup_date_explanation (self);
  gtk_label_set_text (self->certainty_label, explanation);
  gtk_label_set_text (self->actors_label, actors_text ? actors_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->actors_label), actors_text != NULL);

  sources = dateline_event_get_sources (self->event);
  n_sources = sources ? sources->len : 0;

  /* Translators: heading above the passages that support an event */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Source", "%u Sources", n_sources), n_sources);
  gtk_label_set_text (self->sources_heading, heading);

  append_cards (self, MIN (n_sources, FIRST_CARDS));

  gtk_stack_set_visible_child_name (self->stack, "event");

  /* A new event starts reading from the top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Virtual functions */

static void
dateline_source_panel_dispose (GObject *object)
{
  DatelineSourcePanel *self = DATELINE_SOURCE_PANEL (object);

  g_ptr_array_set_size (self->cards, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), DATELINE_TYPE_SOURCE_PANEL);
  g_clear_object (&self->project);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (dateline_source_panel_parent_class)->dispose (object);
}

static void
dateline_source_panel_finalize (GObject *object)
{
  DatelineSourcePanel *self = DATELINE_SOURCE_PANEL (object);

  g_clear_pointer (&self->cards, g_ptr_array_unref);

  G_OBJECT_CLASS (dateline_source_panel_parent_class)->finalize (object);
}

static void
dateline_source_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DatelineSourcePanel *self = DATELINE_SOURCE_PANEL (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_source_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DatelineSourcePanel *self = DATELINE_SOURCE_PANEL (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      dateline_source_panel_set_project (self, g_value_get_object (value));
      break;

    case PROP_EVENT:
      dateline_source_panel_set_event (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_source_panel_class_init (DatelineSourcePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dateline_source_panel_dispose;
  object_class->finalize = dateline_source_panel_finalize;
  object_class->get_property = dateline_source_panel_get_property;
  object_class->set_property = dateline_source_panel_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         DATELINE_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL,
                         DATELINE_TYPE_EVENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DatelineSourcePanel::show-in-article:
   * @article: the article
   * @start: byte offset of the passage in the article's text
   * @end: byte offset of the end of the passage (exclusive)
   */
  signals[SHOW_IN_ARTICLE] =
    g_signal_new ("show-in-article",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, DATELINE_TYPE_ARTICLE, G_TYPE_UINT, G_TYPE_UINT);

  dateline_ui_ensure_resources ();
  g_type_ensure (DATELINE_TYPE_PASSAGE_CARD);
  gtk_widget_class_set_template_from_resource (widget_class, DATELINE_UI_RESOURCE_PATH "/dateline-source-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, kind_label);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, date_label);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, certainty_label);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, actors_label);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, sources_heading);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, passages_box);

  gtk_widget_class_install_action (widget_class, "panel.show-all-sources", NULL,
                                   dateline_source_panel_show_all_sources_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcepanel");
}

static void
dateline_source_panel_init (DatelineSourcePanel *self)
{
  self->cards = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
dateline_source_panel_new (void)
{
  return g_object_new (DATELINE_TYPE_SOURCE_PANEL, NULL);
}

DatelineProject *
dateline_source_panel_get_project (DatelineSourcePanel *self)
{
  g_return_val_if_fail (DATELINE_IS_SOURCE_PANEL (self), NULL);

  return self->project;
}

void
dateline_source_panel_set_project (DatelineSourcePanel *self,
                                   DatelineProject     *project)
{
  g_return_if_fail (DATELINE_IS_SOURCE_PANEL (self));
  g_return_if_fail (project == NULL || DATELINE_IS_PROJECT (project));

  if (g_set_object (&self->project, project))
    {
      /* An event belongs to one project: it cannot outlive the switch. */
      dateline_source_panel_set_event (self, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
    }
}

DatelineEvent *
dateline_source_panel_get_event (DatelineSourcePanel *self)
{
  g_return_val_if_fail (DATELINE_IS_SOURCE_PANEL (self), NULL);

  return self->event;
}

void
dateline_source_panel_set_event (DatelineSourcePanel *self,
                                 DatelineEvent       *event)
{
  g_return_if_fail (DATELINE_IS_SOURCE_PANEL (self));
  g_return_if_fail (event == NULL || DATELINE_IS_EVENT (event));

  if (g_set_object (&self->event, event))
    {
      rebuild (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
    }
}

guint
dateline_source_panel_get_n_passages (DatelineSourcePanel *self)
{
  g_return_val_if_fail (DATELINE_IS_SOURCE_PANEL (self), 0);

  return self->cards->len;
}

DatelinePassageCard *
dateline_source_panel_get_passage_card (DatelineSourcePanel *self,
                                        guint                index)
{
  g_return_val_if_fail (DATELINE_IS_SOURCE_PANEL (self), NULL);
  g_return_val_if_fail (index < self->cards->len, NULL);

  return g_ptr_array_index (self->cards, index);
}

const char *
dateline_source_panel_get_title_text (DatelineSourcePanel *self)
{
  g_return_val_if_fail (DATELINE_IS_SOURCE_PANEL (self), NULL);

  return self->event ? gtk_label_get_text (self->title_label) : NULL;
}

const char *
dateline_source_panel_get_date_text (DatelineSourcePanel *self)
{
  g_return_val_if_fail (DATELINE_IS_SOURCE_PANEL (self), NULL);

  return self->event ? gtk_label_get_text (self->date_label) : NULL;
}

const char *
dateline_source_panel_get_certainty_text (DatelineSourcePanel *self)
{
  g_return_val_if_fail (DATELINE_IS_SOURCE_PANEL (self), NULL);

  return self->event ? gtk_label_get_text (self->certainty_label) : NULL;
}
