"""A person's goals and competence profile as CommonMark (GFM tables).

``coach goals PERSON`` and ``coach profile PERSON`` print these, and the TUI's goal and
profile screens show the same text when exported: one code path. User text goes through
:mod:`coach.markdown.escape`; labels come from the i18n catalogue. Returns strings only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from coach.domain.competence import CompetenceArea, LevelChange
from coach.domain.goals import Goal, GoalScope, GoalStatus
from coach.domain.people import Person, UnitObjective
from coach.domain.visibility import is_private
from coach.i18n import t
from coach.i18n.formats import format_date, format_day
from coach.i18n.labels import latest_progress, level_label
from coach.markdown.escape import escape_block, escape_inline

ITEM_INDENT = "  "


def _day(moment: datetime, lang: str) -> str:
    return format_day(moment, lang)


def _table(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines)


# goals ------------------------------------------------------------------------------------
def _objective_cell(goal: Goal, objectives: dict[str, UnitObjective], lang: str) -> str:
    if goal.objective_id is not None:
        found = objectives.get(goal.objective_id)
        if found is None:
            return t("goals.md.unknown_objective", lang)
        return escape_inline(found.title)
    if goal.scope is GoalScope.PERSONAL:
        return t("goals.md.personal", lang)
    return f"*{t('goals.md.no_link', lang)}*"


def _latest_cell(goal: Goal, lang: str) -> str:
    entry = goal.latest
    cell = escape_inline(latest_progress(goal, lang))
    if entry is not None and entry.comment.strip():
        cell += ": " + escape_inline(entry.comment)
    return cell


def _goal_row(goal: Goal, objectives: dict[str, UnitObjective], lang: str) -> list[str]:
    kind = t(f"goal.type.{goal.type.value}", lang) + ", " + t(f"goal.scope.{goal.scope.value}",
                                                              lang)
    return [
        escape_inline(goal.statement),
        kind,
        _objective_cell(goal, objectives, lang),
        escape_inline(goal.measure),
        format_date(goal.target_date, lang) if goal.target_date else "",
        _latest_cell(goal, lang),
        t("goals.md.log", lang, progress=len(goal.progress), revisions=len(goal.history)),
    ]


def _h(level: int, text: str) -> str:
    return "#" * min(level, 6) + " " + text


def goals_markdown(person: Person, goals: list[Goal], objectives: list[UnitObjective],
                   lang: str, *, level: int = 1) -> str:
    """A person's goals, one table per status (active, achieved, dropped).

    ``objectives`` should include inactive ones, so that old goals still name what they
    served; the unit objectives the goals serve are listed with their descriptions.
    ``level`` is the title's heading level (a person's history puts it under its own title).
    """
    by_id = {o.id: o for o in objectives}
    parts = [_h(level, escape_inline(t("goals.md.title", lang, person=person.name)))]
    if not goals:
        parts.append(t("goals.md.none", lang))
    header = [t(f"goals.md.col.{c}", lang)
              for c in ("goal", "type", "objective", "measure", "target", "latest", "log")]
    for status in GoalStatus:
        chosen = [g for g in goals if g.status is status]
        if chosen:
            parts.append(_h(level + 1, t(f"goals.md.section.{status.value}", lang)))
            parts.append(_table(header, (_goal_row(g, by_id, lang) for g in chosen)))
    served = [by_id[i] for i in dict.fromkeys(g.objective_id for g in goals) if i in by_id]
    if served:
        items = []
        for objective in served:
            item = "- **" + escape_inline(objective.title, glued=True) + "**"
            if objective.description.strip():
                item += ": " + escape_block(objective.description, ITEM_INDENT)
            items.append(item)
        parts += [_h(level + 1, t("goals.md.objectives", lang)), "\n".join(items)]
    return "\n\n".join(parts) + "\n"


# competence profile -----------------------------------------------------------------------
def _change_line(change: LevelChange, lang: str) -> str:
    before = level_label(change.from_depth, lang) or t("profile.md.start", lang)
    line = f"- {_day(change.at, lang)}: {before} → {level_label(change.to_depth, lang)}"
    if change.rating == "self":
        line += f" *({t('profile.md.self', lang)})*"
    if is_private(change):
        line += f" *({t('visibility.private', lang)})*"
    if change.reason.strip():
        line += ": " + escape_block(change.reason, ITEM_INDENT)
    return line


def profile_markdown(person: Person, areas: list[CompetenceArea], lang: str, *,
                     level: int = 1) -> str:
    """The competence profile: a table of areas (breadth) with their levels (depth), then
    each area's changes over time."""
    parts = [_h(level, escape_inline(t("profile.md.title", lang, person=person.name)))]
    if not areas:
        parts.append(t("profile.md.none", lang))
        return "\n\n".join(parts) + "\n"
    parts.append(t("profile.md.breadth", lang, count=len(areas)))
    header = [t(f"profile.md.col.{c}", lang)
              for c in ("area", "category", "depth", "self", "evidence")]
    rows = [
        [
            escape_inline(a.area) + (f" *({t('visibility.private', lang)})*"
                                     if is_private(a) else ""),
            escape_inline(a.category),
            level_label(a.depth, lang),
            level_label(a.self_rating, lang),
            escape_inline(a.evidence),
        ]
        for a in areas
    ]
    parts.append(_table(header, rows))
    parts.append(_h(level + 1, t("profile.md.history", lang)))
    for area in areas:
        parts.append(_h(level + 2, escape_inline(area.area)))
        changes = sorted(area.history, key=lambda c: c.at)
        if changes:
            parts.append("\n".join(_change_line(c, lang) for c in changes))
        else:
            parts.append(t("profile.md.no_changes", lang))
    return "\n\n".join(parts) + "\n"
