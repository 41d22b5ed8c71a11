"""The app shell: language, clock, store, key bindings, command palette. Screens do the rest."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen

from coach.config import Settings
from coach.services.app_services import AppServices, now
from coach.startup import resume_collector
from coach.tui import flow, routes, searching
from coach.tui.palette import ScreenCommands
from coach.tui.quitting import SavesOnQuit
from coach.tui.screen_share import SHARE_BINDINGS, SharesTheScreen, share_commands
from coach.tui.shell import CoachScreen
from coach.tui.store_notices import announce

if TYPE_CHECKING:
    from coach.content import Library
    from coach.services.search_index import TeamSearch
    from coach.store import Store


class HomeLater(CoachScreen[None]):
    """Holds the home screen's place beneath `coach start`'s prepare screen, and becomes the
    home screen when first shown: importing and building it then would slow the first paint.
    """

    def on_screen_resume(self) -> None:
        # A screen beneath may be resumed before the one above it is shown: only the top
        # screen is surely shown.
        if self.app.screen is self:
            routes.switch(self.app, "home")


class CoachApp(SharesTheScreen, SavesOnQuit):
    """coach in the terminal.

    ``store`` is an open ``coach.store.Store``; ``lang`` is "nb" or "en"; ``clock`` returns
    the current datetime (inject a fixed one for tests and snapshots). All of it is held in
    ``services`` (``coach.services.app_services.AppServices``), which screens use; the
    properties below are for the code that makes and runs the app (and its tests).
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
        store: Store,
        lang: str = "en",
        clock: Callable[[], datetime] | None = None,
        *,
        library: Library | None = None,
        start: tuple[str, str | None] | None = None,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        services = AppServices(store, lang, clock or now, monotonic or time.monotonic,
                               _library=library)
        super().__init__(lang, services)
        #: ``start`` opens the prepare screen for (person id, template id).
        self.start = start

    # -- what the app was made with (screens use ``services``) -----------------------------
    @property
    def store(self) -> Store:
        return self.services.store

    @property
    def library(self) -> Library:
        return self.services.library

    @library.setter
    def library(self, library: Library | None) -> None:
        self.services.library = library

    @property
    def monotonic(self) -> Callable[[], float]:
        return self.services.monotonic

    @monotonic.setter
    def monotonic(self, monotonic: Callable[[], float]) -> None:
        self.services.monotonic = monotonic

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def team_search(self) -> TeamSearch | None:
        return self.services.team_search

    @property
    def today(self) -> date:
        return self.services.today

    def on_mount(self) -> None:
        if self.start is not None:
            self.push_screen(HomeLater())
            flow.prepare_by_id(self, *self.start)
        else:
            routes.push(self, "home")
            flow.offer_resume(self)
        self.call_after_refresh(resume_collector)  # paused by the CLI: coach.startup
        self.call_after_refresh(announce, self)  # read-only? stray or conflicting files?
        if not self.is_headless:  # the search index, opened before the first `/` needs it
            self.set_timer(searching.WARM_AFTER, lambda: searching.warm(self))

    def action_command_palette(self) -> None:
        # (Textual types is_open's app as App[object]; App is invariant in its result.)
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
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
