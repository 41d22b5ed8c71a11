"""``coach templates list`` and ``coach templates check``: output, exit codes, no tracebacks."""

from __future__ import annotations

import shutil

from coach.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_every_template(capsys, tmp_path):
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "--lang", "en",
                         "templates", "list")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0].split() == ["id", "lang", "kind", "min", "title"]
    assert len(lines) == 11
    assert any(line.split()[:4] == ["follow-up", "nb", "follow-up", "30"] for line in lines)
    assert "Månedlig oppfølging" in out


def test_check_is_clean_on_the_builtins(capsys, tmp_path):
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "--lang", "nb",
                         "templates", "check")
    assert code == 0, err
    assert "Alt i orden" in out and err == ""


def test_check_reports_file_and_line_and_exits_1(capsys, tmp_path, builtin_copy):
    path = builtin_copy / "templates" / "en" / "follow-up.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- minutes: 7", "- minutes: seven"), encoding="utf-8")
    line = text.splitlines().index("- minutes: 7") + 1
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "--lang", "en",
                         "templates", "check", str(path))
    assert code == 1
    assert f"{path}:{line}: the time box should be a whole number" in err
    assert "Traceback" not in err
    assert "Problems found: 1." in err


def test_check_a_folder_of_broken_files_never_tracebacks(capsys, tmp_path, builtin_copy):
    broken = tmp_path / "broken"
    shutil.copytree(builtin_copy / "templates", broken)
    (broken / "nb" / "annual.md").write_bytes(b"---\nid: [unclosed\n")
    (broken / "en" / "annual.md").write_bytes(b"\xff\xfe\x00garbage")
    (broken / "en" / "check-in.md").write_text("---\nid: check-in\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "templates", "check",
                         str(broken), str(tmp_path / "missing.md"))
    assert code == 1
    assert "Traceback" not in err
    assert f"{broken / 'en' / 'check-in.md'}:1:" in err
    assert f"{tmp_path / 'missing.md'}:" in err


def test_list_fails_cleanly_on_broken_user_content(capsys, tmp_path, monkeypatch):
    user = tmp_path / "config" / "content"
    user.mkdir(parents=True)
    (user / "mine.md").write_text("---\nid: mine\n", encoding="utf-8")
    monkeypatch.setenv("COACH_CONFIG_DIR", str(tmp_path / "config"))
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "templates", "list")
    assert code == 1
    assert f"{user / 'mine.md'}:1:" in err
