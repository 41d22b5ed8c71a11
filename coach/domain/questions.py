"""Which questions to show in a section, so the same person is not asked the same thing, while
the questions that matter every time stay in front of the leader.

Three kinds of question, three rules:

- A section's **anchor question** (the article's six questions in the monthly follow-up, or
  whatever a template names with ``anchor:``) is the section's own question. It is shown on
  its own, every time, outside the rotation.
- The **key question** ("what can I do so that you succeed?", or the template's own wording,
  ``key_question:`` in its front matter) is an invariant of the conversation, not of a page:
  until it is marked asked *in this conversation* it is pinned to every page of the last
  section, and ``ConversationQuestions.key_question_open()`` names it (the end dialog says so).
  Asking another question of the same theme does not count.
- The **exploratory questions** rotate: the deck orders the candidates once, the section's
  own questions first, then questions of the same themes from the bank; within that,
  questions not asked with this person in their last three conversations come before those
  that were, each group shuffled with a seed (the conversation id is a good one) so the order
  is varied yet reproducible. Questions already asked in this conversation are left out.
  ``suggestions()`` shows a page; ``more()`` turns to the next page and starts over once every
  candidate has been shown.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

#: The id of "what can I do so that you succeed?"; its theme is the fallback.
SUCCEED_ID = "succeed"
SUCCEED_THEME = "leader-support"
PAGE_SIZE = 3
#: How many earlier conversations count as "recently asked".
RECENT_CONVERSATIONS = 3


class QuestionLike(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def theme(self) -> str: ...

    @property
    def depth(self) -> str: ...

    @property
    def text(self) -> str: ...


def recently_asked(asked_per_conversation: Iterable[Collection[str]]) -> set[str]:
    """The ids asked in the last ``RECENT_CONVERSATIONS`` conversations (oldest first in)."""
    recent = list(asked_per_conversation)[-RECENT_CONVERSATIONS:]
    return {qid for asked in recent for qid in asked}


def find_key_question(
    bank: Iterable[QuestionLike], key_id: str | None = SUCCEED_ID, own: Sequence[str] = ()
) -> QuestionLike | None:
    """The key question: ``key_id`` from the bank, else the first leader-support question of
    ``own`` (the last section's list), else the bank's first leader-support question."""
    by_id = {q.id: q for q in bank}
    if key_id and key_id in by_id:
        return by_id[key_id]
    for qid in own:
        q = by_id.get(qid)
        if q is not None and q.theme == SUCCEED_THEME:
            return q
    return next((q for q in by_id.values() if q.theme == SUCCEED_THEME), None)


class QuestionDeck:
    """The suggested exploratory questions for one section of one conversation."""

    def __init__(
        self,
        section_question_ids: Sequence[str],
        bank: Iterable[QuestionLike],
        *,
        recent: Collection[str] = (),
        asked: Collection[str] = (),
        last_section: bool = False,
        seed: int | str = 0,
        size: int = PAGE_SIZE,
        anchor: str | None = None,
        key_question: str | None = SUCCEED_ID,
    ) -> None:
        self.size = max(1, size)
        self.asked: set[str] = set(asked)
        self._by_id = {q.id: q for q in bank}
        self.anchor: QuestionLike | None = self._by_id.get(anchor) if anchor else None
        self._pinned_q = (
            find_key_question(self._by_id.values(), key_question, section_question_ids)
            if last_section else None
        )
        self._order = self._candidates(section_question_ids, set(recent), random.Random(seed))
        self._pos = 0
        self._page: list[QuestionLike] = []
        self._fill()

    # -- building ---------------------------------------------------------------------------
    def _candidates(
        self, own_ids: Sequence[str], recent: set[str], rng: random.Random
    ) -> list[str]:
        own = [qid for qid in dict.fromkeys(own_ids) if qid in self._by_id]
        themes = {self._by_id[qid].theme for qid in own}
        outside = {q.id for q in (self._pinned_q, self.anchor) if q is not None}
        own = [qid for qid in own if qid not in outside]
        same_theme = sorted(
            q.id for q in self._by_id.values()
            if q.theme in themes and q.id not in own and q.id not in outside
        )
        groups: list[list[str]] = []
        for pool in (own, same_theme):
            fresh = [q for q in pool if q not in recent]
            stale = [q for q in pool if q in recent]
            rng.shuffle(fresh)
            rng.shuffle(stale)
            groups.append(fresh)
            groups.append(stale)
        # Fresh own, fresh same-theme, then recently asked own, recently asked same-theme.
        return groups[0] + groups[2] + groups[1] + groups[3]

    def _pinned(self) -> QuestionLike | None:
        if self._pinned_q is None or self._pinned_q.id in self.asked:
            return None
        return self._pinned_q

    def _open(self) -> list[str]:
        return [qid for qid in self._order if qid not in self.asked]

    def _fill(self) -> None:
        page: list[QuestionLike] = []
        pinned = self._pinned()
        if pinned is not None:
            page.append(pinned)
        open_ids = self._open()
        if self._pos >= len(open_ids):
            self._pos = 0
        room = self.size - len(page)
        chosen = open_ids[self._pos : self._pos + room]
        self._pos += len(chosen)
        page.extend(self._by_id[qid] for qid in chosen)
        self._page = page

    # -- use --------------------------------------------------------------------------------
    def suggestions(self) -> list[QuestionLike]:
        """The questions on show now (at most ``size``); the pinned key question first.

        Questions asked since the page was turned stay on it (the screen ticks them)."""
        return list(self._page)

    def more(self) -> list[QuestionLike]:
        """Turn to the next suggestions; after the last candidate, start over."""
        self._fill()
        return self.suggestions()

    def mark_asked(self, question_id: str) -> None:
        """Remember a question as asked; it is not suggested again in this conversation."""
        if question_id in self._open()[: self._pos]:
            # Keep the page position stable: the asked one was already passed.
            self._pos -= 1
        self.asked.add(question_id)

    @property
    def remaining(self) -> int:
        """How many candidates have not been asked in this conversation."""
        return len(self._open())


@dataclass(frozen=True)
class SectionQuestions:
    """What a template says about one section's questions."""

    question_ids: tuple[str, ...] = ()
    anchor: str | None = None


class ConversationQuestions:
    """Every section's deck of one conversation, the asked set they share, the key question.

    ``sections`` are in the clock's order (the last one holds the pinned key question).
    """

    def __init__(
        self,
        sections: Sequence[SectionQuestions],
        bank: Iterable[QuestionLike],
        *,
        recent: Collection[str] = (),
        asked: Iterable[str] = (),
        seed: int | str = 0,
        key_question: str | None = SUCCEED_ID,
        size: int = PAGE_SIZE,
    ) -> None:
        self.sections = list(sections)
        self.bank = list(bank)
        self.recent = set(recent)
        self.asked: list[str] = list(dict.fromkeys(asked))
        self.seed = seed
        self.size = size
        last_own = self.sections[-1].question_ids if self.sections else ()
        self.key_question = find_key_question(self.bank, key_question, last_own)
        self._decks: dict[int, QuestionDeck] = {}

    def deck(self, index: int) -> QuestionDeck:
        if index not in self._decks:
            spec = self.sections[index]
            self._decks[index] = QuestionDeck(
                spec.question_ids,
                self.bank,
                recent=self.recent,
                asked=self.asked,
                last_section=index == len(self.sections) - 1,
                seed=f"{self.seed}:{index}",
                size=self.size,
                anchor=spec.anchor,
                key_question=self.key_question.id if self.key_question else None,
            )
        return self._decks[index]

    def anchor(self, index: int) -> QuestionLike | None:
        return self.deck(index).anchor

    def mark_asked(self, question_id: str) -> bool:
        """Remember ``question_id`` as asked here; False when it already was."""
        if question_id in self.asked:
            return False
        self.asked.append(question_id)
        for deck in self._decks.values():
            deck.mark_asked(question_id)
        return True

    def key_question_open(self) -> QuestionLike | None:
        """The key question while it has not been marked asked in this conversation."""
        if self.key_question is None or self.key_question.id in self.asked:
            return None
        return self.key_question
