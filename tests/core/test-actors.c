/* test-actors.c — actor recognition, quotes and merging into a project
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every text here is written for this test: invented people and companies
 * check that the patterns generalise beyond the gazetteer.
 */

#include "config.h"

#include <string.h>

#include "dateline-actors.h"

#define NONE DATELINE_ACTOR_MENTION_NONE

static GArray *
find (const char *text)
{
  return dateline_actor_recognizer_find_mentions (dateline_actor_recognizer_get_default (), text, -1);
}

/* The mention whose name is exactly @surface, the @nth (from 0) such. */
static const DatelineActorMention *
mention_at (const char *text,
            GArray     *mentions,
            const char *surface,
            guint       nth)
{
  gsize len = strlen (surface);

  for (guint i = 0; i < mentions->len; i++)
    {
      const DatelineActorMention *m = &g_array_index (mentions, DatelineActorMention, i);

      if (m->end - m->start == len && strncmp (text + m->start, surface, len) == 0 && nth-- == 0)
        return m;
    }

  return NULL;
}

static void
dump (const char *text,
      GArray     *mentions)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const DatelineActorMention *m = &g_array_index (mentions, DatelineActorMention, i);

      g_test_message ("  %u “%.*s” -> %s (%s) flags=0x%x", i, (int) (m->end - m->start),
                      text + m->start, m->id, dateline_actor_kind_to_string (m->kind), m->flags);
    }
}

/* Asserts a mention of @surface resolved to @id of @kind with @flags set. */
static const DatelineActorMention *
assert_mention (const char        *text,
                GArray            *mentions,
                const char        *surface,
                guint              nth,
                const char        *id,
                DatelineActorKind  kind,
                guint              flags)
{
  const DatelineActorMention *m = mention_at (text, mentions, surface, nth);

  if (m == NULL)
    {
      dump (text, mentions);
      g_error ("no mention “%s” (#%u) in “%s”", surface, nth, text);
    }
  if (g_strcmp0 (m->id, id) != 0 || m->kind != kind || (m->flags & flags) != flags)
    {
      dump (text, mentions);
      g_error ("“%s” is %s (%s, flags 0x%x), expected %s (%s, flags 0x%x)", surface,
               m->id, dateline_actor_kind_to_string (m->kind), m->flags,
               id, dateline_actor_kind_to_string (kind), flags);
    }

  return m;
}

static void
assert_no_mention (const char *text,
                   GArray     *mentions,
                   const char *surface)
{
  gsize len = strlen (surface);

  for (guint i = 0; i < mentions->len; i++)
    {
      const DatelineActorMention *m = &g_array_index (mentions, DatelineActorMention, i);

      if (m->start < strlen (text) && strstr (text + m->np_start, surface) == text + m->np_start
          && m->end - m->np_start <= len + 4)
        {
          dump (text, mentions);
          g_error ("unexpected mention at “%s”", surface);
        }
      if (m->end - m->start == len && strncmp (text + m->start, surface, len) == 0)
        {
          dump (text, mentions);
          g_error ("unexpected mention “%s” -> %s", surface, m->id);
        }
    }
}

static void
assert_sorted (GArray *mentions)
{
  for (guint i = 1; i < mentions->len; i++)
    {
      const DatelineActorMention *a = &g_array_index (mentions, DatelineActorMention, i - 1);
      const DatelineActorMention *b = &g_array_index (mentions, DatelineActorMention, i);

      g_assert_cmpuint (a->end, <=, b->start);
      g_assert_cmpuint (a->np_start, <=, a->start);
    }
}

/* ------------------------------------------------------------------ */

