"""`coach export` and `coach start` from the command line (no terminal needed)."""

import os
import stat

import pytest

from coach.cli import main
from coach.domain.people import Person
from coach.services.session import LiveSession
from coach.services.starting import pick_template
from coach.store import Store


@pytest.fixture
def data(tmp_path, library, clock):
    path = tmp_path / "data"
    with Store.open(path, backup=False) as store:
        for name in ("Ola Nordmann", "Ola Olsen", "Kari Lie"):
            store.save_person(Person(name))
        kari = next(p for p in store.people() if p.name == "Kari Lie")
        session = LiveSession.begin(store, library, kari, pick_template(library, "en", None),
                                    now=clock)
        for text in ("agree: Weekly pairing on Fridays", "p: seems *tired*", "# not a heading"):
            session.persist([session.set_draft(text)])
            session.persist(session.commit_draft())
        session.persist(session.end())
    return path


def run(data, *args):
    return main(["--data-dir", str(data), "--lang", "en", *args])


def test_export_latest_shared_has_no_private(data, capsys):
    assert run(data, "export", "kari") == 0
    out = capsys.readouterr().out
    assert "Weekly pairing on Fridays" in out
    assert "tired" not in out
    assert "\n# not a heading" not in out and "not a heading" in out


def test_export_full_to_file_is_private(data, tmp_path, capsys):
    target = tmp_path / "out.md"
    assert run(data, "export", "Kari Lie", "--include-private", "-o", str(target)) == 0
    text = target.read_text(encoding="utf-8")
    assert "tired" in text
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert str(target) in capsys.readouterr().out


def test_export_ambiguous_and_unknown(data, capsys):
    assert run(data, "export", "ola") == 1
    err = capsys.readouterr().err
    assert "Ola Nordmann" in err and "Ola Olsen" in err
    assert run(data, "export", "Per") == 1
    assert "No one called" in capsys.readouterr().err


def test_export_unknown_conversation_id(data, capsys):
    assert run(data, "export", "kari", "--conversation", "zzzz") == 1
    assert "zzzz" in capsys.readouterr().err


def test_export_person_without_conversations(data, capsys):
    assert run(data, "export", "Ola Olsen") == 1
    assert "no conversations" in capsys.readouterr().err


def test_start_unknown_person_without_terminal_adds_nobody(data, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert run(data, "start", "Nina") == 1
    assert "No one called" in capsys.readouterr().err
    with Store.open(data, read_only=True) as store:
        assert "Nina" not in {p.name for p in store.people()}


def test_start_ambiguous_and_bad_template(data, capsys):
    assert run(data, "start", "ola") == 1
    assert "more than one" in capsys.readouterr().err
    assert run(data, "start", "kari", "--template", "nope") == 1
    assert "nope" in capsys.readouterr().err


def test_export_is_in_the_conversations_language_unless_asked(data, capsys, monkeypatch):
    monkeypatch.setenv("COACH_LANG", "nb")  # a Norwegian user, an English conversation
    assert main(["--data-dir", str(data), "export", "kari"]) == 0
    out = capsys.readouterr().out
    assert "language: en" in out and "## Agreements" in out
    assert main(["--data-dir", str(data), "--lang", "nb", "export", "kari"]) == 0
    assert "## Avtaler" in capsys.readouterr().out


def test_start_blank_name_is_refused(data, capsys):
    assert run(data, "start", "   ") == 1
    assert "name" in capsys.readouterr().err
