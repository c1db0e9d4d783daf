/* dateline-actors.h — recognising people, organisations, countries, places
 * and groups in article text, attributing quotes, and merging actors into a
 * project
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Offsets are UTF-8 byte offsets into the text given, end exclusive, like
 * every in-memory offset of the core (the project file converts them).
 *
 * Typical use by the extractor:
 *
 *   DatelineActorRecognizer *recognizer = dateline_actor_recognizer_get_default ();
 *   g_autoptr(GArray) mentions = NULL, quotes = NULL;
 *   dateline_actor_recognizer_find_mentions_and_quotes (recognizer, text, -1, &mentions, &quotes);
 *   for each clause:
 *     guint first, n = dateline_actor_mentions_find_range (mentions, clause_start, clause_end, &first);
 *   dateline_actors_add_to_project (project, article, mentions);   (main thread)
 *
 * The recognizer is immutable once built: one instance serves any number of
 * threads at once.  dateline_actors_add_to_project() changes the project and
 * must be called from the thread that owns it.
 */
#pragma once

#include <glib-object.h>

#include "dateline-actor.h"
#include "dateline-article.h"
#include "dateline-project.h"

G_BEGIN_DECLS

/**
 * DatelineActorMentionFlags:
 * @DATELINE_ACTOR_MENTION_METONYM: a place standing for a government or an
 *   institution ("Moscow said", "the Kremlin", "talks with Washington"); the
 *   mention's actor is the country (or institution), not the place.  A
 *   capital in a geographic context ("in Kyiv", "an attack on Kyiv") is a
 *   place and has no flag.
 * @DATELINE_ACTOR_MENTION_PARTIAL: a short form ("Rubio", "Mr. Rabie") resolved
 *   to the full name ("Marco Rubio", "Osama Rabie") given elsewhere in the
 *   article or in the gazetteer.
 * @DATELINE_ACTOR_MENTION_PRONOUN_SPEAKER: a pronoun that attributes a quote
 *   ("…,” he added"), resolved to the last named speaker.
 * @DATELINE_ACTOR_MENTION_DEMONYM: an adjective or people noun standing for a
 *   country ("Russian forces", "Ukrainians").
 * @DATELINE_ACTOR_MENTION_ABBREVIATION: an abbreviation defined in the text
 *   ("the Suez Canal Authority (SCA)" … "SCA").
 * @DATELINE_ACTOR_MENTION_GAZETTEER: the actor is in the gazetteer (its id
 *   is stable across articles and runs).
 * @DATELINE_ACTOR_MENTION_TITLED: the name follows a title or role ("Foreign
 *   Minister Sergei Lavrov"); the mention's @np_start includes it.
 * @DATELINE_ACTOR_MENTION_GUESSED: a capitalised name with no evidence of its
 *   kind (no title, suffix, verb or gazetteer entry): the kind is a guess.
 *   Callers that prefer precision may skip these.
 *
 * How a mention was recognised and resolved.
 */
typedef enum {
  DATELINE_ACTOR_MENTION_METONYM         = 1 << 0,
  DATELINE_ACTOR_MENTION_PARTIAL         = 1 << 1,
  DATELINE_ACTOR_MENTION_PRONOUN_SPEAKER = 1 << 2,
  DATELINE_ACTOR_MENTION_DEMONYM         = 1 << 3,
  DATELINE_ACTOR_MENTION_ABBREVIATION    = 1 << 4,
  DATELINE_ACTOR_MENTION_GAZETTEER       = 1 << 5,
  DATELINE_ACTOR_MENTION_TITLED          = 1 << 6,
  DATELINE_ACTOR_MENTION_GUESSED         = 1 << 7,
} DatelineActorMentionFlags;

#define DATELINE_ACTOR_MENTION_NONE G_MAXUINT

/**
 * DatelineActorMention:
 * @start: first byte of the name as written ("Lavrov", "Sergei Lavrov")
 * @end: byte after the name
 * @np_start: first byte of the whole noun phrase: a leading "the" of an
 *   organisation or place, and a person's title with its modifiers ("the
 *   Suez Canal Authority", "Russian Foreign Minister Sergei Lavrov");
 *   equal to @start when there is none.  Other mentions may lie inside
 *   [@np_start, @start) ("Russian" is a mention of Russia).
 * @id: the actor's id: the slug of its canonical name ("marco-rubio")
 * @name: the actor's canonical name ("Marco Rubio")
 * @kind: what the actor is
 * @flags: #DatelineActorMentionFlags
 * @antecedent: for a %DATELINE_ACTOR_MENTION_PARTIAL,
 *   %DATELINE_ACTOR_MENTION_ABBREVIATION or
 *   %DATELINE_ACTOR_MENTION_PRONOUN_SPEAKER mention, the index (in the same
 *   array) of the mention it was resolved to — the nearest full name,
 *   which may come later in the text (a headline's "Rubio" before the
 *   body's "Marco Rubio") — or %DATELINE_ACTOR_MENTION_NONE (resolved by
 *   the gazetteer alone)
 *
 * One mention of an actor.  Arrays of mentions are sorted by @start and the
 * spans [@start, @end) never overlap.  The strings belong to the array.
 */
typedef struct {
  guint                      start;
  guint                      end;
  guint                      np_start;
  char                      *id;
  char                      *name;
  DatelineActorKind          kind;
  DatelineActorMentionFlags  flags;
  guint                      antecedent;
} DatelineActorMention;

