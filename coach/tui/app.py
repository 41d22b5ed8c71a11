"""The app shell: language, clock, store, key bindings, command palette. Screens do the rest."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen

from coach.i18n import Translator
from coach.services.autosave import Autosaver, WriteQueue
from coach.startup import resume_collector
from coach.tui import routes
from coach.tui.bindings import translate_bindings
from coach.tui.clean_screen import install as install_control_pictures
from coach.tui.crashing import StopsWithAMessage
from coach.tui.palette import ScreenCommands
from coach.tui.quitting import SavesOnQuit
from coach.tui.screen_share import SHARE_BINDINGS, SharesTheScreen, share_commands


class HomeLater(Screen[None]):
    """Holds the home screen's place beneath `coach start`'s prepare screen, and becomes the
    home screen when first shown: importing and building it then would slow the first paint.
    """

    def on_screen_resume(self) -> None:
        # A screen beneath may be resumed before the one above it is shown: only the top
        # screen is surely shown.
        if self.app.screen is self:
            routes.switch(self.app, "home")


def _now() -> datetime:
    return datetime.now().astimezone()


class CoachApp(StopsWithAMessage, SavesOnQuit, SharesTheScreen, App[None]):
    """coach in the terminal.

    ``store`` is an open ``coach.store.Store``; ``lang`` is "nb" or "en"; ``clock`` returns
    the current datetime (inject a fixed one for tests and snapshots).
    """

    CSS_PATH = [Path(__file__).with_name("coach.tcss"), Path(__file__).with_name("live.tcss")]
    #: Narrow terminals get the agenda as a one-line strip (see live.tcss).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    COMMANDS = App.COMMANDS | {ScreenCommands}
    BINDINGS = [
        Binding("ctrl+q", "quit", "tui.key.quit", tooltip="tui.key.quit.tip", priority=True),
        *SHARE_BINDINGS,  # screen-share mode: coach/tui/screen_share.py
    ]

    def __init__(
        self,
        store,
        lang: str = "en",
        clock: Callable[[], datetime] | None = None,
        *,
        library=None,
        start: tuple[str, str | None] | None = None,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self._ = Translator(lang)
        self.lang = self._.lang
        self.clock = clock or _now
        #: The content library (loaded when first needed); ``start`` opens the prepare
        #: screen for (person id, template id); ``monotonic`` drives the agenda clock.
        self.library = library
        self.start = start
        self.monotonic = monotonic or time.monotonic
        #: The live screens' save queues: run_app closes them before the store closes.
        #: Every write a screen asks for (``coach.tui.writing``), and the screens'
        #: autosavers: ``close_saves`` finishes and closes them before the store closes.
        self.writes = WriteQueue()
        self.save_queues: list[Autosaver] = []
        translate_bindings(self, self._)
        install_control_pictures(self)  # stored text never drives the terminal
        self.title = self._("tui.title")

    @property
    def today(self) -> date:
        return self.clock().date()

    def on_mount(self) -> None:
        from coach.tui import flow  # here: the live screen's modules wait until needed

        if self.start is not None:
            self.push_screen(HomeLater())
            flow.prepare_by_id(self, *self.start)
        else:
            routes.push(self, "home")
            flow.offer_resume(self)
        self.call_after_refresh(resume_collector)  # paused by the CLI: coach.startup
        from coach.tui.store_notices import announce

        self.call_after_refresh(announce, self)  # read-only? stray or conflicting files?

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            placeholder = self._("tui.palette.placeholder")
            self.push_screen(CommandPalette(placeholder=placeholder, id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        _ = self._
        yield SystemCommand(
            _("tui.palette.theme"), _("tui.palette.theme.help"), self.action_change_theme
        )
        yield SystemCommand(_("tui.key.quit"), _("tui.palette.quit.help"), self.action_quit)
        yield from share_commands(self)
        keys = self.action_hide_help_panel if screen.query("HelpPanel") else None
        yield SystemCommand(
            _("tui.palette.keys"),
            _("tui.palette.keys.help"),
            keys or self.action_show_help_panel,
        )
