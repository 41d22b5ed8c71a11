"""The shell every screen stands on: the app base and the screen base.

``ShellApp`` is what each of coach's apps is (the leader's ``CoachApp``, the employee's
``ReflectApp`` and ``ReviewApp``): the translator ``_``, the language and, for the two with
a store, ``services`` (a ``coach.services.app_services.AppServices``: the store, library,
settings, search index, write queue and autosavers, typed).

``CoachScreen`` is the base of every full screen: ``self._`` translates, ``self.services``
is the app's services, ``self.app`` is typed as a ``ShellApp``, its bindings are shown in
the user's language, and the quitting protocol (``save_before_quit``, ``quit_question``,
``unsaved_text``) has its defaults here, so the app asks any screen without probing it.
``BACK`` and ``HELP`` are the bindings many screens share; ``action_help`` shows the help.
Dialogs have their own base: ``coach.tui.dialogs.form``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from coach.i18n import Translator
from coach.services.app_services import AppServices
from coach.tui import later
from coach.tui.bindings import translate_bindings
from coach.tui.clean_screen import install as install_control_pictures
from coach.tui.crashing import StopsWithAMessage

if TYPE_CHECKING:
    from textual import getters

R = TypeVar("R")

#: Bindings several screens share (list them in a screen's BINDINGS where it wants them).
BACK = Binding("escape", "app.pop_screen", "tui.key.back")
HELP = Binding("f1", "help", "live.key.help")


class PaletteCommand(NamedTuple):
    """A command a screen offers in the command palette (``palette_commands``)."""

    title: str
    help: str
    callback: Callable[[], object]


class ShellApp(StopsWithAMessage, App[None]):
    """The base of coach's apps (see the module's docstring)."""

    def __init__(self, lang: str, services: AppServices | None = None, *,
                 title: str = "tui.title", clean_screen: bool = True) -> None:
        super().__init__()
        self._ = Translator(lang)
        self.lang = self._.lang
        self._services = services
        if services is not None:
            services.lang = self.lang
        translate_bindings(self, self._)
        if clean_screen:
            install_control_pictures(self)  # stored text never drives the terminal
        self.title = self._(title)

    @property
    def services(self) -> AppServices:
        """The store and what comes with it; only the review app has none (it holds one
        file, no store), and none of its screens asks."""
        if self._services is None:
            raise RuntimeError(f"{type(self).__name__} has no store")
        return self._services

    def crash_folder(self) -> Path | None:
        return self._services.store.data_dir if self._services is not None else None


class CoachScreen(Screen[R]):
    """The base of every full screen (see the module's docstring)."""

    if TYPE_CHECKING:
        app = getters.app(ShellApp)

    @property
    def _(self) -> Translator:
        return self.app._

    @property
    def services(self) -> AppServices:
        return self.app.services

    async def _compose(self) -> None:
        # Before the children mount: the footer reads the bindings when it is mounted.
        translate_bindings(self, self._)
        await super()._compose()

    def palette_commands(self) -> Iterable[PaletteCommand]:
        """The commands this screen offers in the palette (coach/tui/palette.py)."""
        return ()

    def screen_share_changed(self) -> None:
        """Screen-share mode was switched: redraw what may hold private text
        (coach/tui/screen_share.py)."""

    def reload(self) -> None:
        """Read again what the screen shows (after a change made elsewhere)."""

    def action_help(self) -> None:
        """F1: every key of this screen (``help_extra`` adds a screen's own note)."""
        self.app.push_screen(later.help_dialog().for_screen(self, self._, self.help_extra()))

    def help_extra(self) -> str:
        return ""

    # -- quitting (coach.tui.quitting asks every screen on the stack) ----------------------
    async def save_before_quit(self) -> None:
        """Write what this screen still holds before the app exits (raises the store's
        error, or OSError, if that fails)."""

    def quit_question(self) -> str | None:
        """What ctrl+q should ask first on this screen (None: quit at once)."""
        return None

    def unsaved_text(self) -> str | None:
        """What this screen holds that is not saved, as Markdown (None: nothing)."""
        return None
