"""Every string a user reads, in Norwegian bokmål (nb) and English (en).

Messages live in ``coach/i18n/messages/*.py``; each module holds ``MESSAGES``, a dict from a
dotted key to a ``(bokmål, English)`` pair. ``t(key, lang, **fields)`` looks one up and
fills ``{placeholders}`` with ``str.format``. A message with a ``{count}`` may have a
``KEY.one`` sibling: it is used when the language's plural rule (Babel's) says ``count`` is
singular, so "1 comment" and "3 comments" come from one call.
"""

from __future__ import annotations

import importlib
import locale
import os
from collections.abc import Mapping

from coach.i18n import messages
from coach.i18n.formats import plural

LANGS = ("nb", "en")
DEFAULT_LANG = "en"
_NORWEGIAN = ("nb", "no", "nn")


def _load() -> dict[str, tuple[str, str]]:
    catalog: dict[str, tuple[str, str]] = {}
    # Each module of the folder (a listing, not pkgutil: ~1 ms of imports at every start).
    names = sorted(entry.name[:-3] for folder in messages.__path__ for entry in os.scandir(folder)
                   if entry.name.endswith(".py") and not entry.name.startswith("_"))
    for name in names:
        module = importlib.import_module(f"{messages.__name__}.{name}")
        for key, pair in module.MESSAGES.items():
            if key in catalog:
                raise RuntimeError(f"duplicate message key {key!r} in {name}")
            catalog[key] = pair
    return catalog


CATALOG = _load()


def t(key: str, lang: str = DEFAULT_LANG, /, **fields: object) -> str:
    """The message ``key`` in ``lang``, with ``fields`` filled in."""
    pair = CATALOG.get(key)
    if pair is None:
        raise KeyError(f"no message {key!r}")
    if "count" in fields and (one := CATALOG.get(key + ".one")) is not None:
        counted = fields["count"]
        if isinstance(counted, int) and plural(counted, "one", "other", lang) == "one":
            pair = one
    text = pair[0] if lang == "nb" else pair[1]
    return text.format(**fields) if fields else text


class Translator:
    """``t`` bound to one language: ``_ = Translator("nb"); _("home.title")``."""

    def __init__(self, lang: str = DEFAULT_LANG) -> None:
        self.lang = normalise(lang)

    def __call__(self, key: str, /, **fields: object) -> str:
        return t(key, self.lang, **fields)


def normalise(lang: str | None) -> str:
    """Map a language tag or locale name (``nb_NO.UTF-8``, ``no``, ``en-GB``) to nb or en."""
    if not lang:
        return DEFAULT_LANG
    head = lang.replace("-", "_").split("_")[0].split(".")[0].lower()
    return "nb" if head in _NORWEGIAN else "en"


def detect(environ: Mapping[str, str] | None = None) -> str:
    """The language to use when none is given: COACH_LANG, then the locale, else English."""
    env = os.environ if environ is None else environ
    if env.get("COACH_LANG"):
        return normalise(env["COACH_LANG"])
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var)
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return normalise(value.split(":")[0])
    if environ is None:
        try:
            loc = locale.getlocale()[0]
        except ValueError:
            loc = None
        if loc:
            return normalise(loc)
    return DEFAULT_LANG
