/* dateline-project-json.c — a streaming reader for project files
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See dateline-project-json-private.h for why this is not json-glib.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "dateline-project.h"
#include "dateline-project-json-private.h"

#define BUFFER_SIZE  (256 * 1024)
#define ARENA_BLOCK  (64 * 1024)

typedef struct _ArenaBlock ArenaBlock;
struct _ArenaBlock {
  ArenaBlock *next;
  gsize       size;
  gsize       used;
  /* the memory follows, aligned for any value */
  max_align_t data[];
};

struct _DatelineJsonReader
{
  GInputStream  *in;
  GCancellable  *cancellable;

  guchar        *buffer;
  const guchar  *p;
  const guchar  *end;
  goffset        buffer_offset;  /* of buffer[0] in the stream */
  gboolean       at_eof;
  GError        *io_error;       /* a read that failed: reported as such */
  guint          line;

  ArenaBlock    *blocks;         /* the newest first */
  ArenaBlock   **arena;          /* where values go: &blocks, or a batch's */

  /* Values and members of the containers being read, innermost last. */
  GArray        *value_stack;    /* DatelineJsonValue */
  GArray        *member_stack;   /* DatelineJsonMember */
  GString       *text;           /* the string being read */
  guint          depth;
  gboolean       root_has_member;
  gboolean       root_done;
  gboolean       array_has_element;
};

/* ---- errors ---------------------------------------------------------- */

static gboolean
syntax_error (DatelineJsonReader  *self,
              GError             **error,
              const char          *detail)
{
  /* Translators: the detail says what is wrong and on which line */
  g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
               _("The project file is not valid JSON: %s"), detail);
  return FALSE;
}

static gboolean
unexpected (DatelineJsonReader  *self,
            int                  c,
            GError             **error)
{
  g_autofree char *detail = NULL;

  if (self->io_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->io_error));
      return FALSE;
    }
  if (c < 0)
    /* Translators: %u is a line number */
    detail = g_strdup_printf (_("line %u: the file ends too early"), self->line);
  else
    {
      char shown[8];

      if (c >= 0x21 && c < 0x7F)
        g_snprintf (shown, sizeof shown, "%c", c);
      else
        g_snprintf (shown, sizeof shown, "\\x%02X", (guint) c);
      /* Translators: %u is a line number, %s a character */
      detail = g_strdup_printf (_("line %u: unexpected “%s”"), self->line, shown);
    }
  return syntax_error (self, error, detail);
}

static gboolean
bad_escape (DatelineJsonReader  *self,
            GError             **error)
{
  g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
               _("The project file is not valid JSON: a broken \\u escape (line %u)"), self->line);
  return FALSE;
}

static gboolean
too_deep (DatelineJsonReader  *self,
          GError             **error)
{
  g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
               _("The project file is not valid JSON: it nests more than %d levels deep (line %u)"),
               DATELINE_PROJECT_JSON_MAX_DEPTH, self->line);
  return FALSE;
}

static gboolean
not_utf8 (GError **error)
{
  g_autofree char *detail = g_strdup (_("it holds text that is not valid UTF-8"));

  g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
               /* Translators: %s explains what is wrong and where */
               _("The project file is damaged: %s"), detail);
  return FALSE;
}

/* ---- the buffer ------------------------------------------------------ */

/* Refills the buffer when it is used up; FALSE at the end of the stream
 * or on an error (then kept in io_error, for unexpected() to report). */
static gboolean
refill (DatelineJsonReader *self)
{
  gssize n;

  if (self->p < self->end)
    return TRUE;
  if (self->at_eof)
    return FALSE;

  self->buffer_offset += self->end - self->buffer;
  n = g_input_stream_read (self->in, self->buffer, BUFFER_SIZE, self->cancellable, &self->io_error);
  if (n <= 0)
    {
      self->at_eof = TRUE;
      self->p = self->end = self->buffer;
      return FALSE;
    }
  self->p = self->buffer;
  self->end = self->buffer + n;
  return TRUE;
}

/* The next byte, not consumed; -1 at the end or on a read error. */
static inline int
peek (DatelineJsonReader *self)
{
  if (G_UNLIKELY (self->p == self->end) && !refill (self))
    return -1;
  return *self->p;
}

