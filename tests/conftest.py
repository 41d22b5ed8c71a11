"""Every test runs with its own empty config and data directories, never the user's."""

import pytest


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COACH_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("COACH_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("COACH_REFLECT_DIR", str(home / "reflect"))
    monkeypatch.setenv("COACH_CACHE_DIR", str(home / "cache"))
    monkeypatch.delenv("COACH_LANG", raising=False)
