/* dateline-actor-scan.c — the first pass of actor recognition
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Left to right over the tokens of one article, at each word, in order:
 *   1. a title with its name ("Russian Foreign Minister Sergei Lavrov",
 *      "Mr. Rabie", "Boskalis chief executive Peter Berdowski");
 *   2. the gazetteer's longest alias, with its case ("US" but not "us",
 *      "WHO" but not "Who"); a capital or a seat of government is a
 *      metonym for its country only in a political context;
 *   3. a run of capitalised words, kept when something says it is a name
 *      and what kind: an organisation suffix ("Authority", "Ltd", "Marine"),
 *      a known given name, an apposition ("X, the chairman of Y"), a verb
 *      of saying or acting after it, an abbreviation defined after it
 *      ("(SCA)").  A capital letter alone proves nothing at the start of a
 *      sentence or in a title-case headline: such runs are deferred to the
 *      second pass (dateline-actor-resolve.c).
 * The output is a list of candidates; dateline-actors.c turns them into
 * mentions.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-actors-private.h"

#define MAX_NAME_WORDS 6
#define MAX_ALIAS_TOKENS 14

static inline gboolean
is_aux (const Scan *scan,
        guint       i)
{
  static const Keyword aux[] = {
    KW_HAS, KW_HAVE, KW_HAD, KW_WILL, KW_WOULD, KW_IS, KW_WAS, KW_ALSO,
    KW_LATER, KW_THEN, KW_COULD, KW_CAN, KW_MAY, KW_DID,
  };

  for (guint k = 0; k < G_N_ELEMENTS (aux); k++)
    if (is_keyword (scan, i, aux[k]))
      return TRUE;

  return FALSE;
}

/* An adverb in "-ly" between a subject and its verb ("Rubio flatly denied"). */
static inline gboolean
is_ly_adverb (const Scan *scan,
              guint       i)
{
  const ActorToken *t;

  if (!is_word (scan, i))
    return FALSE;
  t = tok (scan, i);
  return (t->flags & TOKEN_LOWER) && t->end - t->start > 4
         && scan->text[t->end - 2] == 'l' && scan->text[t->end - 1] == 'y';
}

/* A verb of saying or acting at @i, possibly after an auxiliary or an
 * adverb ("has warned", "also said", "flatly denied"). */
static gboolean
verb_follows (const Scan *scan,
              guint       i,
              guint32     verb_classes)
{
  for (guint k = 0; k < 3 && i + k < scan->n_tokens; k++)
    {
      guint32 classes = classes_at (scan, i + k);

      if (!is_word (scan, i + k) || !(tok (scan, i + k)->flags & TOKEN_LOWER))
        return FALSE;
      if (classes & verb_classes)
        return TRUE;
      if (!is_aux (scan, i + k) && !is_ly_adverb (scan, i + k))
        return FALSE;
    }

  return FALSE;
}

char *
actor_scan_folded_token (const Scan *scan,
                         guint       i)
{
  g_autofree char *heap = NULL;
  char buf[FOLD_BUF];
  const ActorToken *t = tok (scan, i);

  return g_strdup (actor_fold_word (scan->text + t->start, t->end - t->start,
                                    buf, sizeof buf, &heap));
}

/* The surface text of tokens [first, last), white space normalised to
 * single spaces ("Osama  Rabie" -> "Osama Rabie"). */
char *
actor_scan_surface_text (const Scan *scan,
                         guint       first,
                         guint       last)
{
  GString *out = g_string_new (NULL);

  for (guint i = first; i < last; i++)
    {
      const ActorToken *t = tok (scan, i);

      if (i > first && (t->flags & TOKEN_SPACE_BEFORE))
        g_string_append_c (out, ' ');
      g_string_append_len (out, scan->text + t->start, t->end - t->start);
    }

  return g_string_free (out, FALSE);
}

guint
actor_scan_count_words (const Scan *scan,
                        guint       first,
                        guint       last)
{
  guint n = 0;

  for (guint i = first; i < last; i++)
    if (is_word (scan, i) && !(tok (scan, i)->flags & TOKEN_POSSESSIVE))
      n++;

  return n;
}

/* Folded words of tokens [first, last) joined by spaces: the key of the
 * article's own name dictionary. */
char *
actor_scan_folded_words_key (const Scan *scan,
                             guint       first,
                             guint       last)
{
  GString *key = g_string_new (NULL);

  for (guint i = first; i < last; i++)
    {
      g_autofree char *folded = NULL;

      if (!is_word (scan, i))
        continue;
      folded = actor_scan_folded_token (scan, i);
      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, folded);
    }

  return g_string_free (key, FALSE);
}

/* Are tokens @a and @b the same word, case and diacritics aside? */
gboolean
actor_scan_same_word (const Scan *scan,
                      guint       a,
                      guint       b)
{
  const ActorToken *ta = tok (scan, a), *tb = tok (scan, b);
  g_autofree char *fa = NULL, *fb = NULL;

  if (ta->word >= 0 || tb->word >= 0)
    return ta->word == tb->word;   /* both known, or not the same */
  if (ta->end - ta->start == tb->end - tb->start
      && g_ascii_strncasecmp (scan->text + ta->start, scan->text + tb->start, ta->end - ta->start) == 0)
    return TRUE;
  if (ta->ch < 0x80 && tb->ch < 0x80)
    return FALSE;
  fa = actor_scan_folded_token (scan, a);
  fb = actor_scan_folded_token (scan, b);
  return strcmp (fa, fb) == 0;
}

void
actor_candidate_clear (gpointer data)
{
  Candidate *c = data;

  g_clear_pointer (&c->name, g_free);
  g_clear_pointer (&c->id, g_free);
}

Candidate *
actor_scan_add_candidate (Scan  *scan,
                          guint  first,
                          guint  last)
{
  Candidate c = { 0, };

  c.first = first;
  c.last = last;
  c.np_first = first;
  c.entry = -1;
  c.alias_node = -1;
  c.title_first = NONE;
  c.title_last = NONE;
  c.antecedent = NONE;
  if (actor_scan_count_words (scan, first, last) >= 2)
    c.state |= CAND_MULTI;
  g_array_append_val (scan->candidates, c);

  return &g_array_index (scan->candidates, Candidate, scan->candidates->len - 1);
}

void
actor_candidate_set_unknown (Candidate         *c,
                             char              *name,
                             DatelineActorKind  kind)
{
  g_free (c->name);
  g_free (c->id);
  c->name = name;
  c->id = actor_slugify (name, -1);
  c->entry = -1;
  c->kind = kind;
  c->state |= CAND_UNKNOWN;
}

