/* dateline-article.c — one ingested article: cleaned text and metadata
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-article.h"
#include "dateline-util-private.h"

/* One checkpoint every this many bytes: offset conversion walks at most
 * this many bytes, whatever the length of the article. */
#define CHECKPOINT_BYTES 256

struct _DatelineArticle
{
  GObject             parent_instance;

  char               *id;
  char               *title;
  char               *source;
  char               *duplicate_of;
  char               *text;
  gsize               text_length;

  DatelineWhen        published;
  DatelineDateOrigin  published_origin;

  GPtrArray          *timexes;

  /* char offset of byte CHECKPOINT_BYTES * i, rounded down to a character
   * boundary: checkpoints[i] = (byte, char). Built lazily. */
  guint              *checkpoint_bytes;
  guint              *checkpoint_chars;
  guint               n_checkpoints;
  guint               char_length;
};

G_DEFINE_FINAL_TYPE (DatelineArticle, dateline_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SOURCE,
  N_PROPS
};

enum {
  PUBLISHED_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
ensure_checkpoints (DatelineArticle *self)
{
  const char *p;
  const char *end;
  guint chars = 0;
  guint i = 0;

  if (self->checkpoint_bytes != NULL)
    return;

  self->n_checkpoints = (guint) (self->text_length / CHECKPOINT_BYTES) + 1;
  self->checkpoint_bytes = g_new (guint, self->n_checkpoints);
  self->checkpoint_chars = g_new (guint, self->n_checkpoints);

  p = self->text;
  end = self->text + self->text_length;
  for (i = 0; i < self->n_checkpoints; i++)
    {
      const char *target = self->text + (gsize) i * CHECKPOINT_BYTES;

      while (p < target && p < end)
        {
          p = g_utf8_next_char (p);
          chars++;
        }
      /* p may have stepped past target inside a multi-byte character */
      self->checkpoint_bytes[i] = (guint) (p - self->text);
      self->checkpoint_chars[i] = chars;
    }

  while (p < end)
    {
      p = g_utf8_next_char (p);
      chars++;
    }
  self->char_length = chars;
}

static void
dateline_article_finalize (GObject *object)
{
  DatelineArticle *self = (DatelineArticle *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->duplicate_of, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->timexes, g_ptr_array_unref);
  g_clear_pointer (&self->checkpoint_bytes, g_free);
  g_clear_pointer (&self->checkpoint_chars, g_free);

  G_OBJECT_CLASS (dateline_article_parent_class)->finalize (object);
}

static void
dateline_article_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DatelineArticle *self = DATELINE_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_article_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DatelineArticle *self = DATELINE_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      dateline_article_set_id (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      dateline_article_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dateline_article_class_init (DatelineArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dateline_article_finalize;
  object_class->get_property = dateline_article_get_property;
  object_class->set_property = dateline_article_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DatelineArticle::published-changed:
   *
   * The publication date or its origin changed: relative dates of this
   * article must be resolved again.
   */
  signals[PUBLISHED_CHANGED] =
    g_signal_new ("published-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dateline_article_init (DatelineArticle *self)
{
  self->published = (DatelineWhen) DATELINE_WHEN_INIT;
  self->published_origin = DATELINE_DATE_ORIGIN_UNKNOWN;
  self->timexes = g_ptr_array_new_with_free_func ((GDestroyNotify) dateline_timex_free);
}

/**
 * dateline_article_new:
 * @text: valid UTF-8; copied
 *
 * Returns: (transfer full): a new article with an unknown publication date
 */
DatelineArticle *
dateline_article_new (const char *id,
                      const char *title,
                      const char *source,
                      const char *text)
{
  DatelineArticle *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  self = g_object_new (DATELINE_TYPE_ARTICLE,
                       "id", id,
                       "title", title,
                       NULL);
  self->source = g_strdup (source);
  self->text = g_strdup (text);
  self->text_length = strlen (text);

  return self;
}

const char *
dateline_article_get_id (DatelineArticle *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), NULL);
  return self->id;
}

void
dateline_article_set_id (DatelineArticle *self,
                         const char      *id)
{
  g_return_if_fail (DATELINE_IS_ARTICLE (self));

  if (dateline_set_str (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
dateline_article_get_title (DatelineArticle *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), NULL);
  return self->title;
}

void
dateline_article_set_title (DatelineArticle *self,
                            const char      *title)
{
  g_return_if_fail (DATELINE_IS_ARTICLE (self));

  if (dateline_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
dateline_article_get_source (DatelineArticle *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), NULL);
  return self->source;
}

const char *
dateline_article_get_text (DatelineArticle *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), NULL);
  return self->text;
}

gsize
dateline_article_get_text_length (DatelineArticle *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), 0);
  return self->text_length;
}

