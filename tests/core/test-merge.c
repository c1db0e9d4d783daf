/* test-merge.c — near-duplicate articles and merged events
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dateline-duplicates.h"
#include "dateline-extract.h"
#include "dateline-ingest.h"
#include "dateline-lemma.h"
#include "dateline-merge.h"

static DatelineArticle *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "merge", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DatelineArticle *article = dateline_ingest_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return article;
}

static char *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "merge", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_minhash_resemblance (void)
{
  g_autofree char *wire = read_fixture ("port-strike-wire.txt");
  g_autofree char *copy = read_fixture ("port-strike-copy.txt");
  g_autofree char *other = read_fixture ("port-other-meeting.txt");
  DatelineMinHash a, a_again, b, c, empty;

  dateline_minhash_compute (&a, wire, strlen (wire));
  dateline_minhash_compute (&a_again, wire, strlen (wire));
  dateline_minhash_compute (&b, copy, strlen (copy));
  dateline_minhash_compute (&c, other, strlen (other));
  dateline_minhash_compute (&empty, "", 0);

  g_assert_cmpfloat (dateline_minhash_resemblance (&a, &a_again), ==, 1.0);
  /* A reworded copy, above the threshold; another story on the same day in
   * the same port, far below it. */
  g_assert_cmpfloat (dateline_minhash_resemblance (&a, &b), >=, DATELINE_DUPLICATE_THRESHOLD);
  g_assert_cmpfloat (dateline_minhash_resemblance (&a, &c), <, 0.1);
  g_assert_cmpfloat (dateline_minhash_resemblance (&a, &empty), ==, 0.0);
}

static void
test_duplicates_borrow_date (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  DatelineArticle *wire, *copy, *other;
  g_autofree char *borrowed = NULL;

  /* The copy first: the original is the dated one, not the first given. */
  g_ptr_array_add (articles, copy = load_fixture ("port-strike-copy.txt"));
  g_ptr_array_add (articles, wire = load_fixture ("port-strike-wire.txt"));
  g_ptr_array_add (articles, other = load_fixture ("port-other-meeting.txt"));
  dateline_article_set_id (copy, "copy");
  dateline_article_set_id (wire, "wire");
  dateline_article_set_id (other, "other");

  g_assert_false (dateline_when_is_dated (dateline_article_get_published (copy)));
  g_assert_cmpuint (dateline_duplicates_link (articles), ==, 1);

  g_assert_cmpstr (dateline_article_get_duplicate_of (copy), ==, "wire");
  g_assert_null (dateline_article_get_duplicate_of (wire));
  g_assert_null (dateline_article_get_duplicate_of (other));

  borrowed = dateline_when_dup_value (dateline_article_get_published (copy));
  g_assert_cmpstr (borrowed, ==, "2024-05-10");
  g_assert_cmpint (dateline_article_get_published_origin (copy), ==, DATELINE_DATE_ORIGIN_INFERRED);
}

static gboolean
event_cites (DatelineEvent *event,
             const char    *article_id)
{
  const DatelineSourceList *sources = dateline_event_get_sources (event);

  for (guint i = 0; i < sources->len; i++)
    if (g_str_equal (g_array_index (sources, DatelineSource, i).article_id, article_id))
      return TRUE;
  return FALSE;
}

static DatelineEvent *
find_event_with_passage (DatelineProject *project,
                         const char      *needle)
{
  GListModel *events = dateline_project_get_events (project);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, i);
      const DatelineSourceList *sources = dateline_event_get_sources (event);

      for (guint j = 0; j < sources->len; j++)
        if (strstr (g_array_index (sources, DatelineSource, j).text, needle) != NULL)
          return event;
    }

  g_error ("no event cites “%s”", needle);
  return NULL;
}

