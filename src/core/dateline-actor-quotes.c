/* dateline-actor-quotes.c — quotations and who said them
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * News copy attributes a quotation in a handful of ways, which are tried
 * in this order:
 *   after it:     “…,” Rubio said.   “…,” said spokesman Dmitry Peskov.
 *                 “…,” he added.     (the pronoun is the last named speaker)
 *   before it:    Rubio said: “…”    Berdowski said the ship was “like…”
 *   continuing:   “…,” Rubio stated. “…”  (the same paragraph goes on)
 * A quotation may run over paragraphs: each one reopens it and only the
 * last one closes it.  Apostrophes ("Trump’s", "doesn’t") are never taken
 * for quotation marks: they sit inside words, or, for plural possessives,
 * close nothing that was opened.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-actors-private.h"

/* How far a cue may be from its quotation, in tokens. */
#define CUE_AFTER_WINDOW 14
#define CUE_BEFORE_WINDOW 40

typedef struct {
  guint open_token;
  guint close_token;
  guint flags;
} QuoteSpan;

typedef struct {
  const ActorGazetteer *gaz;
  const char           *text;
  GArray               *tokens;
  guint                 n_tokens;
  GArray               *mentions;
  guint                *mention_of_token;  /* mention index, or NONE */
  gint32                w_said;
} QuoteScan;

static inline const ActorToken *
qtok (const QuoteScan *qs,
      guint            i)
{
  return &g_array_index (qs->tokens, ActorToken, i);
}

static inline guint32
qclasses (const QuoteScan *qs,
          guint            i)
{
  if (i >= qs->n_tokens)
    return 0;
  return actor_gazetteer_word_classes (qs->gaz, qtok (qs, i)->word);
}

static inline gboolean
is_quote_char (gunichar  ch,
               gboolean *is_double)
{
  switch (ch)
    {
    case '"': case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: case 0x201E:
      *is_double = TRUE;
      return TRUE;
    case '\'': case 0x2018: case 0x2019:
      *is_double = FALSE;
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
starts_paragraph (const ActorToken *t)
{
  return (t->flags & TOKEN_LINE_START) != 0;
}

/* The quotation spans of the text, in order. */
static GArray *
find_quote_spans (const QuoteScan *qs)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (QuoteSpan));
  QuoteSpan open = { NONE, NONE, 0 };
  gboolean open_double = FALSE;

  for (guint i = 0; i < qs->n_tokens; i++)
    {
      const ActorToken *t = qtok (qs, i);
      gboolean is_double;
      gboolean space_after;

      /* A new paragraph ends an open quotation, unless it reopens it. */
      if (open.open_token != NONE && starts_paragraph (t) && i > open.open_token)
        {
          if ((t->flags & TOKEN_PUNCT) && is_quote_char (t->ch, &is_double)
              && is_double == open_double && t->ch != 0x201D && t->ch != 0x2019)
            {
              open.flags |= DATELINE_QUOTE_MULTI_PARAGRAPH;
              continue;
            }
          open.open_token = NONE;
        }

      if (!(t->flags & TOKEN_PUNCT) || (t->flags & (TOKEN_POSSESSIVE | TOKEN_CLITIC))
          || !is_quote_char (t->ch, &is_double))
        continue;

      space_after = i + 1 >= qs->n_tokens || (qtok (qs, i + 1)->flags & (TOKEN_SPACE_BEFORE | TOKEN_LINE_START))
                    || ((qtok (qs, i + 1)->flags & TOKEN_PUNCT) && !(qtok (qs, i + 1)->ch == 0x201C || qtok (qs, i + 1)->ch == 0x2018));

      if (open.open_token != NONE)
        {
          gboolean closes;

          if (is_double != open_double)
            continue;   /* single quotes inside double ones, or the reverse */
          if (t->ch == 0x201C || t->ch == 0x2018)
            {
              /* An opening mark while open: the first was stray. */
              open.open_token = i;
              open.flags = 0;
              continue;
            }
          closes = is_double ? TRUE : (!(t->flags & TOKEN_SPACE_BEFORE) && space_after);
          if (closes && i > open.open_token + 1)
            {
              open.close_token = i;
              g_array_append_val (spans, open);
            }
          if (closes)
            {
              open.open_token = NONE;
              open.flags = 0;
            }
          continue;
        }

      /* Opening: a mark before a word, after a space or a line start. */
      if (t->ch == 0x201D || t->ch == 0x00BB)
        continue;
      if (t->ch == 0x2019)
        continue;
      if (!is_double && !(t->flags & (TOKEN_SPACE_BEFORE | TOKEN_LINE_START))
          && !(i > 0 && (qtok (qs, i - 1)->flags & TOKEN_PUNCT)))
        continue;
      if (i + 1 >= qs->n_tokens || (qtok (qs, i + 1)->flags & TOKEN_SPACE_BEFORE))
        continue;

      open.open_token = i;
      open.close_token = NONE;
      open.flags = 0;
      open_double = is_double;
    }

  return spans;
}

