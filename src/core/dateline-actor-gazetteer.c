/* dateline-actor-gazetteer.c — the compiled gazetteer, loaded into tries
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The gazetteer is compiled at build time by gazetteer/gen-gazetteer.py
 * from the hand-written tables and Debian's iso-codes, embedded as a
 * GResource, and loaded here once per process: every word of every alias,
 * title and word class gets a vocabulary id, and aliases and titles go into
 * tries over those ids.  Matching the text is then one hash lookup per
 * token plus trie steps.  Nothing here changes after loading, so the tables
 * are shared by every thread without locks.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-actors-private.h"

#define GAZETTEER_FORMAT_VERSION 1
/* ------------------------------------------------------------------ */
/* The trie: (node, word) -> child in one open-addressing table         */

struct _ActorTrie
{
  GArray  *payload;   /* gint32 per node, -1 when none */
  guint64 *keys;      /* EMPTY_KEY when free */
  gint32  *children;
  gsize    capacity;  /* a power of two */
  gsize    count;
};

#define EMPTY_KEY G_MAXUINT64

static inline guint64
trie_key (gint   node,
          gint32 word)
{
  return ((guint64) (guint32) node << 32) | (guint32) word;
}

static inline gsize
trie_hash (guint64 key)
{
  /* splitmix64's finaliser: consecutive node and word ids spread well. */
  key ^= key >> 30;
  key *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  key ^= key >> 27;
  key *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  key ^= key >> 31;
  return (gsize) key;
}

static ActorTrie *
trie_new (void)
{
  ActorTrie *trie = g_new0 (ActorTrie, 1);
  gint32 none = -1;

  trie->payload = g_array_new (FALSE, FALSE, sizeof (gint32));
  g_array_append_val (trie->payload, none);   /* the root */
  trie->capacity = 1024;
  trie->keys = g_new (guint64, trie->capacity);
  trie->children = g_new (gint32, trie->capacity);
  memset (trie->keys, 0xff, trie->capacity * sizeof (guint64));

  return trie;
}

static void
trie_free (ActorTrie *trie)
{
  if (trie == NULL)
    return;
  g_array_unref (trie->payload);
  g_free (trie->keys);
  g_free (trie->children);
  g_free (trie);
}

static void trie_insert_edge (ActorTrie *trie, guint64 key, gint32 child);

static void
trie_grow (ActorTrie *trie)
{
  guint64 *old_keys = trie->keys;
  gint32 *old_children = trie->children;
  gsize old_capacity = trie->capacity;

  trie->capacity *= 2;
  trie->keys = g_new (guint64, trie->capacity);
  trie->children = g_new (gint32, trie->capacity);
  memset (trie->keys, 0xff, trie->capacity * sizeof (guint64));
  trie->count = 0;

  for (gsize i = 0; i < old_capacity; i++)
    if (old_keys[i] != EMPTY_KEY)
      trie_insert_edge (trie, old_keys[i], old_children[i]);

  g_free (old_keys);
  g_free (old_children);
}

static void
trie_insert_edge (ActorTrie *trie,
                  guint64    key,
                  gint32     child)
{
  gsize mask, slot;

  if ((trie->count + 1) * 2 > trie->capacity)
    trie_grow (trie);

  mask = trie->capacity - 1;
  slot = trie_hash (key) & mask;
  while (trie->keys[slot] != EMPTY_KEY)
    slot = (slot + 1) & mask;
  trie->keys[slot] = key;
  trie->children[slot] = child;
  trie->count++;
}

gint
actor_trie_child (const ActorTrie *trie,
                  gint             node,
                  gint32           word)
{
  guint64 key;
  gsize mask, slot;

  if (word < 0 || node < 0)
    return -1;

  key = trie_key (node, word);
  mask = trie->capacity - 1;
  slot = trie_hash (key) & mask;
  while (trie->keys[slot] != EMPTY_KEY)
    {
      if (trie->keys[slot] == key)
        return trie->children[slot];
      slot = (slot + 1) & mask;
    }

  return -1;
}

gint
actor_trie_payload (const ActorTrie *trie,
                    gint             node)
{
  return g_array_index (trie->payload, gint32, node);
}

/* Walks from the root along @words, adding nodes; returns the last node. */
static gint
trie_add_path (ActorTrie    *trie,
               const gint32 *words,
               guint         n_words)
{
  gint node = 0;

  for (guint i = 0; i < n_words; i++)
    {
      gint child = actor_trie_child (trie, node, words[i]);

      if (child < 0)
        {
          gint32 none = -1;

          child = trie->payload->len;
          g_array_append_val (trie->payload, none);
          trie_insert_edge (trie, trie_key (node, words[i]), child);
        }
      node = child;
    }

  return node;
}

