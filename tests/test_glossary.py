"""One term per concept: no message catalogue and no content file may hold a variant the
glossary rules out (the chosen term is named beside each)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.i18n import CATALOG
from coach.paths import builtin_content_dir

#: (forbidden variant as a regular expression, the term to use instead)
FORBIDDEN = [
    (r"\bfremdrift", "framdrift"),
    (r"\bFremdrift", "Framdrift"),
    (r"\bfremover", "framover"),
    (r"\bFremover", "Framover"),
    (r"\bdroppet\b", "lagt bort"),
    (r"Skriv under\.", "Skriv i feltet nedenfor."),
    (r"\bSpurt \d", "Merk spm. N som stilt"),
    (r"\bDeres\b", "Medarbeiders (Deres reads as the formal 'your')"),
    (r"strekker deg mest", "utfordrer deg mest"),
    (r"Behov for støtte", "Støttebehov (the note kind's one name)"),
    (r"(?i)experiences? of mastery", "mastery moment(s)"),
    (r"(?i)mestringsøyeblikk", "mestringsopplevelse(r) (the note kind's one name)"),
    (r"\bvidereført", "tatt med videre"),
    (r"(?i)\bcarr(?:y|ied) over\b", "carry forward / carried forward"),
    (r"(?i)oppfølgingssamtale", "månedlig oppfølging (oppfølgingssamtale means sick-leave "
                                "follow-up in Norway)"),
]


def _catalogue_texts():
    for key, (nb, en) in CATALOG.items():
        yield f"message {key} (nb)", nb
        yield f"message {key} (en)", en


def _content_texts():
    root = builtin_content_dir()
    for path in sorted(root.rglob("*.md")):
        yield str(path.relative_to(root)), path.read_text(encoding="utf-8")
    # The sample team's texts (coach demo) are content a newcomer reads first.
    demo = Path(__file__).parents[1] / "coach" / "demo"
    for path in sorted(demo.glob("texts_*.py")):
        yield str(path.name), path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("pattern", "instead"), FORBIDDEN)
def test_no_catalogue_or_content_file_holds_a_forbidden_variant(pattern, instead):
    found = [where for where, text in [*_catalogue_texts(), *_content_texts()]
             if re.search(pattern, text)]
    assert not found, f"{pattern!r} (write {instead}) in: {found}"


def test_the_glossary_test_finds_what_it_forbids():
    for pattern, _instead in FORBIDDEN:
        assert not re.search(pattern, "Hvordan går det med framdriften framover?")
    assert re.search(FORBIDDEN[0][0], "ingen fremdrift registrert")
    assert re.search(FORBIDDEN[10][0], "Experiences of mastery")


def test_the_readme_glossary_is_followed_in_the_readme():
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert not re.search(r"(?i)oppfølgingssamtale", readme)
