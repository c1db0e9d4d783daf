/* dateline-triggers.h — the words that report a happening
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dateline-event.h"

G_BEGIN_DECLS

typedef enum {
  DATELINE_TRIGGER_NONE = 0,
  DATELINE_TRIGGER_VERB,    /* an action: "met", "struck" */
  DATELINE_TRIGGER_NOUN,    /* a nominal event: "talks", "assault" */
  DATELINE_TRIGGER_SPEECH,  /* a speech act: "said" */
  DATELINE_TRIGGER_LIGHT,   /* carries a nominal trigger: "held (talks)" */
} DatelineTriggerClass;

typedef struct {
  DatelineEventKind    kind;
  DatelineTriggerClass klass;
} DatelineTrigger;

/* Looks up one word (any case, ASCII letters, hyphens and apostrophes as
 * in the text). The table is read once per process from the core
 * library's resources (lexicon/triggers.tsv, documented there).
 * Returns FALSE for a word that is no trigger. */
gboolean dateline_trigger_lookup          (const char      *word,
                                           gsize            length,
                                           DatelineTrigger *trigger);

/* Like dateline_trigger_lookup(), but only the noun reading of a form
 * that is listed both as a verb and as a noun ("attack", "visit"). */
gboolean dateline_trigger_lookup_noun     (const char      *word,
                                           gsize            length,
                                           DatelineTrigger *trigger);

/* Higher is more specific: when a clause has several triggers, the one
 * of highest precedence names the event. */
guint    dateline_event_kind_precedence   (DatelineEventKind kind);

G_END_DECLS
