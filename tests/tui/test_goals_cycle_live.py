"""The live conversation's section panels: unit objectives, goals (progress, new goals)."""

from __future__ import annotations

from live_helpers import FakeMonotonic, live_app, no_text_area_blink, settle  # noqa: F401
from textual.widgets import Input, OptionList, Select, TextArea
from tui_team import KARI, at, uid

from coach.domain.competence import CompetenceArea, LevelChange
from coach.domain.conversations import Conversation, ConversationKind, ConversationStatus
from coach.domain.goals import Progress
from coach.domain.people import UnitObjective
from coach.tui.screens.live import LiveScreen


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", "-": "minus"}.get(c, c) for c in text])


async def _live(pilot) -> LiveScreen:
    await settle(pilot)
    await pilot.press("f5")
    await settle(pilot)
    assert isinstance(pilot.app.screen, LiveScreen)
    return pilot.app.screen


async def _to_section(pilot, live: LiveScreen, section_id: str) -> None:
    while live.clock.current.section_id != section_id:
        assert live.clock.index < len(live.clock.sections) - 1, section_id
        await pilot.press("f4")
        await settle(pilot)


async def test_unit_objectives_shown_in_goal_setting(team_store):
    team_store.save_objective(UnitObjective("Raskere saksbehandling", "Halvere ventetiden"))
    team_store.save_objective(UnitObjective("Gammelt mål", active=False))
    app = live_app(team_store, "en", start=(KARI, "goal-setting"))
    async with app.run_test(size=(100, 30)) as pilot:
        live = await _live(pilot)
        assert live.clock.current.section_id == "unit-goals"
        panel = live.query_one("#unit-objectives")
        assert panel.display
        text = str(panel.render())
        assert "Raskere saksbehandling: Halvere ventetiden" in text
        assert "Gammelt mål" not in text
        assert not live.query_one("#goals-panel").display
        await _to_section(pilot, live, "own-goals")
        assert not panel.display and live.query_one("#goals-panel").display


async def test_follow_up_records_progress_and_adds_goal(team_store):
    app = live_app(team_store, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        live = await _live(pilot)
        conv_id = live.session.conversation.id
        assert not live.query_one("#section-tools").display  # since-last-time: nothing
        await _to_section(pilot, live, "goals-and-plans")
        panel = live.query_one("#goals-panel")
        assert panel.display
        listing = panel.query_one(OptionList)
        assert "Lede et tjenestedesignprosjekt" in str(listing.get_option_at_index(0).prompt)
        assert isinstance(app.focused, TextArea)
        await pilot.press("tab")
        assert app.focused is listing
        await pilot.press("p")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#progress-status", Select).value = Progress.ON_TRACK.value
        dialog.query_one("#progress-percent", Input).value = "30"
        dialog.query_one("#progress-comment", Input).value = "Kom i gang"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is live and app.focused is listing
        (goal,) = team_store.goals(KARI)
        assert [(p.status, p.percent, p.conversation_id) for p in goal.progress] == [
            (Progress.ON_TRACK, 30, conv_id)]
        assert "on track (30\u00a0%)" in str(listing.get_option_at_index(0).prompt)

        await pilot.press("a")
        await pilot.pause()
        await _type(pilot, "Holde et innlegg")
        await pilot.press("ctrl+s")
        await settle(pilot)
        new = next(g for g in team_store.goals(KARI) if g.statement == "Holde et innlegg")
        assert new.created_in == conv_id
        assert listing.option_count == 2
        await pilot.press("escape")
        assert isinstance(app.focused, TextArea)
        summary = live.session.summary(shared=True)
        assert [t.goal.id for t in summary.goals] == [uid(301)]


def _evaluated_sql(store) -> CompetenceArea:
    """Kari had an evaluation on 2025-12-01 with SQL at 2; the level was 1 before it."""
    store.save_conversation(Conversation(
        person_id=KARI, kind=ConversationKind.EVALUATION, template_id="evaluation",
        status=ConversationStatus.COMPLETED, planned_at=at("2025-12-01"),
        started_at=at("2025-12-01"), ended_at=at("2025-12-01"), id=uid(150),
        created=at("2025-12-01")))
    sql = CompetenceArea(KARI, "SQL", depth=2, created=at("2025-06-01"))
    sql.history = [LevelChange(at("2025-06-01"), None, 1, "start"),
                   LevelChange(at("2025-12-01"), 1, 2, "course", uid(150))]
    store.save_competence(sql)
    return sql


async def test_evaluation_updates_the_competence_profile(team_store):
    sql = _evaluated_sql(team_store)
    app = live_app(team_store, "en", start=(KARI, "evaluation"))
    async with app.run_test(size=(100, 34)) as pilot:
        live = await _live(pilot)
        conv_id = live.session.conversation.id
        await _to_section(pilot, live, "competence")
        updater = live.query_one("#competence-updater")
        assert updater.display
        listing = updater.query_one(OptionList)
        assert "SQL  2 – Advanced beginner → 2 – Advanced beginner" in str(
            listing.get_option_at_index(0).prompt)
        assert "No changes since the last evaluation" in str(
            updater.query_one("#updater-since").render())
        await pilot.press("tab")
        assert app.focused is listing
        await pilot.press("d")
        await pilot.pause()
        app.screen.query_one("#depth-level", Select).value = 3
        app.screen.query_one("#depth-reason", Input).value = "Eide rapportene"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        app.screen.query_one("#self-level", Select).value = 4
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        await _type(pilot, "Python")
        await pilot.press("ctrl+s")
        await settle(pilot)

        areas = {a.area: a for a in team_store.competence(KARI)}
        saved = areas["SQL"]
        assert (saved.depth, saved.self_rating) == (3, 4)
        last = saved.agreed_changes()[-1]
        assert (last.from_depth, last.to_depth, last.reason, last.conversation_id) == (
            2, 3, "Eide rapportene", conv_id)
        assert saved.history[-1].rating == "self" and saved.history[-1].conversation_id == conv_id
        assert areas["Python"].history[0].conversation_id == conv_id
        rows = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert rows[0].startswith("Python  new → 1 – Novice")
        assert "SQL  2 – Advanced beginner → 3 – Competent  (self: 4 – Proficient)" in rows[1]
        since = str(updater.query_one("#updater-since").render())
        assert "SQL: 2 – Advanced beginner → 3 – Competent: Eide rapportene" in since
        assert "Python: start → 1 – Novice" in since
        assert saved.id == sql.id


async def test_competence_updater_only_in_evaluation_conversations(team_store):
    app = live_app(team_store, "en", start=(KARI, "follow-up"))
    async with app.run_test(size=(100, 30)) as pilot:
        live = await _live(pilot)
        for _ in range(len(live.clock.sections)):
            assert not live.query_one("#competence-updater").display
            await pilot.press("f4")
            await settle(pilot)
