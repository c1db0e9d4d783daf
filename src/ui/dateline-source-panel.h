/* dateline-source-panel.h — the selected event and every passage supporting it
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dateline-passage-card.h"
#include "dateline-project.h"

G_BEGIN_DECLS

#define DATELINE_TYPE_SOURCE_PANEL (dateline_source_panel_get_type())

G_DECLARE_FINAL_TYPE (DatelineSourcePanel, dateline_source_panel, DATELINE, SOURCE_PANEL, GtkWidget)

GtkWidget           *dateline_source_panel_new               (void);
/* (transfer none) (nullable) */
DatelineProject     *dateline_source_panel_get_project       (DatelineSourcePanel *self);
void                 dateline_source_panel_set_project       (DatelineSourcePanel *self,
                                                              DatelineProject     *project);
/* (transfer none) (nullable) */
DatelineEvent       *dateline_source_panel_get_event         (DatelineSourcePanel *self);
void                 dateline_source_panel_set_event         (DatelineSourcePanel *self,
                                                              DatelineEvent       *event);
guint                dateline_source_panel_get_n_passages    (DatelineSourcePanel *self);
/* (transfer none) */
DatelinePassageCard *dateline_source_panel_get_passage_card  (DatelineSourcePanel *self,
                                                              guint                index);
/* The title shown for the event (what the user reads). */
const char          *dateline_source_panel_get_title_text    (DatelineSourcePanel *self);
/* The date line shown: "Wednesday 30 July 2025 · day". */
const char          *dateline_source_panel_get_date_text     (DatelineSourcePanel *self);
/* Where the date came from: "Resolved from “Wednesday” against the
 * publication date". */
const char          *dateline_source_panel_get_certainty_text (DatelineSourcePanel *self);

/* Shows the event again after its article changed (a publication date set). */
void                 dateline_source_panel_refresh           (DatelineSourcePanel *self);
/* The article without a publication date the panel's infobar is about, or
 * NULL when the infobar is hidden; the date it proposes (0: none). */
const char          *dateline_source_panel_get_undated_article_id (DatelineSourcePanel *self);
guint32              dateline_source_panel_get_proposed_day  (DatelineSourcePanel *self);

G_END_DECLS
