/* dateline-passage-card.h — one supporting passage of an event, as a card
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dateline-article.h"
#include "dateline-event.h"

G_BEGIN_DECLS

#define DATELINE_TYPE_PASSAGE_CARD (dateline_passage_card_get_type())

G_DECLARE_FINAL_TYPE (DatelinePassageCard, dateline_passage_card, DATELINE, PASSAGE_CARD, GtkWidget)

/* @article may be NULL when the project lacks the article the source names;
 * the card then shows the passage text stored with the source. */
GtkWidget       *dateline_passage_card_new             (DatelineArticle      *article,
                                                        const DatelineSource *source);
/* (transfer none) (nullable) */
DatelineArticle *dateline_passage_card_get_article     (DatelinePassageCard  *self);
/* Byte offsets of the passage in the article's text. */
guint            dateline_passage_card_get_start       (DatelinePassageCard  *self);
guint            dateline_passage_card_get_end         (DatelinePassageCard  *self);
/* The passage as shown, without markup. */
const char      *dateline_passage_card_get_text        (DatelinePassageCard  *self);
/* The "Show in Article" button (insensitive without an article). */
GtkWidget       *dateline_passage_card_get_show_button (DatelinePassageCard  *self);

/* The meta line of the card (the publication date and the origin). */
const char      *dateline_passage_card_get_meta_text   (DatelinePassageCard  *self);

/* "Published Tuesday 23 March 2021, from the header", "Publication date
 * unknown": the article's publication date in the user's locale and where
 * it came from. (transfer full) */
char            *dateline_passage_card_dup_published_text (DatelineArticle   *article);

/* Pango markup for text[start, end) of @article with its temporal
 * expressions highlighted; NULL when the offsets do not fit the text. */
char            *dateline_passage_card_build_markup    (DatelineArticle      *article,
                                                        guint                 start,
                                                        guint                 end);

G_END_DECLS
