/* eval-meantime.c — entities, events and cross-document event coreference
 * of our pipeline on the MEANTIME corpus (English Wikinews, CAT XML)
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: eval-meantime EVAL_DIR [--all-sentences] [--verbose]
 *
 * EVAL_DIR is the shared evaluation folder (../shared/eval from the source
 * root); the data is EVAL_DIR/meantime-en/intra_cross-doc_annotation/
 * <topic>/<doc>.xml. Exits 77 printing "skipped" when it is absent. This
 * measures; it never fails on low scores.
 *
 * For each topic (corpus_airbus, corpus_apple, corpus_gm, corpus_stock) the
 * 30 articles go through dateline_ingest_data() and
 * dateline_extract_into_project() as one project, as a user would open
 * them together. The text is rebuilt from the tokens (eval-common.h); the
 * document creation time (the TIMEX3 with functionInDocument=CREATION_TIME)
 * is given as the publication date.
 *
 * Scored on sentences 0–5 (title, date line, first four sentences), the
 * part MEANTIME annotates fully; the NewsReader scorer also scores the
 * first sentences only. --all-sentences scores everything (precision then
 * suffers from the unannotated rest).
 *
 *   entity mentions  our actors' mentions vs gold ENTITY_MENTIONs, strict
 *                    (same tokens) and partial (token overlap), one-to-one;
 *                    for all gold mentions and for the named (NAM, PRE.NAM)
 *                    person/organisation/location ones that actors are for.
 *   event mentions   one system mention per source of every event, aligned
 *                    to gold EVENT_MENTIONs by its trigger span when the
 *                    source has one, else by its passage (eval-common.h
 *                    says how; the program prints which).
 *   coreference      MUC, B³, CEAF-e, CoNLL within each topic, the topics
 *                    then summed. Gold chains: REFERS_TO to a cross-document
 *                    instance (instance_id), else to a document-level
 *                    instance, else a singleton. End to end: our mentions,
 *                    our merged events as clusters. Gold mentions given:
 *                    only a clustering of the gold event mentions is scored
 *                    — all singletons, the lemma baseline (same lemmas of
 *                    the mention's tokens within the topic), ours induced
 *                    from the end-to-end alignment, and ours through
 *                    dateline_merge_cluster_mentions() ("n/a" in a build
 *                    without it), with the pairs it joined counted by
 *                    where they are (same sentence / document / across).
 */

#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "eval-common.h"
#include "eval-coref.h"

/* Sentences 0..5 are fully annotated; see the header comment. */
#define ANNOTATED_SENTENCES 6

static gboolean verbose = FALSE;
static gboolean all_sentences = FALSE;

/* One topic: its documents and their gold mentions. */
typedef struct {
  char      *name;
  GPtrArray *docs;            /* EvalDoc */
  GArray    *gold_entities;   /* EvalSpan */
  GArray    *entity_is_actor; /* gboolean: named PER/ORG/LOC */
  GArray    *gold_events;     /* EvalSpan */
  GPtrArray *event_keys;      /* gold cluster of each event mention */
} Topic;

static void
topic_free (Topic *topic)
{
  g_free (topic->name);
  g_ptr_array_unref (topic->docs);
  g_array_unref (topic->gold_entities);
  g_array_unref (topic->entity_is_actor);
  g_array_unref (topic->gold_events);
  g_ptr_array_unref (topic->event_keys);
  g_free (topic);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Topic, topic_free)

/* ------------------------------------------------------------------ */
/* Reading CAT XML                                                     */
/* ------------------------------------------------------------------ */

typedef struct {
  char    *tag;
  guint    first;
  guint    last;
  gboolean has_tokens;
  char    *syntactic_type;
} Markable;

typedef struct {
  char *tag;
  char *instance_id;   /* NULL for a document-level instance */
  char *ent_type;
} Instance;

static void
markable_free (gpointer data)
{
  Markable *markable = data;

  g_free (markable->tag);
  g_free (markable->syntactic_type);
  g_free (markable);
}

static void
instance_free (gpointer data)
{
  Instance *instance = data;

  g_free (instance->tag);
  g_free (instance->instance_id);
  g_free (instance->ent_type);
  g_free (instance);
}

