"""The first-run panel: what coach is for and what to do next."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from coach.i18n import Translator


class EmptyTeam(Vertical):
    """Shown instead of the table while there is nobody in the store."""

    def __init__(self, _: Translator, **kwargs) -> None:
        super().__init__(**kwargs)
        self._ = _

    def compose(self) -> ComposeResult:
        yield Static(self._("home.empty.title"), classes="empty-title")
        yield Static(self._("home.empty.body"), classes="empty-body")
