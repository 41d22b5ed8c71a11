"""`coach reflect`: a small app of its own around the reflect screen (the employee's side)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from coach.i18n import Translator
from coach.services.autosave import Autosaver, WriteQueue
from coach.services.reflecting import ReflectSession
from coach.startup import resume_collector
from coach.tui.bindings import translate_bindings
from coach.tui.clean_screen import install as install_control_pictures
from coach.tui.crashing import StopsWithAMessage
from coach.tui.quitting import SavesOnQuit


class ReflectApp(StopsWithAMessage, SavesOnQuit, App[None]):
    CSS_PATH = [Path(__file__).with_name("coach.tcss")]
    BINDINGS = [
        Binding("ctrl+q", "quit", "tui.key.quit", tooltip="tui.key.quit.tip", priority=True),
    ]

    def __init__(self, session: ReflectSession, lang: str = "en", *, minutes: float = 15.0,
                 monotonic: Callable[[], float] | None = None) -> None:
        super().__init__()
        self.session = session
        self.store = session.store
        self._ = Translator(lang)
        self.lang = self._.lang
        self.minutes = minutes
        self.monotonic = monotonic or time.monotonic
        #: Every write a screen asks for (``coach.tui.writing``), and the screens'
        #: autosavers: ``close_saves`` finishes and closes them before the store closes.
        self.writes = WriteQueue()
        self.save_queues: list[Autosaver] = []
        translate_bindings(self, self._)
        install_control_pictures(self)  # stored text never drives the terminal
        self.title = self._("prep.tui.title")

    @property
    def today(self) -> date:
        """Today, for the dialogs shared with CoachApp (a goal's target date reads
        "in 3 months" against it)."""
        return datetime.now().astimezone().date()

    def on_mount(self) -> None:
        from coach.tui.screens.reflect import ReflectScreen

        self.push_screen(ReflectScreen(self.session, minutes=self.minutes))
        self.call_after_refresh(resume_collector)

