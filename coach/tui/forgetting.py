"""Forgetting a person from the TUI: the typed-name dialog, then the work off the event loop.

The person screen's key calls :func:`ask_and_forget`; the store work (a final export if
asked, then ``forget_person``) runs in a worker, and the app returns to the home screen with
a note on what remains in backups.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from coach.domain.people import Person
from coach.services.mentions import marker, mentions_of, places
from coach.services.privacy import default_export_name, footprint, forget
from coach.tui.dialogs.forget import ForgetDialog
from coach.tui.shell import CoachScreen


def ask_and_forget(screen: CoachScreen[None], person: Person) -> None:
    app = screen.app
    counts = footprint(screen.services.store, person)
    default = Path.cwd() / default_export_name(person)

    dialog = ForgetDialog(person, counts, default, app._)

    def answered(answer: str | None) -> None:
        if answer is not None:
            _forget(screen, person, Path(answer) if answer else None, dialog.redact_mentions)

    app.push_screen(dialog, answered)


def _forget_work(screen: CoachScreen[None], person: Person, export_to: Path | None,
                 redact: bool) -> None:
    app, services = screen.app, screen.services
    try:
        # Where the name stands in notes about others: replaced if asked, else counted.
        mentions = mentions_of(services.store, person, app.lang)
        done = forget(services.store, person, app.lang, export_to=export_to,
                      library=services.library_if_loaded,
                      redact=mentions if redact else ())
    except OSError as exc:
        app.call_from_thread(app.notify, app._("privacy.forget.export_failed",
                                               path=str(export_to), reason=exc.strerror or exc),
                             severity="error")
        return
    app.call_from_thread(_done, screen, person, export_to, len(done.held), done.redacted,
                         len(mentions) - done.redacted)


def _forget(screen: CoachScreen[None], person: Person, export_to: Path | None,
            redact: bool) -> None:
    screen.run_worker(partial(_forget_work, screen, person, export_to, redact), thread=True,
                      exclusive=True, group="forget")


def _done(screen: CoachScreen[None], person: Person, export_to: Path | None, held: int,
          redacted: int = 0, left: int = 0) -> None:
    app = screen.app
    message = app._("privacy.forget.done", name=person.name)
    if export_to is not None:
        message += " " + app._("privacy.forget.exported", path=str(export_to))
    if redacted:
        message += " " + app._("privacy.mentions.done", marker=marker(app.lang),
                               places=places(redacted, app.lang))
    if left:
        message += " " + app._("privacy.tui.mentions", name=person.name,
                               places=places(left, app.lang))
    if held:
        message += " " + app._("privacy.tui.backups", count=held, id=person.id)
    app.notify(message, timeout=12, markup=False)
    if app.screen is screen:
        app.pop_screen()
