"""One store file: a TinyDB ``Storage`` that keeps the parsed data in memory.

TinyDB reads through ``read()`` (no disk access after the first load); every change is a
``write()`` that replaces the file atomically (see ``files.write_atomic``), or is queued
while the store is inside ``Store.batch()``. The file format is TinyDB's own
(``{table: {doc_id: document}}``), UTF-8 with ``ensure_ascii=False``, so stock
``TinyDB(path)`` opens it. Documents are found by their own ``id`` (a UUID), never by
TinyDB's doc ids, which TinyDB reuses after deletes.

Single-document changes are made in place, O(1), instead of through ``Table.update``,
which rebuilds the whole table on every call: the index holds a row per conversation and
must stay cheap to change after ten years.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage

from coach.store.errors import StoreCorrupt, StoreReadOnly
from coach.store.files import write_atomic
from coach.store.written import noting

Data = dict[str, dict[str, dict[str, Any]]]

#: The field that identifies a document in each table (default "id").
KEY_FIELDS: dict[str, str] = {"settings": "key", "meta": None}  # type: ignore[dict-item]


def encode(data: Data) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def parse(raw: bytes, path: Path, tables: Iterable[str]) -> Data:
    """Parse and shape-check a store file; raise StoreCorrupt rather than guess."""
    if not raw.strip():
        raise StoreCorrupt(path, "empty file")
    try:
        # orjson reads the same JSON 2-3x faster (the ten-year index: ~4 ms against ~11
        # before the first screen). What it refuses (NaN, a lone surrogate, an integer
        # beyond 64 bits, bad UTF-8 or bad JSON) goes to the standard library, which
        # reads what it can and words the error, as before.
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise StoreCorrupt(path, "not valid UTF-8") from None
        except json.JSONDecodeError as exc:
            raise StoreCorrupt(path, f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise StoreCorrupt(path, f"top level is {type(data).__name__}, expected an object")
    for name in tables:
        data.setdefault(name, {})
    for name, table in data.items():
        if not isinstance(table, dict):
            raise StoreCorrupt(path, f"table {name!r} is {type(table).__name__}, not an object")
        key = KEY_FIELDS.get(name, "id")
        for doc_id, doc in table.items():
            if not doc_id.isdigit():
                raise StoreCorrupt(path, f"table {name!r}: document id {doc_id!r} is not a number")
            if not isinstance(doc, dict):
                raise StoreCorrupt(path, f"table {name!r}: document {doc_id} is not an object")
            if key is not None and not isinstance(doc.get(key), str):
                raise StoreCorrupt(path, f"table {name!r}: document {doc_id} has no {key!r}")
    return data


def read_file(path: Path, tables: Iterable[str]) -> Data:
    """A store file parsed; StoreCorrupt when missing. A folder in its place is left to
    raise IsADirectoryError, which ``coach.faults`` explains as such."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise StoreCorrupt(path, "the file is missing") from None
    return parse(raw, path, tables)


class StoreFile(Storage):
    """A parsed store file held in memory; changes replace the file atomically."""

    def __init__(self, path: Path, data: Data, *, read_only: bool,
                 on_write: Callable[[StoreFile], None]) -> None:
        self.path = path
        self.read_only = read_only
        self._data = data
        self._on_write = on_write
        self._keys: dict[str, dict[str, str]] = {}
        self._next: dict[str, int] = {}
        self.db = TinyDB(storage=lambda: self)

    @classmethod
    def load(cls, path: Path, tables: Iterable[str], **kw: Any) -> StoreFile:
        return cls(path, read_file(path, tables), **kw)

    @classmethod
    def empty(cls, path: Path, tables: Iterable[str], **kw: Any) -> StoreFile:
        return cls(path, {name: {} for name in tables}, **kw)

    # TinyDB's Storage interface ------------------------------------------------------------
    def read(self) -> Data:
        return self._data

    def write(self, data: Data) -> None:
        if self.read_only:
            raise StoreReadOnly(self.path.parent)
        self._data = data
        self._on_write(self)

    def close(self) -> None:
        """Nothing to release: the file is never held open."""

    def flush(self, *, sync_dir: bool = True) -> None:
        with noting(self.path):  # for the search index: see ``coach.store.written``
            write_atomic(self.path, encode(self._data), sync_dir=sync_dir)

    # documents by key ----------------------------------------------------------------------
    def _keymap(self, table: str) -> dict[str, str]:
        keys = self._keys.get(table)
        if keys is None:
            field = KEY_FIELDS.get(table, "id")
            raw = self._data.setdefault(table, {})
            keys = {doc[field]: doc_id for doc_id, doc in raw.items()}
            self._keys[table] = keys
            self._next[table] = max((int(i) for i in raw), default=0) + 1
        return keys

    def keys(self, table: str) -> set[str]:
        """The keys (ids) of ``table``'s documents, without copying a document."""
        return set(self._keymap(table))

    def peek(self, table: str) -> Iterable[dict[str, Any]]:
        """``table``'s documents as they are held, for reading only (no copies: cheap on a
        large index). Callers must not change them."""
        return self._data.get(table, {}).values()

    def docs(self, table: str) -> list[dict[str, Any]]:
        """Every document of ``table`` (copies made by TinyDB), in insertion order."""
        return [dict(doc) for doc in self.db.table(table).all()]

    def get(self, table: str, key: str) -> dict[str, Any] | None:
        doc_id = self._keymap(table).get(key)
        if doc_id is None:
            return None
        doc = self.db.table(table).get(doc_id=int(doc_id))
        return dict(doc) if doc is not None else None

    def put(self, table: str, doc: dict[str, Any]) -> bool:
        """Insert or replace the document with the same key. False if nothing changed."""
        if self.read_only:
            raise StoreReadOnly(self.path.parent)
        key = doc[KEY_FIELDS.get(table, "id")]
        keys = self._keymap(table)
        raw = self._data[table]
        doc_id = keys.get(key)
        old = raw.get(doc_id) if doc_id is not None else None
        if old == doc:
            return False
        if doc_id is None:
            doc_id = str(self._next[table])
            self._next[table] += 1
        raw[doc_id] = doc
        keys[key] = doc_id
        try:
            self.write(self._data)
        except BaseException:
            if old is None:
                del raw[doc_id]
                del keys[key]
            else:
                raw[doc_id] = old
            raise
        return True

    def remove(self, table: str, key: str) -> bool:
        if self.read_only:
            raise StoreReadOnly(self.path.parent)
        keys = self._keymap(table)
        doc_id = keys.pop(key, None)
        if doc_id is None:
            return False
        old = self._data[table].pop(doc_id)
        try:
            self.write(self._data)
        except BaseException:
            self._data[table][doc_id] = old
            keys[key] = doc_id
            raise
        return True
