"""A one-message app: what coach says when it cannot open, shown where the user looks.

In a terminal that message goes to stderr. In a browser tab (coach serve) nobody reads the
server's stderr, so the served process shows it here instead: the one-writer lock held by
another tab or a terminal coach, a damaged file. It writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Static

from coach.i18n import Translator
from coach.tui.bindings import translate_bindings


class NoticeApp(App[None]):
    CSS_PATH = [Path(__file__).with_name("coach.tcss")]
    CSS = """
    Screen { align: center middle; }
    #notice { width: 80%; max-width: 90; height: auto; padding: 1 2; border: round $error; }
    #notice-text { margin: 1 0; }
    """
    BINDINGS = [
        Binding("ctrl+q", "quit", "tui.key.quit", tooltip="tui.key.quit.tip", priority=True),
        Binding("escape", "quit", show=False),
    ]

    def __init__(self, message: str, lang: str = "en") -> None:
        super().__init__()
        self.message = message
        self._ = Translator(lang)
        translate_bindings(self, self._)
        self.title = self._("serve.notice.title")

    def compose(self) -> ComposeResult:
        with Vertical(id="notice"):
            yield Static(self._("serve.notice.title"), classes="dialog-title")
            yield Static(self.message, id="notice-text", markup=False)
            yield Button(self._("serve.notice.close"), id="close", variant="primary")
        yield Footer()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.exit()
