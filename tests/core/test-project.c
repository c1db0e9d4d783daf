/* test-project.c — the project file: lossless round trip, strict reading
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "dateline-project.h"

/* Multi-byte characters before every span, so code points and bytes differ. */
static const char article_text[] =
  "Kyiv’s “talks” résumé\n\nThe envoys met on Wednesday in Genève. Rubio said “no progress” on 30 July 2025.";

static guint
byte_offset_of (const char *needle)
{
  const char *found = strstr (article_text, needle);

  g_assert_nonnull (found);
  return (guint) (found - article_text);
}

static DatelineProject *
build_project (void)
{
  DatelineProject *project = dateline_project_new ();
  g_autoptr(DatelineArticle) article = NULL;
  g_autoptr(DatelineArticle) undated_article = NULL;
  g_autoptr(DatelineActor) actor = NULL;
  g_autoptr(DatelineEvent) day_event = NULL;
  g_autoptr(DatelineEvent) month_event = NULL;
  g_autoptr(DatelineEvent) undated_event = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *timexes = g_ptr_array_new ();
  DatelineWhen when;
  guint wednesday = byte_offset_of ("Wednesday");
  guint july = byte_offset_of ("30 July 2025");
  guint sentence = byte_offset_of ("Rubio said");

  dateline_project_set_title (project, "Peace talks");

  article = dateline_article_new ("a1", "Kyiv’s “talks”", "talks.txt", article_text);
  g_assert_true (dateline_when_parse_value ("2025-08-01", &when));
  dateline_article_set_published (article, &when, DATELINE_DATE_ORIGIN_HEADER);
  g_ptr_array_add (timexes, dateline_timex_new (wednesday, wednesday + strlen ("Wednesday"),
                                                DATELINE_TIMEX_DATE, "2025-07-30", DATELINE_ANCHOR_PUBLISHED));
  g_ptr_array_add (timexes, dateline_timex_new (july, july + strlen ("30 July 2025"),
                                                DATELINE_TIMEX_DATE, "2025-07-30", DATELINE_ANCHOR_NONE));
  dateline_article_take_timexes (article, timexes);
  dateline_project_add_article (project, article);

  undated_article = dateline_article_new ("a2", NULL, "plain.txt", "No date here.");
  dateline_project_add_article (project, undated_article);

  actor = dateline_actor_new ("marco-rubio", "Marco Rubio", DATELINE_ACTOR_PERSON);
  dateline_actor_add_alias (actor, "Rubio");
  dateline_actor_add_mention (actor, "a1", sentence, sentence + strlen ("Rubio"));
  dateline_project_add_actor (project, actor);

  day_event = dateline_event_new ("e1", "Rubio says talks made no progress", DATELINE_EVENT_STATEMENT);
  g_assert_true (dateline_when_parse_value ("2025-07-30", &when));
  when.certainty = DATELINE_CERTAINTY_STATED;
  dateline_event_set_when (day_event, &when);
  dateline_event_add_actor (day_event, "marco-rubio");
  {
    DatelineSource source = { 0 };

    source.article_id = (char *) "a1";
    source.start = sentence;
    source.end = (guint) strlen (article_text);
    source.text = (char *) article_text + sentence;
    source.trigger_start = byte_offset_of ("said");
    source.trigger_end = source.trigger_start + strlen ("said");
    source.when = when;
    dateline_event_add_source_full (day_event, &source);
  }
  dateline_event_set_notes (day_event, "Checked against the transcript.");
  dateline_event_set_edited (day_event, TRUE);
  g_ptr_array_add (events, g_object_ref (day_event));

  month_event = dateline_event_new ("e2", "Envoys meet", DATELINE_EVENT_MEETING);
  g_assert_true (dateline_when_parse_value ("2025-W31", &when));
  when.certainty = DATELINE_CERTAINTY_RESOLVED;
  dateline_event_set_when (month_event, &when);
  {
    guint envoys = byte_offset_of ("The envoys");
    g_autofree char *passage = g_strndup (article_text + envoys, sentence - 1 - envoys);

    dateline_event_add_source (month_event, "a1", envoys, sentence - 1, passage);
  }
  g_ptr_array_add (events, g_object_ref (month_event));

  undated_event = dateline_event_new ("e3", "Something undated", DATELINE_EVENT_OTHER);
  dateline_event_add_source (undated_event, "a2", 0, 13, "No date here.");
  g_ptr_array_add (events, g_object_ref (undated_event));

  dateline_project_add_events (project, events);
  return project;
}

