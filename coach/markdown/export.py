"""One conversation as a CommonMark document (GFM task lists for action items).

The document: YAML front matter (``yaml.safe_dump``), a line saying the file holds private
notes when it does, a title, then agreements, action items, earlier action items followed
up, support needs, mastery moments, learning, goals followed up, notes by section, the
time per section (planned against actual) and, in a full export only, the private notes.
Empty parts are left out. Every piece of user text goes through :mod:`coach.markdown.escape`;
every label comes from the i18n catalogue. Returns a string: writing it is the caller's job.
"""

from __future__ import annotations

from datetime import date

import yaml

from coach.domain.actions import ActionItem, ActionStatus
from coach.domain.conversations import Entry, EntryKind
from coach.domain.note_kinds import BY_KIND, NOTE_KINDS
from coach.domain.summary import Summary
from coach.i18n import t
from coach.i18n.formats import format_date, format_percent
from coach.markdown.digest import content_digest
from coach.markdown.escape import escape_block, escape_inline

#: Continuation lines inside ``- `` list items start at this column.
ITEM_INDENT = "  "


def _h(level: int, text: str) -> str:
    """A heading ``level`` deep (capped at 6, the deepest CommonMark has)."""
    return "#" * min(level, 6) + " " + text


def _minutes(seconds: float) -> str:
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _day(summary: Summary) -> date:
    return summary.conversation.when.astimezone().date()


def front_matter(summary: Summary, lang: str, *, person_name: str, template_title: str,
                 digest: str | None = None, goals: list[str] | None = None) -> str:
    conv = summary.conversation
    data = {
        "person": person_name,
        "date": _day(summary),
        "kind": conv.kind.value,
        "template": conv.template_id,
        "title": template_title,
        "language": lang,
        "duration_minutes": round(summary.actual_seconds / 60),
        "planned_minutes": round(summary.planned_minutes),
        "status": conv.status.value,
        "conversation_id": conv.id,
        "contents": "shared" if summary.shared else "full",
    }
    if digest is not None:
        data["digest"] = digest
    if goals:
        # the person's active goals, for the employee's coach to offer progress on them
        # in the next preparation (front matter: outside the text the digest covers)
        data["goals"] = list(goals)
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{dumped}---\n"


def _item(text: str, prefix: str = "- ") -> str:
    return prefix + escape_block(text, ITEM_INDENT)


def _entries(heading: str, entries: tuple[Entry, ...], level: int) -> list[str]:
    if not entries:
        return []
    return [_h(level, heading), "\n".join(_item(e.text) for e in entries)]


def action_line(item: ActionItem, meta: list[str], lang: str) -> str:
    """An action item as a GFM task item with its ``meta`` in brackets: a done item ticked;
    a dropped one not ticked (it was not done) but struck through and said to be dropped,
    with the reason when one was given: ``- [ ] ~~text~~ *(owner, lagt bort: reason)*``."""
    dropped = item.status is ActionStatus.DROPPED
    text = escape_block(item.text, ITEM_INDENT, glued=dropped)
    if dropped:
        why = t("action.dropped", lang)
        if item.close_reason.strip():
            why += ": " + escape_inline(item.close_reason, glued=True)
        return f"- [ ] ~~{text}~~ *({', '.join([*meta, why])})*"
    box = "[x]" if item.status is ActionStatus.DONE else "[ ]"
    return f"- {box} {text} *({', '.join(meta)})*"


def _action(item: ActionItem, lang: str, summary: Summary, *, earlier: bool) -> str:
    meta = [t(f"owner.{item.owner.value}", lang)]
    if item.id in summary.private_actions:
        meta.append(t("visibility.private", lang))
    if item.due is not None:
        meta.append(t("export.due", lang, date=format_date(item.due, lang)))
    if earlier and item.is_open and summary.conversation.id in item.carried_to:
        meta.append(t("export.carried", lang))
    return action_line(item, meta, lang)


def _goals(summary: Summary, lang: str, level: int) -> list[str]:
    if not summary.goals:
        return []
    lines = []
    for touched in summary.goals:
        for progress in touched.progress:
            statement = touched.goal.statement.strip()
            # "…innen fristen.: *i fare*": a statement's own full stop takes the colon's place
            joint = " " if statement.endswith((".", "!", "?", ":")) else ": "
            line = f"- {escape_inline(statement, glued=True)}{joint}"
            line += f"*{t(f'progress.{progress.status.value}', lang)}*"
            if progress.percent is not None:
                line += f" ({format_percent(progress.percent, lang)})"
            if progress.comment.strip():
                line += " – " + escape_block(progress.comment, ITEM_INDENT)
            lines.append(line)
    return [_h(level, t("export.goals", lang)), "\n".join(lines)]


def _notes(summary: Summary, lang: str, level: int) -> list[str]:
    parts: list[str] = []
    for section in summary.sections:
        if not section.notes:
            continue
        title = escape_inline(section.title) if section.title else t("export.other_notes", lang)
        parts.append(_h(level + 1, title))
        parts.extend(escape_block(e.text) for e in section.notes)
    return [_h(level, t("export.notes", lang)), *parts] if parts else []


