/* dateline-project.c — the model: articles, actors and events, and their JSON form
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dateline-actors.h"
#include "dateline-project.h"
#include "dateline-event-private.h"
#include "dateline-project-json-private.h"
#include "dateline-util-private.h"

/* The events of a project: a GListModel over a plain array. A GListStore
 * keeps a GSequence node per item and finds an item in O(log n); at a
 * million events that is 64 MB and a slower walk for nothing, since
 * events are only ever appended or replaced all at once. */
#define DATELINE_TYPE_EVENT_LIST (dateline_event_list_get_type ())
G_DECLARE_FINAL_TYPE (DatelineEventList, dateline_event_list, DATELINE, EVENT_LIST, GObject)

struct _DatelineEventList
{
  GObject    parent_instance;
  GPtrArray *items;  /* DatelineEvent, owned */
};

static GType
dateline_event_list_get_item_type (GListModel *model)
{
  return DATELINE_TYPE_EVENT;
}

static guint
dateline_event_list_get_n_items (GListModel *model)
{
  return DATELINE_EVENT_LIST (model)->items->len;
}

static gpointer
dateline_event_list_get_item (GListModel *model,
                              guint       position)
{
  DatelineEventList *self = DATELINE_EVENT_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
dateline_event_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = dateline_event_list_get_item_type;
  iface->get_n_items = dateline_event_list_get_n_items;
  iface->get_item = dateline_event_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (DatelineEventList, dateline_event_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, dateline_event_list_model_init))

static void
dateline_event_list_finalize (GObject *object)
{
  g_clear_pointer (&DATELINE_EVENT_LIST (object)->items, g_ptr_array_unref);
  G_OBJECT_CLASS (dateline_event_list_parent_class)->finalize (object);
}

static void
dateline_event_list_class_init (DatelineEventListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dateline_event_list_finalize;
}

static void
dateline_event_list_init (DatelineEventList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Replaces @n_removed items at @position with @events (refs taken), then
 * emits one ::items-changed. */
static void
dateline_event_list_splice (DatelineEventList *self,
                            guint              position,
                            guint              n_removed,
                            GPtrArray         *events)
{
  GPtrArray *old = self->items;
  GPtrArray *items;

  g_assert (position + n_removed <= old->len);

  /* Appending, the common case (extraction adds events batch by batch):
   * in place, not a copy of the whole list each time. */
  if (position == old->len && n_removed == 0)
    {
      for (guint i = 0; i < events->len; i++)
        g_ptr_array_add (old, g_object_ref (g_ptr_array_index (events, i)));
      g_list_model_items_changed (G_LIST_MODEL (self), position, 0, events->len);
      return;
    }

  items = g_ptr_array_new_full (old->len - n_removed + events->len, g_object_unref);
  for (guint i = 0; i < position; i++)
    g_ptr_array_add (items, g_object_ref (g_ptr_array_index (old, i)));
  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (items, g_object_ref (g_ptr_array_index (events, i)));
  for (guint i = position + n_removed; i < old->len; i++)
    g_ptr_array_add (items, g_object_ref (g_ptr_array_index (old, i)));

  /* Unreffed only now: a caller may pass back an event it replaces. */
  self->items = items;
  g_ptr_array_unref (old);

  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removed, events->len);
}

struct _DatelineProject
{
  GObject     parent_instance;

  char       *title;

  GListStore *articles;
  GListStore *actors;
  DatelineEventList *events;

  /* id → object, borrowed from the stores; event ids are the events' own
   * strings */
  GHashTable *article_by_id;
  GHashTable *actor_by_id;
  GHashTable *event_ids;  /* NULL until needed: see ensure_event_ids() */

  guint       next_article;
  guint       next_event;
};

G_DEFINE_FINAL_TYPE (DatelineProject, dateline_project, G_TYPE_OBJECT)
G_DEFINE_QUARK (dateline-project-error-quark, dateline_project_error)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dateline_project_finalize (GObject *object)
{
  DatelineProject *self = (DatelineProject *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->article_by_id, g_hash_table_unref);
  g_clear_pointer (&self->actor_by_id, g_hash_table_unref);
  g_clear_pointer (&self->event_ids, g_hash_table_unref);
  g_clear_object (&self->articles);
  g_clear_object (&self->actors);
  g_clear_object (&self->events);

  G_OBJECT_CLASS (dateline_project_parent_class)->finalize (object);
}

static void
dateline_project_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DatelineProject *self = DATELINE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_project_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DatelineProject *self = DATELINE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      dateline_project_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_project_class_init (DatelineProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dateline_project_finalize;
  object_class->get_property = dateline_project_get_property;
  object_class->set_property = dateline_project_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dateline_project_init (DatelineProject *self)
{
  self->articles = g_list_store_new (DATELINE_TYPE_ARTICLE);
  self->actors = g_list_store_new (DATELINE_TYPE_ACTOR);
  self->events = g_object_new (DATELINE_TYPE_EVENT_LIST, NULL);
  self->article_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->actor_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->next_article = 1;
  self->next_event = 1;
}

DatelineProject *
dateline_project_new (void)
{
  return g_object_new (DATELINE_TYPE_PROJECT, NULL);
}

GListModel *
dateline_project_get_articles (DatelineProject *self)
{
  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->articles);
}

GListModel *
dateline_project_get_actors (DatelineProject *self)
{
  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->actors);
}

GListModel *
dateline_project_get_events (DatelineProject *self)
{
  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->events);
}

const char *
dateline_project_get_title (DatelineProject *self)
{
  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);
  return self->title;
}

void
dateline_project_set_title (DatelineProject *self,
                            const char      *title)
{
  g_return_if_fail (DATELINE_IS_PROJECT (self));

  if (dateline_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

DatelineArticle *
dateline_project_lookup_article (DatelineProject *self,
                                 const char      *id)
{
  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->article_by_id, id);
}

DatelineActor *
dateline_project_lookup_actor (DatelineProject *self,
                               const char      *id)
{
  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->actor_by_id, id);
}

/* Renames @article when its id is missing or taken. Passages of events
 * refer to articles by id, so this must happen before its events are
 * extracted. */
void
dateline_project_add_article (DatelineProject *self,
                              DatelineArticle *article)
{
  const char *id;

  g_return_if_fail (DATELINE_IS_PROJECT (self));
  g_return_if_fail (DATELINE_IS_ARTICLE (article));

  id = dateline_article_get_id (article);
  if (id == NULL || *id == '\0' || g_hash_table_contains (self->article_by_id, id))
    {
      g_autofree char *fresh = NULL;

      do
        {
          g_free (fresh);
          fresh = g_strdup_printf ("a%u", self->next_article++);
        }
      while (g_hash_table_contains (self->article_by_id, fresh));

      dateline_article_set_id (article, fresh);
    }

  g_hash_table_insert (self->article_by_id, (gpointer) dateline_article_get_id (article), article);
  g_list_store_append (self->articles, article);
}

void
dateline_project_add_actor (DatelineProject *self,
                            DatelineActor   *actor)
{
  g_return_if_fail (DATELINE_IS_PROJECT (self));
  g_return_if_fail (DATELINE_IS_ACTOR (actor));
  g_return_if_fail (!g_hash_table_contains (self->actor_by_id, dateline_actor_get_id (actor)));

  g_hash_table_insert (self->actor_by_id, (gpointer) dateline_actor_get_id (actor), actor);
  g_list_store_append (self->actors, actor);
}

/* The index of event ids, built when events are first added after a
 * load: a project of a million events opened to be read never needs its
 * 24 MB. */
static GHashTable *
ensure_event_ids (DatelineProject *self)
{
  if (self->event_ids == NULL)
    {
      GPtrArray *events = self->events->items;

      self->event_ids = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < events->len; i++)
        g_hash_table_add (self->event_ids, (gpointer) dateline_event_get_id (g_ptr_array_index (events, i)));
    }
  return self->event_ids;
}

char *
dateline_project_dup_next_event_id (DatelineProject *self)
{
  char *id = NULL;

  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);

  do
    {
      g_free (id);
      id = g_strdup_printf ("e%u", self->next_event++);
    }
  while (g_hash_table_contains (ensure_event_ids (self), id));

  return id;
}

/**
 * dateline_project_add_events:
 * @events: (element-type DatelineEvent): events; those without an id, or
 *   whose id is taken, get a fresh one
 *
 * Appends the events with a single ::items-changed.
 */
