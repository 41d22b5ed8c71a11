"""The live screen's follow-ups: last time's action items (done, carried forward,
dropped), goals and competence changed in a section's panel, and the employee's proposals
agreed one at a time."""

from __future__ import annotations

from textual import on
from textual.widgets import TextArea

from coach.tui.dialogs.follow_up import FollowUp, FollowUpDialog
from coach.tui.dialogs.prep_proposals import ProposalsDialog
from coach.tui.screen_share import shown_text
from coach.tui.screens.live.saving import LiveSaving
from coach.tui.widgets.earlier_actions import EarlierActions
from coach.tui.widgets.prep_panel import PrepPanel
from coach.tui.widgets.section_tools import Save


class FollowUps(LiveSaving):
    # -- earlier action items ---------------------------------------------------------------
    @on(EarlierActions.Ticked)
    def _earlier_ticked(self, event: EarlierActions.Ticked) -> None:
        actions = self.session.earlier_open_actions()
        if not 0 <= event.index < len(actions):
            return
        action = actions[event.index]
        if event.what == "done":
            self._save(self.session.tick_done(action))
            self._show_earlier()
            return

        def answered(result: FollowUp | None) -> None:
            if result is not None:
                self._save(self.session.carry_over(action, result.due) if result.how == "carry"
                           else self.session.drop(action, result.reason))
                self._show_earlier()

        if event.what == "drop" and not action.is_open:
            self._save(self.session.drop(action))  # undo a drop: no question
            self._show_earlier()
            return
        self._back_to = self.query_one("#earlier", EarlierActions)
        self.app.push_screen(FollowUpDialog(
            event.what, shown_text(self.app, action, action.text, "action-item"), self._,
            today=self.session.day,
            default_due=self.session.next_due_date(),
        ), answered)

    @on(EarlierActions.Leave)
    def _earlier_left(self, event: EarlierActions.Leave) -> None:
        editor = self.query_one("#editor", TextArea)
        editor.focus()
        if event.character:
            editor.insert(event.character)

    @on(Save)
    def _section_tools_save(self, event: Save) -> None:
        """Goals and competence changed in the section's panel: write them in order."""
        self._save(event.records)

    def action_prep_proposals(self) -> None:
        """The employee's proposed goals and self-ratings, agreed one at a time."""
        panel = self.query_one(PrepPanel)
        proposals = panel.proposals()
        if not proposals:
            self.notify(self._("prep.proposals.none"))
            return

        def chosen(index: int | None) -> None:
            if index is not None:
                kind, proposal = proposals[index]
                panel.accept(kind, proposal, self._save)
                self.notify(self._(f"prep.accepted.{kind}"))

        self.app.push_screen(ProposalsDialog(proposals, self._), chosen)

