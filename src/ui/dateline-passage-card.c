/* dateline-passage-card.c — one supporting passage of an event, as a card
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n.h>

#include "dateline-date.h"
#include "dateline-passage-card.h"
#include "dateline-timex.h"
#include "dateline-ui-private.h"

struct _DatelinePassageCard
{
  GtkWidget        parent_instance;

  /* template widgets */
  GtkWidget       *box;
  GtkLabel        *article_title_label;
  GtkLabel        *meta_label;
  GtkLabel        *passage_label;
  GtkWidget       *show_button;

  /* owned */
  DatelineArticle *article;
  guint            start;
  guint            end;
};

G_DEFINE_FINAL_TYPE (DatelinePassageCard, dateline_passage_card, GTK_TYPE_WIDGET)

enum {
  SHOW_IN_ARTICLE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
append_escaped (GString    *markup,
                const char *text,
                gsize       length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (markup, escaped);
}

static char *
dup_meta_text (DatelineArticle *article)
{
  g_autofree char *published_text = dateline_passage_card_dup_published_text (article);
  const char *source = dateline_article_get_source (article);

  if (source != NULL && source[0] != '\0')
    return g_strdup_printf ("%s · %s", published_text, source);

  return g_steal_pointer (&published_text);
}

/* Callbacks */

static void
dateline_passage_card_show_in_article_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *param)
{
  DatelinePassageCard *self = DATELINE_PASSAGE_CARD (widget);

  if (self->article != NULL)
    g_signal_emit (self, signals[SHOW_IN_ARTICLE], 0);
}

/* Virtual functions */

static void
dateline_passage_card_dispose (GObject *object)
{
  DatelinePassageCard *self = DATELINE_PASSAGE_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DATELINE_TYPE_PASSAGE_CARD);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (dateline_passage_card_parent_class)->dispose (object);
}

static void
dateline_passage_card_class_init (DatelinePassageCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dateline_passage_card_dispose;

  /**
   * DatelinePassageCard::show-in-article:
   *
   * The user asked to read the passage in its article.
   */
  signals[SHOW_IN_ARTICLE] =
    g_signal_new ("show-in-article",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  dateline_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, DATELINE_UI_RESOURCE_PATH "/dateline-passage-card.ui");
  gtk_widget_class_bind_template_child (widget_class, DatelinePassageCard, box);
  gtk_widget_class_bind_template_child (widget_class, DatelinePassageCard, article_title_label);
  gtk_widget_class_bind_template_child (widget_class, DatelinePassageCard, meta_label);
  gtk_widget_class_bind_template_child (widget_class, DatelinePassageCard, passage_label);
  gtk_widget_class_bind_template_child (widget_class, DatelinePassageCard, show_button);

  gtk_widget_class_install_action (widget_class, "passage.show-in-article", NULL,
                                   dateline_passage_card_show_in_article_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "passagecard");
}

