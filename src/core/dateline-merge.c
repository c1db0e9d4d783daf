/* dateline-merge.c — one event, however many passages report it
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cautious merger. Two mentions are candidates only when their kinds are
 * of one family (talks and meetings are) and their dates are compatible at
 * their granularities (a day inside a week, a week inside a month); each
 * mention is filed under its own date and looks up the coarser dates that
 * contain it, so the work is near-linear. Candidates are scored by the
 * content words of their passages, their trigger and their actors, and
 * merged greedily from the best score down, never joining two clusters
 * whose dates no longer overlap — so two meetings on different days of one
 * week never fuse through "this week". Only passages of near-duplicate
 * articles, which tell one story in other words, may join across a date
 * disagreement; each keeps its own date and the UI shows both.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dateline-lemma.h"
#include "dateline-merge.h"
#include "dateline-triggers.h"

/* Scores at or above which a pair merges. */
#define SAME_STORY_THRESHOLD   0.22   /* passages of near-duplicate articles */
#define CROSS_ARTICLE_THRESHOLD 0.30
#define SAME_ARTICLE_THRESHOLD  0.30
/* Near-duplicate passages may disagree on the date above this. */
#define DISAGREEMENT_THRESHOLD  0.45
/* Undated mentions of two reports share a trigger: a strong hint when the
 * reports are about one story (see DOCUMENT_WEIGHT). */
#define UNDATED_SAME_TRIGGER 0.10
/* Undated mentions of two documents merge only when the documents are at
 * least this alike (Jaccard of their passages' words). */
#define UNDATED_MIN_DOCUMENT_SIMILARITY 0.15
/* How much the resemblance of two whole documents adds. */
#define DOCUMENT_WEIGHT 1.0
/* What one trigger (by lemma) adds in two documents of one cluster of
 * alike documents: enough to merge by itself. */
#define RELATED_SAME_TRIGGER 0.5

/* A bucket larger than this is split by the passages' content words:
 * only passages that share a MinHash value are compared. */
#define SMALL_BUCKET 48
#define CONTENT_HASHES 8

/* Longest trigger word kept for comparison, with its NUL. */
#define TRIGGER_MAX 32

typedef struct {
  guint    document;
  guint    group;
  guint    family;
  guint32  start;      /* 0 when undated */
  guint32  end;
  DatelineGranularity granularity;
  guint32  trigger;    /* hash of the trigger's stem, 0 when none */
  guint32 *words;      /* sorted, unique hashes of content-word stems */
  guint    n_words;
  guint32 *actors;     /* sorted, unique hashes of actor ids */
  guint    n_actors;
  guint32  mins[CONTENT_HASHES];  /* MinHash of the content words */
  guint64  context;    /* fingerprint of the passage's words */
} Item;

/* What the scorer knows beyond the two mentions: their documents' words,
 * so that mentions of one trigger in two reports of one story (shared
 * names, places, numbers) can be told from the same word in two stories. */
typedef struct {
  GPtrArray  *document_words;   /* per document: GArray of sorted guint32 */
  GHashTable *document_similarity; /* (a << 32 | b) → double, cached */
  guint      *story;            /* per document: its cluster of alike documents */
} Documents;

typedef struct {
  guint  a;
  guint  b;
  double score;
  gboolean disagree;   /* the dates do not overlap */
} Pair;

static const char * const stopwords[] = {
  "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by",
  "for", "with", "from", "as", "that", "this", "these", "those", "it", "its",
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
  "would", "could", "should", "may", "might", "can", "not", "no", "he",
  "she", "they", "we", "i", "you", "his", "her", "their", "our", "them",
  "him", "us", "who", "which", "what", "when", "where", "said", "says",
  "say", "told", "also", "after", "before", "than", "then", "there", "into",
  "over", "about", "more", "most", "some", "any", "all", "such", "if",
  "so", "up", "out", "new", NULL
};

static GHashTable *
get_stopwords (void)
{
  static GHashTable *set;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      set = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; stopwords[i] != NULL; i++)
        g_hash_table_add (set, (gpointer) stopwords[i]);
      g_once_init_leave (&initialized, 1);
    }

  return set;
}

/* A crude English stem: enough that "attacks"/"attacked"/"attack" and
 * "talks"/"talk" agree; it never needs to be a real word. */
static gsize
stem_length (const char *word,
             gsize       length)
{
  if (length > 5 && g_str_has_suffix (word, "ing"))
    return length - 3;
  if (length > 4 && g_str_has_suffix (word, "ed"))
    return length - 2;
  if (length > 4 && g_str_has_suffix (word, "es"))
    return length - 2;
  if (length > 3 && word[length - 1] == 's' && word[length - 2] != 's')
    return length - 1;
  return length;
}

static guint32
hash_bytes (const char *data,
            gsize       length)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) data[i]) * 16777619u;

  return h ? h : 1;
}

