/* eval-timex.c — scores the temporal tagger on the shared evaluation data
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: eval-timex EVAL_DIR [--verbose]
 *
 * EVAL_DIR is the shared evaluation folder (../shared/eval from the source
 * root). Exits 77 and prints "skipped" when it is absent. Each set ends
 * with one summary line ("te3-platinum: …", "chrono-node-en: …",
 * "heideltime-en-unit: …") that the README quotes.
 *
 * te3-platinum — the TempEval-3 definitions (README/PROVENANCE of the set):
 *   spans aligned one-to-one by largest character overlap; relaxed match =
 *   any overlap, strict = identical extent; P/R/F1 of each; type and value
 *   compared as exact strings on relaxed matches; value F1 = relaxed F1 ×
 *   value accuracy. Run with the DCT, and again with it withheld (then a
 *   value with X placeholders counts when it agrees with the gold value on
 *   every character it states). No mapping of any kind.
 *
 * chrono-node-en — "correct" counts CASES, as issue 3 states: a positive
 *   case is correct when the first of our expressions overlapping chrono's
 *   matched text gives chrono's expected start on the components the case
 *   marks certain (start_certain): year, month, day, weekday, hour, minute,
 *   second. Where a day or weekday is certain the whole date must match
 *   (chrono's choice of which Monday is part of the answer), where only a
 *   month is, year and month. A case with no certain component at all
 *   ("this week", "next quarter") is correct when its day lies in our
 *   span. Not compared, in either figure: millisecond and timezoneOffset
 *   (our TIMEX3 values stop at seconds and keep the wall-clock time the
 *   text states, as TimeML does). The case's options are passed on:
 *   reference_date → the publication date and time, forwardDate → the
 *   tagger's prefer_future. A negative (must-not-match) case is correct
 *   when we return no DATE or TIME expression (durations and sets are not
 *   dates; chrono has no notion of them).
 *
 *   RAW takes our values literally: only a DATE/TIME value stating the
 *   components counts, compared with chrono's expected_start as written.
 *
 *   MAPPED adds these equivalences of meaning, and nothing else:
 *    M1 reference time zone: a case run with `reference_timezone` has its
 *       answer in that zone; it is converted back to the zone the
 *       reference date is written in (by expected_start_tz_offset_min), the
 *       zone our relative values are in. Same instant.
 *    M2 "now": TIMEX3 writes the moment of speech as PRESENT_REF; chrono as
 *       the reference instant. Same instant.
 *    M3 a length of time: "in 5 days", "within 24 hours", "for 5 minutes",
 *       "next 2 weeks", "last 2 weeks" are TIMEX3 DURATIONs (issue 3: never
 *       placed on the timeline); chrono answers with the instant that long
 *       after (before, for "last"/"past") the reference. Our DURATION value
 *       added to the reference must give chrono's instant.
 *    M4 today's date is never used silently: a case without a reference
 *       date whose answer chrono took from the clock of its test run
 *       ("today EST") is correct when our value is left unresolved.
 *    M5 weeks: chrono stands for a week or a weekend ("last week", "this
 *       weekend") by one of its days and marks that day certain; our value
 *       is the ISO week (or its weekend). Correct when the day is in it.
 *    M6 midnight: TIMEX3 writes it T24:00 of a day, chrono 00:00 of the
 *       next (ISO 8601: the same instant).
 *    M7 strict mode: cases from chrono's strict-mode tests ("Strict" in
 *       the test name) must not match anything chrono's strict parser
 *       rejects — relative or incomplete dates. For them only expressions
 *       stated in full (anchor none, no X placeholder) count as a match.
 *    M8 the same for the cases of chrono's configuration without
 *       abbreviated units ("without abbreviations" in the test name): an
 *       expression written with a one-letter unit ("-3y") is one that
 *       configuration does not read.
 *    M9 periods chrono has no component for: a chrono result is a point
 *       stated in year, month, day, weekday and time-of-day components; it
 *       cannot hold a half-year, a quarter, a season, a decade or a
 *       century, and chrono's maintainer calls "the first/second half of
 *       the year" out of scope (wanasit/chrono#578). That issue is where
 *       the must-not-match case "XXX is set to be released in the second
 *       half of 2025" comes from: what it tests is that the ordinal "the
 *       second" is not read as the time unit (chrono had answered "in the
 *       second" with the reference time plus one second). It does not say
 *       the half-year is no date: TimeML writes "the second half of 2025"
 *       DATE 2025-H2, HeidelTime tags it, and a timeline needs it, so we
 *       tag it. On a must-not-match case, then, an expression whose value
 *       is a half (2025-H2), quarter (2025-Q2), season (2024-SU), decade
 *       (199) or century (19), resolved or not, is outside what the case
 *       can judge and is not a match. A bare year still is one (chrono has
 *       a year component, and its cases "2020", "2012" reject bare years),
 *       and so is every other date or time. The ordinal shape itself is
 *       held by the tagger without any mapping: "in the second", "the
 *       second half" (of a match) and "the second minute" are not tagged.
 *   Cases whose input (text, reference, options) is identical to another
 *   case's but whose expected answer differs (chrono options the data did
 *   not keep) are counted as they come; the program reports how many.
 *
 * heideltime-en-unit — "correct" counts CASES: every expected expression
 *   found with its exact span and exact value, and nothing else found.
 *   Cases marked ignored upstream are skipped. Cases with a DCT are run
 *   with it, the others without a publication date. Reported for the
 *   cases with a reference date (a DCT) and for all cases.
 *
 *   RAW: literal spans and values.
 *
 *   MAPPED adds:
 *    H1 a leading "the": HeidelTime's extents include it ("the 1990s",
 *       "the 19th century"), TempEval-3's gold (and ours) not always ("20th
 *       century"). Spans equal but for it are equal.
 *    H2 weekdays without an anchor: HeidelTime writes an unresolved
 *       "Monday" as XXXX-XX-XX (and "Monday night" XXXX-XX-XXTNI), we as
 *       XXXX-WXX-1: our value says which weekday where theirs says nothing.
 *       Equal when the rest of the value is.
 *    H3 durations of equal length: PT60M is PT1H.
 *   Not mapped (counted wrong in both figures): HeidelTime's no-DCT
 *   resolution of deictic expressions against a date in the text ("In
 *   2010, this year" → 2010), which issue 3 forbids (only anaphoric
 *   expressions take the narrative's date); its internal placeholders
 *   (UNDEF-REF-…); years below 1000 without an era.
 *
 * This is a measuring tool, not a test: it never fails on low scores.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline-timex.h"

static gboolean verbose = FALSE;

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

typedef struct {
  guint start;   /* code points */
  guint end;
  const char *type;
  const char *value;
} Span;

