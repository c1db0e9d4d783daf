/* dateline-article-view.c — an article's full text, scrolled to a passage
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n.h>

#include "dateline-article-view.h"
#include "dateline-date-chooser.h"
#include "dateline-extract.h"
#include "dateline-passage-card.h"
#include "dateline-timex.h"
#include "dateline-ui-private.h"

struct _DatelineArticleView
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwWindowTitle  *window_title;
  GtkScrolledWindow *scroller;
  GtkTextView     *text_view;
  GtkInfoBar      *date_infobar;
  GtkLabel        *date_infobar_body;
  GtkLabel        *published_label;
  GtkMenuButton   *set_date_button;

  /* owned */
  DatelineArticle *article;
  guint32          proposed_day;   /* for an article without a date, or 0 */

  /* borrowed: owned by the buffer's tag table */
  GtkTextTag      *passage_tag;
  GtkTextTag      *date_tag;
  GtkTextTag      *evidence_tag;
  GtkTextMark     *passage_mark;
};

G_DEFINE_FINAL_TYPE (DatelineArticleView, dateline_article_view, ADW_TYPE_WINDOW)

/* Helpers */

static void
update_tag_colors (DatelineArticleView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  /* Adwaita yellow 3, translucent so that the text keeps the theme's
   * foreground colour and contrast in both styles. */
  GdkRGBA passage = { 0.965, 0.827, 0.176, dark ? 0.30 : 0.40 };

  g_object_set (self->passage_tag, "background-rgba", &passage, NULL);
}

static void
get_iter_at_byte (DatelineArticleView *self,
                  GtkTextIter         *iter,
                  guint                byte_offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  /* The buffer holds exactly the article's text, so the article's own
   * byte → code point table gives the buffer offset. */
  gtk_text_buffer_get_iter_at_offset (buffer, iter,
                                      dateline_article_byte_to_char (self->article, byte_offset));
}

static void
apply_date_tags (DatelineArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GPtrArray *timexes = dateline_article_get_timexes (self->article);

  for (guint i = 0; timexes != NULL && i < timexes->len; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);
      GtkTextIter start, end;

      if (timex->start >= timex->end)
        continue;

      get_iter_at_byte (self, &start, timex->start);
      get_iter_at_byte (self, &end, timex->end);
      gtk_text_buffer_apply_tag (buffer, self->date_tag, &start, &end);
    }
}

/* The publication date and where it came from; for an article without
 * one, the infobar with the date the article suggests, its evidence
 * underlined in the text. */
static void
update_published (DatelineArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  DatelineDateChooser *chooser = DATELINE_DATE_CHOOSER (gtk_menu_button_get_popover (self->set_date_button));
  const DatelineWhen *published;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  gboolean undated;

  self->proposed_day = 0;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->evidence_tag, &start, &end);

  if (self->article == NULL)
    return;

  published = dateline_article_get_published (self->article);
  undated = published == NULL || !dateline_when_is_dated (published);
  text = dateline_passage_card_dup_published_text (self->article);
  gtk_label_set_text (self->published_label, text);

  if (undated)
    {
      DatelineWhen proposal = DATELINE_WHEN_INIT;
      guint evidence_start = 0, evidence_end = 0;
      g_autofree char *body = NULL;

      if (dateline_extract_propose_published (self->article, &proposal, &evidence_start, &evidence_end))
        {
          g_autofree char *day = dateline_when_dup_display (&proposal);

          self->proposed_day = proposal.start;
          /* Translators: %s is a date; the article mentions it last (it is underlined in the text) */
          body = g_strdup_printf (_("Relative dates like “on Tuesday” cannot be placed. Use %s (the latest date it mentions, underlined)?"), day);
          get_iter_at_byte (self, &start, evidence_start);
          get_iter_at_byte (self, &end, evidence_end);
          gtk_text_buffer_apply_tag (buffer, self->evidence_tag, &start, &end);
        }
      else
        {
          body = g_strdup (_("Relative dates like “on Tuesday” cannot be placed until the article has one."));
        }

      gtk_label_set_text (self->date_infobar_body, body);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->date_infobar), undated);
  gtk_info_bar_set_revealed (self->date_infobar, undated);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "article.use-proposed-date", self->proposed_day != 0);
  dateline_date_chooser_set_day (chooser, undated ? self->proposed_day : published->start);
}

