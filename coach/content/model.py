"""What the content files hold once loaded: templates, sections, questions, problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from coach.errors import Problem as BaseProblem
from coach.errors import ProblemsError

#: The themes a question may serve.
THEMES = (
    "mastery",
    "meaning",
    "goals",
    "learning",
    "support",
    "autonomy",
    "relationship",
    "wellbeing",
    "leader-support",
)
#: How far into a topic a question goes.
DEPTHS = ("opening", "deepening")
LANGUAGES = ("nb", "en")


class Problem(BaseProblem):
    """One thing wrong with a content file: where, and what was expected there."""

    catalogue = "content.err"


def problem(file: Path | str | None, line: int | None, key: str, **fields: object) -> Problem:
    return Problem.at(file, line, key, **fields)


class ContentError(ProblemsError):
    """Content that cannot be used; ``problems`` says where and why."""


@dataclass
class Section:
    id: str
    title: str
    minutes: int
    purpose: str
    guidance: str = ""
    prepare: str = ""
    question_ids: list[str] = field(default_factory=list)
    line: int = 0
    #: The section's own question (the article's question in the monthly follow-up): shown
    #: every time, outside the rotation. None: the section has none.
    anchor: str | None = None
    anchor_line: int = field(default=0, repr=False, compare=False)
    #: 1-based line of each entry in question_ids, for error messages.
    question_lines: list[int] = field(default_factory=list, repr=False, compare=False)


@dataclass
class Template:
    id: str
    language: str
    kind: str
    title: str
    total_minutes: int
    description: str
    sections: list[Section]
    path: Path | None = None
    #: The question the leader always asks ("what can I do so that you succeed?"), pinned to
    #: the last section until asked; front matter ``key_question``.
    key_question: str = "succeed"

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


@dataclass
class Question:
    id: str
    language: str
    theme: str
    depth: str
    text: str
    reason: str
    source: str
    path: Path | None = None
    line: int = 0


_KIND_ORDER = ("goal-setting", "follow-up", "evaluation", "annual", "check-in")


class Library:
    """Every template and question, by id and language."""

    def __init__(self, templates: list[Template], questions: list[Question]) -> None:
        self._templates = {(tpl.id, tpl.language): tpl for tpl in templates}
        self._questions = {(q.id, q.language): q for q in questions}

    def template(self, template_id: str, lang: str) -> Template:
        return self._templates[(template_id, lang)]

    def templates(self, lang: str | None = None) -> list[Template]:
        """Templates in ``lang`` (all languages when None), in the order of the year's cycle."""
        chosen = [tpl for tpl in self._templates.values() if lang is None or tpl.language == lang]

        def order(tpl: Template) -> tuple[int, str, str]:
            rank = _KIND_ORDER.index(tpl.kind) if tpl.kind in _KIND_ORDER else len(_KIND_ORDER)
            builtin_first = 0 if tpl.id == tpl.kind else 1
            return (rank * 2 + builtin_first, tpl.id, tpl.language)

        return sorted(chosen, key=order)

    def question(self, question_id: str, lang: str) -> Question:
        return self._questions[(question_id, lang)]

    def questions(self, lang: str, theme: str | None = None) -> list[Question]:
        """Questions in ``lang`` (optionally of one theme) in the order the files list them."""
        return [
            q for q in self._questions.values()
            if q.language == lang and (theme is None or q.theme == theme)
        ]

    def section_questions(self, template: Template, section_id: str) -> list[Question]:
        """The questions a template suggests for one of its sections."""
        section = template.section(section_id)
        return [self.question(qid, template.language) for qid in section.question_ids]
