"""Parsing a question bank file into Questions.

A bank is front matter (``type: questions``, ``language``), then one ``## Theme (theme-id)``
heading per theme and one ``### question-id`` heading per question, followed by the
question as a paragraph and a list of fields: depth, reason, source.
"""

from __future__ import annotations

from coach.content.document import (
    Document,
    check_id,
    first_word,
    known_fields,
    line_of,
    list_items,
    meta_language,
    skip_block,
    unwrap,
)
from coach.content.model import DEPTHS, THEMES, Problem, Question, problem

QUESTION_FIELDS = {
    "depth": "depth",
    "dybde": "depth",
    "reason": "reason",
    "why": "reason",
    "hvorfor": "reason",
    "begrunnelse": "reason",
    "source": "source",
    "kilde": "source",
}

DEPTH_NAMES = {
    "opening": "opening",
    "åpning": "opening",
    "åpnende": "opening",
    "deepening": "deepening",
    "utdypende": "deepening",
    "utdyping": "deepening",
}


class _Draft:
    def __init__(self, qid: str, theme: str, line: int) -> None:
        self.id = qid
        self.theme = theme
        self.line = line
        self.text = ""
        self.values: dict[str, str] = {}
        self.fields_seen = False
        self.broken = False


def theme_of(title: str) -> str:
    """``"Mestring (mastery)"`` -> ``"mastery"``; the bare title when it has no parentheses."""
    title = title.strip()
    if title.endswith(")") and "(" in title:
        return title[title.rfind("(") + 1 : -1].strip().strip("`").lower()
    return title.lower()


def parse_questions(doc: Document, problems: list[Problem]) -> list[Question]:
    """Every well-formed question in ``doc``; problems are noted for the rest."""
    language = meta_language(doc, problems)
    tokens = doc.tokens
    drafts: list[_Draft] = []
    theme = ""
    current: _Draft | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = line_of(tok) or 0
        if tok.type == "heading_open":
            inline = tokens[i + 1] if i + 1 < len(tokens) else None
            title = inline.content.strip() if inline is not None and inline.type == "inline" else ""
            if tok.tag == "h2":
                current = None
                theme = theme_of(title)
                if theme not in THEMES:
                    problems.append(problem(doc.path, line, "bad_theme", value=title[:60],
                                            expected=", ".join(THEMES)))
                    theme = ""
            elif tok.tag == "h3":
                qid = first_word(title)
                current = None
                if not theme:
                    problems.append(problem(doc.path, line, "question_outside_theme"))
                elif check_id(qid, doc.path, line, problems):
                    current = _Draft(qid, theme, line)
                    drafts.append(current)
            elif tok.tag != "h1":
                problems.append(problem(doc.path, line, "unexpected_heading", title=title[:60]))
            i = skip_block(tokens, i)
            continue
        if current is None:
            i = skip_block(tokens, i)
            continue
        if tok.type == "paragraph_open" and not current.text and not current.fields_seen:
            current.text = unwrap(tokens[i + 1].content) if i + 1 < len(tokens) else ""
        elif tok.type == "bullet_list_open" and not current.fields_seen:
            items, i = list_items(tokens, i)
            current.fields_seen = True
            _read_fields(doc, current, items, problems)
            continue
        else:
            problems.append(problem(doc.path, line, "question_extra"))
        i = skip_block(tokens, i)
    return [q for q in (_finish(doc, d, language, problems) for d in drafts) if q is not None]


def _read_fields(doc: Document, draft: _Draft, items, problems: list[Problem]) -> None:
    expected = "depth, reason, source / dybde, hvorfor, kilde"
    for line, name, value in known_fields(doc, items, QUESTION_FIELDS, expected, problems):
        if name == "depth":
            depth = DEPTH_NAMES.get(first_word(value).lower())
            if depth is None:
                problems.append(problem(doc.path, line, "bad_depth", value=value[:40],
                                        expected=", ".join(DEPTHS) + " / åpning, utdypende"))
                draft.broken = True
                continue
            value = depth
        draft.values[name] = value


def _finish(doc: Document, draft: _Draft, language: str,
            problems: list[Problem]) -> Question | None:
    before = len(problems)
    if not draft.text:
        problems.append(problem(doc.path, draft.line, "question_no_text", id=draft.id))
    for name in ("depth", "reason", "source"):
        if not draft.values.get(name) and not (name == "depth" and draft.broken):
            problems.append(problem(doc.path, draft.line, "question_missing", id=draft.id,
                                    field=name))
    if len(problems) > before or draft.broken or not language:
        return None
    return Question(
        id=draft.id,
        language=language,
        theme=draft.theme,
        depth=draft.values["depth"],
        text=draft.text,
        reason=draft.values["reason"],
        source=draft.values["source"],
        path=doc.path,
        line=draft.line,
    )
