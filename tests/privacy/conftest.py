import pytest

from tests.privacy.privacy_team import build


@pytest.fixture
def team(tmp_path):
    path = tmp_path / "data"
    return path, build(path)
