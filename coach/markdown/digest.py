"""The digest that names exactly which text of a summary was shared (and later confirmed).

The shared content of an exported summary is everything from its first heading to the end:
the front matter (which carries the digest) and any lines above the title (the review's
status, added once the employee has answered) stand outside it. Canonical form, so an
editor that saves with CRLF, a BOM, trailing spaces or decomposed letters changes nothing:
Unicode NFC, LF line ends, no trailing whitespace on a line, no blank lines at either end.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

PREFIX = "sha256:"
DIGEST_PATTERN = re.compile(r"^sha256:[0-9a-f]{64}$")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")


def canonical(text: str) -> str:
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    lines = [line.rstrip() for line in re.split(r"\r\n?|\n", text)]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def content_digest(content: str) -> str:
    """``sha256:<hex>`` of the canonical form of ``content``."""
    return PREFIX + hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()


def shared_content(body: str) -> str:
    """The part of a document body (after its front matter) that the digest covers: from
    the first heading on."""
    lines = re.split(r"\r\n?|\n", body)
    for index, line in enumerate(lines):
        if _HEADING.match(line):
            return "\n".join(lines[index:])
    return ""
