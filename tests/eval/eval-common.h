/* eval-common.h — what the evaluation programs share: token-based gold
 * documents, running our pipeline on them, aligning our spans to gold
 * tokens, a small lemmatiser for the lemma baseline, printing
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The annotated corpora (MEANTIME, ECB+, SemEval-2015 task 4) give
 * tokenised text, not the article as published. We rebuild a plain text
 * from the tokens (one sentence per line, spaces between tokens except
 * before closing punctuation and after opening brackets), remember the
 * byte span of every token, feed that text to dateline_ingest_data() as an
 * article file would be fed, and then find every token again in the text
 * the article ended up with (ingest may drop or reshape header lines).
 * Everything we extract (byte offsets into the article's text) is mapped
 * back to gold tokens through that table.
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "dateline-project.h"

#include "eval-coref.h"

G_BEGIN_DECLS

#define EVAL_SKIPPED 77

typedef struct {
  char  *text;           /* as in the corpus */
  guint  sentence;       /* the corpus's sentence number */
  guint  start;          /* byte span in EvalDoc.text */
  guint  end;
  int    article_start;  /* byte span in the article's text, -1 when not found */
  int    article_end;
} EvalToken;

typedef struct {
  char            *name;      /* file name without extension */
  char            *doc_id;    /* the corpus's document id */
  char            *topic;     /* sub-corpus or topic */
  char            *dct;       /* TIMEX3 value of the creation time, or NULL */
  GArray          *tokens;    /* EvalToken */
  GHashTable      *token_ids; /* the corpus's token id → index + 1 */
  GString         *text;      /* rebuilt by eval_doc_build_text() */
  DatelineArticle *article;   /* after eval_run_pipeline() */
  guint            n_aligned; /* tokens found again in the article */
} EvalDoc;

EvalDoc   *eval_doc_new              (const char *name,
                                      const char *doc_id,
                                      const char *topic);
void       eval_doc_free             (EvalDoc    *doc);
/* Appends a token; @token_id (may be NULL) is the corpus's id for it. */
guint      eval_doc_add_token        (EvalDoc    *doc,
                                      const char *token_id,
                                      const char *text,
                                      guint       sentence);
/* The token index for a corpus token id, or -1. */
int        eval_doc_lookup_token     (EvalDoc    *doc,
                                      const char *token_id);
void       eval_doc_build_text       (EvalDoc    *doc);
/* Tokens whose article span overlaps [@start, @end) (article bytes).
 * FALSE when none does. */
gboolean   eval_doc_tokens_in_span   (EvalDoc    *doc,
                                      guint       start,
                                      guint       end,
                                      guint      *first,
                                      guint      *last);
/* Tokens first..last joined by '_' (the SemEval extent format). */
char      *eval_doc_dup_extent       (EvalDoc    *doc,
                                      guint       first,
                                      guint       last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvalDoc, eval_doc_free)

typedef struct {
  guint n_docs;
  guint n_failed;           /* ingest refused the text */
  guint n_tokens;
  guint n_tokens_aligned;
  guint n_dct_given;        /* documents whose gold creation time we set */
  guint n_dct_unusable;     /* … present but not a TIMEX3 date we can read */
  guint n_ingest_dated;     /* documents ingest found a date for by itself */
  guint n_ingest_dct_agree; /* … equal to the gold creation time */
} EvalPipelineStats;

/* Runs ingest, extraction and merging on @docs (element-type EvalDoc)
 * into one new project, the way the app does for a pile of articles. With
 * @use_dct the gold creation time becomes the publication date (origin
 * "metadata") before extraction; without it, whatever ingest found stays.
 * Fills doc->article and the token alignment. */
DatelineProject *eval_run_pipeline     (GPtrArray         *docs,
                                        gboolean           use_dct,
                                        EvalPipelineStats *stats);
/* article id → EvalDoc (borrowed) for the documents of a run. */
GHashTable      *eval_index_by_article (GPtrArray         *docs);

/* ------------------------------------------------------------------ */
/* Spans on gold tokens and their alignment                            */
/* ------------------------------------------------------------------ */

/* A mention as a token range of one document. */
typedef struct {
  guint doc;     /* index into the corpus's document array */
  guint first;   /* token indices, inclusive */
  guint last;
  int   match;   /* index of the aligned span on the other side, or -1 */
  int   group;   /* for system mentions: the event or actor it belongs to */
  guint by_trigger : 1;  /* system event mention located by its trigger */
} EvalSpan;

typedef struct {
  guint n_system;
  guint n_gold;
  guint n_matched;
} EvalCounts;

double eval_counts_precision (const EvalCounts *counts);
double eval_counts_recall    (const EvalCounts *counts);
double eval_counts_f1        (const EvalCounts *counts);

/* Strict: a system span matches a gold span with exactly the same tokens,
 * one-to-one. Does not touch ->match. */
void   eval_match_strict     (GArray     *system,
                              GArray     *gold,
                              EvalCounts *counts);
/* Partial: one-to-one by token overlap, largest overlap first (then the
 * closest in length, then text order). Sets ->match on both sides. */
void   eval_match_partial    (GArray     *system,
                              GArray     *gold,
                              EvalCounts *counts);

