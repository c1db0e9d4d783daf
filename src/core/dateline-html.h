/* dateline-html.h — the article inside a web page
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dateline-date.h"

G_BEGIN_DECLS

/* What a web page says about its article. */
typedef struct {
  char         *title;      /* (nullable) og:title, JSON-LD headline, <title> without the site, or the first <h1> */
  char         *site_name;  /* (nullable) og:site_name or application-name */
  char         *text;       /* the main text: blocks separated by blank lines, list items by line ends */
  DatelineWhen  published;  /* from <meta>, JSON-LD datePublished or <time>; undated when none */
} DatelineHtmlPage;

void               dateline_html_page_free       (DatelineHtmlPage *page);

/* TRUE when @text (UTF-8 or ASCII-compatible bytes) starts like an HTML
 * document, whatever the file is called. */
gboolean           dateline_html_looks_like_html (const char       *text,
                                                  gsize             length);

/* The charset a page declares in its first bytes (<meta charset>, or
 * http-equiv Content-Type), lower case, or NULL. */
char              *dateline_html_sniff_charset   (const char       *data,
                                                  gsize             length);

/* Parses @html (valid UTF-8, need not be NUL-terminated) with libxml2's
 * forgiving HTML parser (no network, no entity expansion beyond HTML's
 * own, libxml2's default depth limit) and extracts the article: page
 * furniture dropped (scripts, navigation, header and footer, asides,
 * forms, elements whose class, id, role or label mark them as ads,
 * cookie banners, share bars, promotions, comments or related stories),
 * then the <article>, [itemprop=articleBody] or <main> with the text, or
 * else the block with the densest text (few links, long paragraphs).
 *
 * Returns: (transfer full): the page; its text is empty when none was
 * found. */
DatelineHtmlPage  *dateline_html_page_parse      (const char       *html,
                                                  gsize             length);

/* Reads a machine-written date as pages give them: ISO 8601
 * ("2025-07-31T14:03:00Z", "2025-07"), "2025/07/31", "20250731", a Unix
 * time, else any full date the temporal tagger reads ("Thu, 31 Jul
 * 2025"). The date part is taken as written, in the publisher's zone. */
gboolean           dateline_html_parse_date      (const char       *value,
                                                  DatelineWhen     *when);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DatelineHtmlPage, dateline_html_page_free)

G_END_DECLS
