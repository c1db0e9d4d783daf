/* dateline-ui.c — helpers shared by the files of src/ui
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "dateline-resources.h"
#include "dateline-ui-private.h"

void
dateline_ui_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      dateline_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

const char *
dateline_ui_event_kind_label (DatelineEventKind kind)
{
  switch (kind)
    {
    case DATELINE_EVENT_MEETING:   return C_("event kind", "Meeting");
    case DATELINE_EVENT_TALKS:     return C_("event kind", "Talks");
    case DATELINE_EVENT_STATEMENT: return C_("event kind", "Statement");
    case DATELINE_EVENT_THREAT:    return C_("event kind", "Threat");
    case DATELINE_EVENT_ATTACK:    return C_("event kind", "Attack");
    case DATELINE_EVENT_SANCTION:  return C_("event kind", "Sanction");
    case DATELINE_EVENT_AGREEMENT: return C_("event kind", "Agreement");
    case DATELINE_EVENT_DEADLINE:  return C_("event kind", "Deadline");
    case DATELINE_EVENT_VOTE:      return C_("event kind", "Vote");
    case DATELINE_EVENT_CALL:      return C_("event kind", "Call");
    case DATELINE_EVENT_ELECTION:  return C_("event kind", "Election");
    case DATELINE_EVENT_OTHER:
    case DATELINE_EVENT_N_KINDS:
    default:                       return C_("event kind", "Event");
    }
}

const char *
dateline_ui_granularity_label (DatelineGranularity granularity)
{
  switch (granularity)
    {
    case DATELINE_GRANULARITY_DAY:     return C_("granularity", "day");
    case DATELINE_GRANULARITY_WEEK:    return C_("granularity", "week");
    case DATELINE_GRANULARITY_MONTH:   return C_("granularity", "month");
    case DATELINE_GRANULARITY_QUARTER: return C_("granularity", "quarter");
    case DATELINE_GRANULARITY_YEAR:    return C_("granularity", "year");
    case DATELINE_GRANULARITY_DECADE:  return C_("granularity", "decade");
    case DATELINE_GRANULARITY_CENTURY: return C_("granularity", "century");
    case DATELINE_GRANULARITY_NONE:
    default:                           return C_("granularity", "undated");
    }
}

const char *
dateline_ui_certainty_label (DatelineCertainty certainty)
{
  switch (certainty)
    {
    case DATELINE_CERTAINTY_STATED:   return _("Date stated in the text");
    case DATELINE_CERTAINTY_RESOLVED: return _("Date resolved from a relative expression");
    case DATELINE_CERTAINTY_INFERRED: return _("Date inferred, not stated");
    case DATELINE_CERTAINTY_USER:     return _("Date set by you");
    case DATELINE_CERTAINTY_UNKNOWN:
    default:                          return _("No date could be found for this event");
    }
}

char *
dateline_ui_dup_when_label (const DatelineWhen *when)
{
  g_autofree char *display = NULL;

  if (when == NULL || !dateline_when_is_dated (when))
    return g_strdup (_("Undated"));

  display = dateline_when_dup_display (when);
  if (display == NULL)
    return g_strdup (_("Undated"));

  /* Translators: a date, then its granularity: "July 2025 · month" */
  return g_strdup_printf (_("%s · %s"), display,
                          dateline_ui_granularity_label (when->granularity));
}
