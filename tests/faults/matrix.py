"""The fault matrix: every writing operation of the store under every fault, and the one
invariant checked after each.

Faults: a kill at a random file-system step (a forked child that ``os._exit`` s there, as
SIGKILL would leave it), and ENOSPC, EIO and EROFS raised at a random step in-process
(``os.open``, ``os.fsync``, ``os.replace``, ``os.unlink``, ``os.mkdir``: the calls every
write of coach goes through; Python's file objects write through C, not ``os.write``).
The invariant, after the next open (which finishes or undoes an interrupted journal): the
store is wholly before or wholly after the operation (wholly after if it said it was done),
every save acknowledged before the fault is there, every file opens in stock TinyDB, and
`coach check` finds nothing serious, no temp file and no journal left.

``run_matrix()`` returns one row per (operation, fault); ``scripts/faults_table.py`` prints
them, ``tests/faults/test_fault_matrix.py`` asserts them.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from coach.domain.conversations import Conversation, ConversationKind, Entry
from coach.domain.goals import Goal, GoalScope, GoalType
from coach.domain.people import Person
from coach.store import Store, StoreError
from coach.store.backups import list_backups, make_backup, restore
from coach.store.check import check
from coach.store.layout import conversation_path
from tests.store.killing import (
    copy_dir,
    fingerprint,
    readable_by_stock_tinydb,
    run_in_child,
)

STEPS = ("open", "fsync", "replace", "unlink", "mkdir")
ERRNOS = {"ENOSPC": errno.ENOSPC, "EIO": errno.EIO, "EROFS": errno.EROFS}


@dataclass
class Row:
    operation: str
    fault: str
    tried: int = 0
    survived: int = 0
    failures: list[str] = field(default_factory=list)


# the data every operation starts from -------------------------------------------------------
def make_team(folder: Path) -> dict:
    """Three people, a few conversations with notes, goals and a backup."""
    ids: dict = {"people": [], "conversations": []}
    with Store.open(folder, backup=False) as store:
        for n, name in enumerate(("Kari Nordmann", "Ola Hansen", "Åse Ørnø")):
            person = Person(name, role="rådgiver")
            store.save_person(person)
            ids["people"].append(person.id)
            store.save_goal(Goal(person.id, f"Mål {n}", GoalType.DEVELOPMENT,
                                 GoalScope.PROFESSIONAL))
            for m in range(2):
                conv = Conversation(person.id, ConversationKind.FOLLOW_UP, "follow-up",
                                    language="nb", title=f"Samtale {m}")
                store.save_conversation(conv)
                ids["conversations"].append(conv.id)
                for k in range(3):
                    store.save_entry(Entry(conv.id, f"notat {n}.{m}.{k} æøå", "s"))
    make_backup(folder)
    return ids


# the operations -----------------------------------------------------------------------------
Ack = Callable[[str], None]


def op_autosave(folder: Path, ids: dict, ack: Ack) -> None:
    """The app's autosave: one draft note saved again and again as it grows."""
    conv_id = ids["conversations"][0]
    with Store.open(folder, backup=False) as store:
        draft = Entry(conv_id, "", "s", id="d0000000-0000-4000-8000-000000000001")
        for i in range(6):
            draft.text += f" ord{i}"
            store.save_entry(draft)
            ack(draft.text)


def op_first_save(folder: Path, ids: dict, ack: Ack) -> None:
    """A new conversation's first save: its file, then its row in the index."""
    with Store.open(folder, backup=False) as store:
        conv = Conversation(ids["people"][1], ConversationKind.CHECK_IN, "check-in",
                            id="c0000000-0000-4000-8000-000000000001")
        store.save_conversation(conv)


def op_goal(folder: Path, ids: dict, ack: Ack) -> None:
    with Store.open(folder, backup=False) as store:
        store.save_goal(Goal(ids["people"][2], "Nytt mål", GoalType.WORK,
                             GoalScope.PROFESSIONAL, id="g0000000-0000-4000-8000-000000000001"))


def op_forget(folder: Path, ids: dict, ack: Ack) -> None:
    with Store.open(folder, backup=False) as store:
        store.forget_person(ids["people"][0])


def op_retention(folder: Path, ids: dict, ack: Ack) -> None:
    with Store.open(folder, backup=False) as store:
        store.delete_conversations(ids["conversations"][::2])


def op_demo_force(folder: Path, ids: dict, ack: Ack) -> None:
    from coach.cli import main

    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink), \
            contextlib.redirect_stderr(sink):
        code = main(["--data-dir", str(folder), "--lang", "en", "demo", "--force",
                     "--people", "2", "--years", "1", "--seed", "5"])
    if code != 0:
        raise RuntimeError(f"demo exited {code}")


