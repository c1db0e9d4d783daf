/* dateline-duplicates.h — near-duplicate articles: reworded copies, republished wires
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dateline-article.h"

G_BEGIN_DECLS

/* Estimated resemblance (Jaccard over word 3-shingles) above which two
 * articles are copies of one story. Reworded copies of a wire story score
 * 0.4–0.6; different reports of the same events score below 0.02. */
#define DATELINE_DUPLICATE_THRESHOLD 0.25

#define DATELINE_MINHASH_SIZE 64

/* A MinHash signature of an article's word 3-shingles. */
typedef struct {
  guint32 mins[DATELINE_MINHASH_SIZE];
  guint   n_shingles;
} DatelineMinHash;

void    dateline_minhash_compute   (DatelineMinHash       *signature,
                                    const char            *text,
                                    gsize                  length);
double  dateline_minhash_resemblance (const DatelineMinHash *a,
                                      const DatelineMinHash *b);

/* Finds the near-duplicates among @articles (candidates by LSH banding,
 * so near-linear) and links each copy to its original — the earliest
 * published, or the first given — with dateline_article_set_duplicate_of().
 * A copy without a publication date borrows its original's, with origin
 * INFERRED. Returns the number of copies linked.
 * (element-type DatelineArticle) */
guint   dateline_duplicates_link   (GPtrArray             *articles);

G_END_DECLS
