"""The one-writer lock: a ``filelock`` lock file held for a store's lifetime.

The lock file itself stays empty; who holds it (pid, since when, which program) is written to
a small side file after acquiring, so a second coach can say who is in the way. The kernel
releases the lock when the holder dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from coach.store.errors import StoreLocked
from coach.store.files import FILE_MODE, remove_file, write_atomic
from coach.store.layout import LOCK_FILE, OWNER_FILE


class WriterLock:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_FILE
        self.owner_path = data_dir / OWNER_FILE
        self._lock = FileLock(str(self.path), mode=FILE_MODE, thread_local=False)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> None:
        """Take the lock now or raise StoreLocked naming the holder."""
        try:
            self._lock.acquire(blocking=False)
        except Timeout:
            owner = read_owner(self.data_dir)
            raise StoreLocked(self.data_dir, owner.get("pid"), owner.get("since"),
                              owner.get("program")) from None
        try:
            if self.path.exists():
                os.chmod(self.path, FILE_MODE)
            owner = {
                "pid": os.getpid(),
                "since": datetime.now().astimezone().isoformat(timespec="seconds"),
                "program": sys.argv[0] if sys.argv else "",
            }
            write_atomic(self.owner_path, json.dumps(owner, ensure_ascii=False).encode())
        except BaseException:
            self._lock.release()
            raise

    def release(self) -> None:
        if not self._lock.is_locked:
            return
        try:
            remove_file(self.owner_path)
        finally:
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
        "since": str(owner.get("since") or "") or None,
        "program": str(owner.get("program") or "") or None,
    }
