"""Privacy commands: a person's whole history (`coach export PERSON --all/--since`),
`coach forget PERSON` and `coach retention`."""

from __future__ import annotations

import sys
import zipfile
import zlib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coach.commands import later
from coach.commands.people_arg import resolve_person
from coach.config import config_path
from coach.content import ContentError, load_library
from coach.domain.matching import match_person
from coach.i18n.formats import format_date, format_day

if TYPE_CHECKING:
    from coach.store import Store


def register(sub, _) -> None:
    forget = sub.add_parser("forget", help=_("privacy.forget.help"),
                            description=_("privacy.forget.help"))
    forget.add_argument("person", metavar="PERSON", help=_("cli.arg.person"))
    forget.add_argument("--yes-i-am-sure", metavar="NAME", dest="confirm",
                        help=_("privacy.forget.confirm_opt"))
    forget.add_argument("--export-first", metavar="FILE", help=_("privacy.forget.export_opt"))
    forget.add_argument("--purge-backups", action="store_true",
                        help=_("privacy.forget.purge_opt"))
    mentions = forget.add_mutually_exclusive_group()
    mentions.add_argument("--redact-mentions", action="store_true",
                          help=_("privacy.forget.redact_opt"))
    mentions.add_argument("--keep-mentions", action="store_true",
                          help=_("privacy.forget.keep_opt"))
    forget.set_defaults(func=run_forget)

    retention = sub.add_parser("retention", help=_("privacy.retention.help"),
                               description=_("privacy.retention.help"))
    retention.add_argument("--delete", action="store_true", help=_("privacy.retention.delete"))
    retention.add_argument("--yes-i-am-sure", metavar="COUNT", dest="confirm",
                           help=_("privacy.retention.confirm_opt"))
    retention.set_defaults(func=run_retention)


def _interactive() -> bool:
    return sys.stdin.isatty()


def _prompt(ctx, key: str, **fields) -> str | None:
    """A line typed at the terminal; None without one (or at end of input)."""
    if not _interactive():
        return None
    try:
        return input(ctx._(key, **fields) + " ")
    except EOFError:
        return None


def _yes(answer: str | None) -> bool:
    return answer is not None and answer.strip().casefold() in {"y", "yes", "j", "ja"}


def parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()) if len(value.strip()) == 10 else None
    except ValueError:
        return None


# coach export PERSON --since DATE | --all ---------------------------------------------------
def _library():
    try:
        return load_library()
    except ContentError:
        return None


def run_history_export(args, ctx) -> int:
    since = None
    if args.since is not None:
        since = parse_day(args.since)
        if since is None:
            ctx.warn("privacy.bad_date", value=args.since)
            return 2
    store = ctx.open_store(read_only=True)
    try:
        person = resolve_person(store, args.person, ctx)
        if person is None:
            return 1
        text = later.history_markdown(store, person, args.lang or ctx.lang, since=since,
                                      include_private=args.include_private, library=_library())
    finally:
        store.close()
    if args.output and args.output != "-":
        path = later.write_export(args.output, text)
        ctx.say("cli.export.written", path=path)
    else:
        ctx.out.write(text)
    return 0


# coach forget PERSON ------------------------------------------------------------------------
def _final_export(ctx, store: Store, person, target: str) -> bool:
    text = later.history_markdown(store, person, ctx.lang, include_private=True, library=_library())
    try:
        path = later.write_export(Path(target), text)
    except OSError as exc:
        ctx.warn("privacy.forget.export_failed", path=target, reason=exc.strerror or exc)
        return False
    ctx.say("privacy.forget.exported", path=path)
    return True


def _typed_name_confirms(ctx, person) -> bool:
    typed = _prompt(ctx, "privacy.forget.type_name", name=person.name)
    if typed is None:
        ctx.warn("privacy.forget.needs_terminal", name=person.name)
        return False
    if not later.name_confirms(typed, person):
        ctx.warn("privacy.forget.mismatch", name=person.name)
        return False
    return True


def report_backups(ctx, person_id: str, name: str, *, purge: bool) -> None:
    """Say which backups still hold the person and when each goes; purge them if asked."""

    held = later.backups_holding(ctx.data_dir, person_id, keep=ctx.settings.backups_keep)
    if purge:
        failed = []
        for backup in held:
            try:
                later.purge_backup(backup.path, person_id)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, later.StoreCorrupt) as exc:
                # A damaged zip: say so; it is left as it was, never half-written.
                failed.append(backup)
                ctx.warn("privacy.purge.failed", path=backup.path, reason=exc)
                continue
            ctx.say("privacy.purge.done", path=backup.path, name=name)
        held = later.backups_holding(ctx.data_dir, person_id, keep=ctx.settings.backups_keep)
    if not held:
        ctx.say("privacy.backups.none", name=name)
        return
    ctx.say("privacy.backups.head", name=name, count=len(held))
    for backup in held:
        if backup.kind == "daily":
            assert backup.expires is not None  # known for every daily backup
            ctx.say("privacy.backups.daily", path=backup.path, count=backup.newer_needed,
                    date=format_date(backup.expires, ctx.lang))
        elif backup.kind == "pre-restore":
            ctx.say("privacy.backups.pre_restore", path=backup.path,
                    keep=ctx.settings.backups_keep)
        else:
            ctx.say("privacy.backups.other", path=backup.path)
    if not purge:
        ctx.say("privacy.backups.how", id=person_id,
                paths=" ".join(str(b.path) for b in held))


