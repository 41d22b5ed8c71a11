"""Writing the preparation file (the format is described in coach.markdown.preparation,
which reads it): the normal form both sides agree on, and the Markdown rendering."""

from __future__ import annotations

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
from coach.markdown.escape import escape_block, escape_inline, tidy

GOAL_COLUMNS = ("goal", "type", "measure", "target", "progress")
RATING_COLUMNS = ("area", "level", "comment")


# -- normal form ----------------------------------------------------------------------------
def one_line(text: str) -> str:
    """What a heading or table cell keeps of a text: one line, tidied."""
    return " ".join(tidy(text).split("\n"))


def normalise(prep: Preparation) -> Preparation:
    """The preparation as its file keeps it: text tidied (LF, no control characters, no
    blank lines at either end), one-line fields on one line."""
    return replace(
        prep,
        person=" ".join(tidy(prep.person).split()),
        title=one_line(prep.title) or prep.template_id,
        answers=[Answer(a.section_id, one_line(a.title), tidy(a.text), tidy(a.prompt))
                 for a in prep.answers],
        goals=[replace(g, statement=one_line(g.statement), measure=one_line(g.measure),
                       progress=one_line(g.progress)) for g in prep.goals],
        ratings=[replace(r, area=one_line(r.area), comment=one_line(r.comment))
                 for r in prep.ratings],
        needs=tidy(prep.needs),
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


def _front_matter(prep: Preparation, sections: list[str]) -> str:
    meta = {
        "coach_preparation": FORMAT_VERSION,
        "template": prep.template_id,
        "language": prep.language,
        "date": prep.date,
        "person": prep.person,
        "sections": sections,
    }
    import yaml

    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=None,
                          width=10_000)


def render_preparation(prep: Preparation) -> str:
    """The preparation as a Markdown document (the file handed to the leader)."""
    prep = normalise(prep)
    lang = prep.language if prep.language in LANGS else "en"
    parts = [p for p, present in ((GOALS_PART, prep.goals), (RATINGS_PART, prep.ratings),
                                  (NEEDS_PART, prep.needs)) if present]
    out = ["---", _front_matter(prep, prep.order + parts).rstrip("\n"), "---", ""]
    out += ["# " + escape_inline(t("prep.md.title", lang, title=prep.title)), ""]
    for answer in prep.answers:
        out += ["## " + escape_inline(answer.title), ""]
        if answer.prompt:
            out += ["> " + escape_block(answer.prompt, "> "), ""]
        if answer.text:
            out += [escape_block(answer.text), ""]
    if prep.goals:
        out += ["## " + escape_inline(t("prep.md.goals", lang)), ""]
        header = [t(f"prep.md.goal.{c}", lang) for c in GOAL_COLUMNS]
        rows = [[g.statement, _type_label(g.type, lang), g.measure,
                 g.target_date.isoformat() if g.target_date else "", g.progress]
                for g in prep.goals]
        out += [*_table(header, rows), ""]
    if prep.ratings:
        out += ["## " + escape_inline(t("prep.md.ratings", lang)), ""]
        header = [t(f"prep.md.rating.{c}", lang) for c in RATING_COLUMNS]
        rows = [[r.area, f"{r.depth} – {t(f'competence.level.{r.depth}', lang)}", r.comment]
                for r in prep.ratings]
        out += [*_table(header, rows), ""]
    if prep.needs:
        out += ["## " + escape_inline(t("prep.md.needs", lang)), "", escape_block(prep.needs),
                ""]
    return "\n".join(out)
