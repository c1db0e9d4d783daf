/* eval-timex.c — scores the temporal tagger on the shared evaluation data
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: eval-timex EVAL_DIR [--verbose]
 *
 * EVAL_DIR is the shared evaluation folder (../shared/eval from the source
 * root). Exits 77 and prints "skipped" when it is absent. Prints:
 *
 *   te3-platinum        TempEval-3 style: spans aligned one-to-one by
 *                       largest character overlap; strict and relaxed
 *                       P/R/F1; type and value accuracy on relaxed matches;
 *                       value F1 = relaxed F1 × value accuracy. Run with the
 *                       DCT, and again without it (then a value with X
 *                       placeholders counts when it agrees with the gold
 *                       value on every character it states).
 *   chrono-node-en      positive cases: an expression overlapping the
 *                       expected text, whose calendar span contains the
 *                       expected date ("contains") or equals the span the
 *                       stated components imply ("exact"); negative cases:
 *                       no DATE/TIME expression at all. Per source file.
 *   heideltime-en-unit  expected spans found exactly / by overlap, and the
 *                       exact TIMEX3 value on overlaps; precision over our
 *                       expressions. Per test file.
 *
 * This is a measuring tool, not a test: it never fails on low scores.
 */

#include "config.h"

#include <json-glib/json-glib.h>
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

static gboolean
parse_reference_day (const char   *str,
                     DatelineWhen *when)
{
  char buf[11];

  *when = (DatelineWhen) DATELINE_WHEN_INIT;
  if (str == NULL)
    return FALSE;

  /* "2013-03-22", "2013-03-22T12:00:00", "19981104" */
  if (strlen (str) >= 10 && str[4] == '-')
    {
      memcpy (buf, str, 10);
      buf[10] = '\0';
    }
  else if (strlen (str) == 8)
    g_snprintf (buf, sizeof buf, "%.4s-%.2s-%.2s", str, str + 4, str + 6);
  else
    return FALSE;

  return dateline_when_parse_value (buf, when) && when->granularity == DATELINE_GRANULARITY_DAY;
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
            g_print ("  te3 %s: missed   %s “%s” %s\n", doc_id, g->type,
                     g_utf8_substring (text, g->start, g->end), g->value);
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
      if (verbose && with_dct && !value_ok)
        {
          g_autofree char *gt = g_utf8_substring (text, g->start, g->end);
          g_autofree char *st = g_utf8_substring (text, s->start, s->end);

          g_print ("  te3 %s: value    gold “%s” %s %s / ours “%s” %s %s\n", doc_id,
                   gt, g->type, g->value, st, s->type, s->value);
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

static void
te3_print (const char      *label,
           const Te3Counts *c)
{
  double rp = ratio (c->relaxed, c->system), rr = ratio (c->relaxed, c->gold), rf = f1 (rp, rr);
  double sp = ratio (c->strict, c->system), sr = ratio (c->strict, c->gold), sf = f1 (sp, sr);
  double type_acc = ratio (c->type_ok, c->relaxed);
  double value_acc = ratio (c->value_ok, c->relaxed);

  g_print ("  %-28s gold %3u  ours %3u | relaxed P %5.1f R %5.1f F1 %5.1f"
           " | strict P %5.1f R %5.1f F1 %5.1f\n",
           label, c->gold, c->system, 100 * rp, 100 * rr, 100 * rf, 100 * sp, 100 * sr, 100 * sf);
  g_print ("  %-28s type acc %5.1f F1 %5.1f | value acc %5.1f  value F1 %5.1f\n",
           "", 100 * type_acc, 100 * rf * type_acc, 100 * value_acc, 100 * rf * value_acc);
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

      parse_reference_day (dct_str, &dct);
      tagged = dateline_timex_tag (text, -1, &dct);
      timexes_to_spans (text, tagged, system);
      te3_score_document (doc_id, text, gold, system, TRUE, &with_dct);

      tagged_no_dct = dateline_timex_tag (text, -1, NULL);
      timexes_to_spans (text, tagged_no_dct, system);
      te3_score_document (doc_id, text, gold, system, FALSE, &without_dct);
    }

  g_print ("te3-platinum (%u documents)\n", n_docs);
  te3_print ("with DCT", &with_dct);
  te3_print ("DCT withheld (X-compatible)", &without_dct);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* chrono-node                                                         */
/* ------------------------------------------------------------------ */

typedef struct {
  guint positive;
  guint detected;
  guint contains;
  guint exact;
  guint date_positive;   /* cases whose stated components are calendar ones only */
  guint date_exact;
  guint negative;
  guint negative_ok;
} ChronoCounts;

static gboolean
array_has (JsonArray  *array,
           const char *str)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), str) == 0)
      return TRUE;
  return FALSE;
}

