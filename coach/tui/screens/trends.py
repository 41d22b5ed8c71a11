"""A person's trends (t on the person view): goals per quarter, mastery moments, section
overruns and support needs by theme, drawn as text that fits the terminal's width."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from coach.domain.people import Person
from coach.domain.trends import Trends
from coach.i18n.labels import format_date
from coach.services.trends import read_trends
from coach.store import StoreError
from coach.tui.flow import store_failed
from coach.tui.shell import BACK, CoachScreen
from coach.tui.trend_chart import trends_text


class TrendsScreen(CoachScreen[None]):
    DEFAULT_CSS = """
    #trends-intro { padding: 0 1; }
    #trends-body { height: 1fr; padding: 0 1; }
    """
    BINDINGS = [BACK]

    def __init__(self, person: Person) -> None:
        super().__init__(id="trends")
        self.person = person
        self.trends: Trends | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="trends-intro")
        with VerticalScroll(id="trends-body"):
            yield Static("", id="trends-chart")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = self.app._("trends.subtitle", name=self.person.name)
        self.query_one("#trends-body").focus()
        self._load()

    @work(thread=True, exclusive=True, group="store")
    def _load(self) -> None:
        app = self.app
        try:
            trends = read_trends(self.services.store, self.person.id, self.services.today)
        except (OSError, StoreError, KeyError) as exc:
            app.call_from_thread(store_failed, app, exc)
            return
        app.call_from_thread(self._loaded, trends)

    def _loaded(self, trends: Trends) -> None:
        self.trends = trends
        self._draw()

    def _intro(self, trends: Trends) -> Text:
        _, lang = self.app._, self.app.lang
        out = Text(self.person.name, style="bold")
        if trends.points:
            out.append("  " + _("trends.span", count=len(trends.points),
                                 first=format_date(trends.points[0].day, lang),
                                 last=format_date(trends.points[-1].day, lang)))
        else:
            out.append("  " + _("trends.no_conversations"), style="dim")
        return out

    def _draw(self) -> None:
        if self.trends is None:
            return
        body = self.query_one("#trends-body")
        width = max(20, body.size.width - 4 if body.size.width else self.app.size.width - 4)
        self.query_one("#trends-intro", Static).update(self._intro(self.trends))
        self.query_one("#trends-chart", Static).update(
            trends_text(self.trends, width, self.app._))

    def on_resize(self) -> None:
        self._draw()
