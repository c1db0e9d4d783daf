/* dateline-merge.h — one event, however many passages report it
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dateline-project.h"

G_BEGIN_DECLS

/* One mention of a happening, as the merger sees it. Used directly by
 * evaluations that cluster gold mentions (ECB+); the project merger builds
 * these from events. */
typedef struct {
  guint               document;   /* article (or document) number */
  guint               group;      /* near-duplicate group of the document; = document when none */
  DatelineEventKind   kind;       /* DATELINE_EVENT_N_KINDS: derive from the trigger */
  const char         *trigger;    /* the trigger word(s), or NULL */
  const char         *context;    /* the passage (sentence) */
  DatelineWhen        when;       /* undated when unknown */
  const char * const *actors;     /* actor ids, NULL-terminated, or NULL */
} DatelineMergeMention;

/* Clusters @mentions: @cluster_out[i] receives a cluster number for
 * mention i (mentions of one happening share it). Near-linear: only
 * mentions of a compatible kind and date are ever compared. */
void  dateline_merge_cluster_mentions (const DatelineMergeMention *mentions,
                                       guint                       n_mentions,
                                       guint                      *cluster_out);

/* Merges the events of @project that report the same happening, within an
 * article and across articles, keeping every passage as a source and each
 * source's own date (so disagreements stay visible). Events the user
 * edited are left alone. Replaces the project's event list once.
 * Returns the number of events removed by merging. */
guint dateline_merge_project_events   (DatelineProject            *project);

G_END_DECLS
