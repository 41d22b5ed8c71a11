"""The employee's preparation on the prepare view: what it holds, and importing a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text

from coach.domain.preparation import ImportedPreparation
from coach.domain.screen_share import ShareView
from coach.errors import describe
from coach.i18n import Translator
from coach.services.handover import (
    PreparationError,
    current_preparation,
    import_warnings,
    read_for_import,
    store_preparation,
)
from coach.store import StoreError
from coach.tui.screen_share import hidden_mark

#: How much of each answer the prepare view shows.
ANSWER_CHARS = 90


def read_current(store, person_id: str, today) -> ImportedPreparation | None:
    return current_preparation(store, person_id, today)


def preparation_summary(record: ImportedPreparation | None, lead: bool, _: Translator,
                        share: ShareView | None = None) -> Text:
    """The answers in short; one that ``share`` (screen-share mode) may not show is its
    placeholder."""
    out = Text()
    if record is None:
        out.append("\n" + _("prep.prepare.none") + "\n", style="dim")
        return out
    prep = record.preparation
    out.append("\n" + _("prep.prepare.heading", date=prep.date.isoformat()) + "\n",
               style="bold underline")
    for answer in prep.answers:
        text = " ".join(answer.text.split())
        if len(text) > ANSWER_CHARS:
            text = text[: ANSWER_CHARS - 1] + "…"
        out.append(f"  {answer.title}: ", style="bold")
        if text and share is not None and not share.shows(answer):
            share.hide("answer", answer.text, answer.title)
            out.append_text(hidden_mark(_, "answer")).append("\n")
            continue
        out.append((text or "–") + "\n")
    if prep.needs.strip():
        out.append(f"  {_('prep.md.needs')}: ", style="bold")
        out.append(" ".join(prep.needs.split()) + "\n")
    out.append("  " + _("prep.prepare.counts", goals=len(prep.goals),
                        ratings=len(prep.ratings)) + "\n", style="dim")
    if lead:
        out.append("  " + _("prep.prepare.leads") + "\n", style="bold green")
    return out


def review_summary(record, _: Translator) -> Text:
    """The employee's latest review of a summary: the decision and each comment (shared)."""
    out = Text()
    if record is None:
        return out
    from coach.services.review import comment_heading, decision_line

    review = record.review
    out.append("\n" + _("review.prepare.heading", title=review.title) + "\n",
               style="bold underline")
    out.append("  " + decision_line(review, _.lang) + "\n",
               style="green" if review.confirmed else "yellow")
    for comment in review.comments:
        text = " ".join(comment.text.split())
        if len(text) > ANSWER_CHARS:
            text = text[: ANSWER_CHARS - 1] + "…"
        out.append(f"  {comment_heading(comment, _.lang)}: ", style="bold")
        out.append(text + "\n")
    return out


def ask_import(screen, loaded: Callable[[], None]) -> None:
    """Ask for a file; import it for the screen's person in a worker; then ``loaded()``."""
    from coach.tui.dialogs.export_path import ExportPathDialog

    def chosen(path: Path | None) -> None:
        if path is not None:
            _import(screen, path, loaded)

    screen.app.push_screen(
        ExportPathDialog(screen.app._("prep.import.title"), Path.cwd(), screen.app._), chosen
    )


def _import(screen, path: Path, loaded: Callable[[], None]) -> None:
    app = screen.app
    _ = app._

    def run() -> None:
        try:
            reading = read_for_import(path)
            warnings = import_warnings(reading, screen.person, path)
            if not warnings:
                store_preparation(app.store, screen.person, reading.preparation, path)
        except (PreparationError, OSError, StoreError) as exc:
            message = describe(exc, app.lang)
        else:
            if warnings:
                app.call_from_thread(confirm, reading, warnings)
                return
            app.call_from_thread(app.notify, _("prep.imported", path=str(path)), markup=False)
            app.call_from_thread(loaded)
            return
        app.call_from_thread(app.notify, message, title=_("prep.import.failed"),
                             severity="error", markup=False, timeout=15)

    def confirm(reading, warnings) -> None:
        """Warnings stop the import unless the leader says to go on (as --force does)."""
        from coach.tui.dialogs.confirm import ConfirmDialog

        text = "\n".join(p.render(app.lang) for p in warnings)

        def answered(yes: bool | None) -> None:
            if yes:
                _store(screen, reading.preparation, path, loaded)

        app.push_screen(ConfirmDialog(text + "\n\n" + _("prep.import.anyway"), _), answered)

    screen.run_worker(run, thread=True, exclusive=True, group="prep-import")


def _store(screen, prep, path: Path, loaded: Callable[[], None]) -> None:
    app = screen.app
    _ = app._

    def run() -> None:
        try:
            store_preparation(app.store, screen.person, prep, path)
        except (OSError, StoreError) as exc:
            app.call_from_thread(app.notify, describe(exc, app.lang),
                                 title=_("prep.import.failed"), severity="error",
                                 markup=False)
            return
        app.call_from_thread(app.notify, _("prep.imported", path=str(path)), markup=False)
        app.call_from_thread(loaded)

    screen.run_worker(run, thread=True, exclusive=True, group="prep-import")
