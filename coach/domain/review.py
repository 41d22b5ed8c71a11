"""The employee's review of an agreed summary: they read it, comment, and either confirm it
or say they have remarks. The review names exactly which text it is about (the summary's
digest), so the leader's record can say who confirmed what, and when."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from coach.domain.records import new_id, utcnow
from coach.domain.visibility import Visibility

#: The format version of the review file (``coach_review`` in its front matter).
REVIEW_VERSION = 1


class Decision(enum.StrEnum):
    CONFIRMED = "confirmed"
    REMARKS = "remarks"


class Target(enum.StrEnum):
    """What a comment is about."""

    WHOLE = "whole"
    AGREEMENT = "agreement"
    ACTION = "action"


@dataclass
class ReviewComment:
    target: Target
    text: str
    #: The agreement's or action item's text as the summary shows it ("" for the whole).
    about: str = ""
    #: The employee sends a comment to the leader: shared by nature. The one rule
    #: (``visibility.may_show``) still decides, as for every record with user text.
    visibility: Visibility = Visibility.SHARED

    def __post_init__(self) -> None:
        self.target = Target(self.target)
        self.visibility = Visibility(self.visibility)


@dataclass
class Review:
    conversation_id: str
    #: ``sha256:<hex>`` of the summary's shared content, as its front matter gave it.
    digest: str
    decision: Decision
    date: date
    language: str = "en"
    person: str = ""
    #: The summary's title line, for a human reader of the review file.
    title: str = ""
    comments: list[ReviewComment] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.decision = Decision(self.decision)

    @property
    def confirmed(self) -> bool:
        return self.decision is Decision.CONFIRMED


@dataclass
class ImportedReview:
    """A review the leader imported: kept with the conversation's person, shared."""

    person_id: str
    review: Review
    source: str = ""
    id: str = field(default_factory=new_id)
    imported: datetime = field(default_factory=utcnow)

    @property
    def conversation_id(self) -> str:
        return self.review.conversation_id
