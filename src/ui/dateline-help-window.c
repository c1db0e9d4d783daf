/* dateline-help-window.c — "Getting Started": what Dateline does, in five steps
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include "dateline-help-window.h"
#include "dateline-ui-private.h"

struct _DatelineHelpWindow
{
  AdwWindow  parent_instance;

  /* template widgets */
  GtkWidget *start_button;
};

G_DEFINE_FINAL_TYPE (DatelineHelpWindow, dateline_help_window, ADW_TYPE_WINDOW)

static void
dateline_help_window_class_init (DatelineHelpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  dateline_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, DATELINE_UI_RESOURCE_PATH "/dateline-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DatelineHelpWindow, start_button);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dateline_help_window_init (DatelineHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Enter starts: the page is read, not filled in. */
  gtk_window_set_default_widget (GTK_WINDOW (self), self->start_button);
  gtk_widget_grab_focus (self->start_button);
}

DatelineHelpWindow *
dateline_help_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (DATELINE_TYPE_HELP_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
}
