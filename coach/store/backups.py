"""Rotating backups (one zip a day, the newest N kept) and restoring one of them.

A backup is made only after every store file has been read and parsed, so a damaged store
never pushes good backups out of the rotation. Files are only ever replaced atomically, so
reading them while the writer works sees each file whole.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coach.store.errors import (
    BackupError,
    BackupRefused,
    StoreCorrupt,
)
from coach.store.files import (
    atomic_output,
    ensure_private_dir,
    remove_file,
    unique_path,
)
from coach.store.layout import (
    BACKUP_DIR,
    CONVERSATION_TABLES,
    CONVERSATIONS_DIR,
    INDEX_FILE,
    INDEX_TABLES,
    PERSON_TABLES,
    RESTORE_MARKER,
    SCHEMA_VERSION,
    data_files,
    is_store_member,
)
from coach.store.lock import take_writer_lock
from coach.store.storage import parse

DEFAULT_KEEP = 14
DAILY_PREFIX = "coach-"
PRE_RESTORE_PREFIX = "pre-restore-"
#: The daily backups, the only ones rotation ever deletes. A backup made before a
#: destructive operation (``coach-DATE-before-demo-HHMMSS.zip``, ``pre-restore-*.zip``) has
#: a name of its own and is kept until the user deletes it.
DAILY_NAME = re.compile(r"^coach-\d{4}-\d{2}-\d{2}\.zip$")


def is_daily(name: str) -> bool:
    return bool(DAILY_NAME.match(name))


@dataclass(frozen=True)
class BackupInfo:
    name: str
    path: Path
    created: datetime
    size: int


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def daily_name(day: date) -> str:
    return f"{DAILY_PREFIX}{day.isoformat()}.zip"


def tables_for(member: str) -> tuple[str, ...]:
    if member == INDEX_FILE:
        return INDEX_TABLES
    return CONVERSATION_TABLES if member.startswith(CONVERSATIONS_DIR) else PERSON_TABLES


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup zip, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    out = []
    for path in folder.iterdir():
        if path.suffix == ".zip" and not path.name.startswith("."):
            st = path.stat()
            out.append(BackupInfo(path.name, path, datetime.fromtimestamp(st.st_mtime),
                                  st.st_size))
    out.sort(key=lambda b: (b.created, b.name), reverse=True)
    return out


def read_members(data_dir: Path, parsed: dict | None = None) -> list[tuple[str, bytes]]:
    """(relative name, bytes) of every store file, each parsed: StoreCorrupt if one fails.
    ``parsed``, if given, receives each member's parsed data."""
    out = []
    for path in data_files(data_dir):
        member = path.relative_to(data_dir).as_posix()
        try:
            raw = path.read_bytes()
        except FileNotFoundError:  # deleted (forget_person) since it was listed
            continue
        data = parse(raw, path, tables_for(member))
        if parsed is not None:
            parsed[member] = data
        out.append((member, raw))
    return out


def verified_members(data_dir: Path) -> list[tuple[str, bytes]]:
    """Every store file, parsed and checked for consistency (rows match files, references
    resolve): StoreCorrupt for a damaged file, BackupRefused if they do not add up."""
    # lazy: start-up -- `coach --version` and `coach search` load this module for its
    # listing of backups; checking and restoring need these (and what they load).
    from coach.store.conflicts import has_merge_markers
    from coach.store.consistency import consistency_findings

    parsed: dict = {}
    members = read_members(data_dir, parsed)
    names = {m for m, _ in members}
    index = parsed.get(INDEX_FILE, {})
    problems = [f for f in consistency_findings(data_dir, parsed) if f.serious]
    for row in index.get("conversations", {}).values():
        if f"{CONVERSATIONS_DIR}/{row.get('id')}.json" not in names:
            problems.append(row)
    if problems or any(has_merge_markers(raw) for _, raw in members):
        raise BackupRefused(data_dir, max(len(problems), 1))
    return members


