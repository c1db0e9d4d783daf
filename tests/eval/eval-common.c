/* eval-common.c — what the evaluation programs share
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dateline-extract.h"
#include "dateline-ingest.h"
#if defined(EVAL_HAVE_MERGE_CLUSTER_MENTIONS) || defined(EVAL_HAVE_MERGE_PROJECT)
#include "dateline-merge.h"
#endif

#include "dateline-lemma.h"
#include "eval-common.h"

/* How far ahead of the previous token the next one is looked for in the
 * article's text before a wider search: ingest only drops header lines
 * and trims whitespace today, so tokens stay close together. */
#define TOKEN_SEARCH_WINDOW 256

/* ------------------------------------------------------------------ */
/* Documents                                                           */
/* ------------------------------------------------------------------ */

static void
eval_token_clear (gpointer data)
{
  EvalToken *token = data;

  g_free (token->text);
}

EvalDoc *
eval_doc_new (const char *name,
              const char *doc_id,
              const char *topic)
{
  EvalDoc *doc = g_new0 (EvalDoc, 1);

  doc->name = g_strdup (name);
  doc->doc_id = g_strdup (doc_id);
  doc->topic = g_strdup (topic);
  doc->tokens = g_array_new (FALSE, TRUE, sizeof (EvalToken));
  g_array_set_clear_func (doc->tokens, eval_token_clear);
  doc->token_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  doc->text = g_string_new (NULL);

  return doc;
}

void
eval_doc_free (EvalDoc *doc)
{
  if (doc == NULL)
    return;

  g_free (doc->name);
  g_free (doc->doc_id);
  g_free (doc->topic);
  g_free (doc->dct);
  g_array_unref (doc->tokens);
  g_hash_table_unref (doc->token_ids);
  g_string_free (doc->text, TRUE);
  g_clear_object (&doc->article);
  g_free (doc);
}

guint
eval_doc_add_token (EvalDoc    *doc,
                    const char *token_id,
                    const char *text,
                    guint       sentence)
{
  EvalToken token = { 0 };

  token.text = g_strdup (text != NULL ? text : "");
  token.sentence = sentence;
  token.article_start = -1;
  token.article_end = -1;
  g_array_append_val (doc->tokens, token);

  if (token_id != NULL)
    g_hash_table_replace (doc->token_ids, g_strdup (token_id),
                          GUINT_TO_POINTER (doc->tokens->len));

  return doc->tokens->len - 1;
}

int
eval_doc_lookup_token (EvalDoc    *doc,
                       const char *token_id)
{
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (doc->token_ids, token_id)) - 1;
}

