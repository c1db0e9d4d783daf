/* bench-load.c — a project of 10^6 events: JSON to first frame
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a project file of N synthetic events (default 10^6; 1000
 * articles, 200 actors, one or two actors and one source per event) to a
 * temporary file, then times what opening it costs as the window does:
 * dateline_project_new_from_file() (which streams the file), the layout,
 * and the first 1920x1080
 * frame. Peak memory is VmHWM of /proc/self/status, reset after the file
 * was written (clear_refs), so the generator does not count. Prints:
 *
 *   load events=N seconds=S peak_rss_mb=M
 *
 * and each stage on stderr. Options: --sizes=N  --lanes=actor|single
 * --cpu-time, and --from-model: the events built in memory through the
 * public API instead of read from JSON, to time the layout and the first
 * frame alone.
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "dateline-date.h"
#include "dateline-event.h"
#include "dateline-project.h"
#include "dateline-renderer.h"
#include "dateline-viewport.h"
#include "bench-common.h"

#define N_ARTICLES 1000
#define N_ACTORS   200
#define ARTICLE_TEXT "Officials met on Tuesday to discuss the talks. The minister said the vote was delayed until spring, and the envoy called for calm."

static const char *granularity_names[] = { "day", "week", "month", "year" };

/* The same events as write_project(), as objects. */
static DatelineProject *
build_project (guint n)
{
  g_auto(GStrv) titles = NULL;
  g_autofree DatelineLayoutItem *items = bench_make_items (n, &titles);
  g_autoptr(GPtrArray) events = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  DatelineProject *project = dateline_project_new ();

  for (guint a = 0; a < N_ACTORS; a++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%u", a);
      g_autofree char *name = g_strdup_printf ("Actor %u", a);
      g_autoptr(DatelineActor) actor = dateline_actor_new (id, name, DATELINE_ACTOR_PERSON);

      dateline_project_add_actor (project, actor);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      DatelineEvent *event = dateline_event_new (id, titles[i], items[i].kind);
      DatelineWhen when = DATELINE_WHEN_INIT;
      char actor[32];

      when.start = (guint32) items[i].start;
      when.end = (guint32) items[i].end - 1;
      when.granularity = items[i].flags & DATELINE_LAYOUT_FLAG_SPAN ? DATELINE_GRANULARITY_MONTH : DATELINE_GRANULARITY_DAY;
      when.certainty = items[i].flags & DATELINE_LAYOUT_FLAG_INFERRED ? DATELINE_CERTAINTY_RESOLVED : DATELINE_CERTAINTY_STATED;
      dateline_event_set_when (event, &when);
      g_snprintf (actor, sizeof actor, "actor-%u", g_rand_int_range (rand, 0, N_ACTORS));
      dateline_event_add_actor (event, actor);
      dateline_event_add_source (event, "a1", 0, 46, "Officials met on Tuesday to discuss the talks.");
      g_ptr_array_add (events, event);
    }
  dateline_project_add_events (project, events);

  return project;
}

static char *
write_project (guint n)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) titles = NULL;
  g_autofree DatelineLayoutItem *items = bench_make_items (n, &titles);
  g_autoptr(GString) json = g_string_sized_new ((gsize) n * 330);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  char *path = NULL;
  int fd;

  g_string_append (json, "{\"format\":\"dateline\",\"version\":1,\"generator\":\"bench-load\",\"articles\":[");
  for (guint a = 0; a < N_ARTICLES; a++)
    {
      char day[16];

      dateline_when_format_day ((guint32) items[a % MAX (n, 1)].start, day);
      g_string_append_printf (json, "%s{\"id\":\"a%u\",\"title\":\"Article %u\",\"source\":\"a%u.txt\","
                              "\"published\":{\"value\":\"%s\",\"origin\":\"header\"},\"text\":\"%s\"}",
                              a > 0 ? "," : "", a, a, a, day, ARTICLE_TEXT);
    }

  g_string_append (json, "],\"actors\":[");
  for (guint a = 0; a < N_ACTORS; a++)
    g_string_append_printf (json, "%s{\"id\":\"actor-%u\",\"name\":\"Actor %u\",\"kind\":\"person\","
                            "\"aliases\":[],\"mentions\":[]}", a > 0 ? "," : "", a, a);

  g_string_append (json, "],\"events\":[");
  for (guint i = 0; i < n; i++)
    {
      const DatelineLayoutItem *item = &items[i];
      const char *granularity = "day";
      char start[16], end[16], value[16];
      guint actor = g_rand_int_range (rand, 0, N_ACTORS);

      /* The item's span as a TIMEX value of its granularity. */
      dateline_when_format_day ((guint32) item->start, start);
      dateline_when_format_day ((guint32) item->start, end);
      g_strlcpy (value, start, sizeof value);
      if (item->flags & DATELINE_LAYOUT_FLAG_SPAN)
        {
          double length = item->end - item->start;

          granularity = length <= 7 ? granularity_names[1] : length <= 31 ? granularity_names[2] : granularity_names[3];
          if (length <= 7)
            granularity = "day";   /* weeks as days: their value needs a week number */
          else if (length <= 31)
            value[7] = '\0';
          else
            value[4] = '\0';
        }
      if (strcmp (granularity, "day") != 0)
        {
          DatelineWhen when;

          dateline_when_parse_value (value, &when);
          dateline_when_format_day (when.start, start);
          dateline_when_format_day (when.end, end);
        }

      g_string_append_printf (json,
                              "%s{\"id\":\"e%u\",\"title\":\"%s\",\"kind\":\"%s\","
                              "\"when\":{\"value\":\"%s\",\"start\":\"%s\",\"end\":\"%s\","
                              "\"granularity\":\"%s\",\"certainty\":\"%s\"},"
                              "\"actors\":[\"actor-%u\"",
                              i > 0 ? "," : "", i, titles[i], dateline_event_kind_to_string (item->kind),
                              value, start, end, granularity,
                              item->flags & DATELINE_LAYOUT_FLAG_INFERRED ? "resolved" : "stated",
                              actor);
      if (g_rand_int_range (rand, 0, 4) == 0)
        g_string_append_printf (json, ",\"actor-%u\"", (actor + 1) % N_ACTORS);
      g_string_append_printf (json, "],\"sources\":[{\"article\":\"a%u\",\"start\":0,\"end\":46,"
                              "\"text\":\"Officials met on Tuesday to discuss the talks.\"}]}",
                              g_rand_int_range (rand, 0, N_ARTICLES));
    }
  g_string_append (json, "]}\n");

  fd = g_file_open_tmp ("dateline-bench-XXXXXX.dateline", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);

  return path;
}

