"""`coach check`: is the data directory whole? (like ``git fsck`` or SQLite's
``integrity_check``).

:func:`check` reads every file and reports :class:`Finding` s: a file that does not parse,
a reference that does not resolve, an index row that does not match its conversation file,
a file no row points at, a stray temp file, a sync tool's conflict copy, git merge markers,
a mode that is not private, a backup that fails its CRC or does not parse, an interrupted
journal. ``quick=True`` is the cheap part the app runs at start-up: folder listings and the
index only, no person, conversation or backup file read.

:func:`consistency_findings` works on files already parsed, so that ``backup`` can refuse to
replace a good backup with a store that fails the check without reading anything twice.
Repair is in ``repair.py``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from coach.i18n import t
from coach.store import backups as _backups
from coach.store.conflicts import conflict_names, conflict_of, has_merge_markers
from coach.store.consistency import SERIOUS, Finding, _Collector, consistency_findings  # noqa: F401
from coach.store.errors import BackupError, StoreCorrupt
from coach.store.files import is_temp_name, written_by_this_process
from coach.store.layout import (
    BACKUP_DIR,
    CONVERSATIONS_DIR,
    INDEX_FILE,
    JOURNAL_FILE,
    LOCK_FILE,
    OWNER_FILE,
    PEOPLE_DIR,
    STAGING_DIR,
)
from coach.store.storage import Data, parse


@dataclass
class CheckReport:
    data_dir: Path
    findings: list[Finding] = field(default_factory=list)
    files_read: int = 0
    backups_checked: int = 0
    #: The newest backup that was read whole and parsed (full check only).
    newest_good_backup: str | None = None
    quick: bool = False

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def serious(self) -> list[Finding]:
        return [f for f in self.findings if f.serious]

    def of_kind(self, *kinds: str) -> list[Finding]:
        return [f for f in self.findings if f.kind in kinds]


def tables_for(member: str) -> tuple[str, ...]:
    return _backups.tables_for(member)


# the whole check ---------------------------------------------------------------------------
def _mode_bad(st: os.stat_result) -> bool:
    return bool(st.st_mode & 0o077)


def _listing(out: _Collector, folder: Path, *, check_modes: bool) -> list[str]:
    """The folder's names, reporting temps, conflicts and a bad folder mode on the way."""
    try:
        st = os.stat(folder)
        names = sorted(os.listdir(folder))
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        out.add("not_a_file", folder)
        return []
    if check_modes and _mode_bad(st):
        out.add("mode", folder, oct(st.st_mode & 0o777))
    for name in names:
        if is_temp_name(name):
            # The app checks its folder while its own workers write (the search index
            # being made): their temp files are saves in progress, not leftovers.
            if not written_by_this_process(name):
                out.add("stray_temp", folder / name)
        else:
            copy = conflict_of(folder / name)
            if copy is not None:
                out.add("conflict", copy.path, copy.tool)
    return names


def _store_names(names: Iterable[str]) -> list[str]:
    return [n for n in names if n.endswith(".json") and not n.startswith(".")
            and conflict_of(Path(n)) is None]


def _read(out: _Collector, path: Path, member: str, *, check_modes: bool) -> Data | None:
    try:
        st = os.lstat(path)
        if stat.S_ISDIR(st.st_mode):
            out.add("not_a_file", path)
            return None
        if check_modes and _mode_bad(st):
            out.add("mode", path, oct(st.st_mode & 0o777))
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        out.add("damaged", path, exc.strerror or type(exc).__name__)
        return None
    if has_merge_markers(raw):
        out.add("merge_markers", path)
        return None
    try:
        return parse(raw, path, tables_for(member))
    except StoreCorrupt as exc:
        out.add("damaged", path, exc.reason)
        return None


def check(data_dir: Path, *, quick: bool = False, index: Data | None = None) -> CheckReport:
    """Check the data directory (reading only; safe while coach runs).

    ``quick``: folder listings (temps, conflict copies, journal, modes), the index parsed
    (or ``index``, the open store's, taken as read) and every index row's file present; no
    person, conversation or backup file is read.
    """
    data_dir = Path(data_dir)
    out = _Collector(data_dir)
    report = CheckReport(data_dir, quick=quick)
    top = _listing(out, data_dir, check_modes=True)
    if JOURNAL_FILE in top or STAGING_DIR in top:
        out.add("journal", data_dir / (JOURNAL_FILE if JOURNAL_FILE in top else STAGING_DIR))
    for name in (LOCK_FILE, OWNER_FILE):
        if name in top and (data_dir / name).is_dir():
            out.add("not_a_file", data_dir / name)
    parsed: dict[str, Data] = {}
    if index is not None and quick:
        parsed[INDEX_FILE] = index
    elif INDEX_FILE in top:
        data = _read(out, data_dir / INDEX_FILE, INDEX_FILE, check_modes=True)
        report.files_read += 1
        if data is not None:
            parsed[INDEX_FILE] = data
    listed: dict[str, list[str]] = {}
    for sub in (PEOPLE_DIR, CONVERSATIONS_DIR):
        listed[sub] = _store_names(_listing(out, data_dir / sub, check_modes=True))
    if quick:
        index = parsed.get(INDEX_FILE)
        if index is not None:
            present = {n[:-5] for n in listed[CONVERSATIONS_DIR]}
            for row in index.get("conversations", {}).values():
                if row.get("id") not in present:
                    out.add("missing_file",
                            data_dir / CONVERSATIONS_DIR / f"{row.get('id')}.json")
        report.findings = out.findings
        return report
    for sub, names in listed.items():
        for name in names:
            member = f"{sub}/{name}"
            data = _read(out, data_dir / sub / name, member, check_modes=True)
            report.files_read += 1
            if data is not None:
                parsed[member] = data
    index = parsed.get(INDEX_FILE)
    if index is not None:
        present = {n[:-5] for n in listed[CONVERSATIONS_DIR]}
        for row in index.get("conversations", {}).values():
            if row.get("id") not in present:
                out.add("missing_file", data_dir / CONVERSATIONS_DIR / f"{row.get('id')}.json")
    out.findings.extend(consistency_findings(data_dir, parsed))
    _check_backups(out, report)
    report.findings = out.findings
    return report


def _check_backups(out: _Collector, report: CheckReport) -> None:
    """Every backup zip read whole (CRC) and parsed; the newest good one remembered."""
    folder = report.data_dir / BACKUP_DIR
    _listing(out, folder, check_modes=True)
    good: list[_backups.BackupInfo] = []
    for info in _backups.list_backups(report.data_dir):
        report.backups_checked += 1
        try:
            st = info.path.stat()
            if _mode_bad(st):
                out.add("mode", info.path, oct(st.st_mode & 0o777))
            _backups.validate(info)
        except BackupError as exc:
            out.add("backup_damaged", info.path, str(exc.fields.get("reason", "")))
            continue
        except OSError as exc:
            out.add("backup_damaged", info.path, exc.strerror or type(exc).__name__)
            continue
        good.append(info)
    good.sort(key=lambda b: not _backups.is_daily(b.name))
    report.newest_good_backup = good[0].name if good else None


def conflicts_line(data_dir: Path, lang: str) -> str | None:
    """One line for the home screen naming the conflict copies, or None if there are none."""
    names = conflict_names(data_dir)
    if not names:
        return None
    return t("sync.conflicts", lang, count=len(names), names=", ".join(names))
