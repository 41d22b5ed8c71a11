"""The one-writer lock: a ``filelock`` lock file held for a store's lifetime.

The lock file itself stays empty; who holds it (pid, machine, since when, which program) is
written to a small side file after acquiring, so a second coach can say who is in the way.
The kernel releases the lock when the holder dies, so a crash never leaves a stale lock.

The lock is only as good as the file it is taken on: deleting ``coach.lock`` while coach
holds it would let a second coach create a new one and take that. So the holder remembers the
identity (device and inode) of the file it locked and ``verify()`` compares it with what is at
the path now before each write (one ``stat``): a lock file that vanished or was replaced stops
the writer. A symbolic link at ``coach.lock`` is refused. A kernel lock says nothing across
machines (a folder kept in sync by Syncthing or on a shared drive): a side file naming another
machine means coach is (or was last) open there, and the store opens read-only.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from coach.store.errors import (
    ReadOnlyReason,
    StoreLocked,
    StoreLockLost,
    StoreLockSymlink,
    StoreReadOnly,
)
from coach.store.files import FILE_MODE, remove_file, write_atomic
from coach.store.layout import LOCK_FILE, OWNER_FILE


def this_machine() -> str:
    return socket.gethostname() or "?"


class HeldElsewhere(Exception):
    """The side file says coach holds this directory on another machine."""

    def __init__(self, host: str, since: str | None) -> None:
        self.host, self.since = host, since
        super().__init__(f"held by coach on {host} since {since}")

    def reason(self, data_dir: Path) -> ReadOnlyReason:
        """Why the store may only be read: coach is open on that machine."""
        return ReadOnlyReason("other_machine", data_dir, host=self.host,
                              since=self.since or "?")


def take_writer_lock(data_dir: Path) -> WriterLock:
    """The lock, taken now, for an operation that must write (a restore, a repair):
    StoreReadOnly (``other_machine``) when coach holds the folder on another machine,
    StoreLocked when another coach here does."""
    lock = WriterLock(data_dir)
    try:
        lock.acquire()
    except HeldElsewhere as exc:
        raise StoreReadOnly(data_dir, exc.reason(data_dir)) from None
    return lock


class WriterLock:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_FILE
        self.owner_path = data_dir / OWNER_FILE
        self._lock = FileLock(str(self.path), mode=FILE_MODE, thread_local=False)
        self._identity: tuple[int, int] | None = None

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self, *, foreign_ok: bool = False) -> None:
        """Take the lock now or raise StoreLocked naming the holder.

        Raises StoreLockSymlink for a symbolic link at the lock's path and HeldElsewhere when
        the side file names another machine (unless ``foreign_ok``: taking over on purpose).
        """
        try:
            if stat.S_ISLNK(os.lstat(self.path).st_mode):
                raise StoreLockSymlink(self.path)
        except FileNotFoundError:
            pass
        try:
            self._lock.acquire(blocking=False)
        except Timeout:
            owner = read_owner(self.data_dir)
            raise StoreLocked(self.data_dir, owner.get("pid"), owner.get("since"),
                              owner.get("program"), owner.get("host")) from None
        try:
            owner = read_owner(self.data_dir)
            host = owner.get("host")
            if host and host != this_machine() and not foreign_ok:
                raise HeldElsewhere(host, owner.get("since"))
            self._identity = self._locked_identity()
            if self.path.exists():
                os.chmod(self.path, FILE_MODE)
            owner = {
                "pid": os.getpid(),
                "host": this_machine(),
                "since": datetime.now().astimezone().isoformat(timespec="seconds"),
                "program": sys.argv[0] if sys.argv else "",
            }
            write_atomic(self.owner_path, json.dumps(owner, ensure_ascii=False).encode())
        except BaseException:
            self._identity = None
            self._lock.release()
            raise

    def _locked_identity(self) -> tuple[int, int]:
        fd = getattr(getattr(self._lock, "_context", None), "lock_file_fd", None)
        st = os.fstat(fd) if isinstance(fd, int) else os.stat(self.path)
        return (st.st_dev, st.st_ino)

    def verify(self) -> None:
        """Raise StoreLockLost unless the file at the lock's path is the one we locked."""
        if self._identity is None:
            return
        try:
            st = os.lstat(self.path)
        except FileNotFoundError:
            raise StoreLockLost(self.data_dir, "vanished") from None
        if (st.st_dev, st.st_ino) != self._identity:
            raise StoreLockLost(self.data_dir, "replaced")

    def release(self) -> None:
        if not self._lock.is_locked:
            return
        try:
            try:
                self.verify()
            except StoreLockLost:
                pass  # the side file may now be another coach's: leave it
            else:
                remove_file(self.owner_path)
        finally:
            self._identity = None
            self._lock.release()


def read_owner(data_dir: Path) -> dict:
    """What the side file says about the lock holder (empty if unreadable)."""
    try:
        owner = json.loads((data_dir / OWNER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(owner, dict):
        return {}
    pid = owner.get("pid")
    return {
        "pid": pid if isinstance(pid, int) else None,
        "host": str(owner.get("host") or "") or None,
        "since": str(owner.get("since") or "") or None,
        "program": str(owner.get("program") or "") or None,
    }