static void
set_published (DatelineArticleView *self,
               guint32              julian)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (self->article == NULL || julian == 0)
    return;

  /* The main window owns the project: it re-reads the article, marks the
   * timeline modified and calls dateline_article_view_update_published(). */
  if (parent == NULL ||
      !gtk_widget_activate_action (GTK_WIDGET (parent), "win.set-published", "(su)",
                                   dateline_article_get_id (self->article), (guint32) julian))
    g_warning ("No window to set the publication date of article %s",
               dateline_article_get_id (self->article));
}

/* Callbacks */

static void
dateline_article_view_day_chosen_cb (DatelineArticleView *self,
                                     guint                julian,
                                     DatelineDateChooser *chooser)
{
  set_published (self, julian);
}

static void
dateline_article_view_use_proposed_date_action (GtkWidget  *widget,
                                                const char *action_name,
                                                GVariant   *param)
{
  DatelineArticleView *self = DATELINE_ARTICLE_VIEW (widget);

  set_published (self, self->proposed_day);
}

static void
dateline_article_view_set_date_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  DatelineArticleView *self = DATELINE_ARTICLE_VIEW (widget);

  gtk_menu_button_popup (self->set_date_button);
}

static void
dateline_article_view_dark_changed_cb (DatelineArticleView *self,
                                       GParamSpec          *pspec,
                                       AdwStyleManager     *style_manager)
{
  update_tag_colors (self);
}

/* Virtual functions */

static void
dateline_article_view_dispose (GObject *object)
{
  DatelineArticleView *self = DATELINE_ARTICLE_VIEW (object);

  g_clear_object (&self->article);

  G_OBJECT_CLASS (dateline_article_view_parent_class)->dispose (object);
}

static void
dateline_article_view_class_init (DatelineArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dateline_article_view_dispose;

  dateline_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, DATELINE_UI_RESOURCE_PATH "/dateline-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DatelineArticleView, window_title);
  gtk_widget_class_bind_template_child (widget_class, DatelineArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, DatelineArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, DatelineArticleView, date_infobar);
  gtk_widget_class_bind_template_child (widget_class, DatelineArticleView, date_infobar_body);
  gtk_widget_class_bind_template_child (widget_class, DatelineArticleView, published_label);
  gtk_widget_class_bind_template_child (widget_class, DatelineArticleView, set_date_button);

  gtk_widget_class_install_action (widget_class, "article.use-proposed-date", NULL,
                                   dateline_article_view_use_proposed_date_action);
  gtk_widget_class_install_action (widget_class, "article.set-date", NULL,
                                   dateline_article_view_set_date_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  /* Keep in sync with gtk/help-overlay.ui */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "article.set-date", NULL);
}

