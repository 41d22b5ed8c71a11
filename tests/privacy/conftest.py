import io

import pytest

from tests.privacy.privacy_team import build


@pytest.fixture
def team(tmp_path):
    path = tmp_path / "data"
    return path, build(path)


@pytest.fixture
def terminal(monkeypatch):
    """A terminal whose user types the given answers, one per prompt."""
    answers: list[str] = []
    prompts: list[str] = []

    def fake_input(prompt=""):
        prompts.append(prompt)
        if not answers:
            raise EOFError
        return answers.pop(0)

    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", fake_input)
    return answers, prompts
