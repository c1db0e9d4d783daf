/* dateline-actor-resolve.c — the second pass of actor recognition
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Within one article, after the first pass (dateline-actor-scan.c):
 * short forms resolve to the full name given elsewhere ("Rubio", "Mr.
 * Rabie", "Evergreen"), weak gazetteer aliases to the entry the article
 * supports ("Trump" after "President Trump"), unknown names to a gazetteer
 * entry spelled differently, defined abbreviations to what they abbreviate;
 * deferred runs yield the names the article has established; and every
 * unknown name gets one kind.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-actors-private.h"

/* ------------------------------------------------------------------ */
/* Short forms                                                        */

#define MAX_WORDS 12

/* The words of a name: token indices, or the gazetteer's folded words of a
 * canonical name.  No allocation: this runs for every short form. */
typedef struct {
  guint               candidate;
  const char * const *folded;          /* a gazetteer name's words, or NULL */
  guint               tokens[MAX_WORDS];
  guint               n_words;
} NameWords;

static void
name_words_from_candidate (const Scan *scan,
                           guint       index,
                           NameWords  *out)
{
  const Candidate *c = &g_array_index (scan->candidates, Candidate, index);

  out->candidate = index;
  out->folded = NULL;
  out->n_words = 0;
  for (guint i = c->first; i < c->last && out->n_words < MAX_WORDS; i++)
    if (is_word (scan, i))
      out->tokens[out->n_words++] = i;
}

/* Is word @w of @name the word at token @t? */
static gboolean
word_matches (const Scan      *scan,
              const NameWords *name,
              guint            w,
              guint            t)
{
  const ActorToken *token;
  g_autofree char *heap = NULL;
  char buf[FOLD_BUF];

  if (name->folded == NULL)
    return actor_scan_same_word (scan, name->tokens[w], t);

  token = tok (scan, t);
  return strcmp (actor_fold_word (scan->text + token->start, token->end - token->start,
                                  buf, sizeof buf, &heap),
                 name->folded[w]) == 0;
}

/* The candidate whose full name ends with @short_form's words ("Rubio" ->
 * "Marco Rubio", "Rabie" -> "Osama Rabie"), or for an organisation starts
 * with them, when all such candidates are one actor; the nearest one to
 * @near is returned. */
static guint
find_full_name (const Scan        *scan,
                GArray            *full_names,
                const NameWords   *short_form,
                DatelineActorKind  kind,
                guint              near)
{
  guint found = NONE;
  const char *found_id = NULL;
  guint best_distance = G_MAXUINT;

  for (guint f = 0; f < full_names->len; f++)
    {
      const NameWords *full = &g_array_index (full_names, NameWords, f);
      const Candidate *c = &g_array_index (scan->candidates, Candidate, full->candidate);
      guint offset, distance;
      gboolean match = TRUE;

      if (c->kind != kind || full->n_words <= short_form->n_words)
        continue;
      /* An organisation's first word stands for it only if the full name
       * is surely one ("Evergreen" of "Evergreen Marine", not "Intel" of
       * "Intel HD"). */
      if (kind != DATELINE_ACTOR_PERSON && (c->flags & DATELINE_ACTOR_MENTION_GUESSED))
        continue;

      if (kind == DATELINE_ACTOR_PERSON)
        offset = full->n_words - short_form->n_words;   /* the surname ends the name */
      else
        offset = 0;                                     /* "Evergreen" of "Evergreen Marine" */
      for (guint w = 0; w < short_form->n_words && match; w++)
        match = word_matches (scan, full, offset + w, short_form->tokens[w]);
      if (!match)
        continue;

      if (found_id != NULL && g_strcmp0 (found_id, actor_candidate_get_id (scan, c)) != 0)
        return NONE;   /* two actors share the short form: leave it */
      found_id = actor_candidate_get_id (scan, c);
      distance = c->first > near ? (c->first - near) * 2 + 1 : (near - c->first) * 2;
      if (distance < best_distance)
        {
          best_distance = distance;
          found = full->candidate;
        }
    }

  return found;
}

/* Does the title before @c fit one of @entry's roles ("President" and
 * "President of the United States")?  Honorifics fit anyone. */
