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
    target.write_bytes(b"not json")
    assert load_library(user_dir=None, builtin_dir=mini.root).templates() == first.templates()
    assert target.read_bytes() != b"not json"


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


class _Planted:
    """Unpickling this runs code: what a pickle cache would have let a planted file do."""

    def __reduce__(self):
        import os

        return (os.system, ("touch /tmp/coach-cache-was-unpickled",))


def test_a_planted_cache_file_is_never_run_and_never_trusted(mini, tmp_path):
    import json
    import os
    import pickle

    first = load_library(user_dir=None, builtin_dir=mini.root)
    target = cache.cache_dir() / cache.FILE_NAME
    good = json.loads(target.read_bytes())
    planted = {
        "pickle": pickle.dumps(_Planted()),
        "wrong types": json.dumps(dict(good, templates=[{"id": 1}])).encode(),
        "another key": json.dumps(dict(good, key=[0], templates=good["templates"] + [
            dict(good["templates"][0], id="planted", title="<script>")])).encode(),
        "a field too many": json.dumps(dict(good, templates=[
            dict(good["templates"][0], run="os.system")])).encode(),
        "too deep": b"[" * 100000 + b"]" * 100000,
        "too large": b" " * (cache.MAX_BYTES + 1),
    }
    marker = "/tmp/coach-cache-was-unpickled"
    for why, raw in planted.items():
        target.write_bytes(raw)
        lib = load_library(user_dir=None, builtin_dir=mini.root)
        assert lib.templates() == first.templates(), why
        assert not os.path.exists(marker), why
    assert "pickle" not in vars(cache)


def test_the_cache_is_plain_json_in_a_0700_folder(mini):
    import json
    import stat

    load_library(user_dir=None, builtin_dir=mini.root)
    folder = cache.cache_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    target = folder / cache.FILE_NAME
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = json.loads(target.read_text(encoding="utf-8"))
    assert {"key", "templates", "questions"} <= set(data)


def test_a_cache_folder_owned_by_another_account_is_refused(mini, tmp_path, monkeypatch):
    import os
    import pwd

    if os.geteuid() != 0:
        pytest.skip("needs root to chown a folder to another account")
    folder = tmp_path / "their-cache"
    folder.mkdir()
    os.chmod(folder, 0o777)
    nobody = pwd.getpwnam("nobody")
    os.chown(folder, nobody.pw_uid, nobody.pw_gid)
    monkeypatch.setenv(cache.ENV_CACHE_DIR, str(folder))
    with pytest.raises(ContentError) as err:
        load_library(user_dir=None, builtin_dir=mini.root)
    text = err.value.explain("en")
    assert "nobody" in text and str(folder) in text
    assert "nobody" in err.value.explain("nb")
    assert os.listdir(folder) == []
