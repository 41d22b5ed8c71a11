"""Text whose wrapped lines hang under their first word, as a list is set on paper.

A line that starts with a marker (spaces, then a bullet ``•``/``☐`` or an agenda's
``5 min``) wraps at word boundaries and its continuation lines start under the text after
the marker, not at the left edge. The text stays one piece: ``str()`` of it is the plain
text, so a test (or a copy) reads every line whole, whatever the width it is drawn at.
"""

from __future__ import annotations

import re

from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

#: What a hanging line starts with: its indent, then a bullet or an agenda's minutes.
MARKER = re.compile(r"^ *(?:[•☐☑»] |\d+(?:[.,]\d+)? min {2})")


class HangingText(Visual):
    """A Rich ``Text`` drawn with hanging indents (see the module's note)."""

    def __init__(self, text: Text | str) -> None:
        self.text = text if isinstance(text, Text) else Text(text)
        self.content = Content.from_rich_text(self.text)
        self._lines = self.content.split("\n", allow_blank=True)
        self._laid_out: tuple[int, Content] | None = None

    def __str__(self) -> str:
        return self.text.plain

    def _layout(self, width: int) -> Content:
        if self._laid_out is not None and self._laid_out[0] == width:
            return self._laid_out[1]
        out: list[Content] = []
        for line in self._lines:
            found = MARKER.match(line.plain)
            hang = found.end() if found else 0
            if hang == 0 or hang * 2 > width or line.cell_length <= width:
                out.extend(line.wrap(width) if line.plain else [line])
                continue
            head, body = line[:hang], line[hang:]
            pieces = body.wrap(width - hang)
            out.append(head + pieces[0])
            out.extend(Content(" " * hang) + piece for piece in pieces[1:])
        laid = Content("\n").join(out)
        self._laid_out = (width, laid)
        return laid

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        return self._layout(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.content.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._layout(width).get_height(rules, width)
