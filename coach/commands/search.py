"""`coach search QUERY [--person PERSON] [--include-private]`: the same index and matching as
the search screen; private hits only when asked for, otherwise counted."""

from __future__ import annotations

from coach.commands import later
from coach.commands.people_arg import resolve_person
from coach.i18n.formats import format_date
from coach.i18n.labels import kind_label


def register(sub, _) -> None:
    parser = sub.add_parser("search", help=_("cli.search.help"), description=_("cli.search.help"))
    parser.add_argument("query", metavar="QUERY", nargs="+", help=_("cli.search.query"))
    parser.add_argument("--person", metavar="PERSON", help=_("cli.search.person"))
    parser.add_argument("--limit", metavar="N", type=int, default=50, help=_("cli.search.limit"))
    parser.add_argument("--include-private", action="store_true",
                        help=_("cli.search.include_private"))
    parser.set_defaults(func=run_search)


def hit_line(hit, _, lang: str) -> str:
    doc = hit.document
    cid = (doc.conversation_id or "")[:8]
    day = "" if doc.day is None else format_date(doc.day, lang)
    return "  ".join(
        part for part in (day, doc.person, kind_label(doc.kind, lang, doc.private),
                          hit.snippet, f"[{cid}]" if cid else "") if part
    )


def run_search(args, ctx) -> int:
    query = " ".join(args.query)
    limit = max(1, args.limit)
    person_id = None
    if args.person:
        store = ctx.open_store(read_only=True)
        person = resolve_person(store, args.person, ctx)
        if person is None:
            store.close()
            return 1
        person_id = person.id
        search = later.TeamSearch(store)
    else:  # the store is opened only if the index needs it
        store = None
        search = later.TeamSearch(data_dir=ctx.data_dir,
                                  open_store=lambda: ctx.open_store(read_only=True))
    try:
        found = search.find(query, person_id=person_id, limit=limit + 1,
                            include_private=args.include_private)
    finally:
        search.close()
        if store is not None:
            store.close()
    hits = found.hits
    if not hits:
        ctx.say("cli.search.none", query=query)
    for hit in hits[:limit]:
        print(hit_line(hit, ctx._, ctx.lang), file=ctx.out)
    if hits:
        ctx.say("cli.search.count", count=len(hits[:limit]), query=query)
    if len(hits) > limit:
        ctx.say("cli.search.more", shown=limit)
    if found.private_left_out:
        ctx.say("cli.search.private_left_out", count=found.private_left_out)
    return 0 if hits else 1
