"""config.yaml reaches the app: theme at start, the bell on the live screen, the default
template for `coach start` and in the template picker."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coach.cli import main
from coach.commands.context import Context
from coach.config import Settings
from coach.content import load_library
from coach.tui.app import CoachApp
from coach.tui.settings import app_settings, apply_settings

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_theme_from_settings_and_an_unknown_one_warns(team):
    store, _found = team
    app = CoachApp(store, lang="en", clock=lambda: NOW)
    apply_settings(app, Settings(theme="nord"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "nord" and app_settings(app).theme == "nord"
        assert not app._notifications
    app = CoachApp(store, lang="nb", clock=lambda: NOW)
    default = app.theme
    apply_settings(app, Settings(theme="no-such-theme"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == default
        (note,) = list(app._notifications)
        assert "no-such-theme" in note.message and "nord" in note.message
        assert note.severity == "warning"


def test_run_app_hands_the_settings_to_the_app(team, tmp_path, monkeypatch):
    from coach.tui.launch import run_app

    store, _found = team
    seen = []
    monkeypatch.setattr(CoachApp, "run", lambda self: seen.append(self))
    ctx = Context(data_dir=tmp_path, lang="en", settings=Settings(theme="gruvbox", bell=True))
    assert run_app(store, ctx) == 0
    assert seen[0].settings is ctx.settings and seen[0].theme == "gruvbox"


def test_app_without_settings_uses_the_defaults(team):
    store, _found = team
    assert app_settings(CoachApp(store)) == Settings()


@pytest.mark.parametrize("bell", [True, False])
async def test_live_screen_rings_the_bell_only_when_configured(team, bell):
    from coach.tui.screens.live import LiveScreen

    store, found = team
    clock = [1000.0]
    app = CoachApp(store, lang="en", clock=lambda: NOW, library=load_library(user_dir=None),
                   start=(found["ola"].id, "check-in"), monotonic=lambda: clock[0])
    apply_settings(app, Settings(bell=bell))
    rings = []
    app.bell = lambda: rings.append(1)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, LiveScreen)
        clock[0] += 60 * 60  # far past the first section's time box
        await pilot.pause(0.7)
        assert bool(rings) is bell


def write_config(text: str) -> None:
    import os
    from pathlib import Path

    path = Path(os.environ["COACH_CONFIG_DIR"]) / "config.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_coach_start_uses_the_default_template(data, monkeypatch, capsys):
    started = []
    monkeypatch.setattr("coach.tui.launch.run_app",
                        lambda store, ctx, **options: started.append(options["start"]) or 0)
    write_config("default_template: check-in\n")
    assert main(["--data-dir", str(data), "--lang", "en", "start", "ola"]) == 0
    assert started[-1][1] == "check-in"
    assert main(["--data-dir", str(data), "--lang", "en", "start", "ola",
                 "--template", "evaluation"]) == 0
    assert started[-1][1] == "evaluation"  # the option wins over the file
    write_config("default_template: no-such-template\n")
    assert main(["--data-dir", str(data), "--lang", "en", "start", "ola"]) == 1
    assert "no-such-template" in capsys.readouterr().err


async def test_template_picker_starts_on_the_default_template(team):
    from textual.widgets import OptionList

    from coach.tui import flow

    store, found = team
    for configured, expected in (("evaluation", "evaluation"), ("nope", "follow-up")):
        app = CoachApp(store, lang="en", clock=lambda: NOW, library=load_library(user_dir=None))
        apply_settings(app, Settings(default_template=configured))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            flow.choose_template(app, found["kari"])
            await settle(pilot)
            options = app.screen.query_one("#templates", OptionList)
            assert options.get_option_at_index(options.highlighted).id == expected
