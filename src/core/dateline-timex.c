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
 * in dateline-timex-private.h. */

static const char * const type_names[] = {
  [DATELINE_TIMEX_DATE] = "DATE",
  [DATELINE_TIMEX_TIME] = "TIME",
  [DATELINE_TIMEX_DURATION] = "DURATION",
  [DATELINE_TIMEX_SET] = "SET",
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
  g_return_val_if_fail (timex != NULL, NULL);

  return dateline_timex_new_take (timex->start, timex->end, timex->type,
                                  g_strdup (timex->value), timex->anchor, &timex->when);
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

static void
tag_window (const char        *text,
            gsize              start,
            gsize              end,
            const TimexAnchor *anchor,
            GArray            *tokens,
            GArray            *candidates,
            GPtrArray         *timexes)
{
  g_array_set_size (tokens, 0);
  dateline_timex_tokenize (text, start, end, tokens);

  g_array_set_size (candidates, 0);
  dateline_timex_scan_sentence (text, (const TimexToken *) (gpointer) tokens->data,
                                tokens->len, candidates);

  for (guint c = 0; c < candidates->len; c++)
    {
      const TimexCandidate *candidate = &g_array_index (candidates, TimexCandidate, c);
      DatelineTimex *timex = dateline_timex_resolve (text, candidate, anchor);

      if (timex != NULL)
        g_ptr_array_add (timexes, timex);
    }
}

/**
 * dateline_timex_tag:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if NUL-terminated
 * @published: (nullable): the publication date, day granularity
 *
 * Finds and normalises the temporal expressions of @text.
 *
 * Returns: (transfer full) (element-type DatelineTimex): expressions in
 *   text order, not overlapping, byte offsets
 */
GPtrArray *
dateline_timex_tag (const char         *text,
                    gssize              length,
                    const DatelineWhen *published)
{
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) candidates = NULL;
  GPtrArray *timexes;
  TimexAnchor anchor;
  gsize len;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  timexes = g_ptr_array_new_with_free_func ((GDestroyNotify) dateline_timex_free);
  if (text == NULL)
    return timexes;

  len = length < 0 ? strlen (text) : (gsize) length;
  /* Offsets are guint in DatelineTimex. */
  g_return_val_if_fail (len <= G_MAXUINT, timexes);

  dateline_timex_anchor_init (&anchor, published);
  sentences = dateline_segment_sentences (text, (gssize) len);
  tokens = g_array_sized_new (FALSE, FALSE, sizeof (TimexToken), 256);
  candidates = g_array_sized_new (FALSE, FALSE, sizeof (TimexCandidate), 16);

  for (guint s = 0; s < sentences->len; s++)
    {
      const DatelineSpan *sentence = &g_array_index (sentences, DatelineSpan, s);
      gsize start = sentence->start;

      while (start < sentence->end)
        {
          gsize end = window_end (text, start, sentence->end);

          tag_window (text, start, end, &anchor, tokens, candidates, timexes);
          start = end;
        }
    }

  return timexes;
}