def op_restore(folder: Path, ids: dict, ack: Ack) -> None:
    restore(folder, list_backups(folder)[0].name)


def op_backup(folder: Path, ids: dict, ack: Ack) -> None:
    with Store.open(folder, backup=False) as store:
        store.backup_now()


def op_repair(folder: Path, ids: dict, ack: Ack) -> None:
    from coach.store.repair import repair

    repair(folder)


def _before_restore(folder: Path, ids: dict) -> None:
    with Store.open(folder, backup=False) as store:
        store.forget_person(ids["people"][2])


def _before_repair(folder: Path, ids: dict) -> None:
    """A Syncthing conflict copy of a conversation with one more note in it."""
    path = conversation_path(folder, ids["conversations"][1])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"]["99"] = dict(next(iter(data["entries"].values())),
                                 id="e0000000-0000-4000-8000-000000000009",
                                 text="fra den andre maskinen")
    copy = path.with_name(f"{path.stem}.sync-conflict-20261201-101010-ABCDEFG.json")
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    copy.chmod(0o600)


@dataclass(frozen=True)
class Operation:
    name: str
    run: Callable[[Path, dict, Ack], None]
    prepare: Callable[[Path, dict], None] | None = None


OPERATIONS = (
    Operation("autosave (a growing draft)", op_autosave),
    Operation("first save of a conversation", op_first_save),
    Operation("save a goal (person file)", op_goal),
    Operation("forget", op_forget),
    Operation("retention --delete", op_retention),
    Operation("demo --force", op_demo_force),
    Operation("restore", op_restore, _before_restore),
    Operation("backup", op_backup),
    Operation("check --repair (a conflict copy)", op_repair, _before_repair),
)


# faults -------------------------------------------------------------------------------------
@contextlib.contextmanager
def seeded_ids(seed: int = 99) -> Iterator[None]:
    rng = random.Random(seed)
    real = uuid.uuid4
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)  # type: ignore
    try:
        yield
    finally:
        uuid.uuid4 = real  # type: ignore[assignment]


@contextlib.contextmanager
def failing_step(at: int, code: int, counter: list[int]) -> Iterator[None]:
    """``OSError(code)`` raised by the ``at``-th call of the os functions in STEPS."""
    reals = {name: getattr(os, name) for name in STEPS}

    def wrap(name):
        real = reals[name]

        def hooked(*args, **kw):
            counter[0] += 1
            if counter[0] == at:
                raise OSError(code, os.strerror(code))
            return real(*args, **kw)
        return hooked

    for name in STEPS:
        setattr(os, name, wrap(name))
    try:
        yield
    finally:
        for name, real in reals.items():
            setattr(os, name, real)


def observe(folder: Path, ids: dict, operation: Operation) -> object:
    """What "before" and "after" are judged by: ids in every file, and for the autosave
    the draft's text."""
    state: dict = {"files": fingerprint(folder)}
    if operation.run is op_autosave:
        with Store.open(folder, read_only=True) as store:
            drafts = [e.text for e in store.entries(ids["conversations"][0])
                      if e.id.startswith("d0000000")]
        state["draft"] = drafts[0] if drafts else None
    return state


def verify(folder: Path, ids: dict, operation: Operation, before: object, after: object,
           done: bool, acked: list[str]) -> str | None:
    """None if the invariant holds, else what broke."""
    try:
        Store.open(folder, backup=False).close()  # finishes or undoes a journal
    except StoreError as exc:
        return f"the next open fails: {exc}"
    state = observe(folder, ids, operation)
    if operation.run is op_autosave:
        draft = state.pop("draft")  # type: ignore[union-attr]
        if acked and (draft is None or not draft.startswith(acked[-1])):
            return f"an acknowledged save is lost: {acked[-1]!r} -> {draft!r}"
        if state != {"files": before["files"]} and state != {"files": after["files"]}:
            return "neither before nor after"
    elif done and state != after:
        return "said done, but the store is not wholly after"
    elif state not in (before, after):
        return "neither wholly before nor wholly after"
    try:
        readable_by_stock_tinydb(folder)
    except Exception as exc:  # noqa: BLE001 - any failure is the finding
        return f"stock TinyDB cannot read it: {exc!r}"
    report = check(folder)
    bad = report.serious + report.of_kind("stray_temp", "journal", "backup_damaged")
    if bad:
        return "; ".join(f.explain("en") for f in bad)
    return None


