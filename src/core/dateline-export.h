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

G_END_DECLS
