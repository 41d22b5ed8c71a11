"""A goal's progress entry kept private from the TUI (issue 13): the progress dialog's
checkbox (or ctrl+r, as for a private note), on the goals screen and on the live screen's
goals panel; whatever the leader writes there never reaches a shared export."""

from __future__ import annotations

import pytest
from live_helpers import FakeMonotonic, live_app, no_text_area_blink, settle  # noqa: F401
from textual.widgets import Checkbox, Input, OptionList
from tui_team import KARI, make_app

from coach.domain.visibility import Visibility
from coach.services.exporting import (
    conversation_markdown,
    history_markdown,
    person_goals_markdown,
)
from coach.tui.dialogs.goal_form import ProgressDialog
from coach.tui.screens.goals import GoalsScreen
from coach.tui.screens.live import LiveScreen
from coach.tui.screens.person import PersonScreen

SECRET = "Sliter med motivasjonen"
OPEN = "Godt i gang med piloten"


def shared_outputs(store) -> list[str]:
    person = store.person(KARI)
    out = [person_goals_markdown(store, person, lang) for lang in ("nb", "en")]
    out += [history_markdown(store, person, lang, include_private=False)
            for lang in ("nb", "en")]
    out += [conversation_markdown(store, row.id, None, include_private=False)
            for row in store.conversation_summaries(KARI)]
    return out


async def _progress_dialog(pilot) -> ProgressDialog:
    app = pilot.app
    app.push_screen(PersonScreen(app.store.person(KARI)))
    await settle(pilot)
    await pilot.press("g")
    await settle(pilot)
    assert isinstance(app.screen, GoalsScreen)
    await pilot.press("p")
    await pilot.pause()
    assert isinstance(app.screen, ProgressDialog)
    return app.screen


async def test_ctrl_r_keeps_a_progress_entry_private_and_out_of_every_shared_export(
        team_store):
    app = make_app(team_store)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _progress_dialog(pilot)
        box = dialog.query_one("#progress-private", Checkbox)
        assert not box.value
        dialog.query_one("#progress-comment", Input).value = SECRET
        await pilot.press("ctrl+r")
        assert box.value
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, GoalsScreen)
        history = str(app.screen.query_one("#goals-history").render())
        assert SECRET in history and "private" in history  # the leader's own screen: marked
    (goal,) = team_store.goals(KARI)
    assert [(p.comment, p.visibility) for p in goal.progress] == [
        (SECRET, Visibility.PRIVATE)]
    for text in shared_outputs(team_store):
        assert SECRET not in text
    full = history_markdown(team_store, team_store.person(KARI), "nb", include_private=True)
    assert SECRET in full


async def test_the_checkbox_is_off_by_default_and_can_be_ticked_and_unticked(team_store):
    app = make_app(team_store, lang="nb")
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _progress_dialog(pilot)
        dialog.query_one("#progress-comment", Input).value = OPEN
        await pilot.press("ctrl+r", "ctrl+r")  # on, then off again
        await pilot.press("ctrl+s")
        await settle(pilot)
    (goal,) = team_store.goals(KARI)
    assert [(p.comment, p.visibility) for p in goal.progress] == [(OPEN, Visibility.SHARED)]
    assert all(OPEN in text for text in shared_outputs(team_store)[:4])


async def test_private_progress_from_the_live_goals_panel_stays_out_of_the_summary(
        team_store):
    app = live_app(team_store, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        assert isinstance(live, LiveScreen)
        while live.clock.current.section_id != "goals-and-plans":
            await pilot.press("f4")
            await settle(pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, OptionList)
        await pilot.press("p")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ProgressDialog)
        dialog.query_one("#progress-comment", Input).value = SECRET
        dialog.query_one("#progress-private", Checkbox).value = True
        await pilot.press("ctrl+s")
        await settle(pilot)
        cid = live.session.conversation.id
        shared = live.session.summary(shared=True)
        assert not [p for t in shared.goals for p in t.progress if p.comment == SECRET]
        full = live.session.summary(shared=False)
        assert [p.comment for t in full.goals for p in t.progress] == [SECRET]
    assert SECRET not in conversation_markdown(team_store, cid, "en", include_private=False)
    assert SECRET in conversation_markdown(team_store, cid, "en", include_private=True)


def test_the_employee_preparation_offers_no_private_box():
    from coach.domain.goals import Goal
    from coach.i18n import Translator

    dialog = ProgressDialog(Goal("me", "Learn Rust"), Translator("en"), offer_private=False)
    assert dialog.check_action("toggle_private", ()) is False
    assert dialog.private is False


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_progress_dialog_with_the_private_box(snap_compare, team_store, lang):
    async def run_before(pilot) -> None:
        dialog = await _progress_dialog(pilot)
        dialog.query_one("#progress-comment", Input).value = SECRET
        await pilot.press("ctrl+r")
        await pilot.pause()

    assert snap_compare(make_app(team_store, lang), terminal_size=(80, 24),
                        run_before=run_before)


async def test_a_private_level_change_from_the_profile_stays_out_of_the_shared_profile(
        team_store):
    from textual.widgets import Select

    from coach.domain.competence import CompetenceArea
    from coach.services.exporting import person_profile_markdown
    from coach.tui.screen_share import share_of
    from coach.tui.screens.profile import ProfileScreen

    area = CompetenceArea(KARI, "SQL", 2)
    area.set_depth(2, "Startpunkt")
    team_store.save_competence(area)
    app = make_app(team_store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(PersonScreen(app.store.person(KARI)))
        await settle(pilot)
        await pilot.press("k")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        await pilot.press("d")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#depth-level", Select).value = 1
        dialog.query_one("#depth-reason", Input).value = SECRET
        await pilot.press("ctrl+r")
        assert dialog.query_one("#depth-private", Checkbox).value
        await pilot.press("ctrl+s")
        await settle(pilot)
        profile = app.screen
        history = str(profile.query_one("#profile-history").render())
        assert SECRET in history and "(private)" in history
        share_of(app).toggle()  # screen-share mode: the change is hidden on screen
        profile.screen_share_changed()
        await settle(pilot)
        assert SECRET not in str(profile.query_one("#profile-history").render())
    (stored,) = team_store.competence(KARI)
    assert stored.history[-1].visibility is Visibility.PRIVATE
    for lang in ("nb", "en"):
        text = person_profile_markdown(team_store, team_store.person(KARI), lang)
        assert SECRET not in text and "Startpunkt" in text
    assert SECRET in history_markdown(team_store, team_store.person(KARI), "en",
                                      include_private=True)


async def test_a_goal_dropped_with_a_private_reason_keeps_the_reason_out_of_shared_outputs(
        team_store):
    from coach.tui.dialogs.goal_change import GoalChangeDialog

    reason = "Helsegrunner ZQXDROP"
    app = make_app(team_store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(PersonScreen(app.store.person(KARI)))
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, GoalChangeDialog)
        dialog.query_one("#change-reason", Input).value = reason
        await pilot.press("ctrl+r")
        assert dialog.query_one("#change-private", Checkbox).value
        await pilot.press("ctrl+s")
        await settle(pilot)
        history = str(app.screen.query_one("#goals-history").render())
        assert reason in history and "(private)" in history
    (goal,) = team_store.goals(KARI)
    assert goal.status.value == "dropped"
    assert goal.history[-1].visibility is Visibility.PRIVATE
    for text in shared_outputs(team_store):
        assert reason not in text
    assert reason in history_markdown(team_store, team_store.person(KARI), "en",
                                      include_private=True)
