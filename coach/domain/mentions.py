"""A person's name inside other text: finding it, the line it is on, and redacting it.

Forgetting a person removes their records, but their name may still stand in notes about
other people ("Samarbeidet med Hanne Ødegård går bra"). The name matches whatever its case
and however the words of it are spaced or broken over lines, and also at the start of a
longer word (a possessive: "Hanne Ødegårds"), never inside one ("Johanne Ødegård" is not
"Hanne Ødegård"). Texts are compared in Unicode NFC. Plain rules, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: How long a line of context may be before it is cut around the name.
LINE_WIDTH = 160


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def name_pattern(name: str) -> re.Pattern[str] | None:
    """The pattern that finds ``name`` in a text; None for a name with no letters."""
    words = _nfc(name).split()
    if not any(ch.isalnum() for word in words for ch in word):
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def find_name(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Where the name stands in ``text`` (NFC), as ``(start, end)`` spans, in order."""
    if pattern is None or not text:
        return []
    return [m.span() for m in pattern.finditer(_nfc(text))]


def line_at(text: str, span: tuple[int, int], width: int = LINE_WIDTH) -> str:
    """The line of ``text`` (NFC) that holds ``span``, one line, cut around the name when
    it is long (``…`` where it was cut)."""
    text = _nfc(text)
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    end = len(text) if end < 0 else end
    line = " ".join(text[start:end].split())
    if len(line) <= width:
        return line
    at = len(" ".join(text[start:span[0]].split()))
    left = max(0, at - width // 3)
    cut = line[left:left + width]
    return ("…" if left else "") + cut + ("…" if left + width < len(line) else "")


def redact(text: str, spans: Iterable[tuple[int, int]], marker: str) -> str:
    """``text`` (NFC) with each span replaced by ``marker`` (spans from :func:`find_name`)."""
    text = _nfc(text)
    for start, end in sorted(set(spans), reverse=True):
        text = text[:start] + marker + text[end:]
    return text