static gboolean
title_fits_entry (const Scan      *scan,
                  const Candidate *c,
                  const GazEntry  *entry)
{
  if (c->title_first == NONE)
    return FALSE;
  if (c->state & CAND_HONORIFIC)
    return TRUE;

  for (guint i = c->title_first; i < c->title_last; i++)
    {
      g_autofree char *word = NULL;

      if (!is_word (scan, i) || (classes_at (scan, i) & WORD_STOP))
        continue;
      word = actor_scan_folded_token (scan, i);
      for (guint r = 0; entry->roles[r] != NULL; r++)
        if (strcmp (entry->roles[r], word) == 0 && strlen (word) > 2)
          return TRUE;
    }

  return FALSE;
}

/* Records candidate @i as a full name short forms may refer to. */
static void
add_full_name (Scan   *scan,
               GArray *full_names,
               guint   i)
{
  const Candidate *c = &g_array_index (scan->candidates, Candidate, i);
  NameWords full;

  if (c->state & CAND_DROPPED)
    return;
  if (c->flags & (DATELINE_ACTOR_MENTION_DEMONYM | DATELINE_ACTOR_MENTION_METONYM))
    return;

  if (c->entry >= 0 && c->kind == DATELINE_ACTOR_PERSON)
    {
      /* A gazetteer person is known by the words of its canonical name
       * whatever alias the text used ("Putin" is "Vladimir Putin"). */
      const GazEntry *entry = actor_gazetteer_entry (scan->gaz, c->entry);

      full.candidate = i;
      full.folded = (const char * const *) entry->name_words;
      full.n_words = entry->n_name_words;
    }
  else if (c->state & CAND_MULTI)
    name_words_from_candidate (scan, i, &full);
  else
    return;

  g_array_append_val (full_names, full);
}

/* A weak alias after a title ("President Trump", "Mr. Johnson"): the full
 * name in the article decides, else a title that fits exactly one of the
 * alias's entries.  Returns whether it was resolved. */
static gboolean
resolve_weak_by_title (Scan      *scan,
                       Candidate *c)
{
  gint chosen = -1;
  guint n_fitting = 0;

  for (gint a = actor_trie_payload (scan->gaz->entity_trie, c->alias_node); a >= 0;
       a = gaz_alias (scan, a)->next)
    {
      const GazAlias *alias = gaz_alias (scan, a);

      if (!(alias->flags & ALIAS_WEAK) || alias->n_tokens != c->last - c->first)
        continue;
      if (title_fits_entry (scan, c, actor_gazetteer_entry (scan->gaz, alias->entry)))
        {
          if (chosen != (gint) alias->entry)
            n_fitting++;
          chosen = alias->entry;
        }
    }

  if (n_fitting != 1)
    return FALSE;

  actor_candidate_set_entry (scan, c, chosen);
  c->flags |= DATELINE_ACTOR_MENTION_PARTIAL;
  return TRUE;
}

