"""Private, crash-safe file primitives: 0700 directories, 0600 files, atomic replace.

Every file the store writes goes through ``write_atomic``: the bytes are complete before the
first byte touches the disk, land in a temp file in the same directory (created 0600 whatever
the umask), are flushed and fsynced, replace the old file with ``os.replace`` and the directory
is fsynced so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from coach.paths import make_private_dirs

DIR_MODE = 0o700
FILE_MODE = 0o600
TEMP_SUFFIX = ".tmp"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and any missing parents, each 0700 whatever the umask) if needed, and
    make it 0700 if we own it."""
    make_private_dirs(path)
    st = path.stat()
    if st.st_uid == os.geteuid() and (st.st_mode & 0o777) != DIR_MODE:
        os.chmod(path, DIR_MODE)
    return path


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_private(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_EXCL) -> int:
    """Open (normally create) ``path`` as 0600 regardless of the umask; returns the fd."""
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    except BaseException:
        os.close(fd)
        raise
    return fd


def temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}{TEMP_SUFFIX}")


@contextlib.contextmanager
def atomic_output(target: Path, *, sync_dir: bool = True) -> Iterator[BinaryIO]:
    """A binary file object; on clean exit its content replaces ``target`` atomically.

    ``sync_dir=False`` leaves the directory fsync to the caller (one per directory when
    many files are written together).
    """
    tmp = temp_path(target)
    fd = open_private(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.filename is None:
            exc.filename = str(target)  # a failed write or fsync names no file: say which
        raise
    if sync_dir:
        fsync_dir(target.parent)


def write_atomic(target: Path, data: bytes, *, sync_dir: bool = True) -> None:
    """Replace ``target`` with ``data`` so that a crash leaves the old or the new file."""
    with atomic_output(target, sync_dir=sync_dir) as fh:
        fh.write(data)  # type: ignore[attr-defined]


def remove_file(path: Path) -> bool:
    """Delete ``path`` if it exists and make the deletion durable. True if it was there."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return False
    fsync_dir(path.parent)
    return True


def is_temp_name(name: str) -> bool:
    """A temp file of ``atomic_output`` (see ``temp_path``)."""
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def written_by_this_process(name: str) -> bool:
    """A temp file this process is writing now (its name records the writer's pid, see
    ``temp_path``): a save in progress, never a leftover of an interrupted one."""
    parts = name[1:-len(TEMP_SUFFIX)].rsplit(".", 2) if is_temp_name(name) else []
    return len(parts) == 3 and parts[1] == str(os.getpid())


def remove_stale_temps(directory: Path) -> int:
    """Remove temp files left by a process killed mid-write (only call under the lock)."""
    count = 0
    try:
        names = os.listdir(directory)
    except FileNotFoundError:
        return 0
    for name in names:
        if is_temp_name(name):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(directory / name)
                count += 1
    return count


def unique_path(folder: Path, stem: str, suffix: str = ".zip") -> Path:
    """``folder/stem.zip``, or ``stem-2.zip``, ``stem-3.zip``… if taken: never overwritten."""
    target = folder / f"{stem}{suffix}"
    n = 2
    while target.exists():
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    return target
