/* dateline-actor.c — a person, organisation, country, place or group
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include "dateline-actor.h"

struct _DatelineActor
{
  GObject            parent_instance;

  char              *id;
  char              *name;
  DatelineActorKind  kind;
  GPtrArray         *aliases;   /* NULL-terminated */
  GArray            *mentions;  /* DatelineMention */
};

G_DEFINE_FINAL_TYPE (DatelineActor, dateline_actor, G_TYPE_OBJECT)

static const char * const kind_names[] = {
  [DATELINE_ACTOR_PERSON] = "person",
  [DATELINE_ACTOR_ORGANIZATION] = "organization",
  [DATELINE_ACTOR_COUNTRY] = "country",
  [DATELINE_ACTOR_PLACE] = "place",
  [DATELINE_ACTOR_GROUP] = "group",
};

static void
clear_mention (gpointer data)
{
  DatelineMention *mention = data;

  g_clear_pointer (&mention->article_id, g_free);
}

static void
dateline_actor_finalize (GObject *object)
{
  DatelineActor *self = (DatelineActor *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->aliases, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);

  G_OBJECT_CLASS (dateline_actor_parent_class)->finalize (object);
}

static void
dateline_actor_class_init (DatelineActorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dateline_actor_finalize;
}

static void
dateline_actor_init (DatelineActor *self)
{
  self->aliases = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->mentions = g_array_new (FALSE, TRUE, sizeof (DatelineMention));
  g_array_set_clear_func (self->mentions, clear_mention);
}

/**
 * dateline_actor_new:
 * @id: stable id, a slug of the canonical name ("marco-rubio")
 *
 * Returns: (transfer full): a new actor
 */
DatelineActor *
dateline_actor_new (const char        *id,
                    const char        *name,
                    DatelineActorKind  kind)
{
  DatelineActor *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (DATELINE_TYPE_ACTOR, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->kind = kind;

  return self;
}

const char *
dateline_actor_get_id (DatelineActor *self)
{
  g_return_val_if_fail (DATELINE_IS_ACTOR (self), NULL);
  return self->id;
}

const char *
dateline_actor_get_name (DatelineActor *self)
{
  g_return_val_if_fail (DATELINE_IS_ACTOR (self), NULL);
  return self->name;
}

DatelineActorKind
dateline_actor_get_kind (DatelineActor *self)
{
  g_return_val_if_fail (DATELINE_IS_ACTOR (self), DATELINE_ACTOR_PERSON);
  return self->kind;
}

void
dateline_actor_set_name (DatelineActor *self,
                         const char    *name)
{
  g_return_if_fail (DATELINE_IS_ACTOR (self));
  g_return_if_fail (name != NULL);

  if (g_strcmp0 (self->name, name) == 0)
    return;

  dateline_actor_add_alias (self, self->name);
  g_free (self->name);
  self->name = g_strdup (name);
}

void
dateline_actor_remove_mentions_in (DatelineActor *self,
                                   const char    *article_id)
{
  g_return_if_fail (DATELINE_IS_ACTOR (self));

  for (guint i = self->mentions->len; i > 0; i--)
    if (g_strcmp0 (g_array_index (self->mentions, DatelineMention, i - 1).article_id, article_id) == 0)
      g_array_remove_index (self->mentions, i - 1);
}

const char * const *
dateline_actor_get_aliases (DatelineActor *self)
{
  g_return_val_if_fail (DATELINE_IS_ACTOR (self), NULL);
  static const char * const empty[] = { NULL };

  /* An empty null-terminated GPtrArray may not have allocated its
   * terminator yet. */
  if (self->aliases->pdata == NULL)
    return empty;
  return (const char * const *) self->aliases->pdata;
}

/* Adds @alias unless it is already known (compared exactly). */
void
dateline_actor_add_alias (DatelineActor *self,
                          const char    *alias)
{
  g_return_if_fail (DATELINE_IS_ACTOR (self));
  g_return_if_fail (alias != NULL);

  for (guint i = 0; i < self->aliases->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->aliases, i), alias) == 0)
      return;

  g_ptr_array_add (self->aliases, g_strdup (alias));
}

GArray *
dateline_actor_get_mentions (DatelineActor *self)
{
  g_return_val_if_fail (DATELINE_IS_ACTOR (self), NULL);
  return self->mentions;
}

void
dateline_actor_add_mention (DatelineActor *self,
                            const char    *article_id,
                            guint          start,
                            guint          end)
{
  DatelineMention mention;

  g_return_if_fail (DATELINE_IS_ACTOR (self));
  g_return_if_fail (article_id != NULL);
  g_return_if_fail (start <= end);

  mention.article_id = g_strdup (article_id);
  mention.start = start;
  mention.end = end;
  g_array_append_val (self->mentions, mention);
}

const char *
dateline_actor_kind_to_string (DatelineActorKind kind)
{
  g_return_val_if_fail (kind <= DATELINE_ACTOR_GROUP, "person");
  return kind_names[kind];
}

gboolean
dateline_actor_kind_from_string (const char        *str,
                                 DatelineActorKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (kind_names[i], str) == 0)
      {
        *kind = (DatelineActorKind) i;
        return TRUE;
      }

  return FALSE;
}