/* The span the stated calendar components imply: a day, a month, a year. */
static DatelineGranularity
implied_granularity (JsonArray *certain)
{
  if (array_has (certain, "day") || array_has (certain, "weekday"))
    return DATELINE_GRANULARITY_DAY;
  if (array_has (certain, "month"))
    return DATELINE_GRANULARITY_MONTH;
  if (array_has (certain, "year"))
    return DATELINE_GRANULARITY_YEAR;
  return DATELINE_GRANULARITY_NONE;
}

static void
chrono_case (JsonObject   *c,
             ChronoCounts *counts)
{
  const char *text = member_string (c, "text");
  const char *reference = member_string (c, "reference_date");
  gboolean positive = json_object_get_boolean_member (c, "expect_match");
  DatelineWhen ref;
  g_autoptr(GPtrArray) timexes = NULL;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  gboolean have_ref = parse_reference_day (reference, &ref);

  timexes = dateline_timex_tag (text, -1, have_ref ? &ref : NULL);
  timexes_to_spans (text, timexes, spans);

  if (!positive)
    {
      gboolean clean = TRUE;

      counts->negative++;
      for (guint i = 0; i < timexes->len; i++)
        {
          const DatelineTimex *t = g_ptr_array_index (timexes, i);

          if (t->type == DATELINE_TIMEX_DATE || t->type == DATELINE_TIMEX_TIME)
            clean = FALSE;
        }
      if (clean)
        counts->negative_ok++;
      else if (verbose)
        g_print ("  chrono %s: false positive in “%s”\n", member_string (c, "id"), text);
      return;
    }

  {
    const char *matched = member_string (c, "matched_text");
    guint index = (guint) json_object_get_int_member (c, "match_index");
    Span expected = { index, index + (guint) g_utf8_strlen (matched, -1), NULL, NULL };
    JsonArray *certain = json_object_has_member (c, "start_certain")
                         ? json_object_get_array_member (c, "start_certain") : NULL;
    const char *expected_start = member_string (c, "expected_start");
    gboolean time_stated = array_has (certain, "hour") || array_has (certain, "minute");
    DatelineGranularity granularity = implied_granularity (certain);
    DatelineWhen expected_day;
    DatelineWhen implied = DATELINE_WHEN_INIT;
    const DatelineTimex *found = NULL;
    gboolean contains = FALSE, exact = FALSE;

    counts->positive++;
    if (!time_stated && granularity != DATELINE_GRANULARITY_NONE)
      counts->date_positive++;

    for (guint i = 0; i < spans->len && found == NULL; i++)
      if (overlap (&g_array_index (spans, Span, i), &expected) > 0)
        found = g_ptr_array_index (timexes, i);

    if (found == NULL)
      {
        if (verbose)
          g_print ("  chrono %s: missed “%s” in “%s”\n",
                   member_string (c, "id"), matched, text);
        return;
      }
    counts->detected++;

    if (parse_reference_day (expected_start, &expected_day))
      {
        int y, m, d;

        dateline_julian_to_ymd (expected_day.start, &y, &m, &d);
        contains = dateline_when_is_dated (&found->when) && found->when.start <= expected_day.start
                   && expected_day.start <= found->when.end;
        if (granularity != DATELINE_GRANULARITY_NONE
            && dateline_when_set_span (&implied, y, m, d, granularity, DATELINE_CERTAINTY_UNKNOWN))
          exact = dateline_when_is_dated (&found->when) && found->when.start == implied.start
                  && found->when.end == implied.end;
        else
          exact = contains && found->when.granularity == DATELINE_GRANULARITY_DAY;
      }

    if (contains)
      counts->contains++;
    if (exact)
      {
        counts->exact++;
        if (!time_stated && granularity != DATELINE_GRANULARITY_NONE)
          counts->date_exact++;
      }
    else if (verbose)
      g_print ("  chrono %s: wrong “%s” -> %s (expected %s, certain %s) in “%s”\n",
               member_string (c, "id"), matched, found->value, expected_start,
               granularity != DATELINE_GRANULARITY_NONE
               ? dateline_granularity_to_string (granularity) : "none",
               text);
  }
}

