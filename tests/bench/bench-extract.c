/* bench-extract.c — 10,000 articles, ingest to merged events, end to end
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-extract [SAMPLE_DIR] [N_ARTICLES]
 *
 * Builds N articles (default 10,000) from the paragraphs of the bundled
 * sample corpus (data/sample, or $DATELINE_SAMPLEDIR): each article takes
 * a title and eight paragraphs drawn from all samples with a fixed seed,
 * and a publication date that moves a day every 50 articles, so that the
 * merger meets both near-duplicates and genuinely different articles.
 * Then it runs what `dateline extract` runs — ingest, near-duplicate
 * linking, extraction on every processor, merging — and prints
 *
 *   extract articles=N seconds=S peak_rss_mb=M
 *
 * (plus a line on what came out). The target is under 10 s and under
 * 1 GB on 2 cores. A benchmark, not a test: it never fails on its figure.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dateline-extract.h"
#include "dateline-ingest.h"

#define PARAGRAPHS_PER_ARTICLE 8

static double
peak_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  if (line == NULL)
    return 0;
  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

/* Every non-empty line of every sample, without metadata lines. */
static GPtrArray *
load_paragraphs (const char *dir,
                 GPtrArray  *titles)
{
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  listing = g_dir_open (dir, 0, &error);
  if (listing == NULL)
    {
      g_printerr ("bench-extract: %s\n", error->message);
      exit (1);
    }

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;
      gboolean first = TRUE;

      if (!g_str_has_suffix (name, ".txt") || !g_file_get_contents (path, &contents, NULL, NULL))
        continue;

      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          char *line = g_strstrip (lines[i]);

          if (*line == '\0' || g_str_has_prefix (line, "date ") || g_str_has_prefix (line, "Published:"))
            continue;
          if (first)
            {
              g_ptr_array_add (titles, g_strdup (line));
              first = FALSE;
            }
          else
            g_ptr_array_add (paragraphs, g_strdup (line));
        }
    }

  if (paragraphs->len == 0 || titles->len == 0)
    {
      g_printerr ("bench-extract: no sample articles in %s\n", dir);
      exit (1);
    }

  return paragraphs;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DatelineProject) project = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20210323);
  const char *dir = argc > 1 ? argv[1] : g_getenv ("DATELINE_SAMPLEDIR");
  guint n_articles = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 10000;
  guint64 bytes = 0;
  gint64 start;
  double seconds;

  if (dir == NULL)
    dir = "data/sample";
  if (n_articles == 0)
    n_articles = 10000;

  paragraphs = load_paragraphs (dir, titles);

  /* The corpus is built before the clock starts: only Dateline is timed. */
  for (guint i = 0; i < n_articles; i++)
    {
      GString *text = g_string_new (NULL);
      GDate date;
      char iso[16];

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_MARCH, 2021);
      g_date_add_days (&date, i / 50);
      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);

      g_string_append_printf (text, "date %s %s\n\n", iso,
                              (const char *) g_ptr_array_index (titles, g_rand_int_range (rand, 0, (gint32) titles->len)));
      for (guint p = 0; p < PARAGRAPHS_PER_ARTICLE; p++)
        {
          g_string_append (text, g_ptr_array_index (paragraphs, g_rand_int_range (rand, 0, (gint32) paragraphs->len)));
          g_string_append (text, "\n\n");
        }
      bytes += text->len;
      g_ptr_array_add (texts, g_string_free (text, FALSE));
    }

  start = g_get_monotonic_time ();

  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("article-%05u.txt", i);
      const char *text = g_ptr_array_index (texts, i);
      DatelineArticle *article = dateline_ingest_data (text, strlen (text), name, NULL, &error);

      g_assert_no_error (error);
      g_ptr_array_add (articles, article);
    }

  project = dateline_project_new ();
  dateline_extract_articles_into_project (project, articles);

  seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;

  printf ("extract articles=%u seconds=%.2f peak_rss_mb=%.0f\n", n_articles, seconds, peak_rss_mb ());
  printf ("# %.1f MB of text, %u events after merging, %u processors\n",
          (double) bytes / 1e6, g_list_model_get_n_items (dateline_project_get_events (project)),
          g_get_num_processors ());

  return 0;
}
