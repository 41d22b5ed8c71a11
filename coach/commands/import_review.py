"""`coach import-review FILE`: the employee's review of a summary, on the leader's side."""

from __future__ import annotations

from coach.commands import later
from coach.content import ContentError, load_library
from coach.errors import describe


def register(sub, _) -> None:
    cmd = sub.add_parser("import-review", help=_("review.cli.import.help"),
                         description=_("review.cli.import.help"))
    cmd.add_argument("file", metavar="FILE", help=_("review.cli.import.file"))
    cmd.set_defaults(func=run_import_review)


def run_import_review(args, ctx) -> int:
    try:
        library = load_library()
    except ContentError:
        library = None
    store = ctx.open_store()
    try:
        try:
            record = later.import_review(store, args.file, library)
        except later.ReviewError as exc:
            print(exc.explain(ctx.lang), file=ctx.err)
            ctx.warn("prep.cli.import.nothing")
            return 1
        except OSError as exc:
            print(describe(exc, ctx.lang), file=ctx.err)  # one line naming the file
            return 1
        person = store.person(record.person_id)
    finally:
        store.close()
    ctx.say("review.cli.import.done", name=person.name, path=args.file,
            decision=later.decision_line(record.review, ctx.lang),
            count=len(record.review.comments))
    return 0
