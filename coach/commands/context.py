"""What every command needs to know: language, data directory, output streams."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from coach.commands import later
from coach.commands.terminal import CleanStream
from coach.config import Settings
from coach.i18n import Translator


class Apps(Protocol):
    """How a command opens a screen: ``coach.tui.launch``, handed in by ``coach.cli`` (the
    CLI never imports the TUI)."""

    def run_app(self, store: Any, ctx: Any, **options: Any) -> int: ...

    def run_tui(self, args: Any, ctx: Any) -> int: ...

    def run_reflect_app(self, session: Any, lang: str, *, minutes: float,
                        err: Any = None) -> int: ...

    def run_review_app(self, summary: Any, lang: str, *, output: Any, comment: str = "",
                       err: Any = None) -> int: ...


@dataclass
class Context:
    data_dir: Path
    lang: str
    settings: Settings = field(default_factory=Settings)
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    apps: Apps | None = None

    def __post_init__(self) -> None:
        self._ = Translator(self.lang)
        # Everything a command prints shows control characters escaped (stored names and
        # notes may hold terminal escape sequences).
        if not isinstance(self.out, CleanStream):
            self.out = CleanStream(self.out)  # type: ignore[assignment]
        if not isinstance(self.err, CleanStream):
            self.err = CleanStream(self.err)  # type: ignore[assignment]

    def say(self, key: str, /, **fields: object) -> None:
        print(self._(key, **fields), file=self.out)

    def warn(self, key: str, /, **fields: object) -> None:
        print(self._(key, **fields), file=self.err)

    def open_store(self, *, read_only: bool = False, backup: bool = True):
        """Open the store for this data directory (raises StoreError subclasses). Says so
        when the open finished or undid an operation a crash had cut off."""

        store = later.Store.open(self.data_dir, read_only=read_only, backup=backup,
                           keep_backups=self.settings.backups_keep)
        if store.recovered is not None:
            print(store.recovered.explain(self.lang), file=self.err)
        return store
