/* dateline-extract.c — from an article's text to dated events
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * First cut: every sentence that holds a calendar date becomes one event,
 * with the sentence as its passage. The temporal expressions come from the
 * tagger; the kind from trigger words; the title from the sentence itself.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-extract.h"
#include "dateline-segment.h"

/* Longest title, in characters, before it is cut at a word boundary. */
#define MAX_TITLE_CHARS 72

typedef struct {
  const char        *stem;   /* a word starting with this (lower case) */
  DatelineEventKind  kind;
} Trigger;

/* Ordered by precedence: a sentence about a deadline that also says
 * "said" is about the deadline. */
static const Trigger triggers[] = {
  { "deadline", DATELINE_EVENT_DEADLINE },
  { "ultimatum", DATELINE_EVENT_DEADLINE },
  { "attack", DATELINE_EVENT_ATTACK },
  { "assault", DATELINE_EVENT_ATTACK },
  { "strike", DATELINE_EVENT_ATTACK },
  { "struck", DATELINE_EVENT_ATTACK },
  { "bomb", DATELINE_EVENT_ATTACK },
  { "shell", DATELINE_EVENT_ATTACK },
  { "killed", DATELINE_EVENT_ATTACK },
  { "kills", DATELINE_EVENT_ATTACK },
  { "invade", DATELINE_EVENT_ATTACK },
  { "invasion", DATELINE_EVENT_ATTACK },
  { "sanction", DATELINE_EVENT_SANCTION },
  { "tariff", DATELINE_EVENT_SANCTION },
  { "embargo", DATELINE_EVENT_SANCTION },
  { "impound", DATELINE_EVENT_SANCTION },
  { "seize", DATELINE_EVENT_SANCTION },
  { "agreement", DATELINE_EVENT_AGREEMENT },
  { "agreed", DATELINE_EVENT_AGREEMENT },
  { "deal", DATELINE_EVENT_AGREEMENT },
  { "signed", DATELINE_EVENT_AGREEMENT },
  { "settle", DATELINE_EVENT_AGREEMENT },
  { "accord", DATELINE_EVENT_AGREEMENT },
  { "treaty", DATELINE_EVENT_AGREEMENT },
  { "ceasefire", DATELINE_EVENT_AGREEMENT },
  { "talks", DATELINE_EVENT_TALKS },
  { "negotiat", DATELINE_EVENT_TALKS },
  { "summit", DATELINE_EVENT_MEETING },
  { "meeting", DATELINE_EVENT_MEETING },
  { "met", DATELINE_EVENT_MEETING },
  { "meets", DATELINE_EVENT_MEETING },
  { "vote", DATELINE_EVENT_VOTE },
  { "ballot", DATELINE_EVENT_VOTE },
  { "referendum", DATELINE_EVENT_VOTE },
  { "election", DATELINE_EVENT_ELECTION },
  { "elected", DATELINE_EVENT_ELECTION },
  { "phone call", DATELINE_EVENT_CALL },
  { "called", DATELINE_EVENT_CALL },
  { "threat", DATELINE_EVENT_THREAT },
  { "warned", DATELINE_EVENT_THREAT },
  { "warns", DATELINE_EVENT_THREAT },
  { "said", DATELINE_EVENT_STATEMENT },
  { "says", DATELINE_EVENT_STATEMENT },
  { "stated", DATELINE_EVENT_STATEMENT },
  { "announce", DATELINE_EVENT_STATEMENT },
  { "told", DATELINE_EVENT_STATEMENT },
  { "confirm", DATELINE_EVENT_STATEMENT },
};

/* Words that must match whole, not as a prefix ("met" is not "metal"). */
static gboolean
trigger_is_whole_word (const char *stem)
{
  return strcmp (stem, "met") == 0 || strcmp (stem, "deal") == 0 ||
         strcmp (stem, "shell") == 0 || strcmp (stem, "called") == 0 ||
         strcmp (stem, "said") == 0 || strcmp (stem, "told") == 0;
}

static DatelineEventKind
classify_sentence (const char *sentence,
                   gsize       length)
{
  g_autofree char *lower = g_ascii_strdown (sentence, (gssize) length);
  guint best = G_N_ELEMENTS (triggers);

  /* For each word start, find the highest-precedence trigger. */
  for (const char *p = lower; *p != '\0'; p++)
    {
      if (!g_ascii_isalpha (*p) || (p > lower && g_ascii_isalpha (p[-1])))
        continue;

      for (guint i = 0; i < best; i++)
        {
          gsize stem_length = strlen (triggers[i].stem);

          if (strncmp (p, triggers[i].stem, stem_length) != 0)
            continue;
          if (trigger_is_whole_word (triggers[i].stem) && g_ascii_isalpha (p[stem_length]))
            continue;

          best = i;
          break;
        }
    }

  return best < G_N_ELEMENTS (triggers) ? triggers[best].kind : DATELINE_EVENT_OTHER;
}

static gboolean
is_quote_or_space (gunichar c)
{
  return g_unichar_isspace (c) || c == '"' || c == '\'' ||
         c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
         c == 0x00AB || c == 0x00BB;
}

