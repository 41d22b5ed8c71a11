"""argparse speaks the interface language, and the global options may follow the command."""

from __future__ import annotations

import pytest

from coach.cli import build_parser


def test_usage_options_and_errors_in_bokmal(capsys):
    parser = build_parser("nb", ["demo"])
    assert parser.format_usage().startswith("bruk: coach")
    assert "valg:" in parser.format_help()
    assert "vis denne hjelpen og avslutt" in parser.format_help()
    top = build_parser("nb").format_help()
    assert "vis versjonsnummeret og avslutt" in top and "show program's" not in top
    with pytest.raises(SystemExit):
        parser.parse_args(["demo", "--bogus"])
    err = capsys.readouterr().err
    assert "coach: feil: ukjente argumenter: --bogus" in err
    # English stays argparse's own words.
    english = build_parser("en", ["demo"])
    assert english.format_usage().startswith("usage: coach")


@pytest.mark.parametrize("argv", [
    ["demo", "--data-dir", "X", "--lang", "nb"],
    ["--data-dir", "X", "demo", "--lang", "nb"],
    ["--data-dir", "X", "--lang", "nb", "demo"],
])
def test_global_options_before_or_after_the_command(argv):
    args = build_parser("en", argv).parse_args(argv)
    assert (args.command, args.data_dir, args.lang) == ("demo", "X", "nb")


def test_a_subcommand_of_a_command_takes_them_too():
    args = build_parser("en", ["templates"]).parse_args(["templates", "list", "--data-dir", "Y"])
    assert args.data_dir == "Y"


ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "show program's")


def test_every_commands_help_is_bokmal_throughout():
    from coach.cli import COMMAND_MODULES

    parser = build_parser("nb")
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        text = command.format_help()
        assert not [w for w in ENGLISH if w in text], (name, text)
        for action in command._actions:  # a command's own subcommands (templates list)
            choices = getattr(action, "choices", None)
            for inner in (choices.values() if isinstance(choices, dict) else ()):
                if hasattr(inner, "format_help"):
                    assert not [w for w in ENGLISH if w in inner.format_help()], name
    assert COMMAND_MODULES