static gboolean
sentence_is_scored (EvalDoc *doc,
                    guint    token)
{
  return all_sentences ||
         g_array_index (doc->tokens, EvalToken, token).sentence < ANNOTATED_SENTENCES;
}

/* Reads one document into @topic; FALSE (with a message) when unreadable. */
static gboolean
read_document (Topic      *topic,
               const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  xmlDoc *xml = xmlReadFile (path, NULL, XML_PARSE_NONET);
  xmlNode *root;
  g_autoptr(GHashTable) markables =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, markable_free);
  g_autoptr(GHashTable) instances =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, instance_free);
  g_autoptr(GHashTable) refers_to =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) mention_order = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *doc_id = NULL;
  EvalDoc *doc;
  guint doc_index = topic->docs->len;

  if (xml == NULL)
    {
      g_printerr ("%s: not readable as XML\n", path);
      return FALSE;
    }
  root = xmlDocGetRootElement (xml);
  doc_id = eval_xml_attr (root, "doc_id");
  if (g_str_has_suffix (base, ".xml"))
    base[strlen (base) - 4] = '\0';
  doc = eval_doc_new (base, doc_id != NULL ? doc_id : base, topic->name);

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      if (eval_xml_is (node, "token"))
        {
          g_autofree char *t_id = eval_xml_attr (node, "t_id");
          g_autofree char *sentence = eval_xml_attr (node, "sentence");
          xmlChar *content = xmlNodeGetContent (node);

          eval_doc_add_token (doc, t_id, (const char *) content,
                              sentence != NULL ? (guint) atoi (sentence) : 0);
          xmlFree (content);
        }
      else if (eval_xml_is (node, "Markables"))
        {
          for (xmlNode *m = node->children; m != NULL; m = m->next)
            {
              g_autofree char *m_id = NULL;
              gboolean has_anchor = FALSE;

              if (m->type != XML_ELEMENT_NODE)
                continue;
              m_id = eval_xml_attr (m, "m_id");
              if (m_id == NULL)
                continue;

              for (xmlNode *a = m->children; a != NULL; a = a->next)
                if (eval_xml_is (a, "token_anchor"))
                  has_anchor = TRUE;

              if (eval_xml_is (m, "TIMEX3"))
                {
                  g_autofree char *function = eval_xml_attr (m, "functionInDocument");

                  if (g_strcmp0 (function, "CREATION_TIME") == 0 && doc->dct == NULL)
                    doc->dct = eval_xml_attr (m, "value");
                }

              if (has_anchor)
                {
                  Markable *markable = g_new0 (Markable, 1);

                  markable->tag = g_strdup ((const char *) m->name);
                  markable->syntactic_type = eval_xml_attr (m, "syntactic_type");
                  for (xmlNode *a = m->children; a != NULL; a = a->next)
                    {
                      g_autofree char *t_id = NULL;
                      int index;

                      if (!eval_xml_is (a, "token_anchor"))
                        continue;
                      t_id = eval_xml_attr (a, "t_id");
                      index = t_id != NULL ? eval_doc_lookup_token (doc, t_id) : -1;
                      if (index < 0)
                        continue;
                      if (!markable->has_tokens || (guint) index < markable->first)
                        markable->first = (guint) index;
                      if (!markable->has_tokens || (guint) index > markable->last)
                        markable->last = (guint) index;
                      markable->has_tokens = TRUE;
                    }
                  g_ptr_array_add (mention_order, g_strdup (m_id));
                  g_hash_table_replace (markables, g_steal_pointer (&m_id), markable);
                }
              else if (eval_xml_is (m, "ENTITY") || eval_xml_is (m, "EVENT"))
                {
                  Instance *instance = g_new0 (Instance, 1);

                  instance->tag = g_strdup ((const char *) m->name);
                  instance->instance_id = eval_xml_attr (m, "instance_id");
                  instance->ent_type = eval_xml_attr (m, "ent_type");
                  g_hash_table_replace (instances, g_steal_pointer (&m_id), instance);
                }
            }
        }
      else if (eval_xml_is (node, "Relations"))
        {
          for (xmlNode *r = node->children; r != NULL; r = r->next)
            {
              g_autofree char *target = NULL;
              Instance *instance;

              if (!eval_xml_is (r, "REFERS_TO"))
                continue;
              for (xmlNode *t = r->children; t != NULL; t = t->next)
                if (eval_xml_is (t, "target") && target == NULL)
                  target = eval_xml_attr (t, "m_id");
              if (target == NULL)
                continue;
              instance = g_hash_table_lookup (instances, target);

              for (xmlNode *s = r->children; s != NULL; s = s->next)
                {
                  g_autofree char *source = NULL;
                  const char *known;
                  Instance *known_instance;

                  if (!eval_xml_is (s, "source"))
                    continue;
                  source = eval_xml_attr (s, "m_id");
                  if (source == NULL)
                    continue;

                  /* A few mentions refer to two instances: the
                   * cross-document one wins. */
                  known = g_hash_table_lookup (refers_to, source);
                  known_instance = known != NULL ? g_hash_table_lookup (instances, known) : NULL;
                  if (known != NULL &&
                      (instance == NULL || instance->instance_id == NULL ||
                       (known_instance != NULL && known_instance->instance_id != NULL)))
                    continue;
                  g_hash_table_replace (refers_to, g_steal_pointer (&source), g_strdup (target));
                }
            }
        }
    }
  xmlFreeDoc (xml);

  eval_doc_build_text (doc);
  g_ptr_array_add (topic->docs, doc);

  /* Gold mentions, in the file's order. */
  for (guint i = 0; i < mention_order->len; i++)
    {
      const char *m_id = g_ptr_array_index (mention_order, i);
      Markable *markable = g_hash_table_lookup (markables, m_id);
      const char *target = g_hash_table_lookup (refers_to, m_id);
      Instance *instance = target != NULL ? g_hash_table_lookup (instances, target) : NULL;
      EvalSpan span = { 0 };

      if (!markable->has_tokens || !sentence_is_scored (doc, markable->first))
        continue;
      span.doc = doc_index;
      span.first = markable->first;
      span.last = markable->last;
      span.match = -1;
      span.group = -1;

      if (strcmp (markable->tag, "ENTITY_MENTION") == 0)
        {
          const char *type = instance != NULL ? instance->ent_type : NULL;
          gboolean named = g_strcmp0 (markable->syntactic_type, "NAM") == 0 ||
                           g_strcmp0 (markable->syntactic_type, "PRE.NAM") == 0;
          gboolean actor = named && (g_strcmp0 (type, "PER") == 0 ||
                                     g_strcmp0 (type, "ORG") == 0 ||
                                     g_strcmp0 (type, "LOC") == 0);

          g_array_append_val (topic->gold_entities, span);
          g_array_append_val (topic->entity_is_actor, actor);
        }
      else if (strcmp (markable->tag, "EVENT_MENTION") == 0)
        {
          char *key;

          if (instance != NULL && instance->instance_id != NULL)
            key = g_strdup_printf ("instance:%s", instance->instance_id);
          else if (target != NULL)
            key = g_strdup_printf ("document:%s:%s", doc->doc_id, target);
          else
            key = g_strdup_printf ("singleton:%s:%s", doc->doc_id, m_id);

          g_array_append_val (topic->gold_events, span);
          g_ptr_array_add (topic->event_keys, key);
        }
    }

  return TRUE;
}

