"""coach.web is an outer layer beside the TUI and the CLI: the core never loads the server's
libraries, and coach.web loads neither the TUI nor the store."""

import subprocess
import sys


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys; print(' '.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_the_core_does_not_load_the_server():
    code = (
        "import importlib, pkgutil\n"
        "for name in ['coach.domain', 'coach.store', 'coach.services', 'coach.markdown',"
        " 'coach.content', 'coach.i18n', 'coach.paths']:\n"
        "    mod = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(getattr(mod, '__path__', []), name + '.'):\n"
        "        importlib.import_module(info.name)\n"
    )
    loaded = _loaded_after(code)
    assert not {m for m in loaded if m.split(".")[0] in ("aiohttp", "textual_serve")}
    assert not {m for m in loaded if m.startswith("coach.web")}


def test_the_server_does_not_load_the_tui_or_the_store():
    loaded = _loaded_after("import coach.web.server, coach.web.address")
    assert not {m for m in loaded if m.startswith(("coach.tui", "coach.store", "textual."))
                or m == "textual"}


def test_the_tui_does_not_load_the_server():
    loaded = _loaded_after("import coach.tui.app, coach.tui.reflect_app, coach.tui.notice")
    assert not {m for m in loaded if m.startswith("coach.web") or m.startswith("aiohttp")}
