"""`coach backup` (make one now) and `coach restore [BACKUP]` (list, or restore one)."""

from __future__ import annotations

import argparse

from coach.i18n.formats import format_datetime, format_decimal
from coach.store import list_backups, restore


def register(subparsers: argparse._SubParsersAction, _) -> None:
    backup = subparsers.add_parser("backup", help=_("backup.cmd.help"),
                                   description=_("backup.cmd.help"))
    backup.set_defaults(func=run_backup)
    restore_cmd = subparsers.add_parser("restore", help=_("restore.cmd.help"),
                                        description=_("restore.cmd.help"))
    restore_cmd.add_argument("backup", nargs="?", metavar="BACKUP", help=_("restore.cmd.arg"))
    restore_cmd.set_defaults(func=run_restore)


def human_size(size: int, lang: str = "en") -> str:
    value = float(size)
    for unit in ("B", "kB", "MB"):
        if value < 1000 or unit == "MB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{format_decimal(value, lang)} {unit}"
        value /= 1000
    return f"{size} B"


def run_backup(args: argparse.Namespace, ctx) -> int:
    with ctx.open_store(backup=False) as store:
        info = store.backup_now()
    ctx.say("backup.cmd.made", path=info.path)
    return 0


def run_restore(args: argparse.Namespace, ctx) -> int:
    if not args.backup:
        backups = list_backups(ctx.data_dir)
        if not backups:
            ctx.say("restore.cmd.none", dir=ctx.data_dir)
            return 0
        ctx.say("restore.cmd.list_head", dir=ctx.data_dir)
        for info in backups:
            ctx.say("restore.cmd.list_row", name=info.name,
                    date=format_datetime(info.created, ctx.lang),
                    size=human_size(info.size, ctx.lang))
        ctx.say("restore.cmd.list_hint")
        return 0
    restored, kept = restore(ctx.data_dir, args.backup)
    ctx.say("restore.cmd.done", name=restored.name, kept=kept)
    return 0
