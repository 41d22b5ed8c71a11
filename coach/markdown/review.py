"""The review file: the employee's answer to an agreed summary, and its one parser.

::

    ---
    coach_review: 1
    conversation_id: 5f0c…
    digest: sha256:…            # the summary's, from its front matter
    decision: confirmed         # or: remarks
    date: 2026-12-03
    language: nb
    person: Kari Nordmann
    check: sha256:…             # of this review's content: a changed file is refused
    ---

    # Gjennomgang: Månedlig oppfølging 02.12.2026

    **Bekreftet av medarbeider 03.12.2026**

    ## Kommentar til hele oppsummeringen

    The comment, in Markdown, as written.

    ## Kommentar til avtalen: Fredag uten møter

    …

Errors name the file and line; nothing is read while any stands.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path

from coach.domain.review import REVIEW_VERSION, Decision, Review, ReviewComment, Target
from coach.errors import Problem as BaseProblem
from coach.errors import ProblemsError
from coach.i18n import LANGS, t
from coach.i18n.formats import format_long_date
from coach.limits import read_limited
from coach.markdown.digest import DIGEST_PATTERN, content_digest
from coach.markdown.escape import escape_inline, tidy
from coach.markdown.front_matter import iso_date, key_line, load, parse_tokens
from coach.markdown.prep_body import split, text_section
from coach.markdown.prep_problems import fold
from coach.markdown.preparation_writer import answer_markdown

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")
_HEADING_KEYS = {Target.WHOLE: "review.md.on_whole", Target.AGREEMENT: "review.md.on_agreement",
                 Target.ACTION: "review.md.on_action"}


class ReviewProblem(BaseProblem):
    catalogue = "review.err"


class ReviewError(ProblemsError):
    """A review file that cannot be read; ``problems`` says where and why."""


class _Reader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.lines: list[str] = []
        self.problems: list[ReviewProblem] = []

    def add(self, line: int | None, key: str, **fields: object) -> None:
        self.problems.append(ReviewProblem.at(self.path, line, key, **fields))


# -- the decision as words ------------------------------------------------------------------
def long_date(day: _dt.date, lang: str) -> str:
    """03.12.2026 in bokmål, 3 December 2026 in English (the one formatter's long form)."""
    return format_long_date(day, lang)


def decision_line(review: Review, lang: str) -> str:
    """"Bekreftet av medarbeider 03.12.2026" / "Confirmed by the employee on 3 December
    2026", or that the employee has remarks."""
    key = "review.confirmed" if review.confirmed else "review.remarks"
    return t(key, lang, date=long_date(review.date, lang))


# -- writing --------------------------------------------------------------------------------
def _check(review: Review) -> str:
    content = {
        "conversation_id": review.conversation_id,
        "digest": review.digest,
        "decision": review.decision.value,
        "date": review.date.isoformat(),
        "comments": [[c.target.value, c.about, c.text] for c in review.comments],
    }
    return content_digest(json.dumps(content, ensure_ascii=False, sort_keys=True))


def normalise_review(review: Review) -> Review:
    comments = [ReviewComment(c.target, answer_markdown(c.text, prompted=False),
                              " ".join(tidy(c.about).split()))
                for c in review.comments if tidy(c.text)]
    return Review(review.conversation_id, review.digest, review.decision, review.date,
                  review.language if review.language in LANGS else "en",
                  " ".join(review.person.split()), " ".join(review.title.split()), comments)


def _heading(comment: ReviewComment, lang: str) -> str:
    if comment.target is Target.WHOLE:
        return t(_HEADING_KEYS[Target.WHOLE], lang)
    return t(_HEADING_KEYS[comment.target], lang, about="\0").replace(
        "\0", escape_inline(comment.about))


def render_review(review: Review) -> str:
    import yaml  # lazy: start-up (this module is read at start-up; yaml is slow)

    review = normalise_review(review)
    lang = review.language
    meta = {
        "coach_review": REVIEW_VERSION,
        "conversation_id": review.conversation_id,
        "digest": review.digest,
        "decision": review.decision.value,
        "date": review.date,
        "language": lang,
        "person": review.person,
        "title": review.title,
        "check": _check(review),
    }
    out = ["---", yaml.safe_dump(meta, allow_unicode=True, sort_keys=False,
                                 width=10_000).rstrip("\n"), "---", ""]
    out += ["# " + escape_inline(t("review.md.title", lang, title=review.title)), ""]
    out += [f"**{decision_line(review, lang)}**", ""]
    for comment in review.comments:
        out += ["## " + _heading(comment, lang), "", comment.text, ""]
    return "\n".join(out)


# -- reading --------------------------------------------------------------------------------
def _read_meta(r: _Reader, source: str) -> tuple[Review, dict[str, int]] | None:
    meta = load(r, source, "not_review")
    if meta is None:
        return None
    lines = {key: key_line(source, key) if key in meta else 1 for key in (
        "coach_review", "conversation_id", "digest", "decision", "date", "language", "check")}
    version = meta.get("coach_review")
    if version is None:
        r.add(1, "not_review")
        return None
    if version != REVIEW_VERSION:
        r.add(lines["coach_review"], "version", found=version, expected=REVIEW_VERSION)
    conversation_id = meta.get("conversation_id")
    if not isinstance(conversation_id, str) or not _ID.match(conversation_id):
        r.add(lines["conversation_id"], "conversation_id")
    digest = meta.get("digest")
    if not isinstance(digest, str) or not DIGEST_PATTERN.match(digest):
        r.add(lines["digest"], "digest")
    decision = meta.get("decision")
    if decision not in {d.value for d in Decision}:
        r.add(lines["decision"], "decision", found=decision)
    when = iso_date(meta.get("date"), times=False)
    if when is None:
        r.add(lines["date"], "date")
    lang = meta.get("language")
    if lang not in LANGS:
        r.add(lines["language"], "language", found=lang)
    check = meta.get("check")
    if not isinstance(check, str) or not DIGEST_PATTERN.match(check):
        r.add(lines["check"], "check_missing")
    if r.problems:
        return None
    person, title = meta.get("person") or "", meta.get("title") or ""
    # Every field was checked above (a problem for each that was not as expected).
    assert isinstance(conversation_id, str) and isinstance(digest, str)
    assert isinstance(decision, str) and when is not None and isinstance(lang, str)
    review = Review(conversation_id, digest, Decision(decision), when, lang,
                    person if isinstance(person, str) else "",
                    title if isinstance(title, str) else "")
    lines["_check_value"] = check  # type: ignore[assignment]
    return review, lines


def _target(text: str) -> tuple[Target, str] | None:
    for lang in LANGS:
        if fold(text) == fold(t(_HEADING_KEYS[Target.WHOLE], lang)):
            return Target.WHOLE, ""
        for target in (Target.AGREEMENT, Target.ACTION):
            before, _, after = t(_HEADING_KEYS[target], lang, about="\0").partition("\0")
            if text.startswith(before) and text.endswith(after) and len(text) > len(before):
                return target, text[len(before): len(text) - len(after) if after else None]
    return None


def parse_review(text: str | bytes, path: str | Path = "<review>") -> Review:
    """Read a review file; ReviewError lists every problem with file and line."""
    r = _Reader(str(path))
    tokens = parse_tokens(r, text)
    if tokens is None:
        raise ReviewError(r.problems)
    read = _read_meta(r, tokens[0].content)
    if read is None:
        raise ReviewError(r.problems)
    review, lines = read
    _title, groups = split(tokens, r)  # text before the first ## is the title and decision
    r.problems = [p for p in r.problems if p.key != "before_sections"]
    for heading in groups:
        target = _target(heading.text)
        if target is None:
            r.add(heading.line, "unknown_heading", title=heading.text)
            continue
        comment = text_section(r, heading.blocks, None, False)[1]
        if comment:
            review.comments.append(ReviewComment(target[0], comment, target[1]))
    if not r.problems and _check(review) != lines["_check_value"]:
        r.add(lines["check"], "tampered")
    if r.problems:
        raise ReviewError(r.problems)
    return review


def read_review(path: str | Path) -> Review:
    path = Path(path)
    return parse_review(read_limited(path), path)
