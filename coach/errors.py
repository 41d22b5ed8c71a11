"""The one shape of a user-facing error: it explains itself in bokmål or English.

``Explained`` is the base every error a user reads derives from (the store's, the content's,
a preparation file's, the config file's); callers find it by type, ``isinstance(exc,
Explained)``, never by probing for an ``explain`` attribute. Errors about a file carry
``Problem``s (``file:line: what was expected``) and derive from ``ProblemsError``. A layer
declares its own ``Problem`` subclass naming the message catalogue its keys live in.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Self

from coach.i18n import t


class Explained(Exception):
    """An error whose ``explain(lang)`` is the message a user reads."""

    def explain(self, lang: str = "en") -> str:
        return str(self)


_TEMP_NAME = re.compile(r"^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp$")


def describe(exc: BaseException, lang: str) -> str:
    """What the user reads about ``exc``: its own explanation, else one line about an
    operating-system fault (a full disk, a read-only file system, a folder in a file's
    place), naming the file, else its text."""
    if isinstance(exc, Explained):
        return exc.explain(lang)
    if isinstance(exc, OSError):
        return describe_os_error(exc, lang)
    return str(exc)


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


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a file: where, and what is wrong (a message key in
    ``catalogue``, with its fields)."""

    file: str
    line: int | None
    key: str
    fields: tuple[tuple[str, object], ...] = ()

    #: The prefix of the message keys, e.g. ``content.err``.
    catalogue: ClassVar[str] = "err"

    @classmethod
    def at(cls, file: object, line: int | None, key: str, **fields: object) -> Self:
        return cls(str(file), line, key, tuple(sorted(fields.items())))

    @property
    def message(self) -> str:
        return self.text("en")

    def text(self, lang: str = "en") -> str:
        """The message alone, in ``lang``."""
        return t(f"{self.catalogue}.{self.key}", lang, **dict(self.fields))

    def render(self, lang: str = "en") -> str:
        """``file:line: message`` as a compiler would print it."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.text(lang)}"


class ProblemsError(Explained):
    """A file (or files) that cannot be used; ``problems`` says where and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(p.render("en") for p in self.problems))

    def explain(self, lang: str = "en") -> str:
        return "\n".join(p.render(lang) for p in self.problems)