static void
dateline_passage_card_init (DatelinePassageCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

char *
dateline_passage_card_dup_published_text (DatelineArticle *article)
{
  const DatelineWhen *published;
  g_autofree char *date = NULL;

  g_return_val_if_fail (DATELINE_IS_ARTICLE (article), NULL);

  published = dateline_article_get_published (article);
  if (published == NULL || !dateline_when_is_dated (published))
    return g_strdup (_("Publication date unknown"));

  date = dateline_when_dup_display (published);

  /* Where the date came from decides how far its relative dates can be
   * trusted: say it with the date. */
  switch (dateline_article_get_published_origin (article))
    {
    case DATELINE_DATE_ORIGIN_HEADER:
      /* Translators: %s is a publication date */
      return g_strdup_printf (_("Published %s, from the header"), date);

    case DATELINE_DATE_ORIGIN_METADATA:
      /* Translators: %s is a publication date, read from the HTML page's metadata */
      return g_strdup_printf (_("Published %s, from the page’s metadata"), date);

    case DATELINE_DATE_ORIGIN_TEXT:
      /* Translators: %s is a publication date, read from a dateline such as "GENEVA, 1 August 2025 —" */
      return g_strdup_printf (_("Published %s, from the dateline in the text"), date);

    case DATELINE_DATE_ORIGIN_INFERRED:
      /* Translators: %s is a publication date borrowed from another copy of the same story */
      return g_strdup_printf (_("Published %s, inferred from a copy"), date);

    case DATELINE_DATE_ORIGIN_USER:
      /* Translators: %s is a publication date the user set */
      return g_strdup_printf (_("Published %s, set by you"), date);

    case DATELINE_DATE_ORIGIN_REFERENCE:
      /* Translators: %s is a date; the user gave it as the reference date (dateline extract --reference-date) */
      return g_strdup_printf (_("Published %s, the reference date you gave"), date);

    case DATELINE_DATE_ORIGIN_UNKNOWN:
    default:
      /* Translators: %s is a publication date */
      return g_strdup_printf (_("Published %s"), date);
    }
}

char *
dateline_passage_card_build_markup (DatelineArticle *article,
                                    guint            start,
                                    guint            end)
{
  const char *text;
  GPtrArray *timexes;
  GString *markup;
  guint position;

  g_return_val_if_fail (DATELINE_IS_ARTICLE (article), NULL);

  text = dateline_article_get_text (article);
  if (text == NULL || start > end || end > dateline_article_get_text_length (article))
    return NULL;

  /* Offsets from a hand-edited project may split a character. */
  if (!g_utf8_validate (text + start, end - start, NULL))
    return NULL;

  markup = g_string_new (NULL);
  position = start;
  timexes = dateline_article_get_timexes (article);

  /* Timexes are in text order and do not overlap, so one pass suffices.
   * Only those wholly inside the passage are highlighted. */
  for (guint i = 0; timexes != NULL && i < timexes->len; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);

      if (timex->end <= position)
        continue;
      if (timex->start >= end)
        break;
      if (timex->start < position || timex->end > end)
        continue;
      if (!g_utf8_validate (text + timex->start, timex->end - timex->start, NULL))
        continue;

      append_escaped (markup, text + position, timex->start - position);
      g_string_append (markup, "<span weight=\"bold\" bgcolor=\"#f6d32d\" bgalpha=\"35%\">");
      append_escaped (markup, text + timex->start, timex->end - timex->start);
      g_string_append (markup, "</span>");
      position = timex->end;
    }

  append_escaped (markup, text + position, end - position);

  return g_string_free (markup, FALSE);
}

GtkWidget *
dateline_passage_card_new (DatelineArticle      *article,
                           const DatelineSource *source)
{
  DatelinePassageCard *self;
  g_autofree char *markup = NULL;

  g_return_val_if_fail (article == NULL || DATELINE_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  self = g_object_new (DATELINE_TYPE_PASSAGE_CARD, NULL);
  g_set_object (&self->article, article);
  self->start = source->start;
  self->end = source->end;

  if (article != NULL)
    {
      g_autofree char *meta = dup_meta_text (article);
      const char *title = dateline_article_get_title (article);

      gtk_label_set_text (self->article_title_label,
                          title && title[0] ? title : dateline_article_get_source (article));
      gtk_label_set_text (self->meta_label, meta);
      markup = dateline_passage_card_build_markup (article, source->start, source->end);
    }
  else
    {
      gtk_label_set_text (self->article_title_label, _("Missing Article"));
      gtk_label_set_text (self->meta_label, _("The project does not contain the article this passage came from"));
    }

  if (markup != NULL)
    gtk_label_set_markup (self->passage_label, markup);
  else
    gtk_label_set_text (self->passage_label, source->text ? source->text : "");

  gtk_widget_set_sensitive (self->show_button, article != NULL && markup != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->article_title_label),
                                  -1);

  return GTK_WIDGET (self);
}

DatelineArticle *
dateline_passage_card_get_article (DatelinePassageCard *self)
{
  g_return_val_if_fail (DATELINE_IS_PASSAGE_CARD (self), NULL);

  return self->article;
}

guint
dateline_passage_card_get_start (DatelinePassageCard *self)
{
  g_return_val_if_fail (DATELINE_IS_PASSAGE_CARD (self), 0);

  return self->start;
}

guint
dateline_passage_card_get_end (DatelinePassageCard *self)
{
  g_return_val_if_fail (DATELINE_IS_PASSAGE_CARD (self), 0);

  return self->end;
}

const char *
dateline_passage_card_get_text (DatelinePassageCard *self)
{
  g_return_val_if_fail (DATELINE_IS_PASSAGE_CARD (self), NULL);

  return gtk_label_get_text (self->passage_label);
}

const char *
dateline_passage_card_get_meta_text (DatelinePassageCard *self)
{
  g_return_val_if_fail (DATELINE_IS_PASSAGE_CARD (self), NULL);

  return gtk_label_get_text (self->meta_label);
}

GtkWidget *
dateline_passage_card_get_show_button (DatelinePassageCard *self)
{
  g_return_val_if_fail (DATELINE_IS_PASSAGE_CARD (self), NULL);

  return self->show_button;
}