void
dateline_project_add_events (DatelineProject *self,
                             GPtrArray       *events)
{
  guint n_items;

  g_return_if_fail (DATELINE_IS_PROJECT (self));
  g_return_if_fail (events != NULL);

  if (events->len == 0)
    return;

  for (guint i = 0; i < events->len; i++)
    {
      DatelineEvent *event = g_ptr_array_index (events, i);
      const char *id = dateline_event_get_id (event);

      g_return_if_fail (DATELINE_IS_EVENT (event));

      if (id == NULL || *id == '\0' || g_hash_table_contains (ensure_event_ids (self), id))
        {
          g_autofree char *fresh = dateline_project_dup_next_event_id (self);
          g_object_set (event, "id", fresh, NULL);
        }

      g_hash_table_add (ensure_event_ids (self), (gpointer) dateline_event_get_id (event));
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  dateline_event_list_splice (self->events, n_items, 0, events);
}

void
dateline_project_replace_events (DatelineProject *self,
                                 GPtrArray       *events)
{
  guint n_items;

  g_return_if_fail (DATELINE_IS_PROJECT (self));
  g_return_if_fail (events != NULL);

  if (self->event_ids != NULL)
    g_hash_table_remove_all (self->event_ids);
  else
    self->event_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < events->len; i++)
    {
      DatelineEvent *event = g_ptr_array_index (events, i);
      const char *id = dateline_event_get_id (event);

      if (id == NULL || *id == '\0' || g_hash_table_contains (self->event_ids, id))
        {
          g_autofree char *fresh = dateline_project_dup_next_event_id (self);
          g_object_set (event, "id", fresh, NULL);
        }
      g_hash_table_add (self->event_ids, (gpointer) dateline_event_get_id (event));
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  dateline_event_list_splice (self->events, 0, n_items, events);
}

/**
 * dateline_project_absorb:
 * @other: a project not to be used afterwards: its articles move into
 *   @self (renamed there when their id is taken)
 */
void
dateline_project_absorb (DatelineProject *self,
                         DatelineProject *other)
{
  g_autoptr(GHashTable) renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) renamed_actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) match_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_if_fail (DATELINE_IS_PROJECT (self));
  g_return_if_fail (DATELINE_IS_PROJECT (other));
  g_return_if_fail (self != other);

  n = g_list_model_get_n_items (G_LIST_MODEL (other->articles));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineArticle) article = g_list_model_get_item (G_LIST_MODEL (other->articles), i);
      g_autofree char *old_id = g_strdup (dateline_article_get_id (article));

      /* Detach it from @other's index before it may be renamed. */
      g_hash_table_remove (other->article_by_id, old_id);
      dateline_project_add_article (self, article);
      g_hash_table_insert (renamed, g_steal_pointer (&old_id),
                           g_strdup (dateline_article_get_id (article)));
    }

  /* Links between copies follow the renaming. */
  n = g_list_model_get_n_items (G_LIST_MODEL (other->articles));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineArticle) article = g_list_model_get_item (G_LIST_MODEL (other->articles), i);
      const char *original = dateline_article_get_duplicate_of (article);

      if (original != NULL)
        dateline_article_set_duplicate_of (article, g_hash_table_lookup (renamed, original));
    }

  /* Actors known here under another spelling ("Sergey Lavrov" in one
   * shard, "Sergei Lavrov" in another) join the known one. */
  {
    GListModel *known_actors = G_LIST_MODEL (self->actors);

    for (guint i = 0; i < g_list_model_get_n_items (known_actors); i++)
      {
        g_autoptr(DatelineActor) actor = g_list_model_get_item (known_actors, i);

        g_hash_table_insert (match_keys, dateline_actors_dup_match_key (dateline_actor_get_name (actor)),
                             g_strdup (dateline_actor_get_id (actor)));
      }
  }

  n = g_list_model_get_n_items (G_LIST_MODEL (other->actors));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineActor) actor = g_list_model_get_item (G_LIST_MODEL (other->actors), i);
      DatelineActor *known = dateline_project_lookup_actor (self, dateline_actor_get_id (actor));

      if (known == NULL)
        {
          g_autofree char *key = dateline_actors_dup_match_key (dateline_actor_get_name (actor));
          const char *known_id = g_hash_table_lookup (match_keys, key);

          if (known_id != NULL && (known = dateline_project_lookup_actor (self, known_id)) != NULL)
            {
              g_hash_table_insert (renamed_actors, g_strdup (dateline_actor_get_id (actor)), g_strdup (known_id));
              dateline_actor_add_alias (known, dateline_actor_get_name (actor));
            }
        }
      DatelineActor *target = known ? known : dateline_actor_new (dateline_actor_get_id (actor),
                                                                 dateline_actor_get_name (actor),
                                                                 dateline_actor_get_kind (actor));
      const char * const *aliases = dateline_actor_get_aliases (actor);
      GArray *mentions = dateline_actor_get_mentions (actor);

      for (guint j = 0; aliases[j] != NULL; j++)
        dateline_actor_add_alias (target, aliases[j]);
      for (guint j = 0; j < mentions->len; j++)
        {
          const DatelineMention *mention = &g_array_index (mentions, DatelineMention, j);
          const char *article_id = g_hash_table_lookup (renamed, mention->article_id);

          if (article_id != NULL)
            dateline_actor_add_mention (target, article_id, mention->start, mention->end);
        }

      if (known == NULL)
        {
          dateline_project_add_actor (self, target);
          g_object_unref (target);
        }
    }

  /* Events are rebuilt: their passages must name the renamed articles. */
  n = g_list_model_get_n_items (G_LIST_MODEL (other->events));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (G_LIST_MODEL (other->events), i);
      DatelineEvent *copy = dateline_event_new (dateline_event_get_id (event),
                                                dateline_event_get_title (event),
                                                dateline_event_get_kind (event));
      const char * const *actors = dateline_event_get_actors (event);
      const DatelineSourceList *sources = dateline_event_get_sources (event);

      dateline_event_set_when (copy, dateline_event_get_when (event));
      dateline_event_set_notes (copy, dateline_event_get_notes (event));
      dateline_event_set_edited (copy, dateline_event_get_edited (event));
      dateline_event_set_scheduled (copy, dateline_event_get_scheduled (event));
      for (guint j = 0; actors[j] != NULL; j++)
        {
          const char *actor_id = g_hash_table_lookup (renamed_actors, actors[j]);

          dateline_event_add_actor (copy, actor_id != NULL ? actor_id : actors[j]);
        }
      for (guint j = 0; j < sources->len; j++)
        {
          const DatelineSource *source = &g_array_index (sources, DatelineSource, j);
          const char *article_id = g_hash_table_lookup (renamed, source->article_id);

          if (article_id != NULL)
            {
              DatelineSource renamed_source = *source;

              renamed_source.article_id = (char *) article_id;
              dateline_event_add_source_full (copy, &renamed_source);
            }
        }
      g_ptr_array_add (events, copy);
    }

  dateline_project_add_events (self, events);
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */
/* ---------------------------------------------------------------------- */

/* "start"/"end" in code points, plus "text" when @with_text. */
static void
add_span_members (JsonBuilder     *builder,
                  DatelineArticle *article,
                  guint            start,
                  guint            end,
                  gboolean         with_text)
{
  json_builder_set_member_name (builder, "article");
  json_builder_add_string_value (builder, dateline_article_get_id (article));
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, dateline_article_byte_to_char (article, start));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, dateline_article_byte_to_char (article, end));

  if (with_text)
    {
      const char *text = dateline_article_get_text (article);
      gsize length = dateline_article_get_text_length (article);
      g_autofree char *slice = NULL;

      start = MIN (start, length);
      end = CLAMP (end, start, length);
      slice = g_strndup (text + start, end - start);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, slice);
    }
}

/* The four lists of a project, written element by element: each is
 * built alone, written out and freed, so that saving a million events
 * never holds json-glib's tree of them (gigabytes). The text is byte for
 * byte what json-glib writes for the whole tree: pretty, indented by one
 * space a level. */
typedef struct {
  GString       *out;
  JsonBuilder   *element;  /* one element at a time */
  JsonGenerator *generator;
  guint          n;
} ListWriter;

static void
list_begin (ListWriter *w,
            const char *name)
{
  w->n = 0;
  g_string_append_printf (w->out, " \"%s\" : [", name);
}

