"""``coach templates list`` and ``coach templates check [PATH ...]``."""

from __future__ import annotations

from pathlib import Path

from coach.content import inspect
from coach.paths import user_content_dir


def register(subparsers, _) -> None:
    parser = subparsers.add_parser("templates", help=_("templates.help"),
                                   description=_("templates.help"))
    parser.set_defaults(func=list_templates)
    sub = parser.add_subparsers(dest="templates_command", metavar="ACTION")
    listing = sub.add_parser("list", help=_("templates.list.help"),
                             description=_("templates.list.help"))
    listing.set_defaults(func=list_templates)
    checking = sub.add_parser("check", help=_("templates.check.help"),
                              description=_("templates.check.help"))
    checking.add_argument("paths", nargs="*", metavar="PATH", type=Path,
                          help=_("templates.check.paths"))
    checking.set_defaults(func=check_templates)


def _print_problems(problems, ctx) -> None:
    for item in problems:
        print(item.render(ctx.lang), file=ctx.err)
    ctx.warn("templates.check.failed", count=len(problems))


def list_templates(args, ctx) -> int:
    library, problems = inspect(user_dir=user_content_dir())
    if problems:
        _print_problems(problems, ctx)
        return 1
    ctx.say("templates.list.header", id=ctx._("templates.col.id"),
            lang=ctx._("templates.col.lang"), kind=ctx._("templates.col.kind"),
            minutes=ctx._("templates.col.minutes"), title=ctx._("templates.col.title"))
    for tpl in library.templates():
        ctx.say("templates.list.header", id=tpl.id, lang=tpl.language, kind=tpl.kind,
                minutes=tpl.total_minutes, title=tpl.title)
    return 0


def check_templates(args, ctx) -> int:
    paths = list(getattr(args, "paths", None) or [])
    library, problems = inspect(paths or None, user_dir=user_content_dir())
    if problems:
        _print_problems(problems, ctx)
        return 1
    languages = sorted({tpl.language for tpl in library.templates()})
    template_ids = {tpl.id for tpl in library.templates()}
    question_ids = {q.id for lang in languages for q in library.questions(lang)}
    ctx.say("templates.check.ok", templates=len(template_ids), questions=len(question_ids),
            languages=len(languages))
    return 0