static int
compare_guint32 (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

static int
compare_guint64 (gconstpointer a,
                 gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static guint32 *
sorted_unique (GArray *values,
               guint  *n_out)
{
  guint n = 0;

  g_array_sort (values, compare_guint32);
  for (guint i = 0; i < values->len; i++)
    if (i == 0 || g_array_index (values, guint32, i) != g_array_index (values, guint32, n - 1))
      g_array_index (values, guint32, n++) = g_array_index (values, guint32, i);

  *n_out = n;
  return g_memdup2 (values->data, (gsize) n * sizeof (guint32));
}

/* The content words of a passage: lower-cased, stemmed, without stop
 * words, numbers kept (casualty counts tell stories apart). */
static guint32 *
content_words (const char *text,
               guint      *n_out)
{
  g_autoptr(GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint32));
  GHashTable *stop = get_stopwords ();
  const char *p = text;
  char word[48];

  if (text == NULL)
    {
      *n_out = 0;
      return NULL;
    }

  while (*p != '\0')
    {
      gsize length = 0;
      guint32 h;

      while (*p != '\0' && !g_ascii_isalnum (*p))
        p++;
      while (*p != '\0' && g_ascii_isalnum (*p))
        {
          if (length < sizeof word - 1)
            word[length++] = g_ascii_tolower (*p);
          p++;
        }
      if (length == 0)
        continue;
      word[length] = '\0';
      if (length < 2 || g_hash_table_contains (stop, word))
        continue;

      h = hash_bytes (word, stem_length (word, length));
      g_array_append_val (hashes, h);
    }

  return sorted_unique (hashes, n_out);
}

static double
jaccard (const guint32 *a,
         guint          na,
         const guint32 *b,
         guint          nb)
{
  guint i = 0, j = 0, shared = 0;

  if (na == 0 || nb == 0)
    return 0;

  while (i < na && j < nb)
    {
      if (a[i] == b[j])
        {
          shared++;
          i++;
          j++;
        }
      else if (a[i] < b[j])
        i++;
      else
        j++;
    }

  return (double) shared / (double) (na + nb - shared);
}

/* Kinds that may report one happening: talks are held at meetings. */
static guint
kind_family (DatelineEventKind kind)
{
  switch (kind)
    {
    case DATELINE_EVENT_MEETING:
    case DATELINE_EVENT_TALKS:
      return DATELINE_EVENT_TALKS;
    case DATELINE_EVENT_THREAT:
    case DATELINE_EVENT_STATEMENT:
      return DATELINE_EVENT_STATEMENT;
    default:
      return kind;
    }
}

static DatelineEventKind
kind_of_trigger (const char *trigger)
{
  DatelineTrigger found;

  if (trigger != NULL && dateline_trigger_lookup (trigger, strlen (trigger), &found) &&
      found.klass != DATELINE_TRIGGER_LIGHT)
    return found.klass == DATELINE_TRIGGER_SPEECH ? DATELINE_EVENT_STATEMENT : found.kind;

  return DATELINE_EVENT_OTHER;
}

static void
item_init (Item                       *item,
           const DatelineMergeMention *mention)
{
  DatelineEventKind kind = mention->kind;

  if (kind >= DATELINE_EVENT_N_KINDS)
    kind = kind_of_trigger (mention->trigger);

  item->document = mention->document;
  item->group = mention->group;
  item->family = kind_family (kind);
  if (dateline_when_is_dated (&mention->when))
    {
      item->start = mention->when.start;
      item->end = mention->when.end;
      item->granularity = mention->when.granularity;
    }
  else
    {
      item->start = item->end = 0;
      item->granularity = DATELINE_GRANULARITY_NONE;
    }

  /* Triggers meet by lemma: "struck" and "strikes", "killed" and "kills". */
  item->trigger = 0;
  if (mention->trigger != NULL && mention->trigger[0] != '\0')
    {
      g_autofree char *lemma = dateline_lemma_phrase (mention->trigger);

      if (lemma[0] != '\0')
        item->trigger = hash_bytes (lemma, strlen (lemma));
    }

  item->words = content_words (mention->context, &item->n_words);

  item->context = 1469598103934665603ull;
  for (guint w = 0; w < item->n_words; w++)
    item->context = (item->context ^ item->words[w]) * 1099511628211ull;

  /* Passages with a Jaccard resemblance of 0.3 share at least one of 8
   * minima 94 % of the time, of 0.45 99 %. */
  for (guint h = 0; h < CONTENT_HASHES; h++)
    {
      guint32 best = G_MAXUINT32;
      guint32 seed = 0x9E3779B9u * (h + 1);

      for (guint w = 0; w < item->n_words; w++)
        {
          guint32 x = (item->words[w] ^ seed) * 0x85EBCA6Bu;

          x ^= x >> 13;
          if (x < best)
            best = x;
        }
      item->mins[h] = best;
    }

  {
    g_autoptr(GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint32));

    for (guint i = 0; mention->actors != NULL && mention->actors[i] != NULL; i++)
      {
        guint32 h = hash_bytes (mention->actors[i], strlen (mention->actors[i]));
        g_array_append_val (hashes, h);
      }
    item->actors = sorted_unique (hashes, &item->n_actors);
  }
}

static void
item_clear (Item *item)
{
  g_clear_pointer (&item->words, g_free);
  g_clear_pointer (&item->actors, g_free);
}

static gboolean
dates_overlap (guint32 a_start,
               guint32 a_end,
               guint32 b_start,
               guint32 b_end)
{
  return a_start <= b_end && b_start <= a_end;
}


/* ---------------------------------------------------------------------- */
/* Clusters of alike documents                                             */
/* ---------------------------------------------------------------------- */

/* Reports of one happening are told in words of their own: the names,
 * places and numbers of that story. Documents are clustered by the
 * TF-IDF cosine of their passages' words, average link, before any
 * mention is compared: a mention's trigger means the same happening in
 * two documents of one cluster far more often than in two that merely
 * share a theme (one court, one company, one kind of crime). */

/* Words in more documents than this tell no story apart, and skipping
 * them keeps the similarity join linear in the number of documents. */
#define STORY_MAX_DOCUMENT_FREQUENCY 100
/* Pairs of documents less alike than this are not linked at all. */
#define STORY_MIN_EDGE 0.02
/* Two clusters join while their documents are at least this alike on
 * average (cosine; tuned on the ECB+ dev topics only). */
#define STORY_THRESHOLD 0.08

typedef struct {
  guint32 word;
  guint   document;
  double  weight;
} Posting;

static int
compare_postings_by_word (gconstpointer a,
                          gconstpointer b)
{
  const Posting *x = a, *y = b;

  if (x->word != y->word)
    return x->word < y->word ? -1 : 1;
  return x->document < y->document ? -1 : (x->document > y->document);
}

static int
compare_postings_by_document (gconstpointer a,
                              gconstpointer b)
{
  const Posting *x = a, *y = b;

  if (x->document != y->document)
    return x->document < y->document ? -1 : 1;
  return x->word < y->word ? -1 : (x->word > y->word);
}

typedef struct {
  double  average;
  guint   a;
  guint   b;
  guint   version_a;
  guint   version_b;
} Link;

static gboolean
link_before (const Link *x,
             const Link *y)
{
  if (x->average != y->average)
    return x->average > y->average;
  if (x->a != y->a)
    return x->a < y->a;
  return x->b < y->b;
}

static void
heap_push (GArray     *heap,
           const Link *link)
{
  guint i = heap->len;

  g_array_append_val (heap, *link);
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      Link *links = (Link *) heap->data;

      if (!link_before (&links[i], &links[parent]))
        break;
      { Link t = links[i]; links[i] = links[parent]; links[parent] = t; }
      i = parent;
    }
}

static Link
heap_pop (GArray *heap)
{
  Link *links = (Link *) heap->data;
  Link top = links[0];
  guint i = 0, n;

  links[0] = links[heap->len - 1];
  g_array_set_size (heap, heap->len - 1);
  links = (Link *) heap->data;
  n = heap->len;
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, best = i;

      if (l < n && link_before (&links[l], &links[best]))
        best = l;
      if (r < n && link_before (&links[r], &links[best]))
        best = r;
      if (best == i)
        break;
      { Link t = links[i]; links[i] = links[best]; links[best] = t; }
      i = best;
    }

  return top;
}

static guint64
pair_key (guint a,
          guint b)
{
  return ((guint64) MIN (a, b) << 32) | MAX (a, b);
}

