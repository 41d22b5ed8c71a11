"""Quitting while a write fails: try again, write the notes to a file elsewhere, quit
without saving, or stay (escape: three buttons fit an 80-column terminal, four do not)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Static

from coach.i18n import Translator
from coach.tui.dialogs.form import Dialog

#: The answers, as ``dismiss`` gives them.
RETRY, WRITE, DISCARD, STAY = "retry", "write", "discard", "stay"


class UnsavedDialog(Dialog[str]):
    #: The answers (the callback gets one of them).
    RETRY, WRITE, DISCARD, STAY = RETRY, WRITE, DISCARD, STAY

    BINDINGS = [
        Binding("escape", f"answer('{STAY}')", "rescue.quit.stay"),
        Binding("r", f"answer('{RETRY}')", show=False),
        Binding("w", f"answer('{WRITE}')", show=False),
        Binding("s", f"answer('{WRITE}')", show=False),
    ]

    def __init__(self, reason: str, _: Translator, *, can_write: bool = True) -> None:
        super().__init__(_)
        self.reason = reason
        self.can_write = can_write

    def compose(self) -> ComposeResult:
        _ = self._
        with Vertical(classes="dialog", id="unsaved-dialog"):
            yield Static(_("rescue.quit.title"), classes="dialog-title")
            yield Static(_("rescue.quit.question", reason=self.reason), markup=False,
                         id="question")
            with Horizontal(classes="buttons"):
                yield Button(_("rescue.quit.retry"), variant="primary", id=RETRY)
                if self.can_write:
                    yield Button(_("rescue.quit.write"), variant="success", id=WRITE)
                yield Button(_("rescue.quit.discard"), variant="error", id=DISCARD)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(f"#{WRITE if self.can_write else RETRY}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(str(event.button.id))

    def action_answer(self, answer: str) -> None:
        if answer == WRITE and not self.can_write:
            return
        self.dismiss(answer)
