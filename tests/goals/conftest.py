"""The fixture person saved in a store under tmp_path."""

import pytest

from coach.domain.people import Person
from coach.store import Store
from tests.goals.records import kari_records


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "data"
    kari, objectives, goals, areas = kari_records()
    with Store.open(path, backup=False) as store:
        store.save_person(kari)
        store.save_person(Person("Ola Nordmann"))
        store.save_person(Person("Ola Olsen"))
        for objective in objectives:
            store.save_objective(objective)
        for goal in goals:
            store.save_goal(goal)
        for area in areas:
            store.save_competence(area)
    return path
