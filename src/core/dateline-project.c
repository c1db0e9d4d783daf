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
#include "dateline-util-private.h"

struct _DatelineProject
{
  GObject     parent_instance;

  char       *title;

  GListStore *articles;
  GListStore *actors;
  GListStore *events;

  /* id → object, borrowed from the stores */
  GHashTable *article_by_id;
  GHashTable *actor_by_id;
  GHashTable *event_ids;

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
  self->events = g_list_store_new (DATELINE_TYPE_EVENT);
  self->article_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->actor_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->event_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
  while (g_hash_table_contains (self->event_ids, id));

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

      if (id == NULL || *id == '\0' || g_hash_table_contains (self->event_ids, id))
        {
          g_autofree char *fresh = dateline_project_dup_next_event_id (self);
          g_object_set (event, "id", fresh, NULL);
        }

      g_hash_table_add (self->event_ids, g_strdup (dateline_event_get_id (event)));
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  g_list_store_splice (self->events, n_items, 0, events->pdata, events->len);
}

void
dateline_project_replace_events (DatelineProject *self,
                                 GPtrArray       *events)
{
  guint n_items;

  g_return_if_fail (DATELINE_IS_PROJECT (self));
  g_return_if_fail (events != NULL);

  g_hash_table_remove_all (self->event_ids);
  for (guint i = 0; i < events->len; i++)
    {
      DatelineEvent *event = g_ptr_array_index (events, i);
      const char *id = dateline_event_get_id (event);

      if (id == NULL || *id == '\0' || g_hash_table_contains (self->event_ids, id))
        {
          g_autofree char *fresh = dateline_project_dup_next_event_id (self);
          g_object_set (event, "id", fresh, NULL);
        }
      g_hash_table_add (self->event_ids, g_strdup (dateline_event_get_id (event)));
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  g_list_store_splice (self->events, 0, n_items, events->pdata, events->len);
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
      GArray *sources = dateline_event_get_sources (event);

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

static void
add_when_member (JsonBuilder        *builder,
                 const char         *member,
                 const DatelineWhen *when)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);

  if (dateline_when_is_dated (when))
    {
      g_autofree char *value = dateline_when_dup_value (when);
      char buf[16];

      json_builder_set_member_name (builder, "value");
      json_builder_add_string_value (builder, value);
      dateline_when_format_day (when->start, buf);
      json_builder_set_member_name (builder, "start");
      json_builder_add_string_value (builder, buf);
      dateline_when_format_day (when->end, buf);
      json_builder_set_member_name (builder, "end");
      json_builder_add_string_value (builder, buf);
      json_builder_set_member_name (builder, "granularity");
      json_builder_add_string_value (builder, dateline_granularity_to_string (when->granularity));
      json_builder_set_member_name (builder, "certainty");
      json_builder_add_string_value (builder, dateline_certainty_to_string (when->certainty));
    }
  else
    {
      json_builder_set_member_name (builder, "value");
      json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "start");
      json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "end");
      json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "granularity");
      json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "certainty");
      json_builder_add_string_value (builder, "unknown");
    }

  json_builder_end_object (builder);
}

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

static void
add_articles (DatelineProject *self,
              JsonBuilder     *builder)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      const DatelineWhen *published = dateline_article_get_published (article);

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
    }
  json_builder_end_array (builder);
}

static void
add_timexes (DatelineProject *self,
             JsonBuilder     *builder)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));

  json_builder_set_member_name (builder, "timexes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      GPtrArray *timexes = dateline_article_get_timexes (article);

      for (guint j = 0; j < timexes->len; j++)
        {
          const DatelineTimex *timex = g_ptr_array_index (timexes, j);

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
        }
    }
  json_builder_end_array (builder);
}

static void
add_actors (DatelineProject *self,
            JsonBuilder     *builder)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actors));

  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineActor) actor = g_list_model_get_item (G_LIST_MODEL (self->actors), i);
      const char * const *aliases = dateline_actor_get_aliases (actor);
      GArray *mentions = dateline_actor_get_mentions (actor);

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
    }
  json_builder_end_array (builder);
}

