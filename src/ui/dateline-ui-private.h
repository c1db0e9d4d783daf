/* dateline-ui-private.h — helpers shared by the files of src/ui
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dateline-date.h"
#include "dateline-event.h"

G_BEGIN_DECLS

#define DATELINE_UI_RESOURCE_PATH "/io/github/dateline/Dateline"

/* The UI is a static library: its GResource is registered by hand (a
 * constructor in an unreferenced object would be dropped by the linker).
 * Idempotent and thread safe; every templated class calls it. */
void        dateline_ui_ensure_resources   (void);

/* Translated, human names for the core's enums. */
const char *dateline_ui_event_kind_label   (DatelineEventKind    kind);
const char *dateline_ui_granularity_label  (DatelineGranularity  granularity);
const char *dateline_ui_certainty_label    (DatelineCertainty    certainty);

/* "Wednesday 30 July 2025 · day", "July 2025 · month", or "Undated". */
char       *dateline_ui_dup_when_label     (const DatelineWhen  *when);

G_END_DECLS
