"""Writing off the event loop, in order: one queue of writes, and the one autosave.

``WriteQueue`` holds writes (callables) in the order they were asked for; a worker thread
calls ``drain``, which runs them first-in first-out under a lock, so writes keep their
order however many workers drain. A write that fails stays at the head of the queue (nothing
is lost: the next drain tries it again first, before anything asked for after it) and
``on_error`` hears of it.

``Autosaver`` is what the live and reflect screens type into: it owns the dirty state, the
debounce (``Debouncer``), the ordered queue and the writer; given a ``batch`` (a store's
``batch``) it writes each batch of records inside one, one write of each file it touches.

No Textual here: the screens call ``touch`` when the text changes, ask ``due`` on a timer,
hand the text to their session and ``put`` the records; the TUI runs ``drain`` in a worker.
The clock is injected.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from typing import Any

DELAY = 0.5
MAX_WAIT = 1.5


class Debouncer:
    """When to save what is being typed: debounced, yet never more than ``max_wait`` behind.

    A pause in typing of ``delay`` seconds saves; steady typing still saves every
    ``max_wait`` seconds, so a crash loses at most about that much.
    """

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


Write = Callable[[], Any]


class WriteQueue:
    """Writes in order, from any number of worker threads (see the module's docstring)."""

    def __init__(self) -> None:
        self._writes: deque[Write] = deque()
        self._lock = threading.Lock()
        self._closed = False

    def put(self, write: Write) -> None:
        self._writes.append(write)

    @property
    def pending(self) -> bool:
        return bool(self._writes)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Wait for a write in progress, then refuse further writes (the store is closing)."""
        with self._lock:
            self._closed = True

    def drain(self, on_error: Callable[[Exception], None] | None = None) -> None:
        """Run every queued write (from a worker thread, or on the event loop at quit).

        ``on_error`` hears of a failure after the queue's lock is let go: a screen's handler
        waits for the event loop (``call_from_thread``), and the event loop may itself be
        waiting for that lock (a save at quit), which would hang them both."""
        failed: Exception | None = None
        with self._lock:
            while self._writes and not self._closed:
                write = self._writes[0]
                try:
                    write()
                except Exception as exc:  # the store's own errors and OSError alike
                    if on_error is None:
                        raise
                    failed = exc
                    break
                self._writes.popleft()
        if failed is not None and on_error is not None:
            on_error(failed)


class Autosaver:
    """The one autosave of typed text (see the module's docstring).

    ``write`` writes a list of records (a session's ``persist``); ``batch`` is the store's
    ``batch`` (each batch of records is written inside one).
    """

    def __init__(self, write: Callable[[list[Any]], None], *,
                 batch: Callable[[], AbstractContextManager[Any]] | None = None,
                 now: Callable[[], float] = time.monotonic,
                 delay: float = DELAY, max_wait: float = MAX_WAIT) -> None:
        self._write = write
        self._batch = batch or nullcontext
        self.queue = WriteQueue()
        self.debounce = Debouncer(delay, max_wait, now)
        self.dirty = False

    # -- typing -----------------------------------------------------------------------------
    def touch(self) -> None:
        """The text changed: it needs saving."""
        self.dirty = True
        self.debounce.touch()

    def due(self) -> bool:
        """Typed text waits, and the debounce says to save it now."""
        return self.dirty and self.debounce.due()

    def handed_over(self) -> None:
        """The screen gave the text to its session (or cleared it): nothing waits."""
        self.dirty = False
        self.debounce.saved()

    # -- writing ----------------------------------------------------------------------------
    def put(self, records: Iterable[Any]) -> bool:
        """Queue ``records`` (None left out) as one batch; False when there was none."""
        batch = [r for r in records if r is not None]
        if batch:
            self.queue.put(lambda: self._write_batch(batch))
        return bool(batch)

    def _write_batch(self, records: list[Any]) -> None:
        with self._batch():
            self._write(records)

    @property
    def pending(self) -> bool:
        return self.queue.pending

    def drain(self, on_error: Callable[[Exception], None] | None = None) -> None:
        self.queue.drain(on_error)

    def close(self) -> None:
        self.queue.close()


def session_autosaver(session: Any, **options: Any) -> Autosaver:
    """The autosaver of a live or reflect session: its ``persist`` writes (looked up at
    each write), each autosave inside one ``Store.batch()`` of its store, so the entry and
    the clock written together are one write of the conversation file. A batch whose file
    could not be written (a full disk) keeps that file queued in the store, so the retried
    autosave writes it even though nothing in it changes again."""
    options.setdefault("batch", session.store.batch)
    return Autosaver(lambda records: session.persist(records), **options)