const DatelineWhen *
dateline_article_get_published (DatelineArticle *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), NULL);
  return &self->published;
}

DatelineDateOrigin
dateline_article_get_published_origin (DatelineArticle *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), DATELINE_DATE_ORIGIN_UNKNOWN);
  return self->published_origin;
}

/**
 * dateline_article_set_published:
 * @published: (nullable): the date, or NULL for unknown
 *
 * Sets the publication date and emits ::published-changed when it changed.
 */
void
dateline_article_set_published (DatelineArticle    *self,
                                const DatelineWhen *published,
                                DatelineDateOrigin  origin)
{
  DatelineWhen value = DATELINE_WHEN_INIT;

  g_return_if_fail (DATELINE_IS_ARTICLE (self));

  if (published != NULL && dateline_when_is_dated (published))
    value = *published;
  else
    origin = DATELINE_DATE_ORIGIN_UNKNOWN;

  if (dateline_when_equal (&value, &self->published) && origin == self->published_origin)
    return;

  self->published = value;
  self->published_origin = origin;
  g_signal_emit (self, signals[PUBLISHED_CHANGED], 0);
}

const char *
dateline_article_get_duplicate_of (DatelineArticle *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), NULL);
  return self->duplicate_of;
}

void
dateline_article_set_duplicate_of (DatelineArticle *self,
                                   const char      *original_id)
{
  g_return_if_fail (DATELINE_IS_ARTICLE (self));
  g_return_if_fail (g_strcmp0 (original_id, self->id) != 0 || original_id == NULL);

  dateline_set_str (&self->duplicate_of, original_id);
}

/**
 * dateline_article_get_timexes:
 *
 * Returns: (transfer none) (element-type DatelineTimex): in text order
 */
GPtrArray *
dateline_article_get_timexes (DatelineArticle *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), NULL);
  return self->timexes;
}

/**
 * dateline_article_take_timexes:
 * @timexes: (transfer full) (element-type DatelineTimex): with a free func
 */
void
dateline_article_take_timexes (DatelineArticle *self,
                               GPtrArray       *timexes)
{
  g_return_if_fail (DATELINE_IS_ARTICLE (self));
  g_return_if_fail (timexes != NULL);

  g_ptr_array_set_free_func (timexes, (GDestroyNotify) dateline_timex_free);
  g_clear_pointer (&self->timexes, g_ptr_array_unref);
  self->timexes = timexes;
}

guint
dateline_article_byte_to_char (DatelineArticle *self,
                               guint            byte_offset)
{
  const char *p;
  const char *target;
  guint i;
  guint chars;

  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), 0);

  ensure_checkpoints (self);

  if (byte_offset >= self->text_length)
    return self->char_length;
  if (self->char_length == self->text_length)
    return byte_offset;

  i = byte_offset / CHECKPOINT_BYTES;
  /* A checkpoint may sit just past its nominal byte (multi-byte char). */
  while (i > 0 && self->checkpoint_bytes[i] > byte_offset)
    i--;

  p = self->text + self->checkpoint_bytes[i];
  chars = self->checkpoint_chars[i];
  target = self->text + byte_offset;
  while (p < target)
    {
      p = g_utf8_next_char (p);
      chars++;
    }

  return chars;
}

guint
dateline_article_char_to_byte (DatelineArticle *self,
                               guint            char_offset)
{
  guint lo, hi;
  const char *p;
  guint chars;

  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), 0);

  ensure_checkpoints (self);

  if (char_offset >= self->char_length)
    return (guint) self->text_length;
  /* All ASCII: code points are bytes (a saved project of a million
   * events converts two offsets per passage). */
  if (self->char_length == self->text_length)
    return char_offset;

  /* The last checkpoint at or before char_offset. */
  lo = 0;
  hi = self->n_checkpoints;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->checkpoint_chars[mid] <= char_offset)
        lo = mid;
      else
        hi = mid;
    }

  p = self->text + self->checkpoint_bytes[lo];
  chars = self->checkpoint_chars[lo];
  while (chars < char_offset)
    {
      p = g_utf8_next_char (p);
      chars++;
    }

  return (guint) (p - self->text);
}

guint
dateline_article_get_char_length (DatelineArticle *self)
{
  g_return_val_if_fail (DATELINE_IS_ARTICLE (self), 0);

  ensure_checkpoints (self);
  return self->char_length;
}
