"""`coach reflect`: the employee prepares alone, in a data directory of their own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coach.commands import later
from coach.commands.serve import add_serve_options, serve
from coach.content import ContentError, load_library
from coach.errors import describe
from coach.i18n.formats import format_date
from coach.paths import reflect_dir
from coach.startup import resume_collector


def register(sub, _) -> None:
    cmd = sub.add_parser("reflect", help=_("prep.cli.reflect.help"),
                         description=_("prep.cli.reflect.help"))
    cmd.add_argument("--template", metavar="ID", help=_("prep.cli.reflect.template"))
    cmd.add_argument("--daily", action="store_true", help=_("prep.cli.reflect.daily"))
    cmd.add_argument("--name", metavar="NAME", help=_("prep.cli.reflect.name"))
    cmd.add_argument("--new", action="store_true", help=_("prep.cli.reflect.new"))
    cmd.add_argument("--minutes", metavar="N", type=float, help=_("prep.cli.reflect.minutes"))
    cmd.add_argument("--export", action="store_true", help=_("prep.cli.reflect.export"))
    cmd.add_argument("-o", "--output", metavar="FILE", help=_("prep.cli.reflect.output"))
    cmd.add_argument("--reflect-dir", metavar="DIR", help=_("prep.cli.reflect.dir"))
    cmd.add_argument("--review", metavar="FILE", help=_("review.cli.reflect.review"))
    decision = cmd.add_mutually_exclusive_group()
    decision.add_argument("--confirm", action="store_true", help=_("review.cli.reflect.confirm"))
    decision.add_argument("--remarks", action="store_true", help=_("review.cli.reflect.remarks"))
    cmd.add_argument("--comment", metavar="TEXT", help=_("review.cli.reflect.comment"))
    cmd.add_argument("--serve", action="store_true", help=_("prep.cli.reflect.serve"))

    add_serve_options(cmd, _)
    cmd.set_defaults(func=run_reflect, runs_app=True)


def _folder(args):
    """The employee's folder: ``--reflect-dir``, else an explicit ``--data-dir`` (``coach
    --data-dir DIR reflect`` means DIR; a leader's folder is refused), else
    ``$COACH_REFLECT_DIR`` or the platform's ``coach-reflect`` folder (never
    ``$COACH_DATA_DIR``, which names the leader's notes)."""
    return reflect_dir(args.reflect_dir or getattr(args, "data_dir", None))


def _open_store(args, ctx, *, read_only: bool = False):
    path = _folder(args)
    if read_only and not path.exists():
        return None
    store = later.Store.open(path, read_only=read_only, keep_backups=ctx.settings.backups_keep)
    if later.is_leaders_store(store):
        store.close()
        raise LeadersDirectory(path)
    return store


class LeadersDirectory(Exception):
    """--reflect-dir names a leader's data directory."""


def run_reflect(args, ctx) -> int:
    try:
        return _run(args, ctx)
    except LeadersDirectory as exc:
        ctx.warn("prep.cli.reflect.leaders_dir", path=exc.args[0])
        return 1


def _run(args, ctx) -> int:
    if args.review:
        return _review(args, ctx)
    if args.confirm or args.remarks or args.comment:
        ctx.warn("review.cli.reflect.needs_review")
        return 2
    if args.export:
        return _export(args, ctx)
    if args.serve:
        return _serve(args, ctx)

    try:
        library = load_library()
    except ContentError as exc:
        print(exc.explain(ctx.lang), file=ctx.err)
        return 1
    store = _open_store(args, ctx)
    try:
        try:
            session = later.ReflectSession.open(store, library, ctx.lang, template_id=args.template,
                                          daily=args.daily, name=args.name, new=args.new)
        except KeyError:
            ctx.warn("cli.start.no_template", template=args.template)
            return 1
        minutes = args.minutes or (5.0 if args.daily else 15.0)
        return ctx.apps.run_reflect_app(session, ctx.lang, minutes=minutes, err=ctx.err)
    finally:
        store.close()


def _serve(args, ctx) -> int:
    """The same reflect, in a browser tab: each tab runs `coach reflect` with these options
    (not --new: reopening the tab must find what was typed, not start again)."""

    resume_collector(freeze=False)  # a server, not a screen: paused by the CLI
    options = ["reflect", "--reflect-dir", str(_folder(args).resolve())]
    for flag, value in (("--template", args.template), ("--name", args.name),
                        ("--minutes", args.minutes)):
        if value is not None:
            options += [flag, str(value)]
    if args.daily:
        options.append("--daily")
    return serve(args, ctx, options, title=ctx._("serve.page.reflect_title"))


def _export(args, ctx) -> int:
    store = _open_store(args, ctx, read_only=True)
    record = None
    if store is not None:
        try:
            record = later.for_export(store, daily=args.daily, template_id=args.template)
        finally:
            store.close()
    if record is None:
        ctx.warn("prep.cli.reflect.nothing")
        return 1
    prep = record.preparation
    text = later.preparation_markdown(prep)
    ctx.warn("prep.cli.reflect.picked", title=prep.title, date=format_date(prep.date, ctx.lang),
             answered=sum(1 for a in prep.answers if a.text.strip()), total=len(prep.answers))
    if args.output and args.output != "-":
        path = later.write_export(args.output, text)
        ctx.say("prep.cli.reflect.written", path=path)
    else:
        ctx.out.write(text)
    return 0


def _keep_summary(args, ctx, summary) -> None:
    """The summary's goals, kept in the employee's store for the next preparation to report
    progress on. The review goes on when the store cannot be written (say, ``coach reflect``
    holds it open in another window): it says so."""
    try:
        store = _open_store(args, ctx)
    except later.StoreError as exc:
        ctx.warn("review.cli.reflect.not_kept", reason=describe(exc, ctx.lang))
        return
    try:
        later.keep_summary(store, summary)
    except (later.StoreError, OSError) as exc:
        ctx.warn("review.cli.reflect.not_kept", reason=describe(exc, ctx.lang))
    finally:
        store.close()


def _review(args, ctx) -> int:
    """Read the shared summary; with --confirm/--remarks write the answer at once, else open
    the review screen."""

    try:
        summary = later.read_summary(args.review)
    except later.ReviewError as exc:
        print(exc.explain(ctx.lang), file=ctx.err)
        return 1
    except OSError as exc:
        print(describe(exc, ctx.lang), file=ctx.err)  # one line naming the file
        return 1
    _keep_summary(args, ctx, summary)
    output = Path(args.output).expanduser() if args.output else later.default_review_path(
        summary.path, ctx.lang)
    if not (args.confirm or args.remarks):
        return ctx.apps.run_review_app(summary, ctx.lang, output=output,
                                       comment=args.comment or "", err=ctx.err)
    comments = [later.ReviewComment(later.Target.WHOLE, args.comment)] if args.comment else []
    decision = later.Decision.CONFIRMED if args.confirm else later.Decision.REMARKS
    review = later.make_review(summary, decision, date.today(), ctx.lang, comments)
    try:
        path = later.write_review(output, review)
    except OSError as exc:
        print(describe(exc, ctx.lang), file=ctx.err)  # one line naming the file
        return 1
    ctx.say("review.cli.reflect.written", path=path, decision=later.decision_line(review, ctx.lang))
    return 0
