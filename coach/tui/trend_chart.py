"""A person's trends drawn as Rich text: sparklines and bar rows that fit a given width.

Each chart is a title line and a few rows; ``trends_text`` stacks them. Every glyph has a
legend, and the figures are written out beside the bars, so nothing rests on colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from coach.domain.trends import GOAL_STATES, THEME_ORDER, QuarterCounts, Trends
from coach.i18n.formats import format_decimal

SPARKS = "▁▂▃▄▅▆▇█"
#: Quarters shown (the newest): two years.
QUARTERS_SHOWN = 8
GOAL_GLYPH = {"on-track": "█", "at-risk": "▓", "off-track": "▒", "no-status": "░",
              "achieved": "◆", "dropped": "×"}
GOAL_STYLE = {"on-track": "green", "at-risk": "yellow", "off-track": "red",
              "no-status": "dim", "achieved": "bold cyan", "dropped": "dim"}
_INDENT = "  "


def spark(values: Sequence[float | None], top: float | None = None) -> str:
    """One block per value, its height relative to ``top`` (default: the largest); a value
    of None (nothing to measure) is a space, 0 the lowest block."""
    known = [v for v in values if v is not None]
    top = top if top is not None else max(known, default=0)
    out = []
    for v in values:
        if v is None:
            out.append(" ")
        elif top <= 0:
            out.append(SPARKS[0])
        else:
            out.append(SPARKS[min(len(SPARKS) - 1, round(v / top * (len(SPARKS) - 1)))])
    return "".join(out)


def widen(line: str, room: int) -> str:
    """Each block repeated (up to three times) so a short series uses the room it has."""
    times = max(1, min(3, room // max(1, len(line))))
    return "".join(ch * times for ch in line)


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)} %"


def _title(text: str) -> Text:
    return Text(text + "\n", style="bold")


def mastery_chart(trends: Trends, width: int, _) -> Text:
    out = _title(_("trends.mastery.title"))
    points = trends.points
    if not points:
        out.append(_INDENT + _("trends.none") + "\n", style="dim")
        return out
    room = max(8, width - len(_INDENT))
    shown = points[-room:]
    out.append(_INDENT)
    out.append(widen(spark([p.mastery for p in shown]), room), style="green")
    out.append("\n")
    mean = format_decimal(trends.mastery_total / len(points), _.lang)  # the one formatter
    out.append(_INDENT + _("trends.mastery.summary", last=points[-1].mastery,
                             most=max(p.mastery for p in points), mean=mean,
                             count=len(points)) + "\n", style="dim")
    return out


def overrun_chart(trends: Trends, width: int, _) -> Text:
    out = _title(_("trends.overrun.title"))
    timed = [p for p in trends.points if p.overrun_share is not None]
    if not timed:
        out.append(_INDENT + _("trends.overrun.none") + "\n", style="dim")
        return out
    room = max(8, width - len(_INDENT))
    shown = timed[-room:]
    out.append(_INDENT)
    out.append(widen(spark([p.overrun_share for p in shown], top=1.0), room), style="yellow")
    out.append("\n")
    recent = " ".join(percent(p.overrun_share) for p in timed[-4:])
    out.append(_INDENT + _("trends.overrun.summary", share=percent(trends.overrun_share),
                             recent=recent) + "\n", style="dim")
    return out


def themes_chart(trends: Trends, width: int, _) -> Text:
    out = _title(_("trends.support.title"))
    total = sum(trends.themes.values())
    if not total:
        out.append(_INDENT + _("trends.support.none") + "\n", style="dim")
        return out
    labels = {theme: _(f"trends.theme.{theme}") for theme in THEME_ORDER}
    label_width = max(len(v) for v in labels.values())
    top = max(trends.themes.values())
    room = max(4, width - len(_INDENT) - label_width - 6)
    for theme in THEME_ORDER:
        n = trends.themes.get(theme, 0)
        if not n:
            continue
        bar = "█" * max(1, round(n / top * room))
        out.append(_INDENT + labels[theme].ljust(label_width) + " ")
        out.append(bar, style="magenta")
        out.append(f" {n}\n")
    return out


def quarter_label(q: QuarterCounts, _) -> str:
    return _("trends.quarter", year=q.year, quarter=q.quarter)


def goals_chart(trends: Trends, width: int, _) -> Text:
    out = _title(_("trends.goals.title"))
    quarters = trends.quarters[-QUARTERS_SHOWN:]
    if not quarters:
        out.append(_INDENT + _("trends.goals.none") + "\n", style="dim")
        return out
    label_width = max(len(quarter_label(q, _)) for q in quarters)
    top = max(q.total for q in quarters)
    room = max(4, width - len(_INDENT) - label_width - 5)
    scale = min(1.0, room / top) if top else 1.0
    for q in quarters:
        out.append(_INDENT + quarter_label(q, _).ljust(label_width) + " ")
        for state in GOAL_STATES:
            n = q.count(state)
            if n:
                out.append(GOAL_GLYPH[state] * max(1, round(n * scale)), style=GOAL_STYLE[state])
        out.append(f" {q.total}\n")
    legend = Text(_INDENT)
    for state in GOAL_STATES:
        legend.append(GOAL_GLYPH[state], style=GOAL_STYLE[state])
        legend.append(" " + _(f"trends.state.{state}") + "  ")
    legend.rstrip()
    out.append_text(legend)
    out.append("\n")
    return out


def trends_text(trends: Trends, width: int, _) -> Text:
    """Every chart, one after the other, each line at most ``width`` wide."""
    out = Text()
    for chart in (goals_chart, mastery_chart, overrun_chart, themes_chart):
        if out:
            out.append("\n")
        out.append_text(chart(trends, width, _))
    return out
