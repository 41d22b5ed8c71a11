"""Dialogs that the first screen's modules (the app, the shell, the flow, quitting, screen
sharing) open only on a key or on a failure, and the two helpers they need then: imported on
first use. Start-up: ~10 ms of imports (six dialogs and their base, the note parser, the
rescue writer) stay off `coach start`'s first paint (``scripts/bench_live.py``).

This is ``coach/tui/routes.py``'s rule for screens, applied to dialogs; it is a module of its
own because routes' loaders reach modules that import the ones here use (a cycle).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from coach.tui.dialogs.confirm import ConfirmDialog
    from coach.tui.dialogs.export_path import ExportPathDialog
    from coach.tui.dialogs.help import HelpDialog
    from coach.tui.dialogs.reveal import RevealDialog
    from coach.tui.dialogs.template_picker import TemplatePicker
    from coach.tui.dialogs.unsaved import UnsavedDialog

UNSAVED = "coach.tui.dialogs.unsaved:UnsavedDialog"
REVEAL = "coach.tui.dialogs.reveal:RevealDialog"


def is_loaded_instance(screen: object, spec: str) -> bool:
    """``isinstance(screen, module:class)`` without importing the module (not loaded yet:
    no screen can be of it)."""
    module, _, cls = spec.partition(":")
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(screen, getattr(loaded, cls))


def confirm_dialog() -> type[ConfirmDialog]:
    from coach.tui.dialogs.confirm import ConfirmDialog

    return ConfirmDialog


def template_picker() -> type[TemplatePicker]:
    from coach.tui.dialogs.template_picker import TemplatePicker

    return TemplatePicker


def help_dialog() -> type[HelpDialog]:
    from coach.tui.dialogs.help import HelpDialog

    return HelpDialog


def unsaved_dialog() -> type[UnsavedDialog]:
    from coach.tui.dialogs.unsaved import UnsavedDialog

    return UnsavedDialog


def export_path_dialog() -> type[ExportPathDialog]:
    from coach.tui.dialogs.export_path import ExportPathDialog

    return ExportPathDialog


def reveal_dialog() -> type[RevealDialog]:
    from coach.tui.dialogs.reveal import RevealDialog

    return RevealDialog


def rescue_path() -> Path:
    """Where notes that could not be saved are written on quitting (``services.rescue``)."""
    from coach.services.rescue import rescue_path

    return rescue_path()


def private_prefix(line: str) -> int:
    """``coach.domain.notes.private_prefix`` (the note parser: loaded with the live screen)."""
    from coach.domain.notes import private_prefix

    return private_prefix(line)