static JsonBuilder *
list_element_begin (ListWriter *w)
{
  json_builder_reset (w->element);
  return w->element;
}

/* Text from json-glib's generator, each line after the first indented by
 * @indent. Raw newlines are the layout's (inside strings they are
 * escaped). json-glib 1.6 writes U+001F raw, which no JSON reader takes:
 * escaped here. */
static void
append_generated (GString    *out,
                  const char *text,
                  const char *indent)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      const char *run = p;

      while (*p != '\0' && *p != '\n' && *p != '\x1f')
        p++;
      g_string_append_len (out, run, p - run);
      if (*p == '\0')
        break;
      if (*p == '\n')
        {
          g_string_append_c (out, '\n');
          g_string_append (out, indent);
        }
      else
        g_string_append (out, "\\u001f");
    }
}

/* An element's text, its lines indented two levels deeper. */
static void
list_element_end (ListWriter *w)
{
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  w->n++;
  node = json_builder_get_root (w->element);
  json_generator_set_root (w->generator, node);
  text = json_generator_to_data (w->generator, NULL);

  g_string_append (w->out, w->n > 1 ? ",\n  " : "\n  ");
  append_generated (w->out, text, "  ");
}

static void
list_end (ListWriter *w,
          gboolean    last)
{
  if (w->n > 0)
    g_string_append (w->out, "\n ]");
  else
    g_string_append (w->out, "]");
  g_string_append (w->out, last ? "\n" : ",\n");
}

static void
add_articles (DatelineProject *self,
              ListWriter      *w)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));

  list_begin (w, "articles");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      const DatelineWhen *published = dateline_article_get_published (article);
      JsonBuilder *builder = list_element_begin (w);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, dateline_article_get_id (article));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, dateline_article_get_title (article) ?: "");
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, dateline_article_get_source (article) ?: "");

      json_builder_set_member_name (builder, "published");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "value");
      if (dateline_when_is_dated (published))
        {
          g_autofree char *value = dateline_when_dup_value (published);
          json_builder_add_string_value (builder, value);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "origin");
      json_builder_add_string_value (builder,
                                     dateline_date_origin_to_string (dateline_article_get_published_origin (article)));
      json_builder_end_object (builder);

      if (dateline_article_get_duplicate_of (article) != NULL)
        {
          json_builder_set_member_name (builder, "duplicate_of");
          json_builder_add_string_value (builder, dateline_article_get_duplicate_of (article));
        }
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, dateline_article_get_text (article));
      json_builder_end_object (builder);
      list_element_end (w);
    }
  list_end (w, FALSE);
}

static void
add_timexes (DatelineProject *self,
             ListWriter      *w)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));

  list_begin (w, "timexes");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      GPtrArray *timexes = dateline_article_get_timexes (article);

      for (guint j = 0; j < timexes->len; j++)
        {
          const DatelineTimex *timex = g_ptr_array_index (timexes, j);
          JsonBuilder *builder = list_element_begin (w);

          json_builder_begin_object (builder);
          add_span_members (builder, article, timex->start, timex->end, TRUE);
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, dateline_timex_type_to_string (timex->type));
          json_builder_set_member_name (builder, "value");
          json_builder_add_string_value (builder, timex->value ?: "");
          json_builder_set_member_name (builder, "anchor");
          json_builder_add_string_value (builder, dateline_anchor_to_string (timex->anchor));
          if (timex->mod != DATELINE_TIMEX_MOD_NONE)
            {
              json_builder_set_member_name (builder, "mod");
              json_builder_add_string_value (builder, dateline_timex_mod_to_string (timex->mod));
            }
          json_builder_end_object (builder);
          list_element_end (w);
        }
    }
  list_end (w, FALSE);
}

static void
add_actors (DatelineProject *self,
            ListWriter      *w)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actors));

  list_begin (w, "actors");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineActor) actor = g_list_model_get_item (G_LIST_MODEL (self->actors), i);
      const char * const *aliases = dateline_actor_get_aliases (actor);
      GArray *mentions = dateline_actor_get_mentions (actor);
      JsonBuilder *builder = list_element_begin (w);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, dateline_actor_get_id (actor));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, dateline_actor_get_name (actor));
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, dateline_actor_kind_to_string (dateline_actor_get_kind (actor)));

      json_builder_set_member_name (builder, "aliases");
      json_builder_begin_array (builder);
      for (guint j = 0; aliases[j] != NULL; j++)
        json_builder_add_string_value (builder, aliases[j]);
      json_builder_end_array (builder);

      json_builder_set_member_name (builder, "mentions");
      json_builder_begin_array (builder);
      for (guint j = 0; j < mentions->len; j++)
        {
          const DatelineMention *mention = &g_array_index (mentions, DatelineMention, j);
          DatelineArticle *article = dateline_project_lookup_article (self, mention->article_id);

          if (article == NULL)
            continue;
          json_builder_begin_object (builder);
          add_span_members (builder, article, mention->start, mention->end, FALSE);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      list_element_end (w);
    }
  list_end (w, FALSE);
}

/* Events are most of a big project's text: written straight out rather
 * than through a json-glib node tree each (ten times the time), in the
 * very layout json-glib gives them (test-project checks the two agree).
 * @indent is the depth of the event's own braces. */
static void
append_json_string (GString    *out,
                    const char *str)
{
  const char *run = str;

  g_string_append_c (out, '"');
  for (const char *p = str; ; p++)
    {
      guchar c = (guchar) *p;
      const char *escape = NULL;
      char buf[8];

      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
        continue;
      g_string_append_len (out, run, p - run);
      if (c == '\0')
        break;
      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          g_snprintf (buf, sizeof buf, "\\u%04x", c);
          escape = buf;
        }
      g_string_append (out, escape);
      run = p + 1;
    }
  g_string_append_c (out, '"');
}

static void
append_indent (GString *out,
               guint    depth)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (out, ' ');
}

/* "name" : "value" (or null), with the comma of the member before. */
static void
append_member (GString    *out,
               guint       depth,
               gboolean    first,
               const char *name,
               const char *value)
{
  if (!first)
    g_string_append_c (out, ',');
  append_indent (out, depth);
  g_string_append_c (out, '"');
  g_string_append (out, name);
  g_string_append (out, "\" : ");
  if (value != NULL)
    append_json_string (out, value);
  else
    g_string_append (out, "null");
}

static void
append_when_text (GString            *out,
                  guint               depth,
                  const DatelineWhen *when)
{
  g_string_append (out, ",");
  append_indent (out, depth);
  g_string_append (out, "\"when\" : {");
  if (dateline_when_is_dated (when))
    {
      g_autofree char *value = dateline_when_dup_value (when);
      char start[16], end[16];

      dateline_when_format_day (when->start, start);
      dateline_when_format_day (when->end, end);
      append_member (out, depth + 1, TRUE, "value", value);
      append_member (out, depth + 1, FALSE, "start", start);
      append_member (out, depth + 1, FALSE, "end", end);
      append_member (out, depth + 1, FALSE, "granularity", dateline_granularity_to_string (when->granularity));
      append_member (out, depth + 1, FALSE, "certainty", dateline_certainty_to_string (when->certainty));
    }
  else
    {
      append_member (out, depth + 1, TRUE, "value", NULL);
      append_member (out, depth + 1, FALSE, "start", NULL);
      append_member (out, depth + 1, FALSE, "end", NULL);
      append_member (out, depth + 1, FALSE, "granularity", NULL);
      append_member (out, depth + 1, FALSE, "certainty", "unknown");
    }
  append_indent (out, depth);
  g_string_append_c (out, '}');
}

