"""The way through a conversation: pick a template, prepare, run it live, resume it, help.

Screens call these so that each screen only knows the next step by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen

from coach.store import StoreError
from coach.tui import routes

if TYPE_CHECKING:  # the rest is imported where used: it is not needed for the first screen
    from coach.content import Library, Template
    from coach.domain.people import Person


def library(app) -> Library:
    if getattr(app, "library", None) is None:
        from coach.content import load_library

        app.library = load_library()
    return app.library


def choose_template(app, person: Person) -> None:
    """Template picker, then the prepare screen for the chosen template."""
    from coach.tui.dialogs.template_picker import TemplatePicker

    templates = library(app).templates(app.lang)

    def chosen(template: Template | None) -> None:
        if template is not None:
            prepare(app, person, template)

    app.push_screen(TemplatePicker(person.name, templates, app._), chosen)


def prepare(app, person: Person, template: Template) -> None:
    routes.push(app, "prepare", person, template)


def store_failed(app, exc: Exception) -> None:
    """Tell the user the store could not be read or written (its own explanation)."""
    from coach.errors import describe

    app.notify(describe(exc, app.lang), title=app._("live.save_failed"), severity="error",
               markup=False, timeout=15)


def prepare_by_id(app, person_id: str, template_id: str | None) -> None:
    try:
        person = app.store.person(person_id)
    except StoreError as exc:
        store_failed(app, exc)
        return
    from coach.services.starting import pick_template

    prepare(app, person, pick_template(library(app), app.lang, template_id))


def begin(app, person: Person, template: Template, order: list[str] | None = None) -> None:
    """Create the conversation, start its clock, and replace the prepare screen; ``order``
    lets an employee's preparation lead."""
    from coach.services.session import LiveSession

    try:
        session = LiveSession.begin(app.store, library(app), person, template, order,
                                    now=app.monotonic)
    except StoreError as exc:
        store_failed(app, exc)
        return
    routes.switch(app, "live", session, start=True)


def resume(app, conversation_id: str, *, replace: bool = False) -> None:
    """Open the live screen on an unfinished conversation: above the current screen, or in
    its place (``replace``: from the prepare screen, as starting one does)."""
    from coach.services.session import LiveSession

    try:
        session = LiveSession.resume(app.store, library(app), conversation_id,
                                     now=app.monotonic)
    except StoreError as exc:
        store_failed(app, exc)
        return
    screen = routes.make("live", session, start=False)
    if replace:
        app.switch_screen(screen)
    else:
        app.push_screen(screen)


def offer_resume(app) -> None:
    """Ask (in a dialog) whether to resume the newest unfinished conversation, if any."""
    _check_unfinished(app)


@work(thread=True, exclusive=True, group="resume")
def _check_unfinished(app) -> None:
    try:
        from coach.services.starting import newest_unfinished

        conv = newest_unfinished(app.store)
        if conv is None:
            return
        person = app.store.person(conv.person_id)
    except StoreError as exc:
        app.call_from_thread(store_failed, app, exc)
        return
    app.call_from_thread(ask_resume, app, conv, person)


def ask_resume(app, conv, person, *, replace: bool = False) -> None:
    """Offer to resume ``conv`` (a dialog); yes opens it live (see ``resume``)."""
    from coach.domain.records import local_date
    from coach.i18n.labels import format_date
    from coach.services.exporting import template_title
    from coach.tui.dialogs.resume import resume_dialog

    title = template_title(library(app), conv)
    when = format_date(local_date(conv.when), app.lang)

    def answered(yes: bool | None) -> None:
        if yes:
            resume(app, conv.id, replace=replace)

    app.push_screen(resume_dialog(person.name, title, when, app._), answered)


def show_help(screen: Screen, extra: str = "") -> None:
    from coach.tui.dialogs.help import HelpDialog, binding_rows

    app = screen.app
    app.push_screen(HelpDialog(binding_rows(screen), app._, extra))
