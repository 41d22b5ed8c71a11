"""Issue 13, item 8: control characters in stored text never reach the terminal raw (CLI
and app), and names cannot be stored with them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.segment import Segment

from coach.cli import main
from coach.domain.people import Person
from coach.domain.text import ControlCharacters, check_plain, pictured, printable
from coach.store import Store
from coach.tui.app import CoachApp
from coach.tui.clean_screen import ControlPictures

HOSTILE = "Kari\x1b]0;PWNED\x07\x1b[31mRØD\x1b[0m \u202eLie\x9b"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@settings(max_examples=300)
@given(st.text())
def test_printable_leaves_no_control_character_and_keeps_clean_text(text):
    shown = printable(text)
    assert not RAW.search(shown)
    if not RAW.search(text):
        assert shown is text


@settings(max_examples=300)
@given(st.text())
def test_pictured_shows_each_control_character_as_one_character(text):
    shown = pictured(text)
    assert not RAW.search(shown)
    assert len(shown) == len(text)


def test_printable_escapes_as_python_does():
    assert printable("a\x1b[2Jb\x07\tc\nd\u202e") == "a\\x1b[2Jb\\x07\tc\nd\\u202e"
    assert pictured("a\x1bb\x07") == "a\u241bb\u2407"


def _hostile_store(data):
    with Store.open(data, backup=False) as store:
        store.save_person(Person(HOSTILE, role="r\x1b[2Jx"))  # as older data may hold
        store.save_person(Person("Kari Berg"))


def test_the_cli_prints_stored_control_characters_escaped(tmp_path, capsys):
    data = tmp_path / "data"
    _hostile_store(data)
    main(["--lang", "en", "--data-dir", str(data), "export", "kari"])  # ambiguous: lists
    main(["--lang", "en", "--data-dir", str(data), "export", "kari\x1b", "--all"])
    main(["--lang", "en", "--data-dir", str(data), "search", "PWNED"])
    out, err = capsys.readouterr()
    assert "Kari Berg" in err  # the list of people that match
    assert not RAW.search(out + err), repr(out + err)
    assert "\\x1b]0;PWNED\\x07" in err


def test_a_name_with_control_characters_is_refused(tmp_path, capsys):
    data = tmp_path / "data"
    code = main(["--lang", "en", "--data-dir", str(data), "start", "Ola\x1b[2J"],)
    out, err = capsys.readouterr()
    assert code == 1
    assert "cannot hold control characters" in err and "Ola\\x1b[2J" in err
    assert not RAW.search(out + err)
    with Store.open(data, backup=False) as store:
        assert store.people() == []
    try:
        check_plain("name", "Ola\x07")
    except ControlCharacters as exc:
        assert exc.field == "name"
    else:
        raise AssertionError("not refused")
    assert check_plain("name", "Åse Ørnø") == "Åse Ørnø"


def test_the_filter_keeps_a_line_its_width():
    line = [Segment("Kari\x1b]0;X\x07 "), Segment("     "), Segment("|")]
    out = ControlPictures().apply(line, None)
    assert "".join(s.text for s in out) == "Kari\u241b]0;X\u2407    |"  # padding gave way
    line = [Segment("Kari\x1b\x07|"), Segment("|")]
    assert "".join(s.text for s in ControlPictures().apply(line, None)) == "Kari\u241b\u2407"
    clean = [Segment("Ola")]
    assert ControlPictures().apply(clean, None) is clean


async def test_the_app_never_writes_a_stored_control_sequence(tmp_path):
    data = tmp_path / "data"
    _hostile_store(data)
    with Store.open(data, backup=False) as store:
        app = CoachApp(store, lang="en")
        async with app.run_test(size=(110, 20)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            update = app.screen._compositor.render_update(full=True)
            written = update.render_segments(app.console)
    assert "\x1b]0;PWNED" not in written and "\x07" not in written
    assert "\x1b[2J" not in written and "\u202e" not in written
    assert "\u241b]0;PWNED" in written  # shown, as a picture


async def test_the_person_form_refuses_a_name_with_control_characters(tmp_path):
    from coach.tui.dialogs.person_form import PersonForm

    with Store.open(tmp_path / "data", backup=False) as store:
        app = CoachApp(store, lang="en")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.press("a")
            await pilot.pause()
            form = app.screen
            assert isinstance(form, PersonForm)
            form.query_one("#name").value = "Ola\x1b]0;X\x07"
            await pilot.pause()  # the Input's Changed message first
            form.action_save()
            await pilot.pause()
            assert isinstance(app.screen, PersonForm)  # still open, saying why
            error = str(form.query_one("#name-error").render())
            assert "cannot hold control characters" in error and "\\x1b" in error
        assert store.people() == []
