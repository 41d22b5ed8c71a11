"""Unsaved work: which entries are marked, and the file that keeps them elsewhere."""

from coach.domain.conversations import Entry, EntryKind, Visibility
from coach.services.rescue import Unsaved, rescue_markdown


class Clock:
    t = 0.0

    def __call__(self) -> float:
        return self.t


def test_entries_are_unsaved_only_while_writes_fail_and_until_the_queue_empties():
    clock = Clock()
    unsaved = Unsaved(now=clock)
    first, second = Entry("c", "one", "s"), Entry("c", "two", "s")
    unsaved.queued([first, object()])
    assert unsaved.ids == frozenset()  # in flight, not failed: nothing to mark
    unsaved.failed(OSError(28, "full"))
    unsaved.queued([second])
    assert unsaved.ids == {first.id, second.id}
    assert not unsaved.retry_due()
    clock.t = 3.0
    assert unsaved.retry_due() and not unsaved.retry_due()
    assert unsaved.emptied() and unsaved.ids == frozenset()
    assert not unsaved.emptied()  # nothing was marked: nothing to redraw


def test_the_rescue_file_keeps_every_note_and_marks_the_unsaved():
    saved = Entry("c", "saved # not a heading", "s", EntryKind.AGREEMENT)
    lost = Entry("c", "private\nand lost", "s", visibility=Visibility.PRIVATE)
    text = rescue_markdown("Månedlig oppfølging", "Kari", [saved, lost], {lost.id},
                           "still typing", "en")
    assert text.startswith("# Månedlig oppfølging\n")
    assert "- **Agreement:** saved \\# not a heading\n" in text
    assert "(private) ⚠ not saved" in text and "and lost" in text
    assert text.endswith("still typing\n")
