#!/usr/bin/env python
"""Is the live screen as quick as a bare Textual app? (issue 4, item 10)

1. Typing: the same text (>= 2,000 keystrokes) is pressed through Pilot into the live
   screen's note editor while its clock runs, and into a bare app holding one TextArea, in
   the same run. Rounds alternate which app goes first; the figure is the median time per
   keystroke. Target: coach / bare <= 1.2.
2. Time to first screen: ``coach start PERSON`` on a ``coach demo --people 25 --years 10``
   data set, against a minimal app (Header, TextArea, Footer). Each run is a fresh Python
   process; the time is from spawning it to the first screen being painted (the prepare
   screen for coach), read on the shared monotonic clock: the moment the first frame of
   that screen is handed to the terminal (the same probe in both). Both run headless
   through their ordinary ``App.run`` (patched only to add ``headless``, a size and an
   auto-pilot). coach's bytecode is written first, as installing a wheel does. Runs are
   interleaved; medians compared (the fastest runs are shown too: noise only adds).
   Target: coach / bare <= 1.3.

    python scripts/bench_live.py [--rounds 5] [--chars 2000] [--runs 11] [--data-dir D]

Beside each verdict (info, not used by it): each typing round's ratio, lowest and highest,
and the quartiles of the start-up ratios of back-to-back pairs: on a shared machine a single
run can be 2x off, and these say how far the medians can be trusted.

Exits 0 when both targets are met, 1 when not. Everything is written under a temp dir
(``--data-dir`` reuses a demo data set built earlier, to save ~10 s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_TYPING = 1.2
TARGET_STARTUP = 1.3
SIZE = (120, 40)
LANG = "en"

#: Typed into both editors; letters, æøå, digits, punctuation and line breaks.
SAMPLE = (
    "Kari forteller at leveransen til regionkontoret gikk bedre enn ventet, 3 uker før "
    "fristen. Hun har lært mye om å lede møter med brukerne, og vil gjerne ta ansvar for "
    "neste fase. Avtale: vi går gjennom prioriteringene på fredag.\n"
    "Behov for støtte: tydeligere rammer for budsjettet, og hjelp til å si nei. "
    "Mestring: workshopen med 14 deltakere, god energi og ærlige svar.\n"
)


def sample_keys(count: int) -> tuple[list[str], str]:
    """At least ``count`` Pilot key names, and the text they should leave in a TextArea."""
    text = (SAMPLE * (count // len(SAMPLE) + 1))[:count]
    keys = ["enter" if c == "\n" else c for c in text]
    return keys, text


async def until(done: Callable[[], bool], limit: float = 30.0, what: str = "") -> None:
    end = time.monotonic() + limit
    while not done():
        if time.monotonic() > end:
            raise TimeoutError(f"waited {limit:g} s for {what or done}")
        await asyncio.sleep(0.005)


# -- 1. typing ----------------------------------------------------------------------------------
#: Pilot waits for the app to go idle after each key by sleeping in steps of 20 ms (Textual's
#: SLEEP_GRANULARITY), which would make every keystroke cost ~60 ms of sleep in both apps and
#: hide the app's own cost. The step is shortened (same idle test, same 1/20 threshold); 1 ms
#: is too short: the idle test then never passes and each key waits up to a second.
#: The CPU figure (process time, all threads) is the app's own work per key, free of sleeps.
IDLE_STEP = 0.002


def fine_idle_wait(step: float = IDLE_STEP) -> None:
    import textual._wait as wait

    wait.SLEEP_GRANULARITY = step
    wait.SLEEP_IDLE = step / 20


async def timed_press(pilot, keys: list[str]) -> tuple[float, float]:
    """(wall, CPU of the whole process incl. workers) seconds per key for ``pilot.press``."""
    wall, cpu = time.perf_counter(), time.process_time()
    await pilot.press(*keys)
    return ((time.perf_counter() - wall) / len(keys), (time.process_time() - cpu) / len(keys))


def build_small_store(directory: Path):
    """A small demo team (coach.demo, like ``coach demo``); returns (person id, template id)."""
    from coach.content import load_library
    from coach.demo.agenda import load_agendas
    from coach.demo.generator import generate
    from coach.demo.writer import write_demo
    from coach.services.starting import pick_template
    from coach.store import Store

    data = generate(seed=4, lang=LANG, people=4, years=1, agendas=load_agendas(LANG))
    with Store.open(directory, backup=False) as store:
        write_demo(store, data)
        person = store.people()[0]
    return person.id, pick_template(load_library(), LANG, None).id


async def type_bare(keys: list[str], text: str, size: tuple[int, int]) -> tuple[float, float]:
    """The bare app's TextArea gets the live editor's ``size``: a full-screen one would
    repaint far more cells per key and flatter coach."""
    from textual.app import App, ComposeResult
    from textual.widgets import TextArea

    class BareEditor(App[None]):
        def compose(self) -> ComposeResult:
            yield TextArea(id="editor")

        def on_mount(self) -> None:
            editor = self.query_one(TextArea)
            editor.styles.width, editor.styles.height = size
            editor.focus()

    app = BareEditor()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        if tuple(app.query_one(TextArea).outer_size) != size:
            raise AssertionError("the bare editor did not take the live editor's size")
        took = await timed_press(pilot, keys)
        typed = app.query_one(TextArea).text
    if typed != text:
        raise AssertionError("bare TextArea did not receive the text typed")
    return took


def _start_key(screen) -> str:
    """The key the prepare screen binds to its start action (read, not assumed)."""
    for key, bindings in screen._bindings.key_to_bindings.items():
        if any(b.action == "start" for b in bindings):
            return key
    raise LookupError("the prepare screen has no binding for 'start'")


async def type_coach(store_dir: Path, person_id: str, template_id: str, library,
                     keys: list[str], text: str):
    """((wall, cpu) per key, the editor's outer size)."""
    from textual.widgets import TextArea

    from coach.domain.agenda import ClockState
    from coach.store import Store
    from coach.tui.app import CoachApp

    store = Store.open(store_dir, backup=False)
    try:
        app = CoachApp(store, lang=LANG, library=library, start=(person_id, template_id))
        async with app.run_test(size=SIZE) as pilot:
            await until(lambda: app.screen.id == "prepare", what="the prepare screen")
            await pilot.press(_start_key(app.screen))
            await until(lambda: app.screen.id == "live" and isinstance(app.focused, TextArea),
                        what="the live screen with the editor focused")
            screen = app.screen
            await pilot.pause()
            if screen.clock.state is not ClockState.RUNNING:
                raise AssertionError("the live clock is not running")
            editor = screen.query_one("#editor", TextArea)
            size = (editor.outer_size.width, editor.outer_size.height)
            took = await timed_press(pilot, keys)
            typed = editor.text
            running = screen.clock.state is ClockState.RUNNING
            await until(lambda: screen.session.draft is not None
                        and screen.session.draft.text == text, limit=5.0,
                        what="the autosave timer to take the draft")
    finally:
        store.close()
    if typed != text:
        raise AssertionError("the live note editor did not receive the text typed")
    if not running:
        raise AssertionError("the live clock stopped while typing")
    return took, size


async def bench_typing(rounds: int, chars: int, work: Path) -> dict[str, Any]:
    """Medians (seconds per key): bare/coach x wall/cpu; each round's ratio, lowest and
    highest."""
    from coach.content import load_library

    fine_idle_wait()
    keys, text = sample_keys(chars)
    template_dir = work / "typing-store"
    person_id, template_id = build_small_store(template_dir)
    library = load_library()
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "coach": []}
    shutil.copytree(template_dir, work / "typing-probe")
    _took, size = await type_coach(work / "typing-probe", person_id, template_id, library,
                                   keys[:100], text[:100])  # warm-up, and the editor's size
    await type_bare(keys[:100], text[:100], size)
    print(f"  live note editor: {size[0]}x{size[1]} cells; the bare TextArea gets the same",
          flush=True)
    for n in range(rounds):
        store_dir = work / f"typing-{n}"  # fresh copy: no unfinished conversation to resume
        shutil.copytree(template_dir, store_dir)
        for which in ("bare", "coach") if n % 2 == 0 else ("coach", "bare"):
            if which == "bare":
                runs["bare"].append(await type_bare(keys, text, size))
            else:
                took, _size = await type_coach(store_dir, person_id, template_id, library,
                                               keys, text)
                runs["coach"].append(took)
        (bw, bc), (cw, cc) = runs["bare"][-1], runs["coach"][-1]
        print(f"  typing round {n + 1}/{rounds}: bare {bw * 1e3:.2f} ms/key wall, "
              f"{bc * 1e3:.2f} CPU; coach {cw * 1e3:.2f} wall, {cc * 1e3:.2f} CPU", flush=True)
    figures: dict[str, Any] = {f"{app}_{kind}": statistics.median(r[i] for r in runs[app])
               for app in runs for i, kind in enumerate(("wall", "cpu"))}
    for i, kind in enumerate(("wall", "cpu")):
        ratios = [c[i] / b[i] for b, c in zip(runs["bare"], runs["coach"], strict=True)]
        figures[f"rounds_{kind}"] = (min(ratios), max(ratios))
    return figures


