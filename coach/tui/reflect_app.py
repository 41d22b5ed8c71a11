"""`coach reflect`: a small app of its own around the reflect screen (the employee's side)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from textual.binding import Binding

from coach.services.app_services import AppServices
from coach.services.reflecting import ReflectSession
from coach.startup import resume_collector
from coach.tui.quitting import SavesOnQuit
from coach.tui.screens.reflect import ReflectScreen


class ReflectApp(SavesOnQuit):
    CSS_PATH = [Path(__file__).with_name("coach.tcss")]
    BINDINGS = [
        Binding("ctrl+q", "quit", "tui.key.quit", tooltip="tui.key.quit.tip", priority=True),
    ]

    def __init__(self, session: ReflectSession, lang: str = "en", *, minutes: float = 15.0,
                 monotonic: Callable[[], float] | None = None) -> None:
        services = AppServices(session.store, lang, monotonic=monotonic or time.monotonic)
        super().__init__(lang, services, title="prep.tui.title")
        self.session = session
        self.minutes = minutes

    @property
    def today(self) -> date:
        """Today, for the dialogs shared with CoachApp (a goal's target date reads
        "in 3 months" against it)."""
        return self.services.today

    def on_mount(self) -> None:
        self.push_screen(ReflectScreen(self.session, minutes=self.minutes))
        self.call_after_refresh(resume_collector)
