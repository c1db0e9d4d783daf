/* dateline-renderer.h — one cairo renderer for the screen, PNG, SVG and PDF
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "dateline-layout.h"
#include "dateline-viewport.h"

G_BEGIN_DECLS

typedef struct {
  gboolean     dark;               /* dark style colours */
  guint        selected_event;     /* event index, or G_MAXUINT */
  guint        hover_event;        /* event index, or G_MAXUINT */
  const char  *font_family;        /* NULL: "Cantarell, sans" */
  /* Added fields: zero is the default, so DATELINE_RENDER_OPTIONS_INIT
   * keeps working. */
  double       today;              /* Julian day of today by the caller's clock; 0: no marker */
  double       scroll_y;           /* pixels the lane groups are scrolled up by (clamped) */
  guint        max_group_rows;     /* rows per lane group before its lanes merge; 0: 3 */
  gboolean     hide_tray;          /* no tray of undated events at the bottom */
  const guint *selected_events;    /* more selected events (Ctrl-click), sorted ascending */
  guint        n_selected_events;
} DatelineRenderOptions;

#define DATELINE_RENDER_OPTIONS_INIT { FALSE, G_MAXUINT, G_MAXUINT, NULL, 0.0, 0.0, 0, FALSE, NULL, 0 }

/* The calendar unit of the axis' minor ticks (see
 * dateline_renderer_get_tick_unit()), from fine to coarse. */
typedef enum {
  DATELINE_TICK_HOUR,
  DATELINE_TICK_DAY,
  DATELINE_TICK_WEEK,
  DATELINE_TICK_MONTH,
  DATELINE_TICK_QUARTER,
  DATELINE_TICK_YEAR,
  DATELINE_TICK_DECADE,
  DATELINE_TICK_CENTURY,
  DATELINE_TICK_MILLENNIUM,
} DatelineTickUnit;

/* What is under a point of the last frame (dateline_renderer_pick()). */
typedef enum {
  DATELINE_HIT_NONE = 0,
  DATELINE_HIT_EVENT,         /* a mark, its label, a claimed date or an undated entry */
  DATELINE_HIT_CLUSTER,       /* a count badge or a density column */
  DATELINE_HIT_GROUP_HEADER,  /* a lane group's header */
  DATELINE_HIT_TRAY_MORE,     /* "+N more" at the end of the undated tray */
  DATELINE_HIT_MARKER,        /* an article's publication marker */
  DATELINE_HIT_TODAY,         /* the today marker */
} DatelineHitKind;

typedef struct {
  DatelineHitKind   kind;
  guint             event_index;  /* EVENT; else G_MAXUINT */
  guint             group;        /* EVENT (of the mark), CLUSTER, GROUP_HEADER; else G_MAXUINT */
  guint             marker;       /* MARKER: index into dateline_layout_get_markers() */
  guint             n_events;     /* CLUSTER: events it stands for; TRAY_MORE: entries not shown */
  double            begin;        /* CLUSTER: the range of its events; EVENT: the mark's */
  double            end;          /*   span (a claim's own); MARKER, TODAY: the day */
  gboolean          in_tray;      /* EVENT: an undated entry, it has no place on the axis */
  gboolean          claimed;      /* EVENT: a date one source claims, not the event's own */
  gboolean          on_toggle;    /* GROUP_HEADER: on the collapse arrow */
  cairo_rectangle_t area;         /* what was hit, for a tooltip's area */
} DatelineHit;

#define DATELINE_TYPE_RENDERER (dateline_renderer_get_type())

G_DECLARE_FINAL_TYPE (DatelineRenderer, dateline_renderer, DATELINE, RENDERER, GObject)

/* The renderer keeps the geometry of its last frame (mark and label
 * rectangles) so that hit testing uses exactly what was drawn. */
DatelineRenderer *dateline_renderer_new        (void);
/* Draws the axis, the lane groups with their marks and labels, and the
 * tray of undated events for the viewport's visible range into a width x
 * height area at (0,0) of @cr. The viewport's width is taken to be @width.
 * Lines fall on device pixels whatever the scale of @cr (HiDPI). */
void              dateline_renderer_draw       (DatelineRenderer            *self,
                                                cairo_t                     *cr,
                                                DatelineLayout              *layout,
                                                DatelineViewport            *viewport,
                                                double                       width,
                                                double                       height,
                                                const DatelineRenderOptions *options);
/* The event index under (x, y) in the last frame drawn, or G_MAXUINT. */
guint             dateline_renderer_hit_test   (DatelineRenderer            *self,
                                                double                       x,
                                                double                       y);
/* Everything the last frame drew at (x, y): see DatelineHit. FALSE (and
 * kind NONE) on empty space. */
gboolean          dateline_renderer_pick       (DatelineRenderer            *self,
                                                double                       x,
                                                double                       y,
                                                DatelineHit                 *hit);
/* The rectangle of an event's mark in the last frame; FALSE if not drawn.
 * An event in several lane groups: its first mark. */
gboolean          dateline_renderer_get_event_area (DatelineRenderer        *self,
                                                    guint                    event_index,
                                                    cairo_rectangle_t       *area);
/* Where marks were too dense to draw one by one, the renderer drew an
 * aggregate (a count badge, or a density column when very many events are
 * visible). TRUE when (x, y) is on one in the last frame; @begin/@end (days)
 * is the time range of its events (zoom there to see them) and @n_events
 * how many events it holds. All out-parameters may be NULL. */
gboolean          dateline_renderer_hit_test_cluster (DatelineRenderer      *self,
                                                      double                 x,
                                                      double                 y,
                                                      double                *begin,
                                                      double                *end,
                                                      guint                 *n_events);
/* The events of the aggregate at (x, y) of the last frame, drawn from
 * @layout (the one drawn): event indices in time order, *@n_events of them;
 * NULL when there is no aggregate there. Free with g_free(). */
guint            *dateline_renderer_dup_cluster_events (DatelineRenderer    *self,
                                                        DatelineLayout      *layout,
                                                        double               x,
                                                        double               y,
                                                        guint               *n_events);
/* The header of a lane group in the last frame; FALSE when not drawn. */
gboolean          dateline_renderer_get_group_area (DatelineRenderer        *self,
                                                    guint                    group,
                                                    cairo_rectangle_t       *area);
/* Vertical scrolling of the lane groups in the last frame: the height they
 * need, the height they had, and the scroll_y actually used (clamped).
 * Any may be NULL. */
void              dateline_renderer_get_scroll_extent (DatelineRenderer     *self,
                                                       double               *content_height,
                                                       double               *page_height,
                                                       double               *scroll_y);
/* The unit and step (e.g. MONTH, 1 or YEAR, 5) of the minor ticks of the
 * last frame's axis. @step may be NULL. */
DatelineTickUnit  dateline_renderer_get_tick_unit  (DatelineRenderer        *self,
                                                    guint                   *step);

/* The symbol of an event kind (the same shape and colour as its marks),
 * for legends and filter chips: centred on (cx, cy), @radius about half
 * its width. Hollow draws it as an inferred date is drawn. */
void              dateline_renderer_draw_kind_symbol (cairo_t             *cr,
                                                      guint                kind,
                                                      double               cx,
                                                      double               cy,
                                                      double               radius,
                                                      gboolean             dark,
                                                      gboolean             hollow);

G_END_DECLS
