"""The set of files behind a store: the index, and person and conversation files on demand.

``Partitions`` opens the index (migrating an older schema), reads person and conversation
files the first time they are needed and caches them, queues writes inside ``batch()`` and
sweeps files that no index row points at. ``Store`` builds the repository API on top.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from coach.store import backups as _backups
from coach.store.errors import StoreCorrupt, StoreReadOnly, StoreSchemaError
from coach.store.files import fsync_dir, is_temp_name, remove_file
from coach.store.layout import (
    CONVERSATION_TABLES,
    CONVERSATIONS_DIR,
    INDEX_TABLES,
    PEOPLE_DIR,
    PERSON_TABLES,
    SCHEMA_VERSION,
    conversation_path,
    index_path,
    person_path,
)
from coach.store.migrations import meta_table, migrate, schema_version
from coach.store.storage import StoreFile, encode, parse


class Partitions:
    def __init__(self, data_dir: Path, *, read_only: bool) -> None:
        self.data_dir = data_dir
        self.read_only = read_only
        self._mutex = threading.RLock()
        self._batch_depth = 0
        self._pending: dict[Path, StoreFile] = {}
        self._people_files: dict[str, StoreFile | None] = {}
        self._conv_files: dict[str, StoreFile] = {}
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

    def _flush_pending(self) -> None:
        """Write every queued file (index last), then fsync each directory once."""
        folders = set()
        index = self._pending.pop(self._index.path, None)
        while self._pending:
            _, file = self._pending.popitem()
            file.flush(sync_dir=False)
            folders.add(file.path.parent)
        for folder in folders:
            fsync_dir(folder)
        if index is not None:
            index.flush()

    def _on_write(self, file: StoreFile) -> None:
        if self._batch_depth:
            self._pending[file.path] = file
        else:
            file.flush()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreReadOnly(self.data_dir)

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
        """Delete, in one listing of each folder, the temp files of a write killed half-way
        and the files no index row points at (left by a crash in forget or first save)."""
        for folder, table in ((PEOPLE_DIR, "people"), (CONVERSATIONS_DIR, "conversations")):
            directory = self.data_dir / folder
            try:
                names = os.listdir(directory)
            except FileNotFoundError:
                continue
            stored = {name[:-5] for name in names
                      if name.endswith(".json") and not name.startswith(".")}
            with self._mutex:
                for name in filter(is_temp_name, names):
                    with suppress(FileNotFoundError):
                        os.unlink(directory / name)
                for key in stored - self._index.keys(table):
                    remove_file(directory / f"{key}.json")