static Topic *
read_topic (const char *dir,
            const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GPtrArray) files = eval_list_files (path, ".xml");
  Topic *topic = g_new0 (Topic, 1);

  topic->name = g_strdup (name);
  topic->docs = g_ptr_array_new_with_free_func ((GDestroyNotify) eval_doc_free);
  topic->gold_entities = g_array_new (FALSE, TRUE, sizeof (EvalSpan));
  topic->entity_is_actor = g_array_new (FALSE, TRUE, sizeof (gboolean));
  topic->gold_events = g_array_new (FALSE, TRUE, sizeof (EvalSpan));
  topic->event_keys = g_ptr_array_new_with_free_func (g_free);

  for (guint f = 0; f < files->len; f++)
    read_document (topic, g_ptr_array_index (files, f));

  return topic;
}

/* ------------------------------------------------------------------ */
/* Scoring one topic                                                   */
/* ------------------------------------------------------------------ */

typedef struct {
  EvalCounts      entity_strict;
  EvalCounts      entity_partial;
  EvalCounts      actor_strict;
  EvalCounts      actor_partial;
  EvalCounts      events;
  guint           n_by_trigger;
  guint           n_by_passage;
  EvalCorefScores end_to_end;
  EvalCorefScores singletons;
  EvalCorefScores lemma;
  EvalCorefScores induced;
  EvalCorefScores merged;
  gboolean        merged_available;
  guint           joined[3];
  guint           joined_correct[3];
  guint           n_gold_clusters;
  guint           n_cross_doc_clusters;
  guint           n_system_events;
  guint           n_system_multi_doc_events;
} TopicScores;

