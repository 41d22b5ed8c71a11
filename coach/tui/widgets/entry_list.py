"""The entries written in the current section, newest last, each with its kind.

Each entry is a row of a two-column grid (the mark, then the text), so a wrapped line hangs
under the text, breaking at word boundaries. An action item shows what was understood at
once: its owner and due date (or, for a date that is none, such as ``31.02``, a hint that it
was left in the text and how to correct it).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from coach.domain.actions import ActionItem
from coach.domain.conversations import Entry, EntryKind
from coach.domain.due_dates import read_due
from coach.domain.note_kinds import BY_KIND, NOTE_KINDS
from coach.domain.screen_share import ShareView
from coach.i18n import Translator
from coach.i18n.labels import format_date
from coach.tui.screen_share import entry_kind, hidden_mark


def hanging(rows: Sequence[tuple[Text, Text]]) -> Table:
    """Rows of (mark, text) whose wrapped lines hang under the text."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for mark, text in rows:
        grid.add_row(mark, text)
    return grid


def action_details(action: ActionItem | None, text: str, day: date | None,
                   _: Translator) -> Text:
    """What was understood of an action item: owner, due date; or the date not understood."""
    out = Text()
    if action is None:
        return out
    out.append("  " + _(f"owner.{action.owner.value}"), style="cyan")
    if action.due is not None:
        out.append(" · " + _("live.action.due", date=format_date(action.due, _.lang)),
                   style="cyan")
    elif day is not None:
        invalid = read_due(text, day).invalid
        if invalid:
            out.append(" · " + _("live.action.bad_date", found=invalid), style="bold red")
    return out


def typing_hint(_: Translator) -> str:
    """What to type while there is no note yet: every kind's key and prefix, from the table
    (a kind added there is offered here too)."""
    kinds = [k for k in NOTE_KINDS if k.prefixes]
    keys = ", ".join(f"{k.key.replace('backslash', chr(92))} {_(k.key_label).lower()}"
                     for k in kinds)
    return _("live.no_entries", keys=keys, prefixes=", ".join(f"{k.prefixes[0]}:" for k in kinds))


def entries_text(entries: Sequence[Entry], _: Translator,
                 actions: Mapping[str, ActionItem] | None = None,
                 day: date | None = None, unsaved: Collection[str] = (),
                 share: ShareView | None = None) -> Group:
    """The list; entries whose id is in ``unsaved`` are marked as not saved. An entry that
    ``share`` (screen-share mode) may not show is drawn as its placeholder alone."""
    heading = Text(_("live.entries"), style="bold")
    if not entries:
        return Group(heading, Text(typing_hint(_), style="dim"))
    rows: list[tuple[Text, Text]] = []
    for entry in entries:
        row = BY_KIND[entry.kind]
        icon, style = row.icon, row.style
        if share is not None and not share.shows(entry):
            share.hide(entry_kind(entry), entry.text, _(row.label))
            body = hidden_mark(_, entry_kind(entry))
            if entry.id in unsaved:
                body.append("  " + _("rescue.unsaved_mark"), style="bold reverse red")
            rows.append((Text(icon, style=style), body))
            continue
        body = Text()
        label = _(row.label)
        if entry.private:
            label += ", " + _("live.private_mark")
        body.append(f"[{label}] ", style=("bold red" if entry.private else style) or "dim")
        body.append(entry.text)
        if entry.kind is EntryKind.ACTION_ITEM:
            action = (actions or {}).get(entry.action_id or "")
            body.append_text(action_details(action, entry.text, day, _))
        if entry.id in unsaved:
            body.append("  " + _("rescue.unsaved_mark"), style="bold reverse red")
        rows.append((Text(icon, style=style), body))
    return Group(heading, hanging(rows))


class EntryListView(VerticalScroll):
    """A scrolling list; ``show`` replaces it and keeps the newest entry in view."""

    def __init__(self, _: Translator, **kwargs) -> None:
        super().__init__(**kwargs)
        self._ = _
        self.can_focus = False

    def compose(self):
        yield Static("", classes="entries-text")

    def show(self, entries: Sequence[Entry], actions: Mapping[str, ActionItem] | None = None,
             day: date | None = None, unsaved: Collection[str] = (),
             share: ShareView | None = None) -> None:
        self.query_one(".entries-text", Static).update(
            entries_text(entries, self._, actions, day, unsaved, share))
        self.call_after_refresh(self.scroll_end, animate=False)
