"""`coach check --repair`: fix what can be fixed from the files and the newest good backup.

Under the writer lock (StoreLocked while coach runs), in this order, each step atomic:

1. an interrupted journal is finished or undone (as any open would);
2. stray temp files are deleted, modes made private;
3. conflict copies (Syncthing, Nextcloud, Dropbox) and git merge markers are merged into
   their file entry by entry (``merging.py``) and the copy deleted; a copy whose file is
   gone takes its place;
4. a damaged file is replaced by its copy in the newest good backup (the damaged one is
   kept beside the backups as ``damaged-<name>-<time>``, never lost);
5. a conversation row whose file is gone takes the file from the newest good backup, or is
   dropped; a file no row points at is taken into the index when its person is known; rows
   that do not match their file are rebuilt from the file.

What is left is checked again and listed: those need a person to decide.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from coach.i18n import t
from coach.paths import ForeignFolder, private_dir
from coach.store import backups as _backups
from coach.store.check import CheckReport, check
from coach.store.conflicts import conflict_of, split_merge
from coach.store.errors import (
    BackupError,
    ReadOnlyReason,
    StoreCorrupt,
    StoreFolderRefused,
    StoreReadOnly,
)
from coach.store.files import (
    DIR_MODE,
    FILE_MODE,
    ensure_private_dir,
    remove_file,
    write_atomic,
)
from coach.store.journal import recover
from coach.store.layout import (
    CONVERSATION_TABLES,
    CONVERSATIONS_DIR,
    INDEX_FILE,
    JOURNAL_FILE,
    LOCK_FILE,
    OWNER_FILE,
    PEOPLE_DIR,
    STAGING_DIR,
    is_store_member,
)
from coach.store.lock import take_writer_lock
from coach.store.merging import merge_data
from coach.store.migrations import summary_row
from coach.store.storage import Data, encode, parse


@dataclass(frozen=True)
class Fixed:
    key: str
    fields: dict

    def explain(self, lang: str) -> str:
        return t(self.key, lang, **self.fields)


@dataclass
class RepairReport:
    fixed: list[Fixed] = field(default_factory=list)
    after: CheckReport | None = None


def _member(data_dir: Path, path: Path) -> str:
    return path.relative_to(data_dir).as_posix()


class _Repair:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.report = RepairReport()
        self._backup_members: dict[str, bytes] | None = None
        self._backup_name: str | None = None

    def fixed(self, key: str, **fields: object) -> None:
        self.report.fixed.append(Fixed(key, fields))

    def name(self, path: Path) -> str:
        try:
            return _member(self.data_dir, path)
        except ValueError:
            return str(path)

    # the newest good backup, read once ---------------------------------------------------
    def backup_copy(self, member: str) -> bytes | None:
        if self._backup_members is None:
            self._backup_members = {}
            name = _backups.newest_good_backup(self.data_dir)
            if name is not None:
                info = next(b for b in _backups.list_backups(self.data_dir) if b.name == name)
                try:
                    self._backup_members = dict(_backups.validate(info))
                    self._backup_name = name
                except BackupError:
                    pass
        return self._backup_members.get(member)

    def keep_damaged(self, path: Path) -> None:
        """A copy of a damaged file beside the backups before it is replaced."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = ensure_private_dir(self.data_dir / "backups")
        target = _backups.unique_path(folder, f"damaged-{path.stem}-{stamp}", path.suffix)
        write_atomic(target, path.read_bytes())

    # steps ---------------------------------------------------------------------------------
    def run(self, lang: str) -> None:
        try:
            recovered = recover(self.data_dir)
        except StoreCorrupt:
            recovered = None
            self.drop_journal()
        if recovered is not None:
            self.fixed("check.r.journal", path=JOURNAL_FILE, detail=recovered.explain(lang))
        first = check(self.data_dir)
        for finding in first.of_kind("stray_temp"):
            if remove_file(finding.path):
                self.fixed("check.r.removed", path=finding.name)
        for finding in first.of_kind("mode"):
            os.chmod(finding.path, DIR_MODE if finding.path.is_dir() else FILE_MODE)
            self.fixed("check.r.chmod", path=finding.name)
        for finding in first.of_kind("conflict"):
            self.merge_copy(finding.path)
        for finding in first.of_kind("merge_markers"):
            self.merge_markers(finding.path)
        for finding in check(self.data_dir).of_kind("damaged"):
            self.from_backup(finding.path)
        self.rows()
        self.report.after = check(self.data_dir)

    def drop_journal(self) -> None:
        """A journal that cannot be read cannot be finished: it is kept beside the backups,
        and it and its staged files leave the data directory (the store was only ever
        changed by renames it lists, so the files are each whole, old or new)."""
        journal = self.data_dir / JOURNAL_FILE
        if journal.is_file():
            self.keep_damaged(journal)
            remove_file(journal)
        elif journal.is_dir():
            shutil.rmtree(journal)
        shutil.rmtree(self.data_dir / STAGING_DIR, ignore_errors=True)
        self.fixed("check.r.removed", path=JOURNAL_FILE)

    def _parse(self, path: Path, raw: bytes) -> Data | None:
        member = _member(self.data_dir, path)
        try:
            return parse(raw, path, _backups.tables_for(member))
        except StoreCorrupt:
            return None

    def merge_copy(self, copy_path: Path) -> None:
        copy = conflict_of(copy_path)
        if copy is None:
            return
        original = copy.original
        if original.name == OWNER_FILE:  # who held the lock on the other machine: stale
            remove_file(copy_path)
            self.fixed("check.r.removed", path=self.name(copy_path))
            return
        if not is_store_member(_member(self.data_dir, original)):
            return
        theirs = self._parse(original, copy_path.read_bytes())
        if theirs is None:
            return
        if not original.exists():
            write_atomic(original, encode(theirs))
            remove_file(copy_path)
            self.fixed("check.r.merged", path=self.name(copy_path),
                       target=self.name(original), added=1, updated=0, kept_both=0)
            return
        ours = self._parse(original, original.read_bytes())
        if ours is None:
            return
        merged, stats = merge_data(ours, theirs)
        write_atomic(original, encode(merged))
        remove_file(copy_path)
        self.fixed("check.r.merged", path=self.name(copy_path), target=self.name(original),
                   added=stats.added, updated=stats.updated, kept_both=stats.kept_both)

    def merge_markers(self, path: Path) -> None:
        sides = split_merge(path.read_bytes())
        if sides is None:
            return
        ours, theirs = (self._parse(path, side) for side in sides)
        if ours is None or theirs is None:
            return
        merged, stats = merge_data(ours, theirs)
        self.keep_damaged(path)
        write_atomic(path, encode(merged))
        self.fixed("check.r.merged", path=self.name(path), target=self.name(path),
                   added=stats.added, updated=stats.updated, kept_both=stats.kept_both)

    def from_backup(self, path: Path) -> bool:
        member = self.name(path)
        raw = self.backup_copy(member)
        if raw is None or not path.parent.is_dir():
            return False
        if path.is_file():
            self.keep_damaged(path)
        elif path.exists():
            return False  # a folder in the file's place: for a person to look at
        write_atomic(path, raw)
        self.fixed("check.r.from_backup", path=member, backup=self._backup_name)
        return True

    def rows(self) -> None:
        """Index rows against conversation files (the files are the truth)."""
        index_path = self.data_dir / INDEX_FILE
        try:
            index = parse(index_path.read_bytes(), index_path, _backups.tables_for(INDEX_FILE))
        except (OSError, StoreCorrupt):
            return
        people = {d.get("id") for d in index["people"].values()}
        rows = index["conversations"]
        by_id = {doc.get("id"): doc_id for doc_id, doc in rows.items()}
        folder = self.data_dir / CONVERSATIONS_DIR
        changed = False
        for conv_id, doc_id in list(by_id.items()):
            path = folder / f"{conv_id}.json"
            if not path.exists() and not self.from_backup(path):
                del rows[doc_id]
                del by_id[conv_id]
                changed = True
                self.fixed("check.r.row_dropped", path=self.name(path))
        names = sorted(n for n in os.listdir(folder)) if folder.is_dir() else []
        next_id = max((int(i) for i in rows), default=0) + 1
        for name in names:
            path = folder / name
            if not name.endswith(".json") or conflict_of(path) is not None:
                continue
            try:
                data = parse(path.read_bytes(), path, CONVERSATION_TABLES)
            except (OSError, StoreCorrupt):
                continue
            docs = list(data["conversation"].values())
            if len(docs) != 1 or docs[0].get("id") != name[:-5]:
                continue
            row = summary_row(docs[0])
            doc_id = by_id.get(row["id"])  # type: ignore[assignment]
            if doc_id is None:
                if row["person_id"] in people:
                    rows[str(next_id)] = row
                    by_id[row["id"]] = str(next_id)
                    next_id += 1
                    changed = True
                    self.fixed("check.r.adopted", path=self.name(path))
            elif rows[doc_id] != row:
                rows[doc_id] = row
                changed = True
                self.fixed("check.r.row_rebuilt", path=self.name(path))
        if changed:
            write_atomic(index_path, encode(index))


