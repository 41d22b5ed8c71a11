"""What an export and the person view say of an employee's review: who confirmed (or has
remarks) and when, and each comment. Apart from ``review`` so that ``exporting`` can read
it without importing the module that writes reviews (which uses ``exporting``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.domain.review import ImportedReview, Review, ReviewComment, Target
from coach.domain.visibility import Audience, visible
from coach.i18n import t
from coach.markdown.escape import escape_inline
from coach.markdown.review import decision_line

if TYPE_CHECKING:
    from coach.store import Store


def latest_review(store: Store, person_id: str, conversation_id: str) -> ImportedReview | None:
    found = [r for r in store.reviews(person_id) if r.conversation_id == conversation_id]
    return found[-1] if found else None


def comment_heading(comment: ReviewComment, lang: str) -> str:
    if comment.target is Target.WHOLE:
        return t("review.md.on_whole", lang)
    key = "review.md.on_agreement" if comment.target is Target.AGREEMENT else \
        "review.md.on_action"
    return t(key, lang, about=comment.about)


def status_blocks(review: Review, lang: str, current: str | None = None) -> list[str]:
    """The review as Markdown quote blocks for an export's top: who confirmed (or has
    remarks) and when, then each comment. ``current``: the digest the export has now; a
    review of another version says so."""
    lines = [f"> **{escape_inline(decision_line(review, lang), glued=True)}**"]
    if current is not None and current != review.digest:
        lines += [">", "> " + escape_inline(t("review.earlier_version", lang))]
    # A shared output (the summary's export): the one rule decides each comment.
    for comment in visible(review.comments, Audience.SHARED):
        lines += [">", f"> *{escape_inline(comment_heading(comment, lang), glued=True)}:*", ">"]
        lines += ["> " + line if line else ">" for line in comment.text.split("\n")]
    return ["\n".join(lines)]