/* How a system event mention was put on gold tokens. */
typedef enum {
  EVAL_ALIGN_TRIGGER,   /* the source's trigger span, by token overlap */
  EVAL_ALIGN_PASSAGE,   /* no trigger span: the first gold event mention
                         * inside the passage that no other passage took */
} EvalAlignment;

/* The system event mentions of @project: one per source of every event,
 * ->group = the event's index in the project. When the source carries a
 * trigger span, the span is the trigger's tokens (by_trigger); otherwise it
 * is the passage's tokens and eval_align_event_mentions() narrows it.
 * Sources outside @docs' articles or not alignable are dropped. */
GArray *eval_collect_event_mentions (DatelineProject *project,
                                     GPtrArray       *docs,
                                     GHashTable      *doc_by_article);
/* Aligns system event mentions to gold ones: by trigger overlap for those
 * that have a trigger, else passage → first unclaimed gold mention inside
 * it (then the system span becomes that gold span). Sets ->match on both
 * sides; fills @counts. @n_by_trigger / @n_by_passage (may be NULL) count
 * the alignment used. */
void    eval_align_event_mentions   (GArray     *system,
                                     GArray     *gold,
                                     EvalCounts *counts,
                                     guint      *n_by_trigger,
                                     guint      *n_by_passage);
/* One line per system event mention: document, how it was aligned, its
 * tokens and the gold mention it got (for --verbose). */
void    eval_print_event_alignment  (GPtrArray  *docs,
                                     GArray     *system,
                                     GArray     *gold);
/* A line saying which alignment the numbers rest on. */
void    eval_print_alignment_note   (guint n_by_trigger,
                                     guint n_by_passage);
/* TRUE when this build's DatelineSource has trigger offsets. */
gboolean eval_sources_have_triggers (void);

/* ------------------------------------------------------------------ */
/* Our clustering of gold mentions, through the merge API               */
/* ------------------------------------------------------------------ */

/* TRUE when this build has the extractor's mention clustering
 * (dateline_merge_cluster_mentions()); the programs print "n/a" otherwise. */
gboolean    eval_have_mention_clustering (void);
/* Clusters gold @mentions (EvalSpan, ->doc into @docs, after
 * eval_run_pipeline() made @project) with the extractor's merger: each
 * mention goes in with its gold trigger words and sentence and what our
 * pipeline found in that sentence (the first dating timex, the actors
 * mentioned); kind, lemma and everything else are the merger's own.
 * Fills @labels (equal labels = one cluster). FALSE when unavailable. */
gboolean    eval_cluster_gold_mentions   (DatelineProject *project,
                                          GPtrArray       *docs,
                                          GArray          *mentions,
                                          guint           *labels);
/* Which entry points eval_run_pipeline() uses, for the printed header. */
const char *eval_pipeline_description    (void);

/* Pairs of gold @mentions that @labels put in one cluster, counted by
 * where they are — [0] same sentence, [1] same document, [2] different
 * documents — and, in @correct, how many of those @keys (the gold
 * clusters) also join. Adds to @joined and @correct. */
void        eval_count_joined_pairs      (GPtrArray       *docs,
                                          GArray          *mentions,
                                          GPtrArray       *keys,
                                          const guint     *labels,
                                          guint            joined[3],
                                          guint            correct[3]);
void        eval_print_joined_pairs      (const guint      joined[3],
                                          const guint      correct[3]);

/* ------------------------------------------------------------------ */
/* Lemma baseline                                                      */
/* ------------------------------------------------------------------ */

/* A lemma-like key for an English word: lower-cased, a table of common
 * irregular verb forms mapped to the base form, then the Porter (1980)
 * stemmer ("arrested", "arrests", "arresting" → "arrest"; "said" → "say").
 * Not tuned to any corpus. */
char *eval_lemma          (const char *word);
/* The lemmas of tokens first..last joined by spaces (Bugert et al.'s lemma
 * baseline keys the whole mention span, not its head). */
char *eval_lemma_of_span  (EvalDoc    *doc,
                           guint       first,
                           guint       last);

/* ------------------------------------------------------------------ */
/* Input and output                                                    */
/* ------------------------------------------------------------------ */

/* A copy of attribute @name of @node, or NULL. */
char      *eval_xml_attr     (xmlNode    *node,
                              const char *name);
/* TRUE for an element named @name. */
gboolean   eval_xml_is       (xmlNode    *node,
                              const char *name);
/* Sorted regular files of @dir ending in @suffix (full paths). */
GPtrArray *eval_list_files   (const char *dir,
                              const char *suffix);
/* Sorted subdirectory names of @dir. */
GPtrArray *eval_list_subdirs (const char *dir);
/* Natural order: digit runs compare as numbers ("2" < "10"). */
int        eval_natural_compare (const char *a,
                                 const char *b);

/* One table row: MUC, B³, CEAF-e F1 and the CoNLL F1, in percent; with
 * @with_recall_precision a second line gives each metric's R and P. */
void eval_print_coref_header (void);
void eval_print_coref_row    (const char            *label,
                              const EvalCorefScores *scores,
                              gboolean               with_recall_precision);
/* "label  P  R  F1  (matched/system, matched/gold)" in percent. */
void eval_print_prf_row      (const char       *label,
                              const EvalCounts *counts);
void eval_print_rule         (void);

G_END_DECLS
