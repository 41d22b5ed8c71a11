"""`coach check [--repair] [--quick]`: is the data directory whole? (like ``git fsck``)."""

from __future__ import annotations

import argparse

from coach.commands import later


def register(subparsers: argparse._SubParsersAction, _) -> None:
    parser = subparsers.add_parser("check", help=_("check.cmd.help"),
                                   description=_("check.cmd.help"))
    parser.add_argument("--repair", action="store_true", help=_("check.cmd.repair"))
    parser.add_argument("--quick", action="store_true", help=_("check.cmd.quick"))
    parser.set_defaults(func=run)


def _print_findings(ctx, report) -> None:
    ctx.say("check.problems", count=len(report.findings), dir=ctx.data_dir)
    for finding in report.findings:
        ctx.say("check.row", text=finding.explain(ctx.lang))


def run(args: argparse.Namespace, ctx) -> int:
    if not ctx.data_dir.is_dir():
        ctx.warn("check.no_dir", dir=ctx.data_dir)
        return 1

    if args.repair:
        result = later.repair_store(ctx.data_dir, ctx.lang)
        if result.fixed:
            ctx.say("check.repaired_head")
            for line in result.fixed:
                ctx.say("check.row", text=line.explain(ctx.lang))
        report = result.after
        assert report is not None  # a repair always checks again when it is done
        if report.clean:
            ctx.say("check.clean", dir=ctx.data_dir, files=report.files_read,
                    backups=report.backups_checked)
            return 0
        ctx.say("check.unrepaired_head")
        for finding in report.findings:
            ctx.say("check.row", text=finding.explain(ctx.lang))
        return 1
    report = later.check_store(ctx.data_dir, quick=args.quick)
    if report.clean:
        ctx.say("check.clean", dir=ctx.data_dir, files=report.files_read,
                backups=report.backups_checked)
        return 0
    _print_findings(ctx, report)
    if not report.quick:
        if report.newest_good_backup:
            ctx.say("check.newest_good", backup=report.newest_good_backup)
        else:
            ctx.say("check.no_good_backup")
    ctx.say("check.repair_hint")
    return 1
