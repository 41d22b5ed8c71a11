"""The agreed summary comes back: the employee reviews it, the leader imports the review.

One code path for the CLI (``coach reflect --review``, ``coach import-review``) and the TUI
(the review screen, ``i`` where a summary is shown). No Textual.

- The employee reads the shared summary file (:func:`read_summary`: its front matter names
  the conversation and the digest of its shared content; a file changed since its export is
  refused), comments and decides (:func:`make_review`), and writes the review file beside
  the summary (:func:`default_review_path`, :func:`write_review`).
- The leader imports the review (:func:`import_review`): it must name a conversation in
  this store and the digest of that conversation's shared summary as it stands now (in
  either language); then it is kept with the person, shared, and every later shared export
  and the person view say who confirmed what, and when (:func:`status_blocks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coach.domain.conversations import Conversation
from coach.domain.review import Decision, ImportedReview, Review, ReviewComment, Target
from coach.i18n import LANGS, t
from coach.limits import read_limited
from coach.markdown.digest import DIGEST_PATTERN, content_digest, shared_content
from coach.markdown.prep_problems import inline_text, md, md_struck
from coach.markdown.review import (
    ReviewError,
    ReviewProblem,
    decision_line,
    long_date,
    read_review,
    render_review,
)
from coach.services.output import write_export
from coach.services.review_status import (  # noqa: F401  (one module to import from)
    comment_heading,
    latest_review,
    status_blocks,
)

if TYPE_CHECKING:
    from coach.content import Library
    from coach.store import Store


@dataclass
class SharedSummary:
    """A shared summary file as the employee received it."""

    path: Path
    text: str
    conversation_id: str
    digest: str
    language: str
    person: str = ""
    title: str = ""
    day: date | None = None
    #: (target, text) of each agreement and action item, in the file's order.
    items: list[tuple[Target, str]] = field(default_factory=list)
    #: The statements of the person's active goals when it was exported (front matter
    #: ``goals:``): what the employee's next preparation reports progress on.
    goals: list[str] = field(default_factory=list)


def _summary_items(text: str, lang: str) -> list[tuple[Target, str]]:
    headings = {t("export.agreements", lang): Target.AGREEMENT,
                t("export.action_items", lang): Target.ACTION}
    tokens = md_struck().parse(text)
    out: list[tuple[Target, str]] = []
    current: Target | None = None
    depth = 0
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            current = headings.get(inline_text(tokens[i + 1]).strip())
        elif tok.type == "list_item_open":
            depth += 1
        elif tok.type == "list_item_close":
            depth -= 1
        elif tok.type == "inline" and current is not None and depth == 1 and \
                tokens[i - 1].type == "paragraph_open":
            out.append((current, _item_text(tok, current)))
    return out


def _item_text(tok, target: Target) -> str:
    """An item's text: an action item without its box and its *(owner, due)* tail."""
    children = list(tok.children or [])
    if target is Target.ACTION:
        while children and children[-1].type in ("em_close", "text") and \
                not children[-1].content.strip(" )"):
            children.pop()
        if "em_open" in [c.type for c in children]:
            last = max(i for i, c in enumerate(children) if c.type == "em_open")
            children = children[:last]
    from markdown_it.token import Token  # lazy: start-up (markdown-it is slow to import)

    holder = Token("inline", "", 0, children=children)
    text = inline_text(holder).strip()
    return re.sub(r"^\[[ xX]\]\s*", "", text)


