"""The live conversation: agenda, clocks, the section's purpose and questions, note capture.

The typing path is kept cheap: a keystroke only marks the draft dirty (no store reads, no
re-render). A 0.2 s timer hands the editor's text to the session when the ``Autosaver``
(coach/services/autosave.py) says so and queues the save for a worker; a 0.5 s timer
re-renders the clocks and the agenda, and only when their text changed.
Every other view is redrawn when what it shows changes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import replace

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.widgets import Footer, Header, Static, TextArea

from coach.domain.agenda import ClockState
from coach.i18n.formats import join_minutes
from coach.services.autosave import session_autosaver
from coach.services.rescue import Unsaved, rescue_markdown
from coach.services.session import SINCE_LAST_TIME, LiveSession, Record
from coach.tui import routes
from coach.tui.dialogs.confirm import ConfirmDialog
from coach.tui.dialogs.follow_up import FollowUp, FollowUpDialog
from coach.tui.dialogs.help import offered
from coach.tui.dialogs.prep_proposals import ProposalsDialog
from coach.tui.live_keys import LIVE_BINDINGS
from coach.tui.palette import PaletteCommand
from coach.tui.screen_share import sharing, shown_text, view
from coach.tui.screens.live_notes import NoteCapture
from coach.tui.shell import CoachScreen
from coach.tui.widgets.agenda_list import AgendaView
from coach.tui.widgets.earlier_actions import EarlierActions
from coach.tui.widgets.entry_list import EntryListView
from coach.tui.widgets.note_editor import NoteEditor
from coach.tui.widgets.prep_panel import PrepPanel
from coach.tui.widgets.question_deck import QuestionDeckView
from coach.tui.widgets.section_clock import SectionClockView
from coach.tui.widgets.section_info import section_info
from coach.tui.widgets.section_tools import Save, SectionTools
from coach.tui.writing import report

#: Seconds between saves of the clock while it runs (resume after a crash keeps its time).
CLOCK_SAVE_EVERY = 5.0


class LiveScreen(NoteCapture, CoachScreen[None]):
    BINDINGS = LIVE_BINDINGS

    #: Every way in (new, resumed, back from a dialog) lands in the note editor: typed text
    #: must never reach a list where a space ticks an action item.
    AUTO_FOCUS = "#editor"

    def __init__(self, session: LiveSession, *, start: bool = True) -> None:
        super().__init__(id="live")
        self.session = session
        self.clock = session.clock
        self.saves = session_autosaver(session, now=session.clock._now)
        #: Entries queued but not written while writes fail: marked on screen until saved.
        self.unsaved = Unsaved()
        self._start = start
        self._last_tick = self.clock._now()
        self._last_clock_save = self._last_tick
        self._index = -1
        self._full_guidance = False
        self._bell = False
        self._rebalance_text = ""
        #: Where focus goes back to when the dialog above closes (None: the note editor).
        self._back_to = None


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

    #: Footer keys that make room below this width: the footer then holds F5, ctrl+n, F4, F9,
    #: F12 and F1 whole (the rest are in F1 help, the palette and the notes' hint).
    FOOTER_ROOM = 110
    _FOOTER_EXTRAS = ("ctrl+g", "ctrl+t", "f2", "f3", "f10", "ctrl+f", "ctrl+q")

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

    def _fit_footer(self, width: int) -> None:
        show = width >= self.FOOTER_ROOM
        bindings = self._bindings.key_to_bindings
        changed = False
        for key in self._FOOTER_EXTRAS:
            items = bindings.get(key, [])
            if any(b.show != show for b in items):
                bindings[key] = [replace(b, show=show) for b in items]
                changed = True
        if changed:
            self.refresh_bindings()

    def focus_editor(self) -> None:
        try:
            self.query_one("#editor", TextArea).focus()
        except NoMatches:
            pass

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

    def _autosave(self) -> None:
        if self.saves.due():
            self._flush_draft()
        elif self.unsaved.retry_due():  # writes fail: try the queue again now and then
            self._drain()

    def _flush_draft(self) -> None:
        """Hand the editor's text to the session and queue the draft (and clock) to save."""
        if not self.saves.dirty:
            return
        self.saves.handed_over()
        draft = self.session.set_draft(self.query_one("#editor", TextArea).text)
        if draft is not None:
            self._save([draft, *self.session.clock_changed()])

    async def save_before_quit(self) -> None:
        """Write the draft and the clock now, before the app exits (ctrl+q).

        Keys typed just before ctrl+q may still wait in the editor's queue (ctrl+q is a
        priority key): wait for the editor to handle them first. Raises the store's error
        (or OSError) if the write fails.
        """
        try:
            editor = self.query_one("#editor", TextArea)
        except NoMatches:
            editor = None
        if editor is not None and editor.is_attached:
            handled = asyncio.Event()
            if editor.call_later(handled.set):
                try:
                    await asyncio.wait_for(handled.wait(), 1.0)
                except TimeoutError:
                    pass
        self.save_now()

    def save_now(self) -> None:
        """Flush the draft and the clock and write every queued save, on this thread."""
        try:
            text = self.query_one("#editor", TextArea).text
        except NoMatches:
            text = None
        if text is not None:
            draft = self.session.set_draft(text)
            self.saves.handed_over()
            self.saves.put([draft] if draft is not None else [])
        self.saves.put(self.session.clock_changed())
        self.saves.drain()

    def quit_question(self) -> str | None:
        """What ctrl+q asks while the meeting runs or a note is being written (None: quit)."""
        try:
            typing = bool(self.query_one("#editor", TextArea).text.strip())
        except NoMatches:
            typing = False
        if self.clock.state is ClockState.RUNNING or typing:
            return self._("live.confirm.quit", name=self.session.person.name)
        return None

    def on_unmount(self) -> None:
        try:
            self.save_now()
        except Exception as exc:  # the store's errors and OSError: nowhere left to show them
            self.app.log.error(f"save at unmount failed: {exc!r}")

    @on(TextArea.Changed, "#editor")
    def _typed(self) -> None:
        self.saves.touch()

    # -- saving -----------------------------------------------------------------------------
    def _save(self, records: Iterable[Record]) -> None:
        records = list(records)
        if self.saves.put(records):
            self.unsaved.queued(records)
            if any(isinstance(r, type(self.session.conversation)) for r in records):
                self._last_clock_save = self.clock._now()
            self._drain()

    @work(thread=True, exclusive=False, group="save")
    def _drain(self) -> None:
        self.saves.drain(on_error=self._save_failed)
        if not self.saves.pending:
            self.app.call_from_thread(self._all_saved)

    def _save_failed(self, exc: Exception) -> None:
        first = self.unsaved.failing is None
        self.unsaved.failed(exc)
        self.app.call_from_thread(self._show_entries)
        if first:  # once, not at every retry
            report(self, exc)

    def _all_saved(self) -> None:
        if self.unsaved.emptied():
            self._show_entries()
            self.notify(self._("rescue.saved_again"))

    def unsaved_text(self) -> str | None:
        """The conversation's notes as Markdown, the unsaved marked, when some are not
        saved (for the quit dialog to write elsewhere); None when everything is."""
        if self.unsaved.failing is None and not self.saves.pending:
            return None
        try:
            draft = self.query_one("#editor", TextArea).text
        except NoMatches:
            draft = ""
        return rescue_markdown(self.session.title, self.session.person.name,
                               self.session.entries, set(self.unsaved.ids), draft,
                               self.app.lang)

    # -- views ------------------------------------------------------------------------------
    def _show_section(self) -> None:
        """Redraw what belongs to the current section (after a move)."""
        self._index = self.clock.index
        self._show_section_info()
        self._show_questions()
        self._show_entries()
        current = self.clock.current
        self.query_one(SectionTools).show_for(current.section_id)
        self.query_one(PrepPanel).show_for(current.section_id)
        earlier = current.section_id == SINCE_LAST_TIME and bool(
            self.session.earlier_open_actions()
        )
        self.query_one("#earlier-title").display = earlier
        earlier_list = self.query_one("#earlier")
        earlier_list.display = earlier
        if not earlier and self.focused is earlier_list:
            self.focus_editor()
        if earlier:
            self._show_earlier()

    def _show_section_info(self) -> None:
        """The section's title, purpose and (unfolded with F11) the leader's guidance."""
        widget = self.query_one("#section-info", Static)
        widget.update(section_info(self.session, self._full_guidance, self._))
        widget.set_class(self._full_guidance, "full")

    def _show_questions(self) -> None:
        deck = self.session.deck()
        self.query_one("#questions", QuestionDeckView).show(
            deck.suggestions(), self.session.conversation.questions_asked
        )

    def _show_entries(self) -> None:
        self.query_one("#entries", EntryListView).show(
            self.session.section_entries(), {a.id: a for a in self.session.actions},
            self.session.day, unsaved=self.unsaved.ids, share=view(self, "entries"),
        )

    def _show_earlier(self) -> None:
        self.query_one("#earlier", EarlierActions).show(
            self.session.earlier_open_actions(), self.session.conversation.id,
            self.services.today,
            self._, self.app.lang, share=view(self, "earlier"),
        )

    def _show_rebalance(self) -> None:
        proposal = self.clock.proposed_rebalance() if self.clock.over_time() else None
        widget = self.query_one("#rebalance", Static)
        if proposal:
            minutes = join_minutes([m for _i, m in sorted(proposal.items())], self.app.lang)
            text = self._("live.rebalance", minutes=minutes)
            if text != self._rebalance_text:
                self._rebalance_text = text
                widget.update(text)
        widget.display = bool(proposal)

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

    # -- earlier action items ---------------------------------------------------------------
    @on(EarlierActions.Ticked)
    def _earlier_ticked(self, event: EarlierActions.Ticked) -> None:
        actions = self.session.earlier_open_actions()
        if not 0 <= event.index < len(actions):
            return
        action = actions[event.index]
        if event.what == "done":
            self._save(self.session.tick_done(action))
            self._show_earlier()
            return

        def answered(result: FollowUp | None) -> None:
            if result is not None:
                self._save(self.session.carry_over(action, result.due) if result.how == "carry"
                           else self.session.drop(action, result.reason))
                self._show_earlier()

        if event.what == "drop" and not action.is_open:
            self._save(self.session.drop(action))  # undo a drop: no question
            self._show_earlier()
            return
        self._back_to = self.query_one("#earlier", EarlierActions)
        self.app.push_screen(FollowUpDialog(
            event.what, shown_text(self.app, action, action.text, "action-item"), self._,
            today=self.session.day,
            default_due=self.session.next_due_date(),
        ), answered)

    @on(EarlierActions.Leave)
    def _earlier_left(self, event: EarlierActions.Leave) -> None:
        editor = self.query_one("#editor", TextArea)
        editor.focus()
        if event.character:
            editor.insert(event.character)

    @on(Save)
    def _section_tools_save(self, event: Save) -> None:
        """Goals and competence changed in the section's panel: write them in order."""
        self._save(event.records)

    def action_prep_proposals(self) -> None:
        """The employee's proposed goals and self-ratings, agreed one at a time."""
        panel = self.query_one(PrepPanel)
        proposals = panel.proposals()
        if not proposals:
            self.notify(self._("prep.proposals.none"))
            return

        def chosen(index: int | None) -> None:
            if index is not None:
                kind, proposal = proposals[index]
                panel.accept(kind, proposal, self._save)
                self.notify(self._(f"prep.accepted.{kind}"))

        self.app.push_screen(ProposalsDialog(proposals, self._), chosen)

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
                    lambda action=b.action: self.run_action(action),
                )