static void
test_merge_across_articles (void)
{
  g_autoptr(DatelineProject) project = dateline_project_new ();
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  DatelineEvent *ended, *idle, *pilots, *statement;
  GListModel *events;
  const char *wire, *copy, *other;
  g_autofree char *ended_value = NULL;

  g_ptr_array_add (articles, load_fixture ("port-strike-wire.txt"));
  g_ptr_array_add (articles, load_fixture ("port-strike-copy.txt"));
  g_ptr_array_add (articles, load_fixture ("port-other-meeting.txt"));
  dateline_extract_articles_into_project (project, articles);

  wire = dateline_article_get_id (g_ptr_array_index (articles, 0));
  copy = dateline_article_get_id (g_ptr_array_index (articles, 1));
  other = dateline_article_get_id (g_ptr_array_index (articles, 2));
  events = dateline_project_get_events (project);

  /* The strike's end, told by both: one event, two passages. The copy says
   * Friday where the wire says Thursday: both dates are kept. */
  ended = find_event_with_passage (project, "ended their nine-day strike");
  g_assert_true (ended == find_event_with_passage (project, "called off their nine-day walkout"));
  g_assert_true (event_cites (ended, wire));
  g_assert_true (event_cites (ended, copy));
  g_assert_true (dateline_event_has_disagreement (ended));
  ended_value = dateline_when_dup_value (dateline_event_get_when (ended));
  g_assert_true (g_str_equal (ended_value, "2024-05-09") || g_str_equal (ended_value, "2024-05-10"));

  idle = find_event_with_passage (project, "had been idle since May 1");
  g_assert_true (idle == find_event_with_passage (project, "had stood idle since May 1"));
  g_assert_false (dateline_event_has_disagreement (idle));

  statement = find_event_with_passage (project, "union negotiator Marieke Bos said");
  g_assert_cmpint (dateline_event_get_kind (statement), ==, DATELINE_EVENT_STATEMENT);
  g_assert_true (event_cites (statement, wire) && event_cites (statement, copy));

  /* Cautious: the pilots' meeting is on the same day in the same port, and
   * stays its own event. */
  pilots = find_event_with_passage (project, "Harbour pilots met");
  g_assert_true (pilots != ended);
  g_assert_cmpuint (dateline_event_get_sources (pilots)->len, ==, 1);

  /* No event mixes the pilots' story with the strike's. */
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, i);

      g_assert_false (event_cites (event, other) && (event_cites (event, wire) || event_cites (event, copy)));
    }
}

/* Within one article, "held talks this week" joins one of the days the
 * article names; but a week never chains two different days together. */
static void
test_merge_within_article (void)
{
  static const char text[] =
    "date 2025-08-01 Envoys hold talks\n\n"
    "The two governments held talks in Geneva this week, officials said.\n"
    "The talks took place on Monday in a hotel near the lake.\n"
    "Separate talks with the mediators were held on Wednesday in Bern.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineProject) project = dateline_project_new ();
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  DatelineEvent *week, *monday, *wednesday;
  g_autofree char *monday_value = NULL;

  g_ptr_array_add (articles, dateline_ingest_data (text, strlen (text), "talks.txt", NULL, &error));
  g_assert_no_error (error);
  dateline_extract_articles_into_project (project, articles);

  week = find_event_with_passage (project, "held talks in Geneva this week");
  monday = find_event_with_passage (project, "took place on Monday");
  wednesday = find_event_with_passage (project, "held on Wednesday in Bern");

  g_assert_true (wednesday != monday);
  g_assert_true (week == monday || week == wednesday);
  /* The merged event takes the more precise date. */
  monday_value = dateline_when_dup_value (dateline_event_get_when (week));
  g_assert_true (g_str_equal (monday_value, "2025-07-28") || g_str_equal (monday_value, "2025-07-30"));
  g_assert_cmpuint (dateline_event_get_sources (week)->len, ==, 2);
}

