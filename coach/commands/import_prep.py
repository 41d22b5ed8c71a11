"""`coach import-prep FILE [--person PERSON] [--force]`: the employee's preparation, on the
leader's side."""

from __future__ import annotations

from coach.commands import later
from coach.commands.people_arg import resolve_person
from coach.errors import describe


def register(sub, _) -> None:
    cmd = sub.add_parser("import-prep", help=_("prep.cli.import.help"),
                         description=_("prep.cli.import.help"))
    cmd.add_argument("file", metavar="FILE", help=_("prep.cli.import.file"))
    cmd.add_argument("--person", metavar="PERSON", help=_("prep.cli.import.person"))
    cmd.add_argument("--force", action="store_true", help=_("prep.cli.import.force"))
    cmd.set_defaults(func=run_import)


def run_import(args, ctx) -> int:
    try:
        reading = later.read_for_import(args.file)
    except later.PreparationError as exc:
        print(exc.explain(ctx.lang), file=ctx.err)
        ctx.warn("prep.cli.import.nothing")
        return 1
    except OSError as exc:  # missing, a folder, over the size limit: one line naming it

        print(describe(exc, ctx.lang), file=ctx.err)
        return 1
    prep = reading.preparation
    query = args.person or prep.person
    if not query or not query.strip():
        ctx.warn("prep.cli.import.no_person")
        return 1
    store = ctx.open_store()
    try:
        person = resolve_person(store, query, ctx, include_archived=False)
        if person is None:
            return 1
        warnings = later.import_warnings(reading, person, args.file)
        if warnings and not args.force:
            for problem in warnings:
                ctx.warn("prep.cli.import.warning", text=problem.render(ctx.lang))
            ctx.warn("prep.cli.import.stopped")
            return 1
        later.store_preparation(store, person, prep, args.file)
    finally:
        store.close()
    from coach.services.handover import proposal_counts

    ctx.say("prep.cli.import.done", name=person.name, path=args.file,
            sections=len(prep.answers), proposals=proposal_counts(prep, ctx.lang))
    return 0