/* Closing punctuation and clitics attach to the token before them. */
static gboolean
attaches_to_previous (const char *token)
{
  static const char * const attached[] = {
    ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "'", "...",
    "'s", "'S", "n't", "N'T", "'m", "'re", "'ve", "'ll", "'d",
  };

  for (guint i = 0; i < G_N_ELEMENTS (attached); i++)
    if (strcmp (token, attached[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Opening brackets and currency signs attach to the token after them. */
static gboolean
attaches_to_next (const char *token)
{
  static const char * const attached[] = { "(", "[", "{", "``", "$" };

  for (guint i = 0; i < G_N_ELEMENTS (attached); i++)
    if (strcmp (token, attached[i]) == 0)
      return TRUE;
  return FALSE;
}

void
eval_doc_build_text (EvalDoc *doc)
{
  g_string_truncate (doc->text, 0);

  for (guint i = 0; i < doc->tokens->len; i++)
    {
      EvalToken *token = &g_array_index (doc->tokens, EvalToken, i);

      if (i > 0)
        {
          EvalToken *previous = &g_array_index (doc->tokens, EvalToken, i - 1);

          /* The corpora give sentences, not paragraphs: one per line. */
          if (previous->sentence != token->sentence)
            g_string_append_c (doc->text, '\n');
          else if (!attaches_to_previous (token->text) && !attaches_to_next (previous->text))
            g_string_append_c (doc->text, ' ');
        }

      token->start = (guint) doc->text->len;
      g_string_append (doc->text, token->text);
      token->end = (guint) doc->text->len;
    }
  g_string_append_c (doc->text, '\n');
}

gboolean
eval_doc_tokens_in_span (EvalDoc *doc,
                         guint    start,
                         guint    end,
                         guint   *first,
                         guint   *last)
{
  gboolean found = FALSE;

  for (guint i = 0; i < doc->tokens->len; i++)
    {
      const EvalToken *token = &g_array_index (doc->tokens, EvalToken, i);

      if (token->article_start < 0)
        continue;
      if ((guint) token->article_start >= end)
        break;
      if ((guint) token->article_end <= start)
        continue;

      if (!found)
        *first = i;
      *last = i;
      found = TRUE;
    }

  return found;
}

char *
eval_doc_dup_extent (EvalDoc *doc,
                     guint    first,
                     guint    last)
{
  GString *extent = g_string_new (NULL);

  for (guint i = first; i <= last && i < doc->tokens->len; i++)
    {
      if (i > first)
        g_string_append_c (extent, '_');
      g_string_append (extent, g_array_index (doc->tokens, EvalToken, i).text);
    }

  return g_string_free (extent, FALSE);
}

/* ------------------------------------------------------------------ */
/* The pipeline                                                        */
/* ------------------------------------------------------------------ */

static gssize
find_in_text (const char *text,
              gsize       from,
              gsize       to,
              const char *needle)
{
  gsize length = strlen (needle);

  if (length == 0)
    return -1;
  for (gsize i = from; i + length <= to; i++)
    if (text[i] == needle[0] && memcmp (text + i, needle, length) == 0)
      return (gssize) i;
  return -1;
}

/* Greedy token search inside [from, to): each token at its first
 * occurrence after the previous one. */
static void
align_tokens_in_region (EvalDoc    *doc,
                        const char *text,
                        guint       first,
                        guint       last,
                        gsize       from,
                        gsize       to)
{
  for (guint i = first; i <= last; i++)
    {
      EvalToken *token = &g_array_index (doc->tokens, EvalToken, i);
      gssize at = find_in_text (text, from, to, token->text);

      if (at < 0)
        continue;
      token->article_start = (int) at;
      token->article_end = (int) (at + strlen (token->text));
      from = (gsize) token->article_end;
    }
}

/* Finds every token again in the article's text. Ingest keeps lines but
 * may drop some (a metadata line: "Published on Jul 02, 2013") or trim
 * them, so whole sentence lines are found first, in order; the tokens of a
 * line that is not found verbatim are looked for one by one, between the
 * lines found before and after it. A short line is only looked for near
 * the previous one, so that it cannot drag the alignment far ahead. */
static void
align_tokens (EvalDoc *doc)
{
  const char *text = dateline_article_get_text (doc->article);
  gsize length = dateline_article_get_text_length (doc->article);
  g_autoptr(GArray) line_first = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) line_at = g_array_new (FALSE, FALSE, sizeof (gssize));
  gsize cursor = 0;

  for (guint i = 0; i < doc->tokens->len; i++)
    {
      EvalToken *token = &g_array_index (doc->tokens, EvalToken, i);

      token->article_start = -1;
      token->article_end = -1;
      if (i == 0 || g_array_index (doc->tokens, EvalToken, i - 1).sentence != token->sentence)
        g_array_append_val (line_first, i);
    }

  for (guint l = 0; l < line_first->len; l++)
    {
      guint first = g_array_index (line_first, guint, l);
      guint last = l + 1 < line_first->len ? g_array_index (line_first, guint, l + 1) - 1
                                           : doc->tokens->len - 1;
      guint start = g_array_index (doc->tokens, EvalToken, first).start;
      guint end = g_array_index (doc->tokens, EvalToken, last).end;
      g_autofree char *line = g_strndup (doc->text->str + start, end - start);
      gsize window_end = MIN (length, cursor + 2 * (end - start) + TOKEN_SEARCH_WINDOW);
      gssize at = find_in_text (text, cursor, window_end, line);

      if (at < 0 && end - start >= 20)
        at = find_in_text (text, cursor, length, line);
      g_array_append_val (line_at, at);
      if (at < 0)
        continue;

      for (guint i = first; i <= last; i++)
        {
          EvalToken *token = &g_array_index (doc->tokens, EvalToken, i);

          token->article_start = (int) ((guint) at + token->start - start);
          token->article_end = (int) ((guint) at + token->end - start);
        }
      cursor = (gsize) at + (end - start);
    }

  /* Lines not found verbatim: token by token, between their neighbours. */
  for (guint l = 0; l < line_first->len; l++)
    {
      guint first = g_array_index (line_first, guint, l);
      guint last = l + 1 < line_first->len ? g_array_index (line_first, guint, l + 1) - 1
                                           : doc->tokens->len - 1;
      gsize from = 0, to = length;

      if (g_array_index (line_at, gssize, l) >= 0)
        continue;
      for (guint p = l; p > 0; p--)
        if (g_array_index (line_at, gssize, p - 1) >= 0)
          {
            guint previous_last = g_array_index (line_first, guint, p) - 1;

            from = (gsize) g_array_index (doc->tokens, EvalToken, previous_last).article_end;
            break;
          }
      for (guint n = l + 1; n < line_first->len; n++)
        if (g_array_index (line_at, gssize, n) >= 0)
          {
            to = (gsize) g_array_index (line_at, gssize, n);
            break;
          }
      align_tokens_in_region (doc, text, first, last, from, to);
    }

  doc->n_aligned = 0;
  for (guint i = 0; i < doc->tokens->len; i++)
    if (g_array_index (doc->tokens, EvalToken, i).article_start >= 0)
      doc->n_aligned++;
}

DatelineProject *
eval_run_pipeline (GPtrArray         *docs,
                   gboolean           use_dct,
                   EvalPipelineStats *stats)
{
  DatelineProject *project = dateline_project_new ();
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint d = 0; d < docs->len; d++)
    {
      EvalDoc *doc = g_ptr_array_index (docs, d);
      g_autoptr(GError) error = NULL;
      g_autoptr(DatelineArticle) article = NULL;
      g_autofree char *source_name = g_strconcat (doc->name, ".txt", NULL);
      const DatelineWhen *published;

      if (doc->text->len == 0)
        eval_doc_build_text (doc);

      stats->n_docs++;
      stats->n_tokens += doc->tokens->len;
      g_clear_object (&doc->article);

      article = dateline_ingest_data (doc->text->str, doc->text->len, source_name, NULL, &error);
      if (article == NULL)
        {
          g_printerr ("%s: %s\n", doc->name, error->message);
          stats->n_failed++;
          continue;
        }

      published = dateline_article_get_published (article);
      if (dateline_when_is_dated (published))
        {
          g_autofree char *value = dateline_when_dup_value (published);

          stats->n_ingest_dated++;
          if (doc->dct != NULL && g_strcmp0 (value, doc->dct) == 0)
            stats->n_ingest_dct_agree++;
        }

      if (use_dct && doc->dct != NULL)
        {
          DatelineWhen when = DATELINE_WHEN_INIT;

          if (dateline_when_parse_value (doc->dct, &when))
            {
              when.certainty = DATELINE_CERTAINTY_STATED;
              dateline_article_set_published (article, &when, DATELINE_DATE_ORIGIN_METADATA);
              stats->n_dct_given++;
            }
          else
            {
              g_print ("note: %s: the gold creation time \"%s\" is not a date: not given\n",
                          doc->name, doc->dct);
              stats->n_dct_unusable++;
            }
        }

      doc->article = g_object_ref (article);
      g_ptr_array_add (articles, g_steal_pointer (&article));
    }

#if defined(EVAL_HAVE_EXTRACT_ARTICLES)
  dateline_extract_articles_into_project (project, articles);
#else
  for (guint a = 0; a < articles->len; a++)
    dateline_extract_into_project (project, g_ptr_array_index (articles, a));
#if defined(EVAL_HAVE_MERGE_PROJECT)
  dateline_merge_project_events (project);
#endif
#endif

  /* The article text is final only now (ids and text set by the project). */
  for (guint d = 0; d < docs->len; d++)
    {
      EvalDoc *doc = g_ptr_array_index (docs, d);

      if (doc->article == NULL)
        continue;
      align_tokens (doc);
      stats->n_tokens_aligned += doc->n_aligned;
    }

  return project;
}

GHashTable *
eval_index_by_article (GPtrArray *docs)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint d = 0; d < docs->len; d++)
    {
      EvalDoc *doc = g_ptr_array_index (docs, d);

      if (doc->article != NULL)
        g_hash_table_insert (index, (gpointer) dateline_article_get_id (doc->article), doc);
    }

  return index;
}

