"""coach.startup: the cycle collector paused while coach starts, resumed after the first
paint; an app run in a process that did not pause it leaves that process's collector alone."""

import gc

import pytest

from coach import cli, startup


@pytest.fixture
def collector():
    was = gc.isenabled()
    yield
    startup._paused = False
    gc.unfreeze()
    if was:
        gc.enable()
    else:
        gc.disable()


def test_pause_then_resume_freezes_what_start_up_made(collector):
    gc.enable()
    startup.pause_collector()
    assert not gc.isenabled()
    made = [object() for _ in range(10)]  # noqa: F841 (kept alive on purpose)
    frozen_before = gc.get_freeze_count()
    startup.resume_collector()
    assert gc.isenabled()
    assert gc.get_freeze_count() > frozen_before
    startup.resume_collector()  # a second resume changes nothing
    assert gc.isenabled()


def test_resume_without_pause_leaves_the_collector_alone(collector):
    gc.disable()
    startup.resume_collector()
    assert not gc.isenabled()
    gc.enable()
    frozen = gc.get_freeze_count()
    startup.resume_collector()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_command_without_a_screen_runs_with_the_collector(collector, monkeypatch, capsys):
    gc.enable()
    seen = []

    def list_templates(args, ctx):
        seen.append(gc.isenabled())
        return 0

    from coach.commands import templates

    monkeypatch.setattr(templates, "list_templates", list_templates)
    assert cli.main(["--lang", "en", "templates", "list"]) == 0
    assert seen == [True] and gc.isenabled()
