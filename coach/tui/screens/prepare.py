"""Before the clock starts: what was agreed last time, open action items, goals, competence.

The facts come from ``coach.services.preparation_view.gather`` (read in a worker); F5 or enter
starts the conversation and replaces this screen with the live one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from coach.content import Template
from coach.domain.people import Person
from coach.services.starting import newest_unfinished
from coach.tui import flow, routes
from coach.tui.screen_share import view
from coach.tui.shell import BACK, HELP, CoachScreen
from coach.tui.widgets.hanging_text import HangingText

if TYPE_CHECKING:  # the records the reading worker hands over (imported with it)
    from coach.domain.conversations import Conversation
    from coach.domain.preparation import ImportedPreparation
    from coach.domain.review import ImportedReview


class PrepareScreen(CoachScreen[None]):
    BINDINGS = [
        Binding("f5", "start", "live.key.start", priority=True),
        Binding("enter", "start", "live.key.start", show=False),
        BACK,
        HELP,
        # Out of the footer (it is full at 80 columns); F1 help and the palette list them.
        Binding("i", "import_prep", "prep.key.import", show=False),
        Binding("l", "lead", "prep.key.lead", show=False),
    ]

    def __init__(self, person: Person, template: Template) -> None:
        super().__init__(id="prepare")
        self.person = person
        self.template = template
        #: The employee's imported preparation leads the agenda (its order, short guidance).
        self.lead = False
        self.preparation: ImportedPreparation | None = None
        #: The employee's latest review of a summary (shared: shown before the next one).
        self._review: ImportedReview | None = None


    def compose(self) -> ComposeResult:
        _ = self._
        yield Header()
        with VerticalScroll(id="prepare-body"):
            yield Static(
                Text(_("live.prepare.heading", name=self.person.name, title=self.template.title,
                       minutes=self.template.total_minutes), style="bold"),
                id="prepare-heading",
            )
            yield Static(Text(_("live.prepare.hint"), style="italic"), id="prepare-hint")
            prep = Static("", id="prepare-prep")
            prep.display = False
            yield prep
            yield Static(_("live.prepare.loading"), id="prepare-facts")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = self._("live.prepare.subtitle")
        self.query_one("#prepare-body").focus()
        # After the first paint: the reading thread would otherwise hold the interpreter
        # while the screen is being laid out (the facts show "loading" until then).
        self.call_after_refresh(self._load)

    @work(thread=True, exclusive=True, group="store")
    def _load(self) -> None:
        app, services = self.app, self.services
        self._load_facts()
        self._load_preparation()
        unfinished = newest_unfinished(services.store, self.person.id)
        if unfinished is not None:
            app.call_from_thread(self._offer_resume, unfinished)

    def _load_facts(self) -> None:
        """(In a worker) last time's agreements, open items, goals, competence changes."""
        services = self.services
        # Wrapped agenda and list lines hang under their text (str() is still the text).
        text = HangingText(routes.prepare_reading().facts(
            services.store, self.person, self.template, services.today, self._,
            view(self, "facts")))
        self.app.call_from_thread(self.query_one("#prepare-facts", Static).update, text)

    @work(thread=True, exclusive=True, group="store")
    def _reload_facts(self) -> None:
        self._load_facts()

    def screen_share_changed(self) -> None:
        """Screen-share mode was switched: the facts and the preparation again."""
        self._reload_facts()
        if self.preparation is not None or self._review is not None:
            self._show_preparation(self.preparation)

    def _offer_resume(self, conv: Conversation) -> None:
        """A conversation with this person was left unfinished (the app closed or crashed):
        offer it before a new one is started beside it. Not once the leader has moved on."""
        if self.app.screen is self:
            flow.ask_resume(self.app, conv, self.person, replace=True)

    def _load_preparation(self) -> None:
        """(In a worker) the employee's latest preparation, shown above the facts."""
        services = self.services
        record, review = routes.prepare_reading().handed_over(services.store, self.person,
                                                              services.today)
        self.app.call_from_thread(self._show_preparation, record, review)

    def _show_preparation(self, record: ImportedPreparation | None,
                          review: ImportedReview | None = None) -> None:
        self.preparation = record
        if review is not None:
            self._review = review
        review = self._review
        widget = self.query_one("#prepare-prep", Static)
        reading = routes.prepare_reading()
        text = reading.review(review, self._)
        if record is not None:
            text.append_text(reading.summary(record, self.lead, self._,
                                             view(self, "preparation")))
        widget.update(text)
        widget.display = record is not None or review is not None

    def action_import_prep(self) -> None:
        routes.prepare_reading().ask_import(self, self._reload_preparation)

    @work(thread=True, exclusive=True, group="store")
    def _reload_preparation(self) -> None:
        self._load_preparation()

    def action_lead(self) -> None:
        if self.preparation is None:
            self.notify(self._("prep.lead.none"), severity="warning")
            return
        self.lead = not self.lead
        self._show_preparation(self.preparation)

    def action_start(self) -> None:
        order = self.preparation.preparation.order if self.lead and self.preparation else None
        flow.begin(self.app, self.person, self.template, order)

