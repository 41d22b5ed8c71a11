"""The history export: what it holds, what it leaves out, and `coach export --since/--all`."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest
import yaml

from coach import __version__
from coach.cli import main
from coach.i18n import t
from coach.services.exporting import history_markdown
from coach.store import Store
from tests.markdown.mdparse import cm_headings_and_tasks, mdit_headings_and_tasks, parser
from tests.privacy.privacy_team import OLD_DAY, SECRET


def front(document: str) -> dict:
    tokens = parser().parse(document)
    assert tokens[0].type == "front_matter"
    return yaml.safe_load(tokens[0].content)


def export(path, ids, **kw):
    with Store.open(path, read_only=True) as store:
        kw.setdefault("include_private", False)
        return history_markdown(store, store.person(ids["kari"]), kw.pop("lang", "en"), **kw)


def test_front_matter_says_what_the_file_is(team):
    path, ids = team
    meta = front(export(path, ids))
    assert meta["person"] == "Kari Lie"
    assert meta["role"] == "Adviser <team>"
    assert meta["person_id"] == ids["kari"]
    assert meta["period"] == "all"
    assert meta["contents"] == "shared"
    assert meta["coach_version"] == __version__
    assert meta["counts"] == {"conversations": 2, "goals": 1, "competence_areas": 1,
                              "action_items": 3, "preparations": 0, "reviews": 0}
    assert "T" in meta["exported_at"]
    full = front(export(path, ids, include_private=True))
    assert full["contents"] == "full"
    assert full["counts"]["action_items"] == 4 and full["counts"]["private_notes"] == 2


def test_shared_history_holds_no_private_note_nor_private_action(team):
    path, ids = team
    doc = export(path, ids)
    assert SECRET not in doc
    assert t("export.private_banner", "en") not in doc
    assert "Ola's own note" not in doc  # nobody else's notes


def test_full_history_says_so_at_the_top(team):
    path, ids = team
    doc = export(path, ids, include_private=True)
    tokens = parser().parse(doc)
    assert tokens[1].type == "blockquote_open"  # right after the front matter
    assert doc.count(t("export.private_banner", "en")) == 1  # once, not per conversation
    # the private note, its action item in the list of all and in the conversation
    assert doc.count(SECRET) == 4


def test_structure_record_goals_profile_actions_conversations(team):
    path, ids = team
    doc = export(path, ids)
    headings, tasks = mdit_headings_and_tasks(doc)
    top = [text for level, text in headings if level <= 2]
    assert top == [
        "Everything stored about Kari Lie",
        "The person",
        "Goals: Kari Lie",
        "Goal log",
        "Competence profile: Kari Lie",
        "All action items",
        "Imported preparations",
        "The employee's reviews",
        "Conversations",
        "Monthly follow-up: Kari Lie",
        "Monthly follow-up: Kari Lie",
    ]
    assert [lvl for lvl, _ in headings].count(1) == 1
    assert (3, "Unit objectives") in headings  # the objective Kari's goal serves
    assert (3, "Agreements") in headings  # a conversation's parts one level down
    assert "Faster case handling" in doc and "Under four weeks" in doc
    # all action items (3 shared), then each conversation's own (2 old, 1 recent shared)
    assert [task.split(" (")[0] for task in tasks] == [
        "[ ] Old open task", "[ ] Draft the *plan*", "[x] Old finished task",
        "[x] Old finished task", "[ ] Old open task", "[ ] Draft the *plan*",
    ]
    assert "raised 2021-03-04, done" in tasks[2]
    assert "\\# not a heading" in doc
    assert cm_headings_and_tasks(doc) == (headings, tasks)


def test_since_leaves_out_older_conversations_and_closed_items(team):
    path, ids = team
    since = date(OLD_DAY.year + 1, 1, 1)
    doc = export(path, ids, since=since)
    meta = front(doc)
    assert meta["period"] == {"since": since}
    assert meta["counts"]["conversations"] == 1
    assert "Agreed on the yearly goals" not in doc
    assert "Weekly pairing" in doc
    assert "Old open task" in doc  # still open: part of the present
    assert "Old finished task" not in doc
    headings, _ = mdit_headings_and_tasks(doc)
    assert headings[0] == (1, f"Kari Lie: history since {since.isoformat()}")


def test_in_bokmal(team):
    path, ids = team
    doc = export(path, ids, lang="nb")
    assert "# Alt som er lagret om Kari Lie" in doc
    assert "## Alle tiltak" in doc and "## Samtaler" in doc


def test_person_with_no_conversations_still_exports(team):
    path, ids = team
    with Store.open(path, backup=False) as store:
        from coach.domain.people import Person

        store.save_person(Person("Nina Ny"))
    assert main(["--data-dir", str(path), "--lang", "en", "export", "nina", "--all"]) == 0


# -- the command ----------------------------------------------------------------------------
def run(path, *args):
    return main(["--data-dir", str(path), "--lang", "en", *args])


def test_cli_all_to_a_private_file(team, tmp_path, capsys):
    path, _ = team
    target = tmp_path / "kari.md"
    assert run(path, "export", "kari", "--all", "--include-private", "-o", str(target)) == 0
    text = target.read_text(encoding="utf-8")
    assert SECRET in text and "Agreed on the yearly goals" in text
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert str(target) in capsys.readouterr().out


def test_cli_since_prints_the_period(team, capsys):
    path, _ = team
    assert run(path, "export", "kari", "--since", "2022-01-01") == 0
    out = capsys.readouterr().out
    assert "Weekly pairing" in out and "Agreed on the yearly goals" not in out
    assert SECRET not in out


@pytest.mark.parametrize("bad", ["2025-13-01", "yesterday", "2025-1-5", ""])
def test_cli_bad_date_is_refused_clearly(team, capsys, bad):
    path, _ = team
    assert run(path, "export", "kari", "--since", bad) == 2
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err and repr(bad)[1:-1] in err


def test_cli_bad_date_in_bokmal(team, capsys):
    path, _ = team
    assert main(["--data-dir", str(path), "--lang", "nb", "export", "kari", "--since",
                 "31.01.2025"]) == 2
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err


def test_cli_conversation_and_all_exclude_each_other(team):
    path, ids = team
    with pytest.raises(SystemExit) as exc:
        run(path, "export", "kari", "--all", "--conversation", ids["recent"][:8])
    assert exc.value.code == 2


def test_cli_default_is_still_the_latest_conversation(team, capsys):
    path, _ = team
    assert run(path, "export", "kari") == 0
    out = capsys.readouterr().out
    assert front(out)["conversation_id"]  # a single conversation's front matter
    assert "Agreed on the yearly goals" not in out and "Weekly pairing" in out