void
actor_candidate_set_entry (const Scan *scan,
                           Candidate  *c,
                           gint        entry)
{
  const GazEntry *e = actor_gazetteer_entry (scan->gaz, entry);

  g_clear_pointer (&c->name, g_free);
  g_clear_pointer (&c->id, g_free);
  c->entry = entry;
  c->kind = e->kind;
  c->flags |= DATELINE_ACTOR_MENTION_GAZETTEER;
  c->state &= ~(CAND_UNKNOWN | CAND_WEAK);
}

const char *
actor_candidate_get_id (const Scan      *scan,
                        const Candidate *c)
{
  if (c->entry >= 0)
    return actor_gazetteer_entry (scan->gaz, c->entry)->id;
  return c->id;
}

/* Copies who @from is onto @to. */
void
actor_candidate_copy_identity (const Scan      *scan,
                               Candidate       *to,
                               const Candidate *from)
{
  if (from->entry >= 0)
    actor_candidate_set_entry (scan, to, from->entry);
  else
    {
      actor_candidate_set_unknown (to, g_strdup (from->name), from->kind);
      to->flags &= ~DATELINE_ACTOR_MENTION_GAZETTEER;
    }
  to->kind = from->kind;
  to->state &= ~CAND_SHORT;
  to->flags &= ~DATELINE_ACTOR_MENTION_GUESSED;
  to->flags |= from->flags & DATELINE_ACTOR_MENTION_GUESSED;
}

static gboolean
has_digit (const Scan *scan,
           guint       i)
{
  const ActorToken *t = tok (scan, i);

  for (guint b = t->start; b < t->end; b++)
    if (g_ascii_isdigit (scan->text[b]))
      return TRUE;

  return FALSE;
}

/* "US$", "AU$", "HK$": a currency, not a country or an organisation. */
static inline gboolean
is_currency_prefix (const Scan *scan,
                    guint       i)
{
  return is_punct (scan, i + 1, '$') && !(tok (scan, i + 1)->flags & TOKEN_SPACE_BEFORE);
}

/* "AK-47", "F-16", "S-400", "MiG-29": a model, not an actor. */
static inline gboolean
is_model_designation (const Scan *scan,
                      guint       i)
{
  return tok (scan, i)->end - tok (scan, i)->start <= 4
         && is_punct (scan, i + 1, '-') && !(tok (scan, i + 1)->flags & TOKEN_SPACE_BEFORE)
         && i + 2 < scan->n_tokens && (tok (scan, i + 2)->flags & TOKEN_DIGIT)
         && !(tok (scan, i + 2)->flags & TOKEN_SPACE_BEFORE);
}

/* ------------------------------------------------------------------ */
/* Gazetteer matching                                                  */

static gboolean
alias_shape_fits (const Scan     *scan,
                  const GazAlias *alias,
                  guint           first)
{
  gboolean any_capital = FALSE;

  for (guint m = 0; m < alias->n_tokens; m++)
    {
      const ActorToken *t = tok (scan, first + m);
      AliasShape shape = scan->gaz->shapes->data[alias->shape_offset + m];

      switch (shape)
        {
        case SHAPE_UPPER:
          if (!(t->flags & TOKEN_CAPITALISED))
            return FALSE;
          break;
        case SHAPE_ALL_CAPS:
          if (!(t->flags & TOKEN_ALL_CAPS))
            return FALSE;
          /* A short acronym in a line of capitals may be a word ("IS",
           * "AT"): left to the article's other lines. */
          if ((t->flags & TOKEN_CAPS_LINE) && alias->n_tokens == 1 && t->end - t->start <= 3)
            return FALSE;
          break;
        case SHAPE_ANY:
        case SHAPE_EXACT:
        default:
          break;
        }
      if (t->flags & TOKEN_CAPITALISED)
        any_capital = TRUE;
    }

  /* A name is written with a capital somewhere ("the ukraine" is not). */
  return any_capital;
}

typedef struct {
  guint n_tokens;   /* 0: no match */
  gint  alias;      /* the chosen alias; for weak-only matches the first one */
  gint  node;
  gboolean weak;
} EntityMatch;

/* The longest gazetteer alias starting at token @first whose case fits. */
static EntityMatch
match_entity (const Scan *scan,
              guint       first)
{
  EntityMatch best = { 0, -1, -1, FALSE };
  gint node = 0;

  for (guint k = first; k < scan->n_tokens && k - first < MAX_ALIAS_TOKENS; k++)
    {
      const ActorToken *t = tok (scan, k);
      gint strong = -1, weak = -1;

      if (k > first && (t->flags & TOKEN_LINE_START))
        break;
      node = actor_trie_child (scan->gaz->entity_trie, node, t->word);
      if (node < 0)
        break;

      for (gint a = actor_trie_payload (scan->gaz->entity_trie, node); a >= 0;
           a = g_array_index (scan->gaz->aliases, GazAlias, a).next)
        {
          const GazAlias *alias = &g_array_index (scan->gaz->aliases, GazAlias, a);

          if (!alias_shape_fits (scan, alias, first))
            continue;
          /* Aliases are linked newest first: keep the earliest loaded
           * (countries before places, the table's order). */
          if (alias->flags & ALIAS_WEAK)
            weak = a;
          else
            strong = a;
        }

      if (strong >= 0 || weak >= 0)
        {
          best.n_tokens = k - first + 1;
          best.alias = strong >= 0 ? strong : weak;
          best.weak = strong < 0;
          best.node = node;
        }
    }

  return best;
}

