"""Conflict copies written by file-sync tools, and git merge markers, in a data directory.

When two machines change the same file before they sync, the sync tool keeps both: the
other machine's version under a name of its own. coach must never ignore one (the other
machine's notes would vanish from view). The names each tool uses:

- Syncthing: ``<name>.sync-conflict-YYYYMMDD-HHMMSS-ABCDEFG.json``
- Nextcloud / ownCloud: ``<name> (conflicted copy YYYY-MM-DD HHMMSS).json``
- Dropbox: ``<name> (<machine>'s conflicted copy YYYY-MM-DD).json``
- git: a merge leaves ``<<<<<<<`` / ``=======`` / ``>>>>>>>`` lines inside the file itself.

Merging a copy into its file is ``coach/store/merging.py``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from coach.store.layout import CONVERSATIONS_DIR, PEOPLE_DIR

# Patterns, compiled by ``re`` at their first use (and cached there), not at import: every
# store open imports this module, and nearly none meets a conflict copy.
_SYNCTHING = r"^(?P<stem>.+)\.sync-conflict-\d{8}-\d{6}-[A-Za-z0-9]{7}(?P<ext>\.\w+)$"
_PAREN = r"^(?P<stem>.+?) \((?P<what>[^()]*conflicted copy[^()]*)\)(?P<ext>\.\w+)$"
_MARKER = rb"^(<{7}|={7}|>{7})( |$)"


@dataclass(frozen=True)
class ConflictCopy:
    """A sync tool's copy of ``original`` (which may no longer exist)."""

    path: Path
    original: Path
    #: "Syncthing", "Nextcloud" or "Dropbox".
    tool: str


def conflict_of(path: Path) -> ConflictCopy | None:
    """The conflict copy ``path`` is, judged by its name; None for an ordinary file."""
    name = path.name
    found = re.match(_SYNCTHING, name)
    if found:
        tool = "Syncthing"
    else:
        found = re.match(_PAREN, name)
        if not found:
            return None
        tool = "Nextcloud" if found["what"].startswith("conflicted copy") else "Dropbox"
    return ConflictCopy(path, path.with_name(found["stem"] + found["ext"]), tool)


def is_conflict_name(name: str) -> bool:
    """``conflict_of(name) is not None``, judged without building a path or running a
    pattern for an ordinary name (each pattern needs its literal words in the name): the
    store's open sweeps thousands of names."""
    if ".sync-conflict-" not in name and "conflicted copy" not in name:
        return False
    return conflict_of(Path(name)) is not None


def find_conflicts(data_dir: Path) -> list[ConflictCopy]:
    """Every conflict copy in the data directory and its two folders: three listings, no
    file read (cheap enough for the home screen to call at start)."""
    out = []
    for folder in (data_dir, data_dir / PEOPLE_DIR, data_dir / CONVERSATIONS_DIR):
        try:
            names = sorted(os.listdir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for name in names:
            copy = conflict_of(folder / name)
            if copy is not None:
                out.append(copy)
    return out


def conflict_names(data_dir: Path) -> list[str]:
    """The conflict copies in the data directory, by name (for the home screen's line):
    three folder listings, no file read."""
    return [c.path.relative_to(data_dir).as_posix() for c in find_conflicts(Path(data_dir))]


def has_merge_markers(raw: bytes) -> bool:
    """True if ``raw`` holds git's conflict lines (a merge that was not resolved)."""
    return b"<<<<<<<" in raw and bool(re.search(_MARKER, raw, re.MULTILINE))


def split_merge(raw: bytes) -> tuple[bytes, bytes] | None:
    """Both sides of a git conflict in ``raw`` ("ours", "theirs"); None if it has none or
    they are malformed. Lines outside the conflict blocks go to both sides."""
    ours: list[bytes] = []
    theirs: list[bytes] = []
    state = "both"
    for line in raw.splitlines(keepends=True):
        head = line[:7]
        if head == b"<<<<<<<" and state == "both":
            state = "ours"
        elif head == b"|||||||" and state == "ours":
            state = "base"
        elif head == b"=======" and state in ("ours", "base"):
            state = "theirs"
        elif head == b">>>>>>>" and state == "theirs":
            state = "both"
        elif state == "both":
            ours.append(line)
            theirs.append(line)
        elif state == "ours":
            ours.append(line)
        elif state == "theirs":
            theirs.append(line)
    if state != "both":
        return None
    return b"".join(ours), b"".join(theirs)