/* Byte offsets of the tagger's output to code points, the unit of the
 * gold files. */
static void
timexes_to_spans (const char *text,
                  GPtrArray  *timexes,
                  GArray     *spans)
{
  g_array_set_size (spans, 0);
  for (guint i = 0; i < timexes->len; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);
      Span span;

      span.start = (guint) g_utf8_pointer_to_offset (text, text + timex->start);
      span.end = (guint) g_utf8_pointer_to_offset (text, text + timex->end);
      span.type = dateline_timex_type_to_string (timex->type);
      span.value = timex->value;
      g_array_append_val (spans, span);
    }
}

static guint
overlap (const Span *a,
         const Span *b)
{
  guint start = MAX (a->start, b->start);
  guint end = MIN (a->end, b->end);

  return end > start ? end - start : 0;
}

typedef struct {
  guint gold;
  guint system;
  guint overlap;
} Pair;

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *pa = a;
  const Pair *pb = b;

  if (pa->overlap != pb->overlap)
    return pa->overlap > pb->overlap ? -1 : 1;
  if (pa->gold != pb->gold)
    return pa->gold < pb->gold ? -1 : 1;
  return pa->system < pb->system ? -1 : (pa->system > pb->system);
}

/* One-to-one alignment, greedy by largest overlap. @gold_to_system[i] is
 * the aligned system index or -1. */
static void
align (GArray *gold,
       GArray *system,
       int    *gold_to_system)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autofree gboolean *system_used = g_new0 (gboolean, system->len + 1);

  for (guint i = 0; i < gold->len; i++)
    {
      gold_to_system[i] = -1;
      for (guint j = 0; j < system->len; j++)
        {
          guint o = overlap (&g_array_index (gold, Span, i), &g_array_index (system, Span, j));

          if (o > 0)
            {
              Pair pair = { i, j, o };
              g_array_append_val (pairs, pair);
            }
        }
    }

  g_array_sort (pairs, compare_pairs);
  for (guint k = 0; k < pairs->len; k++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, k);

      if (gold_to_system[pair->gold] < 0 && !system_used[pair->system])
        {
          gold_to_system[pair->gold] = (int) pair->system;
          system_used[pair->system] = TRUE;
        }
    }
}

static double
ratio (double a,
       double b)
{
  return b > 0 ? a / b : 0.0;
}

