"""The prepare screen's facts as text: the agenda, last time's agreements, open action
items, goals and recent competence changes (formatted in the screen's worker)."""

from __future__ import annotations

from datetime import date

from rich.text import Text

from coach.content import Template
from coach.domain.records import local_date
from coach.domain.screen_share import ScreenShare, ShareView
from coach.i18n import Translator
from coach.i18n.formats import format_date, format_decimal, format_percent
from coach.services.preparation_view import PreparationFacts
from coach.tui.screen_share import entry_kind, hidden_count, hidden_mark


def _minutes(value: float, lang: str) -> str:
    return format_decimal(value, lang)


def action_line(action, today: date, _: Translator, lang: str) -> Text:
    owner = _(f"owner.{action.owner.value}")
    if action.private:
        owner += ", " + _("live.private_mark")
    out = Text("  • ")
    if action.due:
        overdue = action.overdue(today)
        due = _("live.action.overdue" if overdue else "live.action.due",
                date=format_date(action.due, lang))
        out.append(action.text)
        out.append(f" ({owner}, ", style="dim")
        out.append(due, style="bold red" if overdue else "dim")
        out.append(")", style="dim")
    else:
        out.append(action.text)
        out.append(f" ({owner})", style="dim")
    return out


def progress_text(latest, _: Translator, lang: str) -> str:
    """A progress entry in a line: status, percent, the comment."""
    extra = f", {format_percent(latest.percent, lang)}" if latest.percent is not None else ""
    comment = f": {latest.comment}" if latest.comment else ""
    return f"{_(f'progress.{latest.status.value}')}{extra}{comment}"


def preparation_text(prep: PreparationFacts, template: Template, today: date, _: Translator,
                     lang: str, share: ShareView | None = None) -> Text:
    """The facts; in screen-share mode (``share``) each list's private entries are left out
    and counted ("2 private skjult"), a goal's private progress is a placeholder."""
    share = share if share is not None else ShareView(ScreenShare())
    out = Text()

    def shown(records, kind: str, where: str) -> list:
        keep = [r for r in records if share.shows(r)]
        for r in records:
            if not share.shows(r):
                share.hide(kind, r.text, where)
        return keep

    def collapsed(records, keep) -> None:
        out.append_text(hidden_count(_, len(records) - len(keep)))

    def heading(text: str) -> None:
        out.append("\n" + text + "\n", style="bold underline")

    heading(_("live.prepare.agenda"))
    for s in template.sections:
        out.append(f"  {_minutes(s.minutes, lang):>3} min  ", style="dim")
        out.append(s.title)
        if s.prepare:
            out.append(f" — {s.prepare}", style="dim")
        out.append("\n")
    if prep.last is None:
        heading(_("live.prepare.last", date="–"))
        out.append("  " + _("live.prepare.no_last") + "\n", style="dim")
    else:
        heading(_("live.prepare.last", date=format_date(local_date(prep.last.when), lang)))
        if not prep.last_agreements:
            out.append("  " + _("live.prepare.no_agreements") + "\n", style="dim")
        agreements = shown(prep.last_agreements, "agreement", "")
        for entry in agreements:
            out.append(f"  • {entry.text}")
            out.append(f" ({_('live.private_mark')})\n" if entry.private else "\n",
                       style="bold red")
        collapsed(prep.last_agreements, agreements)
        for key, entries in (("live.prepare.support", prep.last_support_needs),
                             ("live.prepare.mastery", prep.last_mastery)):
            heading(_(key))
            if not entries:
                out.append("  " + _(f"{key}.none") + "\n", style="dim")
            keep = shown(entries, entry_kind(entries[0]) if entries else "note", _(key))
            for entry in keep:
                out.append(f"  • {entry.text}")
                out.append(f" ({_('live.private_mark')})\n" if entry.private else "\n",
                           style="bold red")
            collapsed(entries, keep)
    heading(_("live.prepare.actions"))
    if not prep.open_actions:
        out.append("  " + _("live.prepare.no_actions") + "\n", style="dim")
    actions = shown(prep.open_actions, "action-item", _("live.prepare.actions"))
    for action in actions:
        out.append_text(action_line(action, today, _, lang))
        out.append("\n")
    collapsed(prep.open_actions, actions)
    heading(_("live.prepare.goals"))
    if not prep.goals:
        out.append("  " + _("live.prepare.no_goals") + "\n", style="dim")
    for goal in prep.goals:
        out.append(f"  • {goal.statement}")
        latest = goal.latest
        if latest is None:
            out.append(f" ({_('live.prepare.no_progress')})\n", style="dim")
        elif not share.shows(latest):
            share.hide("progress", progress_text(latest, _, lang), goal.statement)
            out.append(" (").append_text(hidden_mark(_, "progress")).append(")\n")
        else:
            out.append(f" ({progress_text(latest, _, lang)})\n", style="dim")
    heading(_("live.prepare.competence"))
    if not prep.competence_changes:
        out.append("  " + _("live.prepare.no_competence") + "\n", style="dim")
    for change in prep.competence_changes:
        old = change.change.from_depth
        line = _("live.prepare.change", area=change.area.area,
                 old=old if old is not None else _("live.level.none"), new=change.change.to_depth)
        when = format_date(local_date(change.change.at), lang)
        out.append(f"  • {line}  ")
        out.append(when + "\n", style="dim")
    return out
