/* dateline-event-filter.c — which events the timeline shows
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dateline-event-filter.h"

struct _DatelineEventFilter
{
  GObject     parent_instance;

  char       *search_text;
  /* The search text cut into words, each casefolded; a word of ASCII only
   * is compared byte by byte without folding the text it is looked for in. */
  GStrv       words;
  guint8     *word_is_ascii;
  guint32     hidden_kinds;    /* bit per DatelineEventKind */
  GHashTable *actors;          /* chosen actor ids */
  GHashTable *articles;        /* chosen article ids */
  double      begin;
  double      end;             /* begin < end when a range is set */
};

G_DEFINE_FINAL_TYPE (DatelineEventFilter, dateline_event_filter, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
emit_changed (DatelineEventFilter *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
is_ascii (const char *s)
{
  for (; *s != '\0'; s++)
    if ((guchar) *s >= 0x80)
      return FALSE;

  return TRUE;
}

/* @needle is lower case ASCII. */
static gboolean
contains_ascii_nocase (const char *haystack,
                       const char *needle,
                       gsize       needle_length)
{
  char first = needle[0];

  if (haystack == NULL)
    return FALSE;

  for (const char *p = haystack; *p != '\0'; p++)
    {
      gsize i;

      if (g_ascii_tolower (*p) != first)
        continue;
      for (i = 1; i < needle_length; i++)
        if (p[i] == '\0' || g_ascii_tolower (p[i]) != needle[i])
          break;
      if (i == needle_length)
        return TRUE;
    }

  return FALSE;
}

static gboolean
contains_folded (const char *haystack,
                 const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

static gboolean
text_contains (const char *haystack,
               const char *word,
               gboolean    ascii)
{
  return ascii ? contains_ascii_nocase (haystack, word, strlen (word))
               : contains_folded (haystack, word);
}

static gboolean
event_contains_word (DatelineEvent *event,
                     const char    *word,
                     gboolean       ascii)
{
  const DatelineSourceList *sources;

  if (text_contains (dateline_event_get_title (event), word, ascii))
    return TRUE;

  sources = dateline_event_get_sources (event);
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    if (text_contains (g_array_index (sources, DatelineSource, i).text, word, ascii))
      return TRUE;

  return FALSE;
}

static void
set_chosen (DatelineEventFilter *self,
            GHashTable          *table,
            const char          *id,
            gboolean             chosen)
{
  gboolean changed;

  g_return_if_fail (id != NULL);

  if (chosen)
    changed = g_hash_table_add (table, g_strdup (id));
  else
    changed = g_hash_table_remove (table, id);

  if (changed)
    emit_changed (self);
}

/* Virtual functions */

static void
dateline_event_filter_finalize (GObject *object)
{
  DatelineEventFilter *self = DATELINE_EVENT_FILTER (object);

  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->word_is_ascii, g_free);
  g_clear_pointer (&self->actors, g_hash_table_unref);
  g_clear_pointer (&self->articles, g_hash_table_unref);

  G_OBJECT_CLASS (dateline_event_filter_parent_class)->finalize (object);
}

static void
dateline_event_filter_class_init (DatelineEventFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dateline_event_filter_finalize;

  /**
   * DatelineEventFilter::changed:
   *
   * A criterion changed: what matches has to be worked out again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dateline_event_filter_init (DatelineEventFilter *self)
{
  self->actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->articles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Public API */

DatelineEventFilter *
dateline_event_filter_new (void)
{
  return g_object_new (DATELINE_TYPE_EVENT_FILTER, NULL);
}

gboolean
dateline_event_filter_is_active (DatelineEventFilter *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT_FILTER (self), FALSE);

  return (self->words != NULL && self->words[0] != NULL) ||
         self->hidden_kinds != 0 ||
         g_hash_table_size (self->actors) > 0 ||
         g_hash_table_size (self->articles) > 0 ||
         self->begin < self->end;
}

void
dateline_event_filter_reset (DatelineEventFilter *self)
{
  g_return_if_fail (DATELINE_IS_EVENT_FILTER (self));

  if (!dateline_event_filter_is_active (self) && self->search_text == NULL)
    return;

  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->word_is_ascii, g_free);
  self->hidden_kinds = 0;
  g_hash_table_remove_all (self->actors);
  g_hash_table_remove_all (self->articles);
  self->begin = self->end = 0;

  emit_changed (self);
}

const char *
dateline_event_filter_get_search_text (DatelineEventFilter *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT_FILTER (self), NULL);

  return self->search_text;
}

void
dateline_event_filter_set_search_text (DatelineEventFilter *self,
                                       const char          *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) pieces = NULL;
  GPtrArray *words;

  g_return_if_fail (DATELINE_IS_EVENT_FILTER (self));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->word_is_ascii, g_free);

  if (text != NULL)
    {
      g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

      folded = g_utf8_casefold (normalized ? normalized : text, -1);
      pieces = g_strsplit_set (folded, " \t\n", -1);
      words = g_ptr_array_new ();
      for (guint i = 0; pieces[i] != NULL; i++)
        if (pieces[i][0] != '\0')
          g_ptr_array_add (words, g_strdup (pieces[i]));
      g_ptr_array_add (words, NULL);
      self->words = (GStrv) g_ptr_array_free (words, FALSE);

      self->word_is_ascii = g_new0 (guint8, MAX (1, g_strv_length (self->words)));
      for (guint i = 0; self->words[i] != NULL; i++)
        self->word_is_ascii[i] = is_ascii (self->words[i]);
    }

  emit_changed (self);
}

