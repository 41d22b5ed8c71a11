"""Issue 15, item 8: each fault a user can cause from the command line ends in one clear
message and exit code 1 (0 for a closed pipe), never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from coach.cli import main
from coach.limits import MAX_BYTES
from coach.store.layout import INDEX_FILE, LOCK_FILE, conversation_path, person_path
from tests.faults.fault_team import assert_clean_stop, coach


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


# config.yaml -------------------------------------------------------------------------------
def write_config(text: str) -> None:
    folder = os.environ["COACH_CONFIG_DIR"]
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "config.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


def test_a_date_that_does_not_exist_is_a_bad_value_not_a_crash(team, capsys):
    data, _ = team
    write_config("language: en\nretention_months: 2026-02-30\n")
    code, out, err = run(capsys, "--data-dir", str(data), "retention")
    assert code == 1 and out == ""
    line = one_line(err)
    assert "config.yaml:2:" in line and "retention_months" in line


def test_settings_nested_20000_levels_deep_are_refused(team, capsys):
    data, _ = team
    write_config("retention_months: " + "[" * 20_000 + "]" * 20_000 + "\n")
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(data), "templates", "list")
    assert code == 1
    assert "nested too deeply" in one_line(err)
    write_config("a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 500)))
    code, _, err = run(capsys, "--lang", "nb", "--data-dir", str(data), "templates", "list")
    assert code == 1
    assert "nestet for dypt" in one_line(err)


def test_a_settings_file_over_the_limit_is_not_read(team, capsys):
    data, _ = team
    write_config("# " + "x" * MAX_BYTES + "\n")
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(data), "templates", "list")
    assert code == 1
    assert "larger than 1 MB" in one_line(err)


# -o pointing at a folder or into a missing one ---------------------------------------------
OUTPUTS = [
    ("export", "kari"),
    ("export", "kari", "--all"),
    ("goals", "kari"),
    ("profile", "kari"),
]


@pytest.mark.parametrize("command", OUTPUTS, ids=" ".join)
def test_output_to_a_folder_or_a_missing_folder(team, tmp_path, capsys, command):
    data, _ = team
    code, out, err = run(capsys, "--lang", "en", "--data-dir", str(data), *command,
                         "-o", str(tmp_path))
    assert code == 1 and out == ""
    assert one_line(err).startswith(f"{tmp_path} is a folder where coach expects a file.")
    missing = tmp_path / "no-such-folder"
    code, out, err = run(capsys, "--lang", "nb", "--data-dir", str(data), *command,
                         "-o", str(missing / "x.md"))
    assert code == 1 and out == ""
    assert one_line(err).startswith(f"{missing} finnes ikke")
    assert not missing.exists()


def test_reflect_export_to_a_folder_or_a_missing_folder(tmp_path, capsys):
    from coach.content import load_library
    from coach.services.reflecting import ReflectSession
    from coach.store import Store

    folder = tmp_path / "reflect"
    with Store.open(folder, backup=False) as store:
        session = ReflectSession.open(store, load_library(), "en", name="Kari")
        session.set_answer("ahead", "Mer ansvar")
        session.persist([session.snapshot()])
    base = ["--lang", "en", "reflect", "--reflect-dir", str(folder), "--export", "-o"]
    # (reflect --export first says which preparation it picked; the fault is the last line)
    code, _, err = run(capsys, *base, str(tmp_path))
    assert code == 1 and "is a folder where coach expects a file" in err.splitlines()[-1]
    code, _, err = run(capsys, *base, str(tmp_path / "nope" / "prep.md"))
    assert code == 1 and "does not exist" in err.splitlines()[-1]


# a folder where a store file or the lock belongs -------------------------------------------
def _folder_in_place(path) -> None:
    path.unlink()
    path.mkdir()


@pytest.mark.parametrize("which", ["index", "person", "conversation"])
def test_a_folder_where_a_store_file_belongs(team, capsys, which):
    data, ids = team
    path = {"index": data / INDEX_FILE,
            "person": person_path(data, ids["person"]),
            "conversation": conversation_path(data, ids["conversation"])}[which]
    _folder_in_place(path)
    for command in (["backup"], ["export", "kari", "--all"]):
        code, out, err = run(capsys, "--lang", "en", "--data-dir", str(data), *command)
        assert code == 1, (command, out, err)
        assert str(path) in err and "is a folder" in err, err
    assert path.is_dir()  # never replaced by an empty file


def test_a_folder_where_the_lock_belongs(team, capsys):
    data, _ = team
    lock = data / LOCK_FILE
    if lock.exists():
        lock.unlink()
    lock.mkdir()
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(data), "backup")
    assert code == 1
    assert str(lock) in one_line(err) and "folder" in err


def test_a_symlink_at_the_lock(team, tmp_path, capsys):
    data, _ = team
    lock = data / LOCK_FILE
    if lock.exists():
        lock.unlink()
    target = tmp_path / "elsewhere"
    lock.symlink_to(target)
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(data), "backup")
    assert code == 1
    assert "coach.lock" in err and "link" in err, err
    assert not target.exists()  # nothing was created where the link points


# a closed pipe and a terminal forced to ASCII ----------------------------------------------
@pytest.mark.parametrize("command", [["search", "notat"], ["retention"], ["templates", "list"]])
def test_a_closed_pipe_ends_quietly(team, command):
    data, _ = team
    write_config("retention_months: 1\n")
    read, write = os.pipe()
    os.close(read)  # as `| head -1` does once it has its line: every write now fails
    try:
        result = subprocess.run([sys.executable, "-m", "coach", "--data-dir", str(data),
                                 *command], stdout=write, stderr=subprocess.PIPE, text=True,
                                timeout=60)
    finally:
        os.close(write)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"},
                                 {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0",
                                  "PYTHONCOERCECLOCALE": "0"}], ids=["ascii", "C"])
def test_stdio_forced_to_ascii(team, env):
    data, _ = team
    result = coach("--lang", "nb", "--data-dir", str(data), "export", "kari", env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "M\\xe5nedlig oppf\\xf8lging" in result.stdout or "Månedlig" in result.stdout
    result = coach("--lang", "nb", "--data-dir", str(data), "export", "ingen", env=env)
    assert_clean_stop(result)
