"""Focus is never lost: after every way into the live screen the note editor has focus, and
typed text (a space included) lands there, never in the earlier action items' list."""

from __future__ import annotations

from live_helpers import FakeMonotonic, library, live_app, no_text_area_blink, settle  # noqa: F401
from textual.widgets import TextArea
from tui_team import KARI, make_app

from coach.tui.dialogs.confirm import ConfirmDialog
from coach.tui.screens.live import LiveScreen
from coach.tui.screens.prepare import PrepareScreen

TYPED = "hei du"


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", ":": "colon", "@": "at"}.get(c, c) for c in text])


def _actions(store) -> list[tuple]:
    return sorted((a.id, a.status.value, a.closed_in, tuple(a.carried_to), a.due)
                  for a in store.actions(KARI))


async def _typed_lands_in_the_editor(pilot, store, before) -> LiveScreen:
    live = pilot.app.screen
    assert isinstance(live, LiveScreen)
    editor = live.query_one("#editor", TextArea)
    assert live.focused is editor
    already = editor.text
    await _type(pilot, TYPED)
    await settle(pilot)
    assert editor.text == already + TYPED
    assert _actions(store) == before
    assert all(a.is_open for a in live.session.earlier_open_actions())
    return live


async def _start(pilot) -> LiveScreen:
    await settle(pilot)
    assert isinstance(pilot.app.screen, PrepareScreen)
    await pilot.press("f5")
    await settle(pilot)
    return pilot.app.screen


async def _leave_unfinished(store) -> str:
    app = live_app(store, "nb", monotonic=FakeMonotonic())
    async with app.run_test(size=(80, 24)) as pilot:
        live = await _start(pilot)
        await _type(pilot, "halvveis")
        await pilot.press("f5")  # paused: the resumed clock is not running
        await pilot.pause(0.3)
        await settle(pilot)
        return live.session.conversation.id


async def test_new_conversation(team_store):
    before = _actions(team_store)
    app = live_app(team_store, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        await _typed_lands_in_the_editor(pilot, team_store, before)


async def test_resume_from_the_apps_offer(team_store):
    await _leave_unfinished(team_store)
    before = _actions(team_store)
    app = make_app(team_store, "nb")
    app.library = library()
    app.monotonic = FakeMonotonic()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("j")
        await settle(pilot)
        live = await _typed_lands_in_the_editor(pilot, team_store, before)
        assert live.query_one("#earlier").display  # the list is there, but not focused


async def test_resume_from_the_prepare_screen(team_store):
    await _leave_unfinished(team_store)
    before = _actions(team_store)
    app = live_app(team_store, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("j")
        await settle(pilot)
        await _typed_lands_in_the_editor(pilot, team_store, before)


async def test_back_from_dialogs(team_store):
    before = _actions(team_store)
    app = live_app(team_store, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        live = await _start(pilot)
        for opening in ("ctrl+t", "f1", "f12"):
            # Even when the list had focus before the dialog.
            live.query_one("#earlier").focus()
            await pilot.press(opening)
            await settle(pilot)
            assert app.screen is not live
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is live
            await _typed_lands_in_the_editor(pilot, team_store, before)


async def test_esc_leaves_the_earlier_list(team_store):
    before = _actions(team_store)
    app = live_app(team_store, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        live = await _start(pilot)
        await pilot.press("tab")
        assert live.focused is live.query_one("#earlier")
        await pilot.press("escape")
        await settle(pilot)
        await _typed_lands_in_the_editor(pilot, team_store, before)


async def test_back_from_a_panel(team_store):
    before = _actions(team_store)
    app = live_app(team_store, "nb")
    async with app.run_test(size=(100, 30)) as pilot:
        live = await _start(pilot)
        await pilot.press("f4")  # goals and plans: the goals panel
        await settle(pilot)
        assert live.clock.current.section_id == "goals-and-plans"
        await pilot.press("tab")
        await settle(pilot)
        assert live.focused is not live.query_one("#editor")
        await pilot.press("escape")
        await settle(pilot)
        await _typed_lands_in_the_editor(pilot, team_store, before)
