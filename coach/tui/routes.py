"""The screens by name: screens and the app navigate through this table, never by importing
one another (which made ten modules one import cycle).

Start-up: this is the one place where screens are imported lazily, on purpose. A screen's
module is imported the first time the screen is shown, so `coach start PERSON` paints the
prepare screen before the home, live or summary screens' modules (and what they import)
are loaded. Anything else in coach/tui imports at the top of its module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

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
    return getattr(import_module(module), cls)


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
    module, _, cls = ROUTES[name].partition(":")
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(screen, getattr(loaded, cls))
