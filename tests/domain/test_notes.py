from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from coach.domain.actions import Owner
from coach.domain.conversations import EntryKind, Visibility
from coach.domain.notes import parse_note


def test_plain_text_is_a_shared_note():
    note = parse_note("Trives godt i teamet: mye læring")
    assert (note.kind, note.visibility, note.text) == (
        EntryKind.NOTE, Visibility.SHARED, "Trives godt i teamet: mye læring")


def test_prefixes_in_both_languages():
    assert parse_note("avt: Vi møtes hver fjerde uke").kind is EntryKind.AGREEMENT
    assert parse_note("agree: Meet every fourth week").text == "Meet every fourth week"
    assert parse_note("Støtte: Trenger avklaring").kind is EntryKind.SUPPORT_NEED
    assert parse_note("m: Leverte første release").kind is EntryKind.MASTERY_MOMENT
    assert parse_note("læring: Ny metodikk").kind is EntryKind.LEARNING
    private = parse_note("p: Virker sliten")
    assert private.visibility is Visibility.PRIVATE and private.kind is EntryKind.NOTE


def test_action_item_owner_and_due():
    item = parse_note("t: Sende kursinfo @leder 2026-12-15", today=date(2026, 12, 1))
    assert item.kind is EntryKind.ACTION_ITEM
    assert item.owner is Owner.LEADER
    assert item.due == date(2026, 12, 15)
    assert item.text == "Sende kursinfo"
    default = parse_note("todo: Draft the plan")
    assert default.owner is Owner.EMPLOYEE and default.due is None


def test_bad_date_stays_in_text():
    item = parse_note("t: Fikse noe 2026-13-45", today=date(2026, 12, 1))
    assert item.due is None and item.text.endswith("2026-13-45")
    assert item.due_invalid == "2026-13-45"


def test_unknown_prefix_is_plain_text():
    assert parse_note("Merk: dette er viktig").kind is EntryKind.NOTE
    assert parse_note("Merk: dette er viktig").text == "Merk: dette er viktig"


@given(st.text())
def test_never_raises_and_never_grows(raw):
    note = parse_note(raw)
    assert len(note.text) <= len(raw)


def test_owners_and_dates_as_people_write_them():
    today = date(2026, 12, 1)
    item = parse_note("tiltak: @leder Melde Emil på SQL-kurset 15.12.2026", today=today)
    assert (item.text, item.owner, item.due) == (
        "Melde Emil på SQL-kurset", Owner.LEADER, date(2026, 12, 15))
    item = parse_note("t: @Emil lese rapporten innen fredag", today=today, names=("Emil",))
    assert (item.text, item.owner, item.due) == ("lese rapporten", Owner.EMPLOYEE,
                                                 date(2026, 12, 4))
    item = parse_note("todo: send the deck @me tomorrow", today=today)
    assert (item.text, item.owner, item.due) == ("send the deck", Owner.LEADER,
                                                 date(2026, 12, 2))
    # an @word that names nobody stays in the text
    item = parse_note("t: spørre @kari om rammene", today=today, names=("Emil",))
    assert item.text == "spørre @kari om rammene" and item.owner is Owner.EMPLOYEE
    item = parse_note("t: Sende rapporten 31.02", today=today)
    assert (item.text, item.due, item.due_invalid) == ("Sende rapporten 31.02", None, "31.02")
