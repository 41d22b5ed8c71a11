"""Writing what coach hands the user (an export, a preparation, a review, rescued notes):
atomically, readable by the user alone, with the error a user should read."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from coach.store.files import write_atomic

__all__ = ["check_output_path", "write_export"]


def write_export(path: Path, text: str) -> Path:
    """Write an export atomically, readable by the user alone (0600)."""
    path = Path(path).expanduser()
    check_output_path(path)
    write_atomic(path, text.encode("utf-8"))
    return path


def check_output_path(path: Path) -> None:
    """Raise the OSError a user should read, naming ``path`` itself, when it cannot be an
    output file: it is a folder (IsADirectoryError), or its folder is missing
    (FileNotFoundError naming the folder). Other faults come from the write itself."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    folder = path.parent
    if not folder.exists():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
