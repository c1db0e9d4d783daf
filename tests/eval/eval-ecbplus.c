/* eval-ecbplus.c — cross-document event coreference on ECB+, gold mentions
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: eval-ecbplus EVAL_DIR [--verbose] [--dev | --test]
 *
 * --dev prints the dev topics only (the ones to tune on), --test the test
 * topics only; both by default.
 *
 * EVAL_DIR is the shared evaluation folder (../shared/eval from the source
 * root); the data is EVAL_DIR/ecbplus/. Exits 77 printing "skipped" when it
 * is absent. This measures; it never fails on low scores.
 *
 * Split (Cybulska & Vossen 2015, as in ANCHORS-AND-SCORING.md): test =
 * topics 36–45, dev = 2, 5, 12, 18, 21, 23, 34, 35. Gold event mentions are
 * the ACTION_* and NEG_ACTION_* markables in the sentences listed in
 * ECBplus_coreference_sentences.csv (the corpus README asks to score only
 * those). Gold clusters: CROSS_DOC_COREF instance, else the
 * INTRA_DOC_COREF chain, else a singleton. All documents of a split are
 * scored as one meta-document (within- and cross-document links both
 * count), like Bugert et al. (2021), whose lemma baseline is published as
 * CoNLL F1 61.9 on the test topics.
 *
 * Rows:
 *   every mention alone      the singleton baseline
 *   lemma, all documents     Bugert et al.'s "lemma": mentions whose tokens
 *                            have the same lemmas corefer, all documents in
 *                            one pool (comparable to 61.9, up to the
 *                            lemmatiser — ours is a rule-based one, theirs
 *                            CoreNLP's — and the mention filter)
 *   lemma within topic       the same inside each gold topic
 *   lemma within sub-topic   the same inside each gold sub-topic (ecb vs
 *                            ecbplus documents of a topic): an oracle
 *                            document clustering, an upper bound for
 *                            Bugert et al.'s lemma-δ (74.4)
 *   ours, merge API          the gold mentions of each topic handed to
 *                            dateline_merge_cluster_mentions() with what our
 *                            pipeline found in their sentences (no DCT:
 *                            ECB+ has none); "n/a" in a build without it;
 *                            the pairs it joined are counted by where they
 *                            are (same sentence / document / across)
 *   ours, induced            our pipeline run end to end on each topic; a
 *                            gold mention aligned to one of our event
 *                            mentions joins that event's cluster
 *   end to end               our own mentions (in the selected sentences)
 *                            and events vs the gold: predicted mentions,
 *                            far lower by nature
 */

#include "config.h"

#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

#include "eval-common.h"
#include "eval-coref.h"

static gboolean verbose = FALSE;
static gboolean run_dev = TRUE;
static gboolean run_test = TRUE;

static const guint test_topics[] = { 36, 37, 38, 39, 40, 41, 42, 43, 44, 45 };
static const guint dev_topics[] = { 2, 5, 12, 18, 21, 23, 34, 35 };

/* One gold topic: its documents (ecb and ecbplus) and gold mentions. */
typedef struct {
  guint      number;
  GPtrArray *docs;          /* EvalDoc */
  GArray    *gold;          /* EvalSpan */
  GPtrArray *keys;          /* gold cluster of each mention */
} Topic;

static void
topic_free (Topic *topic)
{
  g_ptr_array_unref (topic->docs);
  g_array_unref (topic->gold);
  g_ptr_array_unref (topic->keys);
  g_free (topic);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Topic, topic_free)

/* ------------------------------------------------------------------ */
/* Reading                                                             */
/* ------------------------------------------------------------------ */

/* "36_1ecb:1" for every selected sentence. */
static GHashTable *
read_selected_sentences (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *selected;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  selected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (g_strstrip (lines[i]), ",", -1);

      if (g_strv_length (fields) < 3)
        continue;
      g_hash_table_add (selected, g_strdup_printf ("%s_%s:%s", fields[0], fields[1], fields[2]));
    }

  return selected;
}

static gboolean
is_event_tag (const char *tag)
{
  return g_str_has_prefix (tag, "ACTION_") || g_str_has_prefix (tag, "NEG_ACTION_");
}

