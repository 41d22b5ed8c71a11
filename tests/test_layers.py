"""The core never imports Textual (architecture.md: must)."""

import subprocess
import sys

CORE = [
    "coach.domain.records", "coach.domain.people", "coach.domain.conversations",
    "coach.domain.actions", "coach.domain.goals", "coach.domain.competence",
    "coach.domain.text", "coach.i18n", "coach.paths", "coach.faults", "coach.limits",
    "coach.config", "coach.store", "coach.content", "coach.markdown", "coach.services",
]


def test_core_packages_do_not_import_textual():
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    mod = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(getattr(mod, '__path__', []), name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(len(sys.modules)); assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 20


def test_domain_does_not_import_tinydb():
    code = (
        "import importlib, pkgutil, sys, coach.domain\n"
        "for info in pkgutil.walk_packages(coach.domain.__path__, 'coach.domain.'):\n"
        "    importlib.import_module(info.name)\n"
        "assert 'tinydb' not in sys.modules and 'textual' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
