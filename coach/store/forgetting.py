"""What of a forgotten person remains in backups, when it rotates out, and removing it now.

``Store.forget_person`` removes a person from the live files; backups made before still hold
a copy. :func:`backups_holding` finds them and says when each is rotated out: the daily
backups keep the newest ``keep`` (one a day at most, made on a day coach opens the store), so
the backup ``i`` places from the newest goes after ``keep - i`` more daily backups, which is
a date at the earliest. Pre-restore backups rotate only when a restore makes a new one.

:func:`purge_backup` rewrites one backup zip without the person: the index without their row
and their conversations' rows, without their person file and conversation files, every other
member byte for byte. The new zip is written to a temp file (0600), synced and renamed over
the old one; its date is kept so it keeps its place in the rotation.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from coach.store.backups import PRE_RESTORE_PREFIX, backup_dir, daily_name, is_daily
from coach.store.files import atomic_output
from coach.store.layout import CONVERSATIONS_DIR, INDEX_FILE, PEOPLE_DIR, check_id
from coach.store.storage import encode, parse


@dataclass(frozen=True)
class HeldBackup:
    """A file in the backups folder that still holds the person."""

    path: Path
    #: "daily", "pre-restore" or "other" (such as the copy kept by a schema migration).
    kind: str
    #: Daily backups: how many more daily backups push this one out.
    newer_needed: int | None = None
    #: Daily backups: the earliest day it is deleted (if coach is opened every day).
    expires: date | None = None

    @property
    def name(self) -> str:
        return self.path.name


def _holds(path: Path, needle: bytes) -> bool:
    """True if any member of the zip (or the plain file) mentions the id."""
    if path.suffix != ".zip":
        try:
            return needle in path.read_bytes()
        except OSError:
            return False
    try:
        with zipfile.ZipFile(path) as zf:
            return any(needle in zf.read(info) for info in zf.infolist())
    except Exception:  # BadZipFile, zlib.error (a flipped byte), EOFError, OSError...
        # A zip we cannot read may hold anyone: list it rather than promise it is clean.
        return True


def backups_holding(data_dir: Path, person_id: str, *, keep: int,
                    today: date | None = None) -> list[HeldBackup]:
    """Every backup file that still holds ``person_id``, newest daily backup first."""
    check_id(person_id)
    today = today or date.today()
    folder = backup_dir(Path(data_dir))
    if not folder.is_dir():
        return []
    files = sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")),
                   key=lambda p: p.name, reverse=True)
    daily = [p for p in files if is_daily(p.name)]
    # The next daily backup is made today if there is none for today yet, else tomorrow.
    first_next = today + timedelta(days=1 if (folder / daily_name(today)).exists() else 0)
    needle = person_id.encode()
    out = []
    for path in files:
        if not _holds(path, needle):
            continue
        if path in daily:
            needed = max(keep - daily.index(path), 1)
            out.append(HeldBackup(path, "daily", needed, first_next + timedelta(days=needed - 1)))
        elif path.name.startswith(PRE_RESTORE_PREFIX) and path.suffix == ".zip":
            out.append(HeldBackup(path, "pre-restore"))
        else:
            out.append(HeldBackup(path, "other"))
    return out


def _without_person(index_raw: bytes, person_id: str) -> tuple[bytes, set[str]]:
    """The index without the person and their conversation rows; and those conversations."""
    data = parse(index_raw, Path(INDEX_FILE), ())
    people = data.get("people", {})
    conversations = data.get("conversations", {})
    gone = {doc["id"] for doc in conversations.values() if doc.get("person_id") == person_id}
    data["people"] = {k: d for k, d in people.items() if d.get("id") != person_id}
    data["conversations"] = {k: d for k, d in conversations.items()
                             if d.get("person_id") != person_id}
    return encode(data), gone


def _conversation_of(raw: bytes) -> str | None:
    """The person a conversation file belongs to, if it says."""
    try:
        data = json.loads(raw.decode("utf-8"))
        row: Any = next(iter(data.get("conversation", {}).values()), {})
        return row.get("person_id")
    except (ValueError, AttributeError, TypeError):
        return None


def purge_backup(path: Path, person_id: str) -> bool:
    """Rewrite the backup zip at ``path`` without ``person_id``; True if anything changed.

    Raises zipfile.BadZipFile, OSError or StoreCorrupt (a damaged index) and then leaves
    the file as it was.
    """
    check_id(person_id)
    path = Path(path)
    st = path.stat()
    with zipfile.ZipFile(path) as zf:
        members = [(info, zf.read(info)) for info in zf.infolist()]
    names = {info.filename for info, _ in members}
    gone: set[str] = set()
    kept: list[tuple[zipfile.ZipInfo, bytes]] = []
    if INDEX_FILE in names:
        index = next(raw for info, raw in members if info.filename == INDEX_FILE)
        new_index, gone = _without_person(index, person_id)
    changed = False
    for info, raw in members:
        member = info.filename
        if member == INDEX_FILE:
            changed |= new_index != raw
            raw = new_index
        elif member == f"{PEOPLE_DIR}/{person_id}.json":
            changed = True
            continue
        elif member.startswith(f"{CONVERSATIONS_DIR}/") and (
            member[len(CONVERSATIONS_DIR) + 1:-5] in gone or _conversation_of(raw) == person_id
        ):
            changed = True
            continue
        kept.append((info, raw))
    if not changed:
        return False
    with atomic_output(path) as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, raw in kept:
            copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            copy.compress_type = zipfile.ZIP_DEFLATED
            copy.external_attr = 0o600 << 16
            zf.writestr(copy, raw)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    return True


def still_holds(path: Path, person_id: str) -> bool:
    return _holds(Path(path), person_id.encode())
