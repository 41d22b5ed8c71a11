"""Schema versions: the previous shape (v1, one file) opens as v2 with all its data."""

from __future__ import annotations

import json
import os
import stat

import pytest
from tinydb import TinyDB

from coach.domain.records import to_dict
from coach.store import Store, StoreSchemaError
from coach.store import journal as store_journal
from coach.store import migrations as store_migrations
from coach.store.layout import (
    JOURNAL_FILE,
    SCHEMA_VERSION,
    STAGING_DIR,
    conversation_path,
    index_path,
    person_path,
)


def _v1_bytes(world) -> bytes:
    """A schema-1 coach.json: everything in one file, as the previous coach wrote it."""
    def table(*records):
        return {str(i): to_dict(r) for i, r in enumerate(records, start=1)}

    data = {
        "meta": {"1": {"schema_version": 1}},
        "people": table(world["person"]),
        "objectives": table(world["objective"]),
        "conversations": table(world["conversation"]),
        "entries": table(*world["entries"]),
        "actions": table(world["action"]),
        "goals": table(world["goal"]),
        "competence": table(world["area"]),
        "settings": {"1": {"key": "theme", "value": {"name": "mørk", "size": 2}}},
    }
    return json.dumps(data, ensure_ascii=False).encode()


@pytest.fixture
def v1_dir(tmp_path, make_world):
    """A v1 data directory holding the same world the other tests use."""
    with Store.open(tmp_path / "scratch", backup=False) as scratch:
        world = make_world(scratch)
    folder = tmp_path / "v1"
    folder.mkdir()
    (folder / "coach.json").write_bytes(_v1_bytes(world))
    return folder, world


def test_v1_store_opens_with_all_its_data(v1_dir):
    folder, world = v1_dir
    original = (folder / "coach.json").read_bytes()
    person = world["person"]
    with Store.open(folder, backup=False) as store:
        assert store.people() == [person]
        assert store.objectives() == [world["objective"]]
        assert store.conversations(person.id) == [world["conversation"]]
        assert store.entries(world["conversation"].id) == world["entries"]
        assert store.actions(person.id) == [world["action"]]
        assert store.goals(person.id) == [world["goal"]]
        assert store.competence(person.id) == [world["area"]]
        assert store.setting("theme") == {"name": "mørk", "size": 2}
    kept = folder / "backups" / "pre-migration-v1.json"
    assert kept.read_bytes() == original
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600
    db = TinyDB(index_path(folder))
    assert db.table("meta").all() == [{"schema_version": SCHEMA_VERSION}]
    assert "entries" not in db.tables()
    db.close()
    assert conversation_path(folder, world["conversation"].id).exists()
    assert person_path(folder, person.id).exists()


def test_a_crash_during_migration_leaves_v1_to_migrate_again(v1_dir, monkeypatch):
    folder, world = v1_dir
    original = (folder / "coach.json").read_bytes()
    real = store_journal.write_atomic

    def fail_at_commit_point(path, raw, **kw):
        if path.name == JOURNAL_FILE:
            raise OSError("simulated failure")
        real(path, raw, **kw)

    monkeypatch.setattr(store_journal, "write_atomic", fail_at_commit_point)
    with pytest.raises(OSError):
        Store.open(folder, backup=False)
    assert (folder / "coach.json").read_bytes() == original
    assert not (folder / STAGING_DIR).exists()
    monkeypatch.undo()
    with Store.open(folder, backup=False) as store:
        assert store.entries(world["conversation"].id) == world["entries"]


def test_newer_schema_is_refused_clearly(data_dir):
    Store.open(data_dir, backup=False).close()
    newer = {"meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}, "people": {}}
    index_path(data_dir).write_text(json.dumps(newer))
    before = index_path(data_dir).read_bytes()
    with pytest.raises(StoreSchemaError) as info:
        Store.open(data_dir)
    assert "newer" in info.value.explain("en") and "nyere" in info.value.explain("nb")
    assert index_path(data_dir).read_bytes() == before


def test_read_only_does_not_migrate(v1_dir):
    folder, _ = v1_dir
    original = (folder / "coach.json").read_bytes()
    with pytest.raises(StoreSchemaError) as info:
        Store.open(folder, read_only=True)
    assert info.value.found == 1
    assert (folder / "coach.json").read_bytes() == original


def test_every_old_version_has_a_step():
    assert sorted(store_migrations.MIGRATIONS) == list(range(1, SCHEMA_VERSION))
