"""A damaged store file met on starting or resuming a conversation: a message, no traceback."""

from __future__ import annotations

from live_helpers import live_app, no_text_area_blink, settle  # noqa: F401

from coach.services.session import LiveSession
from coach.store.errors import StoreCorrupt
from coach.tui import flow
from coach.tui.screens.prepare import PrepareScreen


def _messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_corrupt_store_on_begin_and_resume_is_shown(team_store, tmp_path, monkeypatch):
    damaged = StoreCorrupt(tmp_path / "data" / "people" / "kari.json", "not JSON")

    def broken(*args, **kwargs):
        raise damaged

    monkeypatch.setattr(LiveSession, "begin", broken)
    monkeypatch.setattr(LiveSession, "resume", broken)
    app = live_app(team_store, "nb")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, PrepareScreen)
        assert any(damaged.explain("nb") in m for m in _messages(app))
        app.clear_notifications()
        flow.resume(app, "some-conversation")
        await settle(pilot)
        assert isinstance(app.screen, PrepareScreen)
        assert any(damaged.explain("nb") in m for m in _messages(app))
    assert not app.return_code
