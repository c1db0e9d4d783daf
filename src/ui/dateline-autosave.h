/* dateline-autosave.h — unsaved work kept in the user's data folder
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dateline-project.h"

G_BEGIN_DECLS

#define DATELINE_TYPE_AUTOSAVE (dateline_autosave_get_type())

G_DECLARE_FINAL_TYPE (DatelineAutosave, dateline_autosave, DATELINE, AUTOSAVE, GObject)

/* Where unsaved work goes: $XDG_DATA_HOME/dateline/autosave. (transfer full) */
char             *dateline_autosave_dup_folder          (void);
/* Milliseconds between a change and its autosave: 60 000, or
 * $DATELINE_AUTOSAVE_INTERVAL_MS when set (tests). */
guint             dateline_autosave_get_interval        (void);

/* A new, empty slot with an id of its own; nothing is written yet. */
DatelineAutosave *dateline_autosave_new                 (void);

const char       *dateline_autosave_get_id              (DatelineAutosave     *self);
/* (transfer none): the project file of this slot in the autosave folder */
GFile            *dateline_autosave_get_file            (DatelineAutosave     *self);
/* (transfer none) (nullable): where the work was last saved or opened */
GFile            *dateline_autosave_get_original        (DatelineAutosave     *self);
/* (transfer none) (nullable): when it was last written */
GDateTime        *dateline_autosave_get_time            (DatelineAutosave     *self);
/* (transfer none) (nullable): the work read back, for one found on disk */
DatelineProject  *dateline_autosave_get_project         (DatelineAutosave     *self);
/* A leftover's project, handed over once. (transfer full) (nullable) */
DatelineProject  *dateline_autosave_steal_project       (DatelineAutosave     *self);
/* "14 March 2026 at 10:42", in local time. (transfer full) */
char             *dateline_autosave_dup_time_label      (DatelineAutosave     *self);

/* Writes @data (a serialised project) and what it belongs to, atomically.
 * A write never undoes a later write or a later removal. The synchronous
 * form is for closing and quitting, when there is no later. */
void              dateline_autosave_write_async         (DatelineAutosave     *self,
                                                         GBytes               *data,
                                                         GFile                *original,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean          dateline_autosave_write_finish        (DatelineAutosave     *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
gboolean          dateline_autosave_write               (DatelineAutosave     *self,
                                                         GBytes               *data,
                                                         GFile                *original,
                                                         GError              **error);
/* Deletes the slot's files: the work was saved or discarded. */
void              dateline_autosave_remove              (DatelineAutosave     *self);

/* Reads back every autosave whose id is not in @owned_ids: the work of a
 * Dateline that did not close normally. A damaged one is moved to
 * "damaged/" in the autosave folder, never deleted; one that cannot be
 * read is left where it is. Either way @problems says so, one sentence
 * each. Returns: (transfer container) (element-type DatelineAutosave), the
 * oldest first; each has its project. */
void              dateline_autosave_find_leftovers_async  (const char * const   *owned_ids,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
GPtrArray        *dateline_autosave_find_leftovers_finish (GAsyncResult         *result,
                                                           GStrv                *problems,
                                                           GError              **error);

G_END_DECLS
