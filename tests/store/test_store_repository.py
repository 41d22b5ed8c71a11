"""The repository API: round trips, layout, stock TinyDB compatibility, partitioned saves."""

from __future__ import annotations

import json

import pytest
from tinydb import TinyDB

from coach.domain.conversations import Conversation, ConversationKind, ConversationStatus, Entry
from coach.domain.people import Person
from coach.store import Store, StoreReadOnly
from coach.store.layout import conversation_path, data_files, index_path, person_path


def test_every_record_type_round_trips(make_world, store, data_dir):
    world = make_world(store)
    store.close()
    with Store.open(data_dir, backup=False) as again:
        person = world["person"]
        assert again.people() == [person]
        assert again.person(person.id) == person
        assert again.objectives() == [world["objective"]]
        assert again.conversations(person.id) == [world["conversation"]]
        assert again.conversation(world["conversation"].id) == world["conversation"]
        assert again.entries(world["conversation"].id) == world["entries"]
        assert again.actions(person.id) == [world["action"]]
        assert again.goals(person.id) == [world["goal"]]
        assert again.competence(person.id) == [world["area"]]
        assert again.setting("theme") == {"name": "mørk", "size": 2}
        assert again.setting("missing", 7) == 7
        assert again.unfinished_conversations() == [world["conversation"]]
        assert again.unfinished_conversations(person.id) == [world["conversation"]]
        assert again.unfinished_conversations("someone-else") == []
        assert not again.is_empty()


def test_letters_are_real_utf8_and_stock_tinydb_reads_every_file(make_world, store, data_dir):
    world = make_world(store)
    files = data_files(data_dir)
    assert index_path(data_dir) in files
    assert conversation_path(data_dir, world["conversation"].id) in files
    assert person_path(data_dir, world["person"].id) in files
    for path in files:
        raw = path.read_bytes()
        assert b"\\u00" not in raw, path
        json.loads(raw.decode("utf-8"))
    assert "Åse Ørnø".encode() in index_path(data_dir).read_bytes()
    store.close()
    expected = {
        index_path(data_dir): {"meta", "people", "objectives", "settings", "conversations"},
        conversation_path(data_dir, world["conversation"].id): {"conversation", "entries"},
        person_path(data_dir, world["person"].id): {"actions", "goals", "competence",
                                                   "preparations", "reviews"},
    }
    for path, tables in expected.items():
        db = TinyDB(path)
        try:
            assert db.tables() == tables
        finally:
            db.close()
    db = TinyDB(conversation_path(data_dir, world["conversation"].id))
    texts = {doc["text"] for doc in db.table("entries").all()}
    db.close()
    assert "Avtale: kurs i høst" in texts


def test_saving_a_note_rewrites_only_its_conversation_file(make_world, store, data_dir):
    world = make_world(store)
    conv_file = conversation_path(data_dir, world["conversation"].id)
    before = {p: p.read_bytes() for p in data_files(data_dir) if p != conv_file}
    store.save_entry(Entry(world["conversation"].id, "ny tanke"))
    assert {p: p.read_bytes() for p in data_files(data_dir) if p != conv_file} == before
    assert "ny tanke" in conv_file.read_text(encoding="utf-8")


def test_index_is_rewritten_only_when_the_summary_row_changes(make_world, store, data_dir):
    world = make_world(store)
    conv = world["conversation"]
    index = index_path(data_dir)
    before = index.read_bytes()
    conv.current_section = 0
    conv.sections[0].actual_seconds = 300
    store.save_conversation(conv)
    assert index.read_bytes() == before
    conv.status = ConversationStatus.COMPLETED
    store.save_conversation(conv)
    assert index.read_bytes() != before
    assert store.unfinished_conversations() == []
    assert store.conversation_summaries()[0].status is ConversationStatus.COMPLETED


def test_updates_replace_by_uuid_and_deletes_do_not_confuse_reused_doc_ids(make_world, store):
    world = make_world(store)
    conv_id = world["conversation"].id
    first, second, third = world["entries"]
    store.delete_entry(third)
    fourth = Entry(conv_id, "fjerde")
    store.save_entry(fourth)
    second.text = "endret"
    store.save_entry(second)
    assert [e.text for e in store.entries(conv_id)] == [first.text, "endret", "fjerde"]


def test_people_sorted_casefolded_and_archived_hidden(make_world, store):
    for name in ("øystein", "Anne", "bjørn"):
        store.save_person(Person(name))
    gone = Person("Carl", archived=True)
    store.save_person(gone)
    assert [p.name for p in store.people()] == ["Anne", "bjørn", "øystein"]
    assert gone in store.people(include_archived=True)
    with pytest.raises(KeyError):
        store.person("no-such-id")