/* ------------------------------------------------------------------ */
/* Vocabulary                                                          */

gint
actor_gazetteer_lookup_word (const ActorGazetteer *self,
                             const char           *folded)
{
  gpointer value = g_hash_table_lookup (self->vocabulary, folded);

  return value != NULL ? GPOINTER_TO_INT (value) - 1 : WORD_NONE;
}

static gint32
intern_folded (ActorGazetteer *self,
               const char     *folded)
{
  gint id = actor_gazetteer_lookup_word (self, folded);
  char *key;
  guint32 none = 0;
  gint32 no_variant = WORD_NONE;

  if (id != WORD_NONE)
    return id;

  id = self->words->len;
  key = g_strdup (folded);
  g_hash_table_insert (self->vocabulary, key, GINT_TO_POINTER (id + 1));
  g_ptr_array_add (self->words, key);
  g_array_append_val (self->word_classes, none);
  g_array_append_val (self->word_variant, no_variant);

  return id;
}

static gint32
intern_span (ActorGazetteer *self,
             const char     *text,
             gsize           length)
{
  g_autofree char *heap = NULL;
  char buf[FOLD_BUF];

  return intern_folded (self, actor_fold_word (text, length, buf, sizeof buf, &heap));
}

/* Tokenizes @text and interns every token; returns the ids and, when
 * @tokens_out is not NULL, the tokens. */
static GArray *
intern_phrase (ActorGazetteer  *self,
               const char      *text,
               GArray         **tokens_out)
{
  g_autoptr(GArray) tokens = actor_tokenize_plain (text, strlen (text));
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint32), tokens->len);

  for (guint i = 0; i < tokens->len; i++)
    {
      ActorToken *token = &g_array_index (tokens, ActorToken, i);
      gint32 id = intern_span (self, text + token->start, token->end - token->start);

      token->word = id;
      g_array_append_val (ids, id);
    }

  if (tokens_out != NULL)
    *tokens_out = g_steal_pointer (&tokens);

  return ids;
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */

static void
clear_entry (gpointer data)
{
  GazEntry *entry = data;

  g_clear_pointer (&entry->id, g_free);
  g_clear_pointer (&entry->name, g_free);
  g_clear_pointer (&entry->roles, g_strfreev);
  g_clear_pointer (&entry->name_words, g_strfreev);
}

void
actor_gazetteer_free (ActorGazetteer *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->vocabulary, g_hash_table_unref);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->word_classes, g_array_unref);
  g_clear_pointer (&self->word_variant, g_array_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->aliases, g_array_unref);
  g_clear_pointer (&self->shapes, g_byte_array_unref);
  g_clear_pointer (&self->entity_trie, trie_free);
  g_clear_pointer (&self->titles, g_array_unref);
  g_clear_pointer (&self->title_trie, trie_free);
  g_clear_pointer (&self->entry_by_id, g_hash_table_unref);
  g_clear_pointer (&self->entry_by_key, g_hash_table_unref);
  g_clear_pointer (&self->place_endings, g_ptr_array_unref);
  g_free (self);
}

static AliasShape
shape_of_alias_token (const ActorToken *token,
                      guint             position,
                      const char       *text)
{
  if (!(token->flags & TOKEN_WORD))
    return SHAPE_ANY;
  /* "The Hague", "The Guardian": the article may write "the". */
  if (position == 0 && token->end - token->start == 3
      && g_ascii_strncasecmp (text + token->start, "the", 3) == 0)
    return SHAPE_ANY;
  if (token->flags & TOKEN_ALL_CAPS)
    return SHAPE_ALL_CAPS;
  if (token->flags & TOKEN_CAPITALISED)
    return SHAPE_UPPER;
  return SHAPE_ANY;
}

/* Folded word tokens of @text, punctuation left out. */
static GPtrArray *
folded_words (const char *text)
{
  g_autoptr(GArray) tokens = actor_tokenize_plain (text, strlen (text));
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < tokens->len; i++)
    {
      const ActorToken *token = &g_array_index (tokens, ActorToken, i);
      g_autofree char *heap = NULL;
      char buf[FOLD_BUF];

      if (!(token->flags & TOKEN_WORD))
        continue;
      g_ptr_array_add (words, g_strdup (actor_fold_word (text + token->start,
                                                         token->end - token->start,
                                                         buf, sizeof buf, &heap)));
    }

  return words;
}

