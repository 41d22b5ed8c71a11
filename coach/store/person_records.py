"""The records kept in a person's own file: action items, goals, competence areas, imported
preparations and reviews (one file per person, read the first time it is needed).

``PersonRecords`` adds them to the store's files (``Partitions``); ``Store`` is built on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coach.domain.records import from_dict, to_dict
from coach.store.partitions import Partitions, synchronized

# lazy: start-up -- the person file's record types are imported where they are read: the
# first screen opens the store before any person file is read (~5-10 ms of domain modules).
if TYPE_CHECKING:
    from coach.domain.actions import ActionItem
    from coach.domain.competence import CompetenceArea
    from coach.domain.goals import Goal
    from coach.domain.preparation import ImportedPreparation
    from coach.domain.review import ImportedReview


class PersonRecords(Partitions):
    """Reading and writing the person file's tables (each method under the store's lock)."""

    def _person_docs(self, person_id: str, table: str) -> list[dict[str, Any]]:
        file = self._person_file(person_id)
        return file.docs(table) if file is not None else []

    def _save_for_person(self, table: str, record: Any) -> None:
        self._writable()
        file = self._person_file(record.person_id, create=True)
        assert file is not None
        file.put(table, to_dict(record))

    def _delete_for_person(self, table: str, person_id: str, record_id: str) -> None:
        self._writable()
        file = self._person_file(person_id)
        if file is not None:
            file.remove(table, record_id)

    @synchronized
    def actions(self, person_id: str, *, open_only: bool = False) -> list[ActionItem]:
        from coach.domain.actions import ActionItem  # lazy: start-up (see above)

        found = [from_dict(ActionItem, d) for d in self._person_docs(person_id, "actions")]
        found = [a for a in found if a.is_open or not open_only]
        return sorted(found, key=lambda a: a.created)

    @synchronized
    def save_action(self, action: ActionItem) -> None:
        self._save_for_person("actions", action)

    @synchronized
    def delete_action(self, action: ActionItem) -> None:
        self._delete_for_person("actions", action.person_id, action.id)

    @synchronized
    def goals(self, person_id: str) -> list[Goal]:
        from coach.domain.goals import Goal  # lazy: start-up (see above)

        found = [from_dict(Goal, d) for d in self._person_docs(person_id, "goals")]
        return sorted(found, key=lambda g: g.created)

    @synchronized
    def save_goal(self, goal: Goal) -> None:
        self._save_for_person("goals", goal)

    @synchronized
    def delete_goal(self, goal: Goal) -> None:
        self._delete_for_person("goals", goal.person_id, goal.id)

    @synchronized
    def competence(self, person_id: str) -> list[CompetenceArea]:
        from coach.domain.competence import CompetenceArea  # lazy: start-up (see above)

        found = [from_dict(CompetenceArea, d) for d in self._person_docs(person_id, "competence")]
        return sorted(found, key=lambda c: (c.area.casefold(), c.created))

    @synchronized
    def save_competence(self, area: CompetenceArea) -> None:
        self._save_for_person("competence", area)

    @synchronized
    def delete_competence(self, area: CompetenceArea) -> None:
        self._delete_for_person("competence", area.person_id, area.id)

    @synchronized
    def preparations(self, person_id: str) -> list[ImportedPreparation]:
        """Preparations imported for a person, oldest first."""
        from coach.domain.preparation import ImportedPreparation  # lazy: start-up (see above)

        found = [from_dict(ImportedPreparation, d)
                 for d in self._person_docs(person_id, "preparations")]
        return sorted(found, key=lambda p: p.imported)

    @synchronized
    def save_preparation(self, record: ImportedPreparation) -> None:
        self._save_for_person("preparations", record)

    @synchronized
    def reviews(self, person_id: str) -> list[ImportedReview]:
        """The employee's reviews of summaries, imported by the leader, oldest first."""
        from coach.domain.review import ImportedReview  # lazy: start-up (see above)

        found = [from_dict(ImportedReview, d) for d in self._person_docs(person_id, "reviews")]
        return sorted(found, key=lambda r: r.imported)

    @synchronized
    def save_review(self, record: ImportedReview) -> None:
        self._save_for_person("reviews", record)
