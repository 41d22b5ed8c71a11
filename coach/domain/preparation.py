"""An employee's own preparation for a conversation: answers, proposed goals, self-ratings.

The employee writes it alone (``coach reflect``) and hands it over as a Markdown file; the
leader imports it (``coach import-prep``). The answers keep the employee's order of the
agenda sections, so that the preparation can lead the conversation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from coach.domain.competence import check_depth
from coach.domain.goals import GoalScope, GoalType, Progress
from coach.domain.records import new_id, utcnow
from coach.domain.visibility import Visibility

#: The format version written into the front matter as ``coach_preparation``: 2 names each
#: section's heading in the front matter and adds the goal's scope and the area's category.
FORMAT_VERSION = 2
#: Versions the reader still reads (1: ``sections`` a list of ids, matched by heading).
READABLE_VERSIONS = (1, 2)

#: Parts of a preparation that are not agenda sections, by the id the file uses for them.
GOALS_PART = "proposed-goals"
RATINGS_PART = "self-ratings"
NEEDS_PART = "from-my-leader"
PARTS = (GOALS_PART, RATINGS_PART, NEEDS_PART)


@dataclass
class Answer:
    """What the employee wrote for one agenda section."""

    section_id: str
    title: str
    text: str = ""
    #: The question the employee answered (the template's "prepare" text), for the reader.
    prompt: str = ""
    #: Handed over, so shared by default; the leader may keep an answer private.
    visibility: Visibility = Visibility.SHARED


@dataclass
class ProposedGoal:
    """A goal the employee proposes; it becomes a goal only when both agree."""

    statement: str
    type: GoalType = GoalType.WORK
    measure: str = ""
    target_date: date | None = None
    #: How it is going, in the employee's words (for a goal already being worked on).
    progress: str = ""
    scope: GoalScope = GoalScope.PROFESSIONAL
    #: Set when this reports progress on a goal already agreed (``progress`` the comment):
    #: it arrives as proposed progress, awaiting agreement, never as a new goal.
    status: Progress | None = None
    #: How far along, in per cent, with reported progress (optional).
    percent: int | None = None

    def __post_init__(self) -> None:
        if not self.statement.strip():
            raise ValueError("statement")
        if self.percent is not None and not 0 <= self.percent <= 100:
            raise ValueError("percent")
        self.type = GoalType(self.type)
        self.scope = GoalScope(self.scope)
        if self.status is not None:
            self.status = Progress(self.status)


@dataclass
class SelfRating:
    """The employee's own rating of one competence area: input, never a verdict."""

    area: str
    depth: int
    comment: str = ""
    category: str = ""

    def __post_init__(self) -> None:
        if not self.area.strip():
            raise ValueError("area")
        self.depth = check_depth(self.depth)


@dataclass
class Preparation:
    template_id: str
    language: str
    date: date
    person: str = ""
    #: The template's title, as the file's top heading shows it.
    title: str = ""
    #: One answer per agenda section, in the employee's order.
    answers: list[Answer] = field(default_factory=list)
    goals: list[ProposedGoal] = field(default_factory=list)
    ratings: list[SelfRating] = field(default_factory=list)
    #: "What I need from my leader".
    needs: str = ""

    @property
    def order(self) -> list[str]:
        """The agenda section ids in the employee's order."""
        return [a.section_id for a in self.answers]

    def answer(self, section_id: str) -> Answer | None:
        return next((a for a in self.answers if a.section_id == section_id), None)

    @property
    def is_empty(self) -> bool:
        """Nothing written yet (titles and prompts alone do not count)."""
        return not (any(a.text.strip() for a in self.answers) or self.goals or self.ratings
                    or self.needs.strip())


@dataclass
class ImportedPreparation:
    """A preparation the leader imported for one of their people."""

    person_id: str
    preparation: Preparation
    #: The file it came from, as the leader named it.
    source: str = ""
    id: str = field(default_factory=new_id)
    imported: datetime = field(default_factory=utcnow)
