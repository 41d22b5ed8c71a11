"""What the app says about its data directory when it opens: why it is read-only (the user
made it so, a read-only file system, coach open on another machine), and what the cheap
part of `coach check` found (stray files, sync conflict copies, an interrupted journal).
Both are the store's own words, the same as the CLI's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

if TYPE_CHECKING:
    from coach.tui.shell import ShellApp

#: How many findings a notification lists before it says how many more there are.
SHOWN = 3


def announce(app: ShellApp) -> None:
    """Call once the first screen is up."""
    reason = app.services.store.read_only_reason
    if reason is not None and reason.kind != "requested":
        app.sub_title = app._("fault.app.read_only_badge")
        app.notify(reason.explain(app.lang), title=app._("fault.app.read_only_title"),
                   severity="warning", markup=False, timeout=30)
    _quick_check(app)


@work(thread=True, exclusive=True, group="quick-check", exit_on_error=False)
def _quick_check(app: ShellApp) -> None:
    store = app.services.store
    try:
        report = store.quick_check()
    except Exception as exc:  # a check that cannot run must not stop the app
        app.log.error(f"quick check failed: {exc!r}")
        return
    if report.clean:
        return
    lines = [finding.explain(app.lang) for finding in report.findings[:SHOWN]]
    more = len(report.findings) - SHOWN
    if more > 0:
        lines.append(app._("fault.app.check_more", count=more))
    lines.append(app._("fault.app.check_hint", dir=store.data_dir))
    app.call_from_thread(app.notify, "\n".join(lines), title=app._("fault.app.check_title"),
                         severity="error" if report.serious else "warning", markup=False,
                         timeout=30)
