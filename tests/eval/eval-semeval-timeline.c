/* eval-semeval-timeline.c — our entity timelines scored with the
 * SemEval-2015 task 4 (TimeLine) measure
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: eval-semeval-timeline EVAL_DIR [--output=DIR] [--verbose]
 *        eval-semeval-timeline --score-files GOLD_TIMELINE SYSTEM_TIMELINE
 *
 * EVAL_DIR is the shared evaluation folder (../shared/eval from the source
 * root); the data is EVAL_DIR/semeval2015-task4-timeline/corpus_{1,2,3}.
 * Exits 77 printing "skipped" when it is absent. This measures; it never
 * fails on low scores. --output=DIR writes our timelines there, one file per
 * target entity in the task's format (DIR/corpus_N/<entity>.txt).
 *
 * Each corpus (30 Wikinews articles) goes through our pipeline as one
 * project: text rebuilt from the track A TimeML tokens (the task's raw
 * input), its DCT as publication date. For every gold timeline file (the
 * official script iterates over those, so the duplicated S&P 500 file
 * counts twice) the target entity's timeline is made of our events that
 * involve it, one line per event:
 *
 *   ordering <TAB> anchor <TAB> DOCID-SENTENCE-EXTENT [<TAB> …]
 *
 * ordering: events sorted by date, one position per distinct anchor, 0 for
 * an undated event (the scorer ignores those); anchor: YYYY-MM-DD,
 * YYYY-MM-XX or YYYY-XX-XX by granularity (a week inside one month gives
 * the month, other coarse spans the year; decades and centuries are
 * undated); mentions: one per source of the event, its extent being the
 * tokens of the source's trigger, or — for a source without a trigger — of
 * the first gold (track B) event mention inside its passage that no other
 * passage took (printed as "PASSAGE" alignment; it borrows gold
 * boundaries, so it flatters us).
 *
 * "Involve": two selections are scored.
 *   actors        one of the event's actors has the target's name as its
 *                 name or an alias (case and punctuation ignored) — what the
 *                 app would show for that actor;
 *   name in text  one of the event's passages contains the target's name —
 *                 a diagnostic that does not depend on actor extraction.
 *
 * The scorer is a re-implementation of the task's (timeline-evaluation in
 * GitHub newsreader/evaluation; see ANCHORS-AND-SCORING.md). Each timeline
 * becomes a graph: every event SIMULTANEOUS with a node for its anchor, each
 * event BEFORE the next one when its ordering is smaller, else SIMULTANEOUS
 * (events taken in the order of the lines sorted "naturally", as the
 * script does); ordering-0 lines dropped. System events are identified
 * with gold ones by their DOCID-SENTENCE-EXTENT string (the k-th system
 * occurrence of a string with the k-th gold one), anchors by their value.
 * Temporal awareness (UzZaman & Allen 2011): precision = reduced system
 * relations verifiable in the gold graph / reduced system relations;
 * recall the other way round; micro-averaged over timelines (sums of the
 * counts). Simplifications, because the task's graph code
 * (relation_to_timegraph) ships only as compiled Python:
 *   - point semantics: SIMULTANEOUS classes (union–find) and BEFORE edges
 *     between them; a relation is verified when it is literally among the
 *     other side's relations or follows from its closure;
 *   - relations are added in the order the task's converter writes them; one
 *     contradicting those before it is "violated": kept among the relations
 *     scored (as the task does) but not added to the graph;
 *   - the reduced graph: a spanning forest of each SIMULTANEOUS class plus
 *     the BEFORE relations left after removing, in order, every one implied
 *     by the others.
 * The program checks itself: the gold timelines scored against themselves
 * must give 100.
 */

#include "config.h"

#include <errno.h>
#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

#include "eval-common.h"

static gboolean verbose = FALSE;

/* ------------------------------------------------------------------ */
/* Timelines and their relations                                       */
/* ------------------------------------------------------------------ */

typedef struct {
  int        order;
  char      *anchor;
  GPtrArray *events;   /* DOCID-SENTENCE-EXTENT */
} TimelineLine;

static void
timeline_line_free (gpointer data)
{
  TimelineLine *line = data;

  g_free (line->anchor);
  g_ptr_array_unref (line->events);
  g_free (line);
}

static int
compare_strings_naturally (gconstpointer a,
                           gconstpointer b)
{
  return eval_natural_compare (*(const char * const *) a, *(const char * const *) b);
}

/* The task's timeline text (without its first line, the entity name) to
 * lines in the order the scorer takes them: sorted naturally, whole line
 * as key. Lines with fewer than three fields are skipped, as by the
 * task's script. */
