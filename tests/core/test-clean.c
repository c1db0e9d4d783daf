/* test-clean.c — web clutter out of article text, datelines
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dateline-clean.h"

static char *
load_fixture (const char *dir,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* TRUE when @line is one whole line of @text. */
static gboolean
has_line (const char *text,
          const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_equal (lines[i], line))
      return TRUE;

  return FALSE;
}

static void
assert_absent (const char *text,
               const char *junk)
{
  if (strstr (text, junk) != NULL)
    g_error ("“%s” should have been removed from:\n%s", junk, text);
}

static void
assert_line (const char *text,
             const char *line)
{
  if (!has_line (text, line))
    g_error ("“%s” should be a line of:\n%s", line, text);
}

static const char *
story_text (GPtrArray *stories,
            guint      i)
{
  const DatelineCleanStory *story = g_ptr_array_index (stories, i);
  return story->text;
}

static void
test_clean_normalize_space (void)
{
  g_autofree char *out = dateline_clean_normalize_space ("  Talks\xC2\xA0resumed \t on\xE2\x80\x8B Monday.  \r\n"
                                                         "\r\n\r\n\n"
                                                         "Second\xE2\x80\xAFparagraph\xC2\xAD.\n\n  ",
                                                         -1);

  g_assert_cmpstr (out, ==, "Talks resumed on Monday.\n\nSecond paragraph.");
}

