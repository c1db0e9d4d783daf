/* dateline-extract.c — from an article's text to dated events
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One event per reported happening, not per sentence. In each sentence:
 *
 *  1. words are found, with whether they stand inside a quotation and
 *     which temporal expression (if any) covers them;
 *  2. triggers are looked up (lexicon/triggers.tsv): actions, nominal
 *     events, speech acts;
 *  3. each dated expression is attached to the trigger it modifies — the
 *     nearest one in its clause, a speech verb only when adjacent — so
 *     "Rubio said on Wednesday that talks were held on Monday" yields the
 *     talks (Monday) and the statement (Wednesday);
 *  4. every trigger with a date becomes an event titled from its clause;
 *     speech acts become statements by their speaker, one per speaker and
 *     day in an article, dated by their own expression or, failing that,
 *     by the speaker's dated statement in the same article or the
 *     publication date (then marked inferred).
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-actors.h"
#include "dateline-duplicates.h"
#include "dateline-extract.h"
#include "dateline-merge.h"
#include "dateline-segment.h"
#include "dateline-triggers.h"

/* Longest title, in characters, before it is cut at a word boundary. */
#define MAX_TITLE_CHARS 80
/* A date further than this many words from every trigger dates nothing. */
#define MAX_ATTACH_DISTANCE 7.0
/* A speech verb takes a date only when this close ("said on Wednesday"). */
#define MAX_SPEECH_DISTANCE 2.0
/* Words, punctuation included, a clause reaches back before its trigger. */
#define MAX_CLAUSE_WORDS_BEFORE 64

typedef enum {
  WORD_IN_QUOTE    = 1 << 0,
  WORD_CAPITALISED = 1 << 1,
  WORD_BOUNDARY    = 1 << 2,  /* a clause boundary: ";", "that", "but"… */
  WORD_COMMA       = 1 << 3,
  WORD_PUNCT       = 1 << 4,  /* not a word: punctuation */
} WordFlags;

typedef struct {
  guint                start;
  guint                end;
  guint                flags;
  int                  timex;     /* index into the article's timexes, or -1 */
  DatelineTrigger      trigger;   /* klass NONE when not a trigger */
} Word;

typedef struct {
  guint                word;      /* index of the trigger word */
  int                  timex;     /* the date attached to it, or -1 */
  double               distance;  /* how far that date is */
} Candidate;

typedef struct {
  DatelineArticle     *article;
  const char          *text;
  GPtrArray           *timexes;
  const DatelineWhen  *published;
  GArray              *words;      /* Word, for the current sentence */
  GPtrArray           *events;     /* the result */
  GHashTable          *statements; /* "speaker\nday" → DatelineEvent (borrowed) */
  GHashTable          *speaker_days; /* speaker → julian day of a dated statement */
  char                *last_speaker;
  char                *last_speaker_id;
  GArray              *mentions;   /* DatelineActorMention of the article */
  GArray              *quotes;     /* DatelineQuote of the article */
  gboolean             in_quote;   /* a quotation runs on across sentences */
} Extractor;

/* Words that open a new clause. ("and" is not one: it joins names as
 * often as clauses — "the United States and Russia".) */
static const char * const boundary_words[] = {
  "that", "but", "however", "while", "whereas", "although", "though",
  "because", "since", "after", "before", "when", "if", "unless",
  "which", "who", "where", NULL
};

/* Words after which a title has said enough: a coordinated or adjunct
 * phrase follows ("held talks aimed at ending the war"). */
static const char * const title_stops[] = {
  "and", "or", "aimed", "amid", "despite", "following", "ahead", "including",
  "as", "in order", "citing", "saying", "calling", NULL
};

/* Words that lead into a date ("on Monday") and go with it from titles. */
static const char * const date_prepositions[] = {
  "on", "in", "at", "by", "since", "until", "till", "during", "overnight",
  "from", "early", "late", "earlier", "later", "around", "about", "of", NULL
};

/* Words dropped from the start of a title. */
static const char * const title_openers[] = {
  "the", "a", "an", "but", "and", "however", "meanwhile", "also", "so",
  "then", "yet", "still", "now", NULL
};

/* After these a word that can be a verb or a noun ("attack", "visit",
 * "vote") is the noun: "a naval attack", "their latest strike". */
static const char * const noun_markers[] = {
  "a", "an", "the", "this", "its", "their", "his", "her", "our", "your",
  "latest", "new", "another", "fresh", "first", "second", "last", "major",
  "deadly", "naval", "military", "air", "missile", "drone", "ground", NULL
};

/* Verbs the lexicon does not list, so that "came ahead of X's deadline"
 * reads "deadline" as an object. */
static const char * const common_verbs[] = {
  "came", "come", "comes", "went", "go", "goes", "got", "gets", "saw", "see",
  "sees", "followed", "follows", "preceded", "precedes", "marked", "marks",
  "sparked", "sparks", "prompted", "prompts", "triggered", "triggers",
  "ended", "caused", "causes", NULL
};

/* Function words that are neither subjects nor content. */
static const char * const auxiliaries[] = {
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
  "will", "would", "could", "should", "may", "might", "can", "did", "does",
  "do", "must", "shall", NULL
};

static const char * const pronouns[] = {
  "he", "she", "they", "it", "we", "i", NULL
};

