"""Issue 15, items 2 and 5: the app opens a read-only data directory read-only and says
why (a user's chmod 500 is respected, not undone); it runs the cheap part of `coach check`
at start-up and names what it found."""

from __future__ import annotations

import os
import stat

from coach.store import Store
from coach.tui.app import CoachApp


def messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_folder_the_user_made_read_only_opens_read_only_and_says_so(team):
    data, _ = team
    os.chmod(data, 0o500)
    try:
        with Store.open(data) as store:
            assert store.read_only
            app = CoachApp(store, lang="en")
            async with app.run_test(size=(100, 30)) as pilot:
                await settle(pilot)
                assert app.is_running
                assert app.sub_title == "read-only"
                assert any("read-only" in m and str(data) in m for m in messages(app))
        assert stat.S_IMODE(data.stat().st_mode) == 0o500  # respected, not made writable
    finally:
        os.chmod(data, 0o700)


async def test_the_quick_check_names_a_sync_conflict_copy(team):
    data, ids = team
    person = data / "people" / f"{ids['person']}.json"
    copy = person.with_name(f"{ids['person']}.sync-conflict-20261201-101010-ABCDEFG.json")
    copy.write_bytes(person.read_bytes())
    with Store.open(data, backup=False) as store:
        app = CoachApp(store, lang="en")
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            found = [m for m in messages(app) if "coach --data-dir" in m and "check" in m]
            assert found and copy.name in found[0], messages(app)


async def test_a_clean_store_says_nothing(team):
    data, _ = team
    with Store.open(data, backup=False) as store:
        app = CoachApp(store, lang="en")
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert not [m for m in messages(app) if "check" in m]
            assert app.sub_title != "read-only"


async def test_a_read_only_file_system_opens_read_only_and_says_so(tmp_path):
    from tests.faults.fault_team import fill
    from tests.faults.small_fs import remount_read_only, small_fs, tree

    with small_fs(tmp_path / "mnt") as mnt:
        data = mnt / "data"
        fill(data)
        remount_read_only(mnt)
        before = tree(data)
        with Store.open(data) as store:
            app = CoachApp(store, lang="nb")
            async with app.run_test(size=(100, 30)) as pilot:
                await settle(pilot)
                await pilot.press("a")  # add a person: refused with the store's words
                await settle(pilot)
                assert app.is_running
                assert any("skrivebeskyttet filsystem" in m for m in messages(app))
        assert tree(data) == before
