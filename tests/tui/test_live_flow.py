"""The whole live conversation through Pilot, with a fake monotonic clock."""

from __future__ import annotations

import stat
from datetime import date

from live_helpers import FakeMonotonic, library, live_app, no_text_area_blink, settle  # noqa: F401
from textual.widgets import Input, TextArea
from tui_team import KARI, make_app

from coach.domain.actions import Owner
from coach.domain.agenda import ClockState
from coach.domain.conversations import ConversationStatus, EntryKind, Visibility
from coach.tui.dialogs.action_item import ActionItemDialog
from coach.tui.dialogs.confirm import ConfirmDialog
from coach.tui.screens.live import LiveScreen
from coach.tui.screens.prepare import PrepareScreen
from coach.tui.screens.summary import SummaryScreen


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", ":": "colon", "@": "at"}.get(c, c) for c in text])


async def _start(pilot) -> LiveScreen:
    await settle(pilot)
    assert isinstance(pilot.app.screen, PrepareScreen)
    await pilot.press("f5")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, LiveScreen)
    return screen


async def test_whole_conversation(team_store, tmp_path, monkeypatch):
    mono = FakeMonotonic()
    app = live_app(team_store, "nb", monotonic=mono)
    async with app.run_test(size=(100, 30)) as pilot:
        live = await _start(pilot)
        session = live.session
        assert session.clock.state is ClockState.RUNNING
        assert isinstance(app.focused, TextArea)

        # every kind of note, by key and by prefix
        for text, key in (("Trives i teamet", "ctrl+n"), ("Vi møtes hver måned", "ctrl+g"),
                          ("Trenger avklaring", "ctrl+b"), ("Leverte analysen", "ctrl+l"),
                          ("Virker sliten", "ctrl+r"), ("l: Lærte en metode", "ctrl+n")):
            await _type(pilot, text)
            await pilot.press(key)
        await settle(pilot)
        # the action item dialog: a bad date is refused and nothing is lost
        await _type(pilot, "Sende kursinfo")
        await pilot.press("ctrl+t")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ActionItemDialog)
        dialog.query_one("#owner-leader").value = True
        due = dialog.query_one("#action-due", Input)
        due.focus()
        await _type(pilot, "2026-13-01")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog and dialog.query_one("#due-error").has_class("shown")
        due.value = ""
        await _type(pilot, "2026-12-01")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is live

        stored = team_store.entries(session.conversation.id)
        kinds = {e.text: (e.kind, e.visibility) for e in stored}
        assert kinds["Trives i teamet"] == (EntryKind.NOTE, Visibility.SHARED)
        assert kinds["Vi møtes hver måned"][0] is EntryKind.AGREEMENT
        assert kinds["Trenger avklaring"][0] is EntryKind.SUPPORT_NEED
        assert kinds["Leverte analysen"][0] is EntryKind.MASTERY_MOMENT
        assert kinds["Virker sliten"] == (EntryKind.NOTE, Visibility.PRIVATE)
        assert kinds["Lærte en metode"][0] is EntryKind.LEARNING
        assert kinds["Sende kursinfo"][0] is EntryKind.ACTION_ITEM
        (action,) = [a for a in team_store.actions(KARI) if a.raised_in == session.conversation.id]
        assert action.owner is Owner.LEADER and action.due == date(2026, 12, 1)
        assert {e.section_id for e in stored} == {"since-last-time"}

        # questions: other suggestions, mark one asked
        first = [q.id for q in session.deck().suggestions()]
        await pilot.press("f2")
        assert [q.id for q in session.deck().suggestions()] != first
        asked = session.deck().suggestions()[0].id
        await pilot.press("f6")
        assert asked in session.conversation.questions_asked

        # next section, overrun, rebalance shown and accepted
        mono.advance(4 * 60)
        await pilot.press("f4")
        assert session.clock.index == 1
        mono.advance(16 * 60)
        await pilot.pause(0.6)
        notice = live.query_one("#rebalance")
        assert notice.display
        assert "ctrl+f" in str(notice.render())
        before = [s.box_seconds for s in session.clock.sections[2:]]
        await pilot.press("ctrl+f")
        after = [s.box_seconds for s in session.clock.sections[2:]]
        assert sum(after) < sum(before)
        assert abs(session.clock.pace()) < 60

        # previous, +2, skip
        await pilot.press("f3")
        assert session.clock.index == 0
        box = session.clock.current.box_seconds
        await pilot.press("f9")
        assert session.clock.current.box_seconds == box + 120
        await pilot.press("f10")
        assert session.clock.index == 1 and session.clock.sections[0].skipped

        # a note typed, then the end: the note is kept
        await _type(pilot, "Siste tanke")
        await pilot.press("f12")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        conv = team_store.conversation(session.conversation.id)
        assert conv.status is ConversationStatus.COMPLETED
        assert any(e.text == "Siste tanke" for e in team_store.entries(conv.id))
        assert "Vi møtes hver måned" in summary.markdown[False]
        assert "Virker sliten" not in summary.markdown[False]
        assert "Virker sliten" in summary.markdown[True]

        # export shared and full to tmp_path, 0600; no overwrite without asking
        monkeypatch.chdir(tmp_path)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        files = sorted(tmp_path.glob("*.md"))
        assert len(files) == 2
        # The file names follow the conversation's language (bokmål here).
        assert all("-manedlig-oppfolging" in f.stem for f in files)
        shared = next(f for f in files if not f.stem.endswith("-alle-notater"))
        full = next(f for f in files if f.stem.endswith("-alle-notater"))
        assert "Virker sliten" not in shared.read_text(encoding="utf-8")
        assert "Virker sliten" in full.read_text(encoding="utf-8")
        assert stat.S_IMODE(shared.stat().st_mode) == 0o600
        shared.write_text("old", encoding="utf-8")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert shared.read_text(encoding="utf-8") == "old"
        # overwriting replaces the file whole (a new file renamed into place, 0600), it is
        # not truncated and rewritten in place: a hard link to the old file keeps "old"
        keep = tmp_path / "keep.txt"
        keep.hardlink_to(shared)
        shared.chmod(0o644)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert "Vi møtes hver måned" in shared.read_text(encoding="utf-8")
        assert keep.read_text(encoding="utf-8") == "old"
        assert stat.S_IMODE(shared.stat().st_mode) == 0o600


