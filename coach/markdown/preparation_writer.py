"""Writing the preparation file (the format is described in coach.markdown.preparation,
which reads it): the normal form both sides agree on, and the Markdown rendering.

Answers are Markdown and are written as the employee wrote them. A line that would start
an HTML block for readers with HTML on (GitHub, Obsidian, pandoc) gets a backslash before
its ``<``; an answer that would not read back as itself (a ``#`` or ``##`` heading, an
unclosed code fence: things that would break the file into other sections) is made safe:
its heading lines escaped, or, when that is not enough, the whole answer escaped as plain
text. ``normalise`` applies the same
rule, so what is written is exactly what is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from coach.domain.goals import GoalType
from coach.domain.preparation import (
    FORMAT_VERSION,
    GOALS_PART,
    NEEDS_PART,
    RATINGS_PART,
    Answer,
    Preparation,
)
from coach.i18n import LANGS, t
from coach.i18n.formats import format_percent
from coach.markdown.escape import escape_block, escape_inline, tidy
from coach.markdown.prep_body import reads_back
from coach.markdown.prep_problems import md
from coach.markdown.prep_tables import GOAL_COLUMNS, RATING_COLUMNS

__all__ = ["GOAL_COLUMNS", "RATING_COLUMNS", "answer_markdown", "normalise", "one_line",
           "render_preparation"]

_HEADING_LINE = re.compile(r"^( {0,3})(#{1,2}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)")
#: A line other readers (GitHub, Obsidian, pandoc: HTML on) would start an HTML block with,
#: which can run on over the headings after it.
_HTML_LINE = re.compile(r"^( {0,3})(<[A-Za-z/!?])")
_STARTS_QUOTE = re.compile(r"^ {0,3}>")


# -- normal form ----------------------------------------------------------------------------
def one_line(text: str) -> str:
    """What a heading or table cell keeps of a text: one line, tidied."""
    return " ".join(tidy(text).split("\n"))


def prompt_block(prompt: str, answer: str) -> str:
    """The quote that holds the prompt; an empty one when there is no prompt but the answer
    starts with a quote of its own (so that quote is not taken for the prompt)."""
    if prompt:
        return "> " + escape_block(prompt, "> ")
    return ">" if _STARTS_QUOTE.match(answer) else ""


def answer_markdown(text: str, prompt: str = "", *, prompted: bool = True) -> str:
    """The answer as the file holds it: the employee's Markdown, unless it would break the
    file (then made safe, see the module's doc). ``prompted``: the section may start with
    a prompt (the agenda sections; not "what I need from my leader")."""
    text = tidy(text)
    if not text:
        return ""
    text = _neutralise(text, (_HTML_LINE,))
    for candidate in (text, _neutralise(text, (_HTML_LINE, _HEADING_LINE))):
        block = prompt_block(prompt, candidate) if prompted else ""
        if reads_back(candidate, prompt, block, prompted=prompted):
            return candidate
    return escape_block(text)


def _neutralise(text: str, patterns) -> str:
    """``text`` with a backslash before what starts each line matching one of ``patterns``
    (outside code blocks, whose text is shown as it is)."""
    lines = text.split("\n")
    if not any(p.match(line) for p in patterns for line in lines):
        return text
    code: set[int] = set()
    for tok in md().parse(text):
        if tok.type in ("fence", "code_block") and tok.map:
            code.update(range(*tok.map))
    for index, line in enumerate(lines):
        if index not in code:
            for pattern in patterns:
                line = pattern.sub(r"\1\\\2", line, count=1)
            lines[index] = line
    return "\n".join(lines)


def normalise(prep: Preparation) -> Preparation:
    """The preparation as its file keeps it: text tidied (LF, no control characters, no
    blank lines at either end), one-line fields on one line, answers safe to write."""
    answers = []
    for a in prep.answers:
        prompt = tidy(a.prompt)
        answers.append(Answer(a.section_id, one_line(a.title), answer_markdown(a.text, prompt),
                              prompt))
    return replace(
        prep,
        person=" ".join(tidy(prep.person).split()),
        title=one_line(prep.title) or prep.template_id,
        answers=answers,
        goals=[replace(g, statement=one_line(g.statement), measure=one_line(g.measure),
                       progress=one_line(g.progress)) for g in prep.goals],
        ratings=[replace(r, area=one_line(r.area), comment=one_line(r.comment),
                         category=one_line(r.category)) for r in prep.ratings],
        needs=answer_markdown(prep.needs, prompted=False),
    )


# -- writing --------------------------------------------------------------------------------
def _type_label(goal_type: GoalType, lang: str) -> str:
    return t(f"goal.type.{goal_type.value}", lang)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(escape_inline(c) if c else "" for c in cells) + " |"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(escape_inline(h) for h in header) + " |",
           "|" + " --- |" * len(header)]
    out.extend(_row(r) for r in rows)
    return out


def _front_matter(prep: Preparation, sections: dict[str, str]) -> str:
    meta = {
        "coach_preparation": FORMAT_VERSION,
        "template": prep.template_id,
        "language": prep.language,
        "date": prep.date,
        "person": prep.person,
        "sections": sections,
    }
    import yaml  # lazy: start-up (yaml is slow to import; only a file being written needs it)

    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)


#: Between a reported status and its comment in the Progress cell ("on track – halfway").
STATUS_SEPARATOR = " – "


def reported_status(goal, lang: str) -> str:
    """Reported progress's status and percent: "i fare (40 %)"."""
    label = t(f"progress.{goal.status.value}", lang)
    if goal.percent is not None:
        label += f" ({format_percent(goal.percent, lang)})"
    return label


def progress_cell(goal, lang: str) -> str:
    if goal.status is None:
        return goal.progress
    return reported_status(goal, lang) + (
        STATUS_SEPARATOR + goal.progress if goal.progress else "")


def part_title(part: str, lang: str) -> str:
    return t({GOALS_PART: "prep.md.goals", RATINGS_PART: "prep.md.ratings",
              NEEDS_PART: "prep.md.needs"}[part], lang)


def render_preparation(prep: Preparation) -> str:
    """The preparation as a Markdown document (the file handed to the leader)."""
    prep = normalise(prep)
    lang = prep.language if prep.language in LANGS else "en"
    parts = [p for p, present in ((GOALS_PART, prep.goals), (RATINGS_PART, prep.ratings),
                                  (NEEDS_PART, prep.needs)) if present]
    sections = {a.section_id: a.title for a in prep.answers}
    sections.update({p: part_title(p, lang) for p in parts})
    out = ["---", _front_matter(prep, sections).rstrip("\n"), "---", ""]
    out += ["# " + escape_inline(t("prep.md.title", lang, title=prep.title)), ""]
    for answer in prep.answers:
        out += ["## " + escape_inline(answer.title), ""]
        block = prompt_block(answer.prompt, answer.text)
        if block:
            out += [block, ""]
        if answer.text:
            out += [answer.text, ""]
    if prep.goals:
        out += ["## " + escape_inline(part_title(GOALS_PART, lang)), ""]
        header = [t(f"prep.md.goal.{c}", lang) for c in GOAL_COLUMNS]
        rows = [[g.statement, _type_label(g.type, lang), t(f"goal.scope.{g.scope.value}", lang),
                 g.measure, g.target_date.isoformat() if g.target_date else "",
                 progress_cell(g, lang)] for g in prep.goals]
        out += [*_table(header, rows), ""]
    if prep.ratings:
        out += ["## " + escape_inline(part_title(RATINGS_PART, lang)), ""]
        header = [t(f"prep.md.rating.{c}", lang) for c in RATING_COLUMNS]
        rows = [[r.area, r.category,
                 f"{r.depth} – {t(f'competence.level.{r.depth}', lang)}", r.comment]
                for r in prep.ratings]
        out += [*_table(header, rows), ""]
    if prep.needs:
        out += ["## " + escape_inline(part_title(NEEDS_PART, lang)), "", prep.needs, ""]
    return "\n".join(out)
