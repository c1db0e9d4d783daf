/* dateline-event-private.h — fast paths for the project reader
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a million events, each string lookup counts: the reader interns
 * an actor's or an article's id once, not once per event.
 */
#pragma once

#include "dateline-event.h"

G_BEGIN_DECLS

/* @str, kept once for the process's life: equal strings give one pointer. */
const char *dateline_intern (const char *str);

/* dateline_event_add_actor() with an id from dateline_intern(). */
void dateline_event_add_actor_interned (DatelineEvent  *self,
                                        const char     *interned_id);
/* dateline_event_add_source_full() with an article id from
 * dateline_intern() and a passage from g_ref_string_new_intern(), whose
 * reference the event takes. */
void dateline_event_take_source        (DatelineEvent  *self,
                                        DatelineSource *source);

G_END_DECLS
