"""A simulated year through Pilot: a goal-setting conversation sets two goals, a monthly
follow-up records progress on both, an evaluation adds a competence area and raises it; then
`coach goals` and `coach profile` show it all as Markdown."""

from __future__ import annotations

from datetime import UTC, datetime

from live_helpers import FakeMonotonic, live_app, no_text_area_blink, settle  # noqa: F401
from textual.widgets import Input, OptionList, Select
from tui_team import KARI, fill_team

import coach.services.session as session_module
import coach.services.starting as starting_module
from coach.cli import main
from coach.domain.conversations import ConversationStatus
from coach.domain.goals import Progress
from coach.domain.summary import summarise
from coach.store import Store
from coach.tui.screens.live import LiveScreen


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", "-": "minus"}.get(c, c) for c in text])


async def _conversation(store, template: str, in_section, monkeypatch, day: str) -> str:
    moment = datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC)
    monkeypatch.setattr(session_module, "utcnow", lambda: moment)
    monkeypatch.setattr(starting_module, "utcnow", lambda: moment)
    app = live_app(store, "en", monotonic=FakeMonotonic(), start=(KARI, template))
    async with app.run_test(size=(100, 34)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        assert isinstance(live, LiveScreen)
        await in_section(pilot, live)
        conv_id = live.session.conversation.id
        await pilot.press("escape", "f12")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
    return conv_id


async def _go(pilot, live: LiveScreen, section_id: str) -> OptionList:
    while live.clock.current.section_id != section_id:
        await pilot.press("f4")
        await settle(pilot)
    await pilot.press("tab")
    await pilot.pause()
    return pilot.app.focused


async def _dialog(pilot, key: str, **values) -> None:
    await pilot.press(key)
    await pilot.pause()
    for selector, value in values.items():
        pilot.app.screen.query_one(f"#{selector}").value = value
    await pilot.press("ctrl+s")
    await settle(pilot)


async def _set_goals(pilot, live) -> None:
    await _go(pilot, live, "agree-goals")
    for statement in ("Lære SQL", "Holde innlegg på fagdagen"):
        await pilot.press("a")
        await pilot.pause()
        pilot.app.screen.query_one("#goal-statement", Input).value = statement
        pilot.app.screen.query_one("#goal-measure", Input).value = "Noe å peke på"
        await pilot.press("ctrl+s")
        await settle(pilot)


async def _follow_up(pilot, live) -> None:
    listing = await _go(pilot, live, "goals-and-plans")
    assert isinstance(listing, OptionList) and listing.option_count == 3
    for row, status, percent in ((1, Progress.ON_TRACK, "50"), (2, Progress.AT_RISK, "10")):
        listing.highlighted = row
        await _dialog(pilot, "p", **{"progress-status": status.value,
                                     "progress-percent": percent})


async def _evaluate(pilot, live) -> None:
    await _go(pilot, live, "competence")
    await pilot.press("a")
    await pilot.pause()
    await _type(pilot, "SQL")
    pilot.app.screen.query_one("#area-depth", Select).value = 2
    await pilot.press("ctrl+s")
    await settle(pilot)
    await _dialog(pilot, "d", **{"depth-level": 3, "depth-reason": "Skrev rapportene selv"})


async def test_a_year_of_goals_and_competence(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    store = Store.open(data, backup=False)
    try:
        fill_team(store)
        setting = await _conversation(store, "goal-setting", _set_goals, monkeypatch,
                                      "2026-01-12")
        follow = await _conversation(store, "follow-up", _follow_up, monkeypatch, "2026-02-12")
        evaluation = await _conversation(store, "evaluation", _evaluate, monkeypatch,
                                         "2026-12-10")
        goals = {g.statement: g for g in store.goals(KARI)}
        assert goals["Lære SQL"].created_in == setting
        assert [p.conversation_id for p in goals["Lære SQL"].progress] == [follow]
        (sql,) = store.competence(KARI)
        assert {c.conversation_id for c in sql.history} == {evaluation}
        assert all(s.status is ConversationStatus.COMPLETED
                   for s in store.conversation_summaries(KARI) if s.id in
                   (setting, follow, evaluation))
        follow_up = store.conversation(follow)
        summary = summarise(follow_up, store.entries(follow), [],
                                           store.goals(KARI), shared=True)
        assert {t.goal.statement for t in summary.goals} == {"Lære SQL",
                                                             "Holde innlegg på fagdagen"}
    finally:
        store.close()

    assert main(["--data-dir", str(data), "--lang", "en", "goals", "Kari"]) == 0
    out = capsys.readouterr().out
    assert "Lære SQL" in out and "on track (50\u00a0%)" in out
    assert "Holde innlegg på fagdagen" in out and "at risk (10\u00a0%)" in out
    assert main(["--data-dir", str(data), "--lang", "en", "profile", "Kari"]) == 0
    out = capsys.readouterr().out
    assert "SQL" in out and "3 – Competent" in out and "Skrev rapportene selv" in out
