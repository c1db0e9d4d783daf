/* bench-common.h — synthetic timelines and timing for the benchmarks
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dateline-layout.h"

G_BEGIN_DECLS

#define BENCH_YEARS  20
#define BENCH_LANES  50
#define BENCH_WIDTH  1920
#define BENCH_HEIGHT 1080
#define BENCH_ZOOM_LEVELS 20

/* The first and last day (exclusive) of the synthetic 20 years. */
void                bench_range              (double   *begin,
                                              double   *end);

/* @n synthetic events over BENCH_YEARS years: mostly single days, some
 * weeks, months, years and multi-day ranges, a third of them inferred,
 * bunched in bursts the way news is, spread over BENCH_LANES lanes (the
 * item's group). Deterministic for a given @n. @titles gets one title per
 * item (free with g_strfreev). */
DatelineLayoutItem *bench_make_items         (guint     n,
                                              char   ***titles);

/* The synthetic events as a layout with BENCH_LANES lanes. */
DatelineLayout     *bench_make_layout        (guint     n);

/* The visible range of zoom level @level (0: the whole range; the last:
 * one day), centred on the @round-th of a few fixed points. */
void                bench_zoom_range         (guint     level,
                                              guint     round,
                                              double   *begin,
                                              double   *end);

/* Wall-clock seconds; this thread's CPU seconds after bench_use_cpu_time()
 * (--cpu-time), for a machine busy with other work. */
double              bench_now_seconds        (void);
void                bench_use_cpu_time       (void);
/* Sorts @values in place. */
double              bench_percentile         (double   *values,
                                              guint     n,
                                              double    p);
/* The sizes to run: the argument "--sizes=1000,10000" if given, else
 * 10^3 … 10^6. Also reads --cpu-time. */
GArray             *bench_parse_sizes        (int      *argc,
                                              char   ***argv);

G_END_DECLS