static void
test_clean_classify_junk (void)
{
  static const struct {
    const char       *line;
    DatelineLineKind  kind;
  } cases[] = {
    { "Advertisement", DATELINE_LINE_JUNK },
    { "ADVERTISEMENT", DATELINE_LINE_JUNK },
    { "STORY CONTINUES BELOW THIS AD", DATELINE_LINE_JUNK },
    { "Download the App", DATELINE_LINE_JUNK },
    { "Download the Harbour Wire app for breaking news alerts", DATELINE_LINE_JUNK },
    { "No comments yet", DATELINE_LINE_JUNK },
    { "Be the first to comment!", DATELINE_LINE_JUNK },
    { "Subscribe to our daily briefing", DATELINE_LINE_JUNK },
    { "Read more: Port authority warns of congestion", DATELINE_LINE_JUNK },
    { "READ MORE | Port authority warns of congestion", DATELINE_LINE_JUNK },
    { "Also read: Ferry crossings resume", DATELINE_LINE_JUNK },
    { "Share this article", DATELINE_LINE_JUNK },
    { "Facebook Twitter WhatsApp Email", DATELINE_LINE_JUNK },
    { "Home > World > Europe", DATELINE_LINE_JUNK },
    { "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.",
      DATELINE_LINE_JUNK },
    { "Accept all", DATELINE_LINE_JUNK },
    { "© 2024 Harbour Wire. All rights reserved.", DATELINE_LINE_JUNK },
    { "Catch all the Business News and Updates on the Ledger.", DATELINE_LINE_JUNK },
    { "This story has been published from a wire agency feed without modifications to the text.",
      DATELINE_LINE_JUNK },
    { "* * *", DATELINE_LINE_JUNK },
    { "2 hours ago", DATELINE_LINE_STAMP },
    { "Mint2 days ago", DATELINE_LINE_STAMP },
    { "Ledger · 3 hours ago", DATELINE_LINE_STAMP },
    { "Updated an hour ago", DATELINE_LINE_STAMP },
    { "5 min read", DATELINE_LINE_STAMP },
    { "Reuters", DATELINE_LINE_CREDIT },
    { "The Associated Press", DATELINE_LINE_CREDIT },
    { "By Elena Marsh", DATELINE_LINE_CREDIT },
    { "BY ELENA MARSH AND PAUL OKAFOR", DATELINE_LINE_CREDIT },
    { "By Sara Lind in Marlow", DATELINE_LINE_CREDIT },
    { "Elena Marsh, Reuters", DATELINE_LINE_CREDIT },
    { "(Reporting by Elena Marsh; Editing by Paul Okafor)", DATELINE_LINE_CREDIT },
    { "Cranes stand idle at the terminal in Valmora, March 12, 2024. REUTERS/Ana Kovac", DATELINE_LINE_CREDIT },
    { "Rescuers search the rubble of a house (AP Photo/Jon Roe)", DATELINE_LINE_CREDIT },
    { "Photo: Karl Weiss", DATELINE_LINE_CREDIT },
    { "Related articles", DATELINE_LINE_RELATED_HEADING },
    { "More stories", DATELINE_LINE_RELATED_HEADING },
    { "You may also like", DATELINE_LINE_RELATED_HEADING },
    { "More from Harbour Wire", DATELINE_LINE_RELATED_HEADING },
    { "Read next", DATELINE_LINE_NEXT_HEADING },
    { "Comments (12)", DATELINE_LINE_COMMENTS_HEADING },
    { "12 comments", DATELINE_LINE_COMMENTS_HEADING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DatelineLineKind kind = dateline_clean_classify_line (cases[i].line, NULL);

      if (kind != cases[i].kind)
        g_error ("“%s”: kind %d, expected %d", cases[i].line, kind, cases[i].kind);
    }
}

/* Article text that shares words with the furniture tables stays text. */
static void
test_clean_classify_text (void)
{
  static const char * const lines[] = {
    "By the end of the day, troops had withdrawn from the town.",
    "Troops withdrew from the village 2 days ago.",
    "Related to the talks, Rubio said the sides would meet again.",
    "Watchdogs said the vote had been free and fair.",
    "Share prices fell 3% on Monday after the announcement.",
    "Reuters reported that the talks had stalled.",
    "Comments by the minister angered officials in Kyiv.",
    "Advertisement spending fell in 2024, the report said.",
    "Copyright lawyers said the ruling would be appealed.",
    "Download speeds doubled after the upgrade, the regulator said.",
    "Cookies and cakes were handed out to the volunteers.",
    "Photographs showed the damaged substation.",
    "Live ammunition was used, witnesses said.",
    "What happens next",
    "Low-level delegation raises eyebrows",
    "Council approves flood barrier for Lower Weir district",
    "A six-week pause in the fighting",
    "“We will respond,” he said.",
    "Home secretary resigns",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      DatelineLineKind kind = dateline_clean_classify_line (lines[i], NULL);

      if (kind != DATELINE_LINE_TEXT)
        g_error ("“%s” is article text, not kind %d", lines[i], kind);
    }
}

static void
test_clean_site_name (void)
{
  g_assert_cmpint (dateline_clean_classify_line ("Harbour Wire", "Harbour Wire"), ==, DATELINE_LINE_CREDIT);
  g_assert_cmpint (dateline_clean_classify_line ("Jana Holt | Harbour Wire", "Harbour Wire"), ==,
                   DATELINE_LINE_CREDIT);
  g_assert_cmpint (dateline_clean_classify_line ("Harbour Wire", NULL), ==, DATELINE_LINE_TEXT);
}

static void
test_clean_web_copy (void)
{
  g_autofree char *input = load_fixture ("text", "port-strike-web-copy.txt");
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);
  const char *text;
  static const char * const junk[] = {
    "Skip to main content", "Menu", "World", "Europe", "By Elena Marsh", "Harbour Wire",
    "Updated 2 hours ago", "Share", "Facebook", "Listen to this article", "Advertisement",
    "STORY CONTINUES", "Download the App", "Read more", "Subscribe", "REUTERS/Ana Kovac",
    "Reporting by", "Related", "Rail freight", "3 hours ago", "Airport cleaners", "Ledger2 days ago",
    "Ferry crossings", "No comments yet", "Be the first", "cookies", "Accept all", "All rights reserved",
  };
  static const char * const paragraphs[] = {
    "Dockworkers end nine-day strike at Valmora port after wage deal",
    "Published: 14 March 2024 09:42 GMT",
    "The deal, reached late on Wednesday after talks mediated by the regional labour ministry, raises basic pay "
    "by 6.5% this year and a further 4% next year.",
    "\"This is not everything we asked for, but it is a fair settlement,\" union secretary Tomas Ferrante told "
    "reporters outside the terminal gates.",
    "Shipping lines had diverted at least 40 container vessels to neighbouring ports since the strike began on "
    "March 5, according to the port authority.",
    "What happens next",
    "The ministry said a joint committee would meet in June to review overtime rules, the last point still in "
    "dispute.",
  };
  static const char teaser[] = "Dockworkers at the port of Valmora returned to work on Thursday after union "
                               "leaders and terminal operators signed a wage agreement that ends a nine-day strike.";

  g_assert_cmpuint (stories->len, ==, 1);
  text = story_text (stories, 0);

  for (guint i = 0; i < G_N_ELEMENTS (junk); i++)
    assert_absent (text, junk[i]);

  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    assert_line (text, paragraphs[i]);

  /* The paragraph printed twice is kept once. */
  assert_line (text, teaser);
  g_assert_true (strstr (text, teaser) == g_strrstr (text, teaser));

  /* The paragraph an ad line broke in two is whole again. */
  assert_line (text, "Operators said it would take about two weeks to clear the backlog of containers stacked "
                     "on the quays, and asked customers for patience.");

  /* The headline comes first. */
  g_assert_true (g_str_has_prefix (text, "Dockworkers end nine-day strike"));
}

