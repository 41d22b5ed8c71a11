"""The agenda: each section with its time box, its status, and actual against planned time.

Two views of the same thing: a column for wide terminals, and a one-line strip for narrow
ones (the stylesheet shows one of them).
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from coach.domain.agenda import AgendaClock, SectionStatus
from coach.i18n import Translator
from coach.i18n.formats import format_decimal
from coach.tui.widgets.section_clock import mmss
from coach.tui.widgets.sizing import size_is_fixed

MARKERS = {
    SectionStatus.DONE: ("✓", "green"),
    SectionStatus.CURRENT: ("▶", "bold"),
    SectionStatus.UPCOMING: ("·", "dim"),
    SectionStatus.SKIPPED: ("–", "dim strike"),
}


def _minutes(seconds: float, lang: str) -> str:
    return format_decimal(seconds / 60.0, lang)


def agenda_column(clock: AgendaClock, _: Translator) -> Text:
    out = Text()
    for i, section in enumerate(clock.sections):
        status = clock.status(i)
        mark, style = MARKERS[status]
        elapsed = clock.section_elapsed(index=i)
        over = elapsed > section.box_seconds and status is not SectionStatus.UPCOMING
        out.append(f"{mark} ", style=style)
        out.append(section.title + "\n", style=style)
        out.append("  ")
        if status is SectionStatus.UPCOMING:
            out.append(f"{_minutes(section.box_seconds, _.lang)} min", style="dim")
        else:
            out.append(f"{mmss(elapsed)} / {_minutes(section.box_seconds, _.lang)} min",
                       style="red" if over else style)
        if status is SectionStatus.SKIPPED:
            out.append(" " + _("live.status.skipped"), style="dim")
        out.append("\n")
    return out


def agenda_strip(clock: AgendaClock, _: Translator) -> Text:
    """One row: the current section and the next by name, the rest by number."""
    out = Text(no_wrap=True, overflow="ellipsis")
    current = clock.index
    for i, section in enumerate(clock.sections):
        status = clock.status(i)
        mark, style = MARKERS[status]
        if i:
            out.append(" ")
        minutes = _minutes(section.box_seconds, _.lang)
        if status is SectionStatus.CURRENT:
            out.append(f"{mark}{section.title} {minutes} min", style="bold")
        elif i == current + 1 and status is SectionStatus.UPCOMING:
            out.append(f" {_('live.agenda.next')}: {section.title} {minutes} min ", style="")
        else:
            out.append(f"{mark}{i + 1}", style=style)
    return out


class AgendaView(Static):
    """Column or strip (``strip=True``); ``tick`` re-renders only when the text changed."""

    def __init__(self, clock: AgendaClock, _: Translator, *, strip: bool = False,
                 **kwargs) -> None:
        super().__init__("", **kwargs)
        self.clock = clock
        self._ = _
        self.strip = strip
        self._shown = ""

    def on_mount(self) -> None:
        self.tick()

    def tick(self) -> None:
        render = agenda_strip if self.strip else agenda_column
        text = render(self.clock, self._)
        key = text.plain + repr(text.spans)
        if key != self._shown:
            self._shown = key
            # Painted in place when the CSS fixes the size: no layout of the whole screen.
            self.update(text, layout=not size_is_fixed(self))
