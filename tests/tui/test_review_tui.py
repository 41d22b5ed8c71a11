"""The summary comes back, through the screens: the employee's review screen (comment on an
agreement, confirm) and the leader's import with i where the summary is shown."""

from __future__ import annotations

from datetime import date

from live_helpers import library, no_text_area_blink, settle  # noqa: F401
from textual.widgets import Input, OptionList, TextArea
from tui_team import KARI

from coach.domain.review import Target
from coach.markdown.review import read_review
from coach.services.exporting import conversation_markdown, write_export
from coach.services.review import read_summary
from coach.tui.app import CoachApp
from coach.tui.dialogs.export_path import ExportPathDialog
from coach.tui.review_app import ReviewApp
from coach.tui.screens.conversation_view import ConversationView
from coach.tui.screens.review import ReviewScreen
from tests.prep.test_review_loop import HELD, hold_in

TODAY = date(2026, 12, 3)


def shared_summary(store, tmp_path, lang="nb"):
    cid = hold_in(store, KARI)
    path = tmp_path / "oppsummering.md"
    write_export(path, conversation_markdown(store, cid, lang, include_private=False))
    return cid, path


async def test_the_employee_comments_on_an_agreement_and_confirms(team_store, tmp_path):
    _cid, path = shared_summary(team_store, tmp_path)
    summary = read_summary(path)
    assert summary.items == [(Target.AGREEMENT, "Fredag uten møter"),
                             (Target.ACTION, "Sende rapporten til [intranettet]"
                                             "(https://intra.example)")]
    out = tmp_path / "svar.md"
    app = ReviewApp(summary, "nb", output=out, today=TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        targets = screen.query_one("#review-targets", OptionList)
        targets.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.focused is screen.query_one("#review-comment", TextArea)
        await pilot.press(*"Etter kl 12")
        targets.focus()
        await pilot.press("up", "enter")
        await pilot.press(*"Takk")
        await pilot.press("f2")
        await settle(pilot)
        assert screen.written == out
        status = str(screen.query_one("#review-status").render())
        assert "Bekreftet av medarbeider" in status and str(out) in status
        assert not list(app._notifications)  # said once, not also in a toast over it
    review = read_review(out)
    assert review.confirmed and review.date == TODAY and review.digest == summary.digest
    assert [(c.target, c.about, c.text) for c in review.comments] == [
        (Target.WHOLE, "", "Takk"), (Target.AGREEMENT, "Fredag uten møter", "Etter kl 12")]


async def test_the_leader_imports_the_review_where_the_summary_is_shown(team_store, tmp_path):
    from coach.domain.review import Decision
    from coach.services.review import make_review, write_review

    cid, path = shared_summary(team_store, tmp_path, "en")
    answer = tmp_path / "review.md"
    write_review(answer, make_review(read_summary(path), Decision.CONFIRMED, TODAY, "en"))
    bad = tmp_path / "bad.md"
    bad.write_text(answer.read_text(encoding="utf-8").replace("confirmed", "remarks"),
                   encoding="utf-8")
    app = CoachApp(team_store, lang="en", clock=lambda: HELD, library=library())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(ConversationView(cid))
        await settle(pilot)
        view = app.screen
        for target, ok in ((bad, False), (answer, True)):
            await pilot.press("i")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportPathDialog)
            dialog.query_one(Input).value = str(target)
            await pilot.press("enter")
            await settle(pilot)
            await settle(pilot)
            assert len(team_store.reviews(KARI)) == (1 if ok else 0)
        messages = [str(n.message) for n in app._notifications]
        assert any(f"{bad}:10: the file was changed" in m for m in messages)
        assert "Confirmed by the employee on 3 December 2026" in view.markdown[False]


async def test_the_comments_are_shown_before_the_next_conversation(team_store, tmp_path):
    from live_helpers import live_app
    from textual.widgets import Static

    from coach.domain.review import Decision, ReviewComment
    from coach.services.review import import_review, make_review, write_review

    _cid, path = shared_summary(team_store, tmp_path, "en")
    answer = tmp_path / "review.md"
    comment = ReviewComment(Target.AGREEMENT, "After twelve, please", "Fredag uten møter")
    write_review(answer, make_review(read_summary(path), Decision.REMARKS, TODAY, "en",
                                     [comment]))
    import_review(team_store, answer)
    app = live_app(team_store, "en")
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        shown = str(app.screen.query_one("#prepare-prep", Static).render())
    assert "The employee has remarks (3 December 2026)" in shown
    assert "Comment on the agreement: Fredag uten møter: After twelve, please" in shown


async def test_typing_over_the_summary_writes_the_comment_and_remarks_need_one(
        team_store, tmp_path):
    """Letters typed while the summary has focus (as it has at the start) go into the
    comment, not nowhere; F3 with no remark written asks for one and writes nothing."""
    from coach.domain.review import Decision

    cid = hold_in(team_store, KARI)
    path = tmp_path / "summary.md"
    write_export(path, conversation_markdown(team_store, cid, "en", include_private=False))
    out = tmp_path / "review.md"
    app = ReviewApp(read_summary(path), "en", output=out, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert app.focused is screen.query_one("#review-doc")
        await pilot.press("f3")
        await settle(pilot)
        assert not out.exists() and screen.written is None
        assert any("Write your remarks first" in str(n.message) for n in app._notifications)
        assert app.focused is screen.query_one("#review-comment", TextArea)
        screen.query_one("#review-doc").focus()
        await pilot.press(*"Not yet")
        await pilot.press("f3")
        await settle(pilot)
        assert screen.written == out
    review = read_review(out)
    assert review.decision is Decision.REMARKS
    assert [c.text for c in review.comments] == ["Not yet"]