static void
test_clean_teaser_prefix (void)
{
  const char *input =
    "Talks stall over grain corridor\n\n"
    "Talks on reopening the grain corridor stalled on Friday, with both delegations blaming the other side.\n\n"
    "Harbour Wire\n\n"
    "Talks on reopening the grain corridor stalled on Friday, with both delegations blaming the other side. "
    "The mediators said they would try again next week.\n\n"
    "A spokesman for the mediators declined to comment further.";
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, "Harbour Wire");
  const char *text = story_text (stories, 0);

  g_assert_cmpstr (text, ==,
                   "Talks stall over grain corridor\n\n"
                   "Talks on reopening the grain corridor stalled on Friday, with both delegations blaming the "
                   "other side. The mediators said they would try again next week.\n\n"
                   "A spokesman for the mediators declined to comment further.");
}

static void
test_clean_truncated_teaser (void)
{
  const char *input =
    "Ferry operator cancels winter timetable\n"
    "The ferry operator cancelled its winter timetable on Monday after two of its three…\n"
    "The ferry operator cancelled its winter timetable on Monday after two of its three vessels failed safety "
    "inspections.";
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);

  g_assert_cmpstr (story_text (stories, 0), ==,
                   "Ferry operator cancels winter timetable\n"
                   "The ferry operator cancelled its winter timetable on Monday after two of its three vessels "
                   "failed safety inspections.");
}

static void
test_clean_split_related_story (void)
{
  g_autofree char *input = load_fixture ("text", "flood-barrier-with-related-story.txt");
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);
  const DatelineCleanStory *related;

  g_assert_cmpuint (stories->len, ==, 2);

  /* The main story has none of the related one. */
  assert_line (story_text (stories, 0), "Residents' groups, who had campaigned for the barrier since the floods "
                                        "of January 2022, welcomed the vote but asked for temporary defences "
                                        "before then.");
  assert_absent (story_text (stories, 0), "Bridge");
  assert_absent (story_text (stories, 0), "More stories");
  assert_absent (story_text (stories, 0), "Advertisement");

  related = g_ptr_array_index (stories, 1);
  g_assert_cmpstr (related->title, ==, "Bridge repairs to close river crossing for six weeks");
  g_assert_true (g_str_has_prefix (related->text, "Bridge repairs to close river crossing for six weeks\n"));
  assert_line (related->text, "MARLOW, Oct 1 (Harbour Wire) - The main road bridge over the River Teme will close "
                              "to traffic from October 9 for six weeks of repairs, the county highways department "
                              "said on Sunday.");
  assert_line (related->text, "Buses will be diverted through Hollins Lane, adding about 15 minutes to journeys "
                              "into the town centre during the closure.");
  assert_absent (related->text, "By Sara Lind");
  assert_absent (related->text, "1 day ago");
  assert_absent (related->text, "Facebook");
}

/* "Read next" announces a whole story even without a byline. */
static void
test_clean_next_story (void)
{
  const char *input =
    "Museum returns looted bronzes\n\n"
    "The city museum on Thursday returned 12 bronze plaques taken by colonial troops in 1897, in a ceremony "
    "attended by the culture minister.\n\n"
    "Read next\n\n"
    "Airport runway to close for resurfacing\n\n"
    "The airport's main runway will close for three weeks in February for resurfacing, the operator said, "
    "and flights will use the shorter northern runway.\n\n"
    "Airlines have been asked to move some early-morning departures, and the operator expects delays of up to "
    "half an hour at peak times.";
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);
  const DatelineCleanStory *next;

  g_assert_cmpuint (stories->len, ==, 2);
  next = g_ptr_array_index (stories, 1);
  g_assert_cmpstr (next->title, ==, "Airport runway to close for resurfacing");
  assert_absent (story_text (stories, 0), "runway");
  assert_absent (story_text (stories, 0), "Read next");
}

/* A related box in the middle of an article: the headlines go, the
 * article goes on, nothing is split off. */
