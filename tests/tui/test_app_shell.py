"""The app shell: `coach` with no command, the command palette in the user's language."""

from __future__ import annotations

from tui_team import make_app, settle

from coach.commands.context import Context
from coach.store import Store
from coach.tui.app import CoachApp
from coach.tui.launch import run_tui


def test_run_tui_opens_runs_and_closes_the_store(tmp_path, monkeypatch):
    seen = {}

    def fake_run(self):
        seen["lang"] = self.lang
        seen["people"] = self.store.people()

    monkeypatch.setattr(CoachApp, "run", fake_run)
    ctx = Context(data_dir=tmp_path / "data", lang="nb")
    assert run_tui(None, ctx) == 0
    assert seen == {"lang": "nb", "people": []}
    with Store.open(tmp_path / "data", backup=False) as again:  # the lock was released
        assert again.people() == []


async def test_system_commands_are_translated(store):
    app = make_app(store, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        titles = [cmd.title for cmd in app.get_system_commands(app.screen)]
        # Screen-share mode (its reveal command only while the mode is on).
        assert titles == ["Fargetema", "Avslutt", "Skjermdeling", "Taster"]
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette_input = app.screen.query_one("CommandInput")
        assert palette_input.placeholder == "Søk etter kommandoer …"
