"""What can be wrong with a preparation file, said with file and line; and the small token
helpers the preparation's reader shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from coach.errors import Problem as BaseProblem
from coach.errors import ProblemsError

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@cache
def md() -> MarkdownIt:
    """The parser, built on first use: markdown-it and yaml are slow to import, and the
    prepare screen imports the preparation only to read a stored one."""
    # lazy: start-up (see above)
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark", {"html": False}).use(front_matter_plugin).enable("table")


@cache
def md_struck() -> MarkdownIt:
    """:func:`md` with GFM strikethrough, for reading an exported summary: a dropped action
    item is struck through there (``~~text~~``), and its text is the text between."""
    # lazy: start-up (as in md)
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark", {"html": False}).use(front_matter_plugin).enable(
        ["table", "strikethrough"])


class Problem(BaseProblem):
    """One thing wrong with a preparation file: where, and what is wrong (a message key)."""

    catalogue = "prep.err"


class PreparationError(ProblemsError):
    """A preparation file that cannot be read; ``problems`` says where and why."""


@dataclass
class Reader:
    """The file being read: its lines (LF, as markdown-it numbers them) and what is wrong."""

    path: str
    lines: list[str]
    problems: list[Problem]
    warnings: list[Problem] = field(default_factory=list)

    def add(self, line: int | None, key: str, **fields: object) -> None:
        self.problems.append(Problem.at(self.path, line, key, **fields))

    def warn(self, line: int | None, key: str, **fields: object) -> None:
        self.warnings.append(Problem.at(self.path, line, key, **fields))


def line_of(token: Token) -> int | None:
    """The 1-based line a block token starts on."""
    return token.map[0] + 1 if token.map else None


def inline_text(token: Token) -> str:
    """The text an inline token shows: text and code as is, line breaks as newlines."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("hardbreak", "softbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(inline_text(child))
    return "".join(out)


def fold(text: str) -> str:
    """A title or prompt as it is compared: case and spacing ignored."""
    return " ".join(text.split()).casefold()
