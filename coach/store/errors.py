"""Errors the store raises; each can explain itself to a user in either language."""

from __future__ import annotations

import shlex
from pathlib import Path

from coach.errors import Explained
from coach.i18n import t
from coach.i18n.formats import format_moment


def restore_command(data_dir: Path, backup: str) -> str:
    """The exact command that restores ``backup`` into ``data_dir``."""
    return f"coach --data-dir {shlex.quote(str(data_dir))} restore {shlex.quote(backup)}"


class StoreError(Explained):
    """Base class. ``explain(lang)`` gives the message a user reads."""


class StoreLocked(StoreError):
    """Another coach process holds the data directory."""

    def __init__(self, data_dir: Path, pid: int | None, since: str | None,
                 program: str | None = None, host: str | None = None) -> None:
        self.data_dir, self.pid, self.since, self.program = data_dir, pid, since, program
        self.host = host
        super().__init__(f"{data_dir} is in use by process {pid} since {since}")

    def explain(self, lang: str = "en") -> str:
        if self.pid is None:
            return t("store.locked.unknown", lang, dir=self.data_dir)
        return t("store.locked", lang, dir=self.data_dir, pid=self.pid,
                 since=format_moment(self.since, lang))


#: Why a store is open read-only (``ReadOnlyReason.kind``).
READ_ONLY_KINDS = ("requested", "other_machine", "folder", "filesystem", "lock_lost",
                   "unfinished")


class ReadOnlyReason:
    """Why a store is open read-only, in a form both the CLI and the app can show.

    ``kind`` is one of ``READ_ONLY_KINDS``: ``requested`` (the caller asked), ``other_machine``
    (the lock file is held by coach on another machine: ``host``), ``folder`` (the user made
    the data directory read-only, e.g. ``chmod 500``), ``filesystem`` (mounted read-only) or
    ``lock_lost`` (the lock file vanished or was replaced while held: ``what``) or
    ``unfinished`` (a change of several files failed half-way and could not be finished
    now; the next open finishes it).
    """

    def __init__(self, kind: str, data_dir: Path, **fields: object) -> None:
        if kind not in READ_ONLY_KINDS:
            raise ValueError(kind)
        self.kind, self.data_dir, self.fields = kind, data_dir, fields

    def explain(self, lang: str = "en") -> str:
        return t(f"store.read_only.{self.kind}", lang, dir=self.data_dir, **self.fields)

    def __repr__(self) -> str:
        return f"ReadOnlyReason({self.kind!r}, {self.fields!r})"


class StoreReadOnly(StoreError):
    """A write was attempted on a store opened read-only (``reason`` says why, if known)."""

    def __init__(self, data_dir: Path, reason: ReadOnlyReason | None = None) -> None:
        self.data_dir, self.reason = data_dir, reason
        super().__init__(f"{data_dir} is open read-only"
                         + (f" ({reason.kind})" if reason is not None else ""))

    def explain(self, lang: str = "en") -> str:
        if self.reason is not None and self.reason.kind != "requested":
            return self.reason.explain(lang)
        return t("store.read_only", lang, dir=self.data_dir)


class StoreLockLost(StoreReadOnly):
    """The lock file vanished or was replaced while this store held it: writing stopped.

    Another coach may have taken the directory meanwhile; writing on would overwrite its
    changes, so the store refuses every write from here on. ``what`` is ``vanished`` or
    ``replaced``.
    """

    def __init__(self, data_dir: Path, what: str) -> None:
        self.what = what
        super().__init__(data_dir, ReadOnlyReason("lock_lost", data_dir, what=what))

    def explain(self, lang: str = "en") -> str:
        return t(f"store.lock_lost.{self.what}", lang, dir=self.data_dir)


class StoreLockSymlink(StoreError):
    """``coach.lock`` is a symbolic link: refused, as following it could lock (or create) a
    file anywhere."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} is a symbolic link")

    def explain(self, lang: str = "en") -> str:
        return t("store.lock.symlink", lang, path=self.path)


class StoreFolderRefused(StoreError):
    """A data (or cache) folder owned by another account: coach will not use it."""

    def __init__(self, path: Path, owner: str) -> None:
        self.path, self.owner = path, owner
        super().__init__(f"{path} belongs to {owner}")

    def explain(self, lang: str = "en") -> str:
        return t("store.folder.foreign", lang, path=self.path, owner=self.owner)


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


class BackupRefused(StoreError):
    """The store fails the consistency check: a backup of it must not push out a good one."""

    def __init__(self, data_dir: Path, count: int) -> None:
        self.data_dir, self.count = data_dir, count
        super().__init__(f"{data_dir} fails the consistency check ({count} problems)")

    def explain(self, lang: str = "en") -> str:
        return t("store.backup.refused", lang, count=self.count)