/* ------------------------------------------------------------------ */
/* Span matching                                                       */
/* ------------------------------------------------------------------ */

double
eval_counts_precision (const EvalCounts *counts)
{
  return counts->n_system > 0 ? (double) counts->n_matched / counts->n_system : 0.0;
}

double
eval_counts_recall (const EvalCounts *counts)
{
  return counts->n_gold > 0 ? (double) counts->n_matched / counts->n_gold : 0.0;
}

double
eval_counts_f1 (const EvalCounts *counts)
{
  double p = eval_counts_precision (counts);
  double r = eval_counts_recall (counts);

  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void
eval_match_strict (GArray     *system,
                   GArray     *gold,
                   EvalCounts *counts)
{
  g_autoptr(GHashTable) available = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  counts->n_system = system->len;
  counts->n_gold = gold->len;
  counts->n_matched = 0;

  for (guint g = 0; g < gold->len; g++)
    {
      const EvalSpan *span = &g_array_index (gold, EvalSpan, g);
      char *key = g_strdup_printf ("%u:%u:%u", span->doc, span->first, span->last);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (available, key));

      g_hash_table_replace (available, key, GUINT_TO_POINTER (n + 1));
    }

  for (guint s = 0; s < system->len; s++)
    {
      const EvalSpan *span = &g_array_index (system, EvalSpan, s);
      g_autofree char *key = g_strdup_printf ("%u:%u:%u", span->doc, span->first, span->last);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (available, key));

      if (n == 0)
        continue;
      g_hash_table_replace (available, g_steal_pointer (&key), GUINT_TO_POINTER (n - 1));
      counts->n_matched++;
    }
}

