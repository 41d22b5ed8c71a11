"""The clocks of the live screen: section time left, meeting time against plan, and pace.

The widget only displays what the domain's ``AgendaClock`` computes; it is re-rendered from
a timer, and only when the text it shows has changed.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from coach.domain.agenda import AgendaClock, ClockState
from coach.i18n import Translator
from coach.tui.widgets.sizing import size_is_fixed


def mmss(seconds: float) -> str:
    """Whole seconds as m:ss (h:mm:ss past an hour); negative values lose their sign."""
    total = int(abs(seconds) + 0.5) if seconds < 0 else int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def pace_text(pace_seconds: float, _: Translator) -> str:
    minutes = round(pace_seconds / 60)
    if minutes > 0:
        return _("live.pace.behind", minutes=minutes)
    if minutes < 0:
        return _("live.pace.ahead", minutes=-minutes)
    return _("live.pace.on_time")


def clock_text(clock: AgendaClock, _: Translator) -> Text:
    remaining = clock.section_remaining()
    out = Text()
    if remaining < 0:
        out.append(" " + _("live.clock.over", time="+" + mmss(remaining)) + " ",
                   style="bold reverse red")
    elif clock.warning():
        out.append(" " + _("live.clock.left", time=mmss(remaining)) + " ",
                   style="bold reverse yellow")
    else:
        out.append(" " + _("live.clock.left", time=mmss(remaining)) + " ", style="bold")
    out.append("  ")
    out.append(_("live.clock.meeting", elapsed=mmss(clock.meeting_elapsed()),
                 planned=mmss(clock.planned_total)))
    out.append("  ")
    pace = clock.pace()
    out.append(pace_text(pace, _), style="red" if round(pace / 60) > 0 else "green")
    if clock.state is not ClockState.RUNNING:
        out.append("  ")
        out.append(_(f"live.state.{clock.state.value}"), style="bold reverse")
    return out


class SectionClockView(Static):
    """One line: the section clock, the meeting clock and the pace."""

    def __init__(self, clock: AgendaClock, _: Translator, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.clock = clock
        self._ = _
        self._shown: Text | None = None

    def on_mount(self) -> None:
        self.tick()

    def tick(self) -> None:
        text = clock_text(self.clock, self._)
        shown = self._shown
        if shown is None or text.plain != shown.plain or text.spans != shown.spans:
            self._shown = text
            # Painted in place when the CSS fixes the size: no layout of the whole screen.
            self.update(text, layout=not size_is_fixed(self))