def test_conversations_are_listed_oldest_first(make_world, store):
    person = Person("Per")
    store.save_person(person)
    convs = []
    for month in (5, 1, 3):
        from datetime import UTC, datetime
        c = Conversation(person.id, ConversationKind.CHECK_IN, "check-in",
                         planned_at=datetime(2026, month, 1, tzinfo=UTC))
        store.save_conversation(c)
        convs.append(c)
    months = [c.planned_at.month for c in store.conversations(person.id)]
    assert months == [1, 3, 5]
    assert store.conversations("someone-else") == []


def test_records_need_a_known_owner(make_world, store):
    with pytest.raises(KeyError):
        store.save_conversation(Conversation("ghost", ConversationKind.ANNUAL, "annual"))
    with pytest.raises(KeyError):
        store.save_entry(Entry("no-conversation", "tekst"))


def test_forget_person_removes_every_trace(make_world, store, data_dir):
    world = make_world(store)
    other = Person("Ola")
    store.save_person(other)
    person_id = world["person"].id
    store.forget_person(person_id)
    assert store.people() == [other]
    assert store.conversations() == []
    assert store.actions(person_id) == [] and store.goals(person_id) == []
    assert not conversation_path(data_dir, world["conversation"].id).exists()
    assert not person_path(data_dir, person_id).exists()
    for path in data_files(data_dir):
        assert person_id not in path.read_text(encoding="utf-8")


def test_batch_writes_each_file_once(make_world, store, data_dir, monkeypatch):
    from coach.store import storage

    written = []
    real = storage.write_atomic
    monkeypatch.setattr(storage, "write_atomic",
                        lambda p, b, **kw: (written.append(p), real(p, b, **kw)))
    with store.batch():
        people = [Person(f"Person {i}") for i in range(20)]
        for p in people:
            store.save_person(p)
        assert written == []
    assert written == [index_path(data_dir)]
    store.close()
    with Store.open(data_dir, backup=False) as again:
        assert len(again.people()) == 20


def test_read_only_reads_and_refuses_writes(make_world, store, data_dir):
    world = make_world(store)
    store.close()
    with Store.open(data_dir, read_only=True) as ro:
        assert ro.person(world["person"].id).name == "Åse Ørnø"
        before = index_path(data_dir).read_bytes()
        with pytest.raises(StoreReadOnly):
            ro.save_person(Person("Ny"))
        with pytest.raises(StoreReadOnly):
            ro.save_entry(Entry(world["conversation"].id, "x"))
        assert [p.name for p in ro.people()] == ["Åse Ørnø"]
        assert index_path(data_dir).read_bytes() == before


def test_conversation_files_are_read_lazily(make_world, store, data_dir, monkeypatch):
    make_world(store)
    store.close()
    from coach.store import storage

    loaded = []
    real = storage.read_file
    monkeypatch.setattr(storage, "read_file", lambda p, t: (loaded.append(p), real(p, t))[1])
    with Store.open(data_dir, backup=False) as again:
        assert loaded == []
        assert again.people() and again.conversation_summaries()
        assert loaded == []
        conv_id = again.conversation_summaries()[0].id
        again.entries(conv_id)
        again.entries(conv_id)
        assert loaded == [conversation_path(data_dir, conv_id)]


def test_empty_store_is_empty(make_world, store):
    assert store.is_empty()
    assert store.people() == [] and store.conversations() == [] and store.objectives() == []


def test_open_removes_leftover_temp_files_and_orphans(make_world, store, data_dir):
    world = make_world(store)
    store.close()
    folder = data_dir / "conversations"
    temp = folder / ".x.json.123.abcd.tmp"
    temp.write_bytes(b"half a file")
    orphan = folder / "0a1b2c3d-0000-4000-8000-000000000000.json"
    orphan.write_bytes(b'{"conversation": {}, "entries": {}}')
    with Store.open(data_dir, backup=False) as again:
        assert again.entries(world["conversation"].id) == world["entries"]
    assert not temp.exists() and not orphan.exists()
    assert conversation_path(data_dir, world["conversation"].id).exists()


def test_delete_conversation_and_unsafe_ids(make_world, store, data_dir):
    world = make_world(store)
    conv = world["conversation"]
    store.delete_conversation(conv.id)
    assert store.conversations() == []
    assert not conversation_path(data_dir, conv.id).exists()
    with pytest.raises(KeyError):
        store.entries(conv.id)
    sneaky = Conversation(world["person"].id, ConversationKind.CHECK_IN, "check-in",
                          id="../../escape")
    with pytest.raises(ValueError):
        store.save_conversation(sneaky)
    assert not (data_dir.parent / "escape.json").exists()
