"""Fixtures for the browser tests: one headless chromium per module, a demo team per session."""

from __future__ import annotations

import pytest
from served_coach import (
    CHROMIUM,
    FLAGS,
    KEEP_TERMINAL,
    WAIT_MS,
    Requests,
    copy_data,
    demo_data,
    start_serve,
)


@pytest.fixture(scope="session")
def demo_team(tmp_path_factory):
    return demo_data(tmp_path_factory.mktemp("demo") / "data")


@pytest.fixture(scope="module")
def _browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        profile = tmp_path_factory.mktemp("chromium-profile")  # fresh: no history, no cache
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=FLAGS,
            viewport={"width": 1000, "height": 640}, accept_downloads=True,
        )
        context.add_init_script(KEEP_TERMINAL)
        # Every Playwright wait without a timeout of its own (goto, wait_for_function,
        # expect_download) gets the same generous bound as the helpers' (30 s by default).
        context.set_default_timeout(WAIT_MS)
        context.set_default_navigation_timeout(WAIT_MS)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def browser(_browser):
    """The browser, with every request made during the test recorded in ``.requests``."""
    requests = Requests()

    def record(request) -> None:
        requests.urls.append(request.url)

    _browser.on("request", record)
    _browser.requests = requests
    try:
        yield _browser
    finally:
        _browser.remove_listener("request", record)
        for page in list(_browser.pages):
            page.close()


@pytest.fixture
def served_factory(tmp_path):
    """Start `coach ... serve` (stopped, as ctrl+c stops it, after the test)."""
    running = []

    def start(args, data_dir, *, cwd=None):
        served = start_serve(args, data_dir, tmp_path / f"serve-{len(running)}.log",
                             cwd=cwd or tmp_path)
        running.append(served)
        return served

    yield start
    for served in running:
        served.stop()


@pytest.fixture
def leader(served_factory, demo_team, tmp_path):
    """`coach serve` in Norwegian on a copy of the demo team."""
    data = copy_data(demo_team, tmp_path / "data")
    return served_factory(["--lang", "nb", "serve"], data)
