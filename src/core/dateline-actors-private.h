/* dateline-actors-private.h — shared between the dateline-actor-*.c files
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The recognizer is split by room: the gazetteer tables
 * (dateline-actor-gazetteer.c), the tokenizer and name folding
 * (dateline-actor-tokens.c), the recognition passes (dateline-actors.c),
 * quotes (dateline-actor-quotes.c) and the project merge
 * (dateline-actor-merge.c).
 */
#pragma once

#include <glib.h>

#include "dateline-actors.h"

G_BEGIN_DECLS

/* ------------------------------------------------------------------ */
/* Word classes of the gazetteer's vocabulary (words.tsv and titles)   */

typedef enum {
  WORD_STOP         = 1 << 0,
  WORD_COMMON       = 1 << 1,
  WORD_MONTH        = 1 << 2,
  WORD_WEEKDAY      = 1 << 3,
  WORD_ORG_SUFFIX   = 1 << 4,
  WORD_ORG_HEAD     = 1 << 5,
  WORD_PLACE_SUFFIX = 1 << 6,
  WORD_GROUP_NOUN   = 1 << 7,
  WORD_SPEECH_VERB  = 1 << 8,
  WORD_ACTION_VERB  = 1 << 9,
  WORD_LOCATIVE     = 1 << 10,
  WORD_METONYM_CUE  = 1 << 11,
  WORD_PARTICLE     = 1 << 12,
  WORD_GIVEN_NAME   = 1 << 13,
  WORD_PRONOUN_HE   = 1 << 14,
  WORD_PRONOUN_IT   = 1 << 15,
  WORD_ORG_NOUN     = 1 << 16,
  WORD_EVENT_NOUN   = 1 << 17,
  WORD_TITLE_START  = 1 << 18,  /* first word of some title */
} WordClass;

#define WORD_NONE (-1)

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

typedef enum {
  TOKEN_WORD           = 1 << 0,   /* letters or digits */
  TOKEN_PUNCT          = 1 << 1,   /* one punctuation character */
  TOKEN_CAPITALISED    = 1 << 2,   /* starts with an upper-case letter */
  TOKEN_ALL_CAPS       = 1 << 3,   /* two or more letters, all upper case */
  TOKEN_DIGIT          = 1 << 4,   /* starts with a digit */
  TOKEN_SPACE_BEFORE   = 1 << 5,   /* white space before it */
  TOKEN_LINE_START     = 1 << 6,   /* first token of a line */
  TOKEN_PARAGRAPH      = 1 << 7,   /* first token of a paragraph */
  TOKEN_SENTENCE_START = 1 << 8,   /* first word of a sentence or quote */
  TOKEN_HEADLINE       = 1 << 9,   /* on a line written in title case */
  TOKEN_CAPS_LINE      = 1 << 10,  /* on a line written in capitals */
  TOKEN_POSSESSIVE     = 1 << 11,  /* the "'s" after a word */
  TOKEN_LOWER          = 1 << 12,  /* starts with a lower-case letter */
  TOKEN_CLITIC         = 1 << 13,  /* "'ve", "'ll", "n't"'s "'t" after a word */
} TokenFlags;

typedef struct {
  guint    start;
  guint    end;
  guint32  flags;   /* TokenFlags */
  gint32   word;    /* vocabulary id, or WORD_NONE */
  gunichar ch;      /* the first character */
} ActorToken;

/* Tokenizes @text for @gazetteer (vocabulary ids) and marks line and
 * paragraph starts, and with @mark_sentences sentence starts and
 * headlines too. (element-type ActorToken) */
typedef struct _ActorGazetteer ActorGazetteer;

GArray   *actor_tokenize              (const ActorGazetteer *gazetteer,
                                       const char           *text,
                                       gsize                 length,
                                       gboolean              mark_sentences);

/* The same tokens without vocabulary ids or sentence marks: for loading
 * the gazetteer itself. (element-type ActorToken) */
GArray   *actor_tokenize_plain        (const char           *text,
                                       gsize                 length);

/* Folds one word for lookup: lower case, diacritics removed, typographic
 * apostrophes made ASCII.  Writes into @buf (NUL-terminated) when it fits
 * and returns it, else returns a newly allocated string in *@heap. */
const char *actor_fold_word           (const char           *word,
                                       gsize                 length,
                                       char                 *buf,
                                       gsize                 buf_size,
                                       char                **heap);

char     *actor_slugify               (const char           *name,
                                       gssize                length);

/* ------------------------------------------------------------------ */
/* The gazetteer                                                       */

typedef struct {
  char              *id;
  char              *name;
  DatelineActorKind  kind;
  gint               metonym_of;   /* entry index, or -1 */
  guint              n_name_words; /* words of the canonical name */
  char             **name_words;   /* those words, folded (NULL-terminated) */
  char             **roles;        /* folded role words (NULL-terminated) */
} GazEntry;

