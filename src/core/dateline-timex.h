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

/* TIMEX3's mod attribute: where in its period an expression points
 * ("early March" is START of 2025-03) or how a length is bounded ("less
 * than a year" is LESS_THAN P1Y). The value and the calendar span stay
 * those of the whole period: "mid-June" is dated June, granularity month. */
typedef enum {
  DATELINE_TIMEX_MOD_NONE = 0,
  DATELINE_TIMEX_MOD_START,
  DATELINE_TIMEX_MOD_MID,
  DATELINE_TIMEX_MOD_END,
  DATELINE_TIMEX_MOD_APPROX,
  DATELINE_TIMEX_MOD_LESS_THAN,
  DATELINE_TIMEX_MOD_MORE_THAN,
  DATELINE_TIMEX_MOD_EQUAL_OR_LESS,
  DATELINE_TIMEX_MOD_EQUAL_OR_MORE,
} DatelineTimexMod;

/* One temporal expression. Offsets are BYTE offsets into the article text
 * (end exclusive); the project file stores code points and converts at the
 * JSON boundary (see dateline_article_byte_to_char()). */
typedef struct {
  guint              start;
  guint              end;
  DatelineTimexType  type;
  DatelineAnchor     anchor;
  char              *value;   /* TIMEX3 value: "2025-07-30", "2025-07", "XXXX-WXX-3", "P3Y"… */
  DatelineWhen       when;    /* the calendar span of a DATE/TIME value; undated otherwise
                               * or when unresolved */
  DatelineTimexMod   mod;
} DatelineTimex;

/* How to tag a text. Initialise with DATELINE_TIMEX_OPTIONS_INIT. */
typedef struct {
  const DatelineWhen *published;      /* the publication date (day granularity), or NULL */
  int                 published_time; /* its time of day in seconds after midnight, or -1;
                                       * only "two hours ago"-like expressions use it */
  gboolean            prefer_future;  /* a date the text gives no tense for refers to the
                                       * future (agendas, invitations); FALSE for news */
} DatelineTimexOptions;

#define DATELINE_TIMEX_OPTIONS_INIT { NULL, -1, FALSE }

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
const char        *dateline_timex_mod_to_string   (DatelineTimexMod   mod);
gboolean           dateline_timex_mod_from_string (const char        *str,
                                                   DatelineTimexMod  *mod);
const char        *dateline_anchor_to_string      (DatelineAnchor     anchor);
gboolean           dateline_anchor_from_string    (const char        *str,
                                                   DatelineAnchor    *anchor);

/* The tagger. Tables are compiled once per process (thread safe).
 *
 * @text: UTF-8 text (need not be NUL-terminated at @length)
 * @published: the publication date (day granularity) or NULL/undated when unknown;
 *   expressions relative to the moment of writing ("yesterday", "on
 *   Wednesday") are then left unresolved (e.g. "XXXX-WXX-3"): today's date
 *   is never used in its place. Expressions relative to a date the text
 *   itself gives ("the next day", "a week later") are resolved against that
 *   date, anchor NARRATIVE, with or without a publication date.
 *
 * Returns: (transfer full) (element-type DatelineTimex): expressions in text
 * order, non-overlapping. */
GPtrArray         *dateline_timex_tag             (const char        *text,
                                                   gssize             length,
                                                   const DatelineWhen *published);
GPtrArray         *dateline_timex_tag_with_options (const char                 *text,
                                                    gssize                      length,
                                                    const DatelineTimexOptions *options);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DatelineTimex, dateline_timex_free)

G_END_DECLS
