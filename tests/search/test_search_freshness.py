"""How the index finds what changed (coach.services.search_freshness): every file the first
time in a process, then the folders' stamps and coach's own saves; what a sync tool, an
editor or a restore leaves is found, each by the look that can see it."""

from __future__ import annotations

import os
import shutil
import time
from datetime import date

import pytest
from search_team import held

from coach.domain.conversations import ConversationKind, Entry, EntryKind
from coach.services import search_freshness
from coach.services.search_freshness import PERIOD, Freshness
from coach.services.search_index import TeamSearch
from coach.store import Store


def keys(found) -> list[str]:
    return [h.document.key for h in found]


@pytest.fixture
def reads(monkeypatch):
    """The store files the index reads again, in order."""
    seen: list[str] = []
    original = TeamSearch._documents

    def spy(self, source):
        seen.append(source)
        return original(self, source)

    monkeypatch.setattr(TeamSearch, "_documents", spy)
    return seen


@pytest.fixture
def settled(monkeypatch):
    """Folder stamps trusted at once (no clock tick to wait out)."""
    monkeypatch.setattr(search_freshness, "MARGIN_NS", 0)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def searching(store, clock=None) -> TeamSearch:
    search = TeamSearch(store)
    if clock is not None:
        search.freshness = Freshness(store.data_dir, clock=clock)
    return search.build()


def conversation_file(store, conversation) -> os.PathLike:
    return store.data_dir / "conversations" / f"{conversation.id}.json"