static void
test_project_round_trip (void)
{
  g_autoptr(DatelineProject) project = build_project ();
  g_autoptr(DatelineProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineEvent) event = NULL;
  g_autoptr(DatelineArticle) article = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const DatelineSource *source;
  gsize first_length, second_length;

  first = dateline_project_to_data (project, &first_length);
  loaded = dateline_project_new_from_data (first, (gssize) first_length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  /* Lossless: writing what was read gives the same bytes. */
  second = dateline_project_to_data (loaded, &second_length);
  g_assert_cmpstr (first, ==, second);

  /* And the objects are really there, not just the bytes. */
  g_assert_cmpstr (dateline_project_get_title (loaded), ==, "Peace talks");
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_articles (loaded)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (loaded)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_actors (loaded)), ==, 1);

  article = g_list_model_get_item (dateline_project_get_articles (loaded), 0);
  g_assert_cmpstr (dateline_article_get_text (article), ==, article_text);
  g_assert_cmpuint (dateline_article_get_timexes (article)->len, ==, 2);

  event = g_list_model_get_item (dateline_project_get_events (loaded), 0);
  g_assert_cmpstr (dateline_event_get_title (event), ==, "Rubio says talks made no progress");
  g_assert_cmpint (dateline_event_get_kind (event), ==, DATELINE_EVENT_STATEMENT);
  g_assert_true (dateline_event_get_edited (event));
  g_assert_cmpstr (dateline_event_get_notes (event), ==, "Checked against the transcript.");
  g_assert_cmpstr (dateline_event_get_actors (event)[0], ==, "marco-rubio");
  source = &g_array_index (dateline_event_get_sources (event), DatelineSource, 0);
  g_assert_cmpuint (source->start, ==, byte_offset_of ("Rubio said"));
  g_assert_cmpuint (source->trigger_start, ==, byte_offset_of ("said"));
  g_assert_cmpuint (source->trigger_end, ==, byte_offset_of ("said") + 4);
  g_assert_cmpint (source->when.granularity, ==, DATELINE_GRANULARITY_DAY);
  g_assert_false (dateline_event_has_disagreement (event));
  g_assert_true (g_str_has_prefix (source->text, "Rubio said “no progress”"));
}

/* The file speaks code points: text[start:end] in a language that indexes
 * by code point must give the span. */
static void
test_project_offsets_are_code_points (void)
{
  g_autoptr(DatelineProject) project = build_project ();
  g_autoptr(JsonNode) root = dateline_project_to_json (project);
  JsonObject *object = json_node_get_object (root);
  JsonArray *timexes = json_object_get_array_member (object, "timexes");
  JsonArray *articles = json_object_get_array_member (object, "articles");
  const char *text = json_object_get_string_member (json_array_get_object_element (articles, 0), "text");

  for (guint i = 0; i < json_array_get_length (timexes); i++)
    {
      JsonObject *timex = json_array_get_object_element (timexes, i);
      gint64 start = json_object_get_int_member (timex, "start");
      gint64 end = json_object_get_int_member (timex, "end");
      const char *from = g_utf8_offset_to_pointer (text, start);
      const char *to = g_utf8_offset_to_pointer (text, end);
      g_autofree char *slice = g_strndup (from, to - from);

      g_assert_cmpstr (slice, ==, json_object_get_string_member (timex, "text"));
    }

  /* "Wednesday" is preceded by 3 multi-byte characters (’ “ ”) and é,
   * è: its code-point offset is well below its byte offset. */
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (timexes, 0), "start"),
                   <, byte_offset_of ("Wednesday"));
}

