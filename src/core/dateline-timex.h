/* dateline-timex.h — temporal expressions (TIMEX3) found in text
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dateline-date.h"

G_BEGIN_DECLS

typedef enum {
  DATELINE_TIMEX_DATE = 0,
  DATELINE_TIMEX_TIME,
  DATELINE_TIMEX_DURATION,
  DATELINE_TIMEX_SET,
} DatelineTimexType;

/* What a relative expression was resolved against (timexes[].anchor). */
typedef enum {
  DATELINE_ANCHOR_NONE = 0,   /* stated in full, or left unresolved */
  DATELINE_ANCHOR_PUBLISHED,
  DATELINE_ANCHOR_NARRATIVE,
} DatelineAnchor;

/* One temporal expression. Offsets are BYTE offsets into the article text
 * (end exclusive); the project file stores code points and converts at the
 * JSON boundary (see dateline_article_byte_to_char()). */
typedef struct {
  guint              start;
  guint              end;
  DatelineTimexType  type;
  DatelineAnchor     anchor;
  char              *value;   /* TIMEX3 value: "2025-07-30", "2025-07", "XXXX-WXX-3", "P3Y"… */
  DatelineWhen       when;    /* the calendar span of a DATE/TIME value; undated otherwise or when unresolved */
} DatelineTimex;

DatelineTimex     *dateline_timex_new             (guint              start,
                                                   guint              end,
                                                   DatelineTimexType  type,
                                                   const char        *value,
                                                   DatelineAnchor     anchor);
DatelineTimex     *dateline_timex_copy            (const DatelineTimex *timex);
void               dateline_timex_free            (DatelineTimex     *timex);

const char        *dateline_timex_type_to_string  (DatelineTimexType  type);
gboolean           dateline_timex_type_from_string (const char        *str,
                                                   DatelineTimexType *type);
const char        *dateline_anchor_to_string      (DatelineAnchor     anchor);
gboolean           dateline_anchor_from_string    (const char        *str,
                                                   DatelineAnchor    *anchor);

/* The tagger. Tables and regexes are compiled once per process (thread safe).
 *
 * @text: UTF-8 text (need not be NUL-terminated at @length)
 * @published: the publication date (day granularity) or NULL/undated when unknown;
 *   relative expressions are then left unresolved (e.g. "XXXX-WXX-3").
 *
 * Returns: (transfer full) (element-type DatelineTimex): expressions in text
 * order, non-overlapping. */
GPtrArray         *dateline_timex_tag             (const char        *text,
                                                   gssize             length,
                                                   const DatelineWhen *published);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DatelineTimex, dateline_timex_free)

G_END_DECLS
