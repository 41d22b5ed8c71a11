"""All or nothing for changes of several files: a journal, rolled forward after a crash.

An operation that changes more than one file (``demo --force``, ``restore``, ``forget``,
``retention --delete``, a schema migration) goes through a :class:`Journal`:

1. ``.staging/intent.json`` names the operation; every new file is written (and fsynced)
   into ``.staging/`` first. Nothing the store reads has changed yet.
2. **The commit point**: ``journal.json`` is written atomically; it lists every change
   (``{"path": "people/x.json", "staged": "3"}`` or ``{"path": …, "delete": true}``).
3. The changes are applied in order: each staged file renamed over its target (new files
   first, the index after them, deletions last), each directory fsynced.
4. ``journal.json`` is removed, then ``.staging/``.

On the next open (under the writer lock), :func:`recover` finds what a crash left: a
``journal.json`` means the operation was committed, so it is **finished** (every step is
idempotent: a staged file already renamed is simply gone, a file already deleted stays
deleted); ``.staging/`` without a journal means it was not, so it is **undone** (the staged
files are deleted; the store was never touched). Either way it says which.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coach.i18n import t
from coach.store.errors import StoreCorrupt
from coach.store.files import ensure_private_dir, fsync_dir, open_private, write_atomic
from coach.store.layout import INDEX_FILE, JOURNAL_FILE, STAGING_DIR, is_store_member

INTENT_FILE = "intent.json"
OPERATIONS = ("demo", "restore", "forget", "retention", "migration", "repair", "other")


@dataclass(frozen=True)
class Recovery:
    """What :func:`recover` did with an interrupted operation: ``finished`` or ``undone``."""

    action: str
    op: str
    started: str

    def explain(self, lang: str) -> str:
        op = self.op if self.op in OPERATIONS else "other"
        return t(f"journal.{self.action}", lang, op=t(f"journal.op.{op}", lang),
                 started=self.started or "?")


class Journal:
    """Stage new files and deletions; ``commit()`` makes them all happen, or none."""

    def __init__(self, data_dir: Path, op: str) -> None:
        self.data_dir = Path(data_dir)
        self.op = op
        self.started = datetime.now().astimezone().isoformat(timespec="seconds")
        self.staging = self.data_dir / STAGING_DIR
        self._changes: dict[str, dict] = {}
        self._count = 0
        self._opened = False

    def _open(self) -> None:
        if self._opened:
            return
        if self.staging.exists():  # left by a crash before its journal: never ours to keep
            shutil.rmtree(self.staging)
        ensure_private_dir(self.staging)
        self._put(INTENT_FILE, json.dumps({"op": self.op, "started": self.started}).encode())
        self._opened = True

    def _put(self, name: str, data: bytes) -> None:
        fd = open_private(self.staging / name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    def write(self, member: str, data: bytes) -> None:
        """Stage ``data`` as the new content of ``member`` (a path inside the store)."""
        _check_member(member)
        self._open()
        self._count += 1
        name = str(self._count)
        self._put(name, data)
        self._changes[member] = {"path": member, "staged": name}

    def read(self, member: str) -> bytes | None:
        """``member`` as it will be after the commit: staged, deleted (None) or on disk (None
        if absent), so that a later migration step sees what an earlier one wrote."""
        _check_member(member)
        change = self._changes.get(member)
        if change is not None:
            return None if change.get("delete") else (self.staging / change["staged"]
                                                      ).read_bytes()
        try:
            return (self.data_dir / member).read_bytes()
        except FileNotFoundError:
            return None

    def delete(self, member: str) -> None:
        _check_member(member)
        self._changes[member] = {"path": member, "delete": True}

    def __len__(self) -> int:
        return len(self._changes)

    def commit(self) -> None:
        """The commit point, then every change applied; nothing to do for no changes."""
        if not self._changes:
            if self._opened:
                shutil.rmtree(self.staging, ignore_errors=True)
            return
        writes = [c for c in self._changes.values() if "staged" in c]
        writes.sort(key=lambda c: c["path"] == INDEX_FILE)
        deletes = [c for c in self._changes.values() if c.get("delete")]
        plan = {"op": self.op, "started": self.started, "changes": writes + deletes}
        try:
            self._open()
            fsync_dir(self.staging)
            write_atomic(self.data_dir / JOURNAL_FILE,
                         json.dumps(plan, ensure_ascii=False).encode("utf-8"))
        except BaseException:
            self.discard()
            raise
        apply(self.data_dir, plan)

    def discard(self) -> None:
        """Give up before the commit point: the staged files go, the store is untouched."""
        if not (self.data_dir / JOURNAL_FILE).exists():
            shutil.rmtree(self.staging, ignore_errors=True)


def _check_member(member: str) -> None:
    if not is_store_member(member):
        raise ValueError(f"not a store file: {member!r}")


def apply(data_dir: Path, plan: dict) -> None:
    """Carry out a committed plan (again, if a crash cut it off), then clear the journal."""
    staging = data_dir / STAGING_DIR
    folders: set[Path] = set()
    for change in plan["changes"]:
        target = data_dir / change["path"]
        if change.get("delete"):
            try:
                os.unlink(target)
            except FileNotFoundError:
                continue
        else:
            staged = staging / change["staged"]
            if not staged.exists():
                continue  # applied before the crash
            ensure_private_dir(target.parent)
            os.replace(staged, target)
        folders.add(target.parent)
    for folder in folders:
        fsync_dir(folder)
    os.unlink(data_dir / JOURNAL_FILE)
    fsync_dir(data_dir)
    shutil.rmtree(staging, ignore_errors=True)


def _read_plan(path: Path) -> dict:
    try:
        plan = json.loads(path.read_bytes().decode("utf-8"))
        changes = plan["changes"]
        for change in changes:
            _check_member(change["path"])
            if not change.get("delete"):
                name = str(change["staged"])
                if not name.isdigit():
                    raise ValueError(name)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreCorrupt(path, f"not a journal coach can finish: {exc}") from None
    return plan


def pending(data_dir: Path) -> bool:
    """True if an operation was cut off (cheap: two ``stat`` calls)."""
    return (data_dir / JOURNAL_FILE).exists() or (data_dir / STAGING_DIR).exists()


def recover(data_dir: Path) -> Recovery | None:
    """Finish a committed operation or undo an uncommitted one (call under the lock)."""
    data_dir = Path(data_dir)
    journal = data_dir / JOURNAL_FILE
    staging = data_dir / STAGING_DIR
    if journal.exists():
        plan = _read_plan(journal)
        apply(data_dir, plan)
        return Recovery("finished", str(plan.get("op", "other")), str(plan.get("started", "")))
    if staging.exists():
        try:
            intent = json.loads((staging / INTENT_FILE).read_bytes())
            op, started = str(intent.get("op", "other")), str(intent.get("started", ""))
        except (OSError, ValueError, AttributeError):
            op, started = "other", ""
        shutil.rmtree(staging)
        fsync_dir(data_dir)
        return Recovery("undone", op, started)
    return None
