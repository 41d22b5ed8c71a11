"""`coach reflect`: the employee prepares alone, in a data directory of their own."""

from __future__ import annotations

from coach.errors import describe
from coach.i18n.formats import format_date


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
    from coach.commands.serve import add_serve_options

    add_serve_options(cmd, _)
    cmd.set_defaults(func=run_reflect, runs_app=True)


def _open_store(args, ctx, *, read_only: bool = False):
    from coach.paths import reflect_dir
    from coach.services.reflecting import is_leaders_store
    from coach.store import Store

    path = reflect_dir(args.reflect_dir)
    if read_only and not path.exists():
        return None
    store = Store.open(path, read_only=read_only, keep_backups=ctx.settings.backups_keep)
    if is_leaders_store(store):
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
    from coach.content import ContentError, load_library
    from coach.services.reflecting import ReflectSession

    try:
        library = load_library()
    except ContentError as exc:
        print(exc.explain(ctx.lang), file=ctx.err)
        return 1
    store = _open_store(args, ctx)
    try:
        try:
            session = ReflectSession.open(store, library, ctx.lang, template_id=args.template,
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
    from coach.commands.serve import serve
    from coach.paths import reflect_dir
    from coach.startup import resume_collector

    resume_collector(freeze=False)  # a server, not a screen: paused by the CLI
    options = ["reflect", "--reflect-dir", str(reflect_dir(args.reflect_dir).resolve())]
    for flag, value in (("--template", args.template), ("--name", args.name),
                        ("--minutes", args.minutes)):
        if value is not None:
            options += [flag, str(value)]
    if args.daily:
        options.append("--daily")
    return serve(args, ctx, options, title=ctx._("serve.page.reflect_title"))


def _export(args, ctx) -> int:
    from coach.services.exporting import write_export
    from coach.services.handover import preparation_markdown
    from coach.services.reflecting import for_export

    store = _open_store(args, ctx, read_only=True)
    record = None
    if store is not None:
        try:
            record = for_export(store, daily=args.daily, template_id=args.template)
        finally:
            store.close()
    if record is None:
        ctx.warn("prep.cli.reflect.nothing")
        return 1
    prep = record.preparation
    text = preparation_markdown(prep)
    ctx.warn("prep.cli.reflect.picked", title=prep.title, date=format_date(prep.date, ctx.lang),
             answered=sum(1 for a in prep.answers if a.text.strip()), total=len(prep.answers))
    if args.output and args.output != "-":
        path = write_export(args.output, text)
        ctx.say("prep.cli.reflect.written", path=path)
    else:
        ctx.out.write(text)
    return 0


def _keep_summary(args, ctx, summary) -> None:
    """The summary's goals, kept in the employee's store for the next preparation to report
    progress on. The review goes on when the store cannot be written (say, ``coach reflect``
    holds it open in another window): it says so."""
    from coach.services.reflecting import keep_summary
    from coach.store import StoreError

    try:
        store = _open_store(args, ctx)
    except StoreError as exc:
        ctx.warn("review.cli.reflect.not_kept", reason=describe(exc, ctx.lang))
        return
    try:
        keep_summary(store, summary)
    except (StoreError, OSError) as exc:
        ctx.warn("review.cli.reflect.not_kept", reason=describe(exc, ctx.lang))
    finally:
        store.close()


def _review(args, ctx) -> int:
    """Read the shared summary; with --confirm/--remarks write the answer at once, else open
    the review screen."""
    from datetime import date
    from pathlib import Path

    from coach.domain.review import Decision, ReviewComment, Target
    from coach.services.review import (
        ReviewError,
        decision_line,
        default_review_path,
        make_review,
        read_summary,
        write_review,
    )

    try:
        summary = read_summary(args.review)
    except ReviewError as exc:
        print(exc.explain(ctx.lang), file=ctx.err)
        return 1
    except OSError as exc:
        print(describe(exc, ctx.lang), file=ctx.err)  # one line naming the file
        return 1
    _keep_summary(args, ctx, summary)
    output = Path(args.output).expanduser() if args.output else default_review_path(
        summary.path, ctx.lang)
    if not (args.confirm or args.remarks):
        return ctx.apps.run_review_app(summary, ctx.lang, output=output,
                                       comment=args.comment or "", err=ctx.err)
    comments = [ReviewComment(Target.WHOLE, args.comment)] if args.comment else []
    decision = Decision.CONFIRMED if args.confirm else Decision.REMARKS
    review = make_review(summary, decision, date.today(), ctx.lang, comments)
    try:
        path = write_review(output, review)
    except OSError as exc:
        print(describe(exc, ctx.lang), file=ctx.err)  # one line naming the file
        return 1
    ctx.say("review.cli.reflect.written", path=path, decision=decision_line(review, ctx.lang))
    return 0
