/* dateline-help-window.h — "Getting Started": what Dateline does, in five steps
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DATELINE_TYPE_HELP_WINDOW (dateline_help_window_get_type())

G_DECLARE_FINAL_TYPE (DatelineHelpWindow, dateline_help_window, DATELINE, HELP_WINDOW, AdwWindow)

DatelineHelpWindow *dateline_help_window_new (GtkWindow *parent);

G_END_DECLS
