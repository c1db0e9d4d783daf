/* eval-coref.c — coreference scorers: MUC, B³, CEAF-e and the CoNLL average
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "eval-coref.h"

#include <math.h>

struct _EvalPartition {
  GHashTable *cluster_by_key;  /* owned string → cluster index + 1 */
  GPtrArray  *clusters;        /* GArray of guint mentions */
  GHashTable *cluster_of;      /* mention + 1 → cluster index + 1 */
};

/* ------------------------------------------------------------------ */
/* Partitions                                                          */
/* ------------------------------------------------------------------ */

EvalPartition *
eval_partition_new (void)
{
  EvalPartition *partition = g_new0 (EvalPartition, 1);

  partition->cluster_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  partition->clusters = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  partition->cluster_of = g_hash_table_new (g_direct_hash, g_direct_equal);

  return partition;
}

void
eval_partition_free (EvalPartition *partition)
{
  if (partition == NULL)
    return;

  g_hash_table_unref (partition->cluster_by_key);
  g_ptr_array_unref (partition->clusters);
  g_hash_table_unref (partition->cluster_of);
  g_free (partition);
}

gboolean
eval_partition_add (EvalPartition *partition,
                    guint          mention,
                    const char    *cluster_key)
{
  gpointer mention_key = GUINT_TO_POINTER (mention + 1);
  guint index;

  g_return_val_if_fail (partition != NULL, FALSE);
  g_return_val_if_fail (cluster_key != NULL, FALSE);
  g_return_val_if_fail (mention < G_MAXUINT, FALSE);

  if (g_hash_table_contains (partition->cluster_of, mention_key))
    return FALSE;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (partition->cluster_by_key, cluster_key));
  if (index == 0)
    {
      g_ptr_array_add (partition->clusters, g_array_new (FALSE, FALSE, sizeof (guint)));
      index = partition->clusters->len;
      g_hash_table_insert (partition->cluster_by_key, g_strdup (cluster_key),
                           GUINT_TO_POINTER (index));
    }

  g_array_append_val ((GArray *) g_ptr_array_index (partition->clusters, index - 1), mention);
  g_hash_table_insert (partition->cluster_of, mention_key, GUINT_TO_POINTER (index));

  return TRUE;
}

guint
eval_partition_get_n_clusters (const EvalPartition *partition)
{
  return partition->clusters->len;
}

guint
eval_partition_get_n_mentions (const EvalPartition *partition)
{
  return g_hash_table_size (partition->cluster_of);
}

const GArray *
eval_partition_get_cluster (const EvalPartition *partition,
                            guint                index)
{
  g_return_val_if_fail (index < partition->clusters->len, NULL);

  return g_ptr_array_index (partition->clusters, index);
}

int
eval_partition_lookup (const EvalPartition *partition,
                       guint                mention)
{
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (partition->cluster_of,
                                                      GUINT_TO_POINTER (mention + 1))) - 1;
}

/* ------------------------------------------------------------------ */
/* Score arithmetic                                                    */
/* ------------------------------------------------------------------ */

double
eval_score_recall (const EvalScore *score)
{
  return score->recall_den > 0 ? score->recall_num / score->recall_den : 0.0;
}

double
eval_score_precision (const EvalScore *score)
{
  return score->precision_den > 0 ? score->precision_num / score->precision_den : 0.0;
}

double
eval_score_f1 (const EvalScore *score)
{
  double p = eval_score_precision (score);
  double r = eval_score_recall (score);

  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void
eval_score_add (EvalScore       *sum,
                const EvalScore *score)
{
  sum->recall_num += score->recall_num;
  sum->recall_den += score->recall_den;
  sum->precision_num += score->precision_num;
  sum->precision_den += score->precision_den;
}

/* ++table[slot], for counting in a hash table of GUINT values. */
static void
increment_count (GHashTable *table,
                 gpointer    slot)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (table, slot));

  g_hash_table_insert (table, slot, GUINT_TO_POINTER (count + 1));
}

/* ------------------------------------------------------------------ */
/* MUC                                                                 */
/* ------------------------------------------------------------------ */