/* The longest title at @first (case-insensitive); 0 when none. */
static guint
match_title (const Scan      *scan,
             guint            first,
             const GazTitle **title_out)
{
  guint best = 0;
  gint node = 0;

  *title_out = NULL;
  if (!(classes_at (scan, first) & WORD_TITLE_START))
    return 0;

  for (guint k = first; k < scan->n_tokens && k - first < 8; k++)
    {
      const ActorToken *t = tok (scan, k);
      gint payload;

      if (k > first && (t->flags & TOKEN_LINE_START))
        break;
      node = actor_trie_child (scan->gaz->title_trie, node, t->word);
      if (node < 0)
        break;
      payload = actor_trie_payload (scan->gaz->title_trie, node);
      if (payload >= 0)
        {
          best = k - first + 1;
          *title_out = &g_array_index (scan->gaz->titles, GazTitle, payload);
        }
    }

  return best;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */

static gboolean
is_name_word (const Scan *scan,
              guint       i)
{
  guint32 classes;

  if (!is_cap_word (scan, i))
    return FALSE;
  classes = classes_at (scan, i);
  return !(classes & (WORD_STOP | WORD_MONTH | WORD_WEEKDAY));
}

/* A person's name at @first: capitalised words, initials ("W."),
 * particles ("bin", "von der"), hyphenated parts ("Ben-Gvir"), "Jr.".
 * Returns the number of tokens. */
static guint
collect_person_name (const Scan *scan,
                     guint       first)
{
  guint i = first, words = 0, last_good = first;

  while (i < scan->n_tokens && words < MAX_NAME_WORDS)
    {
      const ActorToken *t = tok (scan, i);

      if (i > first && (t->flags & TOKEN_LINE_START))
        break;

      if (is_name_word (scan, i))
        {
          words++;
          i++;
          /* An initial: "George W. Bush". */
          if (t->end - t->start == 1 && is_punct (scan, i, '.') && is_cap_word (scan, i + 1))
            i++;
          /* "Jr." */
          else if ((is_keyword (scan, i - 1, KW_JR) || is_keyword (scan, i - 1, KW_SR))
                   && is_punct (scan, i, '.'))
            i++;
          last_good = i;
          continue;
        }
      if (is_word (scan, i) && (classes_at (scan, i) & WORD_PARTICLE) && words < MAX_NAME_WORDS - 1
          && (is_cap_word (scan, i + 1) || (is_punct (scan, i + 1, '-') && is_cap_word (scan, i + 2))))
        {
          i++;
          continue;
        }
      if (is_punct (scan, i, '-') && i > first && !(t->flags & TOKEN_SPACE_BEFORE)
          && is_cap_word (scan, i + 1) && !(tok (scan, i + 1)->flags & TOKEN_SPACE_BEFORE))
        {
          i++;
          continue;
        }
      break;
    }

  return last_good - first;
}

/* A capitalised run at @first that may be an organisation's name: words,
 * inner "of"/"for"/"and"/"&" where the name goes on ("Ministry of Foreign
 * Affairs", "European Aeronautic Defence and Space Company"), hyphenated
 * and dotted parts, a final "Inc."  With @stop_at_title the run ends
 * before a title that introduces a name ("Boskalis Chief Executive Peter
 * Berdowski").  Returns the number of tokens. */
static guint
collect_run (const Scan *scan,
             guint       first,
             gboolean    stop_at_title)
{
  guint i = first, last_good = first, words = 0;
  gboolean org_head = FALSE;

  while (i < scan->n_tokens && words < 10)
    {
      const ActorToken *t = tok (scan, i);
      guint32 classes = classes_at (scan, i);

      if (i > first && (t->flags & TOKEN_LINE_START))
        break;

      if (is_cap_word (scan, i) || (words > 0 && (t->flags & TOKEN_DIGIT) && !(t->flags & TOKEN_SPACE_BEFORE)))
        {
          const GazTitle *title;

          if (words > 0 && (classes & (WORD_MONTH | WORD_WEEKDAY | WORD_STOP)))
            break;
          if (stop_at_title && words > 0 && match_title (scan, i, &title) > 0
              && title->klass != TITLE_MODIFIER)
            break;
          /* "Ministry of Defence", and for places "Cape of Good Hope". */
          if ((classes & WORD_ORG_HEAD) || (words == 0 && (classes & WORD_PLACE_SUFFIX)))
            org_head = TRUE;
          words++;
          i++;
          if (t->end - t->start == 1 && is_punct (scan, i, '.') && is_cap_word (scan, i + 1))
            i++;
          last_good = i;
          /* "Inc.", "Corp.", "Co.": the full stop is the name's. */
          if ((classes & WORD_ORG_SUFFIX) && is_punct (scan, i, '.')
              && !(tok (scan, i)->flags & TOKEN_SPACE_BEFORE) && t->end - t->start <= 4)
            {
              last_good = ++i;
              break;
            }
          continue;
        }

      if (words == 0)
        break;

      if ((is_punct (scan, i, '-') || is_punct (scan, i, '&') || is_punct (scan, i, '.'))
          && !(t->flags & TOKEN_SPACE_BEFORE) && is_cap_word (scan, i + 1)
          && !(tok (scan, i + 1)->flags & TOKEN_SPACE_BEFORE))
        {
          i++;
          continue;
        }
      if (is_punct (scan, i, '&') && is_cap_word (scan, i + 1))
        {
          i++;
          continue;
        }
      if (is_word (scan, i) && (classes & WORD_PARTICLE) && (t->flags & TOKEN_LOWER)
          && is_cap_word (scan, i + 1))
        {
          i++;
          continue;
        }
      if ((is_keyword (scan, i, KW_OF) || is_keyword (scan, i, KW_FOR) || is_keyword (scan, i, KW_ON))
          && org_head)
        {
          guint j = i + 1;

          if (is_keyword (scan, j, KW_THE))
            j++;
          if (is_cap_word (scan, j) && !(classes_at (scan, j) & (WORD_MONTH | WORD_WEEKDAY | WORD_STOP)))
            {
              i = j;
              continue;
            }
        }
      if (is_keyword (scan, i, KW_AND) || is_keyword (scan, i, KW_OF))
        {
          /* Join only when what follows ends like an organisation:
           * "Defence and Space Company", not "Boeing and Lockheed Martin". */
          guint j = i + 1, end = i + 1;

          while (is_cap_word (scan, j) && j - i < 5)
            end = ++j;
          if (end > i + 1 && (classes_at (scan, end - 1) & WORD_ORG_SUFFIX)
              && !is_punct (scan, end, '.'))
            {
              i = i + 1;
              continue;
            }
        }
      break;
    }

  return last_good - first;
}

/* ------------------------------------------------------------------ */
/* Metonymy                                                            */

/* Does the place at [first, last) stand for its government here?  Only
 * when something says so: a verb of saying or acting after it ("Moscow
 * said", "Washington has warned"), a political possessive ("Moscow's
 * demands"), "with/against/between/by" before it ("talks with
 * Washington").  After a locative preposition ("in Kyiv", "an attack on
 * Kyiv") it is a place, and so it is by default. */
static gboolean
is_political_context (const Scan *scan,
                      guint       first,
                      guint       last)
{
  guint prev = first;

  if (prev > 0 && is_keyword (scan, prev - 1, KW_THE))
    prev--;
  if (prev > 0)
    {
      guint p = prev - 1;

      if (classes_at (scan, p) & WORD_LOCATIVE)
        return FALSE;
      if (is_keyword (scan, p, KW_WITH) || is_keyword (scan, p, KW_AGAINST)
          || is_keyword (scan, p, KW_BETWEEN) || is_keyword (scan, p, KW_BY))
        return TRUE;
    }

  if (last < scan->n_tokens && (tok (scan, last)->flags & TOKEN_POSSESSIVE))
    return (classes_at (scan, last + 1) & WORD_METONYM_CUE) != 0;

  /* "Moscow-based" is a place; "Moscow-backed" is the government. */
  if (is_punct (scan, last, '-'))
    return is_keyword (scan, last + 1, KW_BACKED) || is_keyword (scan, last + 1, KW_LED);

  /* A verb after it makes it the subject only if nothing before it makes
   * it an object ("the mayor of Kyiv asked"): it must open a clause. */
  if (prev > 0 && is_word (scan, prev - 1)
      && !(tok (scan, prev)->flags & TOKEN_SENTENCE_START))
    {
      static const Keyword openers[] = {
        KW_AND, KW_BUT, KW_WHILE, KW_THAT, KW_AS, KW_WHEN, KW_WHERE, KW_AFTER,
        KW_BEFORE, KW_SINCE, KW_BECAUSE, KW_THOUGH, KW_ALTHOUGH, KW_SO, KW_YET,
        KW_IF, KW_THEN, KW_SAID,
      };
      gboolean opens = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (openers) && !opens; k++)
        opens = is_keyword (scan, prev - 1, openers[k]);
      if (!opens)
        return FALSE;
    }

  return verb_follows (scan, last, WORD_SPEECH_VERB | WORD_ACTION_VERB);
}

