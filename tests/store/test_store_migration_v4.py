"""Schema 3 -> 4: competence areas, their level changes, goals' revisions and review
comments get a visibility (shared, as they were treated), so the one rule decides them."""

from __future__ import annotations

import json
from datetime import date

from coach.domain.conversations import Visibility
from coach.domain.review import Decision, ImportedReview, Review, ReviewComment, Target
from coach.store import Store
from coach.store.layout import SCHEMA_VERSION, index_path, person_path


def _as_schema_3(folder, person_id: str) -> None:
    """Rewrite a current store in the shape schema 3 had: none of these flags."""
    index = json.loads(index_path(folder).read_text("utf-8"))
    index["meta"] = {"1": {"schema_version": 3}}
    index_path(folder).write_text(json.dumps(index, ensure_ascii=False), "utf-8")
    path = person_path(folder, person_id)
    body = json.loads(path.read_text("utf-8"))
    for area in body["competence"].values():
        del area["visibility"]
        for change in area["history"]:
            del change["visibility"]
    for goal in body["goals"].values():
        for revision in goal["history"]:
            del revision["visibility"]
    for record in body["reviews"].values():
        for comment in record["review"]["comments"]:
            del comment["visibility"]
    path.write_text(json.dumps(body, ensure_ascii=False), "utf-8")


def test_schema_3_opens_with_every_flag_shared(tmp_path, make_world):
    folder = tmp_path / "v3"
    with Store.open(folder, backup=False) as store:
        world = make_world(store)
        person, conv, goal = world["person"], world["conversation"], world["goal"]
        goal.revise(measure="halve leveransen", reason="mindre team")
        store.save_goal(goal)
        store.save_review(ImportedReview(person.id, Review(
            conv.id, "sha256:" + "0" * 64, Decision.REMARKS, date(2026, 3, 2), "nb",
            comments=[ReviewComment(Target.WHOLE, "Stort sett riktig")])))
    _as_schema_3(folder, person.id)
    before = index_path(folder).read_bytes()
    raw = json.loads(person_path(folder, person.id).read_text("utf-8"))
    assert "visibility" not in json.dumps(raw["competence"])

    with Store.open(folder, backup=False) as store:
        (area,) = store.competence(person.id)
        assert area.visibility is Visibility.SHARED
        assert [c.visibility for c in area.history] == [Visibility.SHARED]
        assert area.history[0].reason == "ledet workshop"
        (goal,) = store.goals(person.id)
        assert [r.visibility for r in goal.history] == [Visibility.SHARED]
        assert goal.history[0].reason == "mindre team"
        (review,) = store.reviews(person.id)
        assert [c.visibility for c in review.review.comments] == [Visibility.SHARED]

    assert (folder / "backups" / "pre-migration-v3.json").read_bytes() == before
    index = json.loads(index_path(folder).read_text("utf-8"))
    assert index["meta"]["1"]["schema_version"] == SCHEMA_VERSION == 4
    body = json.loads(person_path(folder, person.id).read_text("utf-8"))
    (stored,) = body["competence"].values()
    assert stored["visibility"] == "shared"
    assert [c["visibility"] for c in stored["history"]] == ["shared"]
    (record,) = body["reviews"].values()
    assert [c["visibility"] for c in record["review"]["comments"]] == ["shared"]
