"""Forget a person: says what goes, offers a final export, and asks for the name typed out.

Dismisses with None (cancelled), ``""`` (forget, no export) or the export path (write the
full export there first); ``redact_mentions`` says whether the person's name is to be
replaced in notes about others. The forget button stays disabled until the name matches.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Input, Label, Static

from coach.domain.people import Person
from coach.i18n import Translator
from coach.services.mentions import mentions_of, places
from coach.services.privacy import Footprint, name_confirms, plan_text
from coach.store import StoreError
from coach.tui.dialogs.form import Dialog


class ForgetDialog(Dialog[str]):
    def __init__(self, person: Person, counts: Footprint, default_export: Path,
                 _: Translator) -> None:
        super().__init__(_)
        self.person = person
        self.counts = counts
        self.default_export = default_export

    def compose(self) -> ComposeResult:
        _, c = self._, self.counts
        # Scrolls when the terminal is short: the name field is always reachable.
        with VerticalScroll(classes="dialog", id="forget-dialog"):
            yield Static(_("privacy.tui.title", name=self.person.name), classes="dialog-title",
                         markup=False)
            yield Static(plan_text(self.person, c, _.lang, compact=True), markup=False,
                         id="forget-plan")
            yield Checkbox(Text(_("privacy.tui.redact")), id="forget-redact")
            yield Checkbox(_("privacy.tui.export_first"), id="forget-export-first")
            yield Input(str(self.default_export), id="forget-export")
            yield Label(_("privacy.forget.type_name", name=self.person.name),
                        classes="field-label", markup=False)
            yield Input(id="forget-name")
            yield Static("", id="forget-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(_("privacy.tui.forget"), variant="error", id="forget",
                             disabled=True)
                yield Button(_("tui.key.cancel"), id="cancel")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#forget-name", Input).focus()
        self.run_worker(self._count_mentions, thread=True, exclusive=True, group="mentions")

    def _count_mentions(self) -> None:
        """Where the name stands in notes about others (a read of the team's files, off
        the event loop): the box then says how many places, or that there are none."""
        try:
            found = len(mentions_of(self.app.services.store, self.person, self._.lang))
        except (OSError, StoreError):  # a damaged file: the forgetting itself says so
            return
        self.app.call_from_thread(self._show_mentions, found)

    def _show_mentions(self, found: int) -> None:
        box = self.query_one("#forget-redact", Checkbox)
        if found:
            box.label = Text(self._("privacy.tui.redact_count",
                                    places=places(found, self._.lang)))
        else:
            box.label = Text(self._("privacy.tui.redact_none"))
            box.disabled = True

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "forget-name":
            self.query_one("#forget", Button).disabled = not self._matches()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "forget-name" and self._matches():
            self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "forget":
            self._submit()
        else:
            self.action_cancel()


    @property
    def redact_mentions(self) -> bool:
        return self.query_one("#forget-redact", Checkbox).value

    def _matches(self) -> bool:
        return name_confirms(self.query_one("#forget-name", Input).value, self.person)

    def _submit(self) -> None:
        if not self._matches():
            return
        if not self.query_one("#forget-export-first", Checkbox).value:
            self.dismiss("")
            return
        raw = self.query_one("#forget-export", Input).value.strip()
        path = Path(raw).expanduser() if raw else None
        error = self.query_one("#forget-error", Static)
        if path is None or not path.parent.is_dir():
            error.update(self._("live.export.no_dir", dir=str(path.parent if path else "")))
            error.add_class("shown")
            return
        self.dismiss(str(path))