static void
add_events (DatelineProject *self,
            JsonBuilder     *builder)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);
      const char * const *actors = dateline_event_get_actors (event);
      GArray *sources = dateline_event_get_sources (event);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, dateline_event_get_id (event));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, dateline_event_get_title (event) ?: "");
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, dateline_event_kind_to_string (dateline_event_get_kind (event)));
      add_when_member (builder, "when", dateline_event_get_when (event));

      json_builder_set_member_name (builder, "actors");
      json_builder_begin_array (builder);
      for (guint j = 0; actors[j] != NULL; j++)
        json_builder_add_string_value (builder, actors[j]);
      json_builder_end_array (builder);

      json_builder_set_member_name (builder, "sources");
      json_builder_begin_array (builder);
      for (guint j = 0; j < sources->len; j++)
        {
          const DatelineSource *source = &g_array_index (sources, DatelineSource, j);
          DatelineArticle *article = dateline_project_lookup_article (self, source->article_id);

          if (article == NULL)
            continue;
          json_builder_begin_object (builder);
          add_span_members (builder, article, source->start, source->end, TRUE);
          if (source->trigger_end > source->trigger_start)
            {
              json_builder_set_member_name (builder, "trigger");
              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "start");
              json_builder_add_int_value (builder, dateline_article_byte_to_char (article, source->trigger_start));
              json_builder_set_member_name (builder, "end");
              json_builder_add_int_value (builder, dateline_article_byte_to_char (article, source->trigger_end));
              json_builder_end_object (builder);
            }
          if (dateline_when_is_dated (&source->when))
            add_when_member (builder, "when", &source->when);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);

      if (dateline_event_get_notes (event) != NULL)
        {
          json_builder_set_member_name (builder, "notes");
          json_builder_add_string_value (builder, dateline_event_get_notes (event));
        }
      if (dateline_event_get_scheduled (event))
        {
          json_builder_set_member_name (builder, "scheduled");
          json_builder_add_boolean_value (builder, TRUE);
        }
      if (dateline_event_get_edited (event))
        {
          json_builder_set_member_name (builder, "edited");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * dateline_project_to_json:
 *
 * Returns: (transfer full): the project as project-format.md describes it
 */
JsonNode *
dateline_project_to_json (DatelineProject *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "dateline");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, DATELINE_PROJECT_FORMAT_VERSION);
  json_builder_set_member_name (builder, "generator");
  json_builder_add_string_value (builder, "dateline " PACKAGE_VERSION);
  if (self->title != NULL)
    {
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, self->title);
    }
  add_articles (self, builder);
  add_timexes (self, builder);
  add_actors (self, builder);
  add_events (self, builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
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
  g_autoptr(JsonNode) root = NULL;
  GString *out;

  g_return_val_if_fail (DATELINE_IS_PROJECT (self), NULL);

  root = dateline_project_to_json (self);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);

  out = g_string_new (NULL);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
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
/* assembled when the whole file is good.                                 */
/* ---------------------------------------------------------------------- */

typedef struct {
  GError          **error;
  GHashTable       *articles;  /* id → DatelineArticle, owned */
  GHashTable       *actors;    /* id → DatelineActor, owned */
} Reader;

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

static JsonObject *
get_object (Reader     *reader,
            JsonNode   *node,
            const char *where)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (reader, _("%s is not an object"), where);
      return NULL;
    }
  return json_node_get_object (node);
}

