"""Issue 15, item 2: damaged and missing files met by the app, wherever it meets them (home,
resume, prepare, search, a past conversation): the CLI's message, naming the newest backup,
and never a traceback. Where the app can go on (resuming, opening one conversation) it says
so in a notification and stays; where the screen cannot be shown it stops with the message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.store import Store
from coach.store.errors import StoreCorrupt
from coach.store.layout import conversation_path, person_path
from coach.tui.app import CoachApp
from tests.faults.fault_team import coach


def _damage(path: Path) -> None:
    path.write_bytes(b'{"conversation": {"1": ')


def _unfinish(data: Path, conversation_id: str) -> None:
    for path in (conversation_path(data, conversation_id), data / "coach.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for row in doc["conversation" if path.name != "coach.json" else "conversations"
                       ].values():
            row["status"], row["ended_at"] = "in-progress", None
        path.write_text(json.dumps(doc), encoding="utf-8")


def cli_message(data: Path, *command: str) -> str:
    result = coach("--lang", "nb", "--data-dir", str(data), *command)
    assert result.returncode == 1, result.stderr
    return result.stderr.strip()


def messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_home_screen_with_a_damaged_person_file_stops_with_the_clis_message(team):
    data, ids = team
    _damage(person_path(data, ids["person"]))
    expected = cli_message(data, "export", "kari", "--all")
    with Store.open(data, backup=False) as store:
        app = CoachApp(store, lang="nb")
        with pytest.raises(StoreCorrupt):
            async with app.run_test(size=(100, 30)) as pilot:
                await settle(pilot)
    assert app.return_code == 1
    assert app.stop_message == expected
    assert "coach-" in expected  # names the newest good backup


async def test_prepare_with_a_damaged_person_file(team):
    data, ids = team
    _damage(person_path(data, ids["person"]))
    expected = cli_message(data, "export", "kari", "--all")
    with Store.open(data, backup=False) as store:
        app = CoachApp(store, lang="nb", start=(ids["person"], None))
        with pytest.raises(StoreCorrupt):
            async with app.run_test(size=(100, 30)) as pilot:
                await settle(pilot)
    assert app.return_code == 1 and app.stop_message == expected


@pytest.mark.parametrize("fault", ["damaged", "missing"])
async def test_resuming_a_damaged_or_missing_conversation_says_so_and_stays(team, fault):
    data, ids = team
    _unfinish(data, ids["conversation"])
    path = conversation_path(data, ids["conversation"])
    _damage(path) if fault == "damaged" else path.unlink()
    expected = cli_message(data, "export", "kari", "--all")
    with Store.open(data, backup=False) as store:
        app = CoachApp(store, lang="nb")
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert app.is_running
            assert expected in messages(app)
    assert not app.return_code


async def test_search_over_a_damaged_conversation(team):
    data, ids = team
    _damage(conversation_path(data, ids["conversation"]))
    expected = cli_message(data, "search", "notat")
    with Store.open(data, backup=False) as store:
        app = CoachApp(store, lang="nb")
        try:
            async with app.run_test(size=(100, 30)) as pilot:
                await settle(pilot)
                await pilot.press("slash")
                await settle(pilot)
                await pilot.press(*"notat")
                await settle(pilot)
        except StoreCorrupt:
            pass
    assert app.stop_message == expected or expected in messages(app)


async def test_the_person_screen_over_a_damaged_conversation(team):
    data, ids = team
    _damage(conversation_path(data, ids["conversation"]))
    expected = cli_message(data, "export", "kari")
    with Store.open(data, backup=False) as store:
        app = CoachApp(store, lang="nb")
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("enter")  # the highlighted person: Kari
            await settle(pilot)
            assert app.is_running
            assert expected in messages(app), messages(app)
    assert not app.return_code
