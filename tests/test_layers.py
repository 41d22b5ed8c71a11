"""The layers hold (architecture.md: must): the core never imports Textual, the TUI and the
CLI never import each other or the store's insides, no arrow runs upward (import-linter
contracts in pyproject.toml), and no import cycle."""

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]

CORE = [
    "coach.domain.records", "coach.domain.people", "coach.domain.conversations",
    "coach.domain.actions", "coach.domain.goals", "coach.domain.competence",
    "coach.domain.text", "coach.i18n", "coach.paths", "coach.faults", "coach.limits",
    "coach.config", "coach.store", "coach.content", "coach.markdown", "coach.services",
]


def test_core_packages_do_not_import_textual():
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    mod = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(getattr(mod, '__path__', []), name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(len(sys.modules)); assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 20


def test_domain_does_not_import_tinydb():
    code = (
        "import importlib, pkgutil, sys, coach.domain\n"
        "for info in pkgutil.walk_packages(coach.domain.__path__, 'coach.domain.'):\n"
        "    importlib.import_module(info.name)\n"
        "assert 'tinydb' not in sys.modules and 'textual' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_import_contracts_hold():
    """`lint-imports` checks the contracts in pyproject.toml; a broken one names the import."""
    beside = Path(sys.executable).with_name("lint-imports")
    command = str(beside) if beside.exists() else shutil.which("lint-imports")
    assert command, "import-linter is in the test extras: pip install -e '.[test]'"
    result = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def _cycles(graph) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.find_modules_directly_imported_by(v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle():
    """Imports inside functions count: a lazy import is no way around a cycle."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    graph = grimp.build_graph("coach", exclude_type_checking_imports=True)
    assert _cycles(graph) == []
