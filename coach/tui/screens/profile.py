"""A person's competence profile: the T-shaped picture, the areas, and the selected area's
history; add an area (breadth) or change a level with a reason (depth)."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Static

from coach.domain.competence import CompetenceArea
from coach.domain.people import Person
from coach.domain.profile_chart import t_shape
from coach.domain.visibility import is_private
from coach.i18n.formats import format_day
from coach.i18n.labels import level_label
from coach.services.competence import person_competence, save_area
from coach.tui import routes
from coach.tui.dialogs.competence_form import AreaDialog, DepthDialog
from coach.tui.screen_share import hidden_mark, view
from coach.tui.shell import BACK, CoachScreen
from coach.tui.writing import write


class ProfileScreen(CoachScreen[None]):
    BINDINGS = [
        BACK,
        Binding("a", "add_area", "profile.tui.key.add"),
        Binding("d", "change_depth", "profile.tui.key.depth"),
        Binding("u", "update", "competence.live.key.update"),
    ]

    def __init__(self, person: Person) -> None:
        super().__init__()
        self.person = person
        self.areas: list[CompetenceArea] | None = None  # None until read

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="profile-body"):
            yield Static("", id="profile-chart")
            yield DataTable(id="profile-table", cursor_type="row")
            yield Static("", id="profile-history")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        _ = self.app._
        self.sub_title = f"{_('profile.tui.title')}: {self.person.name}"
        # Fixed widths: the columns do not jump as rows arrive, and fit 80 columns.
        table = self.query_one(DataTable)
        table.add_column(_("profile.md.col.area"), width=24)
        table.add_column(_("profile.md.col.depth"), width=24)
        table.add_column(_("profile.md.col.self"), width=22)
        self._load()

    @work(thread=True, exclusive=True, group="store")
    def _load(self) -> None:
        areas = person_competence(self.services.store, self.person.id)
        self.app.call_from_thread(self._show, areas)

    def _show(self, areas: list[CompetenceArea]) -> None:
        _, lang = self.app._, self.app.lang
        self.areas = areas
        self._draw_chart()
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for area in areas:
            table.add_row(area.area, level_label(area.depth, lang),
                          level_label(area.self_rating, lang), key=area.id)
        if areas:
            table.move_cursor(row=min(max(row, 0), len(areas) - 1))
        self._show_history()

    def on_resize(self) -> None:
        if self.areas is not None:
            self._draw_chart()

    def _draw_chart(self) -> None:
        """The T-shape at the terminal's width (read from the app: this screen may not have
        been laid out yet when the areas arrive from the worker)."""
        _ = self.app._
        areas = self.areas or []
        chart = "\n".join(t_shape(areas, width=max(20, self.app.size.width - 2)))
        if areas:
            chart += "\n" + _("profile.tui.legend")
        self.query_one("#profile-chart", Static).update(
            Text(chart) if areas else Text(_("profile.tui.none")))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_history()

    def _show_history(self) -> None:
        _, lang = self.app._, self.app.lang
        area = self._selected()
        out = Text()
        if area is not None:
            out.append(area.area + "\n", style="bold")
            share = view(self, "history")
            for change in sorted(area.history, key=lambda c: c.at):
                before = level_label(change.from_depth, lang) or _("profile.md.start")
                line = f"{format_day(change.at, self.app.lang)}  {before} → "
                line += level_label(change.to_depth, lang)
                if change.rating == "self":
                    line += f" ({_('profile.md.self')})"
                if not share.shows(change):  # screen-share mode: a private change is hidden
                    share.hide("note", line + (f": {change.reason}" if change.reason else ""),
                               area.area)
                    out.append(f"{format_day(change.at, self.app.lang)}  ")
                    out.append(hidden_mark(_, "note"))
                    out.append("\n")
                    continue
                if is_private(change):
                    line += f" ({_('visibility.private')})"
                if change.reason:
                    line += f": {change.reason}"
                out.append(line + "\n")
        self.query_one("#profile-history", Static).update(out)

    def screen_share_changed(self) -> None:
        """Screen-share mode was switched: the history again (a private change hides)."""
        if self.is_mounted:
            self._show_history()

    def _selected(self) -> CompetenceArea | None:
        table = self.query_one(DataTable)
        if not self.areas or table.cursor_row < 0:
            return None
        return self.areas[min(table.cursor_row, len(self.areas) - 1)]

    def action_update(self) -> None:
        """The competence updater: levels then and now, self-ratings, changes since."""
        routes.push(self.app, "competence-review", self.person, callback=self._reload)

    def _reload(self, _result: object = None) -> None:
        self._load()

    def action_add_area(self) -> None:
        self.app.push_screen(AreaDialog(self.person.id, self.app._), self._save)

    def action_change_depth(self) -> None:
        area = self._selected()
        if area is None:
            return

        def change(result) -> None:
            if result is not None and area.set_depth(result.depth, result.reason,
                                                     visibility=result.visibility):
                self._save(area)

        self.app.push_screen(DepthDialog(area, self.app._), change)

    def _save(self, area: CompetenceArea | None) -> None:
        if area is not None:
            self._write(area)

    def _write(self, area: CompetenceArea) -> None:
        store = self.services.store
        write(self, lambda: save_area(store, area), self._show)
