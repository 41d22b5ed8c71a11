"""The command line: argument parsing and dispatch. The only place that reads sys.argv."""

from __future__ import annotations

import argparse
import importlib
import sys

from coach import __version__
from coach.commands.context import Context
from coach.commands.terminal import guard_streams, quiet_closed_pipe
from coach.config import load
from coach.i18n import LANGS, Translator, detect, normalise
from coach.i18n.argparse_words import install as install_argparse_words
from coach.paths import data_dir
from coach.startup import pause_collector, resume_collector
from coach.tui import launch  # the apps themselves are imported only when one runs

#: Subcommand modules under coach.commands, in the order --help lists them, with the
#: commands each registers (tests/test_cli.py checks that the two agree).
COMMAND_MODULES = {
    "demo": ("demo",),
    "backup": ("backup", "restore"),
    "check": ("check",),
    "templates": ("templates",),
    "conversation": ("start", "export"),
    "goals": ("goals", "profile"),
    "privacy": ("forget", "retention"),
    "import_prep": ("import-prep",),
    "import_review": ("import-review",),
    "reflect": ("reflect",),
    "search": ("search",),
    "serve": ("serve",),
}


#: The top-level options that take a value (as a separate word).
_VALUED_OPTIONS = ("--data-dir", "--lang")


def _modules_for(argv: list[str]) -> list[str]:
    """The command modules to import for ``argv``: only the named command's, so that
    `coach start` does not pay for importing every command; all of them for --help, no
    command or an unknown one (argparse then lists them all)."""
    args = iter(argv)
    for arg in args:
        if arg in ("-h", "--help"):
            break
        if arg in _VALUED_OPTIONS:
            next(args, None)  # its value, e.g. a data directory named "demo"
            continue
        for module, commands in COMMAND_MODULES.items():
            if arg in commands:
                return [module]
    return list(COMMAND_MODULES)


def build_parser(lang: str, argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv``, holding only the subcommand ``argv`` names (if any)."""
    _ = Translator(lang)
    install_argparse_words(lang)
    parser = argparse.ArgumentParser(
        prog="coach",
        description=_("cli.description"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data-dir", metavar="DIR", help=_("cli.opt.data_dir"))
    parser.add_argument("--lang", choices=LANGS, help=_("cli.opt.lang"))
    parser.add_argument("--version", action="version", version=f"coach {__version__}",
                        help=_("cli.opt.version"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("cli.commands"))
    for name in COMMAND_MODULES if argv is None else _modules_for(argv):
        importlib.import_module(f"coach.commands.{name}").register(sub, _)
    _global_options_after_the_command(sub, _)
    return parser


def _global_options_after_the_command(sub, _) -> None:
    """``coach demo --data-dir X`` as well as ``coach --data-dir X demo``: every command
    (and every subcommand of one) takes the global options too. SUPPRESS as the default
    keeps a value given before the command when none is given after it."""
    for parser in sub.choices.values():
        parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                            help=_("cli.opt.data_dir"))
        parser.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS,
                            help=_("cli.opt.lang"))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _global_options_after_the_command(action, _)


def _pre_lang(argv: list[str], configured: str | None = None) -> str:
    """The language, read before full parsing so that --help is in the right language:
    --lang, else the config file's ``language``, else the locale."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return normalise(argv[i + 1])
        if arg.startswith("--lang="):
            return normalise(arg.split("=", 1)[1])
    return configured or detect()


def main(argv: list[str] | None = None) -> int:
    """Run coach; the exit code is 0, 1 when it stopped with a message (a fault it knows,
    or an unexpected error, logged), 2 for a usage error, 130 when interrupted. No
    traceback reaches the terminal, and a closed pipe ends it quietly with 0."""
    pause_collector()  # the app resumes it when its first screen is shown
    guard_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    where: dict[str, Context] = {}
    try:
        return _main(argv, where)
    except BrokenPipeError:
        quiet_closed_pipe()
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: a message, never a traceback
        return _stopped(exc, argv, where.get("ctx"))
    finally:
        resume_collector(freeze=False)


def _stopped(exc: Exception, argv: list[str], ctx: Context | None) -> int:
    # lazy: start-up (only when coach stops with a message: the fault's words, the log)
    from coach.faults import explain_or_report

    lang = ctx.lang if ctx is not None else _pre_lang(argv)
    folder = ctx.data_dir if ctx is not None else None
    message = explain_or_report(folder, exc, lang)
    try:
        if ctx is None:
            print(message, file=sys.stderr)
        else:
            launch.report(message, ctx)  # in a browser tab (coach serve), on the page too
    except BrokenPipeError:
        pass
    return 1


def _main(argv: list[str], where: dict[str, Context]) -> int:
    settings = load()  # a ConfigError is explained by main
    lang = _pre_lang(argv, settings.language)
    parser = build_parser(lang, argv)
    args = parser.parse_args(argv)
    if not getattr(args, "runs_app", args.command is None):
        resume_collector(freeze=False)  # a command without a screen to show
    ctx = Context(data_dir=data_dir(args.data_dir), lang=args.lang or lang, settings=settings,
                  apps=launch)
    where["ctx"] = ctx
    if args.command is None:
        return launch.run_tui(args, ctx)
    return args.func(args, ctx)
