"""The CLI's lazy names (coach/commands/later.py): each resolves to what its table says, and
the table, ``__all__`` and the type checker's imports agree."""

import ast
import importlib
from pathlib import Path

import pytest

from coach.commands import later

SOURCE = Path(later.__file__).read_text(encoding="utf-8")


def test_every_name_resolves_where_the_table_says():
    for name, module in later._WHERE.items():
        value = getattr(later, name)
        expected = importlib.import_module(name if module == "" else module)
        assert value is (expected if module == "" else getattr(expected, name)), name


def test_the_table_and_all_agree():
    assert sorted(later.__all__) == sorted(later._WHERE)


def test_the_type_checkers_imports_are_the_table():
    tree = ast.parse(SOURCE)
    guarded = next(n for n in tree.body if isinstance(n, ast.If))
    imported = {}
    for node in guarded.body:
        if isinstance(node, ast.ImportFrom):
            imported.update({a.name: node.module for a in node.names})
        elif isinstance(node, ast.Import):
            imported.update({a.name: "" for a in node.names})
    assert imported == later._WHERE


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError):
        later.no_such_name  # noqa: B018
