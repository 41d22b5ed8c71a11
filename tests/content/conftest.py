"""A small, valid content folder that each test can break in one place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coach.paths import builtin_content_dir

QUESTIONS = {
    "en": """---
type: questions
language: en
---

# Questions

## Mastery (mastery)

### proud

What are you pleased with?

- depth: opening
- reason: Naming a success builds belief in one's ability.
- source: Locke & Latham

## The leader's support (leader-support)

### succeed

What can I do so that you succeed?

- depth: opening
- reason: The leader's standing question.
- source: Alfsen
""",
    "nb": """---
type: questions
language: nb
---

# Spørsmål

## Mestring (mastery)

### proud

Hva er du fornøyd med?

- dybde: åpning
- hvorfor: Å sette ord på det som gikk bra, styrker troen på egen mestring.
- kilde: Locke & Latham

## Lederens støtte (leader-support)

### succeed

Hva kan jeg gjøre for at du skal lykkes?

- dybde: åpning
- hvorfor: Lederens faste spørsmål.
- kilde: Alfsen
""",
}

TEMPLATES = {
    "en": """---
id: check-in
kind: check-in
language: en
title: Short check-in
total_minutes: 10
description: A short one.
---

# Short check-in

## Since last time

- id: since-last-time
- minutes: 6
- purpose: Hear what has happened.

### Guidance for the leader

Listen first.

### The employee prepares

One thing that went well.

### Questions

- `proud` – What are you pleased with?

## Support

- id: support
- minutes: 4
- purpose: Ask what the leader can do.

### Questions

- succeed
""",
    "nb": """---
id: check-in
kind: check-in
language: nb
title: Kort innsjekk
total_minutes: 10
---

# Kort innsjekk

## Siden sist

- id: since-last-time
- minutter: 6
- formål: Høre hva som har skjedd.

### Veiledning for lederen

Lytt først.

### Spørsmål

- proud

## Støtte

- id: support
- minutter: 4
- formål: Spørre hva lederen kan gjøre.

### Spørsmål

- succeed
""",
}


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
