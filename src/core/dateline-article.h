/* dateline-article.h — one ingested article: cleaned text and metadata
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dateline-date.h"
#include "dateline-timex.h"

G_BEGIN_DECLS

#define DATELINE_TYPE_ARTICLE (dateline_article_get_type())

G_DECLARE_FINAL_TYPE (DatelineArticle, dateline_article, DATELINE, ARTICLE, GObject)

DatelineArticle    *dateline_article_new                (const char          *id,
                                                         const char          *title,
                                                         const char          *source,
                                                         const char          *text);
const char         *dateline_article_get_id             (DatelineArticle     *self);
void                dateline_article_set_id             (DatelineArticle     *self,
                                                         const char          *id);
const char         *dateline_article_get_title          (DatelineArticle     *self);
void                dateline_article_set_title          (DatelineArticle     *self,
                                                         const char          *title);
/* The file name the article came from (basename, for display). */
const char         *dateline_article_get_source         (DatelineArticle     *self);
/* The cleaned text every offset points into; immutable once created. */
const char         *dateline_article_get_text           (DatelineArticle     *self);
gsize               dateline_article_get_text_length    (DatelineArticle     *self);

/* Publication date, day granularity (or coarser, or undated) and origin. */
const DatelineWhen *dateline_article_get_published      (DatelineArticle     *self);
DatelineDateOrigin  dateline_article_get_published_origin (DatelineArticle   *self);
void                dateline_article_set_published      (DatelineArticle     *self,
                                                         const DatelineWhen  *published,
                                                         DatelineDateOrigin   origin);

/* The id of the article this one is a near-duplicate of (a reworded copy,
 * a republished wire story), or NULL. */
const char         *dateline_article_get_duplicate_of   (DatelineArticle     *self);
void                dateline_article_set_duplicate_of   (DatelineArticle     *self,
                                                         const char          *original_id);

/* Temporal expressions of this article, in text order (byte offsets). */
GPtrArray          *dateline_article_get_timexes        (DatelineArticle     *self);
void                dateline_article_take_timexes       (DatelineArticle     *self,
                                                         GPtrArray           *timexes);

/* Offset conversion between UTF-8 byte offsets (used in memory) and Unicode
 * code-point offsets (used in the project file and by GtkTextBuffer).
 * O(1) amortised: a checkpoint table is built on first use.
 * Out-of-range values are clamped to the text length. */
guint               dateline_article_byte_to_char       (DatelineArticle     *self,
                                                         guint                byte_offset);
guint               dateline_article_char_to_byte       (DatelineArticle     *self,
                                                         guint                char_offset);
guint               dateline_article_get_char_length    (DatelineArticle     *self);

G_END_DECLS
