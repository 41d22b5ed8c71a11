"""Search across notes, agreements, action items and goals; Enter opens the conversation.

Typing searches as you go (in a worker: opening the screen first brings the index up to
date). Each result shows date, person, kind and the text around the match, the match in
bold. Private hits are left out (and counted) until ``p`` shows them, marked as private.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from coach.domain.people import Person
from coach.domain.search import Hit
from coach.errors import describe
from coach.i18n.labels import format_date, kind_label
from coach.services.people import person_by_id
from coach.store import StoreError
from coach.tui import routes, searching
from coach.tui.screen_share import count_text, view
from coach.tui.shell import BACK, CoachScreen

LIMIT = 200
#: Hits shown at once; the rest follow after the first paint.
FIRST = 30


class SearchScreen(CoachScreen[None]):
    DEFAULT_CSS = """
    #search-input { margin: 0 1; }
    #search-status { padding: 0 2; color: $text-muted; }
    #search-results { height: 1fr; border: none; }
    """
    BINDINGS = [
        BACK,
        Binding("down", "results", show=False),
        Binding("p", "toggle_private", "search.tui.key.private"),
    ]

    def __init__(self, person: Person | None = None) -> None:
        super().__init__(id="search-screen")
        self.person = person
        self.hits: list[Hit] = []
        self.indexed = False
        self.include_private = False
        self.query_text = ""


    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder=self._("search.tui.placeholder"), id="search-input")
        yield Static(self._("search.tui.indexing"), id="search-status")
        yield OptionList(id="search-results")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        title = self._("search.tui.title")
        self.sub_title = f"{title}: {self.person.name}" if self.person else title
        self.query_one("#search-input").focus()
        self._run("")

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self._run(event.value)

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if self.hits:
            results.focus()
            results.highlighted = 0

    def action_results(self) -> None:
        """To the list (also when it is empty: ``p`` there shows the private hits)."""
        self._submitted()
        self.query_one("#search-results", OptionList).focus()

    def action_toggle_private(self) -> None:
        """Show or hide private hits (the input takes a typed ``p``: this is for the list)."""
        self.include_private = not self.include_private
        self._run(self.query_text)

    def screen_share_changed(self) -> None:
        """Screen-share mode was switched: search again (private hits drawn or counted)."""
        if self.indexed:
            self._run(self.query_text)

    @work(thread=True, exclusive=True, group="search")
    def _run(self, query: str) -> None:
        """Search; the first time, bring the index up to date first (the next opening of
        the screen does it again: only changed files are read)."""
        app = self.app
        worker = get_current_worker()
        pid = self.person.id if self.person else None
        try:
            index = searching.team_search(self.services)
            if not self.indexed:
                index.refresh()
            if worker.is_cancelled:
                return
            found = index.find(query, person_id=pid, limit=LIMIT,
                               include_private=self.include_private, refresh=False)
            total = None if query.strip() else index.count()
            app.call_from_thread(self._show, query, found, total)
        except (OSError, StoreError) as exc:
            app.call_from_thread(self.notify, describe(exc, app.lang),
                                 title=self._("search.tui.failed"), severity="error",
                                 markup=False)

    def _show(self, query: str, found, total: int | None) -> None:
        self.indexed = True
        self.query_text = query
        _ = self._
        # Screen-share mode: private hits (asked for with p) are counted, never drawn.
        share = view(self, "hits")
        hits = []
        for hit in found.hits:
            if share.shows(hit.document):
                hits.append(hit)
            else:
                share.hide("hit", hit.document.text, hit.document.person)
        self.hits = hits
        if not query.strip():
            status = _("search.tui.ready", count=total or 0)
        elif not hits:
            status = _("search.tui.none")
        elif len(hits) >= LIMIT:
            status = _("search.tui.count_more", count=len(hits))
        else:
            status = _("search.tui.count", count=len(hits))
        if found.private_left_out:
            status += " · " + _("search.tui.private_left_out", count=found.private_left_out)
        elif share.hidden:
            status += " · " + count_text(_, len(share.hidden))
        elif self.include_private and query.strip():
            status += " · " + _("search.tui.private_shown")
        self.query_one("#search-status", Static).update(Text(status))
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        # A screenful first, the rest after that is painted (200 at once cost ~40 ms)
        results.add_options(self._options(hits, 0, FIRST))
        if len(hits) > FIRST:
            self.call_after_refresh(self._more, hits)

    def _options(self, hits: list[Hit], start: int, stop: int) -> list[Option]:
        return [Option(self._line(hit), id=str(i))
                for i, hit in enumerate(hits[start:stop], start)]

    def _more(self, hits: list[Hit]) -> None:
        if hits is self.hits:  # not yet replaced by the next keystroke's
            self.query_one("#search-results", OptionList).add_options(
                self._options(hits, FIRST, len(hits)))

    def _line(self, hit: Hit) -> Text:
        doc = hit.document
        head = Text(style="dim")
        if doc.day is not None:
            head.append(format_date(doc.day, self.app.lang) + "  ")
        head.append(doc.person + "  ", style="bold")
        head.append(kind_label(doc.kind, self.app.lang, doc.private))
        body = Text("\n  " + hit.snippet)
        start, end = hit.span
        if end > start:
            body.stylize("bold reverse", start + 3, end + 3)
        return head + body

    @on(OptionList.OptionSelected, "#search-results")
    def _open(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        hit = self.hits[event.option_index]
        doc = hit.document
        if doc.conversation_id is None:
            if doc.kind in ("goal", "progress"):
                routes.push(self.app, "goals", person_by_id(self.services.store, doc.person_id))
            else:
                self.notify(self._("search.tui.no_conversation"))
            return
        routes.push(self.app, "conversation", doc.conversation_id, hit)
