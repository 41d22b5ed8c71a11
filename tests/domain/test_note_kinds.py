"""The table of note kinds: one row per kind, every string in both languages."""

import pytest

from coach.domain.conversations import EntryKind, Visibility
from coach.domain.note_kinds import BY_KIND, BY_NAME, LISTED, NOTE_KINDS, PREFIXES
from coach.domain.notes import parse_note
from coach.domain.summary import Summary
from coach.i18n import CATALOG


def test_every_entry_kind_has_a_shared_row_and_a_private_row_exists():
    assert set(BY_KIND) == set(EntryKind)
    assert [k.name for k in NOTE_KINDS if k.visibility is Visibility.PRIVATE] == ["private"]


def test_names_keys_and_prefixes_are_unique():
    assert len(BY_NAME) == len(NOTE_KINDS)
    keys = [k.key for k in NOTE_KINDS]
    assert len(set(keys)) == len(keys)
    prefixes = [p for k in NOTE_KINDS for p in k.prefixes]
    assert len(set(prefixes)) == len(prefixes) == len(PREFIXES)


def test_learning_has_a_key_and_every_kind_but_the_plain_note_a_prefix():
    assert BY_NAME["learning"].key
    assert all(k.prefixes for k in NOTE_KINDS if k.name != "note")


@pytest.mark.parametrize("row", NOTE_KINDS, ids=lambda k: k.name)
def test_every_string_of_a_row_exists_in_both_languages(row):
    for key in (row.label, row.key_label, row.export_heading):
        if key is not None:
            nb, en = CATALOG[key]
            assert nb and en


@pytest.mark.parametrize("row", NOTE_KINDS, ids=lambda k: k.name)
def test_every_prefix_makes_its_kind(row):
    for prefix in row.prefixes:
        parsed = parse_note(f"{prefix}: text")
        assert (parsed.kind, parsed.visibility) == (row.kind, row.visibility)


def test_each_listed_kind_has_a_summary_field_and_an_export_heading():
    fields = Summary.__dataclass_fields__
    for kind, name in LISTED.items():
        assert name in fields
        assert BY_KIND[kind].export_heading
