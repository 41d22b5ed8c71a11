"""The note just saved is on screen: at every terminal size from 80x24 up, with three earlier
action items to follow up and whichever questions are suggested (long ones wrap), the live
screen's notes list shows the newest note, not a heading with the note cut off below it.

Found in the browser (about 111x30): the tall editor of a wide terminal pushed the notes below
the screen's edge whenever a suggested question took two rows.
"""

from __future__ import annotations

from datetime import date

import pytest
from live_helpers import live_app, no_text_area_blink, settle  # noqa: F401
from screen_text import screen_text
from tui_team import KARI, at, uid

from coach.domain.actions import ActionItem, Owner
from coach.tui.screens.live import LiveScreen

SIZES = [(80, 24), (100, 30), (110, 24), (111, 30), (120, 30), (120, 40)]


@pytest.fixture
def followed_store(team_store):
    """Kari has three open items from before (the follow-up list shows them all)."""
    team_store.save_action(ActionItem(person_id=KARI, text="Skrive et kort notat om "
                                      "erfaringene fra statistikkløsningen",
                                      owner=Owner.EMPLOYEE, due=date(2026, 3, 27), id=uid(205),
                                      created=at("2026-02-20")))
    return team_store


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_the_newest_note_is_on_screen(followed_store, size):
    app = live_app(followed_store, "nb")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        assert isinstance(live, LiveScreen)
        assert len(live.session.earlier_open_actions()) == 3
        assert live.query_one("#earlier").display
        for n in range(4):  # F2 shows other questions: short and long ones, wrapped or not
            text = f"Notat nummer {n} om ukentlige statusmøter"
            await pilot.press(*["space" if c == " " else c for c in text])
            await pilot.press("ctrl+n")
            await settle(pilot)
            await pilot.pause(0.05)
            shown = screen_text(app)
            assert text in shown, f"at {size}, after {n} F2 presses:\n{shown}"
            await pilot.press("f2")
            await settle(pilot)
