"""Imported preparations live in the person's file and are forgotten with the person."""

from __future__ import annotations

from datetime import UTC, date, datetime

from coach.domain.people import Person
from coach.domain.preparation import Answer, ImportedPreparation, Preparation, SelfRating
from coach.services.handover import latest_preparation
from coach.store import Store
from coach.store.layout import person_path


def test_saved_read_back_newest_last_and_forgotten(tmp_path):
    data = tmp_path / "data"
    prep = Preparation("follow-up", "nb", date(2026, 3, 2), "Kari", "Månedlig oppfølging",
                       answers=[Answer("ahead", "Framover", "æøå 😀")],
                       ratings=[SelfRating("Python", 3)])
    with Store.open(data, backup=False) as store:
        kari, ola = Person("Kari"), Person("Ola")
        store.save_person(kari)
        store.save_person(ola)
        later = ImportedPreparation(kari.id, prep, "b.md",
                                    imported=datetime(2026, 3, 3, tzinfo=UTC))
        earlier = ImportedPreparation(kari.id, prep, "a.md",
                                      imported=datetime(2026, 3, 1, tzinfo=UTC))
        store.save_preparation(later)
        store.save_preparation(earlier)
        assert latest_preparation(store, ola.id) is None
    assert "æøå".encode() in person_path(data, kari.id).read_bytes()
    with Store.open(data, backup=False) as store:
        assert [r.source for r in store.preparations(kari.id)] == ["a.md", "b.md"]
        assert latest_preparation(store, kari.id) == later
        assert store.preparations(ola.id) == []
        store.forget_person(kari.id)
        assert store.preparations(kari.id) == []
    assert not person_path(data, kari.id).exists()