/* The next byte other than white space, not consumed. */
static int
peek_token (DatelineJsonReader *self)
{
  for (;;)
    {
      int c = peek (self);

      if (c == '\n')
        self->line++;
      else if (c != ' ' && c != '\t' && c != '\r')
        return c;
      self->p++;
    }
}

/* ---- the arena ------------------------------------------------------- */

static gpointer
arena_alloc (DatelineJsonReader *self,
             gsize               size)
{
  ArenaBlock *block = *self->arena;
  gpointer memory;

  size = (size + sizeof (max_align_t) - 1) & ~(sizeof (max_align_t) - 1);
  if (block == NULL || block->size - block->used < size)
    {
      gsize block_size = MAX (ARENA_BLOCK, size);

      block = g_malloc (sizeof (ArenaBlock) + block_size);
      block->size = block_size;
      block->used = 0;
      block->next = *self->arena;
      *self->arena = block;
    }

  memory = (char *) block->data + block->used;
  block->used += size;
  return memory;
}

/* Empties an arena, keeping one ordinary block; a large one (an
 * article's text) goes. */
static void
arena_reset (ArenaBlock **blocks)
{
  ArenaBlock *keep = NULL;

  while (*blocks != NULL)
    {
      ArenaBlock *block = *blocks;

      *blocks = block->next;
      if (keep == NULL && block->size == ARENA_BLOCK)
        keep = block;
      else
        g_free (block);
    }
  if (keep != NULL)
    {
      keep->used = 0;
      keep->next = NULL;
      *blocks = keep;
    }
}

static void
arena_free (ArenaBlock **blocks)
{
  arena_reset (blocks);
  g_clear_pointer (blocks, g_free);
}

void
dateline_json_reader_reset (DatelineJsonReader *self)
{
  arena_reset (&self->blocks);
}

/* ---- values ---------------------------------------------------------- */

static gboolean read_value (DatelineJsonReader *self, DatelineJsonValue *out, GError **error);

static gboolean
expect_word (DatelineJsonReader  *self,
             const char          *word,
             GError             **error)
{
  for (const char *w = word; *w != '\0'; w++)
    {
      int c = peek (self);

      if (c != (guchar) *w)
        return unexpected (self, c, error);
      self->p++;
    }
  return TRUE;
}

static int
hex_value (DatelineJsonReader  *self,
           GError             **error)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int c = peek (self);
      int digit = c >= 0 ? g_ascii_xdigit_value ((char) c) : -1;

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
      self->p++;
    }
  return value;
}

/* After the backslash. */
static gboolean
read_escape (DatelineJsonReader  *self,
             GString             *out,
             GError             **error)
{
  int c = peek (self);
  int code;

  self->p++;
  switch (c)
    {
    case '"': g_string_append_c (out, '"'); return TRUE;
    case '\\': g_string_append_c (out, '\\'); return TRUE;
    case '/': g_string_append_c (out, '/'); return TRUE;
    case 'b': g_string_append_c (out, '\b'); return TRUE;
    case 'f': g_string_append_c (out, '\f'); return TRUE;
    case 'n': g_string_append_c (out, '\n'); return TRUE;
    case 'r': g_string_append_c (out, '\r'); return TRUE;
    case 't': g_string_append_c (out, '\t'); return TRUE;
    case 'u':
      break;
    default:
      if (c < 0)
        self->p--;
      return unexpected (self, c, error);
    }

  code = hex_value (self, error);
  if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF))
    return bad_escape (self, error);
  if (code >= 0xD800 && code <= 0xDBFF)
    {
      int low;

      /* Only as a pair: \ud83d\ude00 */
      if (peek (self) != '\\')
        return bad_escape (self, error);
      self->p++;
      if (peek (self) != 'u')
        return bad_escape (self, error);
      self->p++;
      low = hex_value (self, error);
      if (low < 0xDC00 || low > 0xDFFF)
        return bad_escape (self, error);
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
  if (code == 0)
    return bad_escape (self, error);  /* a NUL would cut the text short */
  g_string_append_unichar (out, (gunichar) code);
  return TRUE;
}

