"""The live session: start, notes of every kind, the clock, resume, end, export."""

from datetime import date

from coach.domain.actions import ActionItem, ActionStatus, Owner
from coach.domain.conversations import ConversationStatus, EntryKind, Visibility
from coach.domain.people import Person
from coach.services.autosave import Debouncer
from coach.services.exporting import conversation_markdown
from coach.services.preparation_view import gather
from coach.services.session import LiveSession
from coach.services.starting import pick_template


def begin(store, library, clock, lang="nb", template="follow-up"):
    person = Person("Åse Øvrebø", role="Rådgiver")
    store.save_person(person)
    tpl = pick_template(library, lang, template)
    return LiveSession.begin(store, library, person, tpl, now=clock)


def save(session, records):
    session.persist(records)


def test_begin_creates_planned_conversation_with_template_sections(store, library, clock):
    s = begin(store, library, clock)
    conv = store.conversation(s.conversation.id)
    assert conv.status is ConversationStatus.PLANNED
    assert [t.section_id for t in conv.sections][0] == "since-last-time"
    assert sum(t.planned_minutes for t in conv.sections) == 30


def test_every_kind_of_note_keeps_its_section(store, library, clock):
    s = begin(store, library, clock)
    save(s, s.start())
    for text in ("Trives i teamet", "avt: Vi møtes hver måned", "s: Trenger avklaring",
                 "m: Leverte analysen alene", "l: Lærte ny metode", "p: Virker sliten"):
        save(s, [s.set_draft(text)])
        save(s, s.commit_draft())
    clock.advance(60)
    s.clock.next()
    save(s, [s.set_draft("Sende kursinfo")])
    save(s, s.commit_draft(EntryKind.ACTION_ITEM, owner=Owner.LEADER, due=date(2026, 12, 1)))
    stored = store.entries(s.conversation.id)
    kinds = {e.kind for e in stored}
    assert kinds == set(EntryKind) - set()
    assert {e.section_id for e in stored if e.kind is not EntryKind.ACTION_ITEM} == {
        "since-last-time"}
    action_entry = next(e for e in stored if e.kind is EntryKind.ACTION_ITEM)
    assert action_entry.section_id == "goals-and-plans"
    (action,) = store.actions(s.person.id)
    assert action.owner is Owner.LEADER and action.due == date(2026, 12, 1)
    assert action.raised_in == s.conversation.id and action_entry.action_id == action.id
    private = [e for e in stored if e.visibility is Visibility.PRIVATE]
    assert [e.text for e in private] == ["Virker sliten"]


def test_draft_is_saved_while_typing_and_resumes(store, library, clock):
    s = begin(store, library, clock)
    save(s, s.start())
    clock.advance(125)
    save(s, [s.set_draft("Halvferdig tanke om")])
    save(s, s.clock_changed())
    again = LiveSession.resume(store, library, s.conversation.id, now=clock)
    assert [e.text for e in again.entries] == ["Halvferdig tanke om"]
    assert again.clock.section_elapsed() == 125
    assert store.unfinished_conversations()[0].id == s.conversation.id


def test_emptied_draft_is_removed(store, library, clock):
    s = begin(store, library, clock)
    save(s, [s.set_draft("skrivefeil")])
    save(s, [s.set_draft("")])
    save(s, s.commit_draft())
    assert store.entries(s.conversation.id) == []


def test_earlier_actions_ticked_or_carried(store, library, clock):
    s = begin(store, library, clock)
    old = ActionItem(s.person.id, "Lese rapporten", raised_in="earlier")
    other = ActionItem(s.person.id, "Booke kurs", raised_in="earlier")
    for a in (old, other):
        store.save_action(a)
    s = LiveSession.resume(store, library, s.conversation.id, now=clock)
    items = {a.text: a for a in s.earlier_open_actions()}
    save(s, s.tick_done(items["Lese rapporten"]))
    save(s, s.carry_over(items["Booke kurs"]))
    stored = {a.text: a for a in store.actions(s.person.id)}
    assert stored["Lese rapporten"].status is ActionStatus.DONE
    assert stored["Lese rapporten"].closed_in == s.conversation.id
    assert stored["Booke kurs"].carried_to == [s.conversation.id]
    save(s, s.tick_done(items["Lese rapporten"]))
    assert store.actions(s.person.id, open_only=True)[0].is_open


