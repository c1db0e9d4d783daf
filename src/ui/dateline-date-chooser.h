/* dateline-date-chooser.h — a popover to pick a day: typed or on a calendar
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DATELINE_TYPE_DATE_CHOOSER (dateline_date_chooser_get_type())

G_DECLARE_FINAL_TYPE (DatelineDateChooser, dateline_date_chooser, DATELINE, DATE_CHOOSER, GtkPopover)

GtkWidget *dateline_date_chooser_new        (void);
/* The day shown when the popover opens (a Julian day, GDate numbering);
 * 0 leaves the calendar where it is. */
void       dateline_date_chooser_set_day    (DatelineDateChooser *self,
                                             guint32              julian);
/* The day the entry or the calendar names now, or 0 when the entry holds
 * something that is not a date. */
guint32    dateline_date_chooser_get_day    (DatelineDateChooser *self);
/* What the user would type: parsed in the user's locale ("8 June 2023",
 * "8. Juni 2023", "08.06.2023") or as ISO 8601 ("2023-06-08"). */
gboolean   dateline_date_chooser_parse      (const char          *text,
                                             guint32             *julian);

G_END_DECLS
