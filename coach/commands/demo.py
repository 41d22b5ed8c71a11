"""`coach demo`: fill the data directory with a realistic sample team."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

from coach.commands import later
from coach.commands.context import Context
from coach.demo.defaults import DEFAULT_PEOPLE, DEFAULT_YEARS
from coach.i18n import detect
from coach.i18n.formats import format_seconds

if TYPE_CHECKING:
    from coach.store import Store

MAX_PEOPLE = 200
MAX_YEARS = 30


def _bounded(_, limit: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(_("demo.err.positive", value=text))
        if value > limit:
            raise argparse.ArgumentTypeError(_("demo.err.too_large", limit=limit, value=text))
        return value

    return parse


def register(subparsers, _) -> None:
    parser = subparsers.add_parser("demo", help=_("demo.help"), description=_("demo.help"))
    parser.add_argument("--people", type=_bounded(_, MAX_PEOPLE), default=DEFAULT_PEOPLE,
                        metavar="N", help=_("demo.opt.people", default=DEFAULT_PEOPLE))
    parser.add_argument("--years", type=_bounded(_, MAX_YEARS), default=DEFAULT_YEARS,
                        metavar="N", help=_("demo.opt.years", default=DEFAULT_YEARS))
    parser.add_argument("--force", action="store_true", help=_("demo.opt.force"))
    parser.add_argument("--seed", type=int, default=None, metavar="N", help=_("demo.opt.seed"))
    parser.set_defaults(func=run)


def _clear(store: Store) -> int:
    """Remove every person (with all their records) and every unit objective (inside the
    caller's transaction); returns how many people there were."""
    people = store.people(include_archived=True)
    for person in people:
        store.forget_person(person.id)
    for objective in store.objectives(include_inactive=True):
        store.delete_objective(objective.id)
    return len(people)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_store() as store:
        replaced = backup = None
        if not store.is_empty():
            if not args.force:
                ctx.warn("demo.not_empty", dir=store.data_dir)
                return 1
            # A backup of its own name (never overwritten, never rotated out), then the
            # old data out and the demo in as one change: a kill leaves one or the other.
            backup = store.backup_before("demo")
        began = time.perf_counter()
        data = later.generate(seed=args.seed, lang=ctx.lang, people=args.people, years=args.years,
                              agendas=later.load_agendas(ctx.lang))
        with store.transaction("demo"):
            if backup is not None:
                replaced = _clear(store)
            later.write_demo(store, data)
        seconds = time.perf_counter() - began
    if backup is not None:
        ctx.say("demo.replaced", dir=store.data_dir,
                people=ctx._("demo.count.people", count=replaced))
        ctx.say("demo.backup", backup=backup.name)
    ctx.say("demo.done", people=ctx._("demo.count.people", count=len(data.people)),
            conversations=ctx._("demo.count.conversations", count=len(data.conversations)),
            entries=ctx._("demo.count.entries", count=len(data.entries)),
            seconds=format_seconds(seconds, ctx.lang))
    command = "coach" if args.data_dir is None else f"coach --data-dir {args.data_dir}"

    if ctx.lang != (ctx.settings.language or detect()):
        # The sample is in this language; plain `coach` would open in another one.
        command += f" --lang {ctx.lang}"
    ctx.say("demo.start", command=command)
    return 0
