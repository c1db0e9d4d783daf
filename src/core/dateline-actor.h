/* dateline-actor.h — a person, organisation, country, place or group
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  DATELINE_ACTOR_PERSON = 0,
  DATELINE_ACTOR_ORGANIZATION,
  DATELINE_ACTOR_COUNTRY,
  DATELINE_ACTOR_PLACE,
  DATELINE_ACTOR_GROUP,
} DatelineActorKind;

/* A mention: byte offsets into the article's text. */
typedef struct {
  char  *article_id;
  guint  start;
  guint  end;
} DatelineMention;

#define DATELINE_TYPE_ACTOR (dateline_actor_get_type())

G_DECLARE_FINAL_TYPE (DatelineActor, dateline_actor, DATELINE, ACTOR, GObject)

DatelineActor      *dateline_actor_new          (const char        *id,
                                                 const char        *name,
                                                 DatelineActorKind  kind);
const char         *dateline_actor_get_id       (DatelineActor     *self);
const char         *dateline_actor_get_name     (DatelineActor     *self);
/* A fuller name learnt later ("Paul Nesbit" for "Nesbit"): the old name
 * becomes an alias; the id, which other objects refer to, stays. */
void                dateline_actor_set_name     (DatelineActor     *self,
                                                 const char        *name);
DatelineActorKind   dateline_actor_get_kind     (DatelineActor     *self);
/* (transfer none) NULL-terminated */
const char * const *dateline_actor_get_aliases  (DatelineActor     *self);
void                dateline_actor_add_alias    (DatelineActor     *self,
                                                 const char        *alias);
/* (element-type DatelineMention) */
GArray             *dateline_actor_get_mentions (DatelineActor     *self);
void                dateline_actor_add_mention  (DatelineActor     *self,
                                                 const char        *article_id,
                                                 guint              start,
                                                 guint              end);

/* Forgets the mentions in one article (before it is read again). */
void                dateline_actor_remove_mentions_in (DatelineActor *self,
                                                       const char    *article_id);

const char         *dateline_actor_kind_to_string   (DatelineActorKind  kind);
gboolean            dateline_actor_kind_from_string (const char        *str,
                                                     DatelineActorKind *kind);

G_END_DECLS
