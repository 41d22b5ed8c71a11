"""Start-up without pauses for Python's cycle collector.

Start-up allocates a great deal that lives as long as the process (modules, the store's
index, the content library, the first screen), and the collector would walk all of it
several times before the first screen is shown: about 40 ms on a ten-year store, against
none for a bare Textual app. So the CLI pauses the collector while it starts; the app
resumes it once its first screen is painted, after freezing what start-up made (moving it
out of the collector's view, as it is kept for the app's life anyway), so that later full
collections, while typing, do not walk the index again either.

Only a pause taken by ``pause_collector`` is ever resumed or frozen: an app run in a test
process leaves that process's collector alone.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collector() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector(*, freeze: bool = True) -> None:
    """Resume a pause (idempotent); ``freeze`` keeps what exists now out of later
    collections."""
    global _paused
    if _paused:
        _paused = False
        if freeze:
            gc.freeze()
        gc.enable()
