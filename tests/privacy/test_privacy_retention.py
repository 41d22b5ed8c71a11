"""`coach retention`: conversations older than the retention period, listed and deleted."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest

from coach.cli import main
from coach.services.privacy import months_before
from coach.store import Store


def run(path, *args, lang="en"):
    return main(["--data-dir", str(path), "--lang", lang, *args])


@pytest.fixture
def retention():
    def set_months(months: int) -> Path:
        folder = Path(os.environ["COACH_CONFIG_DIR"])
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "config.yaml").write_text(f"retention_months: {months}\n", encoding="utf-8")
        return folder / "config.yaml"
    return set_months


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)


def conversation_ids(path) -> set[str]:
    with Store.open(path, read_only=True) as store:
        return {s.id for s in store.conversation_summaries()}


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2025, 3, 31), 1, date(2025, 2, 28)),
    (date(2024, 3, 31), 1, date(2024, 2, 29)),
    (date(2025, 1, 15), 1, date(2024, 12, 15)),
    (date(2025, 1, 15), 36, date(2022, 1, 15)),
    (date(2025, 6, 1), 0, date(2025, 6, 1)),
])
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected


def test_off_says_how_to_turn_it_on(team, capsys):
    path, _ = team
    assert run(path, "retention") == 0
    out = capsys.readouterr().out
    assert "No retention period is set" in out and "retention_months: 36" in out
    assert "config.yaml" in out


def test_off_in_bokmal(team, retention, capsys):
    path, _ = team
    retention(0)
    assert run(path, "retention", lang="nb") == 0
    assert "Ingen lagringstid er satt" in capsys.readouterr().out


def test_lists_conversations_older_than_the_period(team, retention, capsys):
    path, ids = team
    retention(24)
    assert run(path, "retention") == 0
    out = capsys.readouterr().out
    assert "1 conversation is older than 24 months" in out
    assert f"2021-03-04  Kari Lie  Goal-setting conversation (completed)  {ids['old']}" in out
    assert ids["recent"] not in out and ids["theirs"] not in out
    assert "coach export PERSON --all" in out and "coach forget PERSON" in out
    assert ids["old"] in conversation_ids(path)  # listing deletes nothing


def test_in_bokmal_the_dates_read_the_norwegian_way(team, retention, capsys):
    path, ids = team
    retention(24)
    assert run(path, "retention", lang="nb") == 0
    out = capsys.readouterr().out
    cutoff = months_before(date.today(), 24)
    assert f"1 samtale er eldre enn 24 måneder (fra før {cutoff:%d.%m.%Y})" in out
    assert "04.03.2021  Kari Lie  Målsamtale" in out and "2021-03-04" not in out


def test_none_old_enough(team, retention, capsys):
    path, _ = team
    retention(1200)
    assert run(path, "retention") == 0
    assert "No conversation is older than 1200 months" in capsys.readouterr().out


def test_delete_needs_the_count_confirmed(team, retention, capsys):
    path, ids = team
    retention(24)
    assert run(path, "retention", "--delete") == 1
    assert "--yes-i-am-sure 1" in capsys.readouterr().err
    assert run(path, "retention", "--delete", "--yes-i-am-sure", "2") == 1
    assert "does not match" in capsys.readouterr().err
    assert ids["old"] in conversation_ids(path)
    assert run(path, "retention", "--delete", "--yes-i-am-sure", "1") == 0
    assert "Deleted 1 conversation." in capsys.readouterr().out
    assert conversation_ids(path) == {ids["recent"], ids["theirs"]}
    assert not (path / "conversations" / f"{ids['old']}.json").exists()


def test_delete_typed_at_a_terminal(team, retention, monkeypatch, capsys):
    path, ids = team
    retention(24)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt="": "1")
    assert run(path, "retention", "--delete") == 0
    assert ids["old"] not in conversation_ids(path)