static void
test_project_when_fields (void)
{
  g_autoptr(DatelineProject) project = build_project ();
  g_autoptr(JsonNode) root = dateline_project_to_json (project);
  JsonArray *events = json_object_get_array_member (json_node_get_object (root), "events");
  JsonObject *week = json_object_get_object_member (json_array_get_object_element (events, 1), "when");
  JsonObject *undated = json_object_get_object_member (json_array_get_object_element (events, 2), "when");

  g_assert_cmpstr (json_object_get_string_member (week, "value"), ==, "2025-W31");
  g_assert_cmpstr (json_object_get_string_member (week, "start"), ==, "2025-07-28");
  g_assert_cmpstr (json_object_get_string_member (week, "end"), ==, "2025-08-03");
  g_assert_cmpstr (json_object_get_string_member (week, "granularity"), ==, "week");
  g_assert_cmpstr (json_object_get_string_member (week, "certainty"), ==, "resolved");

  g_assert_cmpstr (json_object_get_string_member (undated, "certainty"), ==, "unknown");
  g_assert_true (json_object_get_null_member (undated, "value"));
  g_assert_true (json_object_get_null_member (undated, "start"));
  g_assert_true (json_object_get_null_member (undated, "end"));
}

/* Returns the saved project with @from replaced by @to once. */
static char *
edited_project (const char *from,
                const char *to)
{
  g_autoptr(DatelineProject) project = build_project ();
  g_autofree char *data = dateline_project_to_data (project, NULL);
  g_autoptr(GString) edited = g_string_new (data);

  if (g_string_replace (edited, from, to, 1) != 1)
    g_error ("the saved project has no “%s” to edit", from);
  return g_string_free (g_steal_pointer (&edited), FALSE);
}

static void
assert_rejected (const char *data,
                 int         code,
                 const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineProject) project = dateline_project_new_from_data (data, -1, &error);

  g_assert_null (project);
  g_assert_error (error, DATELINE_PROJECT_ERROR, code);
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, message_part);
}

