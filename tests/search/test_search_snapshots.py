"""How the search screen looks with hits, at 80x24 and 120x40, in both languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from textual.widgets import Input, OptionList

from coach.tui.app import CoachApp
from coach.tui.searching import open_search

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def _searching(query: str):
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.app.workers.wait_for_complete()
        open_search(app)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        box = app.screen.query_one("#search-input", Input)
        box.cursor_blink = False  # a blinking cursor would make the picture random
        box.value = query
        for _ in range(200):  # hits arrive from a worker
            await app.workers.wait_for_complete()
            await pilot.pause(0.02)
            if app.screen.query_one("#search-results", OptionList).option_count:
                break
        await pilot.pause(0.2)

    return run_before


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_search_screen(snap_compare, team, lang, size):
    store, _ = team
    app = CoachApp(store, lang=lang, clock=lambda: NOW)
    assert snap_compare(app, terminal_size=size, run_before=_searching("arkiv"))
