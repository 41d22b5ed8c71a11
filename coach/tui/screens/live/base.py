"""What every part of the live screen shares: the session, its clock and autosaver, the
marks of unsaved notes, and the views redrawn when the section changes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.css.query import NoMatches
from textual.widget import Widget
from textual.widgets import Static, TextArea

from coach.i18n.formats import join_minutes
from coach.services.autosave import session_autosaver
from coach.services.rescue import Unsaved
from coach.services.session import SINCE_LAST_TIME, LiveSession, Record
from coach.tui.screen_share import view
from coach.tui.shell import CoachScreen
from coach.tui.widgets.earlier_actions import EarlierActions
from coach.tui.widgets.entry_list import EntryListView
from coach.tui.widgets.prep_panel import PrepPanel
from coach.tui.widgets.question_deck import QuestionDeckView
from coach.tui.widgets.section_info import section_info
from coach.tui.widgets.section_tools import SectionTools


class LiveBase(CoachScreen[None]):
    """The live screen's state and views; ``LiveScreen`` adds the rest (see its module)."""

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
        self._back_to: Widget | None = None

    if TYPE_CHECKING:  # LiveSaving defines it (declared here for the mixins, for mypy)
        def _save(self, records: Iterable[Record]) -> None:
            """Queue ``records`` to be written in order (``LiveSaving``)."""

    def focus_editor(self) -> None:
        try:
            self.query_one("#editor", TextArea).focus()
        except NoMatches:
            pass

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

    def _fit_footer(self, width: int) -> None:
        """What the footer holds at ``width`` columns (the screen decides)."""

    def _show_rebalance(self) -> None:
        proposal = self.clock.proposed_rebalance() if self.clock.over_time() else None
        widget = self.query_one("#rebalance", Static)
        if proposal:
            minutes = join_minutes([m for _i, m in sorted(proposal.items())], self.app.lang)
            text = self._("live.rebalance", minutes=minutes)
            if text != self._rebalance_text:
                self._rebalance_text = text
                widget.update(text)
        if widget.display != bool(proposal):
            widget.display = bool(proposal)
            self._fit_footer(self.size.width)  # ctrl+f joins the footer, or leaves it
