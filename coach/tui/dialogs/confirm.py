"""A yes/no question in a small modal dialog."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Static

from coach.i18n import Translator
from coach.tui.dialogs.form import Dialog


class ConfirmDialog(Dialog[bool]):
    """Asks ``question`` (plain text, never markup); dismisses with True for yes."""

    BINDINGS = [
        Binding("escape", "answer(False)", "tui.key.cancel"),
        Binding("y", "answer(True)", show=False),
        Binding("j", "answer(True)", show=False),
        Binding("n", "answer(False)", show=False),
    ]

    def __init__(self, question: str, _: Translator) -> None:
        super().__init__(_)
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm"):
            yield Static(self.question, markup=False, id="question")
            with Horizontal(classes="buttons"):
                yield Button(self._("tui.key.yes"), variant="warning", id="yes")
                yield Button(self._("tui.key.no"), id="no")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
