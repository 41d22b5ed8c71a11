"""What the terminal apps hand their screens: one typed object instead of loose app attributes.

``AppServices`` holds the open store, the language, the clocks, the user's settings, the
content library (loaded when first needed), the team's search index (opened by the search
screen), the one queue every screen's writes go through and the autosavers of the screens
that type. The TUI's apps own one each (``app.services``); screens reach it through their
base (``coach.tui.shell``), never by looking for attributes on the app. No Textual here.

What a screen does with the store beyond showing goes through a service function (this
package, one module per job), called with ``services.store``: the same function the CLI
calls with the store it opened.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from coach.config import Settings
from coach.content import Library, load_library
from coach.domain.screen_share import ScreenShare
from coach.services.autosave import Autosaver, WriteQueue

if TYPE_CHECKING:
    from coach.services.search_index import TeamSearch
    from coach.store import Store


def now() -> datetime:
    """The local time, aware (the apps' clock unless a test injects one)."""
    return datetime.now().astimezone()


@dataclass(eq=False)
class AppServices:
    #: The open ``coach.store.Store`` (the leader's, or the employee's reflect store).
    store: Store
    lang: str = "en"
    #: The current datetime (a fixed one in tests and snapshots).
    clock: Callable[[], datetime] = now
    #: Drives the agenda's clock (a fake one in tests).
    monotonic: Callable[[], float] = time.monotonic
    settings: Settings = field(default_factory=Settings)
    #: Every write a screen asks for (``coach.tui.writing``), in order.
    writes: WriteQueue = field(default_factory=WriteQueue)
    #: The typing screens' autosavers: ``close`` finishes and closes them with the queue.
    autosavers: list[Autosaver] = field(default_factory=list)
    _library: Library | None = None
    #: The team's search index, opened by the search screen when first needed
    #: (``coach.tui.searching``).
    team_search: TeamSearch | None = None
    #: Screen-share mode (made from the settings when first asked for:
    #: ``coach.tui.screen_share.share_of``).
    screen_share: ScreenShare | None = None

    @property
    def today(self) -> date:
        return self.clock().date()

    @property
    def library(self) -> Library:
        """The templates and the question bank, read the first time they are needed."""
        if self._library is None:
            self._library = load_library()
        return self._library

    @library.setter
    def library(self, library: Library | None) -> None:
        self._library = library

    @property
    def library_if_loaded(self) -> Library | None:
        return self._library

    def keep(self, saves: Autosaver) -> None:
        """Register a screen's autosaver, to be finished and closed with the app."""
        if saves not in self.autosavers:
            self.autosavers.append(saves)