static void
test_actors_gazetteer (void)
{
  const char *text =
    "Russian Foreign Minister Sergey Lavrov met NATO chief Mark Rutte in Geneva, "
    "and the U.N. nuclear watchdog said the IAEA would report to the Security Council. "
    "China and the United Kingdom abstained; Zelenskiy thanked the Europeans.";
  g_autoptr(GArray) mentions = find (text);
  const DatelineActorMention *m;

  assert_sorted (mentions);
  assert_mention (text, mentions, "Russian", 0, "russia", DATELINE_ACTOR_COUNTRY,
                  DATELINE_ACTOR_MENTION_DEMONYM);
  m = assert_mention (text, mentions, "Sergey Lavrov", 0, "sergei-lavrov", DATELINE_ACTOR_PERSON,
                      DATELINE_ACTOR_MENTION_GAZETTEER | DATELINE_ACTOR_MENTION_TITLED);
  g_assert_cmpstr (m->name, ==, "Sergei Lavrov");
  /* The noun phrase holds the title and its country. */
  g_assert_cmpuint (m->np_start, ==, 0);
  assert_mention (text, mentions, "NATO", 0, "nato", DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Mark Rutte", 0, "mark-rutte", DATELINE_ACTOR_PERSON, 0);
  assert_mention (text, mentions, "Geneva", 0, "geneva", DATELINE_ACTOR_PLACE, 0);
  assert_mention (text, mentions, "IAEA", 0, "international-atomic-energy-agency",
                  DATELINE_ACTOR_ORGANIZATION, 0);
  m = assert_mention (text, mentions, "Security Council", 0, "un-security-council",
                      DATELINE_ACTOR_ORGANIZATION, 0);
  g_assert_cmpstr (text + m->np_start, >=, "the Security");
  g_assert_true (g_str_has_prefix (text + m->np_start, "the Security Council"));
  assert_mention (text, mentions, "China", 0, "china", DATELINE_ACTOR_COUNTRY, 0);
  assert_mention (text, mentions, "United Kingdom", 0, "united-kingdom", DATELINE_ACTOR_COUNTRY, 0);
  assert_mention (text, mentions, "Zelenskiy", 0, "volodymyr-zelensky", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_PARTIAL);
}

static void
test_actors_case (void)
{
  /* "us", "who", "Who" are words; "US" and "WHO" are names. */
  const char *text =
    "Who will pay? Officials told us the WHO and the US would, "
    "though who pays is unclear. The Chad Basin is dry, said a turkey farmer.";
  g_autoptr(GArray) mentions = find (text);

  assert_mention (text, mentions, "WHO", 0, "world-health-organization", DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "US", 0, "united-states", DATELINE_ACTOR_COUNTRY, 0);
  assert_no_mention (text, mentions, "Who");
  assert_no_mention (text, mentions, "us");
  assert_no_mention (text, mentions, "who");
  assert_no_mention (text, mentions, "turkey");
  assert_no_mention (text, mentions, "Officials");
}

static void
test_actors_titles (void)
{
  const char *text =
    "The authority, headed by Lt. Gen. Osama Rabie, said tugs were on their way. "
    "Sen. Lindsey Graham and Chancellor Friedrich Merz spoke by phone. "
    "Defence Minister Anna Kowalczyk visited the port, and spokesperson Maria Lindqvist "
    "declined to comment. Vantora chief executive Tomas Reyland said the deal was done. "
    "Former President Dmitry Medvedev and Pope Leo XIV also commented. "
    "NATO Secretary-General Mark Rutte met Prime Minister Aiko Tanabe, and Dr. Hana Okafor "
    "briefed them; Ms. Tanabe thanked Dr. Okafor.";
  g_autoptr(GArray) mentions = find (text);
  const DatelineActorMention *m;

  assert_sorted (mentions);
  m = assert_mention (text, mentions, "Osama Rabie", 0, "osama-rabie", DATELINE_ACTOR_PERSON,
                      DATELINE_ACTOR_MENTION_TITLED);
  g_assert_true (g_str_has_prefix (text + m->np_start, "Lt. Gen. Osama Rabie"));
  g_assert_false (m->flags & DATELINE_ACTOR_MENTION_GAZETTEER);
  assert_mention (text, mentions, "Lindsey Graham", 0, "lindsey-graham", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_TITLED | DATELINE_ACTOR_MENTION_GAZETTEER);
  assert_mention (text, mentions, "Friedrich Merz", 0, "friedrich-merz", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_TITLED);
  m = assert_mention (text, mentions, "Anna Kowalczyk", 0, "anna-kowalczyk", DATELINE_ACTOR_PERSON,
                      DATELINE_ACTOR_MENTION_TITLED);
  g_assert_true (g_str_has_prefix (text + m->np_start, "Defence Minister Anna"));
  assert_mention (text, mentions, "Maria Lindqvist", 0, "maria-lindqvist", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_TITLED);
  assert_mention (text, mentions, "Vantora", 0, "vantora", DATELINE_ACTOR_ORGANIZATION, 0);
  m = assert_mention (text, mentions, "Tomas Reyland", 0, "tomas-reyland", DATELINE_ACTOR_PERSON,
                      DATELINE_ACTOR_MENTION_TITLED);
  g_assert_true (g_str_has_prefix (text + m->np_start, "Vantora chief executive"));
  assert_mention (text, mentions, "Dmitry Medvedev", 0, "dmitry-medvedev", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_TITLED);
  assert_mention (text, mentions, "Pope Leo XIV", 0, "pope-leo-xiv", DATELINE_ACTOR_PERSON, 0);
  m = assert_mention (text, mentions, "Mark Rutte", 0, "mark-rutte", DATELINE_ACTOR_PERSON,
                      DATELINE_ACTOR_MENTION_TITLED | DATELINE_ACTOR_MENTION_GAZETTEER);
  g_assert_true (g_str_has_prefix (text + m->np_start, "NATO Secretary-General Mark Rutte"));
  assert_mention (text, mentions, "NATO", 0, "nato", DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Aiko Tanabe", 0, "aiko-tanabe", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_TITLED);
  assert_mention (text, mentions, "Hana Okafor", 0, "hana-okafor", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_TITLED);
  assert_mention (text, mentions, "Tanabe", 0, "aiko-tanabe", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_PARTIAL);
  assert_mention (text, mentions, "Okafor", 0, "hana-okafor", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_PARTIAL);
  /* "The authority" is a common noun. */
  assert_no_mention (text, mentions, "The");
}

static void
test_actors_unknown_names (void)
{
  const char *text =
    "The Dutch salvage firm Kestrel Towage was hired on Tuesday. "
    "Kestrel said the work could take weeks. "
    "Orvane Holdings said it would pay. "
    "Peter Brandvold, the chairman of Orvane, denied any delay. "
    "Lomara, a regional carrier, suspended flights, said Ingrid Sollund.";
  g_autoptr(GArray) mentions = find (text);

  assert_mention (text, mentions, "Kestrel Towage", 0, "kestrel-towage", DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Kestrel", 0, "kestrel-towage", DATELINE_ACTOR_ORGANIZATION,
                  DATELINE_ACTOR_MENTION_PARTIAL);
  assert_mention (text, mentions, "Orvane Holdings", 0, "orvane-holdings", DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Peter Brandvold", 0, "peter-brandvold", DATELINE_ACTOR_PERSON, 0);
  assert_mention (text, mentions, "Orvane", 0, "orvane-holdings", DATELINE_ACTOR_ORGANIZATION,
                  DATELINE_ACTOR_MENTION_PARTIAL);
  assert_mention (text, mentions, "Lomara", 0, "lomara", DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Ingrid Sollund", 0, "ingrid-sollund", DATELINE_ACTOR_PERSON, 0);
  assert_mention (text, mentions, "Dutch", 0, "netherlands", DATELINE_ACTOR_COUNTRY,
                  DATELINE_ACTOR_MENTION_DEMONYM);
  assert_no_mention (text, mentions, "Tuesday");
}

static void
test_actors_not_actors (void)
{
  /* Models, currencies, events and a known surname starting another
   * person's name. */
  const char *text =
    "Rebels fired AK-47 rifles and an F-16 flew over. The deal is worth AU$ 40 million. "
    "Leaders met at the Harbour Summit before the Paris Agreement talks. "
    "Graham Tolliver said the Burnsville plant would close.";
  g_autoptr(GArray) mentions = find (text);

  assert_no_mention (text, mentions, "AK");
  assert_no_mention (text, mentions, "F");
  assert_no_mention (text, mentions, "AU");
  assert_no_mention (text, mentions, "Harbour Summit");
  assert_no_mention (text, mentions, "Summit");
  assert_no_mention (text, mentions, "Agreement");
  assert_mention (text, mentions, "Paris", 0, "paris", DATELINE_ACTOR_PLACE, 0);
  assert_mention (text, mentions, "Graham Tolliver", 0, "graham-tolliver", DATELINE_ACTOR_PERSON, 0);
  assert_mention (text, mentions, "Burnsville", 0, "burnsville", DATELINE_ACTOR_PLACE,
                  DATELINE_ACTOR_MENTION_GUESSED);
}

static void
test_actors_organisations (void)
{
  const char *text =
    "The Harbour Transit Authority (HTA) closed the channel. The HTA said dredgers were at work. "
    "Brenmoor Shipping Line and Tallis & Grey Ltd. chartered the vessel from Ostrava Marine Corp. "
    "The Ministry of Water Resources and the Caledon Port Council met the Northern Pilots Association.";
  g_autoptr(GArray) mentions = find (text);
  const DatelineActorMention *m;

  m = assert_mention (text, mentions, "Harbour Transit Authority", 0, "harbour-transit-authority",
                      DATELINE_ACTOR_ORGANIZATION, 0);
  g_assert_true (g_str_has_prefix (text + m->np_start, "The Harbour"));
  assert_mention (text, mentions, "HTA", 0, "harbour-transit-authority", DATELINE_ACTOR_ORGANIZATION,
                  DATELINE_ACTOR_MENTION_ABBREVIATION);
  m = assert_mention (text, mentions, "HTA", 1, "harbour-transit-authority", DATELINE_ACTOR_ORGANIZATION,
                      DATELINE_ACTOR_MENTION_ABBREVIATION);
  g_assert_cmpuint (m->antecedent, !=, NONE);
  assert_mention (text, mentions, "Brenmoor Shipping Line", 0, "brenmoor-shipping-line",
                  DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Tallis & Grey Ltd.", 0, "tallis-grey-ltd",
                  DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Ostrava Marine Corp.", 0, "ostrava-marine-corp",
                  DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Ministry of Water Resources", 0, "ministry-of-water-resources",
                  DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Caledon Port Council", 0, "caledon-port-council",
                  DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Northern Pilots Association", 0, "northern-pilots-association",
                  DATELINE_ACTOR_ORGANIZATION, 0);
}

static void
test_actors_partial (void)
{
  const char *text =
    "Varga: no deal before winter\n"
    "\n"
    "Trade Minister Elena Varga said talks would resume. Varga added that Mr. Halloran, "
    "the envoy, agreed. Envoy Conor Halloran confirmed it.";
  g_autoptr(GArray) mentions = find (text);
  const DatelineActorMention *m, *full;

  full = assert_mention (text, mentions, "Elena Varga", 0, "elena-varga", DATELINE_ACTOR_PERSON, 0);
  /* The headline's surname comes before the full name. */
  assert_mention (text, mentions, "Varga", 0, "elena-varga", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_PARTIAL);
  m = assert_mention (text, mentions, "Varga", 1, "elena-varga", DATELINE_ACTOR_PERSON,
                      DATELINE_ACTOR_MENTION_PARTIAL);
  g_assert_cmpuint (m->antecedent, <, mentions->len);
  g_assert_true (&g_array_index (mentions, DatelineActorMention, m->antecedent) == full);
  m = assert_mention (text, mentions, "Halloran", 0, "conor-halloran", DATELINE_ACTOR_PERSON,
                      DATELINE_ACTOR_MENTION_PARTIAL);
  g_assert_true (g_str_has_prefix (text + m->np_start, "Mr. Halloran"));
}

static void
test_actors_weak_alias (void)
{
  const char *supported = "President Trump spoke on Friday. Later, Trump said more.";
  const char *full = "Donald Trump spoke on Friday. Trump said more.";
  const char *unsupported = "The tower was renamed, and Trump said more.";
  g_autoptr(GArray) a = find (supported);
  g_autoptr(GArray) b = find (full);
  g_autoptr(GArray) c = find (unsupported);

  assert_mention (supported, a, "Trump", 0, "donald-trump", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_TITLED | DATELINE_ACTOR_MENTION_GAZETTEER);
  assert_mention (supported, a, "Trump", 1, "donald-trump", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_PARTIAL);
  assert_mention (full, b, "Trump", 0, "donald-trump", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_PARTIAL);
  /* A surname shared by a family is not guessed. */
  assert_mention (unsupported, c, "Trump", 0, "trump", DATELINE_ACTOR_PERSON, 0);
}

static void
test_actors_metonymy (void)
{
  const char *text =
    "Moscow said the talks were useful. A drone attack on Kyiv killed two people, "
    "and the mayor of Kyiv asked for help. The Kremlin has denied it, and talks with "
    "Washington stalled. Washington's demands were rejected. He flew to Moscow on Monday "
    "and met officials at the Kremlin.";
  g_autoptr(GArray) mentions = find (text);
  const DatelineActorMention *m;

  assert_mention (text, mentions, "Moscow", 0, "russia", DATELINE_ACTOR_COUNTRY,
                  DATELINE_ACTOR_MENTION_METONYM);
  m = assert_mention (text, mentions, "Kyiv", 0, "kyiv", DATELINE_ACTOR_PLACE, 0);
  g_assert_false (m->flags & DATELINE_ACTOR_MENTION_METONYM);
  assert_mention (text, mentions, "Kyiv", 1, "kyiv", DATELINE_ACTOR_PLACE, 0);
  m = assert_mention (text, mentions, "Kremlin", 0, "russia", DATELINE_ACTOR_COUNTRY,
                      DATELINE_ACTOR_MENTION_METONYM);
  g_assert_true (g_str_has_prefix (text + m->np_start, "The Kremlin"));
  assert_mention (text, mentions, "Washington", 0, "united-states", DATELINE_ACTOR_COUNTRY,
                  DATELINE_ACTOR_MENTION_METONYM);
  assert_mention (text, mentions, "Washington", 1, "united-states", DATELINE_ACTOR_COUNTRY,
                  DATELINE_ACTOR_MENTION_METONYM);
  m = assert_mention (text, mentions, "Moscow", 1, "moscow", DATELINE_ACTOR_PLACE, 0);
  g_assert_false (m->flags & DATELINE_ACTOR_MENTION_METONYM);
  assert_mention (text, mentions, "Kremlin", 1, "kremlin", DATELINE_ACTOR_PLACE, 0);
}

static void
test_actors_negatives (void)
{
  const char *text =
    "Ship Freed After Six Days In Canal\n"
    "\n"
    "In March, talks resumed on Monday. The vessel moved. Giant waves hit the coast in May. "
    "Officials said Tuesday that Prices Rose. However, Dozens of ships waited. "
    "Analysts expect more. It was not clear. January was cold.";
  g_autoptr(GArray) mentions = find (text);

  if (mentions->len != 0)
    {
      dump (text, mentions);
      g_error ("%u mentions in a text without names", mentions->len);
    }
}

static void
test_actors_headline_names (void)
{
  /* A title-case headline only yields names the body establishes. */
  const char *text =
    "Brenmoor Agrees Deal With Kestrel Towage Over Stranded Ship\n"
    "\n"
    "Kestrel Towage signed the contract with Brenmoor Shipping Line on Friday.";
  g_autoptr(GArray) mentions = find (text);

  assert_mention (text, mentions, "Kestrel Towage", 0, "kestrel-towage", DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Kestrel Towage", 1, "kestrel-towage", DATELINE_ACTOR_ORGANIZATION, 0);
  assert_mention (text, mentions, "Brenmoor", 0, "brenmoor-shipping-line", DATELINE_ACTOR_ORGANIZATION,
                  DATELINE_ACTOR_MENTION_PARTIAL);
  assert_no_mention (text, mentions, "Agrees");
  assert_no_mention (text, mentions, "Stranded");
}

static void
test_actors_range (void)
{
  const char *text = "Moscow said Vienna talks failed. Rubio met Lavrov in Rome. Nobody came.";
  g_autoptr(GArray) mentions = find (text);
  const char *second = strstr (text, "Rubio");
  guint start = second - text, end = strstr (text, "Nobody") - text;
  g_autoptr(GPtrArray) ids = NULL;
  guint first, n;

  n = dateline_actor_mentions_find_range (mentions, start, end, &first);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (g_array_index (mentions, DatelineActorMention, first).id, ==, "marco-rubio");

  ids = dateline_actor_mentions_dup_ids_in_range (mentions, 0, start);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "russia");
  g_assert_cmpstr (g_ptr_array_index (ids, 1), ==, "vienna");

  n = dateline_actor_mentions_find_range (mentions, end, strlen (text), &first);
  g_assert_cmpuint (n, ==, 0);
}

/* Whatever the input, spans stay inside the text, sorted, and on
 * character boundaries. */
static void
test_actors_robustness (void)
{
  static const char *texts[] = {
    "",
    " ",
    "\n\n\n",
    "“",
    "'",
    "\"Unclosed quote by Elena Varga",
    "Mr.",
    "President",
    "Lt. Gen.",
    "(HTA)",
    "The The The The",
    "U.S.",
    "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
    "ÉCLAIR ÇA VA Ünïcödé Ñandú Łódź Straße İstanbul",
    "Zelensky\xe2\x80",            /* a cut multibyte character */
    "Rubio\xff\xfe said \xc3(",     /* invalid UTF-8 */
    "al-", "-al", "O'", "'s", "’s ’s ’s",
    "Kestrel Towage Kestrel Towage Kestrel Towage Kestrel Towage Kestrel Towage Kestrel Towage",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = texts[i];
      gsize len = strlen (text);
      g_autoptr(GArray) mentions = NULL;
      g_autoptr(GArray) quotes = NULL;

      dateline_actor_recognizer_find_mentions_and_quotes (dateline_actor_recognizer_get_default (),
                                                          text, len, &mentions, &quotes);
      assert_sorted (mentions);
      for (guint m = 0; m < mentions->len; m++)
        {
          const DatelineActorMention *mention = &g_array_index (mentions, DatelineActorMention, m);

          g_assert_cmpuint (mention->start, <, mention->end);
          g_assert_cmpuint (mention->end, <=, len);
          g_assert_nonnull (mention->id);
          g_assert_cmpstr (mention->id, !=, "");
          g_assert_true (mention->antecedent == NONE || mention->antecedent < mentions->len);
        }
      for (guint q = 0; q < quotes->len; q++)
        {
          const DatelineQuote *quote = &g_array_index (quotes, DatelineQuote, q);

          g_assert_cmpuint (quote->outer_end, <=, len);
          g_assert_true (quote->speaker == NONE || quote->speaker < mentions->len);
        }
    }

  /* One very long capitalised run and one very long word. */
  {
    GString *text = g_string_new (NULL);
    g_autoptr(GArray) mentions = NULL;

    for (guint i = 0; i < 5000; i++)
      g_string_append (text, "Alpha Beta ");
    for (guint i = 0; i < 5000; i++)
      g_string_append (text, "Z");
    mentions = find (text->str);
    assert_sorted (mentions);
    g_string_free (text, TRUE);
  }
}

/* A recognizer from a gazetteer of one's own. */
static void
test_actors_custom_gazetteer (void)
{
  const char *data =
    "V\t1\n"
    "E\tzorbania\tcountry\tZorbania\t\tZorbania|^Zorbanian\t\n"
    "E\tzorb-city\tplace\tZorb City\tzorbania\tZorb City\t\n"
    "T\tHigh Marshal\toffice\t\n"
    "W\tspeech-verb\tsaid\n"
    "W\tlocative\tin\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DatelineActorRecognizer) recognizer = dateline_actor_recognizer_new_from_data (data, strlen (data), &error);
  const char *text = "Zorbanian High Marshal Ilka Tamm said Zorb City said no. Fog lay in Zorb City.";
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(DatelineActorRecognizer) broken = NULL;

  g_assert_no_error (error);
  mentions = dateline_actor_recognizer_find_mentions (recognizer, text, -1);
  assert_mention (text, mentions, "Zorbanian", 0, "zorbania", DATELINE_ACTOR_COUNTRY,
                  DATELINE_ACTOR_MENTION_DEMONYM);
  assert_mention (text, mentions, "Ilka Tamm", 0, "ilka-tamm", DATELINE_ACTOR_PERSON,
                  DATELINE_ACTOR_MENTION_TITLED);
  assert_mention (text, mentions, "Zorb City", 0, "zorbania", DATELINE_ACTOR_COUNTRY,
                  DATELINE_ACTOR_MENTION_METONYM);
  assert_mention (text, mentions, "Zorb City", 1, "zorb-city", DATELINE_ACTOR_PLACE, 0);

  broken = dateline_actor_recognizer_new_from_data ("E\tx\n", 4, &error);
  g_assert_null (broken);
  g_assert_nonnull (error);
}

/* ------------------------------------------------------------------ */

static GArray *
find_quotes (const char *text,
             GArray     *mentions)
{
  return dateline_actor_recognizer_find_quotes (dateline_actor_recognizer_get_default (),
                                                text, -1, mentions);
}

static void
assert_quote (const char *text,
              GArray     *mentions,
              GArray     *quotes,
              guint       index,
              const char *quoted_prefix,
              const char *speaker_id,
              guint       flags)
{
  const DatelineQuote *q;

  if (index >= quotes->len)
    g_error ("only %u quotes in “%s”", quotes->len, text);
  q = &g_array_index (quotes, DatelineQuote, index);
  if (!g_str_has_prefix (text + q->start, quoted_prefix))
    g_error ("quote %u starts “%.20s”, expected “%s”", index, text + q->start, quoted_prefix);
  g_assert_cmpuint (q->outer_start, <, q->start);
  g_assert_cmpuint (q->end, <, q->outer_end);
  if (speaker_id == NULL)
    {
      g_assert_cmpuint (q->speaker, ==, NONE);
      return;
    }
  if (q->speaker == NONE)
    {
      dump (text, mentions);
      g_error ("quote %u (“%.20s”) has no speaker, expected %s", index, text + q->start, speaker_id);
    }
  g_assert_cmpstr (g_array_index (mentions, DatelineActorMention, q->speaker).id, ==, speaker_id);
  g_assert_cmpuint (q->flags & flags, ==, flags);
}

static void
test_actors_quotes (void)
{
  const char *text =
    "“There has been no real movement,” Elena Varga said on Wednesday. “The minister is "
    "frustrated.”\n"
    "\n"
    "'He doesn't matter,' Varga said of the rival's threats.\n"
    "\n"
    "Kestrel Towage said: \"The crew is safe.\" Its chief, Peter Brandvold, called the ship "
    "“a beached whale,” and added that it could take weeks.\n"
    "\n"
    "“We will not stop,” he added. “Never.”\n"
    "\n"
    "“The port is closed,” said spokesman Jonas Ekdahl.";
  g_autoptr(GArray) mentions = find (text);
  g_autoptr(GArray) quotes = find_quotes (text, mentions);
  const DatelineQuote *q;
  const DatelineActorMention *he;

  if (quotes->len != 8)
    {
      for (guint i = 0; i < quotes->len; i++)
        g_test_message ("quote %u: “%.*s”", i,
                        (int) (g_array_index (quotes, DatelineQuote, i).end - g_array_index (quotes, DatelineQuote, i).start),
                        text + g_array_index (quotes, DatelineQuote, i).start);
      g_error ("%u quotes, expected 8", quotes->len);
    }

  assert_quote (text, mentions, quotes, 0, "There has been", "elena-varga", DATELINE_QUOTE_CUE_AFTER);
  assert_quote (text, mentions, quotes, 1, "The minister", "elena-varga", DATELINE_QUOTE_CONTINUED);
  assert_quote (text, mentions, quotes, 2, "He doesn't matter,", "elena-varga", DATELINE_QUOTE_CUE_AFTER);
  q = &g_array_index (quotes, DatelineQuote, 2);
  g_assert_cmpuint (q->end - q->start, ==, strlen ("He doesn't matter,"));
  assert_quote (text, mentions, quotes, 3, "The crew is safe.", "kestrel-towage", DATELINE_QUOTE_CUE_BEFORE);
  assert_quote (text, mentions, quotes, 4, "a beached whale", "peter-brandvold", DATELINE_QUOTE_CUE_BEFORE);
  assert_quote (text, mentions, quotes, 5, "We will not stop", "peter-brandvold",
                DATELINE_QUOTE_CUE_AFTER | DATELINE_QUOTE_PRONOUN);
  q = &g_array_index (quotes, DatelineQuote, 5);
  he = &g_array_index (mentions, DatelineActorMention, q->speaker);
  g_assert_true (he->flags & DATELINE_ACTOR_MENTION_PRONOUN_SPEAKER);
  g_assert_cmpuint (he->end - he->start, ==, 2);
  g_assert_cmpuint (he->antecedent, !=, NONE);
  assert_quote (text, mentions, quotes, 6, "Never.", "peter-brandvold", DATELINE_QUOTE_CONTINUED);
  assert_quote (text, mentions, quotes, 7, "The port is closed", "jonas-ekdahl", DATELINE_QUOTE_CUE_AFTER);

  /* One pass gives the same mentions and quotes. */
  {
    g_autoptr(GArray) mentions2 = NULL;
    g_autoptr(GArray) quotes2 = NULL;

    dateline_actor_recognizer_find_mentions_and_quotes (dateline_actor_recognizer_get_default (),
                                                        text, -1, &mentions2, &quotes2);
    g_assert_cmpuint (mentions2->len, ==, mentions->len);
    g_assert_cmpuint (quotes2->len, ==, quotes->len);
    for (guint i = 0; i < quotes->len; i++)
      {
        const DatelineQuote *a = &g_array_index (quotes, DatelineQuote, i);
        const DatelineQuote *b = &g_array_index (quotes2, DatelineQuote, i);

        g_assert_cmpuint (a->start, ==, b->start);
        if (a->speaker != b->speaker) { dump (text, mentions); g_error ("quote %u: speaker %u vs %u", i, a->speaker, b->speaker); }
        g_assert_cmpuint (a->flags, ==, b->flags);
      }
  }
}

static void
test_actors_quotes_multi_paragraph (void)
{
  const char *text =
    "Varga spoke for an hour. “We have done what we can,” Trade Minister Elena Varga said. "
    "“The rest is up to them.\n"
    "\n"
    "“If they walk away, they will answer for it.”\n"
    "\n"
    "The talks ended at noon. “Nothing was agreed,” a diplomat said.";
  g_autoptr(GArray) mentions = find (text);
  g_autoptr(GArray) quotes = find_quotes (text, mentions);
  g_autofree char *quoted = NULL;
  const DatelineQuote *q;

  g_assert_cmpuint (quotes->len, ==, 3);
  assert_quote (text, mentions, quotes, 0, "We have done", "elena-varga", DATELINE_QUOTE_CUE_AFTER);
  assert_quote (text, mentions, quotes, 1, "The rest is up", "elena-varga",
                DATELINE_QUOTE_CONTINUED | DATELINE_QUOTE_MULTI_PARAGRAPH);
  q = &g_array_index (quotes, DatelineQuote, 1);
  quoted = g_strndup (text + q->start, q->end - q->start);
  g_assert_true (g_str_has_suffix (quoted, "answer for it."));
  /* "a diplomat" is nobody the text names. */
  assert_quote (text, mentions, quotes, 2, "Nothing was agreed", NULL, 0);
}

static void
test_actors_quotes_according_to (void)
{
  const char *text =
    "“Prices will fall,” according to Treasury Secretary Scott Bessent.\n"
    "\n"
    "According to Ema Suryani, 38, “the water came at night.”";
  g_autoptr(GArray) mentions = find (text);
  g_autoptr(GArray) quotes = find_quotes (text, mentions);

  g_assert_cmpuint (quotes->len, ==, 2);
  assert_quote (text, mentions, quotes, 0, "Prices will fall", "scott-bessent", DATELINE_QUOTE_CUE_AFTER);
  assert_quote (text, mentions, quotes, 1, "the water came", "ema-suryani", DATELINE_QUOTE_CUE_BEFORE);
  assert_mention (text, mentions, "Ema Suryani", 0, "ema-suryani", DATELINE_ACTOR_PERSON, 0);
}

static void
test_actors_quotes_apostrophes (void)
{
  const char *text =
    "The minister’s aides said the Houthis’ attack was 'a provocation'. "
    "Rubio’s reply: it doesn’t matter.";
  g_autoptr(GArray) mentions = find (text);
  g_autoptr(GArray) quotes = find_quotes (text, mentions);

  g_assert_cmpuint (quotes->len, ==, 1);
  assert_quote (text, mentions, quotes, 0, "a provocation", NULL, 0);
  assert_mention (text, mentions, "Rubio", 0, "marco-rubio", DATELINE_ACTOR_PERSON, 0);
  assert_mention (text, mentions, "Houthis", 0, "houthis", DATELINE_ACTOR_GROUP, 0);
}

/* ------------------------------------------------------------------ */

static void
test_actors_keys (void)
{
  g_autofree char *slug = dateline_actors_slugify ("Côte d'Ivoire");
  g_autofree char *slug2 = dateline_actors_slugify ("U.S. Secretary of State");
  g_autofree char *a = dateline_actors_dup_match_key ("Sergey Lavrov");
  g_autofree char *b = dateline_actors_dup_match_key ("Sergei Lavrov");
  g_autofree char *c = dateline_actors_dup_match_key ("Zelenskyy");
  g_autofree char *d = dateline_actors_dup_match_key ("Zelenskiy");
  g_autofree char *e = dateline_actors_dup_match_key ("Zelensky");
  g_autofree char *f = dateline_actors_dup_match_key ("Bashar al-Assad");
  g_autofree char *g = dateline_actors_dup_match_key ("Bashar Assad");
  g_autofree char *h = dateline_actors_dup_match_key ("Mikhail Petrov");
  g_autofree char *i = dateline_actors_dup_match_key ("Mihail Petrov");
  g_autofree char *j = dateline_actors_dup_match_key ("Peter Brandvold");

  g_assert_cmpstr (slug, ==, "cote-divoire");
  g_assert_cmpstr (slug2, ==, "u-s-secretary-of-state");
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (c, ==, d);
  g_assert_cmpstr (d, ==, e);
  g_assert_cmpstr (f, ==, g);
  g_assert_cmpstr (h, ==, i);
  g_assert_cmpstr (a, !=, j);
}

static DatelineArticle *
article_new (const char *id,
             const char *text)
{
  return dateline_article_new (id, NULL, NULL, text);
}

static void
add_article (DatelineProject *project,
             DatelineArticle *article)
{
  g_autoptr(GArray) mentions = find (dateline_article_get_text (article));

  dateline_project_add_article (project, article);
  dateline_actors_add_to_project (project, article, mentions);
}

static gboolean
has_alias (DatelineActor *actor,
           const char    *alias)
{
  const char * const *aliases = dateline_actor_get_aliases (actor);

  for (guint i = 0; aliases[i] != NULL; i++)
    if (strcmp (aliases[i], alias) == 0)
      return TRUE;
  return FALSE;
}

static void
test_actors_project_merge (void)
{
  g_autoptr(DatelineProject) project = dateline_project_new ();
  g_autoptr(DatelineArticle) a1 = article_new ("a1",
    "Deputy Foreign Minister Aleksei Voronov met Volodymyr Zelenskiy in Kyiv. "
    "Zelenskiy said Voronov had listened. Analyst Paul Nesbit was sceptical.");
  g_autoptr(DatelineArticle) a2 = article_new ("a2",
    "Deputy Foreign Minister Alexey Voronov said Zelenskyy was ready. "
    "Sergey Lavrov agreed, and Sergei Lavrov later added a condition. Nesbit said he disagreed.");
  GListModel *actors = dateline_project_get_actors (project);
  DatelineActor *voronov, *zelensky, *lavrov, *nesbit;
  gboolean in_a1 = FALSE, in_a2 = FALSE;
  GArray *mentions;

  add_article (project, a1);
  add_article (project, a2);

  voronov = dateline_project_lookup_actor (project, "aleksei-voronov");
  g_assert_nonnull (voronov);
  g_assert_null (dateline_project_lookup_actor (project, "alexey-voronov"));
  g_assert_true (has_alias (voronov, "Alexey Voronov"));
  g_assert_true (has_alias (voronov, "Deputy Foreign Minister Aleksei Voronov"));
  mentions = dateline_actor_get_mentions (voronov);
  g_assert_cmpuint (mentions->len, ==, 3);
  for (guint i = 0; i < mentions->len; i++)
    {
      const DatelineMention *m = &g_array_index (mentions, DatelineMention, i);

      in_a1 |= g_str_equal (m->article_id, "a1");
      in_a2 |= g_str_equal (m->article_id, "a2");
    }
  g_assert_true (in_a1 && in_a2);

  zelensky = dateline_project_lookup_actor (project, "volodymyr-zelensky");
  g_assert_nonnull (zelensky);
  g_assert_true (has_alias (zelensky, "Zelenskiy"));
  g_assert_true (has_alias (zelensky, "Zelenskyy"));
  g_assert_cmpuint (dateline_actor_get_mentions (zelensky)->len, ==, 3);

  lavrov = dateline_project_lookup_actor (project, "sergei-lavrov");
  g_assert_nonnull (lavrov);
  g_assert_true (has_alias (lavrov, "Sergey Lavrov"));
  g_assert_cmpuint (dateline_actor_get_mentions (lavrov)->len, ==, 2);

  /* A surname alone in one article joins the one full name of another. */
  nesbit = dateline_project_lookup_actor (project, "paul-nesbit");
  g_assert_nonnull (nesbit);
  g_assert_cmpuint (dateline_actor_get_mentions (nesbit)->len, ==, 2);

  /* Ids are unique in the project. */
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(DatelineActor) actor = g_list_model_get_item (actors, i);

      g_assert_true (dateline_project_lookup_actor (project, dateline_actor_get_id (actor)) == actor);
    }
}

/* ------------------------------------------------------------------ */

typedef struct {
  const char *text;
  guint       n_mentions;
  guint       rounds;
} ThreadJob;

static gpointer
run_job (gpointer data)
{
  ThreadJob *job = data;

  for (guint r = 0; r < job->rounds; r++)
    {
      g_autoptr(GArray) mentions = find (job->text);

      if (mentions->len != job->n_mentions)
        return GUINT_TO_POINTER (1);
    }

  return NULL;
}

static const char *sample_paragraphs[] = {
  "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Marco Rubio in "
  "Istanbul on Tuesday, and the two agreed to meet again. “There was no breakthrough,” "
  "Rubio said. Moscow said the talks were useful.",
  "The Harbour Transit Authority (HTA) said the vessel, chartered by Brenmoor Shipping Line, "
  "ran aground near Port Said. Lt. Gen. Osama Rabie said tugs were working. The HTA added "
  "that traffic would resume within days.",
  "NATO Secretary-General Mark Rutte warned that Europe must spend more. Chancellor "
  "Friedrich Merz agreed, and President Emmanuel Macron said France was ready. Analysts "
  "at the International Monetary Fund were cautious.",
  "Kestrel Towage chief executive Peter Brandvold said the ship was “like a beached whale”. "
  "Officials in Cairo and Washington followed the operation, and Egypt's president "
  "thanked the crews on Friday.",
};

static char *
synthetic_article (guint seed)
{
  GString *text = g_string_new ("Stranded Ship Freed After Six Days\n\n");

  while (text->len < 3000)
    {
      g_string_append (text, sample_paragraphs[seed % G_N_ELEMENTS (sample_paragraphs)]);
      g_string_append (text, "\n\n");
      seed = seed * 1103515245 + 12345;
    }

  return g_string_free (text, FALSE);
}

static void
test_actors_threads (void)
{
  g_autofree char *text = synthetic_article (7);
  g_autoptr(GArray) reference = find (text);
  ThreadJob job = { text, reference->len, 50 };
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("actors", run_job, &job);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_null (g_thread_join (threads[i]));
}

typedef struct {
  GPtrArray *articles;
  guint      first;
  guint      step;
  guint      n_articles;
} ThroughputJob;

static gpointer
run_throughput_job (gpointer data)
{
  ThroughputJob *job = data;
  DatelineActorRecognizer *recognizer = dateline_actor_recognizer_get_default ();

  for (guint i = job->first; i < job->n_articles; i += job->step)
    {
      const char *text = g_ptr_array_index (job->articles, i % job->articles->len);
      g_autoptr(GArray) found = NULL;
      g_autoptr(GArray) quotes = NULL;

      dateline_actor_recognizer_find_mentions_and_quotes (recognizer, text, -1, &found, &quotes);
    }

  return NULL;
}

static void
test_actors_throughput (void)
{
  DatelineActorRecognizer *recognizer = dateline_actor_recognizer_get_default ();
  guint n_articles = g_test_perf () ? 10000 : 1000;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_free);
  gsize bytes = 0;
  guint64 mentions = 0;
  gint64 start;
  double seconds;

  for (guint i = 0; i < 64; i++)
    {
      char *text = synthetic_article (i);

      bytes += strlen (text);
      g_ptr_array_add (articles, text);
    }
  bytes = bytes * n_articles / 64;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n_articles; i++)
    {
      const char *text = g_ptr_array_index (articles, i % articles->len);
      g_autoptr(GArray) found = NULL;
      g_autoptr(GArray) quotes = NULL;

      dateline_actor_recognizer_find_mentions_and_quotes (recognizer, text, -1, &found, &quotes);

      mentions += found->len;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_test_message ("actors articles=%u bytes=%" G_GSIZE_FORMAT " mentions=%" G_GUINT64_FORMAT
                  " seconds=%.3f MB/s=%.1f (one thread, mentions + quotes)",
                  n_articles, bytes, mentions, seconds, bytes / 1e6 / seconds);
  g_assert_cmpuint (mentions, >, n_articles);

  /* The same on two threads sharing the recognizer, as the extractor's
   * workers do. */
  {
    ThroughputJob jobs[2];
    GThread *threads[2];

    start = g_get_monotonic_time ();
    for (guint t = 0; t < 2; t++)
      {
        jobs[t].articles = articles;
        jobs[t].first = t;
        jobs[t].step = 2;
        jobs[t].n_articles = n_articles;
        threads[t] = g_thread_new ("actors", run_throughput_job, &jobs[t]);
      }
    for (guint t = 0; t < 2; t++)
      g_thread_join (threads[t]);
    seconds = (g_get_monotonic_time () - start) / 1e6;
    g_test_message ("actors articles=%u seconds=%.3f (two threads, mentions + quotes)",
                    n_articles, seconds);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/actors/gazetteer", test_actors_gazetteer);
  g_test_add_func ("/actors/case", test_actors_case);
  g_test_add_func ("/actors/titles", test_actors_titles);
  g_test_add_func ("/actors/unknown-names", test_actors_unknown_names);
  g_test_add_func ("/actors/organisations", test_actors_organisations);
  g_test_add_func ("/actors/not-actors", test_actors_not_actors);
  g_test_add_func ("/actors/partial", test_actors_partial);
  g_test_add_func ("/actors/weak-alias", test_actors_weak_alias);
  g_test_add_func ("/actors/metonymy", test_actors_metonymy);
  g_test_add_func ("/actors/negatives", test_actors_negatives);
  g_test_add_func ("/actors/headline-names", test_actors_headline_names);
  g_test_add_func ("/actors/range", test_actors_range);
  g_test_add_func ("/actors/robustness", test_actors_robustness);
  g_test_add_func ("/actors/custom-gazetteer", test_actors_custom_gazetteer);
  g_test_add_func ("/actors/quotes", test_actors_quotes);
  g_test_add_func ("/actors/quotes-multi-paragraph", test_actors_quotes_multi_paragraph);
  g_test_add_func ("/actors/quotes-according-to", test_actors_quotes_according_to);
  g_test_add_func ("/actors/quotes-apostrophes", test_actors_quotes_apostrophes);
  g_test_add_func ("/actors/keys", test_actors_keys);
  g_test_add_func ("/actors/project-merge", test_actors_project_merge);
  g_test_add_func ("/actors/threads", test_actors_threads);
  g_test_add_func ("/actors/throughput", test_actors_throughput);

  return g_test_run ();
}