static void
test_project_rejects_bad_files (void)
{
  g_autoptr(DatelineProject) project = build_project ();
  g_autofree char *good = dateline_project_to_data (project, NULL);
  g_autofree char *truncated = g_strndup (good, strlen (good) / 2);
  struct {
    const char *from;
    const char *to;
    int         code;
    const char *message_part;
  } edits[] = {
    { "\"version\" : 1", "\"version\" : 2", DATELINE_PROJECT_ERROR_NEWER_VERSION, "newer version" },
    { "\"version\" : 1", "\"version\" : \"1\"", DATELINE_PROJECT_ERROR_INVALID, "version" },
    { "\"format\" : \"dateline\"", "\"format\" : \"other\"", DATELINE_PROJECT_ERROR_INVALID, "not a Dateline project" },
    { "\"id\" : \"a2\"", "\"id\" : \"a1\"", DATELINE_PROJECT_ERROR_INVALID, "“a1”" },
    { "\"id\" : \"e2\"", "\"id\" : \"e1\"", DATELINE_PROJECT_ERROR_INVALID, "“e1”" },
    { "\"article\" : \"a2\"", "\"article\" : \"a9\"", DATELINE_PROJECT_ERROR_INVALID, "unknown article “a9”" },
    { "\"marco-rubio\"\n   ]", "\"nobody\"\n   ]", DATELINE_PROJECT_ERROR_INVALID, "unknown actor" },
    { "\"end\" : 13", "\"end\" : 14", DATELINE_PROJECT_ERROR_INVALID, "outside the text" },
    { "\"end\" : 13", "\"end\" : \"13\"", DATELINE_PROJECT_ERROR_INVALID, "whole number" },
    { "\"start\" : 0", "\"start\" : -4", DATELINE_PROJECT_ERROR_INVALID, "out of range" },
    { "\"value\" : \"2025-W31\"", "\"value\" : \"0000-07-30\"", DATELINE_PROJECT_ERROR_INVALID, "impossible date" },
    { "\"value\" : \"2025-W31\"", "\"value\" : \"99999-07-30\"", DATELINE_PROJECT_ERROR_INVALID, "impossible date" },
    { "\"granularity\" : \"week\"", "\"granularity\" : \"month\"", DATELINE_PROJECT_ERROR_INVALID, "granularity" },
    { "\"kind\" : \"person\"", "\"kind\" : \"robot\"", DATELINE_PROJECT_ERROR_INVALID, "robot" },
    { "\"type\" : \"DATE\"", "\"type\" : \"SOON\"", DATELINE_PROJECT_ERROR_INVALID, "SOON" },
    { "\"text\" : \"No date here.\"", "\"text\" : 42", DATELINE_PROJECT_ERROR_INVALID, "not text" },
    { "\"articles\" : [", "\"articles\" : {\"x\":[", DATELINE_PROJECT_ERROR_INVALID, NULL },
    { "\"trigger\" : {\n      \"start\" : ", "\"trigger\" : {\n      \"start\" : 1, \"x\" : ", DATELINE_PROJECT_ERROR_INVALID, "trigger outside" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *data = edited_project (edits[i].from, edits[i].to);
      assert_rejected (data, edits[i].code, edits[i].message_part);
    }

  assert_rejected (truncated, DATELINE_PROJECT_ERROR_INVALID, "not valid JSON");
  assert_rejected ("", DATELINE_PROJECT_ERROR_INVALID, NULL);
  assert_rejected ("[1, 2, 3]", DATELINE_PROJECT_ERROR_INVALID, "not a Dateline project");
  assert_rejected ("{\"format\": \"dateline\", \"version\": 1}", DATELINE_PROJECT_ERROR_INVALID, "articles");
}

/* Unknown fields are ignored, so that later versions can add some. */
static void
test_project_ignores_unknown_fields (void)
{
  g_autofree char *data = edited_project ("\"format\" : \"dateline\"",
                                          "\"format\" : \"dateline\", \"future\" : {\"x\": [1]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineProject) project = dateline_project_new_from_data (data, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (project)), ==, 3);
}

/* The members of the root in reverse order (events before the articles
 * they point into, the version last): read all the same, from memory and
 * from a file, which the reader streams and goes back in. */
static void
test_project_any_member_order (void)
{
  g_autoptr(DatelineProject) project = build_project ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) reversed_root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  g_autofree char *reversed = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dateline-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "reversed.dateline", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GList) names = NULL;
  JsonObject *root;
  gsize length;

  original = dateline_project_to_data (project, &length);
  g_assert_true (json_parser_load_from_data (parser, original, (gssize) length, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  names = json_object_get_members (root);
  g_assert_cmpstr (names->data, ==, "format");  /* as written */

  json_builder_begin_object (builder);
  for (GList *l = g_list_last (names); l != NULL; l = l->prev)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (root, l->data)));
    }
  json_builder_end_object (builder);
  reversed_root = json_builder_get_root (builder);
  json_generator_set_root (generator, reversed_root);
  reversed = json_generator_to_data (generator, NULL);
  g_assert_true (g_str_has_prefix (reversed, "{\"events\""));

  for (guint from_file = 0; from_file < 2; from_file++)
    {
      g_autoptr(DatelineProject) loaded = NULL;
      g_autofree char *again = NULL;

      if (from_file)
        {
          g_assert_true (g_file_set_contents (path, reversed, -1, NULL));
          loaded = dateline_project_new_from_file (file, NULL, &error);
        }
      else
        loaded = dateline_project_new_from_data (reversed, -1, &error);
      g_assert_no_error (error);
      again = dateline_project_to_data (loaded, NULL);
      g_assert_cmpstr (again, ==, original);
    }

  /* A list given twice is not a project one can trust. */
  {
    g_autoptr(GString) twice = g_string_new (original);
    g_autoptr(DatelineProject) loaded = NULL;

    g_assert_cmpuint (g_string_replace (twice, "\"events\" : [", "\"events\" : [], \"events\" : [", 1), ==, 1);
    loaded = dateline_project_new_from_data (twice->str, -1, &error);
    g_assert_null (loaded);
    g_assert_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "“events” twice"));
    g_clear_error (&error);
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* Text longer than the reader's buffer, with escapes and multi-byte
 * characters across its refills, comes back whole. */