static double
f1 (double p,
    double r)
{
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

/* A value with X placeholders agrees with a full one when every
 * character it states is the same: "XXXX-03-21" vs "2013-03-21". */
static gboolean
value_compatible (const char *system,
                  const char *gold)
{
  if (system == NULL || gold == NULL)
    return FALSE;
  if (strcmp (system, gold) == 0)
    return TRUE;
  if (strchr (system, 'X') == NULL || strlen (system) != strlen (gold))
    return FALSE;
  for (gsize i = 0; system[i] != '\0'; i++)
    if (system[i] != 'X' && system[i] != gold[i])
      return FALSE;
  return TRUE;
}

/* An instant: a day (Julian, GDate's) and seconds after midnight. */
typedef struct {
  gint64 julian;
  gint64 seconds;
} Instant;

/* "2013-03-22", "2013-03-22T12:00:00", "19981104", "-345-08-10T12:00:00"
 * (chrono writes years before Christ negative; GDate has none: they are
 * kept as a negative year for comparison only). */
typedef struct {
  int    year;
  int    month;
  int    day;
  int    hour;
  int    minute;
  int    second;
  gboolean has_time;
} DateTime;

static gboolean
parse_date_time (const char *str,
                 DateTime   *dt)
{
  int sign = 1;
  const char *p = str;
  char *end;

  memset (dt, 0, sizeof *dt);
  if (str == NULL)
    return FALSE;
  if (strlen (str) == 8 && strspn (str, "0123456789") == 8)
    {
      dt->year = (str[0] - '0') * 1000 + (str[1] - '0') * 100 + (str[2] - '0') * 10 + str[3] - '0';
      dt->month = (str[4] - '0') * 10 + str[5] - '0';
      dt->day = (str[6] - '0') * 10 + str[7] - '0';
      return TRUE;
    }
  if (*p == '-')
    {
      sign = -1;
      p++;
    }
  dt->year = sign * (int) strtol (p, &end, 10);
  if (end == p || *end != '-')
    return FALSE;
  p = end + 1;
  dt->month = (int) strtol (p, &end, 10);
  if (end == p || *end != '-')
    return FALSE;
  p = end + 1;
  dt->day = (int) strtol (p, &end, 10);
  if (end == p)
    return FALSE;
  if (*end == 'T')
    {
      dt->has_time = TRUE;
      sscanf (end + 1, "%d:%d:%d", &dt->hour, &dt->minute, &dt->second);
    }
  return TRUE;
}

static gboolean
date_time_to_instant (const DateTime *dt,
                      Instant        *instant)
{
  if (dt->year < 1 || !g_date_valid_dmy ((GDateDay) dt->day, (GDateMonth) dt->month,
                                         (GDateYear) dt->year))
    return FALSE;
  instant->julian = dateline_julian_from_ymd (dt->year, dt->month, dt->day);
  instant->seconds = dt->hour * 3600 + dt->minute * 60 + dt->second;
  return TRUE;
}

static void
instant_normalise (Instant *instant)
{
  while (instant->seconds < 0)
    {
      instant->seconds += 86400;
      instant->julian--;
    }
  while (instant->seconds >= 86400)
    {
      instant->seconds -= 86400;
      instant->julian++;
    }
}

static void
instant_to_date_time (const Instant *instant,
                      DateTime      *dt)
{
  memset (dt, 0, sizeof *dt);
  dateline_julian_to_ymd ((guint32) instant->julian, &dt->year, &dt->month, &dt->day);
  dt->hour = (int) (instant->seconds / 3600);
  dt->minute = (int) (instant->seconds / 60 % 60);
  dt->second = (int) (instant->seconds % 60);
  dt->has_time = TRUE;
}

static gboolean
parse_reference_day (const char   *str,
                     DatelineWhen *when,
                     int          *time)
{
  DateTime dt;
  Instant instant;

  *when = (DatelineWhen) DATELINE_WHEN_INIT;
  if (time != NULL)
    *time = -1;
  if (!parse_date_time (str, &dt) || !date_time_to_instant (&dt, &instant))
    return FALSE;
  dateline_when_set_day (when, (guint32) instant.julian, DATELINE_CERTAINTY_UNKNOWN);
  if (time != NULL && dt.has_time)
    *time = (int) instant.seconds;
  return TRUE;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* ------------------------------------------------------------------ */
/* TempEval-3 Platinum                                                 */
/* ------------------------------------------------------------------ */

typedef struct {
  guint gold;
  guint system;
  guint relaxed;
  guint strict;
  guint type_ok;
  guint value_ok;
} Te3Counts;

static void
te3_score_document (const char *doc_id,
                    const char *text,
                    GArray     *gold,
                    GArray     *system,
                    gboolean    with_dct,
                    Te3Counts  *counts)
{
  g_autofree int *gold_to_system = g_new0 (int, gold->len + 1);
  g_autofree gboolean *system_matched = g_new0 (gboolean, system->len + 1);

  align (gold, system, gold_to_system);
  counts->gold += gold->len;
  counts->system += system->len;

  for (guint i = 0; i < gold->len; i++)
    {
      const Span *g = &g_array_index (gold, Span, i);
      const Span *s;
      gboolean value_ok;

      if (gold_to_system[i] < 0)
        {
          if (verbose && with_dct)
            {
              g_autofree char *gt = g_utf8_substring (text, g->start, g->end);

              g_print ("  te3 %s: missed   %s “%s” %s\n", doc_id, g->type, gt, g->value);
            }
          continue;
        }

      s = &g_array_index (system, Span, gold_to_system[i]);
      system_matched[gold_to_system[i]] = TRUE;
      counts->relaxed++;
      if (s->start == g->start && s->end == g->end)
        counts->strict++;
      if (g_strcmp0 (s->type, g->type) == 0)
        counts->type_ok++;
      if (with_dct)
        value_ok = g_strcmp0 (s->value, g->value) == 0;
      else
        value_ok = value_compatible (s->value, g->value);
      if (value_ok)
        counts->value_ok++;
      if (verbose && with_dct && (!value_ok || s->start != g->start || s->end != g->end))
        {
          g_autofree char *gt = g_utf8_substring (text, g->start, g->end);
          g_autofree char *st = g_utf8_substring (text, s->start, s->end);

          g_print ("  te3 %s: %s gold “%s” %s %s / ours “%s” %s %s\n", doc_id,
                   value_ok ? "extent  " : "value   ", gt, g->type, g->value, st, s->type,
                   s->value);
        }
    }

  for (guint j = 0; verbose && with_dct && j < system->len; j++)
    {
      const Span *s = &g_array_index (system, Span, j);

      if (!system_matched[j])
        {
          g_autofree char *st = g_utf8_substring (text, s->start, s->end);

          g_print ("  te3 %s: spurious %s “%s” %s\n", doc_id, s->type, st, s->value);
        }
    }
}

typedef struct {
  double relaxed_f1;
  double strict_f1;
  double value_f1;
} Te3Scores;

static Te3Scores
te3_print (const char      *label,
           const Te3Counts *c)
{
  double rp = ratio (c->relaxed, c->system), rr = ratio (c->relaxed, c->gold), rf = f1 (rp, rr);
  double sp = ratio (c->strict, c->system), sr = ratio (c->strict, c->gold), sf = f1 (sp, sr);
  double type_acc = ratio (c->type_ok, c->relaxed);
  double value_acc = ratio (c->value_ok, c->relaxed);
  Te3Scores scores = { rf, sf, rf * value_acc };

  g_print ("  %-28s gold %3u  ours %3u | relaxed P %5.1f R %5.1f F1 %5.1f"
           " | strict P %5.1f R %5.1f F1 %5.1f\n",
           label, c->gold, c->system, 100 * rp, 100 * rr, 100 * rf, 100 * sp, 100 * sr, 100 * sf);
  g_print ("  %-28s type acc %5.1f F1 %5.1f | value acc %5.1f  value F1 %5.1f\n",
           "", 100 * type_acc, 100 * rf * type_acc, 100 * value_acc, 100 * rf * value_acc);
  return scores;
}

static gboolean
eval_te3 (const char *eval_dir)
{
  g_autofree char *path = g_build_filename (eval_dir, "te3-platinum", "gold_timex.jsonl", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) gold = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GArray) system = g_array_new (FALSE, FALSE, sizeof (Span));
  Te3Counts with_dct = { 0, }, without_dct = { 0, };
  Te3Scores scores, scores_no_dct;
  guint n_docs = 0;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      g_print ("te3-platinum: skipped (%s)\n", error->message);
      return FALSE;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GPtrArray) tagged = NULL;
      g_autoptr(GPtrArray) tagged_no_dct = NULL;
      JsonObject *doc;
      JsonArray *timexes;
      const char *text, *dct_str, *doc_id;
      DatelineWhen dct;

      if (*g_strstrip (lines[l]) == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[l], -1, &error))
        {
          g_printerr ("te3-platinum: line %u: %s\n", l + 1, error->message);
          return FALSE;
        }

      doc = json_node_get_object (json_parser_get_root (parser));
      text = member_string (doc, "text");
      dct_str = member_string (doc, "dct");
      doc_id = member_string (doc, "doc_id");
      timexes = json_object_get_array_member (doc, "timexes");
      n_docs++;

      g_array_set_size (gold, 0);
      for (guint i = 0; i < json_array_get_length (timexes); i++)
        {
          JsonObject *t = json_array_get_object_element (timexes, i);
          Span span;

          span.start = (guint) json_object_get_int_member (t, "start");
          span.end = (guint) json_object_get_int_member (t, "end");
          span.type = member_string (t, "type");
          span.value = member_string (t, "value");
          g_array_append_val (gold, span);
        }

      parse_reference_day (dct_str, &dct, NULL);
      tagged = dateline_timex_tag (text, -1, &dct);
      timexes_to_spans (text, tagged, system);
      te3_score_document (doc_id, text, gold, system, TRUE, &with_dct);

      tagged_no_dct = dateline_timex_tag (text, -1, NULL);
      timexes_to_spans (text, tagged_no_dct, system);
      te3_score_document (doc_id, text, gold, system, FALSE, &without_dct);
    }

  g_print ("te3-platinum (%u documents)\n", n_docs);
  scores = te3_print ("with DCT", &with_dct);
  scores_no_dct = te3_print ("DCT withheld (X-compatible)", &without_dct);
  g_print ("te3-platinum: value F1 %.1f, strict F1 %.1f, relaxed F1 %.1f with the DCT; "
           "value F1 %.1f with it withheld\n",
           100 * scores.value_f1, 100 * scores.strict_f1, 100 * scores.relaxed_f1,
           100 * scores_no_dct.value_f1);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* chrono-node                                                         */