/* ------------------------------------------------------------------ */
/* Pass 1                                                              */

/* Emits the gazetteer match @m at @first. */
static Candidate *
emit_entity (Scan        *scan,
             guint        first,
             EntityMatch *m)
{
  const GazAlias *alias = gaz_alias (scan, m->alias);
  const GazEntry *entry = actor_gazetteer_entry (scan->gaz, alias->entry);
  Candidate *c = actor_scan_add_candidate (scan, first, first + m->n_tokens);

  if (m->weak)
    {
      /* "Trump", "Johnson": who it is depends on the article. */
      c->state |= CAND_WEAK | CAND_SHORT;
      c->alias_node = m->node;
      c->kind = entry->kind;
      c->entry = -1;
      return c;
    }

  actor_candidate_set_entry (scan, c, alias->entry);
  if (alias->flags & ALIAS_DEMONYM)
    c->flags |= DATELINE_ACTOR_MENTION_DEMONYM;
  if (alias->flags & ALIAS_PARTIAL)
    c->flags |= DATELINE_ACTOR_MENTION_PARTIAL;

  if (entry->metonym_of >= 0 && is_political_context (scan, first, first + m->n_tokens))
    {
      actor_candidate_set_entry (scan, c, entry->metonym_of);
      c->flags |= DATELINE_ACTOR_MENTION_METONYM;
    }

  /* "the Suez Canal Authority", "the United States": the article's "the"
   * belongs to the noun phrase; a person's never does. */
  if (entry->kind != DATELINE_ACTOR_PERSON && !(alias->flags & ALIAS_DEMONYM)
      && first > 0 && is_keyword (scan, first - 1, KW_THE))
    c->np_first = first - 1;

  return c;
}

/* Who a titled name is: the gazetteer's person if the name is one of its
 * aliases (a weak one too: the title supports it, "President Trump"), else
 * the spelling-insensitive key of the name, else an unknown person. */
static void
identify_titled_person (Scan           *scan,
                        Candidate      *c,
                        const GazTitle *title)
{
  EntityMatch m = match_entity (scan, c->first);
  guint words = actor_scan_count_words (scan, c->first, c->last);

  if (m.n_tokens == c->last - c->first
      && actor_gazetteer_entry (scan->gaz, gaz_alias (scan, m.alias)->entry)->kind == DATELINE_ACTOR_PERSON)
    {
      if (!m.weak)
        {
          actor_candidate_set_entry (scan, c, gaz_alias (scan, m.alias)->entry);
          if (gaz_alias (scan, m.alias)->flags & ALIAS_PARTIAL)
            c->flags |= DATELINE_ACTOR_MENTION_PARTIAL;
          return;
        }
      c->state |= CAND_WEAK | CAND_SHORT;
      c->alias_node = m.node;
      c->kind = DATELINE_ACTOR_PERSON;
      return;
    }

  if (words >= 2)
    {
      g_autofree char *name = actor_scan_surface_text (scan, c->first, c->last);
      g_autofree char *key = actor_gazetteer_match_key (scan->gaz, name, -1);
      guint entry = GPOINTER_TO_UINT (g_hash_table_lookup (scan->gaz->entry_by_key, key));

      if (entry > 0 && actor_gazetteer_entry (scan->gaz, entry - 1)->kind == DATELINE_ACTOR_PERSON)
        {
          actor_candidate_set_entry (scan, c, entry - 1);
          return;
        }
      actor_candidate_set_unknown (c, g_steal_pointer (&name), DATELINE_ACTOR_PERSON);
      return;
    }

  /* One word: "Pope Francis" keeps its title; "Mr. Rabie" is a short
   * form to resolve in the second pass. */
  if (title != NULL && (title->flags & TITLE_FLAG_KEEP))
    {
      g_autofree char *name = actor_scan_surface_text (scan, c->title_first, c->last);

      actor_candidate_set_unknown (c, g_steal_pointer (&name), DATELINE_ACTOR_PERSON);
      return;
    }

  actor_candidate_set_unknown (c, actor_scan_surface_text (scan, c->first, c->last), DATELINE_ACTOR_PERSON);
  c->state |= CAND_SHORT;
  if (title != NULL && title->klass == TITLE_HONORIFIC)
    c->state |= CAND_HONORIFIC;
}

/* "Russian Foreign Minister Sergei Lavrov", "Sen. Lindsey Graham", "NATO
 * Secretary-General Mark Rutte", "Boskalis chief executive Peter
 * Berdowski", "former President Dmitry Medvedev".  Returns the token after
 * the name, or @first when there is no such pattern. */
