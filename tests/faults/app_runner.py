"""Run `coach` (the app) headless in this process, as a terminal would run it: the tests of
how the app stops start this file as a program and read its stdout, stderr and exit code.

    python app_runner.py [--crash-with NOTE] [--keys KEY,KEY] -- COACH ARGS...

``--crash-with NOTE`` makes the home screen fail on purpose after it has read NOTE into a
local variable (the kind of value Textual's default traceback prints); ``--keys`` are
pressed once the first screen is up.
"""

from __future__ import annotations

import argparse
import asyncio
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--crash-with")
    parser.add_argument("--keys", default="")
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    opts = parser.parse_args()
    rest = opts.rest[1:] if opts.rest[:1] == ["--"] else opts.rest

    from textual.app import App

    from coach.cli import main as coach_main

    keys = [k for k in opts.keys.split(",") if k]
    original_run = App.run

    def headless_run(self, **kwargs):
        async def pilot(p):
            await asyncio.sleep(0.5)
            for key in keys:
                await p.press(key)
                await asyncio.sleep(0.2)

        kwargs.setdefault("auto_pilot", pilot if keys else None)
        return original_run(self, headless=True, size=(100, 30), **kwargs)

    App.run = headless_run  # type: ignore[method-assign]

    if opts.crash_with:
        from coach.tui.screens.home import HomeScreen

        secret = opts.crash_with

        def on_mount_then_fail(self) -> None:
            note = secret  # a local holding private text, as a real bug's frame would
            if note:
                raise RuntimeError("the home screen failed on purpose")

        HomeScreen.on_mount = on_mount_then_fail  # type: ignore[method-assign]
    return coach_main(rest)


if __name__ == "__main__":
    sys.exit(main())
