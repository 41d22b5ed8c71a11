"""The command palette: commands the current screen offers, in the user's language.

A screen offers commands by overriding ``CoachScreen.palette_commands()``, which yields
``PaletteCommand``s; a new screen only needs to override that method.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.command import DiscoveryHit, Hit, Hits, Provider

from coach.tui.shell import CoachScreen, PaletteCommand

__all__ = ["PaletteCommand", "ScreenCommands", "screen_commands"]


def screen_commands(screen: object) -> Iterable[PaletteCommand]:
    return list(screen.palette_commands()) if isinstance(screen, CoachScreen) else []


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