def _forgotten_id(store: Store, ctx, query: str) -> str | None:
    """``query`` as the id of a person no longer in the store whom backups still hold."""

    person_id = query.strip()
    found = match_person(store.people(include_archived=True), query)
    if found.person is not None or found.ambiguous:
        return None
    try:
        later.check_id(person_id)
    except ValueError:
        return None
    held = later.backups_holding(ctx.data_dir, person_id, keep=ctx.settings.backups_keep)
    return person_id if held else None


def _purge_forgotten(args, ctx, person_id: str) -> int:
    """`coach forget ID --purge-backups` once the person is gone from the store."""
    typed = args.confirm if args.confirm is not None else _prompt(
        ctx, "privacy.purge.type_id", id=person_id)
    if typed is None or typed.strip() != person_id:
        ctx.warn("privacy.purge.id_mismatch", id=person_id)
        return 1
    report_backups(ctx, person_id, person_id, purge=True)
    return 0


def _choose_mentions(args, ctx, person, rows) -> list:
    """List every place the name stands in notes about others; return those to redact:
    all with --redact-mentions, none with --keep-mentions or without a terminal, else the
    ones the user answers yes to (``a`` takes the rest too)."""
    if not rows:
        ctx.say("privacy.mentions.none", name=person.name)
        return []
    ctx.say("privacy.mentions.head", name=person.name,
            places=later.places(len(rows), ctx.lang))
    asking = not (args.redact_mentions or args.keep_mentions) and args.confirm is None \
        and _interactive()
    chosen = []
    take_all = args.redact_mentions
    for number, row in enumerate(rows, 1):
        ctx.out.write(f"  {number}. {later.row_text(row, ctx.lang)}\n")
        if take_all:
            chosen.append(row)
        elif asking:
            answer = (_prompt(ctx, "privacy.mentions.ask", marker=later.marker(row.language))
                      or "").strip().casefold()
            if answer in {"a", "alle", "all"}:
                take_all = True
            if take_all or _yes(answer):
                chosen.append(row)
    if chosen:
        ctx.say("privacy.mentions.chosen", places=later.places(len(chosen), ctx.lang))
    elif not args.keep_mentions:
        ctx.say("privacy.mentions.kept")
    return chosen


def run_forget(args, ctx) -> int:
    # No backup on opening: it would copy the person into one more backup.
    store = ctx.open_store(backup=False)
    try:
        if args.purge_backups:
            forgotten = _forgotten_id(store, ctx, args.person)
            if forgotten is not None:
                return _purge_forgotten(args, ctx, forgotten)
        person = resolve_person(store, args.person, ctx)
        if person is None:
            return 1
        ctx.out.write(later.plan_text(person, later.footprint(store, person), ctx.lang) + "\n")
        if args.confirm is not None:
            if not later.name_confirms(args.confirm, person):
                ctx.warn("privacy.forget.mismatch", name=person.name)
                ctx.warn("privacy.forget.nothing_deleted")
                return 1
        elif not _interactive():
            ctx.warn("privacy.forget.needs_terminal", name=person.name)
            ctx.warn("privacy.forget.nothing_deleted")
            return 1
        chosen = _choose_mentions(args, ctx, person,
                                  later.mentions_of(store, person, ctx.lang))
        target = args.export_first
        if target is None and args.confirm is None:
            default = later.default_export_name(person)
            if _yes(_prompt(ctx, "privacy.forget.offer_export", file=default)):
                target = (_prompt(ctx, "privacy.forget.export_where", file=default)
                          or "").strip() or default
        if target and not _final_export(ctx, store, person, target):
            ctx.warn("privacy.forget.nothing_deleted")
            return 1
        if args.confirm is None and not _typed_name_confirms(ctx, person):
            ctx.warn("privacy.forget.nothing_deleted")
            return 1
        done = later.forget(store, person, ctx.lang, redact=chosen)
        ctx.say("privacy.forget.done", name=person.name)
        if done.redacted:
            ctx.say("privacy.mentions.done", marker=later.marker(ctx.lang),
                    places=later.places(done.redacted, ctx.lang))
        report_backups(ctx, person.id, person.name, purge=args.purge_backups)
        ctx.say("privacy.forget.exports_hint")
    finally:
        store.close()
    return 0


# coach retention ----------------------------------------------------------------------------
def run_retention(args, ctx) -> int:
    months = ctx.settings.retention_months
    if months <= 0:
        ctx.say("privacy.retention.off", path=config_path())
        return 0
    today = date.today()
    store = ctx.open_store(read_only=not args.delete)
    try:
        names = {p.id: p.name for p in store.people(include_archived=True)}
        old = later.past_retention(store.conversation_summaries(), months, today)
        cutoff = format_date(later.months_before(today, months), ctx.lang)
        if not old:
            ctx.say("privacy.retention.none", months=months, cutoff=cutoff)
            return 0
        ctx.say("privacy.retention.head", months=months, cutoff=cutoff, count=len(old))
        for row in old:
            ctx.say("privacy.retention.row", date=format_day(row.when, ctx.lang),
                    name=names.get(row.person_id, "?"), kind=ctx._(f"kind.{row.kind.value}"),
                    status=ctx._(f"status.{row.status.value}"), id=row.id)
        if not args.delete:
            ctx.say("privacy.retention.hint")
            return 0
        count = str(len(old))
        typed = args.confirm if args.confirm is not None else _prompt(
            ctx, "privacy.retention.type_count", count=count)
        if typed is None:
            ctx.warn("privacy.retention.needs_terminal", count=count)
            return 1
        if typed.strip() != count:
            ctx.warn("privacy.retention.mismatch", count=count)
            return 1

        store.delete_conversations([row.id for row in old], op="retention")
        later.scrub_index(store)  # nothing deleted stays readable in the search index
        ctx.say("privacy.retention.deleted", count=len(old))
    finally:
        store.close()
    return 0
