"""Dialogs for goals: a new goal, and progress on one. Nudges are notes, never blocks."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Checkbox, Footer, Input, Label, Select, Static

from coach.domain.goals import Goal, GoalScope, GoalType, Progress, ProgressEntry
from coach.domain.people import UnitObjective
from coach.domain.visibility import Visibility
from coach.i18n import Translator
from coach.tui.dialogs.action_item import parse_due
from coach.tui.dialogs.form import FormDialog

NO_OBJECTIVE = "none"


class GoalDialog(FormDialog[Goal]):
    """A new goal for ``person_id``; dismisses with the Goal or None. With no unit
    objectives to choose from (the employee's own side) the objective field is left out."""

    #: The type and scope side by side: as tall as the selects (1fr would cut them to a line).
    DEFAULT_CSS = """
    GoalDialog .goal-kind { height: auto; }
    """

    def __init__(self, person_id: str, objectives: list[UnitObjective], _: Translator) -> None:
        super().__init__(_)
        self.person_id = person_id
        self.objectives = objectives

    def compose(self) -> ComposeResult:
        _ = self._
        objective_options = [(o.title, o.id) for o in self.objectives]
        objective_options.append((_("goals.tui.objective_none"), NO_OBJECTIVE))
        with VerticalScroll(classes="dialog", id="goal-dialog"):
            yield Static(_("goals.tui.add_title"), classes="dialog-title")
            yield Label(_("goals.tui.statement"), classes="field-label")
            yield Input(id="goal-statement")
            yield Static(_("goals.tui.no_statement"), id="statement-error", classes="error")
            with Horizontal(classes="goal-kind"):
                yield Select([(_(f"goal.type.{v.value}"), v.value) for v in GoalType],
                             value=GoalType.WORK.value, allow_blank=False, id="goal-type")
                yield Select([(_(f"goal.scope.{v.value}"), v.value) for v in GoalScope],
                             value=GoalScope.PROFESSIONAL.value, allow_blank=False,
                             id="goal-scope")
            has_objectives = bool(self.objectives)
            label = Label(_("goals.tui.objective"), classes="field-label")
            label.display = has_objectives
            yield label
            objective = Select(objective_options, value=NO_OBJECTIVE, allow_blank=False,
                               id="goal-objective")
            objective.display = has_objectives
            yield objective
            yield Label(_("goals.tui.measure"), classes="field-label")
            yield Input(id="goal-measure")
            yield Label(_("goals.tui.target"), classes="field-label")
            yield Input(placeholder=_("goals.tui.target.example"), id="goal-target")
            yield Static(_("goals.tui.bad_date"), id="target-error", classes="error")
            yield Static("", id="goal-nudges", classes="nudge")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#goal-statement", Input).focus()

    def _draft(self) -> Goal:
        objective = self.chosen("#goal-objective")
        return Goal(
            self.person_id,
            self.query_one("#goal-statement", Input).value.strip(),
            type=GoalType(self.chosen("#goal-type")),
            scope=GoalScope(self.chosen("#goal-scope")),
            objective_id=None if objective == NO_OBJECTIVE else str(objective),
            measure=self.query_one("#goal-measure", Input).value.strip(),
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        self._show_nudges()

    def on_select_changed(self, event: Select.Changed) -> None:
        self._show_nudges()

    def _show_nudges(self) -> None:
        nudges = self._draft().nudges()
        self.query_one("#goal-nudges", Static).update("\n".join(self._(k) for k in nudges))

    def action_save(self) -> None:
        goal = self._draft()
        try:
            goal.target_date = parse_due(self.query_one("#goal-target", Input).value,
                                         self.app.services.today)
            bad_date = False
        except ValueError:
            bad_date = True
        if self.flag("#statement-error", not goal.statement, "#goal-statement"):
            return
        if self.flag("#target-error", bad_date, "#goal-target"):
            return
        self.dismiss(goal)


class ProgressDialog(FormDialog[ProgressEntry]):
    """Progress on one goal; dismisses with a ProgressEntry or None.

    The leader may keep the entry private (the checkbox, or ``ctrl+r`` as for a private
    note on the live screen): it then stays out of every shared output. ``offer_private``
    False leaves the choice out (the employee's own preparation, which is handed over).
    """

    BINDINGS = [Binding("ctrl+r", "toggle_private", "goals.tui.private_key", priority=True)]

    def __init__(self, goal: Goal, _: Translator, *, offer_private: bool = True) -> None:
        super().__init__(_)
        self.goal = goal
        self.offer_private = offer_private

    def compose(self) -> ComposeResult:
        _ = self._
        with VerticalScroll(classes="dialog", id="progress-dialog"):
            yield Static(_("goals.tui.progress_title", goal=self.goal.statement),
                         classes="dialog-title", markup=False)
            yield Select([(_(f"progress.{p.value}"), p.value) for p in Progress],
                         value=Progress.ON_TRACK.value, allow_blank=False,
                         id="progress-status")
            yield Label(_("goals.tui.percent"), classes="field-label")
            yield Input(id="progress-percent", type="integer", max_length=3)
            yield Static(_("goals.tui.bad_percent"), id="percent-error", classes="error")
            yield Label(_("goals.tui.comment"), classes="field-label")
            yield Input(id="progress-comment")
            if self.offer_private:
                yield Checkbox(_("goals.tui.private"), id="progress-private")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#progress-status", Select).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_private":
            return self.offer_private
        return True

    def action_toggle_private(self) -> None:
        if self.offer_private:
            box = self.query_one("#progress-private", Checkbox)
            box.value = not box.value

    @property
    def private(self) -> bool:
        return self.offer_private and self.query_one("#progress-private", Checkbox).value

    def action_save(self) -> None:
        raw = self.query_one("#progress-percent", Input).value.strip()
        try:
            percent = int(raw) if raw else None
            bad = percent is not None and not 0 <= percent <= 100
        except ValueError:
            percent, bad = None, True
        if self.flag("#percent-error", bad, "#progress-percent"):
            return
        self.dismiss(ProgressEntry(
            Progress(self.chosen("#progress-status")),
            self.query_one("#progress-comment", Input).value.strip(),
            percent,
            visibility=Visibility.PRIVATE if self.private else Visibility.SHARED,
        ))