static void
resolve_short_forms (Scan *scan)
{
  g_autoptr(GArray) full_names = g_array_new (FALSE, FALSE, sizeof (NameWords));
  gboolean any_short = FALSE;

  for (guint i = 0; i < scan->candidates->len && !any_short; i++)
    {
      const Candidate *c = &g_array_index (scan->candidates, Candidate, i);

      any_short = (c->state & CAND_SHORT)
                  || (c->entry < 0 && (c->flags & DATELINE_ACTOR_MENTION_GUESSED));
    }
  if (!any_short)
    return;

  for (guint i = 0; i < scan->candidates->len; i++)
    {
      const Candidate *c = &g_array_index (scan->candidates, Candidate, i);

      if (!(c->state & CAND_SHORT) && ((c->state & CAND_MULTI) || c->entry >= 0))
        add_full_name (scan, full_names, i);
    }

  /* Titled weak aliases first: "President Trump" then stands for
   * every "Trump" of the article. */
  for (guint i = 0; i < scan->candidates->len; i++)
    {
      Candidate *c = &g_array_index (scan->candidates, Candidate, i);
      NameWords words;

      if (!(c->state & CAND_WEAK) || c->title_first == NONE)
        continue;
      name_words_from_candidate (scan, i, &words);
      if (find_full_name (scan, full_names, &words, DATELINE_ACTOR_PERSON, c->first) != NONE)
        continue;   /* the full name decides, below */
      if (resolve_weak_by_title (scan, c))
        {
          c->state &= ~CAND_SHORT;
          add_full_name (scan, full_names, i);
        }
    }

  for (guint i = 0; i < scan->candidates->len; i++)
    {
      Candidate *c = &g_array_index (scan->candidates, Candidate, i);
      NameWords words;
      guint full;

      if (c->state & CAND_DROPPED)
        continue;
      /* Short forms, and unknown names whose kind is a guess ("Shoei
       * Kisen" of "Shoei Kisen Kaisha"). */
      if (!(c->state & CAND_SHORT)
          && !(c->entry < 0 && (c->state & CAND_MULTI) && (c->flags & DATELINE_ACTOR_MENTION_GUESSED)))
        continue;

      /* A defined abbreviation is resolved as such ("AMD"). */
      if (c->state & CAND_ACRONYM)
        {
          const ActorToken *t = tok (scan, c->first);
          g_autofree char *acronym = g_strndup (scan->text + t->start, t->end - t->start);

          if (g_hash_table_contains (scan->abbreviations, acronym))
            continue;
        }

      name_words_from_candidate (scan, i, &words);

      /* A person's surname, or the first word of an organisation named in
       * full elsewhere in the article. */
      full = find_full_name (scan, full_names, &words, DATELINE_ACTOR_PERSON, c->first);
      if (full == NONE && !(c->state & (CAND_WEAK | CAND_HONORIFIC))
          && !(c->flags & DATELINE_ACTOR_MENTION_TITLED))
        full = find_full_name (scan, full_names, &words, DATELINE_ACTOR_ORGANIZATION, c->first);
      if (full == NONE && !(c->state & (CAND_WEAK | CAND_HONORIFIC))
          && !(c->flags & DATELINE_ACTOR_MENTION_TITLED))
        full = find_full_name (scan, full_names, &words, DATELINE_ACTOR_GROUP, c->first);

      if (full != NONE)
        {
          const Candidate *target = &g_array_index (scan->candidates, Candidate, full);
          Candidate copy = *target;

          /* actor_candidate_copy_identity may move the array's strings; work on a copy. */
          copy.name = g_strdup (target->name);
          copy.id = NULL;
          c = &g_array_index (scan->candidates, Candidate, i);
          actor_candidate_copy_identity (scan, c, &copy);
          g_free (copy.name);
          c->flags |= DATELINE_ACTOR_MENTION_PARTIAL;
          c->flags &= ~DATELINE_ACTOR_MENTION_GUESSED;
          c->antecedent = full;
          continue;
        }

      if (c->state & CAND_WEAK)
        {
          /* No full name and no fitting title: not guessed. */
          actor_candidate_set_unknown (c, actor_scan_surface_text (scan, c->first, c->last), c->kind);
          c->flags &= ~DATELINE_ACTOR_MENTION_GAZETTEER;
          c->state &= ~CAND_WEAK;
          continue;
        }

      /* An unknown single word: perhaps a spelling of a gazetteer name
       * ("Zelenskyi"). */
      if (c->entry < 0 && c->name != NULL)
        {
          g_autofree char *key = actor_gazetteer_match_key (scan->gaz, c->name, -1);
          guint entry = GPOINTER_TO_UINT (g_hash_table_lookup (scan->gaz->entry_by_key, key));

          if (entry > 0)
            {
              const GazEntry *e = actor_gazetteer_entry (scan->gaz, entry - 1);

              if (e->kind == c->kind || (c->flags & DATELINE_ACTOR_MENTION_GUESSED)
                  || (c->kind == DATELINE_ACTOR_PERSON && e->n_name_words > 1))
                {
                  actor_candidate_set_entry (scan, c, entry - 1);
                  c->flags &= ~DATELINE_ACTOR_MENTION_GUESSED;
                  if (e->n_name_words > 1)
                    c->flags |= DATELINE_ACTOR_MENTION_PARTIAL;
                }
            }
        }
    }
}

/* Unknown names spelled differently from a gazetteer alias ("Sergey
 * Lavrov" when only "Sergei Lavrov" were listed). */