def read_summary(path: str | Path) -> SharedSummary:
    """The shared summary file (ReviewError with file:line when it is not one, or was
    changed since its export; OSError when it cannot be read)."""
    import yaml  # lazy: start-up (this module is read at start-up; yaml is slow)

    path = Path(path).expanduser()
    raw = read_limited(path)  # TooLarge (an OSError) above 1 MB
    where = str(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReviewError([ReviewProblem.at(where, raw[: exc.start].count(b"\n") + 1,
                                            "utf8")]) from None
    text = re.sub(r"\r\n?", "\n", text)
    tokens = md().parse(text)
    if not tokens or tokens[0].type != "front_matter":
        raise ReviewError([ReviewProblem.at(where, 1, "summary_not_shared")])
    try:
        meta = yaml.safe_load(tokens[0].content)
    except yaml.YAMLError as exc:
        raise ReviewError([ReviewProblem.at(where, 1, "yaml", reason=str(exc)[:200])]) from None
    end = tokens[0].map[1] if tokens[0].map else 1
    if not isinstance(meta, dict) or meta.get("contents") != "shared" or not isinstance(
            meta.get("digest"), str) or not DIGEST_PATTERN.match(meta["digest"]) or \
            not isinstance(meta.get("conversation_id"), str):
        raise ReviewError([ReviewProblem.at(where, 1, "summary_not_shared")])
    body = "\n".join(text.split("\n")[end:])
    if content_digest(shared_content(body)) != meta["digest"]:
        line = next((n for n, ln in enumerate(text.split("\n"), 1)
                     if ln.startswith("digest:")), 1)
        raise ReviewError([ReviewProblem.at(where, line, "summary_changed")])
    goals = meta.get("goals", [])
    if not isinstance(goals, list) or not all(isinstance(g, str) and g.strip()
                                              for g in goals):
        line = next((n for n, ln in enumerate(text.split("\n"), 1)
                     if ln.startswith("goals:")), 1)
        raise ReviewError([ReviewProblem.at(where, line, "summary_goals")])
    lang: str = meta["language"] if meta.get("language") in LANGS else "en"
    day = meta.get("date") if isinstance(meta.get("date"), date) else None
    title = str(meta.get("title") or "")
    if day is not None:
        title = f"{title} {long_date(day, lang)}".strip()
    return SharedSummary(path, text, meta["conversation_id"], meta["digest"], lang,
                         str(meta.get("person") or ""), title, day, _summary_items(body, lang),
                         [" ".join(g.split()) for g in goals])


def make_review(summary: SharedSummary, decision: Decision | str, today: date, lang: str,
                comments: list[ReviewComment] | None = None) -> Review:
    return Review(summary.conversation_id, summary.digest, Decision(decision), today,
                  lang if lang in LANGS else summary.language, summary.person, summary.title,
                  [c for c in comments or [] if c.text.strip()])


def default_review_path(summary_path: Path, lang: str) -> Path:
    """Beside the summary: ``<summary name>-gjennomgang.md`` / ``-review.md``."""
    return summary_path.with_name(f"{summary_path.stem}-{t('review.file.suffix', lang)}.md")


def write_review(path: Path, review: Review) -> Path:
    return write_export(path, render_review(review))


# -- the leader's side ----------------------------------------------------------------------
def current_digests(store: Store, conversation_id: str, library: Library | None = None
                    ) -> set[str]:
    """The digest of the conversation's shared summary as it stands now, in each language
    (with the template's title, and without it when the export had no library)."""
    # lazy: start-up -- the prepare screen reads a person's last review through this
    # module; the exporters (coach.services.exporting and the Markdown it loads, ~50 ms)
    # are needed only to write or check a summary.
    from coach.services.exporting import shared_digest

    return {shared_digest(store, conversation_id, lang, lib) for lang in LANGS
            for lib in {id(library): library, 0: None}.values()}


def _line_of(path: Path, key: str) -> int | None:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return next((n for n, ln in enumerate(lines, 1) if ln.startswith(f"{key}:")), None)


def check_review(store: Store, path: str | Path, library: Library | None = None
                 ) -> tuple[Review, Conversation]:
    """The review and its conversation, or ReviewError (file:line) when it is not for a
    conversation here, or for another version of its summary."""
    path = Path(path).expanduser()
    review = read_review(path)
    try:
        conversation = store.conversation(review.conversation_id)
    except KeyError:
        raise ReviewError([ReviewProblem.at(path, _line_of(path, "conversation_id"),
                                            "unknown_conversation",
                                            id=review.conversation_id)]) from None
    if review.digest not in current_digests(store, conversation.id, library):
        raise ReviewError([ReviewProblem.at(path, _line_of(path, "digest"),
                                            "other_version")])
    return review, conversation


def import_review(store: Store, path: str | Path, library: Library | None = None
                  ) -> ImportedReview:
    """Keep the employee's review with the conversation's person (nothing on an error)."""
    review, conversation = check_review(store, path, library)
    record = ImportedReview(conversation.person_id, review, str(path))
    store.save_review(record)
    return record


def last_review(store: Store, person_id: str) -> ImportedReview | None:
    """The newest review the person's employee sent back (shown before the next talk)."""
    found = store.reviews(person_id)
    return found[-1] if found else None


def person_review_lines(store: Store, person_id: str, lang: str) -> list[str]:
    """One line per conversation the employee has reviewed, newest conversation first:
    "Månedlig oppfølging 02.12.2026: Bekreftet av medarbeider 03.12.2026"."""
    latest: dict[str, ImportedReview] = {}
    for record in store.reviews(person_id):
        latest[record.conversation_id] = record
    rows = []
    for conversation_id, record in latest.items():
        try:
            conversation = store.conversation(conversation_id)
        except KeyError:
            continue
        day = conversation.when.astimezone().date()
        what = f"{conversation.title or conversation.template_id} {long_date(day, lang)}"
        line = f"{what}: {decision_line(record.review, lang)}"
        if record.review.comments:
            line += " " + t("review.person.comments", lang, count=len(record.review.comments))
        rows.append((day, line))
    return [line for _day, line in sorted(rows, reverse=True)]
