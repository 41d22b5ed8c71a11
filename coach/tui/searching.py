"""The app's one search index: built in a worker on first use, refreshed on each later use.

The index lives on the app (``app.team_search``) so every screen shares it; building reads
every conversation file once, refreshing re-reads only what changed (see
``coach.services.search_index``), so a note saved on the live screen is found the next time the
search screen opens.
"""

from __future__ import annotations

from coach.services.search_index import TeamSearch
from coach.tui import routes


def team_search(app) -> TeamSearch:
    """The app's index (not yet built the first time); call ``ready`` from a worker."""
    found = getattr(app, "team_search", None)
    if found is None or found.store is not app.store:
        found = TeamSearch(app.store)
        app.team_search = found
    return found


def ready(app, *, people: bool = True) -> TeamSearch:
    """From a worker thread: the index, built or brought up to date (``people``: goals and
    action items too, the slower part)."""
    search = team_search(app)
    search.refresh(people=people)
    return search


def open_search(app, person=None) -> None:
    """Push the search screen (over whatever is showing), optionally for one person."""
    if not routes.is_route(app.screen, "search"):
        routes.push(app, "search", person)
