"""What a live screen holds that is not yet on disk, and a way to keep it anyway.

``Unsaved`` follows the entries a screen has queued for writing: once a write fails (a full
disk, a read-only folder) every entry queued since the queue was last empty is unsaved until
a later write empties the queue (the failed batch stays first in the queue and is tried
again), so the screen can mark exactly those on screen and never show a note as saved when it
is not. ``rescue_markdown`` writes a conversation's notes, the unsaved ones marked, as a
Markdown file the user can keep elsewhere when coach cannot write its own files.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from coach.domain.conversations import Entry
from coach.domain.note_kinds import BY_KIND
from coach.i18n import t
from coach.i18n.formats import format_datetime
from coach.markdown.escape import escape_block, escape_inline

#: Seconds between tries while writes fail.
RETRY_EVERY = 3.0


class Unsaved:
    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._queued: set[str] = set()
        self.failing: Exception | None = None
        self._now = now
        self._last_try = 0.0

    def queued(self, records: Iterable[object]) -> None:
        """``records`` were queued for writing (entries among them are followed)."""
        self._queued.update(r.id for r in records if isinstance(r, Entry))

    def failed(self, exc: Exception) -> None:
        self.failing = exc
        self._last_try = self._now()

    def emptied(self) -> bool:
        """The queue was written to its end: everything is saved. True if that changes what
        the screen shows (something was marked unsaved)."""
        was = self.failing is not None
        self._queued.clear()
        self.failing = None
        return was

    @property
    def ids(self) -> frozenset[str]:
        """The entries to mark unsaved (none while writes succeed)."""
        return frozenset(self._queued) if self.failing is not None else frozenset()

    def retry_due(self) -> bool:
        if self.failing is None or self._now() - self._last_try < RETRY_EVERY:
            return False
        self._last_try = self._now()
        return True


def rescue_markdown(title: str, person: str, entries: Iterable[Entry], unsaved: set[str],
                    draft: str, lang: str, now: datetime | None = None) -> str:
    """Every note of a conversation (private ones too: the file is the leader's), the ones
    not saved marked, and the text still in the editor, as Markdown."""
    now = now or datetime.now().astimezone()
    head = t("rescue.head", lang, person=escape_inline(person),
             when=format_datetime(now, lang))
    lines = [f"# {escape_inline(title)}", "", head, ""]
    for entry in entries:
        if entry.draft or not entry.text.strip():
            continue
        mark = " " + t("rescue.unsaved_mark", lang) if entry.id in unsaved else ""
        private = " " + t("rescue.private_mark", lang) if entry.private else ""
        kind = t(BY_KIND[entry.kind].label, lang)
        lines.append(f"- **{escape_inline(kind)}:** {escape_block(entry.text, '  ')}"
                     f"{private}{mark}")
    if draft.strip():
        lines += ["", f"## {t('rescue.draft', lang)}", "", escape_block(draft)]
    return "\n".join(lines) + "\n"


def rescue_path(folder: Path | None = None, now: datetime | None = None) -> Path:
    """Where to offer to write the rescued notes: the home folder, a name with the time."""
    now = now or datetime.now()
    return (folder or Path.home()) / f"coach-unsaved-{now:%Y%m%d-%H%M}.md"
