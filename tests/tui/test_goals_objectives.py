"""Unit objectives: from the home screen (o) or the palette; add, edit, deactivate."""

from __future__ import annotations

from textual.widgets import Input
from tui_team import make_app, settle

from coach.tui.screens.objectives import ObjectivesScreen


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", "-": "minus"}.get(c, c) for c in text])


async def test_objectives_add_edit_deactivate(team_store):
    app = make_app(team_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ObjectivesScreen)
        assert "No unit objectives yet" in str(app.screen.query_one("#objectives-empty").render())
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("ctrl+s")  # no title: refused, the dialog stays
        await pilot.pause()
        assert app.screen.query_one("#title-error").has_class("shown")
        await _type(pilot, "Raskere saksbehandling")
        app.screen.query_one("#objective-description", Input).value = "Halvere ventetiden"
        await pilot.press("ctrl+s")
        await settle(pilot)
        (saved,) = team_store.objectives()
        assert (saved.title, saved.description) == ("Raskere saksbehandling", "Halvere ventetiden")

        await pilot.press("e")
        await pilot.pause()
        title = app.screen.query_one("#objective-title", Input)
        assert title.value == "Raskere saksbehandling"
        title.value = "Kortere ventetid"
        await pilot.press("ctrl+s")
        await settle(pilot)
        (saved,) = team_store.objectives()
        assert saved.title == "Kortere ventetid" and saved.active

        await pilot.press("x")
        await settle(pilot)
        assert team_store.objectives() == []
        (kept,) = team_store.objectives(include_inactive=True)
        assert not kept.active and kept.id == saved.id
        assert "inactive" in str(app.screen.query_one("#objectives-table").get_row(saved.id))
        await pilot.press("x")  # reactivate
        await settle(pilot)
        assert [o.id for o in team_store.objectives()] == [saved.id]


async def test_objectives_from_the_palette(team_store):
    app = make_app(team_store, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.screen.palette_commands()]
        assert "Enhetens mål" in titles
        next(c for c in app.screen.palette_commands() if c.title == "Enhetens mål").callback()
        await settle(pilot)
        assert isinstance(app.screen, ObjectivesScreen)
