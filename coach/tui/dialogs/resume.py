"""Offer to resume a conversation that was not finished (the app closed or crashed)."""

from __future__ import annotations

from coach.i18n import Translator
from coach.tui.dialogs.confirm import ConfirmDialog


def resume_dialog(name: str, title: str, when: str, _: Translator) -> ConfirmDialog:
    return ConfirmDialog(_("live.resume.question", name=name, title=title, date=when), _)
