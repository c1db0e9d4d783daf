/* dateline-date-chooser.c — a popover to pick a day: typed or on a calendar
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n.h>

#include "dateline-date.h"
#include "dateline-date-chooser.h"

struct _DatelineDateChooser
{
  GtkPopover   parent_instance;

  /* children, built in init */
  GtkEntry    *entry;
  GtkCalendar *calendar;
  GtkWidget   *set_button;

  guint32      day;
  guint        syncing : 1;
};

G_DEFINE_FINAL_TYPE (DatelineDateChooser, dateline_date_chooser, GTK_TYPE_POPOVER)

enum {
  DAY_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static gboolean
has_year (const char *text)
{
  guint run = 0;

  /* GDate fills a missing year with the current one; a publication date
   * must never come from today's clock without the user seeing it. */
  for (const char *p = text; *p != '\0'; p++)
    {
      run = g_ascii_isdigit (*p) ? run + 1 : 0;
      if (run == 4)
        return TRUE;
    }

  return FALSE;
}

static void
show_day_in_entry (DatelineDateChooser *self)
{
  char buffer[128] = "";
  GDate date;

  if (self->day == 0)
    return;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, self->day);
  /* Translators: a date the user can edit and type back, see strftime(3) */
  g_date_strftime (buffer, sizeof buffer, _("%-d %B %Y"), &date);

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), buffer);
  self->syncing = FALSE;
}

static void
show_day_in_calendar (DatelineDateChooser *self)
{
  g_autoptr(GDateTime) when = NULL;
  int year, month, day;

  if (self->day == 0)
    return;

  dateline_julian_to_ymd (self->day, &year, &month, &day);
  when = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (when == NULL)
    return;

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, when);
  self->syncing = FALSE;
}

static void
choose (DatelineDateChooser *self)
{
  if (self->day == 0)
    return;

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[DAY_CHOSEN], 0, self->day);
}

/* Callbacks */

static void
dateline_date_chooser_entry_changed_cb (DatelineDateChooser *self,
                                        GtkEditable         *entry)
{
  guint32 julian = 0;

  if (self->syncing)
    return;

  if (dateline_date_chooser_parse (gtk_editable_get_text (entry), &julian))
    {
      self->day = julian;
      show_day_in_calendar (self);
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
    }
  else
    {
      self->day = 0;
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
    }

  gtk_widget_set_sensitive (self->set_button, self->day != 0);
}

static void
dateline_date_chooser_day_selected_cb (DatelineDateChooser *self,
                                       GtkCalendar         *calendar)
{
  g_autoptr(GDateTime) when = NULL;

  if (self->syncing)
    return;

  when = gtk_calendar_get_date (calendar);
  self->day = dateline_julian_from_ymd (g_date_time_get_year (when),
                                        g_date_time_get_month (when),
                                        g_date_time_get_day_of_month (when));
  show_day_in_entry (self);
  gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  gtk_widget_set_sensitive (self->set_button, self->day != 0);
}

static void
dateline_date_chooser_activate_cb (DatelineDateChooser *self)
{
  choose (self);
}

/* Virtual functions */

static void
dateline_date_chooser_class_init (DatelineDateChooserClass *klass)
{
  /**
   * DatelineDateChooser::day-chosen:
   * @julian: the day (GDate Julian numbering)
   *
   * The user confirmed a day (Set Date, or Enter in the entry).
   */
  signals[DAY_CHOSEN] =
    g_signal_new ("day-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
dateline_date_chooser_init (DatelineDateChooser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  label = gtk_label_new_with_mnemonic (_("_Date"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_activates_default (self->entry, FALSE);
  /* Translators: an example of a date the entry understands */
  gtk_entry_set_placeholder_text (self->entry, _("e.g. 8 June 2023"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));

  self->set_button = gtk_button_new_with_mnemonic (_("_Set Date"));
  gtk_widget_add_css_class (self->set_button, "suggested-action");
  gtk_widget_set_sensitive (self->set_button, FALSE);
  gtk_box_append (GTK_BOX (box), self->set_button);

  gtk_popover_set_child (GTK_POPOVER (self), box);

  g_signal_connect_object (self->entry, "changed",
                           G_CALLBACK (dateline_date_chooser_entry_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate",
                           G_CALLBACK (dateline_date_chooser_activate_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (dateline_date_chooser_day_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->set_button, "clicked",
                           G_CALLBACK (dateline_date_chooser_activate_cb),
                           self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
dateline_date_chooser_new (void)
{
  return g_object_new (DATELINE_TYPE_DATE_CHOOSER, NULL);
}

void
dateline_date_chooser_set_day (DatelineDateChooser *self,
                               guint32              julian)
{
  g_return_if_fail (DATELINE_IS_DATE_CHOOSER (self));

  if (julian == 0)
    return;

  self->day = julian;
  show_day_in_entry (self);
  show_day_in_calendar (self);
  gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  gtk_widget_set_sensitive (self->set_button, TRUE);
}

guint32
dateline_date_chooser_get_day (DatelineDateChooser *self)
{
  g_return_val_if_fail (DATELINE_IS_DATE_CHOOSER (self), 0);

  return self->day;
}

gboolean
dateline_date_chooser_parse (const char *text,
                             guint32    *julian)
{
  g_autofree char *stripped = NULL;
  GDate date;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (julian != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0' || !has_year (stripped))
    return FALSE;

  if (dateline_when_parse_day (stripped, julian))
    return TRUE;

  /* The user's locale: month names and day/month order as they write them. */
  g_date_clear (&date, 1);
  g_date_set_parse (&date, stripped);
  if (!g_date_valid (&date))
    return FALSE;

  *julian = g_date_get_julian (&date);
  return TRUE;
}
