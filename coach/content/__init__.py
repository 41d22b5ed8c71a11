"""Conversation templates and the question bank, loaded from Markdown files.

Never imports Textual. ``load_library()`` reads the built-in content and the user's own;
``check()`` reports problems with file and line for ``coach templates check``.
"""

from coach.content.loader import load_library
from coach.content.model import (
    DEPTHS,
    THEMES,
    ContentError,
    Library,
    Problem,
    Question,
    Section,
    Template,
)
from coach.content.validate import check, inspect

__all__ = [
    "DEPTHS",
    "THEMES",
    "ContentError",
    "Library",
    "Problem",
    "Question",
    "Section",
    "Template",
    "check",
    "inspect",
    "load_library",
]
