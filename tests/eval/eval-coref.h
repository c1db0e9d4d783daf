/* eval-coref.h — coreference scorers: MUC, B³, CEAF-e and the CoNLL average
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The definitions are those of the reference coreference scorer (v8.01,
 * Pradhan et al. 2014, "Scoring Coreference Partitions of Predicted
 * Mentions: A Reference Implementation"), re-implemented here:
 *
 *   MUC     (Vilain et al. 1995) recall = Σ_k (|k| − |p(k)|) / Σ_k (|k| − 1)
 *           where p(k) is the partition of key cluster k by the response
 *           clusters, a key mention missing from the response being a part
 *           of its own; precision swaps key and response.
 *   B³      (Bagga & Baldwin 1998) recall = Σ_k Σ_r |k∩r|² / |k|, over
 *           Σ_k |k|; precision swaps key and response. Mentions present on
 *           one side only count in that side's denominator.
 *   CEAF-e  (Luo 2005) the one-to-one alignment of key and response
 *           clusters maximising Σ φ4(k, r), φ4 = 2|k∩r| / (|k| + |r|)
 *           (Kuhn–Munkres); recall = Σ φ4 / #key clusters, precision =
 *           Σ φ4 / #response clusters.
 *   CoNLL   the mean of the MUC, B³ and CEAF-e F1.
 *
 * Singletons are kept on both sides (ECB+ and MEANTIME annotate them). Key
 * and response may hold different mention sets (predicted mentions).
 * Scores keep numerators and denominators so that several documents or
 * topics add up to the score of one "meta-document".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A partition of mentions into clusters. Mentions are small integers the
 * caller chooses (the same integer names the same mention in the key and
 * the response); clusters are named by any string key. */
typedef struct _EvalPartition EvalPartition;

EvalPartition *eval_partition_new            (void);
void           eval_partition_free           (EvalPartition       *partition);
/* Puts @mention into the cluster named @cluster_key (created on first use).
 * A mention already placed stays where it is: returns FALSE then. */
gboolean       eval_partition_add            (EvalPartition       *partition,
                                              guint                mention,
                                              const char          *cluster_key);
guint          eval_partition_get_n_clusters (const EvalPartition *partition);
guint          eval_partition_get_n_mentions (const EvalPartition *partition);
/* (transfer none) the mentions of cluster @index, in insertion order */
const GArray  *eval_partition_get_cluster    (const EvalPartition *partition,
                                              guint                index);
/* The cluster index of @mention, or -1 when absent. */
int            eval_partition_lookup         (const EvalPartition *partition,
                                              guint                mention);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvalPartition, eval_partition_free)

/* Numerators and denominators of one metric. */
typedef struct {
  double recall_num;
  double recall_den;
  double precision_num;
  double precision_den;
} EvalScore;

/* 0 when the denominator is 0 (as the reference scorer prints). */
double eval_score_recall    (const EvalScore *score);
double eval_score_precision (const EvalScore *score);
double eval_score_f1        (const EvalScore *score);
void   eval_score_add       (EvalScore       *sum,
                             const EvalScore *score);

typedef struct {
  EvalScore muc;
  EvalScore b_cubed;
  EvalScore ceaf_e;
} EvalCorefScores;

void   eval_coref_muc         (const EvalPartition *key,
                               const EvalPartition *response,
                               EvalScore           *out);
void   eval_coref_b_cubed     (const EvalPartition *key,
                               const EvalPartition *response,
                               EvalScore           *out);
void   eval_coref_ceaf_e      (const EvalPartition *key,
                               const EvalPartition *response,
                               EvalScore           *out);
void   eval_coref_score_all   (const EvalPartition *key,
                               const EvalPartition *response,
                               EvalCorefScores     *out);
void   eval_coref_scores_add  (EvalCorefScores       *sum,
                               const EvalCorefScores *scores);
double eval_coref_conll_f1    (const EvalCorefScores *scores);

/* Kuhn–Munkres: the one-to-one assignment of rows to columns maximising
 * the sum of @weights (row-major, @n_rows × @n_cols, any shape). Fills
 * @row_to_col (length @n_rows; -1 for a row left unassigned when there are
 * more rows than columns) and returns the maximum sum. */
double eval_assignment_maximize (const double *weights,
                                 guint         n_rows,
                                 guint         n_cols,
                                 int          *row_to_col);

G_END_DECLS
