"""One formatter for what people read: dates, times, durations, decimals and plurals.

Every screen, every line the CLI prints and the prose of every export format these through
here, so a date reads 15.12.2026 and a decimal 6,5 in bokmål everywhere (front matter and
file names keep ISO dates: they are for machines). English has a short form and a long one:
the short form, on screens and in tables, is the ISO date (2026-12-15), unambiguous for the
many readers who work in English but not in one English-speaking country; the long form, in
sentences, is written out (15 December 2026). Bokmål writes 15.12.2026 in both.

Numbers and plural rules come from Babel (``nb_NO``, ``en_GB``). Babel costs about 0.1 s
the first time a locale's data is read, which the first screen cannot afford: it is
imported here, lazily, the first time a decimal or a plural is formatted (the one lazy
import of this module). Dates and times use fixed patterns and never need it.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

LOCALES = {"nb": "nb_NO", "en": "en_GB"}
DATE_PATTERNS = {"nb": "%d.%m.%Y", "en": "%Y-%m-%d"}


def _lang(lang: str) -> str:
    return "nb" if lang == "nb" else "en"


def format_date(day: date, lang: str) -> str:
    """15.12.2026 (bokmål) or 2026-12-15 (English)."""
    return day.strftime(DATE_PATTERNS[_lang(lang)])


def format_long_date(day: date, lang: str) -> str:
    """The form a sentence takes: 15.12.2026 (bokmål), 15 December 2026 (English, Babel's
    month names)."""
    if _lang(lang) == "nb":
        return format_date(day, lang)
    from babel.dates import format_date as babel_date  # lazy: start-up (the module's note)

    return babel_date(day, format="d MMMM y", locale=LOCALES["en"])


def format_day(moment: datetime, lang: str) -> str:
    """The local calendar day of a stored moment, in the short form (a table's date column)."""
    return format_date(moment.astimezone().date(), lang)


def format_moment(text: str | None, lang: str) -> str:
    """A stored ISO timestamp (``2026-12-01T10:59:39+00:00``) as a person reads it: local
    date and time; the text as it is when it is not one, "?" when there is none."""
    if not text:
        return "?"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return format_datetime(moment, lang)


def format_time(moment: datetime, lang: str) -> str:
    """14:05 in both languages (a 24-hour clock, as Norway and ISO write it)."""
    return moment.strftime("%H:%M")


def format_datetime(moment: datetime, lang: str) -> str:
    """15.12.2026 14:05 (bokmål) or 2026-12-15 14:05 (English)."""
    return f"{format_date(moment.date(), lang)} {format_time(moment, lang)}"


@lru_cache(maxsize=8)
def _babel_number_format(lang: str, digits: int):
    from babel.numbers import format_decimal as babel_format  # lazy: start-up (the module's note)

    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    locale = LOCALES[_lang(lang)]
    return lambda value: babel_format(value, format=pattern, locale=locale)


def format_decimal(value: float, lang: str, digits: int = 1) -> str:
    """6,5 (bokmål) or 6.5 (English); at most ``digits`` decimals, none when whole."""
    return _babel_number_format(_lang(lang), digits)(round(value, digits))


def format_minutes(minutes: float, lang: str) -> str:
    """A length in minutes: 6,5 min (bokmål), 6.5 min (English)."""
    return f"{format_decimal(minutes, lang)} min"


def format_seconds(seconds: float, lang: str) -> str:
    """A short time taken: 0,2 s (bokmål), 0.2 s (English)."""
    return f"{format_decimal(seconds, lang)} s"


def format_percent(value: float, lang: str) -> str:
    """45 % (a no-break space before the sign, as both languages' style guides space it,
    so a wrapped line never leaves the sign alone on the next)."""
    shown = str(int(value)) if float(value).is_integer() else format_decimal(value, lang)
    return f"{shown}\u00a0%"


def format_clock(seconds: float) -> str:
    """A running clock: 4:58, 1:02:03 (the same in both languages)."""
    whole = int(max(0, seconds))
    hours, rest = divmod(whole, 3600)
    mins, secs = divmod(rest, 60)
    return f"{hours}:{mins:02d}:{secs:02d}" if hours else f"{mins}:{secs:02d}"


@lru_cache(maxsize=4)
def _plural_rule(lang: str):
    from babel import Locale  # lazy: start-up (the module's note)

    return Locale.parse(LOCALES[_lang(lang)]).plural_form


def plural(count: int, one: str, other: str, lang: str) -> str:
    """``one`` or ``other`` as the language's plural rule says for ``count`` (no number)."""
    return one if _plural_rule(_lang(lang))(abs(count)) == "one" else other


def count(n: int, one: str, other: str, lang: str) -> str:
    """``"1 samtale"``, ``"3 samtaler"``: the number and the right form of the word."""
    return f"{n} {plural(n, one, other, lang)}"


def join_minutes(values: list[float], lang: str) -> str:
    """6,5 + 5 + 4,5 min: the parts of a plan, spaced as prose writes a sum."""
    return " + ".join(format_decimal(v, lang) for v in values) + " min"
