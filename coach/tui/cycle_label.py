"""The year's cycle as a short cell ("M ✓ · O 3/10 · E –") and as a line for a person."""

from __future__ import annotations

from rich.text import Text

from coach.domain.cycle import Mark, YearCycle

SYMBOL = {Mark.DONE: "✓", Mark.DUE: "!", Mark.LATE: "!", Mark.LATER: "–", Mark.MISSED: "✗"}
STYLE = {Mark.DONE: "green", Mark.DUE: "bold yellow", Mark.LATE: "bold red",
         Mark.LATER: "dim", Mark.MISSED: "red"}


def cycle_cell(cycle: YearCycle, _) -> Text:
    """Compact: goal-setting, follow-ups held/planned, evaluation."""
    out = Text()
    out.append(f"{_('cycle.letter.goal')} {SYMBOL[cycle.goal_setting]}",
               style=STYLE[cycle.goal_setting])
    out.append(" · ", style="dim")
    out.append(f"{_('cycle.letter.follow')} {cycle.follow_ups_held}/{cycle.follow_ups_planned}",
               style="bold red" if cycle.follow_ups_behind else "")
    out.append(" · ", style="dim")
    out.append(f"{_('cycle.letter.eval')} {SYMBOL[cycle.evaluation]}",
               style=STYLE[cycle.evaluation])
    return out


def cycle_line(cycle: YearCycle, _) -> Text:
    """In words, for the person screen."""
    out = Text(_("cycle.year", year=cycle.year) + "  ")
    out.append(_("cycle.goal_setting") + ": ")
    out.append(_(f"cycle.mark.{cycle.goal_setting.value}"), style=STYLE[cycle.goal_setting])
    out.append(" · " + _("cycle.follow_ups", held=cycle.follow_ups_held,
                         planned=cycle.follow_ups_planned),
               style="bold red" if cycle.follow_ups_behind else "")
    if cycle.follow_ups_behind:
        out.append(" " + _("cycle.behind", by_now=cycle.follow_ups_by_now), style="bold red")
    out.append(" · " + _("cycle.evaluation") + ": ")
    out.append(_(f"cycle.mark.{cycle.evaluation.value}"), style=STYLE[cycle.evaluation])
    return out
