"""`coach goals PERSON` and `coach profile PERSON` from the command line."""

import os
import stat

from coach.cli import main


def run(data, lang, *args):
    return main(["--data-dir", str(data), "--lang", lang, *args])


def test_goals_prints_markdown(data, capsys):
    assert run(data, "en", "goals", "kari") == 0
    out = capsys.readouterr().out
    assert out.startswith("# Goals: Kari Lie\n")
    assert "Lead the archive migration" in out and "at risk (55\u00a0%)" in out


def test_profile_prints_markdown_in_bokmal(data, capsys):
    assert run(data, "nb", "profile", "Kari Lie") == 0
    out = capsys.readouterr().out
    assert out.startswith("# Kompetanseprofil: Kari Lie\n")
    assert "| SQL | Data | 3 – Kompetent |" in out


def test_output_file_is_private(data, tmp_path, capsys):
    target = tmp_path / "profile.md"
    assert run(data, "en", "profile", "kari", "-o", str(target)) == 0
    assert target.read_text(encoding="utf-8").startswith("# Competence profile: Kari Lie")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert str(target) in capsys.readouterr().out


def test_unknown_and_ambiguous_person(data, capsys):
    assert run(data, "en", "goals", "Per") == 1
    assert "No one called" in capsys.readouterr().err
    assert run(data, "en", "profile", "ola") == 1
    err = capsys.readouterr().err
    assert "Ola Nordmann" in err and "Ola Olsen" in err


def test_store_left_unchanged(data, capsys):
    before = {p: p.read_bytes() for p in data.rglob("*.json")}
    assert run(data, "en", "goals", "kari") == 0
    assert run(data, "en", "profile", "kari") == 0
    assert {p: p.read_bytes() for p in data.rglob("*.json")} == before
