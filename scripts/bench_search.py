"""Search benchmark: index build and per-query time on the 25 people x 10 years demo set.

    python scripts/bench_search.py [--data-dir DIR] [--rounds N]

Without --data-dir a demo set is generated in a temporary directory (`coach demo --people 25
--years 10`, ~30 s). Measured in the same run: building the index (reading every
conversation file), then ~20 queries (common and rare words, æøå, phrases, no hits), each
against a baseline: the obvious scan that normalises every text for every query
(``naive_search``). Prints a table and the target: <= 100 ms per query.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUERIES = [
    "the", "and", "report", "ministry", "training material", "management team",
    "Kari", "mastery", "holiday", "survey", "backlog analysis", "praise",
    "møte", "blåbær", "ærlig", "Ø", "STRASSE", "consultation response",
    "zzqx no such word", "xylofon",
]
TARGET_MS = 100.0


def make_demo(path: Path) -> None:
    print(f"generating the demo set in {path} (25 people x 10 years) …", flush=True)
    subprocess.run([sys.executable, "-m", "coach", "--data-dir", str(path), "demo",
                    "--people", "25", "--years", "10"], check=True)


def timed(fn, rounds: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000, result


def main() -> int:
    from coach.domain.search import naive_search
    from coach.services.search_index import TeamSearch
    from coach.store import Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    tmp = None
    data = args.data_dir
    if data is None or not (data / "coach.json").exists():
        if data is None:
            tmp = tempfile.TemporaryDirectory(prefix="coach-bench-")
            data = Path(tmp.name) / "data"
        make_demo(data)
    files = len(list((data / "conversations").glob("*.json")))
    size = sum(p.stat().st_size for p in data.rglob("*.json")) / 1e6
    store = Store.open(data, read_only=True)
    try:
        start = time.perf_counter()
        search = TeamSearch(store).build()
        build_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        search.index.search("warm-up")  # joins the haystack once
        join_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        search.refresh()
        refresh_ms = (time.perf_counter() - start) * 1000
        docs = search.index.documents()
        print(f"\n{files} conversation files, {size:.1f} MB; {len(docs)} texts indexed")
        print(f"index build {build_ms:.0f} ms (+ {join_ms:.0f} ms first query), "
              f"refresh with nothing changed {refresh_ms:.1f} ms\n")
        print(f"{'query':<26}{'hits':>7}{'index ms':>11}{'naive ms':>11}{'ratio':>8}")
        times, ratios = [], []
        for q in QUERIES:
            ms, hits = timed(lambda q=q: search.search(q, limit=200), args.rounds)
            base, found = timed(lambda q=q: naive_search(docs, q), max(1, args.rounds // 2))
            times.append(ms)
            ratios.append(base / ms if ms else float("inf"))
            shown = f"{len(hits)}" + ("+" if len(hits) >= 200 else "")
            print(f"{q[:25]:<26}{shown:>7}{ms:>11.2f}{base:>11.1f}{ratios[-1]:>7.0f}x"
                  f"   ({len(found)} in all)")
        print(f"\nper query: median {statistics.median(times):.2f} ms, worst {max(times):.2f} ms"
              f" (target <= {TARGET_MS:.0f} ms): {'OK' if max(times) <= TARGET_MS else 'MISSED'}")
        print(f"index vs naive scan: median {statistics.median(ratios):.0f}x faster")
    finally:
        store.close()
        if tmp is not None:
            tmp.cleanup()
    return 0 if max(times) <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