static void
read_document (Topic      *topic,
               const char *path,
               GHashTable *selected)
{
  g_autofree char *base = g_path_get_basename (path);
  xmlDoc *xml = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_autoptr(GHashTable) coref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) spans = g_array_new (FALSE, TRUE, sizeof (EvalSpan));
  g_autoptr(GPtrArray) m_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *topic_name = g_strdup_printf ("%u", topic->number);
  EvalDoc *doc;
  guint doc_index = topic->docs->len;

  if (xml == NULL)
    {
      g_printerr ("%s: not readable as XML\n", path);
      return;
    }
  if (g_str_has_suffix (base, ".xml"))
    base[strlen (base) - 4] = '\0';
  doc = eval_doc_new (base, base, topic_name);

  for (xmlNode *node = xmlDocGetRootElement (xml)->children; node != NULL; node = node->next)
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
              EvalSpan span = { 0 };
              gboolean has_tokens = FALSE;

              if (m->type != XML_ELEMENT_NODE || !is_event_tag ((const char *) m->name))
                continue;
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
                  if (!has_tokens || (guint) index < span.first)
                    span.first = (guint) index;
                  if (!has_tokens || (guint) index > span.last)
                    span.last = (guint) index;
                  has_tokens = TRUE;
                }
              /* Markables without tokens are the instances chains point to. */
              if (!has_tokens)
                continue;
              span.doc = doc_index;
              span.match = -1;
              span.group = -1;
              g_array_append_val (spans, span);
              g_ptr_array_add (m_ids, eval_xml_attr (m, "m_id"));
            }
        }
      else if (eval_xml_is (node, "Relations"))
        {
          for (xmlNode *r = node->children; r != NULL; r = r->next)
            {
              g_autofree char *key = NULL;

              if (eval_xml_is (r, "CROSS_DOC_COREF"))
                {
                  g_autofree char *note = eval_xml_attr (r, "note");

                  key = g_strdup_printf ("instance:%s", note != NULL ? note : "?");
                }
              else if (eval_xml_is (r, "INTRA_DOC_COREF"))
                {
                  g_autofree char *r_id = eval_xml_attr (r, "r_id");

                  key = g_strdup_printf ("chain:%s:%s", base, r_id != NULL ? r_id : "?");
                }
              else
                continue;

              for (xmlNode *s = r->children; s != NULL; s = s->next)
                {
                  char *m_id;

                  if (!eval_xml_is (s, "source"))
                    continue;
                  m_id = eval_xml_attr (s, "m_id");
                  /* A cross-document chain wins over an intra-document one. */
                  if (m_id == NULL || (g_hash_table_contains (coref, m_id) &&
                                       !g_str_has_prefix (key, "instance:")))
                    {
                      g_free (m_id);
                      continue;
                    }
                  g_hash_table_replace (coref, m_id, g_strdup (key));
                }
            }
        }
    }
  xmlFreeDoc (xml);

  eval_doc_build_text (doc);
  g_ptr_array_add (topic->docs, doc);

  for (guint i = 0; i < spans->len; i++)
    {
      EvalSpan *span = &g_array_index (spans, EvalSpan, i);
      const char *m_id = g_ptr_array_index (m_ids, i);
      guint sentence = g_array_index (doc->tokens, EvalToken, span->first).sentence;
      g_autofree char *where = g_strdup_printf ("%s:%u", base, sentence);
      const char *key = m_id != NULL ? g_hash_table_lookup (coref, m_id) : NULL;

      if (!g_hash_table_contains (selected, where))
        continue;
      g_array_append_val (topic->gold, *span);
      g_ptr_array_add (topic->keys, key != NULL ? g_strdup (key)
                                                : g_strdup_printf ("singleton:%s:%s", base, m_id));
    }
}

static Topic *
read_topic (const char *ecb_dir,
            guint       number,
            GHashTable *selected)
{
  g_autofree char *name = g_strdup_printf ("%u", number);
  g_autofree char *dir = g_build_filename (ecb_dir, name, NULL);
  g_autoptr(GPtrArray) files = eval_list_files (dir, ".xml");
  Topic *topic = g_new0 (Topic, 1);

  topic->number = number;
  topic->docs = g_ptr_array_new_with_free_func ((GDestroyNotify) eval_doc_free);
  topic->gold = g_array_new (FALSE, TRUE, sizeof (EvalSpan));
  topic->keys = g_ptr_array_new_with_free_func (g_free);

  for (guint f = 0; f < files->len; f++)
    read_document (topic, g_ptr_array_index (files, f), selected);

  return topic;
}

/* ------------------------------------------------------------------ */
/* Scoring a split                                                     */
/* ------------------------------------------------------------------ */

