"""One demo person's history, conversation by conversation: timed sections, entries, action
items carried from one conversation to a later one, goals with progress, and a competence
profile that grows in breadth and depth."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from types import ModuleType

from coach.demo.agenda import Agendas
from coach.demo.growth import Growth
from coach.demo.stamps import at, new_rng_id
from coach.domain.actions import ActionItem, ActionStatus, Owner
from coach.domain.competence import CompetenceArea
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    Entry,
    EntryKind,
    SectionTiming,
    Visibility,
)
from coach.domain.goals import Goal
from coach.domain.people import Person, UnitObjective
from coach.i18n import t

K = EntryKind
#: Section id -> the topic its sample notes are drawn from.
TOPIC = {
    "since-last-time": "since", "looking-back": "since", "goals-and-plans": "goals",
    "goals-results": "goals", "own-goals": "goalset", "agree-goals": "goalset",
    "work-goals": "goals", "learning": "learning", "development-goals": "learning",
    "ahead": "ahead", "support": "support", "other": "other", "unit-goals": "unit",
    "tasks-roles": "roles", "wellbeing": "wellbeing", "now": "now",
    "competence": "competence", "summary": "summary",
}
#: Topic -> the entry kinds written there (repeats weight the draw).
KINDS = {
    "since": (K.NOTE, K.NOTE, K.MASTERY_MOMENT, K.MASTERY_MOMENT, K.LEARNING),
    "goals": (K.NOTE, K.NOTE, K.NOTE, K.AGREEMENT),
    "goalset": (K.NOTE, K.NOTE, K.AGREEMENT),
    "learning": (K.LEARNING, K.LEARNING, K.MASTERY_MOMENT, K.NOTE),
    "ahead": (K.ACTION_ITEM, K.ACTION_ITEM, K.NOTE, K.NOTE),
    "support": (K.SUPPORT_NEED, K.SUPPORT_NEED, K.ACTION_ITEM),
    "other": (K.NOTE,),
    "unit": (K.NOTE,),
    "roles": (K.NOTE, K.NOTE, K.AGREEMENT, K.ACTION_ITEM),
    "wellbeing": (K.NOTE, K.NOTE, K.SUPPORT_NEED),
    "now": (K.NOTE, K.NOTE, K.MASTERY_MOMENT),
    "competence": (K.NOTE, K.LEARNING),
    "summary": (K.AGREEMENT, K.AGREEMENT, K.ACTION_ITEM),
}
POOLS = {
    K.AGREEMENT: "AGREEMENTS", K.SUPPORT_NEED: "SUPPORT", K.LEARNING: "LEARNINGS",
    K.MASTERY_MOMENT: "MASTERY",
}
SLOTS = ("project", "deliverable", "colleague", "stakeholder", "skill")


class _Slots(dict):
    """Fills a sentence's {slots} with random picks, lazily."""

    def __init__(self, rng: random.Random, texts: ModuleType) -> None:
        super().__init__()
        self.rng, self.texts = rng, texts

    def __missing__(self, key: str) -> str:
        value = self.rng.choice(getattr(self.texts, key.upper()))
        self[key] = value
        return value


