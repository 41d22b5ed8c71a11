"""`coach` with no command: open the store and run the terminal app."""

from __future__ import annotations

import os


def run_app(store, ctx, **options) -> int:
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
