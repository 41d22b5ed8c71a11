"""Everything stored about one person, or one period of it, as one CommonMark document.

This answers a data access request: front matter with what the file is (person, when it was
exported, the period, counts, shared or full contents, coach's version), a line saying the
file holds private notes when it does, then the person's record, their goals (with the unit
objectives they serve) and competence profile as tables, every progress update and revision
of a goal, action items as GFM task lists, an overview of the conversations and every
conversation in the period, with the preparations the leader imported and the employee's
reviews of summaries (:mod:`coach.markdown.history_handover`). The goals, profile and
conversations come from the same renderers as their own exports
(:mod:`coach.markdown.profile`, :mod:`coach.markdown.export`), one heading level down.
Returns a string; reading the store is :func:`coach.services.exporting.history_markdown`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import yaml

from coach.domain.actions import ActionItem, ActionStatus
from coach.domain.competence import CompetenceArea
from coach.domain.goals import Goal
from coach.domain.people import Person, UnitObjective
from coach.domain.preparation import ImportedPreparation
from coach.domain.review import ImportedReview
from coach.domain.summary import Summary
from coach.domain.visibility import Audience, is_private, visible
from coach.i18n import t
from coach.i18n.formats import format_date, format_datetime, format_percent
from coach.markdown.escape import escape_block, escape_inline
from coach.markdown.export import action_line, conversation_body, private_banner
from coach.markdown.history_handover import preparations_part, reviews_part
from coach.markdown.profile import goals_markdown, profile_markdown

ITEM_INDENT = "  "


@dataclass(frozen=True)
class ConversationPart:
    """One conversation: its full summary (private notes kept apart) and template title."""

    summary: Summary
    template_title: str


@dataclass(frozen=True)
class History:
    person: Person
    exported_at: datetime
    version: str
    include_private: bool
    #: Conversations from this day on; None: everything stored.
    since: date | None = None
    objectives: list[UnitObjective] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    competence: list[CompetenceArea] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    #: Ids of action items raised by a private note (left out of a shared export).
    private_actions: frozenset[str] = frozenset()
    conversations: list[ConversationPart] = field(default_factory=list)
    #: Preparations the leader imported, and the employee's reviews of summaries.
    preparations: list[ImportedPreparation] = field(default_factory=list)
    reviews: list[ImportedReview] = field(default_factory=list)
    #: Conversation id to "title date", for what each review is about.
    review_titles: dict[str, str] = field(default_factory=dict)

    def listed_preparations(self) -> list[ImportedPreparation]:
        if self.since is None:
            return list(self.preparations)
        return [p for p in self.preparations
                if max(p.preparation.date, _local_day(p.imported)) >= self.since]

    def listed_reviews(self) -> list[ImportedReview]:
        if self.since is None:
            return list(self.reviews)
        return [r for r in self.reviews if _local_day(r.imported) >= self.since]

    def listed_actions(self) -> list[ActionItem]:
        """The action items the document lists: in the period (or still open), and private
        ones only in a full export."""
        shown = visible(self.actions, Audience.of(self.include_private))
        chosen = [a for a in shown if self.include_private or a.id not in self.private_actions]
        if self.since is not None:
            chosen = [a for a in chosen if a.is_open or _local_day(a.created) >= self.since]
        return chosen

    def private_notes(self) -> int:
        if not self.include_private:
            return 0
        return sum(len(c.summary.private) for c in self.conversations)


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def _h(level: int, text: str) -> str:
    return "#" * level + " " + text


def front_matter(history: History, lang: str) -> str:
    counts = {
        "conversations": len(history.conversations),
        "goals": len(history.goals),
        "competence_areas": len(history.competence),
        "action_items": len(history.listed_actions()),
        "preparations": len(history.listed_preparations()),
        "reviews": len(history.listed_reviews()),
    }
    if history.include_private:
        counts["private_notes"] = history.private_notes()
    data = {
        "person": history.person.name,
        "role": history.person.role,
        "person_id": history.person.id,
        "exported_at": history.exported_at.astimezone().isoformat(timespec="seconds"),
        "period": {"since": history.since} if history.since else "all",
        "contents": "full" if history.include_private else "shared",
        "counts": counts,
        "language": lang,
        "coach_version": history.version,
    }
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{dumped}---"


def _title(history: History, lang: str) -> str:
    name = history.person.name
    if history.since is None:
        return t("history.title.all", lang, person=name)
    return t("history.title.since", lang, person=name, since=format_date(history.since, lang))


def _record(person: Person, lang: str) -> list[str]:
    rows = [
        ("name", escape_inline(person.name)),
        ("role", escape_inline(person.role)),
        ("email", escape_inline(person.email)),
        ("cadence", t("history.person.cadence_days", lang, days=person.cadence_days)),
        ("archived", t("history.yes" if person.archived else "history.no", lang)),
        ("added", format_date(_local_day(person.created), lang)),
        ("id", escape_inline(person.id)),
    ]
    lines = [f"| {t('history.col.field', lang)} | {t('history.col.value', lang)} |",
             "| --- | --- |"]
    lines += [f"| {t(f'history.person.{key}', lang)} | {value or ' '} |" for key, value in rows]
    return [_h(2, t("history.person", lang)), "\n".join(lines)]


def _goal_log(goals: list[Goal], lang: str) -> list[str]:
    """Every progress update and revision of each goal, oldest first."""
    parts: list[str] = []
    for goal in goals:
        events: list[tuple[datetime, str]] = []
        for p in goal.progress:
            line = t(f"progress.{p.status.value}", lang)
            if is_private(p):
                line += f" *({t('visibility.private', lang)})*"
            if p.percent is not None:
                line += f" ({format_percent(p.percent, lang)})"
            if p.comment.strip():
                line += ": " + escape_block(p.comment, ITEM_INDENT)
            events.append((p.at, line))
        for r in goal.history:
            line = t("history.goal.revised", lang, status=t(f"goal.status.{r.status.value}",
                                                              lang))
            if is_private(r):
                line += f" *({t('visibility.private', lang)})*"
            line += " " + escape_inline(r.statement)
            if r.measure.strip():
                line += f" ({escape_inline(r.measure)})"
            if r.reason.strip():
                line += " – " + escape_block(r.reason, ITEM_INDENT)
            events.append((r.at, line))
        if not events:
            continue
        events.sort(key=lambda e: e[0])
        parts.append(_h(3, escape_inline(goal.statement)))
        parts.append("\n".join(f"- {format_date(_local_day(at), lang)}: {line}"
                               for at, line in events))
    return [_h(2, t("history.goal_log", lang)), *parts] if parts else []


def _action(item: ActionItem, history: History, days: dict[str, date], lang: str) -> str:
    meta = [t(f"owner.{item.owner.value}", lang)]
    if item.id in history.private_actions:
        meta.append(t("visibility.private", lang))
    raised = days.get(item.raised_in or "", _local_day(item.created))
    meta.append(t("history.action.raised", lang, date=format_date(raised, lang)))
    if item.due is not None:
        meta.append(t("export.due", lang, date=format_date(item.due, lang)))
    if item.status is ActionStatus.DONE and item.closed_at is not None:
        meta.append(t("history.action.done", lang,
                      date=format_date(_local_day(item.closed_at), lang)))
    return action_line(item, meta, lang)


def _actions(history: History, lang: str) -> list[str]:
    items = history.listed_actions()
    heading = _h(2, t("history.actions", lang))
    if not items:
        return [heading, t("history.actions.none", lang)]
    days = {c.summary.conversation.id: _local_day(c.summary.conversation.when)
            for c in history.conversations}
    items.sort(key=lambda a: (a.status is not ActionStatus.OPEN, a.created))
    return [heading, "\n".join(_action(a, history, days, lang) for a in items)]


def _overview(history: History, lang: str) -> list[str]:
    heading = _h(2, t("history.conversations", lang))
    if not history.conversations:
        return [heading, t("history.conversations.none", lang)]
    lines = [
        "| " + " | ".join(t(f"history.col.{c}", lang)
                         for c in ("date", "conversation", "status", "minutes")) + " |",
        "| --- | --- | --- | ---: |",
    ]
    for part in history.conversations:
        conv = part.summary.conversation
        lines.append(
            f"| {format_date(_local_day(conv.when), lang)} | {escape_inline(part.template_title)} "
            f"| {t(f'status.{conv.status.value}', lang)} "
            f"| {round(part.summary.actual_seconds / 60)} |"
        )
    return [heading, "\n".join(lines)]


def history_document(history: History, lang: str) -> str:
    """The whole document; private notes (and private action items) only when
    ``history.include_private``, and then the file says so right after the front matter."""
    parts = [front_matter(history, lang)]
    if history.include_private:
        parts.append(private_banner(lang))
    parts.append(_h(1, escape_inline(_title(history, lang))))
    parts.append(t("history.meta", lang,
                   at=format_datetime(history.exported_at.astimezone(), lang),
                   version=history.version))
    parts += _record(history.person, lang)
    person = history.person
    parts.append(goals_markdown(person, history.goals, history.objectives, lang,
                                level=2).rstrip("\n"))
    parts += _goal_log(history.goals, lang)
    parts.append(profile_markdown(person, history.competence, lang, level=2).rstrip("\n"))
    parts += _actions(history, lang)
    audience = Audience.of(history.include_private)
    parts += preparations_part(history.listed_preparations(), audience, lang)
    parts += reviews_part(history.listed_reviews(), history.review_titles, audience, lang)
    parts += _overview(history, lang)
    for part in history.conversations:
        parts += conversation_body(part.summary, lang, include_private=history.include_private,
                                   person_name=person.name,
                                   template_title=part.template_title, level=2)
    return "\n\n".join(parts) + "\n"