static guint
try_titled_name (Scan  *scan,
                 guint  first)
{
  guint i = first, premod_last = first, title_first, name_first, name_len;
  EntityMatch premod = { 0, -1, -1, FALSE };
  gboolean unknown_premod = FALSE, have_title = FALSE, weak_title = FALSE;
  const GazTitle *title = NULL, *last_title = NULL;
  gboolean headline = (tok (scan, first)->flags & TOKEN_HEADLINE) != 0;
  Candidate *c;

  /* "Pope Leo XIV", "Crown Prince Mohammed bin Salman": the gazetteer
   * knows the whole titled name. */
  {
    EntityMatch whole = match_entity (scan, first);

    if (whole.n_tokens > 1 && !whole.weak
        && actor_gazetteer_entry (scan->gaz, gaz_alias (scan, whole.alias)->entry)->kind == DATELINE_ACTOR_PERSON)
      return first;
  }

  /* A premodifier: a country, demonym or organisation ("Russian",
   * "NATO", "Kremlin", "Russia's"), or an unknown organisation directly
   * before a lower-case role ("Boskalis chief executive"). */
  if (!(classes_at (scan, first) & WORD_TITLE_START) || is_cap_word (scan, first))
    {
      premod = match_entity (scan, first);
      if (premod.n_tokens > 0 && !premod.weak)
        {
          const GazEntry *entry = actor_gazetteer_entry (scan->gaz, gaz_alias (scan, premod.alias)->entry);

          if (entry->kind == DATELINE_ACTOR_PERSON)
            premod.n_tokens = 0;
        }
      else
        premod.n_tokens = 0;

      if (premod.n_tokens > 0)
        i = first + premod.n_tokens;
      else if (is_cap_word (scan, first) && !headline
               && !(classes_at (scan, first) & (WORD_STOP | WORD_COMMON | WORD_TITLE_START)))
        {
          guint run = collect_run (scan, first, TRUE);

          if (run > 0 && run <= 5)
            {
              const GazTitle *t = NULL;
              guint after = first + run;

              if (match_title (scan, after, &t) > 0 && t->klass != TITLE_MODIFIER
                  && t->klass != TITLE_HONORIFIC)
                {
                  unknown_premod = TRUE;
                  i = after;
                }
            }
        }
      if (i > first && i < scan->n_tokens && (tok (scan, i)->flags & TOKEN_POSSESSIVE))
        i++;
      if (i == first && !(classes_at (scan, first) & WORD_TITLE_START))
        return first;
    }
  premod_last = i;

  /* Modifiers and titles: "former Deputy Prime Minister". */
  title_first = i;
  while (i < scan->n_tokens)
    {
      guint len = match_title (scan, i, &title);

      if (len == 0)
        break;
      /* A title in lower case must be a role noun ("spokesman"), not an
       * office written as a common noun ("the president said"): offices
       * count in lower case only after a premodifier. */
      if (title->klass != TITLE_MODIFIER)
        {
          have_title = TRUE;
          last_title = title;
          weak_title = (title->flags & TITLE_FLAG_WEAK) != 0;
        }
      i += len;
    }
  if (!have_title)
    return first;
  title = last_title;

  /* "President Trump", "Mr. Rabie": the name. */
  name_first = i;
  if (!is_name_word (scan, name_first) || (classes_at (scan, name_first) & WORD_COMMON))
    return first;
  /* "…hired by the owner. Boskalis said": a title ends at a full stop. */
  if (tok (scan, name_first)->flags & TOKEN_SENTENCE_START)
    return first;

  {
    EntityMatch person = match_entity (scan, name_first);

    if (person.n_tokens > 0
        && actor_gazetteer_entry (scan->gaz, gaz_alias (scan, person.alias)->entry)->kind == DATELINE_ACTOR_PERSON)
      {
        /* "director Martin Scorsese": a known surname may start a longer
         * name, except in a headline. */
        name_len = person.n_tokens;
        if (!headline)
          name_len = MAX (name_len, collect_person_name (scan, name_first));
      }
    else if (person.n_tokens > 0 && title->klass != TITLE_HONORIFIC
             && !(tok (scan, title_first)->flags & TOKEN_CAPITALISED))
      return first;   /* "spokesman Reuters" */
    else if (headline)
      name_len = 1;   /* "President Trump Meets Putin" */
    else
      name_len = collect_person_name (scan, name_first);
  }
  if (name_len == 0)
    return first;

  /* A weak title ("General", "Major") needs a clear name after it:
   * "General Motors" and "Major League" are not people. */
  if (weak_title && actor_scan_count_words (scan, name_first, name_first + name_len) < 2
      && !(classes_at (scan, name_first) & WORD_GIVEN_NAME))
    return first;
  if (weak_title && !(classes_at (scan, name_first) & WORD_GIVEN_NAME)
      && (tok (scan, title_first)->flags & TOKEN_SENTENCE_START) && premod.n_tokens == 0)
    return first;
  if (classes_at (scan, name_first + name_len - 1) & WORD_ORG_SUFFIX)
    return first;

  if (premod.n_tokens > 0)
    emit_entity (scan, first, &premod);
  else if (unknown_premod)
    {
      Candidate *org = actor_scan_add_candidate (scan, first, premod_last - ((tok (scan, premod_last - 1)->flags & TOKEN_POSSESSIVE) ? 1 : 0));

      actor_candidate_set_unknown (org, actor_scan_surface_text (scan, org->first, org->last), DATELINE_ACTOR_ORGANIZATION);
      org->state |= CAND_EVIDENCE;
      if (org->last - org->first == 1)
        org->state |= CAND_SHORT;
    }

  c = actor_scan_add_candidate (scan, name_first, name_first + name_len);
  c->np_first = first;
  c->title_first = title_first;
  c->title_last = name_first;
  c->kind = DATELINE_ACTOR_PERSON;
  c->flags |= DATELINE_ACTOR_MENTION_TITLED;
  c->state |= CAND_EVIDENCE;
  identify_titled_person (scan, c, title);

  return name_first + name_len;
}

/* ", the chairman of Y," / ", a Dutch salvage firm,": what the apposition
 * after a name says it is. */
static gboolean
apposition_kind (const Scan        *scan,
                 guint              after,
                 DatelineActorKind *kind)
{
  guint i = after;

  if (!is_punct (scan, i, ','))
    return FALSE;
  i++;
  if (!(is_keyword (scan, i, KW_THE) || is_keyword (scan, i, KW_A) || is_keyword (scan, i, KW_AN)
        || is_keyword (scan, i, KW_ITS) || is_keyword (scan, i, KW_HIS) || is_keyword (scan, i, KW_HER)
        || is_keyword (scan, i, KW_THEIR)))
    return FALSE;
  i++;

  for (guint k = 0; k < 5 && i < scan->n_tokens; k++, i++)
    {
      const GazTitle *title;
      guint32 classes = classes_at (scan, i);

      if (!is_word (scan, i) && !is_punct (scan, i, '-') && !(tok (scan, i)->flags & TOKEN_POSSESSIVE))
        return FALSE;
      if (match_title (scan, i, &title) > 0 && title->klass != TITLE_MODIFIER
          && title->klass != TITLE_HONORIFIC)
        {
          *kind = DATELINE_ACTOR_PERSON;
          return TRUE;
        }
      if ((classes & WORD_ORG_NOUN) && (tok (scan, i)->flags & TOKEN_LOWER))
        {
          *kind = DATELINE_ACTOR_ORGANIZATION;
          return TRUE;
        }
      if (classes & (WORD_SPEECH_VERB | WORD_STOP))
        return FALSE;
    }

  return FALSE;
}

