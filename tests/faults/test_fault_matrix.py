"""The fault matrix (see matrix.py): every writing operation of the store killed at random
steps and hit by ENOSPC, EIO and EROFS at random steps, on a real full tmpfs too; every kind
of file damaged; the lock pulled away. The invariant holds after each. The table printed is
the one in the README (``python scripts/faults_table.py`` runs a larger matrix)."""

from __future__ import annotations

import pytest

from tests.faults.matrix import (
    format_table,
    run_damage,
    run_matrix,
    run_real_full_disk,
    run_vanished_lock,
)
from tests.faults.small_fs import small_fs

pytestmark = pytest.mark.faults


def _assert_survived(rows, capsys):
    with capsys.disabled():
        print("\n" + format_table(rows))
    failures = [f"{r.operation} / {r.fault}: {f}" for r in rows for f in r.failures]
    assert not failures, "\n".join(failures)
    assert all(r.tried for r in rows)


def test_every_operation_survives_kills_and_io_errors(tmp_path, capsys):
    _assert_survived(run_matrix(tmp_path / "matrix", kills=3, per_errno=2), capsys)


def test_every_kind_of_damaged_file_is_named_and_repaired_or_listed(tmp_path, capsys):
    _assert_survived(run_damage(tmp_path / "damage"), capsys)


def test_a_vanished_lock_stops_the_writer(tmp_path, capsys):
    _assert_survived(run_vanished_lock(tmp_path / "lock"), capsys)


def test_every_operation_survives_a_real_full_disk(tmp_path, capsys):
    _assert_survived(run_real_full_disk(tmp_path, lambda where: small_fs(where, "6m")),
                     capsys)