static void
test_project_long_text (void)
{
  g_autoptr(DatelineProject) project = dateline_project_new ();
  g_autoptr(DatelineArticle) article = NULL;
  g_autoptr(DatelineProject) loaded = NULL;
  g_autoptr(DatelineArticle) loaded_article = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dateline-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.dateline", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  while (text->len < 3 * 1024 * 1024)
    g_string_append (text, "Genève “talks”\tresumed\n\"quoted\" \\ é ");
  article = dateline_article_new ("a1", "Long", "long.txt", text->str);
  dateline_project_add_article (project, article);
  g_assert_true (dateline_project_save_to_file (project, file, NULL, &error));
  g_assert_no_error (error);

  loaded = dateline_project_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  loaded_article = g_list_model_get_item (dateline_project_get_articles (loaded), 0);
  g_assert_cmpstr (dateline_article_get_text (loaded_article), ==, text->str);

  g_unlink (path);
  g_rmdir (dir);
}

/* An event keeps its first actor and source in itself and more in arrays
 * (a million events must fit in memory): growing, shrinking and renaming
 * keep every value. Under AddressSanitizer this also checks the storage. */
static void
test_project_event_storage (void)
{
  g_autoptr(DatelineEvent) event = dateline_event_new ("e1", "Envoys meet", DATELINE_EVENT_MEETING);
  const DatelineSourceList *sources = dateline_event_get_sources (event);
  g_autofree char *passage = g_strdup ("The envoys met.");
  const char * const *actors;

  g_assert_cmpuint (sources->len, ==, 0);
  g_assert_null (dateline_event_get_actors (event)[0]);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *article = g_strdup_printf ("a%u", i);
      g_autofree char *actor = g_strdup_printf ("actor-%u", i);

      dateline_event_add_source (event, article, i, i + 15, passage);
      dateline_event_add_actor (event, actor);
      dateline_event_add_actor (event, actor);  /* once only */
      g_assert_cmpuint (sources->len, ==, i + 1);
      for (guint j = 0; j <= i; j++)
        {
          g_autofree char *expected = g_strdup_printf ("a%u", j);

          g_assert_cmpstr (g_array_index (sources, DatelineSource, j).article_id, ==, expected);
          g_assert_cmpuint (g_array_index (sources, DatelineSource, j).start, ==, j);
          g_assert_cmpstr (g_array_index (sources, DatelineSource, j).text, ==, "The envoys met.");
        }
    }
  actors = dateline_event_get_actors (event);
  g_assert_cmpstr (actors[0], ==, "actor-0");
  g_assert_cmpstr (actors[4], ==, "actor-4");
  g_assert_null (actors[5]);

  /* The passage was copied: the caller's string may go. */
  g_clear_pointer (&passage, g_free);
  g_assert_cmpuint (dateline_event_remove_sources_in (event, "a0"), ==, 4);
  g_assert_cmpstr (g_array_index (sources, DatelineSource, 0).article_id, ==, "a1");
  g_assert_cmpstr (g_array_index (sources, DatelineSource, 0).text, ==, "The envoys met.");
  for (guint i = 1; i < 5; i++)
    {
      g_autofree char *article = g_strdup_printf ("a%u", i);

      dateline_event_remove_sources_in (event, article);
    }
  g_assert_cmpuint (sources->len, ==, 0);
  dateline_event_add_source (event, "a9", 1, 2, "x");
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_cmpstr (g_array_index (sources, DatelineSource, 0).article_id, ==, "a9");

  dateline_event_clear_actors (event);
  g_assert_null (dateline_event_get_actors (event)[0]);
  dateline_event_add_actor (event, "solo");
  g_assert_cmpstr (dateline_event_get_actors (event)[0], ==, "solo");

  /* Id and title are one allocation until either changes. */
  g_object_set (event, "id", "e2", NULL);
  g_assert_cmpstr (dateline_event_get_id (event), ==, "e2");
  g_assert_cmpstr (dateline_event_get_title (event), ==, "Envoys meet");
  dateline_event_set_title (event, "Envoys meet again");
  g_object_set (event, "id", "e3", NULL);
  g_assert_cmpstr (dateline_event_get_id (event), ==, "e3");
  g_assert_cmpstr (dateline_event_get_title (event), ==, "Envoys meet again");

  {
    g_autoptr(DatelineEvent) other = dateline_event_new ("e4", "Talks", DATELINE_EVENT_TALKS);

    dateline_event_set_title (other, "Talks resume");
    g_assert_cmpstr (dateline_event_get_title (other), ==, "Talks resume");
    g_assert_cmpstr (dateline_event_get_id (other), ==, "e4");
  }
}