static void
resolve_spellings (Scan *scan)
{
  for (guint i = 0; i < scan->candidates->len; i++)
    {
      Candidate *c = &g_array_index (scan->candidates, Candidate, i);
      g_autofree char *key = NULL;
      guint entry;

      if (c->entry >= 0 || c->name == NULL || !(c->state & CAND_MULTI)
          || (c->state & CAND_DROPPED) || (c->flags & DATELINE_ACTOR_MENTION_PARTIAL))
        continue;

      key = actor_gazetteer_match_key (scan->gaz, c->name, -1);
      entry = GPOINTER_TO_UINT (g_hash_table_lookup (scan->gaz->entry_by_key, key));
      if (entry == 0)
        continue;
      if (actor_gazetteer_entry (scan->gaz, entry - 1)->kind != c->kind
          && !(c->flags & DATELINE_ACTOR_MENTION_GUESSED))
        continue;
      actor_candidate_set_entry (scan, c, entry - 1);
      c->flags &= ~DATELINE_ACTOR_MENTION_GUESSED;
    }
}

/* One unknown name, one kind in the article: the kind some mention has
 * evidence for, else the most frequent guess ("Ever Given said" and "the
 * Ever Given" are the same thing). */
static void
unify_unknown_kinds (Scan *scan)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < scan->candidates->len; i++)
    {
      const Candidate *c = &g_array_index (scan->candidates, Candidate, i);
      guint votes[DATELINE_ACTOR_GROUP + 1] = { 0, };
      gint proven = -1;
      guint best = c->kind;
      gboolean with_the = FALSE;

      if (c->entry >= 0 || c->id == NULL || (c->state & CAND_DROPPED)
          || g_hash_table_contains (seen, c->id))
        continue;
      g_hash_table_add (seen, c->id);

      for (guint j = i; j < scan->candidates->len; j++)
        {
          const Candidate *d = &g_array_index (scan->candidates, Candidate, j);

          if (d->entry >= 0 || g_strcmp0 (d->id, c->id) != 0)
            continue;
          if (!(d->flags & DATELINE_ACTOR_MENTION_GUESSED) && proven < 0)
            proven = d->kind;
          votes[d->kind]++;
          if (d->np_first < d->first && is_keyword (scan, d->np_first, KW_THE))
            with_the = TRUE;
        }
      if (proven >= 0)
        best = proven;
      else
        {
          for (guint k = 0; k <= DATELINE_ACTOR_GROUP; k++)
            if (votes[k] > votes[best])
              best = k;
          /* Nobody is "the Ever Given". */
          if (best == DATELINE_ACTOR_PERSON && with_the)
            best = DATELINE_ACTOR_ORGANIZATION;
        }

      for (guint j = i; j < scan->candidates->len; j++)
        {
          Candidate *d = &g_array_index (scan->candidates, Candidate, j);

          if (d->entry >= 0 || g_strcmp0 (d->id, c->id) != 0)
            continue;
          d->kind = best;
          if (proven >= 0)
            d->flags &= ~DATELINE_ACTOR_MENTION_GUESSED;
        }
    }
}

/* Acronyms defined in the text ("(SCA)") wherever they recur. */
static void
resolve_abbreviations (Scan *scan)
{
  if (g_hash_table_size (scan->abbreviations) == 0)
    return;

  for (guint i = 0; i < scan->candidates->len; i++)
    {
      Candidate *c = &g_array_index (scan->candidates, Candidate, i);
      const ActorToken *t;
      g_autofree char *text = NULL;
      guint target;

      if (!(c->state & CAND_ACRONYM) || c->antecedent != NONE)
        continue;
      t = tok (scan, c->first);
      text = g_strndup (scan->text + t->start, t->end - t->start);
      target = GPOINTER_TO_UINT (g_hash_table_lookup (scan->abbreviations, text));
      if (target == 0 || target - 1 == i)
        continue;

      {
        Candidate copy = g_array_index (scan->candidates, Candidate, target - 1);

        copy.name = g_strdup (copy.name);
        actor_candidate_copy_identity (scan, c, &copy);
        g_free (copy.name);
      }
      c->flags |= DATELINE_ACTOR_MENTION_ABBREVIATION;
      c->flags &= ~DATELINE_ACTOR_MENTION_GUESSED;
      c->antecedent = target - 1;
    }
}