static double *
link_sum (GHashTable *sums,
          guint       a,
          guint       b,
          gboolean    create)
{
  guint64 key = pair_key (a, b);
  double *sum = g_hash_table_lookup (sums, &key);

  if (sum == NULL && create)
    {
      guint64 *stored = g_new (guint64, 1);

      *stored = key;
      sum = g_new0 (double, 1);
      g_hash_table_insert (sums, stored, sum);
    }
  return sum;
}

static void
unref_if_any (gpointer table)
{
  if (table != NULL)
    g_hash_table_unref (table);
}

/* Cluster number (a document number) of every document below
 * @n_documents. */
static guint *
cluster_documents (const Item *items,
                   guint       n,
                   guint       n_documents)
{
  const double threshold = STORY_THRESHOLD;
  g_autoptr(GArray) postings = g_array_new (FALSE, FALSE, sizeof (Posting));
  g_autoptr(GArray) by_document = NULL;
  g_autoptr(GHashTable) passages = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (Link));
  g_autofree double *norm = g_new0 (double, MAX (n_documents, 1));
  g_autofree double *accumulator = g_new0 (double, MAX (n_documents, 1));
  g_autofree guint *touched = g_new (guint, MAX (n_documents, 1));
  g_autofree guint *word_start = NULL;   /* per posting (by document): its word's run */
  g_autofree guint *word_end = NULL;
  g_autofree guint *size = g_new (guint, MAX (n_documents, 1));
  g_autofree guint *version = g_new0 (guint, MAX (n_documents, 1));
  guint *story = g_new (guint, MAX (n_documents, 1));
  GPtrArray *neighbours = g_ptr_array_new_full (n_documents, (GDestroyNotify) unref_if_any);
  guint n_present = 0;

  for (guint d = 0; d < n_documents; d++)
    {
      story[d] = d;
      size[d] = 1;
      g_ptr_array_add (neighbours, NULL);
    }

  /* (word, document) once per distinct passage: counted into a weight
   * below. */
  {
    g_autofree gboolean *present = g_new0 (gboolean, MAX (n_documents, 1));

    for (guint i = 0; i < n; i++)
      {
        guint64 key = (items[i].context * 1099511628211ull) ^ items[i].document;

        if (!present[items[i].document])
          {
            present[items[i].document] = TRUE;
            n_present++;
          }
        if (g_hash_table_contains (passages, &key))
          continue;
        g_hash_table_add (passages, g_memdup2 (&key, sizeof key));
        for (guint w = 0; w < items[i].n_words; w++)
          {
            Posting posting = { items[i].words[w], items[i].document, 1 };

            g_array_append_val (postings, posting);
          }
      }
  }

  /* Count repeats into term frequencies, then weight by IDF. */
  g_array_sort (postings, compare_postings_by_word);
  {
    guint unique = 0;

    for (guint i = 0; i < postings->len; i++)
      {
        Posting *p = &g_array_index (postings, Posting, i);

        if (unique > 0 && g_array_index (postings, Posting, unique - 1).word == p->word &&
            g_array_index (postings, Posting, unique - 1).document == p->document)
          g_array_index (postings, Posting, unique - 1).weight += 1;
        else
          g_array_index (postings, Posting, unique++) = *p;
      }
    g_array_set_size (postings, unique);
  }
  for (guint i = 0; i < postings->len;)
    {
      guint j = i;
      double idf;

      while (j < postings->len && g_array_index (postings, Posting, j).word ==
                                  g_array_index (postings, Posting, i).word)
        j++;
      idf = log (1.0 + (double) n_present / (double) (j - i));
      for (guint k = i; k < j; k++)
        {
          Posting *p = &g_array_index (postings, Posting, k);

          p->weight = (1.0 + log (p->weight)) * idf;
          norm[p->document] += p->weight * p->weight;
        }
      i = j;
    }
  for (guint i = 0; i < postings->len; i++)
    {
      Posting *p = &g_array_index (postings, Posting, i);

      p->weight /= sqrt (norm[p->document]);
    }

  /* Each document's postings with the run of its word in the word-sorted
   * list, which is the list of documents that share it. */
  by_document = g_array_sized_new (FALSE, FALSE, sizeof (Posting), postings->len);
  g_array_append_vals (by_document, postings->data, postings->len);
  g_array_sort (by_document, compare_postings_by_document);
  word_start = g_new (guint, MAX (by_document->len, 1));
  word_end = g_new (guint, MAX (by_document->len, 1));
  {
    g_autoptr(GHashTable) runs = g_hash_table_new (g_direct_hash, g_direct_equal);
    g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (guint));

    /* word → its run number + 1; run r spans bounds[2r] to bounds[2r + 1]. */
    for (guint i = 0; i < postings->len;)
      {
        guint j = i;

        while (j < postings->len && g_array_index (postings, Posting, j).word ==
                                    g_array_index (postings, Posting, i).word)
          j++;
        g_hash_table_insert (runs, GUINT_TO_POINTER (g_array_index (postings, Posting, i).word),
                             GUINT_TO_POINTER (bounds->len / 2 + 1));
        g_array_append_val (bounds, i);
        g_array_append_val (bounds, j);
        i = j;
      }
    for (guint i = 0; i < by_document->len; i++)
      {
        guint32 word = g_array_index (by_document, Posting, i).word;
        guint run = GPOINTER_TO_UINT (g_hash_table_lookup (runs, GUINT_TO_POINTER (word))) - 1;

        word_start[i] = g_array_index (bounds, guint, 2 * run);
        word_end[i] = g_array_index (bounds, guint, 2 * run + 1);
      }
  }

  /* The similarity join: every pair of documents that share a word rare
   * enough to tell. */
  for (guint i = 0; i < by_document->len;)
    {
      guint a = g_array_index (by_document, Posting, i).document;
      guint n_touched = 0;

      for (; i < by_document->len && g_array_index (by_document, Posting, i).document == a; i++)
        {
          double weight = g_array_index (by_document, Posting, i).weight;

          if (word_end[i] - word_start[i] > STORY_MAX_DOCUMENT_FREQUENCY)
            continue;
          for (guint k = word_start[i]; k < word_end[i]; k++)
            {
              const Posting *other = &g_array_index (postings, Posting, k);

              if (other->document <= a)
                continue;
              if (accumulator[other->document] == 0)
                touched[n_touched++] = other->document;
              accumulator[other->document] += weight * other->weight;
            }
        }

      for (guint t = 0; t < n_touched; t++)
        {
          guint b = touched[t];

          if (accumulator[b] >= STORY_MIN_EDGE)
            {
              Link link = { accumulator[b], a, b, 0, 0 };

              *link_sum (sums, a, b, TRUE) = accumulator[b];
              if (neighbours->pdata[a] == NULL)
                neighbours->pdata[a] = g_hash_table_new (g_direct_hash, g_direct_equal);
              if (neighbours->pdata[b] == NULL)
                neighbours->pdata[b] = g_hash_table_new (g_direct_hash, g_direct_equal);
              g_hash_table_add (neighbours->pdata[a], GUINT_TO_POINTER (b + 1));
              g_hash_table_add (neighbours->pdata[b], GUINT_TO_POINTER (a + 1));
              if (link.average >= threshold)
                heap_push (heap, &link);
            }
          accumulator[b] = 0;
        }
    }

  /* Average link: the two clusters whose documents are most alike on
   * average join first, until no two are alike enough. */
  while (heap->len > 0)
    {
      Link link = heap_pop (heap);
      guint keep, gone;
      GHashTableIter iter;
      gpointer key;

      if (story[link.a] != link.a || story[link.b] != link.b ||
          version[link.a] != link.version_a || version[link.b] != link.version_b)
        continue;

      /* The larger cluster absorbs the smaller. */
      keep = link.a;
      gone = link.b;
      if (neighbours->pdata[keep] == NULL ||
          (neighbours->pdata[gone] != NULL &&
           g_hash_table_size (neighbours->pdata[gone]) > g_hash_table_size (neighbours->pdata[keep])))
        {
          keep = link.b;
          gone = link.a;
        }
      story[gone] = keep;
      size[keep] += size[gone];
      version[keep]++;
      version[gone]++;

      g_hash_table_remove (neighbours->pdata[keep], GUINT_TO_POINTER (gone + 1));
      g_hash_table_remove (sums, &(guint64) { pair_key (keep, gone) });
      g_hash_table_iter_init (&iter, neighbours->pdata[gone]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          guint other = GPOINTER_TO_UINT (key) - 1;
          guint64 gone_key = pair_key (gone, other);
          double *sum;

          if (other == keep)
            continue;
          sum = g_hash_table_lookup (sums, &gone_key);
          *link_sum (sums, keep, other, TRUE) += sum != NULL ? *sum : 0;
          g_hash_table_remove (sums, &gone_key);
          g_hash_table_remove (neighbours->pdata[other], GUINT_TO_POINTER (gone + 1));
          g_hash_table_add (neighbours->pdata[other], GUINT_TO_POINTER (keep + 1));
          g_hash_table_add (neighbours->pdata[keep], GUINT_TO_POINTER (other + 1));
        }
      g_clear_pointer (&neighbours->pdata[gone], g_hash_table_unref);

      g_hash_table_iter_init (&iter, neighbours->pdata[keep]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          guint other = GPOINTER_TO_UINT (key) - 1;
          double average = *link_sum (sums, keep, other, TRUE) / ((double) size[keep] * size[other]);

          if (average >= threshold)
            {
              Link next = { average, MIN (keep, other), MAX (keep, other), 0, 0 };

              next.version_a = version[next.a];
              next.version_b = version[next.b];
              heap_push (heap, &next);
            }
        }
    }

  for (guint d = 0; d < n_documents; d++)
    {
      guint root = d;

      while (story[root] != root)
        root = story[root];
      story[d] = root;
    }

  g_ptr_array_unref (neighbours);
  return story;
}

