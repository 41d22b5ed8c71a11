"""Schema versions and the steps between them.

``MIGRATIONS[n]`` turns a schema-``n`` store into schema ``n + 1``: it receives the parsed
index file and the data directory, may write other files, and returns the new index data.
The runner keeps a copy of the old index as ``backups/pre-migration-v<n>.json`` first and
replaces the index last, so a crash mid-way leaves the old schema in place to migrate again.

Schema 1 (the previous shape): a single ``coach.json`` holding everything (people,
objectives, settings, conversations with full documents, entries, actions, goals,
competence). Schema 2: the partitioned layout described in ``layout.py``. Schema 3: every
record that can hold user text says who may read it (``visibility``): action items (private
when a private entry raised them), goals' progress entries and imported preparations'
answers (shared, as they were treated).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coach.store.errors import StoreCorrupt
from coach.store.files import ensure_private_dir, write_atomic
from coach.store.layout import (
    CONVERSATIONS_DIR,
    PEOPLE_DIR,
    PERSON_TABLES,
    SCHEMA_VERSION,
    SUMMARY_FIELDS,
    conversation_path,
    index_path,
    person_path,
)
from coach.store.storage import Data, encode, parse

Step = Callable[[Path, Data], Data]


def schema_version(data: Data, path: Path) -> int:
    """The index's schema version; 1 when there is no meta table (the oldest shape)."""
    for doc in data.get("meta", {}).values():
        if "schema_version" in doc:
            version = doc["schema_version"]
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise StoreCorrupt(path, f"schema_version {version!r} is not a version")
            return version
    return 1


def meta_table(version: int = SCHEMA_VERSION) -> dict[str, dict[str, Any]]:
    return {"1": {"schema_version": version}}


def summary_row(conversation: dict[str, Any]) -> dict[str, Any]:
    return {field: conversation.get(field) for field in SUMMARY_FIELDS}


def _numbered(docs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(i): doc for i, doc in enumerate(docs, start=1)}


def migrate_1_to_2(data_dir: Path, data: Data) -> Data:
    """Split the single v1 file into the index, one file per person and per conversation."""
    ensure_private_dir(data_dir / PEOPLE_DIR)
    ensure_private_dir(data_dir / CONVERSATIONS_DIR)
    entries: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in data.get("entries", {}).values():
        entries[str(entry.get("conversation_id"))].append(entry)
    rows = []
    for conv in data.get("conversations", {}).values():
        conv_id = conv["id"]
        body = {"conversation": {"1": conv}, "entries": _numbered(entries.get(conv_id, []))}
        write_atomic(conversation_path(data_dir, conv_id), encode(body))
        rows.append(summary_row(conv))
    per_person: dict[str, Data] = defaultdict(lambda: {t: {} for t in PERSON_TABLES})
    for table in PERSON_TABLES:
        for doc in data.get(table, {}).values():
            owned = per_person[str(doc.get("person_id"))][table]
            owned[str(len(owned) + 1)] = doc
    people = {doc["id"] for doc in data.get("people", {}).values()}
    for person_id, body in per_person.items():
        if person_id in people:
            write_atomic(person_path(data_dir, person_id), encode(body))
    return {
        "meta": meta_table(2),
        "people": data.get("people", {}),
        "objectives": data.get("objectives", {}),
        "settings": data.get("settings", {}),
        "conversations": _numbered(rows),
    }


def _read_json(path: Path) -> Data | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    return parse(raw, path, ())


def migrate_2_to_3(data_dir: Path, data: Data) -> Data:
    """Give every action item, progress entry and preparation answer a visibility.

    An action item raised by a private entry becomes private (before schema 3 it was stored
    without a flag, and reached the next conversation's shared summary). Person files are
    rewritten one by one (atomically); the index is replaced last by the runner, so a crash
    here leaves schema 2 to migrate again, and a step already done is done again unchanged.
    """
    raised_privately: set[str] = set()
    for row in data.get("conversations", {}).values():
        body = _read_json(conversation_path(data_dir, str(row["id"])))
        for entry in (body or {}).get("entries", {}).values():
            if entry.get("visibility") == "private" and entry.get("action_id"):
                raised_privately.add(str(entry["action_id"]))
    for person in data.get("people", {}).values():
        path = person_path(data_dir, str(person["id"]))
        body = _read_json(path)
        if body is None:
            continue
        for action in body.get("actions", {}).values():
            private = action.get("visibility") == "private" or action.get("id") in raised_privately
            action["visibility"] = "private" if private else "shared"
        for goal in body.get("goals", {}).values():
            for progress in goal.get("progress") or []:
                progress.setdefault("visibility", "shared")
        for record in body.get("preparations", {}).values():
            for answer in (record.get("preparation") or {}).get("answers") or []:
                answer.setdefault("visibility", "shared")
        write_atomic(path, encode(body))
    out = dict(data)
    out["meta"] = meta_table(3)
    return out


MIGRATIONS: dict[int, Step] = {1: migrate_1_to_2, 2: migrate_2_to_3}


def migrate(data_dir: Path, data: Data, raw: bytes) -> Data:
    """Bring ``data`` (parsed from ``raw``, the index bytes) up to SCHEMA_VERSION."""
    path = index_path(data_dir)
    version = schema_version(data, path)
    if version >= SCHEMA_VERSION:
        return data
    backups = ensure_private_dir(data_dir / "backups")
    write_atomic(backups / f"pre-migration-v{version}.json", raw)
    try:
        while version < SCHEMA_VERSION:
            data = MIGRATIONS[version](data_dir, data)
            version += 1
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreCorrupt(path, f"cannot migrate from schema {version}: {exc!r}") from None
    write_atomic(path, encode(data))
    return data
