"""Kill a forked child at its k-th file-system step, then check what it left.

The child counts the calls that change or sync the disk (open, write through fsync,
replace, rename, unlink, mkdir, rmdir) and at the k-th one dies with ``os._exit`` before
making it: no ``finally`` block runs, no lock is released by hand (the kernel does it), as
with SIGKILL. ``uuid4`` is seeded in every child so that the uninterrupted reference run and
each killed run make the same ids.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from tinydb import TinyDB

from coach.store.layout import data_files

STEPS = ("open", "replace", "rename", "unlink", "mkdir", "rmdir", "fsync")


def _install(kill_at: int | None, counter: list[int]) -> None:
    rng = random.Random(1234)
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)  # type: ignore[assignment]
    for name in STEPS:
        real = getattr(os, name)

        def hooked(*args, _real=real, **kw):
            counter[0] += 1
            if kill_at is not None and counter[0] >= kill_at:
                os._exit(99)
            return _real(*args, **kw)

        setattr(os, name, hooked)


def run_in_child(fn: Callable[[], None], kill_at: int | None = None) -> tuple[int, int]:
    """Run ``fn`` in a forked child; (exit status, steps counted). Status 99: killed."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        code = 0
        counter = [0]
        try:
            _install(kill_at, counter)
            fn()
        except BaseException:  # noqa: BLE001 - the child must never return into pytest
            code = 1
        try:
            os.write(write, str(counter[0]).encode())
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read) as fh:
        steps = fh.read()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), int(steps or 0)


def fingerprint(data_dir: Path) -> dict[str, dict[str, list[str]]]:
    """Each store file's tables and the ids in each: what all-or-nothing is judged by."""
    out = {}
    for path in data_files(data_dir):
        data = json.loads(path.read_text(encoding="utf-8"))
        member = path.relative_to(data_dir).as_posix()
        out[member] = {table: sorted(str(doc.get("id", doc.get("key", doc_id)))
                                     for doc_id, doc in docs.items())
                       for table, docs in data.items()}
    return out


def readable_by_stock_tinydb(data_dir: Path) -> None:
    for path in data_files(data_dir):
        db = TinyDB(path)
        try:
            for name in db.tables():
                db.table(name).all()
        finally:
            db.close()


def kill_points(total: int, count: int = 24, seed: int = 0) -> list[int]:
    """``count`` kill points spread over 1..total (all of them if there are fewer)."""
    if total <= count:
        return list(range(1, total + 1))
    rng = random.Random(seed)
    inner = rng.sample(range(2, total), count - 2)
    return sorted({1, total, *inner})


def copy_dir(source: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, symlinks=True)
    return target