/* Σ (|k| − |p(k)|) and Σ (|k| − 1) over the clusters of @key, partitioned
 * by @response. */
static void
muc_one_side (const EvalPartition *key,
              const EvalPartition *response,
              double              *num,
              double              *den)
{
  g_autoptr(GHashTable) parts = g_hash_table_new (g_direct_hash, g_direct_equal);

  *num = 0;
  *den = 0;

  for (guint c = 0; c < key->clusters->len; c++)
    {
      const GArray *cluster = g_ptr_array_index (key->clusters, c);
      guint n_parts = 0;

      g_hash_table_remove_all (parts);
      for (guint i = 0; i < cluster->len; i++)
        {
          int r = eval_partition_lookup (response, g_array_index (cluster, guint, i));

          if (r < 0)
            n_parts++;   /* a twinless mention is a part of its own */
          else if (g_hash_table_add (parts, GINT_TO_POINTER (r + 1)))
            n_parts++;
        }

      *num += (double) cluster->len - n_parts;
      *den += (double) cluster->len - 1;
    }
}

void
eval_coref_muc (const EvalPartition *key,
                const EvalPartition *response,
                EvalScore           *out)
{
  muc_one_side (key, response, &out->recall_num, &out->recall_den);
  muc_one_side (response, key, &out->precision_num, &out->precision_den);
}

/* ------------------------------------------------------------------ */
/* B³                                                                  */
/* ------------------------------------------------------------------ */

static void
b_cubed_one_side (const EvalPartition *key,
                  const EvalPartition *response,
                  double              *num,
                  double              *den)
{
  g_autoptr(GHashTable) overlap = g_hash_table_new (g_direct_hash, g_direct_equal);

  *num = 0;
  *den = 0;

  for (guint c = 0; c < key->clusters->len; c++)
    {
      const GArray *cluster = g_ptr_array_index (key->clusters, c);
      GHashTableIter iter;
      gpointer count;
      double sum = 0;

      g_hash_table_remove_all (overlap);
      for (guint i = 0; i < cluster->len; i++)
        {
          int r = eval_partition_lookup (response, g_array_index (cluster, guint, i));
          gpointer slot = GINT_TO_POINTER (r + 1);

          if (r < 0)
            continue;
          increment_count (overlap, slot);
        }

      g_hash_table_iter_init (&iter, overlap);
      while (g_hash_table_iter_next (&iter, NULL, &count))
        {
          double n = GPOINTER_TO_UINT (count);

          sum += n * n;
        }

      *num += sum / cluster->len;
      *den += cluster->len;
    }
}

void
eval_coref_b_cubed (const EvalPartition *key,
                    const EvalPartition *response,
                    EvalScore           *out)
{
  b_cubed_one_side (key, response, &out->recall_num, &out->recall_den);
  b_cubed_one_side (response, key, &out->precision_num, &out->precision_den);
}

/* ------------------------------------------------------------------ */
/* Kuhn–Munkres                                                        */
/* ------------------------------------------------------------------ */

/* The Hungarian method with potentials (O(n² m)), minimising the cost of
 * assigning each of @n rows to a distinct one of @m ≥ @n columns. @cost is
 * row-major. */
