"""The employee alone: a preparation (or a daily reflection) saved as it is typed.

Plain Python over the Store API (no Textual), shared by ``coach reflect`` and its screen.
The employee's data lives in its own directory (``coach.paths.reflect_dir``), in its own
store: the employee is the one person ``me`` there, and each preparation is a record of the
person's ``preparations`` table, the same record a leader's import makes, so one format
serves both sides.
"""

from __future__ import annotations

import copy
import random
import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from coach.content import Library, Template
from coach.domain.people import Person
from coach.domain.preparation import (
    Answer,
    ImportedPreparation,
    Preparation,
    ProposedGoal,
    SelfRating,
)
from coach.domain.records import utcnow
from coach.domain.text import check_plain
from coach.i18n import t
from coach.markdown.preparation import render_preparation
from coach.services.starting import pick_template

if TYPE_CHECKING:
    from coach.store import Store

ME = "me"
DAILY = "daily"
SOURCE = "reflect"
#: A preparation for the same template younger than this is taken up again, not restarted.
RESUME_DAYS = 14
#: Prompts of a daily reflection: this many of each theme.
DAILY_PER_THEME = 2


def me(store: Store, name: str | None = None) -> Person:
    """The employee, created on first use; ``name`` (if given) renames them."""
    if name:
        check_plain("name", " ".join(name.split()))
    try:
        person = store.person(ME)
    except KeyError:
        person = Person(name or "me", id=ME)
        store.save_person(person)
        return person
    if name and name.strip() and " ".join(name.split()) != person.name:
        person.name = " ".join(name.split())
        store.save_person(person)
    return person


def template_preparation(template: Template, name: str, today: date) -> Preparation:
    return Preparation(
        template.id, template.language, today, name, template.title,
        answers=[Answer(s.id, s.title, "", s.prepare) for s in template.sections],
    )


def daily_preparation(library: Library, lang: str, name: str, today: date) -> Preparation:
    """A dated reflection on mastery and meaning, its prompts varied from day to day."""
    rng = random.Random(today.toordinal())
    answers = []
    for theme in ("mastery", "meaning"):
        questions = [q for q in library.questions(lang, theme) if q.depth == "opening"]
        questions = questions or library.questions(lang, theme)
        for q in rng.sample(questions, min(DAILY_PER_THEME, len(questions))):
            answers.append(Answer(q.id, q.text))
    return Preparation(DAILY, lang, today, name, t("prep.daily.title", lang), answers=answers)


def own_preparations(store: Store) -> list[ImportedPreparation]:
    try:
        store.person(ME)
    except KeyError:
        return []
    return store.preparations(ME)


def latest_own(store: Store, template_id: str | None = None) -> ImportedPreparation | None:
    found = [r for r in own_preparations(store)
             if template_id is None or r.preparation.template_id == template_id]
    return found[-1] if found else None


def for_export(store: Store, *, daily: bool = False, template_id: str | None = None
               ) -> ImportedPreparation | None:
    """What ``--export`` hands over: the preparation for the next conversation (the newest
    of the template, or of any template), never a daily reflection unless asked for."""
    if daily:
        return latest_own(store, DAILY)
    found = [r for r in own_preparations(store) if r.preparation.template_id != DAILY
             and (template_id is None or r.preparation.template_id == template_id)]
    return max(found, key=lambda r: (r.preparation.date, r.imported)) if found else None


#: The reflect store's setting that keeps the shared summaries the employee has opened
#: (``coach reflect --review FILE``), by conversation id.
RECEIVED = "received_summaries"


def keep_summary(store: Store, summary, now: datetime | None = None) -> None:
    """Keep what the employee's next preparation needs from a shared summary they opened
    (``coach reflect --review``): which conversation, its date, and the goals it lists."""
    kept = dict(received_summaries(store))
    kept[summary.conversation_id] = {
        "conversation_id": summary.conversation_id,
        "digest": summary.digest,
        "title": summary.title,
        "date": summary.day.isoformat() if summary.day else "",
        "language": summary.language,
        "person": summary.person,
        "goals": list(summary.goals),
        "received": (now or utcnow()).isoformat(),
    }
    me(store)
    store.set_setting(RECEIVED, kept)


def received_summaries(store: Store) -> dict[str, dict]:
    found = store.setting(RECEIVED, {})
    return {k: v for k, v in found.items() if isinstance(v, dict)} if isinstance(
        found, dict) else {}


def last_summary(store: Store) -> dict | None:
    """The last summary the employee received: of the latest conversation (by its date),
    the one opened last among summaries of the same day."""
    kept = received_summaries(store).values()
    return max(kept, key=lambda s: (str(s.get("date") or ""), str(s.get("received") or "")),
               default=None)


def received_name(store: Store) -> str:
    """The employee's name as the last summary from the leader spells it ("" if none):
    offered when the name is asked."""
    last = last_summary(store)
    name = last.get("person") if last else None
    return " ".join(name.split()) if isinstance(name, str) else ""


def received_goals(store: Store) -> list[str]:
    """The goals to report progress on: those of the last summary the employee received."""
    last = last_summary(store)
    goals = last.get("goals") if last else None
    return [g for g in goals if isinstance(g, str) and g.strip()] if isinstance(
        goals, list) else []