/* A required array member; a missing optional one reads as empty. */
static gboolean
get_array (Reader      *reader,
           JsonObject  *object,
           const char  *member,
           gboolean     required,
           const char  *where,
           JsonArray  **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL)
    {
      if (required)
        return invalid (reader, _("%s has no “%s”"), where, member);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (reader, _("“%s” of %s is not a list"), member, where);

  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
get_string (Reader      *reader,
            JsonObject  *object,
            const char  *member,
            gboolean     nullable,
            const char  *where,
            const char **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL)
    return invalid (reader, _("%s has no “%s”"), where, member);
  if (JSON_NODE_HOLDS_NULL (node) && nullable)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (reader, _("“%s” of %s is not text"), member, where);

  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_offset (Reader     *reader,
            JsonObject *object,
            const char *member,
            const char *where,
            guint      *out)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL)
    return invalid (reader, _("%s has no “%s”"), where, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return invalid (reader, _("“%s” of %s is not a whole number"), member, where);

  value = json_node_get_int (node);
  if (value < 0 || value > G_MAXINT32)
    return invalid (reader, _("“%s” of %s is out of range"), member, where);

  *out = (guint) value;
  return TRUE;
}

/* Reads "article", "start", "end" (code points) into an article and byte
 * offsets, checking that the span lies inside the article's text. */
static gboolean
read_span (Reader           *reader,
           JsonObject       *object,
           const char       *where,
           DatelineArticle **article,
           guint            *start,
           guint            *end)
{
  const char *article_id;
  guint char_start, char_end;

  if (!get_string (reader, object, "article", FALSE, where, &article_id) ||
      !get_offset (reader, object, "start", where, &char_start) ||
      !get_offset (reader, object, "end", where, &char_end))
    return FALSE;

  *article = g_hash_table_lookup (reader->articles, article_id);
  if (*article == NULL)
    return invalid (reader, _("%s refers to an unknown article “%s”"), where, article_id);

  if (char_start > char_end || char_end > dateline_article_get_char_length (*article))
    return invalid (reader, _("%s points outside the text of article “%s”"), where, article_id);

  *start = dateline_article_char_to_byte (*article, char_start);
  *end = dateline_article_char_to_byte (*article, char_end);
  return TRUE;
}

static gboolean
read_when (Reader       *reader,
           JsonObject   *object,
           const char   *where,
           DatelineWhen *when)
{
  JsonObject *when_object;
  const char *value, *certainty, *granularity_str;
  DatelineGranularity granularity;

  *when = (DatelineWhen) DATELINE_WHEN_INIT;

  when_object = get_object (reader, json_object_get_member (object, "when"), where);
  if (when_object == NULL)
    return FALSE;

  if (!get_string (reader, when_object, "certainty", FALSE, where, &certainty))
    return FALSE;
  if (g_strcmp0 (certainty, "unknown") == 0)
    return TRUE;

  if (!get_string (reader, when_object, "value", TRUE, where, &value))
    return FALSE;
  if (value == NULL)
    return invalid (reader, _("%s has a certain date without a value"), where);
  if (!dateline_when_parse_value (value, when))
    return invalid (reader, _("%s has an impossible date “%s”"), where, value);

  /* The value fixes the span; a granularity that disagrees with it means
   * the file was edited by hand and cannot be trusted. */
  if (json_object_has_member (when_object, "granularity") &&
      get_string (reader, when_object, "granularity", TRUE, where, &granularity_str) &&
      granularity_str != NULL)
    {
      granularity = dateline_granularity_from_string (granularity_str);
      if (granularity != when->granularity)
        return invalid (reader, _("%s has a date “%s” that is not of granularity “%s”"),
                        where, value, granularity_str);
    }

  when->certainty = dateline_certainty_from_string (certainty);
  if (when->certainty == DATELINE_CERTAINTY_UNKNOWN)
    return invalid (reader, _("%s has an unknown certainty “%s”"), where, certainty);

  return TRUE;
}