/* ------------------------------------------------------------------ */

typedef struct {
  guint positive;
  guint positive_raw;
  guint positive_mapped;
  guint negative;
  guint negative_raw;
  guint negative_mapped;
} ChronoCounts;

/* How many cases each mapping rule made right, M1 … M9. */
static guint mapping_uses[10];

static void
count_mapping (const char *rule)
{
  if (rule != NULL && rule[0] == 'M' && rule[1] >= '1' && rule[1] <= '9')
    mapping_uses[rule[1] - '0']++;
}

static gboolean
array_has (JsonArray  *array,
           const char *str)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), str) == 0)
      return TRUE;
  return FALSE;
}

/* What a value of ours states, read back for comparison. */
typedef struct {
  gboolean has_year, has_month, has_day, has_time;
  int year, month, day, hour, minute, second;
  gboolean week;            /* "2016-W40", "2024-W42-WE" */
  gboolean weekend;
  gboolean unresolved;      /* X placeholders */
} ValueParts;

static void
parse_value (const char *value,
             ValueParts *v)
{
  const char *p = value;
  int sign = 1;
  char *end;

  memset (v, 0, sizeof *v);
  if (value == NULL)
    return;
  v->unresolved = strchr (value, 'X') != NULL;
  if (g_str_has_prefix (p, "BC"))
    {
      sign = -1;
      p += 2;
    }
  if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2])
      && g_ascii_isdigit (p[3]) && (p[4] == '\0' || p[4] == '-'))
    {
      v->has_year = TRUE;
      v->year = sign * (int) strtol (p, &end, 10);
      p += 4;
      if (*p == '-' && p[1] == 'W')
        {
          v->week = TRUE;
          v->weekend = strstr (p, "-WE") != NULL;
          return;
        }
      if (*p == '-' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]))
        {
          v->has_month = TRUE;
          v->month = (p[1] - '0') * 10 + p[2] - '0';
          p += 3;
          if (*p == '-' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]))
            {
              v->has_day = TRUE;
              v->day = (p[1] - '0') * 10 + p[2] - '0';
              p += 3;
            }
        }
    }
  else if (g_str_has_prefix (p, "XXXX-XX-XX"))
    p += 10;
  else
    return;

  if (*p == 'T' && g_ascii_isdigit (p[1]))
    {
      v->has_time = TRUE;
      sscanf (p + 1, "%d:%d:%d", &v->hour, &v->minute, &v->second);
    }
}

/* Adds an ISO 8601 duration ("P1DT2H5M", "PT1.5H", "P2W") to @instant,
 * @sign times. FALSE when it has placeholders. */
static gboolean
add_duration (const char *value,
              int         sign,
              Instant    *instant)
{
  const char *p = value;
  gboolean time_part = FALSE;

  if (value == NULL || *p++ != 'P' || strchr (value, 'X') != NULL)
    return FALSE;

  while (*p != '\0')
    {
      char *end;
      double n;

      if (*p == 'T')
        {
          time_part = TRUE;
          p++;
          continue;
        }
      n = g_ascii_strtod (p, &end);
      if (end == p)
        return FALSE;
      p = end;
      switch (*p)
        {
        case 'Y':
        case 'M':
          if (*p == 'M' && time_part)
            instant->seconds += (gint64) (sign * n * 60);
          else
            {
              int months = (int) (sign * n * (*p == 'Y' ? 12 : 1));
              int y, m, d, ny, nm, index;

              dateline_julian_to_ymd ((guint32) instant->julian, &y, &m, &d);
              index = y * 12 + (m - 1) + months;
              ny = index / 12;
              nm = index % 12 + 1;
              d = MIN (d, (int) g_date_get_days_in_month ((GDateMonth) nm, (GDateYear) ny));
              instant->julian = dateline_julian_from_ymd (ny, nm, d);
            }
          break;
        case 'W':
          instant->julian += (gint64) (sign * n * 7);
          break;
        case 'D':
          instant->julian += (gint64) (sign * n);
          break;
        case 'H':
          instant->seconds += (gint64) (sign * n * 3600);
          break;
        case 'S':
          instant->seconds += (gint64) (sign * n);
          break;
        default:
          return FALSE;
        }
      p++;
    }
  instant_normalise (instant);
  return TRUE;
}

/* Whether a value's stated parts match chrono's expected start on the
 * certain components (see the comment at the top). */
static gboolean
components_match (const ValueParts *v,
                  const DateTime   *expected,
                  JsonArray        *certain)
{
  gboolean need_day = array_has (certain, "day") || array_has (certain, "weekday");
  gboolean need_month = need_day || array_has (certain, "month");
  gboolean need_year = need_month || array_has (certain, "year");

  if (need_year && (!v->has_year || v->year != expected->year))
    return FALSE;
  if (need_month && (!v->has_month || v->month != expected->month))
    return FALSE;
  if (need_day && (!v->has_day || v->day != expected->day))
    return FALSE;
  if (array_has (certain, "hour") && (!v->has_time || v->hour != expected->hour))
    return FALSE;
  if (array_has (certain, "minute") && (!v->has_time || v->minute != expected->minute))
    return FALSE;
  if (array_has (certain, "second") && (!v->has_time || v->second != expected->second))
    return FALSE;
  return TRUE;
}

