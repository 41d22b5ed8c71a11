"""The home screen through Pilot: what it shows, and adding, editing and archiving people."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import DataTable, Input, Select, Static
from tui_team import INGRID, KARI, OLA, PER, make_app, settle

from coach.domain.people import Person
from coach.tui.dialogs.confirm import ConfirmDialog
from coach.tui.dialogs.person_form import PersonForm
from coach.tui.screens.home import HomeScreen
from coach.tui.screens.person import PersonScreen

SIZE = (150, 30)  # wide enough for every column


def table(app) -> DataTable:
    return app.screen.query_one("#team", DataTable)


def names(app) -> list[str]:
    t = table(app)
    return [t.get_row_at(i)[0].plain for i in range(t.row_count)]


def row_of(app, person_id: str) -> list[str]:
    return [cell.plain for cell in table(app).get_row(person_id)]


def footer_labels(app) -> set[str]:
    return {b.binding.description for b in app.screen.active_bindings.values() if b.binding.show}


async def move_to(pilot, person_id: str) -> None:
    t = table(pilot.app)
    t.move_cursor(row=t.get_row_index(person_id))
    await pilot.pause()


async def test_empty_state_explains_what_to_do(store):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        empty = app.screen.query_one("#empty")
        assert empty.display and not table(app).display
        text = " ".join(str(s.render()) for s in empty.query(Static))
        assert "Press a to add your first person" in text
        assert "coach demo" in text
        assert not {"Edit", "Open", "Archive"} & footer_labels(app)  # nobody to act on
        assert "Add person" in footer_labels(app)


async def test_team_rows_show_cadence_last_next_and_open_actions(team_store):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert names(app) == [
            "Aisha Rahman",
            "Kari Nordmann",
            "Ola Hansen",
            "Per Bakken-Lindqvist Johannessen",
        ]
        # Kari: last 20 Feb (the planned April check-in does not count), monthly, 2 open.
        assert row_of(app, KARI) == [
            "Kari Nordmann",
            "Rådgiver",
            "monthly",
            "2026-02-20",
            "2026-03-22",
            "1",  # mine (the leader's)
            "1",  # theirs
            "·",  # none overdue
            "·",  # no goal at risk
            "G! F2/10 E–",  # goal-setting due in the first quarter, evaluation later
        ]
        ola = table(app).get_row(OLA)
        assert ola[4].plain == "overdue 14d" and "red" in str(ola[4].style)
        assert row_of(app, OLA)[2] == "every 2 weeks"
        summary = str(app.screen.query_one("#summary", Static).render())
        assert "4 active" in summary and "1 archived" in summary and "2 overdue" in summary


async def test_columns_fit_80_columns_with_ellipsis(team_store):
    app = make_app(team_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        t = table(app)
        total = sum(c.get_render_width(t) for c in t.columns.values())
        assert total <= 80
        per = row_of(app, PER)
        assert per[0].startswith("Per Bakken") and per[0].endswith("…")
        assert table(app).cell(PER, "next") == "overdue 5d"  # fixed columns are never cut
        assert table(app).cell(PER, "cadence") is None  # dropped first at 80 columns


async def test_add_person_through_the_dialog(team_store):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, PersonForm)
        await pilot.press(*"Eva Lie")
        await pilot.press("tab")
        await pilot.press(*"Jurist")
        await pilot.press("tab")  # to the cadence Select
        select = app.screen.query_one("#cadence", Select)
        assert select.has_focus
        await pilot.press("enter")  # open the list
        await pilot.press("up")  # monthly -> every 2 weeks
        await pilot.press("enter")
        assert select.value == 14
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert "Eva Lie" in names(app)
        saved = [p for p in team_store.people() if p.name == "Eva Lie"]
        assert len(saved) == 1
        assert (saved[0].role, saved[0].cadence_days) == ("Jurist", 14)
        assert table(app).get_row_at(table(app).cursor_row)[0].plain == "Eva Lie"


async def test_empty_name_shows_error_and_keeps_dialog(store):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.press("tab")
        await pilot.press(*"Rådgiver")
        await pilot.press("enter")  # submit from the role field with no name
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        error = app.screen.query_one("#name-error", Static)
        assert error.display and "Enter a name" in str(error.render())
        assert app.screen.query_one("#role", Input).value == "Rådgiver"  # nothing lost
        assert app.screen.query_one("#name", Input).has_focus
        assert store.people(include_archived=True) == []
        await pilot.press(*"  ")
        await pilot.press("ctrl+s")  # blanks are not a name either
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        await pilot.press(*"Eva")
        await pilot.press("enter")
        await settle(pilot)
        assert [p.name for p in store.people()] == ["Eva"]
        assert store.people()[0].role == "Rådgiver"


async def test_escape_cancels_without_saving(store):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a", *"Eva", "escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert store.people(include_archived=True) == []


async def test_edit_person(team_store):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await move_to(pilot, KARI)
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, PersonForm)
        assert form.query_one("#name", Input).value == "Kari Nordmann"
        assert form.query_one("#cadence", Select).value == 30
        name = form.query_one("#name", Input)
        name.value = ""
        await pilot.press(*"Kari Nordmann Berg", "tab", "ctrl+u", *"Seniorrådgiver", "enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        kari = team_store.person(KARI)
        assert (kari.name, kari.role, kari.cadence_days) == (
            "Kari Nordmann Berg",
            "Seniorrådgiver",
            30,
        )
        assert row_of(app, KARI)[:2] == ["Kari Nordmann Berg", "Seniorrådgiver"]
        assert len(team_store.people(include_archived=True)) == 5  # edited, not added


async def test_archive_with_confirm_hides_person(team_store):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await move_to(pilot, OLA)
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmDialog)
        assert "Ola Hansen" in str(app.screen.query_one("#question", Static).render())
        await pilot.press("n")  # changed my mind
        await settle(pilot)
        assert not team_store.person(OLA).archived
        assert "Ola Hansen" in names(app)
        await pilot.press("x")
        await pilot.click("#yes")
        await settle(pilot)
        assert team_store.person(OLA).archived is True
        assert "Ola Hansen" not in names(app)


async def test_toggle_archived_and_restore(team_store):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Ingrid Berg" not in names(app)
        assert "Show archived" in footer_labels(app)
        await pilot.press("v")
        await settle(pilot)
        assert "Ingrid Berg" in names(app)
        assert row_of(app, INGRID)[4] == "archived"
        assert "Hide archived" in footer_labels(app)
        await move_to(pilot, INGRID)
        labels = footer_labels(app)
        assert "Restore" in labels and "Archive" not in labels
        await pilot.press("r")
        await settle(pilot)
        assert team_store.person(INGRID).archived is False
        assert row_of(app, INGRID)[4] == "overdue 198d"  # due 30 Aug 2025, no longer archived
        await pilot.press("v")
        await settle(pilot)
        assert "Ingrid Berg" in names(app)  # restored, so shown when archived are hidden
        assert "Show archived" not in footer_labels(app)  # nobody archived any more


async def test_enter_opens_person(team_store):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await move_to(pilot, KARI)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, PersonScreen)
        details = str(app.screen.query_one("#person-details", Static).render())
        assert "Active goals: 1" in details
        assert "Lese rapporten om tjenestedesign" in details
        assert "Sende referat" not in details  # done, not open
        timeline = app.screen.query_one("#timeline")
        assert "Monthly follow-up" in [str(row[1]) for row in map(timeline.get_row_at,
                                                                  range(timeline.row_count))]
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_ctrl_q_quits(team_store):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_norwegian_labels(team_store):
    app = make_app(team_store, "nb")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        t = table(app)
        headers = [c.label.plain for c in t.columns.values()]
        assert headers == ["Navn", "Rolle", "Oppfølging", "Sist", "Neste", "Mine", "Medarbeiders",
                           "Forfalt", "I fare", "Året"]
        assert row_of(app, KARI)[2:5] == ["månedlig", "20.02.2026", "22.03.2026"]
        assert row_of(app, OLA)[2] == "annenhver uke"
        assert row_of(app, OLA)[4] == "forfalt 14 d"
        labels = footer_labels(app)
        assert {"Ny person", "Endre", "Arkiver", "Vis arkiverte", "Avslutt"} <= labels
        assert app.title == "coach: medarbeidersamtalen"
        await pilot.press("a")
        form = app.screen
        assert "Ny person" in str(form.query_one(".dialog-title", Static).render())
        assert form.query_one("#cadence", Select).selection == 30
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Skriv inn et navn" in str(form.query_one("#name-error", Static).render())


async def test_user_text_is_not_markup(store):
    store.save_person(Person("[bold]Eve[/bold] <x>", "[red]r"))
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert names(app) == ["[bold]Eve[/bold] <x>"]


async def test_palette_offers_screen_commands(team_store):
    from coach.tui.palette import screen_commands

    app = make_app(team_store, "nb")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [c.title for c in screen_commands(app.screen)]
        assert titles == ["Ny person", "Enhetens mål", "Søk", "Vis arkiverte"]
        dict(zip(titles, screen_commands(app.screen), strict=True))["Vis arkiverte"].callback()
        await settle(pilot)
        assert row_of(app, INGRID)[:5:4] == ["Ingrid Berg", "arkivert"]


async def test_keys_typed_ahead_are_handled_in_order(team_store):
    """Down then enter, delivered together, opens the second person, not the first."""
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # Both keys queued before either is handled, as when typing fast or over ssh.
        app.post_message(events.Key("down", None))
        app.post_message(events.Key("enter", "\r"))
        await settle(pilot)
        assert isinstance(app.screen, PersonScreen)
        assert app.screen.person.name == "Kari Nordmann"


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("width", [80, 100, 150])
async def test_no_footer_key_is_cut_or_hidden_under_the_palette(team_store, lang, width):
    """The footer keeps enter, s and ctrl+q whole; the other keys join while they fit
    beside the palette's key (at 80 columns in bokmål ctrl+q was hidden under it)."""
    from textual.widgets._footer import FooterKey

    app = make_app(team_store, lang)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        keys = [k for k in app.screen.query(FooterKey) if k.region.width]
        regions = sorted((k.region.x, k.region.right) for k in keys)
        assert all(a[1] <= b[0] for a, b in zip(regions, regions[1:], strict=False))
        assert all(k.region.right <= width for k in keys)
        assert {"s", "ctrl+q", "ctrl+p"} <= {k.key for k in keys}
        if width >= 150:
            assert {"a", "e", "o"} <= {k.key for k in keys}
