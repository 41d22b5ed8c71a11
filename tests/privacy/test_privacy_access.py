"""Access and forgetting, complete (issue 13, item 4).

The tables are enumerated from the store itself (``Store.records_about`` and the tables the
files on disk hold), never from a list kept here: a table added later fails these tests
until the fixture has a record in it, the access export (``coach export --all``) shows it and
``forget`` counts and removes it.
"""

from __future__ import annotations

import json
import re

import pytest

from coach.cli import main
from coach.services.exporting import history_markdown
from coach.services.privacy import footprint
from coach.store import Store
from coach.store.about import PERSONLESS_TABLES
from coach.store.layout import data_files
from tests.privacy.access_team import MARKER, NAME, build


@pytest.fixture
def team(tmp_path):
    path = tmp_path / "data"
    return path, build(path)


def run(path, *args, lang="en"):
    return main(["--data-dir", str(path), "--lang", lang, *args])


def markers_in(value) -> set[str]:
    """Every marker in any text of a record, however deep."""
    if isinstance(value, str):
        return set(MARKER.findall(value))
    if isinstance(value, list):
        return set().union(set(), *(markers_in(v) for v in value))
    if isinstance(value, dict):
        return set().union(set(), *(markers_in(v) for v in value.values()))
    return set()


def private_markers_in(value, private: bool = False) -> set[str]:
    """The markers inside a part of a record that is private (``visibility: private``), or
    inside a private record."""
    if isinstance(value, dict):
        private = private or value.get("visibility") == "private"
        return set().union(set(), *(private_markers_in(v, private) for v in value.values()))
    if isinstance(value, list):
        return set().union(set(), *(private_markers_in(v, private) for v in value))
    return markers_in(value) if private else set()


def tables_on_disk(path) -> set[str]:
    """Every table any store file holds (read as plain JSON, as stock TinyDB would)."""
    found = set()
    for file in data_files(path):
        found |= set(json.loads(file.read_text(encoding="utf-8")))
    return found


def test_every_table_of_the_store_is_known_and_has_a_record_about_the_person(team):
    path, ids = team
    with Store.open(path, read_only=True) as store:
        about = store.records_about(ids["kari"])
    unknown = tables_on_disk(path) - set(about) - set(PERSONLESS_TABLES)
    assert not unknown, f"tables neither about a person nor personless: {unknown}"
    empty = [table for table, docs in about.items() if not docs]
    assert not empty, (f"the fixture has no record about Kari in {empty}: add one, so that "
                       "export --all and forget are checked for it")
    # Every table the files hold is in the enumeration (or is declared personless).
    assert tables_on_disk(path) <= set(about) | set(PERSONLESS_TABLES)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_export_all_holds_every_text_of_every_record(team, lang):
    path, ids = team
    with Store.open(path, read_only=True) as store:
        person = store.person(ids["kari"])
        about = store.records_about(person.id)
        full = history_markdown(store, person, lang, include_private=True)
        shared = history_markdown(store, person, lang, include_private=False)
    private = private_markers_in(about)
    assert ids["markers"].private <= private
    for table, docs in about.items():
        for doc in docs:
            marks = markers_in(doc)
            assert marks or table in ("conversations", "people", "conversation", "entries",
                                      "actions"), f"{table} record without text: {doc}"
            missing = sorted(marks - set(MARKER.findall(full)))
            assert not missing, f"export --all --include-private lacks {table}: {missing}"
            missing = sorted(marks - private - set(MARKER.findall(shared)))
            assert not missing, f"export --all lacks shared {table} text: {missing}"
    leaked = sorted(private & set(MARKER.findall(shared)))
    assert not leaked, f"the shared export --all holds private text {leaked}"


def test_export_all_from_the_cli_lists_preparations_and_reviews(team, capsys):
    path, ids = team
    assert run(path, "export", "kari", "--all", lang="nb") == 0
    out = capsys.readouterr().out
    for heading in ("## Importerte forberedelser", "## Medarbeiderens gjennomganger",
                    "**Medarbeideren har merknader (05.03.2026)**"):
        assert heading in out, heading


def test_forget_counts_every_table_it_removes(team):
    path, ids = team
    with Store.open(path, read_only=True) as store:
        person = store.person(ids["kari"])
        about = store.records_about(person.id)
        counts = footprint(store, person)
    for table, docs in about.items():
        if table in ("people", "conversation"):  # the person; each conversation's row
            continue
        assert counts.counts[table if table != "conversations" else "conversations"] == len(
            docs), table
    goals = about["goals"]
    assert counts.counts["progress"] == sum(len(g["progress"]) for g in goals)
    assert counts.private_entries == 1


def test_forget_leaves_no_record_and_no_text_of_the_person(team, capsys):
    path, ids = team
    with Store.open(path, read_only=True) as store:
        marks = markers_in(store.records_about(ids["kari"]))
    assert run(path, "search", "MK1", "--include-private") == 0  # the index is built
    assert run(path, "forget", "kari", "--yes-i-am-sure", NAME) == 0
    out = capsys.readouterr().out
    for line in ("- conversations: 1", "- imported preparations: 1",
                 "- the employee's reviews of summaries: 1", "- competence areas: 1",
                 "- goal progress entries: 2", "- action items: 2"):
        assert line in out, line
    with Store.open(path, read_only=True) as store:
        assert store.records_about(ids["kari"]) == {"people": [], "conversations": []}
    stored = b"".join(f.read_bytes() for f in data_files(path))
    left = sorted(m for m in marks if m.encode() in stored)
    assert not left and ids["kari"].encode() not in stored
    index = b"".join(p.read_bytes() for p in path.iterdir()
                     if p.name.startswith("search-index"))
    assert not [m for m in marks if m.encode() in index or m.lower().encode() in index]


