"""A T-shaped picture of a competence profile, as plain text lines.

Breadth runs across (one column per area, its name abbreviated on top), depth runs down
(a filled block for each level reached, 1 at the top, 5 at the bottom). Where the employee's
self-rating goes deeper than the agreed level, those levels are shaded lighter: the
self-rating is input, the agreed level is the record. With more areas than fit the width,
the columns wrap into several bands separated by an empty line. No Textual here: the
profile screen and any text export draw the same lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.domain.competence import MAX_DEPTH, MIN_DEPTH, CompetenceArea

AGREED = "█"
SELF = "░"
EMPTY = "·"
#: Width of one area's column, including the space that separates it from the next.
COLUMN = 6
#: The level numbers down the left edge: "5 ".
GUTTER = 2


def abbreviations(names: Sequence[str], size: int = COLUMN - 1) -> list[str]:
    """Each name cut to ``size`` characters, made distinct with a trailing digit if needed."""
    cut = [" ".join(n.split())[:size] for n in names]
    out: list[str] = []
    for i, short in enumerate(cut):
        if cut.count(short) > 1:
            number = str(cut[: i + 1].count(short))
            short = short[: size - len(number)] + number
        out.append(short)
    return out


def _cell(area: CompetenceArea, level: int, size: int) -> str:
    if level <= area.depth:
        return AGREED * size
    if area.self_rating is not None and level <= area.self_rating:
        return SELF * size
    return EMPTY.center(size)


def _band(areas: Sequence[CompetenceArea], names: Sequence[str]) -> list[str]:
    size = COLUMN - 1
    lines = [" " * GUTTER + " ".join(n.ljust(size) for n in names)]
    for level in range(MIN_DEPTH, MAX_DEPTH + 1):
        cells = " ".join(_cell(a, level, size) for a in areas)
        lines.append(f"{level}".ljust(GUTTER) + cells)
    return [line.rstrip() for line in lines]


def columns_per_band(width: int) -> int:
    """How many areas fit side by side in ``width`` characters (at least one)."""
    return max(1, (width - GUTTER + 1) // COLUMN)


def t_shape(areas: Sequence[CompetenceArea], width: int = 80) -> list[str]:
    """The profile as lines no wider than ``width`` (for widths of at least 8)."""
    if not areas:
        return []
    names = abbreviations([a.area for a in areas])
    per_band = columns_per_band(width)
    lines: list[str] = []
    for start in range(0, len(areas), per_band):
        if lines:
            lines.append("")
        lines += _band(areas[start : start + per_band], names[start : start + per_band])
    return lines
