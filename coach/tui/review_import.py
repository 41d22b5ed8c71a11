"""``i`` where a summary is shown: import the employee's review of it (a file), through
``coach.services.review`` (the same path as ``coach import-review``), then reload."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def ask_import_review(screen, loaded: Callable[[], None]) -> None:
    from coach.tui.dialogs.export_path import ExportPathDialog

    app = screen.app

    def chosen(path: Path | None) -> None:
        if path is not None:
            _import(screen, path, loaded)

    app.push_screen(ExportPathDialog(app._("review.import.title"), Path.cwd(), app._), chosen)


def _import(screen, path: Path, loaded: Callable[[], None]) -> None:
    app = screen.app
    _ = app._
    library = getattr(getattr(screen, "session", None), "library", None)

    def run() -> None:
        from coach.errors import describe
        from coach.services.review import ReviewError, decision_line, import_review
        from coach.store import StoreError

        try:
            record = import_review(app.store, path, library)
        except (ReviewError, OSError, StoreError) as exc:
            app.call_from_thread(app.notify, describe(exc, app.lang),
                                 title=_("review.import.failed"), severity="error",
                                 markup=False, timeout=15)
            return
        text = _("review.imported", decision=decision_line(record.review, app.lang))
        app.call_from_thread(app.notify, text, markup=False)
        app.call_from_thread(loaded)

    screen.run_worker(run, thread=True, exclusive=True, group="review-import")
