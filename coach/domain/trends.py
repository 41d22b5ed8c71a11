"""How one person develops over time: goals, mastery, support needs and time boxes.

Four series, all from completed conversations and the person's goals (pure: no store, no
clock; the caller passes ``today``):

- **goal status per quarter**: for each calendar quarter from the first goal to today's, how
  many goals stood on track, at risk, off track or without any progress at the quarter's
  end, and how many were achieved or dropped *in* that quarter (a closed goal is counted
  once, in the quarter it closed, so the bars do not grow for ever);
- **mastery moments per conversation**: the mastery-moment entries written in each one;
- **support needs by theme**: every support-need entry sorted into a theme by keywords in
  bokmål and English (see ``THEMES``; the first theme with a matching word wins, else
  "other"). Keywords rather than the section it was raised in, because most support needs
  are typed in whatever section the talk is in;
- **section overruns**: per conversation, the share of the sections held (not skipped)
  whose actual time was longer than planned.

Drafts (still being typed) are not counted. Private entries are counted (only counts are
shown, never their text).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    Entry,
    EntryKind,
)
from coach.domain.goals import Goal, GoalStatus

#: Goal states counted per quarter, in the order they are drawn.
GOAL_STATES = ("on-track", "at-risk", "off-track", "no-status", "achieved", "dropped")

#: Support-need themes and their keywords (casefolded). A keyword ending in ``*`` matches
#: any word it starts; otherwise it must be a whole word. Several words must occur in order.
THEMES: dict[str, tuple[str, ...]] = {
    "workload": (
        "prioriter*", "priorit*", "arbeidsmengde*", "workload*", "tid", "time", "kapasitet*",
        "capacity", "travel*", "busy", "overtid*", "overtime", "tas bort", "taken off",
        "velge mellom", "choosing between", "choose between", "frist*", "deadline*",
    ),
    "role": (
        "rolle*", "role*", "avklar*", "clarif*", "forventning*", "expectation*", "ansvar*",
        "responsib*", "mandat*", "mandate*",
    ),
    "feedback": (
        "tilbakemelding*", "feedback", "anerkjennelse*", "recognition", "oppfølging*",
        "follow-up*",
    ),
    "learning": (
        "mentor*", "kurs*", "course*", "opplæring*", "training", "lære*", "learn*",
        "kompetanse*", "skill*", "sertifiser*", "certif*", "veiled*", "coaching",
    ),
    "tools": (
        "verktøy*", "tool*", "system*", "utstyr*", "equipment", "skjerm*", "screen*", "pult*",
        "desk*", "tilgang*", "access", "lisens*", "licen*", "programvare*", "software", "it",
    ),
    "wellbeing": (
        "helse*", "health*", "trivsel*", "wellbeing", "well-being", "balanse*", "balance*",
        "stress*", "energi*", "energy", "sykefravær*", "sick*", "sliten", "tired",
    ),
}
OTHER_THEME = "other"
#: Every theme in the order they are listed, "other" last.
THEME_ORDER = (*THEMES, OTHER_THEME)

_WORD = re.compile(r"[\w-]+", re.UNICODE)


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(unicodedata.normalize("NFC", folded))


def _matches(words: Sequence[str], keyword: str) -> bool:
    parts = keyword.split()
    if len(parts) > 1:
        n = len(parts)
        return any(list(words[i:i + n]) == parts for i in range(len(words) - n + 1))
    if keyword.endswith("*"):
        stem = keyword[:-1]
        return any(w.startswith(stem) for w in words)
    return keyword in words


def support_theme(text: str) -> str:
    """The theme of one support need (a key of ``THEMES``, or ``OTHER_THEME``)."""
    words = _words(text)
    for theme, keywords in THEMES.items():
        if any(_matches(words, k) for k in keywords):
            return theme
    return OTHER_THEME


@dataclass(frozen=True)
class ConversationPoint:
    """One completed conversation's figures."""

    conversation_id: str
    day: date
    kind: ConversationKind
    mastery: int
    support: int
    sections_held: int
    sections_over: int
    planned_minutes: float
    actual_minutes: float

    @property
    def overrun_share(self) -> float | None:
        """Share of held sections that ran over (0..1); None when no section was held."""
        return self.sections_over / self.sections_held if self.sections_held else None


@dataclass(frozen=True)
class QuarterCounts:
    year: int
    quarter: int  # 1..4
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, state: str) -> int:
        return self.counts.get(state, 0)


