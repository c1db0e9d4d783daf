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

/* Adds @article to @project and extracts its events into it. */
void       dateline_extract_into_project   (DatelineProject *project,
                                            DatelineArticle *article);

G_END_DECLS
