/* test-extract.c — first-cut events: dated sentences with their passages
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dateline-extract.h"
#include "dateline-ingest.h"

static DatelineProject *
extract_fixture (const char         *name,
                 const DatelineWhen *reference)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_file (file, reference, NULL, &error);
  DatelineProject *project = dateline_project_new ();

  g_assert_no_error (error);
  dateline_extract_into_project (project, article);
  return project;
}

static DatelineEvent *
get_event (DatelineProject *project,
           guint            i)
{
  DatelineEvent *event = g_list_model_get_item (dateline_project_get_events (project), i);

  g_object_unref (event); /* the project keeps it alive */
  return event;
}

static char *
event_value (DatelineEvent *event)
{
  return dateline_when_dup_value (dateline_event_get_when (event));
}

/* The passage is exactly the article's text at the source's offsets, and
 * it is the sentence that holds @needle. */
static void
assert_passage (DatelineProject *project,
                DatelineEvent   *event,
                const char      *needle)
{
  const DatelineSourceList *sources = dateline_event_get_sources (event);
  const DatelineSource *source;
  DatelineArticle *article;

  g_assert_cmpuint (sources->len, ==, 1);
  source = &g_array_index (sources, DatelineSource, 0);
  article = dateline_project_lookup_article (project, source->article_id);
  g_assert_nonnull (article);
  g_assert_cmpuint (source->end - source->start, ==, strlen (source->text));
  g_assert_true (strncmp (dateline_article_get_text (article) + source->start, source->text,
                          source->end - source->start) == 0);
  g_assert_nonnull (strstr (source->text, needle));
  /* A whole sentence: it ends with its full stop. */
  g_assert_true (g_str_has_suffix (source->text, "."));
}

static void
test_extract_dated_sentences (void)
{
  g_autoptr(DatelineProject) project = extract_fixture ("grain-talks.txt", NULL);
  GListModel *events = dateline_project_get_events (project);
  const struct {
    const char        *needle;
    const char        *value;
    DatelineEventKind  kind;
  } expected[] = {
    /* Published Friday 15 March 2024: "on Wednesday" is the 13th. The U.N.
     * only attributes the talks: no statement of its own. */
    { "held talks in Geneva on Wednesday", "2024-03-13", DATELINE_EVENT_TALKS },
    /* "on March 9" dates the attack, not the killing in its relative clause
     * (same kind either way) nor the talks that "followed" it. */
    { "naval attack on a cargo ship on March 9", "2024-03-09", DATELINE_EVENT_ATTACK },
    /* A quotation with its speaker: a statement, by the publication date. */
    { "We are not there yet", "2024-03-15", DATELINE_EVENT_STATEMENT },
    { "before the April 2 deadline", "2024-04-02", DATELINE_EVENT_DEADLINE },
    { "33 million tonnes of grain in 2023", "2023", DATELINE_EVENT_OTHER },
  };

  /* "Officials may announce…" has no date: no event. */
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      DatelineEvent *event = get_event (project, i);
      g_autofree char *value = event_value (event);

      g_assert_cmpstr (value, ==, expected[i].value);
      g_assert_cmpint (dateline_event_get_kind (event), ==, expected[i].kind);
      g_assert_nonnull (dateline_event_get_id (event));
      assert_passage (project, event, expected[i].needle);
    }

  /* The weekday was resolved, the statement's day inferred, the explicit
   * year stated. */
  g_assert_cmpint (dateline_event_get_when (get_event (project, 0))->certainty, ==, DATELINE_CERTAINTY_RESOLVED);
  g_assert_cmpint (dateline_event_get_when (get_event (project, 2))->certainty, ==, DATELINE_CERTAINTY_INFERRED);
  g_assert_cmpint (dateline_event_get_when (get_event (project, 4))->granularity, ==, DATELINE_GRANULARITY_YEAR);
  /* A deadline is drawn as future. */
  g_assert_true (dateline_event_get_scheduled (get_event (project, 3)));
  g_assert_false (dateline_event_get_scheduled (get_event (project, 0)));
}

