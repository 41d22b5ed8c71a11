from pathlib import Path

import pytest

from tests.faults.fault_team import fill


@pytest.fixture
def team(tmp_path) -> tuple[Path, dict]:
    """A data directory with one person, a finished conversation and a backup."""
    data = tmp_path / "data"
    return data, fill(data)