static void
dateline_article_view_init (DatelineArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkWidget *chooser;

  gtk_widget_init_template (GTK_WIDGET (self));

  chooser = dateline_date_chooser_new ();
  gtk_menu_button_set_popover (self->set_date_button, chooser);
  g_signal_connect_object (chooser, "day-chosen",
                           G_CALLBACK (dateline_article_view_day_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "article.use-proposed-date", FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->date_tag = gtk_text_buffer_create_tag (buffer, "date",
                                               "weight", PANGO_WEIGHT_BOLD,
                                               NULL);
  /* Created last so it has the highest priority and wins over "date". */
  self->passage_tag = gtk_text_buffer_create_tag (buffer, "passage", NULL);
  /* The date a publication date is proposed from. */
  self->evidence_tag = gtk_text_buffer_create_tag (buffer, "evidence",
                                                   "underline", PANGO_UNDERLINE_DOUBLE,
                                                   NULL);
  update_tag_colors (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dateline_article_view_dark_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/* Public API */

DatelineArticleView *
dateline_article_view_new (GtkWindow *transient_for)
{
  g_return_val_if_fail (transient_for == NULL || GTK_IS_WINDOW (transient_for), NULL);

  return g_object_new (DATELINE_TYPE_ARTICLE_VIEW,
                       "transient-for", transient_for,
                       "application", transient_for ? gtk_window_get_application (transient_for) : NULL,
                       NULL);
}

void
dateline_article_view_show_passage (DatelineArticleView *self,
                                    DatelineArticle     *article,
                                    guint                start,
                                    guint                end)
{
  GtkTextBuffer *buffer;
  GtkTextIter passage_start, passage_end;
  g_autofree char *subtitle = NULL;
  const DatelineWhen *published;
  const char *title;

  g_return_if_fail (DATELINE_IS_ARTICLE_VIEW (self));
  g_return_if_fail (DATELINE_IS_ARTICLE (article));

  buffer = gtk_text_view_get_buffer (self->text_view);

  if (self->article != article)
    {
      g_set_object (&self->article, article);
      gtk_text_buffer_set_text (buffer, dateline_article_get_text (article),
                                (int) dateline_article_get_text_length (article));
      apply_date_tags (self);
      self->passage_mark = NULL;

      title = dateline_article_get_title (article);
      if (title == NULL || title[0] == '\0')
        title = dateline_article_get_source (article);

      published = dateline_article_get_published (article);
      if (published != NULL && dateline_when_is_dated (published))
        {
          g_autofree char *date = dateline_when_dup_display (published);

          /* Translators: file name · publication date */
          subtitle = g_strdup_printf (_("%s · Published %s"),
                                      dateline_article_get_source (article), date);
        }
      else
        {
          subtitle = g_strdup (dateline_article_get_source (article));
        }

      adw_window_title_set_title (self->window_title, title);
      adw_window_title_set_subtitle (self->window_title, subtitle);
      gtk_window_set_title (GTK_WINDOW (self), title);
      update_published (self);
    }

  gtk_text_buffer_get_bounds (buffer, &passage_start, &passage_end);
  gtk_text_buffer_remove_tag (buffer, self->passage_tag, &passage_start, &passage_end);

  start = MIN (start, end);
  get_iter_at_byte (self, &passage_start, start);
  get_iter_at_byte (self, &passage_end, end);
  gtk_text_buffer_apply_tag (buffer, self->passage_tag, &passage_start, &passage_end);

  /* Place the cursor there too: keyboard and screen reader users land on
   * the passage, and a text view scrolls reliably to a mark even before it
   * has been allocated. */
  gtk_text_buffer_place_cursor (buffer, &passage_start);
  if (self->passage_mark == NULL)
    self->passage_mark = gtk_text_buffer_create_mark (buffer, "passage", &passage_start, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, self->passage_mark, &passage_start);

  gtk_text_view_scroll_to_mark (self->text_view, self->passage_mark, 0.0, TRUE, 0.0, 0.25);
}

DatelineArticle *
dateline_article_view_get_article (DatelineArticleView *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE_VIEW (self), NULL);

  return self->article;
}

GtkTextView *
dateline_article_view_get_text_view (DatelineArticleView *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE_VIEW (self), NULL);

  return self->text_view;
}

void
dateline_article_view_update_published (DatelineArticleView *self)
{
  const DatelineWhen *published;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (DATELINE_IS_ARTICLE_VIEW (self));

  if (self->article == NULL)
    return;

  published = dateline_article_get_published (self->article);
  if (published != NULL && dateline_when_is_dated (published))
    {
      g_autofree char *date = dateline_when_dup_display (published);

      subtitle = g_strdup_printf (_("%s · Published %s"),
                                  dateline_article_get_source (self->article), date);
    }
  else
    {
      subtitle = g_strdup (dateline_article_get_source (self->article));
    }

  adw_window_title_set_subtitle (self->window_title, subtitle);
  update_published (self);
}

const char *
dateline_article_view_get_published_text (DatelineArticleView *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE_VIEW (self), NULL);

  return gtk_label_get_text (self->published_label);
}

guint32
dateline_article_view_get_proposed_day (DatelineArticleView *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE_VIEW (self), 0);

  return self->proposed_day;
}

gboolean
dateline_article_view_get_passage_bounds (DatelineArticleView *self,
                                          GtkTextIter         *start,
                                          GtkTextIter         *end)
{
  GtkTextBuffer *buffer;

  g_return_val_if_fail (DATELINE_IS_ARTICLE_VIEW (self), FALSE);
  g_return_val_if_fail (start != NULL, FALSE);
  g_return_val_if_fail (end != NULL, FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_start_iter (buffer, start);

  if (!gtk_text_iter_starts_tag (start, self->passage_tag) &&
      !gtk_text_iter_forward_to_tag_toggle (start, self->passage_tag))
    return FALSE;

  *end = *start;
  if (!gtk_text_iter_forward_to_tag_toggle (end, self->passage_tag))
    gtk_text_buffer_get_end_iter (buffer, end);

  return TRUE;
}
