"""Dialogs for the competence profile: a new area, and a changed depth with its reason."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Checkbox, Footer, Input, Label, Select, Static

from coach.domain.competence import MAX_DEPTH, MIN_DEPTH, CompetenceArea
from coach.domain.visibility import Visibility
from coach.i18n import Translator
from coach.tui.dialogs.form import FormDialog


def depth_options(_: Translator) -> list[tuple[str, int]]:
    """Each level with its one-line description, for a Select."""
    return [(f"{n} {_(f'competence.depth.{n}')}", n) for n in range(MIN_DEPTH, MAX_DEPTH + 1)]


@dataclass(frozen=True)
class DepthChange:
    depth: int
    reason: str
    #: A private change (its reason the leader's own remark) stays out of shared outputs.
    visibility: Visibility = Visibility.SHARED


class AreaDialog(FormDialog[CompetenceArea]):
    """A new competence area; dismisses with a CompetenceArea or None. ``own_rating``: the
    employee rates themself (``coach reflect``): the titles say it is their own rating, not
    the agreed level."""

    def __init__(self, person_id: str, _: Translator, *, own_rating: bool = False) -> None:
        super().__init__(_)
        self.person_id = person_id
        self.own_rating = own_rating

    def compose(self) -> ComposeResult:
        _ = self._
        with VerticalScroll(classes="dialog", id="area-dialog"):
            yield Static(_("prep.rating.title" if self.own_rating else "profile.tui.add_title"),
                         classes="dialog-title")
            yield Label(_("profile.md.col.area"), classes="field-label")
            yield Input(id="area-name")
            yield Static(_("profile.tui.no_name"), id="name-error", classes="error")
            yield Label(_("profile.md.col.category"), classes="field-label")
            yield Input(id="area-category")
            yield Label(_("prep.rating.level" if self.own_rating else "profile.md.col.depth"),
                        classes="field-label")
            yield Select(depth_options(_), value=MIN_DEPTH, allow_blank=False, id="area-depth")
            yield Label(_("prep.rating.comment" if self.own_rating else "profile.md.col.evidence"),
                        classes="field-label")
            yield Input(id="area-evidence")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#area-name", Input).focus()

    def action_save(self) -> None:
        name = " ".join(self.query_one("#area-name", Input).value.split())
        if self.flag("#name-error", not name, "#area-name"):
            return
        area = CompetenceArea(
            self.person_id,
            name,
            category=self.query_one("#area-category", Input).value.strip(),
            evidence=self.query_one("#area-evidence", Input).value.strip(),
        )
        area.set_depth(int(self.chosen("#area-depth")),
                       self._("profile.tui.added_reason"))
        self.dismiss(area)


class DepthDialog(FormDialog[DepthChange]):
    """A new agreed level for one area, with the reason; dismisses with DepthChange or None.
    The box (or ``ctrl+r``) keeps the change and its reason private."""

    BINDINGS = [Binding("ctrl+r", "toggle_private", "goals.tui.private_key", priority=True)]

    def __init__(self, area: CompetenceArea, _: Translator) -> None:
        super().__init__(_)
        self.area = area

    def compose(self) -> ComposeResult:
        _ = self._
        with VerticalScroll(classes="dialog", id="depth-dialog"):
            yield Static(_("profile.tui.depth_title", area=self.area.area),
                         classes="dialog-title", markup=False)
            yield Select(depth_options(_), value=self.area.depth, allow_blank=False,
                         id="depth-level")
            yield Label(_("profile.tui.reason"), classes="field-label")
            yield Input(id="depth-reason")
            yield Checkbox(_("goals.tui.private"), id="depth-private")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#depth-level", Select).focus()

    def action_toggle_private(self) -> None:
        box = self.query_one("#depth-private", Checkbox)
        box.value = not box.value

    def action_save(self) -> None:
        private = self.query_one("#depth-private", Checkbox).value
        self.dismiss(DepthChange(int(self.chosen("#depth-level")),
                                 self.query_one("#depth-reason", Input).value.strip(),
                                 Visibility.PRIVATE if private else Visibility.SHARED))


class SelfRatingDialog(FormDialog[int]):
    """The employee's own rating of one area (input, not the record); dismisses with the
    level or None."""

    def __init__(self, area: CompetenceArea, _: Translator) -> None:
        super().__init__(_)
        self.area = area

    def compose(self) -> ComposeResult:
        _ = self._
        with VerticalScroll(classes="dialog", id="self-dialog"):
            yield Static(_("competence.live.self_title", area=self.area.area),
                         classes="dialog-title", markup=False)
            yield Select(depth_options(_), value=self.area.self_rating or self.area.depth,
                         allow_blank=False, id="self-level")
            yield Static(_("competence.live.self_note"), classes="field-label")
            yield from self.buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#self-level", Select).focus()

    def action_save(self) -> None:
        self.dismiss(int(self.chosen("#self-level")))
