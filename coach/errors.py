"""The one shape of a user-facing error: it explains itself in bokmål or English.

``Explained`` is the base every error a user reads derives from (the store's, the content's,
a preparation file's, the config file's); callers find it by type, ``isinstance(exc,
Explained)``, never by probing for an ``explain`` attribute. Errors about a file carry
``Problem``s (``file:line: what was expected``) and derive from ``ProblemsError``. A layer
declares its own ``Problem`` subclass naming the message catalogue its keys live in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from coach.i18n import t


class Explained(Exception):
    """An error whose ``explain(lang)`` is the message a user reads."""

    def explain(self, lang: str = "en") -> str:
        return str(self)


def describe(exc: BaseException, lang: str) -> str:
    """What the user reads about ``exc``: its own explanation, else what ``coach.faults``
    says about an operating-system fault (a full disk, a read-only file system, a folder in
    a file's place), else its text."""
    if isinstance(exc, Explained):
        return exc.explain(lang)
    from coach.faults import describe as describe_fault

    known = describe_fault(exc, lang)
    return known if known is not None else str(exc)


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
    def at(cls, file: object, line: int | None, key: str, **fields: object) -> Problem:
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

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(p.render("en") for p in self.problems))

    def explain(self, lang: str = "en") -> str:
        return "\n".join(p.render(lang) for p in self.problems)
