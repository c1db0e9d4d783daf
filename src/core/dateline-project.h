/* dateline-project.h — the model: articles, actors and events, and their JSON form
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "dateline-article.h"
#include "dateline-actor.h"
#include "dateline-event.h"

G_BEGIN_DECLS

#define DATELINE_PROJECT_FORMAT_VERSION 1

#define DATELINE_PROJECT_ERROR (dateline_project_error_quark ())

typedef enum {
  DATELINE_PROJECT_ERROR_INVALID,        /* not a Dateline project, or malformed */
  DATELINE_PROJECT_ERROR_NEWER_VERSION,  /* written by a newer Dateline */
} DatelineProjectError;

GQuark dateline_project_error_quark (void);

#define DATELINE_TYPE_PROJECT (dateline_project_get_type())

G_DECLARE_FINAL_TYPE (DatelineProject, dateline_project, DATELINE, PROJECT, GObject)

DatelineProject *dateline_project_new              (void);

/* (transfer none) GListModels of DatelineArticle, DatelineActor, DatelineEvent.
 * Events are kept in the order they were added; the layout sorts them. */
GListModel      *dateline_project_get_articles     (DatelineProject  *self);
GListModel      *dateline_project_get_actors       (DatelineProject  *self);
GListModel      *dateline_project_get_events       (DatelineProject  *self);

const char      *dateline_project_get_title        (DatelineProject  *self);
void             dateline_project_set_title        (DatelineProject  *self,
                                                    const char       *title);

/* (transfer none) or NULL */
DatelineArticle *dateline_project_lookup_article   (DatelineProject  *self,
                                                    const char       *id);
DatelineActor   *dateline_project_lookup_actor     (DatelineProject  *self,
                                                    const char       *id);

/* Adds articles; ids are made unique ("a1", "a2"…) if they collide. */
void             dateline_project_add_article      (DatelineProject  *self,
                                                    DatelineArticle  *article);
void             dateline_project_add_actor        (DatelineProject  *self,
                                                    DatelineActor    *actor);
/* Adds many events with one items-changed emission. (element-type DatelineEvent) */
void             dateline_project_add_events       (DatelineProject  *self,
                                                    GPtrArray        *events);
/* Replaces all events at once (one ::items-changed), e.g. after merging.
 * Events without an id get one. (element-type DatelineEvent) */
void             dateline_project_replace_events   (DatelineProject  *self,
                                                    GPtrArray        *events);
/* Moves everything of @other into @self, renaming ids that collide (and
 * every reference to them); an actor whose id is already known merges its
 * aliases and mentions into the known one. Used to combine shards. */
void             dateline_project_absorb           (DatelineProject  *self,
                                                    DatelineProject  *other);
/* A fresh unique event id ("e1", "e2"…). */
char            *dateline_project_dup_next_event_id (DatelineProject *self);

/* JSON (project-format.md). Loading validates everything first and fills
 * nothing on error; saving never leaves a half-written file. */
JsonNode        *dateline_project_to_json          (DatelineProject  *self);
char            *dateline_project_to_data          (DatelineProject  *self,
                                                    gsize            *length);
DatelineProject *dateline_project_new_from_data    (const char       *data,
                                                    gssize            length,
                                                    GError          **error);
DatelineProject *dateline_project_new_from_file    (GFile            *file,
                                                    GCancellable     *cancellable,
                                                    GError          **error);
gboolean         dateline_project_save_to_file     (DatelineProject  *self,
                                                    GFile            *file,
                                                    GCancellable     *cancellable,
                                                    GError          **error);

G_END_DECLS