/* After the opening quote: the string, unescaped, into self->text. */
static gboolean
read_string_slow (DatelineJsonReader  *self,
                  GError             **error)
{
  GString *text = self->text;

  for (;;)
    {
      const guchar *start;
      int c;

      if (G_UNLIKELY (self->p == self->end) && !refill (self))
        return unexpected (self, -1, error);

      start = self->p;
      while (self->p < self->end && *self->p != '"' && *self->p != '\\' && *self->p >= 0x20)
        self->p++;
      g_string_append_len (text, (const char *) start, self->p - start);
      if (self->p == self->end)
        continue;

      c = *self->p++;
      if (c == '"')
        break;
      if (c != '\\')
        {
          self->p--;
          return unexpected (self, c, error);  /* a control character */
        }
      if (!read_escape (self, text, error))
        return FALSE;
    }

  if (!g_utf8_validate (text->str, (gssize) text->len, NULL))
    return not_utf8 (error);
  return TRUE;
}

/* After the opening quote: the string, unescaped, NUL-terminated, in the
 * arena; its length in @length. Most strings have no escape and lie in
 * the buffer whole: they are copied once, and checked for UTF-8 only
 * when they hold a byte above ASCII. */
static const char *
read_string (DatelineJsonReader  *self,
             guint               *length,
             GError             **error)
{
  const guchar *start = self->p;
  const guchar *q = start;
  guchar high = 0;
  char *copy;

  while (q < self->end && *q != '"' && *q != '\\' && *q >= 0x20)
    high |= *q++;

  if (q < self->end && *q == '"')
    {
      gsize n = q - start;

      if ((high & 0x80) && !g_utf8_validate ((const char *) start, (gssize) n, NULL))
        {
          not_utf8 (error);
          return NULL;
        }
      copy = arena_alloc (self, n + 1);
      memcpy (copy, start, n);
      copy[n] = '\0';
      self->p = q + 1;
      *length = (guint) MIN (n, G_MAXUINT32);
      return copy;
    }

  g_string_truncate (self->text, 0);
  if (!read_string_slow (self, error))
    return NULL;
  copy = arena_alloc (self, self->text->len + 1);
  memcpy (copy, self->text->str, self->text->len + 1);
  *length = (guint) MIN (self->text->len, G_MAXUINT32);
  return copy;
}

static gboolean
read_number (DatelineJsonReader  *self,
             DatelineJsonValue   *out,
             GError             **error)
{
  char digits[64];
  gsize n = 0;
  gboolean fraction = FALSE;
  int c;

  /* -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
#define TAKE() G_STMT_START { if (n + 1 >= sizeof digits) goto bad; digits[n++] = (char) c; self->p++; c = peek (self); } G_STMT_END
  c = peek (self);
  if (c == '-')
    TAKE ();
  if (c == '0')
    TAKE ();
  else if (c >= '1' && c <= '9')
    while (c >= '0' && c <= '9')
      TAKE ();
  else
    goto bad;
  if (c == '.')
    {
      fraction = TRUE;
      TAKE ();
      if (!(c >= '0' && c <= '9'))
        goto bad;
      while (c >= '0' && c <= '9')
        TAKE ();
    }
  if (c == 'e' || c == 'E')
    {
      fraction = TRUE;
      TAKE ();
      if (c == '+' || c == '-')
        TAKE ();
      if (!(c >= '0' && c <= '9'))
        goto bad;
      while (c >= '0' && c <= '9')
        TAKE ();
    }
#undef TAKE
  digits[n] = '\0';

  if (!fraction)
    {
      gint64 value;

      /* A whole number beyond 64 bits stays whole, clamped: "out of
       * range" says more than "not a whole number". */
      value = g_ascii_strtoll (digits, NULL, 10);
      out->type = DATELINE_JSON_INT;
      out->v.integer = value;
      return TRUE;
    }
  out->type = DATELINE_JSON_DOUBLE;
  out->v.number = g_ascii_strtod (digits, NULL);
  return TRUE;

bad:
  return unexpected (self, c, error);
}

