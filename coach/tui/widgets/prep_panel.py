"""The employee's preparation beside the live screen's section: their answer in their words,
what they need from the leader, and their proposals waiting for agreement."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.widgets import Static

from coach.domain.preparation import ImportedPreparation
from coach.services.handover import (
    accept_goal,
    accept_rating,
    current_preparation,
    goal_accepted,
    rating_recorded,
)

#: The section where "what I need from my leader" is shown (else the last section).
SUPPORT = "support"


class PrepPanel(Static):
    DEFAULT_CSS = """
    PrepPanel {
        height: auto;
        max-height: 12;
        overflow-y: auto;
        border-left: thick $accent;
        padding: 0 1;
        margin-bottom: 1;
    }
    """

    def __init__(self, session, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.session = session
        self.record: ImportedPreparation | None = None
        self._loaded = False
        #: Proposals agreed in this conversation (their saves may still be on the way).
        self._agreed: list[object] = []

    def show_for(self, section_id: str) -> None:
        if not self._loaded:
            self._loaded = True
            self.record = current_preparation(self.app.store, self.session.person.id,
                                              self.app.today)
        record = self.record
        if record is None:
            self.display = False
            return
        _ = self.app._
        prep = record.preparation
        out = Text()
        out.append(_("prep.live.title", name=self.session.person.name), style="bold")
        answer = prep.answer(section_id)
        if answer is not None and answer.text.strip():
            out.append("\n" + answer.text)
        elif answer is not None:
            out.append("\n" + _("prep.live.no_answer"), style="dim italic")
        sections = [s.section_id for s in self.session.clock.sections]
        needs_here = SUPPORT in sections and section_id == SUPPORT or (
            SUPPORT not in sections and sections and section_id == sections[-1])
        if prep.needs.strip() and needs_here:
            out.append("\n" + _("prep.md.needs") + ": ", style="bold")
            out.append(prep.needs)
        waiting = len(self.proposals())
        if waiting:
            out.append("\n" + _("prep.live.proposals", count=waiting), style="dim")
        shown = (answer is not None and bool(answer.text.strip())) or needs_here or bool(waiting)
        self.update(out)
        self.display = shown

    # -- proposals waiting for agreement -----------------------------------------------------
    def proposals(self) -> list[tuple[str, object]]:
        """("goal" | "rating", proposal) not yet agreed, in the file's order."""
        if self.record is None:
            return []
        store = self.app.store
        person_id = self.session.person.id
        goals = store.goals(person_id)
        areas = store.competence(person_id)
        prep = self.record.preparation
        out: list[tuple[str, object]] = [("goal", g) for g in prep.goals
                                         if not goal_accepted(goals, g)]
        out += [("rating", r) for r in prep.ratings if not rating_recorded(areas, r)]
        return [(k, p) for k, p in out if not any(p is a for a in self._agreed)]

    def accept(self, kind: str, proposal, save: Callable[[list], None]) -> None:
        """Agree to one proposal: a goal is created, a self-rating recorded (never the
        agreed level); ``save`` queues the record to write."""
        person_id = self.session.person.id
        conversation_id = self.session.conversation.id
        if kind == "goal":
            record = accept_goal(person_id, proposal, conversation_id)
        else:
            record = accept_rating(self.app.store.competence(person_id), person_id, proposal,
                                   conversation_id)
        self._agreed.append(proposal)
        save([record])
        self.show_for(self.session.clock.current.section_id)