/* "(SCA)" right after a name: an acronym whose letters are initials of
 * the name's capitalised words, in order (some may be skipped). */
static gboolean
abbreviation_follows (const Scan *scan,
                      guint       first,
                      guint       last)
{
  const ActorToken *acronym;
  const char *a, *a_end;
  guint i = first;

  if (!is_punct (scan, last, '(') || !is_punct (scan, last + 2, ')')
      || !(tok (scan, last + 1)->flags & TOKEN_ALL_CAPS))
    return FALSE;

  acronym = tok (scan, last + 1);
  a = scan->text + acronym->start;
  a_end = scan->text + acronym->end;
  if (a_end - a > 8)
    return FALSE;

  for (; a < a_end; a++)
    {
      if (!g_ascii_isalpha (*a))
        continue;
      while (i < last && !(is_cap_word (scan, i)
                           && g_ascii_toupper (scan->text[tok (scan, i)->start]) == *a))
        i++;
      if (i >= last)
        return FALSE;
      i++;
    }

  return TRUE;
}

static void
define_abbreviation (Scan  *scan,
                     guint  candidate,
                     guint  acronym_token)
{
  const ActorToken *t = tok (scan, acronym_token);
  Candidate *c;
  char *acronym = g_strndup (scan->text + t->start, t->end - t->start);

  g_hash_table_replace (scan->abbreviations, acronym, GUINT_TO_POINTER (candidate + 1));

  /* The acronym in the brackets is a mention too. */
  c = actor_scan_add_candidate (scan, acronym_token, acronym_token + 1);
  actor_candidate_copy_identity (scan, c, &g_array_index (scan->candidates, Candidate, candidate));
  c->flags |= DATELINE_ACTOR_MENTION_ABBREVIATION;
  c->antecedent = candidate;
  c->state |= CAND_EVIDENCE;
}

/* "Burnsville", "Pittsburgh", "Kyrgyzstan", "Volgograd": endings of place
 * names (words.tsv, class place-ending). */
static gboolean
has_place_ending (const Scan *scan,
                  guint       i)
{
  const ActorToken *t = tok (scan, i);
  gsize len = t->end - t->start;
  GPtrArray *endings = scan->gaz->place_endings;

  for (guint e = 0; e < endings->len; e++)
    {
      const char *ending = g_ptr_array_index (endings, e);
      gsize n = strlen (ending);

      if (len > n + 2 && g_ascii_strncasecmp (scan->text + t->end - n, ending, n) == 0)
        return TRUE;
    }

  return FALSE;
}

/* "Engineers", "Residents", "Analysts", "Protesters": a plural noun for
 * people, by its ending. */
static gboolean
looks_like_plural_noun (const Scan *scan,
                        guint       i)
{
  static const char * const endings[] = { "ers", "ists", "ians", "ants", "ents", "ors", "ives", "ees" };
  const ActorToken *t = tok (scan, i);
  gsize len = t->end - t->start;

  if (t->flags & TOKEN_ALL_CAPS)
    return FALSE;
  for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
    {
      gsize n = strlen (endings[e]);

      if (len > n + 2 && g_ascii_strncasecmp (scan->text + t->end - n, endings[e], n) == 0)
        return TRUE;
    }

  return FALSE;
}

/* A lower-case past tense at @i ("disagreed", "resigned"). */
static gboolean
past_tense_follows (const Scan *scan,
                    guint       i)
{
  const ActorToken *t;

  if (!is_word (scan, i))
    return FALSE;
  t = tok (scan, i);
  return (t->flags & TOKEN_LOWER) && t->end - t->start >= 4
         && scan->text[t->end - 2] == 'e' && scan->text[t->end - 1] == 'd'
         && !(classes_at (scan, i) & (WORD_STOP | WORD_COMMON));
}

/* Does the article also write the words of [first, last) in lower case
 * ("rescuers")?  Then they are common words, capitalised by position. */
