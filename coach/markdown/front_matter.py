"""Reading a hand-over file's start: the text as markdown-it numbers its lines, the front
matter block, its YAML, the line each key stands on and its date.

One reader for the preparation (``prep_meta``) and the review (``review``): both report
their problems through a reader's ``add(line, key, **fields)`` with the same keys (``utf8``,
``no_front_matter``, ``unclosed_front_matter``, ``yaml``), each in its own catalogue.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Any, Protocol

from coach.markdown.prep_problems import md

if TYPE_CHECKING:
    from markdown_it.token import Token


class Reader(Protocol):
    """Where problems go: a file's reader (``prep_problems.Reader``, the review's)."""

    lines: list[str]

    def add(self, line: int | None, key: str, **fields: object) -> None: ...


def decode(r: Reader, text: str | bytes) -> str | None:
    """The file's text with LF line ends (as markdown-it numbers them: it ends lines at LF,
    CRLF and CR only) and no BOM, its lines in ``r.lines``; None (a problem added) when the
    bytes are not UTF-8."""
    if isinstance(text, bytes):
        raw = text
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            r.add(raw[: exc.start].count(b"\n") + 1, "utf8")
            return None
    text = re.sub(r"\r\n?", "\n", text.removeprefix("\ufeff"))
    r.lines = text.split("\n")
    return text


def parse_tokens(r: Reader, text: str | bytes) -> list[Token] | None:
    """The file's tokens, the first its front matter; None (a problem added) when the text
    is not UTF-8 or does not open with a closed front matter block (markdown-it reads an
    unclosed one as a rule and text)."""
    decoded = decode(r, text)
    if decoded is None:
        return None
    found = md().parse(decoded)
    if not found or found[0].type != "front_matter":
        first = next((ln.strip() for ln in r.lines if ln.strip()), "")
        r.add(1, "unclosed_front_matter" if first == "---" else "no_front_matter")
        return None
    return found


def load(r: Reader, source: str, not_mapping: str) -> dict[Any, Any] | None:
    """The front matter's YAML (``safe_load``) as a mapping; None with a problem added
    when it is not YAML (``yaml``, at its line: front matter starts on the file's line 2)
    or not a mapping (the key ``not_mapping``)."""
    import yaml  # lazy: start-up (the review module is read at start-up; yaml is slow)

    try:
        meta = yaml.safe_load(source)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        r.add(mark.line + 2 if mark is not None else 1, "yaml", reason=exc.problem or str(exc))
        return None
    except Exception as exc:  # noqa: BLE001 - PyYAML constructors raise ValueError and others
        r.add(1, "yaml", reason=str(exc)[:200])
        return None
    if not isinstance(meta, dict):
        r.add(1, not_mapping)
        return None
    return meta


def key_line(source: str, key: str, indented: bool = False) -> int:
    """The file's line (front matter starts on line 2) where ``key:`` stands: a top-level
    key, or with ``indented`` a nested one; 1 when not found."""
    for number, line in enumerate(source.splitlines(), start=2):
        if indented != line[:1].isspace():
            continue
        if line.split(":", 1)[0].strip().strip("'\"") == key:
            return number
    return 1


def iso_date(value: object, *, times: bool) -> _dt.date | None:
    """A front matter date (YAML's, or an ISO string); a date and time counts as its day
    only with ``times``."""
    if isinstance(value, str):
        try:
            value = _dt.date.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, _dt.datetime):
        return value.date() if times else None
    return value if isinstance(value, _dt.date) else None
