"""Every write from a screen goes through here: off the event loop, in order, one failure path.

``write(node, job, then)`` queues ``job`` (a function that writes through the store, and may
read back what the screen shows next) on the app's one ``WriteQueue`` and drains it in a
thread worker, so the event loop never waits for a file. ``then(result)`` runs on the event
loop once the job is done. If the job fails, the user reads the store's own explanation (or
``failed`` shows it where the screen wants, e.g. in a form), the screen stays as it was and
usable, and the job stays queued: the next write (or quitting) tries it again first, so
nothing is lost once the store can write again.

The live and reflect screens' typed text goes through their ``Autosaver`` (same queue
class, same failure path: ``report``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.dom import DOMNode

from coach.errors import describe

if TYPE_CHECKING:
    from coach.tui.shell import ShellApp

T = TypeVar("T")


def _app(node: DOMNode) -> ShellApp:
    return cast("ShellApp", node.app)  # every coach app is one


def report(node: DOMNode, exc: Exception) -> None:
    """From a worker thread: tell the user that a write failed, in the store's words."""
    app = _app(node)
    app.call_from_thread(app.notify, describe(exc, app.lang), title=app._("live.save_failed"),
                         severity="error", markup=False, timeout=15)


def write(node: DOMNode, job: Callable[[], T], then: Callable[[T], Any] | None = None, *,
          failed: Callable[[Exception], Any] | None = None) -> None:
    """Run ``job`` off the event loop, after every write asked for before it."""
    app = _app(node)
    queue = app.services.writes

    def run() -> None:
        result = job()
        if then is not None:
            try:
                app.call_from_thread(then, result)
            except Exception as exc:  # the write is done; a screen gone meanwhile is fine
                app.log.error(f"after a write: {exc!r}")

    def on_error(exc: Exception) -> None:
        if failed is None:
            report(node, exc)
        else:
            app.call_from_thread(failed, exc)

    queue.put(run)
    app.run_worker(lambda: queue.drain(on_error=on_error), thread=True, group="writes",
                   exit_on_error=False)
