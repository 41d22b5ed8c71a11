"""Quitting an app without losing what the screens still hold."""

from __future__ import annotations


class SavesOnQuit:
    """For an App: ctrl+q first writes what each screen still holds (``save_before_quit``),
    and after the app has run, ``close_saves`` waits for a save in progress and stops more.
    Screens register their save queues in ``app.save_queues``. (Kept light: the app's first
    screen must not wait for the live session's modules to import.)"""

    save_queues: list

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
        for saves in self.save_queues:
            saves.close()
