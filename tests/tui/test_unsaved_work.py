"""Issue 15, item 3 (the app's half): a note that failed to save is marked unsaved on the
live screen until it is saved; quitting with unsaved work asks, and can write it to a file
elsewhere. On a real full tmpfs, and with ENOSPC injected where the store writes."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest
from live_helpers import FakeMonotonic, live_app, no_text_area_blink, settle  # noqa: F401
from tui_team import fill_team

from coach.services import rescue
from coach.store import Store, files
from coach.tui.dialogs.export_path import ExportPathDialog
from coach.tui.dialogs.unsaved import UnsavedDialog
from coach.tui.screens.live import LiveScreen

sys.path.insert(0, str(Path(__file__).parents[2]))
from tests.faults.small_fs import fill_up, small_fs  # noqa: E402

NOT_SAVED = "not saved"


def keys(text: str) -> list[str]:
    return [{" ": "space", ":": "colon", ",": "comma"}.get(c, c) for c in text]


def entries_shown(live: LiveScreen) -> str:
    """The entry list's text as drawn on screen."""
    static = live.query_one("#entries .entries-text")
    strips = static.render_lines(static.size.region)
    return "\n".join(strip.text for strip in strips)


@pytest.fixture
def disk(monkeypatch):
    """``disk.full = True`` makes every atomic write in the data directory (the test's
    ``data`` folder) fail with ENOSPC, as if it sat on a full disk of its own."""
    real = files.open_private

    class Disk:
        full = False

    def open_private(path, *args, **kwargs):
        if Disk.full and "data" in Path(path).parts:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(files, "open_private", open_private)
    monkeypatch.setattr(rescue, "RETRY_EVERY", 0.0)
    return Disk


async def _live(pilot) -> LiveScreen:
    await settle(pilot)
    await pilot.press("f5")
    await settle(pilot)
    assert isinstance(pilot.app.screen, LiveScreen)
    return pilot.app.screen


async def test_a_note_that_failed_to_save_is_marked_until_it_is_saved(tmp_path, disk):
    store = Store.open(tmp_path / "data", backup=False)
    fill_team(store)
    app = live_app(store, "en")
    try:
        async with app.run_test(size=(110, 34)) as pilot:
            live = await _live(pilot)
            cid = live.session.conversation.id
            disk.full = True
            await pilot.press(*keys("skrevet mens disken var full"), "ctrl+n")
            await settle(pilot)
            shown = entries_shown(live)
            assert "skrevet mens disken var full" in shown and NOT_SAVED in shown
            assert any("The disk is full" in str(n.message) for n in app._notifications)
            disk.full = False
            await pilot.pause(0.4)  # the autosave timer tries the queue again
            await settle(pilot)
            assert NOT_SAVED not in entries_shown(live)
            await pilot.press("ctrl+q")
        assert app.return_code == 0
    finally:
        app.close_saves()
        store.close()
    with Store.open(tmp_path / "data", backup=False) as again:
        assert "skrevet mens disken var full" in [e.text for e in again.entries(cid)]


async def test_quitting_with_unsaved_work_asks_and_writes_it_elsewhere(tmp_path, disk):
    store = Store.open(tmp_path / "data", backup=False)
    fill_team(store)
    app = live_app(store, "nb")
    rescued = tmp_path / "elsewhere" / "redning.md"
    rescued.parent.mkdir()
    try:
        async with app.run_test(size=(110, 34)) as pilot:
            await _live(pilot)
            disk.full = True
            await pilot.press(*keys("a: felles avtale"), "ctrl+n")
            await settle(pilot)
            await pilot.press(*keys("halvskrevet"))
            await pilot.press("ctrl+q")
            await settle(pilot)
            assert isinstance(app.screen, UnsavedDialog)
            await pilot.press("escape")  # stay
            await settle(pilot)
            assert app.is_running and isinstance(app.screen, LiveScreen)
            await pilot.press("ctrl+q")
            await settle(pilot)
            assert isinstance(app.screen, UnsavedDialog)
            await pilot.press("w")
            await settle(pilot)
            assert isinstance(app.screen, ExportPathDialog)
            field = app.screen.query_one("#export-path")
            field.value = str(rescued)
            await pilot.press("enter")
            await settle(pilot)
        assert app.return_code == 1
        assert str(rescued) in app.stop_message
    finally:
        app.close_saves()
        store.close()
    text = rescued.read_text(encoding="utf-8")
    assert "felles avtale" in text and "ikke lagret" in text and "halvskrevet" in text
    assert stat.S_IMODE(rescued.stat().st_mode) == 0o600


async def test_quit_without_saving_says_what_was_lost(tmp_path, disk):
    store = Store.open(tmp_path / "data", backup=False)
    fill_team(store)
    app = live_app(store, "en")
    try:
        async with app.run_test(size=(110, 34)) as pilot:
            await _live(pilot)
            disk.full = True
            await pilot.press(*keys("lost"))
            await pilot.press("ctrl+q")
            await settle(pilot)
            assert isinstance(app.screen, UnsavedDialog)
            await pilot.click("#discard")
            await settle(pilot)
        assert app.return_code == 1
        assert app.stop_message.startswith("coach quit without saving everything: "
                                           "The disk is full")
    finally:
        app.close_saves()
        store.close()


async def test_on_a_full_tmpfs(tmp_path, monkeypatch):
    monkeypatch.setattr(rescue, "RETRY_EVERY", 0.0)
    with small_fs(tmp_path / "mnt", size="8m") as mnt:
        store = Store.open(mnt / "data", backup=False)
        fill_team(store)
        app = live_app(store, "en", monotonic=FakeMonotonic())
        try:
            async with app.run_test(size=(110, 34)) as pilot:
                live = await _live(pilot)
                cid = live.session.conversation.id
                filler = fill_up(mnt)
                await pilot.press(*keys("the disk is full now"), "ctrl+n")
                await settle(pilot)
                assert NOT_SAVED in entries_shown(live)
                filler.unlink()
                await pilot.pause(0.4)
                await settle(pilot)
                assert NOT_SAVED not in entries_shown(live)
                await pilot.press("ctrl+q")
            assert app.return_code == 0
        finally:
            app.close_saves()
            store.close()
        with Store.open(mnt / "data", backup=False) as again:
            assert "the disk is full now" in [e.text for e in again.entries(cid)]
