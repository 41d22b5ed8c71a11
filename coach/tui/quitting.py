"""Quitting an app without losing what the screens still hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.services.autosave import Autosaver, WriteQueue


class SavesOnQuit:
    """For an App: ctrl+q first writes what each screen still holds (``save_before_quit``),
    and after the app has run, ``close_saves`` waits for a save in progress and stops more.
    Screens register their save queues in ``app.save_queues``. (Kept light: the app's first
    screen must not wait for the live session's modules to import.)"""

    save_queues: list[Autosaver]
    writes: WriteQueue

    async def action_quit(self) -> None:
        from coach.store import StoreError

        for screen in list(self.screen_stack):  # type: ignore[attr-defined]
            save = getattr(screen, "save_before_quit", None)
            if save is None:
                continue
            try:
                await save()
            except (OSError, StoreError) as exc:
                from coach.errors import describe

                self.exit(return_code=1, message=describe(exc, self.lang))  # type: ignore
                return
        self.exit()  # type: ignore[attr-defined]

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
