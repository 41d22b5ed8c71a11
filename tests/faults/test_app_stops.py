"""Issue 13, item 6 and issue 15, item 2: the app stops with a message, never a traceback.

A bug crashes the app on purpose while a frame holds a known note text: the terminal gets a
short message in both languages and no note text or name; the traceback, without local
variables, is in a 0600 file in the data directory's logs folder (0700). A damaged or
missing file stops the app with the very message the CLI gives, naming the newest backup.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from coach.store.layout import conversation_path, person_path
from tests.faults.fault_team import NAME, SECRET, coach

RUNNER = Path(__file__).with_name("app_runner.py")


def run_app(data: Path, *args: str, crash_with: str | None = None, keys: str = "",
            lang: str = "nb") -> subprocess.CompletedProcess:
    command = [sys.executable, str(RUNNER)]
    if crash_with:
        command += ["--crash-with", crash_with]
    if keys:
        command += ["--keys", keys]
    command += ["--", "--lang", lang, "--data-dir", str(data), *args]
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    return subprocess.run(command, capture_output=True, text=True, timeout=90, env=env)


def test_a_crash_prints_no_private_text_and_logs_without_locals(team):
    data, _ = team
    result = run_app(data, crash_with=SECRET)
    assert result.returncode == 1, result.stderr
    shown = result.stdout + result.stderr
    assert SECRET not in shown and NAME not in shown and "Kari" not in shown
    assert "Traceback" not in shown and "locals" not in shown
    assert "uventet feil" in result.stderr and "unexpected error" in result.stderr
    assert result.stderr.index("uventet feil") < result.stderr.index("unexpected error")
    logs = data / "logs"
    assert stat.S_IMODE(logs.stat().st_mode) == 0o700
    (log,) = logs.iterdir()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert str(log) in result.stderr
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: the home screen failed on purpose" in text
    assert "on_mount_then_fail" in text
    assert SECRET not in text  # no local variables in the log either


def _damage(path: Path) -> None:
    path.write_bytes(b'{"actions": {"1": ')


def _cli_message(data: Path, *command: str) -> str:
    result = coach("--lang", "nb", "--data-dir", str(data), *command)
    assert result.returncode == 1
    return result.stderr.strip()


def test_a_damaged_person_file_stops_the_home_screen_with_the_clis_message(team):
    data, ids = team
    _damage(person_path(data, ids["person"]))
    expected = _cli_message(data, "export", "kari", "--all")
    assert "coach-" in expected and "restore" in expected  # the newest good backup
    result = run_app(data)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and SECRET not in result.stderr
    assert result.stderr.strip() == expected
    assert not (data / "logs").exists()  # a fault coach knows is not a crash


def _unfinish(data: Path, conversation_id: str) -> None:
    path = conversation_path(data, conversation_id)
    doc = json.loads(path.read_text(encoding="utf-8"))
    for row in doc["conversation"].values():
        row["status"], row["ended_at"] = "in-progress", None
    path.write_text(json.dumps(doc), encoding="utf-8")
    index = data / "coach.json"
    doc = json.loads(index.read_text(encoding="utf-8"))
    for row in doc["conversations"].values():
        row["status"], row["ended_at"] = "in-progress", None
    index.write_text(json.dumps(doc), encoding="utf-8")


def test_a_folder_where_the_person_file_belongs(team):
    data, ids = team
    path = person_path(data, ids["person"])
    path.unlink()
    path.mkdir()
    result = run_app(data, lang="en")
    assert result.returncode == 1
    assert result.stderr.strip().startswith(f"{path} is a folder where coach expects a file")


def test_a_damaged_index_stops_the_app_as_the_cli(team):
    data, _ = team
    (data / "coach.json").write_bytes(b"{not json")
    expected = _cli_message(data, "export", "kari")
    result = run_app(data)
    assert result.returncode == 1
    assert result.stderr.strip() == expected


def test_a_cli_command_that_crashes_logs_and_says_so_in_both_languages(team):
    """The CLI's last line of defence: an unexpected error in a command (here, export's
    renderer failing while its frame holds the note) is logged, not printed."""
    data, _ = team
    code = (
        "import sys\n"
        "import coach.services.exporting as ex\n"
        "def boom(*a, **k):\n"
        f"    note = {SECRET!r}\n"
        "    raise ValueError('renderer failed')\n"
        "ex.conversation_markdown = boom\n"
        "from coach.cli import main\n"
        f"sys.exit(main(['--lang', 'en', '--data-dir', {str(data)!r}, 'export', 'kari']))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and SECRET not in result.stderr + result.stdout
    assert result.stderr.index("unexpected error") < result.stderr.index("uventet feil")
    (log,) = (data / "logs").iterdir()
    text = log.read_text(encoding="utf-8")
    assert "ValueError: renderer failed" in text and SECRET not in text


def test_a_symlink_at_the_lock_stops_the_app_as_the_cli(team, tmp_path):
    data, _ = team
    lock = data / "coach.lock"
    if lock.exists():
        lock.unlink()
    lock.symlink_to(tmp_path / "elsewhere")
    expected = _cli_message(data, "backup")
    result = run_app(data)
    assert result.returncode == 1
    assert result.stderr.strip() == expected and "coach.lock" in expected
    assert not (tmp_path / "elsewhere").exists()
