"""The employee's preparation beside the live screen's section: their answer in their words,
what they need from the leader, and their proposals waiting for agreement.

A long answer scrolls in the panel's own box (at most 12 lines tall): the panel takes focus
(Tab reaches it; the arrow keys, page keys and the mouse wheel scroll it) and its bottom
border says when there is more below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from coach.domain.competence import CompetenceArea
from coach.domain.goals import Goal
from coach.domain.preparation import ImportedPreparation
from coach.services.competence import person_competence
from coach.services.goals import person_goals
from coach.services.handover import (
    accept_goal,
    accept_progress,
    accept_rating,
    current_preparation,
    goal_accepted,
    progress_goal,
    rating_recorded,
)
from coach.tui.screen_share import hidden_mark, view

if TYPE_CHECKING:
    from textual import getters

    from coach.tui.shell import ShellApp

#: The section where "what I need from my leader" is shown (else the last section).
SUPPORT = "support"


class PrepScroll(VerticalScroll, can_focus=True):
    """The preparation's text in a box of its own: focusable, scrolled by keys and wheel."""

    DEFAULT_CSS = """
    PrepScroll { height: auto; max-height: 11; scrollbar-size-vertical: 1; }
    PrepScroll:focus { background: $boost; }
    PrepScroll > Static { height: auto; }
    """


class PrepPanel(Vertical):
    if TYPE_CHECKING:
        app = getters.app(ShellApp)

    DEFAULT_CSS = """
    PrepPanel {
        height: auto;
        border-left: thick $accent;
        padding: 0 1;
        margin-bottom: 1;
    }
    PrepPanel:focus-within { border-left: thick $primary; }
    PrepPanel > #prep-more { height: 1; color: $text-muted; text-align: right; display: none; }
    PrepPanel > #prep-more.shown { display: block; }
    """

    def __init__(self, session, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session = session
        self._text = Static("", id="prep-text", markup=False)
        self._box = PrepScroll(self._text, id="prep-scroll")
        self._more = Static("", id="prep-more", markup=False)
        self.record: ImportedPreparation | None = None
        self._loaded = False
        #: Proposals agreed in this conversation (their saves may still be on the way).
        self._agreed: list[object] = []

    def compose(self):
        yield self._box
        yield self._more

    def on_mount(self) -> None:
        self._more.update(self.app._("prep.live.more"))
        self.watch(self._box, "scroll_y", self._mark_more, init=False)
        self.watch(self._box, "max_scroll_y", self._mark_more, init=False)

    def _mark_more(self, _value: float | None = None) -> None:
        """The "more" line shows while anything is hidden below."""
        box = self._box
        self._more.set_class(box.max_scroll_y > 0 and box.scroll_y < box.max_scroll_y, "shown")

    @property
    def text(self) -> str:
        """What the panel shows (plain), e.g. for tests."""
        return str(self._text.render())

    def update(self, text: Text) -> None:
        self._text.update(text)
        self._box.scroll_home(animate=False)
        self.call_after_refresh(self._mark_more)

    def show_for(self, section_id: str) -> None:
        if not self._loaded:
            self._loaded = True
            services = self.app.services
            self.record = current_preparation(services.store, self.session.person.id,
                                              services.today)
        record = self.record
        if record is None:
            self.display = False
            return
        _ = self.app._
        prep = record.preparation
        out = Text()
        out.append(_("prep.live.title", name=self.session.person.name), style="bold")
        answer = prep.answer(section_id)
        share = view(self.screen, "prep")
        if answer is not None and answer.text.strip() and not share.shows(answer):
            share.hide("answer", answer.text, answer.title)
            out.append("\n").append_text(hidden_mark(_, "answer"))
        elif answer is not None and answer.text.strip():
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
        store = self.app.services.store
        person_id = self.session.person.id
        goals = person_goals(store, person_id)
        areas = person_competence(store, person_id)
        prep = self.record.preparation
        out: list[tuple[str, object]] = []
        for g in prep.goals:
            if g.status is not None:
                if progress_goal(goals, g) is not None:
                    out.append(("progress", g))
            elif not goal_accepted(goals, g):
                out.append(("goal", g))
        out += [("rating", r) for r in prep.ratings if not rating_recorded(areas, r)]
        return [(k, p) for k, p in out if not any(p is a for a in self._agreed)]

    def accept(self, kind: str, proposal, save: Callable[[list], None]) -> None:
        """Agree to one proposal: a goal is created, a self-rating recorded (never the
        agreed level); ``save`` queues the record to write."""
        person_id = self.session.person.id
        conversation_id = self.session.conversation.id
        record: Goal | CompetenceArea
        if kind == "goal":
            record = accept_goal(person_id, proposal, conversation_id)
        elif kind == "progress":
            goal = progress_goal(person_goals(self.app.services.store, person_id), proposal)
            if goal is None:
                return
            record = accept_progress(goal, proposal, conversation_id)
        else:
            areas = person_competence(self.app.services.store, person_id)
            record = accept_rating(areas, person_id, proposal, conversation_id)
        self._agreed.append(proposal)
        save([record])
        self.show_for(self.session.clock.current.section_id)