static void append_transliterated (GString    *out,
                                   const char *word);

static gboolean
same_word_spelling (const char *a,
                    const char *b)
{
  g_autoptr(GString) ta = g_string_new (NULL);
  g_autoptr(GString) tb = g_string_new (NULL);

  append_transliterated (ta, a);
  append_transliterated (tb, b);
  return g_string_equal (ta, tb);
}

/* "Rubio" is a short form of "Marco Rubio", and "Zelenskiy" of
 * "Volodymyr Zelensky": its words end the name, up to spelling. */
static gboolean
alias_is_partial (GPtrArray  *name_words,
                  const char *alias)
{
  g_autoptr(GPtrArray) alias_words = folded_words (alias);
  guint offset;

  if (alias_words->len == 0 || alias_words->len >= name_words->len)
    return FALSE;

  offset = name_words->len - alias_words->len;
  for (guint i = 0; i < alias_words->len; i++)
    if (!same_word_spelling (g_ptr_array_index (alias_words, i), g_ptr_array_index (name_words, offset + i)))
      return FALSE;

  return TRUE;
}

static void
add_alias (ActorGazetteer *self,
           guint           entry_index,
           const char     *alias,
           guint           flags)
{
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) ids = intern_phrase (self, alias, &tokens);
  GazAlias gaz_alias = { 0, };
  gint node;

  if (ids->len == 0)
    return;

  gaz_alias.entry = entry_index;
  gaz_alias.flags = flags;
  gaz_alias.n_tokens = ids->len;
  gaz_alias.shape_offset = self->shapes->len;
  for (guint i = 0; i < tokens->len; i++)
    {
      guint8 shape = shape_of_alias_token (&g_array_index (tokens, ActorToken, i), i, alias);

      g_byte_array_append (self->shapes, &shape, 1);
    }

  node = trie_add_path (self->entity_trie, (const gint32 *) (gpointer) ids->data, ids->len);
  gaz_alias.next = actor_trie_payload (self->entity_trie, node);
  g_array_index (self->entity_trie->payload, gint32, node) = self->aliases->len;
  g_array_append_val (self->aliases, gaz_alias);
}

static gboolean
load_entry (ActorGazetteer  *self,
            char           **fields,
            guint            n_fields,
            GPtrArray       *metonym_names,
            GPtrArray       *key_sources,
            GArray          *key_entries,
            GError         **error)
{
  GazEntry entry = { 0, };
  guint index = self->entries->len;
  g_auto(GStrv) aliases = NULL;
  g_autoptr(GPtrArray) name_words = NULL;
  g_autoptr(GPtrArray) roles = NULL;

  if (n_fields < 6 || !dateline_actor_kind_from_string (fields[2], &entry.kind)
      || fields[1][0] == '\0' || fields[3][0] == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Malformed gazetteer entry “%s”", n_fields > 1 ? fields[1] : "");
      return FALSE;
    }

  entry.id = g_strdup (fields[1]);
  entry.name = g_strdup (fields[3]);
  entry.metonym_of = -1;
  name_words = folded_words (entry.name);
  entry.n_name_words = name_words->len;
  entry.name_words = g_new0 (char *, name_words->len + 1);
  for (guint i = 0; i < name_words->len; i++)
    entry.name_words[i] = g_strdup (g_ptr_array_index (name_words, i));

  roles = g_ptr_array_new_with_free_func (g_free);
  if (n_fields > 6 && fields[6][0] != '\0')
    {
      g_autoptr(GPtrArray) words = folded_words (fields[6]);

      for (guint i = 0; i < words->len; i++)
        g_ptr_array_add (roles, g_strdup (g_ptr_array_index (words, i)));
    }
  g_ptr_array_add (roles, NULL);
  entry.roles = (char **) g_ptr_array_free (g_steal_pointer (&roles), FALSE);

  g_array_append_val (self->entries, entry);
  g_hash_table_insert (self->entry_by_id, g_strdup (entry.id), GUINT_TO_POINTER (index + 1));
  g_ptr_array_add (metonym_names, g_strdup (fields[4]));

  aliases = g_strsplit (fields[5], "|", -1);
  for (guint i = 0; aliases[i] != NULL; i++)
    {
      const char *alias = aliases[i];
      guint flags = 0;

      for (;; alias++)
        {
          if (*alias == '~')
            flags |= ALIAS_WEAK;
          else if (*alias == '^')
            flags |= ALIAS_DEMONYM;
          else
            break;
        }
      if (*alias == '\0')
        continue;
      if (!(flags & ALIAS_DEMONYM) && alias_is_partial (name_words, alias))
        flags |= ALIAS_PARTIAL;
      add_alias (self, index, alias, flags);
      if (!(flags & (ALIAS_WEAK | ALIAS_DEMONYM)))
        {
          g_ptr_array_add (key_sources, g_strdup (alias));
          g_array_append_val (key_entries, index);
        }
    }

  return TRUE;
}

