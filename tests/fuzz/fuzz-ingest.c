/* fuzz-ingest.c — libFuzzer harness for the article ingester
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte of an input picks the name the bytes are ingested under
 * (byte % 3: 0 ".txt", 1 ".html", 2 ".md"; the seed files start with the
 * digits '0', '1', '2' for that reason), the rest are the file's bytes.
 * The name matters: it chooses the format, and bytes that start like a
 * web page are read as HTML whatever the name, so plain text and HTML
 * both get explored. Every file comes back as articles or as an error
 * naming the file; nothing else is allowed (a g_warning() or g_critical()
 * is a finding too: see fuzz-common.h).
 */
#include "fuzz-common.h"

#include "dateline-ingest.h"

static const char * const names[] = { "fuzz.txt", "fuzz.html", "fuzz.md" };

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  if (size < 1)
    return 0;
  name = names[data[0] % G_N_ELEMENTS (names)];

  articles = dateline_ingest_data_all ((const char *) data + 1, size - 1, name, NULL, &error);
  fuzz_check_result (articles != NULL, error, name);
  if (articles != NULL)
    {
      g_assert_cmpuint (articles->len, >, 0);
      for (guint i = 0; i < articles->len; i++)
        {
          DatelineArticle *article = g_ptr_array_index (articles, i);
          const char *text = dateline_article_get_text (article);
          const char *title = dateline_article_get_title (article);

          /* Whatever came in, what goes out is valid UTF-8 (the project
           * file and every widget rely on it). */
          g_assert_true (g_utf8_validate (text, -1, NULL));
          g_assert_true (title == NULL || g_utf8_validate (title, -1, NULL));
        }
    }

  return 0;
}
