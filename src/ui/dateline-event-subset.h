/* dateline-event-subset.h — some events of a model, by their positions
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DATELINE_TYPE_EVENT_SUBSET (dateline_event_subset_get_type())

G_DECLARE_FINAL_TYPE (DatelineEventSubset, dateline_event_subset, DATELINE, EVENT_SUBSET, GObject)

/* A GListModel of the items of @events at @indices, in that order, fetched
 * only when asked for: a list of the 200 000 events of a density column
 * costs one array, not 200 000 objects. Indices past the end of @events
 * are dropped. @indices is copied. */
DatelineEventSubset *dateline_event_subset_new       (GListModel   *events,
                                                      const guint  *indices,
                                                      guint         n_indices);
/* The position in the underlying model of the item at @position, or
 * G_MAXUINT. */
guint                dateline_event_subset_get_index (DatelineEventSubset *self,
                                                      guint                position);

G_END_DECLS