static void
test_clean_inline_related_box (void)
{
  const char *input =
    "Drought forces water limits in three provinces\n\n"
    "Authorities in three provinces limited water use on Tuesday after the driest spring in 40 years left "
    "reservoirs at a fifth of their capacity.\n\n"
    "Related\n"
    "Farmers plan protest over irrigation cuts\n"
    "River shipping halted as water levels fall\n\n"
    "Households may not water gardens or fill swimming pools until further notice, and car washes must "
    "recycle their water, the regional water board said.\n\n"
    "The limits will be reviewed at the end of June.";
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);
  const char *text;

  g_assert_cmpuint (stories->len, ==, 1);
  text = story_text (stories, 0);
  assert_absent (text, "Farmers plan protest");
  assert_absent (text, "River shipping halted");
  assert_absent (text, "Related");
  assert_line (text, "Households may not water gardens or fill swimming pools until further notice, and car "
                     "washes must recycle their water, the regional water board said.");
  assert_line (text, "The limits will be reviewed at the end of June.");
}

/* Related headlines with teasers and stamps are a list, not stories. */
static void
test_clean_teaser_list (void)
{
  const char *input =
    "Heatwave breaks records across the south\n\n"
    "Temperatures reached 44.1C in the southern city of Corvana on Sunday, the highest reading since records "
    "began in 1871, the weather service said.\n\n"
    "Emergency services reported dozens of people treated for heatstroke.\n\n"
    "Most read\n"
    "Wildfire forces evacuation of hill villages\n"
    "Hundreds of residents left their homes overnight as the fire spread.\n"
    "4 hours ago\n"
    "Power demand hits summer peak\n"
    "The grid operator asked industry to cut use in the afternoon.\n"
    "6 hours ago\n";
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);
  const char *text;

  g_assert_cmpuint (stories->len, ==, 1);
  text = story_text (stories, 0);
  assert_absent (text, "Wildfire");
  assert_absent (text, "Hundreds of residents");
  assert_absent (text, "Power demand");
  assert_absent (text, "grid operator");
  assert_line (text, "Emergency services reported dozens of people treated for heatstroke.");
}

/* Headlines with stamps after the story, without any heading. */
static void
test_clean_stamped_headlines (void)
{
  const char *input =
    "Central bank holds rates\n\n"
    "The central bank kept its main rate at 4.25% on Thursday, as expected, and said inflation was easing "
    "more slowly than it had forecast.\n\n"
    "Pension funds shift to bonds\n"
    "Ledger2 days ago\n"
    "Mortgage approvals rise for third month\n"
    "Ledger3 days ago\n";
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);
  const char *text = story_text (stories, 0);

  g_assert_cmpstr (text, ==,
                   "Central bank holds rates\n\n"
                   "The central bank kept its main rate at 4.25% on Thursday, as expected, and said inflation "
                   "was easing more slowly than it had forecast.");
}

/* A list above the page's story does not make the story a related one. */
static void
test_clean_list_above_story (void)
{
  const char *input =
    "Trending\n"
    "Stadium roof to be replaced\n"
    "Snow closes mountain pass\n"
    "Hospital strike called off after late deal\n"
    "By Mira Costa\n"
    "The planned strike at Corvana General Hospital was called off on Wednesday night after managers and "
    "nurses' representatives agreed a new rota system and a one-off payment.\n\n"
    "The union said its members would vote on the deal next week.";
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);
  const char *text;

  g_assert_cmpuint (stories->len, ==, 1);
  text = story_text (stories, 0);
  g_assert_true (g_str_has_prefix (text, "Hospital strike called off after late deal\n"));
  assert_absent (text, "Stadium");
  assert_absent (text, "Snow closes");
  assert_line (text, "The union said its members would vote on the deal next week.");
}

static void
test_clean_comments_section (void)
{
  const char *input =
    "Town hall to open on Saturdays\n\n"
    "The town hall will open on Saturday mornings from next month so that residents who work during the week "
    "can register births and apply for permits, the mayor said.\n\n"
    "Comments (3)\n"
    "Jo_B\n"
    "About time. I had to take a day off work in May just to renew a parking permit.\n"
    "gardenfan\n"
    "Will the library be open too? Nobody has said anything about it.\n";
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);
  const char *text = story_text (stories, 0);

  assert_absent (text, "Jo_B");
  assert_absent (text, "About time");
  assert_absent (text, "library");
  assert_absent (text, "Comments");
}

