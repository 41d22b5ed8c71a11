"""Screen-share mode in the terminal: one key (ctrl+j) or the setting ``screen_share: true``
hides every private text on every screen; ctrl+y reveals one hidden entry on purpose.

How it fits together:

- The mode lives in the app's services (:func:`share_of`, a
  ``coach.domain.screen_share.ScreenShare``);
  what may be drawn is decided there by the one rule (``visibility.may_show`` for the
  audience of the screen: ``SHARED`` while the mode is on).
- A screen draws each part through :func:`view` (a ``ShareView``): for a record it may not
  show it draws :func:`hidden_mark` ("privat notat – skjult") or, where a list is collapsed,
  :func:`hidden_count` ("3 private skjult"); the view keeps the hidden texts for the reveal
  dialog (:func:`hidden_on`).
- Toggling calls ``screen_share_changed()`` on every screen of the stack that has one (the
  screens redraw), redraws the headers (the indicator, :meth:`SharesTheScreen.format_title`)
  and shows both keys in the footer while the mode is on.
- Reveal (ctrl+y, only while the mode is on): a dialog lists this screen's hidden entries by
  their placeholders; the selected one is shown, and only while it is selected. Closing the
  dialog hides it again: nothing stays revealed on the screens themselves.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Header
from textual.widgets._header import HeaderTitle

from coach.domain.screen_share import Hidden, ScreenShare, ShareView
from coach.tui import later
from coach.tui.shell import CoachScreen, ShellApp

if TYPE_CHECKING:
    from collections.abc import Iterable

TOGGLE_KEY = "ctrl+j"
REVEAL_KEY = "ctrl+y"

#: In the app's BINDINGS. Priority: they work in the note editor and in every input. The
#: reveal key is only active while the mode is on (else ctrl+y stays the editor's redo).
SHARE_BINDINGS = [
    Binding(TOGGLE_KEY, "toggle_screen_share", "share.key.toggle", show=False, priority=True,
            tooltip="share.key.toggle.tip"),
    Binding(REVEAL_KEY, "reveal_private", "share.key.reveal", show=False, priority=True),
]

#: The placeholders' kinds (``share.hidden.<kind>``); anything else is called a note.
KINDS = ("note", "agreement", "action-item", "support-need", "mastery-moment", "learning",
         "progress", "answer", "hit")
HIDDEN_STYLE = "italic dim"


def share_of(app: ShellApp) -> ScreenShare:
    """The app's mode, made from its settings (``screen_share``) when first asked for."""
    services = app.services
    if services.screen_share is None:
        services.screen_share = ScreenShare(on=services.settings.screen_share)
    return services.screen_share


def sharing(app: ShellApp) -> bool:
    return share_of(app).on


def view(screen, part: str) -> ShareView:
    """A fresh drawing of ``part`` of ``screen``; its hidden entries replace the part's last
    ones (safe from a worker: one assignment)."""
    drawing = ShareView(share_of(screen.app))
    parts = screen.__dict__.setdefault("_share_hidden", {})
    parts[part] = drawing.hidden
    return drawing


def hidden_on(screen) -> list[Hidden]:
    """Everything the screen's parts left hidden at their last drawing, in drawing order."""
    parts = getattr(screen, "_share_hidden", {})
    return [h for part in list(parts.values()) for h in part]


def placeholder(_, kind: str) -> str:
    return _(f"share.hidden.{kind if kind in KINDS else 'note'}")


def hidden_mark(_, kind: str) -> Text:
    return Text(placeholder(_, kind), style=HIDDEN_STYLE)


def count_text(_, count: int) -> str:
    return _("share.hidden.count", count=count)  # "1 privat skjult": the .one form


def hidden_count(_, count: int, indent: str = "  • ") -> Text:
    """A collapsed list's line for its hidden entries (empty when there are none)."""
    if not count:
        return Text()
    return Text(indent + count_text(_, count) + "\n", style=HIDDEN_STYLE)


def entry_kind(record) -> str:
    """The placeholder kind of an entry or a search document (its kind's value)."""
    kind = getattr(record, "kind", None)
    value = str(getattr(kind, "value", kind) or "note")
    return {"action": "action-item", "private": "note"}.get(value, value)


# -- the app ---------------------------------------------------------------------------------
def _show_keys(app: ShellApp, on: bool) -> None:
    """While the mode is on the footer names the key that turns it off (F1, the palette and
    the notice at the toggle name both keys)."""
    bindings = app._bindings.key_to_bindings
    bindings[TOGGLE_KEY] = [replace(b, show=on) for b in bindings.get(TOGGLE_KEY, [])]
    app.screen.refresh_bindings()