gboolean
dateline_event_filter_get_kind_shown (DatelineEventFilter *self,
                                      DatelineEventKind    kind)
{
  g_return_val_if_fail (DATELINE_IS_EVENT_FILTER (self), TRUE);
  g_return_val_if_fail (kind < DATELINE_EVENT_N_KINDS, TRUE);

  return (self->hidden_kinds & (1u << kind)) == 0;
}

void
dateline_event_filter_set_kind_shown (DatelineEventFilter *self,
                                      DatelineEventKind    kind,
                                      gboolean             shown)
{
  guint32 hidden;

  g_return_if_fail (DATELINE_IS_EVENT_FILTER (self));
  g_return_if_fail (kind < DATELINE_EVENT_N_KINDS);

  hidden = shown ? self->hidden_kinds & ~(1u << kind) : self->hidden_kinds | (1u << kind);
  if (hidden == self->hidden_kinds)
    return;

  self->hidden_kinds = hidden;
  emit_changed (self);
}

gboolean
dateline_event_filter_get_actor_chosen (DatelineEventFilter *self,
                                        const char          *actor_id)
{
  g_return_val_if_fail (DATELINE_IS_EVENT_FILTER (self), FALSE);

  return actor_id != NULL && g_hash_table_contains (self->actors, actor_id);
}

void
dateline_event_filter_set_actor_chosen (DatelineEventFilter *self,
                                        const char          *actor_id,
                                        gboolean             chosen)
{
  g_return_if_fail (DATELINE_IS_EVENT_FILTER (self));

  set_chosen (self, self->actors, actor_id, chosen);
}

guint
dateline_event_filter_get_n_actors (DatelineEventFilter *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT_FILTER (self), 0);

  return g_hash_table_size (self->actors);
}

gboolean
dateline_event_filter_get_article_chosen (DatelineEventFilter *self,
                                          const char          *article_id)
{
  g_return_val_if_fail (DATELINE_IS_EVENT_FILTER (self), FALSE);

  return article_id != NULL && g_hash_table_contains (self->articles, article_id);
}

void
dateline_event_filter_set_article_chosen (DatelineEventFilter *self,
                                          const char          *article_id,
                                          gboolean             chosen)
{
  g_return_if_fail (DATELINE_IS_EVENT_FILTER (self));

  set_chosen (self, self->articles, article_id, chosen);
}

guint
dateline_event_filter_get_n_articles (DatelineEventFilter *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT_FILTER (self), 0);

  return g_hash_table_size (self->articles);
}

void
dateline_event_filter_set_date_range (DatelineEventFilter *self,
                                      double               begin,
                                      double               end)
{
  g_return_if_fail (DATELINE_IS_EVENT_FILTER (self));

  if (!(begin < end) || !isfinite (begin) || !isfinite (end))
    begin = end = 0;

  if (begin == self->begin && end == self->end)
    return;

  self->begin = begin;
  self->end = end;
  emit_changed (self);
}

gboolean
dateline_event_filter_get_date_range (DatelineEventFilter *self,
                                      double              *begin,
                                      double              *end)
{
  g_return_val_if_fail (DATELINE_IS_EVENT_FILTER (self), FALSE);

  if (begin != NULL)
    *begin = self->begin;
  if (end != NULL)
    *end = self->end;

  return self->begin < self->end;
}

gboolean
dateline_event_filter_match (DatelineEventFilter *self,
                             DatelineEvent       *event)
{
  g_return_val_if_fail (DATELINE_IS_EVENT_FILTER (self), TRUE);
  g_return_val_if_fail (DATELINE_IS_EVENT (event), FALSE);

  /* Cheapest first: most events are decided before any text is read. */
  if (self->hidden_kinds != 0 &&
      (self->hidden_kinds & (1u << MIN ((guint) dateline_event_get_kind (event), 31u))) != 0)
    return FALSE;

  if (self->begin < self->end)
    {
      const DatelineWhen *when = dateline_event_get_when (event);

      if (!dateline_when_is_dated (when))
        return FALSE;
      /* when->end is the last day, inclusive. */
      if (when->start >= self->end || when->end + 1.0 <= self->begin)
        return FALSE;
    }

  if (g_hash_table_size (self->actors) > 0)
    {
      const char * const *actors = dateline_event_get_actors (event);
      gboolean any = FALSE;

      for (guint i = 0; actors != NULL && actors[i] != NULL && !any; i++)
        any = g_hash_table_contains (self->actors, actors[i]);
      if (!any)
        return FALSE;
    }

  if (g_hash_table_size (self->articles) > 0)
    {
      const DatelineSourceList *sources = dateline_event_get_sources (event);
      gboolean any = FALSE;

      for (guint i = 0; sources != NULL && i < sources->len && !any; i++)
        {
          const char *article_id = g_array_index (sources, DatelineSource, i).article_id;

          any = article_id != NULL && g_hash_table_contains (self->articles, article_id);
        }
      if (!any)
        return FALSE;
    }

  for (guint i = 0; self->words != NULL && self->words[i] != NULL; i++)
    if (!event_contains_word (event, self->words[i], self->word_is_ascii[i]))
      return FALSE;

  return TRUE;
}
