"""Before the clock starts: what was agreed last time, open action items, goals, competence.

The facts come from ``coach.services.preparation_view.gather`` (read in a worker); F5 or enter
starts the conversation and replaces this screen with the live one.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from coach.content import Template
from coach.domain.people import Person
from coach.i18n import Translator
from coach.tui import flow
from coach.tui.bindings import translate_bindings


class PrepareScreen(Screen[None]):
    BINDINGS = [
        Binding("f5", "start", "live.key.start", priority=True),
        Binding("enter", "start", "live.key.start", show=False),
        Binding("escape", "app.pop_screen", "tui.key.back"),
        Binding("f1", "help", "live.key.help"),
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
        self.preparation = None
        #: The employee's latest review of a summary (shared: shown before the next one).
        self._review = None
        #: The facts last read (drawn again when screen-share mode is switched).
        self._facts = None

    @property
    def _(self) -> Translator:
        return self.app._

    def compose(self) -> ComposeResult:
        translate_bindings(self, self._)
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
        app = self.app
        from coach.services.preparation_view import gather

        prep = gather(app.store, self.person.id)
        self._facts = prep
        app.call_from_thread(self._show_facts)
        self._load_preparation()
        from coach.services.starting import newest_unfinished

        unfinished = newest_unfinished(app.store, self.person.id)
        if unfinished is not None:
            app.call_from_thread(self._offer_resume, unfinished)

    def _show_facts(self) -> None:
        from coach.tui.screen_share import view
        from coach.tui.widgets.prepare_facts import preparation_text

        if self._facts is not None:
            text = preparation_text(self._facts, self.template, self.app.today, self._,
                                    self.app.lang, share=view(self, "facts"))
            self.query_one("#prepare-facts", Static).update(text)

    def screen_share_changed(self) -> None:
        """Screen-share mode was switched: draw the facts and the preparation again."""
        self._show_facts()
        if self.preparation is not None or self._review is not None:
            self._show_preparation(self.preparation)

    def _offer_resume(self, conv) -> None:
        """A conversation with this person was left unfinished (the app closed or crashed):
        offer it before a new one is started beside it. Not once the leader has moved on."""
        if self.app.screen is self:
            flow.ask_resume(self.app, conv, self.person, replace=True)

    def _load_preparation(self) -> None:
        """(In a worker) the employee's latest preparation, shown above the facts."""
        from coach.services.review import last_review
        from coach.tui.widgets.prep_summary import read_current

        record = read_current(self.app.store, self.person.id, self.app.today)
        review = last_review(self.app.store, self.person.id)
        self.app.call_from_thread(self._show_preparation, record, review)

    def _show_preparation(self, record, review=None) -> None:
        self.preparation = record
        if review is not None:
            self._review = review
        review = self._review
        widget = self.query_one("#prepare-prep", Static)
        from coach.tui.widgets.prep_summary import preparation_summary, review_summary

        text = review_summary(review, self._)
        if record is not None:
            from coach.tui.screen_share import view

            text.append_text(preparation_summary(record, self.lead, self._,
                                                 view(self, "preparation")))
        widget.update(text)
        widget.display = record is not None or review is not None

    def action_import_prep(self) -> None:
        from coach.tui.widgets.prep_summary import ask_import

        ask_import(self, self._reload_preparation)

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

    def action_help(self) -> None:
        flow.show_help(self)