static gboolean
certain_is_empty (JsonArray *certain)
{
  static const char * const components[] = {
    "year", "month", "day", "weekday", "hour", "minute", "second", NULL,
  };

  for (guint i = 0; components[i] != NULL; i++)
    if (array_has (certain, components[i]))
      return FALSE;
  return TRUE;
}

/* The value of an instant, as ValueParts. */
static void
instant_parts (const Instant *instant,
               ValueParts    *v)
{
  DateTime dt;

  instant_to_date_time (instant, &dt);
  memset (v, 0, sizeof *v);
  v->has_year = v->has_month = v->has_day = v->has_time = TRUE;
  v->year = dt.year;
  v->month = dt.month;
  v->day = dt.day;
  v->hour = dt.hour;
  v->minute = dt.minute;
  v->second = dt.second;
}

typedef struct {
  const DatelineTimex *found;
  gboolean             raw;
  gboolean             mapped;
  const char          *mapping;    /* which rule made it right, for --verbose */
} ChronoVerdict;

static void
chrono_positive (JsonObject          *c,
                 const char          *text,
                 GPtrArray           *timexes,
                 GArray              *spans,
                 gboolean             have_reference,
                 const Instant       *reference,
                 ChronoVerdict       *verdict)
{
  const char *matched = member_string (c, "matched_text");
  guint index = (guint) json_object_get_int_member (c, "match_index");
  Span expected_span = { index, index + (guint) g_utf8_strlen (matched, -1), NULL, NULL };
  JsonArray *certain = json_object_has_member (c, "start_certain")
                       ? json_object_get_array_member (c, "start_certain") : NULL;
  const char *zone = member_string (c, "reference_timezone");
  DateTime expected, expected_mapped;
  ValueParts v;
  Instant expected_instant;
  const DatelineTimex *found = NULL;

  memset (verdict, 0, sizeof *verdict);
  for (guint i = 0; i < spans->len && found == NULL; i++)
    if (overlap (&g_array_index (spans, Span, i), &expected_span) > 0)
      found = g_ptr_array_index (timexes, i);
  verdict->found = found;
  if (found == NULL || !parse_date_time (member_string (c, "expected_start"), &expected))
    return;

  /* M1 */
  expected_mapped = expected;
  if (zone != NULL && json_object_has_member (c, "expected_start_tz_offset_min")
      && date_time_to_instant (&expected, &expected_instant))
    {
      expected_instant.seconds -= 60 * json_object_get_int_member (c,
                                                                   "expected_start_tz_offset_min");
      instant_normalise (&expected_instant);
      instant_to_date_time (&expected_instant, &expected_mapped);
    }

  parse_value (found->value, &v);

  if (found->type == DATELINE_TIMEX_DATE || found->type == DATELINE_TIMEX_TIME)
    {
      if (certain_is_empty (certain))
        {
          guint32 day = dateline_julian_from_ymd (expected.year, expected.month, expected.day);

          verdict->raw = dateline_when_is_dated (&found->when) && day >= found->when.start
                         && day <= found->when.end;
        }
      else
        verdict->raw = components_match (&v, &expected, certain);
    }
  verdict->mapped = verdict->raw;
  if (verdict->mapped)
    return;

  if ((found->type == DATELINE_TIMEX_DATE || found->type == DATELINE_TIMEX_TIME)
      && zone != NULL && components_match (&v, &expected_mapped, certain))
    {
      verdict->mapped = TRUE;
      verdict->mapping = "M1";
      return;
    }

  /* M2, M3 */
  if (have_reference)
    {
      Instant instant = *reference;
      gboolean ok = FALSE;

      if (g_strcmp0 (found->value, "PRESENT_REF") == 0)
        {
          ok = TRUE;
          verdict->mapping = "M2";
        }
      else if (found->type == DATELINE_TIMEX_DURATION)
        {
          gsize first_word = strcspn (text + found->start, " ");
          int sign = (g_ascii_strncasecmp (text + found->start, "last", first_word) == 0
                      || g_ascii_strncasecmp (text + found->start, "past", first_word) == 0
                      || g_ascii_strncasecmp (text + found->start, "previous", first_word) == 0)
                     && first_word >= 4 ? -1 : 1;

          ok = add_duration (found->value, sign, &instant);
          verdict->mapping = "M3";
        }
      if (ok)
        {
          ValueParts iv;

          instant_parts (&instant, &iv);
          if (components_match (&iv, &expected, certain)
              || (zone != NULL && components_match (&iv, &expected_mapped, certain)))
            {
              verdict->mapped = TRUE;
              return;
            }
        }
    }

  /* M4 */
  if (!have_reference && (v.unresolved || g_strcmp0 (found->value, "PRESENT_REF") == 0)
      && (found->type == DATELINE_TIMEX_DATE || found->type == DATELINE_TIMEX_TIME))
    {
      verdict->mapped = TRUE;
      verdict->mapping = "M4";
      return;
    }

  /* M5 */
  if (v.week && dateline_when_is_dated (&found->when))
    {
      guint32 day = dateline_julian_from_ymd (expected.year, expected.month, expected.day);

      if (v.weekend)
        verdict->mapped = day >= found->when.start + 5 && day <= found->when.end;
      else
        verdict->mapped = day >= found->when.start && day <= found->when.end;
      verdict->mapping = "M5";
      if (verdict->mapped)
        return;
    }

  /* M6 */
  if (v.has_time && v.hour == 24)
    {
      ValueParts next = v;

      next.hour = 0;
      if (v.has_day)
        {
          Instant instant;
          DateTime dt = { v.year, v.month, v.day, 0, v.minute, v.second, TRUE };

          if (date_time_to_instant (&dt, &instant))
            {
              instant.julian++;
              instant_parts (&instant, &next);
            }
        }
      if (components_match (&next, &expected, certain))
        {
          verdict->mapped = TRUE;
          verdict->mapping = "M6";
        }
    }
}