typedef struct {
  guint system;
  guint gold;
  guint overlap;
  guint length_difference;
} SpanPair;

static int
span_pair_compare (gconstpointer a,
                   gconstpointer b)
{
  const SpanPair *x = a;
  const SpanPair *y = b;

  if (x->overlap != y->overlap)
    return x->overlap > y->overlap ? -1 : 1;
  if (x->length_difference != y->length_difference)
    return x->length_difference < y->length_difference ? -1 : 1;
  if (x->system != y->system)
    return x->system < y->system ? -1 : 1;
  return x->gold < y->gold ? -1 : x->gold > y->gold ? 1 : 0;
}

/* Gold span indices grouped by document. */
static GHashTable *
index_spans_by_doc (GArray *spans)
{
  GHashTable *index = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                             (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < spans->len; i++)
    {
      const EvalSpan *span = &g_array_index (spans, EvalSpan, i);
      gpointer key = GUINT_TO_POINTER (span->doc + 1);
      GArray *members = g_hash_table_lookup (index, key);

      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (index, key, members);
        }
      g_array_append_val (members, i);
    }

  return index;
}

/* One-to-one by overlap among the system spans @use_system accepts. */
static guint
match_by_overlap (GArray   *system,
                  GArray   *gold,
                  gboolean (*use_system) (const EvalSpan *span))
{
  g_autoptr(GHashTable) gold_by_doc = index_spans_by_doc (gold);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (SpanPair));
  guint matched = 0;

  for (guint s = 0; s < system->len; s++)
    {
      const EvalSpan *sys = &g_array_index (system, EvalSpan, s);
      GArray *candidates;

      if (use_system != NULL && !use_system (sys))
        continue;
      candidates = g_hash_table_lookup (gold_by_doc, GUINT_TO_POINTER (sys->doc + 1));
      if (candidates == NULL)
        continue;

      for (guint c = 0; c < candidates->len; c++)
        {
          guint g = g_array_index (candidates, guint, c);
          const EvalSpan *ref = &g_array_index (gold, EvalSpan, g);
          guint from = MAX (sys->first, ref->first);
          guint to = MIN (sys->last, ref->last);
          guint sys_length = sys->last - sys->first;
          guint ref_length = ref->last - ref->first;
          SpanPair pair;

          if (from > to || ref->match >= 0)
            continue;
          pair.system = s;
          pair.gold = g;
          pair.overlap = to - from + 1;
          pair.length_difference = sys_length > ref_length ? sys_length - ref_length
                                                           : ref_length - sys_length;
          g_array_append_val (pairs, pair);
        }
    }

  g_array_sort (pairs, span_pair_compare);
  for (guint p = 0; p < pairs->len; p++)
    {
      const SpanPair *pair = &g_array_index (pairs, SpanPair, p);
      EvalSpan *sys = &g_array_index (system, EvalSpan, pair->system);
      EvalSpan *ref = &g_array_index (gold, EvalSpan, pair->gold);

      if (sys->match >= 0 || ref->match >= 0)
        continue;
      sys->match = (int) pair->gold;
      ref->match = (int) pair->system;
      matched++;
    }

  return matched;
}

static void
reset_matches (GArray *spans)
{
  for (guint i = 0; i < spans->len; i++)
    g_array_index (spans, EvalSpan, i).match = -1;
}

void
eval_match_partial (GArray     *system,
                    GArray     *gold,
                    EvalCounts *counts)
{
  reset_matches (system);
  reset_matches (gold);

  counts->n_system = system->len;
  counts->n_gold = gold->len;
  counts->n_matched = match_by_overlap (system, gold, NULL);
}

/* ------------------------------------------------------------------ */
/* Event mentions                                                      */
/* ------------------------------------------------------------------ */

gboolean
eval_sources_have_triggers (void)
{
#ifdef EVAL_HAVE_SOURCE_TRIGGER
  return TRUE;
#else
  return FALSE;
#endif
}

/* The trigger span of a source, when this build's sources have one and
 * this source has it set. */
static gboolean
source_get_trigger (const DatelineSource *source,
                    guint                *start,
                    guint                *end)
{
#ifdef EVAL_HAVE_SOURCE_TRIGGER
  if (source->trigger_end > source->trigger_start)
    {
      *start = source->trigger_start;
      *end = source->trigger_end;
      return TRUE;
    }
#endif
  return FALSE;
}