static gboolean
is_speaker_mention (const QuoteScan *qs,
                    guint            m)
{
  const DatelineActorMention *mention;

  if (m == NONE)
    return FALSE;
  mention = &g_array_index (qs->mentions, DatelineActorMention, m);
  if (mention->flags & DATELINE_ACTOR_MENTION_DEMONYM)
    return FALSE;
  return mention->kind != DATELINE_ACTOR_PLACE;
}

static inline gboolean
is_sentence_end (const QuoteScan *qs,
                 guint            i)
{
  const ActorToken *t = qtok (qs, i);

  if (!(t->flags & TOKEN_PUNCT))
    return FALSE;
  if (t->ch == '!' || t->ch == '?')
    return TRUE;
  if (t->ch != '.')
    return FALSE;
  /* "Mr." and "W." do not end sentences: a short capitalised word before. */
  if (i > 0 && (qtok (qs, i - 1)->flags & TOKEN_WORD) && !(t->flags & TOKEN_SPACE_BEFORE)
      && (qtok (qs, i - 1)->flags & TOKEN_CAPITALISED)
      && qtok (qs, i - 1)->end - qtok (qs, i - 1)->start <= 3
      && (qclasses (qs, i - 1) & WORD_TITLE_START))
    return FALSE;
  return TRUE;
}

static inline gboolean
is_pronoun (const QuoteScan *qs,
            guint            i,
            guint32          which)
{
  return i < qs->n_tokens && (qtok (qs, i)->flags & TOKEN_WORD)
         && (qclasses (qs, i) & which);
}

/* Is token @i the word @word (ASCII, any case)? */
static gboolean
token_is (const QuoteScan *qs,
          guint            i,
          const char      *word)
{
  const ActorToken *t;
  gsize len = strlen (word);

  if (i >= qs->n_tokens)
    return FALSE;
  t = qtok (qs, i);
  return (t->flags & TOKEN_WORD) && t->end - t->start == len
         && g_ascii_strncasecmp (qs->text + t->start, word, len) == 0;
}

/* The speaker named right after "according to" at @to (the "to"): the
 * last mention of the noun phrase ("according to Kremlin spokesman Dmitry
 * Peskov"), or NONE. */
static guint
according_to_speaker (const QuoteScan *qs,
                      guint            to,
                      guint            limit)
{
  guint speaker = NONE;

  for (guint j = to + 1; j < limit && j < to + 10; j++)
    {
      const ActorToken *t = qtok (qs, j);
      guint m = qs->mention_of_token[j];

      if (is_speaker_mention (qs, m))
        speaker = m;
      else if ((t->flags & TOKEN_PUNCT) && t->ch != '.' && t->ch != '-')
        break;
      else if (speaker != NONE && (t->flags & TOKEN_LOWER) && !(qclasses (qs, j) & WORD_TITLE_START))
        break;
    }

  return speaker;
}

typedef struct {
  guint speaker;        /* mention index, or NONE */
  guint pronoun_token;  /* token of a pronoun cue, or NONE */
  guint32 pronoun_class;
  guint flags;
} Cue;