def synced_in(target, data: bytes) -> None:
    """As Syncthing writes a file: a temp file beside it, renamed into place."""
    tmp = target.with_name(f".syncthing.{target.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def test_the_first_look_in_a_process_is_at_every_file_then_at_the_folders(team, settled):
    store, _ = team
    search = searching(store)
    assert search.freshness.last == "whole"
    assert search.search("arkivet") and search.freshness.last == "quick"
    assert TeamSearch(store).build().freshness.last == "whole"  # the next process


def test_coachs_own_save_is_found_reading_only_its_file(team, reads, settled):
    store, found = team
    search = searching(store)
    reads.clear()
    store.save_entry(Entry(found["first"].id, "Avtalt: hospitering i Bodø",
                           kind=EntryKind.AGREEMENT))
    assert [h.document.kind for h in search.search("hospitering i bodø")] == ["agreement"]
    assert search.freshness.last == "listed"  # the folder's notes explain its stamp
    assert reads == [f"conversations/{found['first'].id}.json"]
    assert search.search("hospitering") and search.freshness.last == "quick"
    assert len(reads) == 1
    entry = search.search("hospitering")[0].document.key
    store.delete_entry(next(e for e in store.entries(found["first"].id) if e.id == entry))
    assert search.search("hospitering") == [] and search.freshness.last == "listed"
    search.close()


def test_a_file_added_by_a_sync_tool_is_found_by_the_next_search(team, tmp_path, settled):
    store, found = team
    search = searching(store)
    # the same team on another machine holds a conversation this one has not seen
    other_dir = tmp_path / "other"
    shutil.copytree(store.data_dir, other_dir, ignore=shutil.ignore_patterns("coach.lock*"))
    with Store.open(other_dir, backup=False) as other:
        conv = held(other, found["ola"], ConversationKind.FOLLOW_UP, date(2026, 3, 3),
                    [(EntryKind.NOTE, "Snakket om fjellturen")])
    synced_in(conversation_file(store, conv), conversation_file(other, conv).read_bytes())
    hits = search.search("fjellturen")
    assert [h.document.person for h in hits] == ["Ola Nordmann"]
    assert search.freshness.last == "whole"  # someone else moved the folder's stamp
    search.close()


def test_a_file_edited_in_place_is_found_at_the_next_look_at_every_file(team, settled):
    store, found = team
    clock = Clock()
    search = searching(store, clock)
    path = conversation_file(store, found["first"])
    raw = path.read_bytes()
    with open(path, "r+b") as f:  # in place (nano, VS Code, `cp`): no folder stamp moves
        f.write(raw.replace(b"ARKIVET", b"MAGASIN"))
    assert not search.due()
    assert keys(search.search("arkivet"))  # the quick look cannot see it: the trade-off
    other = TeamSearch(store)  # the next process looks at every file
    assert keys(other.search("magasin")) and other.search("arkivet") == []
    other.close()
    clock.now += PERIOD  # in a running app: the next look at every file
    assert search.due()
    search.refresh(whole=True)  # (the other process has already read the file again)
    assert not search.due() and search.freshness.last == "whole"
    assert keys(search.search("magasin")) and search.search("arkivet") == []
    search.close()


@pytest.mark.parametrize("how", ["in place", "renamed into place"])
def test_a_file_restored_from_a_backup_with_its_old_times_is_found(team, settled, how):
    store, found = team
    path = conversation_file(store, found["first"])
    old = path.read_bytes()
    before = path.stat()
    search = searching(store)
    store.save_entry(Entry(found["first"].id, "Avtalt: hospitering i Bodø",
                           kind=EntryKind.AGREEMENT))
    assert search.search("hospitering")
    if how == "in place":  # `cp -p backup/x.json conversations/`: old bytes, old mtime
        with open(path, "wb") as f:
            f.write(old)
    else:  # unzip, tar or rsync: a new file renamed over it, old mtime
        tmp = path.with_name(f".{path.name}.restore")
        tmp.write_bytes(old)
        os.replace(tmp, path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    fresh = TeamSearch(store)  # the change time gives it away
    assert fresh.search("hospitering") == [] and fresh.search("arkivet")
    fresh.close()
    search.refresh(whole=how == "in place")
    assert search.search("hospitering") == []
    search.close()


def test_a_folder_stamp_that_moved_sends_the_look_to_every_file(team, settled, reads):
    store, found = team
    search = searching(store)
    reads.clear()
    folder = store.data_dir / "conversations"
    (folder / "notes.txt").write_text("not a store file")  # anyone adding anything
    assert search.search("arkivet") and search.freshness.last == "whole"
    assert reads == []  # every file looked at, none read: nothing of the store changed
    store.save_entry(Entry(found["first"].id, "Avtalt: hospitering i Bodø",
                           kind=EntryKind.AGREEMENT))
    (folder / "notes.txt").unlink()  # after coach's own save: the chain is broken
    assert search.search("hospitering") and search.freshness.last == "whole"
    assert reads == [f"conversations/{found['first'].id}.json"]
    search.close()


def test_a_stamp_too_fresh_to_trust_is_checked_by_listing_the_folder(team, monkeypatch):
    """A second rename within the same tick of the file system's clock leaves the folder's
    stamp as it was: until the stamp is older than MARGIN_NS, each look lists the folder."""
    store, found = team
    start = time.time_ns()
    search = TeamSearch(store)
    search.freshness = Freshness(store.data_dir, wall=lambda: start)
    search.build()
    assert search.search("arkivet") and search.freshness.last == "listed"
    path = conversation_file(store, found["first"])
    folder = path.parent
    stat = os.stat(folder)
    real = search_freshness.folder_stat
    monkeypatch.setattr(search_freshness, "folder_stat",  # the same tick: no stamp moved
                        lambda data_dir, sub: stat if sub == "conversations"
                        else real(data_dir, sub))
    synced_in(path, path.read_bytes().replace(b"ARKIVET", b"MAGASIN"))
    assert keys(search.search("magasin")) and search.freshness.last == "listed"
    search.freshness._wall = lambda: start + 10 * search_freshness.MARGIN_NS
    assert search.search("magasin") and search.freshness.last == "listed"
    assert search.search("magasin") and search.freshness.last == "quick"  # now trusted
    search.close()


def test_more_saves_than_are_noted_send_the_look_to_every_file(team, settled, monkeypatch):
    from coach.store import written

    store, found = team
    search = searching(store)
    monkeypatch.setattr(written, "KEPT", 2)
    written._notes.clear()  # new deques with the smaller bound
    for i in range(4):
        store.save_entry(Entry(found["first"].id, f"Notat nummer {i} om hospitering"))
    assert len(search.search("hospitering")) == 4 and search.freshness.last == "whole"
    search.close()


def test_the_count_of_texts_follows_a_save_and_a_change_behind_coachs_back(team, settled):
    store, found = team
    search = searching(store)
    before = search.count()
    store.save_entry(Entry(found["first"].id, "Avtalt: hospitering i Bodø"))
    search.refresh()
    assert search.count() == before + 1
    path = conversation_file(store, found["first"])
    other = TeamSearch(store)
    other.build()  # another process reads the file first: this one still counts anew
    synced_in(path, path.read_bytes())
    other.refresh()
    search.refresh()
    assert search.count() == other.count() == before + 1
    other.close()
    search.close()
