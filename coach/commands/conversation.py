"""`coach start PERSON` and `coach export PERSON`: a conversation from the command line
(`--since`/`--all` export a person's history: coach.commands.privacy)."""

from __future__ import annotations

import sys

from coach.commands import later
from coach.commands.people_arg import resolve_person
from coach.content import ContentError, load_library
from coach.domain.conversations import ConversationStatus
from coach.domain.matching import match_person
from coach.domain.people import Person
from coach.domain.text import check_plain


def register(sub, _) -> None:
    start = sub.add_parser("start", help=_("cli.start.help"), description=_("cli.start.help"))
    start.add_argument("person", metavar="PERSON", help=_("cli.arg.person"))
    start.add_argument("--template", metavar="ID", help=_("cli.start.template"))
    start.set_defaults(func=run_start, runs_app=True)

    export = sub.add_parser("export", help=_("cli.export.help"), description=_("cli.export.help"))
    export.add_argument("person", metavar="PERSON", help=_("cli.arg.person"))
    which = export.add_mutually_exclusive_group()
    which.add_argument("--conversation", metavar="ID", help=_("cli.export.conversation"))
    which.add_argument("--since", metavar="DATE", help=_("privacy.export.since"))
    which.add_argument("--all", action="store_true", help=_("privacy.export.all"))
    export.add_argument("--include-private", action="store_true",
                        help=_("cli.export.include_private"))
    export.add_argument("-o", "--output", metavar="FILE", help=_("cli.export.output"))
    export.set_defaults(func=run_export)


def _ask(ctx, key: str, **fields) -> bool:
    if not sys.stdin.isatty():
        return False
    try:
        answer = input(ctx._(key, **fields) + " ")
    except EOFError:
        return False
    return answer.strip().casefold() in {"y", "yes", "j", "ja"}


def run_start(args, ctx) -> int:
    try:
        library = load_library()
    except ContentError as exc:
        print(exc.explain(ctx.lang), file=ctx.err)
        return 1
    try:
        template_id = args.template or ctx.settings.default_template
        template = later.pick_template(library, ctx.lang, template_id)
    except KeyError:
        ctx.warn("cli.start.no_template", template=template_id)
        return 1
    if not args.person.strip():
        ctx.warn("cli.person.blank")
        return 1
    check_plain("name", " ".join(args.person.split()))  # a name may hold no control codes
    store = ctx.open_store()
    try:
        found = match_person(store.people(), args.person)
        person = found.person
        if person is None and not found.ambiguous:
            if not _ask(ctx, "cli.start.offer_add", name=args.person.strip()):
                ctx.warn("cli.start.unknown_hint", query=args.person)
                return 1
            person = Person(" ".join(args.person.split()))
            store.save_person(person)
            ctx.say("cli.start.added", name=person.name)
        elif person is None:
            resolve_person(store, args.person, ctx, include_archived=False)
            return 1
        return ctx.apps.run_app(store, ctx, library=library, start=(person.id, template.id))
    finally:
        store.close()


def run_export(args, ctx) -> int:
    if args.since is not None or args.all:
        return later.run_history_export(args, ctx)
    store = ctx.open_store(read_only=True)
    try:
        person = resolve_person(store, args.person, ctx)
        if person is None:
            return 1
        chosen = later.conversation_to_export(store.conversation_summaries(person.id),
                                              args.conversation)
        if chosen is None and args.conversation:
            ctx.warn("cli.export.no_conversation", id=args.conversation, name=person.name)
            return 1
        if chosen is None:
            ctx.warn("cli.export.none", name=person.name)
            return 1
        if chosen.status is not ConversationStatus.COMPLETED:
            ctx.warn("cli.export.unfinished", status=ctx._(f"status.{chosen.status.value}"))
        conversation_id = chosen.id
        try:
            library = load_library()
        except ContentError:
            library = None
        text = later.conversation_markdown(store, conversation_id, args.lang,
                                           include_private=args.include_private, library=library)
    finally:
        store.close()
    if args.output and args.output != "-":
        path = later.write_export(args.output, text)
        ctx.say("cli.export.written", path=path)
    else:
        ctx.out.write(text)
    return 0