/* VmHWM (peak resident set) in MB, from /proc/self/status. */
static double
peak_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  if (line == NULL)
    return -1;

  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

/* Writing 5 to clear_refs resets VmHWM (Linux 4.0). */
static gboolean
reset_peak_rss (void)
{
  FILE *file = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (file == NULL)
    return FALSE;
  ok = fputs ("5", file) >= 0;

  return fclose (file) == 0 && ok;
}

static double
rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");

  return line != NULL ? g_ascii_strtod (line + strlen ("VmRSS:"), NULL) / 1024.0 : -1;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GArray) sizes = NULL;
  DatelineLaneMode mode = DATELINE_LANES_SINGLE;
  gboolean sizes_given = FALSE;
  gboolean from_model = FALSE;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--sizes="))
        sizes_given = TRUE;
      else if (g_strcmp0 (argv[i], "--lanes=actor") == 0)
        mode = DATELINE_LANES_ACTOR;
      else if (g_strcmp0 (argv[i], "--from-model") == 0)
        from_model = TRUE;
    }
  sizes = bench_parse_sizes (&argc, &argv);
  if (!sizes_given)
    {
      guint million = 1000000;

      g_array_set_size (sizes, 0);
      g_array_append_val (sizes, million);
    }

  for (guint s = 0; s < sizes->len; s++)
    {
      guint n = g_array_index (sizes, guint, s);
      g_autofree char *path = from_model ? NULL : write_project (n);
      g_autoptr(GError) error = NULL;
      g_autoptr(DatelineProject) project = NULL;
      g_autoptr(DatelineLayout) layout = NULL;
      g_autoptr(DatelineViewport) viewport = dateline_viewport_new ();
      g_autoptr(DatelineRenderer) renderer = dateline_renderer_new ();
      cairo_surface_t *surface;
      double t0, t_read, t_parse, t_layout, t_frame, begin, end;
      cairo_t *cr;

      /* The peak from here on: writing the file does not count. */
      if (!reset_peak_rss ())
        fprintf (stderr, "load: could not reset the peak RSS; it includes the generator\n");

      if (from_model)
        {
          project = build_project (n);
          reset_peak_rss ();
          t0 = t_read = t_parse = bench_now_seconds ();
        }
      else
        {
          g_autoptr(GFile) file = g_file_new_for_path (path);

          /* As the window opens a project: streamed from the file. */
          t0 = t_read = bench_now_seconds ();
          project = dateline_project_new_from_file (file, NULL, &error);
          g_assert_no_error (error);
          t_parse = bench_now_seconds ();
        }
      fprintf (stderr, "load: after parsing: rss %.0f MB, peak %.0f MB\n", rss_mb (), peak_rss_mb ());

      layout = dateline_layout_new_with_lanes (dateline_project_get_events (project), mode,
                                               dateline_project_get_actors (project),
                                               dateline_project_get_articles (project));
      t_layout = bench_now_seconds ();

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, BENCH_WIDTH, BENCH_HEIGHT);
      g_assert_true (dateline_layout_get_extent (layout, &begin, &end));
      dateline_viewport_set_document_range (viewport, begin, end);
      dateline_viewport_set_width (viewport, BENCH_WIDTH);
      dateline_viewport_fit (viewport);
      cr = cairo_create (surface);
      dateline_renderer_draw (renderer, cr, layout, viewport, BENCH_WIDTH, BENCH_HEIGHT, NULL);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      t_frame = bench_now_seconds ();

      fprintf (stderr, "load: read %.2f s, parse+validate+model %.2f s, layout (%s lanes, %u groups) %.2f s, "
               "first frame %.3f s; rss now %.0f MB\n",
               t_read - t0, t_parse - t_read, mode == DATELINE_LANES_ACTOR ? "actor" : "single",
               dateline_layout_get_n_groups (layout), t_layout - t_parse, t_frame - t_layout, rss_mb ());
      if (from_model)
        printf ("layout+frame events=%u seconds=%.2f peak_rss_mb=%.0f (model already in memory)\n",
                n, t_frame - t0, peak_rss_mb ());
      else
        printf ("load events=%u seconds=%.2f peak_rss_mb=%.0f\n", n, t_frame - t0, peak_rss_mb ());
      fflush (stdout);

      cairo_surface_destroy (surface);
      if (path != NULL)
        g_unlink (path);
    }

  return 0;
}