# -- the name in other people's notes -------------------------------------------------------
def ola_texts(path, ids) -> list[str]:
    with Store.open(path, read_only=True) as store:
        texts = [e.text for e in store.entries(ids["theirs"])]
        texts += [p.comment for g in store.goals(ids["ola"]) for p in g.progress]
        texts += [o.description for o in store.objectives()]
    return texts


def test_forget_lists_every_mention_with_whose_notes_where_and_private_marked(team, capsys):
    path, ids = team
    assert run(path, "forget", "kari", "--yes-i-am-sure", NAME, "--keep-mentions") == 0
    out = capsys.readouterr().out
    assert f"The name {NAME} still stands in 4 places in notes about others" in out
    lines = [ln for ln in out.splitlines() if re.match(r"\s+\d+\. ", ln)]
    assert len(lines) == 4
    assert any("the unit's objectives" in ln and f"Led with {NAME}" in ln for ln in lines)
    assert any(ln.startswith("  2. Ola Nordmann · Månedlig oppfølging 2026-03-04: ")
               and f'"Samarbeidet med {NAME} går bra."' in ln for ln in lines), lines
    private = [ln for ln in lines if "KARI LIE" in ln]
    assert len(private) == 1 and "· private:" in private[0]
    assert any(f"Paired with {NAME}s team" in ln for ln in lines)
    # kept: every text as it was
    assert sum(NAME.casefold() in t.casefold() for t in ola_texts(path, ids)) == 4


def test_redact_mentions_replaces_the_name_everywhere_in_the_note_language(team, capsys):
    path, ids = team
    assert run(path, "forget", "kari", "--yes-i-am-sure", NAME, "--redact-mentions") == 0
    out = capsys.readouterr().out
    assert 'The name is replaced by "[name removed]" in 4 places.' in out
    texts = ola_texts(path, ids)
    assert not [t for t in texts if NAME.casefold() in t.casefold()]
    assert "Samarbeidet med [navn fjernet] går bra.\nEllers rolig." in texts  # nb conversation
    assert "Konflikt med [navn fjernet] i høst" in texts  # private too
    assert "Paired with [navn fjernet]s team" in texts
    assert "Ola's own note" in texts
    # nothing of the name left in the search index, nor in any store file
    run(path, "search", "Kari Lie", "--include-private")
    assert "Nothing found for" in capsys.readouterr().out
    index = b"".join(p.read_bytes() for p in path.iterdir()
                     if p.name.startswith("search-index"))
    assert b"kari lie" not in index.lower()
    stored = b"".join(f.read_bytes() for f in data_files(path))
    assert NAME.encode() not in stored and NAME.upper().encode() not in stored


def test_interactive_asks_for_each_mention(team, terminal, capsys):
    path, ids = team
    answers, prompts = terminal
    # objectives: no; Ola's shared note: ja; the private note: no; the progress: no;
    # then no export, then the name.
    answers += ["n", "j", "", "n", "n", NAME]
    assert run(path, "forget", "kari", lang="nb") == 0
    asked = [p for p in prompts if "Erstatte navnet" in p]
    assert len(asked) == 4 and "«[navn fjernet]»" in asked[1]
    texts = ola_texts(path, ids)
    assert "Samarbeidet med [navn fjernet] går bra.\nEllers rolig." in texts
    assert f"Konflikt med {NAME.upper()} i høst" in texts
    assert f"Led with {NAME} and the team" in texts
    assert "Navnet er erstattet med «[navn fjernet]» 1 sted." in capsys.readouterr().out


def test_all_answers_the_rest(team, terminal):
    path, ids = team
    answers, _ = terminal
    answers += ["n", "a", "n", NAME]
    assert run(path, "forget", "kari") == 0
    texts = ola_texts(path, ids)
    assert f"Led with {NAME} and the team" in texts
    assert sum(NAME.casefold() in t.casefold() for t in texts) == 1


def test_forgetting_and_redacting_land_together_or_not_at_all(team, monkeypatch):
    from coach.services.mentions import mentions_of, redactions

    path, ids = team
    with Store.open(path, backup=False) as store:
        person = store.person(ids["kari"])
        rows = mentions_of(store, person, "en")
        real = store._remove

        def fail(file):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(store, "_remove", fail)
        with pytest.raises(OSError):
            store.forget_person(person.id, redactions(rows))
        monkeypatch.setattr(store, "_remove", real)
    assert sum(NAME.casefold() in t.casefold() for t in ola_texts(path, ids)) == 4
    with Store.open(path, read_only=True) as store:
        assert store.person(ids["kari"]).name == NAME


def test_a_name_inside_another_word_is_not_a_mention():
    from coach.domain.mentions import find_name, line_at, name_pattern, redact

    pattern = name_pattern("Hanne Ødegård")
    assert find_name("Johanne Ødegård kom", pattern) == []
    text = "Møte med HANNE\nødegård og Hanne  Ødegårds team"
    spans = find_name(text, pattern)
    assert len(spans) == 2
    # the lines the name stands on, as one line
    assert line_at(text, spans[0]) == "Møte med HANNE ødegård og Hanne Ødegårds team"
    assert line_at("a\nb Hanne Ødegård c\nd", (4, 17)) == "b Hanne Ødegård c"
    assert redact(text, spans, "[x]") == "Møte med [x] og [x]s team"
    assert name_pattern("  ") is None and find_name("x", None) == []
