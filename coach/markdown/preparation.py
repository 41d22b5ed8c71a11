"""The preparation file: one format an employee exports and a leader imports.

::

    ---
    coach_preparation: 1
    template: follow-up
    language: en
    date: 2026-03-02
    person: Kari Nordmann
    sections: [since-last-time, goals-and-plans, proposed-goals, from-my-leader]
    ---

    # Preparation: Monthly follow-up

    ## Since last time

    > What has happened since last time?

    The answer, escaped so that it stays one paragraph of plain text.

    ## Proposed goals

    | Goal | Type | Measure | Target date | Progress |
    | --- | --- | --- | --- | --- |
    | Finish the course | Development goal | Certificate | 2026-06-01 | |

The ``## `` headings map, in order, to the ids that ``sections`` lists: the agenda sections
in the employee's order, then the parts ``proposed-goals`` and ``self-ratings`` (tables) and
``from-my-leader`` (text). The ids stay out of the headings, so the file reads cleanly on
GitHub, in Obsidian and through pandoc. Errors name the file and line.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from coach.domain.competence import MAX_DEPTH, MIN_DEPTH
from coach.domain.goals import GoalType
from coach.domain.preparation import (
    FORMAT_VERSION,
    GOALS_PART,
    NEEDS_PART,
    PARTS,
    RATINGS_PART,
    Answer,
    Preparation,
    ProposedGoal,
    SelfRating,
)
from coach.errors import Problem as BaseProblem
from coach.errors import ProblemsError
from coach.i18n import LANGS, t
from coach.markdown.preparation_writer import (  # noqa: F401  (one module to import from)
    GOAL_COLUMNS,
    RATING_COLUMNS,
    normalise,
    one_line,
    render_preparation,
)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")



@cache
def _md() -> MarkdownIt:
    """The parser, built on first use: markdown-it and yaml are slow to import, and the
    prepare screen imports this module only to read a stored preparation."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark", {"html": False}).use(front_matter_plugin).enable("table")


class Problem(BaseProblem):
    """One thing wrong with a preparation file: where, and what is wrong (a message key)."""

    catalogue = "prep.err"


class PreparationError(ProblemsError):
    """A preparation file that cannot be read; ``problems`` says where and why."""


# -- reading --------------------------------------------------------------------------------
@dataclass
class _Reader:
    path: str
    lines: list[str]
    problems: list[Problem]

    def add(self, line: int | None, key: str, **fields: object) -> None:
        self.problems.append(Problem.at(self.path, line, key, **fields))


def _line(token: Token) -> int | None:
    return token.map[0] + 1 if token.map else None


def inline_text(token: Token) -> str:
    """The text an inline token shows: text and code as is, line breaks as newlines."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("hardbreak", "softbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(inline_text(child))
    return "".join(out)


def _meta_line(source: str, key: str) -> int:
    for number, line in enumerate(source.splitlines(), start=2):
        if line.split(":", 1)[0].strip() == key:
            return number
    return 1


def _read_meta(r: _Reader, token: Token) -> dict | None:
    import yaml

    source = token.content
    try:
        meta = yaml.safe_load(source)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        r.add(mark.line + 2 if mark is not None else 1, "yaml", reason=exc.problem or str(exc))
        return None
    except Exception as exc:  # noqa: BLE001 - PyYAML constructors raise ValueError and others
        r.add(1, "yaml", reason=str(exc)[:200])
        return None
    if not isinstance(meta, dict):
        r.add(1, "meta_not_mapping")
        return None

    def at(key: str) -> int:
        return _meta_line(source, key)

    version = meta.get("coach_preparation")
    if version != FORMAT_VERSION:
        r.add(at("coach_preparation") if "coach_preparation" in meta else 1,
              "version" if version is not None else "not_preparation",
              found=version, expected=FORMAT_VERSION)
    template = meta.get("template")
    if not isinstance(template, str) or not ID_PATTERN.match(template):
        r.add(at("template") if "template" in meta else 1, "template")
    if meta.get("language") not in LANGS:
        r.add(at("language") if "language" in meta else 1, "language",
              found=meta.get("language"))
    when = meta.get("date")
    if isinstance(when, str):
        try:
            when = _dt.date.fromisoformat(when)
        except ValueError:
            when = None
    if isinstance(when, _dt.datetime):
        when = when.date()
    if not isinstance(when, _dt.date):
        r.add(at("date") if "date" in meta else 1, "date")
    meta["date"] = when
    person = meta.get("person", "")
    if person is None:
        person = ""
    if not isinstance(person, str):
        r.add(at("person"), "person")
    meta["person"] = person if isinstance(person, str) else ""
    sections = meta.get("sections")
    if not isinstance(sections, list) or not all(
        isinstance(s, str) and ID_PATTERN.match(s) for s in sections
    ):
        r.add(at("sections") if "sections" in meta else 1, "sections")
        sections = None
    elif len(set(sections)) != len(sections):
        r.add(at("sections"), "sections_repeat")
        sections = None
    meta["sections"] = sections
    meta["_sections_line"] = at("sections")
    return meta


def _split(tokens: list[Token], r: _Reader) -> tuple[str, list[tuple[Token, list[Token]]]]:
    """The top heading's text, and each ``##`` heading with the blocks under it."""
    title = ""
    groups: list[tuple[Token, list[Token]]] = []
    i = 1
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open" and tok.tag in ("h1", "h2"):
            text = inline_text(tokens[i + 1])
            if tok.tag == "h1":
                if groups or title:
                    r.add(_line(tok), "extra_title")
                title = text
            else:
                heading = tokens[i + 1]
                heading.meta = {"text": text, "line": _line(tok)}
                groups.append((heading, []))
            i += 3
            continue
        if groups:
            groups[-1][1].append(tok)
        elif tok.block and tok.level == 0 and tok.nesting >= 0:
            r.add(_line(tok), "before_sections")
        i += 1
    return title, groups