GArray *
eval_collect_event_mentions (DatelineProject *project,
                             GPtrArray       *docs,
                             GHashTable      *doc_by_article)
{
  GListModel *events = dateline_project_get_events (project);
  GArray *mentions = g_array_new (FALSE, TRUE, sizeof (EvalSpan));
  guint n_events = g_list_model_get_n_items (events);

  for (guint e = 0; e < n_events; e++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, e);
      const DatelineSourceList *sources = dateline_event_get_sources (event);

      for (guint s = 0; s < sources->len; s++)
        {
          const DatelineSource *source = &g_array_index (sources, DatelineSource, s);
          EvalDoc *doc = g_hash_table_lookup (doc_by_article, source->article_id);
          EvalSpan span = { 0 };
          guint start, end;
          guint d;

          if (doc == NULL || !g_ptr_array_find (docs, doc, &d))
            continue;

          span.doc = d;
          span.match = -1;
          span.group = (int) e;
          if (source_get_trigger (source, &start, &end))
            span.by_trigger = TRUE;
          else
            {
              start = source->start;
              end = source->end;
            }
          if (!eval_doc_tokens_in_span (doc, start, end, &span.first, &span.last))
            continue;
          g_array_append_val (mentions, span);
        }
    }

  return mentions;
}

static gboolean
span_is_by_trigger (const EvalSpan *span)
{
  return span->by_trigger;
}

static int
span_compare_by_position (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  GArray *spans = user_data;
  const EvalSpan *x = &g_array_index (spans, EvalSpan, *(const guint *) a);
  const EvalSpan *y = &g_array_index (spans, EvalSpan, *(const guint *) b);

  if (x->doc != y->doc)
    return x->doc < y->doc ? -1 : 1;
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  if (x->last != y->last)
    return x->last < y->last ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

void
eval_align_event_mentions (GArray     *system,
                           GArray     *gold,
                           EvalCounts *counts,
                           guint      *n_by_trigger,
                           guint      *n_by_passage)
{
  g_autoptr(GArray) passages = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) gold_order = g_array_new (FALSE, FALSE, sizeof (guint));
  guint by_trigger = 0;

  reset_matches (system);
  reset_matches (gold);
  counts->n_system = system->len;
  counts->n_gold = gold->len;

  /* Triggers first: they say exactly which word they mean. */
  counts->n_matched = match_by_overlap (system, gold, span_is_by_trigger);

  /* Passages, in text order, each take the first gold mention inside
   * them that nothing took yet. This is the best a passage-only source
   * allows; it is optimistic for mention detection (any gold mention in
   * the sentence will do) and arbitrary for coreference (which of several
   * mentions in a sentence is "the" event is not known). */
  for (guint s = 0; s < system->len; s++)
    {
      if (g_array_index (system, EvalSpan, s).by_trigger)
        by_trigger++;
      else
        g_array_append_val (passages, s);
    }
  for (guint g = 0; g < gold->len; g++)
    g_array_append_val (gold_order, g);
  g_array_sort_with_data (passages, span_compare_by_position, system);
  g_array_sort_with_data (gold_order, span_compare_by_position, gold);

  for (guint p = 0; p < passages->len; p++)
    {
      EvalSpan *passage = &g_array_index (system, EvalSpan, g_array_index (passages, guint, p));

      for (guint k = 0; k < gold_order->len; k++)
        {
          guint g = g_array_index (gold_order, guint, k);
          EvalSpan *ref = &g_array_index (gold, EvalSpan, g);

          if (ref->doc != passage->doc || ref->match >= 0)
            continue;
          if (ref->first < passage->first || ref->last > passage->last)
            continue;

          ref->match = (int) g_array_index (passages, guint, p);
          passage->match = (int) g;
          passage->first = ref->first;
          passage->last = ref->last;
          counts->n_matched++;
          break;
        }
    }

  if (n_by_trigger != NULL)
    *n_by_trigger = by_trigger;
  if (n_by_passage != NULL)
    *n_by_passage = passages->len;
}

void
eval_print_event_alignment (GPtrArray *docs,
                            GArray    *system,
                            GArray    *gold)
{
  for (guint s = 0; s < system->len; s++)
    {
      const EvalSpan *span = &g_array_index (system, EvalSpan, s);
      EvalDoc *doc = g_ptr_array_index (docs, span->doc);
      g_autofree char *ours = eval_doc_dup_extent (doc, span->first, span->last);
      g_autofree char *theirs = NULL;

      if (span->match >= 0)
        {
          const EvalSpan *ref = &g_array_index (gold, EvalSpan, span->match);

          theirs = eval_doc_dup_extent (doc, ref->first, ref->last);
        }
      g_print ("    %-24.24s s%-3u event %-4d %-8s %-28s -> %s\n", doc->name,
               g_array_index (doc->tokens, EvalToken, span->first).sentence, span->group,
               span->by_trigger ? "trigger" : "passage",
               span->by_trigger || span->match >= 0 ? ours : "(passage, no gold inside)",
               theirs != NULL ? theirs : "-");
    }
}

