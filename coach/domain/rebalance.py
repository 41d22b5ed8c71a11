"""Rebalancing: sharing the minutes left over the sections still to come, so that a meeting
that runs behind can still end on time (``AgendaClock.proposed_rebalance`` asks for it)."""

from __future__ import annotations

import math

#: Rebalanced boxes never go below this many minutes.
REBALANCE_FLOOR_MINUTES = 1.0
#: Rebalanced boxes are multiples of this many minutes.
REBALANCE_STEP_MINUTES = 0.5


def shrink(boxes: dict[int, float], available: float) -> dict[int, float]:
    """Share ``available`` minutes over ``boxes`` in proportion, with a floor and steps.

    A box never grows: a box already under the floor keeps its size.
    """
    step = REBALANCE_STEP_MINUTES
    low = {i: min(REBALANCE_FLOOR_MINUTES, box) for i, box in boxes.items()}
    if available <= sum(low.values()):
        return low
    # Water-filling: sections whose share would fall under their floor are pinned to it.
    pinned: set[int] = set()
    while True:
        free = [i for i in boxes if i not in pinned]
        weight = sum(boxes[i] for i in free)
        budget = available - sum(low[i] for i in pinned)
        scale = min(1.0, budget / weight) if weight > 0 else 0.0
        newly = {i for i in free if boxes[i] * scale < low[i]}
        if not newly:
            break
        pinned |= newly
    exact = {i: low[i] if i in pinned else boxes[i] * scale for i in boxes}
    shares = {i: max(low[i], math.floor(v / step + 1e-9) * step) for i, v in exact.items()}
    # Hand out the rounding leftovers, biggest remainder first, while the total still fits.
    spare = available - sum(shares.values())
    for i in sorted(boxes, key=lambda i: (shares[i] - exact[i], i)):
        if spare + 1e-9 < step:
            break
        if shares[i] + step <= boxes[i] + 1e-9:
            shares[i] += step
            spare -= step
    return shares
