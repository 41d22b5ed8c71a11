"""Shared by the live-conversation TUI tests: a fake monotonic clock, the app, no blinking."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea
from tui_team import KARI, NOW

from coach.content import load_library
from coach.tui.app import CoachApp

_LIBRARY = None


def library():
    global _LIBRARY
    if _LIBRARY is None:
        _LIBRARY = load_library(user_dir=None)
    return _LIBRARY


class FakeMonotonic:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def live_app(store, lang="en", *, monotonic=None, start=(KARI, "follow-up")) -> CoachApp:
    return CoachApp(store, lang=lang, clock=lambda: NOW, library=library(), start=start,
                    monotonic=monotonic or FakeMonotonic())


@pytest.fixture(autouse=True)
def no_text_area_blink(monkeypatch):
    original = TextArea.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.set_reactive(TextArea.cursor_blink, False)

    monkeypatch.setattr(TextArea, "__init__", init)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
