/* dateline-event.c — a dated happening and the passages that support it
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-event.h"
#include "dateline-event-private.h"
#include "dateline-util-private.h"

struct _DatelineEvent
{
  GObject            parent_instance;

  char              *id;
  char              *title;
  char              *notes;
  DatelineEventKind  kind;
  DatelineWhen       when;
  /* A million events must fit in a few hundred megabytes: ids shared by
   * many events (actors, articles) are interned, passages are interned
   * reference-counted strings (the same sentence often supports several
   * events), and most events' one actor and one source live in the
   * object itself. */
  const char       **actors;   /* NULL-terminated interned actor ids: actor_inline, g_malloc'd, or NULL */
  const char        *actor_inline[2];
  DatelineSourceList sources;  /* data: &source_inline when len is 1, else exactly len g_malloc'd */
  DatelineSource     source_inline;
  guint              edited : 1;
  guint              scheduled : 1;
  /* The title was allocated with the id, in one block that id points
   * to (one allocation less per event); it moves out when either
   * changes. */
  guint              title_in_id_block : 1;
};

G_DEFINE_FINAL_TYPE (DatelineEvent, dateline_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[DATELINE_EVENT_N_KINDS] = {
  [DATELINE_EVENT_OTHER] = "other",
  [DATELINE_EVENT_MEETING] = "meeting",
  [DATELINE_EVENT_TALKS] = "talks",
  [DATELINE_EVENT_STATEMENT] = "statement",
  [DATELINE_EVENT_THREAT] = "threat",
  [DATELINE_EVENT_ATTACK] = "attack",
  [DATELINE_EVENT_SANCTION] = "sanction",
  [DATELINE_EVENT_AGREEMENT] = "agreement",
  [DATELINE_EVENT_DEADLINE] = "deadline",
  [DATELINE_EVENT_VOTE] = "vote",
  [DATELINE_EVENT_CALL] = "call",
  [DATELINE_EVENT_ELECTION] = "election",
};

/* Ids that many events share (actors, articles), kept once for the life
 * of the process. Not GLib's quarks: past each 2048 of them GLib drops its
 * old table on purpose, which LeakSanitizer reports from a stack it cannot
 * follow into GLib. */
static GMutex intern_lock;
static GHashTable *interned_strings;

const char *
dateline_intern (const char *str)
{
  const char *found;

  g_mutex_lock (&intern_lock);
  if (interned_strings == NULL)
    interned_strings = g_hash_table_new (g_str_hash, g_str_equal);
  found = g_hash_table_lookup (interned_strings, str);
  if (found == NULL)
    {
      found = g_strdup (str);
      g_hash_table_add (interned_strings, (gpointer) found);
    }
  g_mutex_unlock (&intern_lock);

  return found;
}

static void
clear_source (gpointer data)
{
  DatelineSource *source = data;

  /* article_id is interned */
  source->article_id = NULL;
  g_clear_pointer (&source->text, g_ref_string_release);
}

static void
dateline_event_finalize (GObject *object)
{
  DatelineEvent *self = (DatelineEvent *) object;

  if (self->title_in_id_block)
    self->title = NULL;
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->notes, g_free);
  dateline_event_clear_actors (self);
  for (guint i = 0; i < self->sources.len; i++)
    clear_source (&self->sources.data[i]);
  if (self->sources.data != &self->source_inline)
    g_free (self->sources.data);
  self->sources.data = NULL;
  self->sources.len = 0;

  G_OBJECT_CLASS (dateline_event_parent_class)->finalize (object);
}

static void
move_title_out (DatelineEvent *self)
{
  if (self->title_in_id_block)
    {
      self->title = g_strdup (self->title);
      self->title_in_id_block = FALSE;
    }
}

