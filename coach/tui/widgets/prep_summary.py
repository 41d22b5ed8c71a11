"""The employee's preparation on the prepare view: what it holds, and importing a file;
and the rest of what the prepare view reads after its first paint (``PrepareReading``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text

from coach.content import Template
from coach.domain.people import Person
from coach.domain.preparation import ImportedPreparation, Preparation
from coach.domain.review import ImportedReview
from coach.domain.screen_share import ShareView
from coach.errors import describe
from coach.i18n import Translator
from coach.i18n.formats import format_date
from coach.services.handover import (
    PreparationError,
    current_preparation,
    import_warnings,
    proposal_counts,
    read_for_import,
    store_preparation,
)
from coach.services.preparation_view import gather
from coach.services.review import comment_heading, decision_line, last_review
from coach.store import StoreError
from coach.tui.dialogs.confirm import ConfirmDialog
from coach.tui.dialogs.export_path import ExportPathDialog
from coach.tui.screen_share import hidden_mark
from coach.tui.widgets.prepare_facts import preparation_text

if TYPE_CHECKING:
    from coach.store import Store
    from coach.tui.screens.prepare import PrepareScreen

#: How much of each answer the prepare view shows.
ANSWER_CHARS = 90


def read_current(store: Store, person_id: str, today: date) -> ImportedPreparation | None:
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
    out.append("\n" + _("prep.prepare.heading", date=format_date(prep.date, _.lang)) + "\n",
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
    out.append("  " + proposal_counts(prep, _.lang) + "\n", style="dim")
    if lead:
        out.append("  " + _("prep.prepare.leads") + "\n", style="bold green")
    return out


def review_summary(record: ImportedReview | None, _: Translator) -> Text:
    """The employee's latest review of a summary: the decision and each comment (shared)."""
    out = Text()
    if record is None:
        return out
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


def ask_import(screen: PrepareScreen, loaded: Callable[[], object]) -> None:
    """Ask for a file; import it for the screen's person in a worker; then ``loaded()``."""
    def chosen(path: Path | None) -> None:
        if path is not None:
            _import(screen, path, loaded)

    screen.app.push_screen(
        ExportPathDialog(screen.app._("prep.import.title"), Path.cwd(), screen.app._), chosen
    )


def _import(screen: PrepareScreen, path: Path, loaded: Callable[[], object]) -> None:
    app = screen.app
    _ = app._
    store = screen.services.store

    def run() -> None:
        try:
            reading = read_for_import(path)
            warnings = import_warnings(reading, screen.person, path)
            if not warnings:
                store_preparation(store, screen.person, reading.preparation, path)
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
        text = "\n".join(p.render(app.lang) for p in warnings)

        def answered(yes: bool | None) -> None:
            if yes:
                _store(screen, reading.preparation, path, loaded)

        app.push_screen(ConfirmDialog(text + "\n\n" + _("prep.import.anyway"), _), answered)

    screen.run_worker(run, thread=True, exclusive=True, group="prep-import")


def _store(screen: PrepareScreen, prep: Preparation, path: Path,
           loaded: Callable[[], object]) -> None:
    app = screen.app
    _ = app._
    store = screen.services.store

    def run() -> None:
        try:
            store_preparation(store, screen.person, prep, path)
        except (OSError, StoreError) as exc:
            app.call_from_thread(app.notify, describe(exc, app.lang),
                                 title=_("prep.import.failed"), severity="error",
                                 markup=False)
            return
        app.call_from_thread(app.notify, _("prep.imported", path=str(path)), markup=False)
        app.call_from_thread(loaded)

    screen.run_worker(run, thread=True, exclusive=True, group="prep-import")


class PrepareReading:
    """What the prepare view reads and shows after its first paint (this module and what it
    imports are heavy: the prepare screen reaches it through ``coach.tui.routes``)."""

    summary = staticmethod(preparation_summary)
    review = staticmethod(review_summary)
    ask_import = staticmethod(ask_import)

    @staticmethod
    def facts(store: Store, person: Person, template: Template, today: date,
              _: Translator, share: ShareView | None = None) -> Text:
        """Last time's agreements, open action items, goals and competence changes (in
        screen-share mode, ``share``, the private ones counted)."""
        return preparation_text(gather(store, person.id), template, today, _, _.lang, share)

    @staticmethod
    def handed_over(store: Store, person: Person, today: date
                    ) -> tuple[ImportedPreparation | None, ImportedReview | None]:
        """The employee's current preparation and their latest review of a summary."""
        return read_current(store, person.id, today), last_review(store, person.id)
