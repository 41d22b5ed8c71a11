"""Loading the whole library: built-in content, then the user's, then checks across files.

User files extend the built-ins or replace them by id (per language). Problems anywhere
are collected and raised together as one ContentError.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from coach.content.model import (
    LANGUAGES,
    ContentError,
    Library,
    Problem,
    Question,
    Template,
    problem,
)
from coach.paths import builtin_content_dir, user_content_dir

_DEFAULT = object()


def content_files(paths: Iterable[Path], problems: list[Problem]) -> list[Path]:
    """Every Markdown file under ``paths`` (directories searched; README files skipped)."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*.md"))
                if p.is_file() and p.name.lower() != "readme.md"
            )
        elif path.is_file():
            found.append(path)
        else:
            problems.append(problem(path, None, "not_found"))
    return found


class _Layer:
    """The templates and questions of one source (built-in, user, or files to check)."""

    def __init__(self) -> None:
        self.templates: dict[tuple[str, str], Template] = {}
        self.questions: dict[tuple[str, str], Question] = {}


def read_layer(files: list[Path], problems: list[Problem]) -> _Layer:
    # The Markdown parser is imported only when files are parsed (not for a cached library).
    # lazy: start-up -- the parsers load markdown-it (~30 ms); a cached library needs none
    from coach.content.document import read_document
    from coach.content.questions import parse_questions
    from coach.content.templates import parse_template

    layer = _Layer()
    for path in files:
        doc = read_document(path, problems)
        if doc is None:
            continue
        if str(doc.meta.get("type", "template")).strip().lower() == "questions":
            for q in parse_questions(doc, problems):
                first = layer.questions.get((q.id, q.language))
                if first is not None:
                    problems.append(problem(path, q.line, "duplicate_id", id=q.id,
                                            first=f"{first.path}:{first.line}"))
                    continue
                layer.questions[(q.id, q.language)] = q
        else:
            tpl = parse_template(doc, problems)
            if tpl is None:
                continue
            first_tpl = layer.templates.get((tpl.id, tpl.language))
            if first_tpl is not None:
                problems.append(problem(path, doc.meta_line("id"), "duplicate_id", id=tpl.id,
                                        first=f"{first_tpl.path}:1"))
                continue
            layer.templates[(tpl.id, tpl.language)] = tpl
    return layer


def build(layer_paths: list[list[Path]]) -> tuple[Library, list[Problem]]:
    """Read each layer in order (later ones override earlier ones by id) and check the result."""
    problems: list[Problem] = []
    templates: dict[tuple[str, str], Template] = {}
    questions: dict[tuple[str, str], Question] = {}
    for paths in layer_paths:
        layer = read_layer(content_files(paths, problems), problems)
        templates.update(layer.templates)
        questions.update(layer.questions)
    problems.extend(cross_check(templates, questions))
    unique = list(dict.fromkeys(problems))
    return Library(list(templates.values()), list(questions.values())), unique


def cross_check(templates: dict[tuple[str, str], Template],
                questions: dict[tuple[str, str], Question]) -> list[Problem]:
    """Questions that exist, and the same templates, sections and questions in each language."""
    problems: list[Problem] = []
    for tpl in templates.values():
        for section in tpl.sections:
            for qid, line in zip(section.question_ids, section.question_lines, strict=True):
                if (qid, tpl.language) not in questions:
                    problems.append(problem(tpl.path, line, "unknown_question", id=qid,
                                            language=tpl.language))
            if section.anchor and (section.anchor, tpl.language) not in questions:
                problems.append(problem(tpl.path, section.anchor_line, "unknown_question",
                                        id=section.anchor, language=tpl.language))
        if (tpl.key_question, tpl.language) not in questions and tpl.key_question != "succeed":
            problems.append(problem(tpl.path, 1, "unknown_question", id=tpl.key_question,
                                    language=tpl.language))
    for (tid, lang), tpl in templates.items():
        for other in LANGUAGES:
            if other == lang:
                continue
            twin = templates.get((tid, other))
            if twin is None:
                problems.append(problem(tpl.path, 1, "missing_language", what="template",
                                        id=tid, language=other))
                continue
            if lang < other:
                mine = [s.id for s in tpl.sections]
                theirs = [s.id for s in twin.sections]
                if mine != theirs:
                    problems.append(problem(tpl.path, 1, "sections_differ", id=tid,
                                            other=str(twin.path), mine=", ".join(mine),
                                            theirs=", ".join(theirs)))
                anchors = [(s.id, s.anchor) for s in tpl.sections]
                if anchors != [(s.id, s.anchor) for s in twin.sections] and mine == theirs:
                    problems.append(problem(tpl.path, 1, "anchors_differ", id=tid,
                                            other=str(twin.path)))
                if tpl.kind != twin.kind:
                    problems.append(problem(tpl.path, 1, "kind_differs", id=tid,
                                            other=str(twin.path)))
    for (qid, lang), q in questions.items():
        for other in LANGUAGES:
            if other == lang:
                continue
            other_q = questions.get((qid, other))
            if other_q is None:
                problems.append(problem(q.path, q.line, "missing_language", what="question",
                                        id=qid, language=other))
            elif lang < other and other_q.theme != q.theme:
                problems.append(problem(q.path, q.line, "theme_differs", id=qid,
                                        other=f"{other_q.path}:{other_q.line}"))
    return problems


def load_library(user_dir: Path | None | object = _DEFAULT,
                 builtin_dir: Path | None = None) -> Library:
    """Built-in content plus the user's own (``user_content_dir()`` unless given; None: none).

    Raises ContentError listing every problem when any file is broken.
    """
    layers = [[Path(builtin_dir) if builtin_dir is not None else builtin_content_dir()]]
    if user_dir is _DEFAULT:
        user_dir = user_content_dir()
    if isinstance(user_dir, (str, Path)) and Path(user_dir).exists():
        layers.append([Path(user_dir)])
    return _cached_build(layers)


def _cached_build(layers: list[list[Path]]) -> Library:
    """build(layers), or the same library from the cache when no file has changed."""
    from coach.content import cache  # lazy: start-up (`coach --version` loads no library)

    found: list[Problem] = []
    files = [content_files(paths, found) for paths in layers]
    key = cache.cache_key(files) if not found else None
    if key is not None:
        library = cache.read(key)
        if library is not None:
            return library
    library, problems = build(layers)
    if problems:
        raise ContentError(problems)
    if key is not None:
        cache.write(key, library)
    return library
