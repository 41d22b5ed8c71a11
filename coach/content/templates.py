"""Parsing a conversation template file into a Template.

A template is front matter (id, kind, language, title, total_minutes, description) and one
``## Section title`` per section, each followed by a list of fields (id, minutes, purpose)
and the sub-headings ``### Guidance``, ``### The employee prepares`` and ``### Questions``
(or their Norwegian names).
"""

from __future__ import annotations

from markdown_it.token import Token

from coach.content.document import (
    Document,
    check_id,
    first_word,
    known_fields,
    line_of,
    list_items,
    meta_language,
    meta_text,
    skip_block,
    text_block,
)
from coach.content.model import Problem, Section, Template, problem
from coach.domain.conversations import ConversationKind

SECTION_FIELDS = {
    "id": "id",
    "minutes": "minutes",
    "minutter": "minutes",
    "time box": "minutes",
    "tidsramme": "minutes",
    "purpose": "purpose",
    "formål": "purpose",
    "hensikt": "purpose",
    "anchor": "anchor",
    "anchor question": "anchor",
    "anker": "anchor",
    "ankerspørsmål": "anchor",
}

SUBHEADINGS = {
    "guidance": "guidance",
    "guidance for the leader": "guidance",
    "for the leader": "guidance",
    "veiledning": "guidance",
    "veiledning for leder": "guidance",
    "veiledning for lederen": "guidance",
    "til lederen": "guidance",
    "the employee prepares": "prepare",
    "employee prepares": "prepare",
    "preparation": "prepare",
    "medarbeideren forbereder": "prepare",
    "forberedelse": "prepare",
    "questions": "questions",
    "suggested questions": "questions",
    "spørsmål": "questions",
    "forslag til spørsmål": "questions",
}

_SUBHEADING_NAMES = "Guidance, The employee prepares, Questions / " \
    "Veiledning, Medarbeideren forbereder, Spørsmål"


class _SectionDraft:
    def __init__(self, title: str, line: int | None) -> None:
        self.title = title
        self.line = line or 0
        self.values: dict[str, str] = {}
        self.minutes: int | None = None
        self.fields_seen = False
        self.texts: dict[str, list[str]] = {}
        self.question_ids: list[str] = []
        self.question_lines: list[int] = []
        self.anchor_line = 0


def parse_template(doc: Document, problems: list[Problem]) -> Template | None:
    """The template in ``doc``, or None when it is too broken to use (problems say why)."""
    before = len(problems)
    path = doc.path
    template_id = meta_text(doc, "id", problems)
    if template_id:
        check_id(template_id, path, doc.meta_line("id"), problems)
    kind = meta_text(doc, "kind", problems)
    kinds = [k.value for k in ConversationKind]
    if kind and kind not in kinds:
        problems.append(problem(path, doc.meta_line("kind"), "bad_kind", value=kind,
                                expected=", ".join(kinds)))
    language = meta_language(doc, problems)
    title = meta_text(doc, "title", problems)
    description = meta_text(doc, "description", problems, required=False)
    total = doc.meta.get("total_minutes")
    if total is None:
        problems.append(problem(path, 1, "meta_missing", field="total_minutes"))
    elif isinstance(total, bool) or not isinstance(total, int) or total <= 0:
        problems.append(problem(path, doc.meta_line("total_minutes"), "total_not_number",
                                value=str(total)[:40]))
        total = None

    drafts = _walk(doc, problems)
    sections = _finish(doc, drafts, problems)
    if not drafts:
        problems.append(problem(path, len(doc.lines) or 1, "no_sections"))
    minutes = [d.minutes for d in drafts if d.minutes is not None]
    if total is not None and drafts and len(minutes) == len(drafts):
        if sum(minutes) != total:
            problems.append(problem(path, doc.meta_line("total_minutes"), "total_mismatch",
                                    sum=sum(minutes), total=total))
    key_question = meta_text(doc, "key_question", problems, required=False) or "succeed"
    if key_question != "succeed":
        check_id(key_question, path, doc.meta_line("key_question"), problems)
    if len(problems) > before:
        return None
    return Template(template_id, language, kind, title, total,  # type: ignore[arg-type]
                    description, sections, path,  # (None: no total given; not checked)
                    key_question=key_question)


