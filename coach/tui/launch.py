"""The one door from the command line into the terminal apps.

``coach.cli`` (the entry point, above both the CLI and the TUI) hands this module to the
commands as ``ctx.apps``, so that a command that opens a screen (``coach``, ``coach start``,
``coach reflect``, ``coach reflect --review``) never imports the TUI itself. ``ctx`` is the
CLI's context: its ``lang``, ``settings`` and ``open_store()``.

Start-up: the apps are imported inside the functions, on purpose. ``coach.cli`` imports this
module for every command, and only the commands that open a screen should pay for
importing Textual.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.store import Store


def run_app(store: Store, ctx, **options) -> int:
    """Run the app on an open store (``options`` go to CoachApp, e.g. ``start=``).

    Returns the app's return code: non-zero when it exited because of an error. Before
    returning, any save still being written by a worker finishes and no further one starts,
    so the caller may close the store.
    """
    from coach.tui.app import CoachApp
    from coach.tui.settings import apply_settings

    app = CoachApp(store, lang=ctx.lang, **options)
    apply_settings(app, ctx.settings)
    try:
        app.run()
    finally:
        app.close_saves()
    if app.stop_message:  # why it stopped, now that the terminal is back
        report(app.stop_message, ctx)
    return app.return_code or 0


def run_tui(args, ctx) -> int:
    """Run the app on ctx's data directory; the store is closed whatever happens."""
    store = ctx.open_store()
    try:
        return run_app(store, ctx)
    finally:
        store.close()


def run_reflect_app(session, lang: str, *, minutes: float, err=None) -> int:
    """Run the employee's reflection app on an open ``ReflectSession``; why it stopped (if
    it did) goes to ``err`` (stderr by default)."""
    from coach.tui.reflect_app import ReflectApp

    app = ReflectApp(session, lang, minutes=minutes)
    try:
        app.run()
    finally:
        app.close_saves()
    if app.stop_message:  # why it stopped, now that the terminal is back
        print(app.stop_message, file=err or sys.stderr)
    return app.return_code or 0


def run_review_app(summary, lang: str, *, output, comment: str = "", err=None) -> int:
    """Run the employee's review of a shared summary (``coach reflect --review FILE``)."""
    from coach.tui.review_app import ReviewApp

    app = ReviewApp(summary, lang, output=output, comment=comment)
    app.run()
    if app.stop_message:  # why it stopped, now that the terminal is back
        print(app.stop_message, file=err or sys.stderr)
    return app.return_code or 0


def in_browser(environ=None) -> bool:
    """True when this coach runs in a browser tab: textual-serve (coach serve) starts it
    with Textual's web driver."""
    env = os.environ if environ is None else environ
    return "web_driver" in env.get("TEXTUAL_DRIVER", "")


def report(message: str, ctx) -> None:
    """Say why coach cannot open: on stderr, and in a browser tab on the page too (nobody
    reads a served process's stderr)."""
    print(message, file=ctx.err)
    if in_browser():
        from coach.tui.notice import NoticeApp

        NoticeApp(message, ctx.lang).run()