/* The partitions of one split, all over the same mention numbers. */
typedef struct {
  EvalPartition *key;
  EvalPartition *singletons;
  EvalPartition *lemma_pool;
  EvalPartition *lemma_topic;
  EvalPartition *lemma_subtopic;
  EvalPartition *merged;
  EvalPartition *induced;
  EvalPartition *end_to_end;   /* response, over gold numbers + system-only numbers */
  guint          end_to_end_extra;
  GArray        *mention_doc;  /* split-wide document number of each gold mention */
  gboolean       merged_available;
  guint          n_mentions;
  guint          n_documents;
  guint          n_by_trigger;
  guint          n_by_passage;
  guint          n_system_events;
  guint          n_system_multi_doc_events;
  EvalCounts     mentions;
  EvalPipelineStats stats;
  /* Pairs of gold mentions our merge put together, by where they are:
   * same sentence, same document, different documents; and how many of
   * those the gold also puts together. */
  guint          joined[3];
  guint          joined_correct[3];
} Split;

static void
split_clear (Split *split)
{
  g_clear_pointer (&split->key, eval_partition_free);
  g_clear_pointer (&split->singletons, eval_partition_free);
  g_clear_pointer (&split->lemma_pool, eval_partition_free);
  g_clear_pointer (&split->lemma_topic, eval_partition_free);
  g_clear_pointer (&split->lemma_subtopic, eval_partition_free);
  g_clear_pointer (&split->merged, eval_partition_free);
  g_clear_pointer (&split->induced, eval_partition_free);
  g_clear_pointer (&split->end_to_end, eval_partition_free);
  g_clear_pointer (&split->mention_doc, g_array_unref);
}

/* A large offset keeps system-only mention numbers apart from gold ones. */
#define SYSTEM_ONLY_BASE 10000000u

static gboolean
doc_is_ecbplus (EvalDoc *doc)
{
  return g_str_has_suffix (doc->name, "ecbplus");
}

static void
count_events (DatelineProject *project,
              Split           *split)
{
  GListModel *events = dateline_project_get_events (project);
  guint n = g_list_model_get_n_items (events);

  split->n_system_events += n;
  for (guint e = 0; e < n; e++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, e);
      const DatelineSourceList *sources = dateline_event_get_sources (event);

      for (guint s = 1; s < sources->len; s++)
        if (g_strcmp0 (g_array_index (sources, DatelineSource, s).article_id,
                       g_array_index (sources, DatelineSource, 0).article_id) != 0)
          {
            split->n_system_multi_doc_events++;
            break;
          }
    }
}

