"""`coach check [--repair]`: is the data directory whole, and mend what can be mended (the
store's own check and repair, the CLI's way to them)."""

from __future__ import annotations

from pathlib import Path

from coach.store.check import CheckReport, check
from coach.store.repair import RepairReport, repair


def check_store(data_dir: Path, *, quick: bool = False) -> CheckReport:
    return check(data_dir, quick=quick)


def repair_store(data_dir: Path, lang: str) -> RepairReport:
    return repair(data_dir, lang)