static gboolean
word_in_list (const char         *text,
              const Word         *word,
              const char * const *list)
{
  gsize length = word->end - word->start;

  for (guint i = 0; list[i] != NULL; i++)
    if (strlen (list[i]) == length && g_ascii_strncasecmp (text + word->start, list[i], length) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_open_quote (gunichar c)
{
  return c == 0x201C || c == 0x00AB || c == 0x201E;
}

static gboolean
is_close_quote (gunichar c)
{
  return c == 0x201D || c == 0x00BB;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '-' || c == '\'' || c == 0x2019 || c == '.';
}

/* Splits the sentence [start, end) into words and punctuation, marking
 * quotations (which may run on from an earlier sentence), dates and
 * triggers. */
static void
tokenize_sentence (Extractor *self,
                   guint      start,
                   guint      end)
{
  const char *text = self->text;
  const char *p = text + start;
  const char *stop = text + end;
  guint t = 0;

  g_array_set_size (self->words, 0);

  while (t < self->timexes->len && ((DatelineTimex *) g_ptr_array_index (self->timexes, t))->end <= start)
    t++;

  while (p < stop)
    {
      gunichar c = g_utf8_get_char (p);
      Word word = { 0 };

      if (g_unichar_isspace (c))
        {
          /* A paragraph ends any quotation that did not close. */
          if (c == '\n')
            self->in_quote = FALSE;
          p = g_utf8_next_char (p);
          continue;
        }

      word.start = (guint) (p - text);
      word.timex = -1;

      if (c == '"' || is_open_quote (c) || is_close_quote (c))
        {
          if (c == '"')
            self->in_quote = !self->in_quote;
          else
            self->in_quote = is_open_quote (c);
          p = g_utf8_next_char (p);
          continue;
        }

      if (g_unichar_isalnum (c))
        {
          while (p < stop && is_word_char (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          /* A final full stop belongs to the sentence, not the word,
           * unless the word is an abbreviation with inner dots (U.S.). */
          while (p > text + word.start + 1 && p[-1] == '.' &&
                 memchr (text + word.start, '.', (gsize) (p - 1 - (text + word.start))) == NULL)
            p--;
          /* Likewise a trailing apostrophe or hyphen. */
          while (p > text + word.start + 1 && (p[-1] == '-' || p[-1] == '\''))
            p--;
          word.end = (guint) (p - text);

          if (g_unichar_isupper (c))
            word.flags |= WORD_CAPITALISED;
        }
      else
        {
          p = g_utf8_next_char (p);
          word.end = (guint) (p - text);
          word.flags |= WORD_PUNCT;
          if (c == ',')
            word.flags |= WORD_COMMA;
          if (c == ';' || c == ':' || c == 0x2014 || c == 0x2013 || c == '(' || c == ')')
            word.flags |= WORD_BOUNDARY;
        }

      if (self->in_quote)
        word.flags |= WORD_IN_QUOTE;

      while (t < self->timexes->len && ((DatelineTimex *) g_ptr_array_index (self->timexes, t))->end <= word.start)
        t++;
      if (t < self->timexes->len && ((DatelineTimex *) g_ptr_array_index (self->timexes, t))->start < word.end)
        word.timex = (int) t;

      if (!(word.flags & WORD_PUNCT))
        {
          if (word_in_list (text, &word, boundary_words))
            word.flags |= WORD_BOUNDARY;
          /* A word inside a date ("March") is never a trigger, nor is a
           * capitalised word inside a sentence: it is part of a name
           * ("the United States", "Strike Group"). */
          if (word.timex < 0 && (!(word.flags & WORD_CAPITALISED) || self->words->len == 0))
            dateline_trigger_lookup (text + word.start, word.end - word.start, &word.trigger);
        }

      /* "a naval attack": the noun, not the verb. */
      if (word.trigger.klass == DATELINE_TRIGGER_VERB && self->words->len > 0)
        {
          const Word *previous = &g_array_index (self->words, Word, self->words->len - 1);
          gsize previous_length = previous->end - previous->start;
          const char *previous_end = text + previous->end;

          if (word_in_list (text, previous, noun_markers) ||
              (previous_length > 2 && (g_str_has_prefix (previous_end - 2, "'s") ||
                                       (previous_length > 4 && g_str_has_prefix (previous_end - 4, "’s")))))
            {
              DatelineTrigger noun;

              /* Only when the word is an event noun at all. */
              if (dateline_trigger_lookup_noun (text + word.start, word.end - word.start, &noun))
                word.trigger = noun;
            }
        }

      g_array_append_val (self->words, word);
    }
}

static const Word *
word_at (Extractor *self,
         guint      i)
{
  return &g_array_index (self->words, Word, i);
}

/* A date that belongs on the timeline: a calendar date or time (not a
 * duration or a set), resolved, or left relative for lack of an anchor
 * ("XXXX-07-31"), in which case its event is kept as undated. */
static gboolean
timex_dates_an_event (const DatelineTimex *timex)
{
  if (timex->type != DATELINE_TIMEX_DATE && timex->type != DATELINE_TIMEX_TIME)
    return FALSE;
  if (dateline_when_is_dated (&timex->when))
    return TRUE;
  /* Unresolved for want of an anchor, but it names a day: "XXXX-07-31",
   * "XXXX-WXX-3". A bare clock time ("XXXX-XX-XXT23:00") names none. */
  return timex->value != NULL && g_str_has_prefix (timex->value, "XXXX-") &&
         timex->value[5] != '\0' && (g_ascii_isdigit (timex->value[5]) ||
                                     g_str_has_prefix (timex->value + 5, "WXX-"));
}

/* What crossing word @i costs a trigger on its way to a date, in words
 * (attach_dates() adds them up): a comma costs one more, a clause
 * boundary three more, punctuation nothing. Before the date, prepositions
 * that lead into it ("met on Monday", "overnight on July 31") go with the
 * date and cost nothing: @leads_to_date says that every word from @i to
 * the date is such a preposition. */
static double
crossing_cost (Extractor *self,
               guint      i,
               gboolean   leads_to_date)
{
  const Word *word = word_at (self, i);

  if (leads_to_date)
    return 0;
  if (word->flags & WORD_BOUNDARY)
    return 3;
  if (word->flags & WORD_COMMA)
    return 1;
  if (!(word->flags & WORD_PUNCT))
    return 1;
  return 0;
}

/* Chooses, for each dated expression of the sentence, the trigger it
 * modifies, and returns one candidate per trigger that got a date. */
static GArray *
attach_dates (Extractor *self)
{
  GArray *candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  g_autoptr(GArray) distances = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = self->words->len;
  /* word index → its entry in candidates, or -1 */
  g_autofree int *candidate_of = g_new (int, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    candidate_of[i] = -1;

  for (guint i = 0; i < n; )
    {
      const Word *word = word_at (self, i);
      const DatelineTimex *timex;
      guint first = i, last = i;
      guint lo, hi;
      double best_distance = G_MAXDOUBLE;
      int best = -1;

      if (word->timex < 0)
        {
          i++;
          continue;
        }

      g_array_set_size (distances, 0);
      while (last + 1 < n && word_at (self, last + 1)->timex == word->timex)
        last++;
      i = last + 1;

      timex = g_ptr_array_index (self->timexes, word->timex);
      if (!timex_dates_an_event (timex))
        continue;

      /* A word costs the same whichever trigger crosses it, so the
       * distance only grows away from the date: the triggers within reach
       * lie in a window around it. Walking out from the date until the
       * distance passes the larger limit keeps a sentence linear however
       * long it is (a 10 MB line without a full stop is one sentence). */
      {
        double distance = 0;
        gboolean leads_to_date = TRUE;

        lo = first;
        while (lo > 0 && distance <= MAX_ATTACH_DISTANCE)
          {
            lo--;
            g_array_append_val (distances, distance);
            leads_to_date = leads_to_date && word_in_list (self->text, word_at (self, lo), date_prepositions);
            distance += crossing_cost (self, lo, leads_to_date);
          }
        /* Stored from the date outwards; the choice below goes in text order. */
        for (guint a = 0, b = distances->len; a + 1 < b; a++, b--)
          {
            double swap = g_array_index (distances, double, a);

            g_array_index (distances, double, a) = g_array_index (distances, double, b - 1);
            g_array_index (distances, double, b - 1) = swap;
          }

        /* A trigger after its date costs a little more (news puts the
         * date after the verb: "met on Monday"). */
        for (guint j = first; j <= last; j++)
          {
            distance = 1.0;
            g_array_append_val (distances, distance);
          }
        distance = 1.0;
        hi = last;
        while (hi + 1 < n && distance <= MAX_ATTACH_DISTANCE)
          {
            hi++;
            g_array_append_val (distances, distance);
            distance += crossing_cost (self, hi, FALSE);
          }
      }

      for (guint j = lo; j <= hi; j++)
        {
          const Word *trigger = word_at (self, j);
          double distance, limit;

          if (trigger->trigger.klass == DATELINE_TRIGGER_NONE ||
              trigger->trigger.klass == DATELINE_TRIGGER_LIGHT)
            continue;
          /* Inside a quotation a date dates only what is quoted with it,
           * and only a date stated in full: a speaker's "the next morning
           * another city is hit" tells a habit, not a day. */
          if ((trigger->flags & WORD_IN_QUOTE) != (word->flags & WORD_IN_QUOTE))
            continue;
          if ((trigger->flags & WORD_IN_QUOTE) &&
              (timex->anchor != DATELINE_ANCHOR_NONE || !dateline_when_is_dated (&timex->when)))
            continue;

          distance = g_array_index (distances, double, j - lo);
          limit = trigger->trigger.klass == DATELINE_TRIGGER_SPEECH ? MAX_SPEECH_DISTANCE : MAX_ATTACH_DISTANCE;
          if (distance > limit)
            continue;
          /* A specific happening ("assault") draws its date more than a
           * generic verb ("left") a little nearer. */
          distance -= 0.2 * dateline_event_kind_precedence (trigger->trigger.kind);
          /* Between equally near triggers, the more specific kind wins. */
          if (distance < best_distance ||
              (distance == best_distance && best >= 0 &&
               dateline_event_kind_precedence (trigger->trigger.kind) >
               dateline_event_kind_precedence (word_at (self, best)->trigger.kind)))
            {
              best_distance = distance;
              best = (int) j;
            }
        }

      if (best >= 0)
        {
          /* A trigger keeps its nearest date. */
          if (candidate_of[best] >= 0)
            {
              Candidate *candidate = &g_array_index (candidates, Candidate, candidate_of[best]);

              if (best_distance < candidate->distance)
                {
                  candidate->timex = word->timex;
                  candidate->distance = best_distance;
                }
            }
          else
            {
              Candidate candidate = { (guint) best, word->timex, best_distance };

              candidate_of[best] = (int) candidates->len;
              g_array_append_val (candidates, candidate);
            }
        }
    }

  return candidates;
}

/* ---------------------------------------------------------------------- */
/* Titles                                                                  */
/* ---------------------------------------------------------------------- */

/* Appends words [first, last] to @title, skipping dates with the
 * prepositions that lead into them, and commas left dangling. */
static gboolean
is_date_word (Extractor *self,
              guint      i)
{
  return i < self->words->len && word_at (self, i)->timex >= 0;
}

static void
append_words_full (Extractor *self,
                   GString   *title,
                   guint      first,
                   guint      last,
                   gboolean   keep_dates)
{
  for (guint i = first; i <= last && i < self->words->len; i++)
    {
      const Word *word = word_at (self, i);

      if (keep_dates)
        {
          if (!(word->flags & WORD_PUNCT))
            {
              if (title->len > 0)
                g_string_append_c (title, ' ');
              g_string_append_len (title, self->text + word->start, word->end - word->start);
            }
          continue;
        }

      if (word->timex >= 0)
        continue;
      /* "Monday or Tuesday" goes whole. */
      if (i > 0 && is_date_word (self, i - 1) && is_date_word (self, i + 1) &&
          word_in_list (self->text, word, (const char * const[]) { "or", "and", "to", NULL }))
        continue;
      /* "on" in "met on Monday", "overnight on" in "overnight on July 31" */
      if (word_in_list (self->text, word, date_prepositions))
        {
          guint j = i + 1;

          while (j < self->words->len && word_in_list (self->text, word_at (self, j), date_prepositions))
            j++;
          /* The date may lie past the end of the range: "…a cargo ship on". */
          if (j < self->words->len && word_at (self, j)->timex >= 0)
            {
              i = j - 1;
              continue;
            }
        }

      if (word->flags & WORD_PUNCT)
        {
          /* Keep only an apostrophe-like joiner; commas and brackets go. */
          continue;
        }

      if (title->len > 0)
        g_string_append_c (title, ' ');
      g_string_append_len (title, self->text + word->start, word->end - word->start);
    }
}

static void
append_words (Extractor *self,
              GString   *title,
              guint      first,
              guint      last)
{
  append_words_full (self, title, first, last, FALSE);
}

/* TRUE when the comma at @comma opens a short parenthetical that holds a
 * date (", overnight on July 31,"); sets @close to its closing comma. */
static gboolean
is_date_parenthetical (Extractor *self,
                       guint      comma,
                       guint     *close)
{
  gboolean dated = FALSE;

  for (guint j = comma + 1; j < self->words->len && j <= comma + 6; j++)
    {
      const Word *word = word_at (self, j);

      if (word->flags & WORD_COMMA)
        {
          *close = j;
          return dated;
        }
      if (word->flags & WORD_BOUNDARY)
        return FALSE;
      if (word->timex >= 0)
        dated = TRUE;
    }

  return FALSE;
}

/* The words of the clause around @trigger: back to a clause boundary or
 * the sentence start, forward to the next boundary, comma or the end. */
static void
clause_bounds (Extractor *self,
               guint      trigger,
               guint     *first,
               guint     *last)
{
  guint n = self->words->len;
  guint i = trigger;
  guint words_after = 0;

  /* Back no further than a clause of news prose ever reaches: a sentence
   * with no comma for megabytes must not be walked once per trigger. */
  while (i > 0 && trigger - i < MAX_CLAUSE_WORDS_BEFORE)
    {
      const Word *previous = word_at (self, i - 1);

      if ((previous->flags & WORD_BOUNDARY) && previous->timex < 0)
        break;
      /* A comma ends the clause unless what follows it is a date
       * parenthetical ("…, overnight on July 31, left…"). */
      if (previous->flags & WORD_COMMA)
        {
          gboolean parenthetical = FALSE;

          for (guint j = i; j < trigger && !(word_at (self, j)->flags & WORD_COMMA); j++)
            if (word_at (self, j)->timex >= 0)
              parenthetical = TRUE;
          if (!parenthetical)
            break;
        }
      i--;
    }
  *first = i;

  for (i = trigger + 1; i < n; i++)
    {
      const Word *word = word_at (self, i);
      guint close;

      if ((word->flags & WORD_COMMA) && is_date_parenthetical (self, i, &close))
        {
          i = close;
          continue;
        }
      if (word->timex < 0 && (word->flags & (WORD_BOUNDARY | WORD_COMMA)))
        break;
      if (word->timex < 0 && word_in_list (self->text, word, title_stops))
        break;
      if (!(word->flags & WORD_PUNCT) && word->timex < 0)
        words_after++;
      if (words_after > 8)
        break;
    }
  *last = i > 0 ? i - 1 : 0;
}

static void
finish_title (GString *title)
{
  /* Drop openers ("The", "But") and dangling ends. */
  for (;;)
    {
      gboolean dropped = FALSE;

      for (guint i = 0; title_openers[i] != NULL; i++)
        {
          gsize length = strlen (title_openers[i]);

          if (title->len > length && g_ascii_strncasecmp (title->str, title_openers[i], length) == 0 &&
              title->str[length] == ' ')
            {
              g_string_erase (title, 0, length + 1);
              dropped = TRUE;
              break;
            }
        }
      if (!dropped)
        break;
    }

  if (g_utf8_strlen (title->str, -1) > MAX_TITLE_CHARS)
    {
      const char *cut = g_utf8_offset_to_pointer (title->str, MAX_TITLE_CHARS);
      const char *space = cut;

      while (space > title->str && *space != ' ')
        space--;
      g_string_truncate (title, (gsize) ((space > title->str ? space : cut) - title->str));
      g_string_append (title, "…");
    }

  while (title->len > 0 && strchr (" ,;:.", title->str[title->len - 1]))
    g_string_truncate (title, title->len - 1);

  /* A title cut after "and", "to" or "the" ends mid-phrase: drop it. */
  for (;;)
    {
      static const char * const dangling[] = {
        "and", "or", "but", "to", "of", "for", "the", "a", "an", "in", "on", "at", "with", "by", "as", NULL
      };
      const char *space = strrchr (title->str, ' ');
      gboolean dropped = FALSE;

      if (space == NULL)
        break;
      for (guint i = 0; dangling[i] != NULL; i++)
        if (g_ascii_strcasecmp (space + 1, dangling[i]) == 0)
          {
            g_string_truncate (title, (gsize) (space - title->str));
            dropped = TRUE;
            break;
          }
      if (!dropped)
        break;
    }

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
}

static gboolean
is_probably_verb (Extractor  *self,
                  const Word *word)
{
  gsize length = word->end - word->start;

  if (word->flags & WORD_PUNCT)
    return FALSE;
  if (word->trigger.klass == DATELINE_TRIGGER_VERB ||
      word->trigger.klass == DATELINE_TRIGGER_SPEECH ||
      word->trigger.klass == DATELINE_TRIGGER_LIGHT)
    return !(word->flags & WORD_CAPITALISED) || word->start == 0;
  if (word_in_list (self->text, word, auxiliaries) || word_in_list (self->text, word, common_verbs))
    return TRUE;
  return length > 4 && !(word->flags & WORD_CAPITALISED) &&
         g_ascii_strncasecmp (self->text + word->end - 2, "ed", 2) == 0;
}

/* A title a person would write, in the article's own words: the clause of
 * the trigger without its date, or, for an event noun that is not the
 * clause's subject ("came ahead of Trump's August 8 deadline for a peace
 * deal"), the noun phrase of the trigger. */
static char *
title_for_trigger (Extractor *self,
                   guint      trigger)
{
  GString *title = g_string_new (NULL);
  guint first, last;

  clause_bounds (self, trigger, &first, &last);

  if (word_at (self, trigger)->trigger.klass == DATELINE_TRIGGER_NOUN)
    {
      gboolean verb_before = FALSE;

      /* A verb before the noun makes it an object — unless the verb only
       * carries it ("held talks"): then the clause is the event. */
      for (guint i = first; i < trigger; i++)
        if (is_probably_verb (self, word_at (self, i)) && word_at (self, i)->timex < 0)
          verb_before = word_at (self, i)->trigger.klass != DATELINE_TRIGGER_LIGHT;

      if (verb_before)
        {
          guint np_first = trigger;
          guint np_last = trigger;
          guint extra = 0;

          /* Back over modifiers and possessors: not verbs, prepositions,
           * or punctuation. */
          while (np_first > first)
            {
              const Word *previous = word_at (self, np_first - 1);

              if (previous->flags & (WORD_PUNCT | WORD_BOUNDARY))
                break;
              if (is_probably_verb (self, previous))
                break;
              if (previous->timex < 0 && word_in_list (self->text, previous, date_prepositions) &&
                  !(np_first >= 2 && word_at (self, np_first - 2)->timex >= 0))
                break;
              if (g_ascii_strncasecmp (self->text + previous->start, "ahead", 5) == 0)
                break;
              np_first--;
            }
          /* Forward through a short complement ("for a peace deal"). */
          while (np_last < last && extra < 5)
            {
              const Word *next = word_at (self, np_last + 1);

              if (next->flags & WORD_PUNCT || is_probably_verb (self, next))
                break;
              np_last++;
              extra++;
            }
          first = np_first;
          last = np_last;
        }
    }

  /* "Dozens of ships, among them tankers…, were waiting": the clause
   * starts at a verb after an aside; its subject is what precedes the
   * aside. "The canal, which opened in 1869": the relative clause's
   * subject is the noun before it. */
  if (first > 0 && first < self->words->len &&
      (is_probably_verb (self, word_at (self, first)) ||
       word_in_list (self->text, word_at (self, first - 1), (const char * const[]) { "which", "who", NULL })))
    {
      guint close = first - 1;
      guint open, subject_first;

      if (word_in_list (self->text, word_at (self, close), (const char * const[]) { "which", "who", NULL }) && close > 0)
        close--;
      if (close < self->words->len && (word_at (self, close)->flags & WORD_COMMA) && close > 0)
        {
          open = close - 1;
          /* The comma that opens the aside, or the one just closed. */
          /* An aside may hold clause words of its own ("which opened"):
           * only its opening comma ends it. */
          if (!word_in_list (self->text, word_at (self, first - 1), (const char * const[]) { "which", "who", NULL }))
            while (open > 0 && !(word_at (self, open)->flags & WORD_COMMA))
              open--;
          else
            open = close;
          subject_first = open;
          while (subject_first > 0 && !(word_at (self, subject_first - 1)->flags & (WORD_COMMA | WORD_BOUNDARY)))
            subject_first--;
          if (open > subject_first && open - subject_first <= 8)
            {
              append_words (self, title, subject_first, open - 1);
              append_words (self, title, first, last);
              finish_title (title);
              return g_string_free (title, FALSE);
            }
        }
    }

  append_words (self, title, first, last);
  finish_title (title);

  /* A bare noun ("Deadline") says too little: take the sentence up to it. */
  if (strchr (title->str, ' ') == NULL || g_utf8_strlen (title->str, -1) < 12)
    {
      g_string_truncate (title, 0);
      append_words (self, title, 0, last);
      finish_title (title);
    }

  return g_string_free (title, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Speakers                                                                */
/* ---------------------------------------------------------------------- */

/* How a speaker is named in a title: a person by the last word of the
 * canonical name ("Rubio"), anything else by its name ("Suez Canal
 * Authority"). */
static char *
speaker_display_name (const DatelineActorMention *mention)
{
  const char *space;

  if (mention->kind == DATELINE_ACTOR_PERSON && (space = strrchr (mention->name, ' ')) != NULL)
    return g_strdup (space + 1);
  return g_strdup (mention->name);
}

static const DatelineActorMention *
mention_at (Extractor *self,
            guint      i)
{
  return &g_array_index (self->mentions, DatelineActorMention, i);
}

/* TRUE when only white space and commas lie in [from, to). */
static gboolean
only_space_between (Extractor *self,
                    guint      from,
                    guint      to)
{
  if (from > to || to - from > 3)
    return FALSE;
  for (guint i = from; i < to; i++)
    if (!g_ascii_isspace (self->text[i]) && self->text[i] != ',')
      return FALSE;
  return TRUE;
}

/* Who made the statement whose speech verb is word @verb: the speaker the
 * recognizer gave a quotation of this sentence; else the actor named right
 * before ("Marco Rubio said", "he said" resolved) or right after ("said
 * Lt. Gen. Osama Rabie") the verb; else a capitalised word there, without
 * an actor. Returns the name for the title; *@actor_id the actor's id or
 * NULL. */
static char *
find_speaker (Extractor  *self,
              guint       verb,
              char      **actor_id)
{
  const Word *verb_word = word_at (self, verb);
  guint sentence_start = word_at (self, 0)->start;
  guint sentence_end = word_at (self, self->words->len - 1)->end;
  guint n = self->words->len;

  *actor_id = NULL;

  if (self->quotes != NULL)
    for (guint q = 0; q < self->quotes->len; q++)
      {
        const DatelineQuote *quote = &g_array_index (self->quotes, DatelineQuote, q);

        if (quote->outer_end < sentence_start || quote->outer_start > sentence_end)
          continue;
        if (quote->speaker != DATELINE_ACTOR_MENTION_NONE && quote->speaker < self->mentions->len)
          {
            const DatelineActorMention *speaker = mention_at (self, quote->speaker);

            *actor_id = g_strdup (speaker->id);
            return speaker_display_name (speaker);
          }
      }

  if (self->mentions != NULL)
    for (guint m = 0; m < self->mentions->len; m++)
      {
        const DatelineActorMention *mention = mention_at (self, m);

        if (mention->start > verb_word->end + 3)
          break;
        if (only_space_between (self, mention->end, verb_word->start) ||
            only_space_between (self, verb_word->end, mention->np_start))
          {
            *actor_id = g_strdup (mention->id);
            return speaker_display_name (mention);
          }
      }

  if (verb > 0)
    {
      const Word *before = word_at (self, verb - 1);

      if (!(before->flags & WORD_PUNCT) && word_in_list (self->text, before, pronouns))
        {
          *actor_id = g_strdup (self->last_speaker_id);
          return g_strdup (self->last_speaker);
        }

      if ((before->flags & WORD_CAPITALISED) && before->timex < 0 && !(before->flags & WORD_IN_QUOTE))
        return g_strndup (self->text + before->start, before->end - before->start);
    }

  if (verb + 1 < n)
    {
      guint j = verb + 1;

      /* "said Lt. Gen. Osama Rabie": take the last capitalised word. */
      while (j < n && (word_at (self, j)->flags & WORD_CAPITALISED) && word_at (self, j)->timex < 0)
        j++;
      if (j > verb + 1)
        {
          const Word *name = word_at (self, j - 1);
          return g_strndup (self->text + name->start, name->end - name->start);
        }
    }

  return NULL;
}

/* The actors named (not guessed) in [start, end) become the event's. */
static void
add_actors_in_range (Extractor     *self,
                     DatelineEvent *event,
                     guint          start,
                     guint          end)
{
  guint first, count;

  if (self->mentions == NULL)
    return;

  count = dateline_actor_mentions_find_range (self->mentions, start, end, &first);
  for (guint m = first; m < first + count; m++)
    {
      const DatelineActorMention *mention = mention_at (self, m);

      if (!(mention->flags & DATELINE_ACTOR_MENTION_GUESSED))
        dateline_event_add_actor (event, mention->id);
    }
}

/* What was said: a quotation in the sentence, or the clause reported. */
static char *
statement_title (Extractor  *self,
                 guint       verb,
                 const char *speaker)
{
  GString *title = g_string_new (NULL);
  guint n = self->words->len;
  guint first = G_MAXUINT, last = 0;
  guint that_word;

  /* The first quoted words of the sentence. */
  for (guint i = 0; i < n; i++)
    if (word_at (self, i)->flags & WORD_IN_QUOTE)
      {
        if (first == G_MAXUINT)
          first = i;
        last = i;
      }
      else if (first != G_MAXUINT)
        break;

  if (first != G_MAXUINT)
    {
      GString *quote = g_string_new (NULL);

      append_words_full (self, quote, first, MIN (last, first + 11), TRUE);
      while (quote->len > 0 && strchr (" ,;:.", quote->str[quote->len - 1]))
        g_string_truncate (quote, quote->len - 1);
      g_string_append_printf (title, "%s: “%s%s”", speaker, quote->str, last > first + 11 ? "…" : "");
      g_string_free (quote, TRUE);
      return g_string_free (title, FALSE);
    }

  /* "…no progress was made, U.S. Secretary of State Marco Rubio said":
   * the clause before the attribution. "X said that …": the clause after. */
  /* "said that …", "said on Wednesday that …": the date may come first. */
  {
    guint j = verb + 1;

    while (j < n && (word_at (self, j)->timex >= 0 || word_in_list (self->text, word_at (self, j), date_prepositions)))
      j++;
    that_word = j < n && word_in_list (self->text, word_at (self, j), (const char * const[]) { "that", NULL }) ? j : 0;
  }

  if (that_word > 0 && that_word + 1 < n)
    {
      guint clause_first = that_word + 1, clause_last;

      clause_bounds (self, MIN (clause_first + 1, n - 1), &first, &clause_last);
      g_string_append_printf (title, "%s:", speaker);
      append_words (self, title, clause_first, clause_last);
    }
  else if (verb + 1 < n && !(word_at (self, verb + 1)->flags & WORD_PUNCT) &&
           word_at (self, verb + 1)->timex < 0 &&
           !word_in_list (self->text, word_at (self, verb + 1), date_prepositions) &&
           !(word_at (self, verb + 1)->flags & WORD_CAPITALISED))
    {
      /* "said tugboats had been sent …": the clause follows the verb. */
      guint clause_last = verb + 1;

      while (clause_last + 1 < n && !(word_at (self, clause_last + 1)->flags & (WORD_COMMA | WORD_BOUNDARY)) &&
             clause_last - verb < 12)
        clause_last++;
      g_string_append_printf (title, "%s:", speaker);
      append_words (self, title, verb + 1, clause_last);
    }
  else
    {
      guint comma = verb;

      while (comma > 0 && !(word_at (self, comma)->flags & WORD_COMMA))
        comma--;
      if (comma > 0)
        {
          guint start = comma;

          while (start > 0 && !(word_at (self, start - 1)->flags & (WORD_COMMA | WORD_BOUNDARY)))
            start--;
          g_string_append_printf (title, "%s:", speaker);
          append_words (self, title, start, comma - 1);
        }
      else
        {
          /* Nothing quoted, nothing reported: no statement worth a mark. */
          g_string_free (title, TRUE);
          return NULL;
        }
    }

  finish_title (title);
  return g_string_free (title, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Events                                                                  */
/* ---------------------------------------------------------------------- */

static DatelineWhen
when_of_timex (Extractor *self,
               int        timex_index)
{
  const DatelineTimex *timex = g_ptr_array_index (self->timexes, timex_index);

  return timex->when;
}

static void
add_source (DatelineEvent     *event,
            Extractor         *self,
            const DatelineSpan *sentence,
            const Word        *trigger,
            const DatelineWhen *when)
{
  DatelineSource source = { 0 };
  g_autofree char *passage = g_strndup (self->text + sentence->start, sentence->end - sentence->start);

  source.article_id = (char *) dateline_article_get_id (self->article);
  source.start = sentence->start;
  source.end = sentence->end;
  source.text = passage;
  if (trigger != NULL)
    {
      source.trigger_start = trigger->start;
      source.trigger_end = trigger->end;
    }
  if (when != NULL)
    source.when = *when;

  dateline_event_add_source_full (event, &source);
}

/* A happening that the words before the trigger put in the future
 * ("will meet", "is set to sign", "plans to vote", "is due to"). */
static gboolean
is_scheduled (Extractor *self,
              guint      trigger)
{
  static const char * const markers[] = {
    "will", "'ll", "shall", "to", "scheduled", "planned", "due", "expected", "upcoming", "next", NULL
  };

  for (guint i = trigger; i > 0 && trigger - i < 3; i--)
    {
      const Word *word = word_at (self, i - 1);

      if (word->flags & WORD_PUNCT)
        break;
      if (word_in_list (self->text, word, markers))
        return TRUE;
    }

  return FALSE;
}

static void
add_statement (Extractor          *self,
               const DatelineSpan *sentence,
               guint               verb,
               int                 timex)
{
  g_autofree char *speaker_id = NULL;
  g_autofree char *speaker = find_speaker (self, verb, &speaker_id);
  g_autofree char *title = NULL;
  const char *speaker_key;
  g_autofree char *key = NULL;
  DatelineWhen when = DATELINE_WHEN_INIT;
  DatelineWhen source_when = DATELINE_WHEN_INIT;
  DatelineEvent *event;
  gpointer day;

  /* A statement needs someone who made it. */
  if (speaker == NULL)
    return;

  g_free (self->last_speaker);
  self->last_speaker = g_strdup (speaker);
  g_free (self->last_speaker_id);
  self->last_speaker_id = g_strdup (speaker_id);
  /* One statement per speaker and day: the actor when known. */
  speaker_key = speaker_id != NULL ? speaker_id : speaker;

  if (timex >= 0)
    {
      when = when_of_timex (self, timex);
      source_when = when;
      if (when.granularity == DATELINE_GRANULARITY_DAY)
        g_hash_table_insert (self->speaker_days, g_strdup (speaker_key), GUINT_TO_POINTER (when.start));
    }
  else if ((day = g_hash_table_lookup (self->speaker_days, speaker_key)) != NULL)
    {
      /* "Rubio said on Wednesday …" then "Rubio said …": the same day. */
      dateline_when_set_day (&when, GPOINTER_TO_UINT (day), DATELINE_CERTAINTY_INFERRED);
    }
  else if (dateline_when_is_dated (self->published) &&
           self->published->granularity == DATELINE_GRANULARITY_DAY)
    {
      /* Said, in a news report, without a date: by the day it was
       * published. Marked inferred so the UI can say so. */
      dateline_when_set_day (&when, self->published->start, DATELINE_CERTAINTY_INFERRED);
    }
  else
    {
      /* Statements of an undated article are only worth an event when
       * their own expression dates them; otherwise they would all pile up
       * as undated. */
      return;
    }

  key = g_strdup_printf ("%s\n%u", speaker_key, when.start);
  event = g_hash_table_lookup (self->statements, key);
  if (event == NULL)
    {
      title = statement_title (self, verb, speaker);
      if (title == NULL)
        return;
      event = dateline_event_new (NULL, title, DATELINE_EVENT_STATEMENT);
      dateline_event_set_when (event, &when);
      if (speaker_id != NULL)
        dateline_event_add_actor (event, speaker_id);
      g_ptr_array_add (self->events, event);
      g_hash_table_insert (self->statements, g_steal_pointer (&key), event);
    }
  else if (timex >= 0 && dateline_event_get_when (event)->certainty == DATELINE_CERTAINTY_INFERRED)
    {
      dateline_event_set_when (event, &when);
    }

  add_source (event, self, sentence, word_at (self, verb), dateline_when_is_dated (&source_when) ? &source_when : NULL);
}

static void
extract_sentence (Extractor          *self,
                  const DatelineSpan *sentence)
{
  g_autoptr(GArray) candidates = NULL;
  gboolean has_event = FALSE;
  int first_dated_timex = -1;

  tokenize_sentence (self, sentence->start, sentence->end);
  if (self->words->len == 0)
    return;

  candidates = attach_dates (self);

  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, i);
      const Word *trigger = word_at (self, candidate->word);
      g_autofree char *title = NULL;
      DatelineEvent *event;
      DatelineWhen when;

      if (trigger->trigger.klass == DATELINE_TRIGGER_SPEECH)
        continue;

      when = when_of_timex (self, candidate->timex);
      title = title_for_trigger (self, candidate->word);
      if (title[0] == '\0')
        continue;

      event = dateline_event_new (NULL, title, trigger->trigger.kind);
      dateline_event_set_when (event, &when);
      {
        guint first, last;

        /* The actors of the trigger's clause, not of the attribution
         * that may share its sentence ("…, Rubio said"). */
        clause_bounds (self, candidate->word, &first, &last);
        add_actors_in_range (self, event, word_at (self, first)->start, word_at (self, last)->end);
      }
      dateline_event_set_scheduled (event, is_scheduled (self, candidate->word) ||
                                    trigger->trigger.kind == DATELINE_EVENT_DEADLINE);
      add_source (event, self, sentence, trigger, &when);
      g_ptr_array_add (self->events, event);
      has_event = TRUE;
    }

  /* Speech acts outside quotations: a statement by their speaker. */
  for (guint i = 0; i < self->words->len; i++)
    {
      const Word *word = word_at (self, i);
      int timex = -1;

      if (word->trigger.klass != DATELINE_TRIGGER_SPEECH || (word->flags & WORD_IN_QUOTE) ||
          (word->flags & WORD_CAPITALISED && i == 0))
        continue;

      for (guint k = 0; k < candidates->len; k++)
        if (g_array_index (candidates, Candidate, k).word == i)
          timex = g_array_index (candidates, Candidate, k).timex;

      /* "…held talks on Wednesday, the U.N. said": the speech act only
       * attributes the event already found; it is no statement of its own
       * unless it has its own date. */
      if (has_event && timex < 0)
        {
          g_autofree char *speaker_id = NULL;
          g_autofree char *speaker = find_speaker (self, i, &speaker_id);

          if (speaker != NULL)
            {
              g_free (self->last_speaker);
              self->last_speaker = g_steal_pointer (&speaker);
              g_free (self->last_speaker_id);
              self->last_speaker_id = g_steal_pointer (&speaker_id);
            }
          break;
        }

      add_statement (self, sentence, i, timex);
      break;
    }

  /* A dated sentence whose date modifies no trigger still says something
   * happened then ("The corridor carried 33 million tonnes in 2023"):
   * keep it, titled by the sentence, rather than lose a dated fact. */
  if (!has_event)
    {
      gboolean dated_speech = FALSE;

      for (guint k = 0; k < candidates->len; k++)
        if (word_at (self, g_array_index (candidates, Candidate, k).word)->trigger.klass == DATELINE_TRIGGER_SPEECH)
          dated_speech = TRUE;

      for (guint i = 0; i < self->words->len && first_dated_timex < 0; i++)
        {
          const Word *word = word_at (self, i);

          if (word->timex >= 0 && !(word->flags & WORD_IN_QUOTE) &&
              timex_dates_an_event (g_ptr_array_index (self->timexes, word->timex)))
            first_dated_timex = word->timex;
        }

      if (first_dated_timex >= 0 && !dated_speech)
        {
          GString *title = g_string_new (NULL);
          DatelineWhen when = when_of_timex (self, first_dated_timex);
          DatelineEvent *event;
          guint from = 0;

          /* "…said divers had found damage on Tuesday": the happening is
           * the reported clause, not the saying (a statement of its own). */
          for (guint i = 0; i < self->words->len; i++)
            {
              const Word *word = word_at (self, i);

              if (word->timex == first_dated_timex)
                break;
              if (word->trigger.klass == DATELINE_TRIGGER_SPEECH && !(word->flags & WORD_IN_QUOTE))
                {
                  from = i + 1;
                  if (from < self->words->len &&
                      word_in_list (self->text, word_at (self, from), (const char * const[]) { "that", NULL }))
                    from++;
                }
            }

          append_words (self, title, from, self->words->len - 1);
          finish_title (title);
          if (title->len > 0)
            {
              event = dateline_event_new (NULL, title->str, DATELINE_EVENT_OTHER);
              dateline_event_set_when (event, &when);
              add_actors_in_range (self, event, sentence->start, sentence->end);
              add_source (event, self, sentence, NULL, &when);
              g_ptr_array_add (self->events, event);
            }
          g_string_free (title, TRUE);
        }
    }
}

/**
 * dateline_extract_article_events:
 *
 * Tags the article's temporal expressions (stored on the article) and
 * returns its events in text order, statements merged per speaker and day.
 *
 * Returns: (transfer full) (element-type DatelineEvent)
 */
GPtrArray *
dateline_extract_article_events (DatelineArticle *article)
{
  return dateline_extract_article_events_full (article, NULL);
}

/**
 * dateline_extract_article_events_full:
 * @mentions_out: (out) (optional) (transfer full) (element-type DatelineActorMention):
 *   the article's actor mentions, for dateline_actors_add_to_project()
 *
 * Like dateline_extract_article_events(); the events name the actors by
 * the ids of these mentions. Safe to call from worker threads.
 */
GPtrArray *
dateline_extract_article_events_full (DatelineArticle  *article,
                                      GArray          **mentions_out)
{
  g_autoptr(GArray) sentences = NULL;
  Extractor self = { 0 };
  gsize length;

  g_return_val_if_fail (DATELINE_IS_ARTICLE (article), NULL);

  self.article = article;
  self.text = dateline_article_get_text (article);
  self.published = dateline_article_get_published (article);
  length = dateline_article_get_text_length (article);

  dateline_article_take_timexes (article,
                                 dateline_timex_tag (self.text, (gssize) length,
                                                     dateline_when_is_dated (self.published) ? self.published : NULL));
  self.timexes = dateline_article_get_timexes (article);
  self.words = g_array_new (FALSE, TRUE, sizeof (Word));
  self.events = g_ptr_array_new_with_free_func (g_object_unref);
  self.statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.speaker_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  dateline_actor_recognizer_find_mentions_and_quotes (dateline_actor_recognizer_get_default (),
                                                      self.text, (gssize) length,
                                                      &self.mentions, &self.quotes);

  sentences = dateline_segment_sentences (self.text, (gssize) length);
  for (guint s = 0; s < sentences->len; s++)
    extract_sentence (&self, &g_array_index (sentences, DatelineSpan, s));

  g_array_unref (self.words);
  g_hash_table_unref (self.statements);
  g_hash_table_unref (self.speaker_days);
  g_free (self.last_speaker);
  g_free (self.last_speaker_id);
  g_array_unref (self.quotes);
  if (mentions_out != NULL)
    *mentions_out = self.mentions;
  else
    g_array_unref (self.mentions);

  return self.events;
}

/* After dateline_actors_add_to_project() a mention may have joined an
 * actor spelled otherwise ("Sergey" for "Sergei"): name the project's. */
static void
attach_actors (DatelineProject *project,
               DatelineArticle *article,
               GArray          *mentions,
               GPtrArray       *events)
{
  g_autoptr(GHashTable) known_as = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *actors;

  dateline_actors_add_to_project (project, article, mentions);

  actors = dateline_project_get_actors (project);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(DatelineActor) actor = g_list_model_get_item (actors, i);
      char *key = dateline_actors_dup_match_key (dateline_actor_get_name (actor));

      g_hash_table_insert (known_as, key, g_strdup (dateline_actor_get_id (actor)));
    }

  for (guint i = 0; i < events->len; i++)
    {
      DatelineEvent *event = g_ptr_array_index (events, i);
      g_auto(GStrv) ids = g_strdupv ((char **) dateline_event_get_actors (event));

      if (ids[0] == NULL)
        continue;

      dateline_event_clear_actors (event);
      for (guint j = 0; ids[j] != NULL; j++)
        {
          const char *id = ids[j];

          if (dateline_project_lookup_actor (project, id) == NULL)
            {
              /* The mention's canonical name, matched across spellings. */
              for (guint m = 0; m < mentions->len; m++)
                {
                  const DatelineActorMention *mention = &g_array_index (mentions, DatelineActorMention, m);

                  if (g_str_equal (mention->id, ids[j]))
                    {
                      g_autofree char *key = dateline_actors_dup_match_key (mention->name);

                      id = g_hash_table_lookup (known_as, key);
                      break;
                    }
                }
            }

          /* An event never names an actor the project does not hold. */
          if (id != NULL && dateline_project_lookup_actor (project, id) != NULL)
            dateline_event_add_actor (event, id);
        }
    }
}

void
dateline_extract_into_project (DatelineProject *project,
                               DatelineArticle *article)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GArray) mentions = NULL;

  g_return_if_fail (DATELINE_IS_PROJECT (project));
  g_return_if_fail (DATELINE_IS_ARTICLE (article));


  /* The article gets its id from the project before its passages name it. */
  dateline_project_add_article (project, article);
  events = dateline_extract_article_events_full (article, &mentions);
  attach_actors (project, article, mentions, events);
  dateline_project_add_events (project, events);
}

typedef struct {
  DatelineArticle *article;
  GPtrArray       *events;
  GArray          *mentions;
} ExtractJob;

static void
extract_job_run (gpointer data,
                 gpointer user_data)
{
  ExtractJob *job = data;

  job->events = dateline_extract_article_events_full (job->article, &job->mentions);
}

void
dateline_extract_articles_into_project (DatelineProject *project,
                                        GPtrArray       *articles)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree ExtractJob *jobs = NULL;
  GListModel *known;
  GThreadPool *pool;
  guint n_workers;

  g_return_if_fail (DATELINE_IS_PROJECT (project));
  g_return_if_fail (articles != NULL);

  if (articles->len == 0)
    return;

  /* Ids first: the passages of the events name their article. */
  for (guint i = 0; i < articles->len; i++)
    dateline_project_add_article (project, g_ptr_array_index (articles, i));

  /* Copies are found among all the project's articles, so that a copy
   * opened later still borrows the date of an original opened before. */
  known = dateline_project_get_articles (project);
  for (guint i = 0; i < g_list_model_get_n_items (known); i++)
    g_ptr_array_add (all, g_list_model_get_item (known, i));
  dateline_duplicates_link (all);

  /* Each article is extracted by one worker; the tagger's and the
   * trigger lexicon's tables are built once and only read. */
  jobs = g_new0 (ExtractJob, articles->len);
  n_workers = CLAMP (g_get_num_processors (), 1, 16);
  pool = g_thread_pool_new (extract_job_run, NULL, (int) n_workers, FALSE, NULL);
  for (guint i = 0; i < articles->len; i++)
    {
      jobs[i].article = g_ptr_array_index (articles, i);
      g_thread_pool_push (pool, &jobs[i], NULL);
    }
  g_thread_pool_free (pool, FALSE, TRUE);

  for (guint i = 0; i < articles->len; i++)
    {
      attach_actors (project, jobs[i].article, jobs[i].mentions, jobs[i].events);
      dateline_project_add_events (project, jobs[i].events);
      g_ptr_array_unref (jobs[i].events);
      g_array_unref (jobs[i].mentions);
    }

  dateline_merge_project_events (project);
}

void
dateline_extract_article_again (DatelineProject *project,
                                DatelineArticle *article)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GArray) mentions = NULL;
  const char *id;
  GListModel *model;

  g_return_if_fail (DATELINE_IS_PROJECT (project));
  g_return_if_fail (DATELINE_IS_ARTICLE (article));

  id = dateline_article_get_id (article);
  g_return_if_fail (dateline_project_lookup_article (project, id) == article);

  /* The article's passages leave; what the user edited stays as it is. */
  model = dateline_project_get_events (project);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (model, i);

      if (dateline_event_get_edited (event) || dateline_event_remove_sources_in (event, id) > 0)
        g_ptr_array_add (kept, g_object_ref (event));
    }

  model = dateline_project_get_actors (project);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DatelineActor) actor = g_list_model_get_item (model, i);
      dateline_actor_remove_mentions_in (actor, id);
    }

  events = dateline_extract_article_events_full (article, &mentions);
  attach_actors (project, article, mentions, events);
  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (kept, g_object_ref (g_ptr_array_index (events, i)));

  dateline_project_replace_events (project, kept);
  dateline_merge_project_events (project);
}

