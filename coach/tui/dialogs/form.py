"""The base of every dialog (a small modal screen) and of every form among them.

``Dialog``: the translator it is given (``self._``), its bindings in the user's language,
the ``dialog-screen`` look, ``self.app`` typed as a ``ShellApp``, and escape to cancel
(``dismiss(None)``; a dialog whose escape means something else binds escape itself).

``FormDialog``: a title, fields, a validation message under the field that is wrong, and
Save/Cancel: ``buttons()`` yields the two buttons, enter in a field or ctrl+s saves
(``action_save``, which the form defines), ``show_error`` and ``flag`` show or clear a
field's message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from coach.i18n import Translator
from coach.tui.bindings import translate_bindings

if TYPE_CHECKING:
    from textual import getters

    from coach.tui.shell import ShellApp

R = TypeVar("R")


class Dialog(ModalScreen[R | None]):
    """A modal dialog (see the module's docstring)."""

    if TYPE_CHECKING:
        app = getters.app(ShellApp)

    BINDINGS = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self, _: Translator, *, classes: str = "dialog-screen") -> None:
        super().__init__(classes=classes)
        self._ = _
        translate_bindings(self, _)

    def action_cancel(self) -> None:
        self.dismiss(None)


class FormDialog(Dialog[R]):
    """A form with Save and Cancel (see the module's docstring)."""

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel"),
        Binding("ctrl+s", "save", "tui.key.save", priority=True),
    ]

    #: The message key of the button that saves.
    SAVE = "tui.key.save"

    def buttons(self) -> ComposeResult:
        with Horizontal(classes="buttons"):
            yield Button(self._(self.SAVE), variant="primary", id="save")
            yield Button(self._("tui.key.cancel"), id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    if TYPE_CHECKING:  # every form defines it (tests/tui/test_shell_bases.py checks)
        def action_save(self) -> None:
            """Check the fields; dismiss with what was entered, or show what is wrong."""

    def chosen(self, selector: str) -> Any:
        """The value of the Select ``selector`` (the forms' Selects never allow a blank)."""
        value = self.query_one(selector, Select).value
        if value is Select.NULL:
            raise ValueError(f"{selector} has no value")
        return value

    def show_error(self, selector: str, message: str) -> None:
        """Show ``message`` in the error line ``selector`` (an empty message hides it)."""
        error = self.query_one(selector, Static)
        error.update(message)
        error.set_class(bool(message), "shown")

    def flag(self, selector: str, bad: bool, focus: str) -> bool:
        """Show (or hide) the fixed message in ``selector``; focus ``focus`` when ``bad``."""
        self.query_one(selector).set_class(bad, "shown")
        if bad:
            self.query_one(focus).focus()
        return bad