static void
score_topic (Topic      *topic,
             GHashTable *selected,
             Split      *split)
{
  g_autoptr(DatelineProject) project = eval_run_pipeline (topic->docs, FALSE, &split->stats);
  g_autoptr(GHashTable) doc_by_article = eval_index_by_article (topic->docs);
  g_autoptr(GArray) all_spans = eval_collect_event_mentions (project, topic->docs, doc_by_article);
  g_autoptr(GArray) spans = g_array_new (FALSE, TRUE, sizeof (EvalSpan));
  g_autofree guint *labels = g_new0 (guint, MAX (1, topic->gold->len));
  guint base = split->n_mentions;
  guint first_doc = split->n_documents;
  EvalCounts counts;
  guint n_by_trigger = 0, n_by_passage = 0;
  gboolean merged;

  split->n_documents += topic->docs->len;
  count_events (project, split);

  /* Our mentions in the selected sentences only: the rest is not
   * annotated for coreference. */
  for (guint i = 0; i < all_spans->len; i++)
    {
      EvalSpan *span = &g_array_index (all_spans, EvalSpan, i);
      EvalDoc *doc = g_ptr_array_index (topic->docs, span->doc);
      guint sentence = g_array_index (doc->tokens, EvalToken, span->first).sentence;
      g_autofree char *where = g_strdup_printf ("%s:%u", doc->name, sentence);

      if (g_hash_table_contains (selected, where))
        g_array_append_val (spans, *span);
    }
  eval_align_event_mentions (spans, topic->gold, &counts, &n_by_trigger, &n_by_passage);
  split->mentions.n_system += counts.n_system;
  split->mentions.n_gold += counts.n_gold;
  split->mentions.n_matched += counts.n_matched;
  split->n_by_trigger += n_by_trigger;
  split->n_by_passage += n_by_passage;
  if (verbose)
    {
      g_print ("topic %u: system event mentions and the gold mention each was aligned to\n",
               topic->number);
      eval_print_event_alignment (topic->docs, spans, topic->gold);
    }

  merged = eval_cluster_gold_mentions (project, topic->docs, topic->gold, labels);
  split->merged_available = merged;
  if (merged)
    eval_count_joined_pairs (topic->docs, topic->gold, topic->keys, labels,
                             split->joined, split->joined_correct);

  for (guint g = 0; g < topic->gold->len; g++)
    {
      const EvalSpan *span = &g_array_index (topic->gold, EvalSpan, g);
      EvalDoc *doc = g_ptr_array_index (topic->docs, span->doc);
      guint mention = base + g;
      g_autofree char *lemma = eval_lemma_of_span (doc, span->first, span->last);
      g_autofree char *own = g_strdup_printf ("gold:%u", mention);
      g_autofree char *in_topic = g_strdup_printf ("%u:%s", topic->number, lemma);
      g_autofree char *in_subtopic = g_strdup_printf ("%u%s:%s", topic->number,
                                                      doc_is_ecbplus (doc) ? "plus" : "", lemma);
      g_autofree char *ours = g_strdup_printf ("%u:merged:%u", topic->number, labels[g]);
      int event = span->match >= 0 ? g_array_index (spans, EvalSpan, span->match).group : -1;
      g_autofree char *induced = event >= 0 ? g_strdup_printf ("%u:event:%d", topic->number, event)
                                            : g_strdup (own);

      eval_partition_add (split->key, mention, g_ptr_array_index (topic->keys, g));
      eval_partition_add (split->singletons, mention, own);
      eval_partition_add (split->lemma_pool, mention, lemma);
      eval_partition_add (split->lemma_topic, mention, in_topic);
      eval_partition_add (split->lemma_subtopic, mention, in_subtopic);
      if (merged)
        eval_partition_add (split->merged, mention, ours);
      eval_partition_add (split->induced, mention, induced);
      g_array_append_val (split->mention_doc, (guint) { first_doc + span->doc });
    }

  for (guint s = 0; s < spans->len; s++)
    {
      const EvalSpan *span = &g_array_index (spans, EvalSpan, s);
      g_autofree char *cluster = g_strdup_printf ("%u:event:%d", topic->number, span->group);
      guint mention = span->match >= 0 ? base + (guint) span->match
                                       : SYSTEM_ONLY_BASE + split->end_to_end_extra++;

      eval_partition_add (split->end_to_end, mention, cluster);
    }

  split->n_mentions += topic->gold->len;
}