static void
assignment_minimize (const double *cost,
                     guint         n,
                     guint         m,
                     int          *row_to_col)
{
  g_autofree double *u = g_new0 (double, n + 1);
  g_autofree double *v = g_new0 (double, m + 1);
  g_autofree double *min_slack = g_new (double, m + 1);
  g_autofree guint *owner = g_new0 (guint, m + 1);   /* column → row (1-based), 0 = free */
  g_autofree guint *way = g_new0 (guint, m + 1);
  g_autofree gboolean *used = g_new (gboolean, m + 1);

  g_assert (n <= m);

  for (guint i = 1; i <= n; i++)
    {
      guint j0 = 0;

      owner[0] = i;
      for (guint j = 0; j <= m; j++)
        {
          min_slack[j] = INFINITY;
          used[j] = FALSE;
        }

      do
        {
          guint i0 = owner[j0];
          guint j1 = 0;
          double delta = INFINITY;

          used[j0] = TRUE;
          for (guint j = 1; j <= m; j++)
            {
              double slack;

              if (used[j])
                continue;
              slack = cost[(gsize) (i0 - 1) * m + (j - 1)] - u[i0] - v[j];
              if (slack < min_slack[j])
                {
                  min_slack[j] = slack;
                  way[j] = j0;
                }
              if (min_slack[j] < delta)
                {
                  delta = min_slack[j];
                  j1 = j;
                }
            }

          for (guint j = 0; j <= m; j++)
            {
              if (used[j])
                {
                  u[owner[j]] += delta;
                  v[j] -= delta;
                }
              else
                min_slack[j] -= delta;
            }
          j0 = j1;
        }
      while (owner[j0] != 0);

      do
        {
          guint j1 = way[j0];

          owner[j0] = owner[j1];
          j0 = j1;
        }
      while (j0 != 0);
    }

  for (guint i = 0; i < n; i++)
    row_to_col[i] = -1;
  for (guint j = 1; j <= m; j++)
    if (owner[j] != 0)
      row_to_col[owner[j] - 1] = (int) j - 1;
}

double
eval_assignment_maximize (const double *weights,
                          guint         n_rows,
                          guint         n_cols,
                          int          *row_to_col)
{
  g_autofree double *cost = NULL;
  double total = 0;

  g_return_val_if_fail (row_to_col != NULL || n_rows == 0, 0.0);

  if (n_rows == 0)
    return 0.0;
  if (n_cols == 0)
    {
      for (guint i = 0; i < n_rows; i++)
        row_to_col[i] = -1;
      return 0.0;
    }

  cost = g_new (double, (gsize) n_rows * n_cols);

  if (n_rows <= n_cols)
    {
      for (gsize k = 0; k < (gsize) n_rows * n_cols; k++)
        cost[k] = -weights[k];
      assignment_minimize (cost, n_rows, n_cols, row_to_col);
    }
  else
    {
      /* More rows than columns: assign columns to rows instead. */
      g_autofree int *col_to_row = g_new (int, n_cols);

      for (guint i = 0; i < n_rows; i++)
        for (guint j = 0; j < n_cols; j++)
          cost[(gsize) j * n_rows + i] = -weights[(gsize) i * n_cols + j];
      assignment_minimize (cost, n_cols, n_rows, col_to_row);

      for (guint i = 0; i < n_rows; i++)
        row_to_col[i] = -1;
      for (guint j = 0; j < n_cols; j++)
        if (col_to_row[j] >= 0)
          row_to_col[col_to_row[j]] = (int) j;
    }

  for (guint i = 0; i < n_rows; i++)
    if (row_to_col[i] >= 0)
      total += weights[(gsize) i * n_cols + (guint) row_to_col[i]];

  return total;
}

/* ------------------------------------------------------------------ */
/* CEAF-e                                                              */
/* ------------------------------------------------------------------ */

static guint
union_find_root (guint *parent,
                 guint  x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
  return x;
}

/* |k ∩ r| for a key cluster against every response cluster it touches. */
static void
count_overlaps (const GArray        *cluster,
                const EvalPartition *response,
                GHashTable          *overlap)
{
  g_hash_table_remove_all (overlap);
  for (guint i = 0; i < cluster->len; i++)
    {
      int r = eval_partition_lookup (response, g_array_index (cluster, guint, i));
      gpointer slot = GINT_TO_POINTER (r + 1);

      if (r < 0)
        continue;
      increment_count (overlap, slot);
    }
}