static gboolean
written_in_lower_case (const Scan *scan,
                       guint       first,
                       guint       last)
{
  for (guint w = first; w < last; w++)
    {
      const ActorToken *word = tok (scan, w);
      gsize len = word->end - word->start;

      if (!is_word (scan, w))
        continue;
      for (guint i = 0; i < scan->n_tokens; i++)
        {
          const ActorToken *t = tok (scan, i);

          if ((t->flags & TOKEN_LOWER) && t->end - t->start == len
              && g_ascii_strncasecmp (scan->text + t->start, scan->text + word->start, len) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* A capitalised run that is not in the gazetteer: keep it if something
 * says it is a name, decide its kind, or defer it. */
static void
consider_run (Scan  *scan,
              guint  first,
              guint  last)
{
  DatelineActorKind kind = DATELINE_ACTOR_ORGANIZATION;
  gboolean evidence = FALSE, kind_guessed = FALSE;
  guint words, np_first = first;
  guint32 first_classes, last_classes;
  gboolean sentence_start, headline;
  Candidate *c;

  /* "The", "But", "In": never the edge of a name; a "the" just before it
   * is part of the noun phrase.  Nor are modifiers of titles ("Assistant
   * Oakland County Prosecutor" left without a name). */
  for (;;)
    {
      const GazTitle *title;

      if (first < last && is_word (scan, first) && (classes_at (scan, first) & WORD_STOP))
        np_first = is_keyword (scan, first, KW_THE) ? first : first + 1;
      else if (first + 1 < last && match_title (scan, first, &title) == 1
               && title->klass == TITLE_MODIFIER)
        np_first = first + 1;
      else
        break;
      first++;
    }
  while (last > first && !is_word (scan, last - 1) && !is_punct (scan, last - 1, '.'))
    last--;
  if (first >= last)
    return;

  sentence_start = (tok (scan, first)->flags & TOKEN_SENTENCE_START) != 0;
  headline = (tok (scan, first)->flags & TOKEN_HEADLINE) != 0;
  first_classes = classes_at (scan, first);
  words = actor_scan_count_words (scan, first, last);

  /* "Officials", "Breaking News" at the start: common words, not names. */
  if (sentence_start && words >= 2 && (first_classes & WORD_COMMON)
      && !(classes_at (scan, last - 1) & WORD_ORG_SUFFIX))
    {
      first++;
      while (first < last && !is_word (scan, first))
        first++;
      np_first = first;
      if (first >= last)
        return;
      sentence_start = FALSE;
      first_classes = classes_at (scan, first);
      words = actor_scan_count_words (scan, first, last);
    }

  last_classes = classes_at (scan, last - 1);
  if (is_punct (scan, last - 1, '.'))
    last_classes = classes_at (scan, last - 2);

  if (words == 1 && (first_classes & (WORD_STOP | WORD_COMMON | WORD_MONTH | WORD_WEEKDAY
                                      | WORD_TITLE_START | WORD_ORG_SUFFIX | WORD_ORG_NOUN
                                      | WORD_SPEECH_VERB | WORD_PLACE_SUFFIX)))
    return;
  {
    gboolean all_common = TRUE;

    for (guint i = first; i < last; i++)
      if (is_word (scan, i) && !(classes_at (scan, i) & (WORD_COMMON | WORD_MONTH | WORD_WEEKDAY | WORD_STOP)))
        all_common = FALSE;
    if (all_common)
      return;
  }

  if (headline)
    {
      Run run = { first, last };

      g_array_append_val (scan->deferred, run);
      return;
    }

  /* "NATO Summit", "Paris Agreement", "Inflation Reduction Act": events
   * and laws are not actors. */
  if (last_classes & WORD_EVENT_NOUN)
    return;

  if (words >= 2 && (last_classes & WORD_ORG_SUFFIX))
    kind = DATELINE_ACTOR_ORGANIZATION, evidence = TRUE;
  else if (words >= 2 && (first_classes & WORD_ORG_HEAD))
    {
      for (guint i = first; i < last; i++)
        if (is_keyword (scan, i, KW_OF))
          kind = DATELINE_ACTOR_ORGANIZATION, evidence = TRUE;
    }
  if (!evidence && words >= 2 && (last_classes & WORD_PLACE_SUFFIX))
    kind = DATELINE_ACTOR_PLACE, evidence = TRUE;
  if (!evidence && words >= 2 && (first_classes & WORD_PLACE_SUFFIX) && is_keyword (scan, first + 1, KW_OF))
    kind = DATELINE_ACTOR_PLACE, evidence = TRUE;
  if (!evidence && words >= 2 && (first_classes & WORD_GIVEN_NAME))
    kind = DATELINE_ACTOR_PERSON, evidence = TRUE;
  if (!evidence && abbreviation_follows (scan, first, last))
    kind = DATELINE_ACTOR_ORGANIZATION, evidence = TRUE;
  if (!evidence && apposition_kind (scan, last, &kind))
    evidence = TRUE;
  /* "Ema Suryani, 38, said": an age in commas is a person's. */
  if (!evidence && words >= 2 && is_punct (scan, last, ',') && last + 2 < scan->n_tokens
      && (tok (scan, last + 1)->flags & TOKEN_DIGIT) && is_punct (scan, last + 2, ',')
      && tok (scan, last + 1)->end - tok (scan, last + 1)->start <= 3)
    kind = DATELINE_ACTOR_PERSON, evidence = TRUE;
  /* Any verb in the past tense after it ("Nesbit disagreed"), if the
   * word is not one the article also writes in lower case ("Rescuers
   * worked" / "rescuers"). */
  /* "Engineers said", "Residents fled": at the start of a sentence a
   * plural noun of people is a common noun; a name established
   * elsewhere is still found in the second pass. */
  if (!evidence && sentence_start && words == 1 && looks_like_plural_noun (scan, first))
    {
      Run run = { first, last };

      g_array_append_val (scan->deferred, run);
      return;
    }
  /* A verb after it; at the start of a sentence a single word needs a
   * verb of saying ("Boskalis said"): common nouns act too ("Traffic
   * resumed", "Fighting continued"). */
  if (!evidence && verb_follows (scan, last, (sentence_start && words == 1)
                                             ? WORD_SPEECH_VERB
                                             : WORD_SPEECH_VERB | WORD_ACTION_VERB))
    {
      kind = words >= 2 ? DATELINE_ACTOR_PERSON : DATELINE_ACTOR_ORGANIZATION;
      evidence = TRUE;
      /* A verb says it is a name, not what kind of name. */
      kind_guessed = TRUE;
    }
  if (!evidence && past_tense_follows (scan, last) && !written_in_lower_case (scan, first, last)
      && !(sentence_start && words == 1))
    {
      kind = words >= 2 ? DATELINE_ACTOR_PERSON : DATELINE_ACTOR_ORGANIZATION;
      evidence = TRUE;
      /* A verb says it is a name, not what kind of name. */
      kind_guessed = TRUE;
    }
  if (!evidence && first > 0 && is_keyword (scan, first - 1, KW_SAID)
      && (last >= scan->n_tokens || (tok (scan, last)->flags & TOKEN_PUNCT)))
    {
      kind = words >= 2 ? DATELINE_ACTOR_PERSON : DATELINE_ACTOR_ORGANIZATION;
      evidence = TRUE;
      /* A verb says it is a name, not what kind of name. */
      kind_guessed = TRUE;
    }

  if (!evidence)
    {
      /* No evidence: at the start of a sentence a capital proves nothing,
       * and nor does it on a common word ("Prices Rose"). */
      if (sentence_start || (first_classes & WORD_COMMON))
        {
          Run run = { first, last };

          g_array_append_val (scan->deferred, run);
          return;
        }
      /* "Doctor", "Series": one capitalised word the article also writes
       * in lower case is a common word. */
      if (words == 1 && written_in_lower_case (scan, first, last))
        return;
      /* "in Ismailia", "Burnsville": a place, at a guess; otherwise an
       * organisation, the flag says it is a guess (people are mostly
       * introduced with a title, a first name or a verb, which are
       * evidence). */
      if ((first > 0 && (classes_at (scan, first - 1) & WORD_LOCATIVE))
          || (words == 1 && has_place_ending (scan, first)))
        kind = DATELINE_ACTOR_PLACE;
      else
        kind = DATELINE_ACTOR_ORGANIZATION;
    }

  /* "Lloyd's List": a name with a possessive inside is no person's. */
  if (kind == DATELINE_ACTOR_PERSON)
    for (guint i = first; i < last; i++)
      if (tok (scan, i)->flags & TOKEN_POSSESSIVE)
        kind = DATELINE_ACTOR_ORGANIZATION;

  c = actor_scan_add_candidate (scan, first, last);
  actor_candidate_set_unknown (c, actor_scan_surface_text (scan, first, last), kind);
  if (kind != DATELINE_ACTOR_PERSON && np_first < first && is_keyword (scan, np_first, KW_THE))
    c->np_first = np_first;
  else if (kind != DATELINE_ACTOR_PERSON && first > 0 && is_keyword (scan, first - 1, KW_THE))
    c->np_first = first - 1;
  if (evidence)
    c->state |= CAND_EVIDENCE;
  if (!evidence || kind_guessed)
    c->flags |= DATELINE_ACTOR_MENTION_GUESSED;
  if (words == 1)
    c->state |= CAND_SHORT;
  if (words == 1 && (tok (scan, first)->flags & TOKEN_ALL_CAPS))
    c->state |= CAND_ACRONYM;

  if (abbreviation_follows (scan, first, last))
    define_abbreviation (scan, scan->candidates->len - 1, last + 1);
}

/* Capitalised words right after a known organisation that carry on its
 * name: not a known name themselves, not common words, no digits
 * ("Airbus A380" is a product).  Returns how many tokens, at most two. */
static guint
longer_name_follows (const Scan      *scan,
                     guint            after,
                     const Candidate *c)
{
  guint n = 0;

  if (c->entry < 0 || (c->kind != DATELINE_ACTOR_ORGANIZATION && c->kind != DATELINE_ACTOR_GROUP)
      || (c->flags & (DATELINE_ACTOR_MENTION_METONYM | DATELINE_ACTOR_MENTION_DEMONYM)))
    return 0;
  if (tok (scan, c->first)->flags & TOKEN_HEADLINE)
    return 0;

  while (n < 2 && is_cap_word (scan, after + n)
         && !(tok (scan, after + n)->flags & (TOKEN_DIGIT | TOKEN_LINE_START))
         && !(classes_at (scan, after + n) & (WORD_STOP | WORD_COMMON | WORD_MONTH | WORD_WEEKDAY
                                              | WORD_TITLE_START | WORD_EVENT_NOUN | WORD_GIVEN_NAME))
         && !has_digit (scan, after + n)
         && match_entity (scan, after + n).n_tokens == 0)
    n++;

  return n;
}

void
actor_scan_first_pass (Scan *scan)
{
  guint i = 0;

  while (i < scan->n_tokens)
    {
      const ActorToken *t = tok (scan, i);
      EntityMatch m;
      guint next;

      if (!(t->flags & TOKEN_WORD))
        {
          i++;
          continue;
        }

      if (is_currency_prefix (scan, i) || is_model_designation (scan, i))
        {
          i++;
          continue;
        }

      /* 1. A title and its name. */
      if ((t->flags & TOKEN_CAPITALISED) || (classes_at (scan, i) & WORD_TITLE_START))
        {
          next = try_titled_name (scan, i);
          if (next > i)
            {
              i = next;
              continue;
            }
        }

      if (!(t->flags & TOKEN_CAPITALISED))
        {
          /* "al-Qaeda", "von der Leyen": aliases may start in lower case. */
          if (classes_at (scan, i) & WORD_PARTICLE)
            {
              m = match_entity (scan, i);
              if (m.n_tokens > 0)
                {
                  emit_entity (scan, i, &m);
                  i += m.n_tokens;
                  continue;
                }
            }
          i++;
          continue;
        }

      /* 2. The gazetteer. */
      m = match_entity (scan, i);
      /* "Warren Jeffs", "Martin Scorsese": a known surname or first name
       * that is the start of a longer name is not that person. */
      if (m.n_tokens == 1 && gaz_alias (scan, m.alias)->flags & (ALIAS_WEAK | ALIAS_PARTIAL)
          && actor_gazetteer_entry (scan->gaz, gaz_alias (scan, m.alias)->entry)->kind == DATELINE_ACTOR_PERSON
          && is_name_word (scan, i + 1) && !(tok (scan, i + 1)->flags & TOKEN_LINE_START)
          && !(classes_at (scan, i + 1) & (WORD_COMMON | WORD_TITLE_START | WORD_SPEECH_VERB))
          && match_entity (scan, i + 1).n_tokens == 0)
        m.n_tokens = 0;
      if (m.n_tokens > 0)
        {
          guint run = collect_run (scan, i, TRUE);
          guint after = i + m.n_tokens;

          /* "Egyptian Armed Forces", "Kenya Airways", "United States Air
           * Force Academy": a known name that goes on into an
           * organisation's name is that organisation. */
          if (run > m.n_tokens && (classes_at (scan, i + run - 1) & WORD_ORG_SUFFIX)
              && !(tok (scan, i)->flags & TOKEN_HEADLINE)
              && !(gaz_alias (scan, m.alias)->flags & ALIAS_WEAK)
              && actor_gazetteer_entry (scan->gaz, gaz_alias (scan, m.alias)->entry)->kind != DATELINE_ACTOR_PERSON)
            {
              Candidate *c = actor_scan_add_candidate (scan, i, i + run);

              actor_candidate_set_unknown (c, actor_scan_surface_text (scan, i, i + run), DATELINE_ACTOR_ORGANIZATION);
              c->state |= CAND_EVIDENCE;
              if (i > 0 && is_keyword (scan, i - 1, KW_THE))
                c->np_first = i - 1;
              if (abbreviation_follows (scan, i, i + run))
                define_abbreviation (scan, scan->candidates->len - 1, i + run + 1);
              i += run;
              continue;
            }

          {
            Candidate *c = emit_entity (scan, i, &m);
            guint extra = longer_name_follows (scan, after, c);

            /* "Apple Computer", "Boeing Company": the organisation's
             * longer name is still the organisation. */
            if (extra > 0)
              {
                c->last += extra;
                after += extra;
                c->state |= CAND_MULTI;
              }
            if (abbreviation_follows (scan, i, after) && !gaz_alias (scan, m.alias)->flags)
              define_abbreviation (scan, scan->candidates->len - 1, after + 1);
          }
          i = after;
          continue;
        }

      /* "The", "But", "In": never a name's first word; the name after it
       * gets its own chance at the gazetteer. */
      if (classes_at (scan, i) & WORD_STOP)
        {
          i++;
          continue;
        }

      /* 3. A capitalised run. */
      next = collect_run (scan, i, TRUE);
      if (next == 0)
        {
          i++;
          continue;
        }
      consider_run (scan, i, i + next);
      i += next;
    }
}

