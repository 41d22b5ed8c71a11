"""A fixture person (Kari) with goals, unit objectives and a competence profile."""

from datetime import UTC, date, datetime

from coach.domain.competence import CompetenceArea, LevelChange
from coach.domain.goals import Goal, GoalScope, GoalType, Progress, ProgressEntry
from coach.domain.people import Person, UnitObjective

HOSTILE = "# Boom\n- [x](http://evil) <b>|pipe|</b> *em*"


def at(month: int, day: int = 1) -> datetime:
    return datetime(2025, month, day, 12, 0, tzinfo=UTC)


def kari_records():
    kari = Person("Kari Lie", role="Rådgiver")
    pitch = UnitObjective("Raskere saksbehandling", "Halvere ventetiden innen 2026")
    old = UnitObjective("Digital førstelinje", active=False)
    main = Goal(kari.id, "Lead the archive migration", objective_id=pitch.id,
                measure="All cases moved by June", target_date=date(2025, 6, 30),
                created=at(1))
    main.record_progress(ProgressEntry(Progress.ON_TRACK, "pilot done", 30, at=at(2)))
    main.record_progress(ProgressEntry(Progress.AT_RISK, "vendor late", 55, at=at(3)))
    learn = Goal(kari.id, "Learn SQL", type=GoalType.DEVELOPMENT, scope=GoalScope.PERSONAL,
                 created=at(1, 2))
    done = Goal(kari.id, "Chatbot pilot", objective_id=old.id, measure="Live in test",
                created=at(1, 3))
    done.record_progress(ProgressEntry(Progress.ACHIEVED, "", 100, at=at(4)))
    dropped = Goal(kari.id, "Write a handbook", created=at(1, 4))
    dropped.drop("No longer needed")
    sql = CompetenceArea(kari.id, "SQL", depth=1, category="Data", evidence="Course", created=at(1))
    sql.history = [LevelChange(at(1), None, 1, "Starting out"),
                   LevelChange(at(5), 1, 3, "Wrote the migration queries"),
                   LevelChange(at(4), None, 2, "", rating="self")]
    sql.depth, sql.self_rating = 3, 2
    law = CompetenceArea(kari.id, "Forvaltningsrett", depth=4, created=at(1))
    return kari, [pitch, old], [main, learn, done, dropped], [sql, law]
