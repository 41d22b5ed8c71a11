"""The unit's objectives ("chalking the pitch"): add, edit, deactivate or reactivate.

Inactive objectives stay listed (dimmed) so goals that served them keep their link.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from coach.domain.people import UnitObjective
from coach.services.goals import save_objective, unit_objectives
from coach.tui.dialogs.objective_form import ObjectiveDialog
from coach.tui.shell import BACK, CoachScreen
from coach.tui.writing import write


class ObjectivesScreen(CoachScreen[None]):
    DEFAULT_CSS = """
    ObjectivesScreen #objectives-intro, ObjectivesScreen #objectives-detail {
        padding: 0 1;
        margin-bottom: 1;
    }
    ObjectivesScreen #objectives-table {
        height: auto;
        max-height: 60%;
    }
    ObjectivesScreen #objectives-detail {
        margin-top: 1;
    }
    """
    BINDINGS = [
        BACK,
        Binding("a", "add", "objectives.tui.key.add", priority=True),
        Binding("e", "edit", "tui.key.edit"),
        Binding("x", "set_active(False)", "objectives.tui.key.deactivate"),
        Binding("x", "set_active(True)", "objectives.tui.key.activate"),
    ]

    def __init__(self) -> None:
        super().__init__(id="objectives")
        self.objectives: list[UnitObjective] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="objectives-intro")
        yield DataTable(id="objectives-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="objectives-empty")
        yield Static("", id="objectives-detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        _ = self.app._
        self.sub_title = _("objectives.tui.title")
        self.query_one("#objectives-intro", Static).update(_("objectives.tui.intro"))
        self.query_one(DataTable).add_columns(
            _("objectives.tui.col.title"), _("objectives.tui.col.description"), "")
        self._load()

    @work(thread=True, exclusive=True, group="store")
    def _load(self, select: str | None = None) -> None:
        found = unit_objectives(self.services.store, include_inactive=True)
        self.app.call_from_thread(self._show, found, select)

    def _show(self, found: list[UnitObjective], select: str | None = None) -> None:
        _ = self.app._
        self.objectives = sorted(found, key=lambda o: (not o.active, o.created))
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for o in self.objectives:
            style = "" if o.active else "dim"
            state = "" if o.active else _("objectives.tui.inactive")
            table.add_row(Text(o.title, style=style), Text(o.description, style=style),
                          Text(state, style=style), key=o.id)
        ids = [o.id for o in self.objectives]
        if select in ids:
            table.move_cursor(row=ids.index(select))
        elif ids:
            table.move_cursor(row=min(max(row, 0), len(ids) - 1))
        self.query_one("#objectives-empty", Static).update(
            "" if found else _("objectives.tui.none"))
        self._show_detail()
        self.refresh_bindings()

    def selected(self) -> UnitObjective | None:
        table = self.query_one(DataTable)
        if not self.objectives or table.cursor_row < 0:
            return None
        return self.objectives[min(table.cursor_row, len(self.objectives) - 1)]

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_detail()
        self.refresh_bindings()

    def _show_detail(self) -> None:
        """The highlighted objective in full: the table cuts long descriptions at 80 columns."""
        objective = self.selected()
        detail = Text()
        if objective is not None:
            detail.append(objective.title, style="bold")
            if objective.description:
                detail.append("\n" + objective.description)
        self.query_one("#objectives-detail", Static).update(detail)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        objective = self.selected()
        if action == "edit":
            return objective is not None
        if action == "set_active":
            return objective is not None and objective.active is not bool(parameters[0])
        return True

    def action_add(self) -> None:
        self.app.push_screen(ObjectiveDialog(self.app._), self._save)

    def action_edit(self) -> None:
        if (objective := self.selected()) is not None:
            self.app.push_screen(ObjectiveDialog(self.app._, objective), self._save)

    def action_set_active(self, active: bool) -> None:
        objective = self.selected()
        if objective is not None and objective.active is not active:
            self._save(replace(objective, active=active))

    def _save(self, objective: UnitObjective | None) -> None:
        if objective is not None:
            self._write(objective)

    def _write(self, objective: UnitObjective) -> None:
        store = self.services.store
        write(self, lambda: save_objective(store, objective),
              lambda found: self._show(found, objective.id))
