"""The live screen's note editor: a TextArea whose cursor moves stay with it.

A TextArea posts SelectionChanged on every keystroke, and the message climbs through every
container up to the app. Nothing above the editor listens for it, so it stops here.

In screen-share mode (``blind`` set by the screen) a note that begins with a private prefix
(``p: ``, ``privat: ``; ctrl+r on an empty editor types one) is drawn masked: the prefix
stays readable, every other character is a bullet, so a private note is written blind. The
text itself (what is saved) is untouched: only the drawing changes.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import TextArea

from coach.domain.notes import private_prefix

MASK = "•"


def masked(strip: Strip, keep: int = 0) -> Strip:
    """``strip`` with every character from the ``keep``-th up to the last one that is not a
    space drawn as a bullet (a wide character as two): same width, same styles."""
    segments = list(strip)
    plain = "".join(s.text for s in segments if not s.control)
    end = len(plain.rstrip())
    out: list[Segment] = []
    i = 0
    for seg in segments:
        if seg.control:
            out.append(seg)
            continue
        chars = []
        for ch in seg.text:
            chars.append(MASK * cell_len(ch) if keep <= i < end else ch)
            i += 1
        out.append(Segment("".join(chars), seg.style, seg.control))
    return Strip(out, strip.cell_length)


class NoteEditor(TextArea):
    #: Screen-share mode is on: a private note is drawn masked.
    blind = False
    _was_masking = False

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        event.stop()

    def on_text_area_changed(self) -> None:
        """A prefix typed or removed: every line changes how it is drawn (not stopped: the
        screen's autosave listens too)."""
        self.follow_mask()

    def set_blind(self, blind: bool) -> None:
        self.blind = blind
        self.follow_mask()

    def follow_mask(self) -> None:
        masking = self.masking
        if masking != self._was_masking:
            self._was_masking = masking
            self.refresh()

    @property
    def masking(self) -> bool:
        """Whether the note now being typed is drawn masked."""
        return self.blind and private_prefix(self.document.get_line(0)) > 0

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if not self.masking:
            return strip
        keep = 0
        if y + self.scroll_offset.y == 0 and self.scroll_offset.x == 0:
            keep = private_prefix(self.document.get_line(0))
        return masked(strip, keep)
