"""``i`` where a summary is shown: import the employee's review of it (a file), through
``coach.services.review`` (the same path as ``coach import-review``), then reload."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coach.content import Library
from coach.errors import describe
from coach.services.review import ReviewError, decision_line, import_review
from coach.store import StoreError
from coach.tui.dialogs.export_path import ExportPathDialog
from coach.tui.shell import CoachScreen


def ask_import_review(screen: CoachScreen[None], loaded: Callable[[], object],
                      library: Library | None = None) -> None:
    """Ask for the file; import it in a worker (checked against ``library``'s templates,
    when given); then ``loaded()``."""
    app = screen.app

    def chosen(path: Path | None) -> None:
        if path is not None:
            _import(screen, path, loaded, library)

    app.push_screen(ExportPathDialog(app._("review.import.title"), Path.cwd(), app._), chosen)


def _import(screen: CoachScreen[None], path: Path, loaded: Callable[[], object],
            library: Library | None) -> None:
    app = screen.app
    _ = app._
    store = screen.services.store

    def run() -> None:
        try:
            record = import_review(store, path, library)
        except (ReviewError, OSError, StoreError) as exc:
            app.call_from_thread(app.notify, describe(exc, app.lang),
                                 title=_("review.import.failed"), severity="error",
                                 markup=False, timeout=15)
            return
        text = _("review.imported", decision=decision_line(record.review, app.lang))
        app.call_from_thread(app.notify, text, markup=False)
        app.call_from_thread(loaded)

    screen.run_worker(run, thread=True, exclusive=True, group="review-import")