/**
 * DatelineQuoteFlags:
 * @DATELINE_QUOTE_CUE_AFTER: attributed by what follows ("…,” Rubio said")
 * @DATELINE_QUOTE_CUE_BEFORE: attributed by what precedes ("Rubio said: “…”",
 *   "Rubio called it “unthinkable”")
 * @DATELINE_QUOTE_CONTINUED: no cue of its own: continues the previous
 *   quote of the same paragraph, and its speaker
 * @DATELINE_QUOTE_PRONOUN: the cue names the speaker with a pronoun ("he
 *   added"); the speaker is the last named one
 * @DATELINE_QUOTE_MULTI_PARAGRAPH: the quote runs over several paragraphs
 *   (each reopened with a quotation mark, only the last one closed)
 */
typedef enum {
  DATELINE_QUOTE_CUE_AFTER       = 1 << 0,
  DATELINE_QUOTE_CUE_BEFORE      = 1 << 1,
  DATELINE_QUOTE_CONTINUED       = 1 << 2,
  DATELINE_QUOTE_PRONOUN         = 1 << 3,
  DATELINE_QUOTE_MULTI_PARAGRAPH = 1 << 4,
} DatelineQuoteFlags;

/**
 * DatelineQuote:
 * @start: first byte of the quoted words (after the opening mark)
 * @end: byte after the quoted words (at the closing mark)
 * @outer_start: the opening quotation mark
 * @outer_end: the byte after the closing quotation mark
 * @speaker: index into the mentions array of the mention that attributes
 *   the quote (a name, or a %DATELINE_ACTOR_MENTION_PRONOUN_SPEAKER
 *   pronoun whose @id is the resolved speaker), or
 *   %DATELINE_ACTOR_MENTION_NONE when the speaker is not named
 * @flags: #DatelineQuoteFlags
 *
 * A quotation and its speaker.  Quotes are sorted by @start.  Curly and
 * straight, double and single quotation marks are recognised; apostrophes
 * are not taken for quotation marks.
 */
typedef struct {
  guint              start;
  guint              end;
  guint              outer_start;
  guint              outer_end;
  guint              speaker;
  DatelineQuoteFlags flags;
} DatelineQuote;

#define DATELINE_TYPE_ACTOR_RECOGNIZER (dateline_actor_recognizer_get_type())

G_DECLARE_FINAL_TYPE (DatelineActorRecognizer, dateline_actor_recognizer,
                      DATELINE, ACTOR_RECOGNIZER, GObject)

/* The recognizer built from the gazetteer compiled into the library.
 * Built on first use, thread-safe, never freed.  (transfer none) */
DatelineActorRecognizer *dateline_actor_recognizer_get_default    (void);

/* A recognizer from compiled gazetteer data (the format of
 * docs/gazetteer.md, as written by gen-gazetteer.py): for tests and tools.
 * (transfer full), or NULL with @error set. */
DatelineActorRecognizer *dateline_actor_recognizer_new_from_data  (const char               *data,
                                                                   gsize                     length,
                                                                   GError                  **error);

/* The actor mentions of @text (UTF-8, @length in bytes or -1), in text
 * order, within-article references resolved.
 * Returns: (transfer full) (element-type DatelineActorMention) */
GArray                  *dateline_actor_recognizer_find_mentions  (DatelineActorRecognizer  *self,
                                                                   const char               *text,
                                                                   gssize                    length);

/* The quotations of @text with their speakers.  @mentions is what
 * dateline_actor_recognizer_find_mentions() returned for the same text
 * (then a speaker is an index into it); NULL finds them anew and keeps
 * only quotes, speakers are then NONE.
 * Returns: (transfer full) (element-type DatelineQuote) */
GArray                  *dateline_actor_recognizer_find_quotes    (DatelineActorRecognizer  *self,
                                                                   const char               *text,
                                                                   gssize                    length,
                                                                   GArray                   *mentions);

/* Both of the above in one pass over @text: what the extractor should
 * call.  (transfer full) (element-type DatelineActorMention) *@mentions,
 * (transfer full) (element-type DatelineQuote) *@quotes */
void                     dateline_actor_recognizer_find_mentions_and_quotes
                                                                  (DatelineActorRecognizer  *self,
                                                                   const char               *text,
                                                                   gssize                    length,
                                                                   GArray                  **mentions,
                                                                   GArray                  **quotes);

/* The mentions whose name lies inside [@start, @end): returns how many and
 * sets *@first to the index of the first one.  O(log n). */
guint                    dateline_actor_mentions_find_range       (GArray                   *mentions,
                                                                   guint                     start,
                                                                   guint                     end,
                                                                   guint                    *first);

/* The distinct actor ids mentioned inside [@start, @end), in order of first
 * mention.  (transfer full) (element-type utf8): the strings are copies. */
GPtrArray               *dateline_actor_mentions_dup_ids_in_range (GArray                   *mentions,
                                                                   guint                     start,
                                                                   guint                     end);

/* Adds @mentions (found in @article's text) to @project: each mention
 * becomes a DatelineMention of the project's actor with the mention's id,
 * or of an actor whose name matches it across spellings ("Sergey
 * Lavrov"/"Sergei Lavrov", "Zelenskiy"/"Zelensky"), created when there is
 * none; the surface forms become aliases.  Main thread only. */
void                     dateline_actors_add_to_project           (DatelineProject          *project,
                                                                   DatelineArticle          *article,
                                                                   GArray                   *mentions);

/* The id rule: diacritics folded, lower-case ASCII letters and digits kept,
 * apostrophes dropped, any other run of characters one "-"
 * ("Côte d'Ivoire" -> "cote-divoire").  (transfer full) */
char                    *dateline_actors_slugify                  (const char               *name);

/* The key under which two spellings of a name match: folded, known
 * variants of given names unified ("Sergey" = "Sergei"), transliteration
 * differences flattened ("Zelenskyy" = "Zelensky", "Mikhail" = "Mihail").
 * Uses the default recognizer's tables.  (transfer full) */
char                    *dateline_actors_dup_match_key            (const char               *name);

G_END_DECLS