/* How alike two mentions are, or a negative number when they must not
 * merge. */
static double
document_similarity (Documents *documents,
                     guint      a,
                     guint      b)
{
  guint64 key = ((guint64) MIN (a, b) << 32) | MAX (a, b);
  gpointer cached;
  GArray *x, *y;
  double value;

  if (documents == NULL || a >= documents->document_words->len || b >= documents->document_words->len)
    return 0;

  if (g_hash_table_lookup_extended (documents->document_similarity, &key, NULL, &cached))
    return *(double *) cached;

  x = g_ptr_array_index (documents->document_words, a);
  y = g_ptr_array_index (documents->document_words, b);
  value = jaccard ((guint32 *) x->data, x->len, (guint32 *) y->data, y->len);

  {
    guint64 *stored_key = g_new (guint64, 1);
    double *stored = g_new (double, 1);

    *stored_key = key;
    *stored = value;
    g_hash_table_insert (documents->document_similarity, stored_key, stored);
  }

  return value;
}

static double
pair_score (const Item *a,
            const Item *b,
            Documents  *documents,
            gboolean   *disagree)
{
  gboolean same_story = a->group == b->group;
  gboolean same_document = a->document == b->document;
  gboolean both_undated = a->start == 0 && b->start == 0;
  /* Two documents of one cluster of alike reports (not near-duplicates). */
  gboolean related = !same_document && !same_story && documents != NULL &&
                     documents->story != NULL &&
                     documents->story[a->document] == documents->story[b->document];
  gboolean same_trigger = a->trigger != 0 && a->trigger == b->trigger;
  double score, threshold;

  *disagree = FALSE;

  /* Two mentions of one sentence report two things ("the quake killed…",
   * "the quake struck…"): their shared sentence is no evidence. */
  if (same_document && a->context == b->context)
    return -1;

  /* Kinds must agree — except within one story told twice, where one
   * copy's wording may only give a generic verb ("left 15 dead" for "an
   * assault killed 15"). */
  if (a->family != b->family && !same_trigger &&
      !(same_story && !same_document &&
        (a->family == DATELINE_EVENT_OTHER || b->family == DATELINE_EVENT_OTHER)))
    return -1;

  if (a->start != 0 && b->start != 0 && !dates_overlap (a->start, a->end, b->start, b->end))
    {
      /* Different dates: only one story told twice may disagree. */
      if (!same_story || same_document)
        return -1;
      *disagree = TRUE;
    }
  else if ((a->start == 0) != (b->start == 0) && !same_story)
    {
      /* A dated and an undated mention merge only within one story. */
      return -1;
    }

  score = jaccard (a->words, a->n_words, b->words, b->n_words);

  /* One trigger in two alike reports: the same happening, as a rule (the
   * "lemma within a cluster of documents" of the coreference
   * literature). Not for speech verbs: "said" in two reports of one
   * story is as often two speakers. */
  if (same_trigger && related && a->family != DATELINE_EVENT_STATEMENT)
    return score + RELATED_SAME_TRIGGER;
  if (a->trigger != 0 && a->trigger == b->trigger)
    score += both_undated && !same_story ? UNDATED_SAME_TRIGGER : 0.08;
  else if (both_undated && (same_document || !same_story))
    {
      /* Undated, different words, different passages: too little to go
       * on, within one article as across two. */
      if (score < 0.5)
        return -1;
    }
  if (!same_document && !same_story)
    {
      double documents_alike = document_similarity (documents, a->document, b->document);

      /* Without dates, only reports of one story share their happenings:
       * "shares fell" in Monday's market report is not Friday's. */
      if (both_undated && documents_alike < UNDATED_MIN_DOCUMENT_SIMILARITY)
        return -1;
      /* …nor outside the cluster of alike documents. */
      if (both_undated && !related)
        return -1;
      score += DOCUMENT_WEIGHT * documents_alike;
    }
  if (a->n_actors > 0 && b->n_actors > 0)
    {
      double actors = jaccard (a->actors, a->n_actors, b->actors, b->n_actors);

      /* Shared actors support a merge; disjoint named actors argue
       * against it ("Russia met Turkey" is not "Ukraine met Turkey"). */
      score += actors > 0 ? 0.15 * actors : -0.15;
    }

  /* Within one article a happening told twice rarely repeats its words
   * ("held talks earlier this week" … "discussions took place on
   * Monday"): one kind and nested dates are the evidence there. */
  if (same_document && a->start != 0 && b->start != 0 && a->granularity != b->granularity &&
      a->family != DATELINE_EVENT_STATEMENT)
    score += 0.3;
  /* (Statements were already grouped per speaker and day by the
   * extractor; two of one article are two speakers.) */

  if (*disagree)
    threshold = DISAGREEMENT_THRESHOLD;
  else if (same_document)
    threshold = SAME_ARTICLE_THRESHOLD;
  else if (same_story)
    threshold = SAME_STORY_THRESHOLD;
  else
    threshold = CROSS_ARTICLE_THRESHOLD;

  return score >= threshold ? score : -1;
}

