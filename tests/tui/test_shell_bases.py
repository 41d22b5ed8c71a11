"""The TUI's shell holds: every screen stands on CoachScreen and every dialog on Dialog
(coach/tui/shell.py, coach/tui/dialogs/form.py), and no code in coach/tui reaches the store
or the app's state around the typed services (``app.store``, ``getattr(app, ...)``)."""

import importlib
import pkgutil
import re
from pathlib import Path

from textual.screen import ModalScreen, Screen

import coach.tui
from coach.tui.dialogs.form import Dialog, FormDialog
from coach.tui.shell import CoachScreen

TUI = Path(coach.tui.__file__).parent


def _classes() -> list[type]:
    for info in pkgutil.walk_packages(coach.tui.__path__, "coach.tui."):
        importlib.import_module(info.name)
    found, todo = [], [Screen]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("coach."):
                found.append(sub)
    return found


def test_every_screen_and_dialog_stands_on_its_base():
    wrong = []
    for cls in _classes():
        base = Dialog if issubclass(cls, ModalScreen) else CoachScreen
        if not issubclass(cls, base) and cls not in (CoachScreen, Dialog):
            wrong.append(f"{cls.__module__}.{cls.__qualname__} (wants {base.__name__})")
    assert wrong == []


def test_every_form_saves():
    """FormDialog declares action_save for mypy only: each form must define it."""
    missing = [f"{cls.__module__}.{cls.__qualname__}" for cls in _classes()
               if issubclass(cls, FormDialog) and cls is not FormDialog
               and not callable(getattr(cls, "action_save", None))]
    assert missing == []


def test_no_code_in_the_tui_goes_around_the_services():
    pattern = re.compile(r"\bapp\.store\b|getattr\((self\.)?app\b|\.store\.\w+\(")
    hits = [f"{path.relative_to(TUI)}:{n}: {line.strip()}"
            for path in sorted(TUI.rglob("*.py"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if pattern.search(line)]
    assert hits == []
