/* dateline-actor-merge.c — adding an article's actor mentions to a project
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Within an article the recognizer has already resolved short forms; across
 * articles the same actor may still be spelled differently ("Sergey" and
 * "Sergei Lavrov", "Zelenskiy" and "Zelensky") or, when one article only
 * gives a surname, appear as "Nesbit" beside "Paul Nesbit".  An index of
 * the project's actors by match key (dateline_actors_dup_match_key()) finds
 * them; it is kept on the project and brought up to date lazily, so actors
 * added by others (a loaded file, an absorbed shard) are found too.
 *
 * A merge is conservative: a surname joins a full name only when exactly
 * one person in the project has that surname.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-actors-private.h"

#define INDEX_KEY "dateline-actors-merge-index"

/* A surname shared by two people: it joins neither. */
#define AMBIGUOUS ((gpointer) &ambiguous_marker)
static const char ambiguous_marker = 0;

typedef struct {
  GHashTable *by_key;       /* "kind:key" -> DatelineActor (borrowed) */
  GHashTable *by_surname;   /* surname key -> person with a full name, or AMBIGUOUS */
  GHashTable *by_single;    /* key -> person known only by one word */
  guint       n_indexed;
} ProjectIndex;

static void
project_index_free (gpointer data)
{
  ProjectIndex *index = data;

  g_hash_table_unref (index->by_key);
  g_hash_table_unref (index->by_surname);
  g_hash_table_unref (index->by_single);
  g_free (index);
}

static char *
kind_key (const ActorGazetteer *gaz,
          DatelineActorKind     kind,
          const char           *name)
{
  g_autofree char *key = actor_gazetteer_match_key (gaz, name, -1);

  /* Countries and places share a key space: "Gaza" is one of either. */
  if (kind == DATELINE_ACTOR_PLACE)
    kind = DATELINE_ACTOR_COUNTRY;
  return g_strdup_printf ("%s:%s", dateline_actor_kind_to_string (kind), key);
}

/* The key of a person's last word ("Paul Nesbit" -> "nesbit"). */
static char *
surname_key (const ActorGazetteer *gaz,
             const char           *name,
             guint                *n_words)
{
  g_autofree char *key = actor_gazetteer_match_key (gaz, name, -1);
  const char *space = strrchr (key, ' ');

  *n_words = 1;
  for (const char *p = key; *p != '\0'; p++)
    if (*p == ' ')
      (*n_words)++;

  return g_strdup (space != NULL ? space + 1 : key);
}

static void
index_name (const ActorGazetteer *gaz,
            ProjectIndex         *index,
            DatelineActor        *actor,
            const char           *name)
{
  DatelineActorKind kind = dateline_actor_get_kind (actor);
  char *key = kind_key (gaz, kind, name);

  if (!g_hash_table_contains (index->by_key, key))
    g_hash_table_insert (index->by_key, key, actor);
  else
    g_free (key);

  if (kind == DATELINE_ACTOR_PERSON)
    {
      guint n_words;
      char *surname = surname_key (gaz, name, &n_words);
      GHashTable *table = n_words >= 2 ? index->by_surname : index->by_single;
      gpointer known = g_hash_table_lookup (table, surname);

      if (surname[0] == '\0')
        g_free (surname);
      else if (known == NULL)
        g_hash_table_insert (table, surname, actor);
      else
        {
          if (known != (gpointer) actor)
            g_hash_table_insert (table, g_strdup (surname), AMBIGUOUS);
          g_free (surname);
        }
    }
}

static void
index_actor (const ActorGazetteer *gaz,
             ProjectIndex         *index,
             DatelineActor        *actor)
{
  const char * const *aliases = dateline_actor_get_aliases (actor);

  index_name (gaz, index, actor, dateline_actor_get_name (actor));
  for (guint i = 0; aliases[i] != NULL; i++)
    {
      /* Surface forms that are only a surname do not stand for the
       * person across articles ("Johnson"): the name does. */
      if (dateline_actor_get_kind (actor) == DATELINE_ACTOR_PERSON && strchr (aliases[i], ' ') == NULL)
        continue;
      index_name (gaz, index, actor, aliases[i]);
    }
}

static ProjectIndex *
get_index (DatelineProject      *project,
           const ActorGazetteer *gaz)
{
  ProjectIndex *index = g_object_get_data (G_OBJECT (project), INDEX_KEY);
  GListModel *actors = dateline_project_get_actors (project);
  guint n = g_list_model_get_n_items (actors);

  if (index != NULL && n < index->n_indexed)
    {
      /* Actors went away: start over. */
      g_object_set_data (G_OBJECT (project), INDEX_KEY, NULL);
      index = NULL;
    }

  if (index == NULL)
    {
      index = g_new0 (ProjectIndex, 1);
      index->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      index->by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      index->by_single = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_data_full (G_OBJECT (project), INDEX_KEY, index, project_index_free);
    }

  for (; index->n_indexed < n; index->n_indexed++)
    {
      g_autoptr(DatelineActor) actor = g_list_model_get_item (actors, index->n_indexed);

      index_actor (gaz, index, actor);
    }

  return index;
}

static gboolean
kinds_compatible (DatelineActorKind a,
                  DatelineActorKind b)
{
  if (a == b)
    return TRUE;
  /* A group is often called an organisation, and the reverse. */
  if ((a == DATELINE_ACTOR_GROUP && b == DATELINE_ACTOR_ORGANIZATION)
      || (b == DATELINE_ACTOR_GROUP && a == DATELINE_ACTOR_ORGANIZATION))
    return TRUE;
  return (a == DATELINE_ACTOR_PLACE && b == DATELINE_ACTOR_COUNTRY)
         || (b == DATELINE_ACTOR_PLACE && a == DATELINE_ACTOR_COUNTRY);
}

