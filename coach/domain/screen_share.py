"""Screen-share mode: while it is on, every screen is a shared output.

The leader often holds the meeting with the screen in view of the employee (a projector, a
video call). With screen-share mode on, what a screen may draw is decided by the one rule,
:func:`coach.domain.visibility.may_show`, for the audience ``SHARED``; with it off, the
leader is the audience (``OWNER``) and private entries are drawn, marked as private.

A screen draws through a :class:`ShareView`: it asks ``view.shows(record)`` (the rule) and,
for each record it may not show, calls ``view.hide(...)``, which keeps the hidden text
aside so that the leader can reveal one entry on purpose (the reveal dialog shows the one
selected there, and only while it is selected). Nothing here draws or knows about Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.domain.visibility import Audience, may_show


@dataclass
class ScreenShare:
    """The mode of one running app."""

    on: bool = False

    @property
    def audience(self) -> Audience:
        return Audience.SHARED if self.on else Audience.OWNER

    def shows(self, record: object) -> bool:
        """May the screen draw ``record``'s text now? (THE rule, for the screen's audience.)"""
        return may_show(record, self.audience)

    def toggle(self) -> bool:
        self.on = not self.on
        return self.on


@dataclass(frozen=True)
class Hidden:
    """One entry a screen did not draw: its kind (a placeholder's message key suffix:
    ``note``, ``action-item``, ``progress``, ``answer``, ...), where it is on the screen (a
    heading, for the reveal dialog) and its text (shown only when the leader reveals it)."""

    kind: str
    where: str
    text: str


@dataclass
class ShareView:
    """One drawing of one part of a screen, under ``share``'s mode."""

    share: ScreenShare
    hidden: list[Hidden] = field(default_factory=list)

    @property
    def on(self) -> bool:
        return self.share.on

    def shows(self, record: object) -> bool:
        return self.share.shows(record)

    def hide(self, kind: str, text: str, where: str = "") -> None:
        self.hidden.append(Hidden(kind, where, text))

    def text_of(self, record: object, text: str, kind: str, where: str = "") -> str | None:
        """``text`` if ``record`` may be shown; else None, and the text is kept aside."""
        if self.shows(record):
            return text
        self.hide(kind, text, where)
        return None