/* “…,” Rubio said / said Rubio / he added / said spokesman Peskov. */
static Cue
cue_after (const QuoteScan *qs,
           guint            close)
{
  Cue cue = { NONE, NONE, 0, 0 };
  guint i = close + 1, verb = NONE;

  if (i < qs->n_tokens && (qtok (qs, i)->flags & TOKEN_PUNCT) && qtok (qs, i)->ch == ',')
    i++;
  if (i >= qs->n_tokens || starts_paragraph (qtok (qs, i)))
    return cue;

  /* “…,” according to Rubio. */
  if (token_is (qs, i, "according") && token_is (qs, i + 1, "to"))
    {
      cue.speaker = according_to_speaker (qs, i + 1, qs->n_tokens);
      cue.flags = cue.speaker != NONE ? DATELINE_QUOTE_CUE_AFTER : 0;
      return cue;
    }

  /* “….” ends a sentence: what follows is a new one ("Its chief said"),
   * unless it goes on in lower case (“….” he said). */
  if (close > 0 && (qtok (qs, close - 1)->flags & TOKEN_PUNCT) && qtok (qs, close - 1)->ch == '.'
      && !(qtok (qs, i)->flags & TOKEN_LOWER))
    return cue;

  for (guint j = i; j < qs->n_tokens && j < i + CUE_AFTER_WINDOW; j++)
    {
      const ActorToken *t = qtok (qs, j);
      gboolean is_double;

      if (j > i && starts_paragraph (t))
        break;
      if ((t->flags & TOKEN_PUNCT) && (is_quote_char (t->ch, &is_double) || is_sentence_end (qs, j)
                                       || t->ch == ';'))
        break;
      if ((t->flags & TOKEN_WORD) && (qclasses (qs, j) & WORD_SPEECH_VERB)
          && qs->mention_of_token[j] == NONE)
        {
          verb = j;
          break;
        }
    }
  if (verb == NONE)
    return cue;

  cue.flags = DATELINE_QUOTE_CUE_AFTER;

  /* "said Rubio", "said spokesman Dmitry Peskov", "said he". */
  if (verb == i)
    {
      for (guint j = verb + 1; j < qs->n_tokens && j < verb + 8; j++)
        {
          const ActorToken *t = qtok (qs, j);

          if (is_pronoun (qs, j, WORD_PRONOUN_HE | WORD_PRONOUN_IT) && j == verb + 1)
            {
              cue.pronoun_token = j;
              cue.pronoun_class = qclasses (qs, j) & (WORD_PRONOUN_HE | WORD_PRONOUN_IT);
              return cue;
            }
          if (is_speaker_mention (qs, qs->mention_of_token[j]))
            {
              guint m = qs->mention_of_token[j];

              /* The last mention of the noun phrase: "said Boskalis chief
               * executive Peter Berdowski". */
              while (j + 1 < qs->n_tokens && j < verb + 12)
                {
                  guint n = qs->mention_of_token[j + 1];

                  if (n != NONE && n != m && is_speaker_mention (qs, n))
                    m = n;
                  else if (!(qtok (qs, j + 1)->flags & TOKEN_WORD) || (qtok (qs, j + 1)->flags & TOKEN_LOWER
                                                                       && !(qclasses (qs, j + 1) & WORD_TITLE_START)))
                    break;
                  j++;
                }
              cue.speaker = m;
              return cue;
            }
          if ((t->flags & TOKEN_PUNCT) && t->ch != '.' && t->ch != '-')
            break;
        }
      cue.flags = 0;
      return cue;
    }

  /* "Rubio said", "he added", "U.S. Secretary of State Marco Rubio said". */
  if (is_pronoun (qs, verb - 1, WORD_PRONOUN_HE | WORD_PRONOUN_IT) && verb - 1 >= i)
    {
      cue.pronoun_token = verb - 1;
      cue.pronoun_class = qclasses (qs, verb - 1) & (WORD_PRONOUN_HE | WORD_PRONOUN_IT);
      return cue;
    }
  for (guint j = verb; j > i; j--)
    {
      guint m = qs->mention_of_token[j - 1];

      if (is_speaker_mention (qs, m))
        {
          cue.speaker = m;
          return cue;
        }
    }

  /* A pronoun a few words before the verb: "he told reporters" is caught
   * above; "she later said" here. */
  for (guint j = i; j < verb; j++)
    if (is_pronoun (qs, j, WORD_PRONOUN_HE | WORD_PRONOUN_IT))
      {
        cue.pronoun_token = j;
        cue.pronoun_class = qclasses (qs, j) & (WORD_PRONOUN_HE | WORD_PRONOUN_IT);
        return cue;
      }

  cue.flags = 0;
  return cue;
}

