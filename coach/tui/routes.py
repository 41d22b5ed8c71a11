"""The screens by name, and the one place where coach/tui imports lazily.

Screens and the app navigate through the table below, never by importing one another (which
made ten modules one import cycle): ``push(app, "goals", person)``.

Start-up: this is the one module in coach/tui that imports inside functions, on purpose,
and only what the first screen does not need. A screen's module is imported the first time
the screen is shown, so `coach start PERSON` paints the prepare screen before the home,
live or summary screens' modules (and what they import) are loaded. The loaders at the end
do the same for the few heavy modules a light screen needs later (the live session, the
prepare screen's reading, the search index): each was measured at 45-300 ms to import.
The dialogs that the first screen's own modules open only on a key or a failure load the
same way, from ``coach/tui/later.py`` (kept apart: the loaders here reach modules that
import those first-screen modules). Everything else in coach/tui imports at the top of its
module (``tests/test_lazy_imports.py`` holds coach/tui to these three: this module, that
one and ``coach/tui/launch.py``, the CLI's door into the apps).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

from coach.tui import later

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    from coach.services.search_index import TeamSearch
    from coach.services.session import LiveSession
    from coach.tui.widgets.prep_summary import PrepareReading

#: route name -> "module:class"
ROUTES: dict[str, str] = {
    "home": "coach.tui.screens.home:HomeScreen",
    "person": "coach.tui.screens.person:PersonScreen",
    "goals": "coach.tui.screens.goals:GoalsScreen",
    "profile": "coach.tui.screens.profile:ProfileScreen",
    "competence-review": "coach.tui.screens.competence_review:CompetenceReviewScreen",
    "trends": "coach.tui.screens.trends:TrendsScreen",
    "objectives": "coach.tui.screens.objectives:ObjectivesScreen",
    "search": "coach.tui.screens.search:SearchScreen",
    "conversation": "coach.tui.screens.conversation_view:ConversationView",
    "prepare": "coach.tui.screens.prepare:PrepareScreen",
    "live": "coach.tui.screens.live:LiveScreen",
    "summary": "coach.tui.screens.summary:SummaryScreen",
}


def screen_class(name: str) -> type[Screen[Any]]:
    """The class of route ``name`` (its module imported now if it was not yet)."""
    module, _, cls = ROUTES[name].partition(":")
    found: type[Screen[Any]] = getattr(import_module(module), cls)
    return found


def make(name: str, *args: Any, **kwargs: Any) -> Screen[Any]:
    return screen_class(name)(*args, **kwargs)


def push(app: App[Any], name: str, *args: Any,
         callback: Callable[[Any], None] | None = None, **kwargs: Any) -> None:
    """Show route ``name`` above the current screen (``callback`` gets its result)."""
    app.push_screen(make(name, *args, **kwargs), callback)


def switch(app: App[Any], name: str, *args: Any, **kwargs: Any) -> None:
    """Show route ``name`` in the current screen's place."""
    app.switch_screen(make(name, *args, **kwargs))


def is_route(screen: object, name: str) -> bool:
    """Whether ``screen`` is route ``name`` (without importing a module not yet loaded: then
    no screen can be of it)."""
    return later.is_loaded_instance(screen, ROUTES[name])


# -- heavy modules a light screen needs later (start-up: see the module's docstring) -------
def live_session() -> type[LiveSession]:
    """The live session (begin or resume a conversation: after the prepare screen)."""
    from coach.services.session import LiveSession

    return LiveSession


def prepare_reading() -> type[PrepareReading]:
    """What the prepare screen shows below its heading (read after its first paint)."""
    from coach.tui.widgets.prep_summary import PrepareReading

    return PrepareReading


def team_search() -> type[TeamSearch]:
    """The team's search index (sqlite: opened with the search screen)."""
    from coach.services.search_index import TeamSearch

    return TeamSearch


def sqlite_error() -> type[Exception]:
    """sqlite's own error (the index's; sqlite is loaded with the index, not at start)."""
    from sqlite3 import Error

    return Error