/* Past a few thousand elements a list is parsed ahead on a second
 * thread: a long list loads whole and in order, and a damaged element
 * deep in it (bad JSON, or good JSON that is not an event) is reported as
 * event N, with nothing loaded and no thread left behind. */
static void
test_project_long_list (void)
{
  const guint n = 10000;
  g_autoptr(GString) json = g_string_new ("{\"format\":\"dateline\",\"version\":1,\"articles\":["
                                          "{\"id\":\"a1\",\"title\":null,\"source\":null,"
                                          "\"published\":{\"value\":null,\"origin\":\"unknown\"},"
                                          "\"text\":\"The envoys met.\"}],"
                                          "\"actors\":[{\"id\":\"x\",\"name\":\"X\",\"kind\":\"person\"}],"
                                          "\"events\":[");
  g_autoptr(DatelineProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *events;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\":\"e%u\",\"title\":\"Event %u\",\"kind\":\"meeting\","
                            "\"when\":{\"value\":\"2020-01-%02u\",\"certainty\":\"stated\"},"
                            "\"actors\":[\"x\"],\"sources\":[{\"article\":\"a1\",\"start\":4,\"end\":10}]}",
                            i > 0 ? "," : "", i, i, 1 + i % 28);
  g_string_append (json, "]}");

  project = dateline_project_new_from_data (json->str, (gssize) json->len, &error);
  g_assert_no_error (error);
  events = dateline_project_get_events (project);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, n);
  for (guint i = 0; i < n; i += 997)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, i);
      g_autofree char *title = g_strdup_printf ("Event %u", i);

      g_assert_cmpstr (dateline_event_get_title (event), ==, title);
      g_assert_cmpstr (g_array_index (dateline_event_get_sources (event), DatelineSource, 0).text, ==, "envoys");
    }

  {
    static const struct { const char *find, *replace, *says; } damages[] = {
      { "{\"id\":\"e7000\",", "{\"id\":\"e7000\",,", "unexpected “,”" },
      { "{\"id\":\"e7000\",", "{\"id\":\"e6999\",", "two events have the id “e6999”" },
      { "\"actors\":[\"x\"],\"sources\":[{\"article\":\"a1\",\"start\":4,\"end\":10}]}]}",
        "\"actors\":[\"y\"],\"sources\":[{\"article\":\"a1\",\"start\":4,\"end\":10}]}]}",
        "event 10000 refers to an unknown actor “y”" },
      { "]}", "]", "ends too early" },
    };

    for (guint d = 0; d < G_N_ELEMENTS (damages); d++)
      {
        g_autoptr(GString) damaged = g_string_new (json->str);
        g_autoptr(DatelineProject) refused = NULL;
        char *at = strstr (damaged->str, damages[d].find);

        g_assert_nonnull (at);
        if (d >= 2)  /* the last occurrence */
          at = g_strrstr (damaged->str, damages[d].find);
        {
          gsize pos = at - damaged->str;

          g_string_erase (damaged, (gssize) pos, (gssize) strlen (damages[d].find));
          g_string_insert (damaged, (gssize) pos, damages[d].replace);
        }
        refused = dateline_project_new_from_data (damaged->str, (gssize) damaged->len, &error);
        g_assert_null (refused);
        g_assert_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID);
        if (strstr (error->message, damages[d].says) == NULL)
          g_error ("damage %u: “%s” does not say “%s”", d, error->message, damages[d].says);
        g_clear_error (&error);
      }
  }
}

/* The file is written element by element (a million events never become
 * one json-glib tree), yet reads exactly as json-glib writes the tree of
 * the same project: the text the format has always had. */
