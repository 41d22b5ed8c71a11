"""One person at a glance: conversations, active goals and open action items.

A simple view until the live conversation arrives; HomeScreen.action_open_person pushes it.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from coach.domain.goals import GoalStatus
from coach.domain.people import Person
from coach.tui.bindings import translate_bindings
from coach.tui.roster import cadence_label, format_date, local_date


class PersonScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "tui.key.back"),
        Binding("g", "goals", "goals.tui.key.goals"),
        Binding("k", "profile", "profile.tui.key.profile"),
        Binding("ctrl+d", "forget", "privacy.tui.key.forget"),
        Binding("slash", "search", "search.tui.key.search"),
    ]

    def __init__(self, person: Person) -> None:
        super().__init__()
        self.person = person

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.app._)
        yield Header()
        with VerticalScroll(id="person-body"):
            yield Static(Text(self.person.name), classes="person-name")
            yield Static(Text(self._headline()), classes="person-role")
            yield Static("", id="person-details")
        yield Footer(compact=True)

    def _headline(self) -> str:
        _ = self.app._
        cadence = cadence_label(self.person.cadence_days, _)
        if self.person.role:
            return _("person.role_cadence", role=self.person.role, cadence=cadence)
        return _("person.cadence_only", cadence=cadence)

    def on_mount(self) -> None:
        self.sub_title = self.person.name
        self._load()

    def action_goals(self) -> None:
        from coach.tui.screens.goals import GoalsScreen

        self.app.push_screen(GoalsScreen(self.person))

    def action_profile(self) -> None:
        from coach.tui.screens.profile import ProfileScreen

        self.app.push_screen(ProfileScreen(self.person))

    def action_search(self) -> None:
        from coach.tui.searching import open_search

        open_search(self.app, self.person)

    def action_forget(self) -> None:
        from coach.tui.forgetting import ask_and_forget

        ask_and_forget(self, self.person)

    def on_screen_resume(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="store")
    def _load(self) -> None:
        app = self.app
        conversations = app.store.conversation_summaries(self.person.id)
        goals = app.store.goals(self.person.id)
        actions = app.store.actions(self.person.id, open_only=True)
        text = self._details(conversations, goals, actions)
        app.call_from_thread(self.query_one("#person-details", Static).update, text)

    def _details(self, conversations, goals, actions) -> Text:
        _, lang = self.app._, self.app.lang
        out = Text()
        from coach.tui.cycle_label import cycle_line
        from coach.tui.roster import person_cycle

        out.append_text(cycle_line(person_cycle(self.person, conversations, self.app.today), _))
        out.append("\n\n")
        out.append(_("person.conversations") + "\n", style="bold")
        if not conversations:
            out.append("  " + _("person.no_conversations") + "\n")
        for c in reversed(conversations):
            line = _(
                "person.conversation_line",
                date=format_date(local_date(c.when), lang),
                kind=_(f"kind.{c.kind.value}"),
                status=_(f"status.{c.status.value}"),
            )
            out.append(f"  {line}\n")
        active = sum(1 for g in goals if g.status is GoalStatus.ACTIVE)
        out.append("\n" + _("person.goals", count=active) + "\n", style="bold")
        out.append("\n" + _("person.open_actions") + "\n", style="bold")
        if not actions:
            out.append("  " + _("person.no_open_actions") + "\n")
        for a in actions:
            owner = _(f"owner.{a.owner.value}")
            if a.due:
                line = _(
                    "person.action_line", text=a.text, owner=owner, due=format_date(a.due, lang)
                )
            else:
                line = _("person.action_line_nodue", text=a.text, owner=owner)
            out.append(f"  • {line}\n")
        out.append("\n" + _("person.later"), style="dim")
        return out
