"""Schema 2 -> 3: every record that can hold user text gets a visibility, and an action item
raised by a private entry (stored without a flag before) becomes private."""

from __future__ import annotations

import json
from datetime import date

from coach.domain.actions import ActionItem
from coach.domain.conversations import Entry, EntryKind, Visibility
from coach.domain.preparation import Answer, ImportedPreparation, Preparation
from coach.store import Store
from coach.store.layout import SCHEMA_VERSION, index_path, person_path


def _as_schema_2(folder, person_id: str) -> None:
    """Rewrite a current store in the shape schema 2 had: no visibility outside entries."""
    index = json.loads(index_path(folder).read_text("utf-8"))
    index["meta"] = {"1": {"schema_version": 2}}
    index_path(folder).write_text(json.dumps(index, ensure_ascii=False), "utf-8")
    path = person_path(folder, person_id)
    body = json.loads(path.read_text("utf-8"))
    for action in body["actions"].values():
        del action["visibility"]
    for goal in body["goals"].values():
        for progress in goal["progress"]:
            del progress["visibility"]
    for record in body["preparations"].values():
        for answer in record["preparation"]["answers"]:
            del answer["visibility"]
    path.write_text(json.dumps(body, ensure_ascii=False), "utf-8")


def test_schema_2_opens_with_private_items_marked(tmp_path, make_world):
    folder = tmp_path / "v2"
    with Store.open(folder, backup=False) as store:
        world = make_world(store)
        person, conv = world["person"], world["conversation"]
        secret = ActionItem(person.id, "Snakke med HR om sykefravær", raised_in=conv.id)
        store.save_action(secret)
        store.save_entry(Entry(conv.id, secret.text, "ahead", EntryKind.ACTION_ITEM,
                               Visibility.PRIVATE, action_id=secret.id))
        store.save_preparation(ImportedPreparation(person.id, Preparation(
            "follow-up", "nb", date(2026, 3, 1), answers=[Answer("ahead", "Fremover", "Kurs")])))
    _as_schema_2(folder, person.id)
    before = index_path(folder).read_bytes()

    with Store.open(folder, backup=False) as store:
        actions = {a.id: a for a in store.actions(person.id)}
        assert actions[secret.id].visibility is Visibility.PRIVATE
        assert actions[world["action"].id].visibility is Visibility.SHARED
        (goal,) = store.goals(person.id)
        assert [p.visibility for p in goal.progress] == [Visibility.SHARED]
        (prep,) = store.preparations(person.id)
        assert [a.visibility for a in prep.preparation.answers] == [Visibility.SHARED]
        assert store.entries(conv.id)[-1].text == secret.text

    assert (folder / "backups" / "pre-migration-v2.json").read_bytes() == before
    index = json.loads(index_path(folder).read_text("utf-8"))
    assert index["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    body = json.loads(person_path(folder, person.id).read_text("utf-8"))
    assert {a["id"]: a["visibility"] for a in body["actions"].values()} == {
        secret.id: "private", world["action"].id: "shared"}