typedef enum {
  ALIAS_WEAK    = 1 << 0,  /* needs support from the article */
  ALIAS_DEMONYM = 1 << 1,  /* "Russian" */
  ALIAS_PARTIAL = 1 << 2,  /* a short form of the canonical name */
} AliasFlags;

typedef enum {
  SHAPE_ANY = 0,    /* lower-case word in the alias: any case */
  SHAPE_UPPER,      /* capitalised word: must start upper case */
  SHAPE_ALL_CAPS,   /* acronym: must be all capitals */
  SHAPE_EXACT,      /* mixed case ("iPhone", "McDonald"): same shape */
} AliasShape;

typedef struct {
  guint   entry;
  guint   flags;        /* AliasFlags */
  guint   n_tokens;
  guint   shape_offset; /* into the gazetteer's shapes array */
  gint    next;         /* next alias ending at the same trie node, or -1 */
} GazAlias;

typedef enum {
  TITLE_HONORIFIC,
  TITLE_OFFICE,
  TITLE_MILITARY,
  TITLE_ROYAL,
  TITLE_RELIGIOUS,
  TITLE_ROLE,
  TITLE_MODIFIER,
} TitleClass;

typedef enum {
  TITLE_FLAG_WEAK = 1 << 0,
  TITLE_FLAG_KEEP = 1 << 1,
} TitleFlags;

typedef struct {
  TitleClass klass;
  guint      flags;
  guint      n_tokens;
} GazTitle;

/* A trie over vocabulary ids; node 0 is the root. */
typedef struct _ActorTrie ActorTrie;

struct _ActorGazetteer
{
  GHashTable *vocabulary;   /* folded word -> id + 1 */
  GArray     *word_classes; /* guint32 WordClass per id */
  GArray     *word_variant; /* gint32 canonical id per id, or WORD_NONE */
  GPtrArray  *words;        /* id -> folded word (borrowed from vocabulary keys) */

  GArray     *entries;      /* GazEntry */
  GArray     *aliases;      /* GazAlias */
  GByteArray *shapes;       /* AliasShape per alias token */
  ActorTrie  *entity_trie;  /* payload: first alias index */
  GArray     *titles;       /* GazTitle */
  ActorTrie  *title_trie;   /* payload: title index */

  gint32      punct_word[128]; /* vocabulary id of each ASCII punctuation */
  GPtrArray  *place_endings;   /* folded endings of place names ("ville") */

  GHashTable *entry_by_id;  /* id -> entry index + 1 */
  GHashTable *entry_by_key; /* match key of a multi-word alias -> entry index + 1 */
};

ActorGazetteer *actor_gazetteer_new_from_data (const char  *data,
                                               gsize        length,
                                               GError     **error);
void            actor_gazetteer_free          (ActorGazetteer *self);

gint            actor_gazetteer_lookup_word   (const ActorGazetteer *self,
                                               const char           *folded);
static inline guint32
actor_gazetteer_word_classes (const ActorGazetteer *self,
                              gint32                word)
{
  if (word < 0)
    return 0;
  return g_array_index (self->word_classes, guint32, word);
}

/* Trie walking: the child of @node along @word, or -1. */
gint            actor_trie_child              (const ActorTrie *trie,
                                               gint             node,
                                               gint32           word);
gint            actor_trie_payload            (const ActorTrie *trie,
                                               gint             node);

/* The match key of a name (see dateline_actors_dup_match_key()). */
char           *actor_gazetteer_match_key     (const ActorGazetteer *self,
                                               const char           *name,
                                               gssize                length);

static inline const GazEntry *
actor_gazetteer_entry (const ActorGazetteer *self,
                       guint                 index)
{
  return &g_array_index (self->entries, GazEntry, index);
}

/* ------------------------------------------------------------------ */
/* Recognizer internals                                                */

const ActorGazetteer *dateline_actor_recognizer_get_gazetteer (DatelineActorRecognizer *self);

void      actor_mention_clear          (gpointer data);
GArray   *actor_mentions_new           (void);

/* Finds the quotes of @text given its @tokens and @mentions.  When
 * @pronoun_mentions is not NULL, pronoun cues ("he added") are appended to
 * it as new mentions (not yet in @mentions) and quotes refer to them by
 * index @mentions->len + their index in @pronoun_mentions. */
GArray   *actor_find_quotes            (const ActorGazetteer *gazetteer,
                                        const char           *text,
                                        gsize                 length,
                                        GArray               *tokens,
                                        GArray               *mentions,
                                        GArray               *pronoun_mentions);

G_END_DECLS
