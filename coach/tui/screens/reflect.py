"""The employee alone: one part of the preparation at a time, saved as it is typed.

The parts list on the left holds the template's sections (or the day's prompts), then the
proposed goals, the self-rating and what the employee needs from the leader. One editor
follows the list. Saving works as on the live screen: a keystroke only marks the text
dirty; a timer hands it to the session when the ``Autosaver`` says so and a worker writes
it, in order (coach/services/autosave.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.widgets import Footer, Header, OptionList, Static, TextArea

from coach.domain.agenda import AgendaClock, ClockState
from coach.domain.conversations import SectionTiming
from coach.domain.preparation import GOALS_PART, NEEDS_PART, RATINGS_PART
from coach.errors import describe
from coach.i18n import t
from coach.i18n.formats import format_date
from coach.services.autosave import session_autosaver
from coach.services.exporting import write_export
from coach.services.handover import reported_status
from coach.services.reflecting import ReflectSession, received_name, set_name
from coach.tui.dialogs.export_path import ExportPathDialog
from coach.tui.dialogs.name import NameDialog
from coach.tui.downloads import offer_download
from coach.tui.reflect_proposals import (
    propose_goal,
    rate_myself,
    remove_proposal,
    report_progress,
)
from coach.tui.shell import HELP, CoachScreen
from coach.tui.writing import report


@dataclass(frozen=True)
class Part:
    kind: str  # "answer", "goals", "ratings" or "needs"
    id: str
    label: str


def _clock_text(seconds: float) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(int(seconds))
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


class ReflectScreen(CoachScreen[None]):
    DEFAULT_CSS = """
    #reflect-parts { width: 30; height: 1fr; }
    #reflect-main { width: 1fr; height: 1fr; padding: 0 1; }
    #reflect-prompt { height: auto; max-height: 50%; }
    #reflect-clock { height: 1; display: none; }
    #reflect-clock.shown { display: block; }
    #reflect-editor { height: 1fr; min-height: 5; }
    #reflect-list { height: auto; }
    """
    BINDINGS = [
        Binding("f4", "next", "prep.key.next"),
        Binding("f3", "previous", "prep.key.previous"),
        Binding("ctrl+g", "add_goal", "prep.key.goal"),
        Binding("ctrl+r", "add_rating", "prep.key.rating"),
        Binding("f8", "report_progress", "prep.key.progress"),
        # in the goals and ratings parts (the editor keeps its own delete key)
        Binding("delete", "remove", "prep.key.remove", show=False),
        Binding("f2", "export", "prep.key.export"),
        Binding("f5", "time_box", "prep.key.time_box"),
        HELP,
    ]

    def __init__(self, session: ReflectSession, *, minutes: float = 15.0) -> None:
        super().__init__(id="reflect")
        self.session = session
        self.saves = session_autosaver(session)
        self.minutes = minutes
        self.parts = self._parts()
        self.index = 0
        self.clock: AgendaClock | None = None


    def _parts(self) -> list[Part]:
        prep = self.session.prep
        lang = self.app_lang
        parts = [Part("answer", a.section_id, a.title) for a in prep.answers]
        if not self.session.daily:
            parts += [
                Part("goals", GOALS_PART, t("prep.md.goals", lang)),
                Part("ratings", RATINGS_PART, t("prep.md.ratings", lang)),
                Part("needs", NEEDS_PART, t("prep.md.needs", lang)),
            ]
        return parts

    @property
    def app_lang(self) -> str:
        lang = self.session.prep.language
        return lang if lang in ("nb", "en") else "en"

    @property
    def part(self) -> Part:
        return self.parts[self.index]

    # -- layout -----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="reflect-body"):
            yield OptionList(*[p.label for p in self.parts], id="reflect-parts")
            with Vertical(id="reflect-main"):
                yield Static("", id="reflect-clock")
                yield Static("", id="reflect-prompt")
                yield TextArea(id="reflect-editor", show_cursor=True,
                               highlight_cursor_line=False,
                               placeholder=self._("prep.editor.placeholder"))
                yield Static("", id="reflect-list")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        prep = self.session.prep
        self.sub_title = prep.title + "  " + format_date(prep.date, self.app.lang)
        self.services.keep(self.saves)
        self._show_part()
        self.set_interval(0.2, self._autosave)
        self.set_interval(0.5, self._tick)
        if not prep.person.strip():
            self.call_after_refresh(self._ask_name)

    def _ask_name(self) -> None:
        """Asked once: the name is kept in the reflect store and goes into the file."""
        def named(name: str | None) -> None:
            person = set_name(self.session.store, self.session.record, name or "")
            if person is not None and self.saves.put([person, self.session.snapshot()]):
                self._drain()

        # as the leader's last summary spells it, if one was opened (the employee may change it)
        self.app.push_screen(NameDialog(self._, received_name(self.session.store)), named)

    # -- parts ------------------------------------------------------------------------------
    def _text_of(self, part: Part) -> str | None:
        if part.kind == "answer":
            answer = self.session.prep.answer(part.id)
            return answer.text if answer is not None else ""
        if part.kind == "needs":
            return self.session.prep.needs
        return None

    def _show_part(self) -> None:
        part = self.part
        options = self.query_one("#reflect-parts", OptionList)
        if options.highlighted != self.index:
            options.highlighted = self.index
        self.query_one("#reflect-prompt", Static).update(self._prompt(part))
        editor = self.query_one("#reflect-editor", TextArea)
        text = self._text_of(part)
        editor.display = text is not None
        listing = self.query_one("#reflect-list", Static)
        listing.display = text is None
        if text is not None:
            if editor.text != text:
                editor.load_text(text)
            editor.focus()
        else:
            listing.update(self._listing(part))
            options.focus()

    def _prompt(self, part: Part) -> Text:
        _ = self._
        out = Text()
        out.append(part.label, style="bold")
        out.append("  " + _("live.section.of", n=self.index + 1, total=len(self.parts)),
                   style="dim")
        if part.kind == "answer":
            answer = self.session.prep.answer(part.id)
            if answer is not None and answer.prompt:
                out.append("\n" + answer.prompt, style="italic")
            for question in self.session.questions(part.id)[:4]:
                out.append("\n  • " + question, style="dim")
        else:
            out.append("\n" + _(f"prep.part.{part.kind}"), style="italic")
        return out

    def _listing(self, part: Part) -> Text:
        _ = self._
        out = Text()
        prep = self.session.prep
        if part.kind == "goals":
            if not prep.goals:
                out.append(_("prep.goals.none") + "\n", style="dim")
            for goal in prep.goals:
                if goal.status is not None:  # progress on a goal already agreed
                    out.append("• " + _("prep.proposal.progress", text=goal.statement,
                                        status=reported_status(goal, self.app.lang),
                                        comment=goal.progress or "–") + "\n")
                    continue
                out.append(f"• {goal.statement}")
                extra = [_(f"goal.type.{goal.type.value}"), _(f"goal.scope.{goal.scope.value}")]
                if goal.measure:
                    extra.append(goal.measure)
                if goal.target_date:
                    extra.append(format_date(goal.target_date, self.app.lang))
                out.append(f"  ({', '.join(extra)})\n", style="dim")
        else:
            if not prep.ratings:
                out.append(_("prep.ratings.none") + "\n", style="dim")
            for rating in prep.ratings:
                area = f"{rating.area} ({rating.category})" if rating.category else rating.area
                out.append(f"• {area}: {rating.depth} – "
                           f"{_(f'competence.level.{rating.depth}')}")
                out.append(f"  {rating.comment}\n" if rating.comment else "\n", style="dim")
            out.append("\n" + _("prep.ratings.scale") + "\n", style="bold")
            for depth in range(1, 6):
                out.append(f"  {depth}  {_(f'competence.depth.{depth}')}\n", style="dim")
        return out

    def _move(self, index: int) -> None:
        if index == self.index or not 0 <= index < len(self.parts):
            return
        self._flush()
        self.index = index
        self._show_part()

    def action_next(self) -> None:
        self._move(self.index + 1)

    def action_previous(self) -> None:
        self._move(self.index - 1)

    @on(OptionList.OptionSelected, "#reflect-parts")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self._move(event.option_index)

    # -- typing and saving ------------------------------------------------------------------
    @on(TextArea.Changed, "#reflect-editor")
    def _typed(self) -> None:
        if self.query_one("#reflect-editor", TextArea).text != self._text_of(self.part):
            self.saves.touch()

    def _autosave(self) -> None:
        if self.saves.due():
            self._flush()

    def _flush(self) -> None:
        """Hand the editor's text to the session and queue a save."""
        if not self.saves.dirty:
            return
        self.saves.handed_over()
        text = self.query_one("#reflect-editor", TextArea).text
        part = self.part
        if part.kind == "answer":
            self.session.set_answer(part.id, text)
        elif part.kind == "needs":
            self.session.set_needs(text)
        self._save()

    def _save(self) -> None:
        if self.saves.put([self.session.snapshot()]):
            self._drain()

    @work(thread=True, exclusive=False, group="save")
    def _drain(self) -> None:
        self.saves.drain(on_error=self._save_failed)

    def _save_failed(self, exc: Exception) -> None:
        report(self, exc)

    def save_now(self) -> None:
        """Everything typed, written now on this thread (quit, unmount)."""
        try:
            self._flush()
        except NoMatches:
            pass
        self.saves.drain()

    async def save_before_quit(self) -> None:
        self.save_now()

    def on_unmount(self) -> None:
        try:
            self.save_now()
        except Exception as exc:  # the store's errors and OSError: nowhere left to show them
            self.app.log.error(f"save at unmount failed: {exc!r}")

    # -- goals and ratings ------------------------------------------------------------------
    def _go_to(self, kind: str) -> None:
        index = next((i for i, p in enumerate(self.parts) if p.kind == kind), None)
        if index is not None:
            self._move(index)

    def action_add_goal(self) -> None:
        propose_goal(self)

    def action_report_progress(self) -> None:
        report_progress(self)

    def action_remove(self) -> None:
        remove_proposal(self)

    def action_add_rating(self) -> None:
        rate_myself(self)

    # -- time box ---------------------------------------------------------------------------
    def action_time_box(self) -> None:
        if self.clock is None:
            plan = [SectionTiming("reflect", self.session.prep.title, self.minutes)]
            self.clock = AgendaClock(plan, now=self.services.monotonic)
            self.clock.start()
            self.query_one("#reflect-clock").add_class("shown")
        else:
            self.clock.toggle()
        self._tick()

    def _tick(self) -> None:
        if self.clock is None:
            return
        left = self.clock.section_remaining()
        key = "prep.clock.over" if left < 0 else "prep.clock.left"
        text = self._(key, time=_clock_text(abs(left)))
        if self.clock.state is ClockState.PAUSED:
            text += "  " + self._("prep.clock.paused")
        style = "bold red" if left < 0 else ("bold yellow" if self.clock.warning() else "bold")
        self.query_one("#reflect-clock", Static).update(Text(text, style=style))

    # -- export and help --------------------------------------------------------------------
    def action_export(self) -> None:
        self._flush()
        default = Path.cwd() / self.session.default_file_name()

        def chosen(path: Path | None) -> None:
            if path is None:
                return
            self.saves.drain()
            try:
                written = write_export(path, self.session.markdown())
            except OSError as exc:
                self.notify(describe(exc, self.app.lang), severity="error", markup=False)
                return
            key = "serve.exported" if offer_download(self.app, written) else "prep.exported"
            self.notify(self._(key, path=str(written)), markup=False)

        self.app.push_screen(ExportPathDialog(self._("prep.export.title"), default, self._),
                             chosen)