static void
counts_add (EvalCounts       *sum,
            const EvalCounts *counts)
{
  sum->n_system += counts->n_system;
  sum->n_gold += counts->n_gold;
  sum->n_matched += counts->n_matched;
}

static void
topic_scores_add (TopicScores       *sum,
                  const TopicScores *scores)
{
  counts_add (&sum->entity_strict, &scores->entity_strict);
  counts_add (&sum->entity_partial, &scores->entity_partial);
  counts_add (&sum->actor_strict, &scores->actor_strict);
  counts_add (&sum->actor_partial, &scores->actor_partial);
  counts_add (&sum->events, &scores->events);
  sum->n_by_trigger += scores->n_by_trigger;
  sum->n_by_passage += scores->n_by_passage;
  eval_coref_scores_add (&sum->end_to_end, &scores->end_to_end);
  eval_coref_scores_add (&sum->singletons, &scores->singletons);
  eval_coref_scores_add (&sum->lemma, &scores->lemma);
  eval_coref_scores_add (&sum->induced, &scores->induced);
  eval_coref_scores_add (&sum->merged, &scores->merged);
  sum->merged_available = scores->merged_available;
  for (guint k = 0; k < 3; k++)
    {
      sum->joined[k] += scores->joined[k];
      sum->joined_correct[k] += scores->joined_correct[k];
    }
  sum->n_gold_clusters += scores->n_gold_clusters;
  sum->n_cross_doc_clusters += scores->n_cross_doc_clusters;
  sum->n_system_events += scores->n_system_events;
  sum->n_system_multi_doc_events += scores->n_system_multi_doc_events;
}

/* Our actors' mentions as spans on gold tokens, in the scored sentences. */
static GArray *
collect_actor_mentions (DatelineProject *project,
                        Topic           *topic,
                        GHashTable      *doc_by_article)
{
  GListModel *actors = dateline_project_get_actors (project);
  GArray *spans = g_array_new (FALSE, TRUE, sizeof (EvalSpan));
  guint n_actors = g_list_model_get_n_items (actors);

  for (guint a = 0; a < n_actors; a++)
    {
      g_autoptr(DatelineActor) actor = g_list_model_get_item (actors, a);
      GArray *mentions = dateline_actor_get_mentions (actor);

      for (guint m = 0; m < mentions->len; m++)
        {
          const DatelineMention *mention = &g_array_index (mentions, DatelineMention, m);
          EvalDoc *doc = g_hash_table_lookup (doc_by_article, mention->article_id);
          EvalSpan span = { 0 };
          guint d;

          if (doc == NULL || !g_ptr_array_find (topic->docs, doc, &d))
            continue;
          if (!eval_doc_tokens_in_span (doc, mention->start, mention->end,
                                        &span.first, &span.last))
            continue;
          if (!sentence_is_scored (doc, span.first))
            continue;
          span.doc = d;
          span.match = -1;
          span.group = (int) a;
          g_array_append_val (spans, span);
        }
    }

  return spans;
}

static GArray *
filter_spans (GArray *spans,
              GArray *keep)
{
  GArray *kept = g_array_new (FALSE, TRUE, sizeof (EvalSpan));

  for (guint i = 0; i < spans->len; i++)
    if (g_array_index (keep, gboolean, i))
      g_array_append_val (kept, g_array_index (spans, EvalSpan, i));
  return kept;
}