static gboolean
eval_chrono (const char *eval_dir)
{
  g_autofree char *path = g_build_filename (eval_dir, "chrono-node-en", "cases.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) per_file = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GList) files = NULL;
  ChronoCounts total = { 0, };
  JsonObject *root;
  JsonArray *cases;

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_print ("chrono-node-en: skipped (%s)\n", error->message);
      return FALSE;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  cases = json_object_get_array_member (root, "cases");
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *c = json_array_get_object_element (cases, i);
      const char *file = member_string (c, "source_test");
      ChronoCounts *counts = g_hash_table_lookup (per_file, file);

      if (counts == NULL)
        {
          counts = g_new0 (ChronoCounts, 1);
          g_hash_table_insert (per_file, (gpointer) file, counts);
        }
      chrono_case (c, counts);
    }

  g_print ("chrono-node-en (%u cases)\n", json_array_get_length (cases));
  g_print ("  %-38s %9s %9s %9s %9s %11s %9s\n", "source file", "positive", "detected",
           "contains", "exact", "date exact", "negative");
  files = g_list_sort (g_hash_table_get_keys (per_file), (GCompareFunc) g_strcmp0);
  for (GList *l = files; l != NULL; l = l->next)
    {
      const ChronoCounts *c = g_hash_table_lookup (per_file, l->data);

      g_print ("  %-38s %9u %9u %9u %9u %5u/%-5u %4u/%-4u\n", (const char *) l->data, c->positive,
               c->detected, c->contains, c->exact, c->date_exact, c->date_positive,
               c->negative_ok, c->negative);
      total.positive += c->positive;
      total.detected += c->detected;
      total.contains += c->contains;
      total.exact += c->exact;
      total.date_positive += c->date_positive;
      total.date_exact += c->date_exact;
      total.negative += c->negative;
      total.negative_ok += c->negative_ok;
    }
  g_print ("  %-38s %9u %9u %9u %9u %5u/%-5u %4u/%-4u\n", "total", total.positive, total.detected,
           total.contains, total.exact, total.date_exact, total.date_positive,
           total.negative_ok, total.negative);
  g_print ("  detected %.1f%%, contains %.1f%%, exact %.1f%% of positives; "
           "date-only cases exact %.1f%%; negatives clean %.1f%%\n",
           100 * ratio (total.detected, total.positive),
           100 * ratio (total.contains, total.positive),
           100 * ratio (total.exact, total.positive),
           100 * ratio (total.date_exact, total.date_positive),
           100 * ratio (total.negative_ok, total.negative));
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* HeidelTime unit cases                                               */
/* ------------------------------------------------------------------ */

typedef struct {
  guint cases;
  guint cases_ok;
  guint gold;
  guint system;
  guint strict;
  guint relaxed;
  guint value_ok;
} HeidelCounts;

static void
heideltime_case (JsonObject   *c,
                 HeidelCounts *counts)
{
  const char *text = member_string (c, "text");
  JsonArray *expected = json_object_get_array_member (c, "expected");
  DatelineWhen dct;
  gboolean have_dct = parse_reference_day (member_string (c, "dct"), &dct);
  g_autoptr(GPtrArray) timexes = dateline_timex_tag (text, -1, have_dct ? &dct : NULL);
  g_autoptr(GArray) gold = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GArray) system = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autofree int *gold_to_system = NULL;
  guint search_from = 0;
  guint case_good = 0;

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

  counts->cases++;
  counts->gold += gold->len;
  counts->system += system->len;
  for (guint i = 0; i < gold->len; i++)
    {
      const Span *g = &g_array_index (gold, Span, i);
      const Span *s;

      if (gold_to_system[i] < 0)
        continue;
      s = &g_array_index (system, Span, gold_to_system[i]);
      counts->relaxed++;
      if (s->start == g->start && s->end == g->end)
        counts->strict++;
      if (g_strcmp0 (s->value, g->value) == 0)
        {
          counts->value_ok++;
          if (s->start == g->start && s->end == g->end)
            case_good++;
        }
    }

  if (case_good == gold->len && system->len == gold->len)
    counts->cases_ok++;
  else if (verbose)
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
  g_print ("  %-30s %7s %5s %5s %7s %7s %9s %9s\n", "test file", "cases", "gold", "ours",
           "strict", "overlap", "value ok", "cases ok");
  files = g_list_sort (g_hash_table_get_keys (per_file), (GCompareFunc) g_strcmp0);
  for (GList *l = files; l != NULL; l = l->next)
    {
      const HeidelCounts *c = g_hash_table_lookup (per_file, l->data);

      g_print ("  %-30s %7u %5u %5u %7u %7u %9u %9u\n", (const char *) l->data, c->cases, c->gold,
               c->system, c->strict, c->relaxed, c->value_ok, c->cases_ok);
      total.cases += c->cases;
      total.cases_ok += c->cases_ok;
      total.gold += c->gold;
      total.system += c->system;
      total.strict += c->strict;
      total.relaxed += c->relaxed;
      total.value_ok += c->value_ok;
    }
  g_print ("  %-30s %7u %5u %5u %7u %7u %9u %9u\n", "total", total.cases, total.gold, total.system,
           total.strict, total.relaxed, total.value_ok, total.cases_ok);
  g_print ("  span recall strict %.1f%% overlap %.1f%%, precision (overlap) %.1f%%, "
           "value accuracy on overlaps %.1f%%, value recall %.1f%%, cases fully right %.1f%%\n",
           100 * ratio (total.strict, total.gold), 100 * ratio (total.relaxed, total.gold),
           100 * ratio (total.relaxed, total.system), 100 * ratio (total.value_ok, total.relaxed),
           100 * ratio (total.value_ok, total.gold), 100 * ratio (total.cases_ok, total.cases));
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
