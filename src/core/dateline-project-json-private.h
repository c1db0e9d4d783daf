/* dateline-project-json-private.h — a streaming reader for project files
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 reads a whole document into a tree of nodes, hash tables
 * and lists: about 3.6 KB per event of a project, so a project of a
 * million events needed 3.6 GB and 24 s before a single event existed.
 * (The HTML reader uses it for a page's JSON-LD too, for the same
 * strictness.) This reader walks the file once through a small buffer and hands out
 * one element of a top-level array at a time, as a compact tree in an
 * arena that the next element reuses: memory is bounded by the largest
 * element (an article's text), not by the file.
 *
 * It reads strict JSON (RFC 8259): no comments, no single quotes, one
 * value. Every string is checked to be UTF-8 and every \u escape to be
 * whole; nesting is bounded. Errors are DATELINE_PROJECT_ERROR_INVALID
 * with the line, in the words of the project loader.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Deeper than any project: the format nests five levels. */
#define DATELINE_PROJECT_JSON_MAX_DEPTH 256

typedef enum {
  DATELINE_JSON_NULL,
  DATELINE_JSON_BOOLEAN,
  DATELINE_JSON_INT,
  DATELINE_JSON_DOUBLE,
  DATELINE_JSON_STRING,
  DATELINE_JSON_ARRAY,
  DATELINE_JSON_OBJECT,
} DatelineJsonType;

typedef struct _DatelineJsonValue  DatelineJsonValue;
typedef struct _DatelineJsonMember DatelineJsonMember;

struct _DatelineJsonValue {
  DatelineJsonType type;
  guint            n;        /* elements of an array, members of an object, bytes of a string */
  union {
    gboolean            boolean;
    gint64              integer;
    double              number;
    const char         *string;    /* NUL-terminated, UTF-8 */
    DatelineJsonValue  *elements;
    DatelineJsonMember *members;
  } v;
};

struct _DatelineJsonMember {
  const char        *name;
  guint              name_length;  /* bytes, so that lookups compare lengths first */
  DatelineJsonValue  value;
};

typedef struct _DatelineJsonReader DatelineJsonReader;

DatelineJsonReader *dateline_json_reader_new        (GInputStream        *in,
                                                     GCancellable        *cancellable);
void                dateline_json_reader_free       (DatelineJsonReader  *self);

/* Steps into the root object: "empty", "not a project" (not an object)
 * and I/O errors are reported here. */
gboolean            dateline_json_reader_enter_root (DatelineJsonReader  *self,
                                                     GError             **error);
/* The next member of the root object: 1 with its name (valid until the
 * next call), the reader before its value; 0 after the root's last
 * member, once nothing but white space follows it; -1 on error. */
int                 dateline_json_reader_next_member (DatelineJsonReader *self,
                                                      const char        **name,
                                                      GError            **error);
/* Reads a whole value into the arena (see _reset). */
gboolean            dateline_json_reader_read_value (DatelineJsonReader  *self,
                                                     DatelineJsonValue  **value,
                                                     GError             **error);
/* Streams an array: _begin_array() is 1 when the value ahead is an array
 * (stepped into), 0 when it is something else (read it with _read_value
 * to say what), -1 on error. _next_element() is 1 with the next element
 * in the arena (reset first), 0 after the array's end, -1 on error. */
int                 dateline_json_reader_begin_array (DatelineJsonReader *self,
                                                      GError            **error);
int                 dateline_json_reader_next_element (DatelineJsonReader *self,
                                                       DatelineJsonValue **element,
                                                       GError            **error);
/* Elements read ahead, by another thread (a batch is used by one thread
 * at a time): _next_elements() reads up to @max_elements of the array
 * into @batch, which owns them (its earlier ones are forgotten), and
 * returns like _next_element(): 1 while the array goes on, 0 when its end
 * was read (after the batch's last element), -1 on error (after the
 * elements read before it). */
typedef struct _DatelineJsonBatch DatelineJsonBatch;

DatelineJsonBatch  *dateline_json_batch_new          (void);
void                dateline_json_batch_free         (DatelineJsonBatch   *batch);
DatelineJsonValue **dateline_json_batch_get_elements (DatelineJsonBatch   *batch,
                                                      guint               *n_elements);
int                 dateline_json_reader_next_elements (DatelineJsonReader *self,
                                                        DatelineJsonBatch  *batch,
                                                        guint               max_elements,
                                                        GError            **error);

/* Forgets every value read so far (their memory is reused). */
void                dateline_json_reader_reset      (DatelineJsonReader  *self);

/* Where the reader is, to come back to a member's value later. */
typedef struct {
  goffset offset;
  guint   line;
} DatelineJsonMark;

DatelineJsonMark    dateline_json_reader_mark       (DatelineJsonReader  *self);
gboolean            dateline_json_reader_seek       (DatelineJsonReader  *self,
                                                     DatelineJsonMark     mark,
                                                     GError             **error);
/* Reads a whole document: one value of any kind and nothing after it
 * but white space (a page's JSON-LD). */
gboolean            dateline_json_reader_read_document (DatelineJsonReader  *self,
                                                        DatelineJsonValue  **value,
                                                        GError             **error);
/* Skips the value ahead without keeping it (an array element by element). */
gboolean            dateline_json_reader_skip_value (DatelineJsonReader  *self,
                                                     GError             **error);

/* The last member named @name of an object, or NULL. */
const DatelineJsonValue *dateline_json_value_get_member (const DatelineJsonValue *object,
                                                         const char              *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DatelineJsonReader, dateline_json_reader_free)

G_END_DECLS
