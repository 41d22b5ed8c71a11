"""The live screen's keys, in footer order; the note kinds' keys come from their table
(``coach.domain.note_kinds``)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from coach.domain.note_kinds import BY_NAME


def _b(key: str, action: str, label: str, show: bool = True, priority: bool = False) -> Binding:
    """Not priority: the key reaches the editor's queue behind the keys typed before it, so
    a note committed with ctrl+n holds every character typed ahead of it. Only keys the
    editor binds itself (F6, F7) need priority, and they do not touch the text."""
    return Binding(key, action, label, show=show, priority=priority)


def _note_key(name: str) -> Binding:
    """A note kind's key, from the table of note kinds."""
    row = BY_NAME[name]
    return _b(row.key, row.action, row.key_label, show=row.in_footer)


#: In footer order: what a leader needs most first, so that F4, F9, F12 and F1 show
#: even at 80 columns. The lesser note keys stay out of the footer (F1 help and the
#: palette list them).
LIVE_BINDINGS: list[BindingType] = [
    _b("f5", "toggle_clock", "live.key.toggle"),
    _note_key("note"),
    _b("f4", "next", "live.key.next"),
    _b("f9", "plus2", "live.key.plus2"),
    _b("f12", "end", "live.key.end"),
    _b("f1", "help", "live.key.help"),
    _note_key("agreement"),
    _note_key("action-item"),
    _b("ctrl+e", "correct_action", "live.key.correct", show=False, priority=True),
    _b("f2", "more_questions", "live.key.more"),
    _b("f3", "previous", "live.key.previous"),
    _b("f10", "skip", "live.key.skip"),
    _b("ctrl+f", "rebalance", "live.key.rebalance"),
    _b("f11", "toggle_guidance", "live.key.guidance", show=False),
    _note_key("support-need"),
    _note_key("mastery-moment"),
    _note_key("learning"),
    _note_key("private"),
    _b("ctrl+o", "more_questions", "live.key.more", show=False),
    _b("ctrl+underscore", "toggle_guidance", "live.key.guidance", show=False),
    _b("f6", "asked(0)", "live.key.ask1", show=False, priority=True),
    _b("f7", "asked(1)", "live.key.ask2", show=False, priority=True),
    _b("f8", "asked(2)", "live.key.ask3", show=False, priority=True),
    _b("ctrl+s", "prep_proposals", "prep.key.proposals", show=False),
    # The app's ctrl+q (the same action), here only so the footer can leave it out at
    # 80 columns: F1 and the palette still name it.
    _b("ctrl+q", "app.quit", "tui.key.quit", priority=True),
]
