"""Quitting an app without losing what the screens still hold."""

from __future__ import annotations

import asyncio
import signal

#: Signals that mean "stop now": the terminal closed (SIGHUP), a polite kill or a served tab's
#: server stopping (SIGTERM). Either way the app exits as ctrl+q does, so the screens' unmount
#: writes what was typed; Python's default for both would end the process with nothing saved.
STOP_SIGNALS = (signal.SIGHUP, signal.SIGTERM)


class SavesOnQuit:
    """For an App: ctrl+q first writes what each screen still holds (``save_before_quit``),
    and after the app has run, ``close_saves`` waits for a save in progress and stops more.
    Screens register their save queues in ``app.save_queues``. (Kept light: the app's first
    screen must not wait for the live session's modules to import.)"""

    save_queues: list

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

    async def action_quit(self) -> None:
        from coach.store.errors import StoreError

        for screen in list(self.screen_stack):  # type: ignore[attr-defined]
            save = getattr(screen, "save_before_quit", None)
            if save is None:
                continue
            try:
                await save()
            except (OSError, StoreError) as exc:
                from coach.tui.saving import describe

                self.exit(return_code=1, message=describe(exc, self.lang))  # type: ignore
                return
        self.exit()  # type: ignore[attr-defined]

    def close_saves(self) -> None:
        for saves in self.save_queues:
            saves.close()
