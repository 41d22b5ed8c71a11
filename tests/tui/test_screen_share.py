"""Screen-share mode: on by the key (ctrl+j) or the setting, every screen draws its private
entries as placeholders or counts; ctrl+y reveals one; a private note is written blind and
saved exactly. "Not on screen" is checked on the drawn screen's text (screen_text)."""

from __future__ import annotations

import pytest
from live_helpers import no_text_area_blink, settle  # noqa: F401
from rich.segment import Segment
from rich.style import Style
from screen_text import screen_text
from share_helpers import (
    fix_conversation,
    sharing_app,
    to_conversation,
    to_goals,
    to_live,
    to_person,
    to_search,
    to_summary,
)
from share_team import (
    PRIVATE_ACTION,
    PRIVATE_AGREEMENT,
    PRIVATE_NOTE,
    PRIVATE_PROGRESS,
    PRIVATE_TEXTS,
    SHARED_AGREEMENT,
)
from textual.strip import Strip
from tui_team import uid

from coach.config import load
from coach.tui.widgets.note_editor import masked


@pytest.fixture(autouse=True)
def _fixed(monkeypatch):
    fix_conversation(monkeypatch)


def _leaks(app) -> list[str]:
    text = screen_text(app)
    return [p for p in PRIVATE_TEXTS if p in text]


async def test_the_setting_hides_the_prepare_view_and_the_live_screen(store):
    app = sharing_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert _leaks(app) == []
        assert SHARED_AGREEMENT in text  # the shared stay
        assert "1 privat skjult" in text and "privat framdrift – skjult" in text
        assert "◉ Skjermdeling" in text
        await to_live(pilot)
        text = screen_text(app)
        assert _leaks(app) == []
        assert "privat tiltak – skjult" in text  # last time's private item, in its place
        assert "◉ Skjermdeling" in text
        await pilot.press("f4")  # goals and plans: the goals panel's latest progress
        await settle(pilot)
        text = screen_text(app)
        assert "Lede et tjenestedesignprosjekt" in text
        assert "privat framdrift – skjult" in text and "40 %" not in text