static void
append_event_text (DatelineProject *self,
                   GString         *out,
                   DatelineEvent   *event,
                   guint            depth)
{
  const char * const *actors = dateline_event_get_actors (event);
  const DatelineSourceList *sources = dateline_event_get_sources (event);
  guint n_written = 0;

  g_string_append_c (out, '{');
  append_member (out, depth + 1, TRUE, "id", dateline_event_get_id (event));
  append_member (out, depth + 1, FALSE, "title", dateline_event_get_title (event) ?: "");
  append_member (out, depth + 1, FALSE, "kind", dateline_event_kind_to_string (dateline_event_get_kind (event)));
  append_when_text (out, depth + 1, dateline_event_get_when (event));

  g_string_append_c (out, ',');
  append_indent (out, depth + 1);
  g_string_append (out, "\"actors\" : [");
  for (guint j = 0; actors[j] != NULL; j++)
    {
      if (j > 0)
        g_string_append_c (out, ',');
      append_indent (out, depth + 2);
      append_json_string (out, actors[j]);
    }
  if (actors[0] != NULL)
    append_indent (out, depth + 1);
  g_string_append_c (out, ']');

  g_string_append_c (out, ',');
  append_indent (out, depth + 1);
  g_string_append (out, "\"sources\" : [");
  for (guint j = 0; j < sources->len; j++)
    {
      const DatelineSource *source = &g_array_index (sources, DatelineSource, j);
      DatelineArticle *article = dateline_project_lookup_article (self, source->article_id);
      const char *text;
      gsize length;
      guint start, end;
      char number[16];

      if (article == NULL)
        continue;
      if (n_written++ > 0)
        g_string_append_c (out, ',');
      append_indent (out, depth + 2);
      g_string_append_c (out, '{');
      append_member (out, depth + 3, TRUE, "article", dateline_article_get_id (article));
      g_snprintf (number, sizeof number, "%u", dateline_article_byte_to_char (article, source->start));
      g_string_append_c (out, ',');
      append_indent (out, depth + 3);
      g_string_append_printf (out, "\"start\" : %s,", number);
      append_indent (out, depth + 3);
      g_string_append_printf (out, "\"end\" : %u", dateline_article_byte_to_char (article, source->end));

      text = dateline_article_get_text (article);
      length = dateline_article_get_text_length (article);
      start = MIN (source->start, length);
      end = CLAMP (source->end, start, length);
      {
        g_autofree char *slice = g_strndup (text + start, end - start);

        append_member (out, depth + 3, FALSE, "text", slice);
      }

      if (source->trigger_end > source->trigger_start)
        {
          g_string_append_c (out, ',');
          append_indent (out, depth + 3);
          g_string_append (out, "\"trigger\" : {");
          append_indent (out, depth + 4);
          g_string_append_printf (out, "\"start\" : %u,", dateline_article_byte_to_char (article, source->trigger_start));
          append_indent (out, depth + 4);
          g_string_append_printf (out, "\"end\" : %u", dateline_article_byte_to_char (article, source->trigger_end));
          append_indent (out, depth + 3);
          g_string_append_c (out, '}');
        }
      if (dateline_when_is_dated (&source->when))
        append_when_text (out, depth + 3, &source->when);
      append_indent (out, depth + 2);
      g_string_append_c (out, '}');
    }
  if (n_written > 0)
    append_indent (out, depth + 1);
  g_string_append_c (out, ']');

  if (dateline_event_get_notes (event) != NULL)
    append_member (out, depth + 1, FALSE, "notes", dateline_event_get_notes (event));
  if (dateline_event_get_scheduled (event))
    {
      g_string_append_c (out, ',');
      append_indent (out, depth + 1);
      g_string_append (out, "\"scheduled\" : true");
    }
  if (dateline_event_get_edited (event))
    {
      g_string_append_c (out, ',');
      append_indent (out, depth + 1);
      g_string_append (out, "\"edited\" : true");
    }
  append_indent (out, depth);
  g_string_append_c (out, '}');
}

static void
add_events (DatelineProject *self,
            ListWriter      *w)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));

  list_begin (w, "events");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);

      g_string_append (w->out, ++w->n > 1 ? ",\n  " : "\n  ");
      append_event_text (self, w->out, event, 2);
    }
  list_end (w, TRUE);
}

static void
add_lists (DatelineProject *self,
           ListWriter      *w)
{
  add_articles (self, w);
  add_timexes (self, w);
  add_actors (self, w);
  add_events (self, w);
}

/**
 * dateline_project_to_json:
 *
 * Returns: (transfer full): the project as project-format.md describes it
 */
JsonNode *
dateline_project_to_json (DatelineProject *self)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);

  /* The file's text is the one serialisation; a tree is read from it. */
  data = dateline_project_to_data (self, &length);
  if (!json_parser_load_from_data (parser, data, (gssize) length, NULL))
    g_return_val_if_reached (NULL);

  return json_node_copy (json_parser_get_root (parser));
}

/**
 * dateline_project_to_data:
 *
 * Returns: (transfer full): the project file's contents, UTF-8 JSON
 */
char *
dateline_project_to_data (DatelineProject *self,
                          gsize           *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonBuilder) element = json_builder_new ();
  ListWriter w = { NULL };
  GString *out;

  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);

  out = g_string_new ("{\n \"format\" : \"dateline\",\n");
  g_string_append_printf (out, " \"version\" : %d,\n", DATELINE_PROJECT_FORMAT_VERSION);
  g_string_append (out, " \"generator\" : \"dateline " PACKAGE_VERSION "\",\n");
  if (self->title != NULL)
    {
      g_autoptr(JsonNode) title = json_node_init_string (json_node_alloc (), self->title);
      g_autofree char *quoted = NULL;

      json_generator_set_root (generator, title);
      quoted = json_generator_to_data (generator, NULL);
      g_string_append (out, " \"title\" : ");
      append_generated (out, quoted, "");
      g_string_append (out, ",\n");
    }

  w.out = out;
  w.element = element;
  w.generator = generator;
  add_lists (self, &w);
  g_string_append (out, "}\n");

  if (length)
    *length = out->len;

  return g_string_free (out, FALSE);
}

G_GNUC_PRINTF (3, 4)
static gboolean
save_failed (GError     **error,
             int          saved_errno,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), message);
  return FALSE;
}

/* A local file: written beside @path under a temporary name, flushed to
 * the disk, then renamed over @path. Any failure on the way (a full disk,
 * a read-only folder, an I/O error) removes the temporary file and leaves
 * @path as it was.
 *
 * Not g_file_replace_contents(): when a write fails (ENOSPC), GLib 2.74
 * closes its stream anyway, and closing renames the half-written
 * temporary file over the original, losing the project it was saving. */
static gboolean
replace_local_file (const char  *path,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *hidden = g_strconcat (".", base, ".XXXXXX", NULL);
  g_autofree char *tmp_path = g_build_filename (dir, hidden, NULL);
  struct stat target;
  gboolean exists;
  gsize written = 0;
  int saved_errno;
  int fd;

  exists = g_stat (path, &target) == 0;
  if (exists && S_ISDIR (target.st_mode))
    return save_failed (error, EISDIR, _("Cannot save “%s”: it is a folder"), name);
  if (exists && !S_ISREG (target.st_mode))
    return save_failed (error, EINVAL, _("Cannot save “%s”: it is not a regular file"), name);

  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      return save_failed (error, saved_errno, _("Cannot save “%s”: %s"), name, g_strerror (saved_errno));
    }
  /* The project keeps the permissions it had. */
  if (exists)
    (void) fchmod (fd, target.st_mode & 07777);

  while (written < length)
    {
      gssize n = write (fd, data + written, MIN (length - written, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        goto failed;
      written += (gsize) n;
    }

  /* On the disk before the rename makes it the project: after a power
   * cut, the old project or the new one, not an empty file. */
  if (fsync (fd) != 0)
    goto failed;
  if (close (fd) != 0)
    {
      fd = -1;
      goto failed;
    }
  fd = -1;

  if (g_rename (tmp_path, path) != 0)
    goto failed;

  return TRUE;

failed:
  saved_errno = errno != 0 ? errno : EIO;
  if (fd >= 0)
    close (fd);
  g_unlink (tmp_path);
  return save_failed (error, saved_errno, _("Cannot save “%s”: %s"), name, g_strerror (saved_errno));
}

/* Any other GFile (a remote folder): GIO writes a temporary file and
 * renames it on close; a write that fails cancels the close, which then
 * leaves the original alone. */
static gboolean
replace_file (GFile         *file,
              const char    *data,
              gsize          length,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = g_cancellable_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (out == NULL)
    return FALSE;

  if (g_output_stream_write_all (G_OUTPUT_STREAM (out), data, length, NULL, cancellable, &local_error) &&
      g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, &local_error))
    return TRUE;

  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);

  name = g_file_get_parse_name (file);
  g_set_error (error, local_error->domain, local_error->code,
               _("Cannot save “%s”: %s"), name, local_error->message);
  return FALSE;
}

