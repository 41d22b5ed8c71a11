"""A small data directory for the fault tests: one person with a finished conversation,
a goal and a competence area, holding a known note text (``SECRET``) and a backup."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from coach.domain.competence import CompetenceArea
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    Entry,
    SectionTiming,
)
from coach.domain.goals import Goal, GoalScope, GoalType
from coach.domain.people import Person
from coach.store import Store

SECRET = "Hemmelig notat 4711 om Kari"
NAME = "Kari Nordmann"


def fill(data_dir: Path) -> dict:
    """Write the small team into ``data_dir``; returns ids by name."""
    with Store.open(data_dir, backup=False) as store:
        person = Person(NAME, role="rådgiver")
        store.save_person(person)
        conv = Conversation(
            person.id, ConversationKind.FOLLOW_UP, "follow-up", language="nb",
            title="Månedlig oppfølging", status=ConversationStatus.COMPLETED,
            started_at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
            ended_at=datetime(2026, 11, 2, 9, 30, tzinfo=UTC),
            sections=[SectionTiming("since-last", "Siden sist", 5, 120.5)],
        )
        store.save_conversation(conv)
        store.save_entry(Entry(conv.id, SECRET, "since-last"))
        store.save_goal(Goal(person.id, "Lede prosjektet", GoalType.DEVELOPMENT,
                             GoalScope.PROFESSIONAL))
        store.save_competence(CompetenceArea(person.id, "Tjenestedesign", 2))
        store.backup_now()
    return {"person": person.id, "conversation": conv.id}


def coach(*args: str, env: dict | None = None, stdin: str = "",
          timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the real ``coach`` command in a fresh interpreter (the environment of the test,
    plus ``env``)."""
    full = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "coach", *args], capture_output=True,
                          text=True, env=full, input=stdin, timeout=timeout)


def assert_clean_stop(result: subprocess.CompletedProcess, code: int = 1) -> None:
    """Stopped with ``code``, a message and no traceback."""
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert "Error:" not in result.stderr, result.stderr
