"""Text that is safe to show on a terminal.

Stored text (a name, a note, an imported answer) may hold control characters: ESC starts
the sequences that recolour, move the cursor or retitle a terminal, BEL rings it, a carriage
return overwrites the line, and Unicode's direction overrides reorder what is shown.
``printable`` shows each of them escaped (``\\x1b``, ``\\u202e``), leaving newlines and tabs
as they are: every line the CLI prints goes through it. On the app's screen, where each
character must fill one cell, ``pictured`` shows each as one visible character (``␛``).
Names and roles may not hold them at all (``check_plain``).
"""

from __future__ import annotations

import re

from coach.errors import Explained
from coach.i18n import t

#: C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and
#: isolates (U+202A-U+202E, U+2066-U+2069).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL = CONTROL
#: In a single-line field a newline and a tab are control characters too.
_CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character shown escaped; newlines and tabs kept."""
    if not _CONTROL.search(text):  # the common case: no copy
        return text
    return _CONTROL.sub(_escape, text)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode's control pictures: ␛ for ESC, ␇ for BEL
    return "\u2421" if code == 0x7F else "\ufffd"


def pictured(text: str) -> str:
    """``text`` with each control character shown as one visible character (``␛``, ``␇``,
    else ``�``): ``printable`` for a screen, where every character must take one cell."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(_picture, text)


def has_control(text: str) -> bool:
    """True if ``text`` (a single-line field) holds a control character, newline included."""
    return bool(_CONTROL_LINE.search(text))


class ControlCharacters(Explained, ValueError):
    """A name or another single-line field holds control characters."""

    def __init__(self, field: str, value: str) -> None:
        self.field, self.value = field, value
        super().__init__(f"{field} holds control characters")

    def explain(self, lang: str = "en") -> str:
        return t("fault.control", lang, field=t(f"fault.field.{self.field}", lang),
                 value=printable(self.value))


def check_plain(field: str, value: str) -> str:
    """``value`` unchanged; ControlCharacters if it holds any (``field``: "name", "role")."""
    if has_control(value):
        raise ControlCharacters(field, value)
    return value
