"""The summary screen survives a failed save: the store's message is shown, the app goes on."""

from __future__ import annotations

from live_helpers import live_app, no_text_area_blink, settle  # noqa: F401

from coach.store.errors import StoreReadOnly
from coach.tui.screens.live import LiveScreen
from coach.tui.screens.summary import SummaryScreen


def _messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_failed_save_at_export_is_shown_not_fatal(team_store, tmp_path, monkeypatch):
    app = live_app(team_store, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        assert isinstance(live, LiveScreen)
        await pilot.press("f12")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        failure = StoreReadOnly(tmp_path / "data")

        def refuse(records):
            raise failure

        monkeypatch.setattr(summary.session, "persist", refuse)
        summary.saves.put([summary.session.conversation])
        monkeypatch.chdir(tmp_path)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and app.screen is summary
        assert any(failure.explain("en") in m for m in _messages(app))
        assert not list(tmp_path.glob("*.md"))
        # the summary itself (re)loads with the failing save pending: shown, not fatal
        summary._load()
        await settle(pilot)
        assert app.is_running and app.screen is summary
        assert summary.markdown
