"""What a user reads when something goes wrong, the same in the CLI and the app.

``describe(exc, lang)`` turns a fault coach knows (a damaged or locked store, a bad setting,
a full disk, a read-only file system, a folder where a file belongs, a missing folder)
into the message a user reads: an ``Explained`` error's own explanation, else one line made
from the ``OSError``'s errno and file name (``coach.errors.describe`` uses it for those).
It returns None for anything else: that is a bug, and ``report_crash`` writes its
traceback (without local variables, which may hold note texts and names) to a 0600 file in
the data directory's ``logs`` folder (0700), and gives the short message that names that
file, in both languages (the user's first).
"""

from __future__ import annotations

import errno
import os
import re
import traceback
from datetime import datetime
from pathlib import Path

from coach.i18n import LANGS, t

LOG_DIR = "logs"
_TEMP_NAME = re.compile(r"^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp$")

#: errno -> message key; each message takes {path}.
_OS_MESSAGES = {
    errno.ENOSPC: "fault.disk_full",
    errno.EDQUOT: "fault.disk_full",
    errno.EROFS: "fault.read_only_fs",
    errno.EACCES: "fault.no_permission",
    errno.EPERM: "fault.no_permission",
    errno.EISDIR: "fault.is_folder",
    errno.ENOTDIR: "fault.not_folder",
    errno.ENOENT: "fault.missing",
    errno.ELOOP: "fault.symlink",
    errno.EIO: "fault.io",
}


def describe(exc: BaseException, lang: str) -> str | None:
    """The message for a fault coach knows, or None for an unexpected error."""
    from coach.domain.text import ControlCharacters, printable

    if isinstance(exc, ControlCharacters):
        return t("fault.control", lang, field=t(f"fault.field.{exc.field}", lang),
                 value=printable(exc.value))
    from coach.errors import Explained

    if isinstance(exc, Explained):
        return exc.explain(lang)
    if isinstance(exc, OSError):
        return describe_os_error(exc, lang)
    return None


def _user_path(name: object) -> str:
    """The file a user knows: a write's temp file (``.coach.json.123.ab12cd34.tmp``, see
    ``coach.store.files.temp_path``) is named by the file it was to replace."""
    if name is None:
        return "?"
    path = Path(os.fsdecode(name)) if isinstance(name, str | bytes | os.PathLike) else None
    if path is None:
        return str(name)
    match = _TEMP_NAME.match(path.name)
    return str(path.with_name(match.group(1)) if match else path)


def describe_os_error(exc: OSError, lang: str) -> str:
    """One line for an operating-system error, naming the file it concerns."""
    if exc.errno is None and exc.filename is None:
        return str(exc)
    path = _user_path(exc.filename)
    key = _OS_MESSAGES.get(exc.errno or 0)
    if key is None:
        return t("fault.os_other", lang, path=path, reason=exc.strerror or type(exc).__name__)
    return t(key, lang, path=path)


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def write_crash_log(data_dir: Path | None, exc: BaseException,
                    now: datetime | None = None) -> Path | None:
    """Write ``exc``'s traceback, without local variables, to a new 0600 file under
    ``data_dir/logs`` (0700). None if it cannot be written (a read-only or full disk)."""
    if data_dir is None:
        return None
    from coach.store.files import ensure_private_dir, write_atomic

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
