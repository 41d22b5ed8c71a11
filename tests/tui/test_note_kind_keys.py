"""Every note kind's key, read from the table, makes that kind on the live screen."""

from __future__ import annotations

import pytest
from live_helpers import FakeMonotonic, library, live_app, no_text_area_blink, settle  # noqa: F401

from coach.domain.note_kinds import NOTE_KINDS
from coach.i18n import Translator
from coach.tui.screens.live import LiveScreen
from coach.tui.widgets.entry_list import typing_hint


async def test_each_kind_key_commits_its_kind(team_store):
    app = live_app(team_store, "en", monotonic=FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        live = app.screen
        assert isinstance(live, LiveScreen)
        rows = [k for k in NOTE_KINDS if k.name != "action-item"]  # a dialog asks first
        for row in rows:
            await pilot.press(*f"x{row.name}".replace("-", ""))
            await pilot.press(row.key)
        await settle(pilot)
        stored = {e.text: (e.kind, e.visibility)
                  for e in team_store.entries(live.session.conversation.id)}
        for row in rows:
            assert stored[f"x{row.name}".replace("-", "")] == (row.kind, row.visibility)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_empty_list_offers_every_kinds_key_and_prefix(lang):
    hint = typing_hint(Translator(lang))
    for kind in NOTE_KINDS:
        assert kind.key.replace("backslash", "\\") in hint, kind.name
        if kind.prefixes:
            assert f"{kind.prefixes[0]}:" in hint, kind.name
