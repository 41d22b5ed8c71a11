"""A damaged file stops coach with a clear message; it is never overwritten or read as empty."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.store import Store, StoreCorrupt
from coach.store.backups import list_backups, make_backup
from coach.store.layout import conversation_path, index_path, person_path

DAMAGE = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "garbage": lambda raw: b"\x00\xff garbage \xfe",
    "empty": lambda raw: b"",
    "list at top level": lambda raw: b'[{"people": {}}]',
    "table not an object": lambda raw: b'{"people": [1, 2], "meta": {}}',
    "document not an object": lambda raw: b'{"people": {"1": "Kari"}}',
    "document without id": lambda raw: b'{"people": {"1": {"name": "Kari"}}}',
}


@pytest.fixture
def backed_up(data_dir, make_world):
    """A store with a world in it and two older daily backups."""
    with Store.open(data_dir, backup=False) as store:
        world = make_world(store)
    yesterday = date.today() - timedelta(days=1)
    make_backup(data_dir, day=yesterday - timedelta(days=1))
    make_backup(data_dir, day=yesterday)
    return world


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_index_names_file_backup_and_command(kind, data_dir, backed_up):
    path = index_path(data_dir)
    good = path.read_bytes()
    damaged = DAMAGE[kind](good)
    path.write_bytes(damaged)
    before = sorted(b.name for b in list_backups(data_dir))
    with pytest.raises(StoreCorrupt) as info:
        Store.open(data_dir)
    err = info.value
    newest = f"coach-{date.today() - timedelta(days=1)}.zip"
    assert err.path == path
    assert err.backup == newest
    for lang in ("nb", "en"):
        text = err.explain(lang)
        assert str(path) in text and newest in text
        assert f"restore {newest}" in text
    assert "skadet" in err.explain("nb") and "damaged" in err.explain("en")
    assert path.read_bytes() == damaged
    assert sorted(b.name for b in list_backups(data_dir)) == before
    path.write_bytes(good)  # the lock was released: once repaired, the store opens
    with Store.open(data_dir, backup=False) as store:
        assert store.person(backed_up["person"].id).name == "Åse Ørnø"


def test_damaged_conversation_file_is_not_read_as_empty_and_blocks_the_backup(
        data_dir, backed_up):
    conv = backed_up["conversation"]
    path = conversation_path(data_dir, conv.id)
    damaged = path.read_bytes()[:40]
    path.write_bytes(damaged)
    before = sorted(b.name for b in list_backups(data_dir))
    store = Store.open(data_dir, backup=True)
    try:
        store.wait_for_backup()
        assert isinstance(store.backup_error, StoreCorrupt)
        assert store.backup_error.path == path
        assert sorted(b.name for b in list_backups(data_dir)) == before
        with pytest.raises(StoreCorrupt) as info:
            store.entries(conv.id)
        assert info.value.path == path and info.value.backup
        with pytest.raises(StoreCorrupt):
            store.conversations()
        with pytest.raises(StoreCorrupt):
            store.backup_now()
    finally:
        store.close()
    assert path.read_bytes() == damaged


def test_damaged_person_file_raises_on_use(data_dir, backed_up):
    person_id = backed_up["person"].id
    path = person_path(data_dir, person_id)
    path.write_bytes(b'{"actions": {"1": {"text": "no id"}}}')
    with Store.open(data_dir, backup=False) as store:
        with pytest.raises(StoreCorrupt):
            store.actions(person_id)
        from coach.domain.actions import ActionItem

        with pytest.raises(StoreCorrupt):
            store.save_action(ActionItem(person_id, "ny"))
    assert path.read_bytes() == b'{"actions": {"1": {"text": "no id"}}}'


def test_no_backup_yet_says_so(data_dir):
    Store.open(data_dir, backup=False).close()
    index_path(data_dir).write_bytes(b"{")
    with pytest.raises(StoreCorrupt) as info:
        Store.open(data_dir)
    assert info.value.backup is None
    assert "ingen sikkerhetskopi" in info.value.explain("nb")
    assert "no backup" in info.value.explain("en")


def test_missing_conversation_file_is_an_error_not_empty(data_dir, backed_up):
    conv = backed_up["conversation"]
    conversation_path(data_dir, conv.id).unlink()
    with Store.open(data_dir, backup=False) as store:
        with pytest.raises(StoreCorrupt):
            store.entries(conv.id)
