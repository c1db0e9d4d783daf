/* dateline-layout-private.h — the layout's claim links, for the renderer
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dateline-layout.h"

G_BEGIN_DECLS

/* Claims in the order of the left end of their link (the span from the
 * claimed date to the event's own date): the first one, in that order,
 * whose link may still reach @t (a running maximum of right ends), so that
 * links crossing [a, b) are found like items: from find_first_claim (a)
 * while left < b. */
guint                      dateline_layout_find_first_claim (DatelineLayout *self,
                                                             double          t);
guint                      dateline_layout_get_n_claim_links (DatelineLayout *self);
const DatelineLayoutClaim *dateline_layout_get_claim_link   (DatelineLayout *self,
                                                             guint           k,
                                                             double         *left,
                                                             double         *right);

G_END_DECLS
