"""The hand-over both ways, across two data directories (the employee's and the leader's):
prepare -> import -> hold the conversation -> export -> review -> import-review ->
confirmed in the export and the person view. And every way a review is refused."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import yaml

from coach.cli import main
from coach.content import load_library
from coach.domain.actions import ActionItem
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    Entry,
    EntryKind,
    SectionTiming,
    Visibility,
)
from coach.domain.people import Person
from coach.markdown.review import long_date
from coach.services.reflecting import ReflectSession
from coach.services.review import person_review_lines
from coach.store import Store

SECRET = "ZQXPRIVATE"
HELD = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def hold(leader, person_id: str) -> str:
    """A held monthly follow-up: an agreement, an action item, a private note."""
    with Store.open(leader, backup=False) as store:
        return hold_in(store, person_id)


def hold_in(store, person_id: str) -> str:
    """The conversation, in an open store (the leader's app holds it open)."""
    conv = Conversation(
        person_id=person_id, kind=ConversationKind.FOLLOW_UP, template_id="follow-up",
        language="nb", title="Månedlig oppfølging", status=ConversationStatus.COMPLETED,
        started_at=HELD,
        sections=[SectionTiming("support", "Støtte og prioriteringer", 10,
                                actual_seconds=540)])
    store.save_conversation(conv)
    item = ActionItem(person_id, "Sende rapporten til [intranettet](https://intra.example)",
                      raised_in=conv.id, created=HELD)
    store.save_action(item)
    for entry in (
        Entry(conv.id, "Fredag uten møter", "support", EntryKind.AGREEMENT,
              Visibility.SHARED, created=HELD),
        Entry(conv.id, item.text, "support", EntryKind.ACTION_ITEM, Visibility.SHARED,
              action_id=item.id, created=HELD),
        Entry(conv.id, f"Virker sliten {SECRET}", "support", EntryKind.NOTE,
              Visibility.PRIVATE, created=HELD),
    ):
        store.save_entry(entry)
    return conv.id


def nb(*args) -> int:
    return main(["--lang", "nb", *[str(a) for a in args]])


@pytest.fixture
def loop(tmp_path):
    employee, leader = tmp_path / "employee", tmp_path / "leader"
    library = load_library(user_dir=None)
    with Store.open(employee, backup=False) as store:
        session = ReflectSession.open(store, library, "nb", name="Kari Nordmann")
        session.set_answer("support", "Trenger færre parallelle saker")
        session.persist([session.snapshot()])
    prep = tmp_path / "prep.md"
    assert nb("reflect", "--reflect-dir", employee, "--export", "-o", prep) == 0
    with Store.open(leader, backup=False) as store:
        kari = Person("Kari Nordmann")
        store.save_person(kari)
    assert nb("--data-dir", leader, "import-prep", prep) == 0
    conversation_id = hold(leader, kari.id)
    summary = tmp_path / "oppsummering.md"
    assert nb("--data-dir", leader, "export", "Kari", "-o", summary) == 0
    return tmp_path, leader, kari.id, conversation_id, summary


def front(path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def test_the_whole_loop(loop, capsys):
    tmp_path, leader, kari_id, conversation_id, summary = loop
    with Store.open(leader, read_only=True) as store:
        (imported,) = store.preparations(kari_id)
    assert imported.preparation.answer("support").text == "Trenger færre parallelle saker"
    meta = front(summary)
    assert meta["conversation_id"] == conversation_id
    assert meta["digest"].startswith("sha256:") and meta["contents"] == "shared"
    assert SECRET not in summary.read_text(encoding="utf-8")

    assert nb("reflect", "--review", summary, "--confirm", "--comment", "Takk, *stemmer*.") == 0
    review = tmp_path / "oppsummering-gjennomgang.md"
    assert str(review) in capsys.readouterr().out
    answer = front(review)
    assert (answer["conversation_id"], answer["digest"], answer["decision"]) == (
        conversation_id, meta["digest"], "confirmed")
    assert "Takk, *stemmer*." in review.read_text(encoding="utf-8")

    assert nb("--data-dir", leader, "import-review", review) == 0
    today = long_date(date.today(), "nb")
    said = capsys.readouterr().out
    assert f"Bekreftet av medarbeider {today}; 1 kommentar." in said
    again = tmp_path / "igjen.md"
    assert nb("--data-dir", leader, "export", "Kari", "-o", again) == 0
    text = again.read_text(encoding="utf-8")
    assert f"Bekreftet av medarbeider {today}" in text and "Takk, *stemmer*." in text
    assert front(again)["digest"] == meta["digest"]  # the confirmed text is the same text
    with Store.open(leader, read_only=True) as store:
        (record,) = store.reviews(kari_id)
        lines = person_review_lines(store, kari_id, "en")
    assert record.review.confirmed and record.conversation_id == conversation_id
    assert lines == [f"Månedlig oppfølging 2 December 2026: Confirmed by the employee on "
                     f"{long_date(date.today(), 'en')} (1 comment)"]
    # in English, and with remarks
    assert main(["--lang", "en", "reflect", "--review", str(summary), "--remarks",
                 "-o", str(tmp_path / "en.md")]) == 0
    assert main(["--lang", "en", "--data-dir", str(leader), "import-review",
                 str(tmp_path / "en.md")]) == 0
    assert "The employee has remarks" in capsys.readouterr().out


def test_a_review_of_an_earlier_version_is_refused(loop, capsys):
    tmp_path, leader, kari_id, conversation_id, summary = loop
    assert nb("reflect", "--review", summary, "--confirm") == 0
    review = tmp_path / "oppsummering-gjennomgang.md"
    with Store.open(leader, backup=False) as store:
        store.save_entry(Entry(conversation_id, "Enda en avtale", "support",
                               EntryKind.AGREEMENT, Visibility.SHARED, created=HELD))
    capsys.readouterr()
    assert nb("--data-dir", leader, "import-review", review) == 1
    err = capsys.readouterr().err
    assert f"{review}:4: gjennomgangen gjelder en annen versjon" in err
    assert "Ingenting er importert." in err
    with Store.open(leader, read_only=True) as store:
        assert store.reviews(kari_id) == []


def test_a_review_for_another_leaders_conversation_is_refused(loop, capsys):
    tmp_path, _leader, _kari, conversation_id, summary = loop
    assert nb("reflect", "--review", summary, "--confirm") == 0
    other = tmp_path / "other"
    with Store.open(other, backup=False) as store:
        store.save_person(Person("Kari Nordmann"))
    capsys.readouterr()
    assert nb("--data-dir", other, "import-review",
              tmp_path / "oppsummering-gjennomgang.md") == 1
    assert f":3: samtalen {conversation_id} finnes ikke her" in capsys.readouterr().err


def test_a_changed_summary_is_refused_by_the_employee(loop, capsys):
    tmp_path, _leader, _kari, _cid, summary = loop
    summary.write_text(summary.read_text(encoding="utf-8").replace("Fredag", "Mandag"),
                       encoding="utf-8")
    assert nb("reflect", "--review", summary, "--confirm") == 1
    assert f"{summary}:" in capsys.readouterr().err
    assert not (tmp_path / "oppsummering-gjennomgang.md").exists()
    # an editor's CRLF and trailing spaces change nothing
    text = summary.read_text(encoding="utf-8").replace("Mandag", "Fredag")
    summary.write_bytes(text.replace("\n", "  \r\n").encode("utf-8"))
    assert nb("reflect", "--review", summary, "--confirm") == 0


def test_progress_on_the_summarys_goals_comes_back_awaiting_agreement(tmp_path, capsys):
    """The summary hands over the person's active goals; `reflect --review` keeps them in
    the employee's store; progress reported on one in the next preparation reaches the
    leader as proposed progress, awaiting agreement (nothing recorded until then)."""
    from coach.domain.goals import Goal, GoalStatus, Progress
    from coach.domain.preparation import ProposedGoal
    from coach.services.handover import progress_goal
    from coach.services.reflecting import received_goals

    employee, leader = tmp_path / "employee", tmp_path / "leader"
    with Store.open(leader, backup=False) as store:
        kari = Person("Kari Nordmann")
        store.save_person(kari)
        rust = Goal(kari.id, "Lære Rust: *ordentlig*")
        store.save_goal(rust)
        store.save_goal(Goal(kari.id, "Gammelt mål", status=GoalStatus.ACHIEVED))
        hold_in(store, kari.id)
    summary = tmp_path / "oppsummering.md"
    assert nb("--data-dir", leader, "export", "Kari", "-o", summary) == 0
    assert front(summary)["goals"] == ["Lære Rust: *ordentlig*"]
    assert nb("--data-dir", leader, "export", "Kari", "--include-private",
              "-o", tmp_path / "full.md") == 0
    assert "goals" not in front(tmp_path / "full.md")

    assert nb("reflect", "--reflect-dir", employee, "--review", summary, "--confirm") == 0
    library = load_library(user_dir=None)
    with Store.open(employee, backup=False) as store:
        assert received_goals(store) == ["Lære Rust: *ordentlig*"]
        session = ReflectSession.open(store, library, "nb", name="Kari Nordmann", new=True)
        (offered,) = received_goals(store)
        session.add_goal(ProposedGoal(offered, progress="Halvveis, [boka](https://b.example)",
                                      status=Progress.AT_RISK))
        session.persist([session.snapshot()])
    prep = tmp_path / "prep.md"
    assert nb("reflect", "--reflect-dir", employee, "--export", "-o", prep) == 0
    assert nb("--data-dir", leader, "import-prep", prep) == 0
    with Store.open(leader, read_only=True) as store:
        (record,) = store.preparations(kari.id)
        (reported,) = record.preparation.goals
        assert (reported.status, reported.progress) == (
            Progress.AT_RISK, "Halvveis, [boka](https://b.example)")
        goal = progress_goal(store.goals(kari.id), reported)
        assert goal is not None and goal.id == rust.id  # waiting, on the agreed goal
        assert goal.progress == []  # nothing recorded until both agree


def test_reviewing_while_reflect_holds_the_store_still_writes_the_review(tmp_path, capsys):
    employee = tmp_path / "employee"
    leader = tmp_path / "leader"
    with Store.open(leader, backup=False) as store:
        kari = Person("Kari Nordmann")
        store.save_person(kari)
        hold_in(store, kari.id)
    summary = tmp_path / "oppsummering.md"
    assert nb("--data-dir", leader, "export", "Kari", "-o", summary) == 0
    capsys.readouterr()
    with Store.open(employee, backup=False):  # coach reflect open in another window
        assert nb("reflect", "--reflect-dir", employee, "--review", summary, "--confirm") == 0
    out = capsys.readouterr()
    assert "Målene i oppsummeringen ble ikke lagret" in out.err
    assert (tmp_path / "oppsummering-gjennomgang.md").exists()


def test_a_summary_with_malformed_goals_is_refused_with_its_line(loop, capsys):
    tmp_path, _leader, _kari, _cid, summary = loop
    lines = summary.read_text(encoding="utf-8").split("\n")
    lines.insert(3, "goals: 12")
    summary.write_text("\n".join(lines), encoding="utf-8")
    capsys.readouterr()
    assert nb("reflect", "--review", summary, "--confirm") == 1
    assert f"{summary}:4: forventet goals: som en liste" in capsys.readouterr().err
