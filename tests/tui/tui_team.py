"""A fixed small team, a fixed clock, and helpers shared by the TUI tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from coach.domain.actions import ActionItem, ActionStatus, Owner
from coach.domain.conversations import Conversation, ConversationKind, ConversationStatus
from coach.domain.goals import Goal
from coach.domain.people import Person
from coach.tui.app import CoachApp

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
TODAY = NOW.date()


def uid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def at(day: date | str) -> datetime:
    """Noon UTC: the same calendar date in every time zone a test machine is likely in."""
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return datetime(d.year, d.month, d.day, 12, 0, tzinfo=UTC)


KARI, OLA, AISHA, PER, INGRID = (uid(n) for n in range(1, 6))


def fill_team(store) -> None:
    """Five people: on time, overdue, due today (never met), long name, archived."""
    people = [
        Person("Kari Nordmann", "Rådgiver", 30, id=KARI, created=at("2025-01-06")),
        Person("Ola Hansen", "Saksbehandler", 14, id=OLA, created=at("2025-02-03")),
        Person("Aisha Rahman", "Prosjektleder", 30, id=AISHA, created=at("2026-03-16")),
        Person(
            "Per Bakken-Lindqvist Johannessen",
            "Seniorrådgiver, digitalisering og tjenesteutvikling",
            60,
            id=PER,
            created=at("2024-09-02"),
        ),
        Person("Ingrid Berg", "Controller", 90, archived=True, id=INGRID, created=at("2023-05-01")),
    ]
    for p in people:
        store.save_person(p)
    done = ConversationStatus.COMPLETED
    conversations = [
        (uid(101), KARI, "2026-01-19", done, ConversationKind.FOLLOW_UP),
        (uid(102), KARI, "2026-02-20", done, ConversationKind.FOLLOW_UP),
        (uid(103), KARI, "2026-04-01", ConversationStatus.PLANNED, ConversationKind.CHECK_IN),
        (uid(104), OLA, "2026-02-16", done, ConversationKind.GOAL_SETTING),
        (uid(105), PER, "2026-01-10", done, ConversationKind.EVALUATION),
        (uid(106), INGRID, "2025-06-01", done, ConversationKind.ANNUAL),
    ]
    for cid, pid, day, status, kind in conversations:
        when = at(day)
        store.save_conversation(
            Conversation(
                person_id=pid,
                kind=kind,
                template_id=kind.value,
                status=status,
                planned_at=when,
                started_at=when if status is done else None,
                ended_at=when if status is done else None,
                id=cid,
                created=when,
            )
        )
    actions = [
        (uid(201), KARI, "Lese rapporten om tjenestedesign", Owner.EMPLOYEE, "2026-03-20", True),
        (uid(202), KARI, "Avklare budsjett for kurs", Owner.LEADER, None, True),
        (uid(203), KARI, "Sende referat", Owner.LEADER, "2026-02-21", False),
        (uid(204), OLA, "Sette opp møte med IT", Owner.EMPLOYEE, "2026-03-01", True),
    ]
    for aid, pid, text, owner, due, is_open in actions:
        store.save_action(
            ActionItem(
                person_id=pid,
                text=text,
                owner=owner,
                due=date.fromisoformat(due) if due else None,
                status=ActionStatus.OPEN if is_open else ActionStatus.DONE,
                id=aid,
                created=at("2026-02-20"),
            )
        )
    store.save_goal(
        Goal(
            person_id=KARI,
            statement="Lede et tjenestedesignprosjekt",
            id=uid(301),
            created=at("2026-01-19"),
        )
    )


def make_app(store, lang: str = "en") -> CoachApp:
    return CoachApp(store, lang=lang, clock=lambda: NOW)


async def settle(pilot) -> None:
    """Wait until store workers have finished and their results are on screen."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
