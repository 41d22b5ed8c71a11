"""A served coach that cannot open its data says why in the page, not only on stderr."""

from __future__ import annotations

from textual.widgets import Static

from coach.cli import main
from coach.store import Store
from coach.tui.notice import NoticeApp


async def test_the_notice_shows_the_message_and_closes():
    app = NoticeApp("The data directory /x is in use by another coach.", "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        text = str(app.query_one("#notice-text", Static).render())
        assert "in use by another coach" in text
        assert "coach kan ikke åpnes" in str(app.query_one(".dialog-title", Static).render())
        await pilot.click("#close")
        await pilot.pause()
    assert app.return_code == 0


def test_a_locked_store_in_a_browser_tab_shows_the_lock_message(tmp_path, monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(NoticeApp, "run", lambda self: shown.append(self.message))
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    holder = Store.open(tmp_path / "d", backup=False)
    try:
        assert main(["--lang", "en", "--data-dir", str(tmp_path / "d")]) == 1
    finally:
        holder.close()
    err = capsys.readouterr().err
    assert "is in use by another coach" in err
    assert len(shown) == 1 and "is in use by another coach" in shown[0]


def test_in_a_terminal_the_message_goes_to_stderr_only(tmp_path, monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(NoticeApp, "run", lambda self: shown.append(self.message))
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    holder = Store.open(tmp_path / "d", backup=False)
    try:
        assert main(["--lang", "en", "--data-dir", str(tmp_path / "d")]) == 1
    finally:
        holder.close()
    assert "is in use by another coach" in capsys.readouterr().err
    assert shown == []
