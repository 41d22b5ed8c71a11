"""The entries written in the current section, newest last, each with its kind."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from coach.domain.conversations import Entry
from coach.domain.note_kinds import BY_KIND
from coach.i18n import Translator


def entries_text(entries: Sequence[Entry], _: Translator) -> Text:
    out = Text()
    out.append(_("live.entries"), style="bold")
    if not entries:
        out.append("\n" + _("live.no_entries"), style="dim")
    for entry in entries:
        row = BY_KIND[entry.kind]
        icon, style = row.icon, row.style
        out.append(f"\n{icon} ", style=style)
        label = _(row.label)
        if entry.private:
            label += ", " + _("live.private_mark")
        out.append(f"[{label}] ", style=("bold red" if entry.private else style) or "dim")
        out.append(entry.text)
    return out


class EntryListView(VerticalScroll):
    """A scrolling list; ``show`` replaces it and keeps the newest entry in view."""

    def __init__(self, _: Translator, **kwargs) -> None:
        super().__init__(**kwargs)
        self._ = _
        self.can_focus = False

    def compose(self):
        yield Static("", classes="entries-text")

    def show(self, entries: Sequence[Entry]) -> None:
        self.query_one(".entries-text", Static).update(entries_text(entries, self._))
        self.call_after_refresh(self.scroll_end, animate=False)
