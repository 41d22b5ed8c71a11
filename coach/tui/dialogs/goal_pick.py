"""Pick one of a list (the goals of the last summary the employee received, or a proposal
to remove); dismisses with its index or None."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, OptionList, Static

from coach.i18n import Translator
from coach.tui.dialogs.form import Dialog


class GoalPickDialog(Dialog[int]):
    def __init__(self, goals: list[str], _: Translator, title: str = "prep.progress.pick"
                 ) -> None:
        super().__init__(_)
        self.goals = goals
        self.title_key = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="goal-pick"):
            yield Static(self._(self.title_key), classes="dialog-title")
            yield OptionList(*[Text(g) for g in self.goals], id="goal-pick-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#goal-pick-list", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)