static const struct {
  const char *name;
  TitleClass  klass;
} title_classes[] = {
  { "honorific", TITLE_HONORIFIC },
  { "office", TITLE_OFFICE },
  { "military", TITLE_MILITARY },
  { "royal", TITLE_ROYAL },
  { "religious", TITLE_RELIGIOUS },
  { "role", TITLE_ROLE },
  { "modifier", TITLE_MODIFIER },
};

static gboolean
load_title (ActorGazetteer  *self,
            char           **fields,
            guint            n_fields,
            GError         **error)
{
  g_autoptr(GArray) ids = NULL;
  GazTitle title = { 0, };
  gboolean known_class = FALSE;
  gint node;

  if (n_fields < 3)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Malformed gazetteer title");
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (title_classes); i++)
    if (strcmp (fields[2], title_classes[i].name) == 0)
      {
        title.klass = title_classes[i].klass;
        known_class = TRUE;
      }
  if (!known_class)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Unknown title class “%s”", fields[2]);
      return FALSE;
    }
  if (n_fields > 3)
    {
      if (strstr (fields[3], "weak") != NULL)
        title.flags |= TITLE_FLAG_WEAK;
      if (strstr (fields[3], "keep") != NULL)
        title.flags |= TITLE_FLAG_KEEP;
    }

  ids = intern_phrase (self, fields[1], NULL);
  if (ids->len == 0)
    return TRUE;
  title.n_tokens = ids->len;

  node = trie_add_path (self->title_trie, (const gint32 *) (gpointer) ids->data, ids->len);
  if (actor_trie_payload (self->title_trie, node) < 0)
    {
      g_array_index (self->title_trie->payload, gint32, node) = self->titles->len;
      g_array_append_val (self->titles, title);
    }
  g_array_index (self->word_classes, guint32, g_array_index (ids, gint32, 0)) |= WORD_TITLE_START;

  return TRUE;
}

static const struct {
  const char *name;
  WordClass   klass;
} word_classes[] = {
  { "stop", WORD_STOP },
  { "common", WORD_COMMON },
  { "month", WORD_MONTH },
  { "weekday", WORD_WEEKDAY },
  { "org-suffix", WORD_ORG_SUFFIX },
  { "org-head", WORD_ORG_HEAD },
  { "place-suffix", WORD_PLACE_SUFFIX },
  { "group-noun", WORD_GROUP_NOUN },
  { "org-noun", WORD_ORG_NOUN },
  { "event-noun", WORD_EVENT_NOUN },
  { "speech-verb", WORD_SPEECH_VERB },
  { "action-verb", WORD_ACTION_VERB },
  { "locative", WORD_LOCATIVE },
  { "metonym-cue", WORD_METONYM_CUE },
  { "particle", WORD_PARTICLE },
  { "given-name", WORD_GIVEN_NAME },
  { "pronoun-he", WORD_PRONOUN_HE },
  { "pronoun-it", WORD_PRONOUN_IT },
};

