#!/usr/bin/env python
"""How much does saving one note cost, and does it grow with the history?

Builds two stores with the `coach demo` generator in temporary directories: one month of a
small team, and 25 people x 10 years (the large data set). On each it times saving a new
note into an existing conversation and saving an edit of an existing note. As a baseline in
the same run it times stock TinyDB (JSONStorage, one file) inserting one document into a file
holding the same records, to show what partitioning buys.

    python scripts/bench_store.py [-n 200] [--baseline-n 20] [--seed 1]

Targets (issue 2): median <= 10 ms on the large set, and large/small <= 1.5.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tinydb import TinyDB  # noqa: E402
from tinydb.storages import JSONStorage  # noqa: E402

from coach.demo.generator import DemoData, generate  # noqa: E402
from coach.demo.writer import write_demo  # noqa: E402
from coach.domain.conversations import Entry  # noqa: E402
from coach.domain.records import to_dict  # noqa: E402
from coach.store import Store  # noqa: E402

TARGET_MEDIAN_MS = 10.0
TARGET_RATIO = 1.5
TABLES = ("objectives", "people", "conversations", "entries", "actions", "goals", "competence")
TODAY = date(2025, 6, 2)


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def summary(samples: list[float]) -> tuple[float, float]:
    return statistics.median(samples), percentile(samples, 95)


def size_mb(directory: Path) -> float:
    total = sum(p.stat().st_size for p in directory.rglob("*.json") if p.is_file())
    return total / 1e6


def build(directory: Path, data: DemoData) -> float:
    began = time.perf_counter()
    with Store.open(directory, backup=False) as store:
        write_demo(store, data)
    return time.perf_counter() - began


def time_saves(directory: Path, n: int) -> dict[str, object]:
    """Open the store as the app would and time n new notes and n edits."""
    began = time.perf_counter()
    store = Store.open(directory, backup=False)
    opened = time.perf_counter() - began
    try:
        person = store.people()[0]
        conv = store.conversations(person.id)[-1]
        section = conv.sections[0].section_id
        new, edit = [], []
        for i in range(n):
            entry = Entry(conversation_id=conv.id, section_id=section,
                          text=f"Benchmark note {i}: what went well this week, and what next.")
            t0 = time.perf_counter()
            store.save_entry(entry)
            new.append((time.perf_counter() - t0) * 1000)
        target = store.entries(conv.id)[0]
        for i in range(n):
            target.text = f"Edited note, version {i}: a few more words typed."
            target.updated = datetime.now(UTC)
            t0 = time.perf_counter()
            store.save_entry(target)
            edit.append((time.perf_counter() - t0) * 1000)
    finally:
        store.close()
    return {"open": opened, "new": summary(new), "edit": summary(edit)}


def time_stock_tinydb(directory: Path, data: DemoData, n: int) -> dict[str, object]:
    """Stock TinyDB with JSONStorage: every record in one file, one insert timed n times."""
    path = directory / "stock.json"
    tables = {
        name: {str(i): to_dict(r) for i, r in enumerate(getattr(data, name), start=1)}
        for name in TABLES
    }
    JSONStorage(str(path)).write(tables)
    size = path.stat().st_size / 1e6
    db = TinyDB(str(path))
    entries = db.table("entries")
    conv = data.conversations[-1]
    samples = []
    try:
        for i in range(n):
            doc = to_dict(Entry(conversation_id=conv.id, text=f"Benchmark note {i}."))
            t0 = time.perf_counter()
            entries.insert(doc)
            samples.append((time.perf_counter() - t0) * 1000)
    finally:
        db.close()
    return {"size": size, "insert": summary(samples)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=200, help="saves timed per case (200)")
    parser.add_argument("--baseline-n", type=int, default=20,
                        help="stock TinyDB inserts timed on the large file (20)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    sets = {
        "small (6 people, 1 month)": generate(seed=args.seed, lang="nb", people=6,
                                              years=1 / 12, today=TODAY),
        "large (25 people, 10 years)": generate(seed=args.seed, lang="nb", people=25,
                                                years=10, today=TODAY),
    }
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        for i, (label, data) in enumerate(sets.items()):
            directory = Path(tmp) / f"store{i}"
            built = build(directory, data)
            results[label] = {
                "data": data, "built": built, "size": size_mb(directory),
                **time_saves(directory, args.n),
            }
            stock_n = args.baseline_n if i else args.n
            results[label]["stock"] = time_stock_tinydb(Path(tmp), data, stock_n)
            (Path(tmp) / "stock.json").unlink()
    report(results, args)
    small, large = results.values()
    ok = (large["new"][0] <= TARGET_MEDIAN_MS and large["edit"][0] <= TARGET_MEDIAN_MS
          and large["new"][0] / small["new"][0] <= TARGET_RATIO
          and large["edit"][0] / small["edit"][0] <= TARGET_RATIO)
    print(f"\nTargets (median <= {TARGET_MEDIAN_MS:g} ms on the large set, "
          f"large/small <= {TARGET_RATIO:g}): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


def report(results: dict[str, dict[str, object]], args: argparse.Namespace) -> None:
    print("coach store benchmark: the cost of saving one note\n")
    print(f"{'data set':<30}{'people':>7}{'convs':>7}{'entries':>9}{'store MB':>10}"
          f"{'demo s':>8}{'open s':>8}{'1-file MB':>11}")
    for label, r in results.items():
        data = r["data"]
        print(f"{label:<30}{len(data.people):>7}{len(data.conversations):>7}"
              f"{len(data.entries):>9}{r['size']:>10.1f}{r['built']:>8.2f}{r['open']:>8.2f}"
              f"{r['stock']['size']:>11.1f}")
    small, large = results.values()
    print(f"\n{'operation (ms)':<36}{'small med':>10}{'p95':>8}{'large med':>11}{'p95':>8}"
          f"{'large/small':>13}")
    rows = [
        (f"coach: save a new note (n={args.n})", small["new"], large["new"]),
        (f"coach: save an edited note (n={args.n})", small["edit"], large["edit"]),
        (f"stock TinyDB: insert (n={args.n}/{args.baseline_n})", small["stock"]["insert"],
         large["stock"]["insert"]),
    ]
    for name, (s_med, s_p95), (l_med, l_p95) in rows:
        print(f"{name:<36}{s_med:>10.2f}{s_p95:>8.2f}{l_med:>11.2f}{l_p95:>8.2f}"
              f"{l_med / s_med:>12.2f}x")
    stock_med = large["stock"]["insert"][0]
    print(f"\nOn the large set, coach saves a note {stock_med / large['new'][0]:.0f}x faster "
          "than stock TinyDB inserts into one file.")


if __name__ == "__main__":
    raise SystemExit(main())
