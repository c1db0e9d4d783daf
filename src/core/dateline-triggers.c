/* dateline-triggers.c — the words that report a happening
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-core-resources.h"
#include "dateline-triggers.h"

#define MAX_WORD 32

/* form (lower case) → DatelineTrigger packed in a pointer: kind << 8 | class */
static GHashTable *table;
/* the same for the forms of noun rows only */
static GHashTable *noun_table;

static DatelineTriggerClass
class_from_string (const char *str)
{
  if (g_str_equal (str, "verb"))
    return DATELINE_TRIGGER_VERB;
  if (g_str_equal (str, "noun"))
    return DATELINE_TRIGGER_NOUN;
  if (g_str_equal (str, "speech"))
    return DATELINE_TRIGGER_SPEECH;
  if (g_str_equal (str, "light"))
    return DATELINE_TRIGGER_LIGHT;
  return DATELINE_TRIGGER_NONE;
}

static GHashTable *
load_table (GHashTable **nouns)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  *nouns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *text = NULL;

  bytes = g_resource_lookup_data (dateline_core_resources_get_resource (),
                                  "/io/github/dateline/core/lexicon/triggers.tsv",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  /* The table is part of the library itself: its absence is a build bug. */
  g_assert_no_error (error);

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_auto(GStrv) words = NULL;
      DatelineTriggerClass klass;
      DatelineEventKind kind;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "\t", 3);
      g_assert (g_strv_length (fields) == 3);

      klass = class_from_string (fields[1]);
      g_assert (klass != DATELINE_TRIGGER_NONE);
      kind = klass == DATELINE_TRIGGER_LIGHT ? DATELINE_EVENT_OTHER
                                             : dateline_event_kind_from_string (fields[0]);

      words = g_strsplit (fields[2], ",", -1);
      for (guint j = 0; words[j] != NULL; j++)
        {
          char *form = g_strstrip (words[j]);

          if (*form == '\0' || strlen (form) >= MAX_WORD)
            continue;
          /* A form listed twice keeps its first row. */
          if (!g_hash_table_contains (forms, form))
            g_hash_table_insert (forms, g_strdup (form),
                                 GUINT_TO_POINTER (((guint) kind << 8) | (guint) klass));
          if (klass == DATELINE_TRIGGER_NOUN && !g_hash_table_contains (*nouns, form))
            g_hash_table_insert (*nouns, g_strdup (form),
                                 GUINT_TO_POINTER (((guint) kind << 8) | (guint) klass));
        }
    }

  return forms;
}

static gboolean
lookup_in (GHashTable     **which,
           const char      *word,
           gsize            length,
           DatelineTrigger *trigger)
{
  static gsize initialized;
  char lower[MAX_WORD];
  gpointer value;

  g_return_val_if_fail (word != NULL, FALSE);
  g_return_val_if_fail (trigger != NULL, FALSE);

  if (g_once_init_enter (&initialized))
    {
      table = load_table (&noun_table);
      g_once_init_leave (&initialized, 1);
    }

  if (length == 0 || length >= MAX_WORD)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    lower[i] = g_ascii_tolower (word[i]);
  lower[length] = '\0';

  value = g_hash_table_lookup (*which, lower);
  if (value == NULL)
    return FALSE;

  trigger->kind = (DatelineEventKind) (GPOINTER_TO_UINT (value) >> 8);
  trigger->klass = (DatelineTriggerClass) (GPOINTER_TO_UINT (value) & 0xff);
  return TRUE;
}

gboolean
dateline_trigger_lookup (const char      *word,
                         gsize            length,
                         DatelineTrigger *trigger)
{
  return lookup_in (&table, word, length, trigger);
}

gboolean
dateline_trigger_lookup_noun (const char      *word,
                              gsize            length,
                              DatelineTrigger *trigger)
{
  return lookup_in (&noun_table, word, length, trigger);
}

guint
dateline_event_kind_precedence (DatelineEventKind kind)
{
  /* A clause about a deadline that also mentions talks is about the
   * deadline; "other" happenings outrank nothing but statements. */
  switch (kind)
    {
    case DATELINE_EVENT_DEADLINE: return 12;
    case DATELINE_EVENT_ATTACK: return 11;
    case DATELINE_EVENT_SANCTION: return 10;
    case DATELINE_EVENT_AGREEMENT: return 9;
    case DATELINE_EVENT_ELECTION: return 8;
    case DATELINE_EVENT_VOTE: return 7;
    case DATELINE_EVENT_TALKS: return 6;
    case DATELINE_EVENT_MEETING: return 5;
    case DATELINE_EVENT_CALL: return 4;
    case DATELINE_EVENT_THREAT: return 3;
    case DATELINE_EVENT_OTHER: return 2;
    case DATELINE_EVENT_STATEMENT: return 1;
    case DATELINE_EVENT_N_KINDS:
    default:
      return 0;
    }
}
