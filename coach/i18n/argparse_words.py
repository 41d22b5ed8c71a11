"""argparse in the user's language: its words go through gettext's ``_``, looked up in the
argparse module when a message is made, so setting that name is the hook gettext offers.
``install(lang)`` points it at our catalogue (``messages/cli_argparse.py``); a word we do not
know stays argparse's own English."""

from __future__ import annotations

import argparse

from coach.i18n import CATALOG, normalise


def translator(lang: str):
    lang = normalise(lang)

    def gettext(message: str) -> str:
        pair = CATALOG.get(f"argparse.{message}")
        if pair is None:
            return message
        return pair[0] if lang == "nb" else pair[1]

    return gettext


def install(lang: str) -> None:
    """From now on argparse speaks ``lang`` (the CLI calls this before it parses)."""
    argparse._ = translator(lang)  # type: ignore[attr-defined]