/* Rubio said: “…” / Berdowski said the ship was “like…” / Rubio called it
 * “unthinkable”. */
static Cue
cue_before (const QuoteScan *qs,
            guint            open)
{
  Cue cue = { NONE, NONE, 0, 0 };
  guint verb = NONE, limit;

  if (open == 0)
    return cue;
  limit = open > CUE_BEFORE_WINDOW ? open - CUE_BEFORE_WINDOW : 0;

  /* "According to Rubio, “…”" */
  for (guint j = open; j > limit + 1; j--)
    {
      const ActorToken *t = qtok (qs, j - 1);
      gboolean is_double;

      if ((t->flags & TOKEN_PUNCT) && (is_quote_char (t->ch, &is_double) || is_sentence_end (qs, j - 1)))
        break;
      if (token_is (qs, j - 1, "to") && token_is (qs, j - 2, "according"))
        {
          cue.speaker = according_to_speaker (qs, j - 1, open);
          if (cue.speaker != NONE)
            {
              cue.flags = DATELINE_QUOTE_CUE_BEFORE;
              return cue;
            }
          break;
        }
      if (starts_paragraph (t))
        break;
    }

  for (guint j = open; j > limit; j--)
    {
      const ActorToken *t = qtok (qs, j - 1);
      gboolean is_double;

      if ((t->flags & TOKEN_PUNCT) && (is_quote_char (t->ch, &is_double) || is_sentence_end (qs, j - 1)))
        break;
      if ((t->flags & TOKEN_WORD) && (qclasses (qs, j - 1) & WORD_SPEECH_VERB)
          && qs->mention_of_token[j - 1] == NONE)
        {
          verb = j - 1;
          break;
        }
      if (starts_paragraph (t))
        break;
    }
  if (verb == NONE)
    return cue;

  for (guint j = verb; j > limit; j--)
    {
      const ActorToken *t = qtok (qs, j - 1);
      guint m = qs->mention_of_token[j - 1];
      gboolean is_double;

      if ((t->flags & TOKEN_PUNCT) && (is_quote_char (t->ch, &is_double) || is_sentence_end (qs, j - 1)))
        break;
      if (is_pronoun (qs, j - 1, WORD_PRONOUN_HE | WORD_PRONOUN_IT))
        {
          cue.pronoun_token = j - 1;
          cue.pronoun_class = qclasses (qs, j - 1) & (WORD_PRONOUN_HE | WORD_PRONOUN_IT);
          cue.flags = DATELINE_QUOTE_CUE_BEFORE;
          return cue;
        }
      if (is_speaker_mention (qs, m))
        {
          cue.speaker = m;
          cue.flags = DATELINE_QUOTE_CUE_BEFORE;
          return cue;
        }
      if (starts_paragraph (t))
        break;
    }

  return cue;
}

/* The speaker a pronoun stands for: the last named speaker of the right
 * sort, else the nearest earlier mention of that sort. */
static guint
resolve_pronoun (const QuoteScan *qs,
                 guint            pronoun_token,
                 guint32          pronoun_class,
                 guint            last_person_speaker,
                 guint            last_other_speaker)
{
  gboolean person = (pronoun_class & WORD_PRONOUN_HE) != 0;
  guint start = qtok (qs, pronoun_token)->start;

  if (person && last_person_speaker != NONE)
    return last_person_speaker;
  if (!person && last_other_speaker != NONE)
    return last_other_speaker;

  for (guint m = qs->mentions->len; m > 0; m--)
    {
      const DatelineActorMention *mention = &g_array_index (qs->mentions, DatelineActorMention, m - 1);

      if (mention->start >= start || !is_speaker_mention (qs, m - 1))
        continue;
      if (mention->flags & DATELINE_ACTOR_MENTION_PRONOUN_SPEAKER)
        continue;
      if (person == (mention->kind == DATELINE_ACTOR_PERSON))
        return m - 1;
    }

  return NONE;
}

