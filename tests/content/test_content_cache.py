"""The parsed library is cached between runs, and any change to a content file is seen."""

from __future__ import annotations

import sys

import pytest

from coach.content import ContentError, cache, load_library


def test_a_second_load_comes_from_the_cache_and_equals_the_first(mini, tmp_path_factory):
    first = load_library(user_dir=None, builtin_dir=mini.root)
    assert (cache.cache_dir() / cache.FILE_NAME).is_file()
    assert tmp_path_factory.getbasetemp() in cache.cache_dir().parents  # never the user's
    again = load_library(user_dir=None, builtin_dir=mini.root)
    assert again is not first
    assert again.templates() == first.templates()
    assert again.questions("nb") == first.questions("nb")


def test_an_edit_of_the_same_size_is_parsed_afresh(mini):
    load_library(user_dir=None, builtin_dir=mini.root)
    for lang in ("en", "nb"):
        path = mini.path(f"templates/{lang}/check-in.md")
        text = path.read_text(encoding="utf-8")
        text = text.replace("minutes: 6", "minutes: 8").replace("minutter: 6", "minutter: 8")
        path.write_text(text.replace("total_minutes: 10", "total_minutes: 12"),
                        encoding="utf-8")
    assert load_library(user_dir=None, builtin_dir=mini.root).template(
        "check-in", "en").total_minutes == 12


def test_a_new_file_is_seen_and_a_broken_one_still_raises(mini):
    load_library(user_dir=None, builtin_dir=mini.root)
    mini.write("templates/en/broken.md", "no front matter at all\n")
    with pytest.raises(ContentError):
        load_library(user_dir=None, builtin_dir=mini.root)


def test_a_corrupt_cache_is_ignored_and_replaced(mini):
    first = load_library(user_dir=None, builtin_dir=mini.root)
    target = cache.cache_dir() / cache.FILE_NAME
    target.write_bytes(b"not a pickle")
    assert load_library(user_dir=None, builtin_dir=mini.root).templates() == first.templates()
    assert target.read_bytes() != b"not a pickle"


def test_a_cached_load_does_not_import_the_markdown_parser(mini, monkeypatch):
    load_library(user_dir=None, builtin_dir=mini.root)
    for name in [m for m in sys.modules if m.startswith(("markdown_it", "coach.content.doc"))]:
        monkeypatch.delitem(sys.modules, name)
    load_library(user_dir=None, builtin_dir=mini.root)
    assert "markdown_it" not in sys.modules


def test_an_unwritable_cache_directory_only_costs_the_parse(mini, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV_CACHE_DIR, str(blocker / "cache"))
    lib = load_library(user_dir=None, builtin_dir=mini.root)
    assert lib.template("check-in", "nb").total_minutes == 10
