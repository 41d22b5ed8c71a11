"""The person's goals in the live conversation's goal sections: statement and latest status.

Tab from the note editor reaches the list; ``p`` records progress on the highlighted goal
(logged with this conversation, so the summary's "goals followed up" fills), ``a`` sets a new
goal (created in this conversation), ``escape`` goes back to the note. The panel changes the
goals in memory and posts ``Save`` with the records; the screen writes them in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from coach.domain.goals import Goal, ProgressEntry
from coach.domain.screen_share import ShareView
from coach.i18n.labels import latest_progress
from coach.services.goals import person_goals, unit_objectives
from coach.tui.bindings import translate_bindings
from coach.tui.dialogs.goal_form import GoalDialog, ProgressDialog
from coach.tui.screen_share import placeholder, view

if TYPE_CHECKING:
    from textual import getters

    from coach.tui.shell import ShellApp

#: Template sections where the person's goals are on the table.
GOAL_SECTIONS = frozenset({
    "goals-and-plans", "own-goals", "agree-goals", "goals-results", "work-goals",
    "development-goals",
})


class Save(Message):
    """Records (goals, competence areas) the screen should write."""

    def __init__(self, records: list) -> None:
        super().__init__()
        self.records = records


def back_to_note(widget) -> None:
    """Focus the live screen's note editor, or leave a screen of its own."""
    editors = widget.screen.query("#editor")
    if editors:
        editors.first().focus()
    else:
        widget.screen.dismiss()


class GoalsPanel(Vertical):
    if TYPE_CHECKING:
        app = getters.app(ShellApp)

    DEFAULT_CSS = """
    GoalsPanel {
        height: auto;
        margin-top: 1;
    }
    GoalsPanel > #goals-panel-title {
        height: auto;
    }
    GoalsPanel > OptionList {
        height: auto;
        max-height: 6;
        border: none;
        padding: 0;
    }
    """
    BINDINGS = [
        Binding("p", "progress", "goals.tui.key.progress"),
        Binding("a", "add_goal", "goals.tui.key.add"),
        Binding("escape", "back", "goals.live.key.back"),
    ]

    def __init__(self, person_id: str, conversation_id: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.person_id = person_id
        self.conversation_id = conversation_id
        self.goals: list[Goal] | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="goals-panel-title")
        yield OptionList(id="goals-panel-list")

    def on_mount(self) -> None:
        translate_bindings(self, self.app._)

    def show(self) -> None:
        """Show the goals (read from the store the first time, then kept in memory)."""
        _ = self.app._
        if self.goals is None:
            self.goals = [
                g for g in person_goals(self.app.services.store, self.person_id)
                if g.is_active or self._touched(g)
            ]
            self.goals.sort(key=lambda g: g.created)
        title = Text(_("goals.live.title"), style="bold")
        title.append("  " + _("goals.live.hint"), style="dim")
        self.query_one("#goals-panel-title", Static).update(title)
        listing = self.query_one(OptionList)
        keep = listing.highlighted
        listing.clear_options()
        share = view(self.screen, "goals")  # screen-share mode: private progress hidden
        listing.add_options([Option(self._label(g, share)) for g in self.goals])
        if not self.goals:
            listing.add_option(Option(Text(_("goals.live.none"), style="dim"), disabled=True))
        else:
            listing.highlighted = min(keep or 0, len(self.goals) - 1)

    def _touched(self, goal: Goal) -> bool:
        return any(p.conversation_id == self.conversation_id for p in goal.progress)

    def _label(self, goal: Goal, share: ShareView | None = None) -> Text:
        _ = self.app._
        out = Text(goal.statement)
        status = (latest_progress(goal, self.app.lang) if goal.latest
                  else _("goals.live.no_progress"))
        if goal.latest is not None and share is not None and not share.shows(goal.latest):
            share.hide("progress", status, goal.statement)
            status = placeholder(_, "progress")
        if not goal.is_active:
            status = _(f"goal.status.{goal.status.value}") + ", " + status
        out.append(f"  ({status})", style="green" if self._touched(goal) else "dim")
        return out

    def selected(self) -> Goal | None:
        index = self.query_one(OptionList).highlighted
        if not self.goals or index is None or not 0 <= index < len(self.goals):
            return None
        return self.goals[index]

    def action_progress(self) -> None:
        goal = self.selected()
        if goal is None:
            self.notify(self.app._("goals.tui.no_goal"))
            return

        def record(entry: ProgressEntry | None) -> None:
            if entry is not None:
                entry.conversation_id = self.conversation_id
                goal.record_progress(entry)
                self.post_message(Save([goal]))
                self.notify(self.app._("goals.live.saved", goal=goal.statement),
                            timeout=1.5, markup=False)
                self.show()
            self.query_one(OptionList).focus()

        self.app.push_screen(ProgressDialog(goal, self.app._), record)

    def action_add_goal(self) -> None:
        objectives = unit_objectives(self.app.services.store)

        def add(goal: Goal | None) -> None:
            if goal is not None:
                goal.created_in = self.conversation_id
                self.goals = [*(self.goals or []), goal]
                self.post_message(Save([goal]))
                self.notify(self.app._("goals.live.added", goal=goal.statement),
                            timeout=1.5, markup=False)
                self.show()
                self.query_one(OptionList).highlighted = len(self.goals) - 1
            self.query_one(OptionList).focus()

        self.app.push_screen(GoalDialog(self.person_id, objectives, self.app._), add)

    def action_back(self) -> None:
        back_to_note(self)
