/* dateline-event-filter.h — which events the timeline shows: kinds, actors,
 * articles, a date range and a text search
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dateline-event.h"

G_BEGIN_DECLS

#define DATELINE_TYPE_EVENT_FILTER (dateline_event_filter_get_type())

G_DECLARE_FINAL_TYPE (DatelineEventFilter, dateline_event_filter, DATELINE, EVENT_FILTER, GObject)

/* A plain object, no widget: the criteria, and the test of one event
 * against them. Every criterion left at its default lets everything
 * through; set ones all have to match. Emits "changed" whenever a
 * criterion really changes. */
DatelineEventFilter *dateline_event_filter_new              (void);

/* TRUE when some criterion narrows the events. */
gboolean             dateline_event_filter_is_active        (DatelineEventFilter *self);
/* Back to showing everything (one "changed"). */
void                 dateline_event_filter_reset            (DatelineEventFilter *self);

/* Words searched for, case-insensitively, in titles and source passages;
 * NULL or "" for none. */
const char          *dateline_event_filter_get_search_text  (DatelineEventFilter *self);
void                 dateline_event_filter_set_search_text  (DatelineEventFilter *self,
                                                             const char          *text);

/* All kinds are shown until one is switched off. */
gboolean             dateline_event_filter_get_kind_shown   (DatelineEventFilter *self,
                                                             DatelineEventKind    kind);
void                 dateline_event_filter_set_kind_shown   (DatelineEventFilter *self,
                                                             DatelineEventKind    kind,
                                                             gboolean             shown);

/* Actors: when some are chosen, only events with at least one of them.
 * By actor id. */
gboolean             dateline_event_filter_get_actor_chosen (DatelineEventFilter *self,
                                                             const char          *actor_id);
void                 dateline_event_filter_set_actor_chosen (DatelineEventFilter *self,
                                                             const char          *actor_id,
                                                             gboolean             chosen);
guint                dateline_event_filter_get_n_actors     (DatelineEventFilter *self);
/* Articles, likewise: events with a source in one of them. */
gboolean             dateline_event_filter_get_article_chosen (DatelineEventFilter *self,
                                                               const char          *article_id);
void                 dateline_event_filter_set_article_chosen (DatelineEventFilter *self,
                                                               const char          *article_id,
                                                               gboolean             chosen);
guint                dateline_event_filter_get_n_articles   (DatelineEventFilter *self);

/* Days (see dateline-viewport.h): events overlapping [@begin, @end). Undated
 * events are then left out. begin >= end clears the range. */
void                 dateline_event_filter_set_date_range   (DatelineEventFilter *self,
                                                             double               begin,
                                                             double               end);
gboolean             dateline_event_filter_get_date_range   (DatelineEventFilter *self,
                                                             double              *begin,
                                                             double              *end);

/* The test. No allocation unless the search text has non-ASCII letters. */
gboolean             dateline_event_filter_match            (DatelineEventFilter *self,
                                                             DatelineEvent       *event);

G_END_DECLS
