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


def test_command_map_names_what_each_module_registers():
    """cli.COMMAND_MODULES says which module registers which commands, so that a command
    imports only its own module; it must agree with what the modules register."""
    import importlib

    from coach import cli

    for module, commands in cli.COMMAND_MODULES.items():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"coach.commands.{module}").register(sub, lambda key, **_: key)
        assert tuple(sub.choices) == commands, module


@pytest.mark.parametrize(("argv", "expected"), [
    (["start", "Kari"], {"start", "export"}),
    (["--lang", "en", "--data-dir", "demo", "export", "Kari"], {"start", "export"}),
    (["--data-dir=/x", "restore"], {"backup", "restore"}),
    (["start", "--help"], {"start", "export"}),
    (["--help", "start"], None),
    ([], None),
    (["no-such-command"], None),
])
def test_parser_holds_only_the_command_named(argv, expected):
    from coach import cli

    every = {c for commands in cli.COMMAND_MODULES.values() for c in commands}
    choices = set(subcommands(build_parser("en", argv)).choices)
    assert choices == (every if expected is None else expected)


def test_a_data_dir_named_like_a_command_is_not_taken_for_one(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(["--lang", "en", "--data-dir", "demo", "templates", "list"])
    assert code == 0
    assert capsys.readouterr().out.strip()