def run_matrix(work: Path, *, kills: int = 4, per_errno: int = 3, seed: int = 1,
               operations: tuple[Operation, ...] = OPERATIONS) -> list[Row]:
    rng = random.Random(seed)
    rows: list[Row] = []
    base = work / "base"
    ids = make_team(base)
    for operation in operations:
        source = copy_dir(base, work / "source")
        if operation.prepare is not None:
            operation.prepare(source, ids)
        before = observe(source, ids, operation)
        reference = copy_dir(source, work / "reference")
        counter = [0]
        with seeded_ids(), failing_step(0, 0, counter):
            operation.run(reference, ids, lambda _: None)
        total = counter[0]
        after = observe(reference, ids, operation)
        # kills, in a forked child
        row = Row(operation.name, "kill (SIGKILL-like, random step)")
        for k in sorted(rng.sample(range(1, total + 1), min(kills, total))):
            folder = copy_dir(source, work / "faulted")
            acks = work / "acks"
            acks.write_bytes(b"")
            fd = os.open(acks, os.O_WRONLY | os.O_APPEND)
            try:
                def child(folder=folder, fd=fd, run=operation.run):
                    run(folder, ids, lambda text: os.write(fd, text.encode() + b"\n"))
                code, _ = run_in_child(child, kill_at=k)
            finally:
                os.close(fd)
            acked = acks.read_text(encoding="utf-8").splitlines()
            row.tried += 1
            problem = verify(folder, ids, operation, before, after, code == 0, acked)
            if problem is None and code not in (0, 99):
                problem = f"the child failed (exit {code})"
            if problem is None:
                row.survived += 1
            else:
                row.failures.append(f"kill at step {k}/{total}: {problem}")
        rows.append(row)
        # errors, in-process
        for name, code in ERRNOS.items():
            row = Row(operation.name, f"{name} (injected at a random step)")
            for k in sorted(rng.sample(range(1, total + 1), min(per_errno, total))):
                folder = copy_dir(source, work / "faulted")
                acked: list[str] = []
                done = False
                try:
                    with seeded_ids(), failing_step(k, code, [0]):
                        operation.run(folder, ids, acked.append)
                    done = True
                except (OSError, StoreError, RuntimeError):
                    pass
                row.tried += 1
                problem = verify(folder, ids, operation, before, after, done, acked)
                if problem is None:
                    row.survived += 1
                else:
                    row.failures.append(f"{name} at step {k}/{total}: {problem}")
            rows.append(row)
    shutil.rmtree(work, ignore_errors=True)
    return rows


def format_table(rows: list[Row]) -> str:
    lines = ["| operation | fault | tried | survived |", "|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row.operation} | {row.fault} | {row.tried} | {row.survived} |")
    total = sum(r.tried for r in rows)
    ok = sum(r.survived for r in rows)
    lines.append(f"| **all** | | **{total}** | **{ok}** |")
    return "\n".join(lines)


# damaged files, a vanished lock, a real full file system ------------------------------------
def _damage(path: Path, how: str) -> None:
    if how == "folder in its place":
        path.unlink()
        path.mkdir()
        return
    raw = path.read_bytes()
    if how == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(b"\x00\xffnot json at all")
    elif how == "one flipped byte":
        data = bytearray(raw)
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))


def _targets(folder: Path, ids: dict) -> dict[str, Path]:
    return {
        "the index (coach.json)": folder / "coach.json",
        "a person file": folder / "people" / f"{ids['people'][0]}.json",
        "a conversation file": conversation_path(folder, ids["conversations"][0]),
        "a backup zip": list_backups(folder)[0].path,
        "the lock's side file": folder / "coach.lock.json",
        "an interrupted journal": folder / "journal.json",
    }


