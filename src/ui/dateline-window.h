/* dateline-window.h — the main window: timeline, source panel, files
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dateline-application.h"
#include "dateline-article-view.h"
#include "dateline-project.h"
#include "dateline-source-panel.h"
#include "dateline-timeline-view.h"

G_BEGIN_DECLS

#define DATELINE_TYPE_WINDOW (dateline_window_get_type())

G_DECLARE_FINAL_TYPE (DatelineWindow, dateline_window, DATELINE, WINDOW, AdwApplicationWindow)

DatelineWindow       *dateline_window_new                (DatelineApplication  *application);
/* Opens articles and/or projects. Articles are read and extracted in a
 * worker thread and added as they come; a project replaces the window's
 * timeline when the window is empty and opens in a new window otherwise.
 * Files given while the window is busy are queued. */
void                  dateline_window_open_files         (DatelineWindow       *self,
                                                          GFile               **files,
                                                          guint                 n_files);
/* TRUE while files are being read or the project saved. */
gboolean              dateline_window_get_busy           (DatelineWindow       *self);
gboolean              dateline_window_get_modified       (DatelineWindow       *self);
/* TRUE when nothing is open and nothing would be lost by replacing it. */
gboolean              dateline_window_is_empty           (DatelineWindow       *self);
/* (transfer none) */
DatelineProject      *dateline_window_get_project        (DatelineWindow       *self);
/* (transfer none) (nullable): where the project was last saved or opened */
GFile                *dateline_window_get_file           (DatelineWindow       *self);
void                  dateline_window_set_project        (DatelineWindow       *self,
                                                          DatelineProject      *project,
                                                          GFile                *file);

/* Writes the project atomically to @file; the window then refers to it. */
void                  dateline_window_save_async         (DatelineWindow       *self,
                                                          GFile                *file,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean              dateline_window_save_finish        (DatelineWindow       *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);
/* Unsaved work is autosaved to the user's data folder; see
 * dateline-window-autosave.c. Writes it now (closing, quitting); TRUE when
 * there was nothing unsaved. */
gboolean              dateline_window_write_autosave     (DatelineWindow       *self,
                                                          GError              **error);
/* (transfer none) (nullable): the window's autosave, once it has one */
GFile                *dateline_window_get_autosave_file  (DatelineWindow       *self);
/* Looks for the unsaved work of a Dateline that did not close normally
 * and offers it back in this window. */
void                  dateline_window_recover_unsaved_work (DatelineWindow     *self);

/* Renders the visible range to @file, PNG/SVG/PDF by extension. */
void                  dateline_window_export_async       (DatelineWindow       *self,
                                                          GFile                *file,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean              dateline_window_export_finish      (DatelineWindow       *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);

/* Opens (or reuses) the article view on [start, end) of @article. */
void                  dateline_window_show_in_article    (DatelineWindow       *self,
                                                          DatelineArticle      *article,
                                                          guint                 start,
                                                          guint                 end);
void                  dateline_window_add_toast_message  (DatelineWindow       *self,
                                                          const char           *message);

/* (transfer none) */
DatelineTimelineView *dateline_window_get_timeline_view  (DatelineWindow       *self);
DatelineSourcePanel  *dateline_window_get_source_panel   (DatelineWindow       *self);
/* (transfer none) (nullable) */
DatelineArticleView  *dateline_window_get_article_view   (DatelineWindow       *self);

G_END_DECLS