/* Each passage records the word that reports the happening. */
static void
test_extract_triggers (void)
{
  g_autoptr(DatelineProject) project = extract_fixture ("grain-talks.txt", NULL);
  const char *expected[] = { "talks", "attack", "told", "deadline" };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      DatelineEvent *event = get_event (project, i);
      const DatelineSource *source = &g_array_index (dateline_event_get_sources (event), DatelineSource, 0);
      DatelineArticle *article = dateline_project_lookup_article (project, source->article_id);
      g_autofree char *trigger = g_strndup (dateline_article_get_text (article) + source->trigger_start,
                                            source->trigger_end - source->trigger_start);

      g_assert_cmpstr (trigger, ==, expected[i]);
      g_assert_cmpuint (source->trigger_start, >=, source->start);
      g_assert_cmpuint (source->trigger_end, <=, source->end);
    }
}

/* Reported speech is kept apart from what it reports, and a speaker's
 * later undated statements take the day of the dated one. */
static void
test_extract_reported_speech (void)
{
  static const char text[] =
    "date 2025-08-01 Envoys meet\n\n"
    "Foreign Minister Ana Duarte said on Wednesday that the envoys had met on Monday in Lisbon.\n"
    "“Nothing was agreed,” Duarte said.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_data (text, strlen (text), "envoys.txt", NULL, &error);
  g_autoptr(DatelineProject) project = dateline_project_new ();
  DatelineEvent *meeting, *statement;
  g_autofree char *meeting_value = NULL;
  g_autofree char *statement_value = NULL;

  g_assert_no_error (error);
  dateline_extract_into_project (project, article);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), ==, 2);

  statement = get_event (project, 0);
  meeting = get_event (project, 1);
  if (dateline_event_get_kind (statement) != DATELINE_EVENT_STATEMENT)
    {
      DatelineEvent *swap = statement;
      statement = meeting;
      meeting = swap;
    }

  g_assert_cmpint (dateline_event_get_kind (meeting), ==, DATELINE_EVENT_MEETING);
  meeting_value = event_value (meeting);
  g_assert_cmpstr (meeting_value, ==, "2025-07-28");

  g_assert_cmpint (dateline_event_get_kind (statement), ==, DATELINE_EVENT_STATEMENT);
  statement_value = event_value (statement);
  g_assert_cmpstr (statement_value, ==, "2025-07-30");
  /* Both of Duarte's sentences support the one statement. */
  g_assert_cmpuint (dateline_event_get_sources (statement)->len, ==, 2);
  g_assert_nonnull (strstr (dateline_event_get_title (statement), "Duarte"));
}

static void
test_extract_titles (void)
{
  g_autoptr(DatelineProject) project = extract_fixture ("grain-talks.txt", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (dateline_project_get_events (project)); i++)
    {
      const char *title = dateline_event_get_title (get_event (project, i));
      gunichar first = g_utf8_get_char (title);

      g_assert_cmpuint (g_utf8_strlen (title, -1), <=, 81);
      g_assert_true (g_unichar_isupper (first));
      /* No trailing full stop; a cut title ends in an ellipsis, whole words. */
      g_assert_false (g_str_has_suffix (title, "."));
      if (g_str_has_suffix (title, "…"))
        g_assert_false (g_str_has_suffix (title, " …"));
    }

  /* Titles drop their date and a leading article; a bare event noun
   * ("Deadline") takes the sentence up to it. */
  g_assert_cmpstr (dateline_event_get_title (get_event (project, 1)), ==, "Naval attack on a cargo ship");
  g_assert_cmpstr (dateline_event_get_title (get_event (project, 2)), ==, "Okafor: “We are not there yet”");
  g_assert_cmpstr (dateline_event_get_title (get_event (project, 3)), ==,
                   "Negotiators agreed to meet again before the deadline");
}

/* Without a publication date a weekday cannot be placed: the event is
 * kept, undated, never given a made-up date. */
static void
test_extract_undated_without_anchor (void)
{
  g_autoptr(DatelineProject) project = extract_fixture ("port-storm.txt", NULL);
  GListModel *events = dateline_project_get_events (project);
  DatelineEvent *reopened, *resumed;
  g_autofree char *resumed_value = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  reopened = get_event (project, 0);
  resumed = get_event (project, 1);

  g_assert_false (dateline_when_is_dated (dateline_event_get_when (reopened)));
  assert_passage (project, reopened, "reopened on Tuesday");

  resumed_value = event_value (resumed);
  g_assert_cmpstr (resumed_value, ==, "2023-06-12");
}

