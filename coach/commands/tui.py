"""`coach` with no command: open the store and run the terminal app."""

from __future__ import annotations


def run_app(store, ctx, **options) -> int:
    """Run the app on an open store (``options`` go to CoachApp, e.g. ``start=``)."""
    from coach.tui.app import CoachApp

    CoachApp(store, lang=ctx.lang, **options).run()
    return 0


def run_tui(args, ctx) -> int:
    """Run the app on ctx's data directory; the store is closed whatever happens."""
    store = ctx.open_store()
    try:
        return run_app(store, ctx)
    finally:
        store.close()
