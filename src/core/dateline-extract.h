/* dateline-extract.h — from an article's text to dated events
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dateline-project.h"

G_BEGIN_DECLS

/* Tags the article's temporal expressions (stored on the article, replacing
 * any earlier ones) and returns its event candidates, each with its passage.
 * Events have no id yet: dateline_project_add_events() gives them one.
 *
 * Returns: (transfer full) (element-type DatelineEvent) */
GPtrArray *dateline_extract_article_events (DatelineArticle *article);
GPtrArray *dateline_extract_article_events_full (DatelineArticle  *article,
                                                 GArray          **mentions_out);

/* The whole pipeline for many articles: adds them to @project, links
 * near-duplicates (a copy without a date borrows its original's), extracts
 * every article's events on all processors, and merges the events of the
 * whole project. (element-type DatelineArticle) */
void       dateline_extract_articles_into_project (DatelineProject *project,
                                                   GPtrArray       *articles);

/* Adds @article to @project and extracts its events into it, without
 * merging (a first look; call dateline_merge_project_events() after). */
void       dateline_extract_into_project   (DatelineProject *project,
                                            DatelineArticle *article);

G_END_DECLS