def _time_table(summary: Summary, lang: str, level: int) -> list[str]:
    rows = [s for s in summary.sections if s.section_id or s.planned_minutes]
    if not rows:
        return []
    lines = [
        f"| {t('export.col.section', lang)} | {t('export.col.planned', lang)} "
        f"| {t('export.col.actual', lang)} |",
        "| --- | ---: | ---: |",
    ]
    for s in rows:
        actual = _minutes(s.actual_seconds)
        if s.skipped:
            actual = t("export.skipped", lang) + (f" ({actual})" if s.actual_seconds else "")
        lines.append(f"| {escape_inline(s.title)} | {_minutes(s.planned_minutes * 60)} "
                     f"| {actual} |")
    lines.append(
        f"| **{t('export.total', lang)}** | {_minutes(summary.planned_minutes * 60)} "
        f"| {_minutes(summary.actual_seconds)} |"
    )
    return [_h(level, t("export.time", lang)), "\n".join(lines)]


def _private(summary: Summary, lang: str, level: int) -> list[str]:
    if not summary.private:
        return []
    titles = {s.section_id: s.title for s in summary.sections}
    lines = []
    for e in summary.private:
        label = t(BY_KIND[e.kind].label, lang)
        where = titles.get(e.section_id, "")
        label += f" · {escape_inline(where, glued=True)}" if where else ""
        lines.append(f"- *{label}:* {escape_block(e.text, ITEM_INDENT)}")
    return [_h(level, t("export.private", lang)), "\n".join(lines)]


def _actions(summary: Summary, lang: str, level: int) -> list[str]:
    """The action items raised in the conversation, then the earlier ones followed up."""
    parts: list[str] = []
    if summary.action_items:
        parts += [_h(level, t("export.action_items", lang)), "\n".join(
            _action(a, lang, summary, earlier=False)
            for a in summary.action_items)]
    if summary.followed_up:
        parts += [_h(level, t("export.followed_up", lang)), "\n".join(
            _action(a, lang, summary, earlier=True)
            for a in summary.followed_up)]
    return parts


def conversation_body(
    summary: Summary,
    lang: str,
    *,
    include_private: bool,
    person_name: str,
    template_title: str,
    level: int = 1,
) -> list[str]:
    """The conversation's title (a heading ``level`` deep), date line and parts, as blocks.

    Parts are headings one level deeper. No front matter, no private-notes banner: the
    document that holds the body says those once (this export, or a person's history).
    """
    if not include_private:
        summary = summary.without_private()
    elif summary.shared:
        raise ValueError("a shared summary holds no private notes to include")
    conv = summary.conversation
    sub = level + 1
    parts = [_h(level, escape_inline(t("export.title", lang, template=template_title,
                                       person=person_name)))]
    parts.append(
        t(
            "export.meta",
            lang,
            date=format_date(_day(summary), lang),
            kind=t(f"kind.{conv.kind.value}", lang),
            actual=t("export.minutes", lang, minutes=round(summary.actual_seconds / 60)),
            planned=t("export.minutes", lang, minutes=round(summary.planned_minutes)),
        )
    )
    body: list[str] = []
    for note_kind in NOTE_KINDS:  # in the table's order
        if note_kind.summary_field and note_kind.export_heading:
            body += _entries(t(note_kind.export_heading, lang),
                             getattr(summary, note_kind.summary_field), sub)
        elif note_kind.kind is EntryKind.ACTION_ITEM:
            body += _actions(summary, lang, sub)
    body += _goals(summary, lang, sub)
    body += _notes(summary, lang, sub)
    if not body:
        body.append(t("export.nothing", lang))
    body += _time_table(summary, lang, sub)
    if include_private:
        body += _private(summary, lang, sub)
    return parts + body


def private_banner(lang: str) -> str:
    """The line at the top of a file that holds private notes."""
    return f"> **{t('export.private_banner', lang)}** {t('export.private_hint', lang)}"


def export_conversation(
    summary: Summary,
    lang: str,
    *,
    include_private: bool,
    person_name: str,
    template_title: str,
    status: list[str] | None = None,
    goals: list[str] | None = None,
) -> str:
    """The conversation as Markdown; private notes only when ``include_private``.

    A shared export's front matter carries the digest of its shared content (from the
    title on: see :mod:`coach.markdown.digest`); ``status`` (the employee's review, as
    Markdown blocks) stands above the title, outside what the digest covers; ``goals``
    (the statements of the person's active goals) go into a shared export's front matter.
    """
    body = conversation_body(summary, lang, include_private=include_private,
                             person_name=person_name, template_title=template_title)
    if not include_private:
        summary = summary.without_private()
    digest = None if include_private else content_digest("\n\n".join(body) + "\n")
    meta = front_matter(summary, lang, person_name=person_name, template_title=template_title,
                        digest=digest, goals=None if include_private else goals)
    parts = [meta.rstrip("\n")]
    if summary.has_private:
        parts.append(private_banner(lang))
    parts += status or []
    return "\n\n".join(parts + body) + "\n"