static void
test_project_streamed_text (void)
{
  g_autoptr(DatelineProject) project = build_project ();
  g_autoptr(DatelineProject) empty = dateline_project_new ();
  g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) every_character = g_string_new ("\"quoted\" back\\slash é 😀 \x7f");
  DatelineEvent *odd;

  /* Every character JSON escapes, and some it does not; an event with
   * neither actors nor sources, one with notes and both flags. */
  for (int c = 1; c < 0x20; c++)
    g_string_append_c (every_character, (char) c);
  odd = dateline_event_new ("odd", every_character->str, DATELINE_EVENT_OTHER);
  dateline_event_set_notes (odd, every_character->str);
  dateline_event_set_scheduled (odd, TRUE);
  dateline_event_set_edited (odd, TRUE);
  g_ptr_array_add (more, odd);
  g_ptr_array_add (more, dateline_event_new ("bare", "", DATELINE_EVENT_VOTE));
  dateline_project_add_events (project, more);
  dateline_project_set_title (project, every_character->str);
  {
    g_autoptr(DatelineArticle) article = dateline_article_new ("odd-article", every_character->str, "odd.txt",
                                                               every_character->str);

    dateline_project_add_article (project, article);
  }

  for (guint i = 0; i < 2; i++)
    {
      DatelineProject *p = i == 0 ? project : empty;
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = dateline_project_to_json (p);
      g_autofree char *tree = NULL;
      g_autofree char *streamed = NULL;
      g_autofree char *expected = NULL;
      gsize length;

      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 1);
      tree = json_generator_to_data (generator, NULL);
      /* json-glib 1.6 writes U+001F raw (invalid JSON); we escape it. */
      {
        g_autoptr(GString) fixed = g_string_new (tree);

        g_string_replace (fixed, "\x1f", "\\u001f", 0);
        expected = g_strconcat (fixed->str, "\n", NULL);
      }

      streamed = dateline_project_to_data (p, &length);
      g_assert_cmpstr (streamed, ==, expected);
      g_assert_cmpuint (length, ==, strlen (expected));

      /* And it reads back, every character kept. */
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(DatelineProject) again = dateline_project_new_from_data (streamed, (gssize) length, &error);
        g_autofree char *resaved = NULL;

        g_assert_no_error (error);
        g_assert_cmpstr (dateline_project_get_title (again), ==, dateline_project_get_title (p));
        resaved = dateline_project_to_data (again, NULL);
        g_assert_cmpstr (resaved, ==, streamed);
      }
    }
}

static void
test_project_save_and_load_file (void)
{
  g_autoptr(DatelineProject) project = build_project ();
  g_autoptr(DatelineProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dateline-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "talks.dateline", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path ("/nonexistent-dir/x.dateline");
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_no_error (error);
  g_assert_true (dateline_project_save_to_file (project, file, NULL, &error));
  g_assert_no_error (error);
  /* Saving again replaces the file. */
  g_assert_true (dateline_project_save_to_file (project, file, NULL, &error));

  loaded = dateline_project_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_events (loaded)), ==, 3);

  /* No temporary file is left beside it. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_assert_false (dateline_project_save_to_file (project, bad, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A load error names the file. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"dateline\", \"version\": 7}", -1, NULL));
  g_clear_object (&loaded);
  loaded = dateline_project_new_from_file (file, NULL, &error);
  g_assert_null (loaded);
  g_assert_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_NEWER_VERSION);
  g_assert_true (g_str_has_prefix (error->message, "talks.dateline: "));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_project_ids (void)
{
  g_autoptr(DatelineProject) project = dateline_project_new ();
  g_autoptr(DatelineArticle) first = dateline_article_new (NULL, "One", "1.txt", "One.");
  g_autoptr(DatelineArticle) second = dateline_article_new ("a1", "Two", "2.txt", "Two.");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  dateline_project_add_article (project, first);
  dateline_project_add_article (project, second);
  g_assert_cmpstr (dateline_article_get_id (first), ==, "a1");
  g_assert_cmpstr (dateline_article_get_id (second), !=, "a1");
  g_assert_true (dateline_project_lookup_article (project, dateline_article_get_id (second)) == second);

  g_ptr_array_add (events, dateline_event_new (NULL, "x", DATELINE_EVENT_OTHER));
  g_ptr_array_add (events, dateline_event_new ("e1", "y", DATELINE_EVENT_OTHER));
  dateline_project_add_events (project, events);
  g_assert_cmpstr (dateline_event_get_id (g_ptr_array_index (events, 0)), ==, "e1");
  g_assert_cmpstr (dateline_event_get_id (g_ptr_array_index (events, 1)), !=, "e1");
}

static void
test_project_absorb (void)
{
  g_autoptr(DatelineProject) combined = build_project ();
  g_autoptr(DatelineProject) shard = build_project ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *events;

  dateline_project_absorb (combined, shard);

  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_articles (combined)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_actors (combined)), ==, 1);
  events = dateline_project_get_events (combined);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 6);

  /* Every id is unique and every passage names an article that holds it. */
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, i);
      const DatelineSourceList *sources = dateline_event_get_sources (event);

      g_assert_true (g_hash_table_add (seen, (gpointer) dateline_event_get_id (event)));
      for (guint j = 0; j < sources->len; j++)
        {
          const DatelineSource *source = &g_array_index (sources, DatelineSource, j);
          DatelineArticle *article = dateline_project_lookup_article (combined, source->article_id);

          g_assert_nonnull (article);
          g_assert_true (strncmp (dateline_article_get_text (article) + source->start,
                                  source->text, source->end - source->start) == 0);
        }
    }
}

