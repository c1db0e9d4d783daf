/* dateline-ingest.h — reading article files into DatelineArticle
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dateline-article.h"

G_BEGIN_DECLS

#define DATELINE_INGEST_ERROR (dateline_ingest_error_quark ())

typedef enum {
  DATELINE_INGEST_ERROR_NOT_TEXT,       /* binary content */
  DATELINE_INGEST_ERROR_INVALID_UTF8,
  DATELINE_INGEST_ERROR_TOO_LARGE,
  DATELINE_INGEST_ERROR_EMPTY,
} DatelineIngestError;

GQuark           dateline_ingest_error_quark (void);

/* Largest article accepted, in bytes. */
#define DATELINE_INGEST_MAX_BYTES (64 * 1024 * 1024)

/* Builds an article from a file's bytes. The title is the first non-empty
 * line; a leading metadata line ("date 2025-08-01", "Published: 1 August
 * 2025") sets the publication date (origin HEADER) and is removed from the
 * title. Without one, @reference (may be NULL) is used with origin
 * REFERENCE, else the date is unknown. Errors name @source_name. */
DatelineArticle *dateline_ingest_data        (const char          *data,
                                              gsize                length,
                                              const char          *source_name,
                                              const DatelineWhen  *reference,
                                              GError             **error);
DatelineArticle *dateline_ingest_file        (GFile               *file,
                                              const DatelineWhen  *reference,
                                              GCancellable        *cancellable,
                                              GError             **error);

/* TRUE for a file that should be opened as a project rather than an article. */
gboolean         dateline_ingest_is_project_file (GFile           *file);

G_END_DECLS