static void
dateline_event_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DatelineEvent *self = DATELINE_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_event_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DatelineEvent *self = DATELINE_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      move_title_out (self);
      dateline_set_str (&self->id, g_value_get_string (value));
      break;

    case PROP_TITLE:
      dateline_event_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_event_class_init (DatelineEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dateline_event_finalize;
  object_class->get_property = dateline_event_get_property;
  object_class->set_property = dateline_event_set_property;

  /* The id is set once, by the project, when the event is added. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dateline_event_init (DatelineEvent *self)
{
  self->when = (DatelineWhen) DATELINE_WHEN_INIT;
}

/**
 * dateline_event_new:
 * @id: (nullable): NULL until the project assigns one
 *
 * Returns: (transfer full): a new, undated event without sources
 */
DatelineEvent *
dateline_event_new (const char        *id,
                    const char        *title,
                    DatelineEventKind  kind)
{
  DatelineEvent *self;

  /* No properties through g_object_new(): nobody can be listening yet,
   * and a project of a million events is read in the time it saves. */
  self = g_object_new (DATELINE_TYPE_EVENT, NULL);
  if (id != NULL && title != NULL)
    {
      gsize id_size = strlen (id) + 1;
      gsize title_size = strlen (title) + 1;

      self->id = g_malloc (id_size + title_size);
      memcpy (self->id, id, id_size);
      self->title = self->id + id_size;
      memcpy (self->title, title, title_size);
      self->title_in_id_block = TRUE;
    }
  else
    {
      self->id = g_strdup (id);
      self->title = g_strdup (title);
    }
  self->kind = kind < DATELINE_EVENT_N_KINDS ? kind : DATELINE_EVENT_OTHER;

  return self;
}

const char *
dateline_event_get_id (DatelineEvent *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT (self), NULL);
  return self->id;
}

const char *
dateline_event_get_title (DatelineEvent *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT (self), NULL);
  return self->title;
}

void
dateline_event_set_title (DatelineEvent *self,
                          const char    *title)
{
  g_return_if_fail (DATELINE_IS_EVENT (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  move_title_out (self);
  if (dateline_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

DatelineEventKind
dateline_event_get_kind (DatelineEvent *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT (self), DATELINE_EVENT_OTHER);
  return self->kind;
}

void
dateline_event_set_kind (DatelineEvent     *self,
                         DatelineEventKind  kind)
{
  g_return_if_fail (DATELINE_IS_EVENT (self));
  g_return_if_fail (kind < DATELINE_EVENT_N_KINDS);

  self->kind = kind;
}

const DatelineWhen *
dateline_event_get_when (DatelineEvent *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT (self), NULL);
  return &self->when;
}

void
dateline_event_set_when (DatelineEvent      *self,
                         const DatelineWhen *when)
{
  g_return_if_fail (DATELINE_IS_EVENT (self));
  g_return_if_fail (when != NULL);

  if (dateline_when_is_dated (when))
    self->when = *when;
  else
    self->when = (DatelineWhen) DATELINE_WHEN_INIT;
}

const char * const *
dateline_event_get_actors (DatelineEvent *self)
{
  static const char * const empty[] = { NULL };

  g_return_val_if_fail (DATELINE_IS_EVENT (self), NULL);

  return self->actors != NULL ? (const char * const *) self->actors : empty;
}

void
dateline_event_add_actor_interned (DatelineEvent *self,
                                   const char    *interned)
{
  gsize n = 0;

  if (self->actors != NULL)
    for (; self->actors[n] != NULL; n++)
      if (self->actors[n] == interned)
        return;

  if (n == 0)
    self->actors = self->actor_inline;
  else if (self->actors == self->actor_inline)
    {
      self->actors = g_new (const char *, n + 2);
      memcpy (self->actors, self->actor_inline, sizeof self->actor_inline);
    }
  else
    self->actors = g_renew (const char *, self->actors, n + 2);
  self->actors[n] = interned;
  self->actors[n + 1] = NULL;
}

void
dateline_event_add_actor (DatelineEvent *self,
                          const char    *actor_id)
{
  g_return_if_fail (DATELINE_IS_EVENT (self));
  g_return_if_fail (actor_id != NULL);

  dateline_event_add_actor_interned (self, dateline_intern (actor_id));
}

void
dateline_event_clear_actors (DatelineEvent *self)
{
  g_return_if_fail (DATELINE_IS_EVENT (self));

  if (self->actors != self->actor_inline)
    g_free (self->actors);
  self->actors = NULL;
}

/**
 * dateline_event_get_sources:
 *
 * Returns: (transfer none) (element-type DatelineSource): the passages
 */
const DatelineSourceList *
dateline_event_get_sources (DatelineEvent *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT (self), NULL);
  return &self->sources;
}

/* Sources are added one at a time and rarely (a merge adds a handful):
 * the first lives in the object, more in an array of exactly their
 * number. */
static void
append_source (DatelineEvent        *self,
               const DatelineSource *source)
{
  if (self->sources.len == 0)
    self->sources.data = &self->source_inline;
  else if (self->sources.data == &self->source_inline)
    {
      self->sources.data = g_new (DatelineSource, 2);
      self->sources.data[0] = self->source_inline;
    }
  else
    self->sources.data = g_renew (DatelineSource, self->sources.data, self->sources.len + 1);
  self->sources.data[self->sources.len++] = *source;
}

void
dateline_event_add_source (DatelineEvent *self,
                           const char    *article_id,
                           guint          start,
                           guint          end,
                           const char    *text)
{
  DatelineSource source;

  g_return_if_fail (DATELINE_IS_EVENT (self));
  g_return_if_fail (article_id != NULL);
  g_return_if_fail (start <= end);

  source.article_id = (char *) dateline_intern (article_id);
  source.start = start;
  source.end = end;
  source.text = g_ref_string_new_intern (text ? text : "");
  source.trigger_start = 0;
  source.trigger_end = 0;
  source.when = (DatelineWhen) DATELINE_WHEN_INIT;
  append_source (self, &source);
}

void
dateline_event_take_source (DatelineEvent  *self,
                            DatelineSource *source)
{
  if (source->trigger_end < source->trigger_start)
    source->trigger_start = source->trigger_end = 0;
  if (!dateline_when_is_dated (&source->when))
    source->when = (DatelineWhen) DATELINE_WHEN_INIT;
  append_source (self, source);
}

void
dateline_event_add_source_full (DatelineEvent        *self,
                                const DatelineSource *source)
{
  DatelineSource copy;

  g_return_if_fail (DATELINE_IS_EVENT (self));
  g_return_if_fail (source != NULL);
  g_return_if_fail (source->article_id != NULL);
  g_return_if_fail (source->start <= source->end);

  copy = *source;
  copy.article_id = (char *) dateline_intern (source->article_id);
  copy.text = g_ref_string_new_intern (source->text ? source->text : "");
  dateline_event_take_source (self, &copy);
}

guint
dateline_event_remove_sources_in (DatelineEvent *self,
                                  const char    *article_id)
{
  g_return_val_if_fail (DATELINE_IS_EVENT (self), 0);

  for (guint i = self->sources.len; i > 0; i--)
    if (g_strcmp0 (self->sources.data[i - 1].article_id, article_id) == 0)
      {
        clear_source (&self->sources.data[i - 1]);
        memmove (&self->sources.data[i - 1], &self->sources.data[i],
                 (self->sources.len - i) * sizeof (DatelineSource));
        self->sources.len--;
      }
  if (self->sources.len == 0 && self->sources.data != &self->source_inline)
    g_free (self->sources.data);
  if (self->sources.len == 0)
    self->sources.data = NULL;

  return self->sources.len;
}

gboolean
dateline_event_has_disagreement (DatelineEvent *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT (self), FALSE);

  for (guint i = 0; i < self->sources.len; i++)
    {
      const DatelineSource *a = &self->sources.data[i];

      if (!dateline_when_is_dated (&a->when))
        continue;
      for (guint j = i + 1; j < self->sources.len; j++)
        {
          const DatelineSource *b = &self->sources.data[j];

          if (dateline_when_is_dated (&b->when) && (a->when.end < b->when.start || b->when.end < a->when.start))
            return TRUE;
        }
    }

  return FALSE;
}

