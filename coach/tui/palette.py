"""The command palette: commands the current screen offers, in the user's language.

A screen offers commands by defining ``palette_commands()`` that yields ``PaletteCommand``s;
later screens (the live conversation, for one) only need to add that method.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from textual.command import DiscoveryHit, Hit, Hits, Provider


class PaletteCommand(NamedTuple):
    title: str
    help: str
    callback: Callable[[], object]


def screen_commands(screen: object) -> Iterable[PaletteCommand]:
    offer = getattr(screen, "palette_commands", None)
    return list(offer()) if callable(offer) else []


class ScreenCommands(Provider):
    """Offers the calling screen's ``palette_commands()``."""

    async def discover(self) -> Hits:
        for cmd in screen_commands(self.screen):
            yield DiscoveryHit(cmd.title, cmd.callback, help=cmd.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for cmd in screen_commands(self.screen):
            score = matcher.match(cmd.title)
            if score > 0:
                yield Hit(score, matcher.highlight(cmd.title), cmd.callback, help=cmd.help)