def _top_blocks(blocks: list[Token]) -> list[tuple[Token, list[Token]]]:
    """Group the tokens under a heading into top-level blocks (opening token, all tokens)."""
    out: list[tuple[Token, list[Token]]] = []
    depth = 0
    for tok in blocks:
        if depth == 0:
            out.append((tok, [tok]))
        else:
            out[-1][1].append(tok)
        depth += tok.nesting
    return out


def _source(r: _Reader, token: Token) -> str:
    if not token.map:
        return token.content
    return "\n".join(r.lines[token.map[0]:token.map[1]]).strip("\n")


def _text_blocks(r: _Reader, blocks: list[Token], allow_prompt: bool) -> tuple[str, str]:
    """(prompt, text) of a section of free text: paragraphs joined by blank lines.

    A block quote before the first paragraph is the prompt. Lists, code and the like that a
    person wrote by hand are kept as their source text rather than lost.
    """
    prompt, parts = "", []
    for first, toks in _top_blocks(blocks):
        if first.type == "paragraph_open":
            parts.append(inline_text(toks[1]))
        elif first.type == "blockquote_open" and allow_prompt and not parts and not prompt:
            prompt = "\n\n".join(inline_text(x) for x in toks if x.type == "inline")
        elif first.type == "heading_open":
            r.add(_line(first), "subheading")
        else:
            parts.append(_source(r, first))
    return prompt, "\n\n".join(p for p in parts if p)


def _table_rows(r: _Reader, heading: Token, blocks: list[Token], columns: int
                ) -> list[tuple[int | None, list[str]]]:
    tables = [(first, toks) for first, toks in _top_blocks(blocks)]
    if len(tables) != 1 or tables[0][0].type != "table_open":
        line = _line(tables[0][0]) if tables else heading.meta["line"]
        r.add(line, "table_expected", columns=columns)
        return []
    _first, toks = tables[0]
    rows: list[tuple[int | None, list[str]]] = []
    in_body = False
    current: list[str] | None = None
    line = None
    for tok in toks:
        if tok.type == "tbody_open":
            in_body = True
        elif tok.type == "tr_open":
            current, line = [], _line(tok)
        elif tok.type == "inline" and current is not None:
            current.append(inline_text(tok))
        elif tok.type == "tr_close" and current is not None:
            if not in_body and len(current) != columns:
                # GFM pads or cuts body rows to the header's width: check the header only.
                r.add(_line(_first), "columns", columns=columns, found=len(current))
                return []
            if in_body:
                rows.append((line, current))
            current = None
    return rows


def _goal_type(text: str) -> GoalType | None:
    wanted = text.strip().casefold()
    for goal_type in GoalType:
        labels = {goal_type.value} | {t(f"goal.type.{goal_type.value}", lang).casefold()
                                      for lang in LANGS}
        if wanted in labels:
            return goal_type
    return None


