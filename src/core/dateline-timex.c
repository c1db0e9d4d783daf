/* dateline-timex.c — temporal expressions (TIMEX3) found in text
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-segment.h"
#include "dateline-timex.h"
#include "dateline-timex-private.h"

/* The tagger runs sentence by sentence: the segmenter's sentences bound
 * every pattern and give the tense detector its clause. The token and
 * candidate arrays are reused from one sentence to the next, so tagging
 * allocates per expression found, not per word. The stages are described
 * in dateline-timex-private.h.
 *
 * Across sentences the tagger keeps two things about the document: the
 * narrative reference (the last day, month and year it mentioned, which
 * "the next day" or "a week later" count from; see the rules at the top
 * of dateline-timex-resolve.c), and the order its all-numeric dates are
 * written in (month or day first), voted once over the whole text. */

static const char * const type_names[] = {
  [DATELINE_TIMEX_DATE] = "DATE",
  [DATELINE_TIMEX_TIME] = "TIME",
  [DATELINE_TIMEX_DURATION] = "DURATION",
  [DATELINE_TIMEX_SET] = "SET",
};

static const char * const mod_names[] = {
  [DATELINE_TIMEX_MOD_NONE] = NULL,
  [DATELINE_TIMEX_MOD_START] = "START",
  [DATELINE_TIMEX_MOD_MID] = "MID",
  [DATELINE_TIMEX_MOD_END] = "END",
  [DATELINE_TIMEX_MOD_APPROX] = "APPROX",
  [DATELINE_TIMEX_MOD_LESS_THAN] = "LESS_THAN",
  [DATELINE_TIMEX_MOD_MORE_THAN] = "MORE_THAN",
  [DATELINE_TIMEX_MOD_EQUAL_OR_LESS] = "EQUAL_OR_LESS",
  [DATELINE_TIMEX_MOD_EQUAL_OR_MORE] = "EQUAL_OR_MORE",
};

static const char * const anchor_names[] = {
  [DATELINE_ANCHOR_NONE] = "none",
  [DATELINE_ANCHOR_PUBLISHED] = "published",
  [DATELINE_ANCHOR_NARRATIVE] = "narrative",
};

DatelineTimex *
dateline_timex_new_take (guint               start,
                         guint               end,
                         DatelineTimexType   type,
                         char               *value,
                         DatelineAnchor      anchor,
                         const DatelineWhen *when)
{
  DatelineTimex *timex = g_new0 (DatelineTimex, 1);

  timex->start = start;
  timex->end = end;
  timex->type = type;
  timex->anchor = anchor;
  timex->value = value;
  if (when != NULL)
    timex->when = *when;
  else
    timex->when = (DatelineWhen) DATELINE_WHEN_INIT;

  return timex;
}

/**
 * dateline_timex_new:
 * @value: (nullable): the TIMEX3 value
 *
 * Creates an expression, e.g. when loading a project. The calendar span of
 * a DATE or TIME is derived from @value (certainty STATED when @anchor is
 * NONE, RESOLVED otherwise); other types, and values with placeholders
 * ("XXXX-07-31"), stay undated.
 *
 * Returns: (transfer full): a new #DatelineTimex
 */
DatelineTimex *
dateline_timex_new (guint              start,
                    guint              end,
                    DatelineTimexType  type,
                    const char        *value,
                    DatelineAnchor     anchor)
{
  DatelineWhen when = DATELINE_WHEN_INIT;

  if ((type == DATELINE_TIMEX_DATE || type == DATELINE_TIMEX_TIME)
      && dateline_when_parse_value (value, &when))
    when.certainty = anchor == DATELINE_ANCHOR_NONE ? DATELINE_CERTAINTY_STATED
                                                    : DATELINE_CERTAINTY_RESOLVED;
  else
    when = (DatelineWhen) DATELINE_WHEN_INIT;

  return dateline_timex_new_take (start, end, type, g_strdup (value), anchor, &when);
}

/**
 * dateline_timex_copy:
 *
 * Returns: (transfer full): a deep copy of @timex
 */
DatelineTimex *
dateline_timex_copy (const DatelineTimex *timex)
{
  DatelineTimex *copy;

  g_return_val_if_fail (timex != NULL, NULL);

  copy = dateline_timex_new_take (timex->start, timex->end, timex->type,
                                  g_strdup (timex->value), timex->anchor, &timex->when);
  copy->mod = timex->mod;
  return copy;
}