def test_questions_marked_asked_are_kept_and_succeed_in_last_section(store, library, clock):
    s = begin(store, library, clock)
    first = s.deck().suggestions()[0]
    save(s, s.mark_asked(first.id))
    assert store.conversation(s.conversation.id).questions_asked == [first.id]
    last = s.deck(len(s.clock.sections) - 1)
    assert "succeed" in [q.id for q in last.suggestions()]


def test_end_completes_and_exports_without_private(store, library, clock):
    s = begin(store, library, clock)
    save(s, s.start())
    save(s, [s.set_draft("avt: Ny plan innen fredag")])
    save(s, s.commit_draft())
    save(s, [s.set_draft("p: Hemmelig <b>merknad</b>")])
    clock.advance(600)
    save(s, s.end())
    conv = store.conversation(s.conversation.id)
    assert conv.status is ConversationStatus.COMPLETED
    assert conv.sections[0].actual_seconds == 600
    shared = conversation_markdown(store, conv.id, "nb", include_private=False, library=library)
    full = conversation_markdown(store, conv.id, "nb", include_private=True, library=library)
    assert "Ny plan innen fredag" in shared and "Hemmelig" not in shared
    assert "Hemmelig" in full


def test_preparation_shows_last_agreements_and_open_actions(store, library, clock):
    s = begin(store, library, clock)
    save(s, s.start())
    save(s, [s.set_draft("avt: Prøve ut parprogrammering")])
    save(s, s.commit_draft())
    save(s, [s.set_draft("t: Sette opp møte @leder 2026-01-05")])
    save(s, s.commit_draft())
    save(s, s.end())
    prep = gather(store, s.person.id)
    assert [e.text for e in prep.last_agreements] == ["Prøve ut parprogrammering"]
    assert [a.text for a in prep.open_actions] == ["Sette opp møte"]
    assert prep.overdue(date(2026, 2, 1))


def test_debouncer_saves_after_pause_or_max_wait(clock):
    d = Debouncer(0.5, 1.5, now=clock)
    assert not d.due()
    d.touch()
    clock.advance(0.3)
    assert not d.due()
    clock.advance(0.3)
    assert d.due()
    d.saved()
    for _ in range(8):  # steady typing, one key every 0.2 s
        d.touch()
        clock.advance(0.2)
        if d.due():
            break
    assert d.due() and clock.t - 1000.6 <= 1.6 + 1e-9


def test_private_draft_never_reaches_a_shared_export(store, library, clock):
    s = begin(store, library, clock)
    save(s, s.start())
    save(s, [s.set_draft("p: hemmelig merknad om helse")])  # autosaved, never finished
    shared = conversation_markdown(store, s.conversation.id, "nb", include_private=False)
    assert "hemmelig" not in shared
    full = conversation_markdown(store, s.conversation.id, "nb", include_private=True)
    assert "hemmelig" in full


def test_resume_finishes_what_was_being_typed(store, library, clock):
    s = begin(store, library, clock)
    save(s, s.start())
    save(s, [s.set_draft("p: halvferdig privat tanke")])
    again = LiveSession.resume(store, library, s.conversation.id, now=clock)
    assert again.draft is None
    (entry,) = store.entries(s.conversation.id)
    assert (entry.text, entry.visibility, entry.draft) == (
        "halvferdig privat tanke", Visibility.PRIVATE, False)
    # typing on after resuming starts a new entry and never overwrites the old one
    save(again, [again.set_draft("ny")])
    assert {e.text for e in store.entries(s.conversation.id)} == {"halvferdig privat tanke", "ny"}


def test_action_item_key_reads_owner_and_due_without_prefix(store, library, clock):
    s = begin(store, library, clock)
    save(s, [s.set_draft("Sjekk budsjett @leder 2026-12-10")])
    save(s, s.commit_draft(EntryKind.ACTION_ITEM))
    (action,) = store.actions(s.person.id)
    assert (action.text, action.owner, action.due) == (
        "Sjekk budsjett", Owner.LEADER, date(2026, 12, 10))
