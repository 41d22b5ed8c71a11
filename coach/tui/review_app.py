"""`coach reflect --review FILE`: a small app of its own around the review screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.binding import Binding

from coach.services.review import SharedSummary
from coach.tui.screens.review import ReviewScreen
from coach.tui.shell import ShellApp


class ReviewApp(ShellApp):
    """No store: the review is one file written beside the summary."""

    CSS_PATH = [Path(__file__).with_name("coach.tcss")]
    BINDINGS = [
        Binding("ctrl+q", "quit", "tui.key.quit", tooltip="tui.key.quit.tip", priority=True),
    ]

    def __init__(self, summary: SharedSummary, lang: str = "en", *, output: Path,
                 comment: str = "", today: date | None = None) -> None:
        super().__init__(lang, title="review.tui.title", clean_screen=False)
        self.summary = summary
        self.output = output
        self.comment = comment
        self.today = today

    def on_mount(self) -> None:
        self.push_screen(ReviewScreen(self.summary, self.output, comment=self.comment,
                                      today=self.today))