/* "-3y", "3m 49s": a digit followed by one letter and no more. */
static gboolean
written_with_one_letter_unit (const char *start,
                              const char *end)
{
  for (const char *p = start; p + 1 < end; p++)
    if (g_ascii_isdigit (p[0]) && g_ascii_isalpha (p[1])
        && (p + 2 >= end || !g_ascii_isalpha (p[2])))
      return TRUE;
  return FALSE;
}

/* M9: a TIMEX3 value of a granularity a chrono result cannot hold — a
 * half, quarter or season of a year ("2025-H2", "XXXX-Q3", "2024-SU"), a
 * decade ("199") or a century ("19"). */
static gboolean
value_is_period_outside_chrono (const char *value)
{
  static const char *const parts[] = { "H1", "H2", "Q1", "Q2", "Q3", "Q4",
                                       "SP", "SU", "FA", "WI" };
  size_t len = strlen (value);

  for (size_t i = 0; i < len && i < 4; i++)
    if (!g_ascii_isdigit (value[i]) && value[i] != 'X')
      return FALSE;
  if (len == 2 || len == 3)
    return TRUE;
  if (len != 7 || value[4] != '-')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (strcmp (value + 5, parts[i]) == 0)
      return TRUE;
  return FALSE;
}

typedef struct {
  const char *answer;   /* the first case's expected start, or "none" */
  guint       count;
  gboolean    differs;
} InputGroup;

static void
chrono_case (JsonObject   *c,
             GHashTable   *inputs,
             ChronoCounts *counts)
{
  const char *text = member_string (c, "text");
  const char *reference_str = member_string (c, "reference_date");
  const char *test_name = member_string (c, "test_name");
  gboolean positive = json_object_get_boolean_member (c, "expect_match");
  JsonObject *options = json_object_has_member (c, "options")
                        && JSON_NODE_HOLDS_OBJECT (json_object_get_member (c, "options"))
                        ? json_object_get_object_member (c, "options") : NULL;
  DatelineTimexOptions tag_options = DATELINE_TIMEX_OPTIONS_INIT;
  DatelineWhen reference_day;
  Instant reference = { 0, 0 };
  int reference_time;
  gboolean have_reference = parse_reference_day (reference_str, &reference_day, &reference_time);
  g_autoptr(GPtrArray) timexes = NULL;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autofree char *input = NULL;

  if (have_reference)
    {
      tag_options.published = &reference_day;
      tag_options.published_time = reference_time;
      reference.julian = reference_day.start;
      reference.seconds = MAX (reference_time, 0);
    }
  if (options != NULL && json_object_has_member (options, "forwardDate"))
    tag_options.prefer_future = json_object_get_boolean_member (options, "forwardDate");

  timexes = dateline_timex_tag_with_options (text, -1, &tag_options);
  timexes_to_spans (text, timexes, spans);

  /* cases with the same input and another answer (see the top) */
  input = g_strdup_printf ("%s\x1f%s\x1f%d\x1f%s", text, reference_str ? reference_str : "",
                           tag_options.prefer_future,
                           member_string (c, "reference_timezone")
                           ? member_string (c, "reference_timezone") : "");
  {
    InputGroup *group = g_hash_table_lookup (inputs, input);
    const char *answer = positive ? member_string (c, "expected_start") : "none";

    if (group == NULL)
      {
        group = g_new0 (InputGroup, 1);
        group->answer = answer;
        g_hash_table_insert (inputs, g_steal_pointer (&input), group);
      }
    group->count++;
    if (g_strcmp0 (group->answer, answer) != 0)
      group->differs = TRUE;
  }

  if (!positive)
    {
      gboolean strict_mode = test_name != NULL && strstr (test_name, "Strict") != NULL;
      gboolean no_abbreviations = test_name != NULL
                                  && strstr (test_name, "without abbreviations") != NULL;
      gboolean raw = TRUE, mapped = TRUE;
      const char *rule = NULL;

      counts->negative++;
      for (guint i = 0; i < timexes->len; i++)
        {
          const DatelineTimex *t = g_ptr_array_index (timexes, i);

          if (t->type != DATELINE_TIMEX_DATE && t->type != DATELINE_TIMEX_TIME)
            continue;
          raw = FALSE;
          if (strict_mode && (t->anchor != DATELINE_ANCHOR_NONE || strchr (t->value, 'X') != NULL
                              || strstr (t->value, "_REF") != NULL))
            {
              rule = "M7";
              continue;
            }
          if (no_abbreviations && written_with_one_letter_unit (text + t->start, text + t->end))
            {
              rule = "M8";
              continue;
            }
          if (value_is_period_outside_chrono (t->value))
            {
              rule = "M9";
              continue;
            }
          mapped = FALSE;
        }
      counts->negative_raw += raw;
      counts->negative_mapped += mapped;
      if (mapped && !raw)
        count_mapping (rule);
      if (verbose && !mapped)
        g_print ("  chrono %s: false positive in “%s”\n", member_string (c, "id"), text);
      return;
    }

  {
    ChronoVerdict verdict;

    counts->positive++;
    chrono_positive (c, text, timexes, spans, have_reference, &reference, &verdict);
    counts->positive_raw += verdict.raw;
    counts->positive_mapped += verdict.mapped;
    if (verdict.mapped && !verdict.raw)
      count_mapping (verdict.mapping);
    if (verbose && !verdict.mapped)
      {
        g_autoptr(GString) certain = g_string_new (NULL);
        JsonArray *a = json_object_has_member (c, "start_certain")
                       ? json_object_get_array_member (c, "start_certain") : NULL;

        for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
          g_string_append_printf (certain, "%s%s", i ? "," : "",
                                  json_array_get_string_element (a, i));
        if (verdict.found == NULL)
          g_print ("  chrono %s: missed “%s” in “%s” (ref %s)\n", member_string (c, "id"),
                   member_string (c, "matched_text"), text, reference_str);
        else
          g_print ("  chrono %s: wrong “%.*s” %s %s (expected %s, certain %s, ref %s%s) in “%s”\n",
                   member_string (c, "id"),
                   (int) (verdict.found->end - verdict.found->start), text + verdict.found->start,
                   dateline_timex_type_to_string (verdict.found->type), verdict.found->value,
                   member_string (c, "expected_start"), certain->str, reference_str,
                   tag_options.prefer_future ? ", forward" : "", text);
      }
  }
}

