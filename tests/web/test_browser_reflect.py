"""`coach reflect --serve` in a real browser: the employee's side, in English."""

from __future__ import annotations

import pytest
from served_coach import lock_holder, open_app, wait_for_text, wait_until

pytestmark = pytest.mark.browser


def test_an_answer_typed_in_the_browser_is_exported_and_downloaded(browser, served_factory,
                                                                    tmp_path):
    reflect = tmp_path / "reflect"
    served = served_factory(["--lang", "en", "reflect", "--serve", "--reflect-dir",
                             str(reflect), "--name", "Kari Nordmann"], tmp_path / "data")
    page = open_app(browser, served.url)
    wait_for_text(page, "Write in your own words")
    answer = "I finished the migration to the new archive"
    page.keyboard.type(answer)
    wait_for_text(page, answer)
    page.keyboard.press("F2")
    wait_for_text(page, "Export the preparation")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
        # The toast (while it lasts) names the file, then "... as a download.": the long
        # path wraps it over rows, so look for its last word.
        wait_for_text(page, "download.")
    download = info.value

    written = tmp_path / download.suggested_filename  # the default: the working folder
    assert answer in written.read_text(encoding="utf-8")
    assert "Kari Nordmann" in written.read_text(encoding="utf-8")  # --name reached the tab
    assert answer in download.path().read_text(encoding="utf-8")
    assert "/download/" in download.url and served.url in download.url  # under the secret
    assert browser.requests.outside(served.origin) == []

    page.keyboard.press("Control+q")
    page.wait_for_function("() => document.body.classList.contains('-closed')")
    assert "What you typed is saved" in page.inner_text("body")
    wait_until(lambda: lock_holder(reflect) is None, what="the served reflect to stop")
