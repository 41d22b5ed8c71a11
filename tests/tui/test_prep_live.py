"""The leader's side of a preparation: import from the prepare view, let it lead, see the
answers beside each section, agree to proposed goals and self-ratings."""

from __future__ import annotations

from datetime import date

from live_helpers import FakeMonotonic, live_app, no_text_area_blink, settle  # noqa: F401
from textual.widgets import Input, Static
from tui_team import KARI

from coach.domain.competence import CompetenceArea
from coach.domain.goals import GoalType
from coach.domain.preparation import Answer, Preparation, ProposedGoal, SelfRating
from coach.markdown.preparation import render_preparation
from coach.services.handover import store_preparation
from coach.tui.dialogs.export_path import ExportPathDialog
from coach.tui.dialogs.prep_proposals import ProposalsDialog
from coach.tui.screens.live import LiveScreen
from coach.tui.screens.prepare import PrepareScreen
from coach.tui.widgets.prep_panel import PrepPanel


def preparation() -> Preparation:
    return Preparation(
        "follow-up", "en", date(2026, 3, 14), "Kari Nordmann", "Monthly follow-up",
        answers=[
            Answer("ahead", "Ahead", "Ship the <release> first"),
            Answer("since-last-time", "Since last time", "A calm month"),
        ],
        goals=[ProposedGoal("Learn Rust", GoalType.DEVELOPMENT, "a small tool")],
        ratings=[SelfRating("Python", 4, "solid")],
        needs="Fewer meetings on Fridays",
    )


def text_of(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_import_from_the_prepare_view(team_store, tmp_path):
    path = tmp_path / "kari.md"
    path.write_text(render_preparation(preparation()), encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("# no front matter\n", encoding="utf-8")
    app = live_app(team_store)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        prepare = app.screen
        assert isinstance(prepare, PrepareScreen)
        assert not prepare.query_one("#prepare-prep").display
        for target, ok in ((bad, False), (path, True)):
            await pilot.press("i")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportPathDialog)
            dialog.query_one("#export-path", Input).value = str(target)
            await pilot.press("enter")
            await settle(pilot)
            assert (prepare.preparation is not None) is ok
        assert "Ship the <release> first" in text_of(prepare, "#prepare-prep")
        assert "Fewer meetings" in text_of(prepare, "#prepare-prep")
    (record,) = team_store.preparations(KARI)
    assert record.preparation == preparation()


async def test_the_preparation_leads_and_sits_beside_each_section(team_store):
    store_preparation(team_store, team_store.person(KARI), preparation(), "kari.md")
    python = CompetenceArea(KARI, "Python", depth=2)
    python.set_depth(2, "agreed last year")
    team_store.save_competence(python)
    app = live_app(team_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        prepare = app.screen
        await pilot.press("l")
        assert prepare.lead
        assert "employee's order" in text_of(prepare, "#prepare-prep")
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        assert isinstance(live, LiveScreen)
        conversation = live.session.conversation
        assert conversation.employee_led
        assert [s.section_id for s in conversation.sections][:3] == [
            "ahead", "since-last-time", "goals-and-plans"]
        panel = live.query_one(PrepPanel)
        assert panel.display
        assert "Ship the <release> first" in panel.text
        assert "2 proposals" in panel.text
        await pilot.press("f4")
        await pilot.pause()
        assert "A calm month" in panel.text

        # agree to the goal, then to the self-rating
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ProposalsDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert "1 proposal waits" in panel.text
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)  # nothing left to agree on
    (goal,) = [g for g in team_store.goals(KARI) if g.statement == "Learn Rust"]
    assert goal.type is GoalType.DEVELOPMENT and goal.created_in == conversation.id
    (area,) = [a for a in team_store.competence(KARI) if a.area == "Python"]
    assert area.self_rating == 4
    assert area.depth == 2  # the agreed level is never overwritten


async def test_without_a_preparation_nothing_changes(team_store):
    app = live_app(team_store)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("l")  # nothing to lead with: a warning, no change
        assert not app.screen.lead
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        assert not live.session.conversation.employee_led
        assert live.session.conversation.sections[0].section_id == "since-last-time"
        assert not live.query_one(PrepPanel).display


async def test_a_long_answer_scrolls_in_its_own_box_reached_by_tab(team_store):
    from coach.tui.widgets.prep_panel import PrepScroll

    long = "\n".join(f"Line {n} of what I wrote" for n in range(1, 31))
    prep = preparation()
    prep.answers[0].text = long
    store_preparation(team_store, team_store.person(KARI), prep, "kari.md")
    app = live_app(team_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        panel = live.query_one(PrepPanel)
        box = panel.query_one(PrepScroll)
        assert "Line 30 of what I wrote" in panel.text  # nothing cut
        assert box.max_scroll_y > 0 and box.size.height <= 11
        assert panel.query_one("#prep-more").has_class("shown")
        for _ in range(20):
            if app.focused is box:
                break
            await pilot.press("tab")
        assert app.focused is box
        await pilot.press("end")
        await settle(pilot)
        assert box.scroll_y == box.max_scroll_y
        assert not panel.query_one("#prep-more").has_class("shown")


async def test_a_warning_asks_before_the_import_from_the_prepare_view(team_store, tmp_path):
    from coach.tui.dialogs.confirm import ConfirmDialog

    daily = preparation()
    daily.template_id = "daily"
    path = tmp_path / "daily.md"
    path.write_text(render_preparation(daily), encoding="utf-8")
    app = live_app(team_store)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        prepare = app.screen
        for answer, stored in (("n", 0), ("y", 1)):
            await pilot.press("i")
            await pilot.pause()
            app.screen.query_one("#export-path", Input).value = str(path)
            await pilot.press("enter")
            await settle(pilot)
            dialog = app.screen
            assert isinstance(dialog, ConfirmDialog)
            assert f"{path}:3: this is a daily reflection" in dialog.question
            await pilot.press(answer)
            await settle(pilot)
            assert len(team_store.preparations(KARI)) == stored
        assert app.screen is prepare


async def test_reported_progress_is_agreed_on_the_live_screen(team_store):
    """Progress the employee reported on a goal of the last summary waits on the live
    screen; agreed (ctrl+s, enter), it is a progress entry of this conversation, percent
    and comment as reported (it crashed: the confirmation had no message)."""
    from coach.domain.goals import Goal, Progress

    goal = Goal(KARI, "Skrive om standardbrevene")
    team_store.save_goal(goal)
    prep = Preparation("follow-up", "nb", date(2026, 3, 1), "Kari Nordmann", "Oppfølging",
                       goals=[ProposedGoal("Skrive om standardbrevene", progress="Tre ferdige",
                                           status=Progress.ON_TRACK, percent=35)])
    store_preparation(team_store, team_store.person(KARI), prep, "kari.md")
    app = live_app(team_store, "nb")
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        assert "1 forslag venter" in live.query_one(PrepPanel).text
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ProposalsDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is live
        assert any("Framdriften er registrert" in str(n.message) for n in app._notifications)
        conversation_id = live.session.conversation.id
    (saved,) = [g for g in team_store.goals(KARI) if g.id == goal.id]
    assert [(p.status, p.percent, p.comment, p.conversation_id) for p in saved.progress] == [
        (Progress.ON_TRACK, 35, "Tre ferdige", conversation_id)]
