"""The prepare view's lines hang under their text when they wrap, and break between words."""

from __future__ import annotations

from rich.text import Text

from coach.tui.widgets.hanging_text import HangingText


def lines(text: str, width: int) -> list[str]:
    return HangingText(Text(text))._layout(width).plain.split("\n")


def test_an_agenda_line_hangs_under_the_section_title():
    out = lines("    5 min  Siden sist — Hva har skjedd siden sist? Se over tiltakene.", 40)
    assert out[0] == "    5 min  Siden sist — Hva har skjedd"
    assert all(line.startswith(" " * 11) and line[11] != " " for line in out[1:])
    assert " ".join(w for line in out for w in line.split()) == (
        "5 min Siden sist — Hva har skjedd siden sist? Se over tiltakene.")


def test_a_bullet_hangs_under_its_text_and_words_stay_whole():
    text = "  • Levere opplæringsmateriellet i internrevisjonen innen fristen. (i fare, 0\xa0%)"
    out = lines(text, 30)
    assert out[0].startswith("  • Levere")
    words = text.split()
    for line in out[1:]:
        assert line.startswith("    ") and line[4] != " "
        assert all(word in words for word in line.split())  # no word split in two
    assert "0\xa0%)" in out[-1]  # the no-break space keeps the sign with its number


def test_lines_that_fit_or_have_no_marker_are_as_they_were():
    assert lines("  Dagsorden", 40) == ["  Dagsorden"]
    assert lines("Trykk F5 eller Enter for å starte klokken nå med en gang", 20)[1][0] != " "
    assert lines("a\n\nb", 10) == ["a", "", "b"]


def test_its_text_is_the_plain_text_whatever_the_width():
    text = Text("    5 min  Siden sist — Hva har skjedd siden sist?\n  • Et tiltak (leder)")
    visual = HangingText(text)
    visual._layout(20)
    assert str(visual) == text.plain
