/* dateline-test-util.h — main-loop, input and widget helpers for the UI tests
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*DatelineTestCondition) (gpointer data);

/* Spins the main loop until @condition holds or @timeout_ms passed;
 * FALSE on time-out. */
gboolean dateline_test_spin_until            (DatelineTestCondition  condition,
                                              gpointer               data,
                                              guint                  timeout_ms);
/* Spins the main loop for @ms milliseconds. */
void     dateline_test_spin_for              (guint                  ms);
/* Runs xdotool with @args (NULL-terminated); asserts it succeeded. Real
 * X input: see GUI-TESTING.md on why mousemove takes no --sync. */
void     dateline_test_run_xdotool           (const char * const    *args);
/* TRUE when @widget or a descendant is a label whose text holds @needle. */
gboolean dateline_test_find_label_containing (GtkWidget             *widget,
                                              const char            *needle);

G_END_DECLS
