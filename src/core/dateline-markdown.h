/* dateline-markdown.h — Markdown articles as plain text
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *title;   /* (nullable) "title:" of the front matter, else the leading heading */
  char *date;    /* (nullable) "date:" (or "published:") of the front matter, as written */
  char *text;    /* the text without markup: paragraphs separated by blank lines */
} DatelineMarkdown;

void               dateline_markdown_free  (DatelineMarkdown *markdown);

/* Removes Markdown markup from @text (valid UTF-8, NUL-terminated):
 * headings become lines of their own, emphasis and code spans their
 * text, links their text, images and code blocks go, list items become
 * lines, block quotes lose their markers, soft-wrapped lines of a
 * paragraph are joined. YAML ("---") or TOML ("+++") front matter is read
 * for the title and date and left out of the text. */
DatelineMarkdown  *dateline_markdown_parse (const char       *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DatelineMarkdown, dateline_markdown_free)

G_END_DECLS
