"""What changed in a store's files since the search index last looked, and how cheaply to
find out.

Two ways to look (``Freshness.look``):

- **Whole**: one ``stat`` of every store file (``coach.store.on_disk.file_stamps``; 3,600
  files in ten years, 10 to 60 ms on a loaded machine). It sees every change, also a file
  rewritten in place (``>>``, an editor or ``cp`` writing into the old file). Done the first
  time a process looks (so every ``coach search`` and the app's first search), and again
  when ``due`` (``PERIOD`` after the last one; the search screen then does it in the
  background, after showing its hits).
- **Quick**, any other time: one ``stat`` of each folder and of the index file. A folder's
  stamp (mtime, ctime, inode) moves when a file is added, removed or renamed into it, and
  every write of coach's, a sync tool's (Syncthing: a temp file renamed), ``rsync``'s, and
  most editors' is a rename. A folder whose stamp has not moved since it was looked at is
  trusted whole. One whose stamp moved only by coach's own saves in this process (their
  chain of notes, ``coach.store.written``) is listed once (names and inodes, no ``stat``),
  and only the noted files and those the listing shows new, gone or replaced are looked at.
  Any other move sends the look back to whole.

A folder's stamp is trusted only once its change time is ``MARGIN_NS`` older than the look
that recorded it: a second rename within the same tick of the file system's clock would
leave the stamp as it was, so until then each quick look lists the folder again.

What a quick look cannot see: a file rewritten in place, which moves no folder stamp. That
is seen by the next whole look: the next process, or ``PERIOD`` later in the app.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from coach.store import written
from coach.store.layout import INDEX_FILE
from coach.store.on_disk import (
    FOLDERS,
    Stamp,
    file_stamps,
    folder_inodes,
    folder_stat,
    stamp_of,
)

#: Seconds after a whole look before the next one is due (the app does it in the background).
PERIOD = 300.0
#: How much older than the look a folder's change time must be for its stamp to be trusted.
MARGIN_NS = 2_000_000_000


@dataclass(frozen=True)
class Folder:
    """A folder as last looked at: its stamp, the newest own-write note taken into account,
    and whether the stamp can be trusted (see ``MARGIN_NS``)."""

    stamp: written.FolderStamp
    seq: int
    settled: bool


@dataclass
class Look:
    """What one look found. ``whole``: ``stamps`` holds every file and the caller compares
    it with what the index holds; else ``changed`` and ``gone`` say it."""

    whole: bool
    stamps: dict[str, Stamp]
    folders: dict[str, Folder]
    changed: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    at: float = 0.0


class Freshness:
    """One process's view of a data directory's store files, for the search index."""

    def __init__(self, data_dir: Path, *, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], int] = time.time_ns) -> None:
        self.data_dir = Path(data_dir)
        self._clock = clock
        self._wall = wall
        #: Every file's stamp as last taken in (None: nothing looked at yet).
        self.stamps: dict[str, Stamp] | None = None
        self._folders: dict[str, Folder] = {}
        self._whole_at: float | None = None
        #: How the last look was made: "whole", "quick" or "listed" (for tests and benches).
        self.last = ""

    def forget(self) -> None:
        """Start again from a whole look (the index was thrown away)."""
        self.stamps, self._folders, self._whole_at = None, {}, None

    def due(self) -> bool:
        """True if a whole look is due (never made, or ``PERIOD`` ago)."""
        return self._whole_at is None or self._clock() - self._whole_at >= PERIOD

    def look(self, *, whole: bool = False) -> Look:
        """What changed; a whole look if asked for, if this is the first, or if the quick
        one cannot tell."""
        if not whole and self.stamps is not None:
            quick = self._quick()
            if quick is not None:
                return quick
        return self._whole()

    def take(self, look: Look) -> None:
        """Take in what ``look`` found, once the index holds it."""
        self.stamps = look.stamps
        self._folders = look.folders
        if look.whole:
            self._whole_at = look.at

    # the two looks --------------------------------------------------------------------------
    def _folder(self, sub: str, start: int) -> Folder | None:
        st = folder_stat(self.data_dir, sub)
        if st is None:
            return None
        return Folder(written.folder_stamp(st), written.last_seq(st),
                      st.st_ctime_ns < start - MARGIN_NS)

    def _whole(self) -> Look:
        at, start = self._clock(), self._wall()
        folders = {}  # before the listing: whatever changes after it moves these stamps
        for sub in FOLDERS:
            folder = self._folder(sub, start)
            if folder is not None:
                folders[sub] = folder
        self.last = "whole"
        return Look(True, file_stamps(self.data_dir), folders, at=at)

    def _quick(self) -> Look | None:
        """None when a whole look is needed."""
        assert self.stamps is not None
        start = self._wall()
        stamps = dict(self.stamps)
        look = Look(False, stamps, {})
        self._check(INDEX_FILE, look)
        listed = False
        for sub in FOLDERS:
            seen = self._folders.get(sub)
            st = folder_stat(self.data_dir, sub)
            if st is None or seen is None:
                if st is None and seen is None:
                    continue  # no such folder, as before
                return None
            stamp = written.folder_stamp(st)
            if stamp == seen.stamp and seen.settled:
                look.folders[sub] = seen
                continue
            noted = written.since(st, seen.stamp, seen.seq)
            if noted is None:
                return None  # moved by someone else than this process's saves
            names, seq = noted
            listed = True
            prefix = sub + "/"
            inodes = folder_inodes(self.data_dir, sub)
            suspects = {prefix + name for name in names}
            suspects.update(path for path, inode in inodes.items()
                            if path not in self.stamps or self.stamps[path][3] != inode)
            suspects.update(path for path in self.stamps
                            if path.startswith(prefix) and path not in inodes)
            for path in sorted(suspects):
                self._check(path, look)
            look.folders[sub] = Folder(stamp, seq, st.st_ctime_ns < start - MARGIN_NS)
        self.last = "listed" if listed else "quick"
        return look

    def _check(self, path: str, look: Look) -> None:
        """Look at one file: changed, gone or as it was."""
        now = stamp_of(self.data_dir, path)
        if now is None:
            if look.stamps.pop(path, None) is not None:
                look.gone.append(path)
        elif look.stamps.get(path) != now:
            look.stamps[path] = now
            look.changed.append(path)