/* Bucket keys: family, granularity and the first day of the span at that
 * granularity; undated mentions are filed by family and story. */
static guint64
bucket_key (guint               family,
            DatelineGranularity granularity,
            guint32             day)
{
  return ((guint64) family << 56) | ((guint64) granularity << 48) | day;
}

static guint32
first_day_of (guint32             day,
              DatelineGranularity granularity)
{
  DatelineWhen span;
  int year, month, mday;

  dateline_julian_to_ymd (day, &year, &month, &mday);
  if (!dateline_when_set_span (&span, year, month, mday, granularity, DATELINE_CERTAINTY_UNKNOWN))
    return 0;
  return span.start;
}

static void
file_item (GHashTable *buckets,
           guint64     key,
           guint       index)
{
  GArray *members = g_hash_table_lookup (buckets, &key);

  if (members == NULL)
    {
      guint64 *stored = g_new (guint64, 1);

      *stored = key;
      members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (buckets, stored, members);
    }
  g_array_append_val (members, index);
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return x->b < y->b ? -1 : (x->b > y->b);
}

static guint64
sub_bucket_key (guint64 key,
                guint   h,
                guint32 min)
{
  return (key * 0x100000001B3ull + h) * 0x100000001B3ull + min;
}

typedef struct {
  Item       *items;
  GArray     *pairs;
  guint      *stamp;      /* stamp[j] == i + 1: pair (i, j) already seen */
  Documents  *documents;
} Collector;

static void
consider_pair (Collector *self,
               guint      i,
               guint      j)
{
  Pair pair;

  if (j == i || self->stamp[j] == i + 1)
    return;
  self->stamp[j] = i + 1;

  pair.a = MIN (i, j);
  pair.b = MAX (i, j);
  pair.score = pair_score (&self->items[i], &self->items[j], self->documents, &pair.disagree);
  if (pair.score >= 0)
    g_array_append_val (self->pairs, pair);
}

/* Compares item @i with the members of the bucket @key: all of them when
 * the bucket is small, else only those sharing a content MinHash. */
static void
probe_bucket (Collector  *self,
              GHashTable *buckets,
              GHashTable *sub_buckets,
              guint64     key,
              guint       i,
              gboolean    own)
{
  GArray *members = g_hash_table_lookup (buckets, &key);

  if (members == NULL)
    return;

  if (members->len <= SMALL_BUCKET)
    {
      for (guint m = 0; m < members->len; m++)
        {
          guint j = g_array_index (members, guint, m);

          /* In its own bucket each pair is found from both sides: once. */
          if (!own || j > i)
            consider_pair (self, i, j);
        }
      return;
    }

  for (guint h = 0; h < CONTENT_HASHES; h++)
    {
      guint64 sub = sub_bucket_key (key, h, self->items[i].mins[h]);
      GArray *similar = g_hash_table_lookup (sub_buckets, &sub);

      for (guint m = 0; similar != NULL && m < similar->len; m++)
        {
          guint j = g_array_index (similar, guint, m);

          if (!own || j > i)
            consider_pair (self, i, j);
        }
    }
}

/* The bucket an item is filed under: family, granularity and the first
 * day of its span; undated items by family and story. */
/* Undated mentions are also filed by trigger, across documents. */
static guint64
trigger_bucket (const Item *item)
{
  return bucket_key (item->family, DATELINE_GRANULARITY_CENTURY + 1, item->trigger);
}

/* Every mention with a trigger is also filed by trigger within its
 * cluster of alike documents, whatever its date. */
static guint64
story_trigger_bucket (const Item *item,
                      Documents  *documents)
{
  guint32 story = documents->story[item->document];

  /* Not by kind: one lemma is one word, whatever form the lexicon
   * lists ("shot" is there, "shooting" is not). */
  return bucket_key (0xFF, DATELINE_GRANULARITY_CENTURY + 2,
                     hash_bytes ((const char *) &(guint32[2]) { story, item->trigger }, 2 * sizeof (guint32)));
}

static guint64
own_bucket (const Item *item)
{
  if (item->start == 0)
    return bucket_key (item->family, DATELINE_GRANULARITY_NONE, item->group);
  return bucket_key (item->family, item->granularity, item->start);
}

static void
file_everywhere (GHashTable *buckets,
                 GHashTable *sub_buckets,
                 const Item *item,
                 guint64     key,
                 guint       index)
{
  file_item (buckets, key, index);
  for (guint h = 0; h < CONTENT_HASHES; h++)
    file_item (sub_buckets, sub_bucket_key (key, h, item->mins[h]), index);
}

/* Collects every scored pair: each item against the items filed under its
 * own bucket and under the coarser spans that contain its date; and, for
 * stories told in several near-duplicate articles, against that story's
 * passages on other days or of another kind. */