void
eval_print_alignment_note (guint n_by_trigger,
                           guint n_by_passage)
{
  if (n_by_passage == 0 && n_by_trigger > 0)
    g_print ("alignment: TRIGGER spans (token overlap, one-to-one) "
             "for all %u system event mentions\n",
             n_by_trigger);
  else if (n_by_trigger == 0)
    g_print ("alignment: PASSAGE only (%s) for all %u system event mentions:\n"
             "           each passage is credited with the first gold event mention inside it\n"
             "           that no earlier passage took; optimistic for mention detection,\n"
             "           arbitrary for coreference\n",
             eval_sources_have_triggers () ? "sources carry no trigger span"
                                           : "DatelineSource has no trigger offsets in this build",
             n_by_passage);
  else
    g_print ("alignment: MIXED: %u system event mentions by TRIGGER span, %u by PASSAGE\n"
             "           (first unclaimed gold event mention inside the passage)\n",
             n_by_trigger, n_by_passage);
}

/* ------------------------------------------------------------------ */
/* The merge adapter                                                   */
/* ------------------------------------------------------------------ */

gboolean
eval_have_mention_clustering (void)
{
#ifdef EVAL_HAVE_MERGE_CLUSTER_MENTIONS
  return TRUE;
#else
  return FALSE;
#endif
}

const char *
eval_pipeline_description (void)
{
#if defined(EVAL_HAVE_EXTRACT_ARTICLES)
  return "dateline_ingest_data() + dateline_extract_articles_into_project() "
         "(extraction and merging)";
#elif defined(EVAL_HAVE_MERGE_PROJECT)
  return "dateline_ingest_data() + dateline_extract_into_project() + "
         "dateline_merge_project_events()";
#else
  return "dateline_ingest_data() + dateline_extract_into_project() "
         "(this build has no merging step)";
#endif
}

#ifdef EVAL_HAVE_MERGE_CLUSTER_MENTIONS
/* The token range of the sentence holding token @index. */
static void
sentence_of_token (EvalDoc *doc,
                   guint    index,
                   guint   *first,
                   guint   *last)
{
  guint sentence = g_array_index (doc->tokens, EvalToken, index).sentence;

  *first = index;
  while (*first > 0 && g_array_index (doc->tokens, EvalToken, *first - 1).sentence == sentence)
    (*first)--;
  *last = index;
  while (*last + 1 < doc->tokens->len &&
         g_array_index (doc->tokens, EvalToken, *last + 1).sentence == sentence)
    (*last)++;
}

/* Article byte span of tokens first..last (unaligned ones skipped). */
static gboolean
article_span_of_tokens (EvalDoc *doc,
                        guint    first,
                        guint    last,
                        guint   *start,
                        guint   *end)
{
  gboolean found = FALSE;

  for (guint i = first; i <= last; i++)
    {
      const EvalToken *token = &g_array_index (doc->tokens, EvalToken, i);

      if (token->article_start < 0)
        continue;
      if (!found)
        *start = (guint) token->article_start;
      *end = (guint) token->article_end;
      found = TRUE;
    }

  return found;
}

static char *
join_tokens (EvalDoc *doc,
             guint    first,
             guint    last)
{
  GString *text = g_string_new (NULL);

  for (guint i = first; i <= last; i++)
    {
      if (i > first)
        g_string_append_c (text, ' ');
      g_string_append (text, g_array_index (doc->tokens, EvalToken, i).text);
    }
  return g_string_free (text, FALSE);
}

/* The date our pipeline gave the happening at [start, end): that of the
 * event whose trigger overlaps it (what the source says, else the event's
 * own). A mention our extractor did not date stays undated: the first
 * date of its sentence would as often belong to another clause. */
static void
mention_date (DatelineProject *project,
              EvalDoc         *doc,
              guint            start,
              guint            end,
              DatelineWhen    *when)
{
  GListModel *events = dateline_project_get_events (project);
  const char *article_id = dateline_article_get_id (doc->article);

  for (guint e = 0; e < g_list_model_get_n_items (events); e++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, e);
      const DatelineSourceList *sources = dateline_event_get_sources (event);

      for (guint s = 0; s < sources->len; s++)
        {
          const DatelineSource *source = &g_array_index (sources, DatelineSource, s);

          if (g_strcmp0 (source->article_id, article_id) != 0 || source->trigger_end <= source->trigger_start)
            continue;
          if (source->trigger_start < end && source->trigger_end > start)
            {
              *when = dateline_when_is_dated (&source->when) ? source->when
                                                              : *dateline_event_get_when (event);
              return;
            }
        }
    }
}