def run_damage(work: Path) -> list[Row]:
    """Each kind of file damaged each way: nothing crashes, `coach check` names it, the
    store refuses it with a message (or, for files it can do without, carries on), and
    `check --repair` fixes it from the newest good backup or lists it."""
    from coach.faults import describe
    from coach.store.repair import repair

    base = work / "base"
    ids = make_team(base)
    make_backup(base, day=__import__("datetime").date(2026, 1, 1))
    rows = []
    for kind in _targets(base, ids):
        row = Row(f"damaged: {kind}", "truncated, empty, garbage, flipped byte, a folder")
        for how in ("truncated", "empty", "garbage", "one flipped byte",
                    "folder in its place"):
            folder = copy_dir(base, work / "damaged")
            target = _targets(folder, ids)[kind]
            if not target.exists():
                target.write_bytes(b'{"op": "forget", "changes": [{"path": "coach.json", '
                                   b'"staged": "1"}]}')
            _damage(target, how)
            row.tried += 1
            try:
                report = check(folder)
                named = any(f.path == target for f in report.findings)
                harmless = kind == "the lock's side file" or (
                    kind == "a backup zip" and how == "one flipped byte" and report.clean)
                if not named and not harmless:
                    raise AssertionError(f"check does not name it ({how})")
                try:
                    Store.open(folder, backup=False).close()
                except (StoreError, OSError) as exc:  # one line, never a traceback
                    assert describe(exc, "nb") and describe(exc, "en"), repr(exc)
                try:
                    result = repair(folder)
                except (StoreError, OSError) as exc:  # what it cannot fix, in one line
                    assert describe(exc, "nb") and describe(exc, "en"), repr(exc)
                    row.survived += 1
                    continue
                left = [f for f in result.after.findings if f.kind != "backup_damaged"]
                if left and not all(f.path == target for f in left):
                    raise AssertionError(f"repair left {[f.explain('en') for f in left]}")
                if not left:
                    Store.open(folder, backup=False).close()
                    readable_by_stock_tinydb(folder)
                row.survived += 1
            except Exception as exc:  # noqa: BLE001 - a crash is the finding
                row.failures.append(f"{how}: {exc!r}")
        rows.append(row)
    shutil.rmtree(work, ignore_errors=True)
    return rows


def run_vanished_lock(work: Path) -> list[Row]:
    """The lock file deleted or replaced while coach holds it: the next write stops with
    StoreLockLost, nothing more is written, every save before it is there."""
    from coach.store import StoreLockLost

    rows = []
    for what in ("deleted", "replaced"):
        row = Row("autosave (a growing draft)", f"lock file {what} while held")
        for _ in range(3):
            folder = work / "lock"
            shutil.rmtree(folder, ignore_errors=True)
            ids = make_team(folder)
            row.tried += 1
            store = Store.open(folder, backup=False)
            draft = Entry(ids["conversations"][0], "før", "s")
            store.save_entry(draft)
            (folder / "coach.lock").unlink()
            if what == "replaced":
                (folder / "coach.lock").write_bytes(b"")
            before = fingerprint(folder)
            try:
                draft.text = "etter"
                store.save_entry(draft)
                problem = "a write went through"
            except StoreLockLost:
                problem = None
            store.close()
            if problem is None and fingerprint(folder) != before:
                problem = "a file changed after the lock was lost"
            with Store.open(folder, read_only=True) as again:
                texts = [e.text for e in again.entries(ids["conversations"][0])]
            if problem is None and "før" not in texts:
                problem = "the acknowledged save is gone"
            if problem is None and check(folder).serious:
                problem = "check finds problems"
            if problem is None:
                row.survived += 1
            else:
                row.failures.append(problem)
        rows.append(row)
    shutil.rmtree(work, ignore_errors=True)
    return rows


def run_real_full_disk(work: Path, mount: Callable) -> list[Row]:
    """Every operation on a real tmpfs filled to the last byte; then space is freed and the
    invariant checked. ``mount`` is a context manager making the tmpfs (it skips where a
    tmpfs cannot be mounted)."""
    from tests.faults.small_fs import fill_up

    rows = []
    with mount(work / "mnt") as mnt:
        base = mnt / "base"
        ids = make_team(base)
        for operation in OPERATIONS:
            if operation.run is op_demo_force:
                continue  # needs more room than the tmpfs has even when empty
            source = copy_dir(base, mnt / "source")
            if operation.prepare is not None:
                operation.prepare(source, ids)
            before = observe(source, ids, operation)
            reference = copy_dir(source, mnt / "reference")
            with seeded_ids():
                operation.run(reference, ids, lambda _: None)
            after = observe(reference, ids, operation)
            shutil.rmtree(reference)
            row = Row(operation.name, "ENOSPC (a real full tmpfs)")
            folder = copy_dir(source, mnt / "full")
            filler = fill_up(mnt)
            acked: list[str] = []
            done = False
            try:
                with seeded_ids():
                    operation.run(folder, ids, acked.append)
                done = True
            except (OSError, StoreError, RuntimeError):
                pass
            filler.unlink()
            row.tried += 1
            problem = verify(folder, ids, operation, before, after, done, acked)
            if problem is None:
                row.survived += 1
            else:
                row.failures.append(problem)
            rows.append(row)
            shutil.rmtree(folder)
            shutil.rmtree(source)
    return rows
