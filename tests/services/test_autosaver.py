"""The one autosave: dirty state, debounce, ordered queue, one store batch per autosave."""

from contextlib import contextmanager

import pytest

from coach.services.autosave import Autosaver, WriteQueue


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_typing_is_saved_after_a_pause_or_the_longest_wait():
    clock = Clock()
    saver = Autosaver(lambda records: None, now=clock)
    assert not saver.due()
    saver.touch()
    clock.t = 0.4
    assert not saver.due()
    clock.t = 0.9
    assert saver.due()
    saver.handed_over()
    assert not saver.dirty and not saver.due()
    for step in range(1, 11):  # steady typing: still saved every max_wait
        clock.t = 1.0 + step * 0.2
        saver.touch()
    assert saver.due()


def test_batches_are_written_in_order_each_inside_one_store_batch():
    events = []

    @contextmanager
    def batch():
        events.append("begin")
        yield
        events.append("end")

    saver = Autosaver(lambda records: events.append(tuple(records)), batch=batch)
    assert saver.put(["a", None, "b"]) and saver.put(["c"]) and not saver.put([None])
    saver.drain()
    assert events == ["begin", ("a", "b"), "end", "begin", ("c",), "end"]
    assert not saver.pending


def test_a_failed_write_stays_first_and_is_tried_again():
    written, failures = [], []
    fail = [True]

    def write():
        if fail[0]:
            raise OSError("disk full")
        written.append(1)

    queue = WriteQueue()
    queue.put(write)
    queue.put(lambda: written.append(2))
    queue.drain(on_error=failures.append)
    assert written == [] and len(failures) == 1 and queue.pending
    fail[0] = False
    queue.drain(on_error=failures.append)
    assert written == [1, 2] and not queue.pending
    with pytest.raises(OSError):
        fail[0] = True
        queue.put(write)
        queue.drain()  # no on_error: the caller hears of it (quitting)


def test_a_closed_queue_writes_no_more():
    queue, written = WriteQueue(), []
    queue.close()
    queue.put(lambda: written.append(1))
    queue.drain()
    assert written == [] and queue.closed