class PersonHistory(Growth):
    def __init__(self, rng: random.Random, lang: str, texts: ModuleType, person: Person,
                 agendas: Agendas, objectives: list[UnitObjective], today: date) -> None:
        self.rng, self.lang, self.texts, self.person = rng, lang, texts, person
        self.agendas, self.objectives, self.today = agendas, objectives, today
        self.conversations: list[Conversation] = []
        self.entries: list[Entry] = []
        self.actions: list[ActionItem] = []
        self.goals: list[Goal] = []
        self.competence: list[CompetenceArea] = []
        self._open: list[ActionItem] = []
        self._percent: dict[str, int] = {}
        self._windows: dict[str, tuple[datetime, float]] = {}

    # text ---------------------------------------------------------------------------------
    def slots(self) -> dict:
        """Fresh slot values; pass the same ones to sentences that must agree."""
        return _Slots(self.rng, self.texts)

    def fill(self, sentence: str, slots: dict | None = None) -> str:
        text = sentence.format_map(self.slots() if slots is None else slots)
        return text[0].upper() + text[1:]

    def pick(self, options: tuple[str, ...]) -> str:
        return self.fill(self.rng.choice(options))

    def moment(self, section_id: str | None = None) -> datetime:
        """A time inside a section of the current conversation (else near its end)."""
        window = self._windows.get(section_id or "")
        if window is None:
            conv = self.conversations[-1]
            return conv.ended_at or conv.started_at or at(self.today)
        start, seconds = window
        return start + timedelta(seconds=round(seconds * self.rng.uniform(0.1, 0.95)))

    def first_section(self, *ids: str) -> str | None:
        present = {s.section_id for s in self.conversations[-1].sections if not s.skipped}
        return next((i for i in ids if i in present), None)

    # one conversation ---------------------------------------------------------------------
    def hold(self, kind: str, day: date) -> Conversation:
        first = not self.conversations
        conv = self._conversation(kind, day)
        self.conversations.append(conv)
        self._settle_actions(conv)
        if first:
            self._start_profile(conv)
        if kind == "goal-setting":
            self._set_goals(conv)
        elif kind in ("follow-up", "annual"):
            self._progress(conv, self.first_section("goals-and-plans", "work-goals"))
        if kind == "evaluation":
            self._evaluate_goals(conv)
        if kind in ("evaluation", "annual"):
            self._review_competence(conv, grow=kind == "evaluation")
        self._write_entries(conv)
        return conv

    def _conversation(self, kind: str, day: date) -> Conversation:
        rng = self.rng
        planned = at(day, rng.choice((8, 9, 9, 10, 10, 11, 12, 13, 13, 14)),
                     rng.choice((0, 0, 15, 30, 45)))
        started = planned + timedelta(minutes=rng.choice((-2, 0, 0, 0, 1, 2, 3, 5, 8)))
        agenda = self.agendas[kind]
        sections = []
        asked: list[str] = []
        self._windows = {}
        clock = started
        for i, sec in enumerate(agenda):
            factor = rng.uniform(0.7, 1.1)
            if rng.random() < 0.2:
                factor = rng.uniform(1.15, 1.7)
            skipped = 0 < i < len(agenda) - 1 and rng.random() < 0.04
            seconds = 0.0 if skipped else round(sec.minutes * 60 * factor)
            sections.append(SectionTiming(sec.id, sec.title, sec.minutes, seconds, skipped))
            if not skipped:
                asked.extend([q for q in sec.question_ids if rng.random() < 0.3][:2])
                self._windows[sec.id] = (clock, seconds)
            clock += timedelta(seconds=seconds)
        month = self.texts.MONTHS[day.month - 1]
        return Conversation(
            person_id=self.person.id,
            kind=ConversationKind(kind),
            template_id=kind,
            language=self.lang,
            title=f"{t(f'kind.{kind}', self.lang)}, {month} {day.year}",
            status=ConversationStatus.COMPLETED,
            planned_at=planned,
            started_at=started,
            ended_at=clock,
            sections=sections,
            current_section=len(sections) - 1,
            questions_asked=asked,
            id=new_rng_id(rng),
            created=planned - timedelta(days=rng.randint(3, 20)),
        )

    # entries ------------------------------------------------------------------------------
    def _write_entries(self, conv: Conversation) -> None:
        rng = self.rng
        low, high = (0, 2) if conv.kind is ConversationKind.CHECK_IN else (1, 3)
        seen: set[str] = set()
        live = [s for s in conv.sections if not s.skipped]
        for sec in live:
            topic = TOPIC.get(sec.section_id, "other")
            for _ in range(rng.randint(low, high)):
                self._entry(conv, sec.section_id, rng.choice(KINDS[topic]), topic, seen)
        if live and rng.random() < 0.3:
            sec = rng.choice(live)
            self._entry(conv, sec.section_id, K.NOTE, "private", seen, Visibility.PRIVATE)

    def _entry(self, conv: Conversation, section_id: str, kind: EntryKind, topic: str,
               seen: set[str], visibility: Visibility = Visibility.SHARED) -> None:
        texts, action = self.texts, None
        if visibility is Visibility.PRIVATE:
            pool = texts.PRIVATE
        elif kind is K.ACTION_ITEM:
            leader = topic == "support" or self.rng.random() < 0.3
            pool = texts.ACTIONS_LEADER if leader else texts.ACTIONS_EMPLOYEE
        elif kind is K.NOTE:
            pool = texts.NOTES.get(topic, texts.NOTES["other"])
        else:
            pool = getattr(texts, POOLS[kind])
        text = self.pick(pool)
        for _ in range(3):
            if text not in seen:
                break
            text = self.pick(pool)
        if text in seen:
            return
        seen.add(text)
        created = self.moment(section_id)
        if kind is K.ACTION_ITEM:
            action = ActionItem(
                person_id=self.person.id,
                text=text,
                owner=Owner.LEADER if pool is texts.ACTIONS_LEADER else Owner.EMPLOYEE,
                due=created.date() + timedelta(days=self.rng.choice((7, 14, 14, 21, 30, 45))),
                raised_in=conv.id,
                id=new_rng_id(self.rng),
                created=created,
            )
            self.actions.append(action)
            self._open.append(action)
        edited = self.rng.random() < 0.2
        self.entries.append(Entry(
            conversation_id=conv.id,
            text=text,
            section_id=section_id,
            kind=kind,
            visibility=visibility,
            id=new_rng_id(self.rng),
            created=created,
            updated=created + timedelta(seconds=self.rng.randint(5, 90) if edited else 0),
            action_id=action.id if action else None,
        ))

    # action items -------------------------------------------------------------------------
    def _settle_actions(self, conv: Conversation) -> None:
        """Tick off, drop or carry over what earlier conversations raised."""
        when = self.moment(self.first_section("since-last-time", "looking-back"))
        still_open = []
        for action in self._open:
            roll = self.rng.random()
            if len(action.carried_to) >= 3 and roll < 0.5:
                roll = 0.66  # long carried: more often dropped
            if roll < 0.62:
                action.status = ActionStatus.DONE
            elif roll < 0.7:
                action.status = ActionStatus.DROPPED
            else:
                # carried forward with a new due date, as the leader is asked for one
                action.carry_over(conv.id, due=when.date() + timedelta(
                    days=self.rng.choice((14, 21, 30))))
                still_open.append(action)
                continue
            action.closed_in, action.closed_at = conv.id, when
        self._open = still_open
