"""The app's one search index: opened on first use, brought up to date on each later use.

The index lives on the app (``app.team_search``) so every screen shares it; it is the
persistent index in the data directory (see ``coach.services.search_index``): opening it
reads nothing that has not changed, so a note saved on the live screen is found the next
time the search screen opens.
"""

from __future__ import annotations

from coach.services.search_index import TeamSearch
from coach.tui import routes


def team_search(app) -> TeamSearch:
    """The app's index (not yet brought up to date); call ``ready`` from a worker."""
    found = getattr(app, "team_search", None)
    if found is None or found.store is not app.store:
        found = TeamSearch(app.store)
        app.team_search = found
    return found


def ready(app) -> TeamSearch:
    """From a worker thread: the index, brought up to date with the data directory."""
    search = team_search(app)
    search.refresh()
    return search


def open_search(app, person=None) -> None:
    """Push the search screen (over whatever is showing), optionally for one person."""
    if not routes.is_route(app.screen, "search"):
        routes.push(app, "search", person)
