"""Before the clock starts: what was agreed last time, open action items, goals, competence.

The facts come from ``coach.live.preparation.gather`` (read in a worker); F5 or enter starts
the conversation and replaces this screen with the live one.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from coach.content import Template
from coach.domain.people import Person
from coach.i18n import Translator
from coach.tui import flow
from coach.tui.bindings import translate_bindings
from coach.tui.roster import format_date, local_date

if TYPE_CHECKING:  # the rest is imported where used, after the first paint
    from coach.live.preparation import Preparation


def _minutes(value: float) -> str:
    return f"{value:g}"


def action_line(action, today: date, _: Translator, lang: str) -> Text:
    owner = _(f"owner.{action.owner.value}")
    out = Text("  • ")
    if action.due:
        overdue = action.overdue(today)
        due = _("live.action.overdue" if overdue else "live.action.due",
                date=format_date(action.due, lang))
        out.append(action.text)
        out.append(f" ({owner}, ", style="dim")
        out.append(due, style="bold red" if overdue else "dim")
        out.append(")", style="dim")
    else:
        out.append(action.text)
        out.append(f" ({owner})", style="dim")
    return out


def preparation_text(prep: Preparation, template: Template, today: date, _: Translator,
                     lang: str) -> Text:
    out = Text()

    def heading(text: str) -> None:
        out.append("\n" + text + "\n", style="bold underline")

    heading(_("live.prepare.agenda"))
    for s in template.sections:
        out.append(f"  {_minutes(s.minutes):>3} min  ", style="dim")
        out.append(s.title)
        if s.prepare:
            out.append(f" — {s.prepare}", style="dim")
        out.append("\n")
    if prep.last is None:
        heading(_("live.prepare.last", date="–"))
        out.append("  " + _("live.prepare.no_last") + "\n", style="dim")
    else:
        heading(_("live.prepare.last", date=format_date(local_date(prep.last.when), lang)))
        if not prep.last_agreements:
            out.append("  " + _("live.prepare.no_agreements") + "\n", style="dim")
        for entry in prep.last_agreements:
            out.append(f"  • {entry.text}\n")
    heading(_("live.prepare.actions"))
    if not prep.open_actions:
        out.append("  " + _("live.prepare.no_actions") + "\n", style="dim")
    for action in prep.open_actions:
        out.append_text(action_line(action, today, _, lang))
        out.append("\n")
    heading(_("live.prepare.goals"))
    if not prep.goals:
        out.append("  " + _("live.prepare.no_goals") + "\n", style="dim")
    for goal in prep.goals:
        out.append(f"  • {goal.statement}")
        latest = goal.latest
        if latest is None:
            out.append(f" ({_('live.prepare.no_progress')})\n", style="dim")
        else:
            extra = f", {latest.percent} %" if latest.percent is not None else ""
            comment = f": {latest.comment}" if latest.comment else ""
            out.append(f" ({_(f'progress.{latest.status.value}')}{extra}{comment})\n",
                       style="dim")
    heading(_("live.prepare.competence"))
    if not prep.competence_changes:
        out.append("  " + _("live.prepare.no_competence") + "\n", style="dim")
    for change in prep.competence_changes:
        old = change.change.from_depth
        line = _("live.prepare.change", area=change.area.area,
                 old=old if old is not None else _("live.level.none"), new=change.change.to_depth)
        when = format_date(local_date(change.change.at), lang)
        out.append(f"  • {line}  ")
        out.append(when + "\n", style="dim")
    return out


class PrepareScreen(Screen[None]):
    BINDINGS = [
        Binding("f5", "start", "live.key.start", priority=True),
        Binding("enter", "start", "live.key.start", show=False),
        Binding("escape", "app.pop_screen", "tui.key.back"),
        Binding("f1", "help", "live.key.help"),
        # Out of the footer (it is full at 80 columns); F1 help and the palette list them.
        Binding("i", "import_prep", "prep.key.import", show=False),
        Binding("l", "lead", "prep.key.lead", show=False),
    ]

    def __init__(self, person: Person, template: Template) -> None:
        super().__init__(id="prepare")
        self.person = person
        self.template = template
        #: The employee's imported preparation leads the agenda (its order, short guidance).
        self.lead = False
        self.preparation = None

    @property
    def _(self) -> Translator:
        return self.app._

    def compose(self) -> ComposeResult:
        translate_bindings(self, self._)
        _ = self._
        yield Header()
        with VerticalScroll(id="prepare-body"):
            yield Static(
                Text(_("live.prepare.heading", name=self.person.name, title=self.template.title,
                       minutes=self.template.total_minutes), style="bold"),
                id="prepare-heading",
            )
            yield Static(Text(_("live.prepare.hint"), style="italic"), id="prepare-hint")
            prep = Static("", id="prepare-prep")
            prep.display = False
            yield prep
            yield Static(_("live.prepare.loading"), id="prepare-facts")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = self._("live.prepare.subtitle")
        self.query_one("#prepare-body").focus()
        # After the first paint: the reading thread would otherwise hold the interpreter
        # while the screen is being laid out (the facts show "loading" until then).
        self.call_after_refresh(self._load)

    @work(thread=True, exclusive=True, group="store")
    def _load(self) -> None:
        app = self.app
        from coach.live.preparation import gather

        prep = gather(app.store, self.person.id)
        text = preparation_text(prep, self.template, app.today, self._, app.lang)
        app.call_from_thread(self.query_one("#prepare-facts", Static).update, text)
        self._load_preparation()

    def _load_preparation(self) -> None:
        """(In a worker) the employee's latest preparation, shown above the facts."""
        from coach.tui.widgets.prep_summary import read_current

        record = read_current(self.app.store, self.person.id, self.app.today)
        self.app.call_from_thread(self._show_preparation, record)

    def _show_preparation(self, record) -> None:
        self.preparation = record
        widget = self.query_one("#prepare-prep", Static)
        from coach.tui.widgets.prep_summary import preparation_summary

        widget.update(preparation_summary(record, self.lead, self._))
        widget.display = record is not None

    def action_import_prep(self) -> None:
        from coach.tui.widgets.prep_summary import ask_import

        ask_import(self, self._reload_preparation)

    @work(thread=True, exclusive=True, group="store")
    def _reload_preparation(self) -> None:
        self._load_preparation()

    def action_lead(self) -> None:
        if self.preparation is None:
            self.notify(self._("prep.lead.none"), severity="warning")
            return
        self.lead = not self.lead
        self._show_preparation(self.preparation)

    def action_start(self) -> None:
        order = self.preparation.preparation.order if self.lead and self.preparation else None
        flow.begin(self.app, self.person, self.template, order)

    def action_help(self) -> None:
        flow.show_help(self)
