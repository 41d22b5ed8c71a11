"""The preparation file: one format an employee exports and a leader imports.

::

    ---
    coach_preparation: 2
    template: follow-up
    language: en
    date: 2026-03-02
    person: Kari Nordmann
    sections:
      since-last-time: Since last time
      proposed-goals: Proposed goals
    ---

    # Preparation: Monthly follow-up

    ## Since last time

    > What has happened since last time?

    The answer, in Markdown, as the employee wrote it: [links](https://example.org),
    `code`, *emphasis*, lists and quotes.

    ## Proposed goals

    | Goal | Type | Scope | Measure | Target date | Progress |
    | --- | --- | --- | --- | --- | --- |
    | Finish the course | Development goal | professional | Certificate | 2026-06-01 | |

Each ``##`` section is matched to its id by its heading: an explicit ``{#id}`` at the
heading's end, the heading the front matter gives the id, or the template's heading for it
in either language (the reader is told those, see ``KnownSections``); never by position,
so sections can be reordered, and a renamed heading is named as unknown with its line. The
parts ``proposed-goals`` and ``self-ratings`` (tables) and ``from-my-leader`` (text) follow
the agenda sections. Errors name the file and line; nothing is read while any stands.
Warnings (``Reading.warnings``: a daily reflection, an unknown template, a file with
nothing but front matter) are for the importer to weigh.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from coach.domain.preparation import (
    GOALS_PART,
    NEEDS_PART,
    PARTS,
    RATINGS_PART,
    Answer,
    Preparation,
)
from coach.i18n import LANGS, t
from coach.limits import read_limited
from coach.markdown.front_matter import parse_tokens
from coach.markdown.prep_body import KnownSections, match, split, text_section
from coach.markdown.prep_meta import (
    ID_PATTERN,  # noqa: F401  (the id rule, for callers)
    read_meta,
)
from coach.markdown.prep_problems import (
    PreparationError,
    Problem,
    Reader,
    fold,
    inline_text,  # noqa: F401  (shared with other readers)
    )
from coach.markdown.prep_tables import read_goals, read_ratings
from coach.markdown.preparation_writer import (  # noqa: F401  (one module to import from)
    GOAL_COLUMNS,
    RATING_COLUMNS,
    answer_markdown,
    normalise,
    one_line,
    part_title,
    render_preparation,
)

#: The template id of a daily reflection (never a preparation for a conversation).
DAILY = "daily"


@dataclass
class Reading:
    """A preparation read from a file, with what the importer should weigh."""

    preparation: Preparation
    warnings: list[Problem] = field(default_factory=list)
    #: The line of each front matter key (template, person, ...), for later warnings.
    lines: dict[str, int] = field(default_factory=dict)


def _with_parts(known: KnownSections | None) -> KnownSections:
    known = known or KnownSections()
    titles = {k: list(v) for k, v in known.titles.items()}
    for part in PARTS:
        titles.setdefault(part, []).extend(part_title(part, lang) for lang in LANGS)
    prompts = {k: {fold(p) for p in v} for k, v in known.prompts.items()}
    return KnownSections(titles, prompts, known.templates)


def parse_reading(text: str | bytes, path: str | Path = "<preparation>",
                  known: KnownSections | None = None) -> Reading:
    """Read a preparation file; PreparationError lists every problem with file and line."""
    r = Reader(str(path), [], [])
    tokens = parse_tokens(r, text)
    if tokens is None:
        raise PreparationError(r.problems)
    meta = read_meta(r, tokens[0])
    if meta is None:
        raise PreparationError(r.problems)
    known = _with_parts(known)
    title, groups = split(tokens, r)
    prep = Preparation(meta.get("template") or "", meta.get("language") or "en",
                       meta["date"] or _dt.date.min, meta["person"], title=title)
    if meta["sections"] is not None:
        for section_id, heading in match(r, groups, meta["sections"], known):
            if section_id == GOALS_PART:
                prep.goals = read_goals(r, heading, heading.blocks)
            elif section_id == RATINGS_PART:
                prep.ratings = read_ratings(r, heading, heading.blocks)
            elif section_id == NEEDS_PART:
                prep.needs = text_section(r, heading.blocks, None, allow_prompt=False)[1]
            else:
                prompt, answer = text_section(r, heading.blocks,
                                              known.prompts.get(section_id), True)
                prep.answers.append(Answer(section_id, heading.text, answer, prompt))
    if prep.title:
        prep.title = _strip_title(prep.title, prep.language)
    if r.problems:
        raise PreparationError(r.problems)
    lines = meta["_lines"]
    if prep.template_id == DAILY:
        r.warn(lines["template"], "daily")
    elif known.templates is not None and prep.template_id not in known.templates:
        r.warn(lines["template"], "unknown_template", template=prep.template_id)
    if not groups:
        r.warn(meta["_end"], "only_front_matter")
    return Reading(prep, r.warnings, lines)


def parse_preparation(text: str | bytes, path: str | Path = "<preparation>",
                      known: KnownSections | None = None) -> Preparation:
    """Read a preparation file (warnings aside); PreparationError lists every problem."""
    return parse_reading(text, path, known).preparation


def _strip_title(heading: str, lang: str) -> str:
    """The template's title from the top heading ("Preparation: Monthly follow-up")."""
    for candidate in (lang, *LANGS):
        before, _, after = t("prep.md.title", candidate, title="\0").partition("\0")
        if heading.startswith(before) and heading.endswith(after):
            return heading[len(before): len(heading) - len(after) if after else None]
    return heading


def read_preparation(path: str | Path, known: KnownSections | None = None) -> Preparation:
    """Read and parse a preparation file (OSError if it cannot be read; TooLarge, an
    OSError, above 1 MB: coach.limits)."""
    path = Path(path)
    return parse_preparation(read_limited(path), path, known)


def read_reading(path: str | Path, known: KnownSections | None = None) -> Reading:
    path = Path(path)
    return parse_reading(read_limited(path), path, known)


__all__ = [
    "PARTS",
    "KnownSections",
    "Preparation",
    "PreparationError",
    "Problem",
    "Reading",
    "normalise",
    "parse_preparation",
    "parse_reading",
    "read_preparation",
    "read_reading",
    "render_preparation",
]
