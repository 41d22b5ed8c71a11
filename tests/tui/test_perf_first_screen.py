"""What keeps `coach start` and the live screen quick: the home screen beneath the prepare
screen is imported, built and read only when shown, and the clock and agenda repaint in
place each tick."""

from __future__ import annotations

from live_helpers import FakeMonotonic, live_app, no_text_area_blink, settle  # noqa: F401

from coach.tui.app import HomeLater
from coach.tui.screens.home import HomeScreen
from coach.tui.screens.live import LiveScreen
from coach.tui.screens.prepare import PrepareScreen
from coach.tui.widgets.agenda_list import AgendaView
from coach.tui.widgets.section_clock import SectionClockView


async def test_home_is_built_and_read_only_when_shown(team_store):
    app = live_app(team_store, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, PrepareScreen)
        beneath = app.screen_stack[-2]
        assert isinstance(beneath, HomeLater) and list(beneath.children) == []
        await pilot.press("escape")
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen) and app.screen_stack[-2] is not beneath
        assert home.view is not None and not home.view.nobody
        assert home.query_one("#team").display and app.focused is home.query_one("#team")


async def test_clock_and_agenda_ticks_paint_in_place(team_store, monkeypatch):
    mono = FakeMonotonic()
    app = live_app(team_store, "en", monotonic=mono)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        assert isinstance(live, LiveScreen)
        layouts: list[str] = []
        for cls in (SectionClockView, AgendaView):
            original = cls.refresh

            def spy(self, *args, layout=False, _original=original, **kwargs):
                if layout:
                    layouts.append(self.id)
                return _original(self, *args, layout=layout, **kwargs)

            monkeypatch.setattr(cls, "refresh", spy)
        clock = live.query_one("#clock", SectionClockView)
        before = clock.render().plain if hasattr(clock.render(), "plain") else str(clock.render())
        mono.advance(61)
        live._tick()
        await pilot.pause()
        after = clock.render().plain if hasattr(clock.render(), "plain") else str(clock.render())
        assert after != before  # the tick did repaint the clock ...
        assert layouts == []  # ... without laying out the whole screen again
