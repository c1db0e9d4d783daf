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

/* Reads @article again after its publication date changed, so that its
 * relative dates resolve anew: its passages leave every event (events left
 * without one go, unless the user edited them), its actor mentions are
 * found again, its events extracted and the project merged. */
void       dateline_extract_article_again (DatelineProject *project,
                                           DatelineArticle *article);

/* For an article without a publication date: the date to propose, with its
 * evidence — the latest full date the article states (a report is written
 * on or after the last day it names). @evidence_start/@evidence_end get
 * the byte span of that date in the text. FALSE when the article states
 * no full date. */
gboolean   dateline_extract_propose_published (DatelineArticle *article,
                                               DatelineWhen    *proposal,
                                               guint           *evidence_start,
                                               guint           *evidence_end);

G_END_DECLS