/* The optional "trigger" span (inside the passage) and "when" of a source. */
static gboolean
read_source_extras (DatelineSource  *out,
                    Reader          *reader,
                    JsonObject      *object,
                    const char      *where,
                    DatelineArticle *article,
                    guint            passage_start,
                    guint            passage_end)
{
  JsonNode *node;

  out->when = (DatelineWhen) DATELINE_WHEN_INIT;
  out->trigger_start = out->trigger_end = 0;

  if ((node = json_object_get_member (object, "trigger")) != NULL)
    {
      JsonObject *trigger = get_object (reader, node, where);
      guint start, end;

      if (trigger == NULL ||
          !get_offset (reader, trigger, "start", where, &start) ||
          !get_offset (reader, trigger, "end", where, &end))
        return FALSE;
      /* Checked before the conversion, which clamps to the text. */
      if (start > end || end > dateline_article_get_char_length (article))
        return invalid (reader, _("%s has a trigger outside its passage"), where);
      start = dateline_article_char_to_byte (article, start);
      end = dateline_article_char_to_byte (article, end);
      if (start > end || start < passage_start || end > passage_end)
        return invalid (reader, _("%s has a trigger outside its passage"), where);
      out->trigger_start = start;
      out->trigger_end = end;
    }

  if (json_object_has_member (object, "when") &&
      !read_when (reader, object, where, &out->when))
    return FALSE;

  return TRUE;
}

static gboolean
read_articles (Reader     *reader,
               JsonObject *root,
               GPtrArray  *out)
{
  JsonArray *array;

  if (!get_array (reader, root, "articles", TRUE, _("the project"), &array))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf (_("article %u"), i + 1);
      g_autoptr(DatelineArticle) article = NULL;
      JsonObject *object, *published;
      JsonNode *node;
      const char *id, *title, *source, *text, *value, *origin;
      DatelineWhen when = DATELINE_WHEN_INIT;

      if (!(object = get_object (reader, json_array_get_element (array, i), where)) ||
          !get_string (reader, object, "id", FALSE, where, &id) ||
          !get_string (reader, object, "title", TRUE, where, &title) ||
          !get_string (reader, object, "source", TRUE, where, &source) ||
          !get_string (reader, object, "text", FALSE, where, &text))
        return FALSE;

      if (*id == '\0')
        return invalid (reader, _("%s has an empty id"), where);
      if (g_hash_table_contains (reader->articles, id))
        return invalid (reader, _("two articles have the id “%s”"), id);

      if (!(published = get_object (reader, json_object_get_member (object, "published"), where)) ||
          !get_string (reader, published, "value", TRUE, where, &value) ||
          !get_string (reader, published, "origin", FALSE, where, &origin))
        return FALSE;
      if (value != NULL && !dateline_when_parse_value (value, &when))
        return invalid (reader, _("%s has an impossible publication date “%s”"), where, value);

      article = dateline_article_new (id, title, source, text);
      dateline_article_set_published (article, &when, dateline_date_origin_from_string (origin));
      if ((node = json_object_get_member (object, "duplicate_of")) != NULL &&
          JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
          g_strcmp0 (json_node_get_string (node), id) != 0)
        dateline_article_set_duplicate_of (article, json_node_get_string (node));
      g_hash_table_insert (reader->articles, g_strdup (id), g_object_ref (article));
      g_ptr_array_add (out, g_steal_pointer (&article));
    }

  return TRUE;
}

