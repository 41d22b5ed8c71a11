"""A small dialog for an action item: what, who (leader or employee) and an optional due date.

Nothing typed is lost: a bad date shows an error and keeps the dialog open; cancel leaves the
note in the editor as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, Input, Label, RadioButton, RadioSet, Static

from coach.domain.actions import Owner
from coach.domain.due_dates import parse_due_field
from coach.i18n import Translator
from coach.i18n.labels import format_date
from coach.tui.dialogs.form import FormDialog


@dataclass(frozen=True)
class ActionDraft:
    text: str
    owner: Owner
    due: date | None


def parse_due(raw: str, today: date) -> date | None:
    """An empty string is no date; else a date as people write it (``15.12.2026``,
    ``15.12``, ``fredag``, ``neste uke``, ``2026-12-15``: see ``due_dates``), resolved
    against ``today``. ValueError (NotADate) if not understood."""
    return parse_due_field(raw, today)


class ActionItemDialog(FormDialog[ActionDraft]):
    def __init__(self, text: str, _: Translator, owner: Owner = Owner.EMPLOYEE,
                 due: date | None = None, *, today: date | None = None,
                 title: str = "live.action_dialog.title", due_text: str = "") -> None:
        super().__init__(_)
        self.text = text
        self.owner = owner
        self.due = due
        #: What was typed as a date but is none (``31.02``): shown in the due field, marked.
        self.due_text = due_text
        #: What relative dates ("fredag", "neste uke") count from: the conversation's day.
        self.today = today
        self.title_key = title

    def compose(self) -> ComposeResult:
        _ = self._
        with Vertical(classes="dialog", id="action-dialog"):
            yield Static(_(self.title_key), classes="dialog-title")
            yield Label(_("live.action_dialog.text"), classes="field-label")
            yield Input(self.text, id="action-text")
            yield Static(_("live.action_dialog.no_text"), id="text-error", classes="error")
            yield Label(_("live.action_dialog.owner"), classes="field-label")
            with RadioSet(id="owner"):
                yield RadioButton(_("owner.employee"), value=self.owner is Owner.EMPLOYEE,
                                  id="owner-employee")
                yield RadioButton(_("owner.leader"), value=self.owner is Owner.LEADER,
                                  id="owner-leader")
            yield Label(_("live.action_dialog.due"), classes="field-label")
            yield Input(format_date(self.due, _.lang) if self.due else self.due_text,
                        placeholder=_("live.action_dialog.due_example"), id="action-due")
            yield Static(_("live.action_dialog.bad_due"), id="due-error", classes="error")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#action-due" if self.text.strip() else "#action-text", Input).focus()
        if self.due_text and self.due is None:
            self.query_one("#due-error").add_class("shown")

    def action_save(self) -> None:
        text = self.query_one("#action-text", Input).value.strip()
        self.query_one("#text-error").set_class(not text, "shown")
        try:
            due = parse_due(self.query_one("#action-due", Input).value,
                            self.today or self.app.services.today)
            bad_due = False
        except ValueError:
            due, bad_due = None, True
        self.query_one("#due-error").set_class(bad_due, "shown")
        if not text:
            self.query_one("#action-text", Input).focus()
            return
        if bad_due:
            self.query_one("#action-due", Input).focus()
            return
        leader = self.query_one("#owner-leader", RadioButton).value
        self.dismiss(ActionDraft(text, Owner.LEADER if leader else Owner.EMPLOYEE, due))
