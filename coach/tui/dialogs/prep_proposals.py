"""The employee's proposals (goals, self-ratings) to agree on, one at a time."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from coach.i18n import Translator
from coach.i18n.formats import format_date
from coach.services.handover import reported_status
from coach.tui.dialogs.form import Dialog


def describe(kind: str, proposal, _: Translator) -> str:
    if kind == "progress":
        return _("prep.proposal.progress", text=proposal.statement,
                 status=reported_status(proposal, _.lang),
                 comment=proposal.progress or "–")
    if kind == "goal":
        extra = [_(f"goal.type.{proposal.type.value}"), _(f"goal.scope.{proposal.scope.value}")]
        if proposal.measure:
            extra.append(proposal.measure)
        if proposal.target_date:
            extra.append(format_date(proposal.target_date, _.lang))
        return _("prep.proposal.goal", text=proposal.statement, extra=", ".join(extra))
    return _("prep.proposal.rating", area=proposal.area, depth=proposal.depth,
             level=_(f"competence.level.{proposal.depth}"))


class ProposalsDialog(Dialog[int]):
    """Dismisses with the index of the proposal to agree on, or None."""

    def __init__(self, proposals: list[tuple[str, object]], _: Translator) -> None:
        super().__init__(_)
        self.proposals = proposals

    def compose(self) -> ComposeResult:
        _ = self._
        with Vertical(classes="dialog", id="proposals-dialog"):
            yield Static(_("prep.proposals.title"), classes="dialog-title")
            yield Static(_("prep.proposals.hint"))
            yield OptionList(*[Option(describe(k, p, _)) for k, p in self.proposals],
                             id="proposals")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#proposals", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)
