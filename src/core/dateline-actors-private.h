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

/* "No index", for candidates, mentions and quotes alike. */
#define NONE G_MAXUINT
/* Words longer than this are folded on the heap. */
#define FOLD_BUF 64

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

/* ------------------------------------------------------------------ */
/* One article's recognition (dateline-actor-scan.c: first pass,       */
/* dateline-actor-resolve.c: second pass)                              */

/* Words the patterns look for by identity. */
typedef enum {
  KW_THE, KW_A, KW_AN, KW_OF, KW_FOR, KW_AND, KW_OR, KW_ON, KW_WITH, KW_AGAINST,
  KW_BETWEEN, KW_BY, KW_SAID, KW_ACCORDING, KW_TO, KW_ITS, KW_HIS, KW_HER,
  KW_THEIR, KW_HAS, KW_HAVE, KW_HAD, KW_WILL, KW_WOULD, KW_IS, KW_WAS, KW_ALSO,
  KW_LATER, KW_THEN, KW_COULD, KW_CAN, KW_MAY, KW_DID, KW_JR, KW_SR, KW_BASED,
  KW_LED, KW_BACKED, KW_WHO, KW_BUT, KW_WHILE, KW_THAT, KW_AS, KW_WHEN,
  KW_WHERE, KW_AFTER, KW_BEFORE, KW_SINCE, KW_BECAUSE, KW_THOUGH, KW_ALTHOUGH,
  KW_SO, KW_YET, KW_IF,
  N_KEYWORDS
} Keyword;

typedef enum {
  CAND_UNKNOWN    = 1 << 0,  /* not in the gazetteer: @name is the surface */
  CAND_SHORT      = 1 << 1,  /* one word that may be a short form */
  CAND_WEAK       = 1 << 2,  /* only weak aliases matched: see @alias_node */
  CAND_HONORIFIC  = 1 << 3,  /* after Mr./Ms./Dr. */
  CAND_DROPPED    = 1 << 4,
  CAND_EVIDENCE   = 1 << 5,  /* the kind rests on more than a capital letter */
  CAND_MULTI      = 1 << 6,  /* two or more words */
  CAND_ACRONYM    = 1 << 7,  /* one word in capitals */
} CandidateState;

typedef struct {
  guint              first;        /* name tokens [first, last) */
  guint              last;
  guint              np_first;     /* first token of the noun phrase */
  gint               entry;        /* gazetteer entry, or -1 */
  gint               alias_node;   /* entity trie node (CAND_WEAK) */
  guint              title_first;  /* title tokens, or NONE */
  guint              title_last;
  DatelineActorKind  kind;
  guint              flags;        /* DatelineActorMentionFlags */
  guint              state;        /* CandidateState */
  char              *name;         /* unknown actors: canonical name */
  char              *id;           /* unknown actors: slug */
  guint              antecedent;   /* candidate index, or NONE */
} Candidate;

typedef struct {
  guint first;
  guint last;
} Run;

typedef struct {
  const gint32            *keywords;    /* Keyword -> vocabulary id */
  const ActorGazetteer    *gaz;
  const char              *text;
  gsize                    length;
  GArray                  *tokens;      /* ActorToken */
  guint                    n_tokens;
  GArray                  *candidates;  /* Candidate */
  GArray                  *deferred;    /* Run */
  GHashTable              *abbreviations; /* acronym text -> candidate index + 1 */
} Scan;

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static inline const ActorToken *
tok (const Scan *scan,
     guint       i)
{
  return &g_array_index (scan->tokens, ActorToken, i);
}

static inline guint32
classes_at (const Scan *scan,
            guint       i)
{
  if (i >= scan->n_tokens)
    return 0;
  return actor_gazetteer_word_classes (scan->gaz, tok (scan, i)->word);
}

static inline gboolean
is_keyword (const Scan *scan,
            guint       i,
            Keyword     keyword)
{
  return i < scan->n_tokens && tok (scan, i)->word >= 0
         && tok (scan, i)->word == scan->keywords[keyword];
}

static inline gboolean
is_word (const Scan *scan,
         guint       i)
{
  return i < scan->n_tokens && (tok (scan, i)->flags & TOKEN_WORD);
}

static inline gboolean
is_cap_word (const Scan *scan,
             guint       i)
{
  return i < scan->n_tokens
         && (tok (scan, i)->flags & (TOKEN_WORD | TOKEN_CAPITALISED)) == (TOKEN_WORD | TOKEN_CAPITALISED);
}

static inline gboolean
is_punct (const Scan *scan,
          guint       i,
          gunichar    ch)
{
  return i < scan->n_tokens && (tok (scan, i)->flags & TOKEN_PUNCT) && tok (scan, i)->ch == ch;
}

static inline const GazAlias *
gaz_alias (const Scan *scan,
           gint        alias)
{
  return &g_array_index (scan->gaz->aliases, GazAlias, alias);
}


/* Candidates and the text */
void        actor_candidate_clear             (gpointer         data);
void        actor_candidate_set_unknown       (Candidate       *c,
                                               char            *name,
                                               DatelineActorKind kind);
void        actor_candidate_set_entry         (const Scan      *scan,
                                               Candidate       *c,
                                               gint             entry);
const char *actor_candidate_get_id            (const Scan      *scan,
                                               const Candidate *c);
void        actor_candidate_copy_identity     (const Scan      *scan,
                                               Candidate       *to,
                                               const Candidate *from);
Candidate  *actor_scan_add_candidate          (Scan            *scan,
                                               guint            first,
                                               guint            last);
char       *actor_scan_folded_token           (const Scan      *scan,
                                               guint            i);
char       *actor_scan_surface_text           (const Scan      *scan,
                                               guint            first,
                                               guint            last);
guint       actor_scan_count_words            (const Scan      *scan,
                                               guint            first,
                                               guint            last);
char       *actor_scan_folded_words_key       (const Scan      *scan,
                                               guint            first,
                                               guint            last);
gboolean    actor_scan_same_word              (const Scan      *scan,
                                               guint            a,
                                               guint            b);

/* The passes */
void        actor_scan_first_pass             (Scan            *scan);
void        actor_scan_resolve                (Scan            *scan);

G_END_DECLS