/* Follows antecedents to the named mention. */
static guint
named_mention (const QuoteScan *qs,
               guint            m)
{
  for (guint steps = 0; m != NONE && steps < 4; steps++)
    {
      const DatelineActorMention *mention = &g_array_index (qs->mentions, DatelineActorMention, m);

      if (!(mention->flags & DATELINE_ACTOR_MENTION_PRONOUN_SPEAKER) || mention->antecedent == NONE)
        return m;
      m = mention->antecedent;
    }

  return m;
}

/* The actor id of speaker @index: a mention, or a pronoun made here. */
static const char *
speaker_id (const QuoteScan *qs,
            GArray          *pronoun_mentions,
            guint            index)
{
  if (index < qs->mentions->len)
    return g_array_index (qs->mentions, DatelineActorMention, index).id;
  return g_array_index (pronoun_mentions, DatelineActorMention, index - qs->mentions->len).id;
}

static guint
paragraph_of (const QuoteScan *qs,
              guint            token,
              guint           *cache_token,
              guint           *cache_paragraph)
{
  /* Paragraph numbers only grow with the token index: count forward from
   * the last question. */
  for (guint i = *cache_token + 1; i <= token; i++)
    if (starts_paragraph (qtok (qs, i)))
      (*cache_paragraph)++;
  *cache_token = MAX (*cache_token, token);

  return *cache_paragraph;
}

