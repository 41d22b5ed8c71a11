"""Run by test_live_sigkill.py: the live screen headless, typing one key at a time.

Prints ``<count typed> <monotonic time>`` after each key (flushed), so the parent knows what
had been typed when it kills this process. argv: data dir.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from tui_team import KARI  # noqa: E402

from coach.content import load_library  # noqa: E402
from coach.store import Store  # noqa: E402
from coach.tui.app import CoachApp  # noqa: E402

TEXT = "abcdefghijklmnopqrstuvwxyz0123456789" * 40


async def main(data_dir: str) -> None:
    store = Store.open(Path(data_dir), backup=False)
    app = CoachApp(store, lang="en", library=load_library(user_dir=None),
                   start=(KARI, "follow-up"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("f5")
        await pilot.pause()
        print("ready", time.monotonic(), flush=True)
        for n, ch in enumerate(TEXT, start=1):
            await pilot.press(ch)
            print(n, time.monotonic(), flush=True)
            await asyncio.sleep(0.01)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
