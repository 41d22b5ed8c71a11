"""Keys typed straight after the key that opens a screen land in its text field (the
opening keys are priority bindings): they reach the app faster than the screen is set up,
as from a fast typist, a paste, or a loaded machine. Posting every key before the app has handled
the first is how such a burst arrives; Pilot's ``press`` waits between keys and hides it."""

from __future__ import annotations

from textual import events
from textual.widgets import Input
from tui_team import make_app

from coach.tui.dialogs.person_form import PersonForm
from coach.tui.screens.home import HomeScreen
from coach.tui.screens.search import SearchScreen

KEY_NAMES = {"/": "slash", " ": "space"}


def burst(app, text: str) -> None:
    """Every key of ``text`` posted at once, before the app has handled any of them."""
    for ch in text:
        app.post_message(events.Key(KEY_NAMES.get(ch, ch), ch))


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()


async def test_letters_typed_after_slash_are_the_search(team_store):
    app = make_app(team_store, "nb")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        burst(app, "/årsmøte kurs")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#search-input", Input).value == "årsmøte kurs"


async def test_a_name_typed_after_a_is_the_new_persons_name(team_store):
    app = make_app(team_store, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        burst(app, "aIda Berg")
        await settle(pilot)
        assert isinstance(app.screen, PersonForm)
        assert app.screen.query_one("#name", Input).value == "Ida Berg"


async def test_in_the_home_filter_slash_and_a_are_text(team_store):
    app = make_app(team_store, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        box = app.screen.query_one("#filter", Input)
        assert app.screen.focused is box
        burst(app, "a/b")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert box.value == "a/b"