/**
 * dateline_project_save_to_file:
 *
 * Writes the project atomically: a temporary file beside @file renamed over
 * it, so a crash, a kill or a full disk never leaves a damaged project. On
 * failure the error names the file and @file is as it was.
 */
gboolean
dateline_project_save_to_file (DatelineProject  *self,
                               GFile            *file,
                               GCancellable     *cancellable,
                               GError          **error)
{
  g_autofree char *data = NULL;
  const char *path;
  gsize length = 0;

  g_return_val_if_fail (DATELINE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = dateline_project_to_data (self, &length);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  path = g_file_peek_path (file);
  if (path != NULL)
    return replace_local_file (path, data, length, error);
  return replace_file (file, data, length, cancellable, error);
}

/* ---------------------------------------------------------------------- */
/* Reading: everything is validated into new objects; the project is only */
/* assembled when the whole file is good. The file is streamed (see       */
/* dateline-project-json-private.h): one element of a top-level list at a */
/* time, so a million events load in seconds and in bounded memory.       */
/* ---------------------------------------------------------------------- */

/* What a message is about: "event 12", "the project". Formatted only when
 * there is something wrong with it. */
typedef struct {
  const char *what;   /* N_("event %u"); or N_("the project") when index is 0 */
  guint       index;
} Where;

static const Where the_project = { N_("the project"), 0 };

typedef struct {
  GError           **error;
  GHashTable        *articles;     /* id → DatelineArticle, owned */
  GHashTable        *actors;       /* id → DatelineActor, owned */
  GHashTable        *actor_ids;    /* the same ids, interned */
  GHashTable        *event_ids;    /* the events' own ids */
  GHashTable        *timexes;      /* DatelineArticle → GPtrArray of DatelineTimex */
  GPtrArray         *article_list;
  GPtrArray         *actor_list;
  GPtrArray         *event_list;
  GString           *passage;
  /* Consecutive passages mostly quote one article: the last one found,
   * and the last one whose id was interned. */
  DatelineArticle   *span_article;
  DatelineArticle   *last_article;
  const char        *last_article_id;
} Reader;

static char *
where_text (const Where *where)
{
  if (where->index == 0)
    return g_strdup (_(where->what));
  return g_strdup_printf (_(where->what), where->index);
}

G_GNUC_PRINTF (2, 3)
static gboolean
invalid (Reader     *reader,
         const char *format,
         ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (reader->error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
               /* Translators: %s explains what is wrong and where */
               _("The project file is damaged: %s"), detail);
  return FALSE;
}

/* invalid() with the place ("event 12") as the first argument of @format. */
#define invalid_at(reader, where, format, ...) \
  ({ g_autofree char *place_ = where_text (where); invalid ((reader), (format), place_, ##__VA_ARGS__); })

static gboolean
is_string (const DatelineJsonValue *value)
{
  return value != NULL && value->type == DATELINE_JSON_STRING;
}

static gboolean
is_boolean (const DatelineJsonValue *value)
{
  return value != NULL && value->type == DATELINE_JSON_BOOLEAN;
}

static const DatelineJsonValue *
get_object (Reader                  *reader,
            const DatelineJsonValue *value,
            const Where             *where)
{
  if (value == NULL || value->type != DATELINE_JSON_OBJECT)
    {
      invalid_at (reader, where, _("%s is not an object"));
      return NULL;
    }
  return value;
}

/* A required array member; a missing optional one reads as empty. */
static gboolean
get_array (Reader                   *reader,
           const DatelineJsonValue  *object,
           const char               *member,
           gboolean                  required,
           const Where              *where,
           const DatelineJsonValue **out)
{
  const DatelineJsonValue *value = dateline_json_value_get_member (object, member);
  g_autofree char *place = NULL;

  *out = NULL;
  if (value != NULL && value->type == DATELINE_JSON_ARRAY)
    {
      *out = value;
      return TRUE;
    }
  if (value == NULL && !required)
    return TRUE;

  place = where_text (where);
  if (value == NULL)
    return invalid (reader, _("%s has no “%s”"), place, member);
  return invalid (reader, _("“%s” of %s is not a list"), member, place);
}

static gboolean
get_string (Reader                   *reader,
            const DatelineJsonValue  *object,
            const char               *member,
            gboolean                  nullable,
            const Where              *where,
            const char              **out)
{
  const DatelineJsonValue *value = dateline_json_value_get_member (object, member);
  g_autofree char *place = NULL;

  *out = NULL;
  if (is_string (value))
    {
      *out = value->v.string;
      return TRUE;
    }
  if (value != NULL && value->type == DATELINE_JSON_NULL && nullable)
    return TRUE;

  place = where_text (where);
  if (value == NULL)
    return invalid (reader, _("%s has no “%s”"), place, member);
  return invalid (reader, _("“%s” of %s is not text"), member, place);
}

static gboolean
get_offset (Reader                  *reader,
            const DatelineJsonValue *object,
            const char              *member,
            const Where             *where,
            guint                   *out)
{
  const DatelineJsonValue *value = dateline_json_value_get_member (object, member);
  g_autofree char *place = NULL;

  if (value != NULL && value->type == DATELINE_JSON_INT &&
      value->v.integer >= 0 && value->v.integer <= G_MAXINT32)
    {
      *out = (guint) value->v.integer;
      return TRUE;
    }

  place = where_text (where);
  if (value == NULL)
    return invalid (reader, _("%s has no “%s”"), place, member);
  if (value->type != DATELINE_JSON_INT)
    return invalid (reader, _("“%s” of %s is not a whole number"), member, place);
  return invalid (reader, _("“%s” of %s is out of range"), member, place);
}

/* Reads "article", "start", "end" (code points) into an article and byte
 * offsets, checking that the span lies inside the article's text. */
static gboolean
read_span (Reader                   *reader,
           const DatelineJsonValue  *object,
           const Where              *where,
           DatelineArticle         **article,
           guint                    *start,
           guint                    *end)
{
  const char *article_id;
  guint char_start, char_end;

  if (!get_string (reader, object, "article", FALSE, where, &article_id) ||
      !get_offset (reader, object, "start", where, &char_start) ||
      !get_offset (reader, object, "end", where, &char_end))
    return FALSE;

  if (reader->span_article != NULL && strcmp (dateline_article_get_id (reader->span_article), article_id) == 0)
    *article = reader->span_article;
  else
    *article = reader->span_article = g_hash_table_lookup (reader->articles, article_id);
  if (*article == NULL)
    return invalid_at (reader, where, _("%s refers to an unknown article “%s”"), article_id);

  if (char_start > char_end || char_end > dateline_article_get_char_length (*article))
    return invalid_at (reader, where, _("%s points outside the text of article “%s”"), article_id);

  *start = dateline_article_char_to_byte (*article, char_start);
  *end = dateline_article_char_to_byte (*article, char_end);
  return TRUE;
}

static gboolean
read_when (Reader                  *reader,
           const DatelineJsonValue *object,
           const Where             *where,
           DatelineWhen            *when)
{
  const DatelineJsonValue *when_object;
  const char *value, *certainty, *granularity_str;
  DatelineGranularity granularity;

  *when = (DatelineWhen) DATELINE_WHEN_INIT;

  when_object = get_object (reader, dateline_json_value_get_member (object, "when"), where);
  if (when_object == NULL)
    return FALSE;

  if (!get_string (reader, when_object, "certainty", FALSE, where, &certainty))
    return FALSE;
  if (strcmp (certainty, "unknown") == 0)
    return TRUE;

  if (!get_string (reader, when_object, "value", TRUE, where, &value))
    return FALSE;
  if (value == NULL)
    return invalid_at (reader, where, _("%s has a certain date without a value"));
  if (!dateline_when_parse_value (value, when))
    return invalid_at (reader, where, _("%s has an impossible date “%s”"), value);

  /* The value fixes the span; a granularity that disagrees with it means
   * the file was edited by hand and cannot be trusted. */
  if (dateline_json_value_get_member (when_object, "granularity") != NULL &&
      get_string (reader, when_object, "granularity", TRUE, where, &granularity_str) &&
      granularity_str != NULL)
    {
      granularity = dateline_granularity_from_string (granularity_str);
      if (granularity != when->granularity)
        return invalid_at (reader, where, _("%s has a date “%s” that is not of granularity “%s”"),
                           value, granularity_str);
    }

  when->certainty = dateline_certainty_from_string (certainty);
  if (when->certainty == DATELINE_CERTAINTY_UNKNOWN)
    return invalid_at (reader, where, _("%s has an unknown certainty “%s”"), certainty);

  return TRUE;
}

/* The optional "trigger" span (inside the passage) and "when" of a source. */
static gboolean
read_source_extras (DatelineSource          *out,
                    Reader                  *reader,
                    const DatelineJsonValue *object,
                    const Where             *where,
                    DatelineArticle         *article,
                    guint                    passage_start,
                    guint                    passage_end)
{
  const DatelineJsonValue *value;

  out->when = (DatelineWhen) DATELINE_WHEN_INIT;
  out->trigger_start = out->trigger_end = 0;

  if ((value = dateline_json_value_get_member (object, "trigger")) != NULL)
    {
      const DatelineJsonValue *trigger = get_object (reader, value, where);
      guint start, end;

      if (trigger == NULL ||
          !get_offset (reader, trigger, "start", where, &start) ||
          !get_offset (reader, trigger, "end", where, &end))
        return FALSE;
      /* Checked before the conversion, which clamps to the text. */
      if (start > end || end > dateline_article_get_char_length (article))
        return invalid_at (reader, where, _("%s has a trigger outside its passage"));
      start = dateline_article_char_to_byte (article, start);
      end = dateline_article_char_to_byte (article, end);
      if (start > end || start < passage_start || end > passage_end)
        return invalid_at (reader, where, _("%s has a trigger outside its passage"));
      out->trigger_start = start;
      out->trigger_end = end;
    }

  if (dateline_json_value_get_member (object, "when") != NULL &&
      !read_when (reader, object, where, &out->when))
    return FALSE;

  return TRUE;
}

static gboolean
read_article (Reader                  *reader,
              const DatelineJsonValue *element,
              guint                    index)
{
  const Where where = { N_("article %u"), index };
  g_autoptr(DatelineArticle) article = NULL;
  const DatelineJsonValue *object, *published, *duplicate_of;
  const char *id, *title, *source, *text, *value, *origin;
  DatelineWhen when = DATELINE_WHEN_INIT;

  if (!(object = get_object (reader, element, &where)) ||
      !get_string (reader, object, "id", FALSE, &where, &id) ||
      !get_string (reader, object, "title", TRUE, &where, &title) ||
      !get_string (reader, object, "source", TRUE, &where, &source) ||
      !get_string (reader, object, "text", FALSE, &where, &text))
    return FALSE;

  if (*id == '\0')
    return invalid_at (reader, &where, _("%s has an empty id"));
  if (g_hash_table_contains (reader->articles, id))
    return invalid (reader, _("two articles have the id “%s”"), id);

  if (!(published = get_object (reader, dateline_json_value_get_member (object, "published"), &where)) ||
      !get_string (reader, published, "value", TRUE, &where, &value) ||
      !get_string (reader, published, "origin", FALSE, &where, &origin))
    return FALSE;
  if (value != NULL && !dateline_when_parse_value (value, &when))
    return invalid_at (reader, &where, _("%s has an impossible publication date “%s”"), value);

  article = dateline_article_new (id, title, source, text);
  dateline_article_set_published (article, &when, dateline_date_origin_from_string (origin));
  duplicate_of = dateline_json_value_get_member (object, "duplicate_of");
  if (is_string (duplicate_of) && strcmp (duplicate_of->v.string, id) != 0)
    dateline_article_set_duplicate_of (article, duplicate_of->v.string);
  g_hash_table_insert (reader->articles, g_strdup (id), g_object_ref (article));
  g_ptr_array_add (reader->article_list, g_steal_pointer (&article));
  return TRUE;
}

static gboolean
read_timex (Reader                  *reader,
            const DatelineJsonValue *element,
            guint                    index)
{
  const Where where = { N_("time expression %u"), index };
  const DatelineJsonValue *object, *mod;
  const char *type_str, *value_str, *anchor_str;
  DatelineArticle *article;
  DatelineTimexType type;
  DatelineAnchor anchor;
  DatelineTimex *timex;
  GPtrArray *list;
  guint start, end;

  if (!(object = get_object (reader, element, &where)) ||
      !read_span (reader, object, &where, &article, &start, &end) ||
      !get_string (reader, object, "type", FALSE, &where, &type_str) ||
      !get_string (reader, object, "value", FALSE, &where, &value_str) ||
      !get_string (reader, object, "anchor", FALSE, &where, &anchor_str))
    return FALSE;

  if (!dateline_timex_type_from_string (type_str, &type))
    return invalid_at (reader, &where, _("%s has an unknown type “%s”"), type_str);
  if (!dateline_anchor_from_string (anchor_str, &anchor))
    return invalid_at (reader, &where, _("%s has an unknown anchor “%s”"), anchor_str);

  timex = dateline_timex_new (start, end, type, value_str, anchor);
  /* Optional: TIMEX3's mod ("early March" is START of March). */
  mod = dateline_json_value_get_member (object, "mod");
  if (is_string (mod) && !dateline_timex_mod_from_string (mod->v.string, &timex->mod))
    {
      dateline_timex_free (timex);
      return invalid_at (reader, &where, _("%s has an unknown mod “%s”"), mod->v.string);
    }

  list = g_hash_table_lookup (reader->timexes, article);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func ((GDestroyNotify) dateline_timex_free);
      g_hash_table_insert (reader->timexes, article, list);
    }
  g_ptr_array_add (list, timex);
  return TRUE;
}

static gboolean
read_actor (Reader                  *reader,
            const DatelineJsonValue *element,
            guint                    index)
{
  const Where where = { N_("actor %u"), index };
  g_autoptr(DatelineActor) actor = NULL;
  const DatelineJsonValue *object, *aliases, *mentions;
  const char *id, *name, *kind_str;
  DatelineActorKind kind;

  if (!(object = get_object (reader, element, &where)) ||
      !get_string (reader, object, "id", FALSE, &where, &id) ||
      !get_string (reader, object, "name", FALSE, &where, &name) ||
      !get_string (reader, object, "kind", FALSE, &where, &kind_str) ||
      !get_array (reader, object, "aliases", FALSE, &where, &aliases) ||
      !get_array (reader, object, "mentions", FALSE, &where, &mentions))
    return FALSE;

  if (*id == '\0')
    return invalid_at (reader, &where, _("%s has an empty id"));
  if (g_hash_table_contains (reader->actors, id))
    return invalid (reader, _("two actors have the id “%s”"), id);
  if (!dateline_actor_kind_from_string (kind_str, &kind))
    return invalid_at (reader, &where, _("%s has an unknown kind “%s”"), kind_str);

  actor = dateline_actor_new (id, name, kind);

  for (guint j = 0; aliases != NULL && j < aliases->n; j++)
    {
      if (!is_string (&aliases->v.elements[j]))
        return invalid_at (reader, &where, _("an alias of %s is not text"));
      dateline_actor_add_alias (actor, aliases->v.elements[j].v.string);
    }

  for (guint j = 0; mentions != NULL && j < mentions->n; j++)
    {
      const DatelineJsonValue *mention;
      DatelineArticle *article;
      guint start, end;

      if (!(mention = get_object (reader, &mentions->v.elements[j], &where)) ||
          !read_span (reader, mention, &where, &article, &start, &end))
        return FALSE;
      dateline_actor_add_mention (actor, dateline_article_get_id (article), start, end);
    }

  g_hash_table_insert (reader->actors, g_strdup (id), g_object_ref (actor));
  g_hash_table_add (reader->actor_ids, (gpointer) dateline_intern (id));
  g_ptr_array_add (reader->actor_list, g_steal_pointer (&actor));
  return TRUE;
}

static gboolean
read_event (Reader                  *reader,
            const DatelineJsonValue *element,
            guint                    index)
{
  const Where where = { N_("event %u"), index };
  g_autoptr(DatelineEvent) event = NULL;
  const DatelineJsonValue *object, *actors, *sources, *member;
  const char *id, *title, *kind;
  DatelineWhen when;

  if (!(object = get_object (reader, element, &where)) ||
      !get_string (reader, object, "id", FALSE, &where, &id) ||
      !get_string (reader, object, "title", FALSE, &where, &title) ||
      !get_string (reader, object, "kind", FALSE, &where, &kind) ||
      !read_when (reader, object, &where, &when) ||
      !get_array (reader, object, "actors", FALSE, &where, &actors) ||
      !get_array (reader, object, "sources", TRUE, &where, &sources))
    return FALSE;

  if (*id == '\0')
    return invalid_at (reader, &where, _("%s has an empty id"));

  event = dateline_event_new (id, title, dateline_event_kind_from_string (kind));
  /* Keyed by the event's own copy of its id, checked and added at once.
   * A refused event leaves its freed id behind, but a refused event ends
   * the reading: the table is not looked at again. */
  if (!g_hash_table_add (reader->event_ids, (gpointer) dateline_event_get_id (event)))
    return invalid (reader, _("two events have the id “%s”"), id);
  dateline_event_set_when (event, &when);

  for (guint j = 0; actors != NULL && j < actors->n; j++)
    {
      const DatelineJsonValue *actor = &actors->v.elements[j];
      const char *interned;

      if (!is_string (actor))
        return invalid_at (reader, &where, _("an actor of %s is not text"));
      if (!(interned = g_hash_table_lookup (reader->actor_ids, actor->v.string)))
        return invalid_at (reader, &where, _("%s refers to an unknown actor “%s”"), actor->v.string);
      dateline_event_add_actor_interned (event, interned);
    }

  for (guint j = 0; j < sources->n; j++)
    {
      DatelineSource source_out = { 0 };
      const DatelineJsonValue *source;
      DatelineArticle *article;
      guint start, end;

      if (!(source = get_object (reader, &sources->v.elements[j], &where)) ||
          !read_span (reader, source, &where, &article, &start, &end) ||
          !read_source_extras (&source_out, reader, source, &where, article, start, end))
        return FALSE;

      /* The offsets are authoritative; "text" only repeats them. */
      g_string_truncate (reader->passage, 0);
      g_string_append_len (reader->passage, dateline_article_get_text (article) + start, end - start);
      if (article != reader->last_article)
        {
          reader->last_article = article;
          reader->last_article_id = dateline_intern (dateline_article_get_id (article));
        }
      source_out.article_id = (char *) reader->last_article_id;
      source_out.start = start;
      source_out.end = end;
      source_out.text = g_ref_string_new_intern (reader->passage->str);
      dateline_event_take_source (event, &source_out);
    }

  if (is_string (member = dateline_json_value_get_member (object, "notes")))
    dateline_event_set_notes (event, member->v.string);
  if (is_boolean (member = dateline_json_value_get_member (object, "edited")))
    dateline_event_set_edited (event, member->v.boolean);
  if (is_boolean (member = dateline_json_value_get_member (object, "scheduled")))
    dateline_event_set_scheduled (event, member->v.boolean);

  g_ptr_array_add (reader->event_list, g_steal_pointer (&event));
  return TRUE;
}

/* The lists of the root, in the order they must be read: each may refer
 * to those before it. */
typedef enum {
  LIST_ARTICLES,
  LIST_TIMEXES,
  LIST_ACTORS,
  LIST_EVENTS,
  N_LISTS
} List;

static const struct {
  const char *name;
  gboolean    required;
  gboolean  (*read) (Reader *, const DatelineJsonValue *, guint);
} lists[N_LISTS] = {
  [LIST_ARTICLES] = { "articles", TRUE, read_article },
  [LIST_TIMEXES] = { "timexes", FALSE, read_timex },
  [LIST_ACTORS] = { "actors", FALSE, read_actor },
  [LIST_EVENTS] = { "events", TRUE, read_event },
};

typedef enum {
  LIST_NOT_SEEN,
  LIST_DEFERRED,  /* seen before what it refers to: read at the end */
  LIST_DONE,
} ListState;

/* A long list is read on two cores: a thread parses the JSON ahead, in
 * batches, while this one checks each element and builds its object
 * (about half the time each). The first elements are read here alone, so
 * that a small project starts no thread. */
#define READ_AHEAD_AFTER 4096
#define READ_AHEAD_BATCH 1024
#define READ_AHEAD_SLOTS 4

typedef struct {
  DatelineJsonBatch *batch;
  int                status;  /* of dateline_json_reader_next_elements(); 0 also when stopped */
  GError            *error;
} ReadAheadSlot;

typedef struct {
  DatelineJsonReader *json;
  GAsyncQueue        *filled;  /* ReadAheadSlot, in the file's order */
  GAsyncQueue        *empty;
  int                 stop;    /* atomic: the elements went wrong, read no further */
} ReadAhead;

static gpointer
read_ahead_thread (gpointer data)
{
  ReadAhead *ahead = data;

  for (;;)
    {
      ReadAheadSlot *slot = g_async_queue_pop (ahead->empty);

      if (g_atomic_int_get (&ahead->stop))
        slot->status = 0;
      else
        slot->status = dateline_json_reader_next_elements (ahead->json, slot->batch,
                                                           READ_AHEAD_BATCH, &slot->error);
      g_async_queue_push (ahead->filled, slot);
      if (slot->status <= 0)
        return NULL;
    }
}

static gboolean
read_list_ahead (Reader             *reader,
                 DatelineJsonReader *json,
                 List                list,
                 guint              *index)
{
  ReadAheadSlot slots[READ_AHEAD_SLOTS];
  ReadAhead ahead = {
    .json = json,
    .filled = g_async_queue_new (),
    .empty = g_async_queue_new (),
    .stop = FALSE,
  };
  gboolean ok = TRUE, done = FALSE;
  GThread *thread;

  for (guint i = 0; i < READ_AHEAD_SLOTS; i++)
    {
      slots[i] = (ReadAheadSlot) { dateline_json_batch_new (), 0, NULL };
      g_async_queue_push (ahead.empty, &slots[i]);
    }
  thread = g_thread_new ("dateline-read", read_ahead_thread, &ahead);

  while (!done)
    {
      ReadAheadSlot *slot = g_async_queue_pop (ahead.filled);
      DatelineJsonValue **elements;
      guint n_elements;

      elements = dateline_json_batch_get_elements (slot->batch, &n_elements);
      for (guint i = 0; ok && i < n_elements; i++)
        if (!lists[list].read (reader, elements[i], ++*index))
          {
            ok = FALSE;
            g_atomic_int_set (&ahead.stop, TRUE);
          }
      if (ok && slot->status < 0)
        {
          g_propagate_error (reader->error, g_steal_pointer (&slot->error));
          ok = FALSE;
        }
      g_clear_error (&slot->error);
      done = slot->status <= 0;
      g_async_queue_push (ahead.empty, slot);
    }

  g_thread_join (thread);
  for (guint i = 0; i < READ_AHEAD_SLOTS; i++)
    dateline_json_batch_free (slots[i].batch);
  g_async_queue_unref (ahead.filled);
  g_async_queue_unref (ahead.empty);

  return ok;
}

/* Reads the list member ahead, element by element. */
static gboolean
read_list (Reader             *reader,
           DatelineJsonReader *json,
           List                list)
{
  DatelineJsonValue *element;
  guint index = 0;
  int r;

  r = dateline_json_reader_begin_array (json, reader->error);
  if (r < 0)
    return FALSE;
  if (r == 0)
    {
      g_autofree char *place = where_text (&the_project);

      /* Read it for a syntax error first, which matters more. */
      if (!dateline_json_reader_read_value (json, &element, reader->error))
        return FALSE;
      return invalid (reader, _("“%s” of %s is not a list"), lists[list].name, place);
    }

  while (index < READ_AHEAD_AFTER &&
         (r = dateline_json_reader_next_element (json, &element, reader->error)) > 0)
    if (!lists[list].read (reader, element, ++index))
      return FALSE;
  dateline_json_reader_reset (json);

  if (r > 0)
    return read_list_ahead (reader, json, list, &index);
  return r == 0;
}

/* "format" and "version", once both have been read (or the root ended). */
static gboolean
check_header (Reader     *reader,
              const char *format,
              gboolean    has_version,
              gint64      version)
{
  if (g_strcmp0 (format, "dateline") != 0)
    {
      g_set_error (reader->error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                   _("This is not a Dateline project"));
      return FALSE;
    }
  if (!has_version || version < 1)
    return invalid (reader, _("the format version is missing"));
  if (version > DATELINE_PROJECT_FORMAT_VERSION)
    {
      g_set_error (reader->error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_NEWER_VERSION,
                   _("This project was saved by a newer version of Dateline (format %d); "
                     "this version reads format %d. Update Dateline to open it."),
                   (int) MIN (version, G_MAXINT), DATELINE_PROJECT_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* A list can be read when the header is good and what it refers to has
 * been read: articles first, then time expressions and actors (which
 * point into articles), then events (which point to both). */
static gboolean
list_ready (const ListState *state,
            gboolean         header_read,
            List             list)
{
  if (!header_read)
    return FALSE;
  switch (list)
    {
    case LIST_ARTICLES:
      return TRUE;
    case LIST_TIMEXES:
    case LIST_ACTORS:
      return state[LIST_ARTICLES] == LIST_DONE;
    case LIST_EVENTS:
      return state[LIST_ARTICLES] == LIST_DONE && state[LIST_ACTORS] == LIST_DONE;
    case N_LISTS:
    default:
      g_assert_not_reached ();
    }
}

static DatelineProject *
read_project (GInputStream  *in,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(DatelineJsonReader) json = dateline_json_reader_new (in, cancellable);
  g_autoptr(GHashTable) article_table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) actor_table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) event_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) actor_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) timexes = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) passage = g_string_sized_new (256);
  g_autofree char *format = NULL;
  g_autofree char *title = NULL;
  ListState state[N_LISTS] = { 0 };
  DatelineJsonMark marks[N_LISTS];
  gboolean has_format = FALSE, has_version = FALSE;
  gint64 version = 0;
  DatelineProject *self;
  GHashTableIter iter;
  gpointer key, value;
  Reader reader = {
    .error = error,
    .articles = article_table,
    .actors = actor_table,
    .actor_ids = actor_ids,
    .event_ids = event_ids,
    .timexes = timexes,
    .article_list = articles,
    .actor_list = actors,
    .event_list = events,
    .passage = passage,
  };
  const char *name;
  int r;

  if (!dateline_json_reader_enter_root (json, error))
    return NULL;

  while ((r = dateline_json_reader_next_member (json, &name, error)) > 0)
    {
      DatelineJsonValue *member;
      gboolean header_read = has_format && has_version;
      int list = -1;

      for (guint i = 0; i < N_LISTS; i++)
        if (strcmp (name, lists[i].name) == 0)
          list = (int) i;

      if (list >= 0)
        {
          if (state[list] != LIST_NOT_SEEN)
            {
              invalid (&reader, _("the project has “%s” twice"), lists[list].name);
              return NULL;
            }
          if (header_read && !check_header (&reader, format, has_version, version))
            return NULL;
          if (list_ready (state, header_read, (List) list))
            {
              if (!read_list (&reader, json, (List) list))
                return NULL;
              state[list] = LIST_DONE;
            }
          else
            {
              /* Come back to it once what it needs is read. */
              marks[list] = dateline_json_reader_mark (json);
              if (!dateline_json_reader_skip_value (json, error))
                return NULL;
              state[list] = LIST_DEFERRED;
            }
          continue;
        }

      if (strcmp (name, "format") == 0 || strcmp (name, "version") == 0 || strcmp (name, "title") == 0)
        {
          gboolean is_format = strcmp (name, "format") == 0;
          gboolean is_version = strcmp (name, "version") == 0;

          if (!dateline_json_reader_read_value (json, &member, error))
            return NULL;
          if (is_format)
            {
              has_format = TRUE;
              g_free (format);
              format = is_string (member) ? g_strdup (member->v.string) : NULL;
            }
          else if (is_version)
            {
              has_version = member->type == DATELINE_JSON_INT;
              version = has_version ? member->v.integer : 0;
            }
          else if (is_string (member))
            {
              g_free (title);
              title = g_strdup (member->v.string);
            }
          dateline_json_reader_reset (json);
          continue;
        }

      if (!dateline_json_reader_skip_value (json, error))
        return NULL;
    }
  if (r < 0)
    return NULL;

  if (!check_header (&reader, format, has_version, version))
    return NULL;

  for (guint i = 0; i < N_LISTS; i++)
    {
      if (state[i] == LIST_NOT_SEEN && lists[i].required)
        {
          g_autofree char *place = where_text (&the_project);

          invalid (&reader, _("%s has no “%s”"), place, lists[i].name);
          return NULL;
        }
      if (state[i] == LIST_DEFERRED)
        {
          if (!dateline_json_reader_seek (json, marks[i], error) ||
              !read_list (&reader, json, (List) i))
            return NULL;
          state[i] = LIST_DONE;
        }
    }

  g_hash_table_iter_init (&iter, timexes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    dateline_article_take_timexes (key, g_ptr_array_ref (value));

  self = dateline_project_new ();
  if (title != NULL)
    dateline_project_set_title (self, title);
  for (guint i = 0; i < articles->len; i++)
    dateline_project_add_article (self, g_ptr_array_index (articles, i));
  for (guint i = 0; i < actors->len; i++)
    dateline_project_add_actor (self, g_ptr_array_index (actors, i));
  /* The ids were checked to be unique while reading; the project builds
   * its index again only if events are added. */
  dateline_event_list_splice (self->events, 0, 0, events);

  return self;
}

/**
 * dateline_project_new_from_data:
 *
 * Parses and validates a project file. On any problem — not JSON, not a
 * Dateline project, a newer format version, a wrong type, a duplicate id, a
 * reference to something that does not exist, an offset outside its text,
 * an impossible date — returns NULL with an error that says what and where,
 * and builds nothing.
 *
 * Returns: (transfer full) (nullable): the project
 */
DatelineProject *
dateline_project_new_from_data (const char  *data,
                                gssize       length,
                                GError     **error)
{
  g_autoptr(GInputStream) in = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);

  in = g_memory_input_stream_new_from_data (data, length, NULL);
  return read_project (in, NULL, error);
}

/* Largest project file read, in bytes: sixteen articles of the largest
 * size the ingester accepts, and their events. */
#define MAX_PROJECT_BYTES ((gsize) 1 << 30)

/* A stream of a project file's bytes. What is not a file or a pipe (a
 * device: /dev/zero behind a link named .dateline) is refused before it is
 * read. A file is read as it is parsed; a pipe, which cannot be read
 * twice (the reader goes back when lists come in an unusual order), is
 * read into memory first, no more than MAX_PROJECT_BYTES of it, so that a
 * hostile name cannot make Dateline read until memory runs out. */
static GInputStream *
open_project_file (GFile         *file,
                   const char    *name,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autofree guint8 *buffer = NULL;
  guint32 mode;
  gssize n;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  mode = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE);
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("“%s” is a folder, not a project"), name);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL && (S_ISCHR (mode) || S_ISBLK (mode)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("“%s” is a device, not a project"), name);
      return NULL;
    }
  if ((gsize) g_file_info_get_size (info) > MAX_PROJECT_BYTES)
    goto too_large;

  in = g_file_read (file, cancellable, error);
  if (in == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      g_seekable_can_seek (G_SEEKABLE (in)))
    return G_INPUT_STREAM (g_steal_pointer (&in));

  bytes = g_byte_array_new ();
  buffer = g_malloc (64 * 1024);
  while ((n = g_input_stream_read (G_INPUT_STREAM (in), buffer, 64 * 1024, cancellable, error)) > 0)
    {
      if (bytes->len + (gsize) n > MAX_PROJECT_BYTES)
        goto too_large;
      g_byte_array_append (bytes, buffer, (guint) n);
    }
  if (n < 0)
    return NULL;

  {
    g_autoptr(GBytes) data = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));

    return g_memory_input_stream_new_from_bytes (data);
  }

too_large:
  {
    g_autofree char *limit = g_format_size (MAX_PROJECT_BYTES);

    g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                 _("“%s” is larger than a project can be (%s)"), name, limit);
    return NULL;
  }
}

/**
 * dateline_project_new_from_file:
 *
 * Returns: (transfer full) (nullable): the project, or NULL with an error
 * that names the file
 */
DatelineProject *
dateline_project_new_from_file (GFile         *file,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  DatelineProject *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* The name goes into a message: UTF-8 even when the file's is not. */
  basename = g_file_get_basename (file);
  name = basename != NULL ? g_filename_display_name (basename) : g_file_get_parse_name (file);
  if (!(in = open_project_file (file, name, cancellable, &local_error)))
    {
      /* GIO's messages may not name the file; ours do already. */
      if (strstr (local_error->message, name) == NULL)
        g_prefix_error (&local_error, "%s: ", name);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  self = read_project (in, cancellable, &local_error);
  if (self == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }

  return self;
}