def repair(data_dir: Path, lang: str = "en") -> RepairReport:
    """Fix what can be fixed (see the module's doc); ``report.after`` is the check after."""
    data_dir = Path(data_dir)
    try:
        state = private_dir(data_dir, create=False)
    except ForeignFolder as exc:
        raise StoreFolderRefused(exc.path, exc.owner) from None
    if state == "missing":  # nothing to repair: the check says what it found
        return RepairReport(after=check(data_dir))
    if state != "writable":
        raise StoreReadOnly(data_dir, ReadOnlyReason(state, data_dir))
    cleared = []
    for name in (LOCK_FILE, OWNER_FILE):  # an empty folder in the lock's place: cleared
        if (data_dir / name).is_dir() and not (data_dir / name).is_symlink():
            try:
                os.rmdir(data_dir / name)
                cleared.append(name)
            except OSError:
                pass  # not empty: the lock refuses it with a message
    lock = take_writer_lock(data_dir)
    try:
        for sub in (PEOPLE_DIR, CONVERSATIONS_DIR):
            if (data_dir / sub).is_dir():
                ensure_private_dir(data_dir / sub)
        job = _Repair(data_dir)
        for name in cleared:
            job.fixed("check.r.removed", path=name)
        job.run(lang)
        return job.report
    finally:
        lock.release()
