"""Add or edit a person: name (required), role and follow-up cadence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, Input, Label, Select, Static

from coach.domain.people import CADENCES, DEFAULT_CADENCE_DAYS, Person
from coach.domain.text import ControlCharacters, check_plain
from coach.errors import describe
from coach.i18n import Translator
from coach.i18n.labels import cadence_label
from coach.tui.dialogs.form import FormDialog
from coach.tui.writing import write


class PersonForm(FormDialog[Person]):
    """Dismisses with the saved Person, or None when cancelled.

    ``save`` writes the person (and may show the result beneath); it runs off the event loop
    (``coach.tui.writing``) before the dialog closes, so that a failed write is shown here
    and nothing typed is lost.
    """

    def __init__(
        self, _: Translator, save: Callable[[Person], object], person: Person | None = None
    ) -> None:
        super().__init__(_)
        self._save = save
        self.person = person

    def _cadences(self) -> list[tuple[str, int]]:
        days = list(CADENCES)
        if self.person and self.person.cadence_days not in days:
            days = sorted([*days, self.person.cadence_days])
        return [(cadence_label(d, self._), d) for d in days]

    def compose(self) -> ComposeResult:
        _, p = self._, self.person
        title = _("person.form.edit_title", name=p.name) if p else _("person.form.add_title")
        with Vertical(classes="dialog", id="person-form"):
            yield Static(title, markup=False, classes="dialog-title")
            yield Label(_("person.form.name"), classes="field-label")
            yield Input(
                p.name if p else "", placeholder=_("person.form.name.placeholder"), id="name"
            )
            yield Static("", id="name-error", classes="error")
            yield Label(_("person.form.role"), classes="field-label")
            yield Input(
                p.role if p else "", placeholder=_("person.form.role.placeholder"), id="role"
            )
            yield Label(_("person.form.cadence"), classes="field-label")
            yield Select(
                self._cadences(),
                value=p.cadence_days if p else DEFAULT_CADENCE_DAYS,
                allow_blank=False,
                id="cadence",
            )
            yield Static("", id="form-error", classes="error")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def _error(self, widget_id: str, message: str) -> None:
        self.show_error(f"#{widget_id}", message)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "name" and event.value.strip():
            self._error("name-error", "")

    def action_save(self) -> None:
        name = " ".join(self.query_one("#name", Input).value.split())
        if not name:
            self._error("name-error", self._("person.form.name_required"))
            self.query_one("#name", Input).focus()
            return
        role = " ".join(self.query_one("#role", Input).value.split())
        for field, value in (("name", name), ("role", role)):
            try:
                check_plain(field, value)
            except ControlCharacters as exc:
                self._error(f"{field}-error" if field == "name" else "form-error",
                            describe(exc, self._.lang))
                self.query_one(f"#{field}", Input).focus()
                return
        cadence = self.query_one("#cadence", Select).value
        cadence = cadence if isinstance(cadence, int) else DEFAULT_CADENCE_DAYS
        if self.person is None:
            person = Person(name=name, role=role, cadence_days=cadence)
        else:
            person = replace(self.person, name=name, role=role, cadence_days=cadence)
        def failed(exc: Exception) -> None:
            self._error("form-error", describe(exc, self._.lang))

        def saved(_result: object) -> None:
            if self.app.screen is self:  # not if a retried write lands after a cancel
                self.dismiss(person)

        write(self, lambda: self._save(person), saved, failed=failed)
