"""How the prepare, live and summary screens look, at 80x24, 100x30 and 160x50, in both
languages, and the live screen with many earlier action items at 80x24.

Fixed data: the team from tui_team, a fixed conversation id (it seeds the question order),
fixed wall and monotonic clocks, no cursor blink.
"""

from __future__ import annotations

import pytest
from live_helpers import FakeMonotonic, live_app, no_text_area_blink, settle  # noqa: F401
from tui_team import NOW, uid

import coach.services.session as session_module
import coach.services.starting as starting_module

SIZES = [(80, 24), (100, 30), (160, 50)]
IDS = ["80x24", "100x30", "160x50"]


@pytest.fixture(autouse=True)
def fixed_conversation(monkeypatch):
    original = starting_module.new_conversation

    def fixed(*args, **kwargs):
        conv = original(*args, **kwargs)
        conv.id = uid(999)
        return conv

    monkeypatch.setattr(session_module, "new_conversation", fixed)
    monkeypatch.setattr(session_module, "utcnow", lambda: NOW)
    monkeypatch.setattr(starting_module, "utcnow", lambda: NOW)


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", ":": "colon", "@": "at"}.get(c, c) for c in text])


async def _live(pilot) -> None:
    await settle(pilot)
    await pilot.press("f5")
    await settle(pilot)
    await _type(pilot, "Trives i teamet")
    await pilot.press("ctrl+n")
    await _type(pilot, "Vi tar dette videre")
    await pilot.press("ctrl+g")
    await _type(pilot, "Virker sliten")
    await pilot.press("ctrl+r")
    # An action item as a leader types it: owner and due date understood, shown at once.
    await _type(pilot, "t: @leder Sende referatet fra arbeidsmøtet til hele teamet innen fredag")
    await pilot.press("ctrl+n")
    await _type(pilot, "Halvferdig")
    pilot.app.monotonic.advance(4 * 60 + 20)
    await pilot.pause(0.6)
    await settle(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


async def _summary(pilot) -> None:
    await _live(pilot)
    await pilot.press("f12")
    await pilot.pause()
    await pilot.press("y")
    await settle(pilot)
    await pilot.pause(0.3)
    pilot.app.clear_notifications()
    await pilot.pause()


def _app(store, lang):
    return live_app(store, lang, monotonic=FakeMonotonic())


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_prepare(snap_compare, team_store, lang, size):
    assert snap_compare(_app(team_store, lang), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_live(snap_compare, team_store, lang, size):
    assert snap_compare(_app(team_store, lang), terminal_size=size, run_before=_live)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_summary(snap_compare, team_store, lang, size):
    assert snap_compare(_app(team_store, lang), terminal_size=size, run_before=_summary)


def _many_earlier(store) -> None:
    from datetime import date

    from tui_team import KARI, at

    from coach.domain.actions import ActionItem, Owner

    for n in range(8):
        store.save_action(ActionItem(
            KARI, f"Tiltak nummer {n + 1} fra en tidligere samtale, med en lang tekst som "
                  "må brytes over flere linjer",
            Owner.LEADER if n % 2 else Owner.EMPLOYEE, due=date(2026, 2, 1 + n),
            raised_in=uid(101), id=uid(400 + n), created=at("2026-01-19")))


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_live_with_many_earlier_action_items(snap_compare, team_store, lang):
    _many_earlier(team_store)
    assert snap_compare(_app(team_store, lang), terminal_size=(80, 24), run_before=_live)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_prepare_with_many_earlier_action_items(snap_compare, team_store, lang):
    """The long open items hang under their text; the view scrolls (80x24, the end)."""
    _many_earlier(team_store)

    async def to_the_actions(pilot) -> None:
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)

    assert snap_compare(_app(team_store, lang), terminal_size=(80, 24),
                        run_before=to_the_actions)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_summary_with_many_earlier_action_items(snap_compare, team_store, lang):
    """Items followed up from earlier conversations, in the summary at 100x30."""
    _many_earlier(team_store)

    async def followed_up(pilot) -> None:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        await pilot.press("tab", "space", "down", "x")
        await settle(pilot)
        await _type(pilot, "Ikke aktuelt")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape", "f12")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        await pilot.pause(0.3)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(_app(team_store, lang), terminal_size=(100, 30),
                        run_before=followed_up)
