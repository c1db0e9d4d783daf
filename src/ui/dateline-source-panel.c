/* dateline-source-panel.c — the selected event and every passage supporting it
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dateline-date-chooser.h"
#include "dateline-extract.h"
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
  GtkInfoBar      *date_infobar;
  GtkLabel        *date_infobar_title;
  GtkLabel        *date_infobar_body;
  GtkLabel        *date_infobar_evidence;
  GtkMenuButton   *set_date_button;
  GtkWidget       *use_date_button;

  /* owned */
  DatelineProject *project;
  DatelineEvent   *event;
  GPtrArray       *cards;
  char            *undated_article_id;  /* the article the infobar is about */
  guint32          proposed_day;        /* its proposed publication date, or 0 */
  GHashTable      *proposals;           /* DatelineArticle * (borrowed from the project) → Proposal */

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
  const DatelineSourceList *sources = dateline_event_get_sources (self->event);
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

/* The sentence around [start, end) of @text, the date in bold: enough for
 * the user to judge the proposal without opening the article. */
static char *
dup_evidence_markup (const char *text,
                     gsize       length,
                     guint       start,
                     guint       end)
{
  g_autoptr(GString) markup = g_string_new ("“");
  g_autofree char *before = NULL;
  g_autofree char *date = NULL;
  g_autofree char *after = NULL;
  const char *from = text + start;
  const char *to = text + end;
  guint n_chars;

  if (start > end || end > length)
    return NULL;

  /* Back to the start of the sentence or paragraph, at most 100 characters. */
  for (n_chars = 0; from > text && n_chars < 100; n_chars++)
    {
      const char *previous = g_utf8_find_prev_char (text, from);

      if (previous == NULL || *previous == '\n' ||
          (n_chars > 0 && (*previous == '.' || *previous == '!' || *previous == '?')))
        break;
      from = previous;
    }
  while (*from == ' ')
    from++;

  /* On to the end of the sentence, at most 100 characters. */
  for (n_chars = 0; to < text + length && *to != '\n' && n_chars < 100; n_chars++)
    {
      gboolean end_of_sentence = (*to == '.' || *to == '!' || *to == '?');

      to = g_utf8_next_char (to);
      if (end_of_sentence)
        break;
    }

  if (!g_utf8_validate (from, to - from, NULL))
    return NULL;

  before = g_markup_escape_text (from, text + start - from);
  date = g_markup_escape_text (text + start, end - start);
  after = g_markup_escape_text (text + end, to - (text + end));

  if (from > text && from[-1] != '\n' && from[-1] != ' ')
    g_string_append (markup, "…");
  g_string_append_printf (markup, "%s<b>%s</b>%s", before, date, after);
  if (to < text + length && to[-1] != '.' && to[-1] != '!' && to[-1] != '?')
    g_string_append (markup, "…");
  g_string_append (markup, "”");

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* What dateline_extract_propose_published() said about an article: it
 * tags the whole text, so it is asked once per article, not once per
 * selected event. The text never changes, so neither does the answer. */
typedef struct
{
  gboolean     found;
  DatelineWhen when;
  guint        evidence_start;
  guint        evidence_end;
} Proposal;

static const Proposal *
lookup_proposal (DatelineSourcePanel *self,
                 DatelineArticle     *article)
{
  Proposal *proposal = g_hash_table_lookup (self->proposals, article);

  if (proposal == NULL)
    {
      proposal = g_new0 (Proposal, 1);
      proposal->found = dateline_extract_propose_published (article, &proposal->when,
                                                            &proposal->evidence_start,
                                                            &proposal->evidence_end);
      g_hash_table_insert (self->proposals, article, proposal);
    }

  return proposal;
}

/* An event from an article without a publication date may be missing
 * its relative dates: say so, and offer the date the article itself
 * suggests, with the passage it comes from. */
static void
update_date_infobar (DatelineSourcePanel *self)
{
  const DatelineSourceList *sources = self->event ? dateline_event_get_sources (self->event) : NULL;
  DatelineArticle *undated = NULL;
  const Proposal *proposal;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *evidence = NULL;
  const char *name;
  gboolean all_undated = TRUE;

  g_clear_pointer (&self->undated_article_id, g_free);
  self->proposed_day = 0;

  /* Asked about when it matters for this event: it has no date, or none
   * of its articles has a publication date to anchor it. An event that
   * other outlets date is not held up by one undated copy. */
  for (guint i = 0; self->project != NULL && sources != NULL && i < sources->len; i++)
    {
      const DatelineSource *source = &g_array_index (sources, DatelineSource, i);
      DatelineArticle *article = dateline_project_lookup_article (self->project, source->article_id);
      const DatelineWhen *published = article ? dateline_article_get_published (article) : NULL;

      if (article == NULL)
        continue;
      if (published == NULL || !dateline_when_is_dated (published))
        {
          if (undated == NULL)
            undated = article;
        }
      else
        {
          all_undated = FALSE;
        }
    }

  if (undated != NULL && !all_undated && dateline_when_is_dated (dateline_event_get_when (self->event)))
    undated = NULL;

  gtk_info_bar_set_revealed (self->date_infobar, undated != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->date_infobar), undated != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.use-proposed-date", FALSE);
  if (undated == NULL)
    return;

  self->undated_article_id = g_strdup (dateline_article_get_id (undated));
  name = dateline_article_get_title (undated);
  if (name == NULL || name[0] == '\0')
    name = dateline_article_get_source (undated);

  /* Translators: %s is an article's title */
  title = g_strdup_printf (_("No publication date for “%s”"), name);

  proposal = lookup_proposal (self, undated);
  if (proposal->found)
    {
      g_autofree char *day = dateline_when_dup_display (&proposal->when);

      self->proposed_day = proposal->when.start;
      /* Translators: %s is a date; the article itself mentions it last */
      body = g_strdup_printf (_("Relative dates like “on Tuesday” cannot be placed. Use %s (the latest date it mentions)?"), day);
      evidence = dup_evidence_markup (dateline_article_get_text (undated),
                                      dateline_article_get_text_length (undated),
                                      proposal->evidence_start, proposal->evidence_end);
    }
  else
    {
      body = g_strdup (_("Relative dates like “on Tuesday” cannot be placed until the article has one."));
    }

  gtk_label_set_text (self->date_infobar_title, title);
  gtk_label_set_text (self->date_infobar_body, body);
  if (evidence != NULL)
    gtk_label_set_markup (self->date_infobar_evidence, evidence);
  gtk_widget_set_visible (GTK_WIDGET (self->date_infobar_evidence), evidence != NULL);
  gtk_widget_set_visible (self->use_date_button, self->proposed_day != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.use-proposed-date", self->proposed_day != 0);
  dateline_date_chooser_set_day (DATELINE_DATE_CHOOSER (gtk_menu_button_get_popover (self->set_date_button)),
                                 self->proposed_day);
}

static void
set_published (DatelineSourcePanel *self,
               guint32              julian)
{
  if (self->undated_article_id == NULL || julian == 0)
    return;

  /* The window owns the project: it re-reads the article, marks the
   * timeline modified and keeps the moved event selected. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.set-published", "(su)",
                                   self->undated_article_id, (guint32) julian))
    g_warning ("No window to set the publication date of article %s", self->undated_article_id);
}

static void
dateline_source_panel_day_chosen_cb (DatelineSourcePanel *self,
                                     guint                julian,
                                     DatelineDateChooser *chooser)
{
  set_published (self, julian);
}

static void
dateline_source_panel_use_proposed_date_action (GtkWidget  *widget,
                                                const char *action_name,
                                                GVariant   *param)
{
  DatelineSourcePanel *self = DATELINE_SOURCE_PANEL (widget);

  set_published (self, self->proposed_day);
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
  const DatelineSourceList *sources = dateline_event_get_sources (self->event);
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
  const DatelineSourceList *sources;
  guint n_sources;

  clear_cards (self);

  if (self->event == NULL)
    {
      update_date_infobar (self);
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
  update_date_infobar (self);

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
  g_clear_pointer (&self->undated_article_id, g_free);
  g_clear_pointer (&self->proposals, g_hash_table_unref);

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
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, date_infobar);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, date_infobar_title);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, date_infobar_body);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, date_infobar_evidence);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, set_date_button);
  gtk_widget_class_bind_template_child (widget_class, DatelineSourcePanel, use_date_button);

  gtk_widget_class_install_action (widget_class, "panel.show-all-sources", NULL,
                                   dateline_source_panel_show_all_sources_action);
  gtk_widget_class_install_action (widget_class, "panel.use-proposed-date", NULL,
                                   dateline_source_panel_use_proposed_date_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcepanel");
}

static void
dateline_source_panel_init (DatelineSourcePanel *self)
{
  GtkWidget *chooser;

  self->cards = g_ptr_array_new ();
  self->proposals = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  chooser = dateline_date_chooser_new ();
  gtk_menu_button_set_popover (self->set_date_button, chooser);
  g_signal_connect_object (chooser, "day-chosen",
                           G_CALLBACK (dateline_source_panel_day_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self->date_infobar), FALSE);
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
      /* Its articles are gone with it (the keys are borrowed). */
      g_hash_table_remove_all (self->proposals);
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

void
dateline_source_panel_refresh (DatelineSourcePanel *self)
{
  g_return_if_fail (DATELINE_IS_SOURCE_PANEL (self));

  rebuild (self);
}

const char *
dateline_source_panel_get_undated_article_id (DatelineSourcePanel *self)
{
  g_return_val_if_fail (DATELINE_IS_SOURCE_PANEL (self), NULL);

  return self->undated_article_id;
}

guint32
dateline_source_panel_get_proposed_day (DatelineSourcePanel *self)
{
  g_return_val_if_fail (DATELINE_IS_SOURCE_PANEL (self), 0);

  return self->proposed_day;
}

const char *
dateline_source_panel_get_certainty_text (DatelineSourcePanel *self)
{
  g_return_val_if_fail (DATELINE_IS_SOURCE_PANEL (self), NULL);

  return self->event ? gtk_label_get_text (self->certainty_label) : NULL;
}
