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
from textual.content import Content
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
#: Hits added to the list at a time: the first screenful at once, the rest in steps of this
#: many after it is painted, so that a key typed meanwhile waits for one step at most (each
#: option is measured and wrapped when added: 200 at once cost 60 to 250 ms).
STEP = 20


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
        the screen does it again, cheaply: see ``coach.services.search_freshness``)."""
        app = self.app
        worker = get_current_worker()
        pid = self.person.id if self.person else None
        try:
            index = searching.team_search(self.services)
            opening = not self.indexed
            if opening:
                index.refresh()
            if worker.is_cancelled:
                return
            found = index.find(query, person_id=pid, limit=LIMIT,
                               include_private=self.include_private, refresh=False)
            total = None if query.strip() else index.count()
            app.call_from_thread(self._show, query, found, total)
            if opening and index.due():
                app.call_from_thread(self._look_at_every_file)
        except (OSError, StoreError) as exc:
            self._failed(exc)

    @work(thread=True, exclusive=True, group="search-every-file")
    def _look_at_every_file(self) -> None:
        """Now and then (``PERIOD``), after the hits are shown: look at every file, for
        one rewritten in place, which moves no folder's stamp; search again if any was."""
        try:
            if searching.team_search(self.services).refresh(whole=True):
                self.app.call_from_thread(self._run, self.query_text)
        except (OSError, StoreError) as exc:
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        self.app.call_from_thread(self.notify, describe(exc, self.app.lang),
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
        if share.on and (share.hidden or found.private_left_out):
            # Not "p shows them": in screen-share mode p only counts them.
            status += " · " + count_text(_, len(share.hidden) + found.private_left_out)
        elif found.private_left_out:
            status += " · " + _("search.tui.private_left_out", count=found.private_left_out)
        elif self.include_private and query.strip():
            status += " · " + _("search.tui.private_shown")
        self.query_one("#search-status", Static).update(Text(status))
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        first = max(STEP // 2, results.size.height // 2 + 1)  # each hit takes two lines
        results.add_options(self._options(hits, 0, first))
        if len(hits) > first:
            self.call_after_refresh(self._more, hits, first)

    def _options(self, hits: list[Hit], start: int, stop: int) -> list[Option]:
        return [Option(self._line(hit), id=str(i))
                for i, hit in enumerate(hits[start:stop], start)]

    def _more(self, hits: list[Hit], start: int) -> None:
        """The next step of hits, if they are still the ones shown (not yet replaced by the
        next keystroke's), then the one after that once this is painted."""
        if hits is self.hits and start < len(hits):
            stop = start + STEP
            self.query_one("#search-results", OptionList).add_options(
                self._options(hits, start, stop))
            if stop < len(hits):
                self.set_timer(0.02, lambda: self._more(hits, stop))

    def _line(self, hit: Hit) -> Content:
        """Two lines: date, person and kind; the text around the match, the match marked.
        Textual's own ``Content`` (user text as plain text, never markup): a Rich ``Text``
        would be converted to it for every option when the list is painted."""
        doc = hit.document
        day = format_date(doc.day, self.app.lang) + "  " if doc.day is not None else ""
        head = ((day, "dim"), (doc.person + "  ", "dim bold"),
                (kind_label(doc.kind, self.app.lang, doc.private), "dim"))
        text, (start, end) = hit.snippet, hit.span
        if end <= start:
            return Content.assemble(*head, ("\n  " + text, "dim"))
        return Content.assemble(*head, ("\n  " + text[:start], "dim"),
                                (text[start:end], "dim bold reverse"), (text[end:], "dim"))

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
