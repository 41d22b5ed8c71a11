"""At 80 columns the live screen's footer shows the keys a leader needs most."""

from __future__ import annotations

import pytest
from live_helpers import live_app, no_text_area_blink, settle  # noqa: F401
from textual.widgets._footer import FooterKey


@pytest.mark.parametrize("lang", ["nb", "en"])
async def test_main_keys_visible_at_80_columns(team_store, lang):
    app = live_app(team_store, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        keys = list(app.screen.query(FooterKey))
        shown = {k.key for k in keys if k.region.width and k.region.right <= 80}
        assert {"f5", "ctrl+n", "f4", "f9", "f12", "f1"} <= shown
        regions = sorted((k.region.x, k.region.right) for k in keys if k.region.width)
        assert all(a[1] <= b[0] for a, b in zip(regions, regions[1:], strict=False))
        assert not {"ctrl+b", "ctrl+l", "ctrl+r", "ctrl+o"} & {k.key for k in keys}


async def test_palette_offers_no_textual_english_labels(team_store):
    app = live_app(team_store, "nb")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        titles = [c.title for c in app.screen.palette_commands()]
        assert "Notat" in titles
        assert not {"Focus Next", "Focus Previous", "Copy selected text"} & set(titles)


async def test_help_scrolls_at_80x24(team_store):
    app = live_app(team_store, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        body = app.screen.query_one("#help-body")
        assert app.focused is body
        assert body.region.bottom <= 24 and body.max_scroll_y > 0
        await pilot.press("pagedown")
        await settle(pilot)
        assert body.scroll_y > 0


@pytest.mark.parametrize("lang", ["nb", "en"])
async def test_footer_and_title_fit_at_80_columns(team_store, lang):
    """No key is cut at the right edge, and the header names the person and the template
    whole; at 160 columns the lesser keys come back."""
    from textual.widgets import Header

    app = live_app(team_store, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        keys = [k for k in app.screen.query(FooterKey) if k.region.width]
        assert all(k.region.right <= 80 for k in keys)
        header = app.screen.query_one(Header)
        assert "Kari Nordmann" in app.screen.sub_title
        text = " ".join(str(w.render()) for w in header.query("*"))
        assert "…" not in text
        await pilot.resize_terminal(160, 50)
        await settle(pilot)
        assert "ctrl+g" in {k.key for k in app.screen.query(FooterKey)}


@pytest.mark.parametrize("lang", ["nb", "en"])
async def test_the_summary_footer_fits_at_80_columns(team_store, lang):
    """At the end of the meeting: export, the preview's switch, home, help and quit whole;
    importing the employee's review (later) comes back at 160 columns."""
    from coach.tui.screens.summary import SummaryScreen

    app = live_app(team_store, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        await pilot.press("f12")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        keys = [k for k in app.screen.query(FooterKey) if k.region.width]
        assert all(k.region.right <= 80 for k in keys), [(k.key, k.region) for k in keys]
        assert {"e", "f", "p", "escape", "f1", "ctrl+q"} <= {k.key for k in keys}
        await pilot.resize_terminal(160, 50)
        await settle(pilot)
        assert "i" in {k.key for k in app.screen.query(FooterKey)}


async def test_ctrl_f_accepts_the_rebalance_while_the_editor_has_focus(team_store):
    """The note editor keeps focus through an overrun: ctrl+f reaches the screen (the
    proposed plan is taken) and the text being typed is left as it was."""
    from live_helpers import FakeMonotonic
    from textual.widgets import TextArea

    mono = FakeMonotonic()
    app = live_app(team_store, "nb", monotonic=mono)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        editor = live.query_one("#editor", TextArea)
        await pilot.press(*"halvt ord".replace(" ", "-"))
        editor.move_cursor((0, 0))
        mono.advance(9 * 60)  # 4 minutes over the first 5-minute box
        await pilot.pause(0.6)
        assert live.focused is editor and live.query_one("#rebalance").display
        before = [s.box_seconds for s in live.clock.sections[1:]]
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert sum(s.box_seconds for s in live.clock.sections[1:]) < sum(before)
        assert editor.text == "halvt-ord" and live.focused is editor
        assert not live.query_one("#rebalance").display


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("width", [80, 100, 120, 140, 160])
async def test_no_key_is_cut_at_any_width(team_store, lang, width):
    """The lesser keys join the footer while they fit, measured in the language's labels,
    also when the earlier items' list has focus (its keys join the footer then)."""
    app = live_app(team_store, lang)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        for focus in ("editor", "earlier"):
            if focus == "earlier":
                await pilot.press("tab")
                await settle(pilot)
                assert app.screen.focused is app.screen.query_one("#earlier")
            keys = [k for k in app.screen.query(FooterKey) if k.region.width]
            assert all(k.region.right <= width for k in keys), (focus, [
                (k.key, k.region.right) for k in keys])
            shown = {k.key for k in keys}
            assert {"f5", "ctrl+n", "f4", "f9", "f12", "f1"} <= shown or focus == "earlier"
        if width >= 140:
            await pilot.press("escape")
            await settle(pilot)
            assert {"ctrl+t", "ctrl+g"} <= {k.key for k in app.screen.query(FooterKey)}
