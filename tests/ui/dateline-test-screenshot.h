/* dateline-test-screenshot.h — in-process screenshots of widgets, for tests
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Renders @widget (usually a window) as it is on screen, with the renderer
 * of its native surface, and writes a PNG to @path, creating the parent
 * folders. No external tool or X server feature is needed, so it also works
 * on Broadway or Wayland. The widget must be mapped and have been drawn
 * (see dateline_test_wait_for_draw()).
 *
 * Returns: (transfer full) (nullable): the texture that was saved, or NULL
 * with @error set */
GdkTexture *dateline_test_screenshot_save (GtkWidget   *widget,
                                           const char  *path,
                                           GError     **error);

/* The folder screenshots go to: $DATELINE_SCREENSHOT_DIR when set, else
 * @default_dir. (transfer full) */
char       *dateline_test_screenshot_dup_path (const char *default_dir,
                                               const char *name);

/* Spins the default main context until @widget has painted a new frame
 * (or @timeout_ms passed). Returns TRUE when it drew. */
gboolean    dateline_test_wait_for_draw   (GtkWidget   *widget,
                                           guint        timeout_ms);

G_END_DECLS
