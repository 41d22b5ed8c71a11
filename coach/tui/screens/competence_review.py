"""The competence updater on demand (u on the profile screen), outside a conversation.

Changes are logged without a conversation. Each is one small write to the person's file, off
the event loop through the app's one write queue (``coach.tui.writing``), in order.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, OptionList

from coach.domain.people import Person
from coach.services.competence import save_areas
from coach.tui.shell import CoachScreen
from coach.tui.widgets.competence_updater import CompetenceUpdater
from coach.tui.widgets.goals_panel import Save
from coach.tui.writing import write


class CompetenceReviewScreen(CoachScreen[None]):
    DEFAULT_CSS = """
    CompetenceReviewScreen #review-body {
        padding: 0 1;
    }
    CompetenceReviewScreen CompetenceUpdater {
        margin-top: 0;
    }
    """
    BINDINGS = [Binding("escape", "dismiss", "tui.key.back")]

    def __init__(self, person: Person) -> None:
        super().__init__()
        self.person = person

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="review-body"):
            yield CompetenceUpdater(self.person.id, None, id="competence-updater")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = f"{self.app._('competence.review.title')}: {self.person.name}"
        self.query_one(CompetenceUpdater).show()
        self.query_one(OptionList).focus()

    def screen_share_changed(self) -> None:
        """Screen-share mode was switched: the changes again (a private one hides)."""
        if self.is_mounted:
            self.query_one(CompetenceUpdater).show()

    @on(Save)
    def _save(self, event: Save) -> None:
        store, areas = self.services.store, list(event.records)
        write(self, lambda: save_areas(store, areas))
