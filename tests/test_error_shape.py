"""One error shape: every error a user reads is an ``Explained``, found by type."""

from pathlib import Path

import pytest

from coach.config import ConfigError
from coach.content import ContentError
from coach.content.model import problem
from coach.errors import Explained, ProblemsError, describe
from coach.markdown.preparation import PreparationError
from coach.markdown.preparation import Problem as PrepProblem
from coach.store import errors as store_errors


@pytest.mark.parametrize("cls", [ContentError, PreparationError, ConfigError,
                                 *[c for c in vars(store_errors).values()
                                   if isinstance(c, type) and issubclass(c, Exception)]])
def test_every_user_facing_error_is_explained(cls):
    assert issubclass(cls, Explained)


@pytest.mark.parametrize("error, found", [
    (ContentError([problem("t.md", 3, "minutes_not_number", value="x")]), "t.md:3: "),
    (PreparationError([PrepProblem.at("prep.md", None, "utf8")]), "prep.md: "),
])
def test_problems_render_file_and_line_in_both_languages(error, found):
    assert isinstance(error, ProblemsError)
    nb, en = error.explain("nb"), error.explain("en")
    assert nb.startswith(found) and en.startswith(found) and nb != en
    assert describe(error, "nb") == nb
    assert str(error) == en


def test_describe_falls_back_to_the_text_of_other_errors():
    assert describe(OSError("disk full"), "nb") == "disk full"
    locked = store_errors.StoreReadOnly(Path("/d"))
    assert describe(locked, "en") == locked.explain("en")
