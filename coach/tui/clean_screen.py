"""No control character from stored text reaches the terminal through the app.

Textual writes a widget's text to the terminal as it is: a name holding ``ESC ] 0 ; … BEL``
retitles the terminal, ``ESC [ 2 J`` clears it. ``ControlPictures`` is a line filter (the
hook Textual applies to every rendered line of every widget, after layout) that shows each
such character as its control picture (``coach.domain.text.pictured``: ``␛``, ``␇``), so
all screens are covered at once, whatever widget shows the text. A control character takes
no cell in Textual's layout and its picture takes one, so a line that held any gives the
cells back from the padding that follows (runs of spaces), else from its end. Lines
without one are passed through untouched, and Textual caches each line's filtered form.
"""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len
from rich.segment import Segment
from textual.app import App
from textual.color import Color
from textual.filter import LineFilter

from coach.domain.text import CONTROL as _CONTROL
from coach.domain.text import pictured

_PADDING = re.compile("  +| +$")


class ControlPictures(LineFilter):
    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        if not _CONTROL.search("".join([seg.text for seg in segments])):
            return segments  # nearly every line: one search, nothing copied
        shown: list[Segment] = []
        excess = 0  # cells the pictures added, still to take back from padding
        changed = False
        for seg in segments:
            text = seg.text
            if not seg.control and text:
                pictured_text = pictured(text)
                if pictured_text is not text:
                    excess += cell_len(pictured_text) - cell_len(text)
                    text = pictured_text
                if excess:
                    text, excess = _take_spaces(text, excess)
                if text is not seg.text:
                    seg, changed = Segment(text, seg.style, seg.control), True
            shown.append(seg)
        if not changed:
            return segments
        width = sum(cell_len(seg.text) for seg in segments if not seg.control)
        return list(Segment.adjust_line_length(shown, width))


def _take_spaces(text: str, excess: int) -> tuple[str, int]:
    """Drop up to ``excess`` spaces from the padding in ``text`` (a run of two or more
    spaces, keeping one, or spaces at its end), so the cells after it stay in place."""
    pieces, last = [], 0
    for run in _PADDING.finditer(text):
        if not excess:
            break
        take = min(excess, len(run.group()) - (0 if run.end() == len(text) else 1))
        pieces.append(text[last:run.end() - take])
        last = run.end()
        excess -= take
    pieces.append(text[last:])
    return "".join(pieces), excess


def install(app: App[Any]) -> None:
    """Add the filter to ``app``'s line filters (Textual 8's ``App._filters``)."""
    app._filters.append(ControlPictures())
