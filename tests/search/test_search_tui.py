"""The search screen through Pilot: type, see hits, Enter opens the conversation read-only."""

from __future__ import annotations

from datetime import UTC, date, datetime

from search_team import held
from textual.widgets import Input, Markdown, OptionList, Static

from coach.domain.conversations import ConversationKind, ConversationStatus, EntryKind
from coach.tui.app import CoachApp
from coach.tui.screens.conversation_view import ConversationView
from coach.tui.screens.search import SearchScreen
from coach.tui.searching import open_search

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
SIZE = (100, 30)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def results(app) -> list[str]:
    options = app.screen.query_one("#search-results", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def status(app) -> str:
    return str(app.screen.query_one("#search-status", Static).render())


async def type_query(pilot, text: str) -> None:
    pilot.app.screen.query_one("#search-input", Input).value = ""
    await pilot.press(*text)
    await settle(pilot)


async def test_search_finds_and_opens_the_conversation_read_only(team):
    store, found = team
    app = CoachApp(store, lang="nb", clock=lambda: NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        open_search(app)
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert "tekster å søke i" in status(app)
        await type_query(pilot, "ARKIVET")
        assert len(results(app)) == 1
        line = results(app)[0]
        assert "20.01.2026" in line and "Kari Ærlig Øvrebø" in line and "Avtale" in line
        assert "migreringen av ARKIVET" in line and "1 treff" in status(app)
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ConversationView)
        assert app.screen.conversation_id == found["first"].id
        shown = app.screen.query_one("#view-md", Markdown).source
        assert "Kari leder migreringen av ARKIVET" in shown
        assert "arbeidsmengden" not in shown  # private notes stay hidden until asked for
        await pilot.press("p")
        assert "arbeidsmengden" in app.screen.query_one("#view-md", Markdown).source
        await pilot.press("escape")
        assert isinstance(app.screen, SearchScreen)


async def test_no_hits_case_and_letters_and_the_new_note(team):
    store, found = team
    app = CoachApp(store, lang="en", clock=lambda: NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        open_search(app)
        await settle(pilot)
        await type_query(pilot, "zebra")
        assert results(app) == [] and "Nothing found" in status(app)
        await type_query(pilot, "blåbær")
        assert len(results(app)) == 1 and "blåbærturen" in results(app)[0]
        await pilot.press("escape")
        # a note saved meanwhile (as the live screen does) is found on the next search
        held(store, found["ola"], ConversationKind.FOLLOW_UP, date(2026, 5, 1),
             [(EntryKind.AGREEMENT, "Ola tar over vaktlista")],
             status=ConversationStatus.IN_PROGRESS)
        open_search(app)
        await settle(pilot)
        await type_query(pilot, "vaktlista")
        assert len(results(app)) == 1 and "Ola Nordmann" in results(app)[0]


async def test_a_private_hit_opens_with_private_notes_shown(team):
    store, _found = team
    app = CoachApp(store, lang="en", clock=lambda: NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        open_search(app)
        await settle(pilot)
        await type_query(pilot, "arbeidsmengden")
        assert results(app) == [] and "1 private hidden (↓ p shows them)" in status(app)
        await pilot.press("down", "p")
        await settle(pilot)
        assert "Private note" in results(app)[0] and "private shown" in status(app)
        app.screen.query_one("#search-input", Input).focus()
        await type_query(pilot, "arbeid")  # still shown while typing on
        assert "Private note" in results(app)[0]
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ConversationView)
        assert "arbeidsmengden" in app.screen.query_one("#view-md", Markdown).source


async def test_slash_opens_search_from_home_and_from_a_person(team):
    from coach.tui.screens.person import PersonScreen

    store, found = team
    app = CoachApp(store, lang="en", clock=lambda: NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen) and app.screen.person is None
        await pilot.press("escape")
        app.push_screen(PersonScreen(found["ola"]))
        await settle(pilot)
        details = str(app.screen.query_one("#person-details", Static).render())
        # the year's cycle: no goal-setting yet in May (late), one follow-up of ten
        assert "2026:" in details and "goal-setting: late" in details
        assert "1 of 10 follow-ups" in details and "evaluation: later" in details
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen) and app.screen.person.id == found["ola"].id
        await type_query(pilot, "kurs")  # Kari has "kurs" too, but only Ola is searched
        assert len(results(app)) == 1 and "Ola Nordmann" in results(app)[0]


async def test_reopening_looks_at_the_folders_and_now_and_then_at_every_file(team):
    """Reopened with nothing changed, the index looks only at the folders' stamps; after
    PERIOD it also looks at every file, in the background once the hits are shown, and so
    finds a file rewritten in place (which moves no folder's stamp)."""
    from coach.services.search_freshness import PERIOD

    store, found = team
    app = CoachApp(store, lang="en", clock=lambda: NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        open_search(app)
        await settle(pilot)
        index = app.services.team_search
        assert index.freshness.last == "whole"  # the first time in this process
        await pilot.press("escape")
        open_search(app)
        await settle(pilot)
        assert index.freshness.last in ("quick", "listed") and not index.due()
        await pilot.press("escape")
        path = store.data_dir / "conversations" / f"{found['first'].id}.json"
        raw = path.read_bytes()
        with open(path, "r+b") as f:  # an editor writing into the old file
            f.write(raw.replace(b"ARKIVET", b"MAGASIN"))
        later = index.freshness._clock() + PERIOD
        index.freshness._clock = lambda: later
        open_search(app)
        await settle(pilot)
        assert index.freshness.last == "whole" and not index.due()
        await type_query(pilot, "magasin")
        assert len(results(app)) == 1 and "Kari" in results(app)[0]


async def test_warming_opens_the_index_before_the_first_search(team):
    """A moment after start-up (in a terminal) the index is opened and every file looked
    at in the background, so the first `/` only looks at the folders."""
    from coach.services.search_index import TeamSearch
    from coach.tui import searching

    store, _ = team
    TeamSearch(store).build().close()  # an index on disk from an earlier session
    app = CoachApp(store, lang="en", clock=lambda: NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.services.team_search is None  # not in a test's app by itself
        searching.warm(app)
        await settle(pilot)
        index = app.services.team_search
        assert index is not None and index.freshness.last == "whole"
        open_search(app)
        await settle(pilot)
        assert index.freshness.last in ("quick", "listed")
        assert "texts to search" in status(app)
        await type_query(pilot, "ARKIVET")
        assert len(results(app)) == 1


async def test_warming_leaves_a_data_directory_without_an_index_alone(team):
    from coach.tui import searching

    store, _ = team
    app = CoachApp(store, lang="en", clock=lambda: NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        searching.warm(app)  # nothing was ever searched here: the first search builds it
        await settle(pilot)
        assert app.services.team_search is None
