/* dateline-clean.h — web boilerplate out of article text
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a single line of a copied web page is, judged on its own. */
typedef enum {
  DATELINE_LINE_TEXT = 0,          /* article text, a headline or a subheading */
  DATELINE_LINE_BLANK,
  DATELINE_LINE_JUNK,              /* "Advertisement", "Download the App", cookie notices… */
  DATELINE_LINE_STAMP,             /* "2 hours ago", "Mint2 days ago", "5 min read" */
  DATELINE_LINE_CREDIT,            /* "Reuters", "By Jane Doe", photo credits, captions */
  DATELINE_LINE_RELATED_HEADING,   /* "Related articles", "More stories", "Also read" */
  DATELINE_LINE_NEXT_HEADING,      /* "Read next", "Up next": a whole other story follows */
  DATELINE_LINE_COMMENTS_HEADING,  /* "Comments (12)", "Join the conversation" */
} DatelineLineKind;

/* One story found in a cleaned text: the main article, or a related story
 * that the page carried in full and that was split off from it. */
typedef struct {
  char *title;   /* (nullable) the story's headline when known; it is also the text's first line */
  char *text;    /* cleaned lines, paragraphs separated by blank lines */
} DatelineCleanStory;

void               dateline_clean_story_free      (DatelineCleanStory *story);

/* Spaces made plain: no-break and typographic spaces become ' ', zero-width
 * characters and soft hyphens go, runs of spaces and tabs inside a line
 * shrink to one, lines are stripped, and runs of blank lines become one.
 * Returns a newly allocated string. */
char              *dateline_clean_normalize_space (const char         *text,
                                                   gssize              length);

/* Classifies one line (without its line end). @site_name (nullable) is
 * the publisher's name when known, so a line carrying only it is a credit. */
DatelineLineKind   dateline_clean_classify_line   (const char         *line,
                                                   const char         *site_name);

/* Removes the clutter of a copied web page from @text (normalised first
 * with dateline_clean_normalize_space()): boilerplate lines, time-ago
 * stamps, credits, related-headline lists, comment sections, repeated
 * paragraphs, menus before the headline. A related story carried in full
 * is split off as a story of its own.
 *
 * Returns: (transfer full) (element-type DatelineCleanStory): the main
 * story first (its text may be empty when nothing survived), then any
 * split-off stories in text order. */
GPtrArray         *dateline_clean_text            (const char         *text,
                                                   const char         *site_name);

/* A dateline opening a news story: "KYIV, July 31 (Reuters) -",
 * "WASHINGTON (AP) —", "SUEZ, Egypt (Harbour Wire) —". */
typedef struct {
  gsize  length;   /* bytes from the start of the paragraph to the end of the dash */
  char  *place;    /* "KYIV", "SUEZ, Egypt" */
  char  *agency;   /* (nullable) "Reuters" */
  int    year;     /* 0 when the dateline gives none */
  int    month;    /* 0 when the dateline carries no date */
  int    day;
} DatelineCleanDateline;

void               dateline_clean_dateline_clear  (DatelineCleanDateline *dateline);

/* Reads a dateline at the very start of @paragraph. The dateline stays in
 * the text; this only reports it. */
gboolean           dateline_clean_read_dateline   (const char            *paragraph,
                                                   DatelineCleanDateline *dateline);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DatelineCleanStory, dateline_clean_story_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DatelineCleanDateline, dateline_clean_dateline_clear)

G_END_DECLS
