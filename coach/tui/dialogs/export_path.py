"""Where to write an export: a path with a sensible default; errors shown in the dialog."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Input, Label, Static

from coach.i18n import Translator
from coach.tui.dialogs.form import FormDialog


class ExportPathDialog(FormDialog[Path]):
    BINDINGS = [Binding("ctrl+s", "save", "tui.key.save", priority=True, show=False)]

    def __init__(self, title: str, default: Path, _: Translator) -> None:
        super().__init__(_)
        self.title_text = title
        self.default = default

    def compose(self) -> ComposeResult:
        _ = self._
        with Vertical(classes="dialog", id="export-dialog"):
            yield Static(self.title_text, classes="dialog-title")
            yield Label(_("live.export.path"), classes="field-label")
            yield Input(str(self.default), id="export-path")
            yield Static("", id="path-error", classes="error")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def action_save(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.show_error("#path-error", self._("live.export.no_path"))
            return
        path = Path(raw).expanduser()
        if not path.parent.is_dir():
            self.show_error("#path-error", self._("live.export.no_dir", dir=str(path.parent)))
            return
        self.dismiss(path)
