"""`coach` with no command: open the store and run the terminal app."""

from __future__ import annotations


def run_app(store, ctx, **options) -> int:
    """Run the app on an open store (``options`` go to CoachApp, e.g. ``start=``).

    Returns the app's return code: non-zero when it exited because of an error. Before
    returning, any save still being written by a worker finishes and no further one starts,
    so the caller may close the store.
    """
    from coach.tui.app import CoachApp
    from coach.tui.crashing import print_stop_message
    from coach.tui.settings import apply_settings

    app = CoachApp(store, lang=ctx.lang, **options)
    apply_settings(app, ctx.settings)
    try:
        app.run()
    finally:
        app.close_saves()
    print_stop_message(app, ctx.err)
    return app.return_code or 0


def run_tui(args, ctx) -> int:
    """Run the app on ctx's data directory; the store is closed whatever happens."""
    store = ctx.open_store()
    try:
        return run_app(store, ctx)
    finally:
        store.close()
