"""The home screen: the people you lead, who is due for a conversation, and what is open."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import DataTable, Footer, Header, Input, Static
from textual.worker import get_current_worker

from coach.domain.people import Person
from coach.services.people import save_person
from coach.services.team import SORTS, TeamRow, TeamView, filter_rows, sort_rows, team_view
from coach.tui import flow, routes
from coach.tui.dialogs.confirm import ConfirmDialog
from coach.tui.dialogs.person_form import PersonForm
from coach.tui.footer_fit import fit_footer, palette_width
from coach.tui.palette import PaletteCommand
from coach.tui.shell import CoachScreen
from coach.tui.widgets.empty_team import EmptyTeam
from coach.tui.widgets.team_table import TeamTable
from coach.tui.writing import write


class HomeScreen(CoachScreen[None]):
    """Reads go through a worker (the team's history can be long; the Store serialises
    access between threads). Person saves are one small record in the index and are written
    directly, so a failure shows at once in the dialog and the table never shows a save that
    did not happen."""

    BINDINGS = [
        # "a" and "/" open a screen with a text field: as priority bindings they run before
        # the keys typed after them are handed on (an ordinary binding runs only once its
        # key has bubbled back up, and "/kurs" typed fast lost "kurs" to the team table).
        Binding("s", "start_conversation", "live.key.start_conv"),
        Binding("a", "add_person", "tui.key.add", priority=True),
        Binding("e", "edit_person", "tui.key.edit"),
        Binding("x", "archive_person", "tui.key.archive"),
        Binding("r", "restore_person", "tui.key.restore"),
        Binding("v", "show_archived(True)", "tui.key.show_archived"),
        Binding("v", "show_archived(False)", "tui.key.hide_archived"),
        Binding("o", "objectives", "objectives.tui.key.open"),
        Binding("slash", "search", "search.tui.key.search", show=False, priority=True),
        Binding("S", "cycle_sort", "home.key.sort"),
        Binding("f", "filter", "home.key.filter"),
        Binding("w", "this_week", "home.key.week"),
    ]

    show_archived: reactive[bool] = reactive(False, init=False)

    def __init__(self) -> None:
        super().__init__(id="home")
        self.view: TeamView | None = None
        #: How the overview is ordered (one of SORTS) and narrowed (not ``sort_order``:
        #: Textual's own attribute, which orders widgets).
        self.row_order = SORTS[0]
        self.filter_text = ""
        self.this_week = False


    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="summary")
        yield Input(placeholder=self._("home.filter.placeholder"), id="filter")
        yield TeamTable(self._, id="team")
        yield EmptyTeam(self._, id="empty")
        yield Footer(compact=True)

    #: The footer always holds enter, s and ctrl+q; these join, most wanted first, while
    #: they fit beside the palette's key (all are in F1 help and the palette).
    _FOOTER_EXTRAS = ("a", "e", "o", "x", "r", "v", "S", "f", "w")
    _fitting = False

    def on_resize(self, event: events.Resize) -> None:
        self._fit_keys()

    def _fit_keys(self) -> None:
        """Which keys are available changes with the selection; what fits is measured
        again each time. (Not an override of ``refresh_bindings``, which Textual calls
        itself: overriding it left the keys of a screen pushed above this one dead.)"""
        self.refresh_bindings()
        if self._fitting or not self.is_mounted:
            return
        self._fitting = True
        try:
            fit_footer(self, self.size.width, self._FOOTER_EXTRAS, reserve=palette_width(self))
        finally:
            self._fitting = False

    def on_mount(self) -> None:
        self.sub_title = self._("home.subtitle")
        self._hide_lists()

    def _hide_lists(self) -> None:
        self.query_one("#team").display = False
        self.query_one("#empty").display = False
        self.query_one("#filter").display = False

    def on_screen_resume(self) -> None:
        # Read the team the first time the screen is shown.
        if self.view is None and self.is_current:
            self.reload()

    # reading ------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the team again (in a worker) and show it, the cursor on ``select``."""
        self._load(self.show_archived, select)

    @work(thread=True, exclusive=True, group="store")
    def _load(self, include_archived: bool, select: str | None) -> None:
        services = self.services
        view = team_view(services.store, services.today, include_archived=include_archived)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, view, select)

    def _show(self, view: TeamView, select: str | None) -> None:
        self.view = view
        table = self.query_one("#team", TeamTable)
        table.display = not view.nobody
        self.query_one("#empty").display = view.nobody
        self.query_one("#summary").display = not view.nobody
        table.show(view, select, rows=self._rows(view))
        self._summarise(view)
        if view.nobody:
            self.set_focus(None)
        else:
            table.focus()
        self._fit_keys()

    def _summarise(self, view: TeamView) -> None:
        _ = self._
        text = Text(
            _("home.summary", active=view.active, overdue=view.overdue, archived=view.archived)
        )
        if self.show_archived:
            text.append("  " + _("home.summary.showing_archived"), style="dim")
        elif view.active == 0:
            text = Text(_("home.nobody_active"))
        notes = []
        if self.row_order != SORTS[0]:
            notes.append(_("home.sorted", order=_(f"home.sort.{self.row_order}")))
        if self.filter_text.strip():
            notes.append(_("home.filter.showing", text=self.filter_text.strip()))
        if self.this_week:
            notes.append(_("home.filter.week"))
        if notes:
            text.append("  · " + " · ".join(notes), style="dim")
        if self.view is not None and self.view.rows and not self._rows(self.view):
            text.append("  " + _("home.filter.none"), style="bold")
        self.query_one("#summary", Static).update(text)

    # sorting and filtering ----------------------------------------------------------------
    def _rows(self, view: TeamView) -> list[TeamRow]:
        rows = filter_rows(view.rows, self.filter_text, view.today, this_week=self.this_week)
        return sort_rows(rows, self.row_order, view.today)

    def _refilter(self) -> None:
        """Show the rows again in the new order or filter (focus stays where it is)."""
        if self.view is not None:
            self.query_one("#team", TeamTable).show(self.view, None, rows=self._rows(self.view))
            self._summarise(self.view)
            self._fit_keys()

    def action_cycle_sort(self) -> None:
        self.row_order = SORTS[(SORTS.index(self.row_order) + 1) % len(SORTS)]
        self._refilter()

    def action_this_week(self) -> None:
        self.this_week = not self.this_week
        self._refilter()

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.focus()

    @on(Input.Changed, "#filter")
    def _filter_typed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self._refilter()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one("#team", TeamTable).focus()

    def key_escape(self) -> None:
        """Esc in the filter box clears the filter and hides the box."""
        box = self.query_one("#filter", Input)
        if box.display:
            box.value = ""
            box.display = False
            self.query_one("#team", TeamTable).focus()

    def watch_show_archived(self) -> None:
        self.reload()

    # selection ----------------------------------------------------------------------------
    def selected(self) -> Person | None:
        if self.view is None or self.view.nobody:
            return None
        pid = self.query_one("#team", TeamTable).selected_id
        for row in self.view.rows:
            if row.person.id == pid:
                return row.person
        return None

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._fit_keys()

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:  # enter, or a click on a row
        self.action_open_person()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        person = self.selected()
        archived_count = self.view.archived if self.view else 0
        match action:
            case "search" | "add_person":
                # Priority keys (see BINDINGS): in the filter box they are text.
                return self.focused is not self.query_one("#filter", Input)
            case "cycle_sort" | "filter" | "this_week":
                return self.view is not None and not self.view.nobody
            case "open_person" | "edit_person" | "start_conversation":
                return person is not None
            case "archive_person":
                return person is not None and not person.archived
            case "restore_person":
                return person is not None and person.archived
            case "show_archived":
                want = bool(parameters and parameters[0])
                if want:
                    return not self.show_archived and archived_count > 0
                return self.show_archived
        return True

    # actions ------------------------------------------------------------------------------
    def _write(self, person: Person) -> None:
        """Off the event loop (``coach.tui.writing``): save, then show the team again."""
        services = self.services
        save_person(services.store, person)
        view = team_view(services.store, services.today, include_archived=self.show_archived)
        self.app.call_from_thread(self._show, view, person.id)

    def _saved(self, person: Person | None) -> None:
        if person is not None:
            self.notify(self._("home.saved", name=person.name), markup=False)

    def action_add_person(self) -> None:
        self.app.push_screen(PersonForm(self._, self._write), self._saved)

    def action_edit_person(self) -> None:
        if person := self.selected():
            self.app.push_screen(PersonForm(self._, self._write, person), self._saved)

    def action_open_person(self) -> None:
        """Open the selected person. The live conversation will hook in here."""
        if person := self.selected():
            routes.push(self.app, "person", person)

    def action_start_conversation(self) -> None:
        """Pick a conversation type for the selected person, then prepare and run it."""
        if person := self.selected():
            flow.choose_template(self.app, person)

    def action_objectives(self) -> None:
        routes.push(self.app, "objectives")

    def action_search(self) -> None:
        flow.open_search(self.app)

    def action_archive_person(self) -> None:
        person = self.selected()
        if person is None or person.archived:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._set_archived(person, True, "home.archived")

        question = self._("home.confirm.archive", name=person.name)
        self.app.push_screen(ConfirmDialog(question, self._), answered)

    def action_restore_person(self) -> None:
        person = self.selected()
        if person is not None and person.archived:
            self._set_archived(person, False, "home.restored")

    def _set_archived(self, person: Person, archived: bool, message: str) -> None:
        write(self, lambda: self._write(replace(person, archived=archived)),
              lambda _done: self.notify(self._(message, name=person.name), markup=False))

    def action_show_archived(self, show: bool) -> None:
        self.show_archived = show

    # command palette ----------------------------------------------------------------------
    def palette_commands(self) -> Iterable[PaletteCommand]:
        _ = self._
        yield PaletteCommand(_("tui.key.add"), _("tui.palette.add.help"), self.action_add_person)
        yield PaletteCommand(_("objectives.tui.title"), _("objectives.tui.palette.help"),
                             self.action_objectives)
        yield PaletteCommand(_("search.tui.title"), _("search.tui.palette.help"),
                             self.action_search)
        key = "tui.key.hide_archived" if self.show_archived else "tui.key.show_archived"
        yield PaletteCommand(
            _(key),
            _("tui.palette.archived.help"),
            lambda: self.action_show_archived(not self.show_archived),
        )
