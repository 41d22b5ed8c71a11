"""The repository API: the one way the CLI and the TUI read and write coach's data.

Nothing outside coach/store touches TinyDB or the files directly. The layout is in
``layout.py``, the file handling in ``partitions.py``, opening in ``opening.py``, the
person file's records in ``person_records.py``; each file is a ``StoreFile`` (a
TinyDB storage kept in memory, replaced atomically on every change). The index is read at
open; person and conversation files are read when first needed and cached. All methods are
safe to call from worker threads.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.domain.conversations import Conversation, Entry
from coach.domain.people import Person, UnitObjective
from coach.domain.records import from_dict, to_dict
from coach.store import backups as _backups
from coach.store import journal as _journal
from coach.store.conflicts import conflict_names
from coach.store.errors import (
    BackupRefused,
    ReadOnlyReason,
    StoreCorrupt,
    StoreError,
    StoreLockLost,
)
from coach.store.layout import conversation_path, person_path
from coach.store.lock import WriterLock
from coach.store.migrations import summary_row
from coach.store.opening import open_store
from coach.store.partitions import synchronized
from coach.store.person_records import PersonRecords
from coach.store.summaries import ConversationSummary

if TYPE_CHECKING:
    from coach.store.about import Mention
    from coach.store.check import CheckReport


class Store(PersonRecords):
    """A data directory opened (``Store.open``): the repository API over its files."""

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
        """Open (creating if needed, 0700) the data directory: the lock taken unless
        read_only, an interrupted operation finished, the day's backup begun. Its rules and
        errors: ``coach.store.opening.open_store``."""
        return open_store(cls, data_dir, read_only=read_only, backup=backup,
                          keep_backups=keep_backups)

    # life cycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.wait_for_backup()
        with self._mutex:
            try:
                # Only what a failed batch left queued is pending here (the save that
                # queued it raised, and the user was told): one last try; with the disk
                # still full the files stay as they are on disk.
                with suppress(OSError, StoreError):
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
    def quick_check(self) -> CheckReport:
        """The cheap part of `coach check`, for the app at start-up: folder listings and the
        index held in memory (no other file is read). ``report.findings`` lists stray temp
        files, conflict copies, an interrupted journal, modes and rows whose file is gone."""
        # lazy: start-up (~4 ms; the app asks after its first paint)
        from coach.store import check as _check

        with self._mutex:
            index = self._index.read()
            return _check.check(self.data_dir, quick=True, index=index)

    def conflict_copies(self) -> list[str]:
        """Sync tools' conflict copies in the data directory, by name (cheap)."""
        return conflict_names(self.data_dir)

    # overview -----------------------------------------------------------------------------
    @synchronized
    def is_empty(self) -> bool:
        """True when the store holds no people, objectives or conversations."""
        data = self._index.read()
        return not any(data.get(t) for t in ("people", "objectives", "conversations"))

    # people -------------------------------------------------------------------------------
    @synchronized
    def people(self, *, include_archived: bool = False) -> list[Person]:
        """People sorted by name (casefolded)."""
        people = [from_dict(Person, d) for d in self._index.docs("people")]
        people = [p for p in people if include_archived or not p.archived]
        return sorted(people, key=lambda p: (p.name.casefold(), p.id))

    @synchronized
    def person(self, person_id: str) -> Person:
        """KeyError if unknown."""
        doc = self._index.get("people", person_id)
        if doc is None:
            raise KeyError(f"unknown person {person_id}")
        return from_dict(Person, doc)

    @synchronized
    def save_person(self, person: Person) -> None:
        self._writable()
        self._index.put("people", to_dict(person))

    @synchronized
    def records_about(self, person_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every record stored about the person, table by table, as stored (copies): what
        a data access export must hold and what forgetting removes (see ``about.py``)."""
        from coach.store.about import records_about  # lazy: start-up (see forget_person)

        return records_about(self, person_id)

    @synchronized
    def name_mentions(self, pattern, *, except_person: str) -> list[Mention]:
        """Where a name (a pattern from ``coach.domain.mentions.name_pattern``) stands in
        the records of everyone but ``except_person`` and in the unit's objectives."""
        from coach.store.about import name_mentions  # lazy: start-up (see forget_person)

        return name_mentions(self, pattern, except_person=except_person)

    def forget_person(self, person_id: str,
                      redactions: Iterable[tuple[Mention, str]] = ()) -> int:
        """Remove every trace of a person: record, conversations, entries, goals, etc.;
        and replace each mention in ``redactions`` (from ``name_mentions``) by its marker.

        All or nothing (one journal). Backups made before keep their copy until they rotate
        out. Returns how many mentions were replaced.
        """
        # lazy: start-up -- what a data access request and forgetting need (coach.store.about
        # and the name matching it loads) is not loaded with the store for every screen.
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
    @synchronized
    def objectives(self, *, include_inactive: bool = False) -> list[UnitObjective]:
        found = [from_dict(UnitObjective, d) for d in self._index.docs("objectives")]
        found = [o for o in found if include_inactive or o.active]
        return sorted(found, key=lambda o: o.created)

    @synchronized
    def save_objective(self, objective: UnitObjective) -> None:
        self._writable()
        self._index.put("objectives", to_dict(objective))

    @synchronized
    def delete_objective(self, objective_id: str) -> None:
        self._writable()
        self._index.remove("objectives", objective_id)

    # conversations ------------------------------------------------------------------------
    @synchronized
    def conversation_summaries(self, person_id: str | None = None
                               ) -> list[ConversationSummary]:
        """Index rows only (no conversation file is read), oldest first by ``when``."""
        rows = [ConversationSummary.from_row(d) for d in self._index.peek("conversations")
                if person_id is None or d.get("person_id") == person_id]
        return sorted(rows, key=lambda r: r.when)

    @synchronized
    def conversations(self, person_id: str | None = None) -> list[Conversation]:
        """Conversations (of one person, or all), oldest first by ``when``."""
        return [self.conversation(s.id) for s in self.conversation_summaries(person_id)]

    @synchronized
    def conversation(self, conversation_id: str) -> Conversation:
        """KeyError if unknown."""
        docs = self._conv_file(conversation_id).docs("conversation")
        if not docs:
            raise KeyError(f"unknown conversation {conversation_id}")
        return from_dict(Conversation, docs[0])

    @synchronized
    def save_conversation(self, conversation: Conversation) -> None:
        """Rewrites the conversation's file; touches the index only if its row changed."""
        self._writable()
        if self._index.get("people", conversation.person_id) is None:
            raise KeyError(f"unknown person {conversation.person_id}")
        doc = to_dict(conversation)
        self._conv_file(conversation.id, create=True).put("conversation", doc)
        self._index.put("conversations", summary_row(doc))

    @synchronized
    def delete_conversation(self, conversation_id: str) -> None:
        self.delete_conversations([conversation_id], op="other")

    @synchronized
    def delete_conversations(self, conversation_ids: list[str], *, op: str = "retention"
                             ) -> None:
        """Delete conversations (their rows and files), all or nothing (one journal)."""
        self._writable()
        with self.transaction(op):
            for conversation_id in conversation_ids:
                self._index.remove("conversations", conversation_id)
                self._conv_files.pop(conversation_id, None)
                self._remove(conversation_path(self.data_dir, conversation_id))

    @synchronized
    def unfinished_conversations(self, person_id: str | None = None) -> list[Conversation]:
        """Conversations not finished (of one person, or all); only their files are read."""
        return [self.conversation(s.id) for s in self.conversation_summaries(person_id)
                if s.unfinished]

    # entries: the hot path while typing; cost must not grow with history -----------------
    @synchronized
    def entries(self, conversation_id: str) -> list[Entry]:
        """Entries of one conversation, in creation order."""
        found = [from_dict(Entry, d) for d in self._conv_file(conversation_id).docs("entries")]
        return sorted(found, key=lambda e: e.created)

    @synchronized
    def save_entry(self, entry: Entry) -> None:
        """Rewrites only that conversation's file. KeyError if the conversation is unknown."""
        self._writable()
        self._conv_file(entry.conversation_id).put("entries", to_dict(entry))

    @synchronized
    def delete_entry(self, entry: Entry) -> None:
        self._writable()
        self._conv_file(entry.conversation_id).remove("entries", entry.id)

    # settings (small key/value, e.g. config the TUI remembers) ----------------------------
    @synchronized
    def setting(self, key: str, default: object = None) -> object:
        doc = self._index.get("settings", key)
        return default if doc is None else doc.get("value", default)

    @synchronized
    def set_setting(self, key: str, value: object) -> None:
        self._writable()
        self._index.put("settings", {"key": key, "value": value})

