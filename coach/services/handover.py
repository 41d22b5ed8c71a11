"""The preparation handed over: importing an employee's file on the leader's side.

Plain Python over the Store API (no Textual), shared by ``coach import-prep`` and the
prepare view. A file that does not parse raises PreparationError and nothing is stored.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from coach.content import ContentError, Library, load_library
from coach.domain.competence import CompetenceArea
from coach.domain.goals import Goal, GoalStatus, ProgressEntry
from coach.domain.people import Person
from coach.domain.preparation import ImportedPreparation, Preparation, ProposedGoal, SelfRating
from coach.i18n import t
from coach.markdown.preparation import (  # noqa: F401  (PreparationError: what callers catch)
    KnownSections,
    PreparationError,
    Problem,
    Reading,
    read_reading,
    render_preparation,
)
from coach.markdown.preparation_writer import (  # noqa: F401  (the screens' words for it)
    reported_status,
)

if TYPE_CHECKING:
    from coach.store import Store


def known_sections(library: Library | None) -> KnownSections:
    """Every template's section headings and prompts, in every language, by section id:
    what lets a file's ``##`` headings be matched whatever their order or language."""
    if library is None:
        return KnownSections()
    titles: dict[str, list[str]] = {}
    prompts: dict[str, set[str]] = {}
    for template in library.templates():
        for section in template.sections:
            titles.setdefault(section.id, []).append(section.title)
            if section.prepare:
                prompts.setdefault(section.id, set()).add(section.prepare)
    return KnownSections(titles, prompts, {tpl.id for tpl in library.templates()})


def _library():
    try:
        return load_library()
    except ContentError:
        return None


def read_for_import(path: str | Path, library: Library | None = None) -> Reading:
    """Parse the file (PreparationError with file:line problems, OSError if unreadable);
    the Reading's warnings stop an import unless the leader insists."""
    return read_reading(Path(path).expanduser(), known_sections(library or _library()))


def import_warnings(reading: Reading, person: Person, path: str | Path) -> list[Problem]:
    """What should stop the import unless forced: the file's own warnings, and a name in
    the file that is not the person it is imported for."""
    out = list(reading.warnings)
    named, name = _fold(reading.preparation.person), _fold(person.name)
    if named and named != name and not name.startswith(named + " "):
        out.append(Problem.at(path, reading.lines.get("person"), "other_person",
                              found=reading.preparation.person, wanted=person.name))
    return out


def proposal_counts(prep: Preparation, lang: str) -> str:
    """"1 forslag til mål, framdrift på 1 mål, 1 egenvurdering": what waits for agreement
    (progress reported on a goal is not a proposed goal; none of a kind is left out, and
    all none reads "0 forslag til mål")."""
    progress = sum(1 for g in prep.goals if g.status is not None)
    counts = (("prep.count.goals", len(prep.goals) - progress),
              ("prep.count.progress", progress), ("prep.count.ratings", len(prep.ratings)))
    parts = [t(key, lang, count=n) for key, n in counts if n]
    return ", ".join(parts) or t("prep.count.goals", lang, count=0)


def preparation_markdown(prep: Preparation) -> str:
    """The preparation as the file an employee hands over."""
    return render_preparation(prep)


def store_preparation(store: Store, person: Person, prep: Preparation, source: str | Path
                      ) -> ImportedPreparation:
    record = ImportedPreparation(person.id, prep, str(source))
    store.save_preparation(record)
    return record


def latest_preparation(store: Store, person_id: str) -> ImportedPreparation | None:
    """The newest preparation imported for the person, if any."""
    found = store.preparations(person_id)
    return found[-1] if found else None


#: A preparation older than this (by its date) is not shown beside a new conversation.
FRESH_DAYS = 45


def current_preparation(store: Store, person_id: str, today: date) -> ImportedPreparation | None:
    """The latest imported preparation, if it is recent enough to belong to this meeting."""
    latest = latest_preparation(store, person_id)
    if latest is None or latest.preparation.date < today - timedelta(days=FRESH_DAYS):
        return None
    return latest


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def goal_accepted(goals: list[Goal], proposed: ProposedGoal) -> bool:
    """True when the person already has a goal with the proposal's statement."""
    return any(_fold(g.statement) == _fold(proposed.statement) for g in goals)


def progress_goal(goals: list[Goal], proposed: ProposedGoal) -> Goal | None:
    """The agreed goal that reported progress is about, while it waits for agreement
    (None for a new goal, an unknown goal, or progress already recorded)."""
    if proposed.status is None:
        return None

    same = [g for g in goals if _fold(g.statement) == _fold(proposed.statement)]
    # a goal reached once may be set again with the same words: the active one is meant
    goal = next((g for g in same if g.status is GoalStatus.ACTIVE), same[-1] if same else None)
    if goal is None or any(p.status is proposed.status and _fold(p.comment) == _fold(
            proposed.progress) for p in goal.progress):
        return None
    return goal


def accept_progress(goal: Goal, proposed: ProposedGoal, conversation_id: str | None) -> Goal:
    """The employee's reported progress, agreed: a progress entry on the goal (the caller
    saves it)."""
    goal.progress.append(ProgressEntry(proposed.status,  # type: ignore[arg-type]
                                       proposed.progress.strip(), proposed.percent,
                                       conversation_id=conversation_id))
    return goal


def accept_goal(person_id: str, proposed: ProposedGoal, conversation_id: str | None) -> Goal:
    """The goal both agreed on, made from the employee's proposal (the caller saves it)."""
    return Goal(person_id, proposed.statement.strip(), type=proposed.type, scope=proposed.scope,
                measure=proposed.measure.strip(), target_date=proposed.target_date,
                created_in=conversation_id)


def rating_recorded(areas: list[CompetenceArea], rating: SelfRating) -> bool:
    """True when the area already carries this self-rating."""
    return any(_fold(a.area) == _fold(rating.area) and a.self_rating == rating.depth
               for a in areas)


def accept_rating(areas: list[CompetenceArea], person_id: str, rating: SelfRating,
                  conversation_id: str | None) -> CompetenceArea:
    """Record the employee's self-rating on the area (added if new); the agreed level is
    never touched: a new area starts with no agreed level on record."""
    area = next((a for a in areas if _fold(a.area) == _fold(rating.area)), None)
    if area is None:
        area = CompetenceArea(person_id, rating.area.strip(), evidence=rating.comment.strip(),
                              category=rating.category.strip())
    area.set_self_rating(rating.depth, conversation_id)
    return area