static gboolean
read_timexes (Reader     *reader,
              JsonObject *root)
{
  g_autoptr(GHashTable) per_article = NULL;
  GHashTableIter iter;
  gpointer key, value;
  JsonArray *array;

  if (!get_array (reader, root, "timexes", FALSE, _("the project"), &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  per_article = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                       (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf (_("time expression %u"), i + 1);
      DatelineArticle *article;
      JsonObject *object;
      const char *type_str, *value_str, *anchor_str;
      JsonNode *node;
      DatelineTimexType type;
      DatelineAnchor anchor;
      DatelineTimex *timex;
      GPtrArray *list;
      guint start, end;

      if (!(object = get_object (reader, json_array_get_element (array, i), where)) ||
          !read_span (reader, object, where, &article, &start, &end) ||
          !get_string (reader, object, "type", FALSE, where, &type_str) ||
          !get_string (reader, object, "value", FALSE, where, &value_str) ||
          !get_string (reader, object, "anchor", FALSE, where, &anchor_str))
        return FALSE;

      if (!dateline_timex_type_from_string (type_str, &type))
        return invalid (reader, _("%s has an unknown type “%s”"), where, type_str);
      if (!dateline_anchor_from_string (anchor_str, &anchor))
        return invalid (reader, _("%s has an unknown anchor “%s”"), where, anchor_str);

      timex = dateline_timex_new (start, end, type, value_str, anchor);
      /* Optional: TIMEX3's mod ("early March" is START of March). */
      if ((node = json_object_get_member (object, "mod")) != NULL &&
          JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
          !dateline_timex_mod_from_string (json_node_get_string (node), &timex->mod))
        {
          dateline_timex_free (timex);
          return invalid (reader, _("%s has an unknown mod “%s”"), where, json_node_get_string (node));
        }
      list = g_hash_table_lookup (per_article, article);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify) dateline_timex_free);
          g_hash_table_insert (per_article, article, list);
        }
      g_ptr_array_add (list, timex);
    }

  g_hash_table_iter_init (&iter, per_article);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      dateline_article_take_timexes (key, g_ptr_array_ref (value));
    }

  return TRUE;
}

