"""The text a screen draws, as a person at the screen reads it (from Textual's own
screenshot: every character of every cell, line by line)."""

from __future__ import annotations

import html
import re

_LINE = re.compile(r'clip-path="url\(#terminal-(?:\d+-)?line-(\d+)\)">(.*?)</text>', re.S)


def screen_text(app) -> str:
    """Each line of the screen (and any dialog over it) as plain text."""
    svg = app.export_screenshot()
    lines: dict[int, list[str]] = {}
    for number, text in _LINE.findall(svg):
        lines.setdefault(int(number), []).append(html.unescape(text).replace("\xa0", " "))
    return "\n".join("".join(lines[n]) for n in sorted(lines))