async def test_the_key_toggles_on_every_screen_of_the_stack(store):
    app = sharing_app(store, on=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await to_live(pilot)
        assert PRIVATE_ACTION in screen_text(app)  # the leader alone: shown, marked
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert _leaks(app) == []
        assert "Skjermdeling" in screen_text(app)
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert PRIVATE_ACTION in screen_text(app)
        assert "◉ Skjermdeling" not in screen_text(app)


@pytest.mark.parametrize("walk", [to_person, to_goals, to_search, to_summary,
                                  to_conversation],
                         ids=["person", "goals", "search", "summary", "conversation"])
async def test_no_private_text_on_the_other_screens(store, walk):
    app = sharing_app(store, start=walk is to_summary)
    async with app.run_test(size=(120, 40)) as pilot:
        await walk(pilot)
        assert _leaks(app) == []
        assert "Skjermdeling" in screen_text(app)
        if walk in (to_summary, to_conversation):
            assert "1 privat skjult" in screen_text(app) or "private skjult" in screen_text(app)
            assert "p: vis alt" not in screen_text(app)  # p shows nothing more in the mode
            await pilot.press("ctrl+j")  # off: the full notes, asked for, are shown
            await settle(pilot)
            assert PRIVATE_NOTE in screen_text(app)


async def test_search_counts_the_private_hits_even_with_p(store):
    app = sharing_app(store, start=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await to_search(pilot, "HR om")
        text = screen_text(app)
        assert PRIVATE_ACTION not in text
        assert "1 privat skjult" in text
        await pilot.press("ctrl+j")  # off: p shows it, marked as private
        await settle(pilot)
        assert PRIVATE_ACTION in screen_text(app)


async def test_the_goals_history_hides_private_progress(store):
    app = sharing_app(store, start=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await to_goals(pilot)
        text = screen_text(app)
        assert PRIVATE_PROGRESS not in text
        assert "privat framdrift – skjult" in text


async def test_reveal_shows_the_selected_one_only_while_selected(store):
    app = sharing_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)  # the prepare view: last time's agreement, the open item, ...
        await pilot.press("ctrl+y")
        await settle(pilot)
        text = screen_text(app)
        assert PRIVATE_AGREEMENT in text
        assert PRIVATE_ACTION not in text
        await pilot.press("down")
        await pilot.pause()
        text = screen_text(app)
        assert PRIVATE_AGREEMENT not in text
        assert PRIVATE_ACTION in text
        await pilot.press("escape")
        await pilot.pause()
        assert _leaks(app) == []


async def test_reveal_is_not_offered_while_the_mode_is_off(store):
    app = sharing_app(store, on=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await to_live(pilot)
        await pilot.press("ctrl+y")  # the editor's redo: no dialog
        await pilot.pause()
        assert app.screen.id == "live"


async def test_a_private_note_is_written_blind_and_saved_exactly(store):
    secret = "Kari vurderer å søke permisjon i vår"
    app = sharing_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_live(pilot)
        await pilot.press("ctrl+r")  # an empty editor: a private note, typed blind
        for ch in secret:
            await pilot.press({" ": "space"}.get(ch, ch))
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "p: ••••" in text
        assert not any(word in text for word in ("vurderer", "permisjon", "Kari vurderer"))
        await pilot.press("ctrl+r")  # saved as a private note
        await settle(pilot)
        assert secret not in screen_text(app)
        assert "privat notat – skjult" in screen_text(app)
        app.screen.save_now()
    notes = [e for e in store.entries(uid(999)) if not e.draft]
    assert [(e.text, e.private) for e in notes] == [(secret, True)]


async def test_the_prefix_masks_too_and_an_empty_blind_note_is_left(store):
    app = sharing_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await to_live(pilot)
        await pilot.press("p", "colon", "space", *"hemmelig")
        await pilot.pause()
        assert "hemmelig" not in screen_text(app)
        assert "p: ••••••••" in screen_text(app)
        await pilot.press("ctrl+n")  # any commit key: private by its prefix
        await settle(pilot)
        await pilot.press("ctrl+r", "ctrl+r")  # begin blind, then leave it again
        await pilot.pause()
        assert app.screen.query_one("#editor").text == ""
        app.screen.save_now()
    notes = [e for e in store.entries(uid(999)) if not e.draft]
    assert [(e.text, e.private) for e in notes] == [("hemmelig", True)]


async def test_blind_action_item_skips_the_dialog(store):
    app = sharing_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await to_live(pilot)
        await pilot.press("ctrl+r", *"ringe", "space", *"legen")
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert app.screen.id == "live"  # no dialog drew the text
        assert "legen" not in screen_text(app)
        app.screen.save_now()
    notes = [e for e in store.entries(uid(999)) if not e.draft]
    assert [(e.text, e.kind.value, e.private) for e in notes] == [
        ("ringe legen", "action-item", True)]
    assert [a.private for a in store.actions(notes[0].conversation_id and
                                             store.conversation(uid(999)).person_id)
            if a.text == "ringe legen"] == [True]


def test_the_setting_is_read_and_checked(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("screen_share: true\n", encoding="utf-8")
    assert load(path).screen_share is True
    path.write_text("screen_share: ja\n", encoding="utf-8")
    with pytest.raises(Exception) as raised:
        load(path)
    assert "screen_share" in raised.value.explain("en")
    assert load(tmp_path / "none.yaml").screen_share is False


def test_the_mask_keeps_width_styles_and_the_prefix():
    strip = Strip([Segment("p: "), Segment("hei på ", Style(bold=True)), Segment("dæ   ")], 15)
    out = masked(strip, keep=3)
    assert "".join(s.text for s in out) == "p: •••••••••   "
    assert [s.style for s in out] == [s.style for s in strip]
    assert out.cell_length == strip.cell_length
    wide = masked(Strip([Segment("漢字 x ")], 7))
    assert "".join(s.text for s in wide) == "•••••• "


async def test_the_palette_offers_both_and_f1_names_both_keys(store):
    app = sharing_app(store, on=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await to_live(pilot)
        titles = {c.title: c for c in app.get_system_commands(app.screen)}
        assert "Vis ett privat" not in titles  # only while the mode is on
        titles["Skjermdeling"].callback()
        await settle(pilot)
        assert _leaks(app) == [] and "◉ Skjermdeling" in screen_text(app)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert "Vis ett privat" in titles
        await pilot.press("f1")
        await pilot.pause()
        text = screen_text(app)
        assert "^j" in text and "^y" in text and "Vis ett privat" in text