static gboolean
load_words (ActorGazetteer  *self,
            char           **fields,
            guint            n_fields,
            GError         **error)
{
  g_auto(GStrv) words = NULL;
  guint32 klass = 0;
  gboolean variant;

  if (n_fields < 3)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Malformed gazetteer word class");
      return FALSE;
    }

  /* Endings are not words: kept apart, matched at the end of a word. */
  if (strcmp (fields[1], "place-ending") == 0)
    {
      words = g_strsplit (fields[2], " ", -1);
      for (guint i = 0; words[i] != NULL; i++)
        if (words[i][0] != '\0')
          g_ptr_array_add (self->place_endings, g_ascii_strdown (words[i], -1));
      return TRUE;
    }

  variant = strcmp (fields[1], "variant") == 0;
  for (guint i = 0; i < G_N_ELEMENTS (word_classes); i++)
    if (strcmp (fields[1], word_classes[i].name) == 0)
      klass = word_classes[i].klass;
  if (klass == 0 && !variant)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Unknown word class “%s”", fields[1]);
      return FALSE;
    }

  words = g_strsplit (fields[2], " ", -1);
  {
    gint32 canonical = WORD_NONE;

    for (guint i = 0; words[i] != NULL; i++)
      {
        gsize len = strlen (words[i]);
        gint32 id;

        if (len == 0)
          continue;
        /* "inc." is the word "inc" followed by a full stop token; a dotted
         * acronym ("s.a.") keeps its dots, as the tokenizer does. */
        if (len > 1 && words[i][len - 1] == '.' && memchr (words[i], '.', len - 1) == NULL)
          len--;
        id = intern_span (self, words[i], len);
        if (variant)
          {
            if (canonical == WORD_NONE)
              canonical = id;
            g_array_index (self->word_variant, gint32, id) = canonical;
          }
        else
          g_array_index (self->word_classes, guint32, id) |= klass;
      }
  }

  return TRUE;
}

/* Transliteration differences flattened, one folded word at a time:
 * "kh" = "h", "ph" = "f", "ou" = "u", "y" = "j" = "i", "w" = "v", "x" = "ks",
 * "q" = "k", doubled letters single.  Both spellings go through the same
 * rules, so the rules need only make them meet, not be linguistics. */
static void
append_transliterated (GString    *out,
                       const char *word)
{
  gsize word_start = out->len;

  for (const char *w = word; *w != '\0';)
    {
      char c = w[0], n = w[1];
      const char *emit;
      guint skip = 1;
      char single[2] = { c, '\0' };

      if (c == 'k' && n == 'h')
        emit = "h", skip = 2;
      else if (c == 'p' && n == 'h')
        emit = "f", skip = 2;
      else if (c == 'c' && n == 'k')
        emit = "k", skip = 2;
      else if (c == 'd' && n == 'h')
        emit = "d", skip = 2;
      else if (c == 's' && n == 'c' && w[2] == 'h')
        emit = "sh", skip = 3;
      else if (c == 't' && n == 'c' && w[2] == 'h')
        emit = "ch", skip = 3;
      else if (c == 'o' && n == 'u')
        emit = "u", skip = 2;
      else if (c == 'q')
        emit = "k";
      else if (c == 'x')
        emit = "ks";
      else if (c == 'w')
        emit = "v";
      else if (c == 'j' || c == 'y')
        emit = "i";
      else if (c == '\'' || c == '-' || c == '.')
        emit = "";
      else
        emit = single;

      for (const char *e = emit; *e != '\0'; e++)
        if (out->len == word_start || out->str[out->len - 1] != *e)
          g_string_append_c (out, *e);
      w += skip;
    }
}

char *
actor_gazetteer_match_key (const ActorGazetteer *self,
                           const char           *name,
                           gssize                length)
{
  g_autoptr(GArray) tokens = NULL;
  GString *key;
  guint n_words = 0;

  if (length < 0)
    length = strlen (name);

  tokens = actor_tokenize_plain (name, length);
  key = g_string_sized_new (length);

  for (guint pass = 0; pass < 2 && key->len == 0; pass++)
    for (guint i = 0; i < tokens->len; i++)
      {
        const ActorToken *token = &g_array_index (tokens, ActorToken, i);
        g_autofree char *heap = NULL;
        char buf[FOLD_BUF];
        const char *folded;
        gint32 word, variant;
        guint32 classes;

        if (!(token->flags & TOKEN_WORD))
          continue;
        folded = actor_fold_word (name + token->start, token->end - token->start,
                                  buf, sizeof buf, &heap);
        word = actor_gazetteer_lookup_word (self, folded);
        classes = actor_gazetteer_word_classes (self, word);

        /* "al-Assad" and "Assad", "von der Leyen" and "Von der Leyen":
         * particles and articles say nothing about who it is (unless the
         * name is nothing else, hence the second pass). */
        if (pass == 0 && (classes & WORD_PARTICLE
                          || (classes & WORD_STOP && strcmp (folded, "the") == 0)))
          continue;

        variant = word >= 0 ? g_array_index (self->word_variant, gint32, word) : WORD_NONE;
        if (variant >= 0)
          folded = g_ptr_array_index (self->words, variant);

        if (n_words++ > 0)
          g_string_append_c (key, ' ');
        append_transliterated (key, folded);
      }

  return g_string_free (key, FALSE);
}

