"""A unit objective ("chalking the pitch"): its title and a short description."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer, Input, Label, Static

from coach.domain.people import UnitObjective
from coach.i18n import Translator
from coach.tui.dialogs.form import FormDialog


class ObjectiveDialog(FormDialog[UnitObjective]):
    """A new objective, or an edit of ``objective``; dismisses with the UnitObjective or None."""

    def __init__(self, _: Translator, objective: UnitObjective | None = None) -> None:
        super().__init__(_)
        self.objective = objective

    def compose(self) -> ComposeResult:
        _ = self._
        title = "objectives.tui.edit_title" if self.objective else "objectives.tui.add_title"
        with VerticalScroll(classes="dialog", id="objective-dialog"):
            yield Static(_(title), classes="dialog-title")
            yield Label(_("objectives.tui.col.title"), classes="field-label")
            yield Input(self.objective.title if self.objective else "", id="objective-title")
            yield Static(_("objectives.tui.no_title"), id="title-error", classes="error")
            yield Label(_("objectives.tui.col.description"), classes="field-label")
            yield Input(self.objective.description if self.objective else "",
                        id="objective-description")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#objective-title", Input).focus()

    def action_save(self) -> None:
        title = " ".join(self.query_one("#objective-title", Input).value.split())
        if self.flag("#title-error", not title, "#objective-title"):
            return
        description = self.query_one("#objective-description", Input).value.strip()
        if self.objective is None:
            self.dismiss(UnitObjective(title, description))
        else:
            self.dismiss(replace(self.objective, title=title, description=description))
