"""Quitting an app without losing what the screens still hold, however it is told to stop."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from coach.errors import describe
from coach.services.output import write_export
from coach.store import StoreError
from coach.tui import later
from coach.tui.shell import CoachScreen, ShellApp

#: Signals that mean "stop now": the terminal closed (SIGHUP), a polite kill (SIGTERM).
#: Python's default for both ends the process with the last keystrokes unsaved; here they
#: exit the app, which writes what was typed first (see ``_on_exit_app``).
STOP_SIGNALS = (signal.SIGHUP, signal.SIGTERM)


class SavesOnQuit(ShellApp):
    """For an app with services: every way out first writes what each screen still holds
    (``CoachScreen.save_before_quit``), and after the app has run, ``close_saves`` waits for
    a write in progress and stops more. Screens register their autosavers with
    ``services.keep``.

    The ways out: ctrl+q (``action_quit``, which can still show a failed write); and every
    exit Textual is asked for without it -- a browser tab closed under coach serve
    (textual-serve tells the web driver to quit), SIGHUP, SIGTERM, SIGINT in a tab's process.
    Those reach ``_on_exit_app`` while the screens' widgets still exist: by the time a screen
    is unmounted its note editor is already gone, so it cannot be read there.
    """

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
        self.exit()

    async def _save_screens(self) -> None:
        """Each screen's ``save_before_quit``, top of the stack last; raises the first
        failure (the store's own errors, OSError)."""
        for screen in list(self.screen_stack):
            if isinstance(screen, CoachScreen):
                await screen.save_before_quit()
        self._saved_for_exit = True

    async def action_quit(self) -> None:
        """ctrl+q. A screen that holds a meeting in progress (``quit_question``: the live
        screen while its clock runs or a note is being written) asks first; yes quits,
        keeping everything as any other quit does."""
        screen = self.screen
        question = screen.quit_question() if isinstance(screen, CoachScreen) else None
        if question:
            def answered(yes: bool | None) -> None:
                if yes:
                    self.call_later(self._quit_now)

            self.push_screen(later.confirm_dialog()(question, self._), answered)
            return
        await self._quit_now()

    async def _quit_now(self) -> None:
        if later.is_loaded_instance(self.screen, later.UNSAVED):
            return  # already asking
        try:
            await self._save_screens()
        except (OSError, StoreError) as exc:
            self._ask_unsaved(exc)
            return
        self.exit()

    # quitting with unsaved work -----------------------------------------------------------
    def _unsaved_texts(self) -> str:
        texts = []
        for screen in self.screen_stack:
            text = screen.unsaved_text() if isinstance(screen, CoachScreen) else None
            if text:
                texts.append(text)
        return "\n".join(texts)

    def _ask_unsaved(self, exc: Exception) -> None:
        """A write failed on ctrl+q: ask whether to try again, write the notes to a file
        elsewhere, quit without saving or stay."""
        _ = self._
        reason = describe(exc, self.lang)
        text = self._unsaved_texts()

        dialog = later.unsaved_dialog()

        def answered(answer: str | None) -> None:
            if answer == dialog.RETRY:  # (the quit was already confirmed: not asked again)
                self.call_later(self._quit_now)
            elif answer == dialog.WRITE:
                self._ask_rescue_path(text, exc)
            elif answer == dialog.DISCARD:
                self._saved_for_exit = True  # the user's choice: no second try at exit
                self.stop_with(_("rescue.quit.discarded", reason=reason))

        self.push_screen(dialog(reason, _, can_write=bool(text)), answered)

    def _ask_rescue_path(self, text: str, exc: Exception) -> None:
        _ = self._

        def chosen(path: Path | None) -> None:
            if path is None:
                self._ask_unsaved(exc)
            else:
                self.run_worker(lambda: self._write_rescue(path, text, exc),
                                thread=True, group="rescue", exit_on_error=False)

        self.push_screen(later.export_path_dialog()(_("rescue.quit.file_title"),
                                                     later.rescue_path(), _),
                         chosen)

    def _write_rescue(self, path: Path, text: str, exc: Exception) -> None:
        """(In a worker.) Write the rescued notes; then quit, or say why not and ask again."""
        _ = self._
        try:
            written = write_export(path, text)
        except OSError as error:
            message = _("rescue.quit.write_failed", path=path,
                        error=describe(error, self.lang))
            self.call_from_thread(self.notify, message, severity="error",
                                  markup=False, timeout=15)
            self.call_from_thread(self._ask_unsaved, exc)
            return
        self._saved_for_exit = True
        self.call_from_thread(self.stop_with, _("rescue.quit.written", path=written))

    async def _on_exit_app(self) -> None:
        """Runs before Textual's own handler of ExitApp (Textual calls each class's handler
        along the MRO), whatever asked for the exit."""
        if self._saved_for_exit:
            return
        try:
            await self._save_screens()
        except Exception as exc:  # nowhere left to ask: the app is closing
            self.log.error(f"save at exit failed: {exc!r}")
            self._rescue_at_exit(exc)

    def _rescue_at_exit(self, exc: Exception) -> None:
        """The terminal closed (or a signal came) while writes fail: write what is not saved
        to a file in the home folder, and say where once the terminal is back."""
        text = self._unsaved_texts()
        if not text:
            return
        _ = self._
        try:
            written = write_export(later.rescue_path(), text)
        except OSError as error:
            self.stop_message = _("rescue.quit.discarded", reason=describe(error, self.lang))
            return
        self.stop_message = _("rescue.quit.written", path=written)

    def close_saves(self) -> None:
        """After the app has run: write what a screen asked for just before quitting (a
        failure was shown, or there is no screen left to show it), then refuse more."""
        services = self.services
        try:
            services.writes.drain()
        except Exception as exc:  # the store's errors and OSError alike
            self.log.error(f"a write at quit failed: {exc!r}")
        services.writes.close()
        for saves in services.autosavers:
            saves.close()
