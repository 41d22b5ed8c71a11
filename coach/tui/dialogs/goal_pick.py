"""Pick one of the goals of the last summary the employee received; dismisses with its
index or None."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static

from coach.i18n import Translator
from coach.tui.bindings import translate_bindings


class GoalPickDialog(ModalScreen[int | None]):
    BINDINGS = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self, goals: list[str], _: Translator) -> None:
        super().__init__(classes="dialog-screen")
        self.goals = goals
        self._ = _
        translate_bindings(self, _)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="goal-pick"):
            yield Static(self._("prep.progress.pick"), classes="dialog-title")
            yield OptionList(*[Text(g) for g in self.goals], id="goal-pick-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#goal-pick-list", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)
