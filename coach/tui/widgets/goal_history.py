"""A goal's history as text: when it was set, each progress entry and each revision."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text

from coach.domain.goals import Goal
from coach.domain.screen_share import ShareView
from coach.domain.visibility import is_private
from coach.i18n import Translator
from coach.i18n.formats import format_percent
from coach.i18n.labels import format_date
from coach.tui.screen_share import placeholder


def _day(moment: datetime, lang: str) -> str:
    return format_date(moment.astimezone().date(), lang)


def goal_history(goal: Goal, _: Translator, lang: str, share: ShareView | None = None) -> Text:
    """Oldest first. A revision shows what the goal said before it, and why it changed. A
    progress entry that ``share`` (screen-share mode) may not show is its placeholder."""
    events: list[tuple[datetime, str, str]] = [(goal.created, _("goals.tui.hist.created"), "")]
    for p in goal.progress:
        if share is not None and not share.shows(p):
            share.hide("progress", _(f"progress.{p.status.value}") + (
                f": {p.comment}" if p.comment else ""), goal.statement)
            events.append((p.at, placeholder(_, "progress"), ""))
            continue
        status = _(f"progress.{p.status.value}")
        if p.percent is not None:
            status += f" ({format_percent(p.percent, lang)})"
        if is_private(p):  # the leader's own screen: shown, and marked
            status += f", {_('visibility.private')}"
        events.append((p.at, _("goals.tui.hist.progress", status=status), p.comment))
    # Each revision snapshots the goal *before* the change; the change is what followed.
    after = [r.status for r in goal.history[1:]] + [goal.status][: len(goal.history)]
    for revision, status in zip(goal.history, after, strict=True):
        if status is not revision.status:
            what = _("goals.tui.hist.status", status=_(f"goal.status.{status.value}"))
        else:
            what = _("goals.tui.hist.revised", statement=revision.statement)
        if share is not None and not share.shows(revision):
            share.hide("note", what + (f": {revision.reason}" if revision.reason else ""),
                       goal.statement)
            events.append((revision.at, placeholder(_, "note"), ""))
            continue
        if is_private(revision):  # the leader's own screen: shown, and marked
            what += f" ({_('visibility.private')})"
        events.append((revision.at, what, revision.reason))
    out = Text(_("goals.tui.history") + ": ", style="bold")
    out.append(goal.statement, style="bold")
    for at, what, note in sorted(events, key=lambda e: e[0]):
        out.append(f"\n{_day(at, lang)}  {what}")
        if note:
            out.append(f": {note}", style="dim")
    return out
