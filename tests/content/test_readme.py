"""content/README.md: its annotated example is a valid template, as the text promises."""

from __future__ import annotations

from markdown_it import MarkdownIt

from coach.content import check, load_library
from coach.paths import builtin_content_dir


def readme_blocks() -> list[str]:
    text = (builtin_content_dir() / "README.md").read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark", {"html": False}).parse(text)
    return [t.content for t in tokens if t.type == "fence" and t.info == "markdown"]


def test_the_annotated_example_is_a_valid_template(tmp_path):
    example = readme_blocks()[0]
    user = tmp_path / "user"
    (user / "templates" / "en").mkdir(parents=True)
    (user / "templates" / "nb").mkdir(parents=True)
    (user / "templates" / "en" / "first-month.md").write_text(example, encoding="utf-8")
    (user / "templates" / "nb" / "first-month.md").write_text(
        example.replace("language: en", "language: nb"), encoding="utf-8")
    assert check([user]) == []
    lib = load_library(user_dir=user)
    tpl = lib.template("first-month", "en")
    assert [s.id for s in tpl.sections] == ["first-weeks", "support", "ahead"]
    assert tpl.sections[-1].question_ids[-1] == "succeed"
    assert lib.template("goal-setting", "nb").title == "Målsamtale: mål i partnerskap"


def test_the_question_example_matches_the_bank():
    block = readme_blocks()[1]
    lib = load_library(user_dir=None)
    question = lib.question("mastery-proud", "en")
    assert question.text in block and question.reason in block
