/* dateline-segment.h — sentence segmentation of news text
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A sentence: byte offsets into the text, end exclusive, surrounding
 * white space trimmed. */
typedef struct {
  guint start;
  guint end;
} DatelineSpan;

/* Splits @text into sentences. Survives abbreviations ("U.S.", "Sen.",
 * "Mr.", "Jan."), initials ("George W. Bush"), decimal numbers, quotes
 * closing after the full stop, ellipses, and paragraph breaks (a blank line
 * or a line break always ends a sentence). Text without a sentence end for
 * more than 4 KB is cut into pieces of at most that size, at a space (after
 * a comma when it can), so that no later stage works on a whole page at once.
 *
 * Returns: (transfer full) (element-type DatelineSpan): a GArray of spans */
GArray *dateline_segment_sentences (const char *text,
                                    gssize      length);

G_END_DECLS
