"""The action items from earlier conversations, in the "since last time" section.

Focus it (Tab from the editor); space or enter ticks the highlighted item done (again to undo),
``c`` carries it forward (the screen asks for the new due date), ``x`` lays it aside (the
screen asks for an optional reason), ``esc`` goes back to the note. Every key the list takes
shows in the footer; any other letter typed here goes on to the note editor, never lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from coach.domain.actions import ActionItem, ActionStatus
from coach.domain.screen_share import ShareView
from coach.i18n import Translator
from coach.i18n.labels import format_date
from coach.tui.bindings import translate_bindings
from coach.tui.screen_share import hidden_mark
from coach.tui.widgets.entry_list import hanging

if TYPE_CHECKING:
    from textual import getters

    from coach.tui.shell import ShellApp


def action_label(action: ActionItem, conversation_id: str, today: date, _: Translator,
                 lang: str, share: ShareView | None = None) -> Text:
    """One item; one that ``share`` (screen-share mode) may not show has its placeholder for
    its text and no reason."""
    hidden = share is not None and not share.shows(action)
    if hidden and share is not None:
        share.hide("action-item", action.text, _("live.prepare.actions"))
    out = Text()
    done = not action.is_open
    dropped = action.status is ActionStatus.DROPPED
    mark = "[–] " if dropped else "[x] " if done else "[ ] "
    out.append(mark, style="dim" if dropped else "green" if done else "")
    if hidden:
        out.append_text(hidden_mark(_, "action-item"))
    else:
        out.append(action.text, style="dim strike" if dropped else "")
    owner = _(f"owner.{action.owner.value}")
    if action.private:
        owner += ", " + _("live.private_mark")
    if action.due:
        key = "live.action.overdue" if action.overdue(today) else "live.action.due"
        due = _(key, date=format_date(action.due, lang))
        out.append(f"  ({owner}, ", style="dim")
        out.append(due, style="red" if action.overdue(today) else "dim")
        out.append(")", style="dim")
    else:
        out.append(f"  ({owner})", style="dim")
    if dropped:
        why = f": {action.close_reason}" if action.close_reason and not hidden else ""
        out.append("  " + _("live.earlier.dropped") + why, style="dim")
    elif conversation_id in action.carried_to:
        out.append("  → " + _("live.earlier.carried"), style="cyan")
    return out


def _hanging(label: Text):
    """The box, then the text in a column of its own: wrapped lines hang under the text."""
    return hanging([(label[:3], label[4:])])


class EarlierActions(OptionList):
    if TYPE_CHECKING:
        app = getters.app(ShellApp)

    BINDINGS = [
        Binding("space", "tick", "live.key.done"),
        Binding("c", "carry", "live.key.carry"),
        Binding("x", "drop", "live.key.drop"),
        Binding("escape", "back", "live.key.back_to_note"),
    ]

    class Ticked(Message):
        """``what``: "done", "carry" or "drop"."""

        def __init__(self, index: int, carry: bool = False, what: str = "") -> None:
            super().__init__()
            self.index = index
            self.carry = carry
            self.what = what or ("carry" if carry else "done")

    class Leave(Message):
        """Back to the note; ``character``: a letter typed here, for the editor."""

        def __init__(self, character: str = "") -> None:
            super().__init__()
            self.character = character

    def on_mount(self) -> None:
        translate_bindings(self, self.app._)

    def show(self, actions: Sequence[ActionItem], conversation_id: str, today: date,
             _: Translator, lang: str, share: ShareView | None = None) -> None:
        keep = self.highlighted
        self.clear_options()
        self.add_options(
            [Option(_hanging(action_label(a, conversation_id, today, _, lang, share)))
             for a in actions]
        )
        if actions:
            self.highlighted = min(keep or 0, len(actions) - 1)

    def action_tick(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Ticked(self.highlighted, carry=False))

    def action_carry(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Ticked(self.highlighted, carry=True))

    def action_drop(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Ticked(self.highlighted, what="drop"))

    def action_back(self) -> None:
        self.post_message(self.Leave())

    def on_key(self, event) -> None:
        """A letter the list does not take goes on to the note (never swallowed)."""
        if event.is_printable and event.character and event.key not in ("space", "c", "x"):
            event.stop()
            event.prevent_default()
            self.post_message(self.Leave(event.character))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Ticked(event.option_index, carry=False))