/* A title from the sentence: quotes and the final full stop removed, cut
 * at a word boundary with an ellipsis when long, first letter capital. */
static char *
title_from_sentence (const char *sentence,
                     gsize       length)
{
  g_autofree char *copy = g_strndup (sentence, length);
  GString *title = g_string_new (NULL);
  const char *p = copy;
  glong n_chars = 0;
  const char *last_space = NULL;
  gsize space_at = 0;
  gboolean cut = FALSE;

  while (*p != '\0' && is_quote_or_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        c = ' ';
      if (c == ' ')
        {
          last_space = p;
          space_at = title->len;
        }
      if (n_chars >= MAX_TITLE_CHARS)
        {
          cut = TRUE;
          break;
        }
      g_string_append_unichar (title, c);
      n_chars++;
    }

  if (cut && last_space != NULL)
    g_string_truncate (title, space_at);

  /* Trailing punctuation and quotes go; an ellipsis marks a cut. */
  while (title->len > 0)
    {
      const char *last = g_utf8_find_prev_char (title->str, title->str + title->len);
      gunichar c = g_utf8_get_char (last);

      if (is_quote_or_space (c) || c == '.' || c == ',' || c == ';' || c == ':' || c == 0x2014 || c == '-')
        g_string_truncate (title, (gsize) (last - title->str));
      else
        break;
    }
  if (cut)
    g_string_append (title, "…");

  if (title->len > 0)
    {
      gunichar first = g_utf8_get_char (title->str);
      gunichar upper = g_unichar_totitle (first);

      if (upper != first)
        {
          char buf[6];
          gint n = g_unichar_to_utf8 (upper, buf);

          g_string_erase (title, 0, g_utf8_next_char (title->str) - title->str);
          g_string_insert_len (title, 0, buf, n);
        }
    }

  return g_string_free (title, FALSE);
}

/* A date that belongs on the timeline: a calendar date or time (not a
 * duration or a set), resolved, or left relative for lack of an anchor
 * ("XXXX-07-31"), in which case the event is kept as undated. */
static gboolean
timex_dates_an_event (const DatelineTimex *timex)
{
  if (timex->type != DATELINE_TIMEX_DATE && timex->type != DATELINE_TIMEX_TIME)
    return FALSE;
  if (dateline_when_is_dated (&timex->when))
    return TRUE;
  return timex->value != NULL && g_str_has_prefix (timex->value, "XXXX");
}

/**
 * dateline_extract_article_events:
 *
 * Returns: (transfer full) (element-type DatelineEvent): one event per
 * sentence with a date, in text order
 */
GPtrArray *
dateline_extract_article_events (DatelineArticle *article)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) sentences = NULL;
  const DatelineWhen *published;
  const char *text;
  gsize length;
  GPtrArray *timexes;
  guint t = 0;

  g_return_val_if_fail (DATELINE_IS_ARTICLE (article), NULL);

  text = dateline_article_get_text (article);
  length = dateline_article_get_text_length (article);
  published = dateline_article_get_published (article);

  dateline_article_take_timexes (article,
                                 dateline_timex_tag (text, (gssize) length,
                                                     dateline_when_is_dated (published) ? published : NULL));
  timexes = dateline_article_get_timexes (article);
  sentences = dateline_segment_sentences (text, (gssize) length);

  /* Both lists are in text order: walk them together. */
  for (guint s = 0; s < sentences->len; s++)
    {
      const DatelineSpan *sentence = &g_array_index (sentences, DatelineSpan, s);
      const DatelineTimex *dating = NULL;
      g_autoptr(DatelineEvent) event = NULL;
      g_autofree char *title = NULL;
      g_autofree char *passage = NULL;

      while (t < timexes->len && ((DatelineTimex *) g_ptr_array_index (timexes, t))->start < sentence->start)
        t++;

      for (guint i = t; i < timexes->len; i++)
        {
          const DatelineTimex *timex = g_ptr_array_index (timexes, i);

          if (timex->start >= sentence->end)
            break;
          if (timex_dates_an_event (timex))
            {
              dating = timex;
              break;
            }
        }

      if (dating == NULL)
        continue;

      title = title_from_sentence (text + sentence->start, sentence->end - sentence->start);
      passage = g_strndup (text + sentence->start, sentence->end - sentence->start);

      event = dateline_event_new (NULL, title,
                                  classify_sentence (text + sentence->start,
                                                     sentence->end - sentence->start));
      dateline_event_set_when (event, &dating->when);
      dateline_event_add_source (event, dateline_article_get_id (article),
                                 sentence->start, sentence->end, passage);
      g_ptr_array_add (events, g_steal_pointer (&event));
    }

  return g_steal_pointer (&events);
}

void
dateline_extract_into_project (DatelineProject *project,
                               DatelineArticle *article)
{
  g_autoptr(GPtrArray) events = NULL;

  g_return_if_fail (DATELINE_IS_PROJECT (project));
  g_return_if_fail (DATELINE_IS_ARTICLE (article));

  /* The article gets its id from the project before its passages name it. */
  dateline_project_add_article (project, article);
  events = dateline_extract_article_events (article);
  dateline_project_add_events (project, events);
}
