/* dateline-duplicates.c — near-duplicate articles: reworded copies, republished wires
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MinHash (Broder 1997) over word 3-shingles estimates the Jaccard
 * resemblance of two articles from 64 minima. Locality-sensitive hashing
 * puts each signature in 32 bands of 2 rows; only articles that share a
 * band are compared, so linking n articles costs O(n) expected.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include "dateline-duplicates.h"

#define SHINGLE 3
#define BANDS 32
#define ROWS (DATELINE_MINHASH_SIZE / BANDS)
#define MAX_BUCKET 32

G_STATIC_ASSERT (BANDS * ROWS == DATELINE_MINHASH_SIZE);

/* Fixed odd multipliers and offsets: the same text always gets the same
 * signature, in every process. (splitmix64 of the index.) */
static guint64
mix64 (guint64 x)
{
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

static guint32
word_hash (const char *start,
           const char *end)
{
  guint32 h = 2166136261u;

  for (const char *p = start; p < end; p++)
    h = (h ^ (guchar) g_ascii_tolower (*p)) * 16777619u;

  return h;
}

void
dateline_minhash_compute (DatelineMinHash *signature,
                          const char      *text,
                          gsize            length)
{
  guint64 multipliers[DATELINE_MINHASH_SIZE];
  guint64 offsets[DATELINE_MINHASH_SIZE];
  guint32 window[SHINGLE] = { 0 };
  guint n_words = 0;
  const char *p = text;
  const char *end = text + length;

  g_return_if_fail (signature != NULL);
  g_return_if_fail (text != NULL || length == 0);

  for (guint i = 0; i < DATELINE_MINHASH_SIZE; i++)
    {
      multipliers[i] = mix64 (2 * i) | 1;
      offsets[i] = mix64 (2 * i + 1);
      signature->mins[i] = G_MAXUINT32;
    }
  signature->n_shingles = 0;

  /* Words are runs of ASCII letters and digits, case-folded; anything
   * else separates them, so punctuation and quotes do not matter. */
  while (p < end)
    {
      const char *word;
      guint64 shingle;

      while (p < end && !g_ascii_isalnum (*p))
        p++;
      if (p >= end)
        break;
      word = p;
      while (p < end && g_ascii_isalnum (*p))
        p++;

      window[n_words % SHINGLE] = word_hash (word, p);
      n_words++;
      if (n_words < SHINGLE)
        continue;

      shingle = 0;
      for (guint k = 0; k < SHINGLE; k++)
        shingle = shingle * 1000003u + window[(n_words - SHINGLE + k) % SHINGLE];

      for (guint i = 0; i < DATELINE_MINHASH_SIZE; i++)
        {
          guint32 h = (guint32) ((multipliers[i] * shingle + offsets[i]) >> 32);

          if (h < signature->mins[i])
            signature->mins[i] = h;
        }
      signature->n_shingles++;
    }
}

double
dateline_minhash_resemblance (const DatelineMinHash *a,
                              const DatelineMinHash *b)
{
  guint same = 0;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if (a->n_shingles == 0 || b->n_shingles == 0)
    return 0;

  for (guint i = 0; i < DATELINE_MINHASH_SIZE; i++)
    same += a->mins[i] == b->mins[i];

  return (double) same / DATELINE_MINHASH_SIZE;
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
  return i;
}

/* The original of a group: the earliest dated article, else the first. */
static gboolean
is_better_original (DatelineArticle *candidate,
                    DatelineArticle *current)
{
  const DatelineWhen *a = dateline_article_get_published (candidate);
  const DatelineWhen *b = dateline_article_get_published (current);

  if (!dateline_when_is_dated (a))
    return FALSE;
  if (!dateline_when_is_dated (b))
    return TRUE;
  return a->start < b->start;
}

guint
dateline_duplicates_link (GPtrArray *articles)
{
  g_autofree DatelineMinHash *signatures = NULL;
  g_autofree guint *parent = NULL;
  g_autofree guint *original = NULL;
  g_autoptr(GHashTable) buckets = NULL;
  guint n, linked = 0;

  g_return_val_if_fail (articles != NULL, 0);

  n = articles->len;
  if (n < 2)
    return 0;

  signatures = g_new (DatelineMinHash, n);
  parent = g_new (guint, n);
  original = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    {
      DatelineArticle *article = g_ptr_array_index (articles, i);

      dateline_minhash_compute (&signatures[i], dateline_article_get_text (article),
                                dateline_article_get_text_length (article));
      parent[i] = i;
    }

  /* band key → the articles seen with that band, one per group */
  buckets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n; i++)
    {
      if (signatures[i].n_shingles == 0)
        continue;

      for (guint band = 0; band < BANDS; band++)
        {
          guint64 hash = band;
          gint64 key;
          GArray *members;

          /* Unsigned: the hash is meant to wrap, and a signed overflow is
           * undefined behaviour (UBSan stops on it). */
          for (guint r = 0; r < ROWS; r++)
            hash = hash * 0x100000001B3ull + signatures[i].mins[band * ROWS + r];
          key = (gint64) hash;

          members = g_hash_table_lookup (buckets, &key);
          if (members == NULL)
            {
              gint64 *stored = g_new (gint64, 1);

              *stored = key;
              members = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (buckets, stored, members);
            }

          /* A bucket keeps one member per group: a thousand copies of one
           * wire story cost one comparison each, not a thousand. */
          {
            gboolean grouped = FALSE;

            for (guint m = 0; m < members->len; m++)
              {
                guint j = g_array_index (members, guint, m);
                guint ri = find_root (parent, i), rj = find_root (parent, j);

                /* Groups are stars: a copy must resemble the group's first
                 * article, not merely some copy of it, or articles sharing
                 * a paragraph each would chain a whole corpus together. */
                if (ri == rj)
                  grouped = TRUE;
                else if (dateline_minhash_resemblance (&signatures[ri], &signatures[rj]) >= DATELINE_DUPLICATE_THRESHOLD &&
                         dateline_minhash_resemblance (&signatures[i], &signatures[j]) >= DATELINE_DUPLICATE_THRESHOLD)
                  {
                    parent[MAX (ri, rj)] = MIN (ri, rj);
                    grouped = TRUE;
                  }
              }
            /* A band value shared by many unrelated articles is a common
             * phrase, not a copy: the bucket stops growing, so a corpus
             * of similar articles stays linear. */
            if (!grouped && members->len < MAX_BUCKET)
              g_array_append_val (members, i);
          }
        }
    }

  /* Each group's original, then the links and borrowed dates. */
  for (guint i = 0; i < n; i++)
    original[i] = G_MAXUINT;
  for (guint i = 0; i < n; i++)
    {
      guint root = find_root (parent, i);

      if (original[root] == G_MAXUINT ||
          is_better_original (g_ptr_array_index (articles, i), g_ptr_array_index (articles, original[root])))
        original[root] = i;
    }

  for (guint i = 0; i < n; i++)
    {
      DatelineArticle *article = g_ptr_array_index (articles, i);
      DatelineArticle *source = g_ptr_array_index (articles, original[find_root (parent, i)]);

      if (source == article)
        continue;

      dateline_article_set_duplicate_of (article, dateline_article_get_id (source));
      linked++;

      /* A copy says nothing of its own date: it borrows the original's,
       * marked inferred so the user can see and change it. */
      if (!dateline_when_is_dated (dateline_article_get_published (article)) &&
          dateline_when_is_dated (dateline_article_get_published (source)))
        dateline_article_set_published (article, dateline_article_get_published (source),
                                        DATELINE_DATE_ORIGIN_INFERRED);
    }

  return linked;
}