def is_leaders_store(store: Store) -> bool:
    """True for a leader's data directory: people other than the employee, or
    conversations. ``coach reflect`` refuses it (it would add "me" to the leader's team)."""
    return any(p.id != ME for p in store.people(include_archived=True)) or bool(
        store.conversations())


def set_name(store: Store, record: ImportedPreparation, name: str) -> Person | None:
    """The employee's name, asked once: put on the preparation, and on ``me`` (returned,
    for the caller to write with the preparation, see ``ReflectSession.persist``)."""
    name = " ".join(name.split())
    if not name:
        return None
    person = store.person(ME)
    person.name = name
    record.preparation.person = name
    return person


class ReflectSession:
    """One preparation being written. Changes happen in memory on the caller's thread;
    ``snapshot()`` gives the record to write and ``persist`` writes it (from any thread)."""

    def __init__(self, store: Store, record: ImportedPreparation, template: Template | None = None,
                 library: Library | None = None) -> None:
        self.store = store
        self.record = record
        self.template = template
        self.library = library

    @classmethod
    def open(cls, store: Store, library: Library, lang: str, *, template_id: str | None = None,
             daily: bool = False, name: str | None = None, new: bool = False,
             now: datetime | None = None) -> ReflectSession:
        """Take up the latest preparation of the kind (if recent), else start a new one."""
        now = now or utcnow()
        person = me(store, name)
        today = now.astimezone().date() if now.tzinfo else now.date()
        template = None
        if daily:
            wanted = DAILY
        else:
            template = pick_template(library, lang, template_id)
            wanted = template.id
        latest = None if new else latest_own(store, wanted)
        if latest is not None:
            fresh = latest.preparation.date >= today - timedelta(
                days=0 if daily else RESUME_DAYS)
            if fresh:
                if name and latest.preparation.person != person.name:
                    latest.preparation.person = person.name
                return cls(store, latest, template, library)
        if daily:
            prep = daily_preparation(library, lang, _name(person, name), today)
        else:
            prep = template_preparation(template, _name(person, name),  # type: ignore[arg-type]
                                        today)  # (not daily: a template was found above)
        record = ImportedPreparation(ME, prep, SOURCE, imported=now)
        session = cls(store, record, template, library)
        session.persist([session.snapshot()])
        return session

    @property
    def prep(self) -> Preparation:
        return self.record.preparation

    @property
    def daily(self) -> bool:
        return self.prep.template_id == DAILY

    def questions(self, section_id: str) -> list[str]:
        """The template's questions for a section (the texts), for the employee to think on."""
        if self.template is None or self.library is None:
            return []
        try:
            return [q.text for q in self.library.section_questions(self.template, section_id)]
        except KeyError:
            return []

    # -- changes ----------------------------------------------------------------------------
    def set_answer(self, section_id: str, text: str) -> bool:
        answer = self.prep.answer(section_id)
        if answer is None or answer.text == text:
            return False
        answer.text = text
        return True

    def set_needs(self, text: str) -> bool:
        if self.prep.needs == text:
            return False
        self.prep.needs = text
        return True

    def add_goal(self, goal: ProposedGoal) -> None:
        """A new report of progress on a goal replaces an earlier report on the same goal
        (the employee corrects it by reporting again)."""
        if goal.status is not None:
            key = " ".join(goal.statement.casefold().split())
            self.prep.goals = [g for g in self.prep.goals if g.status is None or
                               " ".join(g.statement.casefold().split()) != key]
        self.prep.goals.append(goal)

    def add_rating(self, rating: SelfRating) -> None:
        """A new rating of an area replaces an earlier rating of the same area."""
        key = rating.area.strip().casefold()
        self.prep.ratings = [r for r in self.prep.ratings if r.area.strip().casefold() != key]
        self.prep.ratings.append(rating)

    def remove_goal(self, index: int) -> None:
        if 0 <= index < len(self.prep.goals):
            del self.prep.goals[index]

    def remove_rating(self, index: int) -> None:
        if 0 <= index < len(self.prep.ratings):
            del self.prep.ratings[index]

    # -- writing ----------------------------------------------------------------------------
    def snapshot(self) -> ImportedPreparation:
        """A copy to write, so a worker never reads what the screen is changing."""
        return copy.deepcopy(self.record)

    def persist(self, records) -> None:
        for record in records:
            if isinstance(record, Person):
                self.store.save_person(record)
            else:
                self.store.save_preparation(record)

    def markdown(self) -> str:
        return render_preparation(self.prep)

    def default_file_name(self) -> str:
        return file_name(self.prep)



def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = folded.replace("ø", "o").replace("æ", "ae").replace("å", "a")
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:40]


def file_name(prep: Preparation) -> str:
    """``forberedelse-kari-nordmann-follow-up-2026-03-02.md``: the name, when known, so a
    leader with several files can tell whose is whose."""
    parts = [t("prep.file.prefix", prep.language), _slug(prep.person), prep.template_id,
             prep.date.isoformat()]
    return "-".join(p for p in parts if p) + ".md"


def _name(person: Person, given: str | None) -> str:
    """The employee's name for the file: empty until they have told it (``--name``)."""
    return person.name if given or person.name != ME else ""
