"""The live conversation: agenda, clocks, the section's purpose and questions, note capture.

The typing path is kept cheap: a keystroke only marks the draft dirty (no store reads, no
re-render). A 0.2 s timer hands the editor's text to the session when the ``Autosaver``
(coach/services/autosave.py) says so and queues the save for a worker; a 0.5 s timer
re-renders the clocks and the agenda, and only when their text changed.
Every other view is redrawn when what it shows changes.

The screen is put together from parts, each in its own module: ``base`` (the session, its
clock and views), ``saving`` (autosave and quitting), ``notes`` (note capture and question
keys) and ``followups`` (earlier action items, panels, proposals).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Static, TextArea

from coach.domain.agenda import ClockState
from coach.services.session import LiveSession
from coach.tui import routes
from coach.tui.dialogs.confirm import ConfirmDialog
from coach.tui.dialogs.help import offered
from coach.tui.footer_fit import fit_footer, show_keys
from coach.tui.live_keys import LIVE_BINDINGS
from coach.tui.palette import PaletteCommand
from coach.tui.screen_share import sharing
from coach.tui.screens.live.followups import FollowUps
from coach.tui.screens.live.notes import NoteCapture
from coach.tui.widgets.agenda_list import AgendaView
from coach.tui.widgets.earlier_actions import EarlierActions
from coach.tui.widgets.entry_list import EntryListView
from coach.tui.widgets.note_editor import NoteEditor
from coach.tui.widgets.prep_panel import PrepPanel
from coach.tui.widgets.question_deck import QuestionDeckView
from coach.tui.widgets.section_clock import SectionClockView
from coach.tui.widgets.section_tools import SectionTools

#: Seconds between saves of the clock while it runs (resume after a crash keeps its time).
CLOCK_SAVE_EVERY = 5.0


class LiveScreen(NoteCapture, FollowUps):
    BINDINGS = LIVE_BINDINGS

    #: Every way in (new, resumed, back from a dialog) lands in the note editor: typed text
    #: must never reach a list where a space ticks an action item.
    AUTO_FOCUS = "#editor"
    #: The editor's height and the earlier items' box follow the terminal's height too: the
    #: newest note must stay in view above the editor (live.tcss, -short / -mid / -tall).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-mid"), (40, "-tall")]

    def __init__(self, session: LiveSession, *, start: bool = True) -> None:
        super().__init__(session, start=start)

    # -- layout -----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        _ = self._
        # The note editor sits at the screen's level, outside the box holding everything
        # else: a keystroke repaints the editor's rows, and Textual renders every widget
        # whose box (clip) meets them. Boxed apart, the header, the agenda, the clock, the
        # questions and the notes above are left alone while the leader types.
        with Vertical(id="live-above"):
            yield Header()
            yield AgendaView(self.clock, _, strip=True, id="agenda-strip")
            with Horizontal(id="live-body"):
                yield AgendaView(self.clock, _, id="agenda")
                with Vertical(id="live-main"):
                    yield SectionClockView(self.clock, _, id="clock")
                    yield Static("", id="section-info")
                    yield Static("", id="rebalance")
                    yield PrepPanel(self.session, id="prep-panel")
                    yield QuestionDeckView(_, id="questions")
                    yield Static(_("live.earlier"), id="earlier-title")
                    yield EarlierActions(id="earlier")
                    yield SectionTools(self.session, id="section-tools")
                    yield EntryListView(_, id="entries")
        yield NoteEditor(id="editor", placeholder=_("live.editor.placeholder"),
                         show_cursor=True, highlight_cursor_line=False)
        # No palette key at the right edge: it would cover F1 at 80 columns (ctrl+p works).
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = f"{self.session.person.name}: {self.session.title}"
        self._bell = self.services.settings.bell
        self.query_one("#editor", NoteEditor).set_blind(sharing(self.app))
        self.services.keep(self.saves)
        self._show_section()
        if self._start:
            self._save(self.session.start())
        self._after_clock_change(save=False)
        self.focus_editor()
        self.set_interval(0.5, self._tick)
        self.set_interval(0.2, self._autosave)

    #: The footer always holds F5, ctrl+n, F4, F9, F12 and F1 whole; these join, most wanted
    #: first, while they fit (all are in F1 help and the palette; the notes' hint names the
    #: note keys). Below FOOTER_ROOM the header gives the app's long name up for the title.
    FOOTER_ROOM = 110
    _FOOTER_EXTRAS = ("ctrl+f", "ctrl+t", "ctrl+g", "f2", "f3", "f10", "ctrl+q")

    def on_resize(self, event: events.Resize) -> None:
        self._fit_footer(event.size.width)
        self._fit_title(event.size.width)

    def _fit_title(self, width: int) -> None:
        """The header holds who and what whole: below the footer's width the app's long
        name gives way to "coach"; a name still too long is cut at the person's name."""
        narrow = width < self.FOOTER_ROOM
        self.title = "coach" if narrow else None
        what = f"{self.session.person.name}: {self.session.title}"
        room = width - 20  # the header's icon, clock space and "coach — "
        if narrow and len(what) > room:
            first = self.session.person.name.split()[0]
            what = f"{first}: {self.session.title}"
            if len(what) > room:
                what = what[: max(1, room - 1)] + "…"
        self.sub_title = what

    #: With the earlier items' list focused its own keys come first (space, c, x, esc);
    #: then these, while they fit.
    _FOOTER_IN_LIST = ("f5", "f1", "f12", "f4", "f9", "ctrl+n")

    def _fit_footer(self, width: int) -> None:
        in_list = self.focused is not None and self.focused.id == "earlier"
        extras = (self._FOOTER_IN_LIST if in_list else ()) + self._FOOTER_EXTRAS
        if not in_list:
            show_keys(self, self._FOOTER_IN_LIST)
        fit_footer(self, width, extras)

    def on_descendant_focus(self) -> None:
        # The focused widget's keys (the earlier items' list: space, c, x, esc) join the
        # footer: what else fits is measured again.
        self.call_after_refresh(self._fit_footer, self.size.width)

    def on_descendant_blur(self) -> None:
        self.call_after_refresh(self._fit_footer, self.size.width)


    @on(events.ScreenResume)
    def _resumed(self) -> None:
        """Back from a dialog, the help or a screen above: the note editor again (or, after
        following up an earlier item, that list, to go on with the next one)."""
        back, self._back_to = self._back_to, None
        tools = self.query_one(SectionTools)
        if back is not None and back.display:
            back.focus()
        elif self.focused is not None and tools in self.focused.ancestors and tools.display:
            pass  # a panel's own dialog (progress on a goal): back to the panel; esc leaves it
        else:
            self.focus_editor()

    # -- periodic ---------------------------------------------------------------------------
    def _tick(self) -> None:
        now = self.clock._now()
        if self._bell and self.clock.crossed_end(self._last_tick, now):
            self.app.bell()
            self.notify(self._("live.bell"))
        self._last_tick = now
        self.query_one("#clock", SectionClockView).tick()
        for agenda in self.query(AgendaView):
            agenda.tick()
        self._show_rebalance()
        if self.clock.state is ClockState.RUNNING and now - self._last_clock_save >= (
            CLOCK_SAVE_EVERY
        ):
            self._save(self.session.clock_changed())


    def _after_clock_change(self, save: bool = True) -> None:
        if self.clock.index != self._index:
            # What was typed belongs to the section it was typed in: keep it there.
            if self.query_one("#editor", TextArea).text.strip():
                self._commit_in(self._index)
            self._show_section()
        self.query_one("#clock", SectionClockView).tick()
        for agenda in self.query(AgendaView):
            agenda.tick()
        self._show_rebalance()
        editor = self.query_one("#editor", TextArea)
        if self.clock.state is ClockState.RUNNING and self.focused is not editor:
            editor.focus()
        if save:
            self._save(self.session.clock_changed())
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "rebalance":
            return bool(self.clock.over_time() and self.clock.proposed_rebalance())
        return True

    # -- clock actions ----------------------------------------------------------------------
    def action_toggle_clock(self) -> None:
        started = self.clock.state is ClockState.NOT_STARTED
        if started:
            self._save(self.session.start())
        else:
            self.clock.toggle()
        self._after_clock_change(save=not started)

    def action_next(self) -> None:
        if self.clock.next():
            self._after_clock_change()

    def action_previous(self) -> None:
        if self.clock.previous():
            self._after_clock_change()

    def action_plus2(self) -> None:
        self.clock.add_minutes(2)
        self._after_clock_change()

    def action_skip(self) -> None:
        if self.clock.skip():
            self._after_clock_change()

    def action_rebalance(self) -> None:
        if self.clock.accept_rebalance():
            self.notify(self._("live.rebalanced"))
            self._after_clock_change()

    def action_end(self) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                self._end()

        question = self._("live.confirm.end", name=self.session.person.name)
        key = self.session.key_question_open()
        if key is not None:
            question += "\n\n" + self._("live.confirm.key_question", question=key.text)
        self.app.push_screen(ConfirmDialog(question, self._), answered)

    def _end(self) -> None:
        self._flush_draft()
        self._save(self.session.end())
        routes.switch(self.app, "summary", self.session, self.saves)

    def screen_share_changed(self) -> None:
        """Screen-share mode was switched: the editor and every part that can hold private
        text follow it (coach/tui/screen_share.py)."""
        self.query_one("#editor", NoteEditor).set_blind(sharing(self.app))
        self._show_section()

    # -- help and palette -------------------------------------------------------------------
    def help_extra(self) -> str:
        return self._("live.help.prefixes")

    def palette_commands(self) -> Iterable[PaletteCommand]:
        _ = self._
        seen: set[str] = set()
        for binding in self._bindings.key_to_bindings.values():
            for b in binding:
                if b.action in seen or b.action == "help" or not offered(b):
                    continue
                seen.add(b.action)
                if not self.check_action(b.action.split("(")[0], ()):
                    continue
                yield PaletteCommand(
                    b.description,
                    _("live.palette.help", what=self.app.get_key_display(b)),
                    partial(self.run_action, b.action),
                )

