"""One formatter for what people read: dates, decimals, durations and plurals per language,
with Babel loaded only when a number or a plural needs it (start-up stays cheap)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

from coach.i18n.formats import (
    count,
    format_clock,
    format_date,
    format_datetime,
    format_decimal,
    format_minutes,
    format_seconds,
    join_minutes,
    plural,
)


@pytest.mark.parametrize(("value", "nb", "en"), [
    (6.5, "6,5", "6.5"),
    (5.0, "5", "5"),
    (0.2, "0,2", "0.2"),
    (4.25, "4,2", "4.2"),   # one decimal, rounded half to even as Python rounds
    (1234.5, "1\xa0234,5", "1,234.5"),
])
def test_decimals(value, nb, en):
    assert format_decimal(value, "nb") == nb
    assert format_decimal(value, "en") == en


def test_dates_times_durations():
    day = date(2026, 12, 15)
    assert format_date(day, "nb") == "15.12.2026"
    assert format_date(day, "en") == "2026-12-15"
    assert format_datetime(datetime(2026, 12, 15, 9, 5), "nb") == "15.12.2026 09:05"
    assert format_minutes(6.5, "nb") == "6,5 min"
    assert format_seconds(0.2, "nb") == "0,2 s"
    assert format_seconds(0.2, "en") == "0.2 s"
    assert join_minutes([6.5, 5, 4.5], "nb") == "6,5 + 5 + 4,5 min"
    assert format_clock(3723) == "1:02:03" and format_clock(298) == "4:58"


def test_plurals_follow_the_languages_rule():
    assert count(1, "samtale", "samtaler", "nb") == "1 samtale"
    assert count(0, "samtale", "samtaler", "nb") == "0 samtaler"
    assert count(3, "conversation", "conversations", "en") == "3 conversations"
    assert plural(1, "item", "items", "en") == "item"


def test_babel_is_imported_only_when_a_number_is_formatted():
    code = (
        "import sys, datetime\n"
        "from coach.i18n import formats\n"
        "formats.format_date(datetime.date(2026, 12, 15), 'nb')\n"
        "assert 'babel' not in sys.modules, 'babel imported for a date'\n"
        "formats.format_decimal(6.5, 'nb')\n"
        "assert 'babel' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_long_form_a_sentence_takes_and_a_stored_moment():
    from coach.i18n.formats import format_long_date, format_moment

    assert format_long_date(date(2026, 12, 3), "nb") == "03.12.2026"
    assert format_long_date(date(2026, 12, 3), "en") == "3 December 2026"
    assert format_moment(None, "nb") == "?"
    assert format_moment("not a time", "nb") == "not a time"
    assert format_moment("2026-12-01T10:59:39", "nb") == "01.12.2026 10:59"
    assert format_moment("2026-12-01T10:59:39", "en") == "2026-12-01 10:59"