static void
test_extract_reference_date_resolves (void)
{
  g_autoptr(DatelineProject) project = NULL;
  g_autofree char *value = NULL;
  DatelineWhen reference;

  /* Friday 16 June 2023: the Tuesday before is the 13th. */
  g_assert_true (dateline_when_parse_value ("2023-06-16", &reference));
  project = extract_fixture ("port-storm.txt", &reference);
  value = event_value (get_event (project, 0));
  g_assert_cmpstr (value, ==, "2023-06-13");
}

static void
test_extract_timexes_stored (void)
{
  g_autoptr(DatelineProject) project = extract_fixture ("published-line.txt", NULL);
  g_autoptr(DatelineArticle) article = g_list_model_get_item (dateline_project_get_articles (project), 0);
  GPtrArray *timexes = dateline_article_get_timexes (article);
  const char *text = dateline_article_get_text (article);
  gboolean saw_monday = FALSE, saw_june = FALSE;

  for (guint i = 0; i < timexes->len; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);
      g_autofree char *span = g_strndup (text + timex->start, timex->end - timex->start);

      if (g_str_equal (span, "Monday"))
        {
          /* Published on a Monday: that very day. */
          g_assert_cmpstr (timex->value, ==, "2023-09-04");
          g_assert_cmpint (timex->anchor, ==, DATELINE_ANCHOR_PUBLISHED);
          saw_monday = TRUE;
        }
      else if (g_str_equal (span, "June 2023"))
        {
          g_assert_cmpstr (timex->value, ==, "2023-06");
          saw_june = TRUE;
        }
    }

  g_assert_true (saw_monday);
  g_assert_true (saw_june);
  g_assert_cmpint (dateline_event_get_kind (get_event (project, 0)), ==, DATELINE_EVENT_VOTE);
}

/* The user sets the publication date of an undated article: its weekday
 * event gets a date, and the passages stay exactly where they were. */
static void
test_extract_article_again (void)
{
  g_autoptr(DatelineProject) project = extract_fixture ("port-storm.txt", NULL);
  g_autoptr(DatelineArticle) article = g_list_model_get_item (dateline_project_get_articles (project), 0);
  DatelineEvent *reopened;
  g_autofree char *value = NULL;
  DatelineWhen published;
  guint n_before = g_list_model_get_n_items (dateline_project_get_events (project));

  g_assert_false (dateline_when_is_dated (dateline_event_get_when (get_event (project, 0))));

  g_assert_true (dateline_when_parse_value ("2023-06-16", &published));
  dateline_article_set_published (article, &published, DATELINE_DATE_ORIGIN_USER);
  dateline_extract_article_again (project, article);

  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), ==, n_before);
  reopened = NULL;
  for (guint i = 0; i < n_before; i++)
    if (strstr (g_array_index (dateline_event_get_sources (get_event (project, i)), DatelineSource, 0).text,
                "reopened on Tuesday") != NULL)
      reopened = get_event (project, i);
  g_assert_nonnull (reopened);
  value = event_value (reopened);
  g_assert_cmpstr (value, ==, "2023-06-13");
  g_assert_cmpuint (dateline_event_get_sources (reopened)->len, ==, 1);
}

static void
test_extract_propose_published (void)
{
  static const char text[] = "Flood waters recede\n\nThe river peaked on 3 June 2023 and fell on Tuesday. "
                             "Repairs began on 9 June 2023, a week after the 1998 record was broken.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_data (text, strlen (text), "flood.txt", NULL, &error);
  static const char quiet[] = "Quiet\n\nNothing dated here.";
  g_autoptr(DatelineArticle) nothing = dateline_ingest_data (quiet, strlen (quiet), "q.txt", NULL, &error);
  DatelineWhen proposal;
  guint start = 0, end = 0;
  g_autofree char *value = NULL;
  g_autofree char *evidence = NULL;

  g_assert_no_error (error);
  g_assert_true (dateline_extract_propose_published (article, &proposal, &start, &end));
  value = dateline_when_dup_value (&proposal);
  /* The latest full date it states; the year alone (1998) is no day. */
  g_assert_cmpstr (value, ==, "2023-06-09");
  g_assert_cmpint (proposal.certainty, ==, DATELINE_CERTAINTY_INFERRED);
  evidence = g_strndup (dateline_article_get_text (article) + start, end - start);
  g_assert_cmpstr (evidence, ==, "9 June 2023");

  g_assert_false (dateline_extract_propose_published (nothing, &proposal, NULL, NULL));
}

