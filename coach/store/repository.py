"""The repository API: the one way the CLI and the TUI read and write coach's data.

SPEC (to be implemented): see the method docstrings. Nothing outside coach/store touches
TinyDB or the files directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coach.domain.actions import ActionItem
from coach.domain.competence import CompetenceArea
from coach.domain.conversations import Conversation, Entry
from coach.domain.goals import Goal
from coach.domain.people import Person, UnitObjective


class Store:
    @classmethod
    def open(cls, data_dir: Path, *, read_only: bool = False, backup: bool = True) -> Store:
        """Open (creating if needed, 0700) the data directory.

        Unless read_only, takes the one-writer lock for the store's lifetime; raises
        StoreLocked (naming pid and since when) if another process holds it. Raises
        StoreCorrupt (naming the file, the newest good backup and the restore command) for a
        damaged file. Migrates an older schema. Makes the day's backup if due (backup=True).
        """
        raise NotImplementedError

    read_only: bool
    data_dir: Path

    def close(self) -> None: ...
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc: object) -> None: ...

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Defer writes until the block ends (for bulk imports such as `coach demo`)."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        """True when the store holds no people, objectives or conversations."""
        raise NotImplementedError

    # people -------------------------------------------------------------------------------
    def people(self, *, include_archived: bool = False) -> list[Person]:
        """People sorted by name (casefolded)."""
        raise NotImplementedError

    def person(self, person_id: str) -> Person:
        """KeyError if unknown."""
        raise NotImplementedError

    def save_person(self, person: Person) -> None: ...
    def forget_person(self, person_id: str) -> None:
        """Remove every trace of a person: record, conversations, entries, goals, etc."""

    # unit objectives ----------------------------------------------------------------------
    def objectives(self, *, include_inactive: bool = False) -> list[UnitObjective]: ...
    def save_objective(self, objective: UnitObjective) -> None: ...

    # conversations ------------------------------------------------------------------------
    def conversations(self, person_id: str | None = None) -> list[Conversation]:
        """Conversations (of one person, or all), oldest first by ``when``."""
        raise NotImplementedError

    def conversation(self, conversation_id: str) -> Conversation: ...
    def save_conversation(self, conversation: Conversation) -> None: ...
    def delete_conversation(self, conversation_id: str) -> None: ...
    def unfinished_conversations(self) -> list[Conversation]: ...

    # entries: the hot path while typing; cost must not grow with history -----------------
    def entries(self, conversation_id: str) -> list[Entry]:
        """Entries of one conversation, in creation order."""
        raise NotImplementedError

    def save_entry(self, entry: Entry) -> None: ...
    def delete_entry(self, entry: Entry) -> None: ...

    # person-level records -----------------------------------------------------------------
    def actions(self, person_id: str, *, open_only: bool = False) -> list[ActionItem]: ...
    def save_action(self, action: ActionItem) -> None: ...
    def goals(self, person_id: str) -> list[Goal]: ...
    def save_goal(self, goal: Goal) -> None: ...
    def competence(self, person_id: str) -> list[CompetenceArea]: ...
    def save_competence(self, area: CompetenceArea) -> None: ...

    # settings (small key/value, e.g. config the TUI remembers) ----------------------------
    def setting(self, key: str, default: object = None) -> object: ...
    def set_setting(self, key: str, value: object) -> None: ...
