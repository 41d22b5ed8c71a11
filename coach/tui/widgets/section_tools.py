"""What the live screen shows beside a section, keyed on the section id: the unit's
objectives (unit-goals), the person's goals (the goal sections) and the competence updater
(competence, in the evaluation and annual conversations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical

from coach.domain.competence_review import EVALUATION_KINDS
from coach.services.goals import unit_objectives
from coach.services.session import LiveSession
from coach.tui.widgets.competence_updater import CompetenceUpdater
from coach.tui.widgets.goals_panel import GOAL_SECTIONS, GoalsPanel, Save
from coach.tui.widgets.objectives_panel import ObjectivesPanel

if TYPE_CHECKING:
    from textual import getters

    from coach.tui.shell import ShellApp

UNIT_GOALS = "unit-goals"
COMPETENCE = "competence"

__all__ = ["GOAL_SECTIONS", "Save", "SectionTools"]


class SectionTools(Vertical):
    if TYPE_CHECKING:
        app = getters.app(ShellApp)

    DEFAULT_CSS = """
    SectionTools {
        height: auto;
        max-height: 50%;
        overflow-y: auto;
    }
    SectionTools > * {
        display: none;
    }
    """

    def __init__(self, session: LiveSession, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session = session

    def compose(self) -> ComposeResult:
        person_id = self.session.person.id
        conversation_id = self.session.conversation.id
        yield ObjectivesPanel(id="unit-objectives")
        yield GoalsPanel(person_id, conversation_id, id="goals-panel")
        yield CompetenceUpdater(person_id, conversation_id, id="competence-updater")

    def show_for(self, section_id: str) -> None:
        """Show what belongs to ``section_id`` (nothing for most sections)."""
        kind = self.session.conversation.kind
        objectives = self.query_one(ObjectivesPanel)
        goals = self.query_one(GoalsPanel)
        updater = self.query_one(CompetenceUpdater)
        objectives.display = section_id == UNIT_GOALS
        goals.display = section_id in GOAL_SECTIONS
        updater.display = section_id == COMPETENCE and kind in EVALUATION_KINDS
        self.display = objectives.display or goals.display or updater.display
        if objectives.display:
            objectives.show(unit_objectives(self.app.services.store), self.app._)
        if goals.display:
            goals.show()
        if updater.display:
            updater.show()
