"""The person view's text beside the timeline: the year's cycle, open action items (the
leader's and the employee's apart), active goals with their latest status, and the
competence profile in one line (breadth, and the deepest areas: the T's stem)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.text import Text

from coach.domain.actions import ActionItem, Owner
from coach.domain.competence import CompetenceArea
from coach.domain.goals import Goal, Progress
from coach.domain.screen_share import ShareView
from coach.i18n.labels import format_date
from coach.tui.screen_share import hidden_count, hidden_mark

PROGRESS_STYLE = {Progress.ON_TRACK: "green", Progress.AT_RISK: "bold yellow",
                  Progress.OFF_TRACK: "bold red", Progress.ACHIEVED: "cyan"}


def actions_text(actions: Sequence[ActionItem], today: date, _,
                 share: ShareView | None = None) -> Text:
    """In screen-share mode (``share``) private items are counted, not listed."""
    out = Text()
    if not actions:
        out.append(_("person.open_actions") + "\n", style="bold")
        out.append("  " + _("person.no_open_actions") + "\n")
        return out
    for owner, key in ((Owner.LEADER, "overview.person.mine"),
                       (Owner.EMPLOYEE, "overview.person.theirs")):
        mine = [a for a in actions if a.owner is owner]
        if not mine:
            continue
        out.append(_(key, count=len(mine)) + "\n", style="bold")
        hidden = 0
        for a in mine:
            if share is not None and not share.shows(a):
                share.hide("action-item", a.text, _(key, count=len(mine)))
                hidden += 1
                continue
            out.append("  • " + a.text)
            if a.due:
                style = "bold red" if a.overdue(today) else "dim"
                label = "overview.person.overdue" if a.overdue(today) else "overview.person.due"
                out.append(" (" + _(label, due=format_date(a.due, _.lang)) + ")", style=style)
            out.append("\n")
        out.append_text(hidden_count(_, hidden))
    return out


def goals_text(goals: Sequence[Goal], _, share: ShareView | None = None) -> Text:
    active = [g for g in goals if g.is_active]
    out = Text(_("person.goals", count=len(active)) + "\n", style="bold")
    for g in active:
        out.append("  • " + g.statement)
        latest = g.latest
        if latest is None:
            out.append(" · " + _("goals.live.no_progress"), style="dim")
        elif share is not None and not share.shows(latest):
            share.hide("progress", _(f"progress.{latest.status.value}") + (
                f": {latest.comment}" if latest.comment else ""), g.statement)
            out.append(" · ").append_text(hidden_mark(_, "progress"))
        else:
            out.append(" · " + _(f"progress.{latest.status.value}"),
                       style=PROGRESS_STYLE[latest.status])
        out.append("\n")
    return out


def profile_line(areas: Sequence[CompetenceArea], _) -> Text:
    """'Competence: 6 areas · deepest: Statistics 4, Law 4' (k opens the picture)."""
    out = Text(_("overview.person.profile") + ": ", style="bold")
    if not areas:
        out.append(_("overview.person.no_profile"), style="dim")
        return out
    deepest = sorted(areas, key=lambda a: (-a.depth, a.area.casefold()))[:2]
    stem = ", ".join(f"{a.area} {a.depth}" for a in deepest)
    out.append(_("overview.person.profile_line", count=len(areas), stem=stem))
    return out


def details_text(cycle_line: Text, actions, goals, areas, today: date, _,
                 share: ShareView | None = None) -> Text:
    out = Text()
    out.append_text(cycle_line)
    out.append("\n\n")
    out.append_text(actions_text(actions, today, _, share))
    out.append("\n")
    out.append_text(goals_text(goals, _, share))
    out.append("\n")
    out.append_text(profile_line(areas, _))
    return out
