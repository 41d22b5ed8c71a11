"""Quitting during a live conversation keeps the last keys typed and the clock's time."""

from __future__ import annotations

from live_helpers import FakeMonotonic, live_app, no_text_area_blink, settle  # noqa: F401
from tui_team import fill_team

from coach.store import Store
from coach.tui.dialogs.confirm import ConfirmDialog
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
            await pilot.pause()
            # Mid-meeting, ctrl+q asks first; yes quits, keeping everything.
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.press("y")
            await settle(pilot)
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


async def _typed_then(tmp_path, stop) -> list[str]:
    """Type in the live screen, stop the app with ``stop(app)`` (not ctrl+q), and return
    the stored entries' texts."""
    store = Store.open(tmp_path / "data", backup=False)
    fill_team(store)
    app = live_app(store, "en", monotonic=FakeMonotonic())
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("f5")
            await settle(pilot)
            cid = app.screen.session.conversation.id
            await pilot.press(*[{" ": "space"}.get(c, c) for c in "typed, then gone"])
            await pilot.pause()
            stop(app)
            await pilot.pause(0.2)
        app.close_saves()
    finally:
        store.close()
    again = Store.open(tmp_path / "data", backup=False)
    try:
        return [e.text for e in again.entries(cid)]
    finally:
        again.close()


async def test_an_exit_without_ctrl_q_saves_the_draft(tmp_path):
    """A browser tab closed under coach serve: textual-serve tells the web driver to quit,
    which posts ExitApp straight to the app (no ctrl+q, no action_quit)."""
    from textual.messages import ExitApp

    assert await _typed_then(tmp_path, lambda app: app.post_message(ExitApp())) == [
        "typed, then gone"]


async def test_sighup_saves_the_draft(tmp_path):
    """The terminal went away: the handler SavesOnQuit installs for SIGHUP and SIGTERM."""
    import os
    import signal

    def hang_up(app) -> None:
        import asyncio

        # The handler is the app's own (installed on mount); fail rather than kill pytest.
        loop = asyncio.get_running_loop()
        assert loop.remove_signal_handler(signal.SIGHUP)
        loop.add_signal_handler(signal.SIGHUP, app._stop_on_signal)
        os.kill(os.getpid(), signal.SIGHUP)

    assert await _typed_then(tmp_path, hang_up) == ["typed, then gone"]


async def test_ctrl_q_mid_meeting_asks_and_no_keeps_the_meeting(tmp_path):
    store = Store.open(tmp_path / "data", backup=False)
    fill_team(store)
    app = live_app(store, "nb")
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("f5")
            await settle(pilot)
            live = app.screen
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            assert "pågår" in app.screen.question
            await pilot.press("n")
            await settle(pilot)
            assert app.screen is live and app.is_running
            assert live.focused is live.query_one("#editor")
            # Paused with nothing typed: ctrl+q quits at once.
            await pilot.press("f5")
            await settle(pilot)
            assert live.quit_question() is None
            await pilot.press("ctrl+q")
            await settle(pilot)
        assert app.return_code == 0
    finally:
        app.close_saves()
        store.close()
