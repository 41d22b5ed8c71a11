"""Due dates as people write them, in bokmål or English, resolved against a given day.

Understood, at the end of an action item's text (``read_due``) or as a whole field
(``parse_due_field``), optionally after "innen", "til", "før", "frist", "by", "before" or
"due":

| form                               | means                                                  |
|------------------------------------|--------------------------------------------------------|
| ``15.12.2026`` ``15.12.26`` ``15/12/2026`` | that day                                       |
| ``15.12`` ``15.12.`` ``15/12``     | the next 15 December on or after the day               |
| ``2026-12-15``                     | that day (ISO)                                         |
| ``15. desember`` ``15 december`` ``december 15`` | as above, the year optional               |
| ``i dag`` ``today``                | the day itself                                         |
| ``i morgen`` ``tomorrow``          | the day after; ``i overmorgen`` two days after         |
| ``fredag`` ``friday``              | the next Friday after the day                          |
| ``neste fredag`` ``next friday``   | the Friday of next week                                |
| ``neste uke`` ``next week``        | the Friday of next week (the end of the working week)  |
| ``om en uke`` ``in 2 weeks`` ``om 3 dager`` | that many days or weeks after the day         |
| ``neste måned`` ``next month``     | the same day next month (the month's last day if shorter) |

A form that looks like a date but is none (``31.02``, ``2026-13-01``) is reported as
``invalid`` and left in the text, so the leader sees what was not understood. No I/O, no
clock: the day is given.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

WEEKDAYS = {
    **{w: i for i, w in enumerate(
        ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"))},
    **{w: i for i, w in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))},
    "lordag": 5, "sondag": 6,
}
MONTHS = {
    **{m: i for i, m in enumerate(
        ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
         "oktober", "november", "desember"), start=1)},
    **{m: i for i, m in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"), start=1)},
    **{m: i for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"),
        start=1)},
    "may": 5, "oct": 10, "dec": 12, "sept": 9,
}
NUMBERS = {"en": 1, "ei": 1, "et": 1, "a": 1, "an": 1, "one": 1, "to": 2, "two": 2,
           "tre": 3, "three": 3, "fire": 4, "four": 4, "fem": 5, "five": 5, "seks": 6,
           "six": 6}
_PREPOSITION = r"(?:(?:innen|til|før|for|frist|by|before|due|on|på)\s+)?"
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_COUNT = r"\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True))

_FORMS: list[tuple[str, str]] = [
    ("iso", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    ("numeric", r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})(?:[./](?P<y>\d{4}|\d{2}))?\.?"),
    ("day_month", rf"(?P<d>\d{{1,2}})\.?\s+(?P<mn>{_MONTH})\.?(?:\s+(?P<y>\d{{4}}))?"),
    ("month_day", rf"(?P<mn>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                  rf"(?:,?\s+(?P<y>\d{{4}}))?"),
    ("today", r"i\s*dag|today"),
    ("after_tomorrow", r"(?:i\s+)?overmorgen|the\s+day\s+after\s+tomorrow"),
    ("tomorrow", r"i\s*morgen|tomorrow"),
    ("next_week", r"neste\s+uke|next\s+week"),
    ("this_week", r"denne\s+uk(?:a|en)|this\s+week|end\s+of\s+(?:the\s+)?week|"
                  r"slutten\s+av\s+uk(?:a|en)"),
    ("next_month", r"neste\s+måned|next\s+month"),
    ("next_weekday", rf"(?:neste|next)\s+(?P<wd>{_WEEKDAY})"),
    ("weekday", rf"(?:på\s+|on\s+|this\s+|kommende\s+)?(?P<wd>{_WEEKDAY})"),
    ("in_days", rf"(?:om|in)\s+(?P<n>{_COUNT})\s+(?P<unit>dager|dag|døgn|days|day|uker|uke|"
                rf"weeks|week)"),
]


# Compiled on first use, not at import: the 26 patterns cost ~8 ms, and coach's first screen
# imports this module (start-up, scripts/bench_live.py) long before anyone types a date.
@cache
def _at_end() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(rf"(?:^|(?<=\s)){_PREPOSITION}(?:{pattern})[\s.,;!]*$",
                              re.IGNORECASE)) for name, pattern in _FORMS]


@cache
def _whole() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(rf"^\s*{_PREPOSITION}(?:{pattern})\s*$", re.IGNORECASE))
            for name, pattern in _FORMS]


@dataclass(frozen=True)
class DueFound:
    """What ``read_due`` understood: the text without the date, the date, or what looked
    like a date but is none (left in the text)."""

    text: str
    due: date | None = None
    invalid: str | None = None


class NotADate(ValueError):
    """A due-date field that could not be understood."""


def _full_year(year: str | None) -> int | None:
    if not year:
        return None
    value = int(year)
    return value + 2000 if len(year) == 2 else value


def _on_or_after(day: int, month: int, today: date) -> date:
    """The next ``day.month`` on or after ``today`` (ValueError if it never exists)."""
    for year in (today.year, today.year + 1, today.year + 2, today.year + 3, today.year + 4):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise ValueError(f"{day}.{month}")


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _friday_of_next_week(today: date) -> date:
    monday = today + timedelta(days=7 - today.weekday())
    return monday + timedelta(days=4)


def _resolve(name: str, m: re.Match[str], today: date) -> date:
    """The date a matched form means; ValueError when it names no real day."""
    try:
        return _resolve_form(name, m, today)
    except OverflowError:  # past the calendar's end
        raise ValueError(m.group(0)) from None


def _resolve_form(name: str, m: re.Match[str], today: date) -> date:
    g = m.groupdict()
    match name:
        case "iso":
            return date(int(g["y"]), int(g["m"]), int(g["d"]))
        case "numeric" | "day_month" | "month_day":
            month = int(g["m"]) if g.get("m") else MONTHS[g["mn"].lower()]
            day, year = int(g["d"]), _full_year(g.get("y"))
            if year is not None:
                return date(year, month, day)
            return _on_or_after(day, month, today)
        case "today":
            return today
        case "tomorrow":
            return today + timedelta(days=1)
        case "after_tomorrow":
            return today + timedelta(days=2)
        case "next_week":
            return _friday_of_next_week(today)
        case "this_week":
            return today + timedelta(days=max(0, 4 - today.weekday()))
        case "next_month":
            return _add_months(today, 1)
        case "next_weekday":
            monday = today + timedelta(days=7 - today.weekday())
            return monday + timedelta(days=WEEKDAYS[g["wd"].lower()])
        case "weekday":
            ahead = (WEEKDAYS[g["wd"].lower()] - today.weekday()) % 7 or 7
            return today + timedelta(days=ahead)
        case "in_days":
            n = g["n"].lower()
            count = int(n) if n.isdigit() else NUMBERS[n]
            unit = g["unit"].lower()
            days = count * 7 if unit.startswith(("uke", "week")) else count
            return today + timedelta(days=days)
    raise ValueError(name)


def _looks_like_a_date(name: str, m: re.Match[str]) -> bool:
    """Whether a form that names no real day should be pointed out (31.02: yes; a version
    number like 3.45 at the end of a sentence: no)."""
    if name == "iso":
        return True
    if name == "numeric":
        return 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31
    return name in ("day_month", "month_day")


def read_due(text: str, today: date) -> DueFound:
    """The due date at the end of ``text`` (with its preposition taken out of the text)."""
    for name, pattern in _at_end():
        m = pattern.search(text)
        if m is None:
            continue
        try:
            due = _resolve(name, m, today)
        except ValueError:
            if _looks_like_a_date(name, m):
                return DueFound(text.strip(), None, m.group(0).strip().rstrip(".,;!"))
            continue
        rest = text[: m.start()].rstrip(" \t,;:-–")
        return DueFound(rest, due)
    return DueFound(text.strip())


def parse_due_field(raw: str, today: date) -> date | None:
    """A due-date field: empty is no date; else one of the forms above (NotADate if not)."""
    if not raw.strip():
        return None
    for name, pattern in _whole():
        m = pattern.match(raw)
        if m is None:
            continue
        try:
            return _resolve(name, m, today)
        except ValueError:
            raise NotADate(raw.strip()) from None
    raise NotADate(raw.strip())