def _redraw_headers(app: ShellApp) -> None:
    for screen in app.screen_stack:
        for header in screen.query(Header):
            for title in header.query(HeaderTitle):
                title.update(header.format_title())


def apply(app: ShellApp) -> None:
    """Make every screen of the stack follow the mode (after a toggle, or at start)."""
    on = sharing(app)
    _show_keys(app, on)
    _redraw_headers(app)
    for screen in list(app.screen_stack):
        if isinstance(screen, CoachScreen):
            screen.screen_share_changed()


class SharesTheScreen(ShellApp):
    """For the App: the two actions, the indicator in every header, the palette's entries."""

    def on_mount(self) -> None:
        """(Textual calls every class's on_mount along the MRO.) The setting's mode."""
        if sharing(self):
            self.call_after_refresh(_show_keys, self, True)

    def action_toggle_screen_share(self) -> None:
        on = share_of(self).toggle()
        apply(self)
        self.notify(self._("share.on" if on else "share.off"), timeout=3)

    def action_reveal_private(self) -> None:
        screen = self.screen
        if later.is_loaded_instance(screen, later.REVEAL):
            screen.dismiss()
            return
        hidden = hidden_on(screen)
        labels = [placeholder(self._, h.kind) for h in hidden]
        self.push_screen(later.reveal_dialog()(hidden, labels, self._, sharing(self)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reveal_private":
            return sharing(self)
        return super().check_action(action, parameters)

    def format_title(self, title: str, sub_title: str) -> Content:
        """The indicator: while the mode is on, every header's title is "◉ Skjermdeling"
        (in place of the app's name, so that who and what still fit at 80 columns)."""
        if not sharing(self):
            return super().format_title(title, sub_title)
        badge = Content.styled(f" ◉ {self._('share.badge')} ", "bold reverse")
        if not sub_title:
            return badge
        return Content.assemble(badge, ("— ", "dim"), Content(sub_title).stylize("dim"))


def share_commands(app: SharesTheScreen) -> Iterable[SystemCommand]:
    _ = app._
    yield SystemCommand(_("share.key.toggle"), _("share.palette.toggle.help"),
                        app.action_toggle_screen_share)
    if sharing(app):
        yield SystemCommand(_("share.key.reveal"), _("share.palette.reveal.help"),
                            app.action_reveal_private)


def shown_text(app: ShellApp, record: object, text: str, kind: str) -> str:
    """``text``, or its placeholder when the mode may not show ``record`` (for a dialog)."""
    return text if share_of(app).shows(record) else placeholder(app._, kind)


# -- writing blind (the live screen's note editor) -------------------------------------------
#: What ctrl+r types into an empty editor in screen-share mode (a prefix both languages read).
BLIND_PREFIX = "p: "


def blind_private(screen, editor) -> bool:
    """ctrl+r in screen-share mode: on an empty editor it begins a private note typed blind
    (the editor then masks it); on an editor holding only that prefix it leaves it again.
    True when it did either (the key is then spent); else ctrl+r saves as usual."""
    if not sharing(screen.app):
        return False
    text = editor.text
    if not text.strip():
        editor.load_text(BLIND_PREFIX)
        editor.move_cursor((0, len(BLIND_PREFIX)))
        screen.notify(screen._("share.blind.started"), timeout=2)
        return True
    first = text.split("\n", 1)[0]
    prefix = later.private_prefix(first + " ")
    if prefix and not text[prefix:].strip():
        editor.clear()
        screen.session.set_draft("")
        screen._save(screen.session.commit_draft())  # the draft of the prefix: deleted
        screen.saves.handed_over()
        return True
    return False


# -- a conversation's Markdown (the summary screen, a past conversation) ---------------------
def shared_only(screen, entries) -> Text | None:
    """In screen-share mode: the status line's words for a screen that then shows only the
    shared summary (the private entries kept for the reveal dialog); None when the mode is
    off and the screen may show the full notes."""
    share = view(screen, "conversation")
    if not share.on:
        return None
    for entry in entries:
        if not share.shows(entry) and not getattr(entry, "draft", False):
            share.hide(entry_kind(entry), entry.text)
    _ = screen.app._
    out = Text(_("share.hidden.summary"), style="bold")
    if share.hidden:
        out.append(" · " + count_text(_, len(share.hidden)), style=HIDDEN_STYLE)
    return out