static void
test_merge_cluster_mentions (void)
{
  DatelineMergeMention mentions[4] = { 0 };
  guint clusters[4];

  /* Two documents report one bombing on one day in other words; a third
   * mention is a vote that day; a fourth the same bombing without a date
   * in an unrelated document. */
  mentions[0].document = mentions[0].group = 0;
  mentions[0].kind = DATELINE_EVENT_N_KINDS;
  mentions[0].trigger = "bombed";
  mentions[0].context = "Aircraft bombed the bridge over the Dnipro at Zaporizhzhia, killing four workers.";
  g_assert_true (dateline_when_parse_value ("2024-02-03", &mentions[0].when));

  mentions[1].document = mentions[1].group = 1;
  mentions[1].kind = DATELINE_EVENT_N_KINDS;
  mentions[1].trigger = "bombing";
  mentions[1].context = "The bombing of the Zaporizhzhia bridge over the Dnipro killed four workers, officials said.";
  g_assert_true (dateline_when_parse_value ("2024-02-03", &mentions[1].when));

  mentions[2].document = mentions[2].group = 1;
  mentions[2].kind = DATELINE_EVENT_N_KINDS;
  mentions[2].trigger = "voted";
  mentions[2].context = "The city council voted to rebuild the Zaporizhzhia bridge over the Dnipro.";
  g_assert_true (dateline_when_parse_value ("2024-02-03", &mentions[2].when));

  mentions[3].document = mentions[3].group = 2;
  mentions[3].kind = DATELINE_EVENT_N_KINDS;
  mentions[3].trigger = "bombing";
  mentions[3].context = "The bombing of the Zaporizhzhia bridge over the Dnipro killed four workers.";

  dateline_merge_cluster_mentions (mentions, 4, clusters);

  g_assert_cmpuint (clusters[0], ==, clusters[1]);
  g_assert_cmpuint (clusters[2], !=, clusters[0]);
  /* Undated, in another story: not merged on words alone. */
  g_assert_cmpuint (clusters[3], !=, clusters[0]);
}

/* Mentions without dates: one trigger in two alike reports is one
 * happening, even in words the two sentences do not share; the same
 * trigger in an unalike report is another. */
static void
test_merge_alike_documents (void)
{
  DatelineMergeMention mentions[3] = { 0 };
  guint clusters[3];

  for (guint i = 0; i < 3; i++)
    {
      mentions[i].document = mentions[i].group = i;
      mentions[i].kind = DATELINE_EVENT_N_KINDS;
    }
  mentions[0].trigger = "died";
  mentions[0].context = "Veteran actor John Marlow died on the Prague set of his last film, his agent said.";
  mentions[1].trigger = "dying";
  mentions[1].context = "Marlow, dying after a fall on the film set in Prague, was carried out by the crew.";
  mentions[2].trigger = "died";
  mentions[2].context = "A fisherman died when his boat capsized off the coast of Norway during a storm.";

  dateline_merge_cluster_mentions (mentions, 3, clusters);

  g_assert_cmpuint (clusters[0], ==, clusters[1]);
  g_assert_cmpuint (clusters[2], !=, clusters[0]);
}

/* Two mentions of one sentence are two happenings, and no chain of
 * merges through a third report puts them together. */
static void
test_merge_one_sentence_two_happenings (void)
{
  DatelineMergeMention mentions[3] = { 0 };
  guint clusters[3];

  mentions[0].document = mentions[0].group = 0;
  mentions[0].trigger = "struck";
  mentions[0].context = "The quake struck the city and killed 40 people.";
  mentions[1].document = mentions[1].group = 0;
  mentions[1].trigger = "killed";
  mentions[1].context = mentions[0].context;
  mentions[2].document = mentions[2].group = 1;
  mentions[2].trigger = "struck";
  mentions[2].context = "A quake struck the city, killing 40 people.";
  for (guint i = 0; i < 3; i++)
    mentions[i].kind = DATELINE_EVENT_N_KINDS;

  dateline_merge_cluster_mentions (mentions, 3, clusters);

  g_assert_cmpuint (clusters[0], ==, clusters[2]);
  g_assert_cmpuint (clusters[1], !=, clusters[0]);
}

static void
test_lemma_phrase (void)
{
  static const struct { const char *text, *key; } cases[] = {
    { "#Oscars", "oscar" },
    { "Oscars?", "oscar" },
    { "the show's", "the show" },
    { "died", "die" },
    { "dying", "die" },
    { "open fire", "open fire" },
    { "Killed.", "kill" },
    { "  ", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = dateline_lemma_phrase (cases[i].text);

      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge/minhash-resemblance", test_minhash_resemblance);
  g_test_add_func ("/merge/duplicates-borrow-date", test_duplicates_borrow_date);
  g_test_add_func ("/merge/across-articles", test_merge_across_articles);
  g_test_add_func ("/merge/within-article", test_merge_within_article);
  g_test_add_func ("/merge/cluster-mentions", test_merge_cluster_mentions);
  g_test_add_func ("/merge/alike-documents", test_merge_alike_documents);
  g_test_add_func ("/merge/one-sentence-two-happenings", test_merge_one_sentence_two_happenings);
  g_test_add_func ("/merge/lemma-phrase", test_lemma_phrase);

  return g_test_run ();
}
