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

/* Builds the articles of a file from its bytes. The format comes from
 * @source_name (.html/.htm, .md, else text; bytes that start like a web
 * page are HTML whatever the name). Web page clutter is removed (see
 * dateline-clean.h and dateline-html.h); a related story the page carried
 * in full becomes an article of its own, after the file's own article.
 *
 * Title: HTML og:title / <title> without the site / first <h1>; Markdown
 * front matter "title:" or the leading heading; else the first line. The
 * text starts with the title.
 *
 * Publication date, first found wins: HTML metadata (<meta>, JSON-LD
 * datePublished, <time>) or Markdown front matter (origin METADATA); a
 * header line ("date 2025-08-01", "Published: 1 August 2025", a line that
 * is only a date; origin HEADER), removed from the text; a dateline
 * opening the story ("KYIV, July 31, 2025 (Reuters) -"; origin TEXT; a
 * dateline without a year takes it from a coarser metadata date or stays
 * unread); @reference (may be NULL; origin REFERENCE); else unknown.
 * Errors name @source_name.
 *
 * Returns: (transfer full) (element-type DatelineArticle): the articles,
 * the file's own first. */
GPtrArray       *dateline_ingest_data_all    (const char          *data,
                                              gsize                length,
                                              const char          *source_name,
                                              const DatelineWhen  *reference,
                                              GError             **error);
GPtrArray       *dateline_ingest_file_all    (GFile               *file,
                                              const DatelineWhen  *reference,
                                              GCancellable        *cancellable,
                                              GError             **error);

/* The file's own article only: the first of the *_all() functions. */
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
