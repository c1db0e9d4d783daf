/* dateline-event.h — a dated happening and the passages that support it
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dateline-date.h"

G_BEGIN_DECLS

/* The closed set of kinds the UI colours and filters by. */
typedef enum {
  DATELINE_EVENT_OTHER = 0,
  DATELINE_EVENT_MEETING,
  DATELINE_EVENT_TALKS,
  DATELINE_EVENT_STATEMENT,
  DATELINE_EVENT_THREAT,
  DATELINE_EVENT_ATTACK,
  DATELINE_EVENT_SANCTION,
  DATELINE_EVENT_AGREEMENT,
  DATELINE_EVENT_DEADLINE,
  DATELINE_EVENT_VOTE,
  DATELINE_EVENT_CALL,
  DATELINE_EVENT_ELECTION,
  DATELINE_EVENT_N_KINDS
} DatelineEventKind;

/* One supporting passage: byte offsets into the article's text. */
typedef struct {
  char         *article_id;     /* interned (one pointer for equal ids); read only */
  guint         start;
  guint         end;
  /* The passage, repeated so the project reads on its own: an interned
   * GRefString shared by every source quoting the same words; read only. */
  char         *text;
  /* The word(s) that report the happening ("met", "assault"), inside the
   * passage; both 0 when unknown. */
  guint         trigger_start;
  guint         trigger_end;
  /* The date this source gives the event; undated when it gives none.
   * Sources may disagree: the event's own date is then one of them, and
   * the UI shows the others instead of hiding them. */
  DatelineWhen  when;
} DatelineSource;

/* The passages of an event, in the order they were added. Shaped like a
 * GArray's public part, so read it the same way: ->len and
 * g_array_index (sources, DatelineSource, i); it is not a GArray and only
 * DatelineEvent changes it. (A GArray cost 128 bytes per event more, and a
 * project holds a million events.) */
typedef struct {
  DatelineSource *data;
  guint           len;
} DatelineSourceList;

#define DATELINE_TYPE_EVENT (dateline_event_get_type())

G_DECLARE_FINAL_TYPE (DatelineEvent, dateline_event, DATELINE, EVENT, GObject)

DatelineEvent      *dateline_event_new          (const char          *id,
                                                 const char          *title,
                                                 DatelineEventKind    kind);
const char         *dateline_event_get_id       (DatelineEvent       *self);
const char         *dateline_event_get_title    (DatelineEvent       *self);
void                dateline_event_set_title    (DatelineEvent       *self,
                                                 const char          *title);
DatelineEventKind   dateline_event_get_kind     (DatelineEvent       *self);
void                dateline_event_set_kind     (DatelineEvent       *self,
                                                 DatelineEventKind    kind);
const DatelineWhen *dateline_event_get_when     (DatelineEvent       *self);
void                dateline_event_set_when     (DatelineEvent       *self,
                                                 const DatelineWhen  *when);
/* (transfer none) NULL-terminated actor ids */
const char * const *dateline_event_get_actors   (DatelineEvent       *self);
void                dateline_event_add_actor    (DatelineEvent       *self,
                                                 const char          *actor_id);
void                dateline_event_clear_actors (DatelineEvent     *self);
const DatelineSourceList *dateline_event_get_sources (DatelineEvent  *self);
void                dateline_event_add_source   (DatelineEvent       *self,
                                                 const char          *article_id,
                                                 guint                start,
                                                 guint                end,
                                                 const char          *text);
/* Copies @source (its strings too). */
void                dateline_event_add_source_full (DatelineEvent    *self,
                                                 const DatelineSource *source);
/* Drops the passages of one article; returns how many are left. */
guint               dateline_event_remove_sources_in (DatelineEvent *self,
                                                      const char    *article_id);
/* TRUE when two sources give dates that do not overlap. */
gboolean            dateline_event_has_disagreement (DatelineEvent   *self);
const char         *dateline_event_get_notes    (DatelineEvent       *self);
void                dateline_event_set_notes    (DatelineEvent       *self,
                                                 const char          *notes);
/* A deadline or a happening announced for later ("will meet"): drawn as
 * future. */
gboolean            dateline_event_get_scheduled (DatelineEvent     *self);
void                dateline_event_set_scheduled (DatelineEvent     *self,
                                                  gboolean           scheduled);
gboolean            dateline_event_get_edited   (DatelineEvent       *self);
void                dateline_event_set_edited   (DatelineEvent       *self,
                                                 gboolean             edited);

const char         *dateline_event_kind_to_string   (DatelineEventKind  kind);
DatelineEventKind   dateline_event_kind_from_string (const char        *str);

G_END_DECLS
