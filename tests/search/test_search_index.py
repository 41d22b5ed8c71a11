"""The team's search index from the store: what it holds, and refresh after new saves."""

from __future__ import annotations

from datetime import date

from search_team import held

from coach.domain.actions import ActionItem
from coach.domain.conversations import ConversationKind, ConversationStatus, Entry, EntryKind
from coach.services.search_index import TeamSearch


def kinds(hits):
    return [(h.document.person, h.document.kind) for h in hits]


def test_build_finds_entries_actions_goals_and_progress(team):
    store, found = team
    search = TeamSearch(store).build()
    hit = search.search("arkivet")[0]
    assert hit.document.kind == "agreement" and hit.document.conversation_id == found["first"].id
    assert hit.document.day == date(2026, 1, 20) and hit.document.person == "Kari Ærlig Øvrebø"
    assert kinds(search.search("arkivplanlegging")) == [("Kari Ærlig Øvrebø", "action")]
    assert kinds(search.search("innen sommeren")) == [("Kari Ærlig Øvrebø", "goal")]
    assert kinds(search.search("serier flyttet")) == [("Kari Ærlig Øvrebø", "goal")]
    progress = search.search("LEVERANDØREN")
    assert kinds(progress) == [("Kari Ærlig Øvrebø", "progress")]
    assert progress[0].document.conversation_id == found["first"].id
    assert search.search("arbeidsmengden") == []  # private: only when asked for
    private = search.find("arbeidsmengden")
    assert private.hits == [] and private.private_left_out == 1
    hits = search.search("arbeidsmengden", include_private=True)
    assert kinds(hits) == [("Kari Ærlig Øvrebø", "private")] and hits[0].document.private
    assert kinds(search.search("strasse")) == [("Ola Nordmann", "support-need")]


def test_an_action_item_entry_is_found_once(team):
    store, found = team
    action = ActionItem(found["ola"].id, "Sende rapporten til direktøren")
    store.save_action(action)
    conv = held(store, found["ola"], ConversationKind.FOLLOW_UP, date(2026, 3, 3), [])
    store.save_entry(Entry(conv.id, action.text, kind=EntryKind.ACTION_ITEM,
                           action_id=action.id))
    hits = TeamSearch(store).build().search("rapporten")
    assert kinds(hits) == [("Ola Nordmann", "action-item")]


def test_person_filter(team):
    store, found = team
    search = TeamSearch(store).build()
    assert search.search("kurs")  # both have "kurs"
    assert {h.document.person for h in search.search("kurs")} == {
        "Kari Ærlig Øvrebø", "Ola Nordmann"}
    only = search.search("kurs", person_id=found["ola"].id)
    assert {h.document.person for h in only} == {"Ola Nordmann"}


def test_refresh_sees_entries_saved_in_a_live_conversation(team):
    store, found = team
    search = TeamSearch(store).build()
    live = held(store, found["ola"], ConversationKind.FOLLOW_UP, date(2026, 4, 1),
                [(EntryKind.NOTE, "første tanke")], status=ConversationStatus.IN_PROGRESS)
    assert kinds(search.search("første tanke")) == [("Ola Nordmann", "note")]
    store.save_entry(Entry(live.id, "Avtalt: pilotering i mai", kind=EntryKind.AGREEMENT))
    search.refresh()
    assert kinds(search.search("pilotering")) == [("Ola Nordmann", "agreement")]
    store.delete_conversation(live.id)
    search.refresh()
    assert search.search("pilotering") == [] and search.search("første tanke") == []
    assert search.search("arkivet")  # the rest is kept


def test_refresh_follows_renames_goals_and_forgotten_people(team):
    from dataclasses import replace

    store, found = team
    search = TeamSearch(store).build()
    store.save_person(replace(found["ola"], name="Ola Fjellheim"))
    goal = store.goals(found["kari"].id)[0]
    goal.statement = "Lære opp to kolleger i systemet"
    store.save_goal(goal)
    search.refresh()
    assert {h.document.person for h in search.search("regneark")} == {"Ola Fjellheim"}
    assert search.search("innen sommeren") == [] and search.search("to kolleger")
    store.forget_person(found["kari"].id)
    search.refresh()
    assert search.search("arkivet") == [] and search.search("kolleger") == []


def test_case_and_norwegian_letters(team):
    import unicodedata

    store, found = team
    held(store, found["ola"], ConversationKind.FOLLOW_UP, date(2026, 3, 9), [
        (EntryKind.NOTE, "Vi avtalte ÆRLIG tale på multebærtur"),
        (EntryKind.NOTE, "Ingen slike ord her")])
    search = TeamSearch(store)
    for query in ("ærlig tale", "ÆrLiG TALE", "MULTEBÆRTUR", "tale på mult",
                  unicodedata.normalize("NFD", "tale på multebærtur"), "aerlig tale",
                  "multebaertur"):  # ae is tried as æ when nothing else is found
        assert [h.snippet for h in search.search(query)] == [
            "Vi avtalte ÆRLIG tale på multebærtur"], query
    assert search.search("tale pa mult") == []  # å is not a
    assert search.search("tale paa mult") == []  # nor aa
    assert search.search("multebartur") == []
    search.close()


def test_newest_first_one_hit_per_text_limit_and_person(team):
    store, found = team
    old = held(store, found["kari"], ConversationKind.FOLLOW_UP, date(2020, 1, 1),
               [(EntryKind.NOTE, "kaffe kaffe kaffe")])
    new = held(store, found["kari"], ConversationKind.FOLLOW_UP, date(2026, 6, 1),
               [(EntryKind.NOTE, "mer kaffe")])
    other = held(store, found["ola"], ConversationKind.FOLLOW_UP, date(2025, 1, 1),
                 [(EntryKind.NOTE, "kaffe")])
    search = TeamSearch(store)
    convs = [h.document.conversation_id for h in search.search("kaffe")]
    assert convs == [new.id, other.id, old.id]
    assert [h.document.conversation_id for h in search.search("kaffe", limit=1)] == [new.id]
    assert [h.document.conversation_id
            for h in search.search("kaffe", person_id=found["ola"].id)] == [other.id]
    assert search.search("   ") == [] and search.search("zq") == []
    search.close()