const char *
dateline_event_get_notes (DatelineEvent *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT (self), NULL);
  return self->notes;
}

void
dateline_event_set_notes (DatelineEvent *self,
                          const char    *notes)
{
  g_return_if_fail (DATELINE_IS_EVENT (self));
  dateline_set_str (&self->notes, notes);
}

gboolean
dateline_event_get_scheduled (DatelineEvent *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT (self), FALSE);
  return self->scheduled;
}

void
dateline_event_set_scheduled (DatelineEvent *self,
                              gboolean       scheduled)
{
  g_return_if_fail (DATELINE_IS_EVENT (self));
  self->scheduled = !!scheduled;
}

gboolean
dateline_event_get_edited (DatelineEvent *self)
{
  g_return_val_if_fail (DATELINE_IS_EVENT (self), FALSE);
  return self->edited;
}

void
dateline_event_set_edited (DatelineEvent *self,
                           gboolean       edited)
{
  g_return_if_fail (DATELINE_IS_EVENT (self));
  self->edited = !!edited;
}

const char *
dateline_event_kind_to_string (DatelineEventKind kind)
{
  g_return_val_if_fail (kind < DATELINE_EVENT_N_KINDS, "other");
  return kind_names[kind];
}

/* Unknown kinds (from a newer Dateline) read as "other". */
DatelineEventKind
dateline_event_kind_from_string (const char *str)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (kind_names[i], str) == 0)
      return (DatelineEventKind) i;

  return DATELINE_EVENT_OTHER;
}
