"""What a user reads when something goes wrong, the same in the CLI and the app.

``describe(exc, lang)`` turns a fault coach knows (a damaged or locked store, a bad setting,
a full disk, a read-only file system, a folder where a file belongs, a missing folder)
into the message a user reads: an ``Explained`` error's own explanation, else one line made
from the ``OSError``'s errno and file name (both are ``coach.errors.describe``'s).
It returns None for anything else: that is a bug, and ``report_crash`` writes its
traceback (without local variables, which may hold note texts and names) to a 0600 file in
the data directory's ``logs`` folder (0700), and gives the short message that names that
file, in both languages (the user's first).
"""

from __future__ import annotations

import errno
import os
import traceback
from datetime import datetime
from pathlib import Path

from coach.errors import (  # noqa: F401  (describe_os_error: its home is coach.errors)
    Explained,
    describe_os_error,
)
from coach.errors import describe as describe_known
from coach.i18n import LANGS, t
from coach.store.files import ensure_private_dir, write_atomic

LOG_DIR = "logs"

def describe(exc: BaseException, lang: str) -> str | None:
    """The message for a fault coach knows, or None for an unexpected error."""
    if isinstance(exc, Explained | OSError):
        return describe_known(exc, lang)
    return None


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def write_crash_log(data_dir: Path | None, exc: BaseException,
                    now: datetime | None = None) -> Path | None:
    """Write ``exc``'s traceback, without local variables, to a new 0600 file under
    ``data_dir/logs`` (0700). None if it cannot be written (a read-only or full disk)."""
    if data_dir is None:
        return None

    now = now or datetime.now().astimezone()
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    head = f"coach crash at {now.isoformat(timespec='seconds')} (pid {os.getpid()})\n"
    try:
        folder = ensure_private_dir(Path(data_dir) / LOG_DIR)
        path = folder / f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}.log"
        write_atomic(path, (head + text).encode("utf-8", "backslashreplace"))
    except OSError:
        return None
    return path


def crash_message(lang: str, log: Path | None) -> str:
    """The short message for an unexpected error, in both languages (``lang`` first)."""
    order = sorted(LANGS, key=lambda code: code != lang)
    lines = []
    for code in order:
        lines.append(t("fault.crash", code))
        lines.append(t("fault.crash.log", code, path=log) if log is not None
                     else t("fault.crash.no_log", code))
    return "\n".join(lines)


def report_crash(data_dir: Path | None, exc: BaseException, lang: str) -> str:
    """Log an unexpected error and return the message to show instead of its traceback."""
    return crash_message(lang, write_crash_log(data_dir, exc))


def explain_or_report(data_dir: Path | None, exc: BaseException, lang: str) -> str:
    """The message for any exception: a known fault's own, else a logged crash's."""
    known = describe(exc, lang)
    return known if known is not None else report_crash(data_dir, exc, lang)
