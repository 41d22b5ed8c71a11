"""Writes of a live session, in order, off the event loop.

The screen queues record batches on the event loop and starts a thread worker to drain the
queue; workers take a lock and drain first-in first-out, so saves keep their order however
many workers run. ``drain`` may also be called from a worker that needs every save done
before it reads (the summary).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable

from coach.services.session import LiveSession, Record


class SaveQueue:
    def __init__(self, session: LiveSession) -> None:
        self.session = session
        self._batches: deque[list[Record]] = deque()
        self._lock = threading.Lock()
        self._closed = False

    def put(self, records: Iterable[Record]) -> bool:
        batch = [r for r in records if r is not None]
        if batch:
            self._batches.append(batch)
        return bool(batch)

    @property
    def pending(self) -> bool:
        return bool(self._batches)

    def close(self) -> None:
        """Wait for a save in progress, then refuse further writes (the store is closing)."""
        with self._lock:
            self._closed = True

    def drain(self, on_error: Callable[[Exception], None] | None = None) -> None:
        """Write every queued batch (from a worker thread, or on the event loop at quit)."""
        with self._lock:
            while self._batches and not self._closed:
                batch = self._batches[0]
                try:
                    self.session.persist(batch)
                except Exception as exc:  # the store's own errors and OSError alike
                    if on_error is None:
                        raise
                    on_error(exc)
                    return
                self._batches.popleft()
