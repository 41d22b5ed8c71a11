"""No key in any footer shows a raw message key: every binding is in the user's language."""

from __future__ import annotations

from live_helpers import live_app, no_text_area_blink, settle  # noqa: F401

from coach.i18n import CATALOG
from coach.tui.dialogs.confirm import ConfirmDialog
from coach.tui.widgets.earlier_actions import EarlierActions


def untranslated(app) -> list[str]:
    return sorted(
        b.description for _, b, _, _ in app.screen.active_bindings.values()
        if b.description in CATALOG
    )


async def test_every_focusable_widget_of_the_flow_has_translated_keys(team_store):
    for lang in ("nb", "en"):
        app = live_app(team_store, lang)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            if lang == "en":  # the nb pass left its conversation unfinished: it is offered
                assert isinstance(app.screen, ConfirmDialog)
                assert untranslated(app) == []
                await pilot.press("n")
                await settle(pilot)
            seen = 0
            for _ in range(2):  # the prepare screen, then the live screen
                for widget in [None, *app.screen.focus_chain]:
                    if widget is not None:
                        widget.focus()
                        await pilot.pause()
                    assert untranslated(app) == [], (app.screen, widget)
                    seen += 1
                await pilot.press("f5")
                await settle(pilot)
            assert app.screen.query(EarlierActions), "the live screen lists earlier items"
            assert seen > 4
