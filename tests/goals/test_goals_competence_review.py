"""The competence updater's view: level at the last evaluation, now, and changes since."""

from dataclasses import dataclass
from datetime import UTC, datetime

from coach.domain.competence import CompetenceArea, LevelChange
from coach.domain.competence_review import changes_since, depth_at, last_evaluation, review
from coach.domain.conversations import ConversationKind, ConversationStatus


def at(month: int, day: int = 1) -> datetime:
    return datetime(2025, month, day, 12, 0, tzinfo=UTC)


@dataclass
class Row:
    id: str
    kind: ConversationKind
    status: ConversationStatus
    ended_at: datetime | None
    when: datetime


def _sql() -> CompetenceArea:
    area = CompetenceArea("p", "SQL", depth=4, created=at(1))
    area.history = [LevelChange(at(1), None, 1, "start"),
                    LevelChange(at(3), 1, 2, "course"),
                    LevelChange(at(7), 2, 4, "migration", "conv-2"),
                    LevelChange(at(8), None, 3, "", "conv-2", rating="self")]
    return area


def test_last_evaluation_is_the_latest_finished_evaluation_or_annual():
    done, going = ConversationStatus.COMPLETED, ConversationStatus.IN_PROGRESS
    rows = [
        Row("a", ConversationKind.EVALUATION, done, at(2), at(2)),
        Row("b", ConversationKind.ANNUAL, done, None, at(4)),
        Row("c", ConversationKind.FOLLOW_UP, done, at(6), at(6)),
        Row("d", ConversationKind.EVALUATION, going, None, at(9)),
    ]
    assert last_evaluation(rows) == at(4)
    assert last_evaluation(rows, exclude="b") == at(2)
    assert last_evaluation(rows[2:]) is None


def test_depth_at_replays_the_agreed_history():
    area = _sql()
    assert depth_at(area, at(1, 1)) == 1
    assert depth_at(area, at(5)) == 2
    assert depth_at(area, at(12)) == 4  # the self-rating is not the record
    assert depth_at(area, datetime(2024, 1, 1, tzinfo=UTC)) is None
    legacy = CompetenceArea("p", "Law", depth=3, created=at(2))
    assert depth_at(legacy, at(6)) == 3 and depth_at(legacy, at(1)) is None


def test_review_previous_and_current_and_what_changed_since():
    sql = _sql()
    new = CompetenceArea("p", "Python", created=at(6))
    new.set_depth(2, "added")
    new.history[0].at = at(6)
    (python, sql_row) = review([sql, new], at(5))
    assert (sql_row.previous, sql_row.current, sql_row.moved) == (2, 4, 2)
    assert (python.area.area, python.previous, python.moved) == ("Python", None, 0)
    changes = changes_since([sql, new], at(5))
    assert [(a.area, c.to_depth, c.rating) for a, c in changes] == [
        ("Python", 2, "agreed"), ("SQL", 4, "agreed"), ("SQL", 3, "self")]
    assert len(changes_since([sql], None)) == 4
    assert all(r.previous is None for r in review([sql], None))
