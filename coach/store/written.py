"""What this process wrote to the store's folders, for readers that keep a derived copy.

A derived index (the search index) trusts a folder it has looked at whole as long as the
folder's own stamp (its mtime, ctime and inode) has not moved: adding, removing or renaming
a file into it moves that stamp, and every write of the store's is a rename. The store's
own writes move it too, so each is noted here as it is saved: the folder's stamp just
before the write began and just after it ended, and the file's name. A reader that finds a
folder's stamp moved from the one it saw to the current one by an unbroken chain of these
notes knows that only the noted files (and whatever one listing of the folder shows)
changed, and need not ``stat`` every file again. A broken chain (anyone else touched the
folder in between, or more was written than is kept) sends it back to looking at all.

Notes are kept per folder (by device and inode), in memory only, the last ``KEPT``.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

#: A folder's stamp: (mtime_ns, ctime_ns, inode).
FolderStamp = tuple[int, int, int]
#: Notes kept per folder; a reader further behind than that looks at the whole folder.
KEPT = 2000

_lock = threading.Lock()
_notes: dict[tuple[int, int], deque[Note]] = {}
_counts: dict[tuple[int, int], int] = {}


@dataclass(frozen=True)
class Note:
    seq: int  # 1, 2, … per folder
    before: FolderStamp | None
    after: FolderStamp | None
    name: str


def folder_stamp(st: os.stat_result) -> FolderStamp:
    return (st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _key(st: os.stat_result) -> tuple[int, int]:
    return (st.st_dev, st.st_ino)


def _stat(folder: Path) -> os.stat_result | None:
    try:
        return os.stat(folder)
    except OSError:
        return None


@contextmanager
def noting(path: Path) -> Iterator[None]:
    """Around a write (or removal) of ``path``: note it, with its folder's stamp before and
    after. Also when the write fails half-way (a temp file may have come and gone)."""
    folder = path.parent
    before = _stat(folder)
    try:
        yield
    finally:
        after = _stat(folder)
        if after is not None:
            key = _key(after)
            with _lock:
                seq = _counts.get(key, 0) + 1
                _counts[key] = seq
                _notes.setdefault(key, deque(maxlen=KEPT)).append(Note(
                    seq, folder_stamp(before) if before is not None else None,
                    folder_stamp(after), path.name))


def last_seq(st: os.stat_result) -> int:
    """The number of the newest note for the folder ``st`` is the stat of (0 for none)."""
    with _lock:
        return _counts.get(_key(st), 0)


def since(st: os.stat_result, seen: FolderStamp, seq: int) -> tuple[list[str], int] | None:
    """The names this process wrote in the folder (``st``: its stat now) after note
    ``seq``, and the newest note's number, if those writes alone explain its stamp moving
    from ``seen`` to now; None if they do not (someone else changed the folder in between,
    or notes were dropped)."""
    now = folder_stamp(st)
    with _lock:
        notes = [n for n in _notes.get(_key(st), ()) if n.seq > seq]
        newest = _counts.get(_key(st), 0)
    if not notes:
        return ([], seq) if now == seen else None
    if notes[0].seq != seq + 1:
        return None  # more was written than is kept
    stamp: FolderStamp | None = seen
    for note in notes:
        if note.before != stamp:
            return None
        stamp = note.after
    if stamp != now:
        return None
    return [n.name for n in notes], newest