GArray *
actor_find_quotes (const ActorGazetteer *gazetteer,
                   const char           *text,
                   gsize                 length,
                   GArray               *tokens,
                   GArray               *mentions,
                   GArray               *pronoun_mentions)
{
  QuoteScan qs = { 0, };
  g_autoptr(GArray) spans = NULL;
  g_autofree guint *mention_of_token = NULL;
  GArray *quotes = g_array_new (FALSE, FALSE, sizeof (DatelineQuote));
  guint last_person_speaker = NONE, last_other_speaker = NONE;
  guint previous_paragraph = NONE, previous_speaker = NONE, previous_close = NONE;
  guint para_token = 0, para_number = 0;

  qs.gaz = gazetteer;
  qs.text = text;
  qs.tokens = tokens;
  qs.n_tokens = tokens->len;
  qs.mentions = mentions;

  mention_of_token = g_new (guint, tokens->len + 1);
  for (guint i = 0, m = 0; i < tokens->len; i++)
    {
      const ActorToken *t = &g_array_index (tokens, ActorToken, i);

      while (m < mentions->len && g_array_index (mentions, DatelineActorMention, m).end <= t->start)
        m++;
      mention_of_token[i] = NONE;
      if (m < mentions->len)
        {
          const DatelineActorMention *mention = &g_array_index (mentions, DatelineActorMention, m);

          if (mention->start <= t->start && t->end <= mention->end)
            mention_of_token[i] = m;
        }
    }
  qs.mention_of_token = mention_of_token;

  spans = find_quote_spans (&qs);

  for (guint s = 0; s < spans->len; s++)
    {
      const QuoteSpan *span = &g_array_index (spans, QuoteSpan, s);
      DatelineQuote quote = { 0, };
      guint paragraph = paragraph_of (&qs, span->open_token, &para_token, &para_number);
      Cue cue = { NONE, NONE, 0, 0 };
      gboolean introduced = FALSE;

      /* "Rubio said: “…”", "Rubio said, “…”": introduced before. */
      if (span->open_token >= 2 && (qtok (&qs, span->open_token - 1)->flags & TOKEN_PUNCT))
        {
          gunichar ch = qtok (&qs, span->open_token - 1)->ch;

          introduced = ch == ':' || (ch == ',' && (qclasses (&qs, span->open_token - 2) & WORD_SPEECH_VERB));
        }
      if (introduced)
        cue = cue_before (&qs, span->open_token);
      if (cue.flags == 0)
        cue = cue_after (&qs, span->close_token);
      if (cue.flags == 0 && !introduced)
        cue = cue_before (&qs, span->open_token);

      quote.outer_start = g_array_index (tokens, ActorToken, span->open_token).start;
      quote.start = g_array_index (tokens, ActorToken, span->open_token).end;
      quote.end = g_array_index (tokens, ActorToken, span->close_token).start;
      quote.outer_end = g_array_index (tokens, ActorToken, span->close_token).end;
      quote.flags = span->flags | cue.flags;
      quote.speaker = NONE;

      if (cue.pronoun_token != NONE)
        {
          guint existing = mention_of_token[cue.pronoun_token];
          guint antecedent = resolve_pronoun (&qs, cue.pronoun_token, cue.pronoun_class,
                                              last_person_speaker, last_other_speaker);

          quote.flags |= DATELINE_QUOTE_PRONOUN;
          if (existing != NONE)
            quote.speaker = existing;   /* already a pronoun mention */
          else if (antecedent != NONE && pronoun_mentions != NULL)
            {
              const DatelineActorMention *named = &g_array_index (mentions, DatelineActorMention, antecedent);
              const ActorToken *t = &g_array_index (tokens, ActorToken, cue.pronoun_token);
              DatelineActorMention pronoun = { 0, };

              pronoun.start = t->start;
              pronoun.end = t->end;
              pronoun.np_start = t->start;
              pronoun.id = g_strdup (named->id);
              pronoun.name = g_strdup (named->name);
              pronoun.kind = named->kind;
              pronoun.flags = DATELINE_ACTOR_MENTION_PRONOUN_SPEAKER
                              | (named->flags & DATELINE_ACTOR_MENTION_GAZETTEER);
              pronoun.antecedent = antecedent;
              quote.speaker = mentions->len + pronoun_mentions->len;
              g_array_append_val (pronoun_mentions, pronoun);
              /* The same pronoun may cue two quotes ("“…,” he said, “…”"). */
              mention_of_token[cue.pronoun_token] = NONE;
            }
          else
            quote.speaker = antecedent;
        }
      else if (cue.speaker != NONE)
        quote.speaker = cue.speaker;
      else if (previous_speaker != NONE && paragraph == previous_paragraph)
        {
          /* “…,” Rubio stated. “…”: the paragraph goes on in his voice,
           * unless someone else is named in between. */
          gboolean other = FALSE;

          for (guint i = previous_close + 1; i < span->open_token && !other; i++)
            {
              guint m = mention_of_token[i];

              if (is_speaker_mention (&qs, m)
                  && g_strcmp0 (g_array_index (mentions, DatelineActorMention, m).id,
                                speaker_id (&qs, pronoun_mentions, previous_speaker)) != 0)
                other = TRUE;
            }
          if (!other)
            {
              quote.speaker = previous_speaker;
              quote.flags |= DATELINE_QUOTE_CONTINUED;
            }
        }

      /* Remember the last named speakers for "he added". */
      if (quote.speaker != NONE && quote.speaker < mentions->len)
        {
          guint named = named_mention (&qs, quote.speaker);

          if (named != NONE && is_speaker_mention (&qs, named))
            {
              if (g_array_index (mentions, DatelineActorMention, named).kind == DATELINE_ACTOR_PERSON)
                last_person_speaker = named;
              else
                last_other_speaker = named;
            }
        }
      else if (quote.speaker != NONE && pronoun_mentions != NULL)
        {
          guint named = g_array_index (pronoun_mentions, DatelineActorMention,
                                       quote.speaker - mentions->len).antecedent;

          if (g_array_index (mentions, DatelineActorMention, named).kind == DATELINE_ACTOR_PERSON)
            last_person_speaker = named;
          else
            last_other_speaker = named;
        }

      previous_paragraph = paragraph_of (&qs, span->close_token, &para_token, &para_number);
      previous_speaker = quote.speaker;
      previous_close = span->close_token;

      g_array_append_val (quotes, quote);
    }

  (void) length;
  return quotes;
}