@dataclass(frozen=True)
class Trends:
    points: list[ConversationPoint]
    quarters: list[QuarterCounts]
    #: Support needs per theme over all conversations, every theme present (maybe 0).
    themes: dict[str, int]

    @property
    def empty(self) -> bool:
        return not self.points and not self.quarters

    @property
    def overrun_share(self) -> float | None:
        """Share of all held sections, over every conversation, that ran over."""
        held = sum(p.sections_held for p in self.points)
        return sum(p.sections_over for p in self.points) / held if held else None

    @property
    def mastery_total(self) -> int:
        return sum(p.mastery for p in self.points)


def _local_date(moment: datetime) -> date:
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def conversation_point(conversation: Conversation, entries: Iterable[Entry]) -> ConversationPoint:
    """The figures of one conversation and its entries."""
    counted = [e for e in entries if not e.draft]
    held = [s for s in conversation.sections if not s.skipped and s.actual_seconds > 0]
    over = [s for s in held if s.actual_seconds > s.planned_minutes * 60]
    return ConversationPoint(
        conversation_id=conversation.id,
        day=_local_date(conversation.when),
        kind=conversation.kind,
        mastery=sum(1 for e in counted if e.kind is EntryKind.MASTERY_MOMENT),
        support=sum(1 for e in counted if e.kind is EntryKind.SUPPORT_NEED),
        sections_held=len(held),
        sections_over=len(over),
        planned_minutes=conversation.planned_minutes,
        actual_minutes=conversation.actual_seconds / 60,
    )


def _quarter(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _quarter_end(year: int, quarter: int) -> date:
    month = quarter * 3
    return date(year, 12, 31) if month == 12 else date(year, month + 1, 1) - timedelta(days=1)


def _next_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year + 1, 1) if quarter == 4 else (year, quarter + 1)


def goal_closed_on(goal: Goal) -> date | None:
    """When an achieved or dropped goal was closed (None for an active one).

    A change of status leaves a revision holding the state before it; the newest such
    revision that was still active dates the close. Without one, the last progress entry
    (or the goal's creation) does.
    """
    if goal.status is GoalStatus.ACTIVE:
        return None
    for revision in reversed(goal.history):
        if revision.status is GoalStatus.ACTIVE:
            return _local_date(revision.at)
    if goal.progress:
        return _local_date(goal.progress[-1].at)
    return _local_date(goal.created)


def goal_state_on(goal: Goal, day: date) -> str | None:
    """The goal's state at the end of ``day``: a ``GOAL_STATES`` value, or None when it did
    not exist yet or was closed before."""
    if _local_date(goal.created) > day:
        return None
    closed = goal_closed_on(goal)
    if closed is not None and closed <= day:
        return goal.status.value
    known = [p for p in goal.progress if _local_date(p.at) <= day]
    if not known or known[-1].status.value == "achieved":
        return "no-status"
    return known[-1].status.value


def goal_quarters(goals: Sequence[Goal], today: date) -> list[QuarterCounts]:
    """Goal states per quarter from the first goal's quarter to today's (see the module)."""
    if not goals:
        return []
    year, quarter = _quarter(min(_local_date(g.created) for g in goals))
    last = _quarter(today)
    out: list[QuarterCounts] = []
    while (year, quarter) <= last:
        end = min(_quarter_end(year, quarter), today)
        counts: Counter[str] = Counter()
        for goal in goals:
            closed = goal_closed_on(goal)
            if closed is not None and closed <= end:
                if _quarter(closed) == (year, quarter):
                    counts[goal.status.value] += 1
                continue
            state = goal_state_on(goal, end)
            if state is not None:
                counts[state] += 1
        out.append(QuarterCounts(year, quarter, {s: counts[s] for s in GOAL_STATES
                                                 if counts[s]}))
        year, quarter = _next_quarter(year, quarter)
    return out


def person_trends(held: Iterable[tuple[Conversation, Sequence[Entry]]], goals: Sequence[Goal],
                  today: date) -> Trends:
    """Everything the trends screen draws, from a person's conversations (with their
    entries) and goals. Only completed conversations count, oldest first."""
    done = sorted(((c, e) for c, e in held if c.status is ConversationStatus.COMPLETED),
                  key=lambda pair: pair[0].when)
    themes = dict.fromkeys(THEME_ORDER, 0)
    for _conversation, entries in done:
        for entry in entries:
            if entry.kind is EntryKind.SUPPORT_NEED and not entry.draft:
                themes[support_theme(entry.text)] += 1
    return Trends(
        points=[conversation_point(c, e) for c, e in done],
        quarters=goal_quarters(goals, today),
        themes=themes,
    )
