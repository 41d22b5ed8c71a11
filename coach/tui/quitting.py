"""Quitting an app without losing what the screens still hold, however it is told to stop."""

from __future__ import annotations

import asyncio
import signal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.services.autosave import Autosaver, WriteQueue

#: Signals that mean "stop now": the terminal closed (SIGHUP), a polite kill (SIGTERM).
#: Python's default for both ends the process with the last keystrokes unsaved; here they
#: exit the app, which writes what was typed first (see ``_on_exit_app``).
STOP_SIGNALS = (signal.SIGHUP, signal.SIGTERM)


class SavesOnQuit:
    """For an App: every way out first writes what each screen still holds
    (``save_before_quit``), and after the app has run, ``close_saves`` waits for a save in
    progress and stops more. Screens register their save queues in ``app.save_queues``.
    (Kept light: the app's first screen must not wait for the live session's modules.)

    The ways out: ctrl+q (``action_quit``, which can still show a failed write); and every
    exit Textual is asked for without it -- a browser tab closed under coach serve
    (textual-serve tells the web driver to quit), SIGHUP, SIGTERM, SIGINT in a tab's process.
    Those reach ``_on_exit_app`` while the screens' widgets still exist: by the time a screen
    is unmounted its note editor is already gone, so it cannot be read there.
    """

    save_queues: list[Autosaver]
    writes: WriteQueue
    _saved_for_exit = False

    def on_mount(self) -> None:
        """(Textual calls every class's on_mount along the MRO: this runs beside the app's.)"""
        try:
            loop = asyncio.get_running_loop()
            for signum in STOP_SIGNALS:
                loop.add_signal_handler(signum, self._stop_on_signal)
        except (NotImplementedError, RuntimeError, ValueError):  # no signals here
            pass

    def _stop_on_signal(self) -> None:
        self.exit()  # type: ignore[attr-defined]

    async def _save_screens(self) -> None:
        """Each screen's ``save_before_quit``, top of the stack last; raises the first
        failure (the store's own errors, OSError)."""
        for screen in list(self.screen_stack):  # type: ignore[attr-defined]
            save = getattr(screen, "save_before_quit", None)
            if save is not None:
                await save()
        self._saved_for_exit = True

    async def action_quit(self) -> None:
        from coach.store import StoreError

        try:
            await self._save_screens()
        except (OSError, StoreError) as exc:
            from coach.errors import describe

            self.stop_with(describe(exc, self.lang))  # type: ignore[attr-defined]
            return
        self.exit()  # type: ignore[attr-defined]

    async def _on_exit_app(self) -> None:
        """Runs before Textual's own handler of ExitApp (Textual calls each class's handler
        along the MRO), whatever asked for the exit."""
        if self._saved_for_exit:
            return
        try:
            await self._save_screens()
        except Exception as exc:  # nowhere left to show it: the app is closing
            self.log.error(f"save at exit failed: {exc!r}")  # type: ignore[attr-defined]

    def close_saves(self) -> None:
        """After the app has run: write what a screen asked for just before quitting (a
        failure was shown, or there is no screen left to show it), then refuse more."""
        try:
            self.writes.drain()
        except Exception as exc:  # the store's errors and OSError alike
            self.log.error(f"a write at quit failed: {exc!r}")  # type: ignore[attr-defined]
        self.writes.close()
        for saves in self.save_queues:
            saves.close()
