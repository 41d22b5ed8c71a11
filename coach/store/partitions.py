"""The set of files behind a store: the index, and person and conversation files on demand.

``Partitions`` opens the index (migrating an older schema), reads person and conversation
files the first time they are needed and caches them, queues writes inside ``batch()`` and
sweeps files that no index row points at. ``Store`` builds the repository API on top.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

from coach.store import backups as _backups
from coach.store.conflicts import is_conflict_name
from coach.store.errors import ReadOnlyReason, StoreCorrupt, StoreReadOnly, StoreSchemaError
from coach.store.files import fsync_dir, is_temp_name, remove_file
from coach.store.journal import Journal, recover
from coach.store.layout import (
    CONVERSATION_TABLES,
    CONVERSATIONS_DIR,
    INDEX_TABLES,
    JOURNAL_FILE,
    PEOPLE_DIR,
    PERSON_TABLES,
    SCHEMA_VERSION,
    conversation_path,
    index_path,
    person_path,
)
from coach.store.migrations import meta_table, migrate, schema_version, summary_row
from coach.store.storage import StoreFile, encode, parse
from coach.store.written import noting

F = TypeVar("F", bound=Callable[..., Any])


def synchronized(method: F) -> F:
    """A store method run under the store's lock (safe from worker threads)."""
    @functools.wraps(method)
    def wrapper(self: Partitions, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


class Partitions:
    def __init__(self, data_dir: Path, *, read_only: bool) -> None:
        self.data_dir = data_dir
        self.read_only = read_only
        self._mutex = threading.RLock()
        self._batch_depth = 0
        self._pending: dict[Path, StoreFile] = {}
        #: Inside ``transaction()``: its operation, and the files it deletes.
        self._txn: str | None = None
        self._deleted: set[Path] = set()
        self._people_files: dict[str, StoreFile | None] = {}
        self._conv_files: dict[str, StoreFile] = {}
        #: Set once the lock was found lost: every later write raises it.
        self._lost: StoreReadOnly | None = None
        self._index = self._open_index()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Defer writes until the block ends (for bulk imports such as `coach demo`).

        Every file changed in the block is written once, atomically, when it ends (also when
        the block raises: what was changed in memory reaches the disk).
        """
        with self._mutex:
            self._batch_depth += 1
            try:
                yield
            finally:
                self._batch_depth -= 1
                if self._batch_depth == 0:
                    self._flush_pending()

    @contextmanager
    def transaction(self, op: str) -> Iterator[None]:
        """All or nothing: every change made in the block (writes and deletions, of any
        number of files) reaches the disk through one journal when it ends, or none does.

        If the block raises, nothing is written and the store forgets what the block changed
        in memory (it reads its files again). A crash after the journal's commit point is
        finished on the next open, one before it undone (see ``journal.py``). ``op`` names
        the operation for that message ("demo", "forget", "retention", ...). Nested
        transactions join the outer one.
        """
        with self._mutex:
            if self._txn is not None:
                yield
                return
            self._writable()
            self._txn = op
            self._batch_depth += 1
            try:
                yield
            except BaseException:
                self._batch_depth -= 1
                self._abandon()
                raise
            self._batch_depth -= 1
            try:
                self._commit(op)
            except BaseException:
                self._abandon()
                raise
            finally:
                self._txn = None

    def _abandon(self) -> None:
        """Drop what a failed transaction changed in memory: read the files afresh."""
        self._txn = None
        self._pending.clear()
        self._deleted.clear()
        self._people_files.clear()
        self._conv_files.clear()
        self._index = self._open_index()

    def _commit(self, op: str) -> None:
        self._check_lock()
        journal = Journal(self.data_dir, op)
        index = self._pending.pop(self._index.path, None)
        try:
            for path, file in sorted(self._pending.items()):
                journal.write(path.relative_to(self.data_dir).as_posix(),
                              encode(file.read()))
            if index is not None:
                journal.write(index.path.relative_to(self.data_dir).as_posix(),
                              encode(index.read()))
            for path in sorted(self._deleted):
                journal.delete(path.relative_to(self.data_dir).as_posix())
            self._check_lock()
        except BaseException:
            journal.discard()
            raise
        self._pending.clear()
        self._deleted.clear()
        try:
            journal.commit()
        except BaseException:
            self._finish_or_stop()
            raise

    def _finish_or_stop(self) -> None:
        """A journal that failed after its commit point (an I/O error while renaming) is
        finished now if it can be; if not, the store stops writing until the next open
        finishes it, so that no later save is overwritten by that open's roll-forward."""
        if not (self.data_dir / JOURNAL_FILE).exists():
            return
        try:
            recover(self.data_dir)
        except (OSError, StoreCorrupt):
            reason = ReadOnlyReason("unfinished", self.data_dir)
            self._lost = StoreReadOnly(self.data_dir, reason)
            self.read_only_reason = reason

    def _remove(self, path: Path) -> None:
        """Delete a store file: queued inside a transaction, at once outside one."""
        if self._txn is not None:
            self._pending.pop(path, None)
            self._deleted.add(path)
        else:
            self._check_lock()
            with noting(path):
                remove_file(path)

    def _check_lock(self) -> None:
        """Raise (StoreLockLost) if writing is no longer safe; the Store checks its lock."""

    def _flush_pending(self) -> None:
        """Write every queued file (index last), then fsync each directory once.

        A file leaves the queue only once it is written: one whose write fails (a full
        disk) stays queued with the index, so the next flush (the next batch's end, the
        next write, or closing) writes it again. Its change is held in memory meanwhile,
        and a retried save that finds nothing new to change still reaches the disk."""
        if not self._pending:
            return
        self._check_lock()
        folders = set()
        try:
            for path in [p for p in self._pending if p != self._index.path]:
                file = self._pending[path]
                file.flush(sync_dir=False)
                del self._pending[path]
                folders.add(file.path.parent)
        finally:
            for folder in folders:
                fsync_dir(folder)
        index = self._pending.get(self._index.path)
        if index is not None:
            index.flush()
            del self._pending[self._index.path]

    def _on_write(self, file: StoreFile) -> None:
        if self._batch_depth:
            self._pending[file.path] = file
            self._deleted.discard(file.path)
        elif self._pending:  # a batch's file that failed to write: this write retries it
            self._pending[file.path] = file
            self._flush_pending()
        else:
            self._check_lock()
            file.flush()

    def _writable(self) -> None:
        if self._lost is not None:
            raise self._lost
        if self.read_only:
            raise StoreReadOnly(self.data_dir, getattr(self, "read_only_reason", None))

    # files --------------------------------------------------------------------------------
    @staticmethod
    def _annotate(exc: StoreCorrupt, data_dir: Path) -> StoreCorrupt:
        if exc.data_dir is None:
            exc.data_dir = data_dir
            exc.backup = _backups.newest_good_backup(data_dir)
        return exc

    def _load(self, path: Path, tables: tuple[str, ...]) -> StoreFile:
        try:
            return StoreFile.load(path, tables, read_only=self.read_only,
                                  on_write=self._on_write)
        except StoreCorrupt as exc:
            raise self._annotate(exc, self.data_dir) from None

    def _open_index(self) -> StoreFile:
        path = index_path(self.data_dir)
        if not path.exists():
            index = StoreFile.empty(path, INDEX_TABLES, read_only=self.read_only,
                                    on_write=self._on_write)
            index.read()["meta"] = meta_table()
            if not self.read_only:
                index.flush()
            return index
        raw = path.read_bytes()
        data = parse(raw, path, INDEX_TABLES)
        version = schema_version(data, path)
        if version > SCHEMA_VERSION:
            raise StoreSchemaError(path, version, SCHEMA_VERSION)
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StoreSchemaError(path, version, SCHEMA_VERSION, read_only=True)
            data = parse(encode(migrate(self.data_dir, data, raw)), path, INDEX_TABLES)
        return StoreFile(path, data, read_only=self.read_only, on_write=self._on_write)

    def _person_file(self, person_id: str, *, create: bool = False) -> StoreFile | None:
        file = self._people_files.get(person_id)
        if file is None:
            path = person_path(self.data_dir, person_id)
            if path.exists():
                file = self._load(path, PERSON_TABLES)
            elif create:
                if self._index.get("people", person_id) is None:
                    raise KeyError(f"unknown person {person_id}")
                file = StoreFile.empty(path, PERSON_TABLES, read_only=self.read_only,
                                       on_write=self._on_write)
            else:
                return None
            self._people_files[person_id] = file
        return file

    def _conv_file(self, conversation_id: str, *, create: bool = False) -> StoreFile:
        file = self._conv_files.get(conversation_id)
        if file is None:
            path = conversation_path(self.data_dir, conversation_id)
            known = self._index.get("conversations", conversation_id) is not None
            if known or (create and path.exists()):
                file = self._load(path, CONVERSATION_TABLES)
            elif create:
                file = StoreFile.empty(path, CONVERSATION_TABLES, read_only=self.read_only,
                                       on_write=self._on_write)
            else:
                raise KeyError(f"unknown conversation {conversation_id}")
            self._conv_files[conversation_id] = file
        return file

    def _sweep(self) -> None:
        """In one listing of each folder: delete the temp files of a write killed half-way,
        and take back into the index a conversation file no row points at (a crash between
        a first save's two files, or a folder synced file by file) when its person is
        known; a file with no conversation record in it is a leftover and deleted. Any
        other file is left for `coach check` to name: never deleted on a guess (in a synced
        folder it may be the other machine's newest work)."""
        for folder, table in ((PEOPLE_DIR, "people"), (CONVERSATIONS_DIR, "conversations")):
            directory = self.data_dir / folder
            try:
                names = os.listdir(directory)
            except FileNotFoundError:
                continue
            stored = {name[:-5] for name in names
                      if name.endswith(".json") and not name.startswith(".")
                      and not is_conflict_name(name)}
            with self._mutex:
                for name in filter(is_temp_name, names):
                    with suppress(FileNotFoundError):
                        os.unlink(directory / name)
                if table != "conversations":
                    continue
                for key in stored - self._index.keys(table):
                    path = directory / f"{key}.json"
                    try:
                        data = parse(path.read_bytes(), path, CONVERSATION_TABLES)
                    except (OSError, StoreCorrupt):
                        continue
                    docs = list(data["conversation"].values())
                    if not docs and not data["entries"]:
                        remove_file(path)
                    elif (len(docs) == 1 and docs[0].get("id") == key
                          and self._index.get("people",
                                              docs[0].get("person_id"))):  # type: ignore[arg-type]
                        self._index.put("conversations", summary_row(docs[0]))
