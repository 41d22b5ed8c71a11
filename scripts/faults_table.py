"""Print the fault matrix: every writing operation of the store under kills, ENOSPC, EIO
and EROFS at random steps and on a real full tmpfs; every kind of file damaged; the lock
pulled away. Tried and survived per row, as a Markdown table (the README holds the latest).

    python scripts/faults_table.py [--kills N] [--per-errno N] [--seed N]

Needs root for the tmpfs rows (they are left out, saying why, elsewhere).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.faults.matrix import (  # noqa: E402 - after the path is set
    format_table,
    run_damage,
    run_matrix,
    run_real_full_disk,
    run_vanished_lock,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=6)
    parser.add_argument("--per-errno", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="coach-faults-") as work:
        root = Path(work)
        rows = run_matrix(root / "matrix", kills=args.kills, per_errno=args.per_errno,
                          seed=args.seed)
        rows += run_vanished_lock(root / "lock")
        rows += run_damage(root / "damage")
        try:
            from tests.faults.small_fs import small_fs

            rows += run_real_full_disk(root / "tmpfs", small_fs)
        except BaseException as exc:  # pytest.skip outside pytest: say why, go on
            print(f"(no real full-disk rows: {exc})", file=sys.stderr)
    print(format_table(rows))
    failures = [f"{r.operation} / {r.fault}: {f}" for r in rows for f in r.failures]
    for failure in failures:
        print("FAILED:", failure)
    print(f"\n{time.perf_counter() - began:.0f} s", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
