/* dateline-test-screenshot.c — in-process screenshots of widgets, for tests
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>

#include <glib/gstdio.h>

#include "dateline-test-screenshot.h"

GdkTexture *
dateline_test_screenshot_save (GtkWidget   *widget,
                               const char  *path,
                               GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *folder = NULL;
  GtkSnapshot *snapshot;
  GtkNative *native;
  GskRenderer *renderer;
  int width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  native = gtk_widget_get_native (widget);

  if (native == NULL || width <= 0 || height <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "The widget has not been allocated: present it and wait for a frame first");
      return NULL;
    }

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);

  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The widget drew nothing");
      return NULL;
    }

  renderer = gtk_native_get_renderer (native);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Cannot create %s: %s", folder, g_strerror (saved_errno));
      return NULL;
    }

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot write %s", path);
      return NULL;
    }

  return g_steal_pointer (&texture);
}

char *
dateline_test_screenshot_dup_path (const char *default_dir,
                                   const char *name)
{
  const char *dir = g_getenv ("DATELINE_SCREENSHOT_DIR");

  if (dir == NULL || dir[0] == '\0')
    dir = default_dir;

  return g_build_filename (dir, name, NULL);
}

static void
dateline_test_frame_cb (GdkFrameClock *clock,
                        gpointer       user_data)
{
  gboolean *drawn = user_data;

  *drawn = TRUE;
}

gboolean
dateline_test_wait_for_draw (GtkWidget *widget,
                             guint      timeout_ms)
{
  GdkFrameClock *clock;
  gboolean drawn = FALSE;
  gint64 deadline;
  gulong handler;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  gtk_widget_queue_draw (widget);
  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    return FALSE;

  /* "after-paint" fires once the frame that includes our queued draw has
   * been painted. */
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (dateline_test_frame_cb), &drawn);
  deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!drawn && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  g_signal_handler_disconnect (clock, handler);

  return drawn;
}
