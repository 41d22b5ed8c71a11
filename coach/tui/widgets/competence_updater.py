"""The competence updater: every area with its agreed level at the last evaluation and now,
the self-rating apart, and what changed since the last evaluation.

Used in the evaluation conversation's competence section (Tab from the note editor) and on
demand from the profile screen. Keys: ``d`` change the agreed level with a reason, ``s`` the
self-rating, ``a`` a new area (breadth), ``escape`` back. Every change is logged with the
conversation (if any); the widget posts ``Save`` and its host writes the records.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from coach.domain.competence import CompetenceArea
from coach.domain.competence_review import AreaReview, changes_since, review
from coach.domain.visibility import is_private
from coach.i18n.labels import level_label
from coach.services.competence import since_last_evaluation
from coach.tui.bindings import translate_bindings
from coach.tui.dialogs.competence_form import AreaDialog, DepthDialog, SelfRatingDialog
from coach.tui.screen_share import hidden_mark, view
from coach.tui.widgets.goals_panel import Save, back_to_note

if TYPE_CHECKING:
    from textual import getters

    from coach.tui.shell import ShellApp


class CompetenceUpdater(Vertical):
    if TYPE_CHECKING:
        app = getters.app(ShellApp)

    DEFAULT_CSS = """
    CompetenceUpdater {
        height: auto;
        margin-top: 1;
    }
    CompetenceUpdater > Static {
        height: auto;
    }
    CompetenceUpdater > OptionList {
        height: auto;
        max-height: 8;
        border: none;
        padding: 0;
    }
    """
    BINDINGS = [
        Binding("d", "change_depth", "profile.tui.key.depth"),
        Binding("s", "self_rating", "competence.live.key.self"),
        Binding("a", "add_area", "profile.tui.key.add"),
        Binding("escape", "back", "goals.live.key.back"),
    ]

    def __init__(self, person_id: str, conversation_id: str | None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.person_id = person_id
        self.conversation_id = conversation_id
        self.areas: list[CompetenceArea] | None = None
        self.since: datetime | None = None
        self.rows: list[AreaReview] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="updater-title")
        yield OptionList(id="updater-list")
        yield Static("", id="updater-since")

    def on_mount(self) -> None:
        translate_bindings(self, self.app._)

    def show(self) -> None:
        """Show the areas (read from the store the first time, then kept in memory)."""
        _ = self.app._
        if self.areas is None:
            self.areas, self.since = since_last_evaluation(
                self.app.services.store, self.person_id, exclude=self.conversation_id)
        title = Text(_("competence.live.title"), style="bold")
        title.append("  " + _("competence.live.hint"), style="dim")
        self.query_one("#updater-title", Static).update(title)
        self.rows = review(self.areas, self.since)
        listing = self.query_one(OptionList)
        keep = listing.highlighted
        listing.clear_options()
        listing.add_options([Option(self._label(r)) for r in self.rows])
        if not self.rows:
            listing.add_option(Option(Text(_("competence.live.none"), style="dim"),
                                      disabled=True))
        else:
            listing.highlighted = min(keep or 0, len(self.rows) - 1)
        self.query_one("#updater-since", Static).update(self._since_text())

    def _label(self, row: AreaReview) -> Text:
        _, lang = self.app._, self.app.lang
        out = Text(row.area.area, style="bold")
        before = (level_label(row.previous, lang) if row.previous is not None
                  else _("competence.live.new"))
        style = "green" if row.moved > 0 else "yellow" if row.moved < 0 else ""
        out.append(f"  {before} → ")
        out.append(level_label(row.current, lang), style=style)
        if row.area.self_rating is not None:
            self_level = level_label(row.area.self_rating, lang)
            out.append("  (" + _("competence.live.self", level=self_level) + ")", style="dim")
        return out

    def _since_text(self) -> Text:
        _, lang = self.app._, self.app.lang
        out = Text(_("competence.live.since"), style="bold")
        if self.since is None:
            out.append("  " + _("competence.live.first"), style="dim")
        changes = changes_since(self.areas or [], self.since)
        if not changes:
            out.append("\n" + _("competence.live.since_none"), style="dim")
        share = view(self.screen, "competence")
        for area, change in changes:
            before = level_label(change.from_depth, lang) or _("profile.md.start")
            line = f"\n• {area.area}: {before} → {level_label(change.to_depth, lang)}"
            if change.rating == "self":
                line += f" ({_('profile.md.self')})"
            if not share.shows(change):  # screen-share mode: a private change is hidden
                share.hide("note", line.strip() + (f": {change.reason}" if change.reason
                                                   else ""), area.area)
                out.append(f"\n• {area.area}: ")
                out.append(hidden_mark(_, "note"))
                continue
            if is_private(change):
                line += f" ({_('visibility.private')})"
            out.append(line)
            if change.reason:
                out.append(f": {change.reason}", style="dim")
        return out

    def selected(self) -> CompetenceArea | None:
        index = self.query_one(OptionList).highlighted
        if not self.rows or index is None or not 0 <= index < len(self.rows):
            return None
        return self.rows[index].area

    def _changed(self, area: CompetenceArea) -> None:
        self.post_message(Save([area]))
        self.show()
        ids = [r.area.id for r in self.rows]
        self.query_one(OptionList).highlighted = ids.index(area.id)
        self.query_one(OptionList).focus()

    def action_change_depth(self) -> None:
        area = self.selected()
        if area is None:
            return

        def change(result) -> None:
            if result is not None and area.set_depth(result.depth, result.reason,
                                                     self.conversation_id,
                                                     visibility=result.visibility):
                self._changed(area)

        self.app.push_screen(DepthDialog(area, self.app._), change)

    def action_self_rating(self) -> None:
        area = self.selected()
        if area is None:
            return

        def rate(level: int | None) -> None:
            if level is not None and level != area.self_rating:
                area.set_self_rating(level, self.conversation_id)
                self._changed(area)

        self.app.push_screen(SelfRatingDialog(area, self.app._), rate)

    def action_add_area(self) -> None:
        def add(area: CompetenceArea | None) -> None:
            if area is not None:
                for change in area.history:
                    change.conversation_id = self.conversation_id
                self.areas = [*(self.areas or []), area]
                self._changed(area)

        self.app.push_screen(AreaDialog(self.person_id, self.app._), add)

    def action_back(self) -> None:
        back_to_note(self)
