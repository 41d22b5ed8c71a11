"""The preparation's two tables: proposed goals and the employee's own competence rating.

Format 2 has a column more in each (the goal's scope, the area's category); a format-1
table (without them) still reads.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING

from coach.domain.competence import MAX_DEPTH, MIN_DEPTH
from coach.domain.goals import GoalScope, GoalType, Progress
from coach.domain.preparation import ProposedGoal, SelfRating
from coach.i18n import LANGS, t
from coach.markdown.prep_body import Heading, top_blocks
from coach.markdown.prep_problems import Reader, inline_text, line_of

if TYPE_CHECKING:
    from markdown_it.token import Token

GOAL_COLUMNS = ("goal", "type", "scope", "measure", "target", "progress")
RATING_COLUMNS = ("area", "category", "level", "comment")
_OLD_GOAL_COLUMNS = ("goal", "type", "measure", "target", "progress")
_OLD_RATING_COLUMNS = ("area", "level", "comment")
_LEVEL = re.compile(r"^\s*(\d+)")


def _table_rows(r: Reader, heading: Heading, blocks: list[Token], widths: tuple[int, ...]
                ) -> tuple[int, list[tuple[int | None, list[str]]]]:
    """(the header's width, the body rows with their lines)."""
    tables = top_blocks(blocks)
    if len(tables) != 1 or tables[0][0].type != "table_open":
        line = line_of(tables[0][0]) if tables else heading.line
        r.add(line, "table_expected", columns=widths[0])
        return 0, []
    first, toks = tables[0]
    rows: list[tuple[int | None, list[str]]] = []
    in_body = False
    current: list[str] | None = None
    line = None
    width = 0
    for tok in toks:
        if tok.type == "tbody_open":
            in_body = True
        elif tok.type == "tr_open":
            current, line = [], line_of(tok)
        elif tok.type == "inline" and current is not None:
            current.append(inline_text(tok))
        elif tok.type == "tr_close" and current is not None:
            if not in_body:
                # GFM pads or cuts body rows to the header's width: check the header only.
                if len(current) not in widths:
                    r.add(line_of(first), "columns", columns=widths[0], found=len(current))
                    return 0, []
                width = len(current)
            else:
                rows.append((line, current))
            current = None
    return width, rows


def _choice(text: str, values, key: str):
    wanted = text.strip().casefold()
    for value in values:
        labels = {value.value} | {t(f"{key}.{value.value}", lang).casefold() for lang in LANGS}
        if wanted in labels:
            return value
    return None


#: A reported percent after the status: "i rute (40 %)".
_PERCENT = re.compile(r"^\s*\((\d{1,3})\s*%\)")


def _progress(cell: str) -> tuple[Progress | None, str, int | None]:
    """A Progress cell: a reported status ("on track", either language), an optional
    percent and its comment, or the employee's words alone."""
    for status in Progress:
        for lang in LANGS:
            label = t(f"progress.{status.value}", lang)
            if not cell.startswith(label):
                continue
            rest, percent = cell[len(label):], None
            found = _PERCENT.match(rest)
            if found and int(found.group(1)) <= 100:
                rest, percent = rest[found.end():], int(found.group(1))
            if not rest:
                return status, "", percent
            if rest.startswith(" – "):
                return status, rest[3:], percent
    return None, cell, None


def read_goals(r: Reader, heading: Heading, blocks: list[Token]) -> list[ProposedGoal]:
    out = []
    width, rows = _table_rows(r, heading, blocks, (len(GOAL_COLUMNS), len(_OLD_GOAL_COLUMNS)))
    names = GOAL_COLUMNS if width == len(GOAL_COLUMNS) else _OLD_GOAL_COLUMNS
    for line, cells in rows:
        row = dict(zip(names, cells, strict=True))
        goal_type = _choice(row["type"], GoalType, "goal.type")
        if goal_type is None:
            r.add(line, "goal_type", found=row["type"])
            continue
        scope = GoalScope.PROFESSIONAL
        if row.get("scope", "").strip():
            scope = _choice(row["scope"], GoalScope, "goal.scope")
            if scope is None:
                r.add(line, "goal_scope", found=row["scope"])
                continue
        target_date = None
        if row["target"].strip():
            try:
                target_date = _dt.date.fromisoformat(row["target"].strip())
            except ValueError:
                r.add(line, "goal_date", found=row["target"])
                continue
        if not row["goal"].strip():
            r.add(line, "goal_statement")
            continue
        status, progress, percent = _progress(row["progress"])
        out.append(ProposedGoal(row["goal"], goal_type, row["measure"], target_date,
                                progress, scope, status, percent))
    return out


def read_ratings(r: Reader, heading: Heading, blocks: list[Token]) -> list[SelfRating]:
    out = []
    width, rows = _table_rows(r, heading, blocks,
                              (len(RATING_COLUMNS), len(_OLD_RATING_COLUMNS)))
    names = RATING_COLUMNS if width == len(RATING_COLUMNS) else _OLD_RATING_COLUMNS
    for line, cells in rows:
        row = dict(zip(names, cells, strict=True))
        number = _LEVEL.match(row["level"])
        depth = int(number.group(1)) if number else 0
        if not MIN_DEPTH <= depth <= MAX_DEPTH:
            r.add(line, "rating_level", found=row["level"], low=MIN_DEPTH, high=MAX_DEPTH)
            continue
        if not row["area"].strip():
            r.add(line, "rating_area")
            continue
        out.append(SelfRating(row["area"], depth, row["comment"], row.get("category", "")))
    return out
