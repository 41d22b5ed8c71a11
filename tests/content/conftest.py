"""A small, valid content folder that each test can break in one place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from content_samples import QUESTIONS, TEMPLATES

from coach.paths import builtin_content_dir


class MiniContent:
    """A content folder with one template and a tiny bank per language."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for lang in ("en", "nb"):
            self.write(f"questions/{lang}.md", QUESTIONS[lang])
            self.write(f"templates/{lang}/check-in.md", TEMPLATES[lang])

    def path(self, rel: str) -> Path:
        return self.root / rel

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def replace(self, rel: str, old: str, new: str) -> Path:
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        return self.write(rel, text.replace(old, new, 1))


@pytest.fixture
def mini(tmp_path: Path) -> MiniContent:
    return MiniContent(tmp_path / "content")


@pytest.fixture
def builtin_copy(tmp_path: Path) -> Path:
    """A copy of the shipped content that a test may change."""
    target = tmp_path / "builtin"
    shutil.copytree(builtin_content_dir(), target)
    return target


@pytest.fixture(autouse=True)
def _no_real_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read the user's real configuration directory."""
    monkeypatch.setenv("COACH_CONFIG_DIR", str(tmp_path / "config"))
