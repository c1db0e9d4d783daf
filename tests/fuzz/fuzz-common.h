/* fuzz-common.h — what every Dateline libFuzzer harness shares
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Besides what the sanitizers catch, a harness treats as a finding:
 *  - a g_warning() or g_critical() (a failed g_return_if_fail() means the
 *    input reached a function in a state its caller promised never to
 *    produce; on input the core must answer with a GError instead);
 *  - a failure without a GError, or with a GError whose message does not
 *    name the file: the user would not know which file was refused.
 */
#pragma once

#include <glib.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
fuzz_log_handler (const char     *log_domain,
                  GLogLevelFlags  log_level,
                  const char     *message,
                  gpointer        user_data)
{
  /* Debug and info output would slow the fuzzer down and bury its own
   * report. A warning or worse is a finding: abort() here, because GLib's
   * own fatal path may raise SIGTRAP, which libFuzzer does not catch, and
   * the input would be lost. */
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_default_handler (log_domain, log_level, message, user_data);
      abort ();
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* GLib 2.74 still has a slice allocator: plain malloc lets ASan see
   * every block. Set before the first GLib allocation. */
  setenv ("G_SLICE", "always-malloc", 1);
  g_log_set_default_handler (fuzz_log_handler, NULL);
  return 0;
}

/* Every failure comes with an error that names @name. */
static inline void
fuzz_check_result (gboolean      ok,
                   const GError *error,
                   const char   *name)
{
  if (ok)
    {
      g_assert_null (error);
      return;
    }

  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (name != NULL && strstr (error->message, name) == NULL)
    g_error ("the error “%s” does not name the file “%s”", error->message, name);
}