/* The ids of our actors mentioned in [start, end) of @doc's article
 * (borrowed from @project's actors), NULL-terminated. */
static GPtrArray *
sentence_actors (DatelineProject *project,
                 EvalDoc         *doc,
                 guint            start,
                 guint            end)
{
  GListModel *actors = dateline_project_get_actors (project);
  const char *article_id = dateline_article_get_id (doc->article);
  GPtrArray *ids = g_ptr_array_new ();
  guint n_actors = g_list_model_get_n_items (actors);

  for (guint a = 0; a < n_actors; a++)
    {
      g_autoptr(DatelineActor) actor = g_list_model_get_item (actors, a);
      GArray *mentions = dateline_actor_get_mentions (actor);

      for (guint m = 0; m < mentions->len; m++)
        {
          const DatelineMention *mention = &g_array_index (mentions, DatelineMention, m);

          if (g_strcmp0 (mention->article_id, article_id) == 0 &&
              mention->start < end && mention->end > start)
            {
              /* The project keeps the actor alive after the unref. */
              g_ptr_array_add (ids, (gpointer) dateline_actor_get_id (actor));
              break;
            }
        }
    }
  g_ptr_array_add (ids, NULL);

  return ids;
}
#endif

gboolean
eval_cluster_gold_mentions (DatelineProject *project,
                            GPtrArray       *docs,
                            GArray          *mentions,
                            guint           *labels)
{
#ifdef EVAL_HAVE_MERGE_CLUSTER_MENTIONS
  g_autofree DatelineMergeMention *input = g_new0 (DatelineMergeMention, MAX (1, mentions->len));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) actor_lists =
    g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < mentions->len; i++)
    {
      const EvalSpan *mention = &g_array_index (mentions, EvalSpan, i);
      EvalDoc *doc = g_ptr_array_index (docs, mention->doc);
      DatelineMergeMention *m = &input[i];
      guint sentence_first, sentence_last, start, end;
      char *trigger = join_tokens (doc, mention->first, mention->last);
      char *context;

      sentence_of_token (doc, mention->first, &sentence_first, &sentence_last);
      g_ptr_array_add (strings, trigger);

      m->document = mention->doc;
      m->group = mention->doc;
      m->kind = DATELINE_EVENT_N_KINDS;
      m->trigger = trigger;
      m->when = (DatelineWhen) DATELINE_WHEN_INIT;

      if (doc->article != NULL &&
          article_span_of_tokens (doc, sentence_first, sentence_last, &start, &end))
        {
          GPtrArray *actors = sentence_actors (project, doc, start, end);

          context = g_strndup (dateline_article_get_text (doc->article) + start, end - start);
          {
            guint mention_start, mention_end;

            if (article_span_of_tokens (doc, mention->first, mention->last, &mention_start, &mention_end))
              mention_date (project, doc, mention_start, mention_end, &m->when);
          }
          m->actors = (const char * const *) actors->pdata;
          g_ptr_array_add (actor_lists, actors);
        }
      else
        context = join_tokens (doc, sentence_first, sentence_last);

      g_ptr_array_add (strings, context);
      m->context = context;
    }

  dateline_merge_cluster_mentions (input, mentions->len, labels);
  return TRUE;
#else
  return FALSE;
#endif
}

void
eval_count_joined_pairs (GPtrArray   *docs,
                         GArray      *mentions,
                         GPtrArray   *keys,
                         const guint *labels,
                         guint        joined[3],
                         guint        correct[3])
{
  for (guint i = 0; i < mentions->len; i++)
    for (guint j = i + 1; j < mentions->len; j++)
      {
        const EvalSpan *a = &g_array_index (mentions, EvalSpan, i);
        const EvalSpan *b = &g_array_index (mentions, EvalSpan, j);
        EvalDoc *doc = g_ptr_array_index (docs, a->doc);
        guint where;

        if (labels[i] != labels[j])
          continue;
        if (a->doc != b->doc)
          where = 2;
        else if (g_array_index (doc->tokens, EvalToken, a->first).sentence ==
                 g_array_index (doc->tokens, EvalToken, b->first).sentence)
          where = 0;
        else
          where = 1;
        joined[where]++;
        if (strcmp (g_ptr_array_index (keys, i), g_ptr_array_index (keys, j)) == 0)
          correct[where]++;
      }
}

