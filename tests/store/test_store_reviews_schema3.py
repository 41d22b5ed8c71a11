"""The reviews table came without a schema step of its own (README, Design: "The reviews
table, without a new schema version"). A schema-3 data directory from before it opens (the
later steps run), imports a review, and keeps every other record; a store file holding a
table a coach does not know (what an older coach sees in a newer one) keeps that table
through a write."""

from __future__ import annotations

import json

from tinydb import TinyDB

from coach.cli import main
from coach.domain.conversations import ConversationStatus
from coach.store import Store
from coach.store.layout import SCHEMA_VERSION, index_path, person_path


def _as_before_reviews(folder) -> dict:
    """A current store rewritten as schema 3 had it before the reviews table."""
    index = json.loads(index_path(folder).read_text("utf-8"))
    index["meta"] = {"1": {"schema_version": 3}}
    index_path(folder).write_text(json.dumps(index, ensure_ascii=False), "utf-8")
    bodies = {}
    for path in (folder / "people").glob("*.json"):
        body = json.loads(path.read_text("utf-8"))
        body.pop("reviews", None)
        path.write_text(json.dumps(body, ensure_ascii=False), "utf-8")
        bodies[path.stem] = body
    return bodies


def test_a_schema_3_directory_without_reviews_opens_and_imports_a_review(
        tmp_path, make_world, capsys):
    leader, employee = tmp_path / "leader", tmp_path / "employee"
    with Store.open(leader, backup=False) as store:
        world = make_world(store)
        person, conv = world["person"], world["conversation"]
        conv.status = ConversationStatus.COMPLETED
        store.save_conversation(conv)
    before = _as_before_reviews(leader)[person.id]
    with Store.open(leader, backup=False):  # coach opened once: the later steps run
        pass
    summary = tmp_path / "oppsummering.md"
    assert main(["--lang", "nb", "--data-dir", str(leader), "export", "Åse",
                 "-o", str(summary)]) == 0
    assert main(["--lang", "nb", "reflect", "--reflect-dir", str(employee), "--review",
                 str(summary), "--confirm", "--comment", "Stemmer"]) == 0
    review = tmp_path / "oppsummering-gjennomgang.md"
    assert main(["--lang", "nb", "--data-dir", str(leader), "import-review",
                 str(review)]) == 0
    assert "Bekreftet av medarbeider" in capsys.readouterr().out

    with Store.open(leader, read_only=True) as store:
        (record,) = store.reviews(person.id)
        assert record.conversation_id == conv.id and record.review.confirmed
        assert [c.text for c in record.review.comments] == ["Stemmer"]
        assert [g.id for g in store.goals(person.id)] == [world["goal"].id]
    index = json.loads(index_path(leader).read_text("utf-8"))
    assert index["meta"]["1"]["schema_version"] == SCHEMA_VERSION  # the later steps ran
    after = json.loads(person_path(leader, person.id).read_text("utf-8"))
    for table, docs in before.items():
        assert after[table] == docs  # every other record as it was
    # stock TinyDB reads the new table as it reads the others
    with TinyDB(person_path(leader, person.id), access_mode="r") as db:
        (doc,) = db.table("reviews").all()
    assert doc["review"]["conversation_id"] == conv.id


def test_a_table_this_coach_does_not_know_survives_a_write(tmp_path, make_world):
    """What an older coach (without the reviews table) does with a newer one's file."""
    folder = tmp_path / "data"
    with Store.open(folder, backup=False) as store:
        world = make_world(store)
    person = world["person"]
    path = person_path(folder, person.id)
    body = json.loads(path.read_text("utf-8"))
    body["later"] = {"1": {"id": "x1", "text": "æøå"}}
    path.write_text(json.dumps(body, ensure_ascii=False), "utf-8")
    with Store.open(folder, backup=False) as store:
        goal = store.goals(person.id)[0]
        goal.statement = "Endret"
        store.save_goal(goal)
    after = json.loads(path.read_text("utf-8"))
    assert after["later"] == {"1": {"id": "x1", "text": "æøå"}}
    assert next(iter(after["goals"].values()))["statement"] == "Endret"
