"""Where to write an export: a path with a sensible default; errors shown in the dialog."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label, Static

from coach.i18n import Translator
from coach.tui.bindings import translate_bindings


class ExportPathDialog(ModalScreen[Path | None]):
    BINDINGS = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self, title: str, default: Path, _: Translator) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.default = default
        self._ = _
        translate_bindings(self, _)

    def compose(self) -> ComposeResult:
        _ = self._
        with Vertical(classes="dialog", id="export-dialog"):
            yield Static(self.title_text, classes="dialog-title")
            yield Label(_("live.export.path"), classes="field-label")
            yield Input(str(self.default), id="export-path")
            yield Static("", id="path-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(_("tui.key.save"), variant="primary", id="save")
                yield Button(_("tui.key.cancel"), id="cancel")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self._submit()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _submit(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        error = self.query_one("#path-error", Static)
        if not raw:
            error.update(self._("live.export.no_path"))
            error.add_class("shown")
            return
        path = Path(raw).expanduser()
        if not path.parent.is_dir():
            error.update(self._("live.export.no_dir", dir=str(path.parent)))
            error.add_class("shown")
            return
        self.dismiss(path)
