"""The live conversation (route "live"): the screen and its parts (see ``screen``)."""

from coach.tui.screens.live.screen import CLOCK_SAVE_EVERY, LiveScreen

__all__ = ["CLOCK_SAVE_EVERY", "LiveScreen"]