static DatelineActor *
find_actor (DatelineProject             *project,
            const ActorGazetteer        *gaz,
            ProjectIndex                *index,
            const DatelineActorMention  *mention,
            char                       **id_out)
{
  DatelineActor *actor = dateline_project_lookup_actor (project, mention->id);
  g_autofree char *key = NULL;

  *id_out = g_strdup (mention->id);

  if (actor != NULL && (kinds_compatible (dateline_actor_get_kind (actor), mention->kind)
                        || (mention->flags & DATELINE_ACTOR_MENTION_GUESSED)))
    return actor;
  if (actor != NULL)
    {
      /* "Jordan" the person and "Jordan" the country. */
      g_free (*id_out);
      *id_out = g_strdup_printf ("%s-%s", mention->id, dateline_actor_kind_to_string (mention->kind));
      actor = dateline_project_lookup_actor (project, *id_out);
      if (actor != NULL)
        return actor;
    }

  /* Gazetteer ids are the same in every article; a spelling variant can
   * only be an unknown name meeting a known one, or two unknown ones. */
  key = kind_key (gaz, mention->kind, mention->name);
  actor = g_hash_table_lookup (index->by_key, key);
  if (actor != NULL)
    return actor;

  /* A name whose kind is a guess may be any kind of known actor. */
  if (mention->flags & DATELINE_ACTOR_MENTION_GUESSED)
    {
      static const DatelineActorKind kinds[] = {
        DATELINE_ACTOR_PERSON, DATELINE_ACTOR_ORGANIZATION, DATELINE_ACTOR_GROUP,
        DATELINE_ACTOR_COUNTRY,
      };

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          g_autofree char *other = kind_key (gaz, kinds[k], mention->name);

          actor = g_hash_table_lookup (index->by_key, other);
          if (actor != NULL)
            return actor;
        }
    }

  if (mention->kind == DATELINE_ACTOR_PERSON || (mention->flags & DATELINE_ACTOR_MENTION_GUESSED))
    {
      guint n_words;
      g_autofree char *surname = surname_key (gaz, mention->name, &n_words);

      if (n_words == 1)
        {
          /* "Nesbit" -> the one "Paul Nesbit" of the project. */
          actor = g_hash_table_lookup (index->by_surname, surname);
          if (actor != NULL && actor != AMBIGUOUS)
            return actor;
        }
      else
        {
          /* "Paul Nesbit" after an article that only said "Nesbit". */
          actor = g_hash_table_lookup (index->by_single, surname);
          if (actor != NULL && actor != AMBIGUOUS
              && g_hash_table_lookup (index->by_surname, surname) == NULL)
            return actor;
        }
    }

  return NULL;
}

void
dateline_actors_add_to_project (DatelineProject *project,
                                DatelineArticle *article,
                                GArray          *mentions)
{
  const ActorGazetteer *gaz;
  ProjectIndex *index;
  const char *article_id;
  const char *text;
  gsize text_length;

  g_return_if_fail (DATELINE_IS_PROJECT (project));
  g_return_if_fail (DATELINE_IS_ARTICLE (article));
  g_return_if_fail (mentions != NULL);

  gaz = dateline_actor_recognizer_get_gazetteer (dateline_actor_recognizer_get_default ());
  index = get_index (project, gaz);
  article_id = dateline_article_get_id (article);
  text = dateline_article_get_text (article);
  text_length = dateline_article_get_text_length (article);

  for (guint i = 0; i < mentions->len; i++)
    {
      const DatelineActorMention *mention = &g_array_index (mentions, DatelineActorMention, i);
      g_autofree char *id = NULL;
      DatelineActor *actor;

      if (mention->id == NULL || mention->end > text_length || mention->start > mention->end)
        continue;

      actor = find_actor (project, gaz, index, mention, &id);
      if (actor != NULL && dateline_actor_get_kind (actor) == DATELINE_ACTOR_PERSON &&
          strchr (dateline_actor_get_name (actor), ' ') == NULL &&
          strchr (mention->name, ' ') != NULL)
        {
          /* "Paul Nesbit" after articles that only said "Nesbit": the
           * fuller name becomes the name; the id others refer to stays. */
          dateline_actor_set_name (actor, mention->name);
        }
      if (actor == NULL)
        {
          g_autoptr(DatelineActor) created = dateline_actor_new (id, mention->name, mention->kind);

          dateline_project_add_actor (project, created);
          actor = created;
          /* Indexed on the next call's refresh; index it now so that later
           * mentions of this article find it by spelling too. */
          index_actor (gaz, index, actor);
          index->n_indexed++;
        }

      /* Aliases are what the text wrote: the name, and a titled name with
       * its title ("U.S. Secretary of State Marco Rubio").  A pronoun is
       * nobody's alias. */
      if (!(mention->flags & DATELINE_ACTOR_MENTION_PRONOUN_SPEAKER))
        {
          g_autofree char *surface = g_strndup (text + mention->start, mention->end - mention->start);
          gboolean new_alias = strcmp (surface, dateline_actor_get_name (actor)) != 0;

          if (new_alias)
            {
              dateline_actor_add_alias (actor, surface);
              if (strchr (surface, ' ') != NULL)
                index_name (gaz, index, actor, surface);
            }
          if ((mention->flags & DATELINE_ACTOR_MENTION_TITLED) && mention->np_start < mention->start)
            {
              g_autofree char *titled = g_strndup (text + mention->np_start, mention->end - mention->np_start);

              dateline_actor_add_alias (actor, titled);
            }
        }

      dateline_actor_add_mention (actor, article_id, mention->start, mention->end);
    }
}