static EvalPartition *
gold_partition (Topic *topic)
{
  EvalPartition *key = eval_partition_new ();

  for (guint g = 0; g < topic->gold_events->len; g++)
    eval_partition_add (key, g, g_ptr_array_index (topic->event_keys, g));
  return key;
}

static void
count_gold_clusters (Topic       *topic,
                     TopicScores *scores)
{
  g_autoptr(EvalPartition) key = gold_partition (topic);

  scores->n_gold_clusters = eval_partition_get_n_clusters (key);
  for (guint c = 0; c < eval_partition_get_n_clusters (key); c++)
    {
      const GArray *cluster = eval_partition_get_cluster (key, c);
      GArray *events = topic->gold_events;
      guint first_doc = g_array_index (events, EvalSpan, g_array_index (cluster, guint, 0)).doc;

      for (guint i = 1; i < cluster->len; i++)
        if (g_array_index (events, EvalSpan, g_array_index (cluster, guint, i)).doc != first_doc)
          {
            scores->n_cross_doc_clusters++;
            break;
          }
    }
}

static void
count_system_events (DatelineProject *project,
                     TopicScores     *scores)
{
  GListModel *events = dateline_project_get_events (project);

  scores->n_system_events = g_list_model_get_n_items (events);
  for (guint e = 0; e < scores->n_system_events; e++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, e);
      const DatelineSourceList *sources = dateline_event_get_sources (event);

      for (guint s = 1; s < sources->len; s++)
        if (g_strcmp0 (g_array_index (sources, DatelineSource, s).article_id,
                       g_array_index (sources, DatelineSource, 0).article_id) != 0)
          {
            scores->n_system_multi_doc_events++;
            break;
          }
    }
}

static void
score_topic (Topic             *topic,
             EvalPipelineStats *stats,
             TopicScores       *scores)
{
  g_autoptr(DatelineProject) project = eval_run_pipeline (topic->docs, TRUE, stats);
  g_autoptr(GHashTable) doc_by_article = eval_index_by_article (topic->docs);
  g_autoptr(GArray) actor_spans = collect_actor_mentions (project, topic, doc_by_article);
  g_autoptr(GArray) gold_actors = filter_spans (topic->gold_entities, topic->entity_is_actor);
  g_autoptr(GArray) all_event_spans =
    eval_collect_event_mentions (project, topic->docs, doc_by_article);
  g_autoptr(GArray) event_spans = g_array_new (FALSE, TRUE, sizeof (EvalSpan));
  g_autoptr(EvalPartition) key = gold_partition (topic);
  g_autoptr(EvalPartition) response = eval_partition_new ();
  g_autoptr(EvalPartition) singletons = eval_partition_new ();
  g_autoptr(EvalPartition) lemmas = eval_partition_new ();
  g_autoptr(EvalPartition) induced = eval_partition_new ();
  guint n_gold = topic->gold_events->len;

  count_gold_clusters (topic, scores);
  count_system_events (project, scores);

  /* Entities. */
  eval_match_strict (actor_spans, topic->gold_entities, &scores->entity_strict);
  eval_match_partial (actor_spans, topic->gold_entities, &scores->entity_partial);
  eval_match_strict (actor_spans, gold_actors, &scores->actor_strict);
  eval_match_partial (actor_spans, gold_actors, &scores->actor_partial);

  /* Event mentions, in the scored sentences. */
  for (guint i = 0; i < all_event_spans->len; i++)
    {
      EvalSpan *span = &g_array_index (all_event_spans, EvalSpan, i);
      EvalDoc *doc = g_ptr_array_index (topic->docs, span->doc);

      if (sentence_is_scored (doc, span->first))
        g_array_append_val (event_spans, *span);
    }
  eval_align_event_mentions (event_spans, topic->gold_events, &scores->events,
                             &scores->n_by_trigger, &scores->n_by_passage);
  if (verbose)
    {
      g_print ("%s: system event mentions and the gold mention each was aligned to\n",
               topic->name);
      eval_print_event_alignment (topic->docs, event_spans, topic->gold_events);
    }

  /* End to end: a system mention aligned to a gold one takes its number,
   * the others get numbers of their own; our events are the clusters. */
  for (guint s = 0; s < event_spans->len; s++)
    {
      const EvalSpan *span = &g_array_index (event_spans, EvalSpan, s);
      g_autofree char *cluster = g_strdup_printf ("event:%d", span->group);

      eval_partition_add (response, span->match >= 0 ? (guint) span->match : n_gold + s, cluster);
    }
  eval_coref_score_all (key, response, &scores->end_to_end);

  /* Gold mentions given. */
  for (guint g = 0; g < n_gold; g++)
    {
      const EvalSpan *span = &g_array_index (topic->gold_events, EvalSpan, g);
      EvalDoc *doc = g_ptr_array_index (topic->docs, span->doc);
      g_autofree char *own = g_strdup_printf ("gold:%u", g);
      g_autofree char *lemma = eval_lemma_of_span (doc, span->first, span->last);
      int event = span->match >= 0 ? g_array_index (event_spans, EvalSpan, span->match).group : -1;
      g_autofree char *ours = event >= 0 ? g_strdup_printf ("event:%d", event) : g_strdup (own);

      eval_partition_add (singletons, g, own);
      eval_partition_add (lemmas, g, lemma);
      eval_partition_add (induced, g, ours);
    }
  eval_coref_score_all (key, singletons, &scores->singletons);
  eval_coref_score_all (key, lemmas, &scores->lemma);
  eval_coref_score_all (key, induced, &scores->induced);

  {
    g_autofree guint *labels = g_new0 (guint, MAX (1, n_gold));

    if (eval_cluster_gold_mentions (project, topic->docs, topic->gold_events, labels))
      {
        g_autoptr(EvalPartition) merged = eval_partition_new ();

        for (guint g = 0; g < n_gold; g++)
          {
            g_autofree char *cluster = g_strdup_printf ("%u", labels[g]);

            eval_partition_add (merged, g, cluster);
          }
        eval_coref_score_all (key, merged, &scores->merged);
        eval_count_joined_pairs (topic->docs, topic->gold_events, topic->event_keys, labels,
                                 scores->joined, scores->joined_correct);
        scores->merged_available = TRUE;
      }
  }
}

