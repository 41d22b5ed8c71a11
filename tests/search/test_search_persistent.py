"""The search index on disk: kept up to date by file stamps, rebuilt when missing, damaged,
stale or of another version (never an error), and scrubbed after forget and retention."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from search_team import held

from coach.cli import main
from coach.domain.conversations import ConversationKind, Entry, EntryKind
from coach.services import search_db
from coach.services.search_index import TeamSearch
from coach.store import Store

#: Texts of Kari's (search_team.fill), as they would be found in the file's bytes.
KARI_TEXTS = ("migreringen", "blåbærturen", "arbeidsmengden", "arkivplanlegging",
              "leverandøren", "Øvrebø", "øvrebø", "ærlig")


def keys(found) -> list[str]:
    return [h.document.key for h in found]


def index_file(store) -> Path:
    return search_db.index_path(store.data_dir)


def index_bytes(data_dir: Path) -> bytes:
    """The index file and any side file SQLite may have left."""
    return b"".join(p.read_bytes() for p in Path(data_dir).iterdir()
                    if p.name.startswith(search_db.INDEX_NAME))


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


def test_a_saved_note_is_found_by_the_next_search_reading_only_its_file(team, reads):
    store, found = team
    TeamSearch(store).build().close()
    assert len(reads) == 3  # two conversations and Kari's person file
    reads.clear()
    again = TeamSearch(store)  # another process: nothing changed, nothing read
    assert again.search("arkivet") and reads == []
    store.save_entry(Entry(found["first"].id, "Avtalt: hospitering i Bodø",
                           kind=EntryKind.AGREEMENT))
    assert [h.document.kind for h in again.search("hospitering i bodø")] == ["agreement"]
    assert reads == [f"conversations/{found['first'].id}.json"]
    again.close()


def test_a_conversation_edited_behind_coachs_back_is_found_after_the_next_search(team):
    store, found = team
    search = TeamSearch(store).build()
    path = store.data_dir / "conversations" / f"{found['first'].id}.json"
    raw = path.read_bytes()
    with open(path, "r+b") as f:  # in place, as an editor or a sync tool might
        f.write(raw.replace(b"ARKIVET", b"MAGASINENE"))
    fresh = TeamSearch(store)  # the next search (a process looks at every file first)
    assert keys(fresh.search("magasinene")) and fresh.search("arkivet") == []
    # in a running app, at the next look at every file (see test_search_freshness)
    search.refresh(whole=True)
    assert keys(search.search("magasinene")) == keys(fresh.search("magasinene"))
    os.unlink(path)  # and a file taken away: its folder's stamp moved
    assert search.search("magasinene") == [] and search.search("blåbærturen") == []
    assert fresh.search("magasinene") == []
    search.close()
    fresh.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "other_version",
                                    "not_a_search_index"])
def test_a_damaged_or_other_version_index_is_rebuilt_silently(team, damage):
    store, _ = team
    TeamSearch(store).build().close()
    path = index_file(store)
    raw = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "other_version":
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE meta SET value = 'coach-search-0' WHERE key = 'version'")
            conn.execute("DELETE FROM docs")  # an old index that holds nothing
        conn.close()
    else:
        path.unlink()
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE meta(key TEXT, value TEXT)")
        conn.close()
    search = TeamSearch(store)
    assert [h.document.kind for h in search.search("arkivet")] == ["agreement"]
    assert search.find("arbeidsmengden").private_left_out == 1
    assert search.on_disk and path.stat().st_mode & 0o777 == 0o600
    search.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_damage_found_mid_use_rebuilds_too(team):
    store, _ = team
    search = TeamSearch(store).build()
    assert search.search("arkivet")
    search._conn.execute("DROP TABLE people")  # the file goes wrong under a running app
    assert [h.document.kind for h in search.search("arkivet")] == ["agreement"]
    search.close()


def test_a_missing_or_stale_index_is_brought_up_to_date(team):
    store, found = team
    TeamSearch(store).build().close()
    path = index_file(store)
    old = path.read_bytes()
    held(store, found["ola"], ConversationKind.FOLLOW_UP, date(2026, 3, 3),
         [(EntryKind.NOTE, "Snakket om turnusen")])
    store.forget_person(found["kari"].id)
    path.write_bytes(old)  # an index restored from before both changes
    search = TeamSearch(store)
    assert [h.document.person for h in search.search("turnusen")] == ["Ola Nordmann"]
    assert search.search("arkivet") == []
    search.close()
    path.unlink()
    search = TeamSearch(store)
    assert search.search("turnusen") and path.exists()
    search.close()


def test_an_unwritable_data_directory_searches_from_memory(team, monkeypatch):
    store, _ = team
    real_open = os.open

    def refuse(path, *args, **kw):
        if search_db.INDEX_NAME in str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kw)

    monkeypatch.setattr(search_db.os, "open", refuse)
    search = TeamSearch(store)
    assert search.search("arkivet") and not search.on_disk
    assert not index_file(store).exists()
    search.close()


def test_forget_leaves_nothing_of_the_person_in_the_index_file(team):
    from coach.services.privacy import forget

    store, found = team
    TeamSearch(store).build().close()
    before = index_bytes(store.data_dir)
    assert all(t.encode() in before for t in ("migreringen", "arbeidsmengden", "Øvrebø"))
    forget(store, found["kari"], "en")
    after = index_bytes(store.data_dir)
    for text in KARI_TEXTS:
        assert text.encode() not in after, text
    assert b"regneark" in after  # Ola is still there
    assert [p.name for p in store.data_dir.iterdir()
            if p.name.startswith(search_db.INDEX_NAME)] == [search_db.INDEX_NAME]
    assert TeamSearch(store).search("regneark")


def test_retention_delete_leaves_nothing_deleted_in_the_index_file(tmp_path, capsys):
    from search_team import fill

    data = tmp_path / "data"
    with Store.open(data, backup=False) as store:
        found = fill(store)
        held(store, found["ola"], ConversationKind.FOLLOW_UP, date.today(),
             [(EntryKind.NOTE, "Nylig samtale om turnusen")])
    folder = Path(os.environ["COACH_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.yaml").write_text("retention_months: 1\n", encoding="utf-8")
    assert main(["--data-dir", str(data), "search", "regneark"]) == 0
    assert b"regneark" in index_bytes(data)
    assert main(["--data-dir", str(data), "retention", "--delete",
                 "--yes-i-am-sure", "2"]) == 0
    after = index_bytes(data)
    for text in ("regneark", "Straße", "strasse", "arkivet", "ARKIVET", "arbeidsmengden"):
        assert text.encode() not in after, text
    assert b"turnusen" in after
    capsys.readouterr()
    assert main(["--data-dir", str(data), "search", "turnusen"]) == 0


def test_the_index_is_not_part_of_a_backup(team):
    store, _ = team
    TeamSearch(store).build().close()
    info = store.backup_now()
    import zipfile

    with zipfile.ZipFile(info.path) as z:
        assert not [n for n in z.namelist() if "search-index" in n]


def test_a_copy_of_the_data_directory_gets_its_own_index(team, tmp_path):
    store, _ = team
    TeamSearch(store).build().close()
    copy = tmp_path / "copy"
    shutil.copytree(store.data_dir, copy, ignore=shutil.ignore_patterns("coach.lock*"))
    with Store.open(copy, read_only=True) as other:
        assert TeamSearch(other).search("arkivet")  # new inodes: every file read again


def test_forget_scrubs_while_the_app_holds_the_index_open(team):
    from coach.services.privacy import forget

    store, found = team
    app_search = TeamSearch(store)  # as the app keeps one, mid-use
    assert app_search.search("e", limit=1)  # a query read only partly
    forget(store, found["kari"], "en")
    after = index_bytes(store.data_dir)
    assert b"arbeidsmengden" not in after and b"regneark" in after  # scrubbed, not deleted
    assert app_search.search("arkivet") == [] and app_search.search("regneark")
    app_search.close()


def test_two_coaches_building_at_once_build_it_once(team, monkeypatch):
    import threading
    import time

    store, _ = team
    original = TeamSearch._documents

    def slow(self, source):
        time.sleep(0.05)  # the other one starts meanwhile
        return original(self, source)

    monkeypatch.setattr(TeamSearch, "_documents", slow)
    found = {}

    def one(name):
        search = TeamSearch(store)
        found[name] = ([h.document.key for h in search.search("kurs")], search.on_disk)
        search.close()

    threads = [threading.Thread(target=one, args=(n,)) for n in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert found["a"] == found["b"] and len(found["a"][0]) == 2 and found["a"][1]
    with sqlite3.connect(index_file(store)) as conn:
        keys = [k for (k,) in conn.execute("SELECT key FROM docs")]
    conn.close()
    assert len(keys) == len(set(keys)) == 8  # each text once


def test_a_sync_tools_conflict_copy_is_not_searched(team):
    store, found = team
    path = store.data_dir / "conversations" / f"{found['first'].id}.json"
    copy = path.with_name(f"{found['first'].id} (conflicted copy 2026-12-01).json")
    copy.write_bytes(path.read_bytes().replace(b"ARKIVET", b"KOPIEN"))
    search = TeamSearch(store)
    assert search.search("kopien") == [] and search.search("arkivet")
    search.close()
