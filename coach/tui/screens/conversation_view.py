"""A past conversation, read-only: the export's Markdown, opened from a search result.

Shows the shared summary, or (``p``) the full notes with private ones; a hit in a private
note opens with them shown. The line at the top repeats the match that led here.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Markdown, Static

from coach.domain.records import local_date
from coach.domain.search import Hit
from coach.errors import describe
from coach.i18n.labels import format_date
from coach.services.exporting import held_conversation
from coach.store import StoreError
from coach.tui.review_import import ask_import_review
from coach.tui.screen_share import share_of, shared_only
from coach.tui.shell import BACK, CoachScreen
from coach.tui.widgets.markdown_preview import safe_parser, without_front_matter


class ConversationView(CoachScreen[None]):
    DEFAULT_CSS = """
    #view-status { padding: 0 1; }
    #view-body { height: 1fr; }
    """
    BINDINGS = [
        BACK,
        Binding("p", "toggle_full", "search.view.key.private"),
        Binding("i", "import_review", "review.key.import"),
    ]

    def __init__(self, conversation_id: str, hit: Hit | None = None) -> None:
        super().__init__(id="conversation-view")
        self.conversation_id = conversation_id
        self.hit = hit
        self.full = hit is not None and hit.document.private
        self.markdown: dict[bool, str] = {}
        #: The conversation's entries (screen-share mode counts the private ones).
        self.entries: tuple = ()


    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="view-status")
        with VerticalScroll(id="view-body"):
            yield Markdown("", parser_factory=safe_parser, id="view-md", open_links=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#view-body").focus()
        self._load()

    @work(thread=True, exclusive=True, group="view")
    def _load(self) -> None:
        app = self.app
        try:
            held = held_conversation(self.services.store, self.conversation_id, app.lang)
        except (OSError, StoreError, KeyError) as exc:
            app.call_from_thread(self.notify, describe(exc, app.lang),
                                 title=self._("search.tui.failed"), severity="error",
                                 markup=False)
            return
        day = format_date(local_date(held.conversation.when), app.lang)
        subtitle = self._("search.view.subtitle", name=held.person.name, date=day)
        self.entries = held.entries
        app.call_from_thread(self._loaded, subtitle, held.markdown)

    def _loaded(self, subtitle: str, texts: dict[bool, str]) -> None:
        self.sub_title = subtitle
        self.markdown = texts
        self._show()

    def _show(self) -> None:
        _ = self._
        sharing = shared_only(self, self.entries)  # screen-share mode: shared only
        full = self.full and sharing is None
        status = Text()
        status.append(_("search.view.showing_full" if full
                        else "search.view.showing_shared"),
                      style="bold red" if full else "dim")
        if sharing is not None:
            status.append("  ").append_text(sharing)
        if self.hit is not None and share_of(self.app).shows(self.hit.document):
            status.append("  " + _("search.view.match", text=self.hit.snippet))
        self.query_one("#view-status", Static).update(status)
        self.query_one("#view-md", Markdown).update(
            without_front_matter(self.markdown.get(full, "")))

    def screen_share_changed(self) -> None:
        if self.markdown:
            self._show()

    def action_toggle_full(self) -> None:
        self.full = not self.full
        if self.markdown:
            self._show()

    def action_import_review(self) -> None:
        """The employee's review of this summary (a file they handed back)."""
        ask_import_review(self, self._load)
