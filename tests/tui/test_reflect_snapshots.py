"""How the employee's screens look: the preparation, the daily reflection, the review of a
summary, and their dialogs (the name, the own rating), at 80x24 and 120x40, in both
languages. Fixed data and clocks, no cursor blink."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from live_helpers import library, no_text_area_blink, settle  # noqa: F401
from tui_team import KARI

from coach.services.exporting import conversation_markdown, write_export
from coach.services.reflecting import ReflectSession
from coach.services.review import read_summary
from coach.store import Store
from coach.tui.reflect_app import ReflectApp
from coach.tui.review_app import ReviewApp
from tests.prep.test_review_loop import hold_in

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Mono:
    def __call__(self) -> float:
        return 100.0


def reflect_app(tmp_path, lang, *, daily=False, name="Kari Nordmann"):
    store = Store.open(tmp_path / "reflect", backup=False)
    session = ReflectSession.open(store, library(), lang, daily=daily, name=name, now=NOW)
    if not daily:
        session.set_answer("since-last-time", "Fikk levert [rapporten](https://intra.example)"
                                               " og `v2` av verktøyet.\n\n- mer tid til *kurs*")
        session.persist([session.snapshot()])
    return ReflectApp(session, lang, minutes=15, monotonic=Mono())


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_preparation(snap_compare, tmp_path, lang, size):
    assert snap_compare(reflect_app(tmp_path, lang), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_daily(snap_compare, tmp_path, lang, size):
    assert snap_compare(reflect_app(tmp_path, lang, daily=True), terminal_size=size,
                        run_before=settle)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_name_dialog(snap_compare, tmp_path, lang, size):
    assert snap_compare(reflect_app(tmp_path, lang, name=None), terminal_size=size,
                        run_before=settle)


async def _rating(pilot) -> None:
    await settle(pilot)
    await pilot.press("ctrl+r")
    await settle(pilot)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_own_rating_dialog(snap_compare, tmp_path, lang, size):
    assert snap_compare(reflect_app(tmp_path, lang), terminal_size=size, run_before=_rating)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_review(snap_compare, team_store, tmp_path, lang, size):
    cid = hold_in(team_store, KARI)
    path = tmp_path / "summary.md"
    write_export(path, conversation_markdown(team_store, cid, lang, include_private=False))
    app = ReviewApp(read_summary(path), lang, output=tmp_path / "review.md",
                    today=date(2026, 12, 3))
    assert snap_compare(app, terminal_size=size, run_before=settle)