/* ------------------------------------------------------------------ */
/* Printing                                                            */
/* ------------------------------------------------------------------ */

static void
print_mentions (const TopicScores *scores)
{
  g_print ("\n%-44s %6s %6s %6s   %s\n", "Mentions", "P", "R", "F1",
           "matched/system matched/gold");
  eval_print_prf_row ("entity, all gold mentions, strict", &scores->entity_strict);
  eval_print_prf_row ("entity, all gold mentions, partial", &scores->entity_partial);
  eval_print_prf_row ("entity, named PER/ORG/LOC, strict", &scores->actor_strict);
  eval_print_prf_row ("entity, named PER/ORG/LOC, partial", &scores->actor_partial);
  eval_print_prf_row ("event mentions", &scores->events);
}

int
main (int   argc,
      char *argv[])
{
  const char *eval_dir = NULL;
  g_autofree char *data_dir = NULL;
  g_autoptr(GPtrArray) topic_names = NULL;
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func ((GDestroyNotify) topic_free);
  g_autoptr(GArray) topic_scores = g_array_new (FALSE, TRUE, sizeof (TopicScores));
  EvalPipelineStats stats = { 0 };
  TopicScores total = { 0 };
  guint n_docs = 0, n_gold_entities = 0, n_gold_actors = 0, n_gold_events = 0;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--verbose") == 0 || strcmp (argv[i], "-v") == 0)
        verbose = TRUE;
      else if (strcmp (argv[i], "--all-sentences") == 0)
        all_sentences = TRUE;
      else
        eval_dir = argv[i];
    }

  if (eval_dir == NULL)
    {
      g_print ("skipped: no evaluation data (usage: %s EVAL_DIR [--all-sentences] [--verbose])\n",
               argv[0]);
      return EVAL_SKIPPED;
    }
  data_dir = g_build_filename (eval_dir, "meantime-en", "intra_cross-doc_annotation", NULL);
  if (!g_file_test (data_dir, G_FILE_TEST_IS_DIR))
    {
      g_print ("skipped: %s not found\n", data_dir);
      return EVAL_SKIPPED;
    }

  LIBXML_TEST_VERSION

  topic_names = eval_list_subdirs (data_dir);
  for (guint t = 0; t < topic_names->len; t++)
    {
      Topic *topic = read_topic (data_dir, g_ptr_array_index (topic_names, t));

      n_docs += topic->docs->len;
      n_gold_entities += topic->gold_entities->len;
      n_gold_events += topic->gold_events->len;
      for (guint i = 0; i < topic->entity_is_actor->len; i++)
        n_gold_actors += g_array_index (topic->entity_is_actor, gboolean, i) ? 1 : 0;
      g_ptr_array_add (topics, topic);
    }

  g_print ("MEANTIME (meantime-en): %u documents in %u topics; scored on %s\n",
           n_docs, topics->len,
           all_sentences ? "ALL sentences (the part after sentence 5 is only sparsely annotated)"
                         : "sentences 0-5 (the fully annotated part)");
  g_print ("gold: %u entity mentions (%u named PER/ORG/LOC), %u event mentions\n",
           n_gold_entities, n_gold_actors, n_gold_events);

  for (guint t = 0; t < topics->len; t++)
    {
      TopicScores scores = { 0 };

      score_topic (g_ptr_array_index (topics, t), &stats, &scores);
      g_array_append_val (topic_scores, scores);
      topic_scores_add (&total, &scores);
    }

  g_print ("pipeline: %u documents, %u refused by ingest; "
           "%.1f%% of gold tokens found again in the article text;\n"
           "          creation time given as publication date to %u "
           "(%u more have none, %u an unreadable one);\n"
           "          ingest found a date by itself in %u (%u equal to the creation time)\n",
           stats.n_docs, stats.n_failed,
           stats.n_tokens > 0 ? 100.0 * stats.n_tokens_aligned / stats.n_tokens : 0.0,
           stats.n_dct_given,
           stats.n_docs - stats.n_failed - stats.n_dct_given - stats.n_dct_unusable,
           stats.n_dct_unusable, stats.n_ingest_dated, stats.n_ingest_dct_agree);
  g_print ("entry points: %s\n", eval_pipeline_description ());
  g_print ("ours: %u events, %u of them with sources in more than one article "
           "(merged across articles)\n",
           total.n_system_events, total.n_system_multi_doc_events);
  eval_print_alignment_note (total.n_by_trigger, total.n_by_passage);

  print_mentions (&total);

  g_print ("\nCross-document event coreference, within each topic "
           "(\"all\" adds the topics' counts)\n");
  g_print ("gold: %u clusters, %u of them spanning more than one document\n",
           total.n_gold_clusters, total.n_cross_doc_clusters);
  g_print ("\nEnd to end: our event mentions, our merged events as clusters\n");
  eval_print_coref_header ();
  for (guint t = 0; t < topics->len; t++)
    {
      Topic *topic = g_ptr_array_index (topics, t);

      TopicScores *scores = &g_array_index (topic_scores, TopicScores, t);

      eval_print_coref_row (topic->name, &scores->end_to_end, verbose);
    }
  eval_print_rule ();
  eval_print_coref_row ("all", &total.end_to_end, TRUE);

  g_print ("\nGold event mentions given, only the clustering scored (all topics)\n");
  eval_print_coref_header ();
  eval_print_coref_row ("baseline: every mention alone", &total.singletons, verbose);
  eval_print_coref_row ("baseline: same lemmas within topic", &total.lemma, verbose);
  eval_print_coref_row ("ours, induced from extraction", &total.induced, verbose);
  if (total.merged_available)
    {
      eval_print_coref_row ("ours, dateline_merge_cluster_mentions", &total.merged, verbose);
      eval_print_joined_pairs (total.joined, total.joined_correct);
    }
  else
    g_print ("  %-42s %7s %7s %7s %9s\n", "ours, merge API (not in this build)",
             "n/a", "n/a", "n/a", "n/a");

  g_print ("\n\"induced\": a gold mention joins the cluster of the event whose mention was\n"
           "aligned to it (see alignment above); unaligned gold mentions stay alone.\n");

  return EXIT_SUCCESS;
}
