"""The live screen's note capture and question keys. Everything here runs on the event
loop; writing goes through the screen's ordered save queue (``_save``)."""

from __future__ import annotations

from textual.widgets import TextArea

from coach.domain.actions import Owner
from coach.domain.conversations import Entry, EntryKind, Visibility
from coach.domain.due_dates import read_due
from coach.domain.note_kinds import BY_KIND, BY_NAME
from coach.tui.dialogs.action_item import ActionDraft, ActionItemDialog
from coach.tui.screen_share import blind_private, share_of
from coach.tui.screens.live.saving import LiveSaving


class NoteCapture(LiveSaving):

    # -- notes ------------------------------------------------------------------------------
    def _clear_editor(self, editor: TextArea) -> None:
        """The entry is finished: an empty editor, nothing left to autosave."""
        editor.clear()
        self.saves.handed_over()

    def _commit_in(self, index: int) -> None:
        """Commit the editor's text as a note of section ``index`` (after a move)."""
        editor = self.query_one("#editor", TextArea)
        draft = self.session.set_draft(editor.text)
        if draft is not None and 0 <= index < len(self.clock.sections):
            draft.section_id = self.clock.sections[index].section_id
        self._save(self.session.commit_draft())
        self._clear_editor(editor)

    def action_commit(self, kind: str = "", owner=None, due=None) -> None:
        editor = self.query_one("#editor", TextArea)
        if kind == "private" and blind_private(self, editor):
            return  # screen-share mode: ctrl+r began (or left) a note typed blind
        if not editor.text.strip():
            self.notify(self._("live.nothing_typed"), severity="warning")
            return
        self.session.set_draft(editor.text)
        entry_kind: EntryKind | None = None
        visibility: Visibility | None = None
        if kind:
            row = BY_NAME[kind]
            if row.visibility is Visibility.PRIVATE:
                visibility = row.visibility
            else:
                entry_kind = row.kind
        records = self.session.commit_draft(entry_kind, visibility, owner=owner, due=due)
        self._clear_editor(editor)
        self._save([*records, *self.session.clock_changed()])
        self._show_entries()
        saved = next((r for r in records if isinstance(r, Entry)), None)
        if saved is not None:
            self.notify(self._("live.saved_entry", kind=self._(BY_KIND[saved.kind].label)),
                        timeout=1.5)

    def action_action_item(self) -> None:
        editor = self.query_one("#editor", TextArea)
        if getattr(editor, "masking", False):  # typed blind: no dialog to show the text
            self.action_commit("action-item")
            return
        parsed = self.session.parse(editor.text)
        text = parsed.text.strip() if parsed.kind is EntryKind.ACTION_ITEM else editor.text.strip()

        def done(result: ActionDraft | None) -> None:
            if result is None:
                editor.focus()
                return
            editor.load_text(result.text)
            self.action_commit("action-item", owner=result.owner, due=result.due)
            editor.focus()

        self.app.push_screen(
            ActionItemDialog(text, self._, parsed.owner or Owner.EMPLOYEE, parsed.due,
                             today=self.session.day),
            done,
        )

    def action_correct_action(self) -> None:
        """ctrl+e: correct what was understood of this section's latest action item (its
        text, owner, due date). With text in the editor, ctrl+e keeps its usual meaning
        there (the end of the line)."""
        editor = self.query_one("#editor", TextArea)
        if editor.text.strip():
            editor.action_cursor_line_end()
            return
        entry = self.session.latest_action_entry()
        if entry is None:
            self.notify(self._("live.correct.none"), severity="warning")
            return
        action = self.session.action_of(entry)
        if not share_of(self.app).shows(entry):
            self.notify(self._("share.blind.no_dialog"), severity="warning")
            return
        text, due_text = entry.text, ""
        if action is not None and action.due is None:
            # A date that is none ("31.02") moves from the text to the due field, marked,
            # so the leader types the right one where it belongs.
            found = read_due(entry.text, self.session.day)
            if found.invalid:
                due_text = found.invalid.split()[-1]
                head, _sep, _tail = entry.text.rpartition(found.invalid)
                text = head.rstrip(" \t,;:-–") or entry.text

        def done(result: ActionDraft | None) -> None:
            if result is not None:
                self._save(self.session.correct_action(entry, result.text, result.owner,
                                                       result.due))
                self._show_entries()
            editor.focus()

        self.app.push_screen(
            ActionItemDialog(text, self._, action.owner if action else Owner.EMPLOYEE,
                             action.due if action else None, today=self.session.day,
                             title="live.correct.title", due_text=due_text),
            done,
        )

    # -- questions --------------------------------------------------------------------------
    def action_more_questions(self) -> None:
        self.session.deck().more()
        self._show_questions()

    def action_asked(self, n: int) -> None:
        questions = self.session.deck().suggestions()
        if n < len(questions):
            self._save(self.session.mark_asked(questions[n].id))
            self._show_questions()

    def action_toggle_guidance(self) -> None:
        self._full_guidance = not self._full_guidance
        self._show_section_info()
