"""A small team (search_team.fill) in a store under tmp_path."""

from __future__ import annotations

import pytest
from search_team import fill

from coach.store import Store


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "data"
    with Store.open(path, backup=False) as store:
        fill(store)
    return path


@pytest.fixture
def team(tmp_path):
    store = Store.open(tmp_path / "store", backup=False)
    found = fill(store)
    yield store, found
    store.close()