/* After the opening bracket. */
static gboolean
read_array (DatelineJsonReader  *self,
            DatelineJsonValue   *out,
            GError             **error)
{
  guint base = self->value_stack->len;
  int c = peek_token (self);

  if (c == ']')
    self->p++;
  else
    for (;;)
      {
        DatelineJsonValue element;

        if (!read_value (self, &element, error))
          return FALSE;
        g_array_append_val (self->value_stack, element);

        c = peek_token (self);
        self->p++;
        if (c == ']')
          break;
        if (c != ',')
          {
            self->p--;
            return unexpected (self, c, error);
          }
      }

  out->type = DATELINE_JSON_ARRAY;
  out->n = self->value_stack->len - base;
  out->v.elements = arena_alloc (self, out->n * sizeof (DatelineJsonValue));
  if (out->n > 0)
    memcpy (out->v.elements, &g_array_index (self->value_stack, DatelineJsonValue, base),
            out->n * sizeof (DatelineJsonValue));
  g_array_set_size (self->value_stack, base);
  return TRUE;
}

/* A member's name and its colon; after the opening quote. */
static const char *
read_member_name (DatelineJsonReader  *self,
                  guint               *length,
                  GError             **error)
{
  const char *name;
  int c;

  if (!(name = read_string (self, length, error)))
    return NULL;
  c = peek_token (self);
  if (c != ':')
    {
      unexpected (self, c, error);
      return NULL;
    }
  self->p++;
  return name;
}

/* After the opening brace. */
static gboolean
read_object (DatelineJsonReader  *self,
             DatelineJsonValue   *out,
             GError             **error)
{
  guint base = self->member_stack->len;
  int c = peek_token (self);

  if (c == '}')
    self->p++;
  else
    for (;;)
      {
        DatelineJsonMember member;

        if (c != '"')
          return unexpected (self, c, error);
        self->p++;
        if (!(member.name = read_member_name (self, &member.name_length, error)))
          return FALSE;
        if (!read_value (self, &member.value, error))
          return FALSE;
        g_array_append_val (self->member_stack, member);

        c = peek_token (self);
        self->p++;
        if (c == '}')
          break;
        if (c != ',')
          {
            self->p--;
            return unexpected (self, c, error);
          }
        c = peek_token (self);
      }

  out->type = DATELINE_JSON_OBJECT;
  out->n = self->member_stack->len - base;
  out->v.members = arena_alloc (self, out->n * sizeof (DatelineJsonMember));
  if (out->n > 0)
    memcpy (out->v.members, &g_array_index (self->member_stack, DatelineJsonMember, base),
            out->n * sizeof (DatelineJsonMember));
  g_array_set_size (self->member_stack, base);
  return TRUE;
}

static gboolean
read_value (DatelineJsonReader  *self,
            DatelineJsonValue   *out,
            GError             **error)
{
  int c = peek_token (self);
  gboolean ok;

  memset (out, 0, sizeof *out);
  switch (c)
    {
    case '"':
      self->p++;
      out->type = DATELINE_JSON_STRING;
      return (out->v.string = read_string (self, &out->n, error)) != NULL;

    case '{':
    case '[':
      if (++self->depth > DATELINE_PROJECT_JSON_MAX_DEPTH)
        return too_deep (self, error);
      self->p++;
      ok = c == '{' ? read_object (self, out, error) : read_array (self, out, error);
      self->depth--;
      return ok;

    case 't':
      out->type = DATELINE_JSON_BOOLEAN;
      out->v.boolean = TRUE;
      return expect_word (self, "true", error);

    case 'f':
      out->type = DATELINE_JSON_BOOLEAN;
      return expect_word (self, "false", error);

    case 'n':
      out->type = DATELINE_JSON_NULL;
      return expect_word (self, "null", error);

    default:
      if (c == '-' || (c >= '0' && c <= '9'))
        return read_number (self, out, error);
      return unexpected (self, c, error);
    }
}

/* ---- the public part ------------------------------------------------- */

DatelineJsonReader *
dateline_json_reader_new (GInputStream *in,
                          GCancellable *cancellable)
{
  DatelineJsonReader *self = g_new0 (DatelineJsonReader, 1);

  self->in = g_object_ref (in);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->buffer = g_malloc (BUFFER_SIZE);
  self->p = self->end = self->buffer;
  self->arena = &self->blocks;
  self->line = 1;
  self->value_stack = g_array_new (FALSE, FALSE, sizeof (DatelineJsonValue));
  self->member_stack = g_array_new (FALSE, FALSE, sizeof (DatelineJsonMember));
  self->text = g_string_sized_new (256);
  return self;
}

