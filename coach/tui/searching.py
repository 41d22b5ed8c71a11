"""The app's one search index: opened on first use, brought up to date on each later use.

The index lives in the app's services (``services.team_search``) so every screen shares it;
it is the persistent index in the data directory (see ``coach.services.search_index``):
opening it reads nothing that has not changed, so a note saved on the live screen is found
the next time the search screen opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.services.app_services import AppServices
from coach.tui import routes
from coach.tui.flow import open_search

if TYPE_CHECKING:
    from coach.services.search_index import TeamSearch

__all__ = ["open_search", "ready", "team_search"]


def team_search(services: AppServices) -> TeamSearch:
    """The app's index (not yet brought up to date); call ``ready`` from a worker."""
    found = services.team_search
    if found is None or found.store is not services.store:
        found = services.team_search = routes.team_search()(services.store)
    return found


def ready(services: AppServices) -> TeamSearch:
    """From a worker thread: the index, brought up to date with the data directory."""
    search = team_search(services)
    search.refresh()
    return search
