"""The suggested questions of the current section: three at a time, asked ones ticked."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rich.text import Text
from textual.widgets import Static

from coach.i18n import Translator


def questions_text(questions: Sequence, asked: Collection[str], _: Translator) -> Text:
    out = Text()
    out.append(_("live.questions"), style="bold")
    if not questions:
        out.append("\n  " + _("live.no_questions"), style="dim")
    for n, q in enumerate(questions, start=1):
        done = q.id in asked
        out.append(f"\n{n} ", style="bold")
        out.append("✓ " if done else "", style="green")
        out.append(q.text, style="dim" if done else "")
    return out


class QuestionDeckView(Static):
    def __init__(self, _: Translator, **kwargs) -> None:
        super().__init__("", **kwargs)
        self._ = _

    def show(self, questions: Sequence, asked: Collection[str]) -> None:
        self.update(questions_text(questions, asked, self._))
