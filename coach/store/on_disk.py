"""The store's files as they are on disk, for readers that keep their own derived copy.

``file_stamps`` says cheaply what may have changed (one directory listing and one ``stat``
per file: modification time, size and inode; an atomic replace always gives a new inode), so
a derived index can re-read only those files, whoever changed them (coach, a restore, a sync
tool, an editor). ``read_conversation`` and ``read_person`` parse one file without caching it
in the store (reading ten years of conversations must not keep them all in memory). Nothing
here knows what the reader does with the records.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from coach.domain.conversations import Entry
from coach.domain.records import from_dict
from coach.store.errors import StoreCorrupt
from coach.store.journal import pending
from coach.store.layout import (
    _SAFE_ID,
    CONVERSATION_TABLES,
    CONVERSATIONS_DIR,
    INDEX_FILE,
    PEOPLE_DIR,
    PERSON_TABLES,
    RESTORE_MARKER,
    conversation_path,
    person_path,
)
from coach.store.partitions import Partitions
from coach.store.storage import read_file
from coach.store.summaries import ConversationSummary

if TYPE_CHECKING:
    from coach.domain.actions import ActionItem
    from coach.domain.goals import Goal


Stamp = tuple[int, int, int]


def file_stamps(data_dir: Path) -> dict[str, Stamp]:
    """``{"conversations/<id>.json": (mtime_ns, size, inode), ...}`` for every store file
    (the index file as ``coach.json``); temp files and sync tools' conflict copies left
    out. One listing per folder and one
    ``stat`` per file: on ten years of conversations (3,300 files) about 10 ms."""
    out: dict[str, Stamp] = {}
    try:
        st = os.stat(data_dir / INDEX_FILE)
        out[INDEX_FILE] = (st.st_mtime_ns, st.st_size, st.st_ino)
    except FileNotFoundError:
        pass
    for sub in (CONVERSATIONS_DIR, PEOPLE_DIR):
        prefix = sub + "/"
        try:
            listing = os.scandir(data_dir / sub)
        except FileNotFoundError:
            continue
        with listing:
            for item in listing:
                name = item.name
                if name[-5:] == ".json" and _SAFE_ID.match(name[:-5]):  # no temp, no copy
                    try:
                        st = item.stat()
                    except FileNotFoundError:
                        continue
                    out[prefix + name] = (st.st_mtime_ns, st.st_size, st.st_ino)
    return out


def source_id(source: str) -> tuple[str, str]:
    """``("conversations", "<id>")`` for a key of ``file_stamps``."""
    folder, _, name = source.partition("/")
    return folder, name[:-5] if name.endswith(".json") else name


def _read(data_dir: Path, path: Path, tables: tuple[str, ...]):
    """A file's tables; a damaged file raises StoreCorrupt naming the newest good backup,
    as the store does."""
    try:
        return read_file(path, tables)
    except StoreCorrupt as exc:
        raise Partitions._annotate(exc, data_dir) from None


def restore_in_progress(data_dir: Path) -> bool:
    """True while a restore (or any change of several files, through the journal) is not
    finished: the files may be part old, part new until the next open finishes it."""
    return (data_dir / RESTORE_MARKER).exists() or pending(data_dir)


def read_conversation(data_dir: Path, conversation_id: str
                      ) -> tuple[ConversationSummary | None, list[Entry]]:
    """One conversation file: its row (None if the file holds none) and its entries.
    StoreCorrupt if the file is damaged or gone."""
    data = _read(data_dir, conversation_path(data_dir, conversation_id), CONVERSATION_TABLES)
    rows = list(data.get("conversation", {}).values())
    summary = ConversationSummary.from_row(rows[0]) if rows else None
    entries = [from_dict(Entry, d) for d in data.get("entries", {}).values()]
    return summary, sorted(entries, key=lambda e: e.created)


def read_person(data_dir: Path, person_id: str) -> tuple[list[ActionItem], list[Goal]]:
    """One person file's action items and goals. StoreCorrupt if damaged or gone."""
    # lazy: start-up (`coach search` opens no person file when its index is fresh)
    from coach.domain.actions import ActionItem
    from coach.domain.goals import Goal

    data = _read(data_dir, person_path(data_dir, person_id), PERSON_TABLES)
    actions = [from_dict(ActionItem, d) for d in data.get("actions", {}).values()]
    goals = [from_dict(Goal, d) for d in data.get("goals", {}).values()]
    return (sorted(actions, key=lambda a: a.created), sorted(goals, key=lambda g: g.created))
