"""One person: the timeline of conversations (newest first), then the year's cycle, open
action items (the leader's and theirs), active goals and the competence profile in a line.

Enter on a conversation opens a held one read-only (the view search uses) and resumes an
unfinished one. HomeScreen.action_open_person pushes this screen.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Static

from coach.domain.conversations import Conversation, ConversationStatus
from coach.domain.people import Person
from coach.i18n.labels import cadence_label
from coach.services.person_view import person_view
from coach.store import StoreError
from coach.tui import flow, routes
from coach.tui.cycle_label import cycle_line
from coach.tui.forgetting import ask_and_forget
from coach.tui.person_summary import details_text
from coach.tui.screen_share import view as share_view
from coach.tui.shell import BACK, CoachScreen
from coach.tui.widgets.timeline import TimelineTable


class PersonScreen(CoachScreen[None]):
    DEFAULT_CSS = """
    PersonScreen #person-head { padding: 0 1; height: auto; }
    PersonScreen #timeline { height: auto; max-height: 45%; }
    PersonScreen #person-body { height: 1fr; padding: 0 1; }
    """
    BINDINGS = [
        BACK,
        Binding("s", "start", "live.key.start_conv"),
        Binding("g", "goals", "goals.tui.key.goals"),
        Binding("k", "profile", "profile.tui.key.profile"),
        Binding("t", "trends", "trends.key.open"),
        Binding("ctrl+d", "forget", "privacy.tui.key.forget"),
        Binding("slash", "search", "search.tui.key.search", priority=True),
    ]

    def __init__(self, person: Person) -> None:
        super().__init__()
        self.person = person

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self._head(), id="person-head")
        yield TimelineTable(self.app._, id="timeline")
        with VerticalScroll(id="person-body"):
            yield Static("", id="person-details")
        yield Footer(compact=True)

    def _head(self) -> Text:
        _ = self.app._
        cadence = cadence_label(self.person.cadence_days, _)
        out = Text(self.person.name, style="bold")
        if self.person.role:
            out.append("  " + _("person.role_cadence", role=self.person.role, cadence=cadence))
        else:
            out.append("  " + _("person.cadence_only", cadence=cadence))
        return out

    def on_mount(self) -> None:
        self.sub_title = self.person.name
        self.query_one("#timeline").focus()
        self._load()

    def on_screen_resume(self) -> None:
        self._load()

    # keys ---------------------------------------------------------------------------------
    def action_start(self) -> None:
        flow.choose_template(self.app, self.person)

    def action_goals(self) -> None:
        routes.push(self.app, "goals", self.person)

    def action_profile(self) -> None:
        routes.push(self.app, "profile", self.person)

    def action_trends(self) -> None:
        routes.push(self.app, "trends", self.person)

    def action_search(self) -> None:
        flow.open_search(self.app, self.person)

    def action_forget(self) -> None:
        ask_and_forget(self, self.person)

    @on(DataTable.RowSelected, "#timeline")
    def _open_conversation(self, event: DataTable.RowSelected) -> None:
        event.stop()
        conversation = self.query_one("#timeline", TimelineTable).selected
        if conversation is None:
            return
        if conversation.status is ConversationStatus.IN_PROGRESS:
            flow.resume(self.app, conversation.id)
        elif conversation.status is ConversationStatus.COMPLETED:
            routes.push(self.app, "conversation", conversation.id)
        else:
            self.notify(self.app._("overview.person.not_held"), markup=False)

    # reading ------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="store")
    def _load(self) -> None:
        app, services = self.app, self.services
        today = services.today
        try:
            view = person_view(services.store, self.person, today, app.lang)
        except (OSError, StoreError, KeyError) as exc:
            app.call_from_thread(flow.store_failed, app, exc)
            return
        cycle = cycle_line(view.cycle, app._)
        text = details_text(cycle, view.open_actions, view.goals, view.areas, today, app._,
                            share_view(self, "details"))
        if view.reviews:
            text.append("\n\n" + app._("review.person.heading") + "\n", style="bold")
            for line in view.reviews:
                text.append("  " + line + "\n")
        app.call_from_thread(self._show, view.conversations, text)

    def screen_share_changed(self) -> None:
        """Screen-share mode was switched: draw the person's details again."""
        self._load()

    def _show(self, conversations: list[Conversation], text: Text) -> None:
        self.query_one("#timeline", TimelineTable).show(conversations)
        self.query_one("#person-details", Static).update(text)
