/* dateline-article-view.c — an article's full text, scrolled to a passage
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n.h>

#include "dateline-article-view.h"
#include "dateline-timex.h"
#include "dateline-ui-private.h"

struct _DatelineArticleView
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwWindowTitle  *window_title;
  GtkScrolledWindow *scroller;
  GtkTextView     *text_view;

  /* owned */
  DatelineArticle *article;

  /* borrowed: owned by the buffer's tag table */
  GtkTextTag      *passage_tag;
  GtkTextTag      *date_tag;
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

/* Callbacks */

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

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
dateline_article_view_init (DatelineArticleView *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->date_tag = gtk_text_buffer_create_tag (buffer, "date",
                                               "weight", PANGO_WEIGHT_BOLD,
                                               NULL);
  /* Created last so it has the highest priority and wins over "date". */
  self->passage_tag = gtk_text_buffer_create_tag (buffer, "passage", NULL);
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