gboolean
dateline_extract_propose_published (DatelineArticle *article,
                                    DatelineWhen    *proposal,
                                    guint           *evidence_start,
                                    guint           *evidence_end)
{
  g_autoptr(GPtrArray) timexes = NULL;
  const DatelineTimex *latest = NULL;

  g_return_val_if_fail (DATELINE_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (proposal != NULL, FALSE);

  /* Tagged without an anchor: only what the text states in full counts. */
  timexes = dateline_timex_tag (dateline_article_get_text (article),
                                (gssize) dateline_article_get_text_length (article), NULL);

  for (guint i = 0; i < timexes->len; i++)
    {
      const DatelineTimex *timex = g_ptr_array_index (timexes, i);

      if (timex->type != DATELINE_TIMEX_DATE && timex->type != DATELINE_TIMEX_TIME)
        continue;
      if (timex->when.granularity != DATELINE_GRANULARITY_DAY || !dateline_when_is_dated (&timex->when))
        continue;
      if (latest == NULL || timex->when.start > latest->when.start)
        latest = timex;
    }

  if (latest == NULL)
    return FALSE;

  /* A report is written after the last day it tells of, and that day may
   * be given without its year ("… and on July 7 it sailed"): read the
   * text again with the latest full date as the anchor, and take the
   * latest day written with its day number (a weekday or "yesterday"
   * resolved against a guess would prove nothing). */
  {
    g_autoptr(GPtrArray) anchored = dateline_timex_tag (dateline_article_get_text (article),
                                                        (gssize) dateline_article_get_text_length (article),
                                                        &latest->when);
    const char *text = dateline_article_get_text (article);
    const DatelineTimex *later;

    later = NULL;
    for (guint i = 0; i < anchored->len; i++)
      {
        const DatelineTimex *timex = g_ptr_array_index (anchored, i);
        gboolean has_day_number = FALSE;

        if (timex->when.granularity != DATELINE_GRANULARITY_DAY || !dateline_when_is_dated (&timex->when) ||
            timex->when.start <= latest->when.start || timex->anchor == DATELINE_ANCHOR_NONE)
          continue;
        for (guint b = timex->start; b < timex->end; b++)
          if (g_ascii_isdigit (text[b]))
            has_day_number = TRUE;
        if (has_day_number && (later == NULL || timex->when.start > later->when.start))
          later = timex;
      }

    if (later != NULL)
      {
        *proposal = later->when;
        proposal->certainty = DATELINE_CERTAINTY_INFERRED;
        if (evidence_start != NULL)
          *evidence_start = later->start;
        if (evidence_end != NULL)
          *evidence_end = later->end;
        return TRUE;
      }
  }

  *proposal = latest->when;
  proposal->certainty = DATELINE_CERTAINTY_INFERRED;
  if (evidence_start != NULL)
    *evidence_start = latest->start;
  if (evidence_end != NULL)
    *evidence_end = latest->end;
  return TRUE;
}
