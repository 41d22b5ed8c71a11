"""The app's one search index: opened on first use, brought up to date on each later use.

The index lives in the app's services (``services.team_search``) so every screen shares it;
it is the persistent index in the data directory (see ``coach.services.search_index``):
opening it reads nothing that has not changed, so a note saved on the live screen is found
the next time the search screen opens.

``warm``: a moment after start-up (``WARM_AFTER``), a worker opens the index and makes the
process's first look at every file, so that the first ``/`` costs what a later one does
(in a terminal only: a test's app is left to open it when its test does). Only an index that
is already on disk is warmed: where none was ever built, or none can be written, the first
search builds it, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.services.app_services import AppServices
from coach.store import StoreError
from coach.tui import routes
from coach.tui.flow import open_search

if TYPE_CHECKING:
    from coach.services.search_index import TeamSearch
    from coach.tui.shell import ShellApp

__all__ = ["open_search", "ready", "team_search", "warm"]

#: Seconds after start-up before the index is opened in the background (after the first
#: screen and what it loads, so that start-up does not wait for it).
WARM_AFTER = 2.0


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


def warm(app: ShellApp) -> None:
    """Open the index and bring it up to date in a worker, unless a search already did or
    there is no index on disk yet. Never an error: the search screen reports its own."""
    services = app.services
    if services.team_search is not None or not routes.team_search().on_disk_at(
            services.store.data_dir):
        return

    def run() -> None:
        try:
            search = team_search(services)
            search.refresh()
            search.count()
        except (OSError, routes.sqlite_error(), StoreError):
            pass  # the first search tries again, and says why if it fails

    app.run_worker(run, thread=True, group="search-warm", exclusive=True,
                   exit_on_error=False)