void
eval_print_joined_pairs (const guint joined[3],
                         const guint correct[3])
{
  static const char * const where[] = { "same sentence", "same document", "across documents" };

  g_print ("  %42s", "pairs joined (gold agrees):");
  for (guint k = 0; k < 3; k++)
    g_print ("%s %s %u (%.0f%%)", k > 0 ? "," : "", where[k], joined[k],
             joined[k] > 0 ? 100.0 * correct[k] / joined[k] : 0.0);
  g_print ("\n");
}

/* ------------------------------------------------------------------ */
/* Lemmas: the core's lemmatiser (src/core/dateline-lemma.c)           */
/* ------------------------------------------------------------------ */

char *
eval_lemma (const char *word)
{
  return dateline_lemma (word);
}

char *
eval_lemma_of_span (EvalDoc *doc,
                    guint    first,
                    guint    last)
{
  GString *key = g_string_new (NULL);

  for (guint i = first; i <= last && i < doc->tokens->len; i++)
    {
      g_autofree char *lemma = eval_lemma (g_array_index (doc->tokens, EvalToken, i).text);

      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, lemma);
    }

  return g_string_free (key, FALSE);
}

/* ------------------------------------------------------------------ */
/* Files and printing                                                  */
/* ------------------------------------------------------------------ */

char *
eval_xml_attr (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

gboolean
eval_xml_is (xmlNode    *node,
             const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

int
eval_natural_compare (const char *a,
                      const char *b)
{
  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          const char *a_end = a, *b_end = b;
          gsize a_length, b_length;
          int order;

          while (*a == '0' && g_ascii_isdigit (a[1]))
            a++;
          while (*b == '0' && g_ascii_isdigit (b[1]))
            b++;
          for (a_end = a; g_ascii_isdigit (*a_end); a_end++)
            ;
          for (b_end = b; g_ascii_isdigit (*b_end); b_end++)
            ;
          a_length = (gsize) (a_end - a);
          b_length = (gsize) (b_end - b);
          if (a_length != b_length)
            return a_length < b_length ? -1 : 1;
          order = strncmp (a, b, a_length);
          if (order != 0)
            return order;
          a = a_end;
          b = b_end;
          continue;
        }
      if (*a != *b)
        return (guchar) *a < (guchar) *b ? -1 : 1;
      a++;
      b++;
    }

  return *a == *b ? 0 : *a == '\0' ? -1 : 1;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return eval_natural_compare (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_dir (const char *dir,
          const char *suffix,
          gboolean    want_dirs)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return names;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (want_dirs)
        {
          if (g_file_test (path, G_FILE_TEST_IS_DIR))
            g_ptr_array_add (names, g_strdup (name));
        }
      else if (g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
               (suffix == NULL || g_str_has_suffix (name, suffix)))
        g_ptr_array_add (names, g_steal_pointer (&path));
    }

  g_ptr_array_sort (names, compare_paths);
  return names;
}

GPtrArray *
eval_list_files (const char *dir,
                 const char *suffix)
{
  return list_dir (dir, suffix, FALSE);
}

GPtrArray *
eval_list_subdirs (const char *dir)
{
  return list_dir (dir, NULL, TRUE);
}

void
eval_print_prf_row (const char       *label,
                    const EvalCounts *counts)
{
  g_print ("  %-42s %6.1f %6.1f %6.1f   %5u/%-5u %5u/%-5u\n", label,
           100 * eval_counts_precision (counts), 100 * eval_counts_recall (counts),
           100 * eval_counts_f1 (counts),
           counts->n_matched, counts->n_system, counts->n_matched, counts->n_gold);
}

void
eval_print_rule (void)
{
  g_print ("  %s\n", "------------------------------------------------------------"
                     "----------------------------");
}

void
eval_print_coref_header (void)
{
  g_print ("  %-42s %7s %7s %7s %9s\n", "", "MUC F1", "B3 F1", "CEAF-e", "CoNLL F1");
}

void
eval_print_coref_row (const char            *label,
                      const EvalCorefScores *scores,
                      gboolean               with_recall_precision)
{
  g_print ("  %-42s %7.1f %7.1f %7.1f %9.1f\n", label,
           100 * eval_score_f1 (&scores->muc), 100 * eval_score_f1 (&scores->b_cubed),
           100 * eval_score_f1 (&scores->ceaf_e), 100 * eval_coref_conll_f1 (scores));
  if (with_recall_precision)
    {
      g_print ("  %42s %7.1f %7.1f %7.1f\n", "recall",
               100 * eval_score_recall (&scores->muc), 100 * eval_score_recall (&scores->b_cubed),
               100 * eval_score_recall (&scores->ceaf_e));
      g_print ("  %42s %7.1f %7.1f %7.1f\n", "precision",
               100 * eval_score_precision (&scores->muc),
               100 * eval_score_precision (&scores->b_cubed),
               100 * eval_score_precision (&scores->ceaf_e));
    }
}
