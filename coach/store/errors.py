"""Errors the store raises; each can explain itself to a user in either language."""

from __future__ import annotations

import shlex
from pathlib import Path

from coach.errors import Explained
from coach.i18n import t


def restore_command(data_dir: Path, backup: str) -> str:
    """The exact command that restores ``backup`` into ``data_dir``."""
    return f"coach --data-dir {shlex.quote(str(data_dir))} restore {shlex.quote(backup)}"


class StoreError(Explained):
    """Base class. ``explain(lang)`` gives the message a user reads."""


class StoreLocked(StoreError):
    """Another coach process holds the data directory."""

    def __init__(self, data_dir: Path, pid: int | None, since: str | None,
                 program: str | None = None) -> None:
        self.data_dir, self.pid, self.since, self.program = data_dir, pid, since, program
        super().__init__(f"{data_dir} is in use by process {pid} since {since}")

    def explain(self, lang: str = "en") -> str:
        if self.pid is None:
            return t("store.locked.unknown", lang, dir=self.data_dir)
        return t("store.locked", lang, dir=self.data_dir, pid=self.pid,
                 since=self.since or "?")


class StoreReadOnly(StoreError):
    """A write was attempted on a store opened read-only."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        super().__init__(f"{data_dir} is open read-only")

    def explain(self, lang: str = "en") -> str:
        return t("store.read_only", lang, dir=self.data_dir)


class StoreCorrupt(StoreError):
    """A store file cannot be parsed or has the wrong shape."""

    def __init__(self, path: Path, reason: str, *, data_dir: Path | None = None,
                 backup: str | None = None) -> None:
        self.path, self.reason, self.data_dir, self.backup = path, reason, data_dir, backup
        where = f"; newest good backup: {backup}" if backup else "; no backup"
        super().__init__(f"{path} is damaged ({reason}){where}")

    @property
    def command(self) -> str | None:
        if self.backup is None or self.data_dir is None:
            return None
        return restore_command(self.data_dir, self.backup)

    def explain(self, lang: str = "en") -> str:
        head = t("store.corrupt", lang, path=self.path, reason=self.reason)
        if self.command is None:
            return head + "\n" + t("store.corrupt.no_backup", lang)
        return head + "\n" + t("store.corrupt.restore", lang, backup=self.backup,
                               command=self.command)


class StoreSchemaError(StoreError):
    """The data was written by a newer coach, or needs a migration we cannot run now."""

    def __init__(self, path: Path, found: int, known: int, *, read_only: bool = False) -> None:
        self.path, self.found, self.known, self.read_only = path, found, known, read_only
        super().__init__(f"{path}: schema {found}, this coach knows {known}")

    def explain(self, lang: str = "en") -> str:
        if self.found > self.known:
            return t("store.schema.newer", lang, path=self.path, found=self.found,
                     known=self.known)
        return t("store.schema.read_only", lang, path=self.path, found=self.found)


class BackupError(StoreError):
    """A backup is missing, ambiguous or not a valid coach backup."""

    def __init__(self, key: str, **fields: object) -> None:
        self.key, self.fields = key, fields
        super().__init__(f"{key}: {fields}")

    def explain(self, lang: str = "en") -> str:
        return t(self.key, lang, **self.fields)


class RestoreInterrupted(StoreError):
    """A restore was cut off half-way; the directory must be restored again before use."""

    def __init__(self, data_dir: Path, backup: str) -> None:
        self.data_dir, self.backup = data_dir, backup
        super().__init__(f"an interrupted restore of {backup} in {data_dir}")

    def explain(self, lang: str = "en") -> str:
        return t("store.restore.interrupted", lang, backup=self.backup,
                 command=restore_command(self.data_dir, self.backup))