void
dateline_json_reader_free (DatelineJsonReader *self)
{
  if (self == NULL)
    return;

  arena_free (&self->blocks);
  g_array_unref (self->value_stack);
  g_array_unref (self->member_stack);
  g_string_free (self->text, TRUE);
  g_free (self->buffer);
  g_clear_error (&self->io_error);
  g_clear_object (&self->cancellable);
  g_object_unref (self->in);
  g_free (self);
}

gboolean
dateline_json_reader_enter_root (DatelineJsonReader  *self,
                                 GError             **error)
{
  int c;

  /* A byte-order mark some editors add. */
  if (peek (self) == 0xEF && !expect_word (self, "\xEF\xBB\xBF", NULL))
    goto not_project;
  c = peek_token (self);
  if (self->io_error != NULL)
    return unexpected (self, c, error);
  if (c < 0)
    {
      g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                   _("The project file is empty"));
      return FALSE;
    }
  if (c != '{')
    goto not_project;
  self->p++;
  self->depth = 1;
  return TRUE;

not_project:
  g_clear_error (&self->io_error);
  g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
               _("This is not a Dateline project"));
  return FALSE;
}

int
dateline_json_reader_next_member (DatelineJsonReader  *self,
                                  const char         **name,
                                  GError             **error)
{
  guint length;
  int c;

  *name = NULL;
  if (self->root_done)
    return 0;

  c = peek_token (self);
  if (c == '}')
    {
      self->p++;
      self->root_done = TRUE;
      c = peek_token (self);
      if (self->io_error != NULL)
        {
          unexpected (self, c, error);
          return -1;
        }
      if (c >= 0)
        {
          g_set_error (error, DATELINE_PROJECT_ERROR, DATELINE_PROJECT_ERROR_INVALID,
                       _("The project file is not valid JSON: something follows the end of the project (line %u)"),
                       self->line);
          return -1;
        }
      return 0;
    }
  if (self->root_has_member)
    {
      if (c != ',')
        goto fail;
      self->p++;
      c = peek_token (self);
    }
  if (c != '"')
    goto fail;

  self->p++;
  dateline_json_reader_reset (self);
  if (!(*name = read_member_name (self, &length, error)))
    return -1;
  self->root_has_member = TRUE;
  return 1;

fail:
  unexpected (self, c, error);
  return -1;
}

gboolean
dateline_json_reader_read_value (DatelineJsonReader  *self,
                                 DatelineJsonValue  **value,
                                 GError             **error)
{
  DatelineJsonValue *out = arena_alloc (self, sizeof (DatelineJsonValue));

  *value = NULL;
  if (!read_value (self, out, error))
    return FALSE;
  *value = out;
  return TRUE;
}

int
dateline_json_reader_begin_array (DatelineJsonReader  *self,
                                  GError             **error)
{
  int c = peek_token (self);

  if (self->io_error != NULL)
    {
      unexpected (self, c, error);
      return -1;
    }
  if (c != '[')
    return 0;
  if (++self->depth > DATELINE_PROJECT_JSON_MAX_DEPTH)
    {
      too_deep (self, error);
      return -1;
    }
  self->p++;
  self->array_has_element = FALSE;
  return 1;
}

/* The next element of the array being streamed, into the current arena:
 * 1 with it, 0 after the array's end, -1 on error. */
static int
read_array_element (DatelineJsonReader  *self,
                    DatelineJsonValue  **element,
                    GError             **error)
{
  DatelineJsonValue *out;
  int c = peek_token (self);

  *element = NULL;
  if (c == ']')
    {
      self->p++;
      self->depth--;
      return 0;
    }
  if (self->array_has_element)
    {
      if (c != ',')
        {
          unexpected (self, c, error);
          return -1;
        }
      self->p++;
    }

  out = arena_alloc (self, sizeof (DatelineJsonValue));
  if (!read_value (self, out, error))
    return -1;
  self->array_has_element = TRUE;
  *element = out;
  return 1;
}

