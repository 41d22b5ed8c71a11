"""Schema versions and the steps between them.

``MIGRATIONS[n]`` turns a schema-``n`` store into schema ``n + 1``: it receives the data
directory, the parsed index file and a journal, stages the other files it writes in the
journal, and returns the new index data. The runner keeps a copy of the old index as
``backups/pre-migration-v<n>.json`` first (``-2``, ``-3``… if taken: never overwritten),
then commits the journal with the new index in it: a crash before the commit point leaves the
old schema in place to migrate again, one after it is finished on the next open.

Schema 1 (the previous shape): a single ``coach.json`` holding everything (people,
objectives, settings, conversations with full documents, entries, actions, goals,
competence). Schema 2: the partitioned layout described in ``layout.py``. Schema 3: every
record that can hold user text says who may read it (``visibility``): action items (private
when a private entry raised them), goals' progress entries and imported preparations'
answers (shared, as they were treated). Schema 4: the rest of the records that hold user text
say it too: competence areas and each change of their level, goals' revisions and the
comments of an employee's review (all shared, as they were treated).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coach.store.errors import StoreCorrupt
from coach.store.files import ensure_private_dir, unique_path, write_atomic
from coach.store.journal import Journal
from coach.store.layout import (
    CONVERSATIONS_DIR,
    INDEX_FILE,
    PEOPLE_DIR,
    PERSON_TABLES,
    SCHEMA_VERSION,
    SUMMARY_FIELDS,
    check_id,
    index_path,
)
from coach.store.storage import Data, encode, parse

Step = Callable[[Path, Data, Journal], Data]


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


def migrate_1_to_2(data_dir: Path, data: Data, journal: Journal) -> Data:
    """Split the single v1 file into the index, one file per person and per conversation."""
    entries: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in data.get("entries", {}).values():
        entries[str(entry.get("conversation_id"))].append(entry)
    rows = []
    for conv in data.get("conversations", {}).values():
        conv_id = conv["id"]
        body = {"conversation": {"1": conv}, "entries": _numbered(entries.get(conv_id, []))}
        journal.write(f"{CONVERSATIONS_DIR}/{check_id(conv_id)}.json", encode(body))
        rows.append(summary_row(conv))
    per_person: dict[str, Data] = defaultdict(lambda: {t: {} for t in PERSON_TABLES})
    for table in PERSON_TABLES:
        for doc in data.get(table, {}).values():
            owned = per_person[str(doc.get("person_id"))][table]
            owned[str(len(owned) + 1)] = doc
    people = {doc["id"] for doc in data.get("people", {}).values()}
    for person_id, body in per_person.items():
        if person_id in people:
            journal.write(f"{PEOPLE_DIR}/{check_id(person_id)}.json", encode(body))
    return {
        "meta": meta_table(2),
        "people": data.get("people", {}),
        "objectives": data.get("objectives", {}),
        "settings": data.get("settings", {}),
        "conversations": _numbered(rows),
    }


def _read_json(data_dir: Path, journal: Journal, member: str) -> Data | None:
    raw = journal.read(member)
    return None if raw is None else parse(raw, data_dir / member, ())


def migrate_2_to_3(data_dir: Path, data: Data, journal: Journal) -> Data:
    """Give every action item, progress entry and preparation answer a visibility.

    An action item raised by a private entry becomes private (before schema 3 it was stored
    without a flag, and reached the next conversation's shared summary). Person files are
    staged in the journal with the new index: all of them change, or none.
    """
    raised_privately: set[str] = set()
    for row in data.get("conversations", {}).values():
        body = _read_json(data_dir, journal, f"{CONVERSATIONS_DIR}/{check_id(str(row['id']))}.json")
        for entry in (body or {}).get("entries", {}).values():
            if entry.get("visibility") == "private" and entry.get("action_id"):
                raised_privately.add(str(entry["action_id"]))
    for person in data.get("people", {}).values():
        member = f"{PEOPLE_DIR}/{check_id(str(person['id']))}.json"
        body = _read_json(data_dir, journal, member)
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
        journal.write(member, encode(body))
    out = dict(data)
    out["meta"] = meta_table(3)
    return out


def migrate_3_to_4(data_dir: Path, data: Data, journal: Journal) -> Data:
    """Give competence areas, their level changes, goals' revisions and review comments a
    visibility (shared: so they were treated). Person files staged with the new index."""
    for person in data.get("people", {}).values():
        member = f"{PEOPLE_DIR}/{check_id(str(person['id']))}.json"
        body = _read_json(data_dir, journal, member)
        if body is None:
            continue
        for area in body.get("competence", {}).values():
            area.setdefault("visibility", "shared")
            for change in area.get("history") or []:
                change.setdefault("visibility", "shared")
        for goal in body.get("goals", {}).values():
            for revision in goal.get("history") or []:
                revision.setdefault("visibility", "shared")
        for record in body.get("reviews", {}).values():
            for comment in (record.get("review") or {}).get("comments") or []:
                comment.setdefault("visibility", "shared")
        journal.write(member, encode(body))
    out = dict(data)
    out["meta"] = meta_table(4)
    return out


MIGRATIONS: dict[int, Step] = {1: migrate_1_to_2, 2: migrate_2_to_3, 3: migrate_3_to_4}


def migrate(data_dir: Path, data: Data, raw: bytes) -> Data:
    """Bring ``data`` (parsed from ``raw``, the index bytes) up to SCHEMA_VERSION."""
    path = index_path(data_dir)
    version = schema_version(data, path)
    if version >= SCHEMA_VERSION:
        return data

    backups = ensure_private_dir(data_dir / "backups")
    write_atomic(unique_path(backups, f"pre-migration-v{version}", ".json"), raw)
    journal = Journal(data_dir, "migration")
    try:
        while version < SCHEMA_VERSION:
            data = MIGRATIONS[version](data_dir, data, journal)
            version += 1
        journal.write(INDEX_FILE, encode(data))
    except (KeyError, TypeError, ValueError) as exc:
        journal.discard()
        raise StoreCorrupt(path, f"cannot migrate from schema {version}: {exc!r}") from None
    except BaseException:
        journal.discard()
        raise
    journal.commit()
    return data
