"""Opening a data directory: the folder made private, the one-writer lock, an interrupted
operation finished or undone, the folders and temp files seen to, the day's backup started.

``Store.open`` is this module's ``open_store``; the rules it keeps are in its docstring.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coach.paths import ForeignFolder, private_dir
from coach.store import backups as _backups
from coach.store import journal as _journal
from coach.store.errors import (
    ReadOnlyReason,
    RestoreInterrupted,
    StoreCorrupt,
    StoreError,
    StoreFolderRefused,
)
from coach.store.files import ensure_private_dir, remove_stale_temps
from coach.store.layout import BACKUP_DIR, CONVERSATIONS_DIR, PEOPLE_DIR
from coach.store.lock import HeldElsewhere, WriterLock

if TYPE_CHECKING:
    from coach.store.repository import Store


def recover(data_dir: Path, lock: WriterLock | None) -> _journal.Recovery | None:
    """Finish or undo an operation a crash cut off. A read-only open does it too if it can
    take the lock for a moment (else the writer that holds it is alive and will)."""
    if not _journal.pending(data_dir):
        return None
    if lock is not None:
        return _journal.recover(data_dir)
    probe = WriterLock(data_dir)
    try:
        probe.acquire()
    except (StoreError, HeldElsewhere, OSError):
        return None
    try:
        return _journal.recover(data_dir)
    except OSError:
        return None
    finally:
        probe.release()


def open_store(cls: type[Store], data_dir: Path, *, read_only: bool, backup: bool,
               keep_backups: int) -> Store:
    """Open (creating if needed, 0700) the data directory.

    Unless read_only, takes the one-writer lock for the store's lifetime; raises
    StoreLocked (naming pid and since when) if another process holds it. Raises
    StoreCorrupt (naming the file, the newest good backup and the restore command) for a
    damaged file, StoreFolderRefused for a folder another account owns and
    StoreLockSymlink for a symbolic link at the lock. Migrates an older schema. Makes
    the day's backup if due (backup=True), in a background thread, after checking that
    every file parses.

    A writable open falls back to read-only, with ``read_only_reason`` saying why, when
    the user made the folder read-only, its file system is mounted read-only, or its
    lock is held by coach on another machine (a synced folder).
    """
    data_dir = Path(data_dir)
    lock = None
    reason = ReadOnlyReason("requested", data_dir) if read_only else None
    try:
        state = private_dir(data_dir, create=not read_only, tighten=not read_only)
    except ForeignFolder as exc:
        raise StoreFolderRefused(exc.path, exc.owner) from None
    if not read_only and state in ("folder", "filesystem"):
        read_only, reason = True, ReadOnlyReason(state, data_dir)
    if not read_only:
        lock = WriterLock(data_dir)
        try:
            lock.acquire()
        except HeldElsewhere as exc:
            read_only, lock, reason = True, None, exc.reason(data_dir)
    try:
        recovered = recover(data_dir, lock)
        pending = _backups.read_restore_marker(data_dir)
        if pending is not None:
            raise RestoreInterrupted(data_dir, pending)
        if not read_only:
            for sub in (PEOPLE_DIR, CONVERSATIONS_DIR, BACKUP_DIR):
                ensure_private_dir(data_dir / sub)
            remove_stale_temps(data_dir / BACKUP_DIR)
            remove_stale_temps(data_dir)
        store = cls(data_dir, read_only=read_only, lock=lock, keep_backups=keep_backups)
        store.read_only_reason = reason
        store.recovered = recovered
        if not read_only:
            store._sweep()  # the people and conversation folders' temps too
            if backup and not _backups.has_backup_for(data_dir, date.today()):
                store._start_backup()
        return store
    except StoreCorrupt as exc:
        cls._annotate(exc, data_dir)
        if lock is not None:
            lock.release()
        raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
