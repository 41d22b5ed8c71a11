"""An export written to a file is also handed to the browser when coach runs in a tab
(coach serve): the user may not know where the served process's working folder is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App


def offer_download(app: App[Any], path: Path) -> bool:
    """In a browser tab, start a download of ``path`` (already written); True if started.
    In a terminal, nothing (Textual would copy the file to the Downloads folder)."""
    if not app.is_web:
        return False
    app.deliver_text(path, save_filename=path.name, mime_type="text/markdown",
                     encoding="utf-8")
    return True
