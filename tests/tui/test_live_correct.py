"""What was understood of an action item shows on its entry at once, and ctrl+e corrects it:
a date that is none (31.02) stays in the text with a hint, and the correction dialog moves
it to the due field, marked, so the right date is typed where it belongs."""

from __future__ import annotations

from live_helpers import live_app, no_text_area_blink, settle  # noqa: F401
from textual.widgets import Input, Static, TextArea

from coach.domain.actions import Owner
from coach.domain.due_dates import parse_due_field
from coach.tui.dialogs.action_item import ActionItemDialog


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", ":": "colon", "@": "at"}.get(c, c) for c in text])


def _entries_text(live) -> str:
    from rich.console import Console

    console = Console(width=200, record=True)
    console.print(live.query_one("#entries .entries-text", Static).content)
    return console.export_text()


async def test_an_invalid_date_is_hinted_and_corrected_with_one_key(team_store):
    app = live_app(team_store, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        await _type(pilot, "t: @leder Bestille ny pult 31.02")
        await pilot.press("ctrl+n")
        await settle(pilot)
        entry = live.session.latest_action_entry()
        action = live.session.action_of(entry)
        assert entry.text == "Bestille ny pult 31.02" and action.due is None
        assert action.owner is Owner.LEADER
        shown = _entries_text(live)
        assert "Bestille ny pult 31.02  leder · «31.02» er ingen dato (ctrl+e retter)" in shown

        await pilot.press("ctrl+e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ActionItemDialog)
        assert dialog.query_one("#action-text", Input).value == "Bestille ny pult"
        due = dialog.query_one("#action-due", Input)
        assert due.value == "31.02" and dialog.focused is due
        assert dialog.query_one("#due-error").has_class("shown")
        due.value = ""
        await _type(pilot, "15.01")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is live
        assert live.focused is live.query_one("#editor", TextArea)
        expected = parse_due_field("15.01", live.session.day)
        assert (entry.text, action.text, action.due) == (
            "Bestille ny pult", "Bestille ny pult", expected)
        assert f"Bestille ny pult  leder · frist {expected:%d.%m.%Y}" in _entries_text(live)
        stored = {a.id: a for a in team_store.actions(action.person_id)}[action.id]
        assert stored.due == expected and stored.text == "Bestille ny pult"
