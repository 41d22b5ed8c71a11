"""The command line: help, version, language, data directory."""

import argparse

import pytest

from coach import __version__
from coach.cli import build_parser, main
from coach.paths import data_dir


def subcommands(parser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise AssertionError("no subcommands")


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_help_lists_every_command_with_a_line(lang, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--lang", lang, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    sub = subcommands(build_parser(lang))
    assert sub.choices, "no commands registered"
    helps = {a.dest: a.help for a in sub._choices_actions}
    for name in sub.choices:
        if name in helps:
            assert helps[name], f"{name} has no help line"
            assert name in out
    assert set(helps) >= {"demo", "backup", "restore"}


def test_help_language(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "nb", "--help"])
    assert "kommandoer" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert "commands" in capsys.readouterr().out


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_data_dir_precedence(tmp_path):
    env = {"COACH_DATA_DIR": str(tmp_path / "env")}
    assert data_dir(tmp_path / "flag", env) == tmp_path / "flag"
    assert data_dir(None, env) == tmp_path / "env"
    assert data_dir(None, {}).name == "coach"


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err
