"""How a demo person grows: goals set in partnership, progress logged in follow-ups, goals
achieved, dropped or carried over at evaluation, and a competence profile whose depth rises
with the history tied to evaluation conversations."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from types import ModuleType
from typing import TYPE_CHECKING

from coach.demo.stamps import new_rng_id
from coach.domain.competence import MAX_DEPTH, MIN_DEPTH, CompetenceArea
from coach.domain.conversations import Conversation
from coach.domain.goals import Goal, GoalScope, GoalType, Progress, ProgressEntry
from coach.domain.people import Person, UnitObjective


def _clamp(depth: int) -> int:
    return max(MIN_DEPTH, min(MAX_DEPTH, depth))


class Growth:
    """Goal and competence steps of ``PersonHistory``, which supplies these attributes and
    ``fill``, ``slots``, ``pick``, ``moment`` and ``first_section``."""

    rng: random.Random
    texts: ModuleType
    person: Person
    objectives: list[UnitObjective]
    goals: list[Goal]
    competence: list[CompetenceArea]
    _percent: dict[str, int]

    # supplied by PersonHistory ------------------------------------------------------------
    if TYPE_CHECKING:  # PersonHistory defines them (a mixin's declarations, for mypy)
        def slots(self) -> dict: ...
        def fill(self, sentence: str, slots: dict | None = None) -> str: ...
        def pick(self, options: tuple[str, ...]) -> str: ...
        def moment(self, section_id: str | None = None) -> datetime: ...
        def first_section(self, *ids: str) -> str | None: ...

    def _active(self) -> list[Goal]:
        return [g for g in self.goals if g.is_active]

    # goals --------------------------------------------------------------------------------
    def _set_goals(self, conv: Conversation) -> None:
        rng, texts = self.rng, self.texts
        when = self.moment(self.first_section("own-goals", "agree-goals"))
        for goal in self._active():
            if rng.random() < 0.5 and goal.target_date is not None:
                goal.revise(target_date=goal.target_date + timedelta(days=365),
                            reason=self.pick(texts.GOAL_REVISE), conversation_id=conv.id)
            else:
                goal.drop(self.pick(texts.GOAL_DROP), conv.id)
            goal.history[-1].at = when
        day = (conv.started_at or when).date()
        specs = [(s, GoalType.WORK, GoalScope.PROFESSIONAL)
                 for s in rng.sample(texts.WORK_GOALS, rng.randint(1, 2))]
        specs.append((rng.choice(texts.DEVELOPMENT_GOALS), GoalType.DEVELOPMENT,
                      GoalScope.PROFESSIONAL))
        if rng.random() < 0.5:
            specs.append((rng.choice(texts.PERSONAL_GOALS), GoalType.DEVELOPMENT,
                          GoalScope.PERSONAL))
        created = self.moment(self.first_section("agree-goals", "own-goals"))
        for (statement, measure), goal_type, scope in specs:
            linked = scope is GoalScope.PROFESSIONAL and (
                goal_type is GoalType.WORK and rng.random() < 0.9 or rng.random() < 0.5)
            slots = self.slots()
            self.goals.append(Goal(
                person_id=self.person.id,
                statement=self.fill(statement, slots),
                type=goal_type,
                scope=scope,
                objective_id=rng.choice(self.objectives).id if linked else None,
                measure=self.fill(measure, slots),
                target_date=day + timedelta(days=rng.randint(180, 320)),
                created_in=conv.id,
                id=self._id(),
                created=created,
            ))

    def _id(self) -> str:
        return new_rng_id(self.rng)

    def _log(self, goal: Goal, status: Progress, percent: int, conv: Conversation,
             when: datetime) -> None:
        comment = self.pick(self.texts.PROGRESS[status.value])
        goal.record_progress(ProgressEntry(status, comment, percent, conv.id, when))
        if status is Progress.ACHIEVED:
            goal.history[-1].at = when
            goal.history[-1].reason = self.pick(self.texts.GOAL_ACHIEVE)
        self._percent[goal.id] = percent

    def _progress(self, conv: Conversation, section_id: str | None) -> None:
        rng = self.rng
        for goal in self._active():
            if rng.random() < 0.35:
                continue
            last = self._percent.get(goal.id, 0)
            (status,) = rng.choices((Progress.ON_TRACK, Progress.AT_RISK, Progress.OFF_TRACK),
                                    weights=(65, 25, 10))
            step = rng.randint(4, 18) if status is Progress.ON_TRACK else rng.randint(0, 5)
            percent = min(95, last + step)
            if last >= 80 and rng.random() < 0.15:
                status, percent = Progress.ACHIEVED, 100
            self._log(goal, status, percent, conv, self.moment(section_id))

    def _evaluate_goals(self, conv: Conversation) -> None:
        section = self.first_section("goals-results", "looking-back")
        for goal in self._active():
            roll, when = self.rng.random(), self.moment(section)
            if roll < 0.6:
                self._log(goal, Progress.ACHIEVED, 100, conv, when)
            elif roll < 0.75:
                goal.drop(self.pick(self.texts.GOAL_DROP), conv.id)
                goal.history[-1].at = when
            else:
                self._log(goal, Progress.AT_RISK, self._percent.get(goal.id, 50), conv, when)

    # competence ---------------------------------------------------------------------------
    def _new_area(self, area: str, category: str, depth: int, reason: str,
                  conv: Conversation, when: datetime) -> None:
        record = CompetenceArea(
            person_id=self.person.id, area=area, depth=depth, category=category,
            evidence=self.pick(self.texts.COMPETENCE_EVIDENCE), id=self._id(), created=when,
        )
        change = record.set_depth(depth, reason, conv.id)
        if change is not None:
            change.at = when
        self.competence.append(record)

    def _start_profile(self, conv: Conversation) -> None:
        rng = self.rng
        when = self.moment(self.first_section("competence", "own-goals", "since-last-time"))
        for area, category in rng.sample(self.texts.COMPETENCE_AREAS, rng.randint(4, 6)):
            (depth,) = rng.choices((1, 2, 3, 4), weights=(2, 4, 4, 2))
            self._new_area(area, category, depth, self.pick(self.texts.COMPETENCE_START),
                           conv, when)

    def _review_competence(self, conv: Conversation, *, grow: bool) -> None:
        rng, texts = self.rng, self.texts
        section = self.first_section("competence")
        for area in list(self.competence):
            when = self.moment(section)
            if rng.random() < 0.5:
                rating = _clamp(area.depth + rng.choice((0, 1, 1, -1)))
                area.set_self_rating(rating, conv.id).at = when
            if grow and area.depth < MAX_DEPTH and rng.random() < 0.35:
                change = area.set_depth(area.depth + 1, self.pick(texts.COMPETENCE_GROWTH),
                                        conv.id)
                if change is not None:
                    change.at = when
                area.evidence = self.pick(texts.COMPETENCE_EVIDENCE)
        held = {a.area for a in self.competence}
        fresh = [pair for pair in texts.COMPETENCE_AREAS if pair[0] not in held]
        if grow and fresh and rng.random() < 0.4:
            area, category = rng.choice(fresh)
            self._new_area(area, category, rng.randint(1, 2), self.pick(texts.COMPETENCE_NEW),
                           conv, self.moment(section))