ActorGazetteer *
actor_gazetteer_new_from_data (const char  *data,
                               gsize        length,
                               GError     **error)
{
  ActorGazetteer *self = g_new0 (ActorGazetteer, 1);
  g_autoptr(GPtrArray) metonym_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) key_sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) key_entries = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean versioned = FALSE;
  const char *p = data;
  const char *end = data + length;

  self->vocabulary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->words = g_ptr_array_new ();
  self->word_classes = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->word_variant = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->entries = g_array_new (FALSE, FALSE, sizeof (GazEntry));
  g_array_set_clear_func (self->entries, clear_entry);
  self->aliases = g_array_new (FALSE, FALSE, sizeof (GazAlias));
  self->shapes = g_byte_array_new ();
  self->entity_trie = trie_new ();
  self->titles = g_array_new (FALSE, FALSE, sizeof (GazTitle));
  self->title_trie = trie_new ();
  self->entry_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->entry_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->place_endings = g_ptr_array_new_with_free_func (g_free);

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      g_autofree char *line = NULL;
      g_auto(GStrv) fields = NULL;
      guint n_fields;
      gboolean ok = TRUE;

      if (eol == NULL)
        eol = end;
      line = g_strndup (p, eol - p);
      p = eol + 1;

      /* Trailing empty fields end in a tab: strip only the line end. */
      if (line[0] != '\0' && line[strlen (line) - 1] == '\r')
        line[strlen (line) - 1] = '\0';
      if (line[0] == '\0' || line[0] == '#')
        continue;

      fields = g_strsplit (line, "\t", -1);
      n_fields = g_strv_length (fields);

      switch (fields[0][0])
        {
        case 'V':
          if (n_fields < 2 || g_ascii_strtoull (fields[1], NULL, 10) != GAZETTEER_FORMAT_VERSION)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Unsupported gazetteer version “%s”", n_fields > 1 ? fields[1] : "");
              ok = FALSE;
            }
          versioned = TRUE;
          break;
        case 'E':
          ok = load_entry (self, fields, n_fields, metonym_names, key_sources, key_entries, error);
          break;
        case 'T':
          ok = load_title (self, fields, n_fields, error);
          break;
        case 'W':
          ok = load_words (self, fields, n_fields, error);
          break;
        default:
          /* Unknown record types are left for later versions. */
          break;
        }

      if (!ok)
        {
          actor_gazetteer_free (self);
          return NULL;
        }
    }

  if (!versioned)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not a compiled Dateline gazetteer");
      actor_gazetteer_free (self);
      return NULL;
    }

  /* Punctuation is looked up by character, not by hashing. */
  for (guint c = 0; c < G_N_ELEMENTS (self->punct_word); c++)
    {
      char str[2] = { (char) c, '\0' };

      self->punct_word[c] = c > 0 && !g_ascii_isalnum (c) ? actor_gazetteer_lookup_word (self, str) : WORD_NONE;
    }

  /* Metonym targets are ids, resolved once every entry is known. */
  for (guint i = 0; i < self->entries->len; i++)
    {
      const char *target = g_ptr_array_index (metonym_names, i);
      GazEntry *entry = &g_array_index (self->entries, GazEntry, i);

      if (target[0] != '\0')
        {
          gpointer value = g_hash_table_lookup (self->entry_by_id, target);

          entry->metonym_of = value != NULL ? (gint) GPOINTER_TO_UINT (value) - 1 : -1;
        }
    }

  /* Every strong alias is indexed by its match key, so that a name the
   * text spells differently ("Volodymyr Zelenskyi") still finds its entry.
   * This needs the variant table, which comes after the entries.  A key
   * shared by two entries is ambiguous (0) and finds neither. */
  for (guint i = 0; i < key_sources->len; i++)
    {
      g_autofree char *key = actor_gazetteer_match_key (self, g_ptr_array_index (key_sources, i), -1);
      guint entry = g_array_index (key_entries, guint, i);
      gpointer known;

      if (key[0] == '\0')
        continue;
      if (!g_hash_table_lookup_extended (self->entry_by_key, key, NULL, &known))
        g_hash_table_insert (self->entry_by_key, g_steal_pointer (&key), GUINT_TO_POINTER (entry + 1));
      else if (GPOINTER_TO_UINT (known) != entry + 1)
        g_hash_table_insert (self->entry_by_key, g_steal_pointer (&key), GUINT_TO_POINTER (0));
    }

  return self;
}
