/* dateline-export-dialog.h — what to export: format, range, size, style, extras
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dateline-export.h"
#include "dateline-project.h"
#include "dateline-timeline-view.h"

G_BEGIN_DECLS

/* The user's choices, as plain data (the worker reads them). */
typedef struct {
  DatelineExportFormat format;
  gboolean             whole_timeline;  /* else the range visible in the window */
  int                  width;           /* pixels (points for PDF) */
  int                  height;
  gboolean             use_dpi;         /* PNG: draw width × height at @dpi */
  int                  dpi;
  gboolean             dark;
  gboolean             title;           /* the timeline's name above it */
  gboolean             legend;          /* the symbols of the event kinds */
  gboolean             sources;         /* SVG/PDF: numbered footnotes citing the articles */
} DatelineExportChoices;

#define DATELINE_EXPORT_CHOICES_INIT { DATELINE_EXPORT_PNG, FALSE, 1600, 900, FALSE, 300, FALSE, TRUE, TRUE, TRUE }

/* "png", "svg", "pdf" */
const char *dateline_export_format_get_extension (DatelineExportFormat format);

/* Reads the last choices from @settings (NULL: the defaults). */
void        dateline_export_choices_load   (DatelineExportChoices       *choices,
                                            GSettings                   *settings);
void        dateline_export_choices_store  (const DatelineExportChoices *choices,
                                            GSettings                   *settings);

/* Renders what @choices ask for from @view's timeline (its lanes, its
 * visible range) and writes @file atomically, in a worker thread.
 * @title is the timeline's name, for the title and the footnotes' heading. */
void        dateline_export_run_async      (DatelineTimelineView        *view,
                                            const DatelineExportChoices *choices,
                                            const char                  *title,
                                            GFile                       *file,
                                            GCancellable                *cancellable,
                                            GAsyncReadyCallback          callback,
                                            gpointer                     user_data);
gboolean    dateline_export_run_finish     (GAsyncResult                *result,
                                            GError                     **error);

#ifndef DATELINE_EXPORT_HAS_DOCUMENT
/* Which footnote an event cites (see dateline_export_build_source_notes());
 * the core's export will define it with dateline_export_to_file_full(). */
typedef struct {
  guint32 event_index;   /* DatelineLayoutItem.event_index */
  guint32 note;          /* 1-based */
} DatelineExportNoteRef;
#endif

/* The footnotes of an export: every article cited by an event drawn in
 * [begin, end) of @layout (or undated, in its tray), numbered in time order
 * of the events, one line each: "Ever Given freed as Suez traffic starts to
 * move again — 02-business-daily-ship-refloated.txt, published Tuesday 30
 * March 2021" (the date in the user's locale). @refs (optional) gets the
 * DatelineExportNoteRef of every event, sorted by event index.
 * (transfer full) (element-type utf8) */
GPtrArray  *dateline_export_build_source_notes (DatelineProject *project,
                                                DatelineLayout  *layout,
                                                double           begin,
                                                double           end,
                                                GArray         **refs);

#define DATELINE_TYPE_EXPORT_DIALOG (dateline_export_dialog_get_type())

G_DECLARE_FINAL_TYPE (DatelineExportDialog, dateline_export_dialog, DATELINE, EXPORT_DIALOG, AdwWindow)

/* @settings (nullable) gives the last choices and keeps the new ones.
 * The ranges (days) name what "Visible Range" and "Whole Timeline" mean;
 * @name is the timeline's name (the title, the file name). After the user
 * has chosen a file the dialog emits ::export and closes. */
DatelineExportDialog *dateline_export_dialog_new          (GtkWindow             *parent,
                                                           GSettings             *settings,
                                                           const char            *name,
                                                           GFile                 *initial_folder,
                                                           double                 visible_begin,
                                                           double                 visible_end,
                                                           double                 whole_begin,
                                                           double                 whole_end);
void                  dateline_export_dialog_get_choices  (DatelineExportDialog  *self,
                                                           DatelineExportChoices *choices);
void                  dateline_export_dialog_set_choices  (DatelineExportDialog  *self,
                                                           const DatelineExportChoices *choices);
/* What the Export button does once the file chooser returned @file:
 * remembers the choices, emits ::export and closes. */
void                  dateline_export_dialog_export_to_file (DatelineExportDialog *self,
                                                             GFile                *file);

G_END_DECLS