# -- 2. time to first screen --------------------------------------------------------------------
#: Run in a fresh interpreter: argv = [mode, ...]; prints one "BENCH {json}" line.
CHILD = r"""
import time
T0 = time.monotonic()
import asyncio, json, sys

marks = {"t0": T0}
mode = sys.argv[1]


async def until(done, limit=30.0):
    end = time.monotonic() + limit
    while not done():
        if time.monotonic() > end:
            raise TimeoutError(mode)
        await asyncio.sleep(0.001)


async def painted(app):
    # The time the screen is next painted, read in the after-refresh callback itself.
    future = asyncio.get_running_loop().create_future()
    app.call_after_refresh(lambda: future.done() or future.set_result(time.monotonic()))
    return await future


def is_first_screen(screen):
    if mode == "coach":
        return screen.id == "prepare"
    return bool(screen.query("#editor"))


def workers_done(app):
    screen = app.screen  # only this screen's reads: not the home screen's beneath it
    return all(w.is_finished for w in app.workers if w.node is screen)


async def pilot_coach(pilot):
    app = pilot.app
    await until(lambda: "ready" in marks)
    await until(lambda: workers_done(app))
    marks["loaded"] = await painted(app)
    app.exit()


async def pilot_bare(pilot):
    await until(lambda: "ready" in marks)
    marks["loaded"] = marks["ready"]
    pilot.app.exit()


def patch_app():
    # App.run: headless, a size and the auto-pilot; App._display: the first frame of the
    # first screen, as it is handed to the terminal (headless, it is rendered and then
    # dropped). The same probe for both apps.
    from textual.app import App

    run, show = App.run, App._display

    def headless_run(self, *args, **kwargs):
        pilot = pilot_coach if mode == "coach" else pilot_bare
        return run(self, headless=True, size=(120, 40), auto_pilot=pilot)

    def display(self, screen, renderable):
        if (renderable is not None and not self._batch_count and "ready" not in marks
                and is_first_screen(screen)):
            marks["ready"] = time.monotonic()
        return show(self, screen, renderable)

    App.run, App._display = headless_run, display


if mode == "coach":
    # As the `coach` console script runs it: coach.cli imported, then main(); Textual is
    # imported inside main, where run_app imports the app (patched just before).
    from coach.cli import main
    import coach.tui.launch as tui

    run_app = tui.run_app

    def patched_run_app(*args, **kwargs):
        patch_app()
        return run_app(*args, **kwargs)

    tui.run_app = patched_run_app
    code = main(sys.argv[2:])
else:
    patch_app()
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, TextArea

    class Minimal(App):
        def compose(self) -> ComposeResult:
            yield Header()
            yield TextArea(id="editor")
            yield Footer()

    Minimal().run()
    code = 0
print("BENCH " + json.dumps(marks), flush=True)
sys.exit(code)
"""


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def spawn(args: list[str]) -> tuple[float, float]:
    """(seconds to first screen, seconds until its data is loaded), both from spawning."""
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True,
                          text=True, cwd=ROOT, env=child_env(), timeout=120)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")]
    if done.returncode != 0 or not lines or "ready" not in lines[-1]:
        raise RuntimeError(f"{args[0]} run failed (exit {done.returncode}):\n"
                           f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    marks = json.loads(lines[-1][len("BENCH "):])
    return marks["ready"] - began, marks["loaded"] - began


def python_floor(runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.monotonic()
        subprocess.run([sys.executable, "-c", "pass"], check=True, env=child_env())
        times.append(time.monotonic() - began)
    return statistics.median(times)


def build_demo(directory: Path, people: int, years: int) -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "coach", "--lang", LANG, "--data-dir", str(directory),
                    "demo", "--people", str(people), "--years", str(years), "--seed", "7"],
                   check=True, cwd=ROOT, env=child_env(), stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def busiest_person(directory: Path) -> str:
    from coach.store import Store

    with Store.open(directory, read_only=True) as store:
        people = store.people()
        counts = {p.id: len(store.conversation_summaries(p.id)) for p in people}
        best = max(people, key=lambda p: counts[p.id])
        print(f"  PERSON: {best.name} ({counts[best.id]} conversations); "
              f"{sum(counts.values())} conversations in the store", flush=True)
        return best.name


def byte_compile() -> int:
    """Write coach's bytecode (.pyc), as installing a wheel does: Textual's was written when
    it was installed, and coach's is otherwise only written by a first run, never where
    PYTHONDONTWRITEBYTECODE is set (as on the CI machines), which would make every coach
    start compile its ~170 modules from source. Returns how many files were compiled."""
    import compileall
    import io
    from contextlib import redirect_stdout

    with redirect_stdout(io.StringIO()):  # compile_dir's listing of what it compiled
        compileall.compile_dir(ROOT / "coach", quiet=1)
    return sum(1 for _ in (ROOT / "coach").rglob("__pycache__/*.pyc"))


def bench_startup(runs: int, data: Path) -> dict[str, Any]:
    print(f"  coach bytecode: {byte_compile()} .pyc files, as a wheel install writes them",
          flush=True)
    person = busiest_person(data)
    coach_args = ["coach", "--lang", LANG, "--data-dir", str(data), "start", person]
    spawn(coach_args)  # warm-up: bytecode caches, the day's backup, the disk cache
    spawn(["bare"])
    bare: list[float] = []
    coach: list[float] = []
    loaded: list[float] = []
    for n in range(runs):
        order = ("bare", "coach") if n % 2 == 0 else ("coach", "bare")
        for which in order:
            if which == "bare":
                bare.append(spawn(["bare"])[0])
            else:
                ready, done = spawn(coach_args)
                coach.append(ready)
                loaded.append(done)
        print(f"  start-up run {n + 1}/{runs}: bare {bare[-1] * 1e3:.0f} ms, "
              f"coach {coach[-1] * 1e3:.0f} ms (facts shown {loaded[-1] * 1e3:.0f} ms)",
              flush=True)
    return {"bare": statistics.median(bare), "coach": statistics.median(coach),
            "loaded": statistics.median(loaded), "python": python_floor(runs),
            "bare_min": min(bare), "coach_min": min(coach),
            "pairs": spread([c / b for b, c in zip(bare, coach, strict=True)])}


def spread(ratios: list[float]) -> tuple[float, float, float]:
    """(lower quartile, median, upper quartile) of ratios measured back to back: how far a
    single run can be trusted on this machine (shown beside the verdict, not used by it)."""
    if len(ratios) < 2:
        return (ratios[0],) * 3 if ratios else (float("nan"),) * 3
    q1, q2, q3 = statistics.quantiles(ratios, n=4)
    return q1, q2, q3


# -- report -------------------------------------------------------------------------------------
def verdict(ratio: float, target: float) -> str:
    return "met" if ratio <= target else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="typing rounds per app")
    parser.add_argument("--chars", type=int, default=2000, help="keystrokes per round")
    parser.add_argument("--runs", type=int, default=11, help="start-up processes per app")
    parser.add_argument("--people", type=int, default=25)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="a demo data set to reuse (built there if empty or missing)")
    parser.add_argument("--skip-typing", action="store_true")
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    began = time.perf_counter()
    ok = True
    rows: list[tuple[str, str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="coach-bench-live-") as tmp:
        work = Path(tmp)
        if not args.skip_typing:
            print(f"Typing {args.chars} keys x {args.rounds} rounds per app ...", flush=True)
            fig = asyncio.run(bench_typing(args.rounds, args.chars, work))
            for kind, label in (("cpu", "CPU"), ("wall", "wall")):
                bare, coach = fig[f"bare_{kind}"], fig[f"coach_{kind}"]
                ratio = coach / bare
                ok &= ratio <= TARGET_TYPING
                rows.append((f"typing, {label} per keystroke (median)", f"{bare * 1e3:.3f} ms",
                             f"{coach * 1e3:.3f} ms", f"{ratio:.2f}x",
                             f"<= {TARGET_TYPING}x {verdict(ratio, TARGET_TYPING)}"))
                low, high = fig[f"rounds_{kind}"]
                rows.append(("  ... one round's ratio, lowest-highest (info)", "", "",
                             f"{low:.2f}-{high:.2f}x", "-"))
        if not args.skip_startup:
            data = args.data_dir or work / "demo"
            if not (data.exists() and any(data.iterdir())):
                print(f"Building coach demo --people {args.people} --years {args.years} ...",
                      flush=True)
                print(f"  built in {build_demo(data, args.people, args.years):.1f} s",
                      flush=True)
            print(f"Time to first screen, {args.runs} fresh processes per app ...", flush=True)
            fig = bench_startup(args.runs, data)
            ratio = fig["coach"] / fig["bare"]
            ok &= ratio <= TARGET_STARTUP
            rows.append(("coach start: first screen (median)", f"{fig['bare'] * 1e3:.0f} ms",
                         f"{fig['coach'] * 1e3:.0f} ms", f"{ratio:.2f}x",
                         f"<= {TARGET_STARTUP}x {verdict(ratio, TARGET_STARTUP)}"))
            q1, q2, q3 = fig["pairs"]
            rows.append(("  ... back-to-back pairs: quartiles (info)", "", "",
                         f"{q1:.2f}/{q2:.2f}/{q3:.2f}x", "-"))
            fastest = fig["coach_min"] / fig["bare_min"]
            rows.append(("  ... fastest run of each (info)", f"{fig['bare_min'] * 1e3:.0f} ms",
                         f"{fig['coach_min'] * 1e3:.0f} ms", f"{fastest:.2f}x", "-"))
            loaded = fig["loaded"] / fig["bare"]
            rows.append(("  ... prepare facts shown (info)", f"{fig['bare'] * 1e3:.0f} ms",
                         f"{fig['loaded'] * 1e3:.0f} ms", f"{loaded:.2f}x", "-"))
            rows.append(("  python -c pass (floor, info)", f"{fig['python'] * 1e3:.0f} ms",
                         "", "", "-"))
    head = ("measure", "bare Textual", "coach", "ratio", "target")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    print()
    for row in [head, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    print(f"\n{'All targets met' if ok else 'Some target NOT met'} "
          f"({time.perf_counter() - began:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
