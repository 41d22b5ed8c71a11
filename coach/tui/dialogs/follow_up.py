"""Following up an earlier action item: carried forward with a new due date (the next
conversation's by default), or laid aside with an optional reason. One small dialog with one
field; enter saves, esc cancels and changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, Input, Label, Static

from coach.domain.due_dates import NotADate, parse_due_field
from coach.i18n import Translator
from coach.i18n.labels import format_date
from coach.tui.dialogs.form import Dialog

CARRY = "carry"
DROP = "drop"


@dataclass(frozen=True)
class FollowUp:
    how: str
    due: date | None = None
    reason: str = ""


class FollowUpDialog(Dialog[FollowUp]):
    def __init__(self, how: str, item: str, _: Translator, *, today: date,
                 default_due: date | None = None) -> None:
        super().__init__(_)
        self.how = how
        self.item = item
        self.today = today
        self.default_due = default_due

    def compose(self) -> ComposeResult:
        _ = self._
        with Vertical(classes="dialog", id="follow-up-dialog"):
            yield Static(_(f"live.follow_up.{self.how}.title"), classes="dialog-title")
            yield Static(self.item, markup=False, id="follow-up-item")
            yield Label(_(f"live.follow_up.{self.how}.field"), classes="field-label")
            value = format_date(self.default_due, _.lang) if (
                self.how == CARRY and self.default_due) else ""
            yield Input(value, id="follow-up-value")
            yield Static(_("live.action_dialog.bad_due"), id="follow-up-error",
                         classes="error")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#follow-up-value", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value
        if self.how == DROP:
            self.dismiss(FollowUp(DROP, reason=value.strip()))
            return
        try:
            due = parse_due_field(value, self.today)
        except NotADate:
            self.query_one("#follow-up-error").set_class(True, "shown")
            return
        self.dismiss(FollowUp(CARRY, due=due))