/* The latest day an undated article tells of may lack its year. */
static void
test_extract_propose_yearless (void)
{
  static const char text[] = "Six weeks of talks\n\nTalks opened on 3 May 2022 in Vienna. "
                             "They broke down on June 14 and resumed on Tuesday.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_data (text, strlen (text), "talks.txt", NULL, &error);
  DatelineWhen proposal;
  guint start = 0, end = 0;
  g_autofree char *value = NULL;
  g_autofree char *evidence = NULL;

  g_assert_no_error (error);
  g_assert_true (dateline_extract_propose_published (article, &proposal, &start, &end));
  value = dateline_when_dup_value (&proposal);
  g_assert_cmpstr (value, ==, "2022-06-14");
  evidence = g_strndup (dateline_article_get_text (article) + start, end - start);
  g_assert_cmpstr (evidence, ==, "June 14");
}

/* Titles keep the subject of a clause that follows an aside. */
static void
test_extract_title_subjects (void)
{
  static const char text[] =
    "date 2024-02-02 Port news\n\n"
    "Dozens of ships, among them two tankers, were blocked outside the port on Thursday.\n"
    "The old lock, which opened in 1911, closed on Wednesday for repairs.\n"
    "The harbour master, Ines Moreau, said divers had found damage on Tuesday.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineArticle) article = dateline_ingest_data (text, strlen (text), "port.txt", NULL, &error);
  g_autoptr(DatelineProject) project = dateline_project_new ();
  GListModel *events;
  gboolean waiting = FALSE, opened = FALSE, said = FALSE, found = FALSE, closed = FALSE;

  g_assert_no_error (error);
  dateline_extract_into_project (project, article);
  events = dateline_project_get_events (project);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      const char *title = dateline_event_get_title (get_event (project, i));

      if (g_str_has_prefix (title, "Dozens of ships were blocked outside the port"))
        waiting = TRUE;
      /* Never ends on a dangling word. */
      g_assert_false (g_str_has_suffix (title, " and"));
      g_assert_false (g_str_has_suffix (title, " the"));
      if (g_str_has_prefix (title, "Old lock opened"))
        opened = TRUE;
      if (g_str_has_prefix (title, "Old lock closed for repairs"))
        closed = TRUE;
      if (strstr (title, "Moreau: divers had found damage") != NULL)
        said = TRUE;
      if (g_str_has_prefix (title, "Divers had found damage"))
        found = TRUE;
      g_assert_null (strstr (title, "  "));
    }

  g_assert_true (waiting);
  g_assert_true (opened);
  /* "The harbour master, Ines Moreau, said divers had found…": a
   * statement in headline style, what was said after the verb. */
  g_assert_true (said);
  /* …and the happening it reports, dated by its own expression. */
  g_assert_true (found);
  g_assert_true (closed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/extract/dated-sentences", test_extract_dated_sentences);
  g_test_add_func ("/extract/titles", test_extract_titles);
  g_test_add_func ("/extract/triggers", test_extract_triggers);
  g_test_add_func ("/extract/reported-speech", test_extract_reported_speech);
  g_test_add_func ("/extract/article-again", test_extract_article_again);
  g_test_add_func ("/extract/propose-published", test_extract_propose_published);
  g_test_add_func ("/extract/propose-yearless", test_extract_propose_yearless);
  g_test_add_func ("/extract/title-subjects", test_extract_title_subjects);
  g_test_add_func ("/extract/undated-without-anchor", test_extract_undated_without_anchor);
  g_test_add_func ("/extract/reference-date-resolves", test_extract_reference_date_resolves);
  g_test_add_func ("/extract/timexes-stored", test_extract_timexes_stored);

  return g_test_run ();
}
