"""`coach goals PERSON` and `coach profile PERSON`: goals and competence as Markdown."""

from __future__ import annotations

from coach.commands import later
from coach.commands.people_arg import resolve_person


def register(sub, _) -> None:
    goals = sub.add_parser("goals", help=_("cli.goals.help"), description=_("cli.goals.help"))
    goals.add_argument("person", metavar="PERSON", help=_("cli.arg.person"))
    goals.add_argument("-o", "--output", metavar="FILE", help=_("cli.goals.output"))
    goals.set_defaults(func=run_goals)

    profile = sub.add_parser("profile", help=_("cli.profile.help"),
                             description=_("cli.profile.help"))
    profile.add_argument("person", metavar="PERSON", help=_("cli.arg.person"))
    profile.add_argument("-o", "--output", metavar="FILE", help=_("cli.goals.output"))
    profile.set_defaults(func=run_profile)


def _run(args, ctx, render) -> int:
    store = ctx.open_store(read_only=True)
    try:
        person = resolve_person(store, args.person, ctx)
        if person is None:
            return 1
        text = render(store, person, ctx.lang)
    finally:
        store.close()
    if args.output and args.output != "-":
        path = later.write_export(args.output, text)
        ctx.say("cli.goals.written", path=path)
    else:
        ctx.out.write(text)
    return 0


def run_goals(args, ctx) -> int:
    return _run(args, ctx, later.person_goals_markdown)


def run_profile(args, ctx) -> int:
    return _run(args, ctx, later.person_profile_markdown)
