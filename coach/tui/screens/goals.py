"""A person's goals with status and latest progress; add a goal, record progress, revise,
achieve or drop one with a reason (keys). The highlighted goal's history shows below."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Static

from coach.domain.goals import Goal
from coach.domain.people import Person
from coach.i18n.labels import latest_progress
from coach.services.goals import person_goals, save_goal, unit_objectives
from coach.tui.dialogs.goal_change import GoalChange, GoalChangeDialog
from coach.tui.dialogs.goal_form import GoalDialog, ProgressDialog
from coach.tui.screen_share import hidden_mark, view
from coach.tui.shell import BACK, CoachScreen
from coach.tui.widgets.goal_history import goal_history
from coach.tui.writing import write


class GoalsScreen(CoachScreen[None]):
    BINDINGS = [
        BACK,
        Binding("a", "add_goal", "goals.tui.key.add", priority=True),
        Binding("p", "progress", "goals.tui.key.progress"),
        Binding("r", "change('revise')", "goals.tui.key.revise"),
        Binding("c", "change('achieve')", "goals.tui.key.achieve"),
        Binding("x", "change('drop')", "goals.tui.key.drop"),
    ]

    def __init__(self, person: Person) -> None:
        super().__init__()
        self.person = person
        self.goals: list[Goal] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="goals-body"):
            yield DataTable(id="goals-table", cursor_type="row", zebra_stripes=True)
            yield Static("", id="goals-empty")
            yield Static("", id="goals-history")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        _ = self.app._
        self.sub_title = f"{_('goals.tui.title')}: {self.person.name}"
        table = self.query_one(DataTable)
        # Fixed widths: the columns do not jump as rows arrive, and fit 80 columns.
        table.add_column(_("goals.md.col.goal"), width=33)
        table.add_column(_("goals.md.col.latest"), width=27)
        table.add_column("", width=10)
        self._load()

    @work(thread=True, exclusive=True, group="store")
    def _load(self) -> None:
        goals = person_goals(self.services.store, self.person.id)
        self.app.call_from_thread(self._show, goals)

    def _show(self, goals: list[Goal]) -> None:
        _, lang = self.app._, self.app.lang
        self.goals = sorted(goals, key=lambda g: (not g.is_active, g.created))
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        share = view(self, "table")
        for goal in self.goals:
            progress = latest_progress(goal, lang)
            latest: str | Text = progress
            if goal.latest is not None and not share.shows(goal.latest):
                share.hide("progress", progress, goal.statement)
                latest = hidden_mark(_, "progress")
            table.add_row(goal.statement, latest,
                          _(f"goal.status.{goal.status.value}"), key=goal.id)
        if self.goals:
            table.move_cursor(row=min(row, len(self.goals) - 1))
        self.query_one("#goals-empty", Static).update("" if goals else _("goals.tui.none"))
        self._show_history()
        self.refresh_bindings()

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_history()
        self.refresh_bindings()

    def _show_history(self) -> None:
        goal = self._selected()
        text = (goal_history(goal, self.app._, self.app.lang, view(self, "history"))
                if goal else Text())
        self.query_one("#goals-history", Static).update(text)

    def screen_share_changed(self) -> None:
        """Screen-share mode was switched: the table and the history again."""
        if self.is_mounted:
            self._show(self.goals)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "change":
            goal = self._selected()
            if goal is None:
                return False
            return goal.is_active or None  # shown dimmed for a goal that is no longer active
        return True

    def _selected(self) -> Goal | None:
        table = self.query_one(DataTable)
        if not self.goals or table.cursor_row < 0:
            return None
        return self.goals[min(table.cursor_row, len(self.goals) - 1)]

    def action_add_goal(self) -> None:
        objectives = unit_objectives(self.services.store)
        self.app.push_screen(GoalDialog(self.person.id, objectives, self.app._), self._save)

    def action_progress(self) -> None:
        goal = self._selected()
        if goal is None:
            self.notify(self.app._("goals.tui.no_goal"))
            return

        def record(entry) -> None:
            if entry is not None:
                goal.record_progress(entry)
                self._save(goal)

        self.app.push_screen(ProgressDialog(goal, self.app._), record)

    def action_change(self, how: str) -> None:
        goal = self._selected()
        if goal is None or not goal.is_active:
            self.notify(self.app._("goals.tui.not_active"))
            return

        def change(result: GoalChange | None) -> None:
            if result is not None:
                result.apply(goal)
                self._save(goal)

        self.app.push_screen(GoalChangeDialog(goal, how, self.app._), change)

    def _save(self, goal: Goal | None) -> None:
        if goal is not None:
            self._write(goal)

    def _write(self, goal: Goal) -> None:
        store = self.services.store
        write(self, lambda: save_goal(store, goal), self._show)