void
dateline_timex_free (DatelineTimex *timex)
{
  if (timex == NULL)
    return;

  g_free (timex->value);
  g_free (timex);
}

const char *
dateline_timex_type_to_string (DatelineTimexType type)
{
  g_return_val_if_fail (type <= DATELINE_TIMEX_SET, "DATE");
  return type_names[type];
}

gboolean
dateline_timex_type_from_string (const char        *str,
                                 DatelineTimexType *type)
{
  g_return_val_if_fail (type != NULL, FALSE);

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (type_names); i++)
    {
      if (g_strcmp0 (type_names[i], str) == 0)
        {
          *type = (DatelineTimexType) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * dateline_timex_mod_to_string:
 *
 * Returns: (nullable): the TIMEX3 mod ("START", "APPROX"…), NULL for none
 */
const char *
dateline_timex_mod_to_string (DatelineTimexMod mod)
{
  g_return_val_if_fail (mod <= DATELINE_TIMEX_MOD_EQUAL_OR_MORE, NULL);
  return mod_names[mod];
}

/**
 * dateline_timex_mod_from_string:
 * @str: (nullable): a TIMEX3 mod, or NULL for none
 */
gboolean
dateline_timex_mod_from_string (const char       *str,
                                DatelineTimexMod *mod)
{
  g_return_val_if_fail (mod != NULL, FALSE);

  if (str == NULL)
    {
      *mod = DATELINE_TIMEX_MOD_NONE;
      return TRUE;
    }
  for (guint i = 1; i < G_N_ELEMENTS (mod_names); i++)
    {
      if (g_strcmp0 (mod_names[i], str) == 0)
        {
          *mod = (DatelineTimexMod) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
dateline_anchor_to_string (DatelineAnchor anchor)
{
  g_return_val_if_fail (anchor <= DATELINE_ANCHOR_NARRATIVE, "none");
  return anchor_names[anchor];
}

gboolean
dateline_anchor_from_string (const char     *str,
                             DatelineAnchor *anchor)
{
  g_return_val_if_fail (anchor != NULL, FALSE);

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (anchor_names); i++)
    {
      if (g_strcmp0 (anchor_names[i], str) == 0)
        {
          *anchor = (DatelineAnchor) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* A sentence longer than this (text without any punctuation or line
 * break: a table, a dump) is tagged in windows cut at white space, so the
 * token array stays small; an expression straddling a cut is lost. */
#define MAX_WINDOW 16384

static gsize
window_end (const char *text,
            gsize       start,
            gsize       end)
{
  gsize cut;

  if (end - start <= MAX_WINDOW)
    return end;

  cut = start + MAX_WINDOW;
  for (gsize k = cut; k > cut - 256; k--)
    if (text[k - 1] == ' ' || text[k - 1] == '\t')
      return k;

  /* No white space near: at least do not cut a character in two. */
  while (cut > start + 1 && ((guchar) text[cut] & 0xC0) == 0x80)
    cut--;
  return cut;
}

/* The document-level state carried from one sentence to the next. */
typedef struct {
  const char        *text;
  TimexNumericOrder  order;
  TimexContext       context;
  GArray            *tokens;
  GArray            *candidates;
  GPtrArray         *timexes;
} TimexDocument;

static void
add_timex (TimexDocument *doc,
           DatelineTimex *timex)
{
  dateline_timex_narrative_note (&doc->context.narrative, timex, doc->context.sentence);
  g_ptr_array_add (doc->timexes, timex);
}

static void
tag_window (TimexDocument *doc,
            gsize          start,
            gsize          end)
{
  const TimexCandidate *previous = NULL;
  gboolean previous_added = FALSE;

  g_array_set_size (doc->tokens, 0);
  dateline_timex_tokenize (doc->text, start, end, doc->tokens);

  g_array_set_size (doc->candidates, 0);
  dateline_timex_scan_sentence (doc->text, (const TimexToken *) (gpointer) doc->tokens->data,
                                doc->tokens->len, doc->order, doc->candidates);

  for (guint c = 0; c < doc->candidates->len; c++)
    {
      const TimexCandidate *candidate = &g_array_index (doc->candidates, TimexCandidate, c);
      DatelineTimex *timex = NULL;

      if (candidate->combine > 0 && c + 1 < doc->candidates->len)
        {
          /* "two days after [next Friday]": one expression */
          const TimexCandidate *base = &g_array_index (doc->candidates, TimexCandidate, c + 1);
          g_autoptr(DatelineTimex) base_timex = dateline_timex_resolve (doc->text, base,
                                                                        &doc->context);

          if (base_timex != NULL)
            timex = dateline_timex_resolve_combined (doc->text, candidate, base_timex, base,
                                                     &doc->context);
          c++;
          candidate = base;
        }
      else if (candidate->combine < 0 && previous != NULL && previous_added)
        {
          /* "[2023-12-29] -10days": replaces the date it follows */
          DatelineTimex *base_timex = g_ptr_array_steal_index (doc->timexes,
                                                               doc->timexes->len - 1);

          timex = dateline_timex_resolve_combined (doc->text, candidate, base_timex, previous,
                                                   &doc->context);
          if (timex == NULL)
            timex = base_timex;
          else
            dateline_timex_free (base_timex);
        }
      else if (candidate->range_end && previous != NULL && !previous_added)
        timex = NULL;   /* the first date of the range was no date */
      else
        {
          timex = dateline_timex_resolve (doc->text, candidate, &doc->context);

          /* "February 20 - 29, 2022": a range ending on no date is none */
          if (timex == NULL && candidate->range_end && previous_added)
            dateline_timex_free (g_ptr_array_steal_index (doc->timexes, doc->timexes->len - 1));
        }

      previous = candidate;
      previous_added = timex != NULL;
      if (timex != NULL)
        add_timex (doc, timex);
    }
}

/**
 * dateline_timex_tag_with_options:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if NUL-terminated
 * @options: (nullable): the publication date and how to read tense-less
 *   dates; NULL is DATELINE_TIMEX_OPTIONS_INIT
 *
 * Finds and normalises the temporal expressions of @text.
 *
 * Returns: (transfer full) (element-type DatelineTimex): expressions in
 *   text order, not overlapping, byte offsets
 */
GPtrArray *
dateline_timex_tag_with_options (const char                 *text,
                                 gssize                      length,
                                 const DatelineTimexOptions *options)
{
  static const DatelineTimexOptions defaults = DATELINE_TIMEX_OPTIONS_INIT;
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) candidates = NULL;
  GPtrArray *timexes;
  TimexDocument doc;
  const DatelineWhen *published;
  gsize len;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  timexes = g_ptr_array_new_with_free_func ((GDestroyNotify) dateline_timex_free);
  if (text == NULL)
    return timexes;
  if (options == NULL)
    options = &defaults;

  len = length < 0 ? strlen (text) : (gsize) length;
  /* Offsets are guint in DatelineTimex. */
  g_return_val_if_fail (len <= G_MAXUINT, timexes);

  memset (&doc, 0, sizeof doc);
  doc.text = text;
  doc.timexes = timexes;
  doc.order = dateline_timex_numeric_order (text, len);
  doc.context.prefer_future = options->prefer_future;

  /* Only a day can anchor "yesterday" or "Wednesday". */
  published = options->published;
  if (published != NULL && dateline_when_is_dated (published)
      && published->granularity == DATELINE_GRANULARITY_DAY)
    dateline_timex_anchor_init (&doc.context.published, published->start,
                                options->published_time);
  else
    dateline_timex_anchor_init (&doc.context.published, 0, -1);

  sentences = dateline_segment_sentences (text, (gssize) len);
  tokens = g_array_sized_new (FALSE, FALSE, sizeof (TimexToken), 256);
  candidates = g_array_sized_new (FALSE, FALSE, sizeof (TimexCandidate), 16);
  doc.tokens = tokens;
  doc.candidates = candidates;

  for (guint s = 0; s < sentences->len; s++)
    {
      const DatelineSpan *sentence = &g_array_index (sentences, DatelineSpan, s);
      gsize start = sentence->start;

      doc.context.sentence = s;
      while (start < sentence->end)
        {
          gsize end = window_end (text, start, sentence->end);

          tag_window (&doc, start, end);
          start = end;
        }
    }

  return timexes;
}

/**
 * dateline_timex_tag:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if NUL-terminated
 * @published: (nullable): the publication date, day granularity
 *
 * Finds and normalises the temporal expressions of @text, as news: see
 * dateline_timex_tag_with_options().
 *
 * Returns: (transfer full) (element-type DatelineTimex): expressions in
 *   text order, not overlapping, byte offsets
 */
GPtrArray *
dateline_timex_tag (const char         *text,
                    gssize              length,
                    const DatelineWhen *published)
{
  DatelineTimexOptions options = DATELINE_TIMEX_OPTIONS_INIT;

  options.published = published;
  return dateline_timex_tag_with_options (text, length, &options);
}
