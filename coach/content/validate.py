"""Checking content files, as ``coach templates check`` does."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coach.content.loader import build
from coach.content.model import Library, Problem
from coach.paths import builtin_content_dir


def inspect(paths: Sequence[Path] | None = None, *, builtin_dir: Path | None = None,
            user_dir: Path | None = None) -> tuple[Library, list[Problem]]:
    """The library and its problems.

    With no ``paths``: the built-ins plus ``user_dir`` (if it exists). With ``paths``: the
    given files and directories checked on top of the built-ins, so that a user's template
    may use the built-in questions.
    """
    base = Path(builtin_dir) if builtin_dir is not None else builtin_content_dir()
    layers: list[list[Path]] = [[base]]
    if paths:
        overlay = [Path(p) for p in paths]
        if all(p.resolve() != base.resolve() for p in overlay):
            layers.append(overlay)
    elif user_dir is not None and Path(user_dir).exists():
        layers.append([Path(user_dir)])
    return build(layers)


def check(paths: Sequence[Path] | None = None, *, builtin_dir: Path | None = None,
          user_dir: Path | None = None) -> list[Problem]:
    """Every problem found (an empty list when the content is clean)."""
    return inspect(paths, builtin_dir=builtin_dir, user_dir=user_dir)[1]