static GArray *
candidate_pairs (Item        *items,
                 guint        n,
                 const guint *representative,
                 Documents   *documents)
{
  g_autoptr(GHashTable) buckets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) sub_buckets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                             (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) story_buckets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                               (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) has_copies = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree guint *stamp = g_new0 (guint, MAX (n, 1));
  Collector collector = { items, g_array_new (FALSE, FALSE, sizeof (Pair)), stamp, documents };

  for (guint i = 0; i < n; i++)
    {
      if (representative[i] != i)
        continue;
      file_everywhere (buckets, sub_buckets, &items[i], own_bucket (&items[i]), i);
      if (items[i].start == 0 && items[i].trigger != 0)
        file_everywhere (buckets, sub_buckets, &items[i], trigger_bucket (&items[i]), i);
      if (items[i].trigger != 0)
        file_everywhere (buckets, sub_buckets, &items[i], story_trigger_bucket (&items[i], documents), i);
      if (items[i].group != items[i].document)
        g_hash_table_add (has_copies, GUINT_TO_POINTER (items[i].group + 1));
    }

  /* A story's dated passages, by shared content, whatever their day. */
  for (guint i = 0; i < n; i++)
    if (representative[i] == i && items[i].start != 0 &&
        g_hash_table_contains (has_copies, GUINT_TO_POINTER (items[i].group + 1)))
      for (guint h = 0; h < CONTENT_HASHES; h++)
        file_item (story_buckets, sub_bucket_key (((guint64) 1 << 63) | items[i].group, h, items[i].mins[h]), i);

  for (guint i = 0; i < n; i++)
    {
      Item *item = &items[i];

      if (representative[i] != i)
        continue;
      probe_bucket (&collector, buckets, sub_buckets, own_bucket (item), i, TRUE);
      if (item->start == 0 && item->trigger != 0)
        probe_bucket (&collector, buckets, sub_buckets, trigger_bucket (item), i, TRUE);
      if (item->trigger != 0)
        probe_bucket (&collector, buckets, sub_buckets, story_trigger_bucket (item, documents), i, TRUE);

      if (item->start != 0)
        for (DatelineGranularity g = item->granularity + 1; g <= DATELINE_GRANULARITY_YEAR; g++)
          {
            guint32 first = first_day_of (item->start, g);

            /* Only spans that hold the whole of the item's own span. */
            if (first != 0 && first_day_of (item->end, g) == first)
              probe_bucket (&collector, buckets, sub_buckets, bucket_key (item->family, g, first), i, FALSE);
          }

      if (item->start != 0 && g_hash_table_contains (has_copies, GUINT_TO_POINTER (item->group + 1)))
        for (guint h = 0; h < CONTENT_HASHES; h++)
          {
            guint64 key = sub_bucket_key (((guint64) 1 << 63) | item->group, h, item->mins[h]);
            GArray *similar = g_hash_table_lookup (story_buckets, &key);

            for (guint m = 0; similar != NULL && m < similar->len; m++)
              {
                guint j = g_array_index (similar, guint, m);

                if (j > i)
                  consider_pair (&collector, i, j);
              }
          }
    }

  return collector.pairs;
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

/* Greedy clustering from the best pair down. A cluster keeps the
 * intersection of its members' dates; two clusters whose intersections do
 * not overlap stay apart, unless the pair is one story's disagreement. */
/* A fingerprint of everything the score looks at but the document: two
 * mentions with the same one are the same passage reported again (a wire
 * story republished), and merge without being compared. */
static guint64
item_fingerprint (const Item *item)
{
  guint64 h = 1469598103934665603ull;

#define MIX(v) (h = (h ^ (guint64) (v)) * 1099511628211ull)
  MIX (item->family);
  MIX (item->start);
  MIX (item->end);
  MIX (item->granularity);
  MIX (item->trigger);
  MIX (item->n_words);
  for (guint i = 0; i < item->n_words; i++)
    MIX (item->words[i]);
  MIX (item->n_actors);
  for (guint i = 0; i < item->n_actors; i++)
    MIX (item->actors[i]);
#undef MIX

  return h;
}

static gboolean
items_identical (const Item *a,
                 const Item *b)
{
  /* An empty list may be NULL, and memcmp() must not be given NULL even
   * for no bytes (undefined behaviour; UBSan stops on it). */
  return a->family == b->family && a->start == b->start && a->end == b->end &&
         a->granularity == b->granularity && a->trigger == b->trigger &&
         a->n_words == b->n_words && a->n_actors == b->n_actors &&
         (a->n_words == 0 || memcmp (a->words, b->words, a->n_words * sizeof (guint32)) == 0) &&
         (a->n_actors == 0 || memcmp (a->actors, b->actors, a->n_actors * sizeof (guint32)) == 0);
}

/* One passage of one document. */
static guint64
passage_key (const Item *item)
{
  return (item->context * 1099511628211ull) ^ item->document;
}

static gboolean
share_passage (GHashTable *a,
               GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (a) > g_hash_table_size (b))
    {
      GHashTable *t = a;

      a = b;
      b = t;
    }
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (b, key))
      return TRUE;
  return FALSE;
}

