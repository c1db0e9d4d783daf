/* dateline-window-private.h — shared between the files of DatelineWindow
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dateline-autosave.h"
#include "dateline-filter-bar.h"
#include "dateline-overview-view.h"
#include "dateline-window.h"

G_BEGIN_DECLS

struct _DatelineWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  GtkWidget            *sample_button;
  GtkPaned             *paned;
  DatelineTimelineView *timeline_view;
  DatelineSourcePanel  *source_panel;
  GtkLabel             *range_label;
  GtkLabel             *status_label;
  GtkMenuButton        *lanes_button;
  GtkSearchBar         *search_bar;
  DatelineFilterBar    *filter_bar;
  DatelineOverviewView *overview_view;
  AdwStatusPage        *no_match_page;
  GtkRevealer          *progress_revealer;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
  GMenu                *primary_menu;
  GtkInfoBar           *recovery_infobar;
  GtkLabel             *recovery_title;
  GtkLabel             *recovery_body;
  GtkWidget            *recovery_buttons;

  /* owned */
  GSettings            *settings;          /* NULL when the schema is not installed */
  int                   restore_panel_width; /* > 0 until the paned is allocated */
  DatelineProject      *project;
  GFile                *file;
  GCancellable         *cancellable;       /* the running job; Cancel */
  GCancellable         *abandon;           /* the running job; window closed */
  GQueue                pending_files;   /* GFile, waiting for the current job */
  DatelineAutosave     *autosave;          /* the unsaved work's slot; NULL until first needed */
  guint                 autosave_source;   /* armed by a change not yet autosaved */
  GPtrArray            *recovered;         /* DatelineAutosave: the infobar's offer */
  GCancellable         *recovery_cancellable; /* looking for leftovers */

  /* borrowed (weak pointer) */
  DatelineArticleView  *article_view;

  guint                 loading : 1;
  guint                 saving : 1;
  guint                 modified : 1;
  guint                 close_after_save : 1;
  guint                 autosave_writing : 1;
  guint                 autosave_changed : 1; /* a change the autosave does not hold */
  guint                 autosave_failure_shown : 1;
};

/* Asynchronous work (loading, saving, file choosers) can finish after the
 * window was closed: its task keeps the object alive, but the widgets are
 * gone. Callbacks check this first. */
static inline gboolean
_dateline_window_is_disposed (DatelineWindow *self)
{
  return self->toast_overlay == NULL;
}

/* dateline-window-actions.c */
void _dateline_window_class_actions_init (DatelineWindowClass *klass);
void _dateline_window_update_actions     (DatelineWindow      *self);
void _dateline_window_save_or_save_as    (DatelineWindow      *self);

/* dateline-window.c */
void _dateline_window_remember_folder    (DatelineWindow      *self,
                                          GFile               *file);
/* Shows a leftover autosave's work, unsaved, as if never closed. */
void _dateline_window_install_recovered  (DatelineWindow      *self,
                                          DatelineAutosave    *autosave);

/* dateline-window-autosave.c */
void _dateline_window_class_autosave_init (DatelineWindowClass *klass);
void _dateline_window_autosave_init      (DatelineWindow      *self);
void _dateline_window_autosave_dispose   (DatelineWindow      *self);
void _dateline_window_autosave_finalize  (DatelineWindow      *self);
/* The project changed and is unsaved: autosave it within the interval. */
void _dateline_window_autosave_note_change (DatelineWindow    *self);
/* Nothing unsaved any more (saved, discarded, replaced): delete the slot. */
void _dateline_window_autosave_forget    (DatelineWindow      *self);
void _dateline_window_autosave_adopt     (DatelineWindow      *self,
                                          DatelineAutosave    *autosave);
void _dateline_window_autosave_written   (DatelineWindow      *self);

/* dateline-window-files.c */
void _dateline_window_process_queue      (DatelineWindow      *self);
void _dateline_window_set_busy           (DatelineWindow      *self,
                                          gboolean             loading,
                                          gboolean             saving);
/* Swaps in a new version of the timeline (articles added): unsaved. */
void _dateline_window_replace_project    (DatelineWindow      *self,
                                          DatelineProject     *project);
void _dateline_window_set_modified       (DatelineWindow      *self,
                                          gboolean             modified);
void _dateline_window_update_title       (DatelineWindow      *self);
void _dateline_window_add_toast_markup   (DatelineWindow      *self,
                                          const char          *markup);
char *_dateline_window_dup_display_name  (DatelineWindow      *self);

G_END_DECLS