def _walk(doc: Document, problems: list[Problem]) -> list[_SectionDraft]:
    tokens: list[Token] = doc.tokens
    drafts: list[_SectionDraft] = []
    current: _SectionDraft | None = None
    sub: str | None = None
    i = 0

    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open" and tok.level == 0:
            inline = tokens[i + 1] if i + 1 < len(tokens) else None
            title = inline.content.strip() if inline is not None and inline.type == "inline" else ""
            line = line_of(tok)
            level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 6
            if level >= 4 and sub in ("guidance", "prepare") and current is not None:
                current.texts.setdefault(sub, []).append(f"{'#' * level} {title}")
                i = skip_block(tokens, i)
                continue
            if level == 1:
                if current is not None:
                    problems.append(problem(doc.path, line, "unexpected_heading", title=title))
            elif level == 2:
                current = _SectionDraft(title, line)
                drafts.append(current)
                sub = None
                if not title:
                    problems.append(problem(doc.path, line, "empty_title"))
            elif level == 3 and current is not None:
                sub = SUBHEADINGS.get(title.lower().rstrip(":").strip())
                if sub is None:
                    problems.append(problem(doc.path, line, "unknown_subheading", title=title,
                                            expected=_SUBHEADING_NAMES))
                    sub = "ignored"
            else:
                problems.append(problem(doc.path, line, "unexpected_heading", title=title))
            i = skip_block(tokens, i)
            continue
        if current is not None and sub in ("guidance", "prepare"):
            block, i = text_block(doc, tokens, i)
            if block:
                current.texts.setdefault(sub, []).append(block)
            continue
        if current is None or sub == "ignored":
            i = skip_block(tokens, i)
            continue
        if sub is None:
            if tok.type == "bullet_list_open" and not current.fields_seen:
                items, i = list_items(tokens, i)
                current.fields_seen = True
                _read_fields(doc, current, items, problems)
                continue
            problems.append(problem(doc.path, line_of(tok), "expected_subheading",
                                    expected=_SUBHEADING_NAMES))
        elif sub == "questions":
            if tok.type in ("bullet_list_open", "ordered_list_open"):
                items, i = list_items(tokens, i)
                for line, text in items:
                    qid = first_word(text)
                    if not qid:
                        problems.append(problem(doc.path, line, "empty_item"))
                    elif check_id(qid, doc.path, line, problems):
                        current.question_ids.append(qid)
                        current.question_lines.append(line or 0)
                continue
            problems.append(problem(doc.path, line_of(tok), "questions_list"))
        i = skip_block(tokens, i)
    return drafts


def _read_fields(doc: Document, draft: _SectionDraft, items, problems: list[Problem]) -> None:
    expected = "id, minutes, purpose, anchor / id, minutter, formål, anker"
    for line, name, value in known_fields(doc, items, SECTION_FIELDS, expected, problems):
        if name == "anchor":
            value = first_word(value)
            if not check_id(value, doc.path, line, problems):
                continue
            draft.anchor_line = line or 0
        if name == "minutes":
            number = value.split()[0] if value.split() else ""
            if not number.isdigit() or int(number) <= 0:
                problems.append(problem(doc.path, line, "minutes_not_number", value=value[:40]))
                draft.values["minutes"] = "?"
                continue
            draft.minutes = int(number)
        draft.values[name] = value


def _finish(doc: Document, drafts: list[_SectionDraft], problems: list[Problem]) -> list[Section]:
    sections: list[Section] = []
    seen: dict[str, int] = {}
    for draft in drafts:
        section_id = draft.values.get("id", "")
        if not section_id:
            problems.append(problem(doc.path, draft.line, "section_missing", field="id"))
        elif check_id(section_id, doc.path, draft.line, problems):
            if section_id in seen:
                problems.append(problem(doc.path, draft.line, "duplicate_section",
                                        id=section_id, first=seen[section_id]))
            seen.setdefault(section_id, draft.line)
        if "minutes" not in draft.values:
            problems.append(problem(doc.path, draft.line, "minutes_missing"))
        if not draft.values.get("purpose"):
            problems.append(problem(doc.path, draft.line, "section_missing", field="purpose"))
        if not draft.question_ids:
            problems.append(problem(doc.path, draft.line, "no_questions"))
        sections.append(Section(
            id=section_id,
            title=draft.title,
            minutes=draft.minutes or 0,
            purpose=draft.values.get("purpose", ""),
            guidance="\n\n".join(draft.texts.get("guidance", [])),
            prepare="\n\n".join(draft.texts.get("prepare", [])),
            question_ids=draft.question_ids,
            line=draft.line,
            question_lines=draft.question_lines,
            anchor=draft.values.get("anchor") or None,
            anchor_line=draft.anchor_line,
        ))
    return sections