static GPtrArray *
parse_timeline (const char *text)
{
  g_auto(GStrv) raw = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *lines = g_ptr_array_new_with_free_func (timeline_line_free);

  for (guint i = 0; raw[i] != NULL; i++)
    {
      char *line = g_strchomp (raw[i]);
      const char *p = line;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        continue;
      g_ptr_array_add (kept, g_strdup (line));
    }
  g_ptr_array_sort (kept, compare_strings_naturally);

  for (guint i = 0; i < kept->len; i++)
    {
      g_auto(GStrv) fields = g_strsplit (g_ptr_array_index (kept, i), "\t", -1);
      TimelineLine *line;

      if (g_strv_length (fields) < 3)
        continue;
      line = g_new0 (TimelineLine, 1);
      line->order = atoi (fields[0]);
      line->anchor = g_strdup (fields[1]);
      line->events = g_ptr_array_new_with_free_func (g_free);
      for (guint f = 2; fields[f] != NULL; f++)
        g_ptr_array_add (line->events, g_strdup (fields[f]));
      g_ptr_array_add (lines, line);
    }

  return lines;
}

typedef struct {
  char     *x;
  char     *y;
  gboolean  before;   /* else SIMULTANEOUS */
} Relation;

static void
relation_clear (gpointer data)
{
  Relation *relation = data;

  g_free (relation->x);
  g_free (relation->y);
}

static void
add_relation (GArray     *relations,
              const char *x,
              const char *y,
              gboolean    before)
{
  Relation relation = { g_strdup (x), g_strdup (y), before };

  g_array_append_val (relations, relation);
}

/* The relations the task's converter writes for a timeline, in its order.
 * @gold_events: NULL for the gold side (its events get fresh numbers and
 * their strings are appended to @gold_list); for the system side the gold
 * list, to identify events with gold ones. */
static GArray *
timeline_relations (GPtrArray *lines,
                    gboolean   with_anchors,
                    GPtrArray *gold_list,
                    gboolean   is_gold)
{
  GArray *relations = g_array_new (FALSE, TRUE, sizeof (Relation));
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) orders = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) anchors = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint fresh = 0;

  g_array_set_clear_func (relations, relation_clear);

  for (guint l = 0; l < lines->len; l++)
    {
      TimelineLine *line = g_ptr_array_index (lines, l);

      if (line->order == 0)
        continue;
      for (guint e = 0; e < line->events->len; e++)
        {
          const char *event = g_ptr_array_index (line->events, e);
          char *node;

          if (is_gold)
            {
              node = g_strdup_printf ("e%u", gold_list->len);
              g_ptr_array_add (gold_list, g_strdup (event));
            }
          else
            {
              /* The k-th system occurrence of a string is the k-th gold
               * one, when there is one. */
              guint k = GPOINTER_TO_UINT (g_hash_table_lookup (seen, event));
              guint found = 0;
              int gold_index = -1;

              g_hash_table_insert (seen, (gpointer) event, GUINT_TO_POINTER (k + 1));
              for (guint g = 0; g < gold_list->len; g++)
                if (strcmp (g_ptr_array_index (gold_list, g), event) == 0 && found++ == k)
                  {
                    gold_index = (int) g;
                    break;
                  }
              node = gold_index >= 0 ? g_strdup_printf ("e%d", gold_index)
                                     : g_strdup_printf ("system%u", fresh++);
            }
          g_ptr_array_add (nodes, node);
          g_array_append_val (orders, line->order);
          g_ptr_array_add (anchors, line->anchor);
        }
    }

  if (with_anchors)
    for (guint i = 0; i < nodes->len; i++)
      {
        const char *value = g_ptr_array_index (anchors, i);
        g_autofree char *anchor = g_strdup_printf ("anchor:%s", value);

        add_relation (relations, g_ptr_array_index (nodes, i), anchor, FALSE);
      }

  for (guint i = 0; i + 1 < nodes->len; i++)
    add_relation (relations, g_ptr_array_index (nodes, i), g_ptr_array_index (nodes, i + 1),
                  g_array_index (orders, int, i) < g_array_index (orders, int, i + 1));

  return relations;
}

/* ------------------------------------------------------------------ */
/* The graph: SIMULTANEOUS classes, BEFORE edges                       */
/* ------------------------------------------------------------------ */

typedef struct {
  guint    from;
  guint    to;
  guint    relation;   /* index of the relation that made it */
  gboolean removed;    /* redundant in the reduced graph */
} Edge;

typedef struct {
  GHashTable *ids;        /* node name → id + 1 */
  GArray     *parent;     /* guint, union–find */
  GArray     *edges;      /* Edge */
  GHashTable *explicit;   /* "x\ty\tREL", both directions */
  GArray     *final;      /* guint: indices of the reduced (and violated) relations */
} Graph;

static void
graph_free (Graph *graph)
{
  g_hash_table_unref (graph->ids);
  g_array_unref (graph->parent);
  g_array_unref (graph->edges);
  g_hash_table_unref (graph->explicit);
  g_array_unref (graph->final);
  g_free (graph);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Graph, graph_free)

