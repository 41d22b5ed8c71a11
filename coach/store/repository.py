"""The repository API: the one way the CLI and the TUI read and write coach's data.

Nothing outside coach/store touches TinyDB or the files directly. The layout is in
``layout.py``, the file handling in ``partitions.py``; each file is a ``StoreFile`` (a
TinyDB storage kept in memory, replaced atomically on every change). The index is read at
open; person and conversation files are read when first needed and cached. All methods are
safe to call from worker threads.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from coach.domain.conversations import Conversation, Entry
from coach.domain.people import Person, UnitObjective
from coach.domain.records import from_dict, to_dict
from coach.paths import ForeignFolder, private_dir
from coach.store import backups as _backups
from coach.store import check as _check
from coach.store import journal as _journal
from coach.store.errors import (
    BackupRefused,
    ReadOnlyReason,
    RestoreInterrupted,
    StoreCorrupt,
    StoreError,
    StoreFolderRefused,
    StoreLockLost,
)
from coach.store.files import ensure_private_dir, remove_stale_temps
from coach.store.layout import (
    BACKUP_DIR,
    CONVERSATIONS_DIR,
    PEOPLE_DIR,
    conversation_path,
    person_path,
)
from coach.store.lock import HeldElsewhere, WriterLock
from coach.store.migrations import summary_row
from coach.store.partitions import Partitions
from coach.store.summaries import ConversationSummary

if TYPE_CHECKING:  # the person file's records: imported where read, not at start-up
    from coach.domain.actions import ActionItem
    from coach.domain.competence import CompetenceArea
    from coach.domain.goals import Goal
    from coach.domain.preparation import ImportedPreparation
    from coach.domain.review import ImportedReview
    from coach.store.about import Mention

F = TypeVar("F", bound=Callable[..., Any])


def _recover(data_dir: Path, lock: WriterLock | None) -> _journal.Recovery | None:
    """Finish or undo an operation a crash cut off. A read-only open does it too if it can
    take the lock for a moment (else the writer that holds it is alive and will)."""
    if not _journal.pending(data_dir):
        return None
    if lock is not None:
        return _journal.recover(data_dir)
    probe = WriterLock(data_dir)
    try:
        probe.acquire()
    except (StoreError, HeldElsewhere, OSError):
        return None
    try:
        return _journal.recover(data_dir)
    except OSError:
        return None
    finally:
        probe.release()


def _synchronized(method: F) -> F:
    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


class Store(Partitions):
    def __init__(self, data_dir: Path, *, read_only: bool, lock: WriterLock | None,
                 keep_backups: int) -> None:
        self.keep_backups = keep_backups
        self._lock = lock
        self._backup_thread: threading.Thread | None = None
        #: Why the day's backup was not made (a StoreCorrupt or OSError), if it failed.
        self.backup_error: Exception | None = None
        #: Why the store is read-only (None when it is writable).
        self.read_only_reason: ReadOnlyReason | None = None  # type: ignore[assignment]
        #: An interrupted multi-file operation this open finished or undid (say so).
        self.recovered: _journal.Recovery | None = None
        super().__init__(data_dir, read_only=read_only)

    def _check_lock(self) -> None:
        """Before every write: the lock file must still be the one we hold (one stat)."""
        if self._lost is not None:
            raise self._lost
        if self._lock is not None:
            try:
                self._lock.verify()
            except StoreLockLost as exc:
                self._lost = exc
                self.read_only_reason = exc.reason
                raise

    @classmethod
    def open(cls, data_dir: Path, *, read_only: bool = False, backup: bool = True,
             keep_backups: int = _backups.DEFAULT_KEEP) -> Store:
        """Open (creating if needed, 0700) the data directory.

        Unless read_only, takes the one-writer lock for the store's lifetime; raises
        StoreLocked (naming pid and since when) if another process holds it. Raises
        StoreCorrupt (naming the file, the newest good backup and the restore command) for a
        damaged file, StoreFolderRefused for a folder another account owns and
        StoreLockSymlink for a symbolic link at the lock. Migrates an older schema. Makes
        the day's backup if due (backup=True), in a background thread, after checking that
        every file parses.

        A writable open falls back to read-only, with ``read_only_reason`` saying why, when
        the user made the folder read-only, its file system is mounted read-only, or its
        lock is held by coach on another machine (a synced folder).
        """
        data_dir = Path(data_dir)
        lock = None
        reason = ReadOnlyReason("requested", data_dir) if read_only else None
        try:
            state = private_dir(data_dir, create=not read_only, tighten=not read_only)
        except ForeignFolder as exc:
            raise StoreFolderRefused(exc.path, exc.owner) from None
        if not read_only and state in ("folder", "filesystem"):
            read_only, reason = True, ReadOnlyReason(state, data_dir)
        if not read_only:
            lock = WriterLock(data_dir)
            try:
                lock.acquire()
            except HeldElsewhere as exc:
                read_only, lock = True, None
                reason = ReadOnlyReason("other_machine", data_dir, host=exc.host,
                                        since=exc.since or "?")
        try:
            recovered = _recover(data_dir, lock)
            pending = _backups.read_restore_marker(data_dir)
            if pending is not None:
                raise RestoreInterrupted(data_dir, pending)
            if not read_only:
                for sub in (PEOPLE_DIR, CONVERSATIONS_DIR, BACKUP_DIR):
                    ensure_private_dir(data_dir / sub)
                remove_stale_temps(data_dir / BACKUP_DIR)
                remove_stale_temps(data_dir)
            store = cls(data_dir, read_only=read_only, lock=lock, keep_backups=keep_backups)
            store.read_only_reason = reason
            store.recovered = recovered
            if not read_only:
                store._sweep()  # the people and conversation folders' temps too
                if backup and not _backups.has_backup_for(data_dir, date.today()):
                    store._start_backup()
            return store
        except StoreCorrupt as exc:
            cls._annotate(exc, data_dir)
            if lock is not None:
                lock.release()
            raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    # life cycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.wait_for_backup()
        with self._mutex:
            try:
                self._flush_pending()
            finally:
                if self._lock is not None:
                    self._lock.release()
                    self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # backups ------------------------------------------------------------------------------
    def _start_backup(self) -> None:
        def run() -> None:
            try:
                _backups.make_backup(self.data_dir, keep=self.keep_backups)
            except StoreCorrupt as exc:
                self.backup_error = self._annotate(exc, self.data_dir)
            except (OSError, BackupRefused) as exc:
                self.backup_error = exc

        self._backup_thread = threading.Thread(target=run, name="coach-backup", daemon=True)
        self._backup_thread.start()

    def wait_for_backup(self) -> None:
        thread = self._backup_thread
        if thread is not None:
            thread.join()
            self._backup_thread = None

    def backups(self) -> list[_backups.BackupInfo]:
        """Every backup zip (name, created, size), newest first."""
        return _backups.list_backups(self.data_dir)

    def backup_now(self) -> _backups.BackupInfo:
        """Make (or refresh) today's backup now; StoreCorrupt if any file is damaged."""
        self._writable()
        self.wait_for_backup()
        with self._mutex:
            self._flush_pending()
            try:
                return _backups.make_backup(self.data_dir, keep=self.keep_backups)
            except StoreCorrupt as exc:
                raise self._annotate(exc, self.data_dir) from None

    def backup_before(self, op: str) -> _backups.BackupInfo:
        """A backup under a name of its own before a destructive operation ``op``
        (``coach-2026-12-01-before-demo-093012.zip``): never overwritten, never rotated.
        StoreCorrupt or BackupRefused (and no backup) if the store fails the check."""
        self._writable()
        self.wait_for_backup()
        with self._mutex:
            self._flush_pending()
            try:
                return _backups.backup_before(self.data_dir, op)
            except StoreCorrupt as exc:
                raise self._annotate(exc, self.data_dir) from None

    # integrity ----------------------------------------------------------------------------
    def quick_check(self) -> _check.CheckReport:
        """The cheap part of `coach check`, for the app at start-up: folder listings and the
        index held in memory (no other file is read). ``report.findings`` lists stray temp
        files, conflict copies, an interrupted journal, modes and rows whose file is gone."""
        with self._mutex:
            index = self._index.read()
            return _check.check(self.data_dir, quick=True, index=index)

    def conflict_copies(self) -> list[str]:
        """Sync tools' conflict copies in the data directory, by name (cheap)."""
        return _check.conflict_names(self.data_dir)

    # overview -----------------------------------------------------------------------------
    @_synchronized
    def is_empty(self) -> bool:
        """True when the store holds no people, objectives or conversations."""
        data = self._index.read()
        return not any(data.get(t) for t in ("people", "objectives", "conversations"))

    # people -------------------------------------------------------------------------------
    @_synchronized
    def people(self, *, include_archived: bool = False) -> list[Person]:
        """People sorted by name (casefolded)."""
        people = [from_dict(Person, d) for d in self._index.docs("people")]
        people = [p for p in people if include_archived or not p.archived]
        return sorted(people, key=lambda p: (p.name.casefold(), p.id))

    @_synchronized
    def person(self, person_id: str) -> Person:
        """KeyError if unknown."""
        doc = self._index.get("people", person_id)
        if doc is None:
            raise KeyError(f"unknown person {person_id}")
        return from_dict(Person, doc)

    @_synchronized
    def save_person(self, person: Person) -> None:
        self._writable()
        self._index.put("people", to_dict(person))

    @_synchronized
    def records_about(self, person_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every record stored about the person, table by table, as stored (copies): what
        a data access export must hold and what forgetting removes (see ``about.py``)."""
        from coach.store.about import records_about

        return records_about(self, person_id)

    @_synchronized
    def name_mentions(self, pattern, *, except_person: str) -> list[Mention]:
        """Where a name (a pattern from ``coach.domain.mentions.name_pattern``) stands in
        the records of everyone but ``except_person`` and in the unit's objectives."""
        from coach.store.about import name_mentions

        return name_mentions(self, pattern, except_person=except_person)

    def forget_person(self, person_id: str,
                      redactions: Iterable[tuple[Mention, str]] = ()) -> int:
        """Remove every trace of a person: record, conversations, entries, goals, etc.;
        and replace each mention in ``redactions`` (from ``name_mentions``) by its marker.

        All or nothing (one journal). Backups made before keep their copy until they rotate
        out. Returns how many mentions were replaced.
        """
        from coach.store.about import apply_redactions

        self._writable()
        self.wait_for_backup()
        with self._mutex, self.transaction("forget"):
            redacted = apply_redactions(self, redactions)
            conv_ids = [s.id for s in self.conversation_summaries(person_id)]
            self._index.remove("people", person_id)
            for conv_id in conv_ids:
                self._index.remove("conversations", conv_id)
                self._conv_files.pop(conv_id, None)
                self._remove(conversation_path(self.data_dir, conv_id))
            self._people_files.pop(person_id, None)
            self._remove(person_path(self.data_dir, person_id))
        return redacted

    # unit objectives ----------------------------------------------------------------------
    @_synchronized
    def objectives(self, *, include_inactive: bool = False) -> list[UnitObjective]:
        found = [from_dict(UnitObjective, d) for d in self._index.docs("objectives")]
        found = [o for o in found if include_inactive or o.active]
        return sorted(found, key=lambda o: o.created)

    @_synchronized
    def save_objective(self, objective: UnitObjective) -> None:
        self._writable()
        self._index.put("objectives", to_dict(objective))

    @_synchronized
    def delete_objective(self, objective_id: str) -> None:
        self._writable()
        self._index.remove("objectives", objective_id)

    # conversations ------------------------------------------------------------------------
    @_synchronized
    def conversation_summaries(self, person_id: str | None = None
                               ) -> list[ConversationSummary]:
        """Index rows only (no conversation file is read), oldest first by ``when``."""
        rows = [ConversationSummary.from_row(d) for d in self._index.peek("conversations")
                if person_id is None or d.get("person_id") == person_id]
        return sorted(rows, key=lambda r: r.when)

    @_synchronized
    def conversations(self, person_id: str | None = None) -> list[Conversation]:
        """Conversations (of one person, or all), oldest first by ``when``."""
        return [self.conversation(s.id) for s in self.conversation_summaries(person_id)]

    @_synchronized
    def conversation(self, conversation_id: str) -> Conversation:
        """KeyError if unknown."""
        docs = self._conv_file(conversation_id).docs("conversation")
        if not docs:
            raise KeyError(f"unknown conversation {conversation_id}")
        return from_dict(Conversation, docs[0])

    @_synchronized
    def save_conversation(self, conversation: Conversation) -> None:
        """Rewrites the conversation's file; touches the index only if its row changed."""
        self._writable()
        if self._index.get("people", conversation.person_id) is None:
            raise KeyError(f"unknown person {conversation.person_id}")
        doc = to_dict(conversation)
        self._conv_file(conversation.id, create=True).put("conversation", doc)
        self._index.put("conversations", summary_row(doc))

    @_synchronized
    def delete_conversation(self, conversation_id: str) -> None:
        self.delete_conversations([conversation_id], op="other")

    @_synchronized
    def delete_conversations(self, conversation_ids: list[str], *, op: str = "retention"
                             ) -> None:
        """Delete conversations (their rows and files), all or nothing (one journal)."""
        self._writable()
        with self.transaction(op):
            for conversation_id in conversation_ids:
                self._index.remove("conversations", conversation_id)
                self._conv_files.pop(conversation_id, None)
                self._remove(conversation_path(self.data_dir, conversation_id))

    @_synchronized
    def unfinished_conversations(self, person_id: str | None = None) -> list[Conversation]:
        """Conversations not finished (of one person, or all); only their files are read."""
        return [self.conversation(s.id) for s in self.conversation_summaries(person_id)
                if s.unfinished]

    # entries: the hot path while typing; cost must not grow with history -----------------
    @_synchronized
    def entries(self, conversation_id: str) -> list[Entry]:
        """Entries of one conversation, in creation order."""
        found = [from_dict(Entry, d) for d in self._conv_file(conversation_id).docs("entries")]
        return sorted(found, key=lambda e: e.created)

    @_synchronized
    def save_entry(self, entry: Entry) -> None:
        """Rewrites only that conversation's file. KeyError if the conversation is unknown."""
        self._writable()
        self._conv_file(entry.conversation_id).put("entries", to_dict(entry))

    @_synchronized
    def delete_entry(self, entry: Entry) -> None:
        self._writable()
        self._conv_file(entry.conversation_id).remove("entries", entry.id)

    # person-level records -----------------------------------------------------------------
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

    @_synchronized
    def actions(self, person_id: str, *, open_only: bool = False) -> list[ActionItem]:
        from coach.domain.actions import ActionItem

        found = [from_dict(ActionItem, d) for d in self._person_docs(person_id, "actions")]
        found = [a for a in found if a.is_open or not open_only]
        return sorted(found, key=lambda a: a.created)

    @_synchronized
    def save_action(self, action: ActionItem) -> None:
        self._save_for_person("actions", action)

    @_synchronized
    def delete_action(self, action: ActionItem) -> None:
        self._delete_for_person("actions", action.person_id, action.id)

    @_synchronized
    def goals(self, person_id: str) -> list[Goal]:
        from coach.domain.goals import Goal

        found = [from_dict(Goal, d) for d in self._person_docs(person_id, "goals")]
        return sorted(found, key=lambda g: g.created)

    @_synchronized
    def save_goal(self, goal: Goal) -> None:
        self._save_for_person("goals", goal)

    @_synchronized
    def delete_goal(self, goal: Goal) -> None:
        self._delete_for_person("goals", goal.person_id, goal.id)

    @_synchronized
    def competence(self, person_id: str) -> list[CompetenceArea]:
        from coach.domain.competence import CompetenceArea

        found = [from_dict(CompetenceArea, d) for d in self._person_docs(person_id, "competence")]
        return sorted(found, key=lambda c: (c.area.casefold(), c.created))

    @_synchronized
    def save_competence(self, area: CompetenceArea) -> None:
        self._save_for_person("competence", area)

    @_synchronized
    def delete_competence(self, area: CompetenceArea) -> None:
        self._delete_for_person("competence", area.person_id, area.id)

    @_synchronized
    def preparations(self, person_id: str) -> list[ImportedPreparation]:
        """Preparations imported for a person, oldest first."""
        from coach.domain.preparation import ImportedPreparation

        found = [from_dict(ImportedPreparation, d)
                 for d in self._person_docs(person_id, "preparations")]
        return sorted(found, key=lambda p: p.imported)

    @_synchronized
    def save_preparation(self, record: ImportedPreparation) -> None:
        self._save_for_person("preparations", record)

    @_synchronized
    def reviews(self, person_id: str) -> list[ImportedReview]:
        """The employee's reviews of summaries, imported by the leader, oldest first."""
        from coach.domain.review import ImportedReview

        found = [from_dict(ImportedReview, d) for d in self._person_docs(person_id, "reviews")]
        return sorted(found, key=lambda r: r.imported)

    @_synchronized
    def save_review(self, record: ImportedReview) -> None:
        self._save_for_person("reviews", record)

    # settings (small key/value, e.g. config the TUI remembers) ----------------------------
    @_synchronized
    def setting(self, key: str, default: object = None) -> object:
        doc = self._index.get("settings", key)
        return default if doc is None else doc.get("value", default)

    @_synchronized
    def set_setting(self, key: str, value: object) -> None:
        self._writable()
        self._index.put("settings", {"key": key, "value": value})

