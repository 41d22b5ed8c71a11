"""The built-in content ships inside a non-editable wheel, where builtin_content_dir finds it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from coach.paths import builtin_content_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build = tmp_path_factory.mktemp("build")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "-w", str(out), "--no-deps",
         "--no-build-isolation", "--no-index", "-q"],
        capture_output=True, text=True, cwd=build, timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(f"pip wheel failed:\n{result.stdout}\n{result.stderr}")
    [found] = list(out.glob("coach-*.whl"))
    return found


def test_wheel_contains_every_content_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    source = builtin_content_dir()
    expected = {
        "coach/_content/" + p.relative_to(source).as_posix()
        for p in source.rglob("*.md")
    }
    assert "coach/_content/templates/nb/follow-up.md" in expected
    assert "coach/_content/questions/en.md" in expected
    assert expected <= names, sorted(expected - names)


def test_unpacked_wheel_loads_its_own_content(wheel, tmp_path):
    zipfile.ZipFile(wheel).extractall(tmp_path)
    code = (
        "import coach.paths, coach.content as c\n"
        "d = coach.paths.builtin_content_dir()\n"
        "assert d.name == '_content', d\n"
        "lib = c.load_library(user_dir=None)\n"
        "print(lib.template('follow-up', 'nb').title)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env={"PYTHONPATH": str(tmp_path), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Månedlig oppfølging"
