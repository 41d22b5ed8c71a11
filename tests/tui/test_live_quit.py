"""Quitting during a live conversation keeps the last keys typed and the clock's time."""

from __future__ import annotations

from live_helpers import FakeMonotonic, live_app, no_text_area_blink, settle  # noqa: F401
from tui_team import fill_team

from coach.store import Store
from coach.tui.screens.live import LiveScreen


async def test_ctrl_q_saves_draft_and_clock(tmp_path):
    store = Store.open(tmp_path / "data", backup=False)
    fill_team(store)
    mono = FakeMonotonic()
    app = live_app(store, "en", monotonic=mono)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("f5")
            await settle(pilot)
            live = app.screen
            assert isinstance(live, LiveScreen)
            cid = live.session.conversation.id
            await pilot.pause(0.3)  # the clock's first save happens here, at 0 s
            mono.advance(3)  # less than the 5 s between clock saves
            await pilot.press(*[{" ": "space"}.get(c, c) for c in "typed last"])
            await pilot.press("ctrl+q")
        app.close_saves()
        assert app.return_code == 0
    finally:
        store.close()
    again = Store.open(tmp_path / "data", backup=False)
    try:
        assert [e.text for e in again.entries(cid)] == ["typed last"]
        clock = again.conversation(cid).clock_state
        assert clock["sections"][clock["index"]]["actual_seconds"] >= 3
    finally:
        again.close()
