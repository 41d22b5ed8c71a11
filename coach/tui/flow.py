"""The way through a conversation: pick a template, prepare, run it live, resume it; search.

Screens call these so that each screen only knows the next step by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from coach.content import Template
from coach.domain.conversations import Conversation
from coach.domain.people import Person
from coach.domain.records import local_date
from coach.errors import describe
from coach.i18n.labels import format_date
from coach.services.people import person_by_id
from coach.services.starting import newest_unfinished, pick_template, template_title
from coach.store import StoreError
from coach.tui import later, routes

if TYPE_CHECKING:
    from coach.tui.shell import ShellApp


def choose_template(app: ShellApp, person: Person) -> None:
    """Template picker, then the prepare screen for the chosen template."""
    templates = app.services.library.templates(app.lang)

    def chosen(template: Template | None) -> None:
        if template is not None:
            prepare(app, person, template)

    app.push_screen(later.template_picker()(person.name, templates, app._), chosen)


def prepare(app: ShellApp, person: Person, template: Template) -> None:
    routes.push(app, "prepare", person, template)


def store_failed(app: ShellApp, exc: Exception) -> None:
    """Tell the user the store could not be read or written (its own explanation)."""
    app.notify(describe(exc, app.lang), title=app._("live.save_failed"), severity="error",
               markup=False, timeout=15)


def prepare_by_id(app: ShellApp, person_id: str, template_id: str | None) -> None:
    services = app.services
    try:
        person = person_by_id(services.store, person_id)
    except StoreError as exc:
        store_failed(app, exc)
        return
    prepare(app, person, pick_template(services.library, app.lang, template_id))


def begin(app: ShellApp, person: Person, template: Template,
          order: list[str] | None = None) -> None:
    """Create the conversation, start its clock, and replace the prepare screen; ``order``
    lets an employee's preparation lead."""
    services = app.services
    try:
        session = routes.live_session().begin(services.store, services.library, person,
                                              template, order, now=services.monotonic)
    except StoreError as exc:
        store_failed(app, exc)
        return
    routes.switch(app, "live", session, start=True)


def resume(app: ShellApp, conversation_id: str, *, replace: bool = False) -> None:
    """Open the live screen on an unfinished conversation: above the current screen, or in
    its place (``replace``: from the prepare screen, as starting one does)."""
    services = app.services
    try:
        session = routes.live_session().resume(services.store, services.library,
                                               conversation_id, now=services.monotonic)
    except StoreError as exc:
        store_failed(app, exc)
        return
    screen = routes.make("live", session, start=False)
    if replace:
        app.switch_screen(screen)
    else:
        app.push_screen(screen)


def offer_resume(app: ShellApp) -> None:
    """Ask (in a dialog) whether to resume the newest unfinished conversation, if any."""
    _check_unfinished(app)


@work(thread=True, exclusive=True, group="resume")
def _check_unfinished(app: ShellApp) -> None:
    store = app.services.store
    try:
        conv = newest_unfinished(store)
        if conv is None:
            return
        person = person_by_id(store, conv.person_id)
    except StoreError as exc:
        app.call_from_thread(store_failed, app, exc)
        return
    app.call_from_thread(ask_resume, app, conv, person)


def ask_resume(app: ShellApp, conv: Conversation, person: Person, *,
               replace: bool = False) -> None:
    """Offer to resume ``conv`` (a dialog); yes opens it live (see ``resume``)."""
    title = template_title(app.services.library, conv)
    when = format_date(local_date(conv.when), app.lang)

    def answered(yes: bool | None) -> None:
        if yes:
            resume(app, conv.id, replace=replace)

    question = app._("live.resume.question", name=person.name, title=title, date=when)
    app.push_screen(later.confirm_dialog()(question, app._), answered)


def open_search(app: ShellApp, person: Person | None = None) -> None:
    """Push the search screen (over whatever is showing), optionally for one person."""
    if not routes.is_route(app.screen, "search"):
        routes.push(app, "search", person)
