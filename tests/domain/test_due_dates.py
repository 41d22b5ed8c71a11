"""Due dates as people write them, in both languages: one row per form, invalid ones included."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.due_dates import NotADate, parse_due_field, read_due

#: The conversation's day: Tuesday 1 December 2026.
TODAY = date(2026, 12, 1)

ROWS = [
    # (typed at the end of the item, understood)
    ("15.12.2026", date(2026, 12, 15)),
    ("15.12.26", date(2026, 12, 15)),
    ("15/12/2026", date(2026, 12, 15)),
    ("15.12", date(2026, 12, 15)),
    ("15.12.", date(2026, 12, 15)),
    ("15/12", date(2026, 12, 15)),
    ("3.1", date(2027, 1, 3)),            # passed this year: next year's
    ("1.12", date(2026, 12, 1)),          # the day itself
    ("2026-12-15", date(2026, 12, 15)),
    ("15. desember", date(2026, 12, 15)),
    ("15 december", date(2026, 12, 15)),
    ("December 15", date(2026, 12, 15)),
    ("15. januar 2027", date(2027, 1, 15)),
    ("29.02", date(2028, 2, 29)),         # the next leap day
    # bokmål words
    ("i dag", date(2026, 12, 1)),
    ("i morgen", date(2026, 12, 2)),
    ("imorgen", date(2026, 12, 2)),
    ("i overmorgen", date(2026, 12, 3)),
    ("fredag", date(2026, 12, 4)),
    ("innen fredag", date(2026, 12, 4)),
    ("tirsdag", date(2026, 12, 8)),       # today is Tuesday: next week's
    ("neste fredag", date(2026, 12, 11)),
    ("neste uke", date(2026, 12, 11)),
    ("denne uka", date(2026, 12, 4)),
    ("om en uke", date(2026, 12, 8)),
    ("om to uker", date(2026, 12, 15)),
    ("om 3 dager", date(2026, 12, 4)),
    ("neste måned", date(2027, 1, 1)),
    ("innen 15.12", date(2026, 12, 15)),
    ("til 15.12.2026", date(2026, 12, 15)),
    ("før 15/12", date(2026, 12, 15)),
    # English words
    ("today", date(2026, 12, 1)),
    ("tomorrow", date(2026, 12, 2)),
    ("the day after tomorrow", date(2026, 12, 3)),
    ("friday", date(2026, 12, 4)),
    ("by Friday", date(2026, 12, 4)),
    ("on friday", date(2026, 12, 4)),
    ("next friday", date(2026, 12, 11)),
    ("next week", date(2026, 12, 11)),
    ("this week", date(2026, 12, 4)),
    ("in a week", date(2026, 12, 8)),
    ("in 2 weeks", date(2026, 12, 15)),
    ("in three days", date(2026, 12, 4)),
    ("next month", date(2027, 1, 1)),
    ("by 15/12", date(2026, 12, 15)),
    ("before 2026-12-15", date(2026, 12, 15)),
]

INVALID = ["31.02", "31.02.2026", "30/02", "2026-13-01", "2026-02-30", "32. desember"]


@pytest.mark.parametrize(("typed", "expected"), ROWS)
def test_each_form_at_the_end_of_an_item(typed, expected):
    found = read_due(f"Melde Emil på SQL-kurset {typed}", TODAY)
    assert found.due == expected
    assert found.text == "Melde Emil på SQL-kurset"  # only the item is left
    assert found.invalid is None


@pytest.mark.parametrize(("typed", "expected"), ROWS)
def test_each_form_in_the_dialogs_field(typed, expected):
    assert parse_due_field(typed, TODAY) == expected
    assert parse_due_field(f"  {typed.upper()}  ", TODAY) == expected


@pytest.mark.parametrize("typed", INVALID)
def test_invalid_dates_stay_in_the_text_with_a_hint(typed):
    found = read_due(f"Sende rapporten {typed}", TODAY)
    assert found.due is None
    assert found.text == f"Sende rapporten {typed}"
    assert found.invalid == typed
    with pytest.raises(NotADate):
        parse_due_field(typed, TODAY)


@pytest.mark.parametrize("text", [
    "Sende rapporten",
    "Oppgradere til versjon 3.45",       # not a date, and not pointed out as one
    "Snakke med Kari om rammene",
    "Lese kapittel 12",
    "",
])
def test_no_date(text):
    found = read_due(text, TODAY)
    assert (found.text, found.due, found.invalid) == (text.strip(), None, None)


def test_punctuation_after_the_date_and_the_empty_field():
    assert read_due("Sende rapporten innen fredag.", TODAY).due == date(2026, 12, 4)
    assert read_due("Sende rapporten innen fredag.", TODAY).text == "Sende rapporten"
    assert parse_due_field("", TODAY) is None
    with pytest.raises(NotADate):
        parse_due_field("snart", TODAY)


@settings(max_examples=150, deadline=None)
@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
       today=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_every_written_day_reads_back(day, today):
    for typed in (day.strftime("%d.%m.%Y"), day.isoformat(), f"{day.day}/{day.month}/{day.year}"):
        assert read_due(f"Gjøre noe {typed}", today).due == day
        assert parse_due_field(typed, today) == day
    short = parse_due_field(f"{day.day}.{day.month}", today)
    assert short >= today and (short.month, short.day) == (day.month, day.day)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=40), today=st.dates())
def test_never_raises_and_never_invents_text(text, today):
    found = read_due(text, today)
    assert found.text in text or text.strip().startswith(found.text)