static int
graph_lookup (Graph      *graph,
              const char *name)
{
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (graph->ids, name)) - 1;
}

static guint
graph_node (Graph      *graph,
            const char *name)
{
  int id = graph_lookup (graph, name);

  if (id < 0)
    {
      guint fresh = graph->parent->len;

      g_array_append_val (graph->parent, fresh);
      g_hash_table_insert (graph->ids, g_strdup (name), GUINT_TO_POINTER (fresh + 1));
      id = (int) fresh;
    }
  return (guint) id;
}

static guint
graph_find (Graph *graph,
            guint  node)
{
  guint *parent = (guint *) graph->parent->data;

  while (parent[node] != node)
    {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
  return node;
}

/* Is class @to reachable from class @from over BEFORE edges (skipping
 * @skip, an edge index, or G_MAXUINT, and removed edges when
 * @only_kept)? */
static gboolean
graph_reaches (Graph    *graph,
               guint     from,
               guint     to,
               guint     skip,
               gboolean  only_kept)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) visited = g_hash_table_new (g_direct_hash, g_direct_equal);

  g_array_append_val (queue, from);
  g_hash_table_add (visited, GUINT_TO_POINTER (from + 1));
  for (guint q = 0; q < queue->len; q++)
    {
      guint current = g_array_index (queue, guint, q);

      for (guint e = 0; e < graph->edges->len; e++)
        {
          const Edge *edge = &g_array_index (graph->edges, Edge, e);
          guint next;

          if (e == skip || (only_kept && edge->removed) ||
              graph_find (graph, edge->from) != current)
            continue;
          next = graph_find (graph, edge->to);
          if (next == to)
            return TRUE;
          if (g_hash_table_add (visited, GUINT_TO_POINTER (next + 1)))
            g_array_append_val (queue, next);
        }
    }
  return FALSE;
}

static char *
explicit_key (const char *x,
              const char *y,
              const char *relation)
{
  return g_strdup_printf ("%s\t%s\t%s", x, y, relation);
}

static Graph *
graph_new (GArray *relations)
{
  Graph *graph = g_new0 (Graph, 1);
  g_autoptr(GArray) kept_before = g_array_new (FALSE, FALSE, sizeof (guint));

  graph->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  graph->parent = g_array_new (FALSE, FALSE, sizeof (guint));
  graph->edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  graph->explicit = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  graph->final = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint r = 0; r < relations->len; r++)
    {
      const Relation *relation = &g_array_index (relations, Relation, r);
      guint x = graph_find (graph, graph_node (graph, relation->x));
      guint y = graph_find (graph, graph_node (graph, relation->y));

      const char *forward = relation->before ? "BEFORE" : "SIMULTANEOUS";
      const char *backward = relation->before ? "AFTER" : "SIMULTANEOUS";

      g_hash_table_add (graph->explicit, explicit_key (relation->x, relation->y, forward));
      g_hash_table_add (graph->explicit, explicit_key (relation->y, relation->x, backward));

      if (!relation->before)
        {
          if (x == y)
            continue;   /* implied: not in the reduced graph */
          if (graph_reaches (graph, x, y, G_MAXUINT, FALSE) ||
              graph_reaches (graph, y, x, G_MAXUINT, FALSE))
            {
              g_array_append_val (graph->final, r);   /* violated */
              continue;
            }
          g_array_index (graph->parent, guint, x) = y;
          g_array_append_val (graph->final, r);
        }
      else
        {
          Edge edge = { x, y, r, FALSE };

          if (x == y || graph_reaches (graph, y, x, G_MAXUINT, FALSE))
            {
              g_array_append_val (graph->final, r);   /* violated */
              continue;
            }
          if (graph_reaches (graph, x, y, G_MAXUINT, FALSE))
            continue;   /* implied */
          g_array_append_val (graph->edges, edge);
        }
    }

  /* Transitive reduction of the BEFORE edges, in order. */
  for (guint e = 0; e < graph->edges->len; e++)
    {
      Edge *edge = &g_array_index (graph->edges, Edge, e);

      guint from = graph_find (graph, edge->from);
      guint to = graph_find (graph, edge->to);

      if (graph_reaches (graph, from, to, e, TRUE))
        edge->removed = TRUE;
      else
        g_array_append_val (graph->final, edge->relation);
    }

  return graph;
}

/* Does @graph verify x REL y? */
static gboolean
graph_verifies (Graph          *graph,
                const Relation *relation)
{
  g_autofree char *key = explicit_key (relation->x, relation->y,
                                       relation->before ? "BEFORE" : "SIMULTANEOUS");
  int x, y;

  if (g_hash_table_contains (graph->explicit, key))
    return TRUE;
  x = graph_lookup (graph, relation->x);
  y = graph_lookup (graph, relation->y);
  if (x < 0 || y < 0)
    return FALSE;
  x = (int) graph_find (graph, (guint) x);
  y = (int) graph_find (graph, (guint) y);
  if (!relation->before)
    return x == y;
  return x != y && graph_reaches (graph, (guint) x, (guint) y, G_MAXUINT, FALSE);
}

