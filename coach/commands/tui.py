"""`coach` with no command: open the store and run the terminal app."""

from __future__ import annotations


def run_tui(args, ctx) -> int:
    """Run the app on ctx's data directory; the store is closed whatever happens."""
    from coach.tui.app import CoachApp

    store = ctx.open_store()
    try:
        CoachApp(store, lang=ctx.lang).run()
    finally:
        store.close()
    return 0
