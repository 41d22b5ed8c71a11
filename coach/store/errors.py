"""Errors the store raises; each can explain itself to a user in either language."""

from __future__ import annotations


class StoreError(Exception):
    """Base class. ``explain(lang)`` gives the message a user reads."""

    def explain(self, lang: str) -> str:
        return str(self)


class StoreLocked(StoreError):
    """Another coach process holds the data directory."""


class StoreCorrupt(StoreError):
    """A store file cannot be parsed or has the wrong shape."""
