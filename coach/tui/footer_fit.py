"""A footer that keeps what matters whole: a screen's lesser keys (``extras``, most wanted
first) join the footer only while they fit beside the keys it always shows, measured in the
interface language (English and bokmål labels differ in length). Keys that do not fit stay
bound, and F1 help and the palette list them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from textual.binding import Binding
from textual.screen import Screen

#: The space between two keys in a compact footer.
GAP = 1


def key_width(screen: Screen, binding: Binding) -> int:
    """The cells a key takes in a compact footer: its key, a space, its label."""
    return len(screen.app.get_key_display(binding)) + 1 + len(binding.description)


def _set_show(screen: Screen, key: str, show: bool) -> bool:
    bindings = screen._bindings.key_to_bindings
    items = bindings.get(key, [])
    if any(b.show != show for b in items):
        bindings[key] = [replace(b, show=show) for b in items]
        return True
    return False


def palette_width(screen: Screen) -> int:
    """The room the command palette's key takes at the footer's right edge (0 if none)."""
    active = screen.active_bindings.get(screen.app.COMMAND_PALETTE_BINDING)
    if active is None:
        return 0
    return 2 + key_width(screen, active.binding)  # with its separator


def show_keys(screen: Screen, keys: Iterable[str]) -> None:
    """Put ``keys`` back in the footer, whatever their room (the keys a screen always shows)."""
    changed = False
    for key in keys:
        changed |= _set_show(screen, key, True)
    if changed:
        screen.refresh_bindings()


def fit_footer(screen: Screen, width: int, extras: Iterable[str], reserve: int = 0) -> None:
    """Show as many of ``extras`` (keys, in order) as fit in ``width`` columns beside the
    footer's other keys (and ``reserve`` columns kept free on the right)."""
    extras = list(extras)
    extra_set = set(extras)
    changed = False
    for key in extras:  # measure the rest without them
        changed |= _set_show(screen, key, False)
    seen: set[str] = set()
    used = 0
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.show or binding.key in extra_set or binding.action in seen:
            continue
        seen.add(binding.action)
        used += (GAP if used else 0) + key_width(screen, binding)
    room = width - reserve
    for key in extras:
        items = screen._bindings.key_to_bindings.get(key, [])
        if not items:
            continue
        binding = items[0]
        if key not in screen.active_bindings:
            # Not available now (ctrl+f with no plan proposed): takes no room until it is.
            changed |= _set_show(screen, key, True)
            continue
        need = (GAP if used else 0) + key_width(screen, binding)
        if used + need > room:
            break
        used += need
        changed |= _set_show(screen, key, True)
    if changed:
        screen.refresh_bindings()