static void
cluster_items (Item  *items,
               guint  n,
               guint *cluster_out)
{
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GHashTable) fingerprints = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree guint *representative = g_new (guint, MAX (n, 1));
  g_autofree guint *parent = g_new (guint, MAX (n, 1));
  g_autofree guint32 *lo = g_new (guint32, MAX (n, 1));
  g_autofree guint32 *hi = g_new (guint32, MAX (n, 1));
  GHashTable **passages;
  Documents documents;

  /* Exact repeats first, in one pass; only distinct passages are paired.
   * A mention whose words are empty is never a repeat of anything. */
  for (guint i = 0; i < n; i++)
    {
      guint64 fingerprint = item_fingerprint (&items[i]);
      gpointer found = g_hash_table_lookup (fingerprints, &fingerprint);

      representative[i] = i;
      if (items[i].n_words > 0 && found != NULL &&
          items_identical (&items[GPOINTER_TO_UINT (found) - 1], &items[i]))
        representative[i] = GPOINTER_TO_UINT (found) - 1;
      else if (found == NULL)
        {
          guint64 *key = g_new (guint64, 1);

          *key = fingerprint;
          g_hash_table_insert (fingerprints, key, GUINT_TO_POINTER (i + 1));
        }
    }

  /* Each document's words: the union of its mentions' passages. */
  documents.document_words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  documents.document_similarity = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < n; i++)
    {
      GArray *words;

      while (documents.document_words->len <= items[i].document)
        g_ptr_array_add (documents.document_words, g_array_new (FALSE, FALSE, sizeof (guint32)));
      words = g_ptr_array_index (documents.document_words, items[i].document);
      g_array_append_vals (words, items[i].words, items[i].n_words);
    }
  for (guint d = 0; d < documents.document_words->len; d++)
    {
      GArray *words = g_ptr_array_index (documents.document_words, d);
      guint unique = 0;

      g_array_sort (words, compare_guint32);
      for (guint w = 0; w < words->len; w++)
        if (w == 0 || g_array_index (words, guint32, w) != g_array_index (words, guint32, unique - 1))
          g_array_index (words, guint32, unique++) = g_array_index (words, guint32, w);
      g_array_set_size (words, unique);
    }

  documents.story = cluster_documents (items, n, documents.document_words->len);
  pairs = candidate_pairs (items, n, representative, &documents);

  for (guint i = 0; i < n; i++)
    {
      parent[i] = representative[i];
      lo[i] = items[i].start;
      hi[i] = items[i].end;
    }

  /* The passages of each cluster: two mentions of one passage are two
   * happenings ("the quake killed…", "the quake struck…"), and no chain
   * of merges elsewhere may put them together. */
  passages = g_new0 (GHashTable *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      guint root = representative[i];

      if (passages[root] == NULL)
        passages[root] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_add (passages[root], g_memdup2 (&(guint64) { passage_key (&items[i]) }, sizeof (guint64)));
    }

  g_array_sort (pairs, compare_pairs);

  for (guint p = 0; p < pairs->len; p++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, p);
      guint ra = find_root (parent, pair->a);
      guint rb = find_root (parent, pair->b);
      guint root, other;

      if (ra == rb)
        continue;

      if (lo[ra] != 0 && lo[rb] != 0 && !dates_overlap (lo[ra], hi[ra], lo[rb], hi[rb]) && !pair->disagree)
        continue;
      if (share_passage (passages[ra], passages[rb]))
        continue;

      root = MIN (ra, rb);
      other = MAX (ra, rb);
      parent[other] = root;
      {
        /* The larger set absorbs the smaller. */
        GHashTable *big = passages[root], *small = passages[other];
        GHashTableIter iter;
        gpointer key;

        if (g_hash_table_size (small) > g_hash_table_size (big))
          {
            big = passages[other];
            small = passages[root];
          }
        g_hash_table_iter_init (&iter, small);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          {
            g_hash_table_iter_steal (&iter);
            g_hash_table_add (big, key);
          }
        g_hash_table_unref (small);
        passages[root] = big;
        passages[other] = NULL;
      }

      if (lo[root] == 0)
        {
          lo[root] = lo[other];
          hi[root] = hi[other];
        }
      else if (lo[other] != 0 && dates_overlap (lo[root], hi[root], lo[other], hi[other]))
        {
          lo[root] = MAX (lo[root], lo[other]);
          hi[root] = MIN (hi[root], hi[other]);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      cluster_out[i] = find_root (parent, i);
      g_clear_pointer (&passages[i], g_hash_table_unref);
    }
  g_free (passages);

  g_ptr_array_unref (documents.document_words);
  g_hash_table_unref (documents.document_similarity);
  g_free (documents.story);
}

void
dateline_merge_cluster_mentions (const DatelineMergeMention *mentions,
                                 guint                       n_mentions,
                                 guint                      *cluster_out)
{
  g_autofree Item *items = NULL;

  g_return_if_fail (mentions != NULL || n_mentions == 0);
  g_return_if_fail (cluster_out != NULL || n_mentions == 0);

  items = g_new0 (Item, MAX (n_mentions, 1));
  for (guint i = 0; i < n_mentions; i++)
    item_init (&items[i], &mentions[i]);

  cluster_items (items, n_mentions, cluster_out);

  for (guint i = 0; i < n_mentions; i++)
    item_clear (&items[i]);
}

/* ---------------------------------------------------------------------- */
/* Project events                                                          */
/* ---------------------------------------------------------------------- */

/* How much a date says: a stated day beats an inferred week. */
static int
date_rank (const DatelineWhen *when)
{
  static const int certainty_rank[] = {
    [DATELINE_CERTAINTY_UNKNOWN] = 0,
    [DATELINE_CERTAINTY_INFERRED] = 1,
    [DATELINE_CERTAINTY_RESOLVED] = 2,
    [DATELINE_CERTAINTY_STATED] = 3,
    [DATELINE_CERTAINTY_USER] = 4,
  };

  if (!dateline_when_is_dated (when))
    return 0;
  return (DATELINE_GRANULARITY_CENTURY + 1 - (int) when->granularity) * 10 + certainty_rank[when->certainty];
}

static DatelineEvent *
merge_cluster (GPtrArray *members,
               GHashTable *article_rank)
{
  DatelineEvent *best_date = NULL;
  DatelineEvent *best_title = NULL;
  DatelineEvent *merged;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* The date: the most precise and certain one. The title: that of the
   * earliest article (the original wording), tie to the first. */
  for (guint i = 0; i < members->len; i++)
    {
      DatelineEvent *event = g_ptr_array_index (members, i);
      const DatelineSourceList *sources = dateline_event_get_sources (event);
      const char *article = sources->len > 0 ? g_array_index (sources, DatelineSource, 0).article_id : NULL;
      guint rank = GPOINTER_TO_UINT (g_hash_table_lookup (article_rank, article));

      if (best_date == NULL || date_rank (dateline_event_get_when (event)) > date_rank (dateline_event_get_when (best_date)))
        best_date = event;

      if (best_title == NULL)
        best_title = event;
      else
        {
          const DatelineSourceList *best_sources = dateline_event_get_sources (best_title);
          const char *best_article = best_sources->len > 0 ? g_array_index (best_sources, DatelineSource, 0).article_id : NULL;

          if (rank < GPOINTER_TO_UINT (g_hash_table_lookup (article_rank, best_article)))
            best_title = event;
        }
    }

  {
    DatelineEventKind kind = dateline_event_get_kind (best_date);

    /* The most specific kind any passage gives: "assault" over "left". */
    for (guint i = 0; i < members->len; i++)
      {
        DatelineEventKind other = dateline_event_get_kind (g_ptr_array_index (members, i));

        if (dateline_event_kind_precedence (other) > dateline_event_kind_precedence (kind) &&
            kind_family (other) == kind_family (kind))
          kind = other;
        else if (kind == DATELINE_EVENT_OTHER)
          kind = other;
      }

    merged = dateline_event_new (dateline_event_get_id (best_title),
                                 dateline_event_get_title (best_title), kind);
  }
  dateline_event_set_when (merged, dateline_event_get_when (best_date));

  for (guint i = 0; i < members->len; i++)
    {
      DatelineEvent *event = g_ptr_array_index (members, i);
      const char * const *actors = dateline_event_get_actors (event);
      const DatelineSourceList *sources = dateline_event_get_sources (event);

      if (dateline_event_get_scheduled (event))
        dateline_event_set_scheduled (merged, TRUE);
      if (dateline_event_get_notes (event) != NULL && dateline_event_get_notes (merged) == NULL)
        dateline_event_set_notes (merged, dateline_event_get_notes (event));
      for (guint j = 0; actors[j] != NULL; j++)
        dateline_event_add_actor (merged, actors[j]);

      /* A passage reported twice (a sentence that both dates a statement
       * and tells of a meeting) is one source. */
      for (guint j = 0; j < sources->len; j++)
        {
          const DatelineSource *source = &g_array_index (sources, DatelineSource, j);
          g_autofree char *key = g_strdup_printf ("%s:%u:%u", source->article_id, source->start, source->end);

          if (g_hash_table_add (seen, g_steal_pointer (&key)))
            dateline_event_add_source_full (merged, source);
        }
    }

  return merged;
}

