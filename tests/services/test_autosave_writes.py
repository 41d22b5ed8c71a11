"""One autosave, one write of the conversation file; a write that fails is written later.

The live screen's autosave queues the draft and the clock together
(``saves.put([draft, *session.clock_changed()])``) and a worker drains the queue; these
tests do the same without a screen, through the store's real files.
"""

import errno
import threading

from coach.domain.people import Person
from coach.faults import describe
from coach.services.autosave import WriteQueue, session_autosaver
from coach.services.reflecting import ReflectSession
from coach.services.session import LiveSession
from coach.services.starting import pick_template
from coach.store import Store, storage
from coach.store.layout import conversation_path, index_path


def _begin(store, library, clock):
    person = Person("Åse Øvrebø", role="Rådgiver")
    store.save_person(person)
    session = LiveSession.begin(store, library, person,
                                pick_template(library, "nb", "follow-up"), now=clock)
    session.persist(session.start())
    return session


def _autosave(saves, session, text, **drain):
    """What the live screen does when the debounce says so (``_flush_draft``)."""
    saves.touch()
    saves.handed_over()
    draft = session.set_draft(text)
    assert saves.put([draft, *session.clock_changed()])
    saves.drain(**drain)


def _count_writes(monkeypatch):
    written = []
    real = storage.write_atomic

    def counting(path, data, **kw):
        written.append(path)
        return real(path, data, **kw)

    monkeypatch.setattr(storage, "write_atomic", counting)
    return written


def test_one_autosave_of_entry_and_clock_writes_the_conversation_file_once(
        store, library, clock, monkeypatch):
    session = _begin(store, library, clock)
    saves = session_autosaver(session, now=clock)
    written = _count_writes(monkeypatch)
    path = conversation_path(store.data_dir, session.conversation.id)
    for n, text in enumerate(["Trives i", "Trives i teamet", "Trives i teamet, men"], 1):
        clock.advance(2)
        _autosave(saves, session, text)
        assert written.count(path) == n  # the entry and the clock: one file write
    assert not saves.pending
    # The index is not rewritten for a draft: its row of the conversation did not change.
    assert index_path(store.data_dir) not in written
    stored = store.entries(session.conversation.id)
    assert [e.text for e in stored if e.draft] == ["Trives i teamet, men"]


def test_without_the_batch_the_same_autosave_wrote_the_file_twice(
        store, library, clock, monkeypatch):
    """The figure the batch improves on: entry, then clock, two writes of one file."""
    session = _begin(store, library, clock)
    written = _count_writes(monkeypatch)
    clock.advance(2)
    session.persist([session.set_draft("Trives i teamet"), *session.clock_changed()])
    assert written.count(conversation_path(store.data_dir, session.conversation.id)) == 2


def test_a_reflect_autosave_writes_each_file_once(tmp_path, library, monkeypatch):
    store = Store.open(tmp_path / "reflect", backup=False)
    try:
        session = ReflectSession.open(store, library, "en", template_id="follow-up",
                                      name="Kari Nordmann")
        saves = session_autosaver(session)
        written = _count_writes(monkeypatch)
        section = session.prep.answers[0].section_id
        session.set_answer(section, "I finished the migration")
        assert saves.put([session.snapshot()])
        saves.drain()
        assert len(written) == len(set(written)) >= 1
    finally:
        store.close()


def test_a_batch_whose_write_fails_is_written_by_the_retry(store, library, clock,
                                                           monkeypatch, tmp_path):
    """A full disk at the autosave's one write: the store's error reaches the screen, the
    autosave stays queued, and the retry (nothing in memory changes again) writes it."""
    session = _begin(store, library, clock)
    saves = session_autosaver(session, now=clock)
    path = conversation_path(store.data_dir, session.conversation.id)
    real = storage.write_atomic
    full = [True]

    def disk(target, data, **kw):
        if full[0] and target == path:
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real(target, data, **kw)

    monkeypatch.setattr(storage, "write_atomic", disk)
    errors = []
    clock.advance(2)
    _autosave(saves, session, "Leverte analysen alene", on_error=errors.append)
    assert len(errors) == 1 and errors[0].errno == errno.ENOSPC
    assert describe(errors[0], "nb")  # what the screen shows: the fault said in words
    assert saves.pending  # still queued: nothing acknowledged
    assert b"Leverte analysen alene" not in path.read_bytes()

    clock.advance(1)
    saves.drain(on_error=errors.append)  # the disk is still full: tried, kept
    assert len(errors) == 2 and saves.pending

    full[0] = False
    saves.drain(on_error=errors.append)  # the retry: the same records, unchanged in memory
    assert len(errors) == 2 and not saves.pending
    assert b"Leverte analysen alene" in path.read_bytes()

    clock.advance(2)
    _autosave(saves, session, "Leverte analysen alene, og presenterte den")
    conversation_id = session.conversation.id
    store.close()
    with Store.open(store.data_dir, backup=False) as again:
        drafts = [e.text for e in again.entries(conversation_id) if e.draft]
        assert drafts == ["Leverte analysen alene, og presenterte den"]
        assert again.conversation(conversation_id).clock_state["state"] == "running"


def test_a_file_left_by_a_failed_batch_is_written_by_the_next_write(store, library, clock,
                                                                     monkeypatch):
    """Outside any autosave too: the store's next write (or closing) writes what a failed
    batch left queued, the index last."""
    session = _begin(store, library, clock)
    path = conversation_path(store.data_dir, session.conversation.id)
    real = storage.write_atomic
    full = [True]

    def disk(target, data, **kw):
        if full[0]:
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real(target, data, **kw)

    monkeypatch.setattr(storage, "write_atomic", disk)
    draft = session.set_draft("Trenger avklaring")
    try:
        with store.batch():
            session.persist([draft, *session.clock_changed()])
    except OSError:
        pass
    else:
        raise AssertionError("the batch's write should have failed")
    full[0] = False
    store.save_person(Person("Noen andre"))  # another file's write: the queue goes first
    assert b"Trenger avklaring" in path.read_bytes()


def test_a_failure_is_told_after_the_queue_is_let_go():
    """A screen's failure handler waits for the event loop (``call_from_thread``) while the
    event loop may be saving at quit, waiting for the queue: told inside the queue's lock,
    the two waited for each other for ever."""
    queue = WriteQueue()

    def failing():
        raise OSError(errno.ENOSPC, "No space left on device")

    queue.put(failing)
    other = []

    def on_error(exc):  # as the live screen's: hands over to the other thread and waits
        loop = threading.Thread(target=queue.drain, kwargs={"on_error": other.append})
        loop.start()
        loop.join(timeout=10)
        assert not loop.is_alive(), "the other thread is still waiting for the queue"

    queue.drain(on_error=on_error)
    assert len(other) == 1 and queue.pending
