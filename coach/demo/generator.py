"""The sample team behind `coach demo`, built as plain domain records from a seeded RNG.

``generate`` is pure: the same seed, language, size and ``today`` give the same records,
ids included. Writing them to a store is ``coach.demo.writer``'s job.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import ModuleType

from coach.demo import texts_en, texts_nb
from coach.demo.agenda import Agendas, fallback_agendas
from coach.demo.defaults import DEFAULT_PEOPLE, DEFAULT_YEARS
from coach.demo.history import PersonHistory
from coach.demo.schedule import person_schedule
from coach.demo.stamps import at, new_rng_id
from coach.domain.actions import ActionItem
from coach.domain.competence import CompetenceArea
from coach.domain.conversations import Conversation, Entry
from coach.domain.goals import Goal
from coach.domain.people import Person, UnitObjective

__all__ = ["DEFAULT_PEOPLE", "DEFAULT_YEARS", "DemoData", "generate"]


@dataclass
class DemoData:
    objectives: list[UnitObjective] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    competence: list[CompetenceArea] = field(default_factory=list)


def texts_for(lang: str) -> ModuleType:
    return texts_nb if lang == "nb" else texts_en


def _email(name: str, domain: str) -> str:
    plain = name.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    return ".".join(part for part in plain.replace("'", "").split()) + "@" + domain


def _names(rng: random.Random, texts: ModuleType, count: int) -> list[str]:
    names: list[str] = []
    firsts = list(texts.FIRST_NAMES)
    rng.shuffle(firsts)
    for i in range(count):
        first = firsts[i % len(firsts)]
        while True:
            name = f"{first} {rng.choice(texts.LAST_NAMES)}"
            if name not in names:
                break
        names.append(name)
    return names


def _objectives(rng: random.Random, texts: ModuleType, start: date,
                years: float) -> list[UnitObjective]:
    created = at(start)
    objectives = [
        UnitObjective(title, description, id=new_rng_id(rng), created=created)
        for title, description in texts.OBJECTIVES
    ]
    if years >= 3:
        title, description = texts.OLD_OBJECTIVE
        objectives.append(UnitObjective(title, description, active=False,
                                        id=new_rng_id(rng), created=created))
    return objectives


def generate(
    *,
    seed: int | None = None,
    lang: str = "en",
    people: int = DEFAULT_PEOPLE,
    years: float = DEFAULT_YEARS,
    today: date | None = None,
    agendas: Agendas | None = None,
) -> DemoData:
    """A sample team of ``people`` with ``years`` of completed conversations up to ``today``.

    ``agendas`` (kind -> sections) default to the built-in templates' fixed shape; pass
    ``coach.demo.agenda.load_agendas(lang)`` to use the loaded templates and question ids.
    """
    if people < 1 or years <= 0:
        raise ValueError("people and years must be positive")
    rng = random.Random(seed)
    today = today or date.today()
    texts = texts_for(lang)
    agendas = agendas or fallback_agendas(lang)
    span = max(1, round(years * 365))
    start = today - timedelta(days=span)
    data = DemoData(objectives=_objectives(rng, texts, start, years))
    active_objectives = [o for o in data.objectives if o.active]
    roles = list(texts.ROLES)
    for name in _names(rng, texts, people):
        joined = start
        if years >= 2 and rng.random() < 0.3:
            joined = start + timedelta(days=rng.randint(30, span // 2))
        cadence = rng.choice((30, 30, 30, 30, 14, 60))
        person = Person(
            name=name,
            role=rng.choice(roles),
            cadence_days=cadence,
            email=_email(name, texts.EMAIL_DOMAIN),
            id=new_rng_id(rng),
            created=at(joined),
        )
        data.people.append(person)
        history = PersonHistory(rng, lang, texts, person, agendas, active_objectives, today)
        for day, kind in person_schedule(rng, joined, today, cadence):
            history.hold(kind, day)
        data.conversations.extend(history.conversations)
        data.entries.extend(history.entries)
        data.actions.extend(history.actions)
        data.goals.extend(history.goals)
        data.competence.extend(history.competence)
    return data
