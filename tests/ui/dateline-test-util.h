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

/* Points XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME at a new
 * temporary folder named after @prefix, so that recent files, autosaves
 * and the like never reach the user's own. Call first thing in main(),
 * before GLib caches the user directories. (transfer full): the folder */
char    *dateline_test_isolate_user_dirs     (const char            *prefix);
/* The bundled sample articles ($DATELINE_SAMPLEDIR), or the tests' own
 * fixtures when it is not there, sorted by name. (transfer full)
 * (element-type GFile) */
GPtrArray *dateline_test_list_sample_articles (void);
/* The first button under @root (itself included) whose label is @label,
 * with or without its mnemonic underline ("_Restore", "Restore"); NULL if
 * none. */
GtkWidget *dateline_test_find_button       (GtkWidget  *root,
                                            const char *label);
/* The first AdwStatusPage under @root titled @title; NULL if none. */
GtkWidget *dateline_test_find_status_page  (GtkWidget  *root,
                                            const char *title);
/* Deletes @path and everything under it (no symbolic links followed). */
void     dateline_test_remove_tree           (const char            *path);

G_END_DECLS
