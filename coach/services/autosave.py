"""When to save what is being typed: debounced, yet never more than ``max_wait`` behind.

A pause in typing of ``delay`` seconds saves; steady typing still saves every ``max_wait``
seconds, so a crash loses at most about that much. Pure: the clock is injected.
"""

from __future__ import annotations

import time
from collections.abc import Callable

DELAY = 0.5
MAX_WAIT = 1.5


class Debouncer:
    def __init__(self, delay: float = DELAY, max_wait: float = MAX_WAIT,
                 now: Callable[[], float] = time.monotonic) -> None:
        self.delay = delay
        self.max_wait = max_wait
        self._now = now
        self._first: float | None = None
        self._last: float | None = None

    @property
    def pending(self) -> bool:
        return self._first is not None

    def touch(self) -> None:
        """Something changed that needs saving."""
        t = self._now()
        if self._first is None:
            self._first = t
        self._last = t

    def due(self) -> bool:
        """True when a save should happen now."""
        if self._first is None or self._last is None:
            return False
        t = self._now()
        return t - self._last >= self.delay or t - self._first >= self.max_wait

    def saved(self) -> None:
        self._first = self._last = None
