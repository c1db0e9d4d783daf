/* dateline-export.h — the timeline as PNG, SVG or PDF
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dateline-layout.h"
#include "dateline-renderer.h"

G_BEGIN_DECLS

typedef enum {
  DATELINE_EXPORT_PNG,
  DATELINE_EXPORT_SVG,
  DATELINE_EXPORT_PDF,
} DatelineExportFormat;

#define DATELINE_EXPORT_ERROR (dateline_export_error_quark ())

typedef enum {
  DATELINE_EXPORT_ERROR_UNKNOWN_FORMAT,
  DATELINE_EXPORT_ERROR_NOTHING_TO_DRAW,
  DATELINE_EXPORT_ERROR_FAILED,
} DatelineExportError;

GQuark   dateline_export_error_quark            (void);

/* From the file name's extension (case-insensitive). */
gboolean dateline_export_format_from_filename   (const char            *filename,
                                                 DatelineExportFormat  *format);

/* Renders [begin, end) (days) of @layout at width x height and writes it to
 * @file atomically (temporary file + rename). */
gboolean dateline_export_to_file                (DatelineLayout              *layout,
                                                 double                       begin,
                                                 double                       end,
                                                 int                          width,
                                                 int                          height,
                                                 DatelineExportFormat         format,
                                                 const DatelineRenderOptions *options,
                                                 GFile                       *file,
                                                 GCancellable                *cancellable,
                                                 GError                     **error);

/* A page around the timeline: a title above it, a legend of the kinds it
 * shows, and numbered notes below it (the sources of its events) with
 * their numbers beside the labels, so a printed timeline still cites its
 * evidence. */
#define DATELINE_EXPORT_HAS_DOCUMENT 1

typedef struct {
  guint32 event_index;  /* event whose label carries the number */
  guint32 note;         /* 1-based number in @notes */
} DatelineExportNoteRef;

typedef struct {
  double                        scale;       /* PNG: pixels per pixel (dpi / 96); vector formats ignore it */
  const char                   *title;       /* NULL: none */
  gboolean                      legend;      /* the event kinds in the range: symbol and name */
  const char * const           *notes;       /* NULL-terminated, localised; SVG/PDF only */
  const DatelineExportNoteRef  *note_refs;   /* sorted by event_index */
  guint                         n_note_refs;
} DatelineExportDocument;

#define DATELINE_EXPORT_DOCUMENT_INIT { 1.0, NULL, FALSE, NULL, NULL, 0 }

/* Like dateline_export_to_file(); @width × @height holds the title, the
 * timeline and the legend (the timeline takes what the other two leave);
 * the notes of SVG and PDF grow the page below it. @document may be NULL. */
gboolean dateline_export_to_file_full           (DatelineLayout               *layout,
                                                 double                        begin,
                                                 double                        end,
                                                 int                           width,
                                                 int                           height,
                                                 DatelineExportFormat          format,
                                                 const DatelineRenderOptions  *options,
                                                 const DatelineExportDocument *document,
                                                 GFile                        *file,
                                                 GCancellable                 *cancellable,
                                                 GError                      **error);

G_END_DECLS