/* Clean articles pass through untouched: the cleaner must not eat text. */
/* A business site's copy: reading time and date under the headline, the
 * site's name alone, a promo paragraph, topic tags, stamped headlines. */
static void
test_clean_business_copy (void)
{
  const char *input =
    "Freight rates jump as canal delays stretch into second week\n"
    "3 min read . Updated: 14 Mar 2024, 08:05 AM IST\n"
    "Daily Ledger\n"
    "Container freight rates between Asia and northern Europe rose 18% in a week as delays at the canal "
    "stretched into a second week, a shipping index showed on Thursday.\n"
    "Forwarders said some customers had started booking air freight for urgent parts.\n"
    "Catch all the Business News, Market News and Latest News Updates on the Daily Ledger. Download The Ledger "
    "News App to get Daily Market Updates.\n"
    "more\n"
    "Topics\n"
    "Shipping\n"
    "Freight\n"
    "Canal\n"
    "You might be interested in\n"
    "Port workers vote on new contract\n"
    "Ledger2 days ago\n"
    "Insurers raise war-risk premiums\n"
    "Ledger3 days ago\n";
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);

  g_assert_cmpuint (stories->len, ==, 1);
  g_assert_cmpstr (story_text (stories, 0), ==,
                   "Freight rates jump as canal delays stretch into second week\n"
                   /* the date line is for the header reader to take */
                   "3 min read . Updated: 14 Mar 2024, 08:05 AM IST\n"
                   "Container freight rates between Asia and northern Europe rose 18% in a week as delays at the "
                   "canal stretched into a second week, a shipping index showed on Thursday.\n"
                   "Forwarders said some customers had started booking air freight for urgent parts.");
}

/* A wire story's copy: byline in capitals, a rule, the contributors'
 * line, a caption, a footer menu. */
static void
test_clean_wire_copy (void)
{
  const char *input =
    "Senate passes harbour dredging bill after long delay\n"
    "By MIRA COSTA\n"
    "WASHINGTON (AP) — The Senate on Tuesday passed a bill that pays for dredging three Gulf Coast harbours, "
    "sending it to the House after a delay of more than a year.\n"
    "The measure passed 71-27, with support from both parties.\n"
    "___\n"
    "Associated Press writer Tom Ferris in Houston contributed to this report.\n"
    "Image caption, Dredgers at work in the port of Corvana last spring\n"
    "Follow the latest developments on our live page.\n"
    "About\n"
    "Contact\n"
    "Careers\n"
    "Privacy\n";
  g_autoptr(GPtrArray) stories = dateline_clean_text (input, NULL);

  g_assert_cmpstr (story_text (stories, 0), ==,
                   "Senate passes harbour dredging bill after long delay\n"
                   "WASHINGTON (AP) — The Senate on Tuesday passed a bill that pays for dredging three Gulf Coast "
                   "harbours, sending it to the House after a delay of more than a year.\n"
                   "The measure passed 71-27, with support from both parties.");
}

static void
test_clean_leaves_clean_text (void)
{
  static const char * const fixtures[] = { "grain-talks.txt", "port-storm.txt", "published-line.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", fixtures[i], NULL);
      g_autofree char *input = NULL;
      g_autofree char *normalized = NULL;
      g_autoptr(GPtrArray) stories = NULL;

      g_assert_true (g_file_get_contents (path, &input, NULL, NULL));
      normalized = dateline_clean_normalize_space (input, -1);
      stories = dateline_clean_text (input, NULL);
      g_assert_cmpuint (stories->len, ==, 1);
      g_assert_cmpstr (story_text (stories, 0), ==, normalized);
    }
}

static void
test_clean_huge_line (void)
{
  /* A single 10 MB line of junk-looking words is text; it must be cheap. */
  g_autoptr(GString) input = g_string_new ("Title\n");
  g_autoptr(GPtrArray) stories = NULL;
  gint64 start;

  while (input->len < 10 * 1024 * 1024)
    g_string_append (input, "Advertisement 2 hours ago REUTERS/Jane Doe ");
  start = g_get_monotonic_time ();
  stories = dateline_clean_text (input->str, NULL);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_cmpuint (strlen (story_text (stories, 0)), >, 10 * 1000 * 1000);
}

