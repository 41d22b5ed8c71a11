"""Synced folders: conflict copies of Syncthing, Nextcloud, Dropbox and git merge markers are
named, never ignored (nor swept away), and `check --repair` merges them entry by entry."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.conversations import Entry
from coach.domain.records import to_dict
from coach.store import Store
from coach.store.check import check, conflicts_line
from coach.store.conflicts import conflict_of, is_conflict_name, split_merge
from coach.store.layout import conversation_path
from coach.store.repair import repair

NAMES = {
    "Syncthing": "{id}.sync-conflict-20261201-101010-ABCD123.json",
    "Nextcloud": "{id} (conflicted copy 2026-12-01 101010).json",
    "Dropbox": "{id} (Kari's conflicted copy 2026-12-01).json",
}


@pytest.mark.parametrize("tool", sorted(NAMES))
def test_conflict_names_are_recognised(tmp_path, tool):
    path = tmp_path / NAMES[tool].format(id="abc")
    copy = conflict_of(path)
    assert copy is not None and copy.tool == tool and copy.original == tmp_path / "abc.json"
    assert conflict_of(tmp_path / "abc.json") is None


#: Names near the tools' patterns: their words, digits, brackets, dots, in any order.
_PIECES = st.sampled_from(["abc", ".json", ".sync-conflict-", "20261201", "-", "101010",
                           "ABCD123", " (", ")", "conflicted copy", "Kari's ", " ", "2026-12-01",
                           ".", "(", "x"])


@given(st.lists(_PIECES, max_size=9).map("".join) | st.text(max_size=40))
def test_the_sweeps_quick_name_test_agrees_with_conflict_of(name):
    """The store's open sweep judges each name with the quick test: it must say what
    ``conflict_of`` says, or a conflict copy would be taken for a conversation."""
    assert is_conflict_name(name) == (conflict_of(Path("/d") / name) is not None)


def _two_machines(data_dir, make_world, tool):
    """This machine's conversation file and the other machine's conflict copy of it: each
    added a note, and both edited the same note (the other machine later)."""
    with Store.open(data_dir, backup=False) as store:
        world = make_world(store)
    conv_id = world["conversation"].id
    path = conversation_path(data_dir, conv_id)
    theirs_path = path.with_name(NAMES[tool].format(id=conv_id))
    shutil.copy(path, theirs_path)
    shared = world["entries"][0]
    with Store.open(data_dir, backup=False) as store:
        mine = Entry(conv_id, "notat fra kontoret", "since-last")
        store.save_entry(mine)
    theirs = json.loads(theirs_path.read_text())
    other = Entry(conv_id, "notat fra hjemmekontoret", "since-last")
    edited = dict(to_dict(shared), text="endret hjemme",
                  updated=(shared.updated + timedelta(minutes=5)).isoformat())
    for doc_id, doc in theirs["entries"].items():
        if doc["id"] == shared.id:
            theirs["entries"][doc_id] = edited
    theirs["entries"]["99"] = to_dict(other)
    theirs_path.write_text(json.dumps(theirs, ensure_ascii=False))
    theirs_path.chmod(0o600)
    return world, theirs_path, mine, other


@pytest.mark.parametrize("tool", sorted(NAMES))
def test_a_conflict_copy_is_named_kept_and_merged_by_repair(data_dir, make_world, tool):
    world, copy, mine, other = _two_machines(data_dir, make_world, tool)
    # opening the store never sweeps it away
    Store.open(data_dir, backup=False).close()
    assert copy.exists()
    report = check(data_dir)
    assert [(f.kind, f.detail) for f in report.findings] == [("conflict", tool)]
    assert check(data_dir, quick=True).of_kind("conflict")
    line = conflicts_line(data_dir, "en")
    assert copy.name in line and "coach check --repair" in line
    with Store.open(data_dir, backup=False) as store:
        assert store.conflict_copies() == [f"conversations/{copy.name}"]
    result = repair(data_dir)
    assert result.after.clean, [f.explain("en") for f in result.after.findings]
    assert not copy.exists()
    with Store.open(data_dir, backup=False) as store:
        texts = {e.text for e in store.entries(world["conversation"].id)}
    assert {mine.text, other.text, "endret hjemme"} <= texts
    assert world["entries"][0].text not in texts  # the newer edit won
    assert conflicts_line(data_dir, "en") is None


def test_unsure_edits_keep_both(data_dir, make_world):
    world, copy, _, _ = _two_machines(data_dir, make_world, "Syncthing")
    theirs = json.loads(copy.read_text())
    target = world["entries"][1]
    for doc in theirs["entries"].values():
        if doc["id"] == target.id:
            doc["text"] = "annen tekst, samme tid"
    copy.write_text(json.dumps(theirs, ensure_ascii=False))
    repair(data_dir)
    with Store.open(data_dir, backup=False) as store:
        texts = [e.text for e in store.entries(world["conversation"].id)]
    assert target.text in texts and "annen tekst, samme tid" in texts


def test_git_merge_markers_are_named_and_merged(data_dir, make_world):
    world, copy, mine, other = _two_machines(data_dir, make_world, "Syncthing")
    path = conversation_path(data_dir, world["conversation"].id)
    ours, theirs = path.read_bytes(), copy.read_bytes()
    copy.unlink()
    path.write_bytes(b"<<<<<<< HEAD\n" + ours + b"\n=======\n" + theirs
                     + b"\n>>>>>>> other\n")
    assert split_merge(path.read_bytes()) is not None
    report = check(data_dir)
    assert [f.kind for f in report.findings] == ["merge_markers"]
    assert "<<<<<<<" in report.findings[0].explain("en")
    result = repair(data_dir)
    assert result.after.clean, [f.explain("en") for f in result.after.findings]
    with Store.open(data_dir, backup=False) as store:
        texts = {e.text for e in store.entries(world["conversation"].id)}
    assert {mine.text, other.text, "endret hjemme"} <= texts
