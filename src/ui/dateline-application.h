/* dateline-application.h — the application: windows, app actions, opening files
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DATELINE_TYPE_APPLICATION (dateline_application_get_type())

G_DECLARE_FINAL_TYPE (DatelineApplication, dateline_application, DATELINE, APPLICATION, AdwApplication)

DatelineApplication *dateline_application_new                (void);
/* The projects opened or saved lately, newest first: items activate
 * "app.open-recent" with the project's URI. (transfer none) */
GMenuModel          *dateline_application_get_recent_menu    (DatelineApplication *self);
/* Tells GtkRecentManager (and so "Open Recent" here and the Files app)
 * that the project @file was opened or saved. */
void                 dateline_application_add_recent_project (GFile               *file);

G_END_DECLS
