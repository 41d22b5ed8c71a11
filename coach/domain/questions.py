"""Which questions to suggest in a section, so the same person is not asked the same thing.

The deck orders the candidates once: the section's own questions first, then questions of the
same themes from the bank; within that, questions not asked with this person in their last
three conversations come before those that were, each group shuffled with a seed (the
conversation id is a good one) so the order is varied yet reproducible. Questions already
asked in this conversation are left out. ``suggestions()`` shows a page; ``more()`` turns to
the next page and starts over once every candidate has been shown.

In the last section, the leader's own question ("what can I do so that you succeed?") is
pinned to every page until it has been asked in this conversation.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Sequence
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


def recently_asked(asked_per_conversation: Iterable[Collection[str]]) -> set[str]:
    """The ids asked in the last ``RECENT_CONVERSATIONS`` conversations (oldest first in)."""
    recent = list(asked_per_conversation)[-RECENT_CONVERSATIONS:]
    return {qid for asked in recent for qid in asked}


class QuestionDeck:
    """The suggested questions for one section of one conversation."""

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
    ) -> None:
        self.size = max(1, size)
        self.asked: set[str] = set(asked)
        self._by_id = {q.id: q for q in bank}
        self._succeed = self._find_succeed(section_question_ids) if last_section else None
        self._order = self._candidates(section_question_ids, set(recent), random.Random(seed))
        self._pos = 0
        self._page: list[QuestionLike] = []
        self._fill()

    # -- building ---------------------------------------------------------------------------
    def _find_succeed(self, own: Sequence[str]) -> QuestionLike | None:
        if SUCCEED_ID in self._by_id:
            return self._by_id[SUCCEED_ID]
        for qid in own:
            q = self._by_id.get(qid)
            if q is not None and q.theme == SUCCEED_THEME:
                return q
        return next((q for q in self._by_id.values() if q.theme == SUCCEED_THEME), None)

    def _candidates(
        self, own_ids: Sequence[str], recent: set[str], rng: random.Random
    ) -> list[str]:
        own = [qid for qid in dict.fromkeys(own_ids) if qid in self._by_id]
        themes = {self._by_id[qid].theme for qid in own}
        same_theme = sorted(
            q.id for q in self._by_id.values() if q.theme in themes and q.id not in own
        )
        pinned = self._succeed.id if self._succeed else None
        groups: list[list[str]] = []
        for pool in (own, same_theme):
            fresh = [q for q in pool if q not in recent and q != pinned]
            stale = [q for q in pool if q in recent and q != pinned]
            rng.shuffle(fresh)
            rng.shuffle(stale)
            groups.append(fresh)
            groups.append(stale)
        # Fresh own, fresh same-theme, then recently asked own, recently asked same-theme.
        return groups[0] + groups[2] + groups[1] + groups[3]

    def _pinned(self) -> QuestionLike | None:
        if self._succeed is None or self._succeed_asked():
            return None
        return self._succeed

    def _succeed_asked(self) -> bool:
        if self._succeed is None:
            return True
        return any(
            qid == self._succeed.id or getattr(self._by_id.get(qid), "theme", "") == SUCCEED_THEME
            for qid in self.asked
        )

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
        """The questions on show now (at most ``size``)."""
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
