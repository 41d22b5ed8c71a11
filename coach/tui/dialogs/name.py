"""The employee's name, asked once by ``coach reflect``; dismisses with the name or None."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer, Input, Static

from coach.i18n import Translator
from coach.tui.dialogs.form import FormDialog


class NameDialog(FormDialog[str]):
    def __init__(self, _: Translator, name: str = "") -> None:
        super().__init__(_)
        self.name_given = name

    def compose(self) -> ComposeResult:
        _ = self._
        with VerticalScroll(classes="dialog", id="name-dialog"):
            yield Static(_("prep.name.title"), classes="dialog-title")
            yield Static(_("prep.name.hint"))
            yield Input(self.name_given, id="name-input")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#name-input", Input).focus()

    def action_save(self) -> None:
        name = " ".join(self.query_one("#name-input", Input).value.split())
        if name:
            self.dismiss(name)
