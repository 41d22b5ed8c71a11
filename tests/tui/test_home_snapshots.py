"""How the home screen looks, in both languages, at 80x24 and 120x40, and on a first run."""

from __future__ import annotations

import pytest
from tui_team import make_app, settle


async def _settled(pilot) -> None:
    await settle(pilot)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_home(snap_compare, team_store, lang, size):
    assert snap_compare(make_app(team_store, lang), terminal_size=size, run_before=_settled)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_empty_first_run(snap_compare, store, lang):
    assert snap_compare(make_app(store, lang), terminal_size=(80, 24), run_before=_settled)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_person_form_at_80x24(snap_compare, team_store, lang):
    async def open_form(pilot) -> None:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()

    app = make_app(team_store, lang)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_form)
