"""For random private texts (of every kind: last time's agreement, support need and note,
an open action item, a goal's progress), none appears on any screen while screen-share mode
is on: the prepare view, the live screen, the person view, goals, a past conversation with
its full notes asked for, and search with private hits asked for (``p``).

A text is looked for by every run of 6 of its characters, so a leak cut or wrapped by the
screen is found too; the texts are made of letters rare in the app's own words."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from live_helpers import no_text_area_blink, settle  # noqa: F401
from screen_text import screen_text
from share_helpers import sharing_app, to_conversation, to_goals, to_person, to_search

from coach.store import Store

WINDOW = 6
_letters = st.text(alphabet="qxzwyæøåQXZWÆØÅ", min_size=WINDOW, max_size=30)
_texts = st.builds(lambda *parts: " ".join(parts), _letters, _letters)
KINDS = ("agreement", "support", "note", "action", "progress")


def _leaked(screen: str, texts: dict[str, str]) -> list[str]:
    flat = screen.replace("\n", "")
    return [kind for kind, text in texts.items()
            if any(text[i:i + WINDOW] in screen or text[i:i + WINDOW] in flat
                   for i in range(len(text) - WINDOW + 1))]


async def _walk(store, texts: dict[str, str]) -> dict[str, list[str]]:
    from textual.widgets import TextArea

    found: dict[str, list[str]] = {}
    app = sharing_app(store, texts=texts)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        found["prepare"] = _leaked(screen_text(app), texts)
        await pilot.press("f5")
        await settle(pilot)
        found["live"] = _leaked(screen_text(app), texts)
        for name, walk in (("person", to_person), ("goals", to_goals),
                           ("conversation", to_conversation)):
            await walk(pilot)
            found[name] = _leaked(screen_text(app), texts)
            app.pop_screen()
            await settle(pilot)
        # A query shorter than a window: the typed query itself is on screen.
        await to_search(pilot, texts["action"][:3])
        found["search"] = _leaked(screen_text(app), texts)
        app.pop_screen()
        await settle(pilot)
        assert isinstance(app.screen.query_one("#editor"), TextArea)
    return found


@settings(max_examples=4, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.fixed_dictionaries({kind: _texts for kind in KINDS}))
def test_no_private_text_on_any_screen(texts):
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "data", backup=False)
        try:
            found = asyncio.run(_walk(store, texts))
        finally:
            store.close()
    assert found == {name: [] for name in found}
    assert set(found) == {"prepare", "live", "person", "goals", "conversation", "search"}
