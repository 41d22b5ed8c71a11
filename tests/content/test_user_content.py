"""User content in the config directory extends the built-ins or overrides them by id."""

from __future__ import annotations

from content_samples import QUESTIONS, TEMPLATES

from coach.content import check, load_library
from coach.paths import user_content_dir


def test_user_template_overrides_a_builtin_by_id(mini, tmp_path):
    user = tmp_path / "user"
    for lang in ("en", "nb"):
        text = TEMPLATES[lang].replace("minutes: 6", "minutes: 8").replace("minutter: 6",
                                                                           "minutter: 8")
        text = text.replace("total_minutes: 10", "total_minutes: 12")
        (user / lang).mkdir(parents=True)
        (user / lang / "mine.md").write_text(text, encoding="utf-8")
    lib = load_library(user_dir=user, builtin_dir=mini.root)
    assert lib.template("check-in", "nb").total_minutes == 12
    assert lib.template("check-in", "en").path == user / "en" / "mine.md"
    assert len(lib.templates("nb")) == 1


def test_user_template_extends_and_uses_builtin_questions(mini, tmp_path):
    user = tmp_path / "user"
    for lang in ("en", "nb"):
        text = TEMPLATES[lang].replace("id: check-in", "id: onboarding")
        (user / "templates" / lang).mkdir(parents=True)
        (user / "templates" / lang / "onboarding.md").write_text(text, encoding="utf-8")
    lib = load_library(user_dir=user, builtin_dir=mini.root)
    assert [t.id for t in lib.templates("en")] == ["check-in", "onboarding"]
    assert lib.template("onboarding", "nb").kind == "check-in"


def test_user_question_overrides_the_builtin_text(mini, tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    (user / "q.md").write_text(QUESTIONS["nb"].replace("Hva er du fornøyd med?",
                                                       "Hva er du stolt av?"), encoding="utf-8")
    lib = load_library(user_dir=user, builtin_dir=mini.root)
    assert lib.question("proud", "nb").text == "Hva er du stolt av?"
    assert lib.question("proud", "en").text == "What are you pleased with?"


def test_broken_user_content_is_reported_with_its_own_path(mini, tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    bad = user / "bad.md"
    bad.write_text(TEMPLATES["en"].replace("minutes: 6", "minutes: lots"), encoding="utf-8")
    problems = check(builtin_dir=mini.root, user_dir=user)
    assert [(p.file, p.line, p.key) for p in problems] == [(str(bad), 15, "minutes_not_number")]


def test_readme_files_are_not_content(mini):
    mini.write("README.md", "# How to write content\n\nNo front matter here.\n")
    assert check(builtin_dir=mini.root) == []


def test_missing_user_dir_is_fine(mini, tmp_path):
    lib = load_library(user_dir=tmp_path / "absent", builtin_dir=mini.root)
    assert lib.template("check-in", "en").title == "Short check-in"


def test_default_user_dir_follows_the_config_dir(monkeypatch, tmp_path, mini):
    monkeypatch.setenv("COACH_CONFIG_DIR", str(tmp_path / "cfg"))
    target = user_content_dir()
    assert target == tmp_path / "cfg" / "content"
    target.mkdir(parents=True)
    (target / "q.md").write_text(QUESTIONS["en"].replace("What are you pleased with?",
                                                         "What went well?"), encoding="utf-8")
    lib = load_library(builtin_dir=mini.root)
    assert lib.question("proud", "en").text == "What went well?"