/* Do [a_first, a_last) and [b_first, b_last) hold the same words? */
static gboolean
same_words (const Scan *scan,
            guint       a_first,
            guint       a_last,
            guint       b_first,
            guint       b_last)
{
  guint a = a_first, b = b_first;

  for (;;)
    {
      while (a < a_last && !is_word (scan, a))
        a++;
      while (b < b_last && !is_word (scan, b))
        b++;
      if (a >= a_last || b >= b_last)
        return a >= a_last && b >= b_last;
      if (!actor_scan_same_word (scan, a, b))
        return FALSE;
      a++;
      b++;
    }
}

/* The established name that [first, last) repeats: a candidate's whole
 * name, a person's surname, an organisation's first word ("Brenmoor" for
 * "Brenmoor Shipping Line", unless it is a common word).  Returns the
 * candidate index + 1, or 0. */
static guint
find_established_name (const Scan *scan,
                       guint       n_candidates,
                       guint       first,
                       guint       last)
{
  gboolean one_word = actor_scan_count_words (scan, first, last) == 1;

  for (guint i = 0; i < n_candidates; i++)
    {
      const Candidate *c = &g_array_index (scan->candidates, Candidate, i);

      if (c->state & (CAND_DROPPED | CAND_WEAK))
        continue;
      if ((c->flags & DATELINE_ACTOR_MENTION_GUESSED) && !(c->state & CAND_MULTI))
        continue;
      if (same_words (scan, first, last, c->first, c->last))
        return i + 1;
      if (!one_word || !(c->state & CAND_MULTI))
        continue;

      if (c->entry < 0 && (c->kind == DATELINE_ACTOR_ORGANIZATION || c->kind == DATELINE_ACTOR_GROUP)
          && is_word (scan, c->first)
          && !(classes_at (scan, c->first) & (WORD_COMMON | WORD_STOP | WORD_GIVEN_NAME
                                              | WORD_ORG_SUFFIX | WORD_ORG_HEAD))
          && actor_scan_same_word (scan, first, c->first))
        return i + 1;

      if (c->kind == DATELINE_ACTOR_PERSON)
        {
          guint last_word = c->last - 1;

          while (last_word > c->first && !is_word (scan, last_word))
            last_word--;
          if (actor_scan_same_word (scan, first, last_word))
            return i + 1;
        }
    }

  return 0;
}

/* Runs left aside in headlines and at sentence starts: whatever part of
 * them the article has established as a name elsewhere. */
static void
resolve_deferred (Scan *scan)
{
  guint n_before = scan->candidates->len;

  for (guint d = 0; d < scan->deferred->len; d++)
    {
      Run run = g_array_index (scan->deferred, Run, d);
      guint p = run.first;

      while (p < run.last)
        {
          guint matched = 0, target = 0;

          if (!is_word (scan, p))
            {
              p++;
              continue;
            }
          for (guint len = MIN (run.last - p, 5u); len >= 1 && matched == 0; len--)
            {
              if (!is_word (scan, p + len - 1))
                continue;
              target = find_established_name (scan, n_before, p, p + len);
              if (target > 0)
                matched = len;
            }
          if (matched > 0)
            {
              Candidate copy = g_array_index (scan->candidates, Candidate, target - 1);
              Candidate *c;
              gboolean shorter = actor_scan_count_words (scan, p, p + matched)
                                 < actor_scan_count_words (scan, copy.first, copy.last);

              copy.name = g_strdup (copy.name);
              c = actor_scan_add_candidate (scan, p, p + matched);
              actor_candidate_copy_identity (scan, c, &copy);
              g_free (copy.name);
              c->flags |= copy.flags & (DATELINE_ACTOR_MENTION_METONYM | DATELINE_ACTOR_MENTION_DEMONYM
                                        | DATELINE_ACTOR_MENTION_PARTIAL | DATELINE_ACTOR_MENTION_ABBREVIATION);
              if (shorter)
                c->flags |= DATELINE_ACTOR_MENTION_PARTIAL;
              /* Point at the full name, not at another short form. */
              c->antecedent = copy.antecedent != NONE ? copy.antecedent : target - 1;
              p += matched;
            }
          else
            p++;
        }
    }
}

void
actor_scan_resolve (Scan *scan)
{
  resolve_short_forms (scan);
  resolve_spellings (scan);
  resolve_abbreviations (scan);
  resolve_deferred (scan);
  unify_unknown_kinds (scan);
}

