"""Shared by the screen-share tests: the app on the team with private entries (optionally
in screen-share mode from the setting), and walks to each screen that can show them."""

from __future__ import annotations

from live_helpers import FakeMonotonic, live_app, settle
from share_team import KARI, fill_share_team
from tui_team import NOW, make_app, uid

import coach.services.session as session_module
import coach.services.starting as starting_module
from coach.config import Settings
from coach.tui import routes
from coach.tui.settings import apply_settings


def fix_conversation(monkeypatch) -> None:
    """A fixed conversation id and clock (the question order and the snapshots)."""
    original = starting_module.new_conversation

    def fixed(*args, **kwargs):
        conv = original(*args, **kwargs)
        conv.id = uid(999)
        return conv

    monkeypatch.setattr(session_module, "new_conversation", fixed)
    monkeypatch.setattr(session_module, "utcnow", lambda: NOW)
    monkeypatch.setattr(starting_module, "utcnow", lambda: NOW)


def sharing_app(store, lang="nb", *, on=True, start=True, texts=None):
    """The app (the prepare screen for Kari when ``start``), ``screen_share: on``."""
    fill_share_team(store, texts)
    app = (live_app(store, lang, monotonic=FakeMonotonic()) if start
           else make_app(store, lang))
    apply_settings(app, Settings(screen_share=on))
    return app


async def to_live(pilot) -> None:
    await settle(pilot)
    await pilot.press("f5")
    await settle(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


async def to_person(pilot) -> None:
    await settle(pilot)
    routes.push(pilot.app, "person", pilot.app.store.person(KARI))
    await settle(pilot)


async def to_conversation(pilot) -> None:
    """Last time's conversation, read-only, with the full notes asked for (``p``)."""
    await settle(pilot)
    routes.push(pilot.app, "conversation", uid(102))
    await settle(pilot)
    await pilot.press("p")
    await pilot.pause()


async def to_goals(pilot) -> None:
    await settle(pilot)
    routes.push(pilot.app, "goals", pilot.app.store.person(KARI))
    await settle(pilot)


async def to_search(pilot, query: str = "e", include_private: bool = True) -> None:
    """Search for ``query`` with private hits asked for (``p`` in the list)."""
    from coach.tui.searching import open_search

    await settle(pilot)
    open_search(pilot.app)
    await settle(pilot)
    await pilot.press(*query)
    await settle(pilot)
    if include_private:
        await pilot.press("down", "p")
        await settle(pilot)


async def to_summary(pilot, private_note: str = "Virket urolig om omorganiseringen") -> None:
    """The summary of a conversation with ``private_note`` in it (typed with its prefix)."""
    await to_live(pilot)
    await pilot.press("p", "colon", "space",
                      *[{" ": "space"}.get(c, c) for c in private_note])
    await pilot.press("ctrl+n")
    await pilot.pause()
    await pilot.press("f12")
    await pilot.pause()
    await pilot.press("y")
    await settle(pilot)
    await pilot.pause(0.2)
    await pilot.press("p")  # the full notes, asked for: still shared only
    await pilot.pause()
    pilot.app.clear_notifications()
    await pilot.pause()
