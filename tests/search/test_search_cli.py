"""`coach search QUERY [--person PERSON]`."""

from __future__ import annotations

from coach.cli import main


def run(data, lang, *args):
    return main(["--data-dir", str(data), "--lang", lang, *args])


def test_prints_date_person_kind_snippet_and_conversation(data, capsys):
    assert run(data, "nb", "search", "ARKIVET") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("20.01.2026  Kari Ærlig Øvrebø  Avtale  Kari leder migreringen")
    assert out[0].endswith("]") and "1 treff på «ARKIVET»." in out[-1]


def test_words_are_joined_and_person_filters(data, capsys):
    assert run(data, "en", "search", "kurs", "i") == 0
    out = capsys.readouterr().out
    assert "Ola Nordmann" in out and "Kari Ærlig Øvrebø" in out and "2 found" in out
    assert run(data, "en", "search", "kurs", "--person", "ola") == 0
    out = capsys.readouterr().out
    assert "Ola Nordmann  Mastery moment" in out and "Kari" not in out


def test_nothing_found_and_unknown_person(data, capsys):
    assert run(data, "en", "search", "zebra") == 1
    assert "Nothing found for “zebra”." in capsys.readouterr().out
    assert run(data, "en", "search", "kurs", "--person", "Per") == 1
    assert "No one called" in capsys.readouterr().err


def test_limit_says_there_is_more(data, capsys):
    assert run(data, "en", "search", "e", "--limit", "2") == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 5 and "newest 2" in out[-2] and "left out: 1" in out[-1]


def test_private_hits_only_when_asked_for_and_marked(data, capsys):
    assert run(data, "en", "search", "arbeidsmengden") == 1
    out = capsys.readouterr().out
    assert "Bekymret" not in out and "Nothing found" in out
    assert "Private hits left out: 1 (--include-private shows them)." in out
    assert run(data, "nb", "search", "arbeidsmengden", "--include-private") == 0
    out = capsys.readouterr().out.splitlines()
    assert "Privat notat  Bekymret for arbeidsmengden" in out[0] and len(out) == 2
    assert run(data, "en", "search", "kurs") == 0
    assert "left out" not in capsys.readouterr().out  # nothing private holds "kurs"


def test_store_left_unchanged_and_the_index_private(data, capsys):
    before = {p: p.read_bytes() for p in data.rglob("*.json")}
    assert run(data, "en", "search", "kurs") == 0
    assert {p: p.read_bytes() for p in data.rglob("*.json")} == before
    index = data / "search-index.sqlite3"
    assert index.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in data.iterdir() if p.name.startswith("search-index")] == [
        index.name]  # no journal left behind


def test_the_store_is_opened_only_when_its_index_file_changed(data, capsys, monkeypatch):
    from coach.commands.context import Context

    opened = []
    real = Context.open_store

    def counting(self, **kw):
        opened.append(kw)
        return real(self, **kw)

    monkeypatch.setattr(Context, "open_store", counting)
    assert run(data, "en", "search", "kurs") == 0  # a new index: names are read
    assert len(opened) == 1
    assert run(data, "en", "search", "arkivet") == 0 and len(opened) == 1
    assert "Kari Ærlig Øvrebø" in capsys.readouterr().out  # names from the index


def test_a_damaged_conversation_file_is_named_with_its_backup(data, capsys):
    assert run(data, "en", "search", "kurs") == 0
    damaged = next((data / "conversations").glob("*.json"))
    damaged.write_text("{not json", encoding="utf-8")
    capsys.readouterr()
    assert run(data, "en", "search", "kurs") == 1  # stopped with the store's message
    err = capsys.readouterr().err
    assert damaged.name in err and "backup" in err and "Traceback" not in err
