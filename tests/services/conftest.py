import pytest

from coach.content import load_library
from coach.store import Store


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture(scope="session")
def library():
    return load_library(user_dir=None)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "data", backup=False)
    yield s
    s.close()


@pytest.fixture
def clock():
    return FakeClock()