async def test_typed_ahead_keys_stay_in_the_note(team_store):
    app = live_app(team_store, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        live = await _start(pilot)
        await _type(pilot, "agree: all of this")
        await pilot.press("ctrl+n")
        await settle(pilot)
        (entry,) = live.session.section_entries()
        assert entry.text == "all of this" and entry.kind is EntryKind.AGREEMENT


async def test_earlier_action_ticked_and_carried(team_store):
    app = live_app(team_store, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        live = await _start(pilot)
        earlier = live.session.earlier_open_actions()
        assert len(earlier) == 2
        assert live.query_one("#earlier").display
        await pilot.press("tab")
        await pilot.press("space")
        await pilot.press("down", "c")
        await settle(pilot)
        # The new due date is asked for: the next conversation's by default.
        field = app.screen.query_one("#follow-up-value", Input)
        expected = live.session.next_due_date()
        assert field.value == expected.isoformat()
        await pilot.press("enter")
        await settle(pilot)
        assert live.focused is live.query_one("#earlier")  # on to the next item
        cid = live.session.conversation.id
        saved = {a.id: a for a in team_store.actions(KARI)}
        assert not saved[earlier[0].id].is_open and saved[earlier[0].id].closed_in == cid
        assert cid in saved[earlier[1].id].carried_to
        assert saved[earlier[1].id].due == expected
        # Dropped with a reason; esc leaves the list; a letter typed there is not lost.
        await pilot.press("x")
        await settle(pilot)
        await _type(pilot, "no longer needed")
        await pilot.press("enter")
        await settle(pilot)
        saved = {a.id: a for a in team_store.actions(KARI)}
        assert saved[earlier[1].id].status.value == "dropped"
        assert saved[earlier[1].id].close_reason == "no longer needed"
        await pilot.press("q")
        await settle(pilot)
        assert live.focused is live.query_one("#editor")
        assert live.query_one("#editor", TextArea).text == "q"
        await pilot.press("tab", "escape")
        assert live.focused is live.query_one("#editor")


async def test_the_lists_keys_show_in_the_footer(team_store):
    app = live_app(team_store, "nb")
    async with app.run_test(size=(100, 30)) as pilot:
        await _start(pilot)
        await pilot.press("tab")
        await settle(pilot)
        keys = {k for k, b in app.screen.active_bindings.items() if b.binding.show}
        assert {"space", "c", "x", "escape"} <= keys


async def _leave_unfinished(team_store) -> str:
    """Start a conversation with Kari, write a note, and close the app mid-conversation."""
    mono = FakeMonotonic()
    app = live_app(team_store, "en", monotonic=mono)
    async with app.run_test(size=(100, 30)) as pilot:
        live = await _start(pilot)
        await _type(pilot, "half a thought")
        mono.advance(90)
        await pilot.pause(0.3)
        await pilot.pause(0.3)
        await settle(pilot)
        return live.session.conversation.id


async def _accept_resume(pilot, cid: str) -> LiveScreen:
    """Say yes to the resume offer; the live screen has the conversation, its note and its
    clock (90 s into the first section) back."""
    await pilot.press("y")
    await settle(pilot)
    resumed = pilot.app.screen
    assert isinstance(resumed, LiveScreen)
    assert resumed.session.conversation.id == cid
    assert [e.text for e in resumed.session.entries] == ["half a thought"]
    assert resumed.session.clock.section_elapsed() >= 90
    return resumed


async def test_resume_offered_at_start(team_store):
    cid = await _leave_unfinished(team_store)
    again = make_app(team_store, "en")
    again.library = library()
    again.monotonic = FakeMonotonic()
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, ConfirmDialog)
        resumed = await _accept_resume(pilot, cid)
        assert resumed.session.clock.state is ClockState.PAUSED


async def test_coach_start_offers_the_persons_unfinished_conversation(team_store):
    """`coach start Kari` again after a crash: the prepare screen offers the conversation
    that was left unfinished, and resuming it takes the prepare screen's place."""
    cid = await _leave_unfinished(team_store)
    again = live_app(team_store, "en")
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, ConfirmDialog)
        assert isinstance(again.screen_stack[-2], PrepareScreen)
        await _accept_resume(pilot, cid)
        assert not any(isinstance(s, PrepareScreen) for s in again.screen_stack)


async def test_declining_the_offer_keeps_the_prepare_screen_and_starts_anew(team_store):
    cid = await _leave_unfinished(team_store)
    again = live_app(team_store, "en")
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(again.screen, PrepareScreen)
        live = await _start(pilot)
        assert live.session.conversation.id != cid
        assert live.session.entries == []
    assert team_store.conversation(cid).unfinished  # still there, to resume another time


async def test_start_from_home_with_template_picker(team_store):
    app = make_app(team_store, "en")
    app.library = library()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, PrepareScreen)
        assert app.screen.template.id == "follow-up"
        text = str(app.screen.query_one("#prepare-facts").render())
        person = app.screen.person
        assert person.id == app.screen_stack[-2].selected().id
        opened = team_store.actions(person.id, open_only=True)
        assert all(a.text in text for a in opened)
        assert opened or "No open action items." in text