void
eval_coref_ceaf_e (const EvalPartition *key,
                   const EvalPartition *response,
                   EvalScore           *out)
{
  guint n_key = key->clusters->len;
  guint n_response = response->clusters->len;
  g_autofree guint *parent = g_new (guint, n_key + n_response + 1);
  g_autoptr(GHashTable) overlap = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) components = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                                            NULL, (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer value;
  double similarity = 0;

  /* The alignment only ever pairs clusters that share a mention (φ4 is 0
   * otherwise), so it splits into independent problems over the connected
   * components of the "shares a mention" graph: a few clusters each,
   * instead of one matrix over every cluster of a corpus. */
  for (guint i = 0; i < n_key + n_response; i++)
    parent[i] = i;
  for (guint k = 0; k < n_key; k++)
    {
      count_overlaps (g_ptr_array_index (key->clusters, k), response, overlap);
      g_hash_table_iter_init (&iter, overlap);
      while (g_hash_table_iter_next (&iter, &value, NULL))
        {
          guint a = union_find_root (parent, k);
          guint b = union_find_root (parent, n_key + GPOINTER_TO_UINT (value) - 1);

          if (a != b)
            parent[a] = b;
        }
    }

  for (guint i = 0; i < n_key + n_response; i++)
    {
      gpointer root = GUINT_TO_POINTER (union_find_root (parent, i) + 1);
      GArray *members = g_hash_table_lookup (components, root);

      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (components, root, members);
        }
      g_array_append_val (members, i);
    }

  g_hash_table_iter_init (&iter, components);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *members = value;
      g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) cols = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GHashTable) col_of = g_hash_table_new (g_direct_hash, g_direct_equal);
      g_autofree double *weights = NULL;
      g_autofree int *row_to_col = NULL;

      for (guint i = 0; i < members->len; i++)
        {
          guint node = g_array_index (members, guint, i);

          if (node < n_key)
            g_array_append_val (rows, node);
          else
            {
              guint r = node - n_key;

              g_hash_table_insert (col_of, GUINT_TO_POINTER (r + 1), GUINT_TO_POINTER (cols->len));
              g_array_append_val (cols, r);
            }
        }
      if (rows->len == 0 || cols->len == 0)
        continue;

      weights = g_new0 (double, (gsize) rows->len * cols->len);
      row_to_col = g_new (int, rows->len);
      for (guint i = 0; i < rows->len; i++)
        {
          guint k = g_array_index (rows, guint, i);
          const GArray *k_cluster = g_ptr_array_index (key->clusters, k);
          GHashTableIter overlaps;
          gpointer r_slot, count;

          count_overlaps (k_cluster, response, overlap);
          g_hash_table_iter_init (&overlaps, overlap);
          while (g_hash_table_iter_next (&overlaps, &r_slot, &count))
            {
              guint r = GPOINTER_TO_UINT (r_slot) - 1;
              const GArray *r_cluster = g_ptr_array_index (response->clusters, r);
              guint j = GPOINTER_TO_UINT (g_hash_table_lookup (col_of, GUINT_TO_POINTER (r + 1)));

              weights[(gsize) i * cols->len + j] =
                2.0 * GPOINTER_TO_UINT (count) / (k_cluster->len + r_cluster->len);
            }
        }

      similarity += eval_assignment_maximize (weights, rows->len, cols->len, row_to_col);
    }

  out->recall_num = similarity;
  out->recall_den = n_key;
  out->precision_num = similarity;
  out->precision_den = n_response;
}

/* ------------------------------------------------------------------ */
/* All together                                                        */
/* ------------------------------------------------------------------ */

void
eval_coref_score_all (const EvalPartition *key,
                      const EvalPartition *response,
                      EvalCorefScores     *out)
{
  eval_coref_muc (key, response, &out->muc);
  eval_coref_b_cubed (key, response, &out->b_cubed);
  eval_coref_ceaf_e (key, response, &out->ceaf_e);
}

void
eval_coref_scores_add (EvalCorefScores       *sum,
                       const EvalCorefScores *scores)
{
  eval_score_add (&sum->muc, &scores->muc);
  eval_score_add (&sum->b_cubed, &scores->b_cubed);
  eval_score_add (&sum->ceaf_e, &scores->ceaf_e);
}

double
eval_coref_conll_f1 (const EvalCorefScores *scores)
{
  return (eval_score_f1 (&scores->muc) +
          eval_score_f1 (&scores->b_cubed) +
          eval_score_f1 (&scores->ceaf_e)) / 3.0;
}
