"""Add or edit a person: name (required), role and follow-up cadence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label, Select, Static

from coach.domain.people import CADENCES, DEFAULT_CADENCE_DAYS, Person
from coach.domain.text import ControlCharacters, check_plain
from coach.i18n import Translator
from coach.i18n.labels import cadence_label
from coach.tui.bindings import translate_bindings
from coach.tui.writing import write


class PersonForm(ModalScreen[Person | None]):
    """Dismisses with the saved Person, or None when cancelled.

    ``save`` writes the person (and may show the result beneath); it runs off the event loop
    (``coach.tui.writing``) before the dialog closes, so that a failed write is shown here
    and nothing typed is lost.
    """

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel"),
        Binding("ctrl+s", "save", "tui.key.save"),
    ]

    def __init__(
        self, _: Translator, save: Callable[[Person], object], person: Person | None = None
    ) -> None:
        super().__init__(classes="dialog-screen")
        self._ = _
        self._save = save
        self.person = person
        translate_bindings(self, _)

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
            with Horizontal(classes="buttons"):
                yield Button(_("tui.key.save"), variant="primary", id="save")
                yield Button(_("tui.key.cancel"), id="cancel")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def _error(self, widget_id: str, message: str) -> None:
        error = self.query_one(f"#{widget_id}", Static)
        error.update(message)
        error.set_class(bool(message), "shown")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "name" and event.value.strip():
            self._error("name-error", "")

    def action_cancel(self) -> None:
        self.dismiss(None)

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
                from coach.errors import describe

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
