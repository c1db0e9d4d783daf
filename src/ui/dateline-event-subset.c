/* dateline-event-subset.c — some events of a model, by their positions
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include "dateline-event-subset.h"

struct _DatelineEventSubset
{
  GObject     parent_instance;

  GListModel *events;
  guint      *indices;
  guint       n_indices;
};

static void dateline_event_subset_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DatelineEventSubset, dateline_event_subset, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      dateline_event_subset_list_model_init))

/* GListModel */

static GType
dateline_event_subset_get_item_type (GListModel *model)
{
  DatelineEventSubset *self = DATELINE_EVENT_SUBSET (model);

  return g_list_model_get_item_type (self->events);
}

static guint
dateline_event_subset_get_n_items (GListModel *model)
{
  return DATELINE_EVENT_SUBSET (model)->n_indices;
}

static gpointer
dateline_event_subset_get_item (GListModel *model,
                                guint       position)
{
  DatelineEventSubset *self = DATELINE_EVENT_SUBSET (model);

  if (position >= self->n_indices)
    return NULL;

  return g_list_model_get_item (self->events, self->indices[position]);
}

static void
dateline_event_subset_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = dateline_event_subset_get_item_type;
  iface->get_n_items = dateline_event_subset_get_n_items;
  iface->get_item = dateline_event_subset_get_item;
}

/* Virtual functions */

static void
dateline_event_subset_finalize (GObject *object)
{
  DatelineEventSubset *self = DATELINE_EVENT_SUBSET (object);

  g_clear_object (&self->events);
  g_clear_pointer (&self->indices, g_free);

  G_OBJECT_CLASS (dateline_event_subset_parent_class)->finalize (object);
}

static void
dateline_event_subset_class_init (DatelineEventSubsetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dateline_event_subset_finalize;
}

static void
dateline_event_subset_init (DatelineEventSubset *self)
{
}

/* Public API */

DatelineEventSubset *
dateline_event_subset_new (GListModel  *events,
                           const guint *indices,
                           guint        n_indices)
{
  DatelineEventSubset *self;
  guint n_events;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);
  g_return_val_if_fail (indices != NULL || n_indices == 0, NULL);

  self = g_object_new (DATELINE_TYPE_EVENT_SUBSET, NULL);
  self->events = g_object_ref (events);
  self->indices = g_new (guint, MAX (n_indices, 1));

  n_events = g_list_model_get_n_items (events);
  for (guint i = 0; i < n_indices; i++)
    if (indices[i] < n_events)
      self->indices[self->n_indices++] = indices[i];

  return self;
}

guint
dateline_event_subset_get_index (DatelineEventSubset *self,
                                 guint                position)
{
  g_return_val_if_fail (DATELINE_IS_EVENT_SUBSET (self), G_MAXUINT);

  return position < self->n_indices ? self->indices[position] : G_MAXUINT;
}