typedef struct {
  double precision_matched;
  double system_total;
  double recall_matched;
  double gold_total;
} AwarenessScore;

static void
score_timeline (const char     *gold_text,
                const char     *system_text,
                gboolean        with_anchors,
                AwarenessScore *out)
{
  g_autoptr(GPtrArray) gold_lines = parse_timeline (gold_text);
  g_autoptr(GPtrArray) system_lines = parse_timeline (system_text);
  g_autoptr(GPtrArray) gold_list = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) gold_relations =
    timeline_relations (gold_lines, with_anchors, gold_list, TRUE);
  g_autoptr(GArray) system_relations =
    timeline_relations (system_lines, with_anchors, gold_list, FALSE);
  g_autoptr(Graph) gold = graph_new (gold_relations);
  g_autoptr(Graph) system = graph_new (system_relations);

  memset (out, 0, sizeof *out);
  for (guint i = 0; i < system->final->len; i++)
    if (graph_verifies (gold, &g_array_index (system_relations, Relation,
                                              g_array_index (system->final, guint, i))))
      out->precision_matched++;
  for (guint i = 0; i < gold->final->len; i++)
    if (graph_verifies (system, &g_array_index (gold_relations, Relation,
                                                g_array_index (gold->final, guint, i))))
      out->recall_matched++;
  out->system_total = system->final->len;
  out->gold_total = gold->final->len;
}

static double
awareness_precision (const AwarenessScore *score)
{
  return score->system_total > 0 ? score->precision_matched / score->system_total : 0;
}

static double
awareness_recall (const AwarenessScore *score)
{
  return score->gold_total > 0 ? score->recall_matched / score->gold_total : 0;
}

static double
awareness_f1 (const AwarenessScore *score)
{
  double p = awareness_precision (score);
  double r = awareness_recall (score);

  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void
awareness_add (AwarenessScore       *sum,
               const AwarenessScore *score)
{
  sum->precision_matched += score->precision_matched;
  sum->system_total += score->system_total;
  sum->recall_matched += score->recall_matched;
  sum->gold_total += score->gold_total;
}

/* ------------------------------------------------------------------ */
/* Reading the corpus                                                  */
/* ------------------------------------------------------------------ */

typedef struct {
  char      *dir;
  GPtrArray *docs;       /* EvalDoc, doc_id = DOCID */
  GArray    *gold;       /* EvalSpan: track B event mentions */
  guint      n_token_mismatches;
} Corpus;

static void
corpus_free (Corpus *corpus)
{
  g_free (corpus->dir);
  g_ptr_array_unref (corpus->docs);
  g_array_unref (corpus->gold);
  g_free (corpus);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Corpus, corpus_free)

static xmlNode *
find_child (xmlNode    *parent,
            const char *name)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (eval_xml_is (node, name))
      return node;
  return NULL;
}

/* Appends the whitespace-separated tokens of @text. */
static guint
add_tokens (EvalDoc    *doc,
            const char *text,
            guint       sentence)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  guint n = 0;

  for (guint w = 0; words[w] != NULL; w++)
    if (words[w][0] != '\0')
      {
        eval_doc_add_token (doc, NULL, words[w], sentence);
        n++;
      }
  return n;
}

static EvalDoc *
read_track_a (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  xmlDoc *xml = xmlReadFile (path, NULL, XML_PARSE_NONET);
  xmlNode *root, *node;
  xmlChar *doc_id;
  EvalDoc *doc;

  if (xml == NULL)
    {
      g_printerr ("%s: not readable as XML\n", path);
      return NULL;
    }
  root = xmlDocGetRootElement (xml);
  if (g_str_has_suffix (base, ".tml"))
    base[strlen (base) - 4] = '\0';

  node = find_child (root, "DOCID");
  doc_id = node != NULL ? xmlNodeGetContent (node) : NULL;
  doc = eval_doc_new (base, doc_id != NULL ? g_strstrip ((char *) doc_id) : base, "");
  xmlFree (doc_id);

  node = find_child (root, "DCT");
  if (node != NULL && (node = find_child (node, "TIMEX3")) != NULL)
    doc->dct = eval_xml_attr (node, "value");

  node = find_child (root, "TEXT");
  for (xmlNode *s = node != NULL ? node->children : NULL; s != NULL; s = s->next)
    {
      g_autofree char *id = NULL;
      xmlChar *content;

      if (!eval_xml_is (s, "s"))
        continue;
      id = eval_xml_attr (s, "id");
      content = xmlNodeGetContent (s);
      add_tokens (doc, (const char *) content, id != NULL ? (guint) atoi (id) : 0);
      xmlFree (content);
    }
  xmlFreeDoc (xml);

  eval_doc_build_text (doc);
  return doc;
}

