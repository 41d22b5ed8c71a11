"""`coach reflect --review FILE`: a small app of its own around the review screen."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from coach.i18n import Translator
from coach.services.review import SharedSummary
from coach.tui.bindings import translate_bindings
from coach.tui.crashing import StopsWithAMessage


class ReviewApp(StopsWithAMessage, App[None]):
    CSS_PATH = [Path(__file__).with_name("coach.tcss")]
    BINDINGS = [
        Binding("ctrl+q", "quit", "tui.key.quit", tooltip="tui.key.quit.tip", priority=True),
    ]

    def __init__(self, summary: SharedSummary, lang: str = "en", *, output: Path,
                 comment: str = "", today=None) -> None:
        super().__init__()
        self.summary = summary
        self._ = Translator(lang)
        self.lang = self._.lang
        self.output = output
        self.comment = comment
        self.today = today
        translate_bindings(self, self._)
        self.title = self._("review.tui.title")

    def on_mount(self) -> None:
        from coach.tui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(self.summary, self.output, comment=self.comment,
                                      today=self.today))
