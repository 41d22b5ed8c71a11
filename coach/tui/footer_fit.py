"""A footer that keeps what matters at 80 columns: the lesser keys of a screen leave the
footer below a width (they stay bound, and F1 help and the palette list them)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from textual.screen import Screen


def fit_footer(screen: Screen, width: int, extras: Iterable[str], room: int) -> None:
    """Show the bindings of ``extras`` (keys) in the footer only from ``room`` columns on."""
    show = width >= room
    bindings = screen._bindings.key_to_bindings
    changed = False
    for key in extras:
        items = bindings.get(key, [])
        if any(b.show != show for b in items):
            bindings[key] = [replace(b, show=show) for b in items]
            changed = True
    if changed:
        screen.refresh_bindings()
