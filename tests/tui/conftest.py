"""A store in tmp_path (empty or with the fixed team), and no cursor blink."""

from __future__ import annotations

import pytest
from textual.widgets import Input
from tui_team import fill_team

from coach.store import Store


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch):
    original = Input.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.set_reactive(Input.cursor_blink, False)

    monkeypatch.setattr(Input, "__init__", init)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "data", backup=False)
    yield s
    s.close()


@pytest.fixture
def team_store(store):
    fill_team(store)
    return store