/* Shards spell a name differently: one actor after combining them, and
 * every event names it. */
static void
test_project_absorb_spellings (void)
{
  g_autoptr(DatelineProject) combined = dateline_project_new ();
  g_autoptr(DatelineProject) shard = dateline_project_new ();
  g_autoptr(DatelineArticle) first = dateline_article_new ("a1", "One", "1.txt", "Sergei Lavrov said so.");
  g_autoptr(DatelineArticle) second = dateline_article_new ("a1", "Two", "2.txt", "Sergey Lavrov said so too.");
  g_autoptr(DatelineActor) sergei = dateline_actor_new ("sergei-lavrov", "Sergei Lavrov", DATELINE_ACTOR_PERSON);
  g_autoptr(DatelineActor) sergey = dateline_actor_new ("sergey-lavrov", "Sergey Lavrov", DATELINE_ACTOR_PERSON);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DatelineEvent) event = dateline_event_new (NULL, "Lavrov speaks", DATELINE_EVENT_STATEMENT);
  g_autoptr(DatelineEvent) absorbed = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineProject) reloaded = NULL;

  dateline_project_add_article (combined, first);
  dateline_project_add_actor (combined, sergei);
  dateline_project_add_article (shard, second);
  dateline_project_add_actor (shard, sergey);
  dateline_event_add_actor (event, "sergey-lavrov");
  dateline_event_add_source (event, "a1", 0, 13, "Sergey Lavrov");
  g_ptr_array_add (events, g_object_ref (event));
  dateline_project_add_events (shard, events);

  dateline_project_absorb (combined, shard);

  g_assert_cmpuint (g_list_model_get_n_items (dateline_project_get_actors (combined)), ==, 1);
  absorbed = g_list_model_get_item (dateline_project_get_events (combined), 0);
  g_assert_cmpstr (dateline_event_get_actors (absorbed)[0], ==, "sergei-lavrov");
  g_assert_true (g_strv_contains (dateline_actor_get_aliases (sergei), "Sergey Lavrov"));

  /* And the result is a valid project. */
  data = dateline_project_to_data (combined, NULL);
  reloaded = dateline_project_new_from_data (data, -1, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project/round-trip", test_project_round_trip);
  g_test_add_func ("/project/offsets-are-code-points", test_project_offsets_are_code_points);
  g_test_add_func ("/project/when-fields", test_project_when_fields);
  g_test_add_func ("/project/rejects-bad-files", test_project_rejects_bad_files);
  g_test_add_func ("/project/ignores-unknown-fields", test_project_ignores_unknown_fields);
  g_test_add_func ("/project/save-and-load-file", test_project_save_and_load_file);
  g_test_add_func ("/project/any-member-order", test_project_any_member_order);
  g_test_add_func ("/project/long-text", test_project_long_text);
  g_test_add_func ("/project/event-storage", test_project_event_storage);
  g_test_add_func ("/project/long-list", test_project_long_list);
  g_test_add_func ("/project/streamed-text", test_project_streamed_text);
  g_test_add_func ("/project/ids", test_project_ids);
  g_test_add_func ("/project/absorb", test_project_absorb);
  g_test_add_func ("/project/absorb-spellings", test_project_absorb_spellings);

  return g_test_run ();
}