static gboolean
read_actors (Reader     *reader,
             JsonObject *root,
             GPtrArray  *out)
{
  JsonArray *array;

  if (!get_array (reader, root, "actors", FALSE, _("the project"), &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf (_("actor %u"), i + 1);
      g_autoptr(DatelineActor) actor = NULL;
      JsonArray *aliases, *mentions;
      JsonObject *object;
      const char *id, *name, *kind_str;
      DatelineActorKind kind;

      if (!(object = get_object (reader, json_array_get_element (array, i), where)) ||
          !get_string (reader, object, "id", FALSE, where, &id) ||
          !get_string (reader, object, "name", FALSE, where, &name) ||
          !get_string (reader, object, "kind", FALSE, where, &kind_str) ||
          !get_array (reader, object, "aliases", FALSE, where, &aliases) ||
          !get_array (reader, object, "mentions", FALSE, where, &mentions))
        return FALSE;

      if (*id == '\0')
        return invalid (reader, _("%s has an empty id"), where);
      if (g_hash_table_contains (reader->actors, id))
        return invalid (reader, _("two actors have the id “%s”"), id);
      if (!dateline_actor_kind_from_string (kind_str, &kind))
        return invalid (reader, _("%s has an unknown kind “%s”"), where, kind_str);

      actor = dateline_actor_new (id, name, kind);

      for (guint j = 0; aliases != NULL && j < json_array_get_length (aliases); j++)
        {
          JsonNode *node = json_array_get_element (aliases, j);

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            return invalid (reader, _("an alias of %s is not text"), where);
          dateline_actor_add_alias (actor, json_node_get_string (node));
        }

      for (guint j = 0; mentions != NULL && j < json_array_get_length (mentions); j++)
        {
          DatelineArticle *article;
          JsonObject *mention;
          guint start, end;

          if (!(mention = get_object (reader, json_array_get_element (mentions, j), where)) ||
              !read_span (reader, mention, where, &article, &start, &end))
            return FALSE;
          dateline_actor_add_mention (actor, dateline_article_get_id (article), start, end);
        }

      g_hash_table_insert (reader->actors, g_strdup (id), g_object_ref (actor));
      g_ptr_array_add (out, g_steal_pointer (&actor));
    }

  return TRUE;
}

static gboolean
read_events (Reader     *reader,
             JsonObject *root,
             GPtrArray  *out)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!get_array (reader, root, "events", TRUE, _("the project"), &array))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf (_("event %u"), i + 1);
      g_autoptr(DatelineEvent) event = NULL;
      JsonArray *actors, *sources;
      JsonObject *object;
      const char *id, *title, *kind;
      DatelineWhen when;
      JsonNode *node;

      if (!(object = get_object (reader, json_array_get_element (array, i), where)) ||
          !get_string (reader, object, "id", FALSE, where, &id) ||
          !get_string (reader, object, "title", FALSE, where, &title) ||
          !get_string (reader, object, "kind", FALSE, where, &kind) ||
          !read_when (reader, object, where, &when) ||
          !get_array (reader, object, "actors", FALSE, where, &actors) ||
          !get_array (reader, object, "sources", TRUE, where, &sources))
        return FALSE;

      if (*id == '\0')
        return invalid (reader, _("%s has an empty id"), where);
      if (g_hash_table_contains (ids, id))
        return invalid (reader, _("two events have the id “%s”"), id);
      g_hash_table_add (ids, (gpointer) id);

      event = dateline_event_new (id, title, dateline_event_kind_from_string (kind));
      dateline_event_set_when (event, &when);

      for (guint j = 0; actors != NULL && j < json_array_get_length (actors); j++)
        {
          const char *actor_id;

          node = json_array_get_element (actors, j);
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            return invalid (reader, _("an actor of %s is not text"), where);
          actor_id = json_node_get_string (node);
          if (!g_hash_table_contains (reader->actors, actor_id))
            return invalid (reader, _("%s refers to an unknown actor “%s”"), where, actor_id);
          dateline_event_add_actor (event, actor_id);
        }

      for (guint j = 0; j < json_array_get_length (sources); j++)
        {
          DatelineArticle *article;
          DatelineSource reader_source = { 0 };
          JsonObject *source;
          guint start, end;
          g_autofree char *passage = NULL;

          if (!(source = get_object (reader, json_array_get_element (sources, j), where)) ||
              !read_span (reader, source, where, &article, &start, &end))
            return FALSE;

          /* The offsets are authoritative; "text" only repeats them. */
          passage = g_strndup (dateline_article_get_text (article) + start, end - start);
          if (!read_source_extras (&reader_source, reader, source, where, article, start, end))
            return FALSE;
          reader_source.article_id = (char *) dateline_article_get_id (article);
          reader_source.start = start;
          reader_source.end = end;
          reader_source.text = passage;
          dateline_event_add_source_full (event, &reader_source);
        }

      if ((node = json_object_get_member (object, "notes")) != NULL &&
          JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        dateline_event_set_notes (event, json_node_get_string (node));
      if ((node = json_object_get_member (object, "edited")) != NULL &&
          JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        dateline_event_set_edited (event, json_node_get_boolean (node));
      if ((node = json_object_get_member (object, "scheduled")) != NULL &&
          JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        dateline_event_set_scheduled (event, json_node_get_boolean (node));

      g_ptr_array_add (out, g_steal_pointer (&event));
    }

  return TRUE;
}

/* Deeper than any project: the format nests five levels. */
#define MAX_JSON_DEPTH 256

typedef enum {
  JSON_SHAPE_OK,             /* one object, or broken in a way json-glib reports */
  JSON_SHAPE_EMPTY,
  JSON_SHAPE_NOT_OBJECT,
  JSON_SHAPE_TOO_DEEP,
  JSON_SHAPE_TRAILING_DATA,
  JSON_SHAPE_BAD_ESCAPE,
} JsonShape;

/* The four hex digits of a \u escape at @p, or -1. */
static int
unicode_escape_value (const char *p,
                      const char *end)
{
  int value = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return -1;
  for (int i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Moves *@p (at a backslash and a "u") to the last character of a whole
 * \u escape: four hex digits, and a surrogate only as a pair. FALSE for
 * anything else. json-glib 1.6 leaks memory on some broken surrogate
 * escapes and decodes others into bytes that are not UTF-8. */
static gboolean
skip_unicode_escape (const char **p,
                     const char  *end)
{
  int value = unicode_escape_value (*p, end);

  if (value < 0 || (value >= 0xDC00 && value <= 0xDFFF))
    return FALSE;
  if (value >= 0xD800 && value <= 0xDBFF)
    {
      int low = end - *p >= 12 ? unicode_escape_value (*p + 6, end) : -1;

      if (low < 0xDC00 || low > 0xDFFF)
        return FALSE;
      *p += 6;
    }
  *p += 4;
  return TRUE;
}

/* json-glib 1.6 parses recursively and reads on after the first top-level
 * value: a file nested a hundred thousand brackets deep overflows the
 * stack (a crash on open), and a value after the first leaks it. Neither
 * is a project, so both are refused before json-glib sees them. The scan
 * splits the text as json-glib does ("strings" with escapes, 'strings'
 * without, comments) and only counts brackets; whatever else is wrong is
 * left to json-glib, which says where. */
static JsonShape
check_json_shape (const char *data,
                  gsize       length,
                  guint      *line)
{
  const char *p = data;
  const char *end = data + length;
  guint depth = 0;
  gboolean seen_root = FALSE;

  *line = 1;
  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  for (; p < end; p++)
    {
      char c = *p;

      if (c == '\n')
        (*line)++;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        continue;

      if (c == '/' && p + 1 < end && p[1] == '*')
        {
          /* json-glib 1.6 ends a comment at the first slash after its
           * opening slash and star, star or not before it. */
          for (p += 2; p < end && *p != '/'; p++)
            if (*p == '\n')
              (*line)++;
          if (p >= end)
            return JSON_SHAPE_OK;  /* unterminated: json-glib says so */
          continue;
        }

      if (seen_root && depth == 0)
        return JSON_SHAPE_TRAILING_DATA;
      if (!seen_root && c != '{')
        return JSON_SHAPE_NOT_OBJECT;
      seen_root = TRUE;

      if (c == '"' || c == '\'')
        {
          for (p++; p < end && *p != c; p++)
            {
              if (*p == '\\' && c == '"' && p + 1 < end)
                {
                  if (p[1] == 'u' && !skip_unicode_escape (&p, end))
                    return JSON_SHAPE_BAD_ESCAPE;
                  p++;
                }
              if (*p == '\n')
                (*line)++;
            }
          if (p >= end)
            return JSON_SHAPE_OK;
        }
      else if (c == '{' || c == '[')
        {
          if (++depth > MAX_JSON_DEPTH)
            return JSON_SHAPE_TOO_DEEP;
        }
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
    }

  return seen_root ? JSON_SHAPE_OK : JSON_SHAPE_EMPTY;
}

/* json-glib 1.6 turns an escaped lone surrogate ("\ud800x") into bytes
 * that are not UTF-8; every string of the project, and every message
 * that quotes one, must be. The depth is bounded by check_json_shape(). */
static gboolean
json_text_is_valid (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &member))
          if (!g_utf8_validate (name, -1, NULL) || !json_text_is_valid (member))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!json_text_is_valid (json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_VALUE:
      return json_node_get_value_type (node) != G_TYPE_STRING ||
             g_utf8_validate (json_node_get_string (node), -1, NULL);
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
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
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) article_table = NULL;
  g_autoptr(GHashTable) actor_table = NULL;
  g_autoptr(GError) local_error = NULL;
  DatelineProject *self;
  JsonObject *root;
  JsonNode *node;
  const char *format;
  Reader reader;
  guint line;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);

  switch (check_json_shape (data, (gsize) length, &line))
    {
    case JSON_SHAPE_OK:
      break;
    case JSON_SHAPE_EMPTY:
      g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                   _("The project file is empty"));
      return NULL;
    case JSON_SHAPE_NOT_OBJECT:
      g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                   _("This is not a Dateline project"));
      return NULL;
    case JSON_SHAPE_TOO_DEEP:
      g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                   _("The project file is not valid JSON: it nests more than %d levels deep (line %u)"),
                   MAX_JSON_DEPTH, line);
      return NULL;
    case JSON_SHAPE_TRAILING_DATA:
      g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                   _("The project file is not valid JSON: something follows the end of the project (line %u)"),
                   line);
      return NULL;
    case JSON_SHAPE_BAD_ESCAPE:
      g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                   _("The project file is not valid JSON: a broken \\u escape (line %u)"), line);
      return NULL;
    default:
      g_assert_not_reached ();
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib quotes the offending token, which need not be UTF-8. */
      g_autofree char *detail = g_utf8_make_valid (local_error->message, -1);

      g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                   _("The project file is not valid JSON: %s"), detail);
      return NULL;
    }

  article_table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  actor_table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  reader.error = error;
  reader.articles = article_table;
  reader.actors = actor_table;

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                   _("This is not a Dateline project"));
      return NULL;
    }
  root = json_node_get_object (node);

  if (!json_text_is_valid (node))
    {
      invalid (&reader, _("it holds text that is not valid UTF-8"));
      return NULL;
    }

  node = json_object_get_member (root, "format");
  format = (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
            json_node_get_value_type (node) == G_TYPE_STRING) ? json_node_get_string (node) : NULL;
  if (g_strcmp0 (format, "dateline") != 0)
    {
      g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                   _("This is not a Dateline project"));
      return NULL;
    }

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 1)
    {
      invalid (&reader, _("the format version is missing"));
      return NULL;
    }
  if (json_node_get_int (node) > DATELINE_PROJECT_FORMAT_VERSION)
    {
      g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_NEWER_VERSION,
                   _("This project was saved by a newer version of Dateline (format %d); "
                     "this version reads format %d. Update Dateline to open it."),
                   (int) MIN (json_node_get_int (node), G_MAXINT), DATELINE_PROJECT_FORMAT_VERSION);
      return NULL;
    }

  if (!read_articles (&reader, root, articles) ||
      !read_timexes (&reader, root) ||
      !read_actors (&reader, root, actors) ||
      !read_events (&reader, root, events))
    return NULL;

  self = dateline_project_new ();
  node = json_object_get_member (root, "title");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    dateline_project_set_title (self, json_node_get_string (node));

  for (guint i = 0; i < articles->len; i++)
    dateline_project_add_article (self, g_ptr_array_index (articles, i));
  for (guint i = 0; i < actors->len; i++)
    dateline_project_add_actor (self, g_ptr_array_index (actors, i));
  dateline_project_add_events (self, events);

  return self;
}