def _write_zip(target: Path, members: list[tuple[str, bytes]]) -> BackupInfo:
    import zipfile  # lazy: start-up (~4 ms; opening a store only looks for today's name)

    ensure_private_dir(target.parent)
    stamp = datetime.now().timetuple()[:6]
    with atomic_output(target) as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, raw in members:
            info = zipfile.ZipInfo(member, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zf.writestr(info, raw)
    st = target.stat()
    return BackupInfo(target.name, target, datetime.fromtimestamp(st.st_mtime), st.st_size)


def backup_before(data_dir: Path, op: str,
                  members: list[tuple[str, bytes]] | None = None) -> BackupInfo:
    """A backup made before a destructive operation ``op``, under a name of its own
    (``coach-2026-12-01-before-demo-093012.zip``): never overwritten, never rotated."""
    now = datetime.now()
    if members is None:
        members = verified_members(data_dir)
    stem = f"{DAILY_PREFIX}{now.date().isoformat()}-before-{op}-{now.strftime('%H%M%S')}"
    return _write_zip(unique_path(backup_dir(data_dir), stem), members)


def rotate(data_dir: Path, prefix: str, keep: int) -> list[str]:
    """Delete all but the newest ``keep`` daily backups (only daily ones are rotated)."""
    names = sorted(b.name for b in list_backups(data_dir)
                   if b.name.startswith(prefix) and is_daily(b.name))
    doomed = names[:-keep] if keep > 0 else names
    for name in doomed:
        remove_file(backup_dir(data_dir) / name)
    return doomed


def make_backup(data_dir: Path, *, keep: int = DEFAULT_KEEP, day: date | None = None,
                ) -> BackupInfo:
    """Verify every file (each parses, together they add up), then write (or replace) the
    day's zip and rotate. StoreCorrupt or BackupRefused, and nothing written, otherwise."""
    members = verified_members(data_dir)
    info = _write_zip(backup_dir(data_dir) / daily_name(day or date.today()), members)
    rotate(data_dir, DAILY_PREFIX, keep)
    return info


def has_backup_for(data_dir: Path, day: date) -> bool:
    return (backup_dir(data_dir) / daily_name(day)).exists()


def validate(info: BackupInfo) -> list[tuple[str, bytes]]:
    """The members of a backup zip, each read (CRC checked) and parsed; BackupError if
    anything is off, whatever the damage (a flipped byte is a zlib error, not a crash)."""
    def bad(reason: str) -> BackupError:
        return BackupError("backup.invalid", name=info.name, reason=reason)

    import zipfile  # lazy: start-up (as in _write_zip)

    try:
        with zipfile.ZipFile(info.path) as zf:
            broken = zf.testzip()
            if broken is not None:
                raise bad(f"{broken} fails its checksum")
            members = [(n, zf.read(n)) for n in zf.namelist() if not n.endswith("/")]
    except BackupError:
        raise
    except Exception as exc:  # BadZipFile, zlib.error, EOFError, OSError, bad names...
        raise bad(str(exc) or type(exc).__name__) from None
    names = [n for n, _ in members]
    if INDEX_FILE not in names:
        raise bad(f"{INDEX_FILE} is missing")
    for member, raw in members:
        if not is_store_member(member):
            raise bad(f"unexpected file {member!r}")
        try:
            data = parse(raw, Path(member), tables_for(member))
        except StoreCorrupt as exc:
            raise bad(f"{member}: {exc.reason}") from None
        if member == INDEX_FILE:
            versions = [d.get("schema_version") for d in data["meta"].values()]
            if any(isinstance(v, int) and v > SCHEMA_VERSION for v in versions):
                raise bad("written by a newer coach")
    return members


def newest_good_backup(data_dir: Path) -> str | None:
    """The newest daily backup that passes validation (else the newest other one), by name."""
    backups = list_backups(data_dir)
    backups.sort(key=lambda b: not is_daily(b.name))
    for info in backups:
        try:
            validate(info)
        except BackupError:
            continue
        return info.name
    return None


def resolve(data_dir: Path, name: str) -> BackupInfo:
    """A backup by exact name, name without .zip, or unique prefix."""
    backups = list_backups(data_dir)
    for info in backups:
        if name in (info.name, info.name.removesuffix(".zip")):
            return info
    matches = [b for b in backups if b.name.startswith(name)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise BackupError("backup.not_found", name=name)
    raise BackupError("backup.ambiguous", name=name,
                      matches=", ".join(sorted(b.name for b in matches)))


def restore(data_dir: Path, name: str, *, keep: int = DEFAULT_KEEP) -> tuple[BackupInfo, str]:
    """Replace the store with a backup; returns (restored, name of the pre-restore backup).

    Takes the writer's lock (StoreLocked if another coach runs). The backup is read whole
    and checked first; the current files, damaged or not, are then kept as a pre-restore
    backup under a name of its own. The files are replaced through one journal, so a kill
    leaves the old store or the restored one, never a mix (``journal.py``).
    """
    data_dir = Path(data_dir)
    info = resolve(data_dir, name)
    members = validate(info)
    from coach.store.journal import Journal, recover  # lazy: start-up (see verified_members)

    ensure_private_dir(data_dir)
    lock = take_writer_lock(data_dir)
    try:
        recover(data_dir)
        current = [(p.relative_to(data_dir).as_posix(), p.read_bytes())
                   for p in data_files(data_dir)]
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = _write_zip(unique_path(backup_dir(data_dir), f"{PRE_RESTORE_PREFIX}{stamp}"),
                          current)
        journal = Journal(data_dir, "restore")
        try:
            wanted = set()
            for member, raw in members:
                journal.write(member, raw)
                wanted.add(member)
            for path in data_files(data_dir):
                member = path.relative_to(data_dir).as_posix()
                if member not in wanted:
                    journal.delete(member)
            lock.verify()
        except BaseException:
            journal.discard()
            raise
        journal.commit()
        remove_file(data_dir / RESTORE_MARKER)  # an older coach's, if any: this restore won
    finally:
        lock.release()
    return info, kept.name


def read_restore_marker(data_dir: Path) -> str | None:
    """The backup an interrupted restore was restoring, if one was cut off."""
    try:
        raw = (data_dir / RESTORE_MARKER).read_bytes()
    except FileNotFoundError:
        return None
    try:
        return str(json.loads(raw)["backup"])
    except (ValueError, KeyError, TypeError):
        return "?"

