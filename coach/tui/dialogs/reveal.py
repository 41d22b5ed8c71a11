"""ctrl+y in screen-share mode: reveal one hidden private entry of the screen beneath.

The list names each hidden entry by its placeholder and where it is; only the selected one's
text is drawn, below the list, and only while it is selected. Esc (or ctrl+y) closes the
dialog, and with it every revealed word.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from coach.domain.screen_share import Hidden
from coach.i18n import Translator
from coach.tui.dialogs.form import Dialog


class RevealDialog(Dialog[None]):
    DEFAULT_CSS = """
    RevealDialog #reveal-list { height: auto; max-height: 8; border: none; padding: 0; }
    RevealDialog #reveal-box { height: auto; max-height: 10; margin-top: 1; }
    RevealDialog #reveal-text { padding: 0 1; border-left: thick $warning; }
    """
    BINDINGS = [Binding("escape", "close", "live.key.close")]

    def __init__(self, hidden: list[Hidden], labels: list[str], _: Translator,
                 sharing: bool = True) -> None:
        """``labels``: each hidden entry's placeholder; ``sharing``: whether the mode is on
        (else the dialog only says that nothing is hidden)."""
        super().__init__(_)
        self.hidden = list(hidden)
        self.labels = list(labels)
        self.sharing = sharing

    def compose(self) -> ComposeResult:
        _ = self._
        with Vertical(classes="dialog", id="reveal"):
            yield Static(_("share.reveal.title"), classes="dialog-title")
            if not self.hidden:
                key = "share.reveal.none" if self.sharing else "share.reveal.off"
                yield Static(_(key), id="reveal-none")
            else:
                yield Static(Text(_("share.reveal.hint"), style="dim"), id="reveal-hint")
                options = []
                for i, (h, label) in enumerate(zip(self.hidden, self.labels, strict=True), 1):
                    line = Text(f"{i}. {label}")
                    if h.where:
                        line.append(f" · {h.where}", style="dim")
                    options.append(Option(line))
                yield OptionList(*options, id="reveal-list")
                with VerticalScroll(id="reveal-box"):
                    yield Static("", id="reveal-text")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if self.hidden:
            options = self.query_one("#reveal-list", OptionList)
            options.focus()
            options.highlighted = 0
            self._reveal(0)

    @on(OptionList.OptionHighlighted, "#reveal-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._reveal(event.option_index)

    @on(OptionList.OptionSelected, "#reveal-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._reveal(event.option_index)

    def _reveal(self, index: int) -> None:
        """Only the selected entry's text is on screen: each move replaces it."""
        if 0 <= index < len(self.hidden):
            self.query_one("#reveal-text", Static).update(Text(self.hidden[index].text))

    def action_close(self) -> None:
        self.dismiss()
