"""How the app stops when something it did not catch goes wrong: with a message, never a
traceback.

Textual's own handler prints a Rich traceback with every frame's local variables, which hold
note texts, names and preparation answers. Here a fault coach knows (a damaged file, a full
disk, a read-only folder: ``coach.faults.describe``) stops the app with the message the CLI
gives for it; anything else is logged (traceback without locals, a 0600 file in the data
directory's ``logs`` folder) and the app stops with the short message that names the log.
"""

from __future__ import annotations

from textual.worker import WorkerFailed


class StopsWithAMessage:
    """For an App with ``store`` (its ``data_dir`` holds the log) and ``lang``.

    The exit code is 1, and ``stop_message`` is what the user reads: whoever ran the app
    prints it after the app has given the terminal back (the command that ran it), as plain
    lines the terminal wraps itself, so a restore command stays one line to copy.
    """

    stop_message: str | None = None

    def _handle_exception(self, error: Exception) -> None:
        from coach.faults import explain_or_report

        app = self  # an App
        cause = error.error if isinstance(error, WorkerFailed) else error
        app._return_code = 1  # type: ignore[attr-defined]
        # Textual keeps the first error so that run_test re-raises it in a test.
        if app._exception is None:  # type: ignore[attr-defined]
            app._exception = cause  # type: ignore[attr-defined]
            app._exception_event.set()  # type: ignore[attr-defined]
        if self.stop_message is None:
            store = getattr(app, "store", None)
            folder = getattr(store, "data_dir", None)
            lang = getattr(app, "lang", "en")
            self.stop_message = explain_or_report(folder, cause, lang)
        app._close_messages_no_wait()  # type: ignore[attr-defined]

    def stop_with(self, message: str) -> None:
        """Exit with code 1; ``message`` is printed once the terminal is back."""
        self.stop_message = message
        self.exit(return_code=1)  # type: ignore[attr-defined]