static gboolean
eval_chrono (const char *eval_dir)
{
  g_autofree char *path = g_build_filename (eval_dir, "chrono-node-en", "cases.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) per_file = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) inputs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GList) files = NULL;
  ChronoCounts total = { 0, };
  JsonObject *root;
  JsonArray *cases;
  GHashTableIter iter;
  gpointer value;
  guint contradicted = 0;
  guint n;

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_print ("chrono-node-en: skipped (%s)\n", error->message);
      return FALSE;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  cases = json_object_get_array_member (root, "cases");
  n = json_array_get_length (cases);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *c = json_array_get_object_element (cases, i);
      const char *file = member_string (c, "source_test");
      ChronoCounts *counts = g_hash_table_lookup (per_file, file);

      if (counts == NULL)
        {
          counts = g_new0 (ChronoCounts, 1);
          g_hash_table_insert (per_file, (gpointer) file, counts);
        }
      chrono_case (c, inputs, counts);
    }

  /* identical inputs: at most one expectation per input can be met */
  g_hash_table_iter_init (&iter, inputs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((InputGroup *) value)->differs)
      contradicted += ((InputGroup *) value)->count;

  g_print ("chrono-node-en (%u cases)\n", n);
  g_print ("  %-38s %8s %9s %9s %8s %9s %9s\n", "source file", "positive", "raw", "mapped",
           "negative", "raw", "mapped");
  files = g_list_sort (g_hash_table_get_keys (per_file), (GCompareFunc) g_strcmp0);
  for (GList *l = files; l != NULL; l = l->next)
    {
      const ChronoCounts *c = g_hash_table_lookup (per_file, l->data);

      g_print ("  %-38s %8u %9u %9u %8u %9u %9u\n", (const char *) l->data, c->positive,
               c->positive_raw, c->positive_mapped, c->negative, c->negative_raw,
               c->negative_mapped);
      total.positive += c->positive;
      total.positive_raw += c->positive_raw;
      total.positive_mapped += c->positive_mapped;
      total.negative += c->negative;
      total.negative_raw += c->negative_raw;
      total.negative_mapped += c->negative_mapped;
    }
  g_print ("  %-38s %8u %9u %9u %8u %9u %9u\n", "total", total.positive, total.positive_raw,
           total.positive_mapped, total.negative, total.negative_raw, total.negative_mapped);
  g_print ("  %u cases share their input with another case that expects something else\n",
           contradicted);
  g_print ("  made right by a mapping:");
  for (guint m = 1; m <= 9; m++)
    g_print (" M%u %u%s", m, mapping_uses[m], m < 9 ? "," : "\n");
  g_print ("chrono-node-en: correct %u/%u (%.1f%%) mapped, %u/%u (%.1f%%) raw; "
           "must-not-match unmatched %u/%u mapped, %u/%u raw\n",
           total.positive_mapped + total.negative_mapped, n,
           100 * ratio (total.positive_mapped + total.negative_mapped, n),
           total.positive_raw + total.negative_raw, n,
           100 * ratio (total.positive_raw + total.negative_raw, n),
           total.negative_mapped, total.negative, total.negative_raw, total.negative);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* HeidelTime unit cases                                               */
/* ------------------------------------------------------------------ */

typedef struct {
  guint cases;
  guint raw;
  guint mapped;
  guint with_dct;
  guint with_dct_raw;
  guint with_dct_mapped;
} HeidelCounts;

/* H1: the spans are equal but for a leading "the " on one side. */
static gboolean
spans_equal_but_the (const char *text,
                     const Span *a,
                     const Span *b)
{
  const Span *longer, *shorter;
  g_autofree char *article = NULL;

  if (a->start == b->start && a->end == b->end)
    return TRUE;
  if (a->end != b->end)
    return FALSE;
  longer = a->start < b->start ? a : b;
  shorter = a->start < b->start ? b : a;
  if (shorter->start - longer->start != 4)
    return FALSE;
  article = g_utf8_substring (text, longer->start, shorter->start);
  return g_ascii_strcasecmp (article, "the ") == 0;
}

/* The length of a duration in seconds (months as 30 days, years as 365),
 * or -1 with placeholders. */
static double
duration_seconds (const char *value)
{
  const char *p = value;
  gboolean time_part = FALSE;
  double total = 0;

  if (value == NULL || *p++ != 'P' || strchr (value, 'X') != NULL)
    return -1;
  while (*p != '\0')
    {
      char *end;
      double n;

      if (*p == 'T')
        {
          time_part = TRUE;
          p++;
          continue;
        }
      n = g_ascii_strtod (p, &end);
      if (end == p)
        return -1;
      p = end;
      switch (*p++)
        {
        case 'Y': total += n * 365 * 86400; break;
        case 'M': total += time_part ? n * 60 : n * 30 * 86400; break;
        case 'W': total += n * 7 * 86400; break;
        case 'D': total += n * 86400; break;
        case 'H': total += n * 3600; break;
        case 'S': total += n; break;
        default: return -1;
        }
    }
  return total;
}

/* H2 and H3. */
static gboolean
values_equivalent (const char *ours,
                   const char *theirs)
{
  double a, b;

  if (g_strcmp0 (ours, theirs) == 0)
    return TRUE;
  if (ours == NULL || theirs == NULL)
    return FALSE;
  /* H2: "XXXX-WXX-1TNI" for "XXXX-XX-XXTNI" */
  if (g_str_has_prefix (ours, "XXXX-WXX-") && g_ascii_isdigit (ours[9])
      && g_str_has_prefix (theirs, "XXXX-XX-XX"))
    return strcmp (ours + 10, theirs + 10) == 0;
  /* H3 */
  a = duration_seconds (ours);
  b = duration_seconds (theirs);
  return a >= 0 && a == b;
}

static void
heideltime_case (JsonObject   *c,
                 HeidelCounts *counts)
{
  const char *text = member_string (c, "text");
  JsonArray *expected = json_object_get_array_member (c, "expected");
  DatelineWhen dct;
  gboolean have_dct = parse_reference_day (member_string (c, "dct"), &dct, NULL);
  g_autoptr(GPtrArray) timexes = dateline_timex_tag (text, -1, have_dct ? &dct : NULL);
  g_autoptr(GArray) gold = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GArray) system = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autofree int *gold_to_system = NULL;
  guint search_from = 0;
  guint raw_good = 0, mapped_good = 0;
  gboolean raw, mapped;

  /* The gold gives span texts; find them left to right. */
  for (guint i = 0; i < json_array_get_length (expected); i++)
    {
      JsonObject *e = json_array_get_object_element (expected, i);
      const char *span_text = member_string (e, "span");
      const char *at = strstr (g_utf8_offset_to_pointer (text, search_from), span_text);
      Span span;

      if (at == NULL)
        continue;
      span.start = (guint) g_utf8_pointer_to_offset (text, at);
      span.end = span.start + (guint) g_utf8_strlen (span_text, -1);
      span.type = NULL;
      span.value = member_string (e, "value");
      search_from = span.end;
      g_array_append_val (gold, span);
    }

  timexes_to_spans (text, timexes, system);
  gold_to_system = g_new0 (int, gold->len + 1);
  align (gold, system, gold_to_system);

  for (guint i = 0; i < gold->len; i++)
    {
      const Span *g = &g_array_index (gold, Span, i);
      const Span *s;

      if (gold_to_system[i] < 0)
        continue;
      s = &g_array_index (system, Span, gold_to_system[i]);
      if (s->start == g->start && s->end == g->end && g_strcmp0 (s->value, g->value) == 0)
        raw_good++;
      if (spans_equal_but_the (text, s, g) && values_equivalent (s->value, g->value))
        mapped_good++;
    }

  raw = raw_good == gold->len && system->len == gold->len
        && gold->len == json_array_get_length (expected);
  mapped = mapped_good == gold->len && system->len == gold->len
           && gold->len == json_array_get_length (expected);

  counts->cases++;
  counts->raw += raw;
  counts->mapped += mapped;
  if (have_dct)
    {
      counts->with_dct++;
      counts->with_dct_raw += raw;
      counts->with_dct_mapped += mapped;
    }

  if (verbose && !mapped)
    {
      g_autoptr(GString) ours = g_string_new (NULL);

      for (guint j = 0; j < system->len; j++)
        {
          const Span *s = &g_array_index (system, Span, j);
          g_autofree char *st = g_utf8_substring (text, s->start, s->end);

          g_string_append_printf (ours, " “%s” %s;", st, s->value);
        }
      g_print ("  heideltime %s: “%s” expected", member_string (c, "id"), text);
      for (guint i = 0; i < json_array_get_length (expected); i++)
        {
          JsonObject *e = json_array_get_object_element (expected, i);

          g_print (" “%s” %s;", member_string (e, "span"), member_string (e, "value"));
        }
      g_print (" ours%s\n", ours->len ? ours->str : " nothing");
    }
}

