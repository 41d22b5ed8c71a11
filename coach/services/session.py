"""A conversation in progress: its clock, entries, questions and the open action items.

The session changes records in memory on the caller's thread; each method that changes
something returns the records to write, and ``persist`` writes them, so the TUI can do the
writing in a worker off the event loop while the CLI and tests call it directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coach.content import Library, Template
from coach.domain.actions import ActionItem, ActionStatus, Owner
from coach.domain.agenda import AgendaClock, ClockState
from coach.domain.competence import CompetenceArea
from coach.domain.conversations import (
    Conversation,
    ConversationStatus,
    Entry,
    EntryKind,
    Visibility,
)
from coach.domain.goals import Goal
from coach.domain.notes import parse_note
from coach.domain.people import Person
from coach.domain.questions import (
    ConversationQuestions,
    QuestionDeck,
    QuestionLike,
    SectionQuestions,
    recently_asked,
)
from coach.domain.records import utcnow
from coach.domain.summary import Summary, summarise
from coach.domain.visibility import derived
from coach.services.exporting import template_title
from coach.services.starting import new_conversation

if TYPE_CHECKING:
    from coach.store import Store

#: The section where the previous action items are followed up.
SINCE_LAST_TIME = "since-last-time"



@dataclass(frozen=True)
class Deletion:
    """An entry to remove (a draft emptied before it was finished)."""

    entry: Entry


Record = Conversation | Entry | ActionItem | Deletion | Goal | CompetenceArea


class LiveSession:
    def __init__(
        self,
        store: Store,
        library: Library,
        conversation: Conversation,
        *,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.library = library
        self.conversation = conversation
        self.person: Person = store.person(conversation.person_id)
        self.entries: list[Entry] = store.entries(conversation.id)
        self.clock = (
            AgendaClock.from_dict(conversation.clock_state, now=now)
            if conversation.clock_state
            else AgendaClock(conversation.sections, now=now)
        )
        self.actions: list[ActionItem] = store.actions(conversation.person_id)
        self.draft: Entry | None = None
        # A conversation left mid-sentence (a crash, a killed terminal): what was being typed
        # becomes an entry of its own, read by its prefix, so nothing typed is lost or shared
        # by mistake.
        for left in [e for e in self.entries if e.draft]:
            self.draft = left
            self.persist(self.commit_draft())
        self.questions = self._questions()

    # -- starting ---------------------------------------------------------------------------
    @classmethod
    def begin(cls, store: Store, library: Library, person: Person, template: Template,
              order: list[str] | None = None, **kwargs) -> LiveSession:
        """``order``: let an employee's preparation lead (see ``new_conversation``)."""
        conversation = new_conversation(person, template, order=order)
        store.save_conversation(conversation)
        return cls(store, library, conversation, **kwargs)

    @classmethod
    def resume(cls, store: Store, library: Library, conversation_id: str, **kwargs) -> LiveSession:
        return cls(store, library, store.conversation(conversation_id), **kwargs)

    @property
    def day(self) -> date:
        """The conversation's calendar day where the user is: due dates resolve against it."""
        when = self.conversation.when
        return when.astimezone().date() if when.tzinfo else when.date()

    def names(self) -> tuple[str, ...]:
        """The employee's names as an ``@owner`` mark may give them (``@emil``)."""
        parts = self.person.name.split()
        return tuple(dict.fromkeys([*parts[:1], self.person.name.replace(" ", "")]))

    def parse(self, text: str, default: EntryKind = EntryKind.NOTE):
        """``parse_note`` with this conversation's day and the employee's names."""
        return parse_note(text, default, today=self.day, names=self.names())

    @property
    def lang(self) -> str:
        return self.conversation.language

    @property
    def template(self) -> Template | None:
        try:
            return self.library.template(self.conversation.template_id, self.lang)
        except KeyError:
            return None

    @property
    def title(self) -> str:
        return template_title(self.library, self.conversation)

    # -- the clock --------------------------------------------------------------------------
    def sync(self) -> Conversation:
        """Copy the clock into the conversation record (timings, section, clock state)."""
        conv = self.conversation
        conv.sections = self.clock.timings()
        conv.current_section = self.clock.index
        conv.clock_state = self.clock.to_dict()
        return conv

    def start(self) -> list[Record]:
        if not self.clock.start():
            return []
        if self.conversation.started_at is None:
            self.conversation.started_at = utcnow()
        self.conversation.status = ConversationStatus.IN_PROGRESS
        return [self.sync()]

    def clock_changed(self) -> list[Record]:
        """After any clock operation (pause, next, +2, skip, rebalance): what to save."""
        return [self.sync()]

    def end(self) -> list[Record]:
        out = self.commit_draft()
        self.clock.end()
        self.conversation.status = ConversationStatus.COMPLETED
        self.conversation.ended_at = utcnow()
        if self.conversation.started_at is None:
            self.conversation.started_at = self.conversation.ended_at
        return out + [self.sync()]

    # -- questions --------------------------------------------------------------------------
    def _recently_asked(self) -> set[str]:
        earlier = [
            s for s in self.store.conversation_summaries(self.person.id)
            if s.id != self.conversation.id
        ][-3:]
        return recently_asked(self.store.conversation(s.id).questions_asked for s in earlier)

    def _questions(self) -> ConversationQuestions:
        template = self.template
        specs: list[SectionQuestions] = []
        for timing in self.clock.sections:
            section = None
            if template is not None:
                try:
                    section = template.section(timing.section_id)
                except KeyError:
                    section = None
            specs.append(SectionQuestions(
                tuple(section.question_ids) if section else (),
                section.anchor if section else None,
            ))
        return ConversationQuestions(
            specs,
            self.library.questions(self.lang),
            recent=self._recently_asked(),
            asked=self.conversation.questions_asked,
            seed=self.conversation.id,
            key_question=template.key_question if template is not None else "succeed",
        )

    def deck(self, index: int | None = None) -> QuestionDeck:
        """The exploratory questions of section ``index`` (the current one by default)."""
        return self.questions.deck(self.clock.index if index is None else index)

    def anchor(self, index: int | None = None) -> QuestionLike | None:
        """The section's own question, shown every time outside the rotation."""
        return self.questions.anchor(self.clock.index if index is None else index)

    def key_question_open(self) -> QuestionLike | None:
        """The key question while it has not been asked in this conversation."""
        return self.questions.key_question_open()

    def mark_asked(self, question_id: str) -> list[Record]:
        self.questions.mark_asked(question_id)
        if question_id not in self.conversation.questions_asked:
            self.conversation.questions_asked.append(question_id)
        return [self.sync()]

    # -- notes ------------------------------------------------------------------------------
    def section_id(self) -> str:
        return self.clock.current.section_id

    def set_draft(self, text: str) -> Entry | None:
        """The text being typed; returns the draft entry to save (None if nothing typed)."""
        if self.draft is None:
            if not text.strip():
                return None
            self.draft = Entry(self.conversation.id, text, self.section_id(), draft=True)
            self.entries.append(self.draft)
        self.draft.text = text
        self.draft.updated = utcnow()
        # The prefix decides visibility while typing too: a half-typed "p: ..." autosaved
        # before it is finished must never count as a shared note.
        parsed = parse_note(text)
        self.draft.kind = parsed.kind
        self.draft.visibility = parsed.visibility
        return self.draft

    def commit_draft(
        self,
        kind: EntryKind | None = None,
        visibility: Visibility | None = None,
        owner: Owner | None = None,
        due: date | None = None,
    ) -> list[Record]:
        """Finish the entry being typed, as ``kind`` (else what its prefix says)."""
        draft, self.draft = self.draft, None
        if draft is None:
            return []
        if not draft.text.strip():
            self.entries.remove(draft)
            return [Deletion(draft)]
        parsed = self.parse(draft.text, kind or EntryKind.NOTE)
        draft.text = parsed.text.strip()
        draft.kind = kind or parsed.kind
        draft.visibility = visibility or parsed.visibility
        draft.draft = False
        draft.updated = utcnow()
        out: list[Record] = [draft]
        if draft.kind is EntryKind.ACTION_ITEM:
            action = ActionItem(
                self.person.id,
                draft.text,
                owner or parsed.owner or Owner.EMPLOYEE,
                due=due or parsed.due,
                raised_in=self.conversation.id,
                # What is made from a private entry stays private, wherever it is carried.
                visibility=derived(draft),
            )
            draft.action_id = action.id
            self.actions.append(action)
            out.append(action)
        return out

    def latest_action_entry(self) -> Entry | None:
        """This section's newest action item entry (what ctrl+e corrects)."""
        found = [e for e in self.section_entries() if e.kind is EntryKind.ACTION_ITEM]
        return found[-1] if found else None

    def action_of(self, entry: Entry) -> ActionItem | None:
        return next((a for a in self.actions if a.id == entry.action_id), None)

    def correct_action(self, entry: Entry, text: str, owner: Owner,
                       due: date | None) -> list[Record]:
        """What was understood of an action item, corrected: its entry and the item."""
        entry.text = text.strip() or entry.text
        entry.updated = utcnow()
        out: list[Record] = [entry]
        action = self.action_of(entry)
        if action is not None:
            action.text, action.owner, action.due = entry.text, owner, due
            out.append(action)
        return out

    def section_entries(self, section_id: str | None = None) -> list[Entry]:
        wanted = self.section_id() if section_id is None else section_id
        return [e for e in self.entries if e.section_id == wanted and e is not self.draft]

    # -- action items from earlier conversations --------------------------------------------
    def earlier_open_actions(self) -> list[ActionItem]:
        """Open items raised before this conversation, plus those closed in it."""
        cid = self.conversation.id
        return [
            a for a in self.actions
            if a.raised_in != cid and (a.is_open or a.closed_in == cid)
        ]

    def tick_done(self, action: ActionItem) -> list[Record]:
        if action.is_open:
            action.close(self.conversation.id)
        else:
            action.reopen()
        return [action]

    def carry_over(self, action: ActionItem, due: date | None = None) -> list[Record]:
        """Carried forward, with the new due date the leader gave (or none)."""
        action.carry_over(self.conversation.id, due)
        return [action]

    def drop(self, action: ActionItem, reason: str = "") -> list[Record]:
        """Laid aside (lagt bort), with an optional reason; again to undo."""
        if action.status is ActionStatus.DROPPED:
            action.reopen()
        else:
            action.close(self.conversation.id, dropped=True, reason=reason)
        return [action]

    def next_due_date(self) -> date:
        """When the next conversation is due: this one's day plus the person's cadence (the
        default new due date of an item carried forward)."""
        return self.day + timedelta(days=max(1, self.person.cadence_days or 30))

    # -- writing ----------------------------------------------------------------------------
    def persist(self, records: list[Record]) -> None:
        """Write records (from any thread; the Store serialises access)."""
        for record in records:
            if isinstance(record, Deletion):
                self.store.delete_entry(record.entry)
            elif isinstance(record, Conversation):
                self.store.save_conversation(record)
            elif isinstance(record, Entry):
                self.store.save_entry(record)
            elif isinstance(record, ActionItem):
                self.store.save_action(record)
            elif isinstance(record, Goal):
                self.store.save_goal(record)
            elif isinstance(record, CompetenceArea):
                self.store.save_competence(record)

    # -- the end ----------------------------------------------------------------------------
    def summary(self, *, shared: bool) -> Summary:
        return summarise(
            self.conversation,
            [e for e in self.entries if e is not self.draft],
            self.actions,
            self.store.goals(self.person.id),
            shared=shared,
        )

    @property
    def running(self) -> bool:
        return self.clock.state is ClockState.RUNNING
