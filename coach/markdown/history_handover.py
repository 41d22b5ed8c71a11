"""The hand-over records in a person's whole history: the preparations the leader imported
and the employee's reviews of summaries (with their comments).

A data access request must see them (the employee's own words, kept in the person file).
Answers the leader marked private and private review comments are left out of a shared
export by the one rule, :func:`coach.domain.visibility.may_show`, and counted.
"""

from __future__ import annotations

from datetime import datetime

from coach.domain.preparation import GOALS_PART, NEEDS_PART, RATINGS_PART, ImportedPreparation
from coach.domain.review import ImportedReview, Review, ReviewComment, Target
from coach.domain.visibility import Audience, is_private, visible
from coach.i18n import t
from coach.i18n.formats import format_date
from coach.markdown.escape import escape_block, escape_inline
from coach.markdown.prep_tables import GOAL_COLUMNS, RATING_COLUMNS
from coach.markdown.preparation_writer import part_title, progress_cell
from coach.markdown.review import decision_line


def _h(level: int, text: str) -> str:
    return "#" * level + " " + text


def _day(moment: datetime, lang: str) -> str:
    return format_date(moment.astimezone().date(), lang)


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(escape_inline(h) for h in header) + " |",
             "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(escape_inline(c) or " " for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _preparation(record: ImportedPreparation, audience: Audience, lang: str,
                 level: int) -> list[str]:
    prep = record.preparation
    title = prep.title or prep.template_id
    parts = [_h(level, escape_inline(t("history.prep.title", lang, title=title,
                                       date=format_date(prep.date, lang))))]
    imported = _day(record.imported, lang)
    parts.append(escape_inline(
        t("history.prep.meta", lang, date=imported, source=record.source) if record.source
        else t("history.prep.meta_nosource", lang, date=imported)))
    answers = visible(prep.answers, audience)
    for answer in answers:
        if not answer.text.strip():
            continue
        head = escape_inline(answer.title or answer.section_id, glued=True)
        if is_private(answer):
            head += f" *({t('visibility.private', lang)})*"
        parts.append(f"**{head}**")
        if answer.prompt.strip():
            parts.append("> *" + escape_block(answer.prompt, "> ", glued=True) + "*")
        parts.append(escape_block(answer.text))
    left_out = sum(1 for a in prep.answers if a.text.strip()) - sum(
        1 for a in answers if a.text.strip())
    if left_out:
        parts.append(t("history.prep.private_left_out", lang, count=left_out))
    if prep.goals:
        parts.append(f"**{escape_inline(part_title(GOALS_PART, lang))}**")
        parts.append(_table(
            [t(f"prep.md.goal.{c}", lang) for c in GOAL_COLUMNS],
            [[g.statement, t(f"goal.type.{g.type.value}", lang),
              t(f"goal.scope.{g.scope.value}", lang), g.measure,
              g.target_date.isoformat() if g.target_date else "", progress_cell(g, lang)]
             for g in prep.goals]))
    if prep.ratings:
        parts.append(f"**{escape_inline(part_title(RATINGS_PART, lang))}**")
        parts.append(_table(
            [t(f"prep.md.rating.{c}", lang) for c in RATING_COLUMNS],
            [[r.area, r.category, f"{r.depth} – {t(f'competence.level.{r.depth}', lang)}",
              r.comment] for r in prep.ratings]))
    if prep.needs.strip():
        parts += [f"**{escape_inline(part_title(NEEDS_PART, lang))}**",
                  escape_block(prep.needs)]
    return parts


def _comment_heading(comment: ReviewComment, lang: str) -> str:
    if comment.target is Target.WHOLE:
        return t("review.md.on_whole", lang)
    key = "review.md.on_agreement" if comment.target is Target.AGREEMENT else \
        "review.md.on_action"
    return t(key, lang, about=comment.about)


def _review(review: Review, audience: Audience, lang: str) -> list[str]:
    parts = [f"**{escape_inline(decision_line(review, lang), glued=True)}**"]
    for comment in visible(review.comments, audience):
        head = escape_inline(_comment_heading(comment, lang), glued=True)
        if is_private(comment):
            head += f" ({t('visibility.private', lang)})"
        parts += [f"*{head}:*", escape_block(comment.text)]
    return parts


def preparations_part(records: list[ImportedPreparation], audience: Audience, lang: str,
                      level: int = 2) -> list[str]:
    """Every imported preparation, oldest first, under one heading ``level`` deep."""
    heading = _h(level, t("history.preparations", lang))
    if not records:
        return [heading, t("history.preparations.none", lang)]
    parts = [heading]
    for record in sorted(records, key=lambda r: r.imported):
        parts += _preparation(record, audience, lang, level + 1)
    return parts


def reviews_part(records: list[ImportedReview], titles: dict[str, str], audience: Audience,
                 lang: str, level: int = 2) -> list[str]:
    """Every review the employee sent back, oldest first: what it is about (``titles``:
    conversation id to its title and date), the decision and each comment."""
    heading = _h(level, t("history.reviews", lang))
    if not records:
        return [heading, t("history.reviews.none", lang)]
    parts = [heading]
    for record in sorted(records, key=lambda r: r.imported):
        # The summary's title as the employee saw it; else the conversation's own.
        what = record.review.title or titles.get(record.conversation_id) or \
            t("history.review.unknown", lang)
        parts.append(_h(level + 1, escape_inline(t("history.review.title", lang, what=what))))
        parts.append(escape_inline(t("history.review.meta", lang,
                                     date=_day(record.imported, lang),
                                     source=record.source or "–")))
        parts += _review(record.review, audience, lang)
    return parts
