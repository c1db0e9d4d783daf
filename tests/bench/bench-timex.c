/* bench-timex.c — throughput of the temporal tagger
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-timex [SOURCE_DIR | SAMPLE_DIR] [--mb=50] [--cpu-time]
 *
 * Builds about 50 MB of text by repeating the sample corpus (the *.txt
 * files of data/sample under SOURCE_DIR, or of SAMPLE_DIR itself, or of
 * $DATELINE_SAMPLEDIR), one copy after another in one buffer so that the
 * tagger reads fresh memory as it would a pile of articles, then tags it
 * article by article, with a publication date, on one thread. Building the
 * text is not timed; tagging (segmenting, tokenizing, scanning, resolving,
 * allocating and freeing the results) is. Prints exactly one line:
 *
 *   timex mb_per_s=X
 *
 * where MB is 10^6 bytes of UTF-8 input. --cpu-time measures this thread's
 * CPU time instead of the wall clock (for a machine busy with other work).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dateline-timex.h"

typedef struct {
  gsize start;
  gsize length;
} Article;

static const char *
find_sample_dir (const char *argument,
                 char      **owned)
{
  if (argument != NULL)
    {
      char *under_source = g_build_filename (argument, "data", "sample", NULL);

      if (g_file_test (under_source, G_FILE_TEST_IS_DIR))
        return *owned = under_source;
      g_free (under_source);
      if (g_file_test (argument, G_FILE_TEST_IS_DIR))
        return argument;
    }
  return g_getenv ("DATELINE_SAMPLEDIR");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The sample articles, sorted by name so that every run reads the same. */
static GPtrArray *
read_samples (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return texts;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      char *contents = NULL;

      if (g_file_get_contents (path, &contents, NULL, NULL))
        g_ptr_array_add (texts, contents);
    }
  return texts;
}

static double
now_seconds (gboolean cpu_time)
{
  if (cpu_time)
    {
      struct timespec ts;

      clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
      return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
    }
  return (double) g_get_monotonic_time () / 1e6;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *owned_dir = NULL;
  g_autoptr(GPtrArray) samples = NULL;
  g_autoptr(GString) corpus = NULL;
  g_autoptr(GArray) articles = g_array_new (FALSE, FALSE, sizeof (Article));
  const char *argument = NULL;
  const char *dir;
  gsize target = 50 * 1000 * 1000;
  gboolean cpu_time = FALSE;
  DatelineWhen published;
  double start, seconds;
  guint64 found = 0;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--mb="))
        target = (gsize) MAX (1, atoi (argv[i] + strlen ("--mb="))) * 1000 * 1000;
      else if (strcmp (argv[i], "--cpu-time") == 0)
        cpu_time = TRUE;
      else
        argument = argv[i];
    }

  dir = find_sample_dir (argument, &owned_dir);
  if (dir == NULL)
    {
      g_printerr ("bench-timex: no sample corpus (give the source directory, or set "
                  "DATELINE_SAMPLEDIR)\n");
      return 77;
    }
  samples = read_samples (dir);
  if (samples->len == 0)
    {
      g_printerr ("bench-timex: no *.txt files in %s\n", dir);
      return 77;
    }

  /* One buffer, article after article, as read from many files. */
  corpus = g_string_sized_new (target + 65536);
  while (corpus->len < target)
    for (guint i = 0; i < samples->len && corpus->len < target; i++)
      {
        Article article = { corpus->len, strlen (g_ptr_array_index (samples, i)) };

        g_string_append (corpus, g_ptr_array_index (samples, i));
        g_string_append_c (corpus, '\n');
        g_array_append_val (articles, article);
      }

  g_assert_true (dateline_when_parse_value ("2021-03-30", &published));

  start = now_seconds (cpu_time);
  for (guint i = 0; i < articles->len; i++)
    {
      const Article *article = &g_array_index (articles, Article, i);
      g_autoptr(GPtrArray) timexes = dateline_timex_tag (corpus->str + article->start,
                                                         (gssize) article->length, &published);

      found += timexes->len;
    }
  seconds = now_seconds (cpu_time) - start;

  /* keeps the work from being optimised away, and says something sane */
  if (found == 0)
    g_printerr ("bench-timex: no expressions found\n");

  printf ("timex mb_per_s=%.1f\n", (double) corpus->len / 1e6 / MAX (seconds, 1e-9));
  return EXIT_SUCCESS;
}