guint
dateline_merge_project_events (DatelineProject *project)
{
  GListModel *model;
  GListModel *articles;
  g_autoptr(GHashTable) article_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) article_rank = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) merged = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree DatelineMergeMention *mentions = NULL;
  g_autofree guint *clusters = NULL;
  g_autofree guint *mergeable = NULL;
  g_autofree char *triggers = NULL;  /* TRIGGER_MAX bytes per mention */
  g_autoptr(GHashTable) members_of = NULL;
  guint n_articles, n, n_mergeable = 0;

  g_return_val_if_fail (DATELINE_IS_PROJECT (project), 0);

  articles = dateline_project_get_articles (project);
  n_articles = g_list_model_get_n_items (articles);

  /* Articles by number; their near-duplicate group; their rank by date
   * (for choosing whose wording titles a merged event). */
  {
    g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint64));

    for (guint i = 0; i < n_articles; i++)
      {
        g_autoptr(DatelineArticle) article = g_list_model_get_item (articles, i);
        const DatelineWhen *published = dateline_article_get_published (article);
        /* Originals before copies, then by date: a merged event speaks
         * in the words of the first report. */
        guint64 key = ((guint64) (dateline_article_get_duplicate_of (article) != NULL) << 63) |
                      ((guint64) (dateline_when_is_dated (published) ? published->start : G_MAXUINT32 >> 1) << 32) | i;

        g_hash_table_insert (article_index, (gpointer) dateline_article_get_id (article), GUINT_TO_POINTER (i));
        g_array_append_val (order, key);
      }
    g_array_sort (order, compare_guint64);
    for (guint i = 0; i < order->len; i++)
      {
        guint index = (guint) (g_array_index (order, guint64, i) & G_MAXUINT32);
        g_autoptr(DatelineArticle) article = g_list_model_get_item (articles, index);

        g_hash_table_insert (article_rank, (gpointer) dateline_article_get_id (article), GUINT_TO_POINTER (i));
      }
  }

  model = dateline_project_get_events (project);
  n = g_list_model_get_n_items (model);
  mentions = g_new0 (DatelineMergeMention, MAX (n, 1));
  mergeable = g_new (guint, MAX (n, 1));
  triggers = g_malloc0 ((gsize) MAX (n, 1) * TRIGGER_MAX);

  for (guint i = 0; i < n; i++)
    {
      DatelineEvent *event = g_list_model_get_item (model, i);
      const DatelineSourceList *sources = dateline_event_get_sources (event);
      const DatelineSource *source;
      DatelineMergeMention *mention;
      DatelineArticle *article;
      const char *original;

      g_ptr_array_add (events, event);

      /* The user's edits are final; an event without a passage has
       * nothing to compare. */
      if (dateline_event_get_edited (event) || sources->len == 0)
        continue;

      source = &g_array_index (sources, DatelineSource, 0);
      article = dateline_project_lookup_article (project, source->article_id);
      if (article == NULL)
        continue;

      mention = &mentions[n_mergeable];
      mention->document = GPOINTER_TO_UINT (g_hash_table_lookup (article_index, source->article_id));
      original = dateline_article_get_duplicate_of (article);
      mention->group = original != NULL && g_hash_table_contains (article_index, original)
                         ? GPOINTER_TO_UINT (g_hash_table_lookup (article_index, original))
                         : mention->document;
      mention->kind = dateline_event_get_kind (event);
      mention->trigger = NULL;
      if (source->trigger_end > source->trigger_start && source->trigger_end - source->trigger_start < TRIGGER_MAX)
        {
          const char *text = dateline_article_get_text (article);
          char *trigger = triggers + (gsize) n_mergeable * TRIGGER_MAX;
          gsize trigger_length = source->trigger_end - source->trigger_start;

          /* Not g_strlcpy(): it measures the whole rest of the article,
           * once per event. */
          memcpy (trigger, text + source->trigger_start, trigger_length);
          trigger[trigger_length] = '\0';
          mention->trigger = trigger;
        }
      mention->context = source->text;
      mention->when = *dateline_event_get_when (event);
      mention->actors = dateline_event_get_actors (event);
      mergeable[n_mergeable++] = i;
    }

  clusters = g_new (guint, MAX (n_mergeable, 1));
  dateline_merge_cluster_mentions (mentions, n_mergeable, clusters);

  /* cluster root (a mention number) → events in it */
  members_of = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint m = 0; m < n_mergeable; m++)
    {
      GPtrArray *members = g_hash_table_lookup (members_of, GUINT_TO_POINTER (clusters[m] + 1));

      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (members_of, GUINT_TO_POINTER (clusters[m] + 1), members);
        }
      g_ptr_array_add (members, g_ptr_array_index (events, mergeable[m]));
    }

  /* The new list keeps the order of each cluster's first event. */
  {
    g_autoptr(GHashTable) emitted = g_hash_table_new (g_direct_hash, g_direct_equal);
    guint m = 0;

    for (guint i = 0; i < n; i++)
      {
        DatelineEvent *event = g_ptr_array_index (events, i);

        if (m < n_mergeable && mergeable[m] == i)
          {
            guint root = clusters[m++] + 1;
            GPtrArray *members;

            if (!g_hash_table_add (emitted, GUINT_TO_POINTER (root)))
              continue;
            members = g_hash_table_lookup (members_of, GUINT_TO_POINTER (root));
            if (members->len == 1)
              g_ptr_array_add (merged, g_object_ref (event));
            else
              g_ptr_array_add (merged, merge_cluster (members, article_rank));
          }
        else
          g_ptr_array_add (merged, g_object_ref (event));
      }
  }

  if (merged->len == n)
    return 0;

  dateline_project_replace_events (project, merged);
  return n - merged->len;
}
