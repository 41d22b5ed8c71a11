"""Labels that several outputs show alike (screens, the CLI, the Markdown exports): one
place, so a level or a goal's progress reads the same everywhere. Plain text, not escaped."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from coach.i18n import CATALOG, t
from coach.i18n.formats import format_date, format_day, format_percent  # noqa: F401  (one formatter)

if TYPE_CHECKING:  # types only: the labels read plain attributes

    from coach.domain.goals import Goal


def level_label(depth: int | None, lang: str) -> str:
    """``3 – Competent``; an empty string for no level."""
    if depth is None:
        return ""
    return f"{depth} – {t(f'competence.level.{depth}', lang)}"


def latest_progress(goal: Goal, lang: str) -> str:
    """The latest progress as plain text: ``on track (60 %), 2025-03-01`` (in bokmål
    ``i rute (60 %), 01.03.2025``); not escaped."""
    entry = goal.latest
    if entry is None:
        return t("goals.md.no_progress", lang)
    text = t(f"progress.{entry.status.value}", lang)
    if entry.percent is not None:
        text += f" ({format_percent(entry.percent, lang)})"
    return f"{text}, {format_day(entry.at, lang)}"


def kind_label(kind: str, lang: str, private: bool = False) -> str:
    """A search hit's kind: an entry kind, or action/goal/progress/private; a private hit of
    another kind is marked as private."""
    key = f"entry.{kind}"
    label = t(key if key in CATALOG else f"search.kind.{kind}", lang)
    if private and kind != "private":
        return t("search.kind.marked_private", lang, kind=label)
    return label


def cadence_label(days: int, _: Callable[..., str]) -> str:
    """ "monthly", "annenhver uke", ... for the known cadences; "every N days" otherwise."""
    try:
        return _(f"cadence.{days}")
    except KeyError:
        return _("cadence.days", days=days)


