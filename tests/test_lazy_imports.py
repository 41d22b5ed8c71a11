"""An import inside a function is there for start-up speed, and says so.

Outside the TUI and the CLI's commands (whose screens load through ``coach/tui/routes.py``),
every import made inside a function carries ``# lazy: start-up`` on its line or in the
comment just above its group of imports; any other import belongs at the top of its module
(a cycle is not dodged this way: ``tests/test_layers.py`` counts function-level imports).
Type-only imports (under ``TYPE_CHECKING``) are not imports at run time and do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "coach"
OWN_RULES = ("tui", "commands")
MARKER = "lazy: start-up"


def _inner_imports(tree: ast.AST) -> list[ast.stmt]:
    found: list[ast.stmt] = []

    def walk(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.Import | ast.ImportFrom) and in_function:
                found.append(child)
            walk(child, in_function or isinstance(child, ast.FunctionDef
                                                  | ast.AsyncFunctionDef))

    walk(tree, False)
    return found


def _marked(lines: list[str], lineno: int) -> bool:
    """The marker on the import's line, on an import line just above it (one group), or in
    the comment lines just above that group."""
    i = lineno - 1
    if MARKER in lines[i]:
        return True
    i -= 1
    while i >= 0 and lines[i].strip().startswith(("import ", "from ")):
        if MARKER in lines[i]:
            return True
        i -= 1
    while i >= 0 and lines[i].strip().startswith("#"):
        if MARKER in lines[i]:
            return True
        i -= 1
    return False


def test_every_import_inside_a_function_is_a_start_up_saving_and_says_so():
    unmarked = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.relative_to(ROOT).parts[0] in OWN_RULES:
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in _inner_imports(ast.parse(source)):
            if not _marked(lines, node.lineno):
                unmarked.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: "
                                f"{lines[node.lineno - 1].strip()}")
    assert not unmarked, ("imports inside functions without '# lazy: start-up' (move them "
                          "to the top of the module, or say what they save):\n"
                          + "\n".join(unmarked))


def test_the_marker_is_found_where_it_is_written():
    lines = ["def f():", "    # lazy: start-up -- why", "    import a", "    import b",
             "    import c  # lazy: start-up", "    x = 1", "    import d"]
    assert _marked(lines, 3) and _marked(lines, 4) and _marked(lines, 5)
    assert not _marked(lines, 7)


#: coach/tui imports inside functions only here: the screens' route table, the dialogs the
#: first screen's modules open later, and the CLI's door into the apps.
TUI_LAZY = {"tui/routes.py", "tui/later.py", "tui/launch.py"}


def test_coach_tui_imports_lazily_only_in_its_loaders():
    found = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        source = path.read_text(encoding="utf-8")
        if rel not in TUI_LAZY and _inner_imports(ast.parse(source)):
            found.append(rel)
    assert not found, ("coach/tui imports inside functions only in "
                       f"{sorted(TUI_LAZY)}; also in: {found}")
