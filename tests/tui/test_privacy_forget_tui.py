"""Forgetting a person from the person screen: ctrl+d, the name typed out, then gone."""

from __future__ import annotations

import os
import stat

from textual.widgets import Button, Checkbox, Input
from tui_team import KARI, OLA, make_app, settle

from coach.tui.dialogs.forget import ForgetDialog
from coach.tui.screens.person import PersonScreen

SIZE = (100, 30)


async def _open_dialog(pilot) -> ForgetDialog:
    app = pilot.app
    app.push_screen(PersonScreen(app.store.person(KARI)))
    await settle(pilot)
    await pilot.press("ctrl+d")
    await pilot.pause()
    assert isinstance(app.screen, ForgetDialog)
    return app.screen


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(c, c) for c in text])


async def test_forget_needs_the_full_name(team_store):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await _open_dialog(pilot)
        forget = dialog.query_one("#forget", Button)
        assert forget.disabled
        await _type(pilot, "Kari")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog and forget.disabled  # a part of the name is not enough
        await _type(pilot, " nordmann")
        assert not forget.disabled  # case aside
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, (ForgetDialog, PersonScreen))
        ids = {p.id for p in team_store.people(include_archived=True)}
        assert KARI not in ids and OLA in ids
        assert team_store.conversation_summaries(KARI) == []
        assert team_store.actions(KARI) == [] and team_store.goals(KARI) == []


async def test_escape_forgets_nobody(team_store):
    app = make_app(team_store, lang="nb")
    async with app.run_test(size=SIZE) as pilot:
        dialog = await _open_dialog(pilot)
        assert "Kari Nordmann" in str(dialog.query_one("#forget-plan").render())
        await _type(pilot, "Kari Nordmann")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, PersonScreen)
        assert team_store.person(KARI).name == "Kari Nordmann"


async def test_export_first_writes_a_private_file(team_store, tmp_path):
    app = make_app(team_store)
    target = tmp_path / "kari-final.md"
    async with app.run_test(size=SIZE) as pilot:
        dialog = await _open_dialog(pilot)
        dialog.query_one("#forget-export-first", Checkbox).value = True
        dialog.query_one("#forget-export", Input).value = str(target)
        dialog.query_one("#forget-name", Input).focus()
        await _type(pilot, "Kari Nordmann")
        await pilot.press("enter")
        await settle(pilot)
    text = target.read_text(encoding="utf-8")
    assert "Kari Nordmann" in text and "contents: full" in text
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert KARI not in {p.id for p in team_store.people(include_archived=True)}


async def test_export_to_a_missing_folder_keeps_the_dialog_and_the_person(team_store, tmp_path):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await _open_dialog(pilot)
        dialog.query_one("#forget-export-first", Checkbox).value = True
        dialog.query_one("#forget-export", Input).value = str(tmp_path / "nope" / "x.md")
        dialog.query_one("#forget-name", Input).focus()
        await _type(pilot, "Kari Nordmann")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog
        assert dialog.query_one("#forget-error").has_class("shown")
    assert team_store.person(KARI).name == "Kari Nordmann"


def _ola_note(store, text: str, private: bool = False) -> str:
    from coach.domain.conversations import Entry, Visibility

    conv = store.conversation_summaries(OLA)[-1]
    entry = Entry(conv.id, text, "since",
                  visibility=Visibility.PRIVATE if private else Visibility.SHARED)
    store.save_entry(entry)
    return conv.id


async def test_the_name_in_notes_about_others_is_replaced_when_asked(team_store):
    conv = _ola_note(team_store, "Pairing with Kari Nordmann works")
    _ola_note(team_store, "Tension with kari nordmann", private=True)
    app = make_app(team_store)
    notices = []
    app.notify = lambda message, **kw: notices.append(message)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await _open_dialog(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        box = dialog.query_one("#forget-redact", Checkbox)
        assert "Replace the name in others' notes (2 places)" in str(box.label)
        box.value = True
        dialog.query_one("#forget-name", Input).focus()
        await _type(pilot, "Kari Nordmann")
        await pilot.press("enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
    texts = [e.text for e in team_store.entries(conv)]
    assert "Pairing with [name removed] works" in texts
    assert "Tension with [name removed]" in texts
    assert any('replaced by "[name removed]" in 2 places' in n for n in notices), notices


async def test_the_box_says_when_the_name_is_nowhere_else(team_store):
    app = make_app(team_store, lang="nb")
    async with app.run_test(size=SIZE) as pilot:
        dialog = await _open_dialog(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        box = dialog.query_one("#forget-redact", Checkbox)
        assert "Navnet står ikke i notater om andre" in str(box.label) and box.disabled


async def test_without_the_box_the_name_stays_and_the_notice_says_where(team_store):
    conv = _ola_note(team_store, "Pairing with Kari Nordmann works")
    app = make_app(team_store, lang="nb")
    notices = []
    app.notify = lambda message, **kw: notices.append(message)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await _open_dialog(pilot)
        dialog.query_one("#forget-name", Input).focus()
        await _type(pilot, "Kari Nordmann")
        await pilot.press("enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
    assert "Pairing with Kari Nordmann works" in [e.text for e in team_store.entries(conv)]
    assert any("står fortsatt 1 sted i notater om andre" in n for n in notices), notices
