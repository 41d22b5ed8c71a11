"""How the app stops when something it did not catch goes wrong: with a message, never a
traceback.

Textual's own handler prints a Rich traceback with every frame's local variables, which hold
note texts, names and preparation answers. Here a fault coach knows (a damaged file, a full
disk, a read-only folder: ``coach.faults.describe``) stops the app with the message the CLI
gives for it; anything else is logged (traceback without locals, a 0600 file in the data
directory's ``logs`` folder) and the app stops with the short message that names the log.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.worker import WorkerFailed

from coach.faults import explain_or_report


class StopsWithAMessage(App[None]):
    """For an App: ``crash_folder()`` is where the log goes (the data directory), ``lang``
    the language of the message.

    The exit code is 1, and ``stop_message`` is what the user reads: whoever ran the app
    prints it after the app has given the terminal back (the command that ran it), as plain
    lines the terminal wraps itself, so a restore command stays one line to copy.
    """

    stop_message: str | None = None
    lang: str = "en"

    def crash_folder(self) -> Path | None:
        """The folder whose ``logs`` keeps what an unexpected error left (None: none)."""
        return None

    def _handle_exception(self, error: Exception) -> None:
        cause = error
        if isinstance(error, WorkerFailed) and isinstance(error.error, Exception):
            cause = error.error
        self._return_code = 1
        # Textual keeps the first error so that run_test re-raises it in a test.
        if self._exception is None:
            self._exception = cause
            self._exception_event.set()
        if self.stop_message is None:
            self.stop_message = explain_or_report(self.crash_folder(), cause, self.lang)
        self._close_messages_no_wait()

    def stop_with(self, message: str) -> None:
        """Exit with code 1; ``message`` is printed once the terminal is back."""
        self.stop_message = message
        self.exit(return_code=1)

