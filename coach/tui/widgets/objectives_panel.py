"""The unit's active objectives, shown in the goal-setting conversation's unit-goals section."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from coach.domain.people import UnitObjective
from coach.i18n import Translator


def objectives_text(objectives: Sequence[UnitObjective], _: Translator) -> Text:
    out = Text()
    out.append(_("objectives.live.title"), style="bold")
    if not objectives:
        out.append("\n" + _("objectives.live.none"), style="dim")
    for n, objective in enumerate(objectives, 1):
        out.append(f"\n{n}. ")
        out.append(objective.title, style="bold")
        if objective.description:
            out.append(f": {objective.description}")
    return out


class ObjectivesPanel(Static):
    DEFAULT_CSS = """
    ObjectivesPanel {
        height: auto;
        max-height: 8;
        margin-top: 1;
    }
    """

    def show(self, objectives: Sequence[UnitObjective], _: Translator) -> None:
        self.update(objectives_text(objectives, _))
