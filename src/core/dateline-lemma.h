/* dateline-lemma.h — a small English lemmatiser for matching event words
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *dateline_lemma        (const char *word);
char *dateline_lemma_phrase (const char *text);

G_END_DECLS