int
dateline_json_reader_next_element (DatelineJsonReader  *self,
                                   DatelineJsonValue  **element,
                                   GError             **error)
{
  dateline_json_reader_reset (self);
  return read_array_element (self, element, error);
}

struct _DatelineJsonBatch
{
  ArenaBlock         *blocks;
  GPtrArray          *elements;  /* DatelineJsonValue, in the arena */
};

DatelineJsonBatch *
dateline_json_batch_new (void)
{
  DatelineJsonBatch *batch = g_new0 (DatelineJsonBatch, 1);

  batch->elements = g_ptr_array_new ();
  return batch;
}

void
dateline_json_batch_free (DatelineJsonBatch *batch)
{
  if (batch == NULL)
    return;
  arena_free (&batch->blocks);
  g_ptr_array_unref (batch->elements);
  g_free (batch);
}

DatelineJsonValue **
dateline_json_batch_get_elements (DatelineJsonBatch *batch,
                                  guint             *n_elements)
{
  *n_elements = batch->elements->len;
  return (DatelineJsonValue **) batch->elements->pdata;
}

int
dateline_json_reader_next_elements (DatelineJsonReader  *self,
                                    DatelineJsonBatch   *batch,
                                    guint                max_elements,
                                    GError             **error)
{
  int r = 1;

  arena_reset (&batch->blocks);
  g_ptr_array_set_size (batch->elements, 0);

  self->arena = &batch->blocks;
  while (batch->elements->len < max_elements)
    {
      DatelineJsonValue *element;

      r = read_array_element (self, &element, error);
      if (r <= 0)
        break;
      g_ptr_array_add (batch->elements, element);
    }
  self->arena = &self->blocks;

  return r;
}

gboolean
dateline_json_reader_read_document (DatelineJsonReader  *self,
                                    DatelineJsonValue  **value,
                                    GError             **error)
{
  DatelineJsonValue *root;
  int c;

  *value = NULL;
  if (peek (self) == 0xEF && !expect_word (self, "\xEF\xBB\xBF", error))
    return FALSE;
  if (!dateline_json_reader_read_value (self, &root, error))
    return FALSE;
  c = peek_token (self);
  if (c >= 0 || self->io_error != NULL)
    return unexpected (self, c, error);
  *value = root;
  return TRUE;
}

gboolean
dateline_json_reader_skip_value (DatelineJsonReader  *self,
                                 GError             **error)
{
  DatelineJsonValue *element;
  int r = dateline_json_reader_begin_array (self, error);

  if (r < 0)
    return FALSE;
  if (r == 0)
    {
      gboolean ok = dateline_json_reader_read_value (self, &element, error);

      dateline_json_reader_reset (self);
      return ok;
    }
  while ((r = dateline_json_reader_next_element (self, &element, error)) > 0)
    ;
  dateline_json_reader_reset (self);
  return r == 0;
}

DatelineJsonMark
dateline_json_reader_mark (DatelineJsonReader *self)
{
  DatelineJsonMark mark;

  mark.offset = self->buffer_offset + (self->p - self->buffer);
  mark.line = self->line;
  return mark;
}

gboolean
dateline_json_reader_seek (DatelineJsonReader  *self,
                           DatelineJsonMark     mark,
                           GError             **error)
{
  if (!g_seekable_seek (G_SEEKABLE (self->in), mark.offset, G_SEEK_SET, self->cancellable, error))
    return FALSE;
  self->buffer_offset = mark.offset;
  self->p = self->end = self->buffer;
  self->at_eof = FALSE;
  g_clear_error (&self->io_error);
  self->line = mark.line;
  return TRUE;
}

const DatelineJsonValue *
dateline_json_value_get_member (const DatelineJsonValue *object,
                                const char              *name)
{
  if (object == NULL || object->type != DATELINE_JSON_OBJECT)
    return NULL;

  gsize length = strlen (name);

  for (guint i = object->n; i > 0; i--)
    {
      const DatelineJsonMember *member = &object->v.members[i - 1];

      if (member->name_length == length && memcmp (member->name, name, length) == 0)
        return &member->value;
    }

  return NULL;
}
