"""The store's files as they are on disk, for readers that keep their own derived copy.

``file_stamps`` looks at every file (one listing per folder and one ``stat`` per file:
modification and change time, size and inode; an atomic replace always gives a new inode,
and nothing but the kernel sets the change time, so a file restored with its old mtime
still shows), so a derived index can re-read only those files, whoever changed them (coach,
a restore, a sync tool, an editor). Cheaper looks for a reader that has already seen every
file: ``folder_stat`` (a folder's stamp moves when a file is added, removed or renamed into
it, see ``coach.store.written``), ``folder_inodes`` (one listing, no ``stat``) and
``stamp_of`` (one file). ``read_conversation`` and ``read_person`` parse one file without
caching it in the store (reading ten years of conversations must not keep them all in
memory). Nothing here knows what the reader does with the records.

Start-up: ``coach search`` imports this module; the record types and the file parser are
imported only when a file is read (the one lazy import here, for that command's speed).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from coach.store.layout import (
    _SAFE_ID,
    CONVERSATION_TABLES,
    CONVERSATIONS_DIR,
    INDEX_FILE,
    JOURNAL_FILE,
    PEOPLE_DIR,
    PERSON_TABLES,
    RESTORE_MARKER,
    STAGING_DIR,
    conversation_path,
    person_path,
)

if TYPE_CHECKING:
    from coach.domain.actions import ActionItem
    from coach.domain.conversations import Entry
    from coach.domain.goals import Goal
    from coach.store.summaries import ConversationSummary


#: A file's stamp: (mtime_ns, ctime_ns, size, inode).
Stamp = tuple[int, int, int, int]
#: The folders of store files, beside the index file.
FOLDERS = (CONVERSATIONS_DIR, PEOPLE_DIR)


def _stamp(st: os.stat_result) -> Stamp:
    return (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)


#: A store file's name (an id, see ``layout._SAFE_ID``, and ``.json``): no temp file, no sync
#: tool's conflict copy. One match per name: a folder holds thousands.
_store_name = re.compile(_SAFE_ID.pattern.strip("^$") + r"\.json").fullmatch


def folder_stamps(data_dir: Path, sub: str) -> dict[str, Stamp]:
    """``{"<sub>/<id>.json": stamp, ...}`` for every store file in one folder: one listing
    and one ``stat`` per file (relative to the open folder)."""
    out: dict[str, Stamp] = {}
    try:
        fd = os.open(data_dir / sub, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except (FileNotFoundError, NotADirectoryError):
        return out
    prefix = sub + "/"
    stat = os.stat
    try:
        for name in os.listdir(fd):
            if _store_name(name):
                try:
                    st = stat(name, dir_fd=fd)
                except FileNotFoundError:
                    continue
                out[prefix + name] = (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)
    finally:
        os.close(fd)
    return out


def file_stamps(data_dir: Path) -> dict[str, Stamp]:
    """Every store file's stamp (the index file as ``coach.json``): on ten years of
    conversations (3,600 files) 10 to 20 ms."""
    out: dict[str, Stamp] = {}
    index = stamp_of(data_dir, INDEX_FILE)
    if index is not None:
        out[INDEX_FILE] = index
    for sub in FOLDERS:
        out.update(folder_stamps(data_dir, sub))
    return out


def stamp_of(data_dir: Path, source: str) -> Stamp | None:
    """One store file's stamp (``source`` as a key of ``file_stamps``), None if gone."""
    try:
        return _stamp(os.stat(data_dir / source))
    except (FileNotFoundError, NotADirectoryError):
        return None


def folder_stat(data_dir: Path, sub: str) -> os.stat_result | None:
    """The folder's own stat (None if it is not there)."""
    try:
        return os.stat(data_dir / sub)
    except (FileNotFoundError, NotADirectoryError):
        return None


def folder_inodes(data_dir: Path, sub: str) -> dict[str, int]:
    """``{"<sub>/<id>.json": inode, ...}`` from one listing of the folder, without a
    ``stat`` per file (the inode comes with the listing): a file added, removed or renamed
    into place shows here."""
    prefix = sub + "/"
    try:
        with os.scandir(data_dir / sub) as listing:
            return {prefix + e.name: e.inode() for e in listing if _store_name(e.name)}
    except (FileNotFoundError, NotADirectoryError):
        return {}


def source_id(source: str) -> tuple[str, str]:
    """``("conversations", "<id>")`` for a key of ``file_stamps``."""
    folder, _, name = source.partition("/")
    return folder, name[:-5] if name.endswith(".json") else name


def _read(data_dir: Path, path: Path, tables: tuple[str, ...]):
    """A file's tables; a damaged file raises StoreCorrupt naming the newest good backup,
    as the store does."""
    # lazy: start-up (the module's note: `coach search` with a fresh index reads no file)
    from coach.store.errors import StoreCorrupt
    from coach.store.storage import read_file

    try:
        return read_file(path, tables)
    except StoreCorrupt as exc:
        from coach.store.partitions import Partitions  # lazy: start-up (as above)

        raise Partitions._annotate(exc, data_dir) from None


def restore_in_progress(data_dir: Path) -> bool:
    """True while a restore (or any change of several files, through the journal) is not
    finished: the files may be part old, part new until the next open finishes it."""
    return any((data_dir / name).exists()  # the journal's two as ``journal.pending`` checks
               for name in (RESTORE_MARKER, JOURNAL_FILE, STAGING_DIR))


def read_conversation(data_dir: Path, conversation_id: str
                      ) -> tuple[ConversationSummary | None, list[Entry]]:
    """One conversation file: its row (None if the file holds none) and its entries.
    StoreCorrupt if the file is damaged or gone."""
    # lazy: start-up (the module's note)
    from coach.domain.conversations import Entry
    from coach.domain.records import from_dict
    from coach.store.summaries import ConversationSummary

    data = _read(data_dir, conversation_path(data_dir, conversation_id), CONVERSATION_TABLES)
    rows = list(data.get("conversation", {}).values())
    summary = ConversationSummary.from_row(rows[0]) if rows else None
    entries = [from_dict(Entry, d) for d in data.get("entries", {}).values()]
    return summary, sorted(entries, key=lambda e: e.created)


def read_person(data_dir: Path, person_id: str) -> tuple[list[ActionItem], list[Goal]]:
    """One person file's action items and goals. StoreCorrupt if damaged or gone."""
    # lazy: start-up (the module's note)
    from coach.domain.actions import ActionItem
    from coach.domain.goals import Goal
    from coach.domain.records import from_dict

    data = _read(data_dir, person_path(data_dir, person_id), PERSON_TABLES)
    actions = [from_dict(ActionItem, d) for d in data.get("actions", {}).values()]
    goals = [from_dict(Goal, d) for d in data.get("goals", {}).values()]
    return (sorted(actions, key=lambda a: a.created), sorted(goals, key=lambda g: g.created))
