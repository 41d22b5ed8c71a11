"""F1: every key binding of the screen underneath, in the user's language."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from coach.i18n import Translator
from coach.tui.dialogs.form import Dialog

#: Textual's own screen bindings (English labels); the terminal's usual keys need no help.
_TEXTUAL_OWN = {"app.focus_next", "app.focus_previous", "screen.copy_text", "help_quit"}


def offered(binding: Binding) -> bool:
    """Whether F1 help and the command palette list ``binding`` (ours, with a label)."""
    return bool(binding.description) and binding.action not in _TEXTUAL_OWN


def binding_rows(screen: Screen) -> list[tuple[str, str]]:
    """(keys, description) for the screen's bindings and the app's, one row per action."""
    app = screen.app
    rows: dict[str, tuple[list[str], str]] = {}
    for node in (screen, app):
        for items in node._bindings.key_to_bindings.values():
            for b in items:
                if not offered(b):
                    continue
                ident = f"{b.action}|{b.description}"
                keys, _desc = rows.setdefault(ident, ([], b.description))
                display = app.get_key_display(b)
                if display not in keys:
                    keys.append(display)
    return [(" / ".join(keys), desc) for keys, desc in rows.values()]


class HelpDialog(Dialog[None]):
    BINDINGS = [
        Binding("escape", "close", "live.key.close"),
        Binding("f1", "close", show=False),
    ]

    def __init__(self, rows: list[tuple[str, str]], _: Translator, extra: str = "") -> None:
        super().__init__(_)
        self.rows = rows
        self.extra = extra

    @classmethod
    def for_screen(cls, screen: Screen, _: Translator, extra: str = "") -> HelpDialog:
        """Every key of ``screen`` (F1)."""
        return cls(binding_rows(screen), _, extra)

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for keys, desc in self.rows:
            table.add_row(Text(keys), Text(desc))
        with Vertical(classes="dialog", id="help"):
            yield Static(self._("live.help.title"), classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(table)
                if self.extra:
                    yield Static(Text(self.extra), classes="help-extra")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)
