"""Screen-share mode's rule: the one ``may_show``, for the audience SHARED while it is on;
the blind editor's prefix (its mask: tests/tui/test_screen_share.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coach.domain.conversations import Entry, Visibility
from coach.domain.notes import parse_note, private_prefix
from coach.domain.screen_share import ScreenShare, ShareView
from coach.domain.search import Document
from coach.domain.visibility import Audience, may_show


def _entry(private: bool) -> Entry:
    return Entry("c", "tekst", visibility=Visibility.PRIVATE if private else Visibility.SHARED)


def test_the_mode_is_the_audience_of_the_one_rule():
    share = ScreenShare()
    assert share.audience is Audience.OWNER and share.shows(_entry(True))
    assert share.toggle() is True
    assert share.audience is Audience.SHARED
    assert not share.shows(_entry(True)) and share.shows(_entry(False))
    for record in (_entry(True), _entry(False)):
        assert share.shows(record) == may_show(record, Audience.SHARED)


def test_a_search_document_is_read_by_its_private_flag():
    doc = Document("k", "p", "Kari", None, "note", "hemmelig", private=True)
    assert not may_show(doc, Audience.SHARED)
    assert not ScreenShare(on=True).shows(doc)
    assert ScreenShare(on=True).shows(Document("k", "p", "Kari", None, "note", "delt"))


def test_a_view_keeps_what_it_hid():
    view = ShareView(ScreenShare(on=True))
    assert view.text_of(_entry(False), "delt", "note") == "delt"
    assert view.text_of(_entry(True), "hemmelig", "note", "Siden sist") is None
    assert [(h.kind, h.where, h.text) for h in view.hidden] == [
        ("note", "Siden sist", "hemmelig")]


@given(st.text(min_size=1))
def test_the_editor_masks_exactly_what_makes_a_private_note(text):
    """private_prefix agrees with the parser: a masked note is one saved as private."""
    for prefix in ("p: ", "privat: ", "Private:  ", "t: ", ""):
        raw = prefix + text
        first = raw.split("\n", 1)[0]
        if private_prefix(first):
            assert parse_note(raw).visibility is Visibility.PRIVATE