static gboolean
eval_heideltime (const char *eval_dir)
{
  g_autofree char *path = g_build_filename (eval_dir, "heideltime-en-unit", "cases.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) per_file = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GList) files = NULL;
  HeidelCounts total = { 0, };
  JsonObject *root;
  JsonArray *cases;
  guint ignored = 0;

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_print ("heideltime-en-unit: skipped (%s)\n", error->message);
      return FALSE;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  cases = json_object_get_array_member (root, "cases");
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *c = json_array_get_object_element (cases, i);
      const char *file = member_string (c, "test_file");
      HeidelCounts *counts;

      if (json_object_get_boolean_member (c, "ignored"))
        {
          ignored++;
          continue;
        }
      counts = g_hash_table_lookup (per_file, file);
      if (counts == NULL)
        {
          counts = g_new0 (HeidelCounts, 1);
          g_hash_table_insert (per_file, (gpointer) file, counts);
        }
      heideltime_case (c, counts);
    }

  g_print ("heideltime-en-unit (%u cases, %u ignored upstream and skipped)\n",
           json_array_get_length (cases), ignored);
  g_print ("  %-30s %7s %7s %7s %9s %7s %7s\n", "test file", "cases", "raw", "mapped",
           "with DCT", "raw", "mapped");
  files = g_list_sort (g_hash_table_get_keys (per_file), (GCompareFunc) g_strcmp0);
  for (GList *l = files; l != NULL; l = l->next)
    {
      const HeidelCounts *c = g_hash_table_lookup (per_file, l->data);

      g_print ("  %-30s %7u %7u %7u %9u %7u %7u\n", (const char *) l->data, c->cases, c->raw,
               c->mapped, c->with_dct, c->with_dct_raw, c->with_dct_mapped);
      total.cases += c->cases;
      total.raw += c->raw;
      total.mapped += c->mapped;
      total.with_dct += c->with_dct;
      total.with_dct_raw += c->with_dct_raw;
      total.with_dct_mapped += c->with_dct_mapped;
    }
  g_print ("  %-30s %7u %7u %7u %9u %7u %7u\n", "total", total.cases, total.raw, total.mapped,
           total.with_dct, total.with_dct_raw, total.with_dct_mapped);
  g_print ("heideltime-en-unit: cases with a reference date (DCT) right %u/%u (%.1f%%) raw, "
           "%u/%u mapped; all cases %u/%u (%.1f%%) raw, %u/%u (%.1f%%) mapped\n",
           total.with_dct_raw, total.with_dct, 100 * ratio (total.with_dct_raw, total.with_dct),
           total.with_dct_mapped, total.with_dct,
           total.raw, total.cases, 100 * ratio (total.raw, total.cases),
           total.mapped, total.cases, 100 * ratio (total.mapped, total.cases));
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const char *eval_dir = NULL;
  gboolean any = FALSE;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--verbose") == 0 || strcmp (argv[i], "-v") == 0)
        verbose = TRUE;
      else
        eval_dir = argv[i];
    }

  if (eval_dir == NULL || !g_file_test (eval_dir, G_FILE_TEST_IS_DIR))
    {
      g_print ("skipped: no evaluation data (usage: %s EVAL_DIR [--verbose])\n", argv[0]);
      return 77;
    }

  any |= eval_te3 (eval_dir);
  any |= eval_chrono (eval_dir);
  any |= eval_heideltime (eval_dir);

  if (!any)
    {
      g_print ("skipped: none of the evaluation sets found in %s\n", eval_dir);
      return 77;
    }

  return EXIT_SUCCESS;
}