static void
test_clean_datelines (void)
{
  static const struct {
    const char *paragraph;
    const char *place;
    const char *agency;
    int         year, month, day;
  } cases[] = {
    { "KYIV, July 31 (Reuters) - Russia launched", "KYIV", "Reuters", 0, 7, 31 },
    { "WASHINGTON (AP) — The Senate passed", "WASHINGTON", "AP", 0, 0, 0 },
    { "SUEZ, Egypt (Harbour Wire) — Traffic resumed", "SUEZ, Egypt", "Harbour Wire", 0, 0, 0 },
    { "SUEZ, Egypt, June 16, 2023 (Harbour Wire) — Traffic resumed", "SUEZ, Egypt", "Harbour Wire", 2023, 6, 16 },
    { "LONDON, Aug 1 (Reuters) - Britain said", "LONDON", "Reuters", 0, 8, 1 },
    { "NEW YORK, July 31, 2025 /PRNewswire/ -- Acme Corp said", "NEW YORK", "PRNewswire", 2025, 7, 31 },
    { "ST. PETERSBURG, Russia (AP) — Officials said", "ST. PETERSBURG, Russia", "AP", 0, 0, 0 },
    { "Kyiv, 31 July (AFP) - Ukraine said", "Kyiv", "AFP", 0, 7, 31 },
    { "GENEVA — Talks resumed on Friday", "GENEVA", NULL, 0, 0, 0 },
    { "BEIRUT (Reuters)—Israeli strikes hit", "BEIRUT", "Reuters", 0, 0, 0 },
    { "THE HAGUE, Nov 3 (Reuters) - Judges ruled", "THE HAGUE", "Reuters", 0, 11, 3 },
  };
  static const char * const not_datelines[] = {
    "The talks - which began on Monday - ended without a deal.",
    "Russia-Ukraine talks ended on Friday.",
    "Kyiv, July 31 - Russia launched",             /* mixed case without an agency */
    "In Kyiv (Ukraine) - a city of three million - sirens sounded.",
    "“Not now,” he said - and left.",
    "KYIV, in a statement (Reuters) - sirens",
    "No dash here at all, just a sentence about KYIV (Reuters).",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(DatelineCleanDateline) dateline = { 0, };

      if (!dateline_clean_read_dateline (cases[i].paragraph, &dateline))
        g_error ("no dateline read in “%s”", cases[i].paragraph);
      g_assert_cmpstr (dateline.place, ==, cases[i].place);
      g_assert_cmpstr (dateline.agency, ==, cases[i].agency);
      g_assert_cmpint (dateline.year, ==, cases[i].year);
      g_assert_cmpint (dateline.month, ==, cases[i].month);
      g_assert_cmpint (dateline.day, ==, cases[i].day);
      /* The dateline ends where the story's first word begins. */
      g_assert_true (g_unichar_isupper (g_utf8_get_char (cases[i].paragraph + dateline.length)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (not_datelines); i++)
    {
      g_auto(DatelineCleanDateline) dateline = { 0, };

      if (dateline_clean_read_dateline (not_datelines[i], &dateline))
        g_error ("“%s” read as a dateline (%s)", not_datelines[i], dateline.place);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clean/normalize-space", test_clean_normalize_space);
  g_test_add_func ("/clean/classify-junk", test_clean_classify_junk);
  g_test_add_func ("/clean/classify-text", test_clean_classify_text);
  g_test_add_func ("/clean/site-name", test_clean_site_name);
  g_test_add_func ("/clean/web-copy", test_clean_web_copy);
  g_test_add_func ("/clean/teaser-prefix", test_clean_teaser_prefix);
  g_test_add_func ("/clean/truncated-teaser", test_clean_truncated_teaser);
  g_test_add_func ("/clean/split-related-story", test_clean_split_related_story);
  g_test_add_func ("/clean/next-story", test_clean_next_story);
  g_test_add_func ("/clean/inline-related-box", test_clean_inline_related_box);
  g_test_add_func ("/clean/teaser-list", test_clean_teaser_list);
  g_test_add_func ("/clean/stamped-headlines", test_clean_stamped_headlines);
  g_test_add_func ("/clean/list-above-story", test_clean_list_above_story);
  g_test_add_func ("/clean/comments-section", test_clean_comments_section);
  g_test_add_func ("/clean/business-copy", test_clean_business_copy);
  g_test_add_func ("/clean/wire-copy", test_clean_wire_copy);
  g_test_add_func ("/clean/leaves-clean-text", test_clean_leaves_clean_text);
  g_test_add_func ("/clean/huge-line", test_clean_huge_line);
  g_test_add_func ("/clean/datelines", test_clean_datelines);

  return g_test_run ();
}