/* The gold EVENT mentions of track B, as token ranges of @doc (same
 * tokens as track A; counted as mismatches when not). */
static void
read_track_b (Corpus     *corpus,
              guint       doc_index,
              const char *path)
{
  EvalDoc *doc = g_ptr_array_index (corpus->docs, doc_index);
  xmlDoc *xml = xmlReadFile (path, NULL, XML_PARSE_NONET);
  xmlNode *text;
  guint position = 0;

  if (xml == NULL)
    {
      g_printerr ("%s: not readable as XML\n", path);
      return;
    }
  text = find_child (xmlDocGetRootElement (xml), "TEXT");
  for (xmlNode *s = text != NULL ? text->children : NULL; s != NULL; s = s->next)
    {
      if (!eval_xml_is (s, "s"))
        continue;
      for (xmlNode *part = s->children; part != NULL; part = part->next)
        {
          xmlChar *content = xmlNodeGetContent (part);
          g_auto(GStrv) words = g_strsplit_set ((const char *) content, " \t\n", -1);
          guint first = position;

          for (guint w = 0; words[w] != NULL; w++)
            {
              if (words[w][0] == '\0')
                continue;
              if (position >= doc->tokens->len ||
                  strcmp (g_array_index (doc->tokens, EvalToken, position).text, words[w]) != 0)
                corpus->n_token_mismatches++;
              position++;
            }

          if (eval_xml_is (part, "EVENT") && position > first && position <= doc->tokens->len)
            {
              EvalSpan span = { 0 };

              span.doc = doc_index;
              span.first = first;
              span.last = position - 1;
              span.match = -1;
              span.group = -1;
              g_array_append_val (corpus->gold, span);
            }
          xmlFree (content);
        }
    }
  xmlFreeDoc (xml);
}

static Corpus *
read_corpus (const char *dir)
{
  g_autofree char *track_a = g_build_filename (dir, "corpus_trackA_TimeML", NULL);
  g_autofree char *track_b = g_build_filename (dir, "corpus_trackB_TimeML", NULL);
  g_autoptr(GPtrArray) files = eval_list_files (track_a, ".tml");
  Corpus *corpus = g_new0 (Corpus, 1);

  corpus->dir = g_strdup (dir);
  corpus->docs = g_ptr_array_new_with_free_func ((GDestroyNotify) eval_doc_free);
  corpus->gold = g_array_new (FALSE, TRUE, sizeof (EvalSpan));

  for (guint f = 0; f < files->len; f++)
    {
      const char *path = g_ptr_array_index (files, f);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *b_path = g_build_filename (track_b, base, NULL);
      EvalDoc *doc = read_track_a (path);

      if (doc == NULL)
        continue;
      g_ptr_array_add (corpus->docs, doc);
      read_track_b (corpus, corpus->docs->len - 1, b_path);
    }

  return corpus;
}

/* ------------------------------------------------------------------ */
/* Our timelines                                                       */
/* ------------------------------------------------------------------ */

/* Lower case, every run of non-alphanumerics one space, padded with
 * spaces so that a word-boundary match is a plain substring match. */
static char *
normalize_name (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  GString *out = g_string_new (" ");

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');

  return g_string_free (out, FALSE);
}

