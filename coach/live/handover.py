"""The preparation handed over: importing an employee's file on the leader's side.

Plain Python over the Store API (no Textual), shared by ``coach import-prep`` and the
prepare view. A file that does not parse raises PreparationError and nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

from coach.domain.people import Person
from coach.domain.preparation import ImportedPreparation, Preparation
from coach.markdown.preparation import read_preparation


def read_for_import(path: str | Path) -> Preparation:
    """Parse the file (PreparationError with file:line problems, OSError if unreadable)."""
    return read_preparation(Path(path).expanduser())


def store_preparation(store, person: Person, prep: Preparation, source: str | Path
                      ) -> ImportedPreparation:
    record = ImportedPreparation(person.id, prep, str(source))
    store.save_preparation(record)
    return record


def latest_preparation(store, person_id: str) -> ImportedPreparation | None:
    """The newest preparation imported for the person, if any."""
    found = store.preparations(person_id)
    return found[-1] if found else None
