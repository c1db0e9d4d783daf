/* dateline-article-view.h — an article's full text, scrolled to a passage
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dateline-article.h"

G_BEGIN_DECLS

#define DATELINE_TYPE_ARTICLE_VIEW (dateline_article_view_get_type())

G_DECLARE_FINAL_TYPE (DatelineArticleView, dateline_article_view, DATELINE, ARTICLE_VIEW, AdwWindow)

DatelineArticleView *dateline_article_view_new                (GtkWindow           *transient_for);
/* Shows @article with the passage [start, end) (byte offsets into its text)
 * highlighted and scrolled into view. */
void                 dateline_article_view_show_passage       (DatelineArticleView *self,
                                                               DatelineArticle     *article,
                                                               guint                start,
                                                               guint                end);
/* (transfer none) (nullable) */
DatelineArticle     *dateline_article_view_get_article        (DatelineArticleView *self);
/* (transfer none) */
GtkTextView         *dateline_article_view_get_text_view      (DatelineArticleView *self);
/* The highlighted passage in the buffer; FALSE when there is none. */
gboolean             dateline_article_view_get_passage_bounds (DatelineArticleView *self,
                                                               GtkTextIter         *start,
                                                               GtkTextIter         *end);

/* Shows the article's publication date again after it changed. */
void                 dateline_article_view_update_published   (DatelineArticleView *self);
/* "Published …, from the header", as shown under the text. */
const char          *dateline_article_view_get_published_text (DatelineArticleView *self);
/* For an article without a publication date: the day its infobar proposes
 * (the latest full date it mentions), or 0. */
guint32              dateline_article_view_get_proposed_day   (DatelineArticleView *self);

G_END_DECLS
