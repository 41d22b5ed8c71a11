"""Revise, achieve or drop a goal, with the reason kept in the goal's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Checkbox, Footer, Input, Label, Static

from coach.domain.goals import Goal
from coach.domain.visibility import Visibility
from coach.i18n import Translator
from coach.tui.dialogs.action_item import parse_due
from coach.tui.dialogs.form import FormDialog

REVISE, ACHIEVE, DROP = "revise", "achieve", "drop"


@dataclass(frozen=True)
class GoalChange:
    how: str
    reason: str
    statement: str | None = None
    measure: str | None = None
    target_date: date | None = None
    #: A private change: its history entry (what the goal said, and why) stays out of
    #: every shared output.
    visibility: Visibility = Visibility.SHARED

    def apply(self, goal: Goal, conversation_id: str | None = None) -> None:
        if self.how == REVISE:
            goal.revise(statement=self.statement, measure=self.measure,
                        target_date=self.target_date, reason=self.reason,
                        conversation_id=conversation_id)
        elif self.how == ACHIEVE:
            goal.achieve(self.reason, conversation_id)
        else:
            goal.drop(self.reason, conversation_id)
        goal.history[-1].visibility = self.visibility


class GoalChangeDialog(FormDialog[GoalChange]):
    """Dismisses with a GoalChange or None. Dropping needs a reason; the rest do not. The
    box (or ``ctrl+r``) keeps the change and its reason private."""

    BINDINGS = [Binding("ctrl+r", "toggle_private", "goals.tui.private_key", priority=True)]

    def __init__(self, goal: Goal, how: str, _: Translator) -> None:
        super().__init__(_)
        self.goal = goal
        self.how = how

    def compose(self) -> ComposeResult:
        _ = self._
        with VerticalScroll(classes="dialog", id="goal-change-dialog"):
            yield Static(_(f"goals.tui.{self.how}_title", goal=self.goal.statement),
                         classes="dialog-title", markup=False)
            if self.how == REVISE:
                yield Label(_("goals.tui.statement"), classes="field-label")
                yield Input(self.goal.statement, id="change-statement")
                yield Static(_("goals.tui.no_statement"), id="statement-error", classes="error")
                yield Label(_("goals.tui.measure"), classes="field-label")
                yield Input(self.goal.measure, id="change-measure")
                yield Label(_("goals.tui.target"), classes="field-label")
                target = self.goal.target_date.isoformat() if self.goal.target_date else ""
                yield Input(target, placeholder="2026-12-31", id="change-target")
                yield Static(_("goals.tui.bad_date"), id="target-error", classes="error")
            yield Label(_("goals.tui.reason"), classes="field-label")
            yield Input(id="change-reason")
            yield Static(_("goals.tui.no_reason"), id="reason-error", classes="error")
            yield Checkbox(_("goals.tui.private"), id="change-private")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        first = "#change-statement" if self.how == REVISE else "#change-reason"
        self.query_one(first, Input).focus()

    def action_toggle_private(self) -> None:
        box = self.query_one("#change-private", Checkbox)
        box.value = not box.value

    @property
    def visibility(self) -> Visibility:
        private = self.query_one("#change-private", Checkbox).value
        return Visibility.PRIVATE if private else Visibility.SHARED

    def action_save(self) -> None:
        reason = self.query_one("#change-reason", Input).value.strip()
        if self.how != REVISE:
            if self.flag("#reason-error", self.how == DROP and not reason, "#change-reason"):
                return
            self.dismiss(GoalChange(self.how, reason, visibility=self.visibility))
            return
        statement = self.query_one("#change-statement", Input).value.strip()
        if self.flag("#statement-error", not statement, "#change-statement"):
            return
        try:
            target = parse_due(self.query_one("#change-target", Input).value,
                               self.app.services.today)
            bad = False
        except ValueError:
            target, bad = None, True
        if self.flag("#target-error", bad, "#change-target"):
            return
        self.dismiss(GoalChange(
            REVISE, reason, statement,
            self.query_one("#change-measure", Input).value.strip(), target,
            self.visibility,
        ))
