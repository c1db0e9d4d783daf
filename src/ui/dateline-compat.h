/* dateline-compat.h — the only place that knows which GTK/libadwaita it runs on
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* File choosers: GtkFileChooserNative on GTK 4.8, GtkFileDialog from 4.10.
 * @filters is a GListModel of GtkFileFilter (may be NULL); the first one is
 * selected by default. Cancelling finishes with G_IO_ERROR_CANCELLED. */
void        dateline_compat_open_files_async   (GtkWindow            *parent,
                                                const char           *title,
                                                GFile                *initial_folder,
                                                GListModel           *filters,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
/* Returns: (transfer full) (element-type GFile) */
GListModel *dateline_compat_open_files_finish  (GAsyncResult         *result,
                                                GError              **error);

void        dateline_compat_save_file_async    (GtkWindow            *parent,
                                                const char           *title,
                                                const char           *initial_name,
                                                GFile                *initial_folder,
                                                GListModel           *filters,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
/* Returns: (transfer full) */
GFile      *dateline_compat_save_file_finish   (GAsyncResult         *result,
                                                GError              **error);

/* Opens @file in the user's preferred application for its type (an exported
 * PDF in the document viewer): GtkFileLauncher from GTK 4.10, gtk_show_uri()
 * before. Both go through the OpenURI portal inside a sandbox. Failures
 * finish with a GError a user can read. */
void        dateline_compat_launch_file_async  (GtkWindow            *parent,
                                                GFile                *file,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean    dateline_compat_launch_file_finish (GAsyncResult         *result,
                                                GError              **error);

/* AdwAboutWindow on libadwaita 1.2–1.4, AdwAboutDialog from 1.5. */
void        dateline_compat_show_about         (GtkWindow            *parent);

G_END_DECLS
