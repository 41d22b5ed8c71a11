"""mypy on all of coach, clean (the settings are pyproject.toml's [tool.mypy])."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_is_clean():
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


#: Parameters that carry the app's state: a function that takes one says which type it is.
TYPED_PARAMETERS = ("store", "library", "app", "services")


def test_the_store_library_and_app_are_typed_wherever_they_are_taken():
    untyped = []
    for path in sorted((ROOT / "coach").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                args = node.args
                for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                    if arg.arg in TYPED_PARAMETERS and arg.annotation is None:
                        untyped.append(f"{path.relative_to(ROOT)}:{node.lineno}: "
                                       f"{node.name}({arg.arg})")
    assert not untyped, "untyped parameters:\n" + "\n".join(untyped)
