"""How the prepare, live, person and search screens look in screen-share mode (the team with
private entries of every kind; bokmål), at 80x24 and 120x40; and the reveal dialog.

The live screen shows last time's private item and a private note as placeholders, and a
private note being typed blind (masked) in the editor."""

from __future__ import annotations

import pytest
from live_helpers import no_text_area_blink, settle  # noqa: F401
from share_helpers import fix_conversation, sharing_app, to_live, to_person, to_search

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]


@pytest.fixture(autouse=True)
def _fixed(monkeypatch):
    fix_conversation(monkeypatch)


async def _live(pilot) -> None:
    await to_live(pilot)
    await pilot.press("p", "colon", "space", *"sliten", "ctrl+n")
    await pilot.press("ctrl+r", *"hemmelig", "space", *"tekst")
    await pilot.pause(0.3)
    pilot.app.clear_notifications()
    await pilot.pause()


async def _reveal(pilot) -> None:
    await settle(pilot)
    await pilot.press("ctrl+y")
    await pilot.pause()
    await pilot.press("down")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_prepare(snap_compare, store, size):
    assert snap_compare(sharing_app(store), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_live(snap_compare, store, size):
    assert snap_compare(sharing_app(store), terminal_size=size, run_before=_live)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_person(snap_compare, store, size):
    app = sharing_app(store, start=False)
    assert snap_compare(app, terminal_size=size, run_before=to_person)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_search(snap_compare, store, size):
    app = sharing_app(store, start=False)
    assert snap_compare(app, terminal_size=size, run_before=to_search)


def test_reveal_dialog(snap_compare, store):
    assert snap_compare(sharing_app(store), terminal_size=(80, 24), run_before=_reveal)
