"""Showing an export inside the app: the summary screen's and the conversation view's preview.

The Markdown widget parses with HTML on and would drop HTML-looking user text such as
``<Prosjekt X>``: ``safe_parser`` turns HTML off.
"""

from __future__ import annotations

from markdown_it import MarkdownIt


def safe_parser() -> MarkdownIt:
    return MarkdownIt("gfm-like", {"html": False})


def without_front_matter(text: str) -> str:
    """The preview leaves out the export's YAML front matter (metadata for other tools)."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5:].lstrip("\n")
    return text