def _goals(r: _Reader, heading: Token, blocks: list[Token]) -> list[ProposedGoal]:
    out = []
    for line, (statement, kind, measure, target, progress) in _table_rows(
        r, heading, blocks, len(GOAL_COLUMNS)
    ):
        goal_type = _goal_type(kind)
        if goal_type is None:
            r.add(line, "goal_type", found=kind)
            continue
        target_date = None
        if target.strip():
            try:
                target_date = _dt.date.fromisoformat(target.strip())
            except ValueError:
                r.add(line, "goal_date", found=target)
                continue
        if not statement.strip():
            r.add(line, "goal_statement")
            continue
        out.append(ProposedGoal(statement, goal_type, measure, target_date, progress))
    return out


_LEVEL = re.compile(r"^\s*(\d+)")


def _ratings(r: _Reader, heading: Token, blocks: list[Token]) -> list[SelfRating]:
    out = []
    for line, (area, level, comment) in _table_rows(r, heading, blocks, len(RATING_COLUMNS)):
        number = _LEVEL.match(level)
        depth = int(number.group(1)) if number else 0
        if not MIN_DEPTH <= depth <= MAX_DEPTH:
            r.add(line, "rating_level", found=level, low=MIN_DEPTH, high=MAX_DEPTH)
            continue
        if not area.strip():
            r.add(line, "rating_area")
            continue
        out.append(SelfRating(area, depth, comment))
    return out


def parse_preparation(text: str | bytes, path: str | Path = "<preparation>") -> Preparation:
    """Read a preparation file; PreparationError lists every problem with file and line."""
    r = _Reader(str(path), [], [])
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            r.add(exc.object[: exc.start].count(b"\n") + 1, "utf8")
            raise PreparationError(r.problems) from None
    text = text.removeprefix("\ufeff")
    r.lines = text.splitlines()
    tokens = _md().parse(text)
    if not tokens or tokens[0].type != "front_matter":
        first = next((ln.strip() for ln in r.lines if ln.strip()), "")
        r.add(1, "unclosed_front_matter" if first == "---" else "no_front_matter")
        raise PreparationError(r.problems)
    meta = _read_meta(r, tokens[0])
    if meta is None:
        raise PreparationError(r.problems)
    title, groups = _split(tokens, r)
    sections = meta["sections"]
    prep = Preparation(meta.get("template") or "", meta.get("language") or "en",
                       meta["date"] or _dt.date.min, meta["person"], title=title)
    if sections is not None:
        if len(groups) < len(sections):
            missing = sections[len(groups):]
            r.add(meta["_sections_line"], "missing_sections", ids=", ".join(missing))
        for index, (heading, blocks) in enumerate(groups):
            if index >= len(sections):
                r.add(heading.meta["line"], "extra_section", title=heading.meta["text"])
                continue
            section_id = sections[index]
            if section_id == GOALS_PART:
                prep.goals = _goals(r, heading, blocks)
            elif section_id == RATINGS_PART:
                prep.ratings = _ratings(r, heading, blocks)
            elif section_id == NEEDS_PART:
                prep.needs = _text_blocks(r, blocks, allow_prompt=False)[1]
            else:
                prompt, answer = _text_blocks(r, blocks, allow_prompt=True)
                prep.answers.append(Answer(section_id, heading.meta["text"], answer, prompt))
    if prep.title:
        prep.title = _strip_title(prep.title, prep.language)
    if r.problems:
        raise PreparationError(r.problems)
    return prep


def _strip_title(heading: str, lang: str) -> str:
    """The template's title from the top heading ("Preparation: Monthly follow-up")."""
    for candidate in (lang, *LANGS):
        before, _, after = t("prep.md.title", candidate, title="\0").partition("\0")
        if heading.startswith(before) and heading.endswith(after):
            return heading[len(before): len(heading) - len(after) if after else None]
    return heading


def read_preparation(path: str | Path) -> Preparation:
    """Read and parse a preparation file (OSError if it cannot be read)."""
    path = Path(path)
    return parse_preparation(path.read_bytes(), path)


__all__ = [
    "PARTS",
    "Preparation",
    "PreparationError",
    "Problem",
    "normalise",
    "parse_preparation",
    "read_preparation",
    "render_preparation",
]
