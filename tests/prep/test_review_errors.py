"""A malformed review file gives file:line problems and nothing is imported."""

from __future__ import annotations

from datetime import date

import pytest

from coach.domain.review import Review, ReviewComment, Target
from coach.markdown.review import ReviewError, normalise_review, parse_review, render_review

DIGEST = "sha256:" + "ab" * 32
REVIEW = Review("conv-1", DIGEST, "remarks", date(2026, 12, 3), "nb", "Kari Nordmann",
                "Månedlig oppfølging 02.12.2026",
                [ReviewComment(Target.WHOLE, "Stort sett *riktig*.\n\n- men se under"),
                 ReviewComment(Target.AGREEMENT, "Fredag etter kl. 12", "Fredag uten møter"),
                 ReviewComment(Target.ACTION, "Ja", "Sende [rapporten](https://x.example)")])
GOOD = render_review(REVIEW)


def problems(text) -> list[tuple[int | None, str]]:
    with pytest.raises(ReviewError) as info:
        parse_review(text, "r.md")
    assert all(p.file == "r.md" for p in info.value.problems)
    return [(p.line, p.key) for p in info.value.problems]


def test_a_review_round_trips():
    assert parse_review(GOOD) == normalise_review(REVIEW)
    crlf = ("\ufeff" + GOOD.replace("\n", "\r\n")).encode("utf-8")
    assert parse_review(crlf) == normalise_review(REVIEW)
    assert "Medarbeideren har merknader (03.12.2026)" in GOOD


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("coach_review: 1", "coach_review: 9", [(2, "version")]),
    ("conversation_id: conv-1", "conversation_id: ../x", [(3, "conversation_id")]),
    (DIGEST, "sha256:123", [(4, "digest")]),
    ("decision: remarks", "decision: maybe", [(5, "decision")]),
    ("date: 2026-12-03", "date: snart", [(6, "date")]),
    ("language: nb", "language: sv", [(7, "language")]),
    ("Fredag etter kl. 12", "Fredag etter kl. 13", [(10, "tampered")]),
    ("decision: remarks", "decision: confirmed", [(10, "tampered")]),
    ("## Kommentar til hele oppsummeringen", "## Noe annet", [(17, "unknown_heading")]),
])
def test_each_malformed_field_names_its_line(old, new, expected):
    assert old in GOOD
    assert problems(GOOD.replace(old, new, 1)) == expected


def test_missing_check_and_front_matter_and_yaml():
    no_check = "\n".join(ln for ln in GOOD.split("\n") if not ln.startswith("check:"))
    assert problems(no_check) == [(1, "check_missing")]
    assert problems("# just a title\n") == [(1, "no_front_matter")]
    assert problems("---\ncoach_review: 1\n") == [(1, "unclosed_front_matter")]
    assert problems(GOOD.replace("person: Kari Nordmann", "person: [Kari"))[0][1] == "yaml"
    assert problems(GOOD.replace("coach_review: 1\n", "")) == [(1, "not_review")]
    assert problems(GOOD.encode("utf-8").replace(b"Ja", b"J\xff")) == [(29, "utf8")]


def test_messages_in_both_languages():
    with pytest.raises(ReviewError) as info:
        parse_review(GOOD.replace("Ja", "Nei"), "r.md")
    assert info.value.explain("en") == (
        "r.md:10: the file was changed after coach wrote it (check: does not match its content)")
    assert info.value.explain("nb").startswith("r.md:10: filen er endret")
