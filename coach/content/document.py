"""Reading one content file: utf-8-sig text, YAML front matter, markdown-it-py tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from coach.content.model import LANGUAGES, Problem, problem
from coach.limits import TooLarge, load_yaml, read_limited

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")

# Only block structure and each inline token's source text are used, so inline parsing
# (a third of the time) is switched off.
_md = (
    MarkdownIt("commonmark", {"html": False})
    .use(front_matter_plugin)
    .disable(["inline", "text_join"])
)


@dataclass
class Document:
    path: Path
    lines: list[str]
    meta: dict
    meta_source: str
    tokens: list[Token]

    def meta_line(self, key: str) -> int:
        """The 1-based line on which the front matter sets ``key`` (1 if not found)."""
        for number, line in enumerate(self.meta_source.splitlines(), start=2):
            if line.split(":", 1)[0].strip() == key:
                return number
        return 1


def line_of(token: Token) -> int | None:
    """The 1-based first line of a token (token.map is 0-based, [start, end))."""
    return token.map[0] + 1 if token.map else None


def read_document(path: Path, problems: list[Problem]) -> Document | None:
    """Parse ``path``; on failure add to ``problems`` and return None."""
    try:
        raw = read_limited(path)
    except TooLarge as exc:
        problems.append(problem(path, None, "too_large", limit=f"{exc.limit // 2**20} MB"))
        return None
    except OSError as exc:
        problems.append(problem(path, None, "read", reason=exc.strerror or str(exc)))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(problem(path, line, "utf8"))
        return None
    tokens = _md.parse(text)
    lines = text.splitlines()
    if not tokens or tokens[0].type != "front_matter":
        first = next((ln.strip() for ln in lines if ln.strip()), "")
        key = "unclosed_front_matter" if first == "---" else "no_front_matter"
        problems.append(problem(path, 1, key))
        return None
    source = tokens[0].content
    try:
        meta = load_yaml(source)  # nesting bounded (coach.limits)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else 1
        problems.append(problem(path, line, "yaml", reason=exc.problem or str(exc)))
        return None
    except Exception as exc:  # noqa: BLE001 - PyYAML constructors raise ValueError and others
        problems.append(problem(path, 1, "yaml", reason=str(exc)[:200]))
        return None
    if not isinstance(meta, dict):
        problems.append(problem(path, 1, "meta_not_mapping"))
        return None
    return Document(path, lines, meta, source, tokens[1:])


def meta_text(doc: Document, key: str, problems: list[Problem], *, required: bool = True) -> str:
    """A string field of the front matter ('' when absent or wrong, with a problem noted)."""
    value = doc.meta.get(key)
    if value is None:
        if required:
            problems.append(problem(doc.path, 1, "meta_missing", field=key))
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        problems.append(problem(doc.path, doc.meta_line(key), "meta_text", field=key))
        return ""
    text = str(value).strip()
    if required and not text:
        problems.append(problem(doc.path, doc.meta_line(key), "meta_missing", field=key))
    return text


def meta_language(doc: Document, problems: list[Problem]) -> str:
    lang = meta_text(doc, "language", problems)
    if lang and lang not in LANGUAGES:
        problems.append(problem(doc.path, doc.meta_line("language"), "bad_language",
                                value=lang, expected=", ".join(LANGUAGES)))
        return ""
    return lang


def check_id(value: str, path: Path, line: int | None, problems: list[Problem]) -> bool:
    if ID_PATTERN.match(value):
        return True
    problems.append(problem(path, line, "bad_id", value=value))
    return False


def unwrap(text: str) -> str:
    """One paragraph's text on one line: soft line breaks become spaces."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def text_block(doc: Document, tokens: list[Token], start: int) -> tuple[str, int]:
    """A block of free text (guidance, preparation) as tidy Markdown, and the next index."""
    tok = tokens[start]
    if tok.type == "paragraph_open":
        inline = tokens[start + 1] if start + 1 < len(tokens) else None
        text = unwrap(inline.content) if inline is not None and inline.type == "inline" else ""
        return text, skip_block(tokens, start)
    if tok.type in ("bullet_list_open", "ordered_list_open"):
        items, end = list_items(tokens, start)
        ordered = tok.type == "ordered_list_open"
        lines = [
            f"{n}. {unwrap(text)}" if ordered else f"- {unwrap(text)}"
            for n, (_, text) in enumerate(items, start=1)
        ]
        return "\n".join(lines), end
    end = skip_block(tokens, start)
    if tok.map:
        return "\n".join(doc.lines[tok.map[0] : tok.map[1]]).strip(), end
    return "", end


def field_pair(text: str) -> tuple[str, str] | None:
    """``"**Minutes:** 5"`` -> ``("minutes", "5")``; None when there is no colon."""
    if ":" not in text:
        return None
    key, value = text.split(":", 1)
    key = key.strip().strip("*_` ").strip().lower()
    value = unwrap(value).strip("*_").strip()
    return key, value


def known_fields(doc: Document, items, fields: dict[str, str], expected: str,
                 problems: list[Problem]):
    """``(line, name, value)`` for each ``key: value`` item whose key ``fields`` knows (by
    either language); a malformed or unknown item is reported and skipped."""
    for line, text in items:
        pair = field_pair(text)
        if pair is None:
            problems.append(problem(doc.path, line, "field_format", text=text[:60]))
            continue
        key, value = pair
        name = fields.get(key)
        if name is None:
            problems.append(problem(doc.path, line, "unknown_field", field=key[:40],
                                    expected=expected))
            continue
        yield line, name, value


def first_word(text: str) -> str:
    """The first word of a list item, without Markdown emphasis or code marks."""
    words = text.strip().split()
    if not words:
        return ""
    return words[0].strip("`*_").rstrip(":,;.").strip("`*_")


def list_items(tokens: list[Token], start: int) -> tuple[list[tuple[int | None, str]], int]:
    """The items of the list opening at ``tokens[start]``: (line, first paragraph text).

    Returns the items and the index after the list's closing token.
    """
    open_token = tokens[start]
    close_type = open_token.type.replace("_open", "_close")
    depth = open_token.level
    items: list[tuple[int | None, str]] = []
    i = start + 1
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == close_type and tok.level == depth:
            return items, i + 1
        if tok.type == "list_item_open" and tok.level == depth + 1:
            items.append((line_of(tok), ""))
        elif tok.type == "inline" and items and tok.level == depth + 3 and not items[-1][1]:
            items[-1] = (items[-1][0], tok.content.strip())
        i += 1
    return items, i


def skip_block(tokens: list[Token], start: int) -> int:
    """The index after the block that opens at ``tokens[start]``."""
    tok = tokens[start]
    if tok.nesting != 1:
        return start + 1
    level = tok.level
    i = start + 1
    while i < len(tokens):
        if tokens[i].nesting == -1 and tokens[i].level == level:
            return i + 1
        i += 1
    return i
