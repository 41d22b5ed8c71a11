"""The privacy rule as a stateful property: whatever a leader does, in any order, no private
text reaches a shared output, and every private text is in the outputs that ask for it.

Hypothesis drives the service API (the calls the live screen, the summary screen and the CLI
make) through random sequences: people added, conversations begun, resumed and ended,
entries of every kind written shared or private (by prefix, by key, or half-typed and
autosaved), action items ticked and carried forward, goals with shared and private progress,
preparations imported, competence areas and level changes (shared and private), goals
revised with shared or private reasons, the employee's reviews with shared and private
comments, notes naming another person, people forgotten (their name redacted from the others'
notes, or not). Every text is a distinctive random marker, so
finding one in an output means it came from that record. After every step:

- no private marker is in any shared output: each conversation's shared export (the summary
  screen's ``e`` and ``coach export``), the live session's own shared summary, the history
  (``coach export --all`` and ``--since``), ``coach goals``, ``coach profile``, search by
  default;
- on the leader's own screens (the preparation view, the live screen's earlier items) every
  action item made from a private entry is marked private;
- every private marker is in the full outputs: the conversation's ``--include-private``
  export and the person's ``--all --include-private`` history; and search finds it;
- nothing of a forgotten person is in any output, full or shared, and a name redacted when
  its person was forgotten is in none either (nor in search).

Finding 1 of issue 13 (an action item written ``t: @leder …`` and committed with the private
key was stored as a shared item, shown so in the next conversation, and reached its shared
summary once ticked or carried). With the fix reverted (the item made without the entry's
visibility, the summary not filtering earlier items), from scratch (no example database):
the marking invariant fails within the first examples of every run; with that invariant
also switched off, the shared-summary leak was found in 4 runs of 4 (after 22-141 s, well
inside the 80 examples of up to 30 steps set below). Runtime on the fixed code here, on the
shared 2-core machine: about 60-100 s. With the rules for competence, goal revisions,
reviews and mentions added (issue 13, items 2 and 4): 63 s of CPU for the 80 examples (5 min
46 s of wall time with the machine under a load of 8-10), and with the fix reverted again the
marking invariant still failed in the first run (then shrunk).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    multiple,
    precondition,
    rule,
)

from coach.content import load_library
from coach.domain.actions import ActionStatus
from coach.domain.competence import CompetenceArea
from coach.domain.conversations import EntryKind, Visibility
from coach.domain.goals import Goal, Progress, ProgressEntry
from coach.domain.people import Person
from coach.domain.preparation import Answer, Preparation
from coach.domain.review import Decision, ImportedReview, Review, ReviewComment, Target
from coach.domain.summary import summarise
from coach.domain.visibility import is_private
from coach.markdown.export import export_conversation
from coach.services.exporting import (
    conversation_markdown,
    history_markdown,
    person_goals_markdown,
    person_profile_markdown,
)
from coach.services.handover import store_preparation
from coach.services.mentions import mentions_of
from coach.services.preparation_view import gather
from coach.services.privacy import forget
from coach.services.search_index import TeamSearch
from coach.services.session import LiveSession
from coach.store import Store

LIBRARY = load_library(user_dir=None)
TEMPLATES = ("follow-up", "check-in", "goal-setting", "evaluation")

#: Markers: random letters no template, label or heading contains.
marker = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=10, max_size=10)

#: The prefix a leader types for each kind (an action item with an owner, as in finding 1).
PREFIX = {
    EntryKind.ACTION_ITEM: "t: @leder ",
    EntryKind.NOTE: "",
    EntryKind.AGREEMENT: "avt: ",
    EntryKind.SUPPORT_NEED: "s: ",
    EntryKind.MASTERY_MOMENT: "m: ",
    EntryKind.LEARNING: "l: ",
}


class PrivacyMachine(RuleBasedStateMachine):
    people = Bundle("people")

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="coach-privacy-"))
        self.store = Store.open(self.tmp / "data", backup=False)
        self.sessions: dict[str, LiveSession] = {}
        #: person id -> marker texts that are private / shared.
        self.private: dict[str, set[str]] = {}
        self.shared: dict[str, set[str]] = {}
        #: conversation id -> private marker texts written in it (entries).
        self.private_in: dict[str, set[str]] = {}
        #: person id -> the marker of a half-typed draft, and whether it is private.
        self.drafts: dict[str, tuple[str, bool]] = {}
        self.forgotten: set[str] = set()
        #: Names redacted from the others' notes when their person was forgotten.
        self.redacted_names: set[str] = set()
        #: Texts of records search does not index (competence, revision reasons, reviews).
        self.unsearchable: set[str] = set()
        self.count = 0
        self.checks = 0

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _unique(self, text: str) -> str:
        self.count += 1
        return f"{text}{'bcdfghjklm'[self.count % 10]}{'npqrstvwxz'[self.count // 10 % 10]}"

    # -- people and conversations -----------------------------------------------------------
    def _person(self, name: str) -> str:
        person = Person("Person " + self._unique(name).capitalize())
        self.store.save_person(person)
        self.private[person.id] = set()
        self.shared[person.id] = set()
        return person.id

    @initialize(target=people, first=marker, second=marker)
    def two_people(self, first, second):
        return multiple(self._person(first), self._person(second))

    # People in the order they were added (ids are random: sorting by them would make the
    # same draws pick other people on a replay).
    def _live(self, which: int) -> str:
        live = [pid for pid in self.private if pid in self.sessions]
        return live[which % len(live)]

    @rule(which=st.integers(0, 9), template=st.sampled_from(TEMPLATES))
    def begin(self, which, template):
        """The next conversation with someone (the one still open with them is ended)."""
        living = list(self.private)
        pid = living[which % len(living)]
        if pid in self.sessions:
            self._end(pid)
        session = LiveSession.begin(self.store, LIBRARY, self.store.person(pid),
                                    LIBRARY.template(template, "nb"))
        session.persist(session.start())
        self.sessions[pid] = session
        self.private_in[session.conversation.id] = set()

    @precondition(lambda self: self.sessions)
    @rule(which=st.integers(0, 9))
    def resume(self, which):
        """The terminal closed: the conversation is picked up again from the store."""
        pid = self._live(which)
        self.sessions[pid] = LiveSession.resume(self.store, LIBRARY,
                                                self.sessions[pid].conversation.id)
        self._draft_committed(pid)

    @precondition(lambda self: self.sessions)
    @rule(which=st.integers(0, 9))
    def end(self, which):
        self._end(self._live(which))

    def _end(self, pid: str) -> None:
        session = self.sessions.pop(pid)
        session.persist(session.end())
        self._draft_committed(pid, session)

    # -- writing ----------------------------------------------------------------------------
    def _draft_committed(self, pid: str, session: LiveSession | None = None) -> None:
        """A half-typed draft was committed (by its prefix) by ending or resuming."""
        left = self.drafts.pop(pid, None)
        if left is None:
            return
        text, private = left
        (self.private if private else self.shared)[pid].add(text)
        if private:
            cid = (session or self.sessions[pid]).conversation.id
            self.private_in[cid].add(text)

    def _write(self, which: int, raw_prefix: str, text: str, kind: EntryKind | None,
               visibility: Visibility | None, private: bool) -> None:
        pid = self._live(which)
        session = self.sessions[pid]
        if pid in self.drafts:
            session.persist(session.commit_draft())
            self._draft_committed(pid)
        text = self._unique(text)
        session.set_draft(raw_prefix + text)
        records = session.commit_draft(kind, visibility)
        session.persist([*records, *session.clock_changed()])
        (self.private if private else self.shared)[pid].add(text)
        if private:
            self.private_in[session.conversation.id].add(text)

    @precondition(lambda self: self.sessions)
    @rule(which=st.integers(0, 9), kind=st.sampled_from(list(PREFIX)), by_key=st.booleans(),
          text=marker)
    def write_shared(self, which, kind, by_key, text):
        """A shared entry: by its prefix, or by its kind's key (ctrl+g, ctrl+t, ...)."""
        if by_key:
            self._write(which, "", text, kind, None, private=False)
        else:
            self._write(which, PREFIX[kind], text, None, None, private=False)

    @precondition(lambda self: self.sessions)
    @rule(which=st.integers(0, 9), kind=st.sampled_from(list(PREFIX)), p_prefix=st.booleans(),
          text=marker)
    def write_private(self, which, kind, p_prefix, text):
        """A private entry: ``p:``, or any prefix committed with the private key (ctrl+r)."""
        if p_prefix and kind is EntryKind.NOTE:
            self._write(which, "p: ", text, None, None, private=True)
        else:
            self._write(which, PREFIX[kind], text, None, Visibility.PRIVATE, private=True)

    @precondition(lambda self: self.sessions)
    @rule(which=st.integers(0, 9), private=st.booleans(), text=marker)
    def type_draft(self, which, private, text):
        """Half-typed and autosaved (the editor's debounce), not yet committed."""
        pid = self._live(which)
        session = self.sessions[pid]
        if pid in self.drafts:
            return
        text = self._unique(text)
        draft = session.set_draft(("p: " if private else "") + text)
        session.persist([draft])
        self.drafts[pid] = (text, private)
        # Until committed it must not leak either.
        if private:
            self.private[pid].add(text)
            self.private_in[session.conversation.id].add(text)
        else:
            self.shared[pid].add(text)

    @precondition(lambda self: self.sessions)
    @rule(who=st.integers(0, 9), which=st.integers(0, 5), carry=st.booleans())
    def follow_up(self, who, which, carry):
        """Tick (or untick) or carry over an action item from an earlier conversation."""
        session = self.sessions[self._live(who)]
        earlier = session.earlier_open_actions()
        if not earlier:
            return
        action = earlier[which % len(earlier)]
        session.persist(session.carry_over(action) if carry else session.tick_done(action))

    # -- goals and preparations -------------------------------------------------------------
    @rule(pid=people, which=st.integers(0, 3), private=st.booleans(), text=marker,
          status=st.sampled_from([Progress.ON_TRACK, Progress.AT_RISK, Progress.OFF_TRACK]))
    def goal(self, pid, which, private, text, status):
        """A new goal (its statement is shared), or progress on one, shared or private (in
        the open conversation, if there is one)."""
        text = self._unique(text)
        goals = self.store.goals(pid)
        if which >= len(goals):
            self.store.save_goal(Goal(pid, text))
            self.shared[pid].add(text)
            return
        goal = goals[which]
        session = self.sessions.get(pid)
        goal.record_progress(ProgressEntry(
            status, text, conversation_id=session.conversation.id if session else None,
            visibility=Visibility.PRIVATE if private else Visibility.SHARED))
        self.store.save_goal(goal)
        (self.private if private else self.shared)[pid].add(text)

    @rule(pid=people, text=marker, needs=marker)
    def import_preparation(self, pid, text, needs):
        text, needs = self._unique(text), self._unique(needs)
        prep = Preparation("follow-up", "nb", date.today(),
                           answers=[Answer("since-last-time", "Siden sist", text)], needs=needs)
        store_preparation(self.store, self.store.person(pid), prep, "prep.md")
        self.shared[pid] |= {text, needs}

    # -- competence, goal revisions, reviews --------------------------------------------------
    @rule(pid=people, which=st.integers(0, 2), private=st.booleans(), whole=st.booleans(),
          text=marker)
    def competence(self, pid, which, private, whole, text):
        """A new area (shared, or private as a whole), or a level change with a reason,
        shared or private."""
        raw, text = text, self._unique(text)
        vis = Visibility.PRIVATE if private else Visibility.SHARED
        areas = self.store.competence(pid)
        if which >= len(areas):
            area = CompetenceArea(pid, text, 2, evidence=self._unique(raw),
                                  visibility=vis if whole else Visibility.SHARED)
            self.store.save_competence(area)
            hidden = whole and private
            (self.private if hidden else self.shared)[pid] |= {area.area, area.evidence}
            self.unsearchable |= {area.area, area.evidence}
            return
        area = areas[which]
        if area.set_depth(area.depth % 5 + 1, text, visibility=vis) is None:
            return
        self.store.save_competence(area)
        (self.private if private or area.visibility is Visibility.PRIVATE
         else self.shared)[pid].add(text)
        self.unsearchable.add(text)

    @rule(pid=people, which=st.integers(0, 3), private=st.booleans(), text=marker)
    def revise_goal(self, pid, which, private, text):
        """A goal revised with a reason, shared or private (the old measure goes with it)."""
        goals = self.store.goals(pid)
        if which >= len(goals):
            return
        goal = goals[which]
        raw, text = text, self._unique(text)
        old_measure = goal.measure
        goal.revise(measure=self._unique(raw), reason=text)
        if private:
            goal.history[-1].visibility = Visibility.PRIVATE
        self.store.save_goal(goal)
        (self.private if private else self.shared)[pid].add(text)
        self.unsearchable |= {text, old_measure}  # search holds the goal's measure now only
        if private and old_measure:
            self.shared[pid].discard(old_measure)  # now only in the private revision
            self.private[pid].add(old_measure)
        self.shared[pid].add(goal.measure)

    @rule(pid=people, shared_text=marker, private_text=marker)
    def review(self, pid, shared_text, private_text):
        """The employee's review of the latest conversation comes back (a comment shared by
        nature, and one marked private)."""
        rows = self.store.conversation_summaries(pid)
        if not rows:
            return
        shared_text, private_text = self._unique(shared_text), self._unique(private_text)
        self.store.save_review(ImportedReview(pid, Review(
            rows[-1].id, "sha256:" + "0" * 64, Decision.REMARKS, date.today(), "nb",
            comments=[ReviewComment(Target.WHOLE, shared_text),
                      ReviewComment(Target.WHOLE, private_text,
                                    visibility=Visibility.PRIVATE)])))
        self.shared[pid].add(shared_text)
        self.private[pid].add(private_text)
        self.unsearchable |= {shared_text, private_text}

    @precondition(lambda self: self.sessions and len(self.private) > 1)
    @rule(which=st.integers(0, 9), other=st.integers(0, 9), private=st.booleans(),
          text=marker)
    def mention(self, which, other, private, text):
        """A note in one conversation names another person."""
        pid = self._live(which)
        others = [p for p in self.private if p != pid]
        named = self.store.person(others[other % len(others)]).name
        session = self.sessions[pid]
        if pid in self.drafts:
            session.persist(session.commit_draft())
            self._draft_committed(pid)
        text = self._unique(text)
        session.set_draft(("p: " if private else "") + f"{text} {named}")
        session.persist(session.commit_draft())
        (self.private if private else self.shared)[pid].add(text)
        if private:
            self.private_in[session.conversation.id].add(text)

    # -- forgetting -------------------------------------------------------------------------
    @precondition(lambda self: len(self.private) > 1)
    @rule(pid=consumes(people), redact=st.booleans())
    def forget_person(self, pid, redact):
        session = self.sessions.pop(pid, None)
        if session is not None:
            session.persist(session.end())
        self.drafts.pop(pid, None)
        person = self.store.person(pid)
        found = mentions_of(self.store, person, "nb") if redact else []
        forget(self.store, person, "nb", redact=found)
        self.forgotten |= self.private.pop(pid) | self.shared.pop(pid)
        if redact:
            self.redacted_names.add(person.name)

    # -- the invariants ---------------------------------------------------------------------
    def _every_private(self) -> set[str]:
        return set().union(*self.private.values()) if self.private else set()

    def _shared_outputs(self, lang: str) -> list[tuple[str, str]]:
        out = []
        for pid in self.private:
            person = self.store.person(pid)
            for row in self.store.conversation_summaries(pid):
                out.append((f"export {row.id}", conversation_markdown(
                    self.store, row.id, lang, include_private=False, library=LIBRARY)))
            out.append((f"export --all {pid}", history_markdown(
                self.store, person, lang, include_private=False, library=LIBRARY)))
            out.append(("export --since", history_markdown(
                self.store, person, lang, since=date.today(), include_private=False)))
            out.append(("goals", person_goals_markdown(self.store, person, lang)))
            out.append(("profile", person_profile_markdown(self.store, person, lang)))
            session = self.sessions.get(pid)
            if session is not None:
                out.append(("summary screen", self._summary(session, lang, session.actions)))
                # Whatever the leader does next with the earlier items (tick them all, or
                # carry them all), the shared summary holds no private text either.
                cid = session.conversation.id
                earlier = {a.id for a in session.earlier_open_actions()}
                for change in ({"status": ActionStatus.DONE, "closed_in": cid},
                               {"carried_to": [cid]}):
                    then = [replace(a, **change) if a.id in earlier else a
                            for a in session.actions]
                    out.append(("summary screen, earlier items followed up",
                                self._summary(session, lang, then)))
        return out

    def _summary(self, session: LiveSession, lang: str, actions) -> str:
        summary = summarise(session.conversation, session.entries, actions,
                            self.store.goals(session.person.id), shared=True)
        return export_conversation(summary, lang, include_private=False,
                                   person_name=session.person.name,
                                   template_title=session.title)

    @invariant()
    def privacy_holds(self):
        self.checks += 1
        lang = ("nb", "en")[self.checks % 2]  # both languages, one per step (runtime)
        search = TeamSearch(self.store).build()
        self.no_private_text_in_a_shared_output(lang, search)
        self.what_is_made_from_a_private_entry_is_marked_private()
        self.every_private_text_is_in_the_full_outputs(lang, search)
        self.nothing_of_a_forgotten_person_remains(lang, search)

    def no_private_text_in_a_shared_output(self, lang, search):
        secrets = self._every_private() | self.forgotten
        for where, text in self._shared_outputs(lang):
            leaked = [s for s in secrets if s in text]
            assert not leaked, f"{where} ({lang}) holds private text {leaked}"
            pid = where.rsplit(" ", 1)[1] if where.startswith("export --all ") else None
            if pid is not None:
                # The access export holds everything shared too (preparations, reviews...).
                pending = {text for text, _ in self.drafts.values()}
                missing = [s for s in self.shared[pid] - pending if s not in text]
                assert not missing, f"export --all lacks shared {missing}"
        leaked = [s for s in secrets if search.search(s)]
        assert not leaked, f"search without --include-private finds {leaked}"

    def what_is_made_from_a_private_entry_is_marked_private(self):
        for pid, secrets in self.private.items():
            facts = gather(self.store, pid)
            shown = list(facts.open_actions)
            session = self.sessions.get(pid)
            if session is not None:
                shown += session.earlier_open_actions()
            for action in shown:
                if action.text in secrets:
                    assert is_private(action), f"{action.text} shown as a shared item"

    def every_private_text_is_in_the_full_outputs(self, lang, search):
        pending = {text for text, _ in self.drafts.values()}
        for pid, secrets in self.private.items():
            person = self.store.person(pid)
            full = history_markdown(self.store, person, lang, include_private=True)
            missing = [s for s in secrets - pending if s not in full]
            assert not missing, f"export --all --include-private lacks {missing}"
            for secret in secrets - pending - self.unsearchable:
                assert search.search(secret, include_private=True), f"search lacks {secret}"
            for row in self.store.conversation_summaries(pid):
                text = conversation_markdown(self.store, row.id, lang, include_private=True)
                missing = [s for s in self.private_in.get(row.id, set()) - pending
                           if s not in text]
                assert not missing, f"export --include-private of {row.id} lacks {missing}"

    def nothing_of_a_forgotten_person_remains(self, lang, search):
        for pid in self.private if self.redacted_names else ():
            full = history_markdown(self.store, self.store.person(pid), lang,
                                    include_private=True).casefold()
            assert not [n for n in self.redacted_names if n.casefold() in full]
        for name in self.redacted_names:
            assert not search.search(name, include_private=True), f"search finds {name}"
        if not self.forgotten:
            return
        for pid in self.private:
            full = history_markdown(self.store, self.store.person(pid), lang,
                                    include_private=True)
            assert not [s for s in self.forgotten if s in full]
        for secret in self.forgotten:
            assert not search.search(secret, include_private=True)


PrivacyMachine.TestCase.settings = settings(
    max_examples=80,
    database=None,  # from scratch every run, as in CI
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestPrivacyRuleHoldsForAnySequence = PrivacyMachine.TestCase