static gboolean
actor_has_name (DatelineActor *actor,
                const char    *target)
{
  g_autofree char *name = normalize_name (dateline_actor_get_name (actor));
  const char * const *aliases = dateline_actor_get_aliases (actor);

  if (strcmp (name, target) == 0)
    return TRUE;
  for (guint a = 0; aliases != NULL && aliases[a] != NULL; a++)
    {
      g_autofree char *alias = normalize_name (aliases[a]);

      if (strcmp (alias, target) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
event_involves_by_actor (DatelineProject *project,
                         DatelineEvent   *event,
                         const char      *target)
{
  const char * const *actors = dateline_event_get_actors (event);

  for (guint a = 0; actors != NULL && actors[a] != NULL; a++)
    {
      DatelineActor *actor = dateline_project_lookup_actor (project, actors[a]);

      if (actor != NULL && actor_has_name (actor, target))
        return TRUE;
    }
  return FALSE;
}

static gboolean
event_involves_by_text (DatelineEvent *event,
                        const char    *target)
{
  const DatelineSourceList *sources = dateline_event_get_sources (event);

  for (guint s = 0; s < sources->len; s++)
    {
      const DatelineSource *source = &g_array_index (sources, DatelineSource, s);
      g_autofree char *passage = normalize_name (source->text != NULL ? source->text : "");

      if (strstr (passage, target) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The task's anchor for a date, or NULL when it is to be left undated. */
static char *
format_anchor (const DatelineWhen *when)
{
  int y1, m1, d1, y2, m2, d2;

  if (!dateline_when_is_dated (when))
    return NULL;
  dateline_julian_to_ymd (when->start, &y1, &m1, &d1);
  dateline_julian_to_ymd (when->end, &y2, &m2, &d2);

  switch (when->granularity)
    {
    case DATELINE_GRANULARITY_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", y1, m1, d1);
    case DATELINE_GRANULARITY_WEEK:
    case DATELINE_GRANULARITY_MONTH:
      if (y1 == y2 && m1 == m2)
        return g_strdup_printf ("%04d-%02d-XX", y1, m1);
      return y1 == y2 ? g_strdup_printf ("%04d-XX-XX", y1) : NULL;
    case DATELINE_GRANULARITY_QUARTER:
    case DATELINE_GRANULARITY_YEAR:
      return y1 == y2 ? g_strdup_printf ("%04d-XX-XX", y1) : NULL;
    case DATELINE_GRANULARITY_NONE:
    case DATELINE_GRANULARITY_DECADE:
    case DATELINE_GRANULARITY_CENTURY:
    default:
      return NULL;
    }
}

typedef struct {
  DatelineWhen when;
  char        *anchor;    /* NULL: undated */
  GPtrArray   *mentions;  /* DOCID-SENTENCE-EXTENT, no duplicates */
} OurLine;

static void
our_line_clear (gpointer data)
{
  OurLine *line = data;

  g_free (line->anchor);
  g_ptr_array_unref (line->mentions);
}

static int
our_line_compare (gconstpointer a,
                  gconstpointer b)
{
  const OurLine *x = a;
  const OurLine *y = b;

  if ((x->anchor == NULL) != (y->anchor == NULL))
    return x->anchor == NULL ? -1 : 1;
  if (x->anchor == NULL)
    return 0;
  if (x->when.start != y->when.start)
    return x->when.start < y->when.start ? -1 : 1;
  if (x->when.end != y->when.end)
    return x->when.end < y->when.end ? -1 : 1;
  return strcmp (x->anchor, y->anchor);
}

/* Our timeline of the events @involves accepts, in the task's format
 * (without the entity line). @mentions_by_event: event index → GPtrArray
 * of mention strings. */
static char *
build_timeline (DatelineProject *project,
                GPtrArray       *mentions_by_event,
                const char      *target,
                gboolean         by_actor,
                guint           *n_events)
{
  GListModel *events = dateline_project_get_events (project);
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (OurLine));
  GString *text = g_string_new (NULL);
  const char *previous_anchor = NULL;
  int order = 0;

  g_array_set_clear_func (lines, our_line_clear);
  for (guint e = 0; e < g_list_model_get_n_items (events); e++)
    {
      g_autoptr(DatelineEvent) event = g_list_model_get_item (events, e);
      GPtrArray *mentions = g_ptr_array_index (mentions_by_event, e);
      OurLine line = { 0 };

      if (mentions == NULL || mentions->len == 0)
        continue;
      if (by_actor ? !event_involves_by_actor (project, event, target)
                   : !event_involves_by_text (event, target))
        continue;

      line.when = *dateline_event_get_when (event);
      line.anchor = format_anchor (&line.when);
      line.mentions = g_ptr_array_ref (mentions);
      g_array_append_val (lines, line);
    }
  g_array_sort (lines, our_line_compare);
  *n_events = lines->len;

  for (guint l = 0; l < lines->len; l++)
    {
      OurLine *line = &g_array_index (lines, OurLine, l);

      if (line->anchor != NULL && g_strcmp0 (line->anchor, previous_anchor) != 0)
        {
          order++;
          previous_anchor = line->anchor;
        }
      g_string_append_printf (text, "%d\t%s", line->anchor != NULL ? order : 0,
                              line->anchor != NULL ? line->anchor : "XXXX-XX-XX");
      for (guint m = 0; m < line->mentions->len; m++)
        {
          const char *mention = g_ptr_array_index (line->mentions, m);

          g_string_append_printf (text, "\t%s", mention);
        }
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
mention_list_free (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

/* Event index → mention strings of its sources (GPtrArray, or NULL). */
static GPtrArray *
mentions_by_event (DatelineProject *project,
                   Corpus          *corpus,
                   GArray          *spans)
{
  guint n_events = g_list_model_get_n_items (dateline_project_get_events (project));
  GPtrArray *by_event = g_ptr_array_new_with_free_func (mention_list_free);

  g_ptr_array_set_size (by_event, (int) n_events);
  for (guint s = 0; s < spans->len; s++)
    {
      const EvalSpan *span = &g_array_index (spans, EvalSpan, s);
      EvalDoc *doc = g_ptr_array_index (corpus->docs, span->doc);
      g_autofree char *extent = NULL;
      char *mention;
      GPtrArray *list;
      guint found;

      /* A passage without a gold mention inside names no event. */
      if (!span->by_trigger && span->match < 0)
        continue;
      extent = eval_doc_dup_extent (doc, span->first, span->last);
      mention = g_strdup_printf ("%s-%u-%s", doc->doc_id,
                                 g_array_index (doc->tokens, EvalToken, span->first).sentence,
                                 extent);
      list = g_ptr_array_index (by_event, (guint) span->group);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_index (by_event, (guint) span->group) = list;
        }
      if (g_ptr_array_find_with_equal_func (list, mention, g_str_equal, &found))
        g_free (mention);
      else
        g_ptr_array_add (list, mention);
    }

  return by_event;
}

/* ------------------------------------------------------------------ */
/* Main                                                                */
/* ------------------------------------------------------------------ */

typedef struct {
  AwarenessScore actors;
  AwarenessScore text;
  AwarenessScore actors_ord;
  AwarenessScore text_ord;
  AwarenessScore self;
} Totals;

static gboolean
write_timeline (const char *output_dir,
                const char *corpus_name,
                const char *file_name,
                const char *entity,
                const char *timeline)
{
  g_autofree char *dir = g_build_filename (output_dir, corpus_name, NULL);
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autofree char *contents = g_strdup_printf ("%s\n%s", entity, timeline);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      g_printerr ("%s: %s\n", dir, g_strerror (errno));
      return FALSE;
    }
  if (!g_file_set_contents (path, contents, -1, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

static void
run_corpus (const char *data_dir,
            const char *corpus_name,
            const char *output_dir,
            Totals     *totals)
{
  g_autofree char *dir = g_build_filename (data_dir, corpus_name, NULL);
  g_autofree char *gold_dir = g_build_filename (dir, "TimeLines_Gold_Standard", NULL);
  g_autoptr(Corpus) corpus = read_corpus (dir);
  g_autoptr(GPtrArray) gold_files = eval_list_files (gold_dir, ".txt");
  EvalPipelineStats stats = { 0 };
  g_autoptr(DatelineProject) project = eval_run_pipeline (corpus->docs, TRUE, &stats);
  g_autoptr(GHashTable) doc_by_article = eval_index_by_article (corpus->docs);
  g_autoptr(GArray) spans = eval_collect_event_mentions (project, corpus->docs, doc_by_article);
  g_autoptr(GPtrArray) by_event = NULL;
  EvalCounts counts;
  guint n_by_trigger = 0, n_by_passage = 0;

  eval_align_event_mentions (spans, corpus->gold, &counts, &n_by_trigger, &n_by_passage);
  by_event = mentions_by_event (project, corpus, spans);

  g_print ("\n%s: %u documents, %u gold (track B) event mentions; "
           "our pipeline: %u events, %u actors\n",
           corpus_name, corpus->docs->len, corpus->gold->len,
           g_list_model_get_n_items (dateline_project_get_events (project)),
           g_list_model_get_n_items (dateline_project_get_actors (project)));
  g_print ("  %.1f%% of tokens found again in the text; DCT given to %u of %u\n",
           stats.n_tokens > 0 ? 100.0 * stats.n_tokens_aligned / stats.n_tokens : 0.0,
           stats.n_dct_given, stats.n_docs);
  if (corpus->n_token_mismatches > 0)
    g_print ("  note: %u track B tokens are spelled differently from track A (same positions)\n",
             corpus->n_token_mismatches);
  eval_print_alignment_note (n_by_trigger, n_by_passage);
  g_print ("  %-34s %5s %5s | %6s %6s %6s | %6s %6s %6s\n", "timeline", "gold", "ours",
           "F1", "P", "R", "F1", "P", "R");
  g_print ("  %-34s %5s %5s | %20s | %20s\n", "", "lines", "lines", "by actor", "name in text");

  for (guint f = 0; f < gold_files->len; f++)
    {
      const char *path = g_ptr_array_index (gold_files, f);
      g_autofree char *file_name = g_path_get_basename (path);
      g_autofree char *contents = NULL;
      g_autofree char *target = NULL;
      g_autofree char *ours_by_actor = NULL;
      g_autofree char *ours_by_text = NULL;
      const char *body;
      char *newline;
      AwarenessScore actor_score, text_score, ord_score, self_score;
      guint n_actor_events = 0, n_text_events = 0;
      g_autoptr(GPtrArray) gold_lines = NULL;

      if (!g_file_get_contents (path, &contents, NULL, NULL))
        continue;
      newline = strchr (contents, '\n');
      body = newline != NULL ? newline + 1 : "";
      if (newline != NULL)
        *newline = '\0';
      target = normalize_name (g_strstrip (contents));

      ours_by_actor = build_timeline (project, by_event, target, TRUE, &n_actor_events);
      ours_by_text = build_timeline (project, by_event, target, FALSE, &n_text_events);
      gold_lines = parse_timeline (body);

      score_timeline (body, ours_by_actor, TRUE, &actor_score);
      score_timeline (body, ours_by_text, TRUE, &text_score);
      awareness_add (&totals->actors, &actor_score);
      awareness_add (&totals->text, &text_score);
      score_timeline (body, ours_by_actor, FALSE, &ord_score);
      awareness_add (&totals->actors_ord, &ord_score);
      score_timeline (body, ours_by_text, FALSE, &ord_score);
      awareness_add (&totals->text_ord, &ord_score);
      score_timeline (body, body, TRUE, &self_score);
      awareness_add (&totals->self, &self_score);

      g_print ("  %-34s %5u %5u | %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f\n", file_name,
               gold_lines->len, n_actor_events,
               100 * awareness_f1 (&actor_score), 100 * awareness_precision (&actor_score),
               100 * awareness_recall (&actor_score),
               100 * awareness_f1 (&text_score), 100 * awareness_precision (&text_score),
               100 * awareness_recall (&text_score));
      if (verbose)
        g_print ("    (name in text: %u of our events)\n%s", n_text_events, ours_by_text);

      if (output_dir != NULL)
        {
          g_autofree char *by_text_name = g_strdup_printf ("name-in-text/%s", corpus_name);

          write_timeline (output_dir, corpus_name, file_name, contents, ours_by_actor);
          write_timeline (output_dir, by_text_name, file_name, contents, ours_by_text);
        }
    }
}

static void
print_total (const char           *label,
             const AwarenessScore *score)
{
  g_print ("  %-46s %6.2f %6.2f %6.2f   (%g/%g, %g/%g)\n", label,
           100 * awareness_f1 (score), 100 * awareness_precision (score),
           100 * awareness_recall (score),
           score->precision_matched, score->system_total,
           score->recall_matched, score->gold_total);
}

static const char *
skip_first_line (const char *text)
{
  const char *newline = strchr (text, '\n');

  return newline != NULL ? newline + 1 : "";
}

static int
score_files (const char *gold_path,
             const char *system_path)
{
  g_autofree char *gold = NULL;
  g_autofree char *system = NULL;
  g_autoptr(GError) error = NULL;
  AwarenessScore score, ord;

  if (!g_file_get_contents (gold_path, &gold, NULL, &error) ||
      !g_file_get_contents (system_path, &system, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  score_timeline (skip_first_line (gold), skip_first_line (system), TRUE, &score);
  score_timeline (skip_first_line (gold), skip_first_line (system), FALSE, &ord);
  print_total ("ordering and anchors", &score);
  print_total ("ordering only", &ord);
  return EXIT_SUCCESS;
}

int
main (int   argc,
      char *argv[])
{
  const char *eval_dir = NULL;
  const char *output_dir = NULL;
  g_autofree char *data_dir = NULL;
  Totals totals = { { 0 } };

  /* Two timeline files scored directly, like the task's
   * evaluation_timeline.py (first line of each: the entity). */
  if (argc == 4 && strcmp (argv[1], "--score-files") == 0)
    return score_files (argv[2], argv[3]);

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--verbose") == 0 || strcmp (argv[i], "-v") == 0)
        verbose = TRUE;
      else if (g_str_has_prefix (argv[i], "--output="))
        output_dir = argv[i] + strlen ("--output=");
      else
        eval_dir = argv[i];
    }

  if (eval_dir == NULL)
    {
      g_print ("skipped: no evaluation data (usage: %s EVAL_DIR [--output=DIR] [--verbose])\n",
               argv[0]);
      return EVAL_SKIPPED;
    }
  data_dir = g_build_filename (eval_dir, "semeval2015-task4-timeline", NULL);
  if (!g_file_test (data_dir, G_FILE_TEST_IS_DIR))
    {
      g_print ("skipped: %s not found\n", data_dir);
      return EVAL_SKIPPED;
    }

  LIBXML_TEST_VERSION

  g_print ("SemEval-2015 task 4 (TimeLine), main track: raw text in, entity timelines out\n");
  g_print ("entry points: %s\n", eval_pipeline_description ());

  for (guint c = 1; c <= 3; c++)
    {
      g_autofree char *name = g_strdup_printf ("corpus_%u", c);

      run_corpus (data_dir, name, output_dir, &totals);
    }

  g_print ("\n%-48s %6s %6s %6s   %s\n", "Micro-averaged over all gold timelines", "F1", "P", "R",
           "(matched/ours, matched/gold relations)");
  print_total ("check: gold against itself (must be 100)", &totals.self);
  print_total ("ours, events by actor", &totals.actors);
  print_total ("ours, events by name in text (diagnostic)", &totals.text);
  print_total ("ours, by actor, ordering only (--ord)", &totals.actors_ord);
  print_total ("ours, by name in text, ordering only", &totals.text_ord);
  g_print ("published: best main-track (raw text) run F1 7.85 (Minard et al. 2015)\n");
  if (output_dir != NULL)
    g_print ("our timelines are in %s/corpus_N/ (by actor) and %s/name-in-text/corpus_N/\n",
             output_dir, output_dir);

  return EXIT_SUCCESS;
}