static void
run_split (const char   *name,
           const char   *ecb_dir,
           const guint  *numbers,
           guint         n_numbers,
           GHashTable   *selected,
           const char   *published)
{
  Split split = { 0 };
  EvalCorefScores scores;
  guint n_cross_doc = 0;
  g_autoptr(GString) topic_list = g_string_new (NULL);

  split.key = eval_partition_new ();
  split.singletons = eval_partition_new ();
  split.lemma_pool = eval_partition_new ();
  split.lemma_topic = eval_partition_new ();
  split.lemma_subtopic = eval_partition_new ();
  split.merged = eval_partition_new ();
  split.induced = eval_partition_new ();
  split.end_to_end = eval_partition_new ();
  split.mention_doc = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint t = 0; t < n_numbers; t++)
    {
      g_autoptr(Topic) topic = read_topic (ecb_dir, numbers[t], selected);

      g_string_append_printf (topic_list, "%s%u", t > 0 ? " " : "", numbers[t]);
      score_topic (topic, selected, &split);
    }

  /* Gold clusters with mentions in more than one document. */
  for (guint c = 0; c < eval_partition_get_n_clusters (split.key); c++)
    {
      const GArray *cluster = eval_partition_get_cluster (split.key, c);
      guint doc = g_array_index (split.mention_doc, guint, g_array_index (cluster, guint, 0));

      for (guint i = 1; i < cluster->len; i++)
        if (g_array_index (split.mention_doc, guint, g_array_index (cluster, guint, i)) != doc)
          {
            n_cross_doc++;
            break;
          }
    }

  g_print ("\nECB+ %s topics (%s): %u documents, "
           "%u gold event mentions in the selected sentences,\n"
           "%u gold clusters (%u spanning more than one document); "
           "scored as one meta-document\n",
           name, topic_list->str, split.n_documents, split.n_mentions,
           eval_partition_get_n_clusters (split.key), n_cross_doc);
  g_print ("pipeline: %u documents, %u refused by ingest; "
           "%.1f%% of gold tokens found again in the text;\n"
           "          no creation time (ECB+ has none); ingest found a date by itself in %u\n",
           split.stats.n_docs, split.stats.n_failed,
           split.stats.n_tokens > 0
           ? 100.0 * split.stats.n_tokens_aligned / split.stats.n_tokens : 0.0,
           split.stats.n_ingest_dated);
  g_print ("ours: %u events, %u with sources in more than one article\n",
           split.n_system_events, split.n_system_multi_doc_events);
  eval_print_alignment_note (split.n_by_trigger, split.n_by_passage);

  g_print ("\n");
  eval_print_coref_header ();
  if (published != NULL)
    g_print ("  %-42s %7s %7s %7s %9s\n", "published: lemma (Bugert et al. 2021)",
             "64.3", "62.6", "58.8", published);
  eval_coref_score_all (split.key, split.singletons, &scores);
  eval_print_coref_row ("baseline: every mention alone", &scores, verbose);
  eval_coref_score_all (split.key, split.lemma_pool, &scores);
  eval_print_coref_row ("baseline: lemma, all documents", &scores, TRUE);
  eval_coref_score_all (split.key, split.lemma_topic, &scores);
  eval_print_coref_row ("baseline: lemma within topic", &scores, verbose);
  eval_coref_score_all (split.key, split.lemma_subtopic, &scores);
  eval_print_coref_row ("baseline: lemma within sub-topic (oracle)", &scores, verbose);
  if (split.merged_available)
    {
      eval_coref_score_all (split.key, split.merged, &scores);
      eval_print_coref_row ("ours, merge API, per topic", &scores, TRUE);
      eval_print_joined_pairs (split.joined, split.joined_correct);
    }
  else
    g_print ("  %-42s %7s %7s %7s %9s\n", "ours, merge API (not in this build)",
             "n/a", "n/a", "n/a", "n/a");
  eval_coref_score_all (split.key, split.induced, &scores);
  eval_print_coref_row ("ours, induced from extraction", &scores, verbose);

  g_print ("\n  end to end, our own event mentions in the selected sentences "
           "(predicted mentions):\n");
  eval_print_prf_row ("event mentions", &split.mentions);
  eval_coref_score_all (split.key, split.end_to_end, &scores);
  eval_print_coref_header ();
  eval_print_coref_row ("our mentions, our merged events", &scores, TRUE);

  split_clear (&split);
}

int
main (int   argc,
      char *argv[])
{
  const char *eval_dir = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *ecb_dir = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GHashTable) selected = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--verbose") == 0 || strcmp (argv[i], "-v") == 0)
        verbose = TRUE;
      else if (strcmp (argv[i], "--dev") == 0)
        run_test = FALSE;
      else if (strcmp (argv[i], "--test") == 0)
        run_dev = FALSE;
      else
        eval_dir = argv[i];
    }

  if (eval_dir == NULL)
    {
      g_print ("skipped: no evaluation data (usage: %s EVAL_DIR [--verbose] [--dev | --test])\n",
               argv[0]);
      return EVAL_SKIPPED;
    }
  data_dir = g_build_filename (eval_dir, "ecbplus", NULL);
  ecb_dir = g_build_filename (data_dir, "ECB+", NULL);
  csv = g_build_filename (data_dir, "ECBplus_coreference_sentences.csv", NULL);
  if (!g_file_test (ecb_dir, G_FILE_TEST_IS_DIR) ||
      (selected = read_selected_sentences (csv)) == NULL)
    {
      g_print ("skipped: %s not found\n", data_dir);
      return EVAL_SKIPPED;
    }

  LIBXML_TEST_VERSION

  g_print ("ECB+ cross-document event coreference "
           "(gold event mentions; MUC, B3, CEAF-e, CoNLL F1 in %%)\n");
  g_print ("lemma: a rule-based lemmatiser (irregular verbs + Porter stemmer) "
           "over every token of the mention\n");
  g_print ("entry points: %s\n", eval_pipeline_description ());

  if (run_test)
    run_split ("test", ecb_dir, test_topics, G_N_ELEMENTS (test_topics), selected, "61.9");
  if (run_dev)
    run_split ("dev", ecb_dir, dev_topics, G_N_ELEMENTS (dev_topics), selected, NULL);

  g_print ("\nTarget (issue 4): ours on the test topics at least 10 points of CoNLL F1 above\n"
           "the lemma baseline (published 61.9; best published systems about 79).\n");

  return EXIT_SUCCESS;
}
