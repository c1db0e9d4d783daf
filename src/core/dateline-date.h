/* dateline-date.h — calendar values with a granularity and a provenance
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How coarse a date is. A month-level date is a span over the whole month,
 * never a point on its first day. Ordered from fine to coarse. */
typedef enum {
  DATELINE_GRANULARITY_NONE = 0,
  DATELINE_GRANULARITY_DAY,
  DATELINE_GRANULARITY_WEEK,
  DATELINE_GRANULARITY_MONTH,
  DATELINE_GRANULARITY_QUARTER,
  DATELINE_GRANULARITY_YEAR,
  DATELINE_GRANULARITY_DECADE,
  DATELINE_GRANULARITY_CENTURY,
} DatelineGranularity;

/* Where an event's date came from (project-format.md: events[].when.certainty). */
typedef enum {
  DATELINE_CERTAINTY_UNKNOWN = 0,
  DATELINE_CERTAINTY_STATED,
  DATELINE_CERTAINTY_RESOLVED,
  DATELINE_CERTAINTY_INFERRED,
  DATELINE_CERTAINTY_USER,
} DatelineCertainty;

/* Where an article's publication date came from (articles[].published.origin). */
typedef enum {
  DATELINE_DATE_ORIGIN_UNKNOWN = 0,
  DATELINE_DATE_ORIGIN_HEADER,
  DATELINE_DATE_ORIGIN_METADATA,
  DATELINE_DATE_ORIGIN_TEXT,
  DATELINE_DATE_ORIGIN_INFERRED,
  DATELINE_DATE_ORIGIN_USER,
  DATELINE_DATE_ORIGIN_REFERENCE,
} DatelineDateOrigin;

/* A calendar span. Days are GDate Julian day numbers (day 1 = 0001-01-01),
 * both bounds inclusive. A value with granularity NONE is "undated":
 * start and end are 0. This is a plain value type: copy it freely. */
typedef struct {
  guint32             start;
  guint32             end;
  DatelineGranularity granularity;
  DatelineCertainty   certainty;
} DatelineWhen;

#define DATELINE_WHEN_INIT { 0, 0, DATELINE_GRANULARITY_NONE, DATELINE_CERTAINTY_UNKNOWN }

const char          *dateline_granularity_to_string  (DatelineGranularity  granularity);
DatelineGranularity  dateline_granularity_from_string (const char          *str);
const char          *dateline_certainty_to_string    (DatelineCertainty    certainty);
DatelineCertainty    dateline_certainty_from_string  (const char          *str);
const char          *dateline_date_origin_to_string  (DatelineDateOrigin   origin);
DatelineDateOrigin   dateline_date_origin_from_string (const char          *str);

gboolean   dateline_when_is_dated          (const DatelineWhen  *when);
void       dateline_when_set_day           (DatelineWhen        *when,
                                            guint32              julian,
                                            DatelineCertainty    certainty);
gboolean   dateline_when_set_span          (DatelineWhen        *when,
                                            int                  year,
                                            int                  month,
                                            int                  day,
                                            DatelineGranularity  granularity,
                                            DatelineCertainty    certainty);
gboolean   dateline_when_parse_value       (const char          *value,
                                            DatelineWhen        *out);
char      *dateline_when_dup_value         (const DatelineWhen  *when);
gboolean   dateline_when_parse_day         (const char          *iso,
                                            guint32             *julian);
void       dateline_when_format_day        (guint32              julian,
                                            char                 buf[16]);
char      *dateline_when_dup_display       (const DatelineWhen  *when);
gboolean   dateline_when_equal             (const DatelineWhen  *a,
                                            const DatelineWhen  *b);

guint32    dateline_julian_from_ymd        (int                  year,
                                            int                  month,
                                            int                  day);
void       dateline_julian_to_ymd          (guint32              julian,
                                            int                 *year,
                                            int                 *month,
                                            int                 *day);

G_END_DECLS
