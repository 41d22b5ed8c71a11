"""Where each piece of data lives inside the data directory (schema 2 and on).

::

    coach.json                      index: meta, people, objectives, settings and one
                                    small summary row per conversation
    people/<person_id>.json         actions, goals, competence, imported preparations,
                                    imported reviews of summaries (a table added without a
                                    schema change: a file without it reads as having none)
    conversations/<id>.json         one conversation (sections, clock) and its entries
    backups/coach-YYYY-MM-DD.zip    daily backups; pre-restore-*.zip; pre-migration-v1.json
    coach.lock, coach.lock.json     the one-writer lock and who holds it
    journal.json, .staging/         an unfinished change of several files (see journal.py)

Saving a note rewrites one small conversation file, so its cost does not grow with history.
"""

from __future__ import annotations

import re
from pathlib import Path

SCHEMA_VERSION = 4

INDEX_FILE = "coach.json"
PEOPLE_DIR = "people"
CONVERSATIONS_DIR = "conversations"
BACKUP_DIR = "backups"
LOCK_FILE = "coach.lock"
OWNER_FILE = "coach.lock.json"
RESTORE_MARKER = "restore-in-progress.json"
#: An operation that changes several files: its plan, and its new files staged first.
JOURNAL_FILE = "journal.json"
STAGING_DIR = ".staging"

INDEX_TABLES = ("meta", "people", "objectives", "settings", "conversations")
PERSON_TABLES = ("actions", "goals", "competence", "preparations", "reviews")
CONVERSATION_TABLES = ("conversation", "entries")

#: Fields copied from a conversation into its index row.
SUMMARY_FIELDS = (
    "id", "person_id", "kind", "template_id", "status", "language", "title",
    "planned_at", "started_at", "ended_at", "created",
)

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")


def check_id(record_id: str) -> str:
    """Ids become file names: allow only plain ids (UUIDs and the like)."""
    if not isinstance(record_id, str) or not _SAFE_ID.match(record_id):
        raise ValueError(f"unsafe record id {record_id!r}")
    return record_id


def index_path(data_dir: Path) -> Path:
    return data_dir / INDEX_FILE


def person_path(data_dir: Path, person_id: str) -> Path:
    return data_dir / PEOPLE_DIR / f"{check_id(person_id)}.json"


def conversation_path(data_dir: Path, conversation_id: str) -> Path:
    return data_dir / CONVERSATIONS_DIR / f"{check_id(conversation_id)}.json"


def data_files(data_dir: Path) -> list[Path]:
    """Every store file on disk (not temp files, locks or backups), index first."""
    out = []
    index = index_path(data_dir)
    if index.exists():
        out.append(index)
    for sub in (PEOPLE_DIR, CONVERSATIONS_DIR):
        folder = data_dir / sub
        if folder.is_dir():
            # only files named for an id: not temps, nor a sync tool's conflict copies
            out.extend(sorted(p for p in folder.iterdir()
                              if p.suffix == ".json" and _SAFE_ID.match(p.stem)))
    return out


def is_store_member(name: str) -> bool:
    """True for a relative path (as in a backup zip) that names a store file."""
    if name == INDEX_FILE:
        return True
    parts = name.split("/")
    return (len(parts) == 2 and parts[0] in (PEOPLE_DIR, CONVERSATIONS_DIR)
            and parts[1].endswith(".json") and bool(_SAFE_ID.match(parts[1][:-5])))
