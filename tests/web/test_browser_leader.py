"""`coach serve` in a real browser (Debian's chromium): the leader's side.

What the page shows is read from the page's own terminal buffer; the store is checked after
the served process has let go of it. Every request the browser makes must go to the local
server.
"""

from __future__ import annotations

import os
import signal

import pytest
from served_coach import lock_holder, open_app, screen, wait_for_text, wait_until

from coach.domain.conversations import EntryKind
from coach.store import Store

pytestmark = pytest.mark.browser

HOME = "Medarbeiderne dine"


def _no_outside_requests(browser, served) -> None:
    assert browser.requests.urls, "the browser made no request at all"
    assert browser.requests.outside(served.origin) == []


def _start_conversation(page) -> None:
    """From the home screen: the first person, the default template, the clock started."""
    wait_for_text(page, HOME)
    page.keyboard.press("s")
    wait_for_text(page, "Kort innsjekk")  # the template picker
    page.keyboard.press("Enter")
    wait_for_text(page, "F5 eller Enter")  # the preparation view
    page.keyboard.press("F5")
    wait_for_text(page, "Skriv notatet her")  # the live screen's note editor


def _released(data_dir) -> bool:
    return lock_holder(data_dir) is None


def _conversations(data_dir):
    store = Store.open(data_dir, read_only=True, backup=False)
    try:
        return [(c, store.entries(c.id)) for c in store.conversations()]
    finally:
        store.close()


def test_a_conversation_held_in_the_browser_is_stored(browser, leader):
    page = open_app(browser, leader.url)
    _start_conversation(page)
    page.keyboard.type("avt: Vi prøver ukentlige statusmøter")
    page.keyboard.press("Control+n")
    wait_for_text(page, "[Avtale] Vi prøver ukentlige statusmøter")
    page.keyboard.press("F12")
    wait_for_text(page, "Avslutte samtalen")
    page.keyboard.press("j")
    wait_for_text(page, "Samtalen er fullført og lagret")
    wait_for_text(page, "• Vi prøver ukentlige statusmøter")  # the summary's agreements
    page.keyboard.press("Control+q")
    page.wait_for_function("() => document.body.classList.contains('-closed')")
    wait_until(lambda: _released(leader.data_dir), what="the served coach to let go")

    entries = [e for c, es in _conversations(leader.data_dir) if not c.unfinished for e in es
               if e.text == "Vi prøver ukentlige statusmøter"]
    assert [e.kind for e in entries] == [EntryKind.AGREEMENT]
    assert not entries[0].draft
    secret = leader.url.rstrip("/").rsplit("/", 1)[1].encode()
    assert not [p for p in leader.data_dir.rglob("*") if p.is_file() and secret in p.read_bytes()]
    _no_outside_requests(browser, leader)


def test_without_the_secret_the_page_and_the_websocket_get_403(browser, leader):
    page = browser.new_page()
    for path in ("/", "/ws", "/static/js/textual.js", "/download/x", "/nope/"):
        response = page.goto(leader.origin + path)
        assert response.status == 403, path
    assert "403" in page.inner_text("body")
    # A page on this server's own address, without the secret, cannot open the websocket.
    opened = page.evaluate("""(url) => new Promise((done) => {
        const ws = new WebSocket(url);
        ws.onopen = () => done(true);
        ws.onerror = () => done(false);
    })""", leader.origin.replace("http", "ws") + "/ws")
    assert opened is False
    wrong = leader.url.replace(leader.url.rstrip("/").rsplit("/", 1)[1], "x" * 43)
    assert page.goto(wrong).status == 403
    _no_outside_requests(browser, leader)


def test_a_second_tab_gets_the_one_writer_message_and_writes_nothing(browser, leader):
    first = open_app(browser, leader.url)
    wait_for_text(first, HOME)
    holder = lock_holder(leader.data_dir)
    assert holder is not None
    second = open_app(browser, leader.url)
    wait_for_text(second, "bruk av en annen coach (prosess")
    assert f"prosess {holder}" in screen(second)
    assert HOME not in screen(second)
    assert lock_holder(leader.data_dir) == holder  # the first tab still holds it
    second.keyboard.press("Control+q")
    second.wait_for_function("() => document.body.classList.contains('-closed')")
    wait_for_text(first, HOME)  # the first tab is untouched
    _no_outside_requests(browser, leader)


@pytest.mark.parametrize("how", ["tab closed", "SIGHUP"])
def test_what_was_typed_survives_and_reopening_offers_the_conversation(browser, leader, how):
    page = open_app(browser, leader.url)
    _start_conversation(page)
    typed = f"Halvskrevet tanke ({how})"
    page.keyboard.type(typed)
    wait_for_text(page, typed)
    pid = lock_holder(leader.data_dir)
    if how == "tab closed":
        page.close()  # at once: within the autosave's debounce
    else:
        os.kill(pid, signal.SIGHUP)  # the terminal that started coach serve went away
        page.wait_for_function("() => document.body.classList.contains('-closed')")
    wait_until(lambda: _released(leader.data_dir), what="the served coach to stop")

    drafts = [e for c, es in _conversations(leader.data_dir) if c.unfinished for e in es
              if e.draft]
    assert [e.text for e in drafts] == [typed]
    if how == "SIGHUP":
        return  # reopening: as after a closed tab

    again = open_app(browser, leader.url)
    wait_for_text(again, "ble ikke avsluttet. Fortsette der du slapp?")
    again.keyboard.press("j")
    wait_for_text(again, typed)  # back in the note editor
    _no_outside_requests(browser, leader)


def test_ctrl_c_stops_the_server_cleanly_and_keeps_what_was_typed(browser, leader):
    page = open_app(browser, leader.url)
    _start_conversation(page)
    typed = "Skrevet rett før ctrl+c"
    page.keyboard.type(typed)
    wait_for_text(page, typed)
    assert leader.stop() == 0
    assert _released(leader.data_dir)
    drafts = [e for c, es in _conversations(leader.data_dir) if c.unfinished for e in es
              if e.draft]
    assert [e.text for e in drafts] == [typed]
    output = leader.output()
    assert "Traceback" not in output, output
    assert output.rstrip().endswith("coach serve stoppet."), output
    _no_outside_requests(browser, leader)


def test_a_terminal_coach_already_running_is_named_in_the_page(browser, leader):
    terminal = Store.open(leader.data_dir, backup=False)  # as `coach` in a terminal holds it
    try:
        page = open_app(browser, leader.url)
        wait_for_text(page, f"bruk av en annen coach (prosess {os.getpid()}")
        assert HOME not in screen(page)
    finally:
        terminal.close()
    _no_outside_requests(browser, leader)