/* Largest project file read, in bytes: sixteen articles of the largest
 * size the ingester accepts, and their events. */
#define MAX_PROJECT_BYTES ((gsize) 1 << 30)

/* The bytes of a project file, NUL-terminated. What is not a file or a
 * pipe (a device: /dev/zero behind a link named .dateline) is refused
 * before it is read, and no more than MAX_PROJECT_BYTES are read from
 * anything, so that a hostile name cannot make Dateline read until memory
 * runs out. */
static char *
read_project_file (GFile         *file,
                   const char    *name,
                   gsize         *length,
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

  bytes = g_byte_array_sized_new ((guint) MIN ((gsize) g_file_info_get_size (info) + 1, MAX_PROJECT_BYTES));
  buffer = g_malloc (64 * 1024);
  while ((n = g_input_stream_read (G_INPUT_STREAM (in), buffer, 64 * 1024, cancellable, error)) > 0)
    {
      if (bytes->len + (gsize) n > MAX_PROJECT_BYTES)
        goto too_large;
      g_byte_array_append (bytes, buffer, (guint) n);
    }
  if (n < 0)
    return NULL;

  *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);

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
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  DatelineProject *self;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* The name goes into a message: UTF-8 even when the file's is not. */
  basename = g_file_get_basename (file);
  name = basename != NULL ? g_filename_display_name (basename) : g_file_get_parse_name (file);
  if (!(contents = read_project_file (file, name, &length, cancellable, &local_error)))
    {
      /* GIO's messages may not name the file; ours do already. */
      if (strstr (local_error->message, name) == NULL)
        g_prefix_error (&local_error, "%s: ", name);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  self = dateline_project_new_from_data (contents, (gssize) length, &local_error);
  if (self == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }

  return self;
}
