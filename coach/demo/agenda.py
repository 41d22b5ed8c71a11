"""The agendas demo conversations follow: from the built-in templates when they load,
else from a fixed copy of their section ids and time boxes (so the generator never depends on
content files to work)."""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.content import load_library
from coach.demo import texts_en, texts_nb


@dataclass(frozen=True)
class AgendaSection:
    id: str
    title: str
    minutes: int
    question_ids: tuple[str, ...] = field(default=())


#: kind -> ((section id, minutes), ...): the built-in templates' shape.
FALLBACK = {
    "follow-up": (("since-last-time", 5), ("goals-and-plans", 7), ("learning", 5),
                  ("ahead", 5), ("support", 5), ("other", 3)),
    "goal-setting": (("unit-goals", 10), ("own-goals", 15), ("tasks-roles", 15),
                     ("agree-goals", 15), ("summary", 5)),
    "evaluation": (("looking-back", 10), ("goals-results", 15), ("competence", 15),
                   ("learning", 10), ("ahead", 5), ("summary", 5)),
    "annual": (("looking-back", 15), ("wellbeing", 10), ("now", 10), ("work-goals", 10),
               ("development-goals", 10), ("competence", 10), ("summary", 10)),
    "check-in": (("since-last-time", 5), ("now", 7), ("support", 3)),
}

Agendas = dict[str, tuple[AgendaSection, ...]]


def fallback_agendas(lang: str) -> Agendas:
    titles = (texts_nb if lang == "nb" else texts_en).SECTION_TITLES
    return {
        kind: tuple(AgendaSection(sid, titles.get(sid, sid), minutes) for sid, minutes in spec)
        for kind, spec in FALLBACK.items()
    }


def load_agendas(lang: str) -> Agendas:
    """The built-in templates' sections and question ids in ``lang``; the fixed copy for any
    kind whose template is missing or does not load."""
    agendas = fallback_agendas(lang)
    try:
        library = load_library()
    except Exception:  # noqa: BLE001 - demo data must not fail because content is broken
        return agendas
    for kind in agendas:
        try:
            template = library.template(kind, lang)
        except KeyError:
            continue
        agendas[kind] = tuple(
            AgendaSection(s.id, s.title, int(s.minutes), tuple(s.question_ids))
            for s in template.sections
        )
    return agendas
