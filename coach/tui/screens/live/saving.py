"""The live screen's saving: the autosave of what is typed, the ordered queue its worker
drains, quitting with everything written, and the marks of notes a failing write left
unsaved (``coach.services.rescue``)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from textual import on, work
from textual.css.query import NoMatches
from textual.widgets import TextArea

from coach.domain.agenda import ClockState
from coach.services.rescue import rescue_markdown
from coach.services.session import Record
from coach.tui.screens.live.base import LiveBase
from coach.tui.writing import report


class LiveSaving(LiveBase):
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
